"""The Zones dock, driven as a user would: edit zones, watch the list update, click a problem, save."""

from __future__ import annotations

import pytest
from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsRubberBand
from qgis.PyQt.QtCore import Qt

from plugin import settings
from plugin.gui import zones_dock as zd

pytestmark = pytest.mark.gui

CRS = "EPSG:32635"
X0, Y0 = 385000.0, 6670000.0


def rect(x0, y0, x1, y1):
    return QgsGeometry.fromWkt(
        f"POLYGON(({X0 + x0} {Y0 + y0}, {X0 + x1} {Y0 + y0}, {X0 + x1} {Y0 + y1}, "
        f"{X0 + x0} {Y0 + y1}, {X0 + x0} {Y0 + y0}))"
    )


def _layer(kind, name, fields, rows):
    spec = "&".join(f"field={n}:{t}" for n, t in fields)
    layer = QgsVectorLayer(f"{kind}?crs={CRS}&{spec}", name, "memory")
    features = []
    for geometry, *attrs in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(geometry)
        f.setAttributes(attrs)
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def zones_rows(n_cols=3, n_rows=2, side=200.0, station="KS-01"):
    rows = []
    for k in range(n_cols * n_rows):
        r, c = divmod(k, n_cols)
        top = n_rows * side - r * side
        rows.append((rect(c * side, top - side, c * side + side, top), f"Z-{k + 1:03d}", station, "other"))
    return rows


@pytest.fixture
def command_map(qgis_new_project):
    """A command map group (jurisdiction, patrol_zones, stations) under a decoy jurisdiction."""
    project = QgsProject.instance()
    decoy = _layer(
        "Polygon", "jurisdiction", [("name", "string")], [(rect(-5000, -5000, -4000, -4000), "other")]
    )
    jurisdiction = _layer("Polygon", "jurisdiction", [("name", "string")], [(rect(0, 0, 600, 400), "city")])
    zones = _layer(
        "Polygon",
        "patrol_zones",
        [("zone_code", "string"), ("station_id", "string"), ("category", "string")],
        zones_rows(),
    )
    stations = _layer(
        "Point",
        "stations",
        [("station_id", "string"), ("kind", "string")],
        [(QgsGeometry.fromPointXY(QgsPointXY(X0 + 300, Y0 + 200)), "KS-01", "kiosk")],
    )
    project.addMapLayer(decoy)
    group = project.layerTreeRoot().addGroup("Command map: test")
    for layer in (stations, zones, jurisdiction):
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    return {"zones": zones, "jurisdiction": jurisdiction, "stations": stations, "decoy": decoy}


@pytest.fixture(autouse=True)
def one_zone_minimum(fresh_settings):
    settings.ZONES_MIN.set(1)  # one station, six zones: the load is fine unless a test says otherwise


@pytest.fixture
def dock(qgis_iface, qtbot, command_map, processing):
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(command_map["zones"].crs())
    canvas.resize(600, 400)
    canvas.setExtent(command_map["jurisdiction"].extent())
    widget = zd.ZonesDock(qgis_iface)
    qtbot.addWidget(widget)
    widget.resize(460, 700)
    widget.show()
    qtbot.waitExposed(widget)
    wait_checked(qtbot, widget, 1)
    yield widget
    if widget.is_running():
        qtbot.waitUntil(lambda: not widget.is_running(), timeout=30000)
    widget.cleanup()


def wait_checked(qtbot, dock, runs):
    qtbot.waitUntil(lambda: dock.runs >= runs and not dock.is_running(), timeout=30000)


def rows(dock):
    table = dock.table
    return [
        (
            table.item(r, zd.COL_TYPE).toolTip(),
            table.item(r, zd.COL_ZONE).toolTip(),
            table.item(r, zd.COL_MESSAGE).text(),
        )
        for r in range(table.rowCount())
    ]


def test_defaults_are_the_command_maps_layers_and_a_clean_map_has_no_problem(dock, command_map):
    assert dock.zones_combo.currentLayer() is command_map["zones"]
    assert dock.boundary_combo.currentLayer() is command_map["jurisdiction"]  # its own, not the decoy
    assert dock.stations_combo.currentLayer() is command_map["stations"]
    assert dock.problems == [] and dock.table.rowCount() == 0
    assert "No problems in 6 zones" in dock.summary_label.text()
    assert dock.area_band.numberOfVertices() == 0


def test_an_edit_is_checked_once_after_a_pause_and_listed(dock, command_map, qtbot):
    zones = command_map["zones"]
    fid = {f["zone_code"]: f.id() for f in zones.getFeatures()}
    runs = dock.runs
    zones.startEditing()
    # Z-002 moved 10 m west: into Z-001, away from Z-003. Then a code typed in five keystrokes.
    zones.changeGeometry(fid["Z-002"], rect(190, 200, 390, 400))
    for text in ("Z", "Z-", "Z-0", "Z-00", "Z-004"):
        zones.changeAttributeValue(fid["Z-005"], zones.fields().indexOf("zone_code"), text)
        qtbot.wait(50)
    assert dock.runs == runs  # nothing yet: the check waits for a pause
    wait_checked(qtbot, dock, runs + 1)
    qtbot.wait(zd.DEBOUNCE_MS + 200)
    assert dock.runs == runs + 1  # one check for the whole burst
    found = rows(dock)
    assert ("overlap", "Z-001, Z-002") in [(t, z) for t, z, _ in found]
    assert "gap" in [t for t, _, _ in found]
    assert [z for t, z, _ in found if t == "duplicate_code"] == ["Z-004", "Z-004"]
    assert "problems in 6 zones" in dock.summary_label.text()
    assert dock.area_band.numberOfVertices() > 0 and dock.point_band.numberOfVertices() > 0
    assert dock.attribute_band.numberOfVertices() == 2  # the duplicate codes: another colour
    # Geometry faults first, whatever the alphabet says in the user's language.
    kinds = [t for t, _, _ in found]
    assert kinds.index("overlap") < kinds.index("duplicate_code") and kinds.index("gap") < kinds.index(
        "duplicate_code"
    )
    # Undo the move: the overlap and the gap go away again.
    zones.changeGeometry(fid["Z-002"], rect(200, 200, 400, 400))
    wait_checked(qtbot, dock, runs + 2)
    assert {t for t, _, _ in rows(dock)} == {"duplicate_code"}
    zones.rollBack()


def test_clicking_a_problem_selects_the_zones_and_zooms_to_it(dock, command_map, qtbot, qgis_iface):
    zones = command_map["zones"]
    fid = {f["zone_code"]: f.id() for f in zones.getFeatures()}
    zones.startEditing()
    zones.changeGeometry(fid["Z-002"], rect(190, 200, 390, 400))
    wait_checked(qtbot, dock, dock.runs + 1)
    canvas = qgis_iface.mapCanvas()
    canvas.setExtent(rect(-20000, -20000, 20000, 20000).boundingBox())  # far out
    row = next(
        r for r in range(dock.table.rowCount()) if dock.table.item(r, zd.COL_TYPE).toolTip() == "overlap"
    )
    item = dock.table.item(row, zd.COL_MESSAGE)
    qtbot.mouseClick(
        dock.table.viewport(), Qt.MouseButton.LeftButton, pos=dock.table.visualItemRect(item).center()
    )
    assert set(zones.selectedFeatureIds()) == {fid["Z-001"], fid["Z-002"]}
    overlap = rect(190, 200, 200, 400).boundingBox()
    xform = QgsCoordinateTransform(zones.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance())
    assert canvas.extent().contains(xform.transformBoundingBox(overlap))
    assert canvas.extent().width() < 5000  # zoomed in on it
    assert dock.focus_band.numberOfVertices() > 0
    zones.rollBack()


def _warnings(iface):
    return iface.messageBar().get_messages(Qgis.MessageLevel.Warning)


def test_saving_with_gaps_and_overlaps_warns_and_still_saves(dock, command_map, qtbot, qgis_iface):
    zones = command_map["zones"]
    fid = {f["zone_code"]: f.id() for f in zones.getFeatures()}
    zones.startEditing()
    zones.changeGeometry(fid["Z-002"], rect(190, 200, 390, 400))
    wait_checked(qtbot, dock, dock.runs + 1)
    before = len(_warnings(qgis_iface))
    assert zones.commitChanges()
    messages = _warnings(qgis_iface)[before:]
    assert len(messages) == 1 and "gaps: 1" in messages[0] and "overlaps: 1" in messages[0], messages
    assert dock.save_label.isVisible() and "Saved at" in dock.save_label.text()
    assert "gaps: 1" in dock.save_label.text()
    # Saved as drawn: the warning does not undo or block the user's edit.
    assert zones.getFeature(fid["Z-002"]).geometry().boundingBox() == rect(190, 200, 390, 400).boundingBox()


def test_a_save_with_stale_results_is_checked_on_the_spot(dock, command_map, qtbot, qgis_iface):
    dock.auto_check.setChecked(False)
    zones = command_map["zones"]
    fid = {f["zone_code"]: f.id() for f in zones.getFeatures()}
    runs = dock.runs
    zones.startEditing()
    zones.deleteFeature(fid["Z-006"])
    qtbot.wait(zd.DEBOUNCE_MS + 200)
    assert dock.runs == runs  # not checking after edits
    before = len(_warnings(qgis_iface))
    assert zones.commitChanges()
    assert dock.runs == runs + 1
    messages = _warnings(qgis_iface)[before:]
    assert len(messages) == 1 and "gaps: 1" in messages[0]
    assert [t for t, _, _ in rows(dock)] == ["gap"]


def test_a_clean_save_says_nothing(dock, command_map, qtbot, qgis_iface):
    zones = command_map["zones"]
    zones.startEditing()
    f = next(zones.getFeatures())
    zones.changeAttributeValue(f.id(), zones.fields().indexOf("category"), "centre")
    before = len(_warnings(qgis_iface))
    assert zones.commitChanges()
    assert _warnings(qgis_iface)[before:] == []
    assert not dock.save_label.isVisible()


def test_station_bounds_and_platforms(dock, command_map, qtbot):
    dock.load_box.setCollapsed(False)
    runs = dock.runs
    dock.min_spin.setValue(7)
    wait_checked(qtbot, dock, runs + 1)
    assert [(t, m) for t, _, m in rows(dock)] == [("station_load", "KS-01 has 6 zones; at least 7 wanted.")]
    assert settings.ZONES_MIN.value() == 7
    stations = command_map["stations"]
    stations.startEditing()
    stations.changeAttributeValue(next(stations.getFeatures()).id(), 1, "mobile_platform")
    stations.commitChanges()
    dock.check()
    wait_checked(qtbot, dock, runs + 2)
    assert rows(dock) == []  # a platform needs at least 4
    # Bounds push each other: "fewest" above "most" raises "most", and back.
    dock.min_spin.setValue(12)
    assert dock.max_spin.value() == 12
    dock.max_spin.setValue(5)
    assert dock.min_spin.value() == 5 and dock.platform_spin.value() == 4


def test_markers_can_be_hidden_and_leave_the_map_on_cleanup(qgis_iface, qtbot, command_map, processing):
    zones = command_map["zones"]
    zones.startEditing()
    zones.deleteFeature(next(zones.getFeatures()).id())
    widget = zd.ZonesDock(qgis_iface)
    qtbot.addWidget(widget)
    widget.show()
    wait_checked(qtbot, widget, 1)
    assert widget.area_band.numberOfVertices() > 0
    # Closing the panel takes its markers off the map; opening it brings them back.
    widget.hide()
    assert not widget.area_band.isVisible()
    widget.show()
    assert widget.area_band.isVisible()
    widget.markers_check.setChecked(False)
    assert widget.area_band.numberOfVertices() == 0 and widget.point_band.numberOfVertices() == 0
    scene = qgis_iface.mapCanvas().scene()
    bands = sum(isinstance(i, QgsRubberBand) for i in scene.items())
    assert bands >= 5
    widget.cleanup()
    assert sum(isinstance(i, QgsRubberBand) for i in scene.items()) == bands - 5
    zones.rollBack()


def test_a_big_layer_is_checked_in_the_background(qgis_iface, qtbot, qgis_new_project, processing):
    zones = _layer(
        "Polygon",
        "patrol_zones",
        [("zone_code", "string"), ("station_id", "string"), ("category", "string")],
        zones_rows(50, 40, 50.0),
    )
    QgsProject.instance().addMapLayer(zones)
    widget = zd.ZonesDock(qgis_iface)
    qtbot.addWidget(widget)
    try:
        assert widget.zones_combo.currentLayer() is zones
        widget.check()
        assert widget.is_running()  # check() returned at once; the work is a task
        qtbot.waitUntil(lambda: not widget.is_running(), timeout=60000)
        assert "2000 zones" in widget.summary_label.text()
        assert {p.error_type for p in widget.problems} == {"station_load"}  # one station with 2000 zones
    finally:
        widget.cleanup()


def test_the_active_zone_layer_is_followed_until_the_user_picks_one(dock, command_map, qgis_iface, qtbot):
    other = _layer("Polygon", "patrol_zones", [("zone_code", "string")], zones_rows(1, 1))
    QgsProject.instance().addMapLayer(other)
    qgis_iface.setActiveLayer(other)
    qgis_iface.currentLayerChanged.emit(other)
    assert dock.zones_combo.currentLayer() is other
    dock.zones_combo.activated.emit(0)  # the user picks in the combo
    qgis_iface.setActiveLayer(command_map["zones"])
    qgis_iface.currentLayerChanged.emit(command_map["zones"])
    assert dock.zones_combo.currentLayer() is other


def test_removing_the_zones_layer_clears_the_list(dock, command_map, qtbot):
    zones = command_map["zones"]
    zones.startEditing()
    zones.deleteFeature(next(zones.getFeatures()).id())
    wait_checked(qtbot, dock, dock.runs + 1)
    assert dock.table.rowCount() > 0
    zones.rollBack()
    QgsProject.instance().removeMapLayer(zones.id())
    assert dock.table.rowCount() == 0 and dock.area_band.numberOfVertices() == 0


def test_a_save_the_provider_refuses_is_not_reported_as_saved(
    qgis_iface, qtbot, qgis_new_project, processing, demo_gpkg
):
    """The demo's zone_code is UNIQUE in the GeoPackage: a duplicate makes the save fail."""
    from plugin.commandmap import load_command_map

    loaded = load_command_map(demo_gpkg)
    zones = loaded.layers["patrol_zones"]
    widget = zd.ZonesDock(qgis_iface)
    qtbot.addWidget(widget)
    widget.show()
    try:
        assert widget.zones_combo.currentLayer() is zones
        assert widget.boundary_combo.currentLayer() is loaded.layers["jurisdiction"]
        wait_checked(qtbot, widget, 1)
        features = {f["zone_code"]: f for f in zones.getFeatures()}
        zones.startEditing()
        moved = QgsGeometry(features["Z-014"].geometry())
        moved.translate(25, 15)
        zones.changeGeometry(features["Z-014"].id(), moved)
        zones.changeAttributeValue(features["Z-020"].id(), zones.fields().indexOf("zone_code"), "Z-019")
        wait_checked(qtbot, widget, widget.runs + 1)
        before = len(_warnings(qgis_iface))
        assert not zones.commitChanges()  # refused by the provider: UNIQUE constraint
        warned = _warnings(qgis_iface)[before:]
        assert len(warned) == 1 and "Saving patrol_zones" in warned[0]
        assert not widget.save_label.isVisible()  # never "saved" when it was not
        assert zones.isEditable() and zones.isModified()  # the user's edits are kept
        zones.rollBack()
    finally:
        widget.cleanup()
