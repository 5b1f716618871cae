"""Issue 10, items 6–13: one bad record must never cost the others. Each test here failed on the
code before its fix; the property test at the end (tests/core/test_feed_properties.py) tries the
same class of fault over arbitrary JSON and header bytes."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from plugin.core.feed import (
    FeedError,
    FeedSource,
    parse_content_length,
    parse_http_date,
    parse_retry_after,
    redact_url,
    url_problem,
)
from plugin.core.feed_formats import endpoints, parse_snapshot
from plugin.core.feed_formats.geojson import parse_incidents, parse_units
from plugin.core.feed_formats.sensorthings import parse_sensorthings_units

NOW = datetime(2024, 5, 20, 9, 30, tzinfo=timezone.utc)
T = "2024-05-20T09:29:50Z"
HUGE = "1" + "0" * 400  # 1e400 written as an integer: no float holds it
ENORMOUS = "7" * 5000  # more digits than Python turns into an int by default (4,300)


def unit(uid, lon=24.9412, lat=60.1699, **props) -> str:
    """A unit Feature as JSON text, so a test can put any literal into any field."""
    p = {"unit_id": json.dumps(uid), "status": '"available"', "updated_at": json.dumps(T)}
    p.update(props)
    body = ", ".join(f'"{k}": {v}' for k, v in p.items())
    return (
        '{"type": "Feature", "properties": {' + body + "}, "
        f'"geometry": {{"type": "Point", "coordinates": [{lon}, {lat}]}}}}'
    )


def collection(*features: str, extra: str = "") -> bytes:
    return ('{"type": "FeatureCollection", ' + extra + '"features": [' + ", ".join(features) + "]}").encode()


def codes(snapshot) -> dict:
    return {r.record_id: (r.code, r.args.get("field")) for r in snapshot.rejected}


# --- 6: numbers no float holds ------------------------------------------------------------------


@pytest.mark.parametrize("field", ["speed_kmh", "heading_deg"])
def test_6_a_309_digit_number_rejects_that_unit_only(field):
    snap = parse_units(collection(unit("GOOD"), unit("BIG", **{field: HUGE})), NOW)
    assert [r.unit_id for r in snap.records] == ["GOOD"]
    assert codes(snap) == {"BIG": ("bad_value", field)}
    assert "1000000" in snap.rejected[0].reason and len(snap.rejected[0].reason) < 120


@pytest.mark.parametrize(("lon", "lat"), [(HUGE, 60.17), (24.94, "-" + HUGE)])
def test_6_a_309_digit_coordinate_rejects_that_unit_only(lon, lat):
    snap = parse_units(collection(unit("GOOD"), unit("BIG", lon=lon, lat=lat)), NOW)
    assert [r.unit_id for r in snap.records] == ["GOOD"]
    assert codes(snap)["BIG"][0] == "not_finite"


def test_6_a_309_digit_incident_priority_rejects_that_incident_only():
    incident = (
        '{"type": "Feature", "properties": {"incident_id": "I-2", "reported_at": "2024-05-20T09:00:00Z", "priority": '
        + HUGE
        + "}, "
        '"geometry": {"type": "Point", "coordinates": [24.94, 60.17]}}'
    )
    good = '{"type": "Feature", "properties": {"incident_id": "I-1", "reported_at": "2024-05-20T09:00:00Z", "priority": 1}, "geometry": {"type": "Point", "coordinates": [24.94, 60.17]}}'
    snap = parse_incidents(collection(good, incident), NOW)
    assert [r.incident_id for r in snap.records] == ["I-1"]
    assert codes(snap) == {"I-2": ("bad_value", "priority")}


# --- 7: more digits than Python reads -----------------------------------------------------------


def test_7_a_4301_digit_integer_in_an_unused_property_costs_nothing():
    snap = parse_units(collection(unit("GOOD", note=ENORMOUS), extra=f'"total": {ENORMOUS}, '), NOW)
    assert [r.unit_id for r in snap.records] == ["GOOD"] and not snap.rejected


@pytest.mark.parametrize("field", ["speed_kmh", "unit_id", "callsign"])
def test_7_a_4301_digit_integer_in_a_used_field_rejects_that_record(field):
    other = unit("BIG", **{field: ENORMOUS}) if field != "unit_id" else unit("X").replace('"X"', ENORMOUS)
    snap = parse_units(collection(unit("GOOD"), other), NOW)
    assert [r.unit_id for r in snap.records] == ["GOOD"]
    (rejected,) = snap.rejected
    assert rejected.args.get("field") == field
    assert "5000 digits" in rejected.reason  # said, not printed: the message stays short
    assert len(rejected.reason) < 120


def test_7_a_4301_digit_coordinate_rejects_that_record():
    snap = parse_units(collection(unit("GOOD"), unit("BIG", lon=ENORMOUS)), NOW)
    assert [r.unit_id for r in snap.records] == ["GOOD"]
    assert codes(snap)["BIG"][0] == "bad_coordinates"


# --- 8: times no clock ever showed --------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "0001-01-01T00:00:00Z",
        "0001-01-01T00:00:00+01:00",
        "1970-01-01T00:00:00Z",
        "0001-01-01T00:30:00-14:00",
    ],
)
def test_8_an_unset_clock_rejects_the_unit_with_a_reason(value):
    snap = parse_units(collection(unit("GOOD"), unit("NOCLOCK", updated_at=json.dumps(value))), NOW)
    assert [r.unit_id for r in snap.records] == ["GOOD"]
    assert codes(snap) == {"NOCLOCK": ("unset_clock", "updated_at")}
    assert value in snap.rejected[0].reason


def test_8_every_accepted_time_converts_to_utc_and_local_time():
    # What the GUI thread and fetchunits do with every accepted time: must never raise.
    snap = parse_units(
        collection(unit("A", updated_at='"2000-01-01T00:00:00+14:00"'), unit("B")),
        datetime(2000, 1, 1, 0, 0, tzinfo=timezone.utc),
    )
    for record in snap.records:
        record.updated_at.astimezone(timezone.utc)
        record.updated_at.astimezone()


def test_8_an_unset_clock_in_an_incident_is_rejected_too():
    incident = '{"type": "Feature", "properties": {"incident_id": "I-1", "reported_at": "0001-01-01T00:00:00+01:00"}, "geometry": {"type": "Point", "coordinates": [24.94, 60.17]}}'
    snap = parse_incidents(collection(incident), NOW)
    assert not snap.records and codes(snap) == {"I-1": ("unset_clock", "reported_at")}


# --- 9: SensorThings ------------------------------------------------------------------------------


def thing(n, historical='[{"time": "' + T + '"}]', locations=None) -> str:
    locations = (
        locations
        or '[{"encodingType": "application/geo+json", "location": {"type": "Point", "coordinates": [24.94, 60.17]}}]'
    )
    return (
        f'{{"@iot.id": {n}, "name": "P{n}", "properties": {{"unit_id": "U-{n}", "status": "available"}}, '
        f'"Locations": {locations}, "HistoricalLocations": {historical}}}'
    )


@pytest.mark.parametrize("historical", ["7", "true", '"yesterday"', '{"time": "x"}', HUGE, ENORMOUS])
def test_9_historical_locations_of_the_wrong_type_lose_that_thing_only(historical):
    page = ('{"value": [' + thing(1) + ", " + thing(2, historical) + ", " + thing(3) + "]}").encode()
    snap = parse_sensorthings_units(page, NOW)
    assert sorted(r.unit_id for r in snap.records) == ["U-1", "U-3"]
    assert codes(snap) == {"U-2": ("bad_list", "HistoricalLocations")}


@pytest.mark.parametrize(
    "locations", ["7", '[{"location": {"type": "Point", "coordinates": [' + HUGE + ", 60]}}]"]
)
def test_9_locations_of_the_wrong_type_lose_that_thing_only(locations):
    page = ('{"value": [' + thing(1) + ", " + thing(2, locations=locations) + "]}").encode()
    snap = parse_sensorthings_units(page, NOW)
    assert [r.unit_id for r in snap.records] == ["U-1"] and [r.record_id for r in snap.rejected] == ["U-2"]


# --- 10: header bytes ----------------------------------------------------------------------------


@pytest.mark.parametrize("value", [b"\xb2", "\xb2", b"1\xb2", "٣", b"\xff\xfe", b"9" * 5000, b"-5", b"1e3"])
def test_10_a_header_that_is_not_ascii_digits_is_not_a_number(value):
    assert parse_retry_after(value) in (None, 3600.0)
    assert parse_content_length(value) is None or value == b"9" * 5000


def test_10_readable_headers_still_read():
    assert parse_retry_after(b"30") == 30.0
    assert parse_content_length(b" 1024 ") == 1024
    assert parse_http_date(b"Mon, 20 May 2024 09:30:00 GMT") == NOW
    assert parse_http_date(b"Mon, 20 May 99999 09:30:00 GMT") is None
    assert parse_http_date("\xb2") is None


# --- 12: clock skew ------------------------------------------------------------------------------


def test_12_a_server_clock_two_minutes_behind_is_measured_and_corrected():
    behind = NOW - timedelta(minutes=2)
    reported = (behind - timedelta(seconds=5)).isoformat()
    body = collection(unit("U-1", updated_at=json.dumps(reported)))
    snap = parse_snapshot("geojson", "units", body, NOW, server_time=behind)
    assert snap.clock_skew_s == pytest.approx(-120.0)
    # aged against the server's clock: 5 s old, in this computer's clock
    assert snap.records[0].updated_at == NOW - timedelta(seconds=5)
    assert snap.fetched_at == NOW


def test_12_a_server_clock_ahead_does_not_make_its_reports_future():
    ahead = NOW + timedelta(minutes=10)
    body = collection(unit("U-1", updated_at=json.dumps(ahead.isoformat())))
    snap = parse_snapshot("geojson", "units", body, NOW, server_time=ahead)
    assert not snap.rejected and snap.records[0].updated_at == NOW
    assert snap.clock_skew_s == pytest.approx(600.0)


def test_12_a_few_seconds_of_difference_is_not_skew():
    body = collection(unit("U-1"))
    snap = parse_snapshot("geojson", "units", body, NOW, server_time=NOW - timedelta(seconds=3))
    assert snap.clock_skew_s == 0.0
    assert snap.records[0].updated_at == datetime(2024, 5, 20, 9, 29, 50, tzinfo=timezone.utc)


# --- 13: secrets in the URL ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://cad.local/api?api_key=s3cr3t",
        "http://cad.local/api?token=s3cr3t&x=1",
        "https://cad.local/sta/v1.1?access_token=s3cr3t",
        "http://cad.local/api?KEY=s3cr3t",
    ],
)
def test_13_a_secret_in_the_query_is_refused_and_named_masked(url):
    code, args = url_problem(url)
    assert code == "secret_in_url"
    assert "s3cr3t" not in json.dumps(args) and "s3cr3t" not in redact_url(url)


def test_13_other_query_parameters_go_after_the_endpoint_path():
    urls = endpoints(FeedSource("http://cad.local/api?district=7"))
    assert urls == {
        "units": "http://cad.local/api/units?district=7",
        "incidents": "http://cad.local/api/incidents?district=7",
    }
    assert url_problem("http://cad.local/api?district=7") is None


# --- the body as a whole ------------------------------------------------------------------------


def test_a_body_nested_too_deep_is_one_clear_error():
    with pytest.raises(FeedError) as info:
        parse_units(b"[" * 100_000 + b"]" * 100_000, NOW)
    assert info.value.code == "invalid_json"
