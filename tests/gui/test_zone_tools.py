"""The zone editing map tools, driven with mouse events on a real map canvas.

Every edit is checked for what a command map cannot have (gaps, overlaps, duplicate codes)
with shapely, and for one undo step that restores the layer exactly and redoes cleanly.
"""

from __future__ import annotations

import pytest
import shapely
from qgis.core import (
    NULL,
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsMapCanvas, QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt
from qgis.PyQt.QtGui import QKeyEvent
from qgis.PyQt.QtWidgets import QDialogButtonBox
from shapely.geometry import box

from plugin.gui.zone_tools import DrawZoneTool, MergeZonesTool, MoveBoundaryTool, SplitZoneTool
from plugin.gui.zone_tools import base as zt_base
from plugin.gui.zone_tools.merge import MergeCodeDialog

pytestmark = pytest.mark.gui

X0, Y0 = 385000.0, 6672000.0  # UTM 35N, central Helsinki
CELL = 100.0
CRS = "EPSG:32635"
FIELDS = (
    "field=zone_code:string(32)&field=name:string(120)&field=station_id:string(32)"
    "&field=category:string(16)&field=target_min:double&field=notes:string(254)"
)


def p(x, y):
    """Grid coordinates (in cells' metres from the corner) to map coordinates."""
    return X0 + x, Y0 + y


@pytest.fixture
def zones(qgis_new_project):
    """3 × 3 zones of 100 m, Z-001 bottom left to Z-009 top right, sharing vertices exactly."""
    layer = QgsVectorLayer(f"Polygon?crs={CRS}&{FIELDS}", "patrol_zones", "memory")
    features = []
    for r in range(3):
        for c in range(3):
            f = QgsFeature(layer.fields())
            x, y = p(c * CELL, r * CELL)
            f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, y, x + CELL, y + CELL)))
            n = r * 3 + c + 1
            f.setAttributes([f"Z-{n:03d}", f"第{n}巡区", "KS-01" if c < 2 else "KS-02", "other", None, None])
            features.append(f)
    assert layer.dataProvider().addFeatures(features)[0]
    QgsProject.instance().addMapLayer(layer)
    return layer


@pytest.fixture
def canvas(zones, qtbot):
    c = QgsMapCanvas()
    c.setFrameStyle(0)
    c.resize(400, 400)
    c.setDestinationCrs(zones.crs())
    c.setLayers([zones])
    c.setExtent(QgsRectangle(X0 - 50, Y0 - 50, X0 + 350, Y0 + 350))  # 1 m per pixel
    c.show()
    qtbot.waitExposed(c)
    yield c
    c.hide()


def mouse(
    canvas, kind, xy, button=Qt.MouseButton.LeftButton, modifiers=Qt.KeyboardModifier.NoModifier, crs=None
):
    x, y = xy
    if crs is not None:
        xform = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem(crs), canvas.mapSettings().destinationCrs(), QgsProject.instance()
        )
        point = xform.transform(QgsPointXY(x, y))
        x, y = point.x(), point.y()
    pixel = canvas.getCoordinateTransform().transform(x, y)
    buttons = button if kind != QEvent.Type.MouseButtonRelease else Qt.MouseButton.NoButton
    return QgsMapMouseEvent(
        canvas, kind, QPoint(round(pixel.x()), round(pixel.y())), button, buttons, modifiers
    )


def click(tool, canvas, xy, button=Qt.MouseButton.LeftButton, **kw):
    tool.canvasMoveEvent(mouse(canvas, QEvent.Type.MouseMove, xy, Qt.MouseButton.NoButton, **kw))
    tool.canvasPressEvent(mouse(canvas, QEvent.Type.MouseButtonPress, xy, button, **kw))
    tool.canvasReleaseEvent(mouse(canvas, QEvent.Type.MouseButtonRelease, xy, button, **kw))


def key(tool, k):
    event = QKeyEvent(QEvent.Type.KeyPress, k, Qt.KeyboardModifier.NoModifier)
    tool.keyPressEvent(event)
    return event


def state(layer):
    """Everything about the zones that an edit may change, for exact comparison."""
    return sorted(
        (f["zone_code"], f.geometry().asWkt(6), tuple(str(a) for a in f.attributes()))
        for f in layer.getFeatures()
    )


def shapes(layer):
    return {f["zone_code"]: shapely.from_wkb(bytes(f.geometry().asWkb())) for f in layer.getFeatures()}


def assert_tiling(layer, area):
    geoms = shapes(layer)
    codes = [f["zone_code"] for f in layer.getFeatures()]
    assert len(codes) == len(set(codes)), codes
    assert all(g.is_valid and g.geom_type == "Polygon" for g in geoms.values())
    union = shapely.union_all(list(geoms.values()))
    assert sum(g.area for g in geoms.values()) == pytest.approx(union.area, abs=1e-3), "zones overlap"
    assert union.area == pytest.approx(area, abs=1e-3)
    assert (
        len(shapely.get_parts(union)) == 1 and len(union.interiors) == 0
        if union.geom_type == "Polygon"
        else True
    )


def has_vertex(layer, code, xy):
    geom = shapes(layer)[code]
    return any(abs(x - xy[0]) < 1e-6 and abs(y - xy[1]) < 1e-6 for x, y in geom.exterior.coords)


def assert_undo_redo(layer, before, after):
    stack = layer.undoStack()
    stack.undo()
    assert state(layer) == before
    stack.redo()
    assert state(layer) == after


def tool_for(cls, canvas, zones, bar):
    tool = cls(canvas, bar, zones)
    canvas.setMapTool(tool)
    return tool


# ------------------------------------------------------------------ draw
def test_draw_zone_is_clipped_snapped_coded_and_undoable(canvas, zones, message_bar):
    bar = message_bar
    tool = tool_for(DrawZoneTool, canvas, zones, bar)
    assert zones.isEditable(), "the tool starts editing when it is chosen"
    assert "Editing of" in bar.messages[0][1]
    before = state(zones)
    steps = zones.undoStack().count()
    # Overlaps the right column by 50 m, its left side inside Z-003 and Z-006.
    for xy in (p(250, 50), p(350, 50), p(350, 150), p(250, 150)):
        click(tool, canvas, xy)
    assert len(tool.points) == 4
    click(tool, canvas, p(340, 100), Qt.MouseButton.RightButton)
    assert tool.points == []
    assert zones.undoStack().count() == steps + 1
    assert zones.undoStack().text(steps) == "Draw zone Z-010"

    new = next(f for f in zones.getFeatures() if f["zone_code"] == "Z-010")
    assert new["category"] == "other"
    assert new["station_id"] in (None, NULL), "a new zone waits for the Assign brush"
    geom = shapes(zones)["Z-010"]
    assert geom.symmetric_difference(box(*p(300, 50), *p(350, 150))).area < 1e-6
    assert_tiling(zones, 300 * 300 + 50 * 100)
    # Topological editing: the neighbours got the new zone's corners on their edges.
    assert has_vertex(zones, "Z-003", p(300, 50)) and has_vertex(zones, "Z-006", p(300, 150))
    assert "Z-010" in bar.last(Qgis.MessageLevel.Success) and "cut away" in bar.last(
        Qgis.MessageLevel.Success
    )
    assert zones.isModified()
    assert_undo_redo(zones, before, state(zones))


def test_draw_snaps_to_existing_corners(canvas, zones, message_bar):
    tool = tool_for(DrawZoneTool, canvas, zones, message_bar)
    # The first and last clicks are 2–3 px off Z-003's right corners and snap onto them.
    for xy in (p(302, 2), p(400, 0), p(400, 100), p(301, 98)):
        click(tool, canvas, xy)
    assert [(q.x(), q.y()) for q in tool.points][::3] == [p(300, 0), p(300, 100)]
    assert tool.snap_indicator.match().isValid()
    click(tool, canvas, p(350, 50), Qt.MouseButton.RightButton)
    geoms = shapes(zones)
    assert geoms["Z-010"].equals(box(*p(300, 0), *p(400, 100)))
    assert shapely.intersection(geoms["Z-010"].boundary, geoms["Z-003"].boundary).length == pytest.approx(100)
    assert_tiling(zones, 300 * 300 + 100 * 100)


def test_draw_refuses_an_area_already_covered(canvas, zones, message_bar):
    bar = message_bar
    tool = tool_for(DrawZoneTool, canvas, zones, bar)
    before, steps = state(zones), zones.undoStack().count()
    for xy in (p(20, 20), p(80, 20), p(80, 80), p(20, 80)):
        click(tool, canvas, xy)
    click(tool, canvas, p(50, 50), Qt.MouseButton.RightButton)
    assert "Nothing is left" in bar.last(Qgis.MessageLevel.Warning)
    assert state(zones) == before and zones.undoStack().count() == steps


def test_draw_keys_work_as_in_qgis(canvas, zones, message_bar):
    bar = message_bar
    tool = tool_for(DrawZoneTool, canvas, zones, bar)
    for xy in (p(320, 20), p(380, 20), p(380, 80)):
        click(tool, canvas, xy)
    assert key(tool, Qt.Key.Key_Backspace).isAccepted()
    assert len(tool.points) == 2
    click(tool, canvas, p(330, 20), Qt.MouseButton.RightButton)
    assert "at least 3 points" in bar.last(Qgis.MessageLevel.Warning)
    assert len(tool.points) == 2, "too few points: the drawing is kept to go on with"
    assert key(tool, Qt.Key.Key_Escape).isAccepted()
    assert tool.points == [] and tool.band.numberOfVertices() == 0
    assert not key(tool, Qt.Key.Key_Escape).isAccepted(), "nothing to cancel: QGIS gets the key"


def test_draw_with_the_canvas_in_another_crs(canvas, zones, message_bar):
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    xform = QgsCoordinateTransform(zones.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance())
    canvas.setExtent(xform.transformBoundingBox(QgsRectangle(X0 - 50, Y0 - 50, X0 + 450, Y0 + 350)))
    tool = tool_for(DrawZoneTool, canvas, zones, message_bar)
    for xy in (p(300, 0), p(400, 0), p(400, 100), p(300, 100)):  # two corners on Z-003's vertices
        click(tool, canvas, xy, crs=CRS)
    # Snapped corners come back as the stored vertices, exactly, despite the reprojection.
    assert (tool.points[0].x(), tool.points[0].y()) == p(300, 0)
    assert (tool.points[3].x(), tool.points[3].y()) == p(300, 100)
    click(tool, canvas, p(350, 50), Qt.MouseButton.RightButton, crs=CRS)
    geoms = shapes(zones)
    assert "Z-010" in geoms
    assert shapely.intersection(geoms["Z-010"], geoms["Z-003"]).area < 1e-6
    assert geoms["Z-010"].intersection(geoms["Z-003"]).length == pytest.approx(100, abs=1e-6)


def test_tools_start_editing_or_say_why_not(canvas, zones, message_bar):
    zones.setReadOnly(True)
    bar = message_bar
    tool = tool_for(DrawZoneTool, canvas, zones, bar)
    assert not zones.isEditable()
    assert "cannot be edited" in bar.last(Qgis.MessageLevel.Critical)
    click(tool, canvas, p(320, 20))
    assert tool.points == [], "no drawing on a layer that cannot take it"


# ------------------------------------------------------------------ split
def test_split_keeps_the_old_code_on_the_larger_part(canvas, zones, message_bar):
    bar = message_bar
    tool = tool_for(SplitZoneTool, canvas, zones, bar)
    before = state(zones)
    # Across Z-005 (the centre) at x = 130; it starts inside Z-002 and ends inside Z-008, which stay whole.
    for xy in (p(130, 90), p(130, 210)):
        click(tool, canvas, xy)
    click(tool, canvas, p(130, 210), Qt.MouseButton.RightButton)
    geoms = shapes(zones)
    assert len(geoms) == 10
    assert geoms["Z-005"].area == pytest.approx(70 * 100) and geoms["Z-010"].area == pytest.approx(30 * 100)
    new = next(f for f in zones.getFeatures() if f["zone_code"] == "Z-010")
    assert (new["station_id"], new["category"], new["name"]) == ("KS-01", "other", "第5巡区")
    assert_tiling(zones, 300 * 300)
    assert has_vertex(zones, "Z-002", p(130, 100)) and has_vertex(zones, "Z-008", p(130, 200))
    text = bar.last(Qgis.MessageLevel.Success)
    assert "Z-005 keeps the larger part" in text and "Z-010" in text
    assert_undo_redo(zones, before, state(zones))


def test_split_refuses_a_line_that_does_not_cut(canvas, zones, message_bar):
    bar = message_bar
    tool = tool_for(SplitZoneTool, canvas, zones, bar)
    before = state(zones)
    for xy in (p(130, 102), p(170, 170)):  # snaps onto Z-005's lower edge, ends inside it
        click(tool, canvas, xy)
    click(tool, canvas, p(170, 170), Qt.MouseButton.RightButton)
    assert "does not cut Z-005 in two" in bar.last(Qgis.MessageLevel.Warning)
    for xy in (p(320, 320), p(380, 380)):  # outside every zone
        click(tool, canvas, xy)
    click(tool, canvas, p(380, 380), Qt.MouseButton.RightButton)
    assert "crosses no zone" in bar.last(Qgis.MessageLevel.Warning)
    assert state(zones) == before


def test_split_only_the_selected_zone(canvas, zones, message_bar):
    tool = tool_for(SplitZoneTool, canvas, zones, message_bar)
    z4 = next(f.id() for f in zones.getFeatures() if f["zone_code"] == "Z-004")
    zones.selectByIds([z4])
    for xy in (p(-20, 150), p(320, 150)):  # right across Z-004, Z-005 and Z-006
        click(tool, canvas, xy)
    click(tool, canvas, p(320, 150), Qt.MouseButton.RightButton)
    geoms = shapes(zones)
    assert len(geoms) == 10 and geoms["Z-004"].area == pytest.approx(5000)
    assert geoms["Z-005"].area == pytest.approx(10000)
    assert_tiling(zones, 300 * 300)


# ------------------------------------------------------------------ merge
def test_merge_keeps_the_chosen_code(canvas, zones, message_bar):
    bar = message_bar
    tool = tool_for(MergeZonesTool, canvas, zones, bar)
    offered = []

    def choose(rows, default, parent):
        offered.append((rows, default))
        return next(fid for fid, code, *_ in rows if code == "Z-003")  # not the default: the user picked it

    tool.choose = choose
    before = state(zones)
    for xy in (p(150, 50), p(250, 50), p(250, 150), p(150, 150)):  # Z-002, Z-003, Z-006, Z-005
        click(tool, canvas, xy)
    click(tool, canvas, p(150, 150))  # Z-005 again: left out
    assert sorted(f["zone_code"] for f in zones.selectedFeatures()) == ["Z-002", "Z-003", "Z-006"]
    click(tool, canvas, p(250, 150), Qt.MouseButton.RightButton)
    rows, default = offered[0]
    assert [r[1] for r in rows] == ["Z-002", "Z-003", "Z-006"] and default == 0
    # Ground area, as every view measures zones: 100 m map squares this far off UTM 35N's
    # central meridian are 0.05 % larger on the ground.
    assert rows[0][3] == "KS-01" and rows[1][3] == "KS-02" and rows[0][2] == pytest.approx(0.01, rel=1e-3)
    geoms = shapes(zones)
    assert "Z-002" not in geoms and "Z-006" not in geoms
    assert geoms["Z-003"].area == pytest.approx(30000)
    kept = next(f for f in zones.getFeatures() if f["zone_code"] == "Z-003")
    assert kept["station_id"] == "KS-02"
    assert [f["zone_code"] for f in zones.selectedFeatures()] == ["Z-003"]
    assert_tiling(zones, 300 * 300)
    assert "retired: Z-002, Z-006" in bar.last(Qgis.MessageLevel.Success)
    assert zones.undoStack().text(zones.undoStack().count() - 1) == "Merge zones into Z-003"
    assert_undo_redo(zones, before, state(zones))


def test_merge_refuses_zones_meeting_at_a_corner(canvas, zones, message_bar):
    bar = message_bar
    tool = tool_for(MergeZonesTool, canvas, zones, bar)
    tool.choose = lambda rows, default, parent: pytest.fail("no dialog for a refused merge")
    before = state(zones)
    click(tool, canvas, p(50, 50))  # Z-001
    click(tool, canvas, p(150, 150))  # Z-005: touches Z-001 at one point only
    assert key(tool, Qt.Key.Key_Return).isAccepted()
    assert "Z-005 share no boundary" in bar.last(Qgis.MessageLevel.Warning)
    zones.removeSelection()
    click(tool, canvas, p(50, 50))
    click(tool, canvas, p(50, 50), Qt.MouseButton.RightButton)
    assert "at least two" in bar.last(Qgis.MessageLevel.Warning)
    assert state(zones) == before


def test_merge_cancelled_in_the_dialog_changes_nothing(canvas, zones, message_bar):
    bar = message_bar
    tool = tool_for(MergeZonesTool, canvas, zones, bar)
    tool.choose = lambda rows, default, parent: None
    before = state(zones)
    click(tool, canvas, p(50, 50))
    click(tool, canvas, p(150, 50))
    click(tool, canvas, p(150, 50), Qt.MouseButton.RightButton)
    assert state(zones) == before and "cancelled" in bar.last(Qgis.MessageLevel.Info)


def test_merge_dialog_offers_the_largest_and_returns_the_pick(qtbot):
    rows = [
        (11, "Z-002", 0.01, "KS-01", "第2巡区"),
        (12, "Z-003", 0.04, "KS-02", ""),
        (13, "Z-006", 0.02, "", ""),
    ]
    dialog = MergeCodeDialog(rows, 1)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 3
    assert dialog.chosen_fid() == 12
    assert "station KS-02" in dialog.list.item(1).text() and "no station" in dialog.list.item(2).text()
    dialog.list.setCurrentRow(0)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.chosen_fid() == 11


# ------------------------------------------------------------------ move
def drag(tool, canvas, start, path):
    tool.canvasMoveEvent(mouse(canvas, QEvent.Type.MouseMove, start, Qt.MouseButton.NoButton))
    tool.canvasPressEvent(mouse(canvas, QEvent.Type.MouseButtonPress, start))
    for xy in path:
        tool.canvasMoveEvent(mouse(canvas, QEvent.Type.MouseMove, xy))


def test_move_shared_vertex_moves_all_four_zones(canvas, zones, message_bar):
    bar = message_bar
    tool = tool_for(MoveBoundaryTool, canvas, zones, bar)
    before = state(zones)
    drag(tool, canvas, p(102, 99), [p(110, 105), p(120, 115)])  # 2 px off the corner: snaps onto it
    assert tool.drag is not None and tool.drag.at == p(100, 100)
    assert set(tool.drag.changed) == {
        f.id() for f in zones.getFeatures() if f["zone_code"] in ("Z-001", "Z-002", "Z-004", "Z-005")
    }
    assert tool.band.numberOfVertices() > 0 and tool.band.strokeColor() == zt_base.EDIT_COLOR
    assert tool.marker.isVisible()
    assert state(zones) == before, "nothing changes until the mouse is released"
    tool.canvasReleaseEvent(mouse(canvas, QEvent.Type.MouseButtonRelease, p(120, 115)))
    for code in ("Z-001", "Z-002", "Z-004", "Z-005"):
        assert has_vertex(zones, code, p(120, 115))
    assert_tiling(zones, 300 * 300)
    assert tool.band.numberOfVertices() == 0 and not tool.marker.isVisible()
    assert_undo_redo(zones, before, state(zones))


def test_drag_an_edge_inserts_a_vertex_in_both_neighbours(canvas, zones, message_bar):
    tool = tool_for(MoveBoundaryTool, canvas, zones, message_bar)
    before = state(zones)
    drag(tool, canvas, p(150, 101), [p(150, 120)])  # the edge between Z-002 and Z-005
    assert tool.drag.edge and tool.drag.at == pytest.approx(p(150, 100))
    tool.canvasReleaseEvent(mouse(canvas, QEvent.Type.MouseButtonRelease, p(150, 120)))
    assert has_vertex(zones, "Z-002", p(150, 120)) and has_vertex(zones, "Z-005", p(150, 120))
    geoms = shapes(zones)
    assert geoms["Z-002"].area == pytest.approx(10000 + 100 * 20 / 2)
    assert_tiling(zones, 300 * 300)
    assert_undo_redo(zones, before, state(zones))


def test_move_that_would_overlap_is_shown_red_and_refused(canvas, zones, message_bar):
    bar = message_bar
    tool = tool_for(MoveBoundaryTool, canvas, zones, bar)
    before, steps = state(zones), zones.undoStack().count()
    drag(tool, canvas, p(100, 100), [p(180, 100), p(260, 100)])  # past the far side of Z-002/Z-005
    assert tool.drag.problem is not None
    assert tool.band.strokeColor() == zt_base.BAD_COLOR
    tool.canvasReleaseEvent(mouse(canvas, QEvent.Type.MouseButtonRelease, p(260, 100)))
    assert "Not moved" in bar.last(Qgis.MessageLevel.Warning)
    assert state(zones) == before and zones.undoStack().count() == steps
    # Esc drops a drag in progress.
    drag(tool, canvas, p(100, 100), [p(120, 120)])
    assert key(tool, Qt.Key.Key_Escape).isAccepted()
    assert tool.drag is None and tool.band.numberOfVertices() == 0
    assert state(zones) == before


# ------------------------------------------------------------------ undo across tools
def test_a_session_of_edits_undoes_back_to_the_start(canvas, zones, message_bar):
    original = state(zones)
    split = tool_for(SplitZoneTool, canvas, zones, message_bar)
    for xy in (p(-10, 40), p(310, 40)):
        click(split, canvas, xy)
    click(split, canvas, p(310, 40), Qt.MouseButton.RightButton)  # splits Z-001, Z-002, Z-003
    assert len(shapes(zones)) == 12
    move = tool_for(MoveBoundaryTool, canvas, zones, message_bar)
    drag(move, canvas, p(200, 200), [p(230, 190)])
    move.canvasReleaseEvent(mouse(canvas, QEvent.Type.MouseButtonRelease, p(230, 190)))
    draw = tool_for(DrawZoneTool, canvas, zones, message_bar)
    for xy in (p(300, 0), p(360, 0), p(360, 300), p(300, 300)):
        click(draw, canvas, xy)
    click(draw, canvas, p(330, 150), Qt.MouseButton.RightButton)
    assert_tiling(zones, 300 * 300 + 60 * 300)
    codes = sorted(shapes(zones))
    assert codes == [f"Z-{i:03d}" for i in range(1, 14)]
    stack = zones.undoStack()
    while stack.canUndo():
        stack.undo()
    assert state(zones) == original


def test_zones_in_degrees_with_the_canvas_in_web_mercator(qgis_new_project, qtbot, message_bar):
    """A geographic zone layer: tolerances in degrees, clicks through a reprojecting canvas."""
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:4326&{FIELDS}", "patrol_zones", "memory")
    d = 0.002  # about 110 m north–south, 60 m east–west at 60° N
    lon0, lat0 = 24.94, 60.17
    feats = []
    for r in range(2):
        for c in range(2):
            f = QgsFeature(layer.fields())
            f.setGeometry(
                QgsGeometry.fromRect(
                    QgsRectangle(lon0 + c * d, lat0 + r * d, lon0 + (c + 1) * d, lat0 + (r + 1) * d)
                )
            )
            f.setAttributes([f"G-{r * 2 + c + 1:02d}", None, None, "other", None, None])
            feats.append(f)
    layer.dataProvider().addFeatures(feats)
    QgsProject.instance().addMapLayer(layer)
    canvas = QgsMapCanvas()
    canvas.resize(500, 500)
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    xform = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance())
    canvas.setExtent(
        xform.transformBoundingBox(QgsRectangle(lon0 - d / 2, lat0 - d / 2, lon0 + 2.5 * d, lat0 + 2.5 * d))
    )
    canvas.show()
    qtbot.waitExposed(canvas)
    before = state(layer)
    tool = tool_for(MoveBoundaryTool, canvas, layer, message_bar)
    centre = (lon0 + d, lat0 + d)
    target = (lon0 + 1.3 * d, lat0 + 1.2 * d)
    tool.canvasMoveEvent(
        mouse(canvas, QEvent.Type.MouseMove, centre, Qt.MouseButton.NoButton, crs="EPSG:4326")
    )
    tool.canvasPressEvent(mouse(canvas, QEvent.Type.MouseButtonPress, centre, crs="EPSG:4326"))
    assert tool.drag is not None and tool.drag.at == centre, "the exact stored vertex, in degrees"
    tool.canvasMoveEvent(mouse(canvas, QEvent.Type.MouseMove, target, crs="EPSG:4326"))
    tool.canvasReleaseEvent(mouse(canvas, QEvent.Type.MouseButtonRelease, target, crs="EPSG:4326"))
    geoms = shapes(layer)
    moved = [tuple(c) for c in geoms["G-01"].exterior.coords if c != (lon0 + d, lat0 + d)]
    shared = set(moved) & set(tuple(c) for c in geoms["G-04"].exterior.coords)
    assert len(shared) == 1, "all four zones share the moved corner"
    union = shapely.union_all(list(geoms.values()))
    assert sum(g.area for g in geoms.values()) == pytest.approx(union.area, rel=1e-9)
    assert union.area == pytest.approx(4 * d * d, rel=1e-9)

    split = tool_for(SplitZoneTool, canvas, layer, message_bar)
    for xy in ((lon0 - 0.2 * d, lat0 + 0.5 * d), (lon0 + 2.2 * d, lat0 + 0.5 * d)):
        click(split, canvas, xy, crs="EPSG:4326")
    click(split, canvas, (lon0 + 2.2 * d, lat0 + 0.5 * d), Qt.MouseButton.RightButton, crs="EPSG:4326")
    geoms = shapes(layer)
    assert sorted(geoms) == ["G-01", "G-02", "G-03", "G-04", "G-05", "G-06"]
    union = shapely.union_all(list(geoms.values()))
    assert sum(g.area for g in geoms.values()) == pytest.approx(union.area, rel=1e-9)
    stack = layer.undoStack()
    while stack.canUndo():
        stack.undo()
    assert state(layer) == before
    canvas.hide()
