"""The Live feature end to end: the Live dock, driven through its widgets, with the real
FeedPoller (real HTTP through QGIS's network manager) against the dispatch simulator on
127.0.0.1, the live layers, and patrolmap:nearestunits on the demo command map's roads (the
roads the simulator drives on). Nothing of the client is mocked.

Fast by construction: the simulator runs on its manual clock (it moves only when a test
advances it) and the dock shares that clock, so a test decides when units move and how old
their fixes are; the dock polls every 0.3 s.
"""

from __future__ import annotations

import importlib

import pytest
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt

from plugin.commandmap import load_command_map
from plugin.dispatch.poller import FeedPoller
from plugin.gui import live_dock as ld

pytestmark = pytest.mark.gui

INTERVAL_S = 0.3
WAIT_MS = 15000


@pytest.fixture
def command_map(qgis_new_project, processing, demo_gpkg):
    """The demo command map, loaded as the user loads it: its roads are the simulator's."""
    return load_command_map(demo_gpkg)


@pytest.fixture
def dock(qgis_iface, qtbot, command_map, sim_world):
    assert ld.LiveDock.poller_class is FeedPoller  # the real one
    widget = ld.LiveDock(qgis_iface, now=sim_world.clock.now)
    qtbot.addWidget(widget)
    widget.resize(420, 900)
    widget.show()
    qtbot.waitExposed(widget)
    # The spin box stops users at 1 s; the tests poll faster to stay quick.
    widget.interval_spin.setDecimals(1)
    widget.interval_spin.setMinimum(0.1)
    widget.interval_spin.setValue(INTERVAL_S)
    yield widget
    widget.disconnect_feed()
    for run in (widget._nearest, widget._coverage):
        if run.is_running():
            qtbot.waitUntil(lambda run=run: not run.is_running(), timeout=60000)
    qtbot.waitUntil(lambda: QgsApplication.taskManager().countActiveTasks() == 0, timeout=WAIT_MS)
    widget.cleanup()


def connect(qtbot, dock, url):
    dock.url_edit.clear()
    qtbot.keyClicks(dock.url_edit, url)
    qtbot.mouseClick(dock.connect_button, Qt.MouseButton.LeftButton)


def layer_state(layer, key="unit_id"):
    """id → (fid, (x, y), attributes): everything a user could see change."""
    out = {}
    for f in layer.getFeatures():
        point = f.geometry().asPoint()
        out[f[key]] = (f.id(), (point.x(), point.y()), tuple(str(v) for v in f.attributes()))
    return out


def positions(layer):
    return {uid: xy for uid, (_, xy, _) in layer_state(layer).items()}


def served_positions(world):
    """What the simulator serves now (its world stepped to its clock, as a request would)."""
    world.advance_to()
    return {r["unit_id"]: r["lonlat"] for r in world.unit_reports()}


def same_positions(a, b, tol=1e-6):
    return a.keys() == b.keys() and all(
        abs(a[k][0] - b[k][0]) < tol and abs(a[k][1] - b[k][1]) < tol for k in a
    )


def filled(dock, world):
    units, incidents = dock.live.layer("units"), dock.live.layer("incidents")
    return (
        units is not None
        and incidents is not None
        and not dock.live.busy()
        and units.featureCount() == len(world.units)
        and incidents.featureCount() == len(world.incidents)
    )


@pytest.fixture
def connected(dock, qtbot, dispatch_sim, sim_world):
    connect(qtbot, dock, dispatch_sim.url)
    qtbot.waitUntil(lambda: dock.light_state == "ok" and filled(dock, sim_world), timeout=WAIT_MS)
    return dock


def checked(layer) -> bool:
    return QgsProject.instance().layerTreeRoot().findLayer(layer.id()).itemVisibilityChecked()


def test_connect_fills_the_layers_and_units_move_in_place(
    connected, qtbot, dispatch_sim, sim_world, command_map
):
    dock = connected
    # The command map's own units/incidents are hidden while live: no unit is drawn twice.
    assert not checked(command_map.layers["units"]) and not checked(command_map.layers["incidents"])
    assert checked(command_map.layers["roads"])
    assert checked(dock.live.layer("units")) and checked(dock.live.layer("incidents"))
    assert "#2e9e44" in dock.light.styleSheet()  # green
    assert not dock.connect_button.isEnabled() and dock.disconnect_button.isEnabled()
    units, incidents = dock.live.layer("units"), dock.live.layer("incidents")
    # The live layers, not the command map's own units/incidents layers of the same names.
    assert units.providerType() == "memory" and incidents.providerType() == "memory"
    assert same_positions(positions(units), served_positions(sim_world))
    served = {r["unit_id"]: r for r in sim_world.unit_reports()}
    rows = {f["unit_id"]: f for f in units.getFeatures()}
    assert {uid: rows[uid]["status"] for uid in rows} == {uid: r["status"] for uid, r in served.items()}
    assert {uid: rows[uid]["callsign"] for uid in rows} == {uid: r["callsign"] for uid, r in served.items()}
    assert {f["incident_id"] for f in incidents.getFeatures()} == set(sim_world.incidents)
    available = sum(1 for r in served.values() if r["status"] == "available")
    assert dock.counts_text().startswith(f"Units: {available} available")
    assert dock.unit_view.model().rowCount() == len(served)
    assert dock.age_label.text() == "Last update: 0 s ago"

    before = layer_state(units)
    fids = {uid: fid for uid, (fid, _, _) in before.items()}
    picked = [fids["U-01"], fids["U-05"]]
    units.selectByIds(picked)
    for step in (1, 2):
        sim_world.clock.advance(20)
        qtbot.waitUntil(
            lambda: not dock.live.busy() and same_positions(positions(units), served_positions(sim_world)),
            timeout=WAIT_MS,
        )
        now = layer_state(units)
        assert {uid: fid for uid, (fid, _, _) in now.items()} == fids, f"feature ids changed at step {step}"
        assert sorted(units.selectedFeatureIds()) == sorted(picked)
        assert units.featureCount() == len(sim_world.units)
        moved = [uid for uid in now if now[uid][1] != before[uid][1]]
        assert len(moved) >= 6, moved  # cars and motorbikes drive; platforms stand
        before = now
    assert dock.light_state == "ok" and dispatch_sim.max_in_flight == 1
    # The fixes' age is read on the shared (simulator) clock: 40 s of simulated time passed.
    assert max(f["updated_at"].toPyDateTime() for f in units.getFeatures()) is not None
    assert all(v.state in ("available", "busy", "offline") for v in dock.live.units.views.values())


def test_faults_turn_the_light_amber_then_red_and_the_layers_keep_their_last_good_state(
    connected, qtbot, qgis_iface, dispatch_sim, sim_world
):
    dock = connected
    units, incidents = dock.live.layer("units"), dock.live.layer("incidents")
    good_units, good_incidents = layer_state(units), layer_state(incidents, "incident_id")
    dispatch_sim.faults.rates["500"] = 1.0
    sim_world.clock.advance(15)  # had an answer come through, the units would have moved
    qtbot.waitUntil(lambda: dock.light_state == "retrying", timeout=WAIT_MS)
    assert "#f0a202" in dock.light.styleSheet()  # amber
    text = dock.status_label.text()
    assert "HTTP 500 Internal Server Error" in text and "the map keeps the last good state" in text
    assert any("HTTP 500" in dock.problems.item(i).text() for i in range(dock.problems.count()))
    assert layer_state(units) == good_units and layer_state(incidents, "incident_id") == good_incidents

    # The feed now wants credentials the dock does not have: 401, polling stops, red.
    dispatch_sim.faults.clear()
    dispatch_sim.auth = ("bearer", "s3cret")
    qtbot.waitUntil(lambda: dock.light_state == "error", timeout=WAIT_MS)
    assert "#d62d20" in dock.light.styleSheet()  # red
    assert "HTTP 401 Unauthorized" in dock.status_label.text()
    assert dock.connect_button.isEnabled() and not dock.feed_box.isCollapsed()
    assert layer_state(units) == good_units and layer_state(incidents, "incident_id") == good_incidents
    asked = len(dispatch_sim.requests)
    qtbot.wait(int(4 * INTERVAL_S * 1000))
    assert len(dispatch_sim.requests) == asked  # nothing more is asked
    assert dispatch_sim.requests[-1]["path"] in ("/units", "/incidents")
    assert "Authorization" not in dispatch_sim.requests[-1]["headers"]

    # Back in business: the credentials problem solved on the server side, connect again.
    dispatch_sim.auth = None
    qtbot.mouseClick(dock.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            dock.light_state == "ok"
            and not dock.live.busy()
            and same_positions(positions(units), served_positions(sim_world))
        ),
        timeout=WAIT_MS,
    )
    assert {uid: fid for uid, (fid, _, _) in layer_state(units).items()} == {
        uid: fid for uid, (fid, _, _) in good_units.items()
    }


def test_disconnect_stops_polling(connected, qtbot, dispatch_sim, sim_world, command_map):
    dock = connected
    assert not checked(command_map.layers["units"])
    qtbot.waitUntil(
        lambda: sum(1 for r in dispatch_sim.requests if r["path"] == "/units") >= 3, timeout=WAIT_MS
    )
    qtbot.mouseClick(dock.disconnect_button, Qt.MouseButton.LeftButton)
    assert dock.poller is None and dock.light_state == "stopped"
    qtbot.waitUntil(lambda: QgsApplication.taskManager().countActiveTasks() == 0, timeout=WAIT_MS)
    asked = len(dispatch_sim.requests)
    sim_world.clock.advance(30)
    held = positions(dock.live.layer("units"))
    qtbot.wait(int(5 * INTERVAL_S * 1000))
    assert len(dispatch_sim.requests) == asked
    assert positions(dock.live.layer("units")) == held  # the map keeps the last positions
    assert dock.connect_button.isEnabled() and dock.url_edit.isEnabled()
    assert checked(command_map.layers["units"]) and checked(command_map.layers["incidents"])  # shown again


def test_units_no_float_or_clock_holds_are_rejected_and_the_rest_land(
    connected, qtbot, dispatch_sim, sim_world
):
    # Issue 10 items 6-8: 0 units and "internal error" at every poll, incidents never fetched,
    # and a year-0001 unit counted but never drawn, raising on the GUI thread at every poll.
    dock = connected
    dispatch_sim.faults.rates["hostile_values"] = 1.0
    sim_world.clock.advance(10)
    qtbot.waitUntil(
        lambda: any(
            "a clock that was never set" in dock.problems.item(i).text() for i in range(dock.problems.count())
        ),
        timeout=WAIT_MS,
    )
    problems = "\n".join(dock.problems.item(i).text() for i in range(dock.problems.count()))
    assert "BAD-huge-speed" in problems and "BAD-huge-int" in problems and "BAD-no-clock" in problems
    assert "internal error" not in problems
    qtbot.waitUntil(lambda: dock.light_state == "ok" and filled(dock, sim_world), timeout=WAIT_MS)
    assert dock.live.layer("units").featureCount() == len(sim_world.units)
    assert dock.unit_view.model().rowCount() == len(sim_world.units)  # listed = drawn = counted
    assert sum(int(n) for n in [dock.live.units.counts()[s] for s in dock.live.units.counts()]) == len(
        sim_world.units
    )
    dock.unit_view.model().index(0, 2).data()  # the unit list's "last fix" column: no error


@pytest.mark.parametrize(
    ("fault", "words"),
    [("malformed", "invalid JSON at line 1"), ("not_geojson", "not a GeoJSON FeatureCollection")],
)
def test_a_body_level_fault_is_one_clear_error_and_the_last_snapshot_stays(
    connected, qtbot, dispatch_sim, sim_world, fault, words
):
    dock = connected
    units, incidents = dock.live.layer("units"), dock.live.layer("incidents")
    good_units, good_incidents = layer_state(units), layer_state(incidents, "incident_id")
    dispatch_sim.faults.rates[fault] = 1.0
    sim_world.clock.advance(15)  # had an answer come through, the units would have moved
    qtbot.waitUntil(
        lambda: dock.light_state == "retrying" and words in dock.status_label.text(), timeout=WAIT_MS
    )
    assert "internal error" not in dock.status_label.text()
    assert layer_state(units) == good_units and layer_state(incidents, "incident_id") == good_incidents


def visible_unit_layers() -> list:
    """The units layers a user sees on the map now (checked, and every group above checked)."""
    root = QgsProject.instance().layerTreeRoot()
    return [
        layer
        for layer in QgsProject.instance().mapLayersByName("units")
        if root.findLayer(layer.id()).isVisible()
    ]


def test_after_disconnect_one_set_of_units_shows_and_nothing_looks_live(
    connected, qtbot, command_map, sim_world
):
    # Issue 11 item 5: after Disconnect every unit was drawn twice, the frozen ones looking live.
    dock = connected
    live_units = dock.live.layer("units")
    assert visible_unit_layers() == [live_units]
    qtbot.mouseClick(dock.disconnect_button, Qt.MouseButton.LeftButton)
    assert visible_unit_layers() == [command_map.layers["units"]]  # one set: the command map's
    assert not checked(live_units) and not checked(dock.live.layer("incidents"))
    group = dock.live.group()
    assert "not live" in group.name() and "last known at" in group.name()
    # Turned on again by hand, the frozen units say what they are: grey, "last known HH:MM".
    assert live_units.renderer().type() == "singleSymbol"
    assert "not live" in live_units.labeling().settings().fieldName
    assert not dock.unit_view.isEnabled() and dock.tabs.tabText(0) == "Units (not live)"
    assert "Nothing on the map is live" in dock.status_label.text()

    # Connected again: the live set is back, live-looking, and the command map's hidden again.
    qtbot.mouseClick(dock.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dock.light_state == "ok" and filled(dock, sim_world), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: visible_unit_layers() == [live_units], timeout=WAIT_MS)
    assert dock.live.group().name() == "Live"
    assert live_units.renderer().type() == "categorizedSymbol"
    assert dock.unit_view.isEnabled() and dock.tabs.tabText(0) == "Units"


def test_unloading_while_connected_leaves_one_set_and_marks_the_live_one(
    connected, qtbot, command_map, dispatch_sim
):
    dock = connected
    live_units = dock.live.layer("units")
    dock.cleanup()  # what the plugin's unload() calls
    qtbot.waitUntil(lambda: QgsApplication.taskManager().countActiveTasks() == 0, timeout=WAIT_MS)
    asked = len(dispatch_sim.requests)
    qtbot.wait(int(3 * INTERVAL_S * 1000))
    assert len(dispatch_sim.requests) == asked  # polling stopped
    assert visible_unit_layers() == [command_map.layers["units"]]
    assert "not live" in live_units.labeling().settings().fieldName


def test_selecting_an_incident_routes_its_nearest_units_on_the_command_map_roads(
    connected, qtbot, command_map, sim_world
):
    dock = connected
    roads = command_map.layers["roads"]
    assert dock.network_combo.currentLayer() is roads  # picked by name from the command map
    available = {v.unit_id for v in dock.live.units.available()}
    assert len(available) >= 3
    dock.count_spin.setValue(3)
    dock.tabs.setCurrentIndex(1)
    table = dock.incident_table
    assert table.rowCount() == len(sim_world.incidents)
    item = table.item(0, 0)
    incident_id = item.text()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(item).center())
    qtbot.waitUntil(lambda: dock.routes_layer() is not None and not dock._nearest.is_running(), timeout=60000)
    routes = dock.routes_layer()
    rows = sorted(
        ((f["rank"], f["unit_id"], f["minutes"], f.geometry()) for f in routes.getFeatures()),
        key=lambda r: r[0],
    )
    assert [r[0] for r in rows] == [1, 2, 3]
    assert {r[1] for r in rows} <= available  # busy units are never offered
    assert [r[2] for r in rows] == sorted(r[2] for r in rows) and rows[0][2] > 0
    assert {f["incident_id"] for f in routes.getFeatures()} == {incident_id}
    assert routes.crs() == roads.crs()
    # Each route runs from its unit to the incident along the roads (both snapped, within 200 m).
    to_roads = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), roads.crs(), QgsProject.instance()
    )
    incident = dock.live.incidents.records[incident_id]
    target = to_roads.transform(QgsPointXY(incident.lon, incident.lat))
    for _, unit_id, _, geometry in rows:
        line = geometry.asPolyline() if not geometry.isMultipart() else geometry.asMultiPolyline()[0]
        record = dock.live.units.views[unit_id].record
        start = to_roads.transform(QgsPointXY(record.lon, record.lat))
        assert QgsPointXY(line[0]).distance(start) < 200.0 and QgsPointXY(line[-1]).distance(target) < 200.0
        assert geometry.length() >= QgsPointXY(line[0]).distance(QgsPointXY(line[-1])) - 1e-6
    names = [dock.nearest_table.item(r, 1).text() for r in range(dock.nearest_table.rowCount())]
    assert names == [dock.live.units.views[r[1]].record.callsign for r in rows]
    assert incident_id in dock.nearest_status.text()
    # The incident is selected on the map as well.
    assert dock.live.layer("incidents").selectedFeatureIds() == [dock.live.incident_fid(incident_id)]


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
