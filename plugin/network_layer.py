"""Road line layers → ``core.network.RoadNetwork``, and point layers → snapped points.

Every analysis works in a local metric "work CRS" (the layer's own when it is a metric
projection other than Mercator, else a UTM or CGCS2000 Gauss-Kruger zone for the data), while
segment lengths come from WGS84 lon/lat on the ellipsoid: true ground metres whatever the layer
CRS. Built networks are cached per layer source and settings, and dropped when the layer is
edited or its file changes.
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass, field

import numpy as np
import shapely
from osgeo import osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)

from .core.network import NetworkError, RoadNetwork, Snapped
from .core.schema import suggest_metric_crs
from .core.speeds import DEFAULT_HIGHWAY_KMH, SpeedRules, resolve_direction, resolve_speed
from .i18n import tr

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
# GDAL's OSM driver keeps most tags in one hstore-like text field.
_HSTORE_PAIR = re.compile(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"')


@dataclass(frozen=True)
class NetworkSettings:
    default_speed_kmh: float = 30.0
    speed_field: str = ""
    highway_field: str = ""
    oneway_field: str = ""
    ignore_oneway: bool = False
    emergency_factor: float = 1.0
    highway_kmh: tuple[tuple[str, float | None], ...] = field(
        default_factory=lambda: tuple(sorted(DEFAULT_HIGHWAY_KMH.items())))

    def rules(self) -> SpeedRules:
        return SpeedRules(
            default_kmh=self.default_speed_kmh,
            highway_kmh=dict(self.highway_kmh),
            emergency_factor=self.emergency_factor,
            ignore_oneway=self.ignore_oneway,
        )


def parse_highway_speeds(text: str) -> tuple[tuple[str, float | None], ...]:
    """The class table with overrides from text like "primary=50, footway=none"."""
    table = dict(DEFAULT_HIGHWAY_KMH)
    for item in filter(None, (part.strip() for part in (text or "").split(","))):
        name, sep, value = item.partition("=")
        name, value = name.strip().lower(), value.strip().lower()
        if not sep or not name:
            raise ValueError(tr("“{item}” is not of the form class=km/h").format(item=item))
        if value in ("none", "no", "-", "0"):
            table[name] = None
            continue
        try:
            kmh = float(value)
        except ValueError:
            raise ValueError(tr("“{item}”: the speed must be a number of km/h or “none”").format(item=item)) from None
        if not 0 < kmh < 300:
            raise ValueError(tr("“{item}”: the speed must be between 0 and 300 km/h").format(item=item))
        table[name] = kmh
    return tuple(sorted(table.items()))


def parse_hstore(text) -> dict[str, str]:
    if not text or not isinstance(text, str):
        return {}
    return {k.replace('\\"', '"'): v.replace('\\"', '"') for k, v in _HSTORE_PAIR.findall(text)}


def work_crs_for(layer_crs: QgsCoordinateReferenceSystem, extent: QgsRectangle) -> QgsCoordinateReferenceSystem:
    """A metric CRS in which planar distances are near ground distances for this data."""
    if (
        layer_crs.isValid()
        and not layer_crs.isGeographic()
        and layer_crs.mapUnits() == QgsUnitTypes.DistanceUnit.DistanceMeters
        and "+proj=merc" not in layer_crs.toProj()
    ):
        return layer_crs
    xform = QgsCoordinateTransform(layer_crs, WGS84, QgsProject.instance())
    centre = xform.transform(extent.center())
    return QgsCoordinateReferenceSystem(suggest_metric_crs(centre.x(), centre.y()))


def _osr(crs: QgsCoordinateReferenceSystem) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromWkt(crs.toWkt())
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def to_lonlat(xy: np.ndarray, crs: QgsCoordinateReferenceSystem) -> np.ndarray:
    if len(xy) == 0:
        return np.empty((0, 2))
    ct = osr.CoordinateTransformation(_osr(crs), _osr(WGS84))
    out = np.asarray(ct.TransformPoints(np.ascontiguousarray(xy[:, :2], dtype=float)))
    return out[:, :2]


@dataclass
class LayerNetwork:
    """A built network and what the user should hear about the data it came from."""

    network: RoadNetwork
    crs: QgsCoordinateReferenceSystem
    warnings: list[str]
    n_features: int


def _read_lines(layer: QgsVectorLayer, work_crs: QgsCoordinateReferenceSystem, attributes: list[str],
                feedback=None):
    request = QgsFeatureRequest()
    request.setDestinationCrs(work_crs, QgsProject.instance().transformContext())
    request.setSubsetOfAttributes(attributes, layer.fields())
    wkbs, fids, attrs, null_ids = [], [], [], []
    total = max(layer.featureCount(), 1)
    for i, feature in enumerate(layer.getFeatures(request)):
        if feedback is not None and i % 5000 == 0:
            if feedback.isCanceled():
                return None
            feedback.setProgress(30.0 * i / total)
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            null_ids.append(feature.id())
            continue
        wkbs.append(bytes(geometry.asWkb()))
        fids.append(feature.id())
        attrs.append([feature[name] for name in attributes])
    return wkbs, fids, attrs, null_ids


def _clean(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


class NetworkCache:
    """Built networks by layer source and settings; a layer edit or file change drops them."""

    def __init__(self, size: int = 4):
        self._size = size
        self._entries: dict[tuple, LayerNetwork] = {}
        self._versions: dict[str, int] = {}
        self._watched: set[str] = set()
        self._lock = threading.Lock()

    def _bump(self, layer_id: str) -> None:
        self._versions[layer_id] = self._versions.get(layer_id, 0) + 1

    def _watch(self, layer: QgsVectorLayer) -> None:
        if layer.id() in self._watched:
            return
        self._watched.add(layer.id())
        layer_id = layer.id()
        # Lambdas without a receiver run in the emitting thread: counting is all they do.
        layer.dataChanged.connect(lambda: self._bump(layer_id))
        layer.willBeDeleted.connect(lambda: self._watched.discard(layer_id))

    def key(self, layer: QgsVectorLayer, settings: NetworkSettings, tolerance: float) -> tuple:
        source = layer.source()
        path = layer.dataProvider().dataSourceUri().split("|")[0]
        try:
            mtime = os.stat(path).st_mtime_ns
        except OSError:
            mtime = None
        if mtime is not None and not layer.isModified():
            # A saved file layer: its path and modification time say all, whichever layer
            # object (e.g. a new one per qgis_process or model run) reads it.
            return (source, layer.subsetString(), mtime, settings, tolerance)
        return (source, layer.subsetString(), mtime, layer.id(), self._versions.get(layer.id(), 0),
                layer.isModified(), settings, tolerance)

    def get(self, layer: QgsVectorLayer, settings: NetworkSettings, tolerance: float = 0.5,
            feedback=None) -> LayerNetwork:
        self._watch(layer)
        key = self.key(layer, settings, tolerance)
        with self._lock:
            hit = self._entries.get(key)
        if hit is not None:
            if feedback is not None:
                feedback.pushInfo(tr("Using the road network built earlier (unchanged since)."))
            return hit
        built = build_network(layer, settings, tolerance, feedback)
        with self._lock:
            self._entries[key] = built
            while len(self._entries) > self._size:
                self._entries.pop(next(iter(self._entries)))
        return built

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


CACHE = NetworkCache()


def build_network(layer: QgsVectorLayer, settings: NetworkSettings, tolerance: float = 0.5,
                  feedback=None) -> LayerNetwork:
    """Read the layer and build its RoadNetwork. Raises NetworkError with a message for users."""
    if layer is None or not layer.isValid():
        raise NetworkError(tr("The road network layer is not valid."))
    if layer.geometryType() != QgsWkbTypes.GeometryType.LineGeometry:
        raise NetworkError(tr("The road network layer “{layer}” has no lines.").format(layer=layer.name()))
    if not layer.crs().isValid():
        raise NetworkError(tr("The road network layer “{layer}” has no coordinate reference system: set one in its properties.").format(layer=layer.name()))
    names = layer.fields().names()
    for name in (settings.speed_field, settings.highway_field, settings.oneway_field):
        if name and name not in names:
            raise NetworkError(tr("The road network layer has no field “{field}”.").format(field=name))
    lowered = {n.lower(): n for n in names}
    maxspeed_field = lowered.get("maxspeed", "")
    osm_tags = lowered.get("other_tags", "")
    attributes = [n for n in dict.fromkeys(
        (settings.speed_field, maxspeed_field, settings.highway_field, settings.oneway_field, osm_tags)) if n]
    extent = layer.extent()
    if extent.isEmpty() and layer.featureCount() == 0:
        raise NetworkError(tr("The road network layer “{layer}” is empty.").format(layer=layer.name()))
    work_crs = work_crs_for(layer.crs(), extent)
    read = _read_lines(layer, work_crs, attributes, feedback)
    if read is None:
        raise NetworkError(tr("Cancelled."))
    wkbs, fids, attrs, null_ids = read
    warnings = []
    if null_ids:
        warnings.append(tr("{count} road features have no geometry and were left out (ids {ids}).").format(
            count=len(null_ids), ids=_ids(null_ids)))
    if not wkbs:
        raise NetworkError(tr("The road network layer “{layer}” has no line geometry.").format(layer=layer.name()))

    geoms = shapely.from_wkb(wkbs)
    parts, part_index = shapely.get_parts(geoms, return_index=True)
    coords, vertex_part = shapely.get_coordinates(parts, return_index=True)
    lonlat_all = to_lonlat(coords, work_crs)
    counts = np.bincount(vertex_part, minlength=len(parts))
    bounds = np.cumsum(counts)[:-1]
    lines = np.split(coords, bounds)
    lonlat = np.split(lonlat_all, bounds)

    rules = settings.rules()
    idx = {name: attributes.index(name) for name in attributes}
    n = len(wkbs)
    speed = np.empty(n)
    forward = np.empty(n, dtype=bool)
    backward = np.empty(n, dtype=bool)
    bad_speed = []
    for i, row in enumerate(attrs):
        tags = parse_hstore(row[idx[osm_tags]]) if osm_tags else {}
        raw_speed = _clean(row[idx[settings.speed_field]]) if settings.speed_field else None
        if raw_speed is not None and not _positive(raw_speed):
            bad_speed.append(fids[i])
        maxspeed = _clean(row[idx[maxspeed_field]]) if maxspeed_field else tags.get("maxspeed")
        highway = _clean(row[idx[settings.highway_field]]) if settings.highway_field else None
        oneway = _clean(row[idx[settings.oneway_field]]) if settings.oneway_field else tags.get("oneway")
        kmh = resolve_speed(rules, raw_speed, maxspeed, highway, bool(settings.highway_field))
        speed[i] = np.nan if kmh is None else kmh
        forward[i], backward[i] = resolve_direction(rules, oneway)
    if bad_speed:
        warnings.append(tr("{count} roads have a zero, negative or unreadable speed; the next rule was used for them (ids {ids}).").format(
            count=len(bad_speed), ids=_ids(bad_speed)))
    excluded = int(np.isnan(speed).sum())
    if excluded:
        warnings.append(tr("{count} roads are not for cars (footways, paths…) and were left out.").format(count=excluded))

    fid_arr = np.asarray(fids)
    network = RoadNetwork.build(
        lines, lonlat, fid_arr[part_index], speed[part_index], forward[part_index], backward[part_index],
        tolerance=tolerance)
    if feedback is not None:
        feedback.setProgress(40)
        for w in warnings:
            feedback.pushWarning(w)
        feedback.pushInfo(tr("Road network: {segments} segments, {km:.1f} km, {nodes} junctions and vertices.").format(
            segments=network.n_segments, km=network.total_length_m / 1000.0, nodes=network.n_nodes))
    return LayerNetwork(network, work_crs, warnings, n)


def _positive(value) -> bool:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return False
    return np.isfinite(v) and v > 0


def _ids(ids, most: int = 10) -> str:
    shown = ", ".join(str(i) for i in ids[:most])
    return shown + (" …" if len(ids) > most else "")


@dataclass
class PointSet:
    """Points of a layer in the work CRS with their ids and optional per-point numbers."""

    ids: list
    xy: np.ndarray
    values: np.ndarray  # e.g. turnout minutes; NaN where absent
    feature_ids: list
    attributes: list[dict] = field(default_factory=list)


def read_points(source, crs: QgsCoordinateReferenceSystem, id_field: str = "", value_field: str = "",
                keep_fields: tuple[str, ...] = (), what: str = "point", feedback=None) -> PointSet:
    """Points of a feature source, transformed to ``crs``. Multi-points use their first point."""
    request = QgsFeatureRequest()
    request.setDestinationCrs(crs, QgsProject.instance().transformContext())
    ids, xy, values, fids, extra, skipped = [], [], [], [], [], []
    for feature in source.getFeatures(request):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            skipped.append(feature.id())
            continue
        point = geometry.asPoint() if not geometry.isMultipart() else geometry.asMultiPoint()[0]
        ids.append(_clean(feature[id_field]) if id_field else feature.id())
        xy.append((point.x(), point.y()))
        value = _clean(feature[value_field]) if value_field else None
        values.append(float(value) if _positive(value) or value == 0 else np.nan)
        fids.append(feature.id())
        extra.append({name: _clean(feature[name]) for name in keep_fields})
    if skipped and feedback is not None:
        feedback.pushWarning(tr("{count} {what} features have no geometry and were left out (ids {ids}).").format(
            count=len(skipped), what=what, ids=_ids(skipped)))
    return PointSet(ids, np.asarray(xy, dtype=float).reshape(-1, 2), np.asarray(values, dtype=float), fids, extra)


def snap_points(network: RoadNetwork, points: PointSet, tolerance: float, what: str, feedback=None) -> Snapped:
    """Snap and report, by id, every point farther than ``tolerance`` from the network."""
    snapped = network.snap(points.xy, max_distance=tolerance)
    off = [points.ids[i] for i in np.flatnonzero(snapped.segment < 0)]
    if off and feedback is not None:
        feedback.pushWarning(tr("{count} {what} points are more than {tolerance:g} m from any road and were not used: {ids}").format(
            count=len(off), what=what, tolerance=tolerance, ids=_ids(off)))
    return snapped
