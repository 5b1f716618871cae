"""Records of the dispatch (CAD/AVL) feed, as plain data, and everything about the feed that
needs no Qt: parsing and validation, GCJ-02/BD-09 conversion, the SensorThings mapping, the
retry policy and the "older report is ignored" merge.

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
import math
import random
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Any, NamedTuple
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from .schema import INCIDENT_STATUSES, UNIT_KINDS, UNIT_STATUSES

COORDINATE_SYSTEMS = ("wgs84", "gcj02", "bd09")
SOURCE_KINDS = ("geojson", "sensorthings")
# A report this far ahead of our clock is a unit with a broken clock: accepted, it would make
# every later true report look "older" and freeze the unit on the map.
FUTURE_TOLERANCE = timedelta(minutes=5)
MAX_SPEED_KMH = 300.0
BACKOFF_CAP_S = 60.0
BACKOFF_FLOOR_S = 1.0
RETRY_AFTER_MAX_S = 3600.0
STA_MAX_PAGES = 100
MIN_DEADLINE_S = 1.0


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


@dataclass(frozen=True)
class FeedSource:
    """Where and how to poll a dispatch feed. Holds no secret: only a QGIS auth config id."""

    base_url: str  # e.g. "http://cad.local/api"; units at {base}/units, incidents at {base}/incidents
    kind: str = "geojson"  # "geojson" (PatrolMap feed contract) | "sensorthings" (OGC STA v1.1)
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


def _short(value: Any, limit: int = 40) -> str:
    text = json.dumps(value, ensure_ascii=False, allow_nan=True) if not isinstance(value, str) else value
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _pair(x: Any, y: Any) -> str:
    def one(v: Any) -> str:
        text = json.dumps(v, ensure_ascii=False, allow_nan=True)
        return text if len(text) <= 20 else text[:19] + "…"

    return f"{one(x)}, {one(y)}"


# --- GCJ-02 / BD-09 -----------------------------------------------------------------------------
# The published transforms used by Chinese web maps (GCJ-02: Amap/Tencent/Google China;
# BD-09: Baidu). PROJ has no definition of them, so they are written out here. Outside
# mainland China's bounding box neither shift is applied, as the providers do.

_KRASOVSKY_A = 6378245.0
_KRASOVSKY_EE = 0.00669342162296594323
_BD_X_PI = math.pi * 3000.0 / 180.0


def in_china(lon: float, lat: float) -> bool:
    return 72.004 <= lon <= 137.8347 and 0.8293 <= lat <= 55.8271


def _gcj_offset(lon: float, lat: float) -> tuple[float, float]:
    x, y = lon - 105.0, lat - 35.0
    sqrt_abs_x = math.sqrt(abs(x))
    common = (20.0 * math.sin(6.0 * x * math.pi) + 20.0 * math.sin(2.0 * x * math.pi)) * 2.0 / 3.0
    dlat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * sqrt_abs_x + common
    dlat += (20.0 * math.sin(y * math.pi) + 40.0 * math.sin(y / 3.0 * math.pi)) * 2.0 / 3.0
    dlat += (160.0 * math.sin(y / 12.0 * math.pi) + 320.0 * math.sin(y * math.pi / 30.0)) * 2.0 / 3.0
    dlon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * sqrt_abs_x + common
    dlon += (20.0 * math.sin(x * math.pi) + 40.0 * math.sin(x / 3.0 * math.pi)) * 2.0 / 3.0
    dlon += (150.0 * math.sin(x / 12.0 * math.pi) + 300.0 * math.sin(x / 30.0 * math.pi)) * 2.0 / 3.0
    rad_lat = lat / 180.0 * math.pi
    magic = 1.0 - _KRASOVSKY_EE * math.sin(rad_lat) ** 2
    sqrt_magic = math.sqrt(magic)
    dlat = dlat * 180.0 / ((_KRASOVSKY_A * (1.0 - _KRASOVSKY_EE)) / (magic * sqrt_magic) * math.pi)
    dlon = dlon * 180.0 / (_KRASOVSKY_A / sqrt_magic * math.cos(rad_lat) * math.pi)
    return dlon, dlat


def wgs84_to_gcj02(lon: float, lat: float) -> tuple[float, float]:
    if not in_china(lon, lat):
        return lon, lat
    dlon, dlat = _gcj_offset(lon, lat)
    return lon + dlon, lat + dlat


def _invert(forward, lon: float, lat: float, start: tuple[float, float]) -> tuple[float, float]:
    """Solve forward(x) = (lon, lat) by fixed-point iteration from ``start``.

    The offsets change by micro-degrees over the few hundred metres of the shift, so each step
    gains ~4 orders of magnitude; 1e-9° (0.1 mm) is reached in 2-3 steps.
    """
    x, y = start
    for _ in range(20):
        fx, fy = forward(x, y)
        ex, ey = fx - lon, fy - lat
        x, y = x - ex, y - ey
        if abs(ex) < 1e-9 and abs(ey) < 1e-9:
            break
    return x, y


def gcj02_to_wgs84(lon: float, lat: float) -> tuple[float, float]:
    """Inverse of :func:`wgs84_to_gcj02` by iteration (error far below 0.5 m)."""
    if not in_china(lon, lat):
        return lon, lat
    dlon, dlat = _gcj_offset(lon, lat)
    return _invert(wgs84_to_gcj02, lon, lat, (lon - dlon, lat - dlat))


def gcj02_to_bd09(lon: float, lat: float) -> tuple[float, float]:
    z = math.hypot(lon, lat) + 0.00002 * math.sin(lat * _BD_X_PI)
    theta = math.atan2(lat, lon) + 0.000003 * math.cos(lon * _BD_X_PI)
    return z * math.cos(theta) + 0.0065, z * math.sin(theta) + 0.006


def _bd09_to_gcj02_published(lon: float, lat: float) -> tuple[float, float]:
    x, y = lon - 0.0065, lat - 0.006
    z = math.hypot(x, y) - 0.00002 * math.sin(y * _BD_X_PI)
    theta = math.atan2(y, x) - 0.000003 * math.cos(x * _BD_X_PI)
    return z * math.cos(theta), z * math.sin(theta)


def bd09_to_gcj02(lon: float, lat: float) -> tuple[float, float]:
    """The published closed form (off by up to ~1 m), refined by iteration to an exact inverse."""
    return _invert(gcj02_to_bd09, lon, lat, _bd09_to_gcj02_published(lon, lat))


def bd09_to_wgs84(lon: float, lat: float) -> tuple[float, float]:
    if not in_china(lon, lat):  # as GCJ-02: Baidu shifts only mainland positions
        return lon, lat
    return gcj02_to_wgs84(*bd09_to_gcj02(lon, lat))


def wgs84_to_bd09(lon: float, lat: float) -> tuple[float, float]:
    if not in_china(lon, lat):
        return lon, lat
    return gcj02_to_bd09(*wgs84_to_gcj02(lon, lat))


def to_wgs84(lon: float, lat: float, system: str = "wgs84") -> tuple[float, float]:
    if system == "gcj02":
        return gcj02_to_wgs84(lon, lat)
    if system == "bd09":
        return bd09_to_wgs84(lon, lat)
    if system == "wgs84":
        return lon, lat
    raise ValueError(f"unknown coordinate system {system!r} (expected one of {COORDINATE_SYSTEMS})")


def from_wgs84(lon: float, lat: float, system: str = "wgs84") -> tuple[float, float]:
    if system == "gcj02":
        return wgs84_to_gcj02(lon, lat)
    if system == "bd09":
        return wgs84_to_bd09(lon, lat)
    if system == "wgs84":
        return lon, lat
    raise ValueError(f"unknown coordinate system {system!r} (expected one of {COORDINATE_SYSTEMS})")


def ground_distance_m(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Great-circle distance on a 6371 km sphere (good to 0.5 % — for plausibility checks)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371000.0 * math.asin(min(1.0, math.sqrt(h)))


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
        return datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0), micro, tz)
    except ValueError:
        raise _RecordError("bad_time", field=field_name, value=_short(value)) from None


def parse_retry_after(value: str | bytes | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP-date.

    None when absent or unreadable; a date in the past gives 0; at most RETRY_AFTER_MAX_S.
    """
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        return min(float(value), RETRY_AFTER_MAX_S)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:  # RFC 7231: HTTP-dates are GMT
        when = when.replace(tzinfo=timezone.utc)
    now = now or datetime.now(timezone.utc)
    return min(max(0.0, (when - now).total_seconds()), RETRY_AFTER_MAX_S)


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
    has), "credentials_in_url" (user:password@ in the URL: credentials belong in a QGIS auth
    config, where they are encrypted and never logged). The one check of a feed URL: the Live
    dock, the poller and patrolmap:fetchunits all ask this.
    """
    url = (url or "").strip()
    if not url:
        return "no_url", {}
    try:
        parts = urlsplit(url)
        has_credentials = parts.username is not None or parts.password is not None
        host = parts.hostname
    except ValueError:
        return "bad_scheme", {"scheme": url.split(":", 1)[0]}
    if parts.scheme.lower() not in ("http", "https"):
        return "bad_scheme", {"scheme": parts.scheme or "—"}
    if has_credentials:
        return "credentials_in_url", {}
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


STA_EXPAND = "Locations,HistoricalLocations($orderby=time desc;$top=1)"


def endpoints(source: FeedSource) -> dict[str, str]:
    """The URL of each snapshot kind a source serves: {"units": …, "incidents": …}."""
    base = source.base_url.strip().rstrip("/")
    if source.kind == "sensorthings":
        return {"units": sensorthings_things_url(base)}
    if source.kind != "geojson":
        raise ValueError(f"unknown source kind {source.kind!r} (expected one of {SOURCE_KINDS})")
    urls = {"units": base + "/units"}
    if source.incidents:
        urls["incidents"] = base + "/incidents"
    return urls


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
        return json.loads(payload)
    except json.JSONDecodeError as e:
        raise FeedError("invalid_json", line=e.lineno, column=e.colno, error=e.msg) from None
    except RecursionError:
        raise FeedError("invalid_json", line=1, column=1, error="nested too deeply") from None


def _snippet(doc: Any, limit: int = 60) -> str:
    """The start of a JSON value as JSON: says what was sent in any language."""
    text = json.dumps(doc, ensure_ascii=False, allow_nan=True)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _features(payload: bytes | str) -> list:
    doc = load_json(payload)
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        raise FeedError("not_collection", found=_snippet(doc))
    features = doc.get("features")
    if not isinstance(features, list):
        raise FeedError("not_collection", found=_snippet(doc))
    return features


def _record_id(props: Mapping, fallback: Any, name: str) -> str:
    value = props.get(name)
    if value is None or value == "":
        value = fallback
    if value is None or value == "":
        raise _RecordError("no_id", field=name)
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise _RecordError("bad_id", field=name, value=_short(value))
    if isinstance(value, float):
        if not value.is_integer():
            raise _RecordError("bad_id", field=name, value=_short(value))
        value = int(value)
    text = str(value).strip()
    if not text:
        raise _RecordError("no_id", field=name)
    return text


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
    x, y = float(x), float(y)
    if not (math.isfinite(x) and math.isfinite(y)):
        raise _RecordError("not_finite", value=_pair(x, y))
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
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise _RecordError("bad_number", field=name, value=_short(value))
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        raise _RecordError("bad_value", field=name, value=_short(value))
    return float(value)


def _text(props: Mapping, name: str) -> str | None:
    value = props.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or isinstance(value, (dict, list)):
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


def _feature_parts(feature: Any) -> tuple[Mapping, Any, Any]:
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        raise _RecordError("not_feature")
    props = feature.get("properties")
    if props is None:
        props = {}
    if not isinstance(props, dict):
        raise _RecordError("not_feature")
    return props, feature.get("id"), feature.get("geometry")


def _fallback_id(feature: Any, name: str) -> str | None:
    """The id of a record being rejected, when it can be read at all (for the message)."""
    try:
        props, fid, _ = _feature_parts(feature)
        return _record_id(props, fid, name)
    except _RecordError:
        return None


def _parse_geojson(
    kind: str, payload, fetched_at: datetime, coordinates: str, area, build, id_name: str
) -> Snapshot:
    if coordinates not in COORDINATE_SYSTEMS:
        raise ValueError(f"unknown coordinate system {coordinates!r}")
    accepted, rejected = [], []
    for index, feature in enumerate(_features(payload)):
        try:
            props, fid, geometry = _feature_parts(feature)
            accepted.append((index, build(props, fid, geometry, fetched_at, coordinates, area)))
        except _RecordError as e:
            record_id = getattr(e, "record_id", None) or _fallback_id(feature, id_name)
            rejected.append(_rejected(index, record_id, e.code, e.details))
    return accepted, rejected


def parse_units(
    payload: bytes | str,
    fetched_at: datetime,
    coordinates: str = "wgs84",
    area: Sequence[float] | None = None,
) -> Snapshot:
    """A ``/units`` answer (GeoJSON FeatureCollection) → Snapshot of UnitRecords.

    Records are checked one by one; a bad one is rejected with its reason and the rest land.
    Raises FeedError when the whole answer is unusable.
    """
    accepted, rejected = _parse_geojson("units", payload, fetched_at, coordinates, area, _unit, "unit_id")
    return _finish("units", fetched_at, accepted, rejected, lambda r: r.unit_id, lambda r: r.updated_at)


def parse_incidents(
    payload: bytes | str,
    fetched_at: datetime,
    coordinates: str = "wgs84",
    area: Sequence[float] | None = None,
) -> Snapshot:
    """An ``/incidents`` answer → Snapshot of IncidentRecords (same rules as parse_units)."""
    accepted, rejected = _parse_geojson(
        "incidents", payload, fetched_at, coordinates, area, _incident, "incident_id"
    )
    return _finish(
        "incidents", fetched_at, accepted, rejected, lambda r: r.incident_id, lambda r: r.reported_at
    )


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
    times = [h.get("time") for h in thing.get("HistoricalLocations") or [] if isinstance(h, dict)]
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


def parse_snapshot(
    source_kind: str,
    kind: str,
    payload,
    fetched_at: datetime,
    coordinates: str = "wgs84",
    area: Sequence[float] | None = None,
) -> Snapshot:
    """One fetched answer of a source → Snapshot (the poller's worker calls this)."""
    if source_kind == "sensorthings":
        if kind != "units":
            raise ValueError("SensorThings sources serve units only")
        return parse_sensorthings_units(payload, fetched_at, coordinates, area)
    parser = {"units": parse_units, "incidents": parse_incidents}[kind]
    return parser(payload, fetched_at, coordinates, area)


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
