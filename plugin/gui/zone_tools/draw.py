"""Draw zone: digitise a new patrol zone; existing zones are cut out of it, never overlapped."""

from __future__ import annotations

from qgis.core import Qgis, QgsRectangle

from ...core.zone_edit import ZoneEditError, clip_new_zone, next_free_codes
from ...i18n import tr
from .base import (
    CATEGORY_FIELD,
    CODE_FIELD,
    CaptureTool,
    ToolRefused,
    area_km2,
    edit_command,
    fmt_km2,
    new_zone_feature,
    to_layer_geometry,
    zone_codes,
)


class DrawZoneTool(CaptureTool):
    POLYGON = True

    def title(self) -> str:
        return tr("Draw zone")

    def hint(self) -> str:
        return tr(
            "Click the corners of the new zone (it snaps to zone boundaries), right-click to finish; Backspace removes the last point, Esc cancels. Existing zones are cut out of it."
        )

    def captured(self, points):
        layer = self._layer
        tol = self.tolerance()
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        rect = QgsRectangle(min(xs), min(ys), max(xs), max(ys))
        rect.grow(tol * 10)
        neighbours = self.zones_in(rect)
        try:
            clipped = clip_new_zone(points, neighbours.values(), tol)
        except ZoneEditError as e:
            if e.reason == "empty":
                raise ToolRefused(
                    tr(
                        "Nothing is left of the area you drew once the existing zones are cut out of it: draw over ground no zone covers yet."
                    )
                ) from None
            raise ToolRefused(self.too_few_text()) from None

        code = next_free_codes(zone_codes(layer))[0]
        geometry = to_layer_geometry(clipped.polygon, layer)
        feature = new_zone_feature(layer, geometry, {CODE_FIELD: code, CATEGORY_FIELD: "other"})
        with edit_command(layer, tr("Draw zone {code}").format(code=code)):
            if not layer.addFeature(feature):
                raise ToolRefused(tr("QGIS did not accept the new zone {code}.").format(code=code))
            # Where the new zone's corners lie on a neighbour's edge, give the neighbour that
            # vertex too, so a later boundary move keeps both glued.
            layer.addTopologicalPoints(geometry)
        text = tr(
            "Zone {code} added ({area} km², category “other”, no station yet: give it one with the Assign brush)."
        ).format(code=code, area=fmt_km2(area_km2(layer, geometry)))
        if clipped.removed_area > 1e-6 * clipped.polygon.area:
            text += " " + tr("The part over existing zones was cut away.")
        if clipped.dropped:
            text += " " + tr("Pieces beyond existing zones left out (a zone is one piece): {count}.").format(
                count=len(clipped.dropped)
            )
        self.message(text, Qgis.MessageLevel.Success)
        layer.triggerRepaint()
