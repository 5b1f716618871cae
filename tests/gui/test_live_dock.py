"""The Live dock, driven with pytest-qt: snapshots and poller states are emitted into it, as the
real FeedPoller would; the analyses run through the real Processing algorithms as tasks."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import Qt

from plugin import settings
from plugin.core.feed import IncidentRecord, Rejected, Snapshot, UnitRecord
from plugin.core.synthetic import make_grid_city
from plugin.dispatch.poller import FeedPoller
from plugin.gui import live_dock as ld
from plugin.gui.live import coverage_panel, nearest_panel

pytestmark = pytest.mark.gui

T0 = datetime(2024, 5, 20, 8, 0, 0, tzinfo=timezone.utc)
CITY = make_grid_city(11, spacing=200.0, seed=3)
HALF = 1100.0


class Clock:
    def __init__(self):
        self.t = T0

    def __call__(self):
        return self.t


class FakePoller(FeedPoller):
    """Records how the dock drives it; the test emits its signals."""

    made: list[FakePoller] = []

    def __init__(self, source, parent=None, **kw):
        super().__init__(source, parent, **kw)
        self.running = False
        self.starts = 0
        FakePoller.made.append(self)

    def start(self):
        self.running = True
        self.starts += 1

    def stop(self):
        self.running = False

    def is_running(self):
        return self.running


def lonlat(r: int, c: int) -> tuple[float, float]:
    lon, lat = CITY.projection.to_lonlat(CITY.node_xy[r, c][None, :])[0]
    return float(lon), float(lat)


def unit(uid, r, c, status="available", seconds=0, callsign=None, kind="car"):
    lon, lat = lonlat(r, c)
    return UnitRecord(
        uid,
        lon,
        lat,
        T0 + timedelta(seconds=seconds),
        callsign=callsign or f"Car {uid}",
        kind=kind,
        status=status,
        heading_deg=45.0,
        speed_kmh=30.0,
    )


def units_snapshot(records, seconds=0, rejected=()):
    return Snapshot("units", T0 + timedelta(seconds=seconds), list(records), list(rejected))


def incidents_snapshot(records, seconds=0):
    return Snapshot("incidents", T0 + timedelta(seconds=seconds), list(records))


def _city_layers(project):
    roads = QgsVectorLayer(
        "LineString?crs=EPSG:4326&field=highway:string&field=oneway:string", "roads", "memory"
    )
    feats = []
    for ll, hw, ow in zip(CITY.lonlat, CITY.highway, CITY.oneway):
        f = QgsFeature(roads.fields())
        f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in ll]))
        f.setAttributes([hw, ow])
        feats.append(f)
    roads.dataProvider().addFeatures(feats)
    zones = QgsVectorLayer(
        "Polygon?crs=EPSG:4326&field=zone_code:string&field=category:string", "patrol_zones", "memory"
    )
    feats, step = [], 2 * HALF / 3
    for r in range(3):
        for c in range(3):
            x1, y1 = -HALF + c * step, -HALF + r * step
            ring = CITY.projection.to_lonlat(
                [[x1, y1], [x1 + step, y1], [x1 + step, y1 + step], [x1, y1 + step], [x1, y1]]
            )
            f = QgsFeature(zones.fields())
            f.setGeometry(QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in ring]]))
            f.setAttributes([f"LZ-{r * 3 + c + 1}", "key_site"])  # 1 min: coverage depends on where units are
            feats.append(f)
    zones.dataProvider().addFeatures(feats)
    project.addMapLayers([roads, zones])
    return roads, zones


@pytest.fixture(autouse=True)
def fresh_pollers(fresh_settings):
    FakePoller.made.clear()


@pytest.fixture
def city(qgis_new_project, processing):
    return _city_layers(QgsProject.instance())


@pytest.fixture
def dock(qgis_iface, qtbot, city, monkeypatch):
    monkeypatch.setattr(ld.LiveDock, "poller_class", FakePoller)
    clock = Clock()
    widget = ld.LiveDock(qgis_iface, now=clock)
    widget.live.asynchronous = False  # one test below drives the worker-thread path
    widget.clock = clock
    qtbot.addWidget(widget)
    widget.resize(420, 900)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    for run in (widget._nearest, widget._coverage):
        if run.is_running():
            qtbot.waitUntil(lambda run=run: not run.is_running(), timeout=60000)
    widget.cleanup()


def connect(qtbot, dock, url="http://127.0.0.1:8765/api"):
    dock.url_edit.setText(url)
    qtbot.mouseClick(dock.connect_button, Qt.MouseButton.LeftButton)
    return FakePoller.made[-1] if FakePoller.made else None


def test_connect_makes_a_poller_from_the_settings_and_keeps_only_the_auth_id(dock, qtbot):
    dock.kind_combo.setCurrentIndex(dock.kind_combo.findData("sensorthings"))
    dock.coordinates_combo.setCurrentIndex(dock.coordinates_combo.findData("gcj02"))
    dock.interval_spin.setValue(7)
    dock.auth_select.setConfigId("abc1234")
    poller = connect(qtbot, dock, "http://cad.local/api/")
    assert poller is not None and poller.running and poller.starts == 1
    source = poller.source
    assert (source.base_url, source.kind, source.coordinates, source.interval_s) == (
        "http://cad.local/api",
        "sensorthings",
        "gcj02",
        7.0,
    )
    # The 10 s request deadline is held to the 7 s interval: a poll never runs into the next one.
    assert (source.timeout_s, source.deadline_s) == (10.0, 7.0)
    assert "now 7 s" in dock.deadline_spin.toolTip()
    assert source.authcfg == dock.auth_select.configId()
    assert settings.LIVE_AUTHCFG.value() == dock.auth_select.configId()
    assert settings.LIVE_URL.value() == "http://cad.local/api"
    assert not dock.connect_button.isEnabled() and dock.disconnect_button.isEnabled()
    assert not dock.url_edit.isEnabled() and dock.feed_box.isCollapsed()
    assert dock.light_state == "retrying"  # connecting: not yet green
    qtbot.mouseClick(dock.disconnect_button, Qt.MouseButton.LeftButton)
    assert not poller.running and dock.poller is None
    assert (
        dock.light_state == "stopped" and dock.connect_button.isEnabled() and not dock.feed_box.isCollapsed()
    )


@pytest.mark.parametrize(
    "url, words",
    [
        ("", "base URL"),
        ("ftp://cad.local/api", "must start with http:// or https://"),
        ("http://cad local/api", "is not a host name"),
        ("http://dispatcher:s3cret@cad.local/api", "user name or password"),
    ],
)
def test_bad_urls_are_refused_before_anything_is_polled(dock, qtbot, url, words):
    assert connect(qtbot, dock, url) is None
    assert dock.light_state == "error" and words in dock.status_label.text()
    assert words in dock.problems.item(0).text()
    assert settings.LIVE_URL.value() == ""  # nothing of it was kept
    assert "s3cret" not in str(settings.LIVE_URL.value())


@pytest.mark.parametrize(
    "url, quoted",
    [
        ("cad.local/api", "“cad.local/api”"),
        ("ftp://cad.local/api", "“ftp://cad.local/api”"),
        ("htp:/cad.local", "“htp:/cad.local”"),
    ],
)
def test_the_bad_url_message_quotes_what_was_typed(dock, qtbot, url, quoted):
    # Issue 11 item 11: it said (not “—”) for a URL without a scheme.
    assert connect(qtbot, dock, url) is None
    assert quoted in dock.status_label.text() and "“—”" not in dock.status_label.text()


@pytest.mark.parametrize(
    "url", ["http://cad.local/api?api_key=s3cret", "https://cad.local/api?district=7&access_token=s3cret"]
)
def test_a_secret_in_the_query_is_refused_never_saved_nor_shown(dock, qtbot, url):
    # Issue 10 item 13: it was saved in plain text to QGIS3.ini and shown in the tooltip.
    assert connect(qtbot, dock, url) is None
    assert dock.light_state == "error" and "auth config" in dock.status_label.text()
    shown = [dock.status_label.text(), dock.feed_box.toolTip(), dock.problems.item(0).text()]
    assert all("s3cret" not in text for text in shown)
    assert settings.LIVE_URL.value() == ""


def test_a_secret_an_earlier_version_saved_is_wiped_and_shown_masked(qgis_iface, qtbot, city):
    settings.LIVE_URL.set("http://cad.local/api?api_key=s3cret")
    widget = ld.LiveDock(qgis_iface)
    qtbot.addWidget(widget)
    try:
        assert "s3cret" not in str(settings.LIVE_URL.value())
        assert "s3cret" not in widget.url_edit.text() and "api_key=" in widget.url_edit.text()
    finally:
        widget.cleanup()


def test_status_light_follows_the_poller(dock, qtbot, qgis_iface):
    poller = connect(qtbot, dock)
    dock.on_status("ok", "")
    assert dock.light_state == "ok" and "#2e9e44" in dock.light.styleSheet()
    dock.on_status("error", "HTTP 500 Internal Server Error")
    assert dock.light_state == "retrying" and "#f0a202" in dock.light.styleSheet()
    assert "HTTP 500" in dock.status_label.text() and "retrying" in dock.status_label.text()
    assert "HTTP 500" in dock.problems.item(0).text()
    assert dock.tabs.tabText(3) == "Problems (1)"
    dock.on_status("ok", "")
    assert dock.light_state == "ok"
    poller.running = False
    dock.on_status("auth_required", "HTTP 401 Unauthorized")
    assert dock.light_state == "error" and "#d62d20" in dock.light.styleSheet()
    assert "HTTP 401" in dock.status_label.text() and dock.connect_button.isEnabled()
    assert not dock.feed_box.isCollapsed()
    dock.on_status("stopped", "")
    assert dock.light_state == "stopped" and "#9a9a9a" in dock.light.styleSheet()


def test_counts_age_problems_and_the_unit_list(dock, qtbot):
    poller = connect(qtbot, dock)
    bad = [Rejected(4, "U-77", "latitude 95.0 is out of range"), Rejected(5, None, "no unit_id")]
    poller.snapshot.emit(
        units_snapshot(
            [
                unit("U1", 2, 2, callsign="Alpha 1"),
                unit("U2", 3, 3, "busy", callsign="Bravo 2"),
                unit("U3", 4, 4, callsign="Alpha 3", kind="motorcycle"),
                unit("U4", 5, 5, "offline", callsign="Delta 4"),
            ],
            rejected=bad,
        )
    )
    poller.snapshot.emit(
        incidents_snapshot(
            [
                IncidentRecord(
                    "I-1", *lonlat(5, 6), T0, kind="theft", priority=1, status="open", address="Main St 1"
                ),
                IncidentRecord("I-2", *lonlat(7, 6), T0, priority=2, status="assigned", assigned_unit="U2"),
            ]
        )
    )
    assert dock.counts_text().splitlines() == [
        "Units: 2 available · 1 busy · 1 offline · 0 stale",
        "Incidents: 1 open · 1 assigned",
    ]
    assert "#2e9e44" in dock.count_labels["available"].text()  # the available dot in the map's green
    assert dock.count_labels["busy"].text().endswith("1 busy")
    assert dock.count_labels["not_reporting"].isHidden()  # shown only when there are any
    assert dock.age_label.text() == "Last update: 0 s ago"
    dock.clock.t = T0 + timedelta(seconds=75)  # the dock's clock: the one the layers age units by
    dock._show_age()
    assert dock.age_label.text() == "Last update: 1 min ago"
    problems = [dock.problems.item(i).text() for i in range(dock.problems.count())]
    assert any("U-77" in p and "latitude 95.0 is out of range" in p for p in problems)
    assert any("feature 5" in p and "no unit_id" in p for p in problems)

    # The list: sorted by call sign, filtered by any part of call sign, id, status or kind.
    view = dock.unit_view
    model = view.model()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Alpha 1",
        "Alpha 3",
        "Bravo 2",
        "Delta 4",
    ]
    qtbot.keyClicks(dock.filter_edit, "alpha")
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Alpha 1", "Alpha 3"]
    dock.filter_edit.clear()
    qtbot.keyClicks(dock.filter_edit, "motorcycle")
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Alpha 3"]
    dock.filter_edit.clear()
    qtbot.keyClicks(dock.filter_edit, "busy")
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Busy"]
    dock.filter_edit.clear()
    assert model.rowCount() == 4

    # Moving on: U4 drops out of the feed, the clock runs, U1 goes stale.
    dock.clock.t = T0 + timedelta(seconds=100)
    poller.snapshot.emit(
        units_snapshot(
            [
                unit("U1", 2, 2, seconds=0, callsign="Alpha 1"),
                unit("U2", 3, 3, "busy", seconds=100, callsign="Bravo 2"),
                unit("U3", 4, 4, seconds=100, callsign="Alpha 3"),
            ],
            seconds=100,
        )
    )
    text = dock.counts_text()
    assert text.splitlines()[0] == "Units: 1 available · 1 busy · 0 offline · 2 stale", text
    assert dock.count_labels["stale"].text().endswith("2 stale")
    statuses = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    assert statuses["Alpha 1"] == "Stale"


def test_double_click_zooms_the_canvas_to_the_unit(dock, qtbot, qgis_iface):
    poller = connect(qtbot, dock)
    poller.snapshot.emit(
        units_snapshot([unit("U1", 1, 1, callsign="Alpha"), unit("U2", 9, 9, callsign="Zulu")])
    )
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    canvas.resize(600, 400)
    canvas.setExtent(canvas.fullExtent() if not canvas.fullExtent().isEmpty() else canvas.extent())
    before = canvas.extent()
    view = dock.unit_view
    index = view.model().index(1, 0)  # Zulu
    rect = view.visualRect(index)
    # A double click is a press, a release, then the double-click press (Qt sets the pressed row first).
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    after = canvas.extent()
    assert after != before
    to_canvas = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        canvas.mapSettings().destinationCrs(),
        QgsProject.instance(),
    )
    zulu = to_canvas.transform(QgsPointXY(*lonlat(9, 9)))
    assert after.contains(zulu)
    assert after.width() < 2000 and after.center().distance(zulu) < 50
    units = dock.live.layer("units")
    assert units.selectedFeatureIds() == [dock.live.unit_fid("U2")]


def _routes(dock):
    layer = dock.routes_layer()
    return layer, sorted((f["rank"], f["unit_id"], f["incident_id"]) for f in layer.getFeatures())


def test_selecting_an_incident_draws_routes_of_its_nearest_available_units(dock, qtbot, city):
    roads, _ = city
    poller = connect(qtbot, dock)
    # Next to the incident at (5, 5): U-busy (busy: left out), then U-near, U-mid, U-far, U-away.
    poller.snapshot.emit(
        units_snapshot(
            [
                unit("U-busy", 5, 6, "busy"),
                unit("U-near", 5, 4),
                unit("U-mid", 3, 5),
                unit("U-far", 8, 8),
                unit("U-away", 0, 0),
                unit("U-stale", 5, 5, seconds=-300),
            ]
        )
    )
    poller.snapshot.emit(
        incidents_snapshot([IncidentRecord("I-9", *lonlat(5, 5), T0, priority=1, status="open")])
    )
    assert dock.network_combo.currentLayer() is roads
    dock.count_spin.setValue(3)
    table = dock.incident_table
    assert table.rowCount() == 1 and table.item(0, 0).text() == "I-9"
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualItemRect(table.item(0, 0)).center()
    )
    assert dock._nearest.is_running()
    qtbot.waitUntil(lambda: dock.routes_layer() is not None, timeout=60000)
    layer, rows = _routes(dock)
    assert [(rank, unit_id) for rank, unit_id, _ in rows] == [(1, "U-near"), (2, "U-mid"), (3, "U-far")]
    assert {incident for _, _, incident in rows} == {"I-9"}
    assert layer.geometryType() == QgsWkbTypes.GeometryType.LineGeometry
    assert layer.name() == "Routes to I-9"
    assert layer.renderer().classAttribute() == "rank"  # styled: rank 1 boldest
    assert {f["unit_id"]: f["callsign"] for f in layer.getFeatures()}["U-near"] == "Car U-near"
    assert "callsign" in layer.labeling().settings().fieldName
    group = QgsProject.instance().layerTreeRoot().findLayer(layer.id()).parent()
    assert group.name() == "Live"
    assert [dock.nearest_table.item(r, 1).text() for r in range(dock.nearest_table.rowCount())] == [
        "Car U-near",
        "Car U-mid",
        "Car U-far",
    ]
    assert "I-9" in dock.nearest_status.text()
    # The incident is selected on the map too.
    incidents = dock.live.layer("incidents")
    assert incidents.selectedFeatureIds() == [dock.live.incident_fid("I-9")]


def test_selecting_an_incident_on_the_map_finds_its_units(dock, qtbot):
    poller = connect(qtbot, dock)
    poller.snapshot.emit(units_snapshot([unit("U1", 2, 2), unit("U2", 8, 8)]))
    poller.snapshot.emit(
        incidents_snapshot(
            [
                IncidentRecord("I-1", *lonlat(2, 3), T0, priority=2, status="open"),
                IncidentRecord("I-2", *lonlat(8, 7), T0, priority=2, status="open"),
            ]
        )
    )
    layer = dock.live.layer("incidents")
    layer.selectByIds([dock.live.incident_fid("I-2")])
    assert dock.incident_table.item(dock.incident_table.currentRow(), 0).text() == "I-2"
    qtbot.waitUntil(lambda: dock.routes_layer() is not None, timeout=60000)
    _, rows = _routes(dock)
    assert rows[0][:2] == (1, "U2") and rows[0][2] == "I-2"
    # A second incident replaces the routes (one routes layer at a time).
    layer.selectByIds([dock.live.incident_fid("I-1")])
    qtbot.waitUntil(
        lambda: (
            dock.routes_layer() is not None
            and dock.routes_layer().customProperty(ld.ROUTES_PROPERTY) == "I-1"
        ),
        timeout=60000,
    )
    assert (
        len([m for m in QgsProject.instance().mapLayers().values() if m.customProperty(ld.ROUTES_PROPERTY)])
        == 1
    )
    assert _routes(dock)[1][0][:2] == (1, "U1")


def test_no_available_unit_says_so(dock, qtbot):
    poller = connect(qtbot, dock)
    poller.snapshot.emit(units_snapshot([unit("U1", 2, 2, "busy")]))
    poller.snapshot.emit(incidents_snapshot([IncidentRecord("I-1", *lonlat(2, 3), T0, status="open")]))
    dock.select_incident("I-1")
    assert dock.nearest_status.text() == "No unit is available now."
    assert dock.routes_layer() is None


def test_after_disconnect_no_unit_is_offered_from_positions_not_live(dock, qtbot):
    poller = connect(qtbot, dock)
    poller.snapshot.emit(units_snapshot([unit("U1", 2, 2)]))
    poller.snapshot.emit(incidents_snapshot([IncidentRecord("I-1", *lonlat(2, 3), T0, status="open")]))
    qtbot.mouseClick(dock.disconnect_button, Qt.MouseButton.LeftButton)
    dock.select_incident("I-1")
    assert dock.nearest_status.text().startswith("Not live: the feed is disconnected.")
    assert dock.routes_layer() is None and not dock._nearest.is_running()
    dock.coverage_check.setChecked(True)
    assert dock.coverage_status.text().startswith("Not live") and not dock._coverage.is_running()


def test_coverage_now_reruns_when_available_units_move(dock, qtbot, monkeypatch):
    monkeypatch.setattr(coverage_panel, "COVERAGE_MIN_GAP_S", 0.0)
    poller = connect(qtbot, dock)
    poller.snapshot.emit(units_snapshot([unit("U1", 5, 5)]))
    assert dock.zones_combo.currentLayer().name() == "patrol_zones"
    dock.coverage_check.setChecked(True)
    assert dock._coverage.is_running()
    qtbot.waitUntil(
        lambda: dock.coverage_layer() is not None and not dock._coverage.is_running(), timeout=60000
    )
    layer = dock.coverage_layer()
    assert layer.featureCount() == 9 and layer.name() == "Coverage now"
    first = {f["zone_code"]: f["covered_pct"] for f in layer.getFeatures()}
    assert "zones reached in time" in dock.coverage_status.text()
    assert dock.coverage_verdict.text()
    # The unit drives to a corner: coverage is checked again, in the same layer.
    poller.snapshot.emit(units_snapshot([unit("U1", 0, 0, seconds=5)], seconds=5))
    qtbot.waitUntil(
        lambda: not dock._coverage.is_running() and dock._coverage_inputs == dock._available_key(),
        timeout=60000,
    )
    qtbot.waitUntil(
        lambda: {f["zone_code"]: f["covered_pct"] for f in layer.getFeatures()} != first, timeout=60000
    )
    assert dock.coverage_layer() is layer
    again = {f["zone_code"]: f["covered_pct"] for f in layer.getFeatures()}
    assert again["LZ-1"] > first["LZ-1"]  # the south-west zone is now better covered
    assert again["LZ-5"] < first["LZ-5"]  # and the centre worse
    # A snapshot without movement starts nothing.
    poller.snapshot.emit(units_snapshot([unit("U1", 0, 0, seconds=10)], seconds=10))
    assert not dock._coverage.is_running()


def test_trail_setting_adds_the_trails_layer(dock, qtbot):
    poller = connect(qtbot, dock)
    dock.trail_spin.setValue(3)
    for k in range(5):
        poller.snapshot.emit(units_snapshot([unit("U1", 5, k)], seconds=k))
    trails = dock.live.layer("trails")
    assert trails is not None and len(next(trails.getFeatures()).geometry().asPolyline()) == 3
    assert settings.LIVE_TRAIL_LENGTH.value() == 3
    dock.trail_spin.setValue(0)
    assert dock.live.layer("trails") is None


def test_a_poller_that_cannot_start_is_reported(dock, qtbot, monkeypatch):
    class Broken(FakePoller):
        def start(self):
            raise RuntimeError("no network")

    monkeypatch.setattr(ld.LiveDock, "poller_class", Broken)
    connect(qtbot, dock)
    assert dock.light_state == "error" and "no network" in dock.status_label.text()
    assert dock.connect_button.isEnabled() and dock.poller is None


def test_plugin_adds_the_live_dock(qgis_iface, root_package):
    from qgis.core import QgsApplication

    QgsApplication.processingRegistry().removeProvider("patrolmap")
    plugin = root_package.classFactory(qgis_iface)
    plugin.initGui()
    try:
        dock = plugin.docks["live"]
        assert type(dock).__name__ == "LiveDock" and dock.windowTitle() == "Live"
        action = next(a for a in plugin.actions if a.objectName() == "PatrolMapLive")
        action.trigger()
        assert dock.isVisibleTo(qgis_iface.mainWindow())
    finally:
        plugin.unload()
        from qgis.PyQt.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert "live" not in plugin.docks


def test_updates_prepared_off_the_gui_thread_reach_the_dock(dock, qtbot):
    dock.live.asynchronous = True
    poller = connect(qtbot, dock)
    poller.snapshot.emit(units_snapshot([unit("U1", 2, 2), unit("U2", 3, 3, "busy")]))  # makes the layer
    poller.snapshot.emit(
        units_snapshot(
            [
                unit("U1", 2, 3, seconds=1),
                unit("U2", 3, 3, "available", seconds=1),
                unit("U3", 4, 4, seconds=1),
            ],
            seconds=1,
        )
    )
    qtbot.waitUntil(
        lambda: not dock.live.busy() and dock.counts_text().startswith("Units: 3 available"), timeout=10000
    )
    assert dock.unit_view.model().rowCount() == 3
    assert dock.live.layer("units").featureCount() == 3


def test_routes_follow_the_units_as_they_move(dock, qtbot, monkeypatch):
    monkeypatch.setattr(nearest_panel, "NEAREST_REFRESH_S", 0.0)
    poller = connect(qtbot, dock)
    dock.count_spin.setValue(1)
    poller.snapshot.emit(units_snapshot([unit("U1", 5, 4), unit("U2", 9, 9)]))
    poller.snapshot.emit(incidents_snapshot([IncidentRecord("I-1", *lonlat(5, 5), T0, status="open")]))
    dock.select_incident("I-1")
    qtbot.waitUntil(lambda: dock.routes_layer() is not None and not dock._nearest.is_running(), timeout=60000)
    layer = dock.routes_layer()
    assert [f["unit_id"] for f in layer.getFeatures()] == ["U1"]
    # U1 drives away, U2 comes close: the routes are found again, in the same layer.
    poller.snapshot.emit(
        units_snapshot([unit("U1", 0, 0, seconds=5), unit("U2", 5, 6, seconds=5)], seconds=5)
    )
    qtbot.waitUntil(
        lambda: not dock._nearest.is_running() and [f["unit_id"] for f in layer.getFeatures()] == ["U2"],
        timeout=60000,
    )
    assert dock.routes_layer() is layer
    assert dock.nearest_table.item(0, 1).text() == "Car U2"
