"""OGC SensorThings API v1.1: units are Things with their Locations (and HistoricalLocations
for the time), paged by ``@iot.nextLink``. No incidents."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

from ..cn_coords import COORDINATE_SYSTEMS
from ..feed import FeedError, Snapshot, UnitRecord, _RecordError, _short, _snippet, load_json, parse_iso_time
from ..feed_records import _finish, _record_id, _rejected, _unit
from . import FeedFormat, register

STA_EXPAND = "Locations,HistoricalLocations($orderby=time desc;$top=1)"


def sensorthings_things_url(url: str) -> str:
    """The Things request for an STA service root (".../v1.1") or a Things URL without $expand."""
    url = url.strip()
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    if not path.endswith("/Things"):
        path += "/Things"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    if not any(k == "$expand" for k, _ in query):
        query.append(("$expand", STA_EXPAND))
    encoded = "&".join(f"{quote(k, safe='$')}={quote(v, safe='$(),;=')}" for k, v in query)
    return urlunsplit((parts.scheme, parts.netloc, path, encoded, ""))


# --- OGC SensorThings API v1.1 ------------------------------------------------------------------
# Mapping (documented in docs/dispatch-feed.md):
#   unit_id     Thing.properties.unit_id, else the Thing's @iot.id
#   callsign    Thing.properties.callsign, else Thing.name
#   kind, status, heading_deg, speed_kmh   Thing.properties of the same names
#   position    the Thing's first Location: its ``location`` (GeoJSON Point, or a Feature with one)
#   updated_at  Thing.properties.updated_at, else the newest HistoricalLocation's ``time``


def _sta_things(payload: bytes | str) -> tuple[list, str | None]:
    doc = load_json(payload)
    if not isinstance(doc, dict) or not isinstance(doc.get("value"), list):
        raise FeedError("not_sta", found=_snippet(doc))
    next_link = doc.get("@iot.nextLink")
    return doc["value"], next_link if isinstance(next_link, str) and next_link else None


def sensorthings_next_link(payload: bytes | str) -> str | None:
    return _sta_things(payload)[1]


def _sta_unit(thing: Any, fetched_at: datetime, system: str, area) -> UnitRecord:
    if not isinstance(thing, dict):
        raise _RecordError("not_thing")
    props = thing.get("properties") or {}
    if not isinstance(props, dict):
        raise _RecordError("not_thing")
    if props.get("callsign") in (None, "") and isinstance(thing.get("name"), str):
        props = {**props, "callsign": thing["name"]}
    unit_id = _record_id(props, thing.get("@iot.id"), "unit_id")
    locations = thing.get("Locations")
    if not isinstance(locations, list) or not locations or not isinstance(locations[0], dict):
        e = _RecordError("no_location")
        e.record_id = unit_id
        raise e
    location = locations[0]
    encoding = location.get("encodingType")
    if encoding is not None and "json" not in str(encoding).lower():
        e = _RecordError("bad_encoding", value=_short(encoding))
        e.record_id = unit_id
        raise e
    geometry = location.get("location")
    if isinstance(geometry, dict) and geometry.get("type") == "Feature":
        geometry = geometry.get("geometry")
    historical = thing.get("HistoricalLocations")
    if historical is not None and not isinstance(historical, list):
        e = _RecordError("bad_list", field="HistoricalLocations", value=_short(historical))
        e.record_id = unit_id
        raise e
    times = [h.get("time") for h in historical or [] if isinstance(h, dict)]
    times = [t for t in times if isinstance(t, str)]
    newest = max(times, key=_sortable_time) if times else None
    return _unit(props, thing.get("@iot.id"), geometry, fetched_at, system, area, time_fallback=newest)


def _sortable_time(text: str) -> datetime:
    try:
        return parse_iso_time(text)
    except _RecordError:
        return datetime.min.replace(tzinfo=timezone.utc)


def parse_sensorthings_units(
    pages: bytes | str | Sequence[bytes | str],
    fetched_at: datetime,
    coordinates: str = "wgs84",
    area: Sequence[float] | None = None,
) -> Snapshot:
    """SensorThings ``Things?$expand=Locations,HistoricalLocations(…)`` answers (one or all pages
    of ``@iot.nextLink``) → Snapshot of UnitRecords, validated as parse_units does."""
    if coordinates not in COORDINATE_SYSTEMS:
        raise ValueError(f"unknown coordinate system {coordinates!r}")
    if isinstance(pages, (bytes, bytearray, str)):
        pages = [pages]
    things = [thing for page in pages for thing in _sta_things(page)[0]]
    accepted, rejected = [], []
    for index, thing in enumerate(things):
        try:
            accepted.append((index, _sta_unit(thing, fetched_at, coordinates, area)))
        except _RecordError as e:
            record_id = getattr(e, "record_id", None)
            if record_id is None and isinstance(thing, dict):
                try:
                    record_id = _record_id(thing.get("properties") or {}, thing.get("@iot.id"), "unit_id")
                except (_RecordError, AttributeError):
                    record_id = None
            rejected.append(_rejected(index, record_id, e.code, e.details))
    return _finish("units", fetched_at, accepted, rejected, lambda r: r.unit_id, lambda r: r.updated_at)


def _parse(kind: str, pages: Sequence[bytes | str], fetched_at: datetime, coordinates: str, area) -> Snapshot:
    if kind != "units":
        raise ValueError("SensorThings sources serve units only")
    return parse_sensorthings_units(list(pages), fetched_at, coordinates, area)


SENSORTHINGS = register(
    FeedFormat(
        kind="sensorthings",
        label="OGC SensorThings API v1.1",
        endpoints=lambda base_url, _incidents: {"units": sensorthings_things_url(base_url)},
        endpoint_url=sensorthings_things_url,
        parse=_parse,
        next_link=sensorthings_next_link,
        snapshot_kinds=("units",),
    )
)
