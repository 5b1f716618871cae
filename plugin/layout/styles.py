"""How a duty map's layers look in print: fonts, zone colours by station, labels, the zone
page's highlight and every other print style (screen styles live in ``gui/result_styles``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsGradientStop,
    QgsLineSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..commandmap import STATION_PALETTE
from ..qgis_bridge import is_null as _is_null
from ..resources import style_path
from .fonts import PREFERRED, print_font
from .text import chinese_part

if TYPE_CHECKING:
    from .data import Station

CURRENT_ZONE_RED = "#c8102e"
NEIGHBOUR_FILL = "#ecebe6"
NEIGHBOUR_LINE = "#b8b6ae"

BAND_COLOURS = (QColor("#1b7837"), QColor("#a6d96a"), QColor("#f4a03b"))  # 1, 3, 5 min


def band_colour(index: int, count: int) -> QColor:
    """The colour of band ``index`` of ``count``: dark green → yellow-green → orange (the same
    on screen, in the Coverage dock's isochrones, and in print)."""
    if count <= 1:
        return QColor(BAND_COLOURS[0])
    if count == len(BAND_COLOURS):
        return QColor(BAND_COLOURS[index])
    ramp = QgsGradientColorRamp(
        BAND_COLOURS[0], BAND_COLOURS[2], False, [QgsGradientStop(0.5, BAND_COLOURS[1])]
    )
    return ramp.color(index / (count - 1))


_family = [PREFERRED]


def set_font_family(family: str) -> None:
    """The family print labels are set in (a substitute when Noto Sans CJK SC is missing)."""
    _family[0] = family


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont(_family[0])
    font.setPointSizeF(size)
    font.setBold(bold)
    return print_font(font)


def text_format(size: float, colour: str, bold: bool = False, buffer: float = 0.8) -> QgsTextFormat:
    fmt = QgsTextFormat()
    fmt.setFont(_font(size, bold))
    fmt.setSize(size)
    fmt.setSizeUnit(qgis_enum("QgsUnitTypes.RenderUnit.RenderPoints", "Qgis.RenderUnit.Points"))
    fmt.setColor(QColor(colour))
    if buffer:
        settings = QgsTextBufferSettings()
        settings.setEnabled(True)
        settings.setSize(buffer)
        settings.setSizeUnit(
            qgis_enum("QgsUnitTypes.RenderUnit.RenderMillimeters", "Qgis.RenderUnit.Millimeters")
        )
        settings.setColor(QColor(255, 255, 255, 235))
        fmt.setBuffer(settings)
    return fmt


def _fill(fill: QColor, stroke: QColor, width_mm: float, style=Qt.PenStyle.SolidLine) -> QgsFillSymbol:
    symbol = QgsFillSymbol()
    symbol.changeSymbolLayer(
        0, QgsSimpleFillSymbolLayer(fill, Qt.BrushStyle.SolidPattern, stroke, style, width_mm)
    )
    return symbol


def station_colours(station_ids) -> dict[str, QColor]:
    """The same colour for a station as the command map's zones use (sorted ids, one palette)."""
    ids = sorted({s for s in station_ids if s})
    return {sid: QColor(STATION_PALETTE[i % len(STATION_PALETTE)]) for i, sid in enumerate(ids)}


def _zone_label_settings(expression: str, fmt: QgsTextFormat) -> QgsPalLayerSettings:
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.setFormat(fmt)
    # The scoped name first: on 3.40 the old unscoped "OverPoint" is another enum's member.
    settings.placement = qgis_enum("Qgis.LabelPlacement.OverPoint", "QgsPalLayerSettings.OverPoint")
    settings.centroidInside = True
    settings.fitInPolygonOnly = False
    settings.priority = 9
    return settings


STATION_VARIABLE = "patrolmap_station"  # layout variable: a station's booklet greys the other zones


def style_zones_by_station(layer: QgsVectorLayer, station_ids, stations: dict[str, Station]) -> None:
    """Overview: zones filled in their station's colour, white edges, bold codes. In a station's
    booklet (layout variable @patrolmap_station set) the other stations' zones are greyed."""
    colours = station_colours(station_ids)
    has_station = "station_id" in layer.fields().names()
    others = (
        f"coalesce(@{STATION_VARIABLE}, '') <> '' AND coalesce(\"station_id\", '') <> @{STATION_VARIABLE}"
    )
    fill_property = _enum(QgsSymbolLayer, "PropertyFillColor", "Property", "FillColor")

    def symbol(colour: QColor):
        fill = QColor(colour)
        fill.setAlpha(120)
        made = _fill(fill, QColor(255, 255, 255, 235), 0.45)
        if has_station:
            made.symbolLayer(0).setDataDefinedProperty(
                fill_property,
                QgsProperty.fromExpression(
                    f"CASE WHEN {others} THEN '236,235,230,255' "
                    f"ELSE '{fill.red()},{fill.green()},{fill.blue()},{fill.alpha()}' END"
                ),
            )
        return made

    categories = []
    for sid, colour in colours.items():
        station = stations.get(sid)
        label = f"{station.name}（{sid}）" if station and station.name else sid
        categories.append(QgsRendererCategory(sid, symbol(colour), label))
    categories.append(QgsRendererCategory(None, symbol(QColor(210, 210, 210)), "未分配站点"))
    renderer = QgsCategorizedSymbolRenderer("station_id" if has_station else "''", categories)
    layer.setRenderer(renderer)
    settings = _zone_label_settings('"zone_code"', text_format(8.5, "#1b1f24", bold=True, buffer=0.7))
    if has_station:
        properties = settings.dataDefinedProperties()
        properties.setProperty(
            _enum(QgsPalLayerSettings, "Color", "Property", "Color"),
            QgsProperty.fromExpression(f"CASE WHEN {others} THEN '150,147,140' ELSE '27,31,36' END"),
        )
        settings.setDataDefinedProperties(properties)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _enum(owner, old: str, scoped: str, name: str):
    """An enum value under its scoped name or, where that does not exist (3.22), its old name.

    Scoped first: later versions keep some old unscoped names bound to other enums."""
    value = getattr(getattr(owner, scoped, None), name, None)
    return value if value is not None else getattr(owner, old)


def qgis_enum(*paths: str):
    """The first of ``paths`` ("QgsUnitTypes.RenderPoints", "Qgis.RenderUnit.Points") that
    exists in this QGIS: enums moved between 3.22 and 3.40, their old names are going."""
    import qgis.core as core

    for path in paths:
        value = core
        for part in path.split("."):
            value = getattr(value, part, None)
            if value is None:
                break
        if value is not None:
            return value
    raise AttributeError(" / ".join(paths))


def zone_page_style(layer: QgsVectorLayer, station_ids) -> tuple:
    """Zone pages: the atlas zone in its station's colour, outlined in red, its code large and
    red; the neighbours greyed with small grey codes. Returns (renderer, labeling)."""
    colours = station_colours(station_ids)
    current_expr = "$id = @atlas_featureid"
    current = _fill(QColor(150, 170, 200, 150), QColor(CURRENT_ZONE_RED), 0.9)
    if colours and "station_id" in layer.fields().names():
        case = " ".join(
            f"WHEN \"station_id\" = '{sid}' THEN '{c.red()},{c.green()},{c.blue()},150'"
            for sid, c in colours.items()
        )
        current.symbolLayer(0).setDataDefinedProperty(
            _enum(QgsSymbolLayer, "PropertyFillColor", "Property", "FillColor"),
            QgsProperty.fromExpression(f"CASE {case} ELSE '150,170,200,150' END"),
        )
    neighbour = _fill(QColor(NEIGHBOUR_FILL), QColor(NEIGHBOUR_LINE), 0.3)
    # The renderer owns its root rule (a root made in Python is freed twice on QGIS 3.40).
    renderer = QgsRuleBasedRenderer(neighbour.clone())
    root = renderer.rootRule()
    root.removeChildAt(0)
    root.appendChild(QgsRuleBasedRenderer.Rule(neighbour, 0, 0, f"NOT ({current_expr})", "相邻巡区"))
    root.appendChild(QgsRuleBasedRenderer.Rule(current, 0, 0, current_expr, "本巡区"))
    # The current zone last, so its red edge is not covered by a neighbour's grey one.
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause(current_expr, True)]))
    renderer.setOrderByEnabled(True)

    # One label style, sized and coloured by expression: no rule-based labeling to own.
    settings = _zone_label_settings('"zone_code"', text_format(8, "#8a877f", bold=True, buffer=0.7))
    properties = settings.dataDefinedProperties()
    properties.setProperty(
        _enum(QgsPalLayerSettings, "Size", "Property", "Size"),
        QgsProperty.fromExpression(f"CASE WHEN {current_expr} THEN 13 ELSE 8 END"),
    )
    red = QColor(CURRENT_ZONE_RED)
    properties.setProperty(
        _enum(QgsPalLayerSettings, "Color", "Property", "Color"),
        QgsProperty.fromExpression(
            f"CASE WHEN {current_expr} THEN '{red.red()},{red.green()},{red.blue()}' ELSE '138,135,127' END"
        ),
    )
    properties.setProperty(
        _enum(QgsPalLayerSettings, "Priority", "Property", "Priority"),
        QgsProperty.fromExpression(f"CASE WHEN {current_expr} THEN 10 ELSE 5 END"),
    )
    settings.setDataDefinedProperties(properties)
    return renderer, QgsVectorLayerSimpleLabeling(settings)


def _load_qml(layer: QgsVectorLayer, name: str) -> None:
    qml = style_path(name)
    if qml.exists():
        layer.loadNamedStyle(str(qml))


def _chinese_legend_labels(layer: QgsVectorLayer) -> None:
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for i, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(i, chinese_part(category.label()))
    elif isinstance(renderer, QgsRuleBasedRenderer):
        for rule in renderer.rootRule().descendants():
            rule.setLabel(chinese_part(rule.label()))


def _print_name_labels(layer: QgsVectorLayer, size: float | None = None) -> None:
    labeling = layer.labeling()
    if labeling is None or not hasattr(labeling, "settings"):
        return
    settings = QgsPalLayerSettings(labeling.settings())
    settings.fieldName = '"print_name"'
    settings.isExpression = True
    fmt = settings.format()
    if size is not None:
        fmt.setSize(size)
    font = fmt.font()
    if font.family() == PREFERRED:
        font.setFamily(_family[0])
    fmt.setFont(print_font(font))
    settings.setFormat(fmt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def style_stations(layer: QgsVectorLayer) -> None:
    _load_qml(layer, "stations")
    _chinese_legend_labels(layer)
    _print_name_labels(layer, 7.5)


def style_key_sites(layer: QgsVectorLayer) -> None:
    _load_qml(layer, "key_sites")
    _chinese_legend_labels(layer)
    _print_name_labels(layer, 7.0)


def style_roads(layer: QgsVectorLayer) -> None:
    if "highway" in layer.fields().names():
        _load_qml(layer, "roads")
        _chinese_legend_labels(layer)
        layer.setLabelsEnabled(False)
    else:
        symbol = QgsLineSymbol()
        symbol.changeSymbolLayer(0, QgsSimpleLineSymbolLayer(QColor("#a3a3a3"), 0.35))
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def style_jurisdiction(layer: QgsVectorLayer) -> None:
    """The jurisdiction's edge as a boundary line: a pale band under a dark dash-dot line."""
    band = QgsSimpleLineSymbolLayer(QColor(36, 54, 75, 50), 2.4)
    line = QgsSimpleLineSymbolLayer(QColor("#24364b"), 0.6)
    line.setPenStyle(Qt.PenStyle.DashDotLine)
    symbol = QgsFillSymbol()
    symbol.changeSymbolLayer(0, band)
    symbol.appendSymbolLayer(line)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setLabelsEnabled(False)


def style_coverage(layer: QgsVectorLayer) -> None:
    """Travel-time bands for print: a faint fill and a coloured edge per band, so the zones'
    station colours stay readable under them (and nothing needs rasterising in the PDF)."""
    if "minutes" not in layer.fields().names():
        colour = QColor(26, 150, 65)
        layer.setRenderer(
            QgsSingleSymbolRenderer(_fill(QColor(26, 150, 65, 35), colour, 0.5, Qt.PenStyle.DashLine))
        )
        return
    index = layer.fields().indexOf("minutes")
    values = sorted({float(v) for v in layer.uniqueValues(index) if v is not None and not _is_null(v)})
    renderer = QgsRuleBasedRenderer(_fill(QColor(0, 0, 0, 0), QColor(0, 0, 0, 0), 0.0))
    root = renderer.rootRule()
    root.removeChildAt(0)
    for i, minutes in enumerate(values):
        colour = band_colour(i, len(values))
        fill = QColor(colour)
        fill.setAlpha(40)
        symbol = _fill(fill, colour.darker(115), 0.6, Qt.PenStyle.DashLine)
        root.appendChild(
            QgsRuleBasedRenderer.Rule(symbol, 0, 0, f'"minutes" = {minutes!r}', f"≤ {minutes:g} 分钟")
        )
    # Largest band first, so the faster ones draw on top.
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause("minutes", False)]))
    renderer.setOrderByEnabled(True)
    layer.setRenderer(renderer)
