"""Records of the dispatch (CAD/AVL) feed, as plain data, and everything about the feed that
needs no Qt and no particular format: messages, times and headers, URLs, the retry policy and
the "older report is ignored" merge. Each format (GeoJSON, SensorThings) is one module of
``core/feed_formats``; the checks every format applies to a record are ``core/feed_records``;
GCJ-02/BD-09 conversion is ``core/cn_coords``.

The feed client parses each snapshot off the GUI thread into these records; the live layers
take only these, so parsing and drawing never share a thread or a format. Coordinates are
WGS 84 longitude/latitude after any GCJ-02/BD-09 conversion; times are timezone-aware.

Messages: every rejection and feed error carries a ``code`` and its ``args``; ``REASONS`` and
``FEED_ERRORS`` hold the English text. The QGIS side (``plugin/dispatch/messages.py``) renders
the same codes through ``tr()``, so this module stays free of Qt and still every word the user
reads is translated.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Any, NamedTuple
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# A report this far ahead of our clock is a unit with a broken clock: accepted, it would make
# every later true report look "older" and freeze the unit on the map.
FUTURE_TOLERANCE = timedelta(minutes=5)
MAX_SPEED_KMH = 300.0
BACKOFF_CAP_S = 60.0
BACKOFF_FLOOR_S = 1.0
RETRY_AFTER_MAX_S = 3600.0
MAX_PAGES = 100  # of a paged answer (SensorThings @iot.nextLink)
MIN_DEADLINE_S = 1.0
# Before this no dispatch system sent a position: "0001-01-01", "1970-01-01" are clocks never set.
EARLIEST_TIME = datetime(2000, 1, 1, tzinfo=timezone.utc)
# A Date header this far from our clock is a server clock that is wrong (the header has whole
# seconds and the answer takes its time to arrive: less is noise).
CLOCK_SKEW_TOLERANCE_S = 30.0


@dataclass(frozen=True)
class UnitRecord:
    unit_id: str
    lon: float
    lat: float
    updated_at: datetime
    callsign: str | None = None
    kind: str | None = None  # schema.UNIT_KINDS
    status: str | None = None  # schema.UNIT_STATUSES
    heading_deg: float | None = None
    speed_kmh: float | None = None


@dataclass(frozen=True)
class IncidentRecord:
    incident_id: str
    lon: float
    lat: float
    reported_at: datetime | None = None
    kind: str | None = None
    priority: int | None = None  # 1 (highest) to 3
    status: str | None = None  # schema.INCIDENT_STATUSES
    address: str | None = None
    assigned_unit: str | None = None


@dataclass(frozen=True)
class Rejected:
    """A record left out of a snapshot, and why, in words a dispatcher's GIS staff can act on."""

    index: int  # position in the feed's feature list
    record_id: str | None  # the id, when it could be read
    reason: str  # English text; plugin/dispatch/messages.py renders ``code``/``args`` translated
    code: str = ""  # a key of REASONS
    args: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass
class Snapshot:
    """One full answer of the feed: every record it accepted and every one it refused."""

    kind: str  # "units" | "incidents"
    fetched_at: datetime
    records: list = field(default_factory=list)  # UnitRecord or IncidentRecord
    rejected: list[Rejected] = field(default_factory=list)
    # Seconds the server's clock (its Date header) is ahead of ours; 0 within CLOCK_SKEW_TOLERANCE.
    # The records' times are already corrected by it (they read in our clock).
    clock_skew_s: float = 0.0


@dataclass(frozen=True)
class FeedSource:
    """Where and how to poll a dispatch feed. Holds no secret: only a QGIS auth config id."""

    base_url: str  # e.g. "http://cad.local/api"; units at {base}/units, incidents at {base}/incidents
    kind: str = "geojson"  # a format of core/feed_formats: "geojson" | "sensorthings"
    authcfg: str = ""  # QGIS authentication configuration id
    coordinates: str = "wgs84"  # "wgs84" | "gcj02" | "bd09": what the feed's coordinates are in
    interval_s: float = 5.0
    timeout_s: float = 10.0  # request deadline; a poll is held to ``deadline_s`` (≤ the interval)
    max_bytes: int = 20 * 1024 * 1024
    # Optional WGS 84 (lon_min, lat_min, lon_max, lat_max) of the jurisdiction: a point outside
    # it whose swapped coordinates fall inside is rejected as "latitude and longitude swapped".
    area: tuple[float, float, float, float] | None = None
    incidents: bool = True  # also poll {base}/incidents (GeoJSON sources only)

    @property
    def deadline_s(self) -> float:
        """How long one poll (every endpoint of it, one after the other) may take: ``timeout_s``,
        but never longer than the interval, so a slow feed is still polled at the interval and
        one request never runs into the next; and never under MIN_DEADLINE_S, below which a busy
        machine times out for no fault of the feed."""
        return max(MIN_DEADLINE_S, min(self.timeout_s, self.interval_s))


# --- messages ---------------------------------------------------------------------------------

REASONS = {
    "not_feature": "not a GeoJSON Feature",
    "not_thing": "not a SensorThings Thing",
    "no_id": "no {field} and no Feature id",
    "bad_id": "{field} is not text or a number ({value})",
    "no_geometry": "no geometry",
    "not_point": "geometry is {found}, not a Point",
    "no_coordinates": "the Point has no [longitude, latitude] pair",
    "text_coordinates": "coordinates are text, not numbers ({value})",
    "bad_coordinates": "coordinates are not numbers ({value})",
    "not_finite": "coordinates are not finite numbers ({value})",
    "swapped": "latitude and longitude are swapped ({value})",
    "out_of_range": "coordinates out of range ({value})",
    "null_island": "coordinates are 0, 0 (no GPS fix)",
    "no_location": "the Thing has no Location",
    "bad_encoding": "Location encoding {value} is not GeoJSON",
    "no_time": "no {field}",
    "bad_time": "{field} is not an ISO 8601 time ({value})",
    "no_zone": "{field} has no time zone ({value})",
    "unset_clock": "{field} is before 2000, a clock that was never set ({value})",
    "bad_list": "{field} is not a list ({value})",
    "future_time": "{field} is {minutes} min in the future ({value})",
    "unknown_value": "unknown {field} “{value}” (expected {allowed})",
    "bad_number": "{field} is not a number ({value})",
    "bad_value": "{field} out of range ({value})",
    "bad_text": "{field} is not text ({value})",
    "duplicate": "duplicate of {id}: the newer report (feature {kept}) is kept",
}

FEED_ERRORS = {
    "empty": "invalid JSON: the answer is empty",
    "not_utf8": "invalid JSON: the answer is not UTF-8 text ({error})",
    "invalid_json": "invalid JSON at line {line}, column {column}: {error}",
    "not_collection": "not a GeoJSON FeatureCollection: the answer begins {found}",
    "not_sta": "not a SensorThings collection (no “value” list): the answer begins {found}",
}


def describe(code: str, args: Mapping[str, Any], table: Mapping[str, str] = REASONS) -> str:
    return table[code].format(**args)


class FeedError(Exception):
    """The whole answer is unusable (not JSON, not a FeatureCollection): nothing is applied."""

    def __init__(self, code: str, **args):
        self.code = code
        self.details = args
        super().__init__(describe(code, args, FEED_ERRORS))


class _RecordError(Exception):
    record_id: str | None = None

    def __init__(self, code: str, **args):
        super().__init__(code)
        self.code = code
        self.details = args


class HugeInt:
    """An integer literal with more digits than Python turns into an int (4,300 by default): kept
    as its text so the one field holding it is rejected, not the whole answer."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    def __repr__(self) -> str:
        digits = len(self.text.lstrip("-"))
        return f"{self.text[:12]}… ({digits} digits)"


def _json_text(value: Any) -> str:
    """A JSON value as short-enough JSON text for a message; never raises (too deep, HugeInt)."""
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=True, default=repr)
    except (RecursionError, ValueError, TypeError):
        return "…"


def _int_literal(text: str) -> int | HugeInt:
    try:
        return int(text)
    except ValueError:  # "Exceeds the limit (4300 digits) for integer string conversion"
        return HugeInt(text)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _short(value: Any, limit: int = 40) -> str:
    if isinstance(value, HugeInt):
        return repr(value)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**limit:
        return f"{str(value)[:12]}… ({len(str(abs(value)))} digits)"
    return _clip(value if isinstance(value, str) else _json_text(value), limit)


def _pair(x: Any, y: Any) -> str:
    return f"{_short(x, 20)}, {_short(y, 20)}"


# --- times ------------------------------------------------------------------------------------


def utc_now() -> datetime:
    """The clock of the feed and the live layers: when a snapshot was fetched, how old a unit's
    fix is. Everything that reads the time takes a ``now`` like this one, so one clock (a test's,
    or the simulator's manual clock) can stand in for it everywhere at once."""
    return datetime.now(timezone.utc)


_ISO = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?"
    r"\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$"
)


def parse_iso_time(value: Any, field_name: str = "time") -> datetime:
    """An ISO 8601 date-time with its zone ("2024-05-20T09:30:00+08:00", "…Z"), timezone-aware.

    Written out rather than ``datetime.fromisoformat`` because Python before 3.11 (QGIS 3.22
    on Windows ships 3.9) refuses "Z" and fractions that are not 3 or 6 digits.
    """
    if not isinstance(value, str):
        raise _RecordError("bad_time", field=field_name, value=_short(value))
    match = _ISO.match(value.strip())
    if not match:
        raise _RecordError("bad_time", field=field_name, value=_short(value))
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    if zone is None:
        raise _RecordError("no_zone", field=field_name, value=_short(value))
    if zone in ("Z", "z"):
        tz = timezone.utc
    else:
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
        if hours > 23 or minutes > 59:
            raise _RecordError("bad_time", field=field_name, value=_short(value))
        tz = timezone(sign * timedelta(hours=hours, minutes=minutes))
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    try:
        when = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0), micro, tz)
    except ValueError:
        raise _RecordError("bad_time", field=field_name, value=_short(value)) from None
    if when < EARLIEST_TIME:  # compared without converting: year 1 at +01:00 has no UTC time
        raise _RecordError("unset_clock", field=field_name, value=_short(value))
    try:
        # Every later use converts to UTC or local time: a time that cannot be converted (year
        # 9999 west of Greenwich) is refused here, not on the GUI thread.
        when.astimezone(timezone.utc)
    except (ValueError, OverflowError):
        raise _RecordError("bad_time", field=field_name, value=_short(value)) from None
    return when


def parse_retry_after(value: str | bytes | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP-date.

    None when absent or unreadable; a date in the past gives 0; at most RETRY_AFTER_MAX_S.
    """
    text = _header_text(value)
    if not text:
        return None
    if _ASCII_DIGITS.match(text):
        return min(float(text), RETRY_AFTER_MAX_S)
    when = parse_http_date(text)
    if when is None:
        return None
    now = now or datetime.now(timezone.utc)
    return min(max(0.0, (when - now).total_seconds()), RETRY_AFTER_MAX_S)


# Header values are bytes from the server: anything may be in them. str.isdigit() takes "²" and
# "٣" for digits, and int() then refuses them; only ASCII digits are a number here.
_ASCII_DIGITS = re.compile(r"^[0-9]{1,18}$")


def _header_text(value: str | bytes | None) -> str:
    if value is None:
        return ""
    if isinstance(value, (bytes, bytearray)):
        value = bytes(value).decode("latin-1")
    return str(value).strip()


def parse_content_length(value: str | bytes | None) -> int | None:
    """A ``Content-Length`` header as a byte count; None when absent or not a plain number."""
    text = _header_text(value)
    return int(text) if _ASCII_DIGITS.match(text) else None


def parse_http_date(value: str | bytes | None) -> datetime | None:
    """An HTTP-date (``Date``, ``Retry-After``) as an aware UTC time; None when unreadable."""
    text = _header_text(value)
    if not text or len(text) > 64:
        return None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:  # RFC 7231: HTTP-dates are GMT
        when = when.replace(tzinfo=timezone.utc)
    try:
        return when.astimezone(timezone.utc)
    except (ValueError, OverflowError):
        return None


def clock_skew_s(server_time: datetime | None, fetched_at: datetime) -> float:
    """How far the server's clock (its ``Date`` header) is ahead of ours, in seconds; 0 when
    unknown or within CLOCK_SKEW_TOLERANCE_S."""
    if server_time is None:
        return 0.0
    skew = (server_time - fetched_at).total_seconds()
    return skew if abs(skew) > CLOCK_SKEW_TOLERANCE_S else 0.0


# --- retry policy -----------------------------------------------------------------------------


def backoff_delay(
    failures: int,
    base_s: float,
    *,
    cap_s: float = BACKOFF_CAP_S,
    floor_s: float = BACKOFF_FLOOR_S,
    rand=random.random,
) -> float:
    """Wait before the next try after ``failures`` failures in a row: exponential backoff with
    full jitter (uniform in [0, min(cap, base·2^failures)]), never under ``floor_s`` so a dead
    server is not hammered in a tight loop."""
    if failures <= 0:
        return base_s
    ceiling = min(cap_s, base_s * 2.0 ** min(failures, 30))
    return max(min(floor_s, ceiling), rand() * ceiling)


def next_poll_delay(
    interval_s: float,
    failures: int,
    retry_after_s: float | None = None,
    *,
    cap_s: float = BACKOFF_CAP_S,
    rand=random.random,
) -> float:
    """Seconds until the next poll: the interval while all is well; backoff after failures; and
    never sooner than the server's Retry-After (which may exceed the cap: the server knows)."""
    delay = interval_s if failures <= 0 else backoff_delay(failures, interval_s, cap_s=cap_s, rand=rand)
    if retry_after_s is not None:
        delay = max(delay, retry_after_s)
    return delay


# --- URLs -------------------------------------------------------------------------------------

_SECRET_KEYS = re.compile(r"token|key|secret|pass|pwd|auth|sig|session|credential", re.IGNORECASE)


def url_problem(url: str) -> tuple[str, dict] | None:
    """Why a feed URL cannot be used, as (code, args), or None.

    Codes: "no_url", "bad_scheme", "no_host", "bad_host" (spaces or characters no host name
    has), "credentials_in_url" (user:password@ in the URL), "secret_in_url" (a query parameter
    named like a key or token: ``?api_key=…``). Credentials belong in a QGIS auth config, where
    they are encrypted and never logged, shown or saved with the settings. The one check of a
    feed URL: the Live dock, the poller and patrolmap:fetchunits all ask this. ``args`` hold no
    secret, but may hold what was typed ("url", masked by ``redact_url``) for the message.
    """
    url = (url or "").strip()
    if not url:
        return "no_url", {}
    try:
        parts = urlsplit(url)
        has_credentials = parts.username is not None or parts.password is not None
        host = parts.hostname
    except ValueError:
        return "bad_scheme", {"scheme": url.split(":", 1)[0], "url": _clip(redact_url(url), 80)}
    if parts.scheme.lower() not in ("http", "https"):
        return "bad_scheme", {"scheme": parts.scheme or "—", "url": _clip(redact_url(url), 80)}
    if has_credentials:
        return "credentials_in_url", {}
    secrets = [k for k, _ in parse_qsl(parts.query, keep_blank_values=True) if _SECRET_KEYS.search(k)]
    if secrets:
        return "secret_in_url", {"key": _clip(secrets[0], 40)}
    if not host:
        return "no_host", {}
    if any(c.isspace() or c in '<>"{}|\\^`' for c in host):
        return "bad_host", {"host": host}
    return None


def redact_url(url: str) -> str:
    """The URL fit for messages and logs: no user info, secret-looking query values masked."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unreadable URL>"
    netloc = parts.netloc.rsplit("@", 1)[-1]
    query = parse_qsl(parts.query, keep_blank_values=True)
    if any(_SECRET_KEYS.search(k) for k, _ in query):
        masked = [(k, "***" if _SECRET_KEYS.search(k) else v) for k, v in query]
        return urlunsplit((parts.scheme, netloc, parts.path, urlencode(masked, safe="$*(),;= "), ""))
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))


def join_path(base: str, name: str) -> str:
    """``name`` added to the path of ``base``, before any query ("…/api?district=7" → "…/api/units?district=7")."""
    parts = urlsplit(base)
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/") + "/" + name, parts.query, ""))


# --- parsing ----------------------------------------------------------------------------------


def load_json(payload: bytes | str) -> Any:
    if isinstance(payload, (bytes, bytearray)):
        if not payload.strip():
            raise FeedError("empty")
        try:
            payload = bytes(payload).decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise FeedError("not_utf8", error=str(e)) from None
    if not payload.strip():
        raise FeedError("empty")
    try:
        return json.loads(payload, parse_int=_int_literal)
    except json.JSONDecodeError as e:
        raise FeedError("invalid_json", line=e.lineno, column=e.colno, error=e.msg) from None
    except RecursionError:
        raise FeedError("invalid_json", line=1, column=1, error="nested too deeply") from None


def _snippet(doc: Any, limit: int = 60) -> str:
    """The start of a JSON value as JSON: says what was sent in any language."""
    return _clip(_json_text(doc), limit)


# --- merging a snapshot into what the layer holds -----------------------------------------------
# The one implementation of the rules (the parser's duplicate check and the live layers' books,
# plugin/core/live.py, both call these): within a snapshot the newest report of an id wins; a
# unit report older than the one held is ignored; an id held but absent is "not reported".


def newest_by_id(items: Iterable, key: Callable, when: Callable) -> tuple[dict, int]:
    """Items by ``key``, the newest of each (``when``; a later item wins a tie, and so does any
    item when either time is None); and how many were dropped as older duplicates."""
    out: dict = {}
    dropped = 0
    for item in items:
        k = key(item)
        held = out.get(k)
        if held is not None:
            dropped += 1
            held_when, new_when = when(held), when(item)
            if held_when is not None and new_when is not None and new_when < held_when:
                continue
        out[k] = item
    return out, dropped


class Merge(NamedTuple):
    """What a snapshot changes in the records a live layer holds (keyed by id).

    The snapshot reported every id in ``changed``, ``unchanged_ids`` and ``outdated_ids``;
    ``not_reported_ids`` are held but absent from it: mark them "not reported", never delete.
    """

    changed: list  # new or different records, to write (UnitRecord/IncidentRecord)
    unchanged_ids: list[str]  # same record as held
    not_reported_ids: list[str]
    outdated_ids: list[str]  # reports older than what is held: ignored, the held record stays
    duplicates: int = 0  # records of an id already in the snapshot (the newest one counts)


def merge_units(current: Mapping[str, UnitRecord], snapshot: Snapshot | Iterable[UnitRecord]) -> Merge:
    """Compare a units snapshot (or its records) with the held records; a report older than the
    held one for that unit (``updated_at``) is ignored, so an out-of-order answer never moves a
    unit back."""
    return _merge(current, getattr(snapshot, "records", snapshot), _unit_id, _updated_at, True)


def merge_incidents(
    current: Mapping[str, IncidentRecord], snapshot: Snapshot | Iterable[IncidentRecord]
) -> Merge:
    """As merge_units; incidents keep their ``reported_at`` when their status changes, so there is
    no "older" to ignore: every different record is a change (duplicates still keep the newest)."""
    return _merge(current, getattr(snapshot, "records", snapshot), _incident_id, _reported_at, False)


def _unit_id(record: UnitRecord) -> str:
    return record.unit_id


def _updated_at(record: UnitRecord) -> datetime:
    return record.updated_at


def _incident_id(record: IncidentRecord) -> str:
    return record.incident_id


def _reported_at(record: IncidentRecord) -> datetime | None:
    return record.reported_at


def _merge(current: Mapping, records: Iterable, id_of, time_of, ignore_older: bool) -> Merge:
    latest, duplicates = newest_by_id(records, id_of, time_of)
    changed, unchanged, outdated = [], [], []
    for key, record in latest.items():
        held = current.get(key)
        if held is None:
            changed.append(record)
        elif held == record:
            unchanged.append(key)
        elif ignore_older and time_of(record) < time_of(held):
            outdated.append(key)
        else:
            changed.append(record)
    not_reported = [key for key in current if key not in latest]
    return Merge(changed, unchanged, not_reported, outdated, duplicates)
