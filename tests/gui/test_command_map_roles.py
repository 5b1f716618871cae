"""The command map's layers are found by what they are, not by a field name.

The demo project opens with the coverage output ``coverage_gaps`` active, in a "Coverage results"
group; it has a zone_code field like the patrol zones. The Zones dock, the five zone tools, the
zone-assignment panel, the Coverage dock and the Processing dialogs must all take the command
map's own layers.
"""

from __future__ import annotations

import pytest
from osgeo import gdal
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent

from plugin import commandmap
from plugin.commandmap import load_command_map


@pytest.fixture
def demo_project(qgis_new_project, qgis_iface, demo_gpkg, tmp_path):
    """The demo project as tools/demo.py writes it, with an analysis output active."""
    loaded = load_command_map(demo_gpkg)
    gaps_path = tmp_path / "coverage_gaps.gpkg"
    # An output with the zones' own fields (zone_code, station_id…), as coverage outputs have.
    gdal.VectorTranslate(str(gaps_path), str(demo_gpkg), layers=["patrol_zones"], layerName="coverage_gaps")
    gaps = QgsVectorLayer(str(gaps_path), "coverage_gaps", "ogr")
    assert gaps.isValid() and gaps.fields().indexOf("zone_code") >= 0
    project = QgsProject.instance()
    project.addMapLayer(gaps, False)
    project.layerTreeRoot().insertGroup(0, "Coverage results").addLayer(gaps)
    qgis_iface.setActiveLayer(gaps)
    return loaded, gaps


def _flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_roles_are_written_on_open_and_outputs_have_none(demo_project):
    loaded, gaps = demo_project
    for name, layer in loaded.layers.items():
        assert layer.customProperty(commandmap.ROLE_PROPERTY) == name
        assert commandmap.role_of(layer) == name
    assert commandmap.role_of(gaps) is None
    # A role written on a layer reading another table does not make it that layer.
    gaps.setCustomProperty(commandmap.ROLE_PROPERTY, "patrol_zones")
    assert commandmap.role_of(gaps) is None
    # The user renames a layer: it is still the command map's zones.
    loaded.layers["patrol_zones"].setName("巡区")
    assert commandmap.patrol_zones_for(gaps) is loaded.layers["patrol_zones"]


def test_a_project_saved_before_roles_is_recognised_by_its_file(demo_project):
    loaded, gaps = demo_project
    zones = loaded.layers["patrol_zones"]
    zones.removeCustomProperty(commandmap.ROLE_PROPERTY)
    assert commandmap.role_of(zones) == "patrol_zones"
    assert zones.customProperty(commandmap.ROLE_PROPERTY) == "patrol_zones"


def test_zones_dock_checks_the_command_maps_zones(demo_project, qgis_iface, qtbot, processing):
    from plugin.gui import zones_dock as zd

    loaded, gaps = demo_project
    dock = zd.ZonesDock(qgis_iface)
    qtbot.addWidget(dock)
    try:
        assert dock.zones_combo.currentLayer() is loaded.layers["patrol_zones"]
        assert dock.boundary_combo.currentLayer() is loaded.layers["jurisdiction"]
        assert dock.stations_combo.currentLayer() is loaded.layers["stations"]
        qgis_iface.currentLayerChanged.emit(gaps)  # the user clicks the output in the layer panel
        assert dock.zones_combo.currentLayer() is loaded.layers["patrol_zones"]
    finally:
        dock.cleanup()


def test_the_five_zone_tools_and_the_assignment_panel_take_the_command_maps_zones(
    demo_project, qgis_iface, root_package
):
    loaded, gaps = demo_project
    zones = loaded.layers["patrol_zones"]
    canvas = qgis_iface.mapCanvas()
    QgsApplication.processingRegistry().removeProvider("patrolmap")  # the plugin registers its own
    plugin = root_package.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert plugin.zone_controller.layer is zones
        for key, tool in plugin.map_tools.items():
            assert tool.layer is zones, key
            assert tool.action().isEnabled(), key
        plugin.map_tools["split"].action().trigger()
        assert canvas.mapTool() is plugin.map_tools["split"]
        assert zones.isEditable() and not gaps.isEditable(), "Split edits the zones, never the output"
        plugin.map_tools["brush"].action().trigger()  # opens the zone-assignment panel
        panel = plugin.docks["zone_load"]
        assert panel.model.zones is zones
        assert panel.model.stations_layer is loaded.layers["stations"]
        assert panel.model.roads_layer is loaded.layers["roads"]
    finally:
        plugin.unload()
        _flush_deletes()
        zones.rollBack()


def test_coverage_dock_starts_on_the_command_map(demo_project, qgis_iface, qtbot, processing):
    from plugin.gui.coverage_dock import CoverageDock

    loaded, _gaps = demo_project
    dock = CoverageDock(qgis_iface)
    qtbot.addWidget(dock)
    try:
        assert dock.zones_combo.currentLayer() is loaded.layers["patrol_zones"]
        assert dock.network_combo.currentLayer() is loaded.layers["roads"]
        assert dock.facilities_combo.currentLayer() is loaded.layers["stations"]
        assert dock.key_sites_combo.currentLayer() is loaded.layers["key_sites"]
    finally:
        dock.cleanup()


@pytest.mark.parametrize(
    ("alg_id", "expected"),
    (
        ("patrolmap:coverage", {"NETWORK": "roads", "ZONES": "patrol_zones", "FACILITIES": "stations"}),
        ("patrolmap:assignzones", {"NETWORK": "roads", "ZONES": "patrol_zones", "STATIONS": "stations"}),
        ("patrolmap:nearestunits", {"NETWORK": "roads", "INCIDENTS": "incidents", "UNITS": "units"}),
    ),
)
def test_processing_dialogs_open_on_the_command_maps_layers(
    demo_project, qgis_iface, processing, monkeypatch, alg_id, expected
):
    """The toolbox's own dialog, as a user opens it, with coverage_gaps the active layer."""
    loaded, _gaps = demo_project
    # pytest-qgis's iface has no browser; the dialog only hands it to the file widgets.
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: None, raising=False)
    dialog = processing.createAlgorithmDialog(alg_id)
    try:
        panel = dialog.mainWidget()
        for name, role in expected.items():
            value = panel.wrappers[name].parameterValue()
            layer_id = value.source.staticValue() if hasattr(value, "source") else value
            assert layer_id == loaded.layers[role].id(), name
    finally:
        dialog.deleteLater()
    # A script's processing.run leaves optional inputs empty, as it asked.
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("patrolmap:coverage")
    assert algorithm.parameterDefinition("KEY_SITES").defaultValue() is None
