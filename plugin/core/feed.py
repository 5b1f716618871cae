"""Records of the dispatch (CAD/AVL) feed, as plain data.

The feed client parses each snapshot off the GUI thread into these records; the live layers
take only these, so parsing and drawing never share a thread or a format. Coordinates are
WGS 84 longitude/latitude after any GCJ-02/BD-09 conversion; times are timezone-aware.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


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
    reason: str


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
    timeout_s: float = 10.0  # request deadline, shorter than the interval
    max_bytes: int = 20 * 1024 * 1024
