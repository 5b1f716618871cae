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
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsProject,
    QgsProviderRegistry,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)

from .core.field_values import read_number
from .core.network import NetworkError, RoadNetwork, Snapped
from .core.speeds import DEFAULT_HIGHWAY_KMH, SpeedRules, resolve_direction, resolve_speed
from .i18n import tr
from .qgis_bridge import plain as _clean
from .zones_layer import _features as _processing_features
from .zones_layer import metric_crs

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
        default_factory=lambda: tuple(sorted(DEFAULT_HIGHWAY_KMH.items()))
    )

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
            raise ValueError(
                tr("“{item}”: the speed must be a number of km/h or “none”").format(item=item)
            ) from None
        if not 0 < kmh < 300:
            raise ValueError(tr("“{item}”: the speed must be between 0 and 300 km/h").format(item=item))
        table[name] = kmh
    return tuple(sorted(table.items()))


def parse_hstore(text) -> dict[str, str]:
    if not text or not isinstance(text, str):
        return {}
    return {k.replace('\\"', '"'): v.replace('\\"', '"') for k, v in _HSTORE_PAIR.findall(text)}


def work_crs_for(
    layer_crs: QgsCoordinateReferenceSystem, extent: QgsRectangle
) -> QgsCoordinateReferenceSystem:
    """A metric CRS in which planar distances are near ground distances for this data (the
    zones' rule: the layer's own when it is a metric projection other than Mercator).

    Raises ValueError when the data's centre is no longitude/latitude in its own CRS (metres
    in a layer marked EPSG:4326)."""
    return metric_crs(layer_crs, extent)


def _osr(crs: QgsCoordinateReferenceSystem) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromWkt(crs.toWkt())
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def transform_xy(
    xy: np.ndarray, source: QgsCoordinateReferenceSystem, target: QgsCoordinateReferenceSystem
) -> np.ndarray:
    """(n, 2) coordinates from ``source`` to ``target`` with PROJ's default operation.

    Each distinct position is transformed once: road vertices repeat at every junction,
    and GDAL's TransformPoints costs about a microsecond a point. (pyproj would take
    arrays directly, but a pip-installed pyproj brings a second PROJ library into the
    QGIS process, which crashes qgis_process on exit.)
    """
    xy = np.ascontiguousarray(np.asarray(xy, dtype=float)[:, :2])
    if len(xy) == 0 or source == target:
        return xy.copy()
    order = np.lexsort((xy[:, 1], xy[:, 0]))
    ordered = xy[order]
    new = np.r_[True, (ordered[1:] != ordered[:-1]).any(axis=1)]
    distinct = ordered[new]
    ct = osr.CoordinateTransformation(_osr(source), _osr(target))
    done = np.asarray(ct.TransformPoints(distinct))[:, :2]
    out = np.empty_like(xy)
    out[order] = done[np.cumsum(new) - 1]
    return out


def to_lonlat(xy: np.ndarray, crs: QgsCoordinateReferenceSystem) -> np.ndarray:
    if len(xy) == 0:
        return np.empty((0, 2))
    return transform_xy(xy, crs, WGS84)


@dataclass
class LayerNetwork:
    """A built network and what the user should hear about the data it came from."""

    network: RoadNetwork
    crs: QgsCoordinateReferenceSystem
    warnings: list[str]
    n_features: int


@dataclass
class _Lines:
    """Line features as read: shapely geometries, feature ids, the requested attribute
    columns (Python values, None for NULL), ids of features without geometry, and whether
    the geometry is already in the work CRS (else it is in the layer's CRS)."""

    geoms: np.ndarray
    fids: np.ndarray
    columns: dict[str, list]
    null_ids: list
    in_work_crs: bool


def _read_lines(
    layer: QgsVectorLayer,
    work_crs: QgsCoordinateReferenceSystem,
    attributes: list[str],
    feedback=None,
    transform_context=None,
) -> _Lines | None:
    """Through QGIS, one feature at a time: any provider, edits and subsets included."""
    request = QgsFeatureRequest()
    request.setDestinationCrs(work_crs, transform_context or QgsProject.instance().transformContext())
    request.setSubsetOfAttributes(attributes, layer.fields())
    wkbs, fids, null_ids = [], [], []
    columns: dict[str, list] = {name: [] for name in attributes}
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
        if QgsWkbTypes.isCurvedType(geometry.wkbType()):
            geometry.convertToStraightSegment()  # shapely has no curves (a CompoundCurve road)
        wkbs.append(bytes(geometry.asWkb()))
        fids.append(feature.id())
        for name in attributes:
            columns[name].append(_clean(feature[name]))
    geoms = shapely.from_wkb(wkbs) if wkbs else np.empty(0, dtype=object)
    return _Lines(geoms, np.asarray(fids, dtype=np.int64), columns, null_ids, True)


def _fast_source(layer: QgsVectorLayer, attributes: list[str]):
    """(path, layer name or index) when GDAL can read the layer directly and get what QGIS
    would: a saved OGR layer, no subset, no unsaved edits, only the file's own fields."""
    if layer.providerType() != "ogr" or layer.isModified() or layer.subsetString():
        return None
    if not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):  # GDAL < 3.6
        return None
    # Only the file's own fields (names are unique, so a joined or virtual field is never
    # among them); no enum to compare, whose name moved between QGIS versions.
    own = set(layer.dataProvider().fields().names())
    if any(name not in own for name in attributes):
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    # Any other URI option (geometry type filter, sub-layer of a mixed file…) goes through QGIS.
    if not path or {k for k, v in parts.items() if v} - {"path", "layerName", "layerId"}:
        return None
    return path, parts.get("layerName") or int(parts.get("layerId") or 0)


def _read_lines_gdal(
    layer: QgsVectorLayer,
    work_crs: QgsCoordinateReferenceSystem,
    attributes: list[str],
    feedback=None,
    transform_context=None,
) -> _Lines | None:
    """Whole columns at a time through GDAL's Arrow interface: ten times faster than a Python
    loop over QGIS features on big layers. None when the layer is not a plain saved OGR
    layer, or anything is unexpected: the caller then reads through QGIS."""
    source = _fast_source(layer, attributes)
    if source is None:
        return None
    transform_context = transform_context or QgsProject.instance().transformContext()
    if layer.crs() != work_crs and transform_context.calculateCoordinateOperation(layer.crs(), work_crs):
        return None  # the project asks for a particular datum transformation: QGIS applies it
    path, which = source
    try:
        return _read_columns(path, which, attributes, feedback, layer.crs() == work_crs)
    except (RuntimeError, KeyError, TypeError, ValueError, shapely.errors.ShapelyError):
        return None  # e.g. curves, which shapely cannot read: QGIS can


def _read_columns(path: str, which, attributes: list[str], feedback, in_work_crs: bool) -> _Lines | None:
    dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    ogr_layer = dataset.GetLayerByName(which) if isinstance(which, str) else dataset.GetLayer(which)
    if ogr_layer is None:
        return None
    definition = ogr_layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    ogr_layer.SetIgnoredFields([n for n in names if n not in attributes])
    fid_name = ogr_layer.GetFIDColumn() or "OGC_FID"
    geometry_name = ogr_layer.GetGeometryColumn() or "wkb_geometry"
    wkbs, fids, columns = [], [], {name: [] for name in attributes}
    # Everything is copied out of each batch, and the stream is released before the
    # dataset: Arrow batches point into memory the stream and dataset own.
    stream = ogr_layer.GetArrowStreamAsNumPy()
    try:
        for batch in stream:
            if feedback is not None and feedback.isCanceled():
                return None
            column = batch[geometry_name]
            # (np.ma.filled(…, None) would fill with the default "?", not None.)
            null = np.ma.getmaskarray(column)
            wkbs.append(
                np.array(
                    [None if n or w is None else bytes(w) for w, n in zip(np.ma.getdata(column), null)],
                    dtype=object,
                )
            )
            fids.append(np.array(batch[fid_name], dtype=np.int64, copy=True))
            for name in attributes:
                columns[name].extend(_column_values(batch[name]))
            del batch
    finally:
        del stream
        ogr_layer = None
        dataset = None
    if not wkbs:
        return _Lines(np.empty(0, dtype=object), np.zeros(0, dtype=np.int64), columns, [], in_work_crs)
    wkb = np.concatenate(wkbs)
    fid = np.concatenate(fids)
    missing = np.array([w is None or len(w) == 0 for w in wkb], dtype=bool)
    geoms = np.empty(len(wkb), dtype=object)
    geoms[~missing] = shapely.from_wkb(wkb[~missing])
    missing |= shapely.is_empty(geoms) | shapely.is_missing(geoms)
    keep = np.flatnonzero(~missing)
    null_ids = fid[missing].tolist()
    if len(null_ids):
        columns = {name: [values[i] for i in keep] for name, values in columns.items()}
    return _Lines(geoms[keep], fid[keep], columns, null_ids, in_work_crs)


def _column_values(array) -> list:
    """A column of an Arrow batch as Python values: NULL as None, text as str."""
    values = array.tolist()  # masked entries become None
    decoded: dict[bytes, str] = {}
    return [
        decoded.setdefault(v, v.decode("utf-8", "replace")) if isinstance(v, bytes) else v for v in values
    ]


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
        return (
            source,
            layer.subsetString(),
            mtime,
            layer.id(),
            self._versions.get(layer.id(), 0),
            layer.isModified(),
            settings,
            tolerance,
        )

    def layer_key(self, layer: QgsVectorLayer) -> tuple:
        """What identifies the layer's current content (its file's time, or an edit count):
        for caches of other figures measured from a layer."""
        self._watch(layer)
        return self.key(layer, None, 0.0)

    def get(
        self,
        layer: QgsVectorLayer,
        settings: NetworkSettings,
        tolerance: float = 0.5,
        feedback=None,
        transform_context=None,
    ) -> LayerNetwork:
        """The built network; ``transform_context`` (the Processing context's, else the
        project's) picks datum transformations. Networks are cached per layer and settings."""
        self._watch(layer)
        key = self.key(layer, settings, tolerance)
        with self._lock:
            hit = self._entries.get(key)
        if hit is not None:
            if feedback is not None:
                feedback.pushInfo(tr("Using the road network built earlier (unchanged since)."))
            return hit
        built = build_network(layer, settings, tolerance, feedback, transform_context)
        with self._lock:
            self._entries[key] = built
            while len(self._entries) > self._size:
                self._entries.pop(next(iter(self._entries)))
        return built

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


CACHE = NetworkCache()


def build_network(
    layer: QgsVectorLayer,
    settings: NetworkSettings,
    tolerance: float = 0.5,
    feedback=None,
    transform_context=None,
) -> LayerNetwork:
    """Read the layer and build its RoadNetwork. Raises NetworkError with a message for users."""
    if layer is None or not layer.isValid():
        raise NetworkError(tr("The road network layer is not valid."))
    if layer.geometryType() != QgsWkbTypes.GeometryType.LineGeometry:
        raise NetworkError(tr("The road network layer “{layer}” has no lines.").format(layer=layer.name()))
    if not layer.crs().isValid():
        raise NetworkError(
            tr(
                "The road network layer “{layer}” has no coordinate reference system: set one in its properties."
            ).format(layer=layer.name())
        )
    names = layer.fields().names()
    for name in (settings.speed_field, settings.highway_field, settings.oneway_field):
        if name and name not in names:
            raise NetworkError(tr("The road network layer has no field “{field}”.").format(field=name))
    lowered = {n.lower(): n for n in names}
    maxspeed_field = lowered.get("maxspeed", "")
    osm_tags = lowered.get("other_tags", "")
    attributes = [
        n
        for n in dict.fromkeys(
            (settings.speed_field, maxspeed_field, settings.highway_field, settings.oneway_field, osm_tags)
        )
        if n
    ]
    extent = layer.extent()
    if extent.isEmpty() and layer.featureCount() == 0:
        raise NetworkError(tr("The road network layer “{layer}” is empty.").format(layer=layer.name()))
    try:
        work_crs = work_crs_for(layer.crs(), extent)
    except (ValueError, QgsCsException) as e:
        raise NetworkError(
            tr(
                "The road network layer “{layer}” has coordinates that are not in its CRS ({crs}): e.g. metres "
                "in a layer marked as longitude/latitude. Set the CRS the data was made in."
            ).format(layer=layer.name(), crs=layer.crs().authid())
        ) from e
    read = _read_lines_gdal(layer, work_crs, attributes, feedback, transform_context)
    if read is None:
        if feedback is not None and feedback.isCanceled():
            raise NetworkError(tr("Cancelled."))
        read = _read_lines(layer, work_crs, attributes, feedback, transform_context)
    if read is None:
        raise NetworkError(tr("Cancelled."))
    warnings = []
    if read.null_ids:
        warnings.append(
            tr("{count} road features have no geometry and were left out (ids {ids}).").format(
                count=len(read.null_ids), ids=_ids(read.null_ids)
            )
        )
    if len(read.geoms) == 0:
        raise NetworkError(
            tr("The road network layer “{layer}” has no line geometry.").format(layer=layer.name())
        )
    if feedback is not None:
        feedback.setProgress(30)

    parts, part_index = shapely.get_parts(read.geoms, return_index=True)
    coords, vertex_part = shapely.get_coordinates(parts, return_index=True)
    counts = np.bincount(vertex_part, minlength=len(parts))
    if read.in_work_crs:
        # Transformed inside the build, once per distinct vertex.
        lonlat = lambda xy: to_lonlat(xy, work_crs)  # noqa: E731
    else:
        source = coords
        coords = transform_xy(source, layer.crs(), work_crs)
        lonlat = source.copy() if layer.crs() == WGS84 else (lambda xy: to_lonlat(xy, work_crs))  # noqa: E731

    speed, forward, backward, bad_speed = _edge_rules(read, settings, maxspeed_field, osm_tags)
    if bad_speed:
        warnings.append(
            tr(
                "{count} roads have a zero, negative or unreadable speed; the next rule was used for them (ids {ids})."
            ).format(count=len(bad_speed), ids=_ids(bad_speed))
        )
    excluded = int(np.isnan(speed).sum())
    if excluded:
        warnings.append(
            tr("{count} roads are not for cars (footways, paths…) and were left out.").format(count=excluded)
        )

    network = RoadNetwork.from_arrays(
        coords,
        lonlat,
        counts,
        read.fids[part_index],
        speed[part_index],
        forward[part_index],
        backward[part_index],
        tolerance=tolerance,
    )
    if feedback is not None:
        feedback.setProgress(40)
        for w in warnings:
            feedback.pushWarning(w)
        feedback.pushInfo(
            tr("Road network: {segments} segments, {km:.1f} km, {nodes} junctions and vertices.").format(
                segments=network.n_segments, km=network.total_length_m / 1000.0, nodes=network.n_nodes
            )
        )
    return LayerNetwork(network, work_crs, warnings, len(read.fids))


def _edge_rules(read: _Lines, settings: NetworkSettings, maxspeed_field: str, osm_tags: str):
    """Speed (NaN: not for cars) and directions per feature, and ids with a bad speed value.

    Road layers repeat a few attribute combinations over and over, so each distinct one is
    resolved once.
    """
    rules = settings.rules()
    names = [
        n
        for n in (
            settings.speed_field,
            maxspeed_field,
            settings.highway_field,
            settings.oneway_field,
            osm_tags,
        )
        if n
    ]
    names = list(dict.fromkeys(names))
    n = len(read.fids)
    index: dict[tuple, int] = {(): 0}
    which = np.zeros(n, dtype=np.int64)
    if names:
        index = {}
        keys = zip(*(read.columns[name] for name in names))
        which = np.fromiter((index.setdefault(key, len(index)) for key in keys), dtype=np.int64, count=n)
    position = {name: names.index(name) for name in names}
    u_speed = np.empty(len(index))
    u_forward = np.empty(len(index), dtype=bool)
    u_backward = np.empty(len(index), dtype=bool)
    u_bad = np.zeros(len(index), dtype=bool)
    for key, k in index.items():
        row = dict(zip(names, key))
        tags = parse_hstore(key[position[osm_tags]]) if osm_tags else {}
        raw_speed = row.get(settings.speed_field) if settings.speed_field else None
        u_bad[k] = raw_speed is not None and not _positive(raw_speed)
        maxspeed = row.get(maxspeed_field) if maxspeed_field else tags.get("maxspeed")
        highway = row.get(settings.highway_field) if settings.highway_field else None
        oneway = row.get(settings.oneway_field) if settings.oneway_field else tags.get("oneway")
        kmh = resolve_speed(rules, raw_speed, maxspeed, highway, bool(settings.highway_field))
        u_speed[k] = np.nan if kmh is None else kmh
        u_forward[k], u_backward[k] = resolve_direction(rules, oneway)
    bad_speed = read.fids[u_bad[which]].tolist()
    return u_speed[which], u_forward[which], u_backward[which], bad_speed


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
    unreadable: list = field(default_factory=list)  # ids whose value is there but no number ≥ 0


def read_points(
    source,
    crs: QgsCoordinateReferenceSystem,
    id_field: str = "",
    value_field: str = "",
    keep_fields: tuple[str, ...] = (),
    what: str = "point",
    feedback=None,
    transform_context=None,
) -> PointSet:
    """Points of a feature source, transformed to ``crs``. Multi-points use their first point.

    Transformed here, point by point, not by the feature request: a Processing source's
    transform-error callback throws inside the iterator, which crashes the next run."""
    if not source.sourceCrs().isValid():
        raise NetworkError(
            tr("The {what} layer has no coordinate reference system: set one in its properties.").format(
                what=what
            )
        )
    context = transform_context or QgsProject.instance().transformContext()
    xform = QgsCoordinateTransform(source.sourceCrs(), crs, context)
    ids, xy, values, fids, extra, skipped, unreadable = [], [], [], [], [], [], []
    for feature in _processing_features(source, QgsFeatureRequest()):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            skipped.append(feature.id())
            continue
        point = geometry.asPoint() if not geometry.isMultipart() else geometry.asMultiPoint()[0]
        try:
            point = xform.transform(point)
        except QgsCsException:
            point = None
        if point is None or not (np.isfinite(point.x()) and np.isfinite(point.y())):
            skipped.append(feature.id())
            continue
        ids.append(_clean(feature[id_field]) if id_field else feature.id())
        xy.append((point.x(), point.y()))
        number = read_number(_clean(feature[value_field])) if value_field else None
        if number is not None and not number >= 0:  # NaN: text such as "3 min"
            unreadable.append(ids[-1])
            number = None
        values.append(np.nan if number is None else number)
        fids.append(feature.id())
        extra.append({name: _clean(feature[name]) for name in keep_fields})
    if skipped and feedback is not None:
        feedback.pushWarning(
            tr(
                "{count} {what} features have no geometry, or none that can be transformed, and were left out "
                "(ids {ids})."
            ).format(count=len(skipped), what=what, ids=_ids(skipped))
        )
    return PointSet(
        ids,
        np.asarray(xy, dtype=float).reshape(-1, 2),
        np.asarray(values, dtype=float),
        fids,
        extra,
        unreadable,
    )


def snap_points(
    network: RoadNetwork,
    points: PointSet,
    tolerance: float,
    what: str,
    feedback=None,
    allowed: np.ndarray | None = None,
) -> Snapped:
    """Snap and report, by id, every point farther than ``tolerance`` from the network.

    With ``allowed`` (a flag per segment, e.g. ``network.attached()``) points go onto
    allowed road only; points whose nearest road is not allowed are reported as moved, or
    as not used when no allowed road lies within the tolerance.
    """
    snapped = network.snap(points.xy, max_distance=tolerance, allowed=allowed)
    anywhere = snapped if allowed is None else network.snap(points.xy, max_distance=tolerance)
    off = [points.ids[i] for i in np.flatnonzero(~anywhere.ok)]
    if off and feedback is not None:
        feedback.pushWarning(
            tr(
                "{count} {what} points are more than {tolerance:g} m from any road and were not used: {ids}"
            ).format(count=len(off), what=what, tolerance=tolerance, ids=_ids(off))
        )
    if allowed is not None and feedback is not None:
        cut_off = anywhere.ok & ~np.asarray(allowed, dtype=bool)[np.maximum(anywhere.segment, 0)]
        moved = [points.ids[i] for i in np.flatnonzero(cut_off & snapped.ok)]
        lost = [points.ids[i] for i in np.flatnonzero(cut_off & ~snapped.ok)]
        if moved:
            feedback.pushWarning(
                tr(
                    "{count} {what} points are nearest to road that cannot be driven to from the main road network; they were placed on the nearest road that can: {ids}"
                ).format(count=len(moved), what=what, ids=_ids(moved))
            )
        if lost:
            feedback.pushWarning(
                tr(
                    "{count} {what} points have only road that cannot be driven to from the main road network within {tolerance:g} m and were not used: {ids}"
                ).format(count=len(lost), what=what, tolerance=tolerance, ids=_ids(lost))
            )
    return snapped
