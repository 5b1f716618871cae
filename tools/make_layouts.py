#!/usr/bin/env python3
"""Build PatrolMap's duty-map layout templates (resources/layouts/*.qpt) with the PyQGIS API.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 tools/make_layouts.py

Two templates, in QGIS's own format so anyone can open and change them in the layout designer
(Project ▸ New Print Layout ▸ from template, then Layout ▸ Save as Template):

- ``dutymap_overview.qpt`` — A3 landscape: the whole jurisdiction.
- ``dutymap_zone.qpt`` — A4 portrait: one patrol zone per page (the atlas).

PatrolMap fills the items by their *item id* (see resources/layouts/README.md for the list);
everything else — frames, headings, fonts, colours, positions — is the template's, so an edited
template keeps working. The files are generated and committed; edit here and run again, or
edit them in QGIS. Built on QGIS 3.22, so they open in 3.22 and every later version.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_HASH_SEED", "0")  # stable attribute order in the written XML
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsFillSymbol,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemPolyline,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsLineSymbol,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsTableCell,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QPointF, Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont, QPolygonF  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "layouts"
sys.path.insert(0, str(ROOT))

FONT = "Noto Sans CJK SC"
INK = "#1b1f24"  # text
MUTED = "#4a5562"
RULE = "#24364b"  # frames and rules: a dark police blue-grey
ACCENT = "#1f4e9c"
MARK_RED = "#b3121d"
GRID = "#9aa6b2"
HEADER_FILL = "#e9eef4"

MM = QgsUnitTypes.LayoutMillimeters


def font(size: float, bold: bool = False) -> QFont:
    f = QFont(FONT)
    f.setPointSizeF(size)
    f.setBold(bold)
    return f


def text_format(size: float, colour: str = INK, bold: bool = False) -> QgsTextFormat:
    fmt = QgsTextFormat()
    fmt.setFont(font(size, bold))
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
    fmt.setColor(QColor(colour))
    return fmt


def place(item, x, y, w, h):
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))


def label(
    layout,
    item_id,
    text,
    x,
    y,
    w,
    h,
    size,
    bold=False,
    colour=INK,
    align=Qt.AlignLeft,
    valign=Qt.AlignVCenter,
):
    item = QgsLayoutItemLabel(layout)
    item.setId(item_id)
    item.setText(text)
    item.setFont(font(size, bold))
    item.setFontColor(QColor(colour))
    item.setHAlign(align)
    item.setVAlign(valign)
    item.setMarginX(0)
    item.setMarginY(0)
    layout.addLayoutItem(item)
    place(item, x, y, w, h)
    return item


def rectangle(layout, item_id, x, y, w, h, stroke_mm, colour=RULE, fill=None):
    item = QgsLayoutItemShape(layout)
    item.setShapeType(QgsLayoutItemShape.Rectangle)
    item.setId(item_id)
    props = {
        "color": fill or "255,255,255,0",
        "style": "solid" if fill else "no",
        "outline_color": colour,
        "outline_width": str(stroke_mm),
        "outline_width_unit": "MM",
        "joinstyle": "miter",
    }
    item.setSymbol(QgsFillSymbol.createSimple(props))
    layout.addLayoutItem(item)
    place(item, x, y, w, h)
    return item


def hline(layout, item_id, x0, x1, y, width_mm, colour=RULE):
    line = QgsLayoutItemPolyline(QPolygonF([QPointF(x0, y), QPointF(x1, y)]), layout)
    line.setId(item_id)
    line.setSymbol(
        QgsLineSymbol.createSimple(
            {"line_color": colour, "line_width": str(width_mm), "line_width_unit": "MM", "capstyle": "flat"}
        )
    )
    layout.addLayoutItem(line)
    return line


def page(layout, size: str, orientation) -> None:
    layout.pageCollection().clear()
    p = QgsLayoutItemPage(layout)
    p.setPageSize(size, orientation)
    layout.pageCollection().addPage(p)


def neat_frame(layout, width, height):
    """The double border of Chinese printed maps: a heavy outer line, a hairline inside it."""
    rectangle(layout, "frame_outer", 8, 8, width - 16, height - 16, 0.9)
    rectangle(layout, "frame_inner", 10, 10, width - 20, height - 20, 0.2)


def map_item(layout, item_id, x, y, w, h, frame_mm=0.3):
    item = QgsLayoutItemMap(layout)
    item.setId(item_id)
    item.setFrameEnabled(True)
    item.setFrameStrokeWidth(QgsLayoutMeasurement(frame_mm, MM))
    item.setFrameStrokeColor(QColor(RULE))
    item.setBackgroundColor(QColor("#fbfaf7"))
    layout.addLayoutItem(item)
    place(item, x, y, w, h)
    # A real extent of the item's shape: with none, QGIS resizes the item to the first extent
    # it gets (the atlas's), and a scale bar linked to it has no width.
    item.setExtent(QgsRectangle(0, 0, w * 10.0, h * 10.0))
    item.setKeepLayerSet(True)
    return item


def north_arrow(layout, map_, x, y, w, h):
    svg = next(
        (
            Path(p) / "arrows" / "NorthArrow_02.svg"
            for p in QgsApplication.svgPaths()
            if (Path(p) / "arrows" / "NorthArrow_02.svg").exists()
        ),
        None,
    )
    item = QgsLayoutItemPicture(layout)
    item.setId("north_arrow")
    if svg is not None:
        item.setPicturePath(str(svg))
    item.setLinkedMap(map_)
    item.setNorthMode(QgsLayoutItemPicture.GridNorth)
    item.setSvgFillColor(QColor(INK))
    item.setSvgStrokeColor(QColor(INK))
    item.setResizeMode(QgsLayoutItemPicture.Zoom)
    layout.addLayoutItem(item)
    place(item, x, y, w, h)
    return item


def scale_bar(layout, map_, x, y, w, h, size_pt):
    bar = QgsLayoutItemScaleBar(layout)
    bar.setId("scalebar")
    bar.setStyle("Single Box")
    bar.setLinkedMap(map_)
    bar.setUnits(QgsUnitTypes.DistanceMeters)
    bar.setUnitLabel("米")
    bar.setNumberOfSegments(4)
    bar.setNumberOfSegmentsLeft(0)
    bar.setUnitsPerSegment(100)
    # Fixed segments: PatrolMap sets a round length per segment to suit each page's scale.
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
    bar.setHeight(1.6)
    bar.setTextFormat(text_format(size_pt, INK))
    bar.setBackgroundEnabled(True)
    bar.setBackgroundColor(QColor(255, 255, 255, 225))
    bar.setBoxContentSpace(1.2)
    bar.setFrameEnabled(False)
    layout.addLayoutItem(bar)
    place(bar, x, y, w, h)
    return bar


CELL_MARGIN = 1.2
GRID_MM = 0.2


def manual_table(layout, item_id, columns, x, y, w, h, header_pt, content_pt, sample=()):
    """A table PatrolMap fills per page. Columns are (key, heading, share of the width,
    alignment); the key (the column's "attribute") is how the plugin finds a column, so headings
    can be renamed, columns reordered, widened or removed in the designer. ``sample`` rows show
    in the designer what the table will hold; PatrolMap replaces them.

    A QGIS table is as wide as its columns (its frame cannot be wider), so the shares are turned
    into fixed widths that fill ``w`` exactly, margins and grid lines included."""
    table = QgsLayoutItemManualTable.create(layout)
    headers, widths = [], []
    room = w - len(columns) * 2 * CELL_MARGIN - (len(columns) + 1) * GRID_MM
    total_share = sum(c[2] for c in columns)
    for key, heading, share, align in columns:
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(key)
        column.setHAlignment(align)
        headers.append(column)
        widths.append(round(room * share / total_share, 2))
    table.setHeaders(headers)
    table.setColumnWidths(widths)
    table.setIncludeTableHeader(True)
    table.setHeaderHAlignment(QgsLayoutItemManualTable.FollowColumn)
    table.setHeaderTextFormat(text_format(header_pt, INK, bold=True))
    table.setContentTextFormat(text_format(content_pt, INK))
    table.setGridStrokeWidth(GRID_MM)
    table.setGridColor(QColor(GRID))
    table.setShowGrid(True)
    table.setHorizontalGrid(True)
    table.setVerticalGrid(True)
    table.setCellMargin(CELL_MARGIN)
    table.setWrapBehavior(QgsLayoutItemManualTable.WrapText)
    table.setEmptyTableBehavior(QgsLayoutItemManualTable.ShowMessage)
    table.setEmptyTableMessage("—")
    table.setBackgroundColor(QColor("white"))
    table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
    table.setTableContents([[QgsTableCell(text) for text in row] for row in sample])
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId(item_id)
    frame.setHidePageIfEmpty(False)
    frame.setHideBackgroundIfEmpty(False)
    table.addFrame(frame)
    place(frame, x, y, w, h)
    frame.setFrameEnabled(False)
    return table, frame


def legend(layout, map_, x, y, w, h):
    item = QgsLayoutItemLegend(layout)
    item.setId("legend")
    item.setTitle("图  例")
    item.setTitleAlignment(Qt.AlignHCenter)
    item.setLinkedMap(map_)
    item.setLegendFilterByMapEnabled(True)
    item.setAutoUpdateModel(False)
    item.setResizeToContents(False)
    item.setFrameEnabled(True)
    item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, MM))
    item.setFrameStrokeColor(QColor(RULE))
    item.setBackgroundColor(QColor("white"))
    item.setColumnCount(2)
    item.setSplitLayer(True)
    item.setEqualColumnWidth(True)
    item.setColumnSpace(4.0)
    item.setSymbolWidth(6.0)
    item.setSymbolHeight(3.8)
    item.setWrapString("")
    item.setBoxSpace(3.0)
    # QgsLegendStyle.setFont: its text formats came after QGIS 3.22.
    item.setFontColor(QColor(INK))
    item.rstyle(QgsLegendStyle.Title).setFont(font(13, bold=True))
    item.rstyle(QgsLegendStyle.Title).setMargin(QgsLegendStyle.Bottom, 3.0)
    item.rstyle(QgsLegendStyle.Group).setFont(font(9.5, bold=True))
    item.rstyle(QgsLegendStyle.Subgroup).setFont(font(9.5, bold=True))
    item.rstyle(QgsLegendStyle.Subgroup).setMargin(QgsLegendStyle.Top, 2.6)
    item.rstyle(QgsLegendStyle.SymbolLabel).setFont(font(8))
    item.rstyle(QgsLegendStyle.Symbol).setMargin(QgsLegendStyle.Top, 1.4)
    layout.addLayoutItem(item)
    place(item, x, y, w, h)
    return item


def footer(layout, width, y, size=8.5, two_rows=False):
    """Handling marking (left), map data credit, page number and print time.

    A3: one row — marking, credit (centre), page number and print time (right). A4 has no room
    for that: marking and page number on the first row, credit and print time on the second."""
    hline(layout, "footer_rule", 14, width - 14, y - 1.5, 0.25)
    label(layout, "marking", "内部资料 注意保存", 14, y, 70, 5.5, size + 1.5, bold=True, colour=MARK_RED)
    if two_rows:
        label(layout, "page_number", "", width - 14 - 50, y, 50, 5.5, size, colour=MUTED, align=Qt.AlignRight)
        label(
            layout,
            "attribution",
            "道路数据 © OpenStreetMap 贡献者（ODbL）",
            14,
            y + 5.5,
            110,
            4.5,
            size - 0.5,
            colour=MUTED,
        )
        label(
            layout,
            "printed_at",
            "打印时间 ",
            width - 14 - 60,
            y + 5.5,
            60,
            4.5,
            size - 0.5,
            colour=MUTED,
            align=Qt.AlignRight,
        )
        return
    label(
        layout,
        "attribution",
        "道路数据 © OpenStreetMap 贡献者（ODbL）",
        width / 2 - 60,
        y,
        120,
        5.5,
        size,
        colour=MUTED,
        align=Qt.AlignHCenter,
    )
    label(
        layout, "page_number", "", width - 14 - 70 - 34, y, 32, 5.5, size, colour=MUTED, align=Qt.AlignRight
    )
    label(
        layout,
        "printed_at",
        "打印时间 ",
        width - 14 - 60,
        y,
        60,
        5.5,
        size,
        colour=MUTED,
        align=Qt.AlignRight,
    )


def overview_template(project) -> QgsPrintLayout:
    layout = QgsPrintLayout(project)
    layout.setName("PatrolMap 巡防勤务图 · 总图")
    page(layout, "A3", QgsLayoutItemPage.Landscape)
    W = 420.0  # noqa: N806 - page width, as on the drawing
    neat_frame(layout, W, 297.0)
    label(layout, "title", "巡防勤务图", 14, 13.5, W - 28, 14, 26, bold=True, align=Qt.AlignHCenter)
    label(layout, "subtitle", "日期 · 班次", 14, 28.5, W - 28, 7, 12.5, colour=MUTED, align=Qt.AlignHCenter)
    hline(layout, "header_rule", 14, W - 14, 38.5, 0.6)
    hline(layout, "header_rule_thin", 14, W - 14, 39.6, 0.15)

    mx, my, mw, mh = 14.0, 44.0, 284.0, 226.0
    map_ = map_item(layout, "map", mx, my, mw, mh)
    north_arrow(layout, map_, mx + mw - 17, my + 4, 12, 18)
    scale_bar(layout, map_, mx + 4, my + mh - 15, 80, 11, 8)
    label(layout, "scale_text", "比例尺 1:", mx + 86, my + mh - 9.5, 40, 5, 8.5, colour=INK)

    px, pw = mx + mw + 6, W - 14 - (mx + mw + 6)
    legend(layout, map_, px, my, pw, 98)
    label(layout, "duty_heading", "当班力量", px, my + 103, pw, 7, 12, bold=True)
    hline(layout, "duty_heading_rule", px, px + pw, my + 110.5, 0.3)
    manual_table(
        layout,
        "duty_table",
        (
            ("station", "站点", 30, Qt.AlignLeft),
            ("team", "班组", 19, Qt.AlignLeft),
            ("leader", "带班", 13, Qt.AlignLeft),
            ("callsigns", "呼号", 22, Qt.AlignLeft),
            ("phone", "电话", 21, Qt.AlignLeft),
        ),
        px,
        my + 112,
        pw,
        mh - 112,
        8,
        7.5,
        sample=[("中央派出所", "一班（A）", "王建国", "中央11、中央12", "110-0101-1")],
    )
    footer(layout, W, 273.5)
    return layout


def zone_template(project) -> QgsPrintLayout:
    layout = QgsPrintLayout(project)
    layout.setName("PatrolMap 巡防勤务图 · 巡区页")
    page(layout, "A4", QgsLayoutItemPage.Portrait)
    W = 210.0  # noqa: N806 - page width, as on the drawing
    neat_frame(layout, W, 297.0)
    label(layout, "title", "巡区", 14, 13, 120, 11, 20, bold=True)
    label(layout, "subtitle", "站点 · 日期 · 班次", 14, 25, W - 28, 6, 10, colour=MUTED)
    hline(layout, "header_rule", 14, W - 14, 33, 0.6)
    hline(layout, "header_rule_thin", 14, W - 14, 34.1, 0.15)
    label(layout, "zone_badge", "", W - 14 - 60, 14, 60, 9, 10, colour=MUTED, align=Qt.AlignRight)

    mx, my, mw, mh = 14.0, 37.5, W - 28, 118.0
    map_ = map_item(layout, "map", mx, my, mw, mh)
    map_.setAtlasDriven(True)
    map_.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    map_.setAtlasMargin(0.35)
    locator = map_item(layout, "overview_map", mx + mw - 38, my + 2.5, 35.5, 42, frame_mm=0.25)
    locator.setBackgroundColor(QColor("white"))
    overview = QgsLayoutItemMapOverview("extent", locator)
    overview.setLinkedMap(map_)
    overview.setFrameSymbol(
        QgsFillSymbol.createSimple(
            {
                "color": "255,255,255,0",
                "style": "no",
                "outline_color": "#c8102e",
                "outline_width": "0.5",
                "outline_width_unit": "MM",
            }
        )
    )
    locator.overviews().addOverview(overview)
    north_arrow(layout, map_, mx + 3.5, my + 3.5, 8, 12)
    scale_bar(layout, map_, mx + 3, my + mh - 12, 62, 9.5, 7)
    label(layout, "scale_text", "比例尺 1:", mx + 67, my + mh - 7.5, 40, 5, 7.5, colour=INK)

    def heading(item_id, text, y):
        label(layout, item_id, text, 14, y, 80, 6.5, 11, bold=True)
        hline(layout, item_id + "_rule", 14, W - 14, y + 7, 0.3)

    heading("zone_heading", "巡区信息", 159)
    manual_table(
        layout,
        "zone_table",
        (
            ("zone_code", "巡区编号", 14, Qt.AlignLeft),
            ("station", "责任站点", 30, Qt.AlignLeft),
            ("category", "区域类别", 16, Qt.AlignLeft),
            ("target", "到达时限", 13, Qt.AlignRight),
            ("area", "面积", 14, Qt.AlignRight),
            ("road_km", "道路里程", 14, Qt.AlignRight),
            ("worst", "最长到达时间", 17, Qt.AlignRight),
        ),
        14,
        167.5,
        W - 28,
        15,
        8,
        8,
        sample=[("Z-001", "中央派出所", "一般区域", "5 分钟", "0.04 km²", "1.20 km", "3.5 分钟")],
    )
    heading("roster_heading", "值班安排", 186)
    manual_table(
        layout,
        "roster_table",
        (
            ("team", "班组", 14, Qt.AlignLeft),
            ("shift", "班次", 20, Qt.AlignLeft),
            ("leader", "带班民警", 12, Qt.AlignLeft),
            ("members", "当班民警", 28, Qt.AlignLeft),
            ("callsigns", "呼号", 22, Qt.AlignLeft),
            ("phone", "联系电话", 17, Qt.AlignLeft),
        ),
        14,
        194.5,
        W - 28,
        38,
        8,
        8,
        sample=[
            ("一班（A）", "白班 08:00–20:00", "王建国", "李明、赵强、陈刚", "中央11、中央12", "110-0101-1")
        ],
    )
    heading("key_sites_heading", "重点部位", 236)
    manual_table(
        layout,
        "key_sites_table",
        (
            ("name", "名称", 62, Qt.AlignLeft),
            ("kind", "类型", 22, Qt.AlignLeft),
            ("target", "到达时限", 16, Qt.AlignRight),
        ),
        14,
        244.5,
        W - 28,
        26,
        8,
        8,
        sample=[("中央火车站", "交通枢纽", "1 分钟")],
    )
    footer(layout, W, 274, size=7.5, two_rows=True)
    return layout


def main() -> int:
    app = QgsApplication([], False)
    app.initQgis()
    try:
        project = QgsProject()
        OUT.mkdir(parents=True, exist_ok=True)
        for name, build in (("dutymap_overview.qpt", overview_template), ("dutymap_zone.qpt", zone_template)):
            layout = build(project)
            path = OUT / name
            if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
                print(f"make_layouts: could not write {path}", file=sys.stderr)
                return 1
            print(f"wrote {path.relative_to(ROOT)}")
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
