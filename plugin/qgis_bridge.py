"""The one bridge between QGIS and plain data: geometries and attribute values.

QGIS hands out ``QgsGeometry`` and attribute values that may be ``NULL`` (a null QVariant);
``plugin/core`` works on shapely geometries and Python values with ``None``. Every adapter
converts through these functions, so a null, an empty geometry or a Z coordinate means the
same everywhere.
"""

from __future__ import annotations

import math

import numpy as np
from qgis.core import QgsCoordinateTransform, QgsField, QgsFields, QgsGeometry, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

# ------------------------------------------------------------------------------ values


def is_null(value) -> bool:
    """None, or QGIS's NULL (a null QVariant, or anything else whose ``isNull()`` says so)."""
    return value is None or (hasattr(value, "isNull") and value.isNull())


def plain(value):
    """The value, with NULL as None."""
    return None if is_null(value) else value


def text(value) -> str:
    """The value as stripped text; "" for NULL."""
    return "" if is_null(value) else str(value).strip()


def text_or_none(value) -> str | None:
    """The value as stripped text; None for NULL and blank text."""
    return text(value) or None


def number(value) -> float | None:
    """The value as a finite float; None for NULL, text that is no number, NaN and infinity."""
    if is_null(value):
        return None
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


# ------------------------------------------------------------------------------ fields

_QVARIANT = {
    "string": QVariant.Type.String,
    "integer": QVariant.Type.Int,
    "double": QVariant.Type.Double,
    "datetime": QVariant.Type.DateTime,
    "date": QVariant.Type.Date,
    "bool": QVariant.Type.Bool,
}


def schema_fields(spec) -> QgsFields:
    """The fields of a ``core.schema.Layer`` as QGIS fields (names, types, lengths)."""
    fields = QgsFields()
    for f in spec.fields:
        fields.append(QgsField(f.name, _QVARIANT[f.type], len=f.length))
    return fields


# ------------------------------------------------------------------------------ geometry


def to_shapely(geometry: QgsGeometry | None, transform: QgsCoordinateTransform | None = None):
    """A QGIS geometry as a 2-D shapely one (None when null or empty), transformed first when
    asked (the geometry passed in is left as it is)."""
    import shapely

    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        # Shapely (GEOS) has no curves: arcs become straight segments, as QGIS draws them.
        geometry = QgsGeometry(geometry)
        geometry.convertToStraightSegment()
    if transform is not None:
        geometry = QgsGeometry(geometry)
        geometry.transform(transform)
    shape = shapely.from_wkb(bytes(geometry.asWkb()))
    if shapely.has_z(shape):
        shape = shapely.force_2d(shape)
    return shape


def to_qgs(shape, transform: QgsCoordinateTransform | None = None) -> QgsGeometry:
    """A shapely geometry as a QGIS one, optionally transformed (null for None)."""
    import shapely

    geometry = QgsGeometry()
    if shape is None:
        return geometry
    # 2-D explicitly: inside QGIS, Shapely may run on the GEOS QGIS loaded, and older GEOS
    # refuses the 4-D WKB newer Shapely writes by default.
    geometry.fromWkb(shapely.to_wkb(shape, output_dimension=2))
    if transform is not None:
        geometry.transform(transform)
    return geometry


def to_qgs_many(shapes) -> list[QgsGeometry]:
    """Many shapely geometries as QGIS ones: one WKB call for all (per-geometry calls dominate
    the time of writing ten thousand zones)."""
    import shapely

    out = []
    for wkb in shapely.to_wkb(np.asarray(shapes, dtype=object), output_dimension=2):
        geometry = QgsGeometry()
        geometry.fromWkb(wkb)
        out.append(geometry)
    return out


def shapes_of(features, transform: QgsCoordinateTransform | None = None) -> list:
    """The shapely geometry of each feature (None without one), transformed first when asked."""
    return [to_shapely(feature.geometry(), transform) for feature in features]
