"""The live units as attribute rows and geometries for the providers: values only, safe to
make off the GUI thread (QgsGeometry and QDateTime are plain values). ``LiveLayers`` writes
them in batches."""

from __future__ import annotations

from datetime import datetime

from qgis.core import QgsGeometry, QgsPointXY
from qgis.PyQt.QtCore import QDateTime, Qt

from ..core.live import UnitView
from ..i18n import tr

_OFFSETS: dict[int, int] = {}


def qdatetime(value: datetime | None):
    """The instant as a QDateTime at the local UTC offset, so QGIS shows local wall time.

    Qt's own local-time conversion costs ~14 µs a call, too much for thousands of units a
    second; the offset is looked up per hour of the instant (DST included) and cached.
    """
    if value is None:
        return None
    seconds = value.timestamp()
    hour = int(seconds // 3600)
    offset = _OFFSETS.get(hour)
    if offset is None:
        offset = int(datetime.fromtimestamp(hour * 3600).astimezone().utcoffset().total_seconds())
        if len(_OFFSETS) > 10_000:
            _OFFSETS.clear()
        _OFFSETS[hour] = offset
    return QDateTime.fromMSecsSinceEpoch(int(round(seconds * 1000.0)), Qt.TimeSpec.OffsetFromUTC, offset)


def seen_text(view: UnitView) -> str:
    if view.seen_min is not None:
        if view.seen_min >= 60:
            return tr("last seen {hours} h ago").format(hours=view.seen_min // 60)
        return tr("last seen {minutes} min ago").format(minutes=view.seen_min)
    if view.state == "not_reporting":
        return tr("not in the last update")
    return ""


def _point(lon: float, lat: float) -> QgsGeometry:
    return QgsGeometry.fromPointXY(QgsPointXY(lon, lat))


def _line(points) -> QgsGeometry:
    return QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in points])


def changed_attributes(index: dict[str, int], before: UnitView, after: UnitView) -> dict[int, object]:
    """Field index → new value, for the fields of a unit that differ. Written out field by field:
    this runs for every moving unit on every update. Safe in any thread (values only)."""
    a, b = before.record, after.record
    out: dict[int, object] = {}
    if a is not b:
        if a.updated_at != b.updated_at:
            out[index["updated_at"]] = qdatetime(b.updated_at)
        if a.heading_deg != b.heading_deg:
            out[index["heading_deg"]] = b.heading_deg
        if a.speed_kmh != b.speed_kmh:
            out[index["speed_kmh"]] = b.speed_kmh
        if a.status != b.status:
            out[index["status"]] = b.status
        if a.callsign != b.callsign:
            out[index["callsign"]] = b.callsign
        if a.kind != b.kind:
            out[index["kind"]] = b.kind
    if before.reported != after.reported:
        out[index["reported"]] = after.reported
    if before.state != after.state:
        out[index["state"]] = after.state
    if before.seen_min != after.seen_min or before.state != after.state:
        out[index["last_seen"]] = seen_text(after)
    return out


def unit_rows(index: dict[str, int], changed) -> list[tuple]:
    """Per changed unit: (unit id, changed attributes, new point or None, new state or None).

    Everything the provider calls need except feature ids; made before any layer is touched, and
    safe to make off the GUI thread (QgsGeometry and QDateTime are plain values)."""
    rows = []
    for before, after in changed:
        record, old = after.record, before.record
        geometry = None
        if old.lon != record.lon or old.lat != record.lat:
            geometry = QgsGeometry.fromPointXY(QgsPointXY(record.lon, record.lat))
        state = after.state if before.state != after.state else None
        rows.append((record.unit_id, changed_attributes(index, before, after), geometry, state))
    return rows
