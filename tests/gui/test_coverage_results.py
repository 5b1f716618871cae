"""The Coverage dock on the demo command map: key sites that miss their target are rows of
their own; results are one group per analysis, kept in a results GeoPackage."""

from __future__ import annotations

import pytest
from osgeo import ogr
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt

from plugin.commandmap import load_command_map
from plugin.gui import coverage_dock as cd
from plugin.gui.key_site_misses import COL_SITE, FAIL_TEXT


@pytest.fixture
def demo_dock(qgis_iface, qtbot, qgis_new_project, processing, demo_gpkg):
    loaded = load_command_map(demo_gpkg)
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(loaded.layers["patrol_zones"].crs())
    canvas.resize(600, 500)
    canvas.setExtent(loaded.layers["jurisdiction"].extent())
    widget = cd.CoverageDock(qgis_iface)
    qtbot.addWidget(widget)
    widget.resize(460, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.isochrones_check.setChecked(False)
    yield widget, loaded
    if widget.is_running():
        widget.cancel()
        qtbot.waitUntil(lambda: not widget.is_running(), timeout=60000)
    widget.cleanup()


def _run(qtbot, dock):
    qtbot.mouseClick(dock.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dock.is_running(), timeout=120000)
    assert "✓" in dock.status_label.text() or dock.verdict_label.text(), dock.status_label.text()


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
    assert all(misses.item(r, c).foreground().color() == FAIL_TEXT for r in range(5) for c in range(4))
    # A click selects the site and brings it into view.
    rect = misses.visualItemRect(misses.item(2, COL_SITE))
    qtbot.mouseClick(misses.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    fid = misses.item(2, COL_SITE).data(Qt.ItemDataRole.UserRole + 2)
    assert layer.selectedFeatureIds() == [fid]
    point = layer.getFeature(fid).geometry().asPoint()
    extent = qgis_iface.mapCanvas().extent()
    assert extent.contains(point) and extent.height() < loaded.layers["jurisdiction"].extent().height()
