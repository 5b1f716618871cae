"""Features of a Processing input as shapely geometries, read so that nothing throws mid-iteration.

Why this exists: QGIS's Python iterator (``QgsFeatureIterator.__next__``) calls ``nextFeature``
with the GIL released. The Processing context's invalid-geometry and transform-error callbacks
throw a C++ ``QgsProcessingException`` from inside ``nextFeature``; it leaves the wrapper before
the thread state is restored, the algorithm still reports the exception, and the next
``processing.run`` in the process crashes (issue 10 item 4: a bow-tie zone, then a segfault).

So inputs are iterated with the validity check skipped and without a destination CRS, and the
checks happen here, in Python: curves are segmentized, geometries are transformed one by one
(a failure is named, not thrown), and an invalid polygon is handled as the context asks —
stop with a message naming the features, skip them, or (no check) repair them with make_valid.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt

from ..i18n import tr
from ..zones_layer import _features, metric_crs, to_shapely


@dataclass
class ReadFeature:
    """A feature as stored (geometry in the source's CRS) and its 2-D shapely geometry in the
    CRS asked for; ``shape`` is None without usable geometry (null, empty, not transformable,
    or invalid and skipped)."""

    feature: QgsFeature
    shape: object | None


def _check_mode(context) -> str:
    """ "abort", "skip" or "none": the context's invalid-geometry setting, whatever QGIS's enum."""
    value = context.invalidGeometryCheck()
    new = getattr(Qgis, "InvalidGeometryCheck", None)  # QGIS 3.36+
    old = (
        QgsFeatureRequest.InvalidGeometryCheck if hasattr(QgsFeatureRequest, "InvalidGeometryCheck") else None
    )
    for enum, abort, skip in (
        (new, "AbortOnInvalid", "SkipInvalid"),
        (old, "GeometryAbortOnInvalid", "GeometrySkipInvalid"),
    ):
        if enum is None:
            continue
        if value == getattr(enum, abort, None):
            return "abort"
        if value == getattr(enum, skip, None):
            return "skip"
    return "none"


def checked_work_crs(
    crs: QgsCoordinateReferenceSystem, extent, what: str, layer: str
) -> QgsCoordinateReferenceSystem:
    """The metric CRS the checks run in (see ``zones_layer.metric_crs``), or a message saying
    what is wrong with the layer's CRS."""
    if not crs.isValid():
        raise QgsProcessingException(
            tr(
                "The {what} layer “{layer}” has no coordinate reference system: set one in its properties."
            ).format(what=what, layer=layer)
        )
    try:
        return metric_crs(crs, extent)
    except (ValueError, QgsCsException) as e:
        raise QgsProcessingException(
            tr(
                "The {what} layer “{layer}” has coordinates that are not in its CRS ({crs}): e.g. metres in a "
                "layer marked as longitude/latitude. Set the CRS the data was made in."
            ).format(what=what, layer=layer, crs=crs.authid())
        ) from e


def _no_check():
    new = getattr(Qgis, "InvalidGeometryCheck", None)
    return new.NoCheck if new is not None else QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck


def unchecked_source(algorithm, parameters, name: str, context):
    """``parameterAsSource`` whose iterators never throw on an invalid geometry, for sources that
    code outside PatrolMap's readers iterates (the duty map's layout); the context is restored."""
    check = context.invalidGeometryCheck()
    context.setInvalidGeometryCheck(_no_check())
    try:
        return algorithm.parameterAsSource(parameters, name, context)
    finally:
        context.setInvalidGeometryCheck(check)


def check_valid(source, context, feedback, what: str, label=None) -> None:
    """Refuse invalid polygons when the context says to stop at them (by name, from Python)."""
    if _check_mode(context) == "abort":
        read_features(source, context, feedback, label=label, what=what)


def _polygonal(shape):
    """The polygon parts of a repaired geometry (make_valid may add lines and points)."""
    import shapely

    repaired = shapely.make_valid(shape)
    if repaired.geom_type in ("Polygon", "MultiPolygon"):
        return repaired
    parts = [p for p in shapely.get_parts(repaired) if p.geom_type in ("Polygon", "MultiPolygon")]
    if not parts:
        return None
    return shapely.union_all(parts)


def _names(labels: list, most: int = 10) -> str:
    shown = ", ".join(str(v) for v in labels[:most])
    return shown + (" …" if len(labels) > most else "")


def read_features(
    source,
    context,
    feedback=None,
    crs: QgsCoordinateReferenceSystem | None = None,
    label: Callable[[QgsFeature], object] | None = None,
    what: str = "",
    request: QgsFeatureRequest | None = None,
) -> list[ReadFeature]:
    """Every feature of ``source`` with its geometry as shapely in ``crs`` (the source's own
    when None). ``label`` names a feature in messages (default: its id); ``what`` names the
    layer ("zones", "roads"…)."""
    label = label or (lambda feature: feature.id())
    what = what or source.sourceName()
    transform = None
    if crs is not None and crs.isValid() and crs != source.sourceCrs():
        if not source.sourceCrs().isValid():
            raise QgsProcessingException(
                tr(
                    "The {what} layer “{layer}” has no coordinate reference system: set one in its properties."
                ).format(what=what, layer=source.sourceName())
            )
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    polygons = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    out: list[ReadFeature] = []
    untransformable, invalid = [], []
    for feature in _features(source, request or QgsFeatureRequest()):
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled."))
        geometry = feature.geometry()
        shape = None
        if not (geometry.isNull() or geometry.isEmpty()):
            if transform is not None:
                try:
                    geometry.transform(transform)  # a copy: the feature keeps its own
                except QgsCsException:
                    untransformable.append(label(feature))
                    geometry = None
            shape = to_shapely(geometry) if geometry is not None else None
            if shape is not None and transform is not None and not _finite(shape):
                untransformable.append(label(feature))  # PROJ gave inf instead of raising
                shape = None
            if polygons and shape is not None and not shape.is_valid:
                invalid.append((len(out), label(feature), _reason(shape)))
        out.append(ReadFeature(feature, shape))
    if untransformable and feedback is not None:
        feedback.pushWarning(
            tr(
                "Features of the {what} layer cannot be transformed to {crs} and were left out: {ids}."
            ).format(what=what, ids=_names(untransformable), crs=crs.authid())
        )
    if invalid:
        _handle_invalid(out, invalid, context, feedback, what)
    return out


def _finite(shape) -> bool:
    import numpy as np
    import shapely

    return bool(np.isfinite(shapely.get_coordinates(shape)).all())


def _reason(shape) -> str:
    import shapely

    return shapely.is_valid_reason(shape)


def _handle_invalid(out, invalid, context, feedback, what) -> None:
    listed = "; ".join(f"{name} ({reason})" for _, name, reason in invalid[:10])
    listed += " …" if len(invalid) > 10 else ""
    mode = _check_mode(context)
    if mode == "abort":
        raise QgsProcessingException(
            tr(
                "Invalid geometry in the {what} layer: {list}. Fix it (“Validate patrol zones” shows where), or "
                "change the Processing setting “Invalid features filtering” to skip or repair such features."
            ).format(what=what, list=listed)
        )
    if mode == "skip":
        for index, _, _ in invalid:
            out[index].shape = None
        message = tr("Features of the {what} layer with invalid geometry were left out: {list}.")
    else:
        for index, _, _ in invalid:
            out[index].shape = _polygonal(out[index].shape)
        message = tr(
            "Features of the {what} layer with invalid geometry were used as repaired (make_valid): {list}."
        )
    if feedback is not None:
        feedback.pushWarning(message.format(what=what, list=listed))


def epoch_seconds(value) -> float:
    """Seconds since the epoch for a QDateTime, QDate or ISO 8601 text; NaN when unreadable."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return float("nan")
    if isinstance(value, QDate):
        value = QDateTime(value)
    if isinstance(value, str):
        text = value.strip()
        parsed = QDateTime.fromString(text, Qt.DateFormat.ISODateWithMs)
        if not parsed.isValid():
            parsed = QDateTime.fromString(text, Qt.DateFormat.ISODate)
        if not parsed.isValid():
            day = QDate.fromString(text[:10], Qt.DateFormat.ISODate)
            parsed = QDateTime(day) if day.isValid() else parsed
        value = parsed
    if isinstance(value, QDateTime) and value.isValid():
        return value.toMSecsSinceEpoch() / 1000.0
    return float("nan")
