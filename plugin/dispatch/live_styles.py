"""Styles of the live layers and of the nearest-unit routes, built in code.

Written for QGIS 3.22 and 3.40 alike: categorized renderers (no rule-based root made in Python,
which 3.40 frees twice), data-defined properties for what varies per feature (the unit's icon
by kind, its rotation by heading, the label colour of silent units), symbols assembled with
``appendSymbolLayer`` (3.22's list constructor does not take ownership).

Status colours follow the command map's units style (tools/make_styles.py): available green,
busy orange, offline grey; stale units are greyed and half transparent, units missing from the
last update hollow. The unit icons (resources/icons/unit_<kind>.svg) point north and carry QGIS
SVG parameters, so the fill colour comes from the symbol.
"""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeatureRequest,
    QgsLineSymbol,
    QgsMapLayer,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRendererCategory,
    QgsSimpleLineSymbolLayer,
    QgsSimpleMarkerSymbolLayer,
    QgsSimpleMarkerSymbolLayerBase,
    QgsSingleSymbolRenderer,
    QgsSvgMarkerSymbolLayer,
    QgsSymbolLayer,
    QgsTemplatedLineSymbolLayerBase,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..core import schema
from ..i18n import tr
from ..resources import resource_path, style_path

MM = QgsUnitTypes.RenderUnit.RenderMillimeters
UNIT_SIZE_MM = 7.0
# state → (fill, fill alpha, outline alpha, size factor)
STATE_LOOK = {
    "available": ("#2e9e44", 255, 255, 1.0),
    "busy": ("#e67e22", 255, 255, 1.0),
    "offline": ("#6f6f6f", 200, 220, 0.85),
    "stale": ("#9aa3ad", 150, 200, 0.9),
    "not_reporting": ("#9aa3ad", 70, 255, 0.9),
    "unknown": ("#4a5a6a", 255, 255, 1.0),
}
SILENT_STATES = ("offline", "stale", "not_reporting")
ROUTE_LOOK = {1: ("#1f4e9c", 1.5), 2: ("#4f83d1", 1.1), 3: ("#8fb0de", 0.9)}


def symbol_property(name: str):
    """A QgsSymbolLayer data-defined property by its QGIS ≥ 3.30 name ("Angle", "Name"), falling
    back to the older ``PropertyAngle`` spelling of QGIS 3.22."""
    value = getattr(QgsSymbolLayer.Property, name, None)
    return value if value is not None else getattr(QgsSymbolLayer.Property, "Property" + name)


def state_labels() -> dict[str, str]:
    return {
        "available": tr("Available"),
        "busy": tr("Busy"),
        "offline": tr("Offline"),
        "stale": tr("Stale (no fix for 90 s)"),
        "not_reporting": tr("Not in the last update"),
        "unknown": tr("Unknown status"),
    }


def state_short_labels() -> dict[str, str]:
    """The same states in a word or two, for lists."""
    return {
        "available": tr("Available"),
        "busy": tr("Busy"),
        "offline": tr("Offline"),
        "stale": tr("Stale"),
        "not_reporting": tr("Not reporting"),
        "unknown": tr("Unknown"),
    }


def unit_kind_labels() -> dict[str, str]:
    """schema.UNIT_KINDS in words."""
    return {
        "car": tr("Car"),
        "motorcycle": tr("Motorcycle"),
        "foot": tr("Foot patrol"),
        "platform": tr("Platform"),
    }


def incident_status_labels() -> dict[str, str]:
    """schema.INCIDENT_STATUSES in words."""
    return {"open": tr("Open"), "assigned": tr("Assigned"), "closed": tr("Closed")}


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def unit_icon_expression() -> str:
    """The icon file of a unit by its kind (a car when the kind is missing or unknown)."""
    icons = str(resource_path("icons")).replace("\\", "/") + "/unit_"
    kinds = ", ".join(_quote(k) for k in schema.UNIT_KINDS)
    return f"{_quote(icons)} || if(\"kind\" IN ({kinds}), \"kind\", 'car') || '.svg'"


HEADING_EXPRESSION = 'coalesce("heading_deg", 0)'


def _colour(hex_colour: str, alpha: int = 255) -> QColor:
    colour = QColor(hex_colour)
    colour.setAlpha(alpha)
    return colour


def unit_symbol(state: str) -> QgsMarkerSymbol:
    fill, fill_alpha, outline_alpha, factor = STATE_LOOK[state]
    layer = QgsSvgMarkerSymbolLayer(str(resource_path("icons", "unit_car.svg")), UNIT_SIZE_MM * factor, 0.0)
    layer.setSizeUnit(MM)
    layer.setFillColor(_colour(fill, fill_alpha))
    layer.setStrokeColor(_colour("#ffffff" if state != "not_reporting" else "#5c6670", outline_alpha))
    layer.setStrokeWidth(0.3 if state != "not_reporting" else 0.6)
    layer.setStrokeWidthUnit(MM)
    layer.setDataDefinedProperty(symbol_property("Name"), QgsProperty.fromExpression(unit_icon_expression()))
    # Icons point north; the heading turns them clockwise, as a compass does.
    layer.setDataDefinedProperty(symbol_property("Angle"), QgsProperty.fromExpression(HEADING_EXPRESSION))
    symbol = QgsMarkerSymbol()
    symbol.changeSymbolLayer(0, layer)
    return symbol


def _text_format(size_pt: float, colour: str, bold: bool = False) -> QgsTextFormat:
    font = QFont()
    font.setBold(bold)
    fmt = QgsTextFormat()
    fmt.setFont(font)
    fmt.setSize(size_pt)
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    fmt.setColor(QColor(colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.7)
    buffer.setSizeUnit(MM)
    buffer.setColor(QColor("#ffffff"))
    buffer.setOpacity(0.9)
    fmt.setBuffer(buffer)
    return fmt


def _point_labels(
    layer: QgsVectorLayer, expression: str, fmt: QgsTextFormat, priority: int = 8
) -> QgsPalLayerSettings:
    pal = QgsPalLayerSettings()
    pal.fieldName = expression
    pal.isExpression = True
    pal.placement = QgsPalLayerSettings.Placement.OrderedPositionsAroundPoint
    pal.dist = 0.5
    pal.distUnits = MM
    pal.offsetType = QgsPalLayerSettings.OffsetType.FromSymbolBounds
    pal.priority = priority
    pal.setFormat(fmt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(pal))
    layer.setLabelsEnabled(True)
    return pal


UNIT_LABEL = (
    "coalesce(\"callsign\", \"unit_id\") || if(coalesce(\"last_seen\", '') <> '', '\\n' || \"last_seen\", '')"
)


def style_units(layer: QgsVectorLayer) -> None:
    labels = state_labels()
    categories = [QgsRendererCategory(state, unit_symbol(state), labels[state]) for state in STATE_LOOK]
    renderer = QgsCategorizedSymbolRenderer("state", categories)
    renderer.setSourceSymbol(unit_symbol("unknown"))
    layer.setRenderer(renderer)
    pal = _point_labels(layer, UNIT_LABEL, _text_format(7.0, "#1a1a1a", bold=True), priority=9)
    # Other layers' labels (zone codes, road names) must not hide a unit.
    pal.obstacleSettings().setFactor(2.0)
    silent = ", ".join(_quote(s) for s in SILENT_STATES)
    pal.dataDefinedProperties().setProperty(
        QgsPalLayerSettings.Property.Color,
        QgsProperty.fromExpression(f"if(\"state\" IN ({silent}), '#5c6670', '#1a1a1a')"),
    )
    layer.setLabeling(QgsVectorLayerSimpleLabeling(pal))
    aliases = {
        "unit_id": tr("Unit"),
        "callsign": tr("Call sign"),
        "kind": tr("Kind"),
        "status": tr("Status"),
        "heading_deg": tr("Heading (°)"),
        "speed_kmh": tr("Speed (km/h)"),
        "updated_at": tr("Last fix"),
        "reported": tr("In the last update"),
        "state": tr("Shown as"),
        "last_seen": tr("Last seen"),
    }
    _aliases(layer, aliases)


def style_units_not_live(layer: QgsVectorLayer, last_known: str) -> None:
    """The units once the feed is disconnected: one grey symbol whatever their last status (none
    of it is current: nobody may be sent by it), and "last known HH:MM" under each call sign."""
    symbol = unit_symbol("offline")
    symbol.setOpacity(0.6)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    note = tr("not live · last known {time}").format(time=last_known)
    expression = f'coalesce("callsign", "unit_id") || \'\\n\' || {_quote(note)}'
    _point_labels(layer, expression, _text_format(7.0, "#5c6670"), priority=5)


def style_incidents(layer: QgsVectorLayer) -> None:
    """The command map's incidents style (priority colours; closed ones hidden)."""
    from ..commandmap import ensure_icon_path

    ensure_icon_path()
    qml = style_path("incidents")
    if qml.exists():
        # Symbols, labels and field aliases only: the whole style would also replace the layer's
        # custom properties, and with them the mark that makes it the live incidents layer.
        categories = (
            QgsMapLayer.StyleCategory.Symbology
            | QgsMapLayer.StyleCategory.Labeling
            | QgsMapLayer.StyleCategory.Fields
        )
        layer.loadNamedStyle(str(qml), categories)


def style_trails(layer: QgsVectorLayer) -> None:
    labels = state_labels()
    categories = []
    for state, (fill, alpha, _, _) in STATE_LOOK.items():
        line = QgsSimpleLineSymbolLayer(_colour(fill, min(alpha, 170)), 0.7)
        line.setWidthUnit(MM)
        line.setPenCapStyle(Qt.PenCapStyle.RoundCap)
        line.setPenJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if state in SILENT_STATES:
            line.setPenStyle(Qt.PenStyle.DotLine)
        symbol = QgsLineSymbol()
        symbol.changeSymbolLayer(0, line)
        categories.append(QgsRendererCategory(state, symbol, labels[state]))
    layer.setRenderer(QgsCategorizedSymbolRenderer("state", categories))
    layer.setOpacity(0.8)


def _route_symbol(colour: str, width_mm: float) -> QgsLineSymbol:
    casing = QgsSimpleLineSymbolLayer(QColor("#ffffff"), width_mm + 0.8)
    line = QgsSimpleLineSymbolLayer(QColor(colour), width_mm)
    for sl in (casing, line):
        sl.setWidthUnit(MM)
        sl.setPenCapStyle(Qt.PenCapStyle.RoundCap)
        sl.setPenJoinStyle(Qt.PenJoinStyle.RoundJoin)
    head = QgsSimpleMarkerSymbolLayer(
        QgsSimpleMarkerSymbolLayerBase.Shape.ArrowHeadFilled, width_mm * 2.6 + 1.5
    )
    head.setColor(QColor(colour))
    head.setStrokeColor(QColor("#ffffff"))
    head.setStrokeWidth(0.2)
    head.setSizeUnit(MM)
    marker = QgsMarkerSymbol()
    marker.changeSymbolLayer(0, head)
    arrow = QgsMarkerLineSymbolLayer(True, 3.0)
    if hasattr(arrow, "setPlacements"):  # 3.24+
        arrow.setPlacements(QgsTemplatedLineSymbolLayerBase.Placement.LastVertex)
    else:
        arrow.setPlacement(QgsTemplatedLineSymbolLayerBase.Placement.LastVertex)
    arrow.setSubSymbol(marker)
    symbol = QgsLineSymbol()
    symbol.changeSymbolLayer(0, casing)
    symbol.appendSymbolLayer(line)
    symbol.appendSymbolLayer(arrow)
    return symbol


def style_routes(layer: QgsVectorLayer) -> None:
    """Nearest-unit routes: rank 1 bold dark blue, then lighter and thinner; label rank, unit (its
    call sign when the layer has a ``callsign`` field) and minutes."""
    categories = []
    for rank, (colour, width) in ROUTE_LOOK.items():
        categories.append(
            QgsRendererCategory(rank, _route_symbol(colour, width), tr("Rank {rank}").format(rank=rank))
        )
    categories.append(QgsRendererCategory(None, _route_symbol("#b7c7de", 0.7), tr("Further units")))
    renderer = QgsCategorizedSymbolRenderer("rank", categories)
    # The fastest unit's route drawn last, on top of the others.
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause("rank", False)]))
    renderer.setOrderByEnabled(True)
    layer.setRenderer(renderer)
    minutes = _quote(" " + tr("min"))
    unit = 'coalesce("callsign", "unit_id")' if layer.fields().indexOf("callsign") >= 0 else '"unit_id"'
    expression = f"\"rank\" || '. ' || {unit} || ' · ' || format_number(\"minutes\", 1) || {minutes}"
    pal = QgsPalLayerSettings()
    pal.fieldName = expression
    pal.isExpression = True
    pal.placement = QgsPalLayerSettings.Placement.Line
    pal.priority = 9
    pal.setFormat(_text_format(7.5, "#12305f", bold=True))
    layer.setLabeling(QgsVectorLayerSimpleLabeling(pal))
    layer.setLabelsEnabled(True)
    _aliases(
        layer,
        {
            "incident_id": tr("Incident"),
            "unit_id": tr("Unit"),
            "rank": tr("Rank"),
            "minutes": tr("Minutes"),
            "callsign": tr("Call sign"),
        },
    )


def _aliases(layer: QgsVectorLayer, aliases: dict[str, str]) -> None:
    for name, alias in aliases.items():
        idx = layer.fields().indexOf(name)
        if idx >= 0:
            layer.setFieldAlias(idx, alias)
