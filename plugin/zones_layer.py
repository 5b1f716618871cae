"""Patrol zones between QGIS and the core: read layers into plain records, write shapes back,
and say what a validation error means in the user's language.

Shapely is imported inside the functions that need it, so the GUI modules that import this
one still load where Shapely 2 is missing (the plugin then says what to install).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsProcessingFeatureSource,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
)

from .core import schema
from .i18n import tr
from .qgis_bridge import schema_fields, to_qgs, to_qgs_many, to_shapely  # noqa: F401 - callers import them from here
from .qgis_bridge import text_or_none as _text


def metric_crs(crs: QgsCoordinateReferenceSystem, extent: QgsRectangle) -> QgsCoordinateReferenceSystem:
    """``crs`` itself when it is metric (and not Mercator), else a local metric CRS for ``extent``.

    The same rule as the road network's work CRS (network_layer.work_crs_for), without
    importing the network engine (SciPy) just for it.
    """
    if (
        crs.isValid()
        and not crs.isGeographic()
        and crs.mapUnits() == QgsUnitTypes.DistanceUnit.DistanceMeters
        and "+proj=merc" not in crs.toProj()
    ):
        return crs
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    centre = QgsCoordinateTransform(crs, wgs84, QgsProject.instance()).transform(extent.center())
    return QgsCoordinateReferenceSystem(schema.suggest_metric_crs(centre.x(), centre.y()))


def xy_transform(
    source: QgsCoordinateReferenceSystem,
    target: QgsCoordinateReferenceSystem,
    context: QgsCoordinateTransformContext,
) -> Callable[[np.ndarray], np.ndarray]:
    """A vectorised (n, 2) → (n, 2) coordinate transform through QGIS (its datum choices).

    Raises QgsCsException when a point cannot be transformed.
    """
    import shapely

    xform = QgsCoordinateTransform(source, target, context)

    def apply(xy: np.ndarray) -> np.ndarray:
        xy = np.asarray(xy, dtype=float)
        if len(xy) == 0:
            return xy.reshape(0, 2)
        return shapely.get_coordinates(to_shapely(to_qgs(shapely.multipoints(xy[:, :2])), xform))

    return apply


# QGIS 3.36 moved the flag to Qgis.ProcessingFeatureSourceFlag; the old name is the 3.22 one.
_SKIP_VALIDITY = getattr(
    getattr(Qgis, "ProcessingFeatureSourceFlag", None), "SkipGeometryValidityChecks", None
)
if _SKIP_VALIDITY is None:
    _SKIP_VALIDITY = QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks


def _features(source, request: QgsFeatureRequest):
    """Every feature, invalid geometries included: checking (or repairing) them is our job, so
    Processing's "stop at invalid geometry" setting must not get in first."""
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, _SKIP_VALIDITY)
    return source.getFeatures(request)


def read_zones(
    source,
    work_crs,
    context: QgsCoordinateTransformContext,
    code_field="zone_code",
    station_field="station_id",
    feedback=None,
) -> list:
    """Every feature of ``source`` as a ZoneRecord in ``work_crs`` (fid kept; no geometry → None)."""
    from .core.zone_validation import ZoneRecord

    names = source.fields().names()
    code_field = code_field if code_field in names else ""
    station_field = station_field if station_field in names else ""
    request = QgsFeatureRequest().setDestinationCrs(work_crs, context)
    wanted = [n for n in (code_field, station_field) if n]
    request.setSubsetOfAttributes(wanted, source.fields())
    zones = []
    for feature in _features(source, request):
        if feedback is not None and feedback.isCanceled():
            break
        zones.append(
            ZoneRecord(
                _text(feature[code_field]) if code_field else None,
                to_shapely(feature.geometry()),
                _text(feature[station_field]) if station_field else None,
                feature.id(),
            )
        )
    return zones


def read_stations(
    source, work_crs, context: QgsCoordinateTransformContext, id_field="station_id", kind_field="kind"
) -> list:
    """Every feature with a station id as a StationRecord (point in ``work_crs``)."""
    from .core.zone_validation import StationRecord

    names = source.fields().names()
    kind_field = kind_field if kind_field in names else ""
    request = QgsFeatureRequest().setDestinationCrs(work_crs, context)
    stations = []
    for feature in _features(source, request):
        station = _text(feature[id_field])
        if station is None:
            continue
        kind = (_text(feature[kind_field]) if kind_field else None) or "kiosk"
        point = to_shapely(feature.geometry())
        if point is not None and point.geom_type != "Point":
            point = point.representative_point() if not point.is_empty else None
        stations.append(StationRecord(station, kind.lower(), point))
    return stations


def read_shapes(source, work_crs, context: QgsCoordinateTransformContext) -> list[tuple[int, object]]:
    """(fid, shapely geometry or None) of every feature, in ``work_crs``."""
    request = QgsFeatureRequest().setDestinationCrs(work_crs, context).setNoAttributes()
    return [(feature.id(), to_shapely(feature.geometry())) for feature in _features(source, request)]


# ------------------------------------------------------------------------------ words


def type_label(error_type: str) -> str:
    """A short name for an error type, for tables and summaries."""
    labels = {
        "invalid": tr("Invalid geometry"),
        "overlap": tr("Overlap"),
        "gap": tr("Gap"),
        "outside": tr("Outside"),
        "sliver": tr("Sliver"),
        "multipart": tr("Multipart"),
        "duplicate_code": tr("Duplicate code"),
        "missing_code": tr("Missing code"),
        "unassigned": tr("No station"),
        "unknown_station": tr("Unknown station"),
        "station_load": tr("Station load"),
    }
    return labels.get(error_type, error_type)


def format_area(m2: float) -> str:
    if m2 >= 1e6:
        return f"{m2 / 1e6:.2f} km²"
    if m2 >= 10:
        return f"{m2:,.0f} m²"
    return f"{m2:.2f} m²"


def describe(error) -> str:
    """The user's message for a core ZoneError, translated."""
    d = error.details
    kind = error.error_type
    zone = error.zone_codes[0] if error.zone_codes else ""
    area = format_area(d.get("area_m2", 0.0))
    if kind == "invalid":
        reason = d.get("reason", "")
        if reason == "empty":
            return tr("{zone} has no geometry.").format(zone=zone)
        if reason == "not a polygon":
            return tr("{zone} is not a polygon.").format(zone=zone)
        return tr("{zone}: invalid geometry ({reason}); checked as repaired.").format(
            zone=zone, reason=reason
        )
    if kind == "overlap":
        return tr("{zone} and {other} overlap by {area}.").format(
            zone=zone, other=error.zone_codes[1], area=area
        )
    if kind == "gap":
        zones = ", ".join(error.zone_codes)
        if d.get("within") == "zones":
            return tr("Gap of {area} enclosed by {zones}.").format(area=area, zones=zones)
        if zones:
            return tr("Gap of {area} inside the boundary, next to {zones}.").format(area=area, zones=zones)
        return tr("Gap of {area} inside the boundary that no zone touches.").format(area=area)
    if kind == "outside":
        return tr("{zone}: {area} beyond the boundary.").format(zone=zone, area=area)
    if kind == "sliver":
        if d.get("kind") == "tiny":
            return tr("{zone}: a part of only {area} (slivers: below {limit}).").format(
                zone=zone, area=area, limit=format_area(d.get("limit_m2", 0.0))
            )
        return tr("{zone}: {area} narrower than {width} m.").format(
            zone=zone, area=area, width=f"{d['width_m']:g}"
        )
    if kind == "multipart":
        return tr("{zone} is in {pieces} pieces; the detached ones ({area}) are marked.").format(
            zone=zone, pieces=d.get("pieces", 2), area=format_area(d.get("detached_m2", 0.0))
        )
    if kind == "duplicate_code":
        return tr("{zone} is used by {count} zones.").format(zone=zone, count=d.get("count", 2))
    if kind == "missing_code":
        return tr("Zone {zone} has no zone_code.").format(zone=zone)
    if kind == "unassigned":
        return tr("{zone} has no station.").format(zone=zone)
    if kind == "unknown_station":
        return tr("{zone}: station {station} is not in the stations layer.").format(
            zone=zone, station=error.station_id
        )
    if kind == "station_load":
        count, low, high = d.get("count", 0), d.get("min", 0), d.get("max", 0)
        platform = d.get("kind") == "mobile_platform"
        if count < low:
            text = (
                tr("Mobile platform {station} has {count} zones; at least {min} wanted.")
                if platform
                else tr("{station} has {count} zones; at least {min} wanted.")
            )
        else:
            text = (
                tr("Mobile platform {station} has {count} zones; at most {max} wanted.")
                if platform
                else tr("{station} has {count} zones; at most {max} wanted.")
            )
        return text.format(station=error.station_id, count=count, min=low, max=high)
    return error.message


def summary(counts: dict[str, int], n_zones: int) -> str:
    """ "3 problems in 38 zones: 2 Gap, 1 Overlap" — or that there are none."""
    total = sum(counts.values())
    if not total:
        return tr("No problems in {zones} zones.").format(zones=n_zones)
    parts = ", ".join(f"{n} {type_label(kind)}" for kind, n in counts.items())
    return tr("{count} problems in {zones} zones: {list}").format(count=total, zones=n_zones, list=parts)
