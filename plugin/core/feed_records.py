"""The checks every feed format applies to one record: id, point, times, numbers, choices and
text, and what is left out of a snapshot (swapped outliers, older duplicates). A record is
accepted or raises ``_RecordError`` with a code of ``feed.REASONS``; nothing else escapes."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from .cn_coords import ground_distance_m, to_wgs84
from .feed import (
    FUTURE_TOLERANCE,
    MAX_SPEED_KMH,
    HugeInt,
    IncidentRecord,
    Rejected,
    Snapshot,
    UnitRecord,
    _pair,
    _RecordError,
    _short,
    _snippet,
    describe,
    newest_by_id,
    parse_iso_time,
)
from .schema import INCIDENT_STATUSES, UNIT_KINDS, UNIT_STATUSES


def _record_id(props: Mapping, fallback: Any, name: str) -> str:
    value = props.get(name)
    if value is None or value == "":
        value = fallback
    if value is None or value == "":
        raise _RecordError("no_id", field=name)
    if isinstance(value, bool) or not isinstance(value, (str, int, float)) or abs_digits(value) > 64:
        raise _RecordError("bad_id", field=name, value=_short(value))
    if isinstance(value, float):
        if not value.is_integer():
            raise _RecordError("bad_id", field=name, value=_short(value))
        value = int(value)
    text = str(value).strip()
    if not text:
        raise _RecordError("no_id", field=name)
    return text


def abs_digits(value: Any) -> int:
    """Digits of an integer (0 for anything else): an id or a count has no business with 65."""
    if isinstance(value, HugeInt):
        return len(value.text)
    if isinstance(value, int) and not isinstance(value, bool):
        return len(str(abs(value))) if abs(value) >= 10**18 else 1
    return 0


def _finite(value: Any) -> float | None:
    """A JSON number as a finite float, or None (NaN, ±Infinity, 1e400 written as an integer)."""
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def _inside(area: Sequence[float], x: float, y: float) -> bool:
    return area[0] <= x <= area[2] and area[1] <= y <= area[3]


def _point(geometry: Any, system: str, area: Sequence[float] | None) -> tuple[float, float]:
    if geometry is None:
        raise _RecordError("no_geometry")
    if not isinstance(geometry, dict):
        raise _RecordError("not_point", found=_snippet(geometry, 30))
    gtype = geometry.get("type")
    if gtype != "Point":
        raise _RecordError(
            "not_point", found=gtype if isinstance(gtype, str) and gtype else _snippet(geometry, 30)
        )
    coords = geometry.get("coordinates")
    if not isinstance(coords, list) or len(coords) < 2:
        raise _RecordError("no_coordinates")
    x, y = coords[0], coords[1]
    if isinstance(x, str) or isinstance(y, str):
        raise _RecordError("text_coordinates", value=_pair(x, y))
    if any(isinstance(v, bool) or not isinstance(v, (int, float)) for v in (x, y)):
        raise _RecordError("bad_coordinates", value=_pair(x, y))
    fx, fy = _finite(x), _finite(y)
    if fx is None or fy is None:
        raise _RecordError("not_finite", value=_pair(x, y))
    x, y = fx, fy
    if not (-180.0 <= x <= 180.0 and -90.0 <= y <= 90.0):
        if -90.0 <= x <= 90.0 and -180.0 <= y <= 180.0:
            raise _RecordError("swapped", value=_pair(x, y))
        raise _RecordError("out_of_range", value=_pair(x, y))
    if x == 0.0 and y == 0.0:
        raise _RecordError("null_island")
    if area is not None and not _inside(area, x, y) and _inside(area, y, x):
        raise _RecordError("swapped", value=_pair(x, y))
    return to_wgs84(x, y, system)


def _time(props: Mapping, name: str, fetched_at: datetime) -> datetime:
    value = props.get(name)
    if value is None or value == "":
        raise _RecordError("no_time", field=name)
    when = parse_iso_time(value, name)
    ahead = when - fetched_at
    if ahead > FUTURE_TOLERANCE:
        raise _RecordError(
            "future_time", field=name, value=_short(value), minutes=int(ahead.total_seconds() // 60)
        )
    return when


def _choice(props: Mapping, name: str, allowed: Sequence[str]) -> str | None:
    value = props.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str) or value.strip().lower() not in allowed:
        raise _RecordError("unknown_value", field=name, value=_short(value), allowed="|".join(allowed))
    return value.strip().lower()


def _number(
    props: Mapping, name: str, minimum: float | None = None, maximum: float | None = None
) -> float | None:
    value = props.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, HugeInt)):
        raise _RecordError("bad_number", field=name, value=_short(value))
    number = None if isinstance(value, HugeInt) else _finite(value)
    if number is None:
        # An integer no float holds (1e400 written out) is out of any range; NaN is no number.
        code = "bad_number" if isinstance(value, float) else "bad_value"
        raise _RecordError(code, field=name, value=_short(value))
    if (minimum is not None and number < minimum) or (maximum is not None and number > maximum):
        raise _RecordError("bad_value", field=name, value=_short(value))
    return number


def _text(props: Mapping, name: str) -> str | None:
    value = props.get(name)
    if value is None:
        return None
    if isinstance(value, (bool, dict, list, HugeInt)) or abs_digits(value) > 64:
        raise _RecordError("bad_text", field=name, value=_short(value))
    text = str(value).strip()
    return text or None


def _unit(
    props: Mapping,
    fallback_id: Any,
    geometry: Any,
    fetched_at: datetime,
    system: str,
    area,
    time_fallback: Any = None,
) -> UnitRecord:
    unit_id = _record_id(props, fallback_id, "unit_id")
    try:
        lon, lat = _point(geometry, system, area)
        if time_fallback is not None and props.get("updated_at") in (None, ""):
            props = {**props, "updated_at": time_fallback}
        updated_at = _time(props, "updated_at", fetched_at)
        heading = _number(props, "heading_deg")
        speed = _number(props, "speed_kmh", 0.0, MAX_SPEED_KMH)
        return UnitRecord(
            unit_id=unit_id,
            lon=lon,
            lat=lat,
            updated_at=updated_at,
            callsign=_text(props, "callsign"),
            kind=_choice(props, "kind", UNIT_KINDS),
            status=_choice(props, "status", UNIT_STATUSES),
            heading_deg=None if heading is None else heading % 360.0,
            speed_kmh=speed,
        )
    except _RecordError as e:
        e.record_id = unit_id
        raise


def _incident(
    props: Mapping, fallback_id: Any, geometry: Any, fetched_at: datetime, system: str, area
) -> IncidentRecord:
    incident_id = _record_id(props, fallback_id, "incident_id")
    try:
        lon, lat = _point(geometry, system, area)
        priority = _number(props, "priority", 1, 3)
        if priority is not None and not priority.is_integer():
            raise _RecordError("bad_value", field="priority", value=_short(props.get("priority")))
        return IncidentRecord(
            incident_id=incident_id,
            lon=lon,
            lat=lat,
            reported_at=_time(props, "reported_at", fetched_at),
            kind=_text(props, "kind"),
            priority=None if priority is None else int(priority),
            status=_choice(props, "status", INCIDENT_STATUSES),
            address=_text(props, "address"),
            assigned_unit=_text(props, "assigned_unit"),
        )
    except _RecordError as e:
        e.record_id = incident_id
        raise


def _rejected(index: int, record_id: str | None, code: str, args: dict) -> Rejected:
    return Rejected(index, record_id, describe(code, args), code, dict(args))


def _finish(
    kind: str, fetched_at: datetime, accepted: list[tuple[int, Any]], rejected: list[Rejected], id_of, time_of
) -> Snapshot:
    """Drop swapped outliers and duplicates (the newest report of an id is kept: newest_by_id,
    the rule the live layers apply too); keep feed order."""
    accepted = _drop_swapped_outliers(accepted, rejected)
    newest, _ = newest_by_id(accepted, lambda pair: id_of(pair[1]), lambda pair: time_of(pair[1]))
    kept_indices = {index for index, _ in newest.values()}
    for index, record in accepted:
        if index not in kept_indices:
            key = id_of(record)
            rejected.append(_rejected(index, key, "duplicate", {"id": key, "kept": newest[key][0]}))
    rejected.sort(key=lambda r: r.index)
    records = [record for index, record in accepted if index in kept_indices]
    return Snapshot(kind=kind, fetched_at=fetched_at, records=records, rejected=rejected)


def _drop_swapped_outliers(
    accepted: list[tuple[int, Any]], rejected: list[Rejected]
) -> list[tuple[int, Any]]:
    """Swapped lon/lat that both still fit their ranges (Helsinki's 24.9, 60.2 read as 60.2,
    24.9) cannot be told from the numbers alone; among the other records they can: a point
    thousands of km from the feed's median whose swap lies next to it is swapped."""
    if len(accepted) < 3:
        return accepted
    lons = sorted(r.lon for _, r in accepted)
    lats = sorted(r.lat for _, r in accepted)
    mid_lon, mid_lat = lons[len(lons) // 2], lats[len(lats) // 2]
    kept = []
    for index, record in accepted:
        far = ground_distance_m(record.lon, record.lat, mid_lon, mid_lat) > 500_000
        if (
            far
            and -90.0 <= record.lon <= 90.0
            and ground_distance_m(record.lat, record.lon, mid_lon, mid_lat) < 100_000
        ):
            record_id = getattr(record, "unit_id", None) or getattr(record, "incident_id", None)
            rejected.append(_rejected(index, record_id, "swapped", {"value": _pair(record.lon, record.lat)}))
        else:
            kept.append((index, record))
    return kept
