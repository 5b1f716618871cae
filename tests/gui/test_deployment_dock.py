"""The Deployment dock, driven as a user would: Run, read the figures, keep a plan, apply."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from plugin.commandmap import add_layer
from plugin.core import schema
from plugin.gui.deployment_dock import DeploymentDock
from plugin.plans_layer import table_rows

pytestmark = pytest.mark.gui


@pytest.fixture
def command_map(qgis_new_project, processing, demo_gpkg):
    add_layer(demo_gpkg, schema.PLANS)
    layers = {}
    for name in ("roads", "incidents", "stations", "patrol_zones", "plans"):
        layer = QgsVectorLayer(f"{demo_gpkg}|layername={name}", name, "ogr")
        assert layer.isValid(), name
        layers[name] = layer
    QgsProject.instance().addMapLayers(list(layers.values()))
    return layers


@pytest.fixture
def dock(qgis_iface, qtbot, command_map):
    widget = DeploymentDock(qgis_iface)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    if widget.is_running():
        widget.cancel()
        qtbot.waitUntil(lambda: not widget.is_running(), timeout=60000)
    widget.cleanup()


def _run(qtbot, dock):
    qtbot.mouseClick(dock.run_button, Qt.MouseButton.LeftButton)
    assert dock.is_running() and not dock.run_button.isEnabled()
    qtbot.waitUntil(lambda: dock.run_button.isEnabled(), timeout=120000)


def test_run_keep_and_apply(dock, qtbot, command_map):
    assert dock.combos["stations"].currentLayer() is command_map["stations"]
    assert dock.combos["plans"].currentLayer() is command_map["plans"]
    dock.count_spin.setValue(2)
    dock.time_spin.setValue(20)
    _run(qtbot, dock)
    assert dock.table.rowCount() >= 10, dock.status_label.text()
    labels = [dock.table.item(r, 0).text() for r in range(dock.table.rowCount())]
    after = {labels[r]: dock.table.item(r, 2).text() for r in range(dock.table.rowCount())}
    assert after["Posts added"] == "2"
    assert dock.posts_layer is not None and QgsProject.instance().mapLayer(dock.posts_layer.id())
    assert dock.keep_button.isEnabled() and dock.apply_button.isEnabled()

    stations = command_map["stations"]
    n_stations = len(list(stations.getFeatures()))
    dock.plan_name.setText("two platforms")
    qtbot.mouseClick(dock.keep_button, Qt.MouseButton.LeftButton)
    rows = [r for r in table_rows(command_map["plans"]) if r["plan"] == "two platforms"]
    assert sum(1 for r in rows if r["layer"] == "stations") == n_stations + 2
    # The same name again is refused and nothing more is written.
    qtbot.mouseClick(dock.keep_button, Qt.MouseButton.LeftButton)
    assert len(table_rows(command_map["plans"])) == len(rows)
    assert "exists" in dock.status_label.text()

    qtbot.mouseClick(dock.apply_button, Qt.MouseButton.LeftButton)
    assert len(list(stations.getFeatures())) == n_stations + 2
    assert stations.undoStack().count() == 1
    stations.undoStack().undo()
    assert len(list(stations.getFeatures())) == n_stations
    stations.rollBack()


def test_missing_layers_are_named(dock, qtbot, qgis_iface):
    dock.combos["incidents"].setLayer(None)
    qtbot.mouseClick(dock.run_button, Qt.MouseButton.LeftButton)
    assert not dock.is_running()
    assert "incidents" in dock.status_label.text()
