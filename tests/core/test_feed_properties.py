"""Parsing is total (issue 10): over arbitrary JSON and arbitrary header bytes, every record of
an answer is accepted or rejected with a reason, a body-level fault is one FeedError, and
nothing else is ever raised. Accepted records are safe for what the GUI thread does with them."""

from __future__ import annotations

import json
import math
from datetime import datetime, timedelta, timezone

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from plugin.core.feed import (  # noqa: E402
    REASONS,
    FeedError,
    clock_skew_s,
    parse_content_length,
    parse_http_date,
    parse_iso_time,
    parse_retry_after,
)
from plugin.core.feed_formats import FORMATS, parse_snapshot  # noqa: E402

NOW = datetime(2024, 5, 20, 9, 30, tzinfo=timezone.utc)
# Slow shared CI machines: a slow example is no failure.
settings.register_profile(
    "patrolmap", deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
settings.load_profile("patrolmap")
HUGE_LITERALS = ["1" + "0" * 400, "-" + "9" * 320, "7" * 5000]

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
    | st.sampled_from(
        [
            "2024-05-20T09:29:50Z",
            "0001-01-01T00:00:00Z",
            "0001-01-01T00:00:00+01:00",
            "9999-12-31T23:59:59-14:00",
            "2024-02-30T00:00:00Z",
            "available",
            "Point",
            "Feature",
            "@HUGE0@",
            "@HUGE1@",
            "@HUGE2@",
        ]
    )
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)
UNIT_FIELDS = ["unit_id", "callsign", "kind", "status", "heading_deg", "speed_kmh", "updated_at"]


def good_unit(n: int) -> dict:
    return {
        "type": "Feature",
        "id": n,
        "properties": {
            "unit_id": f"U-{n}",
            "status": "available",
            "speed_kmh": 10,
            "updated_at": "2024-05-20T09:29:50Z",
            "incident_id": f"I-{n}",
            "reported_at": "2024-05-20T09:00:00Z",
            "priority": 1,
        },
        "geometry": {"type": "Point", "coordinates": [24.94 + n * 1e-3, 60.17]},
    }


@st.composite
def features(draw) -> list:
    """Good features with any field (or the whole feature, or its geometry) replaced by
    arbitrary JSON."""
    out = []
    for n in range(draw(st.integers(0, 6))):
        feature = good_unit(n)
        where = draw(
            st.sampled_from(["none", "feature", "geometry", "coordinates", "property", "properties"])
        )
        value = draw(json_values)
        if where == "feature":
            feature = value
        elif where == "geometry":
            feature["geometry"] = value
        elif where == "coordinates":
            feature["geometry"]["coordinates"][draw(st.integers(0, 1))] = value
        elif where == "property":
            feature["properties"][
                draw(st.sampled_from([*UNIT_FIELDS, "priority", "reported_at", "historical"]))
            ] = value
        elif where == "properties":
            feature["properties"] = value
        out.append(feature)
    return out


def encoded(doc) -> bytes:
    text = json.dumps(doc, allow_nan=True)
    for i, literal in enumerate(HUGE_LITERALS):
        text = text.replace(f'"@HUGE{i}@"', literal)
    return text.encode()


def assert_total(snapshot, count: int) -> None:
    assert len(snapshot.records) + len(snapshot.rejected) == count
    assert sorted(r.index for r in snapshot.rejected) == [r.index for r in snapshot.rejected]
    for rejected in snapshot.rejected:
        assert rejected.code in REASONS and rejected.reason
    for record in snapshot.records:
        assert math.isfinite(record.lon) and math.isfinite(record.lat)
        assert -180 <= record.lon <= 180 and -90 <= record.lat <= 90
        when = getattr(record, "updated_at", None) or getattr(record, "reported_at", None)
        if when is not None:  # what the unit list and fetchunits do with it
            when.astimezone(timezone.utc)
            when.astimezone()


@settings(max_examples=300)
@given(features(), st.sampled_from(["units", "incidents"]), st.sampled_from(["wgs84", "gcj02", "bd09"]))
def test_every_geojson_record_is_accepted_or_rejected_with_a_reason(items, kind, system):
    body = encoded({"type": "FeatureCollection", "features": items})
    assert_total(parse_snapshot("geojson", kind, body, NOW, system), len(items))


@settings(max_examples=200)
@given(features())
def test_every_sensorthings_thing_is_accepted_or_rejected_with_a_reason(items):
    things = []
    for item in items:
        if isinstance(item, dict) and isinstance(item.get("properties"), dict):
            item = {
                "@iot.id": item.get("id"),
                "properties": item["properties"],
                "Locations": [{"location": item.get("geometry")}],
                "HistoricalLocations": item["properties"].pop(
                    "historical", [{"time": "2024-05-20T09:29:50Z"}]
                ),
            }
        things.append(item)
    body = encoded({"value": things})
    assert_total(parse_snapshot("sensorthings", "units", body, NOW), len(things))


@settings(max_examples=300)
@given(json_values | st.binary(max_size=200).map(lambda b: b), st.sampled_from(sorted(FORMATS)))
def test_any_body_is_a_snapshot_or_one_feed_error(doc, kind):
    body = doc if isinstance(doc, bytes) else encoded(doc)
    try:
        snapshot = parse_snapshot(kind, "units", body, NOW)
    except FeedError as e:
        assert str(e)  # one clear message
        return
    assert snapshot.kind == "units"
    assert_total(snapshot, len(snapshot.records) + len(snapshot.rejected))


@settings(max_examples=500)
@given(st.binary(max_size=80) | st.text(max_size=80))
def test_header_values_of_any_bytes_never_raise(value):
    retry = parse_retry_after(value, NOW)
    assert retry is None or 0.0 <= retry <= 3600.0
    length = parse_content_length(value)
    assert length is None or length >= 0
    when = parse_http_date(value)
    assert when is None or when.tzinfo is not None
    if when is not None:
        clock_skew_s(when, NOW)


@settings(max_examples=300)
@given(json_values, st.sampled_from([None, NOW - timedelta(days=40000), NOW + timedelta(minutes=2)]))
def test_times_are_parsed_or_refused_never_raised(value, server_time):
    try:
        when = parse_iso_time(value, "updated_at")
    except Exception as e:  # noqa: BLE001 - the one allowed failure is a record rejection
        assert type(e).__name__ == "_RecordError"
        return
    when.astimezone(timezone.utc)
    if server_time is not None:
        clock_skew_s(server_time, NOW)
