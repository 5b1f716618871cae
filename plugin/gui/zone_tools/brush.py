"""Assign brush: paint zones to the current station, watching every station's load live.

Press and drag across zones to give them to the station chosen in the Zone assignment
panel; the whole stroke is one undo step. Right-click or Esc during a stroke takes it back.
Click a station on the map to paint with it; Ctrl+click a zone to take that zone's station.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ...i18n import tr
from .base import (
    CODE_FIELD,
    EDIT_COLOR,
    STATION_FIELD,
    ZoneMapTool,
)


class AssignBrushTool(ZoneMapTool):
    def __init__(self, canvas, message_bar, panel, layer=None):
        self.panel = panel
        self.stroke: dict | None = None  # fid → station it had, for the zones of this stroke
        self._last = None
        super().__init__(canvas, message_bar, layer)
        self.hover_band = self.rubber_band(QgsWkbTypes.GeometryType.PolygonGeometry, EDIT_COLOR, None, 3)

    def title(self) -> str:
        return tr("Assign brush")

    def hint(self) -> str:
        return tr(
            "Drag across zones to give them to the station chosen in the Zone assignment panel (click a station on the map to choose it, Ctrl+click a zone to take its station). Right-click or Esc during a stroke takes it back."
        )

    def set_layer(self, layer) -> None:
        super().set_layer(layer)
        if getattr(self, "panel", None) is not None and self.isActive():
            self.panel.set_layer(self._layer)

    def activate(self):
        if self.panel is not None:
            self.panel.set_layer(self._layer)
            self.panel.setUserVisible(True)
        super().activate()

    def reset(self) -> None:
        super().reset()
        if self.stroke is not None and self._layer is not None:
            self._layer.destroyEditCommand()
        self.stroke = None
        self._last = None
        if getattr(self, "hover_band", None) is not None:
            self.hover_band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)

    # ------------------------------------------------------------------ events
    def canvasPressEvent(self, e):  # noqa: N802 - QGIS's name
        if self._layer is None:
            return
        if self.stroke is not None:
            if e.button() == Qt.MouseButton.RightButton:
                self.cancel_stroke()
            return
        if e.button() != Qt.MouseButton.LeftButton:
            return
        if e.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._pick_from_zone(e.mapPoint())
            return
        if self._pick_station_at(e.mapPoint()):
            return
        station = self.panel.current_station()
        if not station:
            self.refuse(
                tr("Choose a station first: in the Zone assignment panel, or click a station on the map.")
            )
            return
        if self._layer.fields().indexOf(STATION_FIELD) < 0:
            self.refuse(
                tr("Layer “{layer}” has no station_id field to assign.").format(layer=self._layer.name())
            )
            return
        if not self.editable():
            return
        self._layer.beginEditCommand(tr("Assign zones to {station}").format(station=station))
        self.stroke = {}
        self._last = e.mapPoint()
        self._paint_along(e.mapPoint(), e.mapPoint())

    def canvasMoveEvent(self, e):  # noqa: N802 - QGIS's name
        if self._layer is None:
            return
        if self.stroke is not None:
            self._paint_along(self._last, e.mapPoint())
            self._last = e.mapPoint()
        self._hover(e.mapPoint())

    def canvasReleaseEvent(self, e):  # noqa: N802 - QGIS's name
        if self.stroke is None or e.button() != Qt.MouseButton.LeftButton:
            return
        self._paint_along(self._last, e.mapPoint())
        self.finish_stroke()

    def keyPressEvent(self, e):  # noqa: N802 - QGIS's name
        if self.stroke is not None and e.key() == Qt.Key.Key_Escape:
            self.cancel_stroke()
            e.accept()
        else:
            e.ignore()

    # ------------------------------------------------------------------ strokes
    def finish_stroke(self) -> None:
        stroke, layer = self.stroke, self._layer
        self.stroke = None
        self._last = None
        if not stroke:
            layer.destroyEditCommand()
            return
        layer.endEditCommand()
        station = self.panel.current_station()
        codes = sorted(self.code_of(fid) for fid in stroke)
        self.message(
            tr("Given to {station}: {codes}.").format(station=station, codes=", ".join(codes)),
            Qgis.MessageLevel.Success,
            3,
        )
        self.panel.refresh_now()

    def cancel_stroke(self) -> None:
        if self.stroke is None:
            return
        self._layer.destroyEditCommand()
        self.stroke = None
        self._last = None
        self.panel.refresh_now()
        self.message(tr("Stroke taken back; the zones keep their stations."), Qgis.MessageLevel.Info, 3)

    def _paint_along(self, start: QgsPointXY, end: QgsPointXY) -> None:
        """Give every zone between the last mouse position and this one to the station, so a
        fast drag skips none."""
        station = self.panel.current_station()
        layer = self._layer
        a, b = self.to_layer(start), self.to_layer(end)
        path = QgsGeometry.fromPolylineXY([a, b]) if a != b else QgsGeometry.fromPointXY(a)
        rect = path.boundingBox()
        rect.grow(self.tolerance())
        idx = layer.fields().indexOf(STATION_FIELD)
        request = QgsFeatureRequest().setFilterRect(rect).setSubsetOfAttributes([idx])
        changed = False
        for feature in layer.getFeatures(request):
            fid = feature.id()
            if fid in self.stroke or not feature.geometry().intersects(path):
                continue
            old = feature[idx]
            if old == station:
                continue
            if layer.changeAttributeValue(fid, idx, station, old):
                self.stroke[fid] = old
                changed = True
        if changed:
            self.panel.refresh_now()
            layer.triggerRepaint()

    # ------------------------------------------------------------------ picking
    def _pick_station_at(self, map_point: QgsPointXY) -> bool:
        stations = self.panel.model.stations_layer
        if stations is None:
            return False
        locator = self.canvas().snappingUtils().locatorForLayer(stations)
        match = locator.nearestVertex(map_point, self.search_radius())
        if not match.isValid():
            return False
        sid = stations.getFeature(match.featureId())[STATION_FIELD]
        if sid in (None, "") or (hasattr(sid, "isNull") and sid.isNull()):
            return False
        self.panel.set_current_station(str(sid))
        self.message(tr("Painting with station {station}.").format(station=sid), Qgis.MessageLevel.Info, 2)
        return True

    def _pick_from_zone(self, map_point: QgsPointXY) -> None:
        feature = self.zone_at(map_point)
        if feature is None:
            return
        sid = feature[STATION_FIELD] if self._layer.fields().indexOf(STATION_FIELD) >= 0 else None
        if sid in (None, "") or (hasattr(sid, "isNull") and sid.isNull()):
            self.refuse(tr("Zone {code} has no station to take.").format(code=feature[CODE_FIELD]))
            return
        self.panel.set_current_station(str(sid))
        self.message(tr("Painting with station {station}.").format(station=sid), Qgis.MessageLevel.Info, 2)

    def _hover(self, map_point: QgsPointXY) -> None:
        self.hover_band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        feature = self.zone_at(map_point)
        if feature is None:
            return
        color = self.panel.color_of(self.panel.current_station()) or EDIT_COLOR
        self.hover_band.setStrokeColor(QColor(color.red(), color.green(), color.blue()).darker(130))
        self.hover_band.setToGeometry(feature.geometry(), self._layer)
