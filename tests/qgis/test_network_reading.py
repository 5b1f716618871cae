"""Reading road layers in columns through GDAL gives exactly what reading through QGIS gives."""

from __future__ import annotations

import numpy as np
import pytest
from osgeo import ogr, osr
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from plugin import network_layer
from plugin.network_layer import NetworkSettings, build_network

OSM_PBF_LAYER = "lines"


def _write_gpkg(path, epsg: int, rows):
    """rows: [(wkt or None, highway, oneway, maxspeed)]."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    layer = ds.CreateLayer("roads", srs, ogr.wkbLineString, ["GEOMETRY_NAME=geom", "FID=fid"])
    for name, kind in (("highway", ogr.OFTString), ("oneway", ogr.OFTString), ("maxspeed", ogr.OFTReal)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for wkt, highway, oneway, maxspeed in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for name, value in (("highway", highway), ("oneway", oneway), ("maxspeed", maxspeed)):
            if value is not None:
                feature.SetField(name, value)
        layer.CreateFeature(feature)
    ds = None


def _rows(lon0=24.94, lat0=60.17, epsg=4326):
    """A small street grid with every kind of attribute value, NULLs and a missing geometry."""
    step = 0.002 if epsg == 4326 else 200.0
    x0, y0 = (lon0, lat0) if epsg == 4326 else (385000.0, 6672000.0)
    rows = []
    classes = ["residential", "primary", None, "footway", "service"]
    oneways = [None, "yes", "-1", "no", ""]
    for i in range(6):
        y = y0 + i * step
        rows.append(
            (
                f"LINESTRING({x0} {y}, {x0 + step} {y}, {x0 + 2 * step} {y})",
                classes[i % 5],
                oneways[i % 5],
                [None, 50.0, 30.0][i % 3],
            )
        )
        x = x0 + i * step * 0.4
        rows.append((f"LINESTRING({x} {y0}, {x} {y0 + 5 * step})", "tertiary", None, None))
    rows.append((None, "residential", None, None))
    rows.append(
        (
            f"MULTILINESTRING(({x0} {y0}, {x0 - step} {y0}), ({x0} {y0 + step}, {x0 - step} {y0 + step}))",
            "residential",
            "yes",
            None,
        )
    )
    return rows


def _both(layer, settings, monkeypatch):
    fast = build_network(layer, settings)
    with monkeypatch.context() as m:
        m.setattr(network_layer, "_read_lines_gdal", lambda *a, **k: None)
        slow = build_network(layer, settings)
    return fast, slow


def _assert_same(fast, slow):
    a, b = fast.network, slow.network
    assert (a.n_nodes, a.n_segments) == (b.n_nodes, b.n_segments)
    np.testing.assert_allclose(a.seg_xy, b.seg_xy, atol=1e-6)
    np.testing.assert_allclose(a.cost_s, b.cost_s, rtol=1e-7)
    np.testing.assert_array_equal(a.feature_id, b.feature_id)
    np.testing.assert_array_equal(a.forward, b.forward)
    np.testing.assert_array_equal(a.backward, b.backward)
    assert fast.warnings == slow.warnings and fast.crs == slow.crs


@pytest.mark.parametrize("epsg", [4326, 32635])
def test_gdal_columns_give_what_qgis_gives(qgis_app, tmp_path, monkeypatch, epsg):
    path = tmp_path / "roads.gpkg"
    _write_gpkg(path, epsg, _rows(epsg=epsg))
    layer = QgsVectorLayer(f"{path}|layername=roads", "roads", "ogr")
    settings = NetworkSettings(highway_field="highway", oneway_field="oneway")
    read = network_layer._read_lines_gdal(
        layer, network_layer.work_crs_for(layer.crs(), layer.extent()), ["highway", "oneway", "maxspeed"]
    )
    assert read is not None, "a saved GeoPackage layer should be read in columns"
    assert read.null_ids == [13]
    fast, slow = _both(layer, settings, monkeypatch)
    _assert_same(fast, slow)
    assert any("no geometry" in w for w in fast.warnings)
    assert any("not for cars" in w for w in fast.warnings)


def test_real_osm_through_gdal_matches_qgis(qgis_app, monkeypatch):
    from tests.conftest import OSM_PBF

    layer = QgsVectorLayer(f"{OSM_PBF}|layername={OSM_PBF_LAYER}", "lines", "ogr")
    fast, slow = _both(layer, NetworkSettings(highway_field="highway"), monkeypatch)
    _assert_same(fast, slow)


def test_edits_subsets_and_other_providers_go_through_qgis(qgis_app, tmp_path):
    path = tmp_path / "roads.gpkg"
    _write_gpkg(path, 32635, _rows(epsg=32635))
    work = network_layer.work_crs_for
    subset = QgsVectorLayer(f"{path}|layername=roads", "roads", "ogr")
    subset.setSubsetString("highway = 'primary'")
    edited = QgsVectorLayer(f"{path}|layername=roads", "roads", "ogr")
    edited.startEditing()
    feature = QgsFeature(edited.fields())
    feature.setGeometry(QgsGeometry.fromWkt("LineString(384000 6671000, 384100 6671000)"))
    edited.addFeature(feature)
    memory = QgsVectorLayer("LineString?crs=EPSG:32635&field=highway:string", "m", "memory")
    for layer in (subset, edited, memory):
        assert network_layer._read_lines_gdal(layer, work(layer.crs(), layer.extent()), ["highway"]) is None
    # A virtual (expression) field exists only in QGIS.
    virtual = QgsVectorLayer(f"{path}|layername=roads", "roads", "ogr")
    virtual.addExpressionField("maxspeed * 1.2", QgsField("fast", QVariant.Double))
    assert (
        network_layer._read_lines_gdal(virtual, work(virtual.crs(), virtual.extent()), ["highway"])
        is not None
    )
    assert network_layer._read_lines_gdal(virtual, work(virtual.crs(), virtual.extent()), ["fast"]) is None
    speeds = build_network(virtual, NetworkSettings(speed_field="fast")).network
    assert speeds.n_segments > 0
    # And what QGIS reads is what the network holds: the subset and the unsaved edit.
    assert set(build_network(subset, NetworkSettings(highway_field="highway")).network.feature_id) == {3}
    assert build_network(edited, NetworkSettings()).network.feature_id.min() < 0  # the new, unsaved feature
    edited.rollBack()
