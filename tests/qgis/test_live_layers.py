"""The live layers fed with snapshots: in place by id, selection kept, stale/offline by the clock."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsProject,
    QgsRenderContext,
)

from plugin.core.feed import IncidentRecord, Rejected, Snapshot, UnitRecord
from plugin.dispatch import live_layers as ll

T0 = datetime(2024, 5, 20, 8, 0, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self):
        self.t = T0

    def __call__(self):
        return self.t

    def step(self, seconds):
        self.t += timedelta(seconds=seconds)


def units_snapshot(rows, at=None, rejected=()):
    """rows: (id, lon, lat, seconds after T0, status[, heading])"""
    records = [
        UnitRecord(
            r[0],
            r[1],
            r[2],
            T0 + timedelta(seconds=r[3]),
            callsign=f"CS-{r[0]}",
            kind="car",
            status=r[4],
            heading_deg=r[5] if len(r) > 5 else None,
            speed_kmh=20.0,
        )
        for r in rows
    ]
    return Snapshot(
        "units", at or T0 + timedelta(seconds=max((r[3] for r in rows), default=0)), records, list(rejected)
    )


@pytest.fixture
def live(qgis_new_project):
    clock = Clock()
    layers = ll.LiveLayers(QgsProject.instance(), now=clock)
    layers.clock = clock
    yield layers
    layers.cleanup()


def by_id(layer, field="unit_id"):
    return {f[field]: f for f in layer.getFeatures()}


def test_layers_are_memory_layers_in_a_live_group_named_by_the_schema(live):
    live.apply(units_snapshot([("U1", 24.94, 60.17, 0, "available")]))
    live.apply(Snapshot("incidents", T0, [IncidentRecord("I1", 24.95, 60.17, T0, priority=1, status="open")]))
    units, incidents = live.layer("units"), live.layer("incidents")
    assert units.name() == "units" and incidents.name() == "incidents"
    assert units.providerType() == "memory" and units.crs().authid() == "EPSG:4326"
    from plugin.core.schema import INCIDENTS, UNITS

    assert units.fields().names()[: len(UNITS.fields)] == list(UNITS.field_names)
    assert incidents.fields().names() == list(INCIDENTS.field_names)
    group = QgsProject.instance().layerTreeRoot().findLayer(units.id()).parent()
    assert group.customProperty(ll.GROUP_PROPERTY) and group.name() == "Live"
    assert [n.layerId() for n in group.findLayers()] == [incidents.id(), units.id()]
    assert units.readOnly() and not units.startEditing()


def test_update_in_place_keeps_feature_ids_and_selection(live):
    rows = [(f"U{k}", 24.90 + k * 0.001, 60.17, 0, "available", 0.0) for k in range(20)]
    live.apply(units_snapshot(rows))
    layer = live.layer("units")
    fids = {uid: f.id() for uid, f in by_id(layer).items()}
    layer.selectByIds([fids["U3"], fids["U7"]])
    live.clock.step(5)
    moved = [
        (uid, lon + 0.0005, lat, 5, "busy" if uid == "U3" else status, 90.0)
        for uid, lon, lat, _, status, _ in rows
    ]
    result = live.apply(units_snapshot(moved))
    assert (result.added, result.changed) == (0, 20)
    now = by_id(layer)
    assert {uid: f.id() for uid, f in now.items()} == fids
    assert set(layer.selectedFeatureIds()) == {fids["U3"], fids["U7"]}
    assert layer.featureCount() == 20
    assert now["U3"]["status"] == "busy" and now["U3"]["state"] == "busy" and now["U3"]["heading_deg"] == 90.0
    assert now["U5"].geometry().asPoint().x() == pytest.approx(24.905 + 0.0005)
    # A new unit is added; the others keep their ids.
    live.apply(units_snapshot(moved + [("U99", 24.99, 60.18, 5, "available")]))
    assert layer.featureCount() == 21 and live.unit_fid("U99") not in fids.values()
    assert {uid: f.id() for uid, f in by_id(layer).items() if uid != "U99"} == fids


def test_missing_unit_is_marked_not_reported_never_deleted(live):
    live.apply(units_snapshot([("A", 24.9, 60.1, 0, "available"), ("B", 24.91, 60.1, 0, "busy")]))
    live.clock.step(5)
    live.apply(units_snapshot([("A", 24.9, 60.1, 5, "available")]))
    rows = by_id(live.layer("units"))
    assert set(rows) == {"A", "B"}
    assert rows["A"]["reported"]
    assert not rows["B"]["reported"]
    assert rows["B"]["state"] == "not_reporting" and rows["B"]["last_seen"] == "not in the last update"
    assert live.units.counts()["not_reporting"] == 1


def test_out_of_order_update_is_ignored(live):
    live.apply(units_snapshot([("A", 25.0, 60.1, 30, "busy")]))
    result = live.apply(units_snapshot([("A", 20.0, 60.1, 10, "available")], at=T0 + timedelta(seconds=31)))
    assert result.ignored_older == ["A"]
    row = by_id(live.layer("units"))["A"]
    assert row.geometry().asPoint().x() == pytest.approx(25.0) and row["status"] == "busy"


def test_duplicate_ids_keep_the_newest(live):
    result = live.apply(
        units_snapshot(
            [("A", 21.0, 60.1, 10, "busy"), ("A", 22.0, 60.1, 20, "available"), ("A", 23.0, 60.1, 15, "busy")]
        )
    )
    assert result.duplicates == 2
    layer = live.layer("units")
    assert layer.featureCount() == 1
    row = by_id(layer)["A"]
    assert row.geometry().asPoint().x() == pytest.approx(22.0) and row["status"] == "available"


def _category_of(layer, feature):
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    context = QgsRenderContext()
    renderer.startRender(context, layer.fields())
    try:
        symbol = renderer.symbolForFeature(feature, context)
        index = renderer.categoryIndexForValue(feature["state"])
        return renderer.categories()[index].value(), symbol.color().name()
    finally:
        renderer.stopRender(context)


def test_stale_then_offline_with_a_controllable_clock(live):
    live.apply(units_snapshot([("A", 24.9, 60.1, 0, "available"), ("B", 24.91, 60.1, 0, "available")]))
    layer = live.layer("units")
    fresh = _category_of(layer, by_id(layer)["A"])
    assert fresh[0] == "available"
    live.clock.step(60)
    live.apply(units_snapshot([("B", 24.91, 60.1, 60, "available")]))  # B keeps reporting
    live.clock.step(120)  # A: 180 s since its last fix
    assert live.tick() >= 1
    a = by_id(layer)["A"]
    assert a["state"] == "stale" and a["last_seen"] == "last seen 3 min ago"
    stale = _category_of(layer, a)
    assert stale[0] == "stale" and stale[1] != fresh[1]
    assert by_id(layer)["B"]["state"] == "stale"  # 120 s for B too: it stopped at 60 s
    live.clock.step(600 - 180 + 1)
    live.tick()
    a = by_id(layer)["A"]
    assert a["state"] == "offline" and a["last_seen"] == "last seen 10 min ago"
    assert _category_of(layer, a)[0] == "offline"
    assert live.units.counts()["offline"] >= 1
    # Nothing changes within the same minute: no provider write, no repaint.
    live.clock.step(5)
    assert live.tick() == 0


def test_heading_rotates_the_icon_and_kind_picks_it(live):
    live.apply(units_snapshot([("A", 24.9, 60.1, 0, "available", 135.0)]))
    layer = live.layer("units")
    for category in layer.renderer().categories():
        symbol_layer = category.symbol().symbolLayer(0)
        angle = symbol_layer.dataDefinedProperties().property(ll.live_styles.symbol_property("Angle"))
        assert angle.isActive() and "heading_deg" in angle.expressionString()
        name = symbol_layer.dataDefinedProperties().property(ll.live_styles.symbol_property("Name"))
        assert name.isActive() and "kind" in name.expressionString()
    # The icon expression names existing files for every kind.
    from pathlib import Path

    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextScope

    feature = by_id(layer)["A"]
    for kind in ("car", "motorcycle", "foot", "platform", None, "tank"):
        feature["kind"] = kind
        context = QgsExpressionContext()
        scope = QgsExpressionContextScope()
        scope.setFeature(feature)
        scope.setFields(layer.fields())
        context.appendScope(scope)
        path = QgsExpression(ll.live_styles.unit_icon_expression()).evaluate(context)
        assert Path(path).is_file(), path
        assert (
            Path(path).name
            == f"unit_{kind if kind in ('car', 'motorcycle', 'foot', 'platform') else 'car'}.svg"
        )


def test_trails_keep_the_last_n_positions(live):
    live.set_trail_length(4)
    for k in range(10):
        live.clock.t = T0 + timedelta(seconds=k)
        live.apply(
            units_snapshot([("A", 24.9 + k * 0.001, 60.1, k, "available"), ("B", 24.8, 60.1, k, "busy")])
        )
    trails = live.layer("trails")
    assert trails is not None and trails.name() == "unit_trails"
    rows = by_id(trails)
    assert set(rows) == {"A"}  # B never moved: no line
    line = rows["A"].geometry().asPolyline()
    assert len(line) == 4
    assert line[-1].x() == pytest.approx(24.909) and line[0].x() == pytest.approx(24.906)
    fid = rows["A"].id()
    live.apply(units_snapshot([("A", 24.95, 60.1, 11, "available"), ("B", 24.8, 60.1, 11, "busy")]))
    assert by_id(trails)["A"].id() == fid and len(by_id(trails)["A"].geometry().asPolyline()) == 4
    live.set_trail_length(0)
    assert live.layer("trails") is None
    assert not QgsProject.instance().mapLayersByName("unit_trails")


def test_incidents_update_in_place_and_leave_when_the_feed_drops_them(live):
    def snap(records, seconds):
        return Snapshot("incidents", T0 + timedelta(seconds=seconds), records)

    live.apply(
        snap(
            [
                IncidentRecord("I1", 24.9, 60.1, T0, priority=1, status="open"),
                IncidentRecord("I2", 24.91, 60.1, T0, priority=2, status="open"),
            ],
            0,
        )
    )
    layer = live.layer("incidents")
    fids = {f["incident_id"]: f.id() for f in layer.getFeatures()}
    layer.selectByIds([fids["I1"]])
    result = live.apply(
        snap([IncidentRecord("I1", 24.9, 60.1, T0, priority=1, status="assigned", assigned_unit="U7")], 5)
    )
    assert (result.changed, result.removed) == (1, 1)
    rows = by_id(layer, "incident_id")
    assert set(rows) == {"I1"} and rows["I1"].id() == fids["I1"]
    assert rows["I1"]["status"] == "assigned" and rows["I1"]["assigned_unit"] == "U7"
    assert layer.selectedFeatureIds() == [fids["I1"]]
    assert live.incident_for_fid(fids["I1"]).incident_id == "I1"


def test_rejected_records_are_reported_and_the_rest_lands(live):
    bad = [Rejected(3, "U-9", "latitude 91.2 is out of range")]
    result = live.apply(units_snapshot([("A", 24.9, 60.1, 0, "available")], rejected=bad))
    assert result.rejected == bad and live.layer("units").featureCount() == 1


def test_a_removed_layer_comes_back_whole_on_the_next_update(live):
    live.apply(units_snapshot([("A", 24.9, 60.1, 0, "available"), ("B", 24.8, 60.1, 0, "busy")]))
    QgsProject.instance().removeMapLayer(live.layer("units").id())
    assert live.layer("units") is None
    live.apply(units_snapshot([("A", 24.95, 60.1, 5, "available"), ("B", 24.8, 60.1, 5, "busy")]))
    layer = live.layer("units")
    assert layer is not None and layer.featureCount() == 2
    assert len(QgsProject.instance().mapLayersByName("units")) == 1
    live.remove_layers()
    assert not QgsProject.instance().mapLayersByName("units")
    assert not [
        g
        for g in QgsProject.instance().layerTreeRoot().findGroups(True)
        if g.customProperty(ll.GROUP_PROPERTY)
    ]


def test_a_reopened_project_keeps_one_live_group(live, qgis_new_project):
    live.apply(units_snapshot([("A", 24.9, 60.1, 0, "available")]))
    live.apply(Snapshot("incidents", T0, [IncidentRecord("I1", 24.95, 60.17, T0, priority=1, status="open")]))
    old, old_incidents = live.layer("units"), live.layer("incidents")
    # Styling (the incidents layer loads the command map's .qml) must not wipe the mark that
    # says which live layer this is: without it a reopened project got a second incidents layer,
    # and the dock took the live incidents for the command map's own and hid them.
    assert old.customProperty(ll.KIND_PROPERTY) == "units"
    assert old_incidents.customProperty(ll.KIND_PROPERTY) == "incidents"
    other = ll.LiveLayers(QgsProject.instance(), now=live.clock)
    try:
        other.apply(units_snapshot([("B", 24.9, 60.1, 0, "available")]))
        other.apply(
            Snapshot("incidents", T0, [IncidentRecord("I2", 24.95, 60.17, T0, priority=1, status="open")])
        )
        assert other.layer("units") is old  # taken over, not duplicated
        assert other.layer("incidents") is old_incidents
        assert [f["unit_id"] for f in old.getFeatures()] == ["B"]
        assert [f["incident_id"] for f in old_incidents.getFeatures()] == ["I2"]
        assert len(QgsProject.instance().mapLayersByName("incidents")) == 1
    finally:
        other.cleanup()


def test_units_prepared_in_the_worker_thread_land_like_the_direct_path(live, qtbot):
    import threading

    rows = [(f"U{k}", 24.90 + k * 0.001, 60.17, 0, "available", 0.0) for k in range(50)]
    live.apply(units_snapshot(rows))  # the layer exists: later updates are prepared off-thread
    layer = live.layer("units")
    fids = {f["unit_id"]: f.id() for f in layer.getFeatures()}
    layer.selectByIds([fids["U1"], fids["U2"]])
    threads = []
    original = live.units.plan

    def plan(*args, **kwargs):
        threads.append(threading.current_thread())
        return original(*args, **kwargs)

    live.units.plan = plan
    for step in range(1, 6):  # five snapshots in a row: the ones that wait are replaced by newer ones
        live.clock.step(1)
        live.submit(
            units_snapshot(
                [
                    (uid, lon + 0.0001 * step, lat, step, "busy" if uid == "U3" else status, 10.0 * step)
                    for uid, lon, lat, _, status, _ in rows
                ]
            )
        )
    assert live.busy()
    assert live.tick() == 0  # no re-ageing while a plan is being made
    with qtbot.waitSignal(live.updated, timeout=10000):
        pass
    qtbot.waitUntil(lambda: not live.busy(), timeout=10000)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert live.skipped >= 1
    now = {f["unit_id"]: f for f in layer.getFeatures()}
    assert {uid: f.id() for uid, f in now.items()} == fids
    assert now["U3"]["state"] == "busy" and now["U3"]["heading_deg"] == 50.0
    assert now["U7"].geometry().asPoint().x() == pytest.approx(24.907 + 0.0005)
    assert set(layer.selectedFeatureIds()) == {fids["U1"], fids["U2"]}
    assert live.last_applied.changed == 50 and live.last_prepare_s > 0 and live.last_main_s > 0


def test_drain_finishes_a_prepared_update_at_once(live):
    live.apply(units_snapshot([("A", 24.9, 60.1, 0, "available")]))
    live.submit(units_snapshot([("A", 25.0, 60.1, 5, "busy")]))
    live.submit(units_snapshot([("A", 25.1, 60.1, 6, "busy"), ("B", 25.2, 60.1, 6, "available")]))
    live.drain()
    assert not live.busy()
    rows = by_id(live.layer("units"))
    assert set(rows) == {"A", "B"} and rows["A"].geometry().asPoint().x() == pytest.approx(25.1)


def test_repaints_wait_while_the_canvas_draws(live):
    from qgis.PyQt.QtCore import QObject, pyqtSignal

    class Canvas(QObject):
        mapCanvasRefreshed = pyqtSignal()  # noqa: N815 - QgsMapCanvas's name
        drawing = False

        def isDrawing(self):  # noqa: N802 - QgsMapCanvas's name
            return self.drawing

    canvas = Canvas()
    live.set_canvas(canvas)
    live.apply(units_snapshot([("A", 24.9, 60.1, 0, "available")]))
    layer = live.layer("units")
    asked = []
    layer.repaintRequested.connect(lambda *_: asked.append(1))
    canvas.drawing = True
    live.clock.step(1)
    live.apply(units_snapshot([("A", 24.91, 60.1, 1, "available")]))
    live.clock.step(1)
    live.apply(units_snapshot([("A", 24.92, 60.1, 2, "available")]))
    assert asked == []  # the canvas would have had to start again twice
    assert by_id(layer)["A"].geometry().asPoint().x() == pytest.approx(24.92)  # the data is there
    canvas.drawing = False
    canvas.mapCanvasRefreshed.emit()
    assert asked == [1]  # one repaint, when it finished
    live.clock.step(1)
    live.apply(units_snapshot([("A", 24.93, 60.1, 3, "available")]))
    assert asked == [1, 1]
