"""Move boundary: drag a boundary point; every zone that has it moves with it (topological editing).

Press on a vertex to move it, or anywhere along an edge to put a new vertex there and move
that. While dragging, the reshaped zones are drawn in blue, or red when the move would fold
a zone or push it over another; releasing there changes nothing and says why.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsPointLocator, QgsPointXY, QgsRectangle, QgsTolerance, QgsWkbTypes
from qgis.gui import QgsMapTool, QgsVertexMarker
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ...core.zone_edit import ZoneEditError, check_moved, move_point, nearest_boundary_point
from ...i18n import tr
from .base import (
    BAD_COLOR,
    BAD_FILL,
    EDIT_COLOR,
    ToolRefused,
    ZoneMapTool,
    edit_command,
    to_layer_geometry,
)

NO_FILL = QColor(0, 0, 0, 0)


class _Drag:
    def __init__(self, at, zones, edge: bool):
        self.at = at  # (x, y) layer CRS
        self.zones = zones  # {fid: shapely} having the point
        self.edge = edge
        self.to = at
        self.changed = {}
        self.problem: str | None = None


class MoveBoundaryTool(ZoneMapTool):
    def __init__(self, canvas, message_bar, layer=None):
        self.drag: _Drag | None = None
        super().__init__(canvas, message_bar, layer)
        self.band = self.rubber_band(QgsWkbTypes.GeometryType.PolygonGeometry, EDIT_COLOR, None, 2)
        self.marker = QgsVertexMarker(canvas)
        self.marker.setIconType(QgsVertexMarker.IconType.ICON_CIRCLE)
        self.marker.setIconSize(12)
        self.marker.setPenWidth(2)
        self.marker.setColor(EDIT_COLOR)
        self.marker.hide()
        self._items.append(self.marker)

    def flags(self):
        return super().flags() | QgsMapTool.Flag.EditTool

    def title(self) -> str:
        return tr("Move boundary")

    def hint(self) -> str:
        return tr(
            "Drag a boundary corner, or any point of a boundary to bend it there; the neighbouring zones move with it. Esc cancels a drag."
        )

    def reset(self) -> None:
        super().reset()
        self.drag = None
        if getattr(self, "band", None) is not None:
            self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
            self.marker.hide()

    # ------------------------------------------------------------------ events
    def canvasMoveEvent(self, e):  # noqa: N802 - QGIS's name
        if self._layer is None:
            return
        if self.drag is None:
            self.snap_indicator.setMatch(self.zone_match(e.mapPoint()))
            return
        self._preview(e.mapPoint())

    def canvasPressEvent(self, e):  # noqa: N802 - QGIS's name
        if self._layer is None or e.button() != Qt.MouseButton.LeftButton:
            if self.drag is not None and e.button() == Qt.MouseButton.RightButton:
                self.reset()
            return
        match = self.zone_match(e.mapPoint())
        if not match.isValid():
            return
        if not self.editable():
            return
        at = self.match_layer_point(match)
        at_xy = (at.x(), at.y())
        edge = not match.hasVertex()
        tol = self.tolerance()
        if edge:
            # Onto the exact edge in layer coordinates, not its map-CRS image.
            zone = self.zones_in(self._probe(at_xy, self.search_radius_layer()), {match.featureId()})
            if match.featureId() in zone:
                at_xy = nearest_boundary_point(zone[match.featureId()], at_xy)
        zones = self.zones_in(self._probe(at_xy, tol * 10))
        self.drag = _Drag(at_xy, zones, edge)
        self.snap_indicator.setMatch(QgsPointLocator.Match())
        self._preview(e.mapPoint())

    def canvasReleaseEvent(self, e):  # noqa: N802 - QGIS's name
        if self.drag is None or e.button() != Qt.MouseButton.LeftButton:
            return
        drag = self.drag
        self._preview(e.mapPoint())
        try:
            self._apply(drag)
        except ToolRefused as refusal:
            self.refuse(str(refusal))
        finally:
            self.reset()

    def keyPressEvent(self, e):  # noqa: N802 - QGIS's name
        if self.drag is not None and e.key() == Qt.Key.Key_Escape:
            self.reset()
            e.accept()
        else:
            e.ignore()

    # ------------------------------------------------------------------ work
    def search_radius_layer(self) -> float:
        return QgsTolerance.vertexSearchRadius(self._layer, self.canvas().mapSettings())

    @staticmethod
    def _probe(xy, grow) -> QgsRectangle:
        rect = QgsRectangle(xy[0], xy[1], xy[0], xy[1])
        rect.grow(grow)
        return rect

    def _target(self, map_point: QgsPointXY):
        """Where the dragged point goes, in layer CRS: snapped by the project's snapping if on."""
        match = self.canvas().snappingUtils().snapToMap(map_point)
        if match.isValid():
            point = self.match_layer_point(match)
        else:
            point = self.to_layer(map_point)
        return point.x(), point.y()

    def _preview(self, map_point: QgsPointXY) -> None:
        drag = self.drag
        to = self._target(map_point)
        drag.problem = None
        drag.changed = {}
        tol = self.tolerance()
        try:
            drag.changed = move_point(drag.zones, drag.at, to, tol)
            bounds = QgsRectangle()
            for geom in drag.changed.values():
                minx, miny, maxx, maxy = geom.bounds
                bounds.combineExtentWith(QgsRectangle(minx, miny, maxx, maxy))
            bounds.grow(tol * 10)
            check_moved(drag.changed, self.zones_in(bounds), tol)
        except ZoneEditError as e:
            drag.problem = e.reason
        self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        bad = drag.problem is not None
        self.band.setStrokeColor(BAD_COLOR if bad else EDIT_COLOR)
        # Outlines only while the move is fine (the zones' colours stay readable); red when not.
        self.band.setFillColor(BAD_FILL if bad else NO_FILL)
        for geom in drag.changed.values():
            self.band.addGeometry(to_layer_geometry(geom, self._layer), self._layer)
        self.marker.setColor(BAD_COLOR if bad else EDIT_COLOR)
        self.marker.setCenter(self.to_map(QgsPointXY(*to)))
        self.marker.show()
        drag.to = to

    def _apply(self, drag: _Drag) -> None:
        tol = self.tolerance()
        if abs(drag.to[0] - drag.at[0]) <= tol and abs(drag.to[1] - drag.at[1]) <= tol:
            return  # a click, not a drag
        if drag.problem == "overlap":
            raise ToolRefused(
                tr(
                    "Not moved: the boundary would cross into another zone. Move the point less far, or move the other zone's boundary first."
                )
            )
        if drag.problem is not None or not drag.changed:
            raise ToolRefused(tr("Not moved: a zone would fold over itself there."))
        layer = self._layer
        codes = sorted(self.code_of(fid) for fid in drag.changed)
        with edit_command(layer, tr("Move boundary of {codes}").format(codes=", ".join(codes))):
            for fid, geom in drag.changed.items():
                if not layer.changeGeometry(fid, to_layer_geometry(geom, layer)):
                    raise ToolRefused(
                        tr("QGIS did not accept the new shape of {code}.").format(code=self.code_of(fid))
                    )
        self.message(
            tr("Boundary moved; zones reshaped together: {codes}.").format(codes=", ".join(codes)),
            Qgis.MessageLevel.Success,
            3,
        )
        layer.triggerRepaint()
