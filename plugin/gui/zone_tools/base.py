"""What every zone map tool shares: the layer, snapping, edit commands, messages, geometry.

Geometry crosses into ``core.zone_edit`` as shapely objects in the *layer's* CRS (exact
vertex coordinates, whatever CRS the canvas shows), and comes back as QgsGeometry of the
layer's own type. Every change is made inside one ``beginEditCommand``/``endEditCommand``,
so each user action is one named step on the layer's undo stack and nothing reaches the
data source until the user saves.
"""

from __future__ import annotations

from contextlib import contextmanager

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointLocator,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsTolerance,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerUtils,
    QgsWkbTypes,
)
from qgis.gui import QgsMapTool, QgsRubberBand, QgsSnapIndicator
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ...core.geodesy import polygon_area_m2
from ...i18n import tr
from ...log import get_logger
from ...qgis_bridge import to_qgs, to_shapely
from .. import palette

CODE_FIELD = "zone_code"
STATION_FIELD = "station_id"
CATEGORY_FIELD = "category"
# Geometric noise absorbed when matching vertices and boundaries, in metres.
NOISE_M = 1e-4

EDIT_COLOR = palette.qcolor(palette.EDIT)
BAD_COLOR = palette.qcolor(palette.ERROR)
PREVIEW_FILL = palette.qcolor(palette.EDIT, 50)
BAD_FILL = palette.qcolor(palette.ERROR, 60)


class ToolRefused(Exception):  # noqa: N818 - a refusal, not a failure
    """A user action the tool will not carry out; the message is for the message bar."""


def is_zone_layer(layer) -> bool:
    """A vector polygon layer with a zone_code field: what the zone tools work on."""
    return (
        isinstance(layer, QgsVectorLayer)
        and layer.isValid()
        and layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
        and layer.fields().indexOf(CODE_FIELD) >= 0
    )


to_shape = to_shapely  # QgsGeometry → shapely (2-D), as the zone tools have called it


def to_layer_geometry(shape, layer: QgsVectorLayer) -> QgsGeometry:
    """shapely → QgsGeometry of the layer's type (single or multi, Z/M as the layer has)."""
    geometry = to_qgs(shape)
    wkb = layer.wkbType()
    if QgsWkbTypes.isMultiType(wkb):
        geometry.convertToMultiType()
    else:
        geometry.convertToSingleType()
    if QgsWkbTypes.hasZ(wkb):
        geometry.get().addZValue(0.0)
    if QgsWkbTypes.hasM(wkb):
        geometry.get().addMValue(0.0)
    return geometry


def noise_tolerance(layer: QgsVectorLayer) -> float:
    """NOISE_M in the layer's units (degrees for a geographic layer)."""
    units = layer.crs().mapUnits() if layer.crs().isValid() else QgsUnitTypes.DistanceUnit.DistanceMeters
    factor = QgsUnitTypes.fromUnitToUnitFactor(QgsUnitTypes.DistanceUnit.DistanceMeters, units)
    return NOISE_M * factor


def area_km2(layer: QgsVectorLayer, geometry: QgsGeometry) -> float:
    """Ground area in km², measured as every view measures zones (``core.geodesy``)."""
    to_wgs84 = QgsCoordinateTransform(
        layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext()
    )
    return polygon_area_m2(to_shapely(geometry, to_wgs84)) / 1e6


def zone_codes(layer: QgsVectorLayer) -> list:
    """Every zone code in the layer, the edit buffer included."""
    idx = layer.fields().indexOf(CODE_FIELD)
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([idx])
    return [f[idx] for f in layer.getFeatures(request)]


def new_zone_feature(layer: QgsVectorLayer, geometry: QgsGeometry, values: dict):
    """A feature for the layer with its defaults, the given field values and no copied key."""
    fields = layer.fields()
    attributes = {fields.indexOf(name): value for name, value in values.items() if fields.indexOf(name) >= 0}
    return QgsVectorLayerUtils.createFeature(layer, geometry, attributes, layer.createExpressionContext())


def copied_values(layer: QgsVectorLayer, feature) -> dict:
    """A feature's field values, without the primary key (a GeoPackage fid must not be copied)."""
    keys = set(layer.primaryKeyAttributes())
    return {field.name(): feature.attribute(i) for i, field in enumerate(layer.fields()) if i not in keys}


def ensure_editable(layer: QgsVectorLayer, message) -> bool:
    """Start editing if needed; say why not if the layer cannot be edited."""
    if layer.isEditable():
        return True
    if not layer.supportsEditing():
        message(
            tr(
                "Layer “{layer}” cannot be edited (it is read-only or its data source does not allow changes). Nothing was changed."
            ).format(layer=layer.name()),
            Qgis.MessageLevel.Critical,
        )
        return False
    if not layer.startEditing():
        error = layer.dataProvider().error().summary() if layer.dataProvider() else ""
        message(
            tr("QGIS could not start editing “{layer}”: {error}").format(
                layer=layer.name(), error=error or tr("no reason given")
            ),
            Qgis.MessageLevel.Critical,
        )
        return False
    message(
        tr(
            "Editing of “{layer}” started. Changes stay in the edit buffer until you save them (Save zone edits); Ctrl+Z undoes each step."
        ).format(layer=layer.name()),
        Qgis.MessageLevel.Info,
    )
    return True


@contextmanager
def edit_command(layer: QgsVectorLayer, text: str):
    """One undo step named ``text``; an exception inside rolls back whatever it did."""
    layer.beginEditCommand(text)
    try:
        yield
    except BaseException:
        layer.destroyEditCommand()
        raise
    layer.endEditCommand()


def save_zone_edits(layer: QgsVectorLayer, message) -> bool:
    """Commit the edit buffer and keep editing. A refusal keeps the edits and names the cause."""
    if layer is None or not layer.isEditable():
        return True
    if not layer.isModified():
        message(tr("“{layer}” has no unsaved changes.").format(layer=layer.name()), Qgis.MessageLevel.Info)
        return True
    if layer.commitChanges(False):
        message(tr("Zone edits saved to “{layer}”.").format(layer=layer.name()), Qgis.MessageLevel.Success)
        return True
    errors = [e.strip() for e in layer.commitErrors() if e and e.strip()]
    get_logger().error("Saving %s failed: %s", layer.name(), " | ".join(errors))
    # QGIS lists what did go through ("SUCCESS: …") and a "Provider errors:" heading: keep the faults.
    faults = [
        e for e in errors if not e.startswith("SUCCESS") and not e.rstrip(":").endswith("Provider errors")
    ]
    detail = " — ".join(faults) or tr("no reason given")
    text = tr(
        "The data source refused to save “{layer}”: {error}. Your edits are kept in the edit buffer: fix the cause and save again, or undo."
    ).format(layer=layer.name(), error=detail)
    if "UNIQUE" in detail and CODE_FIELD in detail:
        text += " " + tr(
            "A zone code is already in the file: someone may have saved zones there meanwhile. Give your zone another code."
        )
    message(text, Qgis.MessageLevel.Critical)
    return False


class ZoneMapTool(QgsMapTool):
    """A map tool on one zone layer, with messages, snapping and canvas items it cleans up."""

    def __init__(self, canvas, message_bar, layer: QgsVectorLayer | None = None):
        super().__init__(canvas)
        self.message_bar = message_bar
        self._layer = None
        self._items = []
        self.snap_indicator = QgsSnapIndicator(canvas)
        self.last_message = ("", None)
        self.set_layer(layer)

    # ------------------------------------------------------------------ layer
    @property
    def layer(self) -> QgsVectorLayer | None:
        return self._layer

    def set_layer(self, layer) -> None:
        if layer is not self._layer:
            self.reset()
        self._layer = layer if is_zone_layer(layer) else None

    def title(self) -> str:
        return tr("Zones")

    def hint(self) -> str:
        return ""

    # ------------------------------------------------------------------ messages
    def message(self, text: str, level=Qgis.MessageLevel.Info, duration: int | None = None) -> None:
        self.last_message = (text, level)
        if duration is None:
            duration = {Qgis.MessageLevel.Critical: 0, Qgis.MessageLevel.Warning: 8}.get(level, 5)
        if self.message_bar is not None:
            self.message_bar.pushMessage(self.title(), text, level, duration)

    def refuse(self, text: str) -> None:
        self.message(text, Qgis.MessageLevel.Warning)

    # ------------------------------------------------------------------ life cycle
    def activate(self):
        super().activate()
        if self._layer is None:
            self.message(
                tr(
                    "Open a command map first: the zone tools work on its patrol zones (or on a zones layer of your own, made the active layer, when no command map is open)."
                ),
                Qgis.MessageLevel.Warning,
            )
            return
        if ensure_editable(self._layer, self.message) and self.hint():
            self.message(self.hint(), Qgis.MessageLevel.Info, 8)

    def deactivate(self):
        self.reset()
        super().deactivate()

    def reset(self) -> None:
        """Forget any unfinished action (each tool extends this)."""
        if getattr(self, "snap_indicator", None) is not None:
            self.snap_indicator.setMatch(QgsPointLocator.Match())

    def cleanup(self) -> None:
        """Remove every canvas item this tool made (the plugin calls it on unload)."""
        self.reset()
        scene = self.canvas().scene()
        for item in self._items:
            scene.removeItem(item)
        self._items.clear()
        self.snap_indicator = None

    def rubber_band(
        self, geometry_type, color=EDIT_COLOR, fill=None, width=2, line_style=Qt.PenStyle.SolidLine
    ):
        band = QgsRubberBand(self.canvas(), geometry_type)
        band.setStrokeColor(color)
        band.setFillColor(fill if fill is not None else QColor(0, 0, 0, 0))
        band.setWidth(width)
        band.setLineStyle(line_style)
        self._items.append(band)
        return band

    def editable(self) -> bool:
        if self._layer is None:
            self.refuse(
                tr(
                    "Open a command map first: the zone tools work on its patrol zones (or on a zones layer of your own, made the active layer, when no command map is open)."
                )
            )
            return False
        return ensure_editable(self._layer, self.message)

    # ------------------------------------------------------------------ coordinates
    def to_layer(self, map_point: QgsPointXY) -> QgsPointXY:
        return self.toLayerCoordinates(self._layer, map_point)

    def to_map(self, layer_point: QgsPointXY) -> QgsPointXY:
        return self.toMapCoordinates(self._layer, layer_point)

    def search_radius(self) -> float:
        """The user's snapping/vertex search radius, in map units."""
        return QgsTolerance.vertexSearchRadius(self.canvas().mapSettings())

    def tolerance(self) -> float:
        return noise_tolerance(self._layer)

    # ------------------------------------------------------------------ snapping
    def zone_match(self, map_point: QgsPointXY, vertices: bool = True, edges: bool = True):
        """Nearest zone vertex (first) or edge within the search radius, whatever the project's snapping."""
        locator = self.canvas().snappingUtils().locatorForLayer(self._layer)
        radius = self.search_radius()
        if vertices:
            match = locator.nearestVertex(map_point, radius)
            if match.isValid():
                return match
        if edges:
            match = locator.nearestEdge(map_point, radius)
            if match.isValid():
                return match
        return QgsPointLocator.Match()

    def snap(self, map_point: QgsPointXY):
        """(layer point, map point, match): the project's snapping if it finds something, else
        the zones' own vertices and edges, else the point itself."""
        match = self.canvas().snappingUtils().snapToMap(map_point)
        if not match.isValid():
            match = self.zone_match(map_point)
        if not match.isValid():
            return self.to_layer(map_point), map_point, match
        return self.match_layer_point(match), match.point(), match

    def match_layer_point(self, match) -> QgsPointXY:
        """A match's point in layer coordinates; a zone vertex exactly as stored."""
        if match.layer() is self._layer and match.hasVertex():
            feature = self._layer.getFeature(match.featureId())
            vertex = feature.geometry().vertexAt(match.vertexIndex())
            if not vertex.isEmpty():
                return QgsPointXY(vertex.x(), vertex.y())
        return self.to_layer(match.point())

    # ------------------------------------------------------------------ features
    def zones_in(self, rect_layer: QgsRectangle, fids=None) -> dict:
        """{fid: shapely polygon} of the zones whose bounding box meets ``rect_layer``."""
        request = QgsFeatureRequest().setFilterRect(rect_layer).setNoAttributes()
        out = {}
        for feature in self._layer.getFeatures(request):
            if fids is not None and feature.id() not in fids:
                continue
            shape = to_shape(feature.geometry())
            if shape is not None:
                out[feature.id()] = shape
        return out

    def zone_at(self, map_point: QgsPointXY):
        """The zone feature under a map point, or None."""
        point = self.to_layer(map_point)
        rect = QgsRectangle(point.x(), point.y(), point.x(), point.y())
        rect.grow(self.tolerance())
        probe = QgsGeometry.fromPointXY(point)
        for feature in self._layer.getFeatures(QgsFeatureRequest().setFilterRect(rect)):
            if feature.geometry().intersects(probe):
                return feature
        return None

    def code_of(self, fid) -> str:
        return str(self._layer.getFeature(fid)[CODE_FIELD])


def fmt_km2(value: float) -> str:
    return f"{value:.3f}" if value < 10 else f"{value:.1f}"


class CaptureTool(ZoneMapTool):
    """Digitise a line or polygon as QGIS's own capture tools do.

    Left click adds a (snapped) vertex, right click finishes, Backspace or Delete removes the
    last vertex, Esc drops the whole drawing. Vertices are kept in layer coordinates, exactly
    as snapped, and drawn in map coordinates.
    """

    POLYGON = True

    def __init__(self, canvas, message_bar, layer=None):
        self.points: list[QgsPointXY] = []  # layer CRS
        self.map_points: list[QgsPointXY] = []
        super().__init__(canvas, message_bar, layer)
        kind = (
            QgsWkbTypes.GeometryType.PolygonGeometry
            if self.POLYGON
            else QgsWkbTypes.GeometryType.LineGeometry
        )
        self.band = self.rubber_band(kind, EDIT_COLOR, PREVIEW_FILL if self.POLYGON else None)
        self.hover_band = self.rubber_band(
            QgsWkbTypes.GeometryType.LineGeometry, EDIT_COLOR, width=1, line_style=Qt.PenStyle.DashLine
        )

    def flags(self):
        return super().flags() | QgsMapTool.Flag.EditTool

    @property
    def min_points(self) -> int:
        return 3 if self.POLYGON else 2

    def reset(self) -> None:
        super().reset()
        self.points = []
        self.map_points = []
        if getattr(self, "band", None) is not None:
            self._redraw()
            self.hover_band.reset(QgsWkbTypes.GeometryType.LineGeometry)

    def _redraw(self, hover: QgsPointXY | None = None) -> None:
        kind = (
            QgsWkbTypes.GeometryType.PolygonGeometry
            if self.POLYGON
            else QgsWkbTypes.GeometryType.LineGeometry
        )
        self.band.reset(kind)
        for i, point in enumerate(self.map_points):
            self.band.addPoint(point, i == len(self.map_points) - 1)
        self.hover_band.reset(QgsWkbTypes.GeometryType.LineGeometry)
        if hover is not None and self.map_points:
            self.hover_band.addPoint(self.map_points[-1], False)
            self.hover_band.addPoint(hover, not self.POLYGON or len(self.map_points) < 2)
            if self.POLYGON and len(self.map_points) >= 2:
                self.hover_band.addPoint(self.map_points[0], True)

    def canvasMoveEvent(self, e):  # noqa: N802 - QGIS's name
        if self._layer is None:
            return
        _layer_point, map_point, match = self.snap(e.mapPoint())
        self.snap_indicator.setMatch(match)
        if self.map_points:
            self._redraw(map_point)

    def canvasReleaseEvent(self, e):  # noqa: N802 - QGIS's name
        if e.button() == Qt.MouseButton.LeftButton:
            if not self.editable():
                return
            layer_point, map_point, _match = self.snap(e.mapPoint())
            self.points.append(layer_point)
            self.map_points.append(map_point)
            self._redraw()
        elif e.button() == Qt.MouseButton.RightButton and self.points:
            self.finish()

    def keyPressEvent(self, e):  # noqa: N802 - QGIS's name
        if not self.points:
            e.ignore()
            return
        if e.key() == Qt.Key.Key_Escape:
            self.reset()
            e.accept()
        elif e.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.points.pop()
            self.map_points.pop()
            self._redraw()
            e.accept()
        elif e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
            e.accept()
        else:
            e.ignore()

    def finish(self) -> None:
        if len(self.points) < self.min_points:
            self.refuse(self.too_few_text())
            return
        points = [(p.x(), p.y()) for p in self.points]
        try:
            self.captured(points)
        except ToolRefused as refusal:
            self.refuse(str(refusal))
        finally:
            self.reset()

    def too_few_text(self) -> str:
        return tr("Click at least {count} points, then right-click to finish.").format(count=self.min_points)

    def captured(self, points: list[tuple[float, float]]) -> None:
        raise NotImplementedError
