"""PatrolMap's own feed contract (docs/dispatch-feed.openapi.yaml): GeoJSON FeatureCollections
at ``{base}/units`` and ``{base}/incidents``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from ..cn_coords import COORDINATE_SYSTEMS
from ..feed import FeedError, Snapshot, _RecordError, _snippet, join_path, load_json
from ..feed_records import _finish, _incident, _record_id, _rejected, _unit
from . import FeedFormat, register


def _features(payload: bytes | str) -> list:
    doc = load_json(payload)
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        raise FeedError("not_collection", found=_snippet(doc))
    features = doc.get("features")
    if not isinstance(features, list):
        raise FeedError("not_collection", found=_snippet(doc))
    return features


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


def _endpoints(base_url: str, incidents: bool) -> dict[str, str]:
    urls = {"units": join_path(base_url, "units")}
    if incidents:
        urls["incidents"] = join_path(base_url, "incidents")
    return urls


def _parse(kind: str, pages: Sequence[bytes | str], fetched_at: datetime, coordinates: str, area) -> Snapshot:
    parser = parse_units if kind == "units" else parse_incidents
    return parser(pages[0] if pages else b"", fetched_at, coordinates, area)


GEOJSON = register(
    FeedFormat(
        kind="geojson",
        label="PatrolMap GeoJSON feed",
        endpoints=_endpoints,
        endpoint_url=lambda url: url.strip(),
        parse=_parse,
        snapshot_kinds=("units", "incidents"),
    )
)
