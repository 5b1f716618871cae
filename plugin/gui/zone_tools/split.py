"""Split zone: cut zones in two along a drawn line; the old code keeps the larger part."""

from __future__ import annotations

from qgis.core import Qgis, QgsRectangle
from shapely.geometry import LineString

from ...core.zone_edit import ZoneEditError, next_free_codes, split_zone
from ...i18n import tr
from .base import (
    CODE_FIELD,
    CaptureTool,
    ToolRefused,
    area_km2,
    copied_values,
    edit_command,
    fmt_km2,
    new_zone_feature,
    to_layer_geometry,
    zone_codes,
)


class SplitZoneTool(CaptureTool):
    POLYGON = False

    def title(self) -> str:
        return tr("Split zone")

    def hint(self) -> str:
        return tr(
            "Draw a line across the zone, from one side to the other (it snaps to boundaries), and right-click. The old code keeps the larger part; the other part gets the next free code. With zones selected, only those are split."
        )

    def captured(self, points):
        layer = self._layer
        tol = self.tolerance()
        line = LineString(points)
        xs, ys = zip(*points)
        rect = QgsRectangle(min(xs), min(ys), max(xs), max(ys))
        rect.grow(tol * 100)
        # Zones the line runs into, not those it only touches along their boundary.
        crossed = {
            fid: z for fid, z in self.zones_in(rect).items() if line.intersects(z) and not line.touches(z)
        }
        selected = set(layer.selectedFeatureIds()) & set(crossed)
        if selected:
            crossed = {fid: crossed[fid] for fid in selected}
        splits = {}
        for fid, zone in crossed.items():
            try:
                splits[fid] = split_zone(zone, points, tol)
            except ZoneEditError:
                continue
        if not splits:
            if crossed:
                codes = ", ".join(sorted(self.code_of(fid) for fid in crossed))
                raise ToolRefused(
                    tr(
                        "The line does not cut {codes} in two: draw it right across the zone, starting and ending outside it or on its boundary."
                    ).format(codes=codes)
                )
            raise ToolRefused(tr("The line crosses no zone: draw it across the zone you want to split."))

        new_codes = iter(next_free_codes(zone_codes(layer), sum(len(p) - 1 for p in splits.values())))
        reports = []
        names = sorted(self.code_of(fid) for fid in splits)
        with edit_command(layer, tr("Split zone {codes}").format(codes=", ".join(names))):
            for fid, pieces in sorted(splits.items(), key=lambda item: self.code_of(item[0])):
                feature = layer.getFeature(fid)
                old_code = str(feature[CODE_FIELD])
                keep = to_layer_geometry(pieces[0], layer)
                if not layer.changeGeometry(fid, keep):
                    raise ToolRefused(
                        tr("QGIS did not accept the new shape of {code}.").format(code=old_code)
                    )
                values = copied_values(layer, feature)
                parts = []
                for piece in pieces[1:]:
                    code = next(new_codes)
                    geometry = to_layer_geometry(piece, layer)
                    values[CODE_FIELD] = code
                    if not layer.addFeature(new_zone_feature(layer, geometry, values)):
                        raise ToolRefused(tr("QGIS did not accept the new zone {code}.").format(code=code))
                    parts.append((code, geometry))
                # The cut meets the neighbours' edges at new points: give them those vertices.
                layer.addTopologicalPoints(keep)
                for _code, geometry in parts:
                    layer.addTopologicalPoints(geometry)
                new = ", ".join(
                    tr("{code} ({area} km²)").format(code=c, area=fmt_km2(area_km2(layer, g)))
                    for c, g in parts
                )
                text = (
                    tr("{code} keeps the larger part ({area} km²); new: {new}.")
                    if len(parts) == 1
                    else tr("{code} keeps the largest part ({area} km²); new: {new}.")
                )
                reports.append(text.format(code=old_code, area=fmt_km2(area_km2(layer, keep)), new=new))
        self.message(
            tr("Split: {report} Other attributes were copied to the new zones.").format(
                report=" ".join(reports)
            ),
            Qgis.MessageLevel.Success,
        )
        layer.triggerRepaint()
