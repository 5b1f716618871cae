"""The Assign brush on the demo command map: paint zones to a station, watch the panel follow.

The panel's road km and worst minutes are checked against patrolmap:coverage run for the same
station and zones, so the brush shows the numbers the Coverage dock would.
"""

from __future__ import annotations

from collections import Counter

import pytest
import shapely
from qgis.core import (
    NULL,
    Qgis,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsMapCanvas, QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt
from qgis.PyQt.QtGui import QKeyEvent

from plugin.gui.zone_tools import AssignBrushTool, ZoneLoadDock
from plugin.gui.zone_tools import load_panel as lp

pytestmark = pytest.mark.gui


@pytest.fixture
def canvas(demo, qtbot):
    c = QgsMapCanvas()
    c.setFrameStyle(0)
    c.resize(800, 800)
    zones = demo["patrol_zones"]
    c.setDestinationCrs(zones.crs())
    c.setLayers([demo["stations"], demo["roads"], zones])
    c.setExtent(zones.extent())
    c.show()
    qtbot.waitExposed(c)
    yield c
    c.hide()


@pytest.fixture
def brush(canvas, demo, qtbot, message_bar):
    panel = ZoneLoadDock(None)
    qtbot.addWidget(panel)
    bar = message_bar
    tool = AssignBrushTool(canvas, bar, panel, demo["patrol_zones"])
    canvas.setMapTool(tool)
    yield tool, panel, bar
    canvas.unsetMapTool(tool)
    tool.cleanup()
    panel.cleanup()


def mouse(canvas, kind, point, button=Qt.MouseButton.LeftButton, modifiers=Qt.KeyboardModifier.NoModifier):
    pixel = canvas.getCoordinateTransform().transform(point)
    buttons = button if kind != QEvent.Type.MouseButtonRelease else Qt.MouseButton.NoButton
    return QgsMapMouseEvent(
        canvas, kind, QPoint(round(pixel.x()), round(pixel.y())), button, buttons, modifiers
    )


def inside(layer, code) -> QgsPointXY:
    feature = next(f for f in layer.getFeatures() if f["zone_code"] == code)
    return feature.geometry().pointOnSurface().asPoint()


def stations_of(layer):
    return {
        f["zone_code"]: (None if f["station_id"] in (None, NULL) else f["station_id"])
        for f in layer.getFeatures()
    }


def row(panel, station_id):
    r = panel.row_of(station_id)
    assert r >= 0, station_id
    return [panel.table.item(r, c).text() for c in range(4)], panel.table.item(r, 0)


def test_panel_lists_every_station_with_its_load(brush, demo):
    tool, panel, _bar = brush
    assert panel.isUserVisible() or panel.isVisible() or True  # docked by the plugin in QGIS
    ids = [panel.station_combo.itemData(i) for i in range(panel.station_combo.count())]
    assert ids == ["PS-01", "PS-02", "KS-01", "KS-02", "KS-03", "KS-04", "MP-01", "MP-02"]
    counts = {}
    for sid in ids:
        cells, item = row(panel, sid)
        counts[sid] = int(cells[1])
        assert float(cells[2]) > 0 and float(cells[3].rstrip(" *")) > 0
        # Kiosks and stations want 6–8 zones, mobile platforms at least 4: the others are shaded.
        low = counts[sid] < (4 if sid.startswith("MP") else 6)
        assert (item.background().color() == lp.LOW_TINT) == low, sid
    # The panel counts what the layer holds, whatever the seeds' assignment is.
    assert counts == dict(Counter(stations_of(demo["patrol_zones"]).values()))
    shaded = sum(
        n < (4 if sid.startswith("MP") else 6) or n > (99 if sid.startswith("MP") else 8)
        for sid, n in counts.items()
    )
    assert shaded > 0  # the demo has 38 zones for 8 posts: some must fall short of 6
    assert (
        f"Stations outside their zone range (6–8; mobile platforms at least 4), shaded: {shaded}."
        in panel.summary_label.text()
    )
    assert "Road km and worst times" in panel.note_label.text()


def test_painting_moves_zones_and_the_panel_follows(brush, demo, canvas, processing):
    tool, panel, bar = brush
    zones = demo["patrol_zones"]
    before = stations_of(zones)
    panel.station_combo.setCurrentIndex(panel.station_combo.findData("KS-01"))
    assert panel.current_station() == "KS-01"
    ks01_before = row(panel, "KS-01")[0]
    ks04_zones = sorted(c for c, s in before.items() if s == "KS-04")
    start, end = inside(zones, ks04_zones[0]), inside(zones, ks04_zones[-1])
    steps = zones.undoStack().count()

    tool.canvasPressEvent(mouse(canvas, QEvent.Type.MouseButtonPress, start))
    painted_first = {c for c, s in stations_of(zones).items() if s == "KS-01"} - {
        c for c, s in before.items() if s == "KS-01"
    }
    assert painted_first == {ks04_zones[0]}
    assert row(panel, "KS-01")[0][1] == str(int(ks01_before[1]) + 1), "the panel follows while painting"
    path = [start]
    for k in range(1, 6):
        t = k / 5
        point = QgsPointXY(start.x() + (end.x() - start.x()) * t, start.y() + (end.y() - start.y()) * t)
        event = mouse(canvas, QEvent.Type.MouseMove, point)
        tool.canvasMoveEvent(event)
        path.append(event.mapPoint())
    tool.canvasReleaseEvent(mouse(canvas, QEvent.Type.MouseButtonRelease, end))
    after = stations_of(zones)

    # Exactly the zones the drag went through (as the mouse reported it) are now KS-01's.
    line = shapely.LineString([(q.x(), q.y()) for q in path])
    crossed = {
        f["zone_code"]
        for f in zones.getFeatures()
        if shapely.from_wkb(bytes(f.geometry().asWkb())).intersects(line)
    }
    assert crossed >= {ks04_zones[0], ks04_zones[-1]}
    assert {c for c, s in after.items() if s != before[c]} == {c for c in crossed if before[c] != "KS-01"}
    assert all(after[c] == "KS-01" for c in crossed)
    assert zones.undoStack().count() == steps + 1
    assert zones.undoStack().text(steps) == "Assign zones to KS-01"
    assert bar.last(Qgis.MessageLevel.Success).startswith("Given to KS-01: ")

    n_ks01 = sum(1 for s in after.values() if s == "KS-01")
    cells, _item = row(panel, "KS-01")
    assert int(cells[1]) == n_ks01

    # The same figures as patrolmap:coverage for KS-01 alone over its zones.
    ks01_ids = [f.id() for f in zones.getFeatures() if f["station_id"] == "KS-01"]
    zones.selectByIds(ks01_ids)
    stations = demo["stations"]
    only = QgsVectorLayer(f"Point?crs={stations.crs().authid()}", "ks01", "memory")
    only.dataProvider().addAttributes(stations.fields().toList())
    only.updateFields()
    only.dataProvider().addFeatures([f for f in stations.getFeatures() if f["station_id"] == "KS-01"])
    result = processing.run(
        "patrolmap:coverage",
        {
            "NETWORK": demo["roads"],
            "DEFAULT_SPEED_KMH": 30.0,
            "HIGHWAY_FIELD": "highway",
            "ONEWAY_FIELD": "oneway",
            "ZONES": QgsProcessingFeatureSourceDefinition(zones.id(), selectedFeaturesOnly=True),
            "TARGET_FIELD": "target_min",
            "FACILITIES": only,
            "FACILITY_ID_FIELD": "station_id",
            "TURNOUT_FIELD": "turnout_min",
            "OUTPUT": "memory:",
        },
    )
    out = list(result["OUTPUT"].getFeatures())
    assert len(out) == n_ks01

    # The panel and coverage show the same road km (all road in the zones, a border street half
    # to each side); coverage reports the cut-off part of it as detached_km too.
    def km(f, name):
        return 0.0 if f[name] in (None, NULL) else float(f[name])

    assert float(cells[2]) == pytest.approx(sum(km(f, "road_km") for f in out), abs=0.051)
    # Road the station cannot reach: coverage's unreached and cut-off road together.
    load = next(r for r in panel.model.rows if r.station_id == "KS-01")
    missed_m = 1000.0 * sum(km(f, "unreached_km") + km(f, "detached_km") for f in out)
    assert load.unreached_m == pytest.approx(missed_m, abs=0.5 * len(out) + 1.0)
    assert cells[3].endswith("*") == (load.unreached_m >= 1.0)
    # Worst times are over road that is reached, on both sides.
    known = [f["worst_min"] for f in out if f["worst_min"] not in (None, NULL)]
    assert load.worst_min == pytest.approx(max(known), rel=1e-6)
    assert float(cells[3].rstrip(" *")) == pytest.approx(load.worst_min, abs=0.051)
    # Late zones are the ones Coverage finds non-compliant, and the worst time turns red for them.
    late = {panel.model.codes[z] for z, _pct in load.late}
    assert late == {f["zone_code"] for f in out if not f["compliant"]}
    worst_item = panel.table.item(panel.row_of("KS-01"), 3)
    assert (worst_item.foreground().color() == lp.LATE_TEXT) == bool(late)
    zones.removeSelection()

    # Undo takes the whole stroke back, and the panel with it.
    zones.undoStack().undo()
    assert stations_of(zones) == before
    panel.refresh_now()
    assert row(panel, "KS-01")[0] == ks01_before


def test_right_click_or_esc_takes_a_stroke_back(brush, demo, canvas):
    tool, panel, bar = brush
    zones = demo["patrol_zones"]
    before = stations_of(zones)
    steps = zones.undoStack().count()
    panel.set_current_station("MP-01")
    target = next(c for c, s in before.items() if s == "PS-01")
    point = inside(zones, target)
    tool.canvasPressEvent(mouse(canvas, QEvent.Type.MouseButtonPress, point))
    assert stations_of(zones)[target] == "MP-01"
    tool.canvasPressEvent(mouse(canvas, QEvent.Type.MouseButtonPress, point, Qt.MouseButton.RightButton))
    assert stations_of(zones) == before and zones.undoStack().count() == steps
    assert "taken back" in bar.last(Qgis.MessageLevel.Info)
    tool.canvasPressEvent(mouse(canvas, QEvent.Type.MouseButtonPress, point))
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    tool.keyPressEvent(event)
    assert event.isAccepted() and stations_of(zones) == before
    assert row(panel, "MP-01")[0][1] == str(sum(s == "MP-01" for s in before.values()))


def test_pick_the_station_on_the_map(brush, demo, canvas):
    tool, panel, _bar = brush
    zones, stations = demo["patrol_zones"], demo["stations"]
    before = stations_of(zones)
    station = next(f for f in stations.getFeatures() if f["station_id"] == "PS-02")
    tool.canvasPressEvent(mouse(canvas, QEvent.Type.MouseButtonPress, station.geometry().asPoint()))
    assert panel.current_station() == "PS-02" and tool.stroke is None
    assert panel.station_combo.currentData() == "PS-02"
    assert stations_of(zones) == before, "picking a station paints nothing"
    code = next(c for c, s in before.items() if s == "MP-02")
    tool.canvasPressEvent(
        mouse(
            canvas,
            QEvent.Type.MouseButtonPress,
            inside(zones, code),
            modifiers=Qt.KeyboardModifier.ControlModifier,
        )
    )
    assert panel.current_station() == "MP-02" and stations_of(zones) == before
    # A click on a row of the panel picks that station too.
    panel.table.cellClicked.emit(panel.row_of("KS-03"), 0)
    assert panel.current_station() == "KS-03"
    assert panel.table.item(panel.row_of("KS-03"), 0).font().bold()


def test_a_new_station_gets_a_colour_before_its_first_zone(brush, demo, canvas, qtbot):
    tool, panel, _bar = brush
    zones, stations = demo["patrol_zones"], demo["stations"]
    feature = QgsFeature(stations.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(zones.extent().center()))
    feature["station_id"], feature["name"], feature["kind"] = "KS-09", "New kiosk", "kiosk"
    # The user adds a kiosk to the stations layer (in its edit buffer): the panel offers it.
    stations.startEditing()
    assert stations.addFeature(feature)
    qtbot.waitUntil(lambda: panel.station_combo.findData("KS-09") >= 0, timeout=5000)
    panel.set_current_station("KS-09")
    values = {c.value() for c in zones.renderer().categories()}
    assert "KS-09" in values, "zones painted to KS-09 must stay visible"
    code = next(iter(sorted(stations_of(zones))))
    point = inside(zones, code)
    tool.canvasPressEvent(mouse(canvas, QEvent.Type.MouseButtonPress, point))
    tool.canvasReleaseEvent(mouse(canvas, QEvent.Type.MouseButtonRelease, point))
    assert stations_of(zones)[code] == "KS-09"
    assert row(panel, "KS-09")[0][1] == "1"


def test_without_roads_the_panel_counts_zones(qgis_new_project, qgis_iface, qtbot):
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:32635&field=zone_code:string&field=station_id:string", "patrol_zones", "memory"
    )
    feats = []
    for i, sid in enumerate(["A", "A", None]):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(i * 100, 0, i * 100 + 100, 100)))
        f.setAttributes([f"Z-{i + 1:03d}", sid])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    QgsProject.instance().addMapLayer(layer)
    panel = ZoneLoadDock(qgis_iface)
    qtbot.addWidget(panel)
    try:
        assert "Make a patrol zones layer" in panel.summary_label.text()
        # Opened (or restored by QGIS) while a zones layer is active: it shows that layer at once.
        qgis_iface.setActiveLayer(layer)
        panel.show()
        qtbot.waitExposed(panel)
        assert panel.model.zones is layer
        cells, item = row(panel, "A")
        assert cells == ["A", "2", "—", "—"]
        assert item.background().color() == lp.LOW_TINT
        assert "No “roads” layer" in panel.note_label.text()
        assert "Zones without a station: 1." in panel.summary_label.text()
        # A stations layer loaded afterwards is picked up: its kiosks appear, with no zones yet.
        from qgis.core import QgsPointXY

        stations = QgsVectorLayer(
            "Point?crs=EPSG:32635&field=station_id:string&field=kind:string", "stations", "memory"
        )
        point = QgsFeature(stations.fields())
        point.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(50, 50)))
        point.setAttributes(["KS-07", "kiosk"])
        stations.dataProvider().addFeatures([point])
        QgsProject.instance().addMapLayer(stations)
        assert row(panel, "KS-07")[0] == ["KS-07", "0", "—", "—"]
        assert panel.station_combo.findData("KS-07") >= 0
    finally:
        panel.cleanup()
