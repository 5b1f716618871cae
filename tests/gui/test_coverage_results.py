"""The Coverage dock on the demo command map: key sites that miss their target are rows of
their own; results are one group per analysis, kept in a results GeoPackage."""

from __future__ import annotations

from pathlib import Path

import pytest
from osgeo import ogr
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt

from plugin import results
from plugin.commandmap import RESULT_PROPERTY, load_command_map
from plugin.gui import coverage_dock as cd
from plugin.gui.key_site_misses import COL_SITE, FAIL_TEXT

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo_dock(qgis_iface, qtbot, qgis_new_project, processing, demo_gpkg):
    loaded = load_command_map(demo_gpkg)
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(loaded.layers["patrol_zones"].crs())
    canvas.resize(600, 500)
    canvas.setExtent(loaded.layers["jurisdiction"].extent())
    widget = _new_dock(qgis_iface, qtbot)
    widget.isochrones_check.setChecked(False)
    yield widget, loaded
    widget.cleanup()


def _run(qtbot, dock):
    qtbot.mouseClick(dock.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dock.is_running(), timeout=120000)
    assert dock.verdict_label.text(), dock.status_label.text()


def _key_sites(demo_gpkg) -> int:
    ds = ogr.Open(str(demo_gpkg))
    count = ds.GetLayerByName("key_sites").GetFeatureCount()
    ds = None
    return count


def test_key_sites_missing_their_target_are_red_clickable_rows(demo_dock, qtbot, qgis_iface, demo_gpkg):
    dock, loaded = demo_dock
    assert not dock.key_site_misses.isVisible()
    _run(qtbot, dock)
    misses = dock.key_site_misses
    layer = misses.layer()
    assert layer is not None and QgsProject.instance().mapLayer(layer.id()) is layer
    failing = [f for f in layer.getFeatures() if not f["compliant"]]
    assert layer.featureCount() == _key_sites(demo_gpkg) == 6
    assert len(failing) == 5  # five of the demo's six key sites miss their 1 minute: only they are listed
    assert misses.isVisible() and misses.rowCount() == 5
    names = {misses.item(r, COL_SITE).text() for r in range(5)}
    assert names == {str(f["name"]) for f in failing}
    assert all(misses.item(r, c).foreground().color() == FAIL_TEXT for r in range(5) for c in range(3))
    # A click selects the site and brings it into view.
    rect = misses.visualItemRect(misses.item(2, COL_SITE))
    qtbot.mouseClick(misses.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    fid = misses.item(2, COL_SITE).data(Qt.ItemDataRole.UserRole + 2)
    assert layer.selectedFeatureIds() == [fid]
    point = layer.getFeature(fid).geometry().asPoint()
    extent = qgis_iface.mapCanvas().extent()
    assert extent.contains(point) and extent.height() < loaded.layers["jurisdiction"].extent().height()


@pytest.fixture
def demo_project(qgis_iface, qgis_new_project, processing, demo_gpkg):
    """The project tools/demo.py writes (its own write_project), on stand-in analysis outputs."""
    import sys

    from osgeo import gdal

    from plugin.commandmap import ROLE_PROPERTY

    out = demo_gpkg.parent
    gdal.VectorTranslate(
        str(out / "coverage_gaps.gpkg"), str(demo_gpkg), layers=["patrol_zones"], layerName="coverage_gaps"
    )
    gdal.VectorTranslate(
        str(out / "isochrones.gpkg"),
        str(demo_gpkg),
        SQLStatement="SELECT geom, 1.0 AS minutes FROM patrol_zones",
        layerName="isochrones",
    )
    sys.path.insert(0, str(ROOT / "tools"))
    import demo

    demo.write_project(demo_gpkg, out, load_command_map)
    project = QgsProject.instance()
    assert len(results.result_groups(project, "coverage")) == 1  # the demo's own group
    assert project.mapLayersByName("isochrones") and project.mapLayersByName("coverage_gaps")
    assert not any(layer.customProperty(ROLE_PROPERTY) for layer in project.mapLayersByName("coverage_gaps"))
    return project


def _coverage_layers(project):
    return [
        layer for layer in project.mapLayers().values() if layer.customProperty(RESULT_PROPERTY) == "coverage"
    ]


def _new_dock(qgis_iface, qtbot):
    widget = cd.CoverageDock(qgis_iface)
    qtbot.addWidget(widget)
    widget.resize(460, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_one_result_group_kept_in_a_results_geopackage_and_reopened(
    demo_project, qgis_iface, qtbot, demo_gpkg, tmp_path
):
    project = demo_project
    dock = _new_dock(qgis_iface, qtbot)
    try:
        dock.isochrones_check.setChecked(True)
        _run(qtbot, dock)
        groups = results.result_groups(project, "coverage")
        assert len(groups) == 1, "the demo's group is replaced, not left beside the dock's"
        assert not project.mapLayersByName("coverage_gaps") and not project.mapLayersByName("isochrones")
        layers = _coverage_layers(project)
        assert sorted(layer.name() for layer in layers) == sorted(
            ["Key site response", "Coverage gaps", "Zone coverage", "Isochrones"]
        )
        assert set(groups[0].findLayerIds()) == {layer.id() for layer in layers}, "bands drawn once"
        store = demo_gpkg.with_name("demo_city_results.gpkg")
        assert project.readEntry("PatrolMap", "results_gpkg", "")[0] == str(store)
        for layer in layers:
            assert layer.providerType() == "ogr" and layer.source().startswith(str(store)), layer.source()
            assert layer.featureCount() > 0 or layer.name() == "Coverage gaps"
        counts = {layer.name(): layer.featureCount() for layer in layers}

        # A second run replaces the group and the tables.
        _run(qtbot, dock)
        assert len(results.result_groups(project, "coverage")) == 1
        again = _coverage_layers(project)
        assert {layer.name(): layer.featureCount() for layer in again} == counts
    finally:
        dock.cleanup()

    # Saved and opened again: the results are there, read from the results GeoPackage.
    saved = tmp_path / "saved.qgz"
    assert project.write(str(saved))
    project.clear()
    assert project.read(str(saved))
    reopened = _coverage_layers(project)
    assert {layer.name(): layer.featureCount() for layer in reopened} == counts
    assert all(layer.isValid() for layer in reopened)
    assert len(results.result_groups(project, "coverage")) == 1
