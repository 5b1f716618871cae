"""Issue 11 item 5 through the real plugin: unloading PatrolMap while the Live dock is connected
leaves one set of units on the map, and the frozen live one hidden and marked not live."""

from __future__ import annotations

import importlib

import pytest
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QEvent

pytestmark = pytest.mark.gui


def visible_unit_layers() -> list:
    root = QgsProject.instance().layerTreeRoot()
    return [
        layer
        for layer in QgsProject.instance().mapLayersByName("units")
        if root.findLayer(layer.id()).isVisible()
    ]


def test_unload_while_connected_leaves_one_set_of_units(
    qgis_iface, qgis_new_project, qtbot, root_package, demo_gpkg, dispatch_sim
):
    QgsApplication.processingRegistry().removeProvider("patrolmap")  # the plugin brings its own
    plugin = root_package.classFactory(qgis_iface)
    plugin.initGui()
    try:
        command_map = importlib.import_module("patrolmap.plugin.commandmap").load_command_map(demo_gpkg)
        own_units = command_map.layers["units"]
        dock = plugin.docks["live"]
        dock.url_edit.setText(dispatch_sim.url)
        assert dock.connect_feed()
        qtbot.waitUntil(
            lambda: dock.live.layer("units") is not None and dock.live.layer("units").featureCount() == 12,
            timeout=15000,
        )
        live_units = dock.live.layer("units")
        qtbot.waitUntil(lambda: visible_unit_layers() == [live_units], timeout=15000)
    finally:
        plugin.unload()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: QgsApplication.taskManager().countActiveTasks() == 0, timeout=15000)
    assert visible_unit_layers() == [own_units]
    assert "not live" in live_units.labeling().settings().fieldName
    asked = len(dispatch_sim.requests)
    qtbot.wait(1500)
    assert len(dispatch_sim.requests) == asked  # nothing polls any more
