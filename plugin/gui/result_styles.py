"""Styles for the layers patrolmap:coverage and patrolmap:isochrones write, built in code.

Pure functions on a given layer: the Coverage dock uses them, and so can anyone who runs the
algorithms from Processing (``style_gaps(layer)`` after ``processing.run(...)``). Colours follow
the command map's: green is "on target", red is "missed", travel-time bands go from dark green
(fastest) over yellow-green to orange.
"""

from __future__ import annotations

from qgis.core import (
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSimpleMarkerSymbolLayer,
    QgsSimpleMarkerSymbolLayerBase,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..i18n import tr
from ..layout.styles import BAND_COLOURS, band_colour  # noqa: F401 - BAND_COLOURS: one ramp on screen and in print

GREEN = QColor("#1a9641")
RED = QColor("#d7191c")
ISOCHRONE_OPACITY = 0.55


def _fill(
    fill: QColor, stroke: QColor, stroke_width: float, brush=Qt.BrushStyle.SolidPattern
) -> QgsFillSymbol:
    layer = QgsSimpleFillSymbolLayer(fill, brush, stroke, Qt.PenStyle.SolidLine, stroke_width)
    symbol = QgsFillSymbol()
    symbol.changeSymbolLayer(0, layer)
    return symbol


def _rule(symbol, label: str, expression: str = "", else_rule: bool = False) -> QgsRuleBasedRenderer.Rule:
    # "ELSE" as the filter makes the else rule; setIsElse() would overwrite the filter (QGIS 3.22).
    return QgsRuleBasedRenderer.Rule(symbol, 0, 0, "ELSE" if else_rule else expression, label)


def _rule_renderer(rules) -> QgsRuleBasedRenderer:
    # The renderer makes and owns its root rule: a root built in Python and handed over is
    # freed twice on QGIS 3.40 ("free(): invalid pointer" when the layer goes).
    renderer = QgsRuleBasedRenderer(rules[0].symbol().clone())
    root = renderer.rootRule()
    root.removeChildAt(0)
    for rule in rules:
        root.appendChild(rule)
    return renderer


def _text_format(size: float, colour: QColor) -> QgsTextFormat:
    fmt = QgsTextFormat()
    fmt.setSize(size)
    fmt.setColor(colour)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    buffer.setColor(QColor("white"))
    fmt.setBuffer(buffer)
    return fmt


def _labels(layer: QgsVectorLayer, expression: str, colour: QColor, size: float = 9.0) -> None:
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.setFormat(_text_format(size, colour))
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def style_zone_coverage(layer: QgsVectorLayer) -> None:
    """Zones of patrolmap:coverage: green outline when compliant, red outline (lightly tinted)
    when not; failing zones labelled with their code and worst time."""
    compliant = _fill(QColor(26, 150, 65, 25), GREEN, 0.6)
    failing = _fill(QColor(215, 25, 28, 40), RED, 1.0)
    renderer = _rule_renderer(
        [
            _rule(compliant, tr("Compliant"), '"compliant"'),
            _rule(failing, tr("Not compliant"), else_rule=True),
        ]
    )
    # Failing zones last, so their red outline is not hidden under a neighbour's green one.
    renderer.setOrderBy(
        QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause('coalesce("compliant", false)', False)])
    )
    renderer.setOrderByEnabled(True)
    layer.setRenderer(renderer)
    names = layer.fields().names()
    if "compliant" in names and "worst_min" in names:
        code = '"zone_code"' if "zone_code" in names else "$id"
        # No travel time: some of the zone's road cannot be reached at all.
        expression = (
            f'CASE WHEN NOT coalesce("compliant", false) THEN {code} || char(10) || '
            f"coalesce(format_number(\"worst_min\", 1) || ' min', '—') END"
        )
        _labels(layer, expression, RED.darker(130))
    layer.triggerRepaint()


def style_gaps(layer: QgsVectorLayer) -> None:
    """Coverage gaps: red hatching with a red outline."""
    symbol = _fill(QColor(215, 25, 28, 30), RED, 0.5)
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45.0)
    hatch.setDistance(1.6)
    hatch.setDistanceUnit(QgsUnitTypes.RenderUnit.RenderMillimeters)
    hatch.setLineWidth(0.35)
    hatch.setColor(RED)
    symbol.appendSymbolLayer(hatch)
    renderer = QgsSingleSymbolRenderer(symbol)
    layer.setRenderer(renderer)
    layer.triggerRepaint()


def style_isochrones(layer: QgsVectorLayer, breaks=None) -> None:
    """Travel-time bands, one rule per value of "minutes" with legend labels like "≤ 3 min".

    Fills are opaque and the layer is semi-transparent, so nested bands (1 min inside 3 inside
    5) show their own colour instead of a mix of all three.
    """
    if breaks is None:
        index = layer.fields().indexOf("minutes")
        breaks = layer.uniqueValues(index) if index >= 0 else []
    values = sorted({float(b) for b in breaks if b is not None})
    rules = []
    for i, minutes in enumerate(values):
        colour = band_colour(i, len(values))
        symbol = _fill(colour, colour.darker(140), 0.26)
        label = tr("≤ {minutes} min").format(minutes=f"{minutes:g}")
        rules.append(_rule(symbol, label, f'"minutes" = {minutes!r}'))
    renderer = _rule_renderer(rules)
    # Largest band first, so the smaller, faster ones draw on top.
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause("minutes", False)]))
    renderer.setOrderByEnabled(True)
    layer.setRenderer(renderer)
    layer.setOpacity(ISOCHRONE_OPACITY)
    layer.triggerRepaint()


def style_key_sites(layer: QgsVectorLayer) -> None:
    """Key sites of patrolmap:coverage: green when reached in time, red when not."""

    def marker(colour: QColor) -> QgsMarkerSymbol:
        symbol_layer = QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase.Shape.Diamond, 4.2)
        symbol_layer.setColor(colour)
        symbol_layer.setStrokeColor(QColor("white"))
        symbol_layer.setStrokeWidth(0.4)
        symbol = QgsMarkerSymbol()
        symbol.changeSymbolLayer(0, symbol_layer)
        return symbol

    layer.setRenderer(
        _rule_renderer(
            [
                _rule(marker(GREEN), tr("Reached in time"), '"compliant"'),
                _rule(marker(RED), tr("Target missed"), else_rule=True),
            ]
        )
    )
    if "minutes" in layer.fields().names():
        _labels(layer, "coalesce(format_number(\"minutes\", 1) || ' min', '—')", QColor("#202020"), 8.0)
    layer.triggerRepaint()
