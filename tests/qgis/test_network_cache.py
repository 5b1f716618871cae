"""The built road network is reused while the data is unchanged, and rebuilt after an edit."""

import shutil

from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from plugin.network_layer import CACHE, NetworkSettings


def test_cache_hits_across_layer_objects_and_drops_after_edits(qgis_app, demo_gpkg, tmp_path):
    path = tmp_path / "roads.gpkg"
    shutil.copy(demo_gpkg, path)
    CACHE.clear()
    settings = NetworkSettings()
    first = CACHE.get(QgsVectorLayer(f"{path}|layername=roads", "a", "ogr"), settings)
    again = CACHE.get(QgsVectorLayer(f"{path}|layername=roads", "b", "ogr"), settings)
    assert again is first
    assert (
        CACHE.get(
            QgsVectorLayer(f"{path}|layername=roads", "c", "ogr"), NetworkSettings(default_speed_kmh=50)
        )
        is not first
    )

    layer = QgsVectorLayer(f"{path}|layername=roads", "edited", "ogr")
    before = CACHE.get(layer, settings)
    layer.startEditing()
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt("LineString(385000 6671000, 385100 6671000)"))
    layer.addFeature(feature)
    during = CACHE.get(layer, settings)  # unsaved edits count: the user sees what they drew
    assert during is not before
    assert during.network.n_segments == before.network.n_segments + 1
    layer.commitChanges()
    after = CACHE.get(QgsVectorLayer(f"{path}|layername=roads", "d", "ogr"), settings)
    assert after is not before and after.network.n_segments == before.network.n_segments + 1
