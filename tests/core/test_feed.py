"""The dispatch feed's pure logic: parsing and validation, coordinate systems, SensorThings,
the retry policy and the merge rule. No QGIS, no network (tests/qgis and
tests/core/test_dispatch_sim.py go through real HTTP)."""

from __future__ import annotations

import json
import math
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from plugin.core.cn_coords import (
    bd09_to_gcj02,
    bd09_to_wgs84,
    from_wgs84,
    gcj02_to_bd09,
    gcj02_to_wgs84,
    ground_distance_m,
    to_wgs84,
    wgs84_to_bd09,
    wgs84_to_gcj02,
)
from plugin.core.feed import (
    BACKOFF_CAP_S,
    FeedError,
    FeedSource,
    IncidentRecord,
    Snapshot,
    UnitRecord,
    backoff_delay,
    merge_incidents,
    merge_units,
    next_poll_delay,
    parse_iso_time,
    parse_retry_after,
    redact_url,
    url_problem,
)
from plugin.core.feed_formats import endpoints
from plugin.core.feed_formats.geojson import parse_incidents, parse_units
from plugin.core.feed_formats.sensorthings import parse_sensorthings_units, sensorthings_things_url

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2024, 5, 20, 9, 30, tzinfo=timezone.utc)
T = "2024-05-20T09:29:50Z"


def unit(uid="U-01", lon=24.9412, lat=60.1699, **props):
    p = {
        "unit_id": uid,
        "callsign": "Patrol 1",
        "kind": "car",
        "status": "available",
        "heading_deg": 87.3,
        "speed_kmh": 32.0,
        "updated_at": T,
    }
    p.update(props)
    p = {k: v for k, v in p.items() if v is not ...}
    return {"type": "Feature", "properties": p, "geometry": {"type": "Point", "coordinates": [lon, lat]}}


def collection(*features) -> bytes:
    return json.dumps({"type": "FeatureCollection", "features": list(features)}).encode()


def reasons(snapshot: Snapshot) -> dict:
    return {r.record_id: r.code for r in snapshot.rejected}


# --- parsing ---------------------------------------------------------------------------------


def test_a_good_unit_becomes_a_record_with_every_field():
    snap = parse_units(collection(unit()), NOW)
    assert snap.kind == "units" and snap.fetched_at == NOW and snap.rejected == []
    assert snap.records == [
        UnitRecord(
            "U-01",
            24.9412,
            60.1699,
            datetime(2024, 5, 20, 9, 29, 50, tzinfo=timezone.utc),
            "Patrol 1",
            "car",
            "available",
            87.3,
            32.0,
        )
    ]


def test_feature_id_stands_in_for_unit_id_and_numbers_become_text():
    f = unit(unit_id=...)
    f["id"] = 17
    g = unit(unit_id=18.0, lon=24.95)
    snap = parse_units(collection(f, g), NOW)
    assert [r.unit_id for r in snap.records] == ["17", "18"]


def test_optional_fields_may_be_absent_or_null_and_values_are_normalised():
    f = unit(callsign=None, kind=" Car ", status="BUSY", heading_deg=-90.0, speed_kmh=...)
    (record,) = parse_units(collection(f), NOW).records
    assert (record.callsign, record.kind, record.status, record.heading_deg, record.speed_kmh) == (
        None,
        "car",
        "busy",
        270.0,
        None,
    )


@pytest.mark.parametrize(
    "stamp, expected",
    [
        ("2024-05-20T17:29:50+08:00", datetime(2024, 5, 20, 9, 29, 50, tzinfo=timezone.utc)),
        ("2024-05-20T09:29:50.5Z", datetime(2024, 5, 20, 9, 29, 50, 500000, tzinfo=timezone.utc)),
        ("2024-05-20 09:29:50.123456789+0000", datetime(2024, 5, 20, 9, 29, 50, 123456, tzinfo=timezone.utc)),
        ("2024-05-20T04:29-05:00", datetime(2024, 5, 20, 9, 29, tzinfo=timezone.utc)),
    ],
)
def test_iso_times_with_any_zone_notation(stamp, expected):
    assert parse_iso_time(stamp) == expected


def _hostile_records() -> list:
    f = unit
    no_geometry = f("BAD-no-geometry")
    no_geometry["geometry"] = None
    return [
        (f(uid=None, unit_id=...), None, "no_id"),
        (f("BAD-nan", lon=float("nan")), "BAD-nan", "not_finite"),
        (f("BAD-inf", lat=float("inf")), "BAD-inf", "not_finite"),
        (f("BAD-range", lon=224.9), "BAD-range", "out_of_range"),
        (f("BAD-text", lon="24.94", lat="60.17"), "BAD-text", "text_coordinates"),
        (f("BAD-bool", lon=True), "BAD-bool", "bad_coordinates"),
        (f("BAD-swapped-china", lon=39.9, lat=116.4), "BAD-swapped-china", "swapped"),
        (f("BAD-time", updated_at="yesterday at 9"), "BAD-time", "bad_time"),
        (f("BAD-epoch", updated_at=1716197390), "BAD-epoch", "bad_time"),
        (f("BAD-month", updated_at="2024-13-20T09:29:50Z"), "BAD-month", "bad_time"),
        (f("BAD-zone", updated_at="2024-05-20T09:29:50"), "BAD-zone", "no_zone"),
        (f("BAD-no-time", updated_at=...), "BAD-no-time", "no_time"),
        (f("BAD-future", updated_at="2024-05-21T09:29:50Z"), "BAD-future", "future_time"),
        (f("BAD-status", status="lunch"), "BAD-status", "unknown_value"),
        (f("BAD-kind", kind="tank"), "BAD-kind", "unknown_value"),
        (f("BAD-speed", speed_kmh=-12), "BAD-speed", "bad_value"),
        (f("BAD-speed-text", speed_kmh="fast"), "BAD-speed-text", "bad_number"),
        (f("BAD-heading-nan", heading_deg=float("nan")), "BAD-heading-nan", "bad_number"),
        (no_geometry, "BAD-no-geometry", "no_geometry"),
        (
            f("BAD-line")
            | {"geometry": {"type": "LineString", "coordinates": [[24.9, 60.1], [24.91, 60.1]]}},
            "BAD-line",
            "not_point",
        ),
        (
            f("BAD-one-coordinate") | {"geometry": {"type": "Point", "coordinates": [24.9]}},
            "BAD-one-coordinate",
            "no_coordinates",
        ),
        (f("BAD-null-island", lon=0, lat=0), "BAD-null-island", "null_island"),
        (f("BAD-callsign", callsign={"a": 1}), "BAD-callsign", "bad_text"),
        (f("BAD-id", unit_id=["x"]), None, "bad_id"),
        ("not a feature", None, "not_feature"),
        ({"type": "Feature", "properties": "x", "geometry": None}, None, "not_feature"),
    ]


def test_every_hostile_record_is_rejected_with_its_reason_and_the_good_ones_land():
    hostile = _hostile_records()
    good = [unit("U-01"), unit("U-02", lon=24.95), unit("U-03", lat=60.16)]
    payload = json.dumps(
        {"type": "FeatureCollection", "features": good + [h[0] for h in hostile]}, allow_nan=True
    ).encode()
    snap = parse_units(payload, NOW)
    assert [r.unit_id for r in snap.records] == ["U-01", "U-02", "U-03"]
    assert len(snap.rejected) == len(hostile)
    for rejected, (_, record_id, code) in zip(snap.rejected, hostile):
        assert (rejected.record_id, rejected.code) == (record_id, code), rejected
        assert rejected.index == 3 + hostile.index((_, record_id, code))
        assert rejected.reason and not re.search(r"\{[a-z_]+\}", rejected.reason)  # all filled in
    by_id = {r.record_id: r for r in snap.rejected}
    assert by_id["BAD-nan"].reason == "coordinates are not finite numbers (NaN, 60.1699)"
    assert by_id["BAD-status"].reason == "unknown status “lunch” (expected available|busy|offline)"
    assert by_id["BAD-line"].reason == "geometry is LineString, not a Point"
    assert by_id["BAD-future"].reason.startswith("updated_at is 1439 min in the future")


def test_a_swap_that_fits_both_ranges_is_caught_against_the_rest_of_the_feed():
    helsinki = [unit(f"U-0{i}", lon=24.94 + i / 1000, lat=60.17) for i in range(4)]
    swapped = unit("U-09", lon=60.171, lat=24.941)
    snap = parse_units(collection(*helsinki, swapped), NOW)
    assert reasons(snap) == {"U-09": "swapped"}
    assert len(snap.records) == 4


def test_a_declared_jurisdiction_extent_catches_swaps_in_small_feeds():
    area = (24.90, 60.15, 25.00, 60.20)
    snap = parse_units(collection(unit("U-09", lon=60.171, lat=24.941)), NOW, area=area)
    assert reasons(snap) == {"U-09": "swapped"}
    # a unit simply outside the area (on its way to a hospital) is kept
    snap = parse_units(collection(unit("U-08", lon=24.80, lat=60.25)), NOW, area=area)
    assert snap.rejected == [] and len(snap.records) == 1


def test_duplicates_keep_the_newest_report_whatever_the_order():
    older = unit("U-01", lon=24.90, updated_at="2024-05-20T09:29:00Z")
    newer = unit("U-01", lon=24.95, updated_at="2024-05-20T09:29:40Z")
    for features in ((older, newer), (newer, older)):
        snap = parse_units(collection(*features), NOW)
        assert [(r.unit_id, r.lon) for r in snap.records] == [("U-01", 24.95)]
        (dup,) = snap.rejected
        assert dup.code == "duplicate" and dup.record_id == "U-01"
        assert dup.index == features.index(older) and dup.args["kept"] == features.index(newer)


@pytest.mark.parametrize(
    "payload, code",
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b'{"type": "FeatureCollection", "features": [', "invalid_json"),
        (b"\xff\xfe{}", "not_utf8"),
        (b"[1, 2]", "not_collection"),
        (b'{"type": "Feature"}', "not_collection"),
        (b'{"type": "FeatureCollection"}', "not_collection"),
        (b'{"units": []}', "not_collection"),
    ],
)
def test_an_unusable_answer_raises_a_feed_error_that_says_why(payload, code):
    with pytest.raises(FeedError) as info:
        parse_units(payload, NOW)
    assert info.value.code == code
    if code == "invalid_json":
        assert str(info.value).startswith("invalid JSON at line 1, column 44: Expecting value")
    if payload == b'{"units": []}':
        assert str(info.value) == 'not a GeoJSON FeatureCollection: the answer begins {"units": []}'


def test_a_utf8_bom_and_chinese_text_are_fine():
    payload = b"\xef\xbb\xbf" + collection(unit(callsign="巡逻1号"))
    assert parse_units(payload, NOW).records[0].callsign == "巡逻1号"


def test_incidents_parse_and_validate_with_their_own_fields():
    def incident(iid, **props):
        p = {
            "incident_id": iid,
            "kind": "盗窃 theft",
            "priority": 2,
            "status": "open",
            "reported_at": "2024-05-20T17:12:00+08:00",
            "address": "Aleksanterinkatu 52",
            "assigned_unit": None,
        }
        p.update(props)
        return {
            "type": "Feature",
            "properties": p,
            "geometry": {"type": "Point", "coordinates": [24.944, 60.168]},
        }

    snap = parse_incidents(
        collection(
            incident("I-1"),
            incident("I-2", priority=4),
            incident("I-3", status="solved"),
            incident("I-4", priority=1.5),
            incident("I-5", reported_at="noon"),
            incident("I-6", status="ASSIGNED", assigned_unit="U-03"),
        ),
        NOW,
    )
    assert snap.kind == "incidents"
    assert snap.records[0] == IncidentRecord(
        "I-1",
        24.944,
        60.168,
        datetime(2024, 5, 20, 9, 12, tzinfo=timezone.utc),
        "盗窃 theft",
        2,
        "open",
        "Aleksanterinkatu 52",
        None,
    )
    assert snap.records[1].status == "assigned" and snap.records[1].assigned_unit == "U-03"
    assert reasons(snap) == {
        "I-2": "bad_value",
        "I-3": "unknown_value",
        "I-4": "bad_value",
        "I-5": "bad_time",
    }


def test_the_simulators_hostile_records_cover_every_reason_it_claims():
    sys.path.insert(0, str(ROOT / "tools"))
    from feedsim.server import hostile_features

    features = [unit("U-01"), unit("U-02", lon=24.95), unit("U-03", lat=60.16)]
    features += hostile_features(24.9412, 60.1699, NOW)
    snap = parse_units(json.dumps({"type": "FeatureCollection", "features": features}).encode(), NOW)
    assert len(snap.records) == 3
    assert {r.code for r in snap.rejected} >= {
        "no_id",
        "not_finite",
        "out_of_range",
        "text_coordinates",
        "swapped",
        "bad_time",
        "no_zone",
        "future_time",
        "unknown_value",
        "bad_value",
        "no_geometry",
        "not_point",
        "null_island",
        "not_feature",
    }


# --- GCJ-02 / BD-09 ----------------------------------------------------------------------------
# Reference pairs: the published outputs of the widely used coordtransform library for
# (116.404, 39.915) near Tiananmen.


def test_wgs84_to_gcj02_matches_the_published_reference():
    lon, lat = wgs84_to_gcj02(116.404, 39.915)
    assert lon == pytest.approx(116.41024449916938, abs=1e-12)
    assert lat == pytest.approx(39.91640428150164, abs=1e-12)


def test_gcj02_to_bd09_matches_the_published_reference():
    lon, lat = gcj02_to_bd09(116.404, 39.915)
    assert lon == pytest.approx(116.41036949371029, abs=1e-12)
    assert lat == pytest.approx(39.92133699351021, abs=1e-12)


def test_inverses_agree_with_the_published_one_step_ones_to_a_few_centimetres():
    # The references are single-step approximations; ours iterate, so they differ by centimetres.
    lon, lat = gcj02_to_wgs84(116.404, 39.915)
    assert ground_distance_m(lon, lat, 116.39775550083061, 39.91359571849836) < 0.2
    lon, lat = bd09_to_gcj02(116.404, 39.915)
    assert ground_distance_m(lon, lat, 116.39762729119315, 39.90865673957631) < 0.2


def test_round_trips_are_exact_to_well_under_half_a_metre_across_china():
    rng = random.Random(3)
    for _ in range(500):
        lon, lat = rng.uniform(73.7, 134.7), rng.uniform(18.2, 53.5)
        for forward, backward in ((wgs84_to_gcj02, gcj02_to_wgs84), (wgs84_to_bd09, bd09_to_wgs84)):
            back = backward(*forward(lon, lat))
            assert ground_distance_m(lon, lat, *back) < 0.005, (lon, lat, forward.__name__)
        shift = ground_distance_m(lon, lat, *wgs84_to_gcj02(lon, lat))
        assert 1.0 < shift < 1000.0  # the GCJ offset is real and of the known size


def test_no_shift_outside_china_and_unknown_systems_are_refused():
    assert wgs84_to_gcj02(24.94, 60.17) == (24.94, 60.17)
    assert to_wgs84(24.94, 60.17, "gcj02") == (24.94, 60.17)
    assert to_wgs84(24.94, 60.17, "bd09") == (24.94, 60.17) == wgs84_to_bd09(24.94, 60.17)
    assert from_wgs84(116.4, 39.9, "bd09") != (116.4, 39.9)
    with pytest.raises(ValueError):
        to_wgs84(1, 2, "wgs72")


def test_parse_converts_declared_coordinates_to_wgs84():
    true_lon, true_lat = 116.3975, 39.9087
    for system in ("gcj02", "bd09"):
        lon, lat = from_wgs84(true_lon, true_lat, system)
        (record,) = parse_units(collection(unit(lon=lon, lat=lat)), NOW, coordinates=system).records
        assert ground_distance_m(record.lon, record.lat, true_lon, true_lat) < 0.5


# --- SensorThings --------------------------------------------------------------------------------


def thing(n, **props):
    return {
        "@iot.id": n,
        "name": f"Patrol {n}",
        "properties": {"kind": "car", "status": "busy", **props},
        "Locations": [
            {
                "encodingType": "application/geo+json",
                "location": {"type": "Point", "coordinates": [24.94 + n / 1000, 60.17]},
            }
        ],
        "HistoricalLocations": [{"time": "2024-05-20T09:29:00Z"}, {"time": "2024-05-20T09:29:40Z"}],
    }


def test_sensorthings_things_map_onto_units_across_pages():
    page1 = json.dumps(
        {
            "value": [thing(1), thing(2, unit_id="U-2", callsign="Moto")],
            "@iot.nextLink": "http://x/v1.1/Things?$skip=2",
        }
    ).encode()
    feature_location = thing(3)
    feature_location["Locations"][0]["location"] = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [24.9, 60.2]},
    }
    feature_location["properties"]["updated_at"] = "2024-05-20T09:29:55Z"
    no_location = thing(4)
    no_location["Locations"] = []
    wkt = thing(5)
    wkt["Locations"][0]["encodingType"] = "text/plain"
    page2 = json.dumps({"value": [feature_location, no_location, wkt]}).encode()
    snap = parse_sensorthings_units([page1, page2], NOW)
    assert [(r.unit_id, r.callsign, r.status) for r in snap.records] == [
        ("1", "Patrol 1", "busy"),
        ("U-2", "Moto", "busy"),
        ("3", "Patrol 3", "busy"),
    ]
    assert snap.records[0].updated_at == datetime(
        2024, 5, 20, 9, 29, 40, tzinfo=timezone.utc
    )  # newest history
    assert snap.records[2].updated_at == datetime(
        2024, 5, 20, 9, 29, 55, tzinfo=timezone.utc
    )  # property wins
    assert (snap.records[2].lon, snap.records[2].lat) == (24.9, 60.2)
    assert reasons(snap) == {"4": "no_location", "5": "bad_encoding"}
    with pytest.raises(FeedError) as info:
        parse_sensorthings_units(collection(unit()), NOW)
    assert info.value.code == "not_sta"


def test_sensorthings_url_asks_for_locations_and_the_newest_time():
    url = sensorthings_things_url("https://sta.example.org/FROST-Server/v1.1/")
    assert url.startswith(
        "https://sta.example.org/FROST-Server/v1.1/Things?$expand=Locations,HistoricalLocations("
    )
    assert "$orderby=time%20desc;$top=1" in url
    assert (
        sensorthings_things_url("http://h/v1.1/Things?$expand=Locations")
        == "http://h/v1.1/Things?$expand=Locations"
    )
    assert endpoints(FeedSource("http://h/v1.1", kind="sensorthings")) == {
        "units": url.replace("https://sta.example.org/FROST-Server", "http://h")
    }
    assert endpoints(FeedSource("http://cad/api/")) == {
        "units": "http://cad/api/units",
        "incidents": "http://cad/api/incidents",
    }


# --- URLs ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url, code",
    [
        ("http://user:secret@cad.local/api", "credentials_in_url"),
        ("https://token@cad.local/api", "credentials_in_url"),
        ("ftp://cad.local/api", "bad_scheme"),
        ("cad.local/api", "bad_scheme"),
        ("http:///api", "no_host"),
        ("http://cad local/api", "bad_host"),
        ("", "no_url"),
        ("   ", "no_url"),
    ],
)
def test_unusable_urls_are_named(url, code):
    assert url_problem(url)[0] == code


def test_good_urls_pass_and_messages_never_show_secrets():
    assert url_problem("https://cad.local:8443/api/units?district=3") is None
    assert url_problem("http://[::1]:8765") is None and url_problem("http://指挥中心.公安/api") is None
    assert (
        redact_url("http://u:p@cad.local/units?token=abc&district=3")
        == "http://cad.local/units?token=***&district=3"
    )
    assert redact_url("http://cad.local/units?district=3") == "http://cad.local/units?district=3"


# --- retry policy ------------------------------------------------------------------------------


def test_retry_after_in_seconds_or_as_an_http_date():
    assert parse_retry_after("30") == 30.0
    assert parse_retry_after(b"120") == 120.0
    now = datetime(2026, 10, 21, 7, 27, 30, tzinfo=timezone.utc)
    assert parse_retry_after("Wed, 21 Oct 2026 07:28:00 GMT", now) == 30.0
    assert parse_retry_after("Wed, 21 Oct 2026 07:00:00 GMT", now) == 0.0  # in the past
    assert parse_retry_after("99999999") == 3600.0
    for bad in (None, "", "soon", "-5", "1.5"):
        assert parse_retry_after(bad) is None


def test_backoff_grows_exponentially_with_full_jitter_and_a_cap():
    # rand → 1: the ceiling itself; 5 s base doubles per failure until the 60 s cap
    top = [backoff_delay(n, 5.0, rand=lambda: 1.0) for n in range(1, 7)]
    assert top == [10.0, 20.0, 40.0, 60.0, 60.0, 60.0]
    # full jitter: uniform over [0, ceiling], floored at 1 s
    assert backoff_delay(3, 5.0, rand=lambda: 0.5) == 20.0
    assert backoff_delay(3, 5.0, rand=lambda: 0.0) == 1.0
    rng = random.Random(1)
    samples = [backoff_delay(10, 5.0, rand=rng.random) for _ in range(2000)]
    assert max(samples) <= BACKOFF_CAP_S and min(samples) >= 1.0
    assert 27.0 < sum(samples) / len(samples) < 33.0  # mean of U(0, 60)
    assert backoff_delay(10_000, 5.0, rand=lambda: 1.0) == 60.0  # no overflow


def test_next_poll_delay_honours_interval_backoff_and_retry_after():
    assert next_poll_delay(5.0, 0) == 5.0
    assert next_poll_delay(5.0, 0, retry_after_s=30.0) == 30.0
    assert next_poll_delay(5.0, 2, rand=lambda: 1.0) == 20.0
    assert next_poll_delay(5.0, 2, retry_after_s=45.0, rand=lambda: 1.0) == 45.0
    assert next_poll_delay(5.0, 8, retry_after_s=300.0, rand=lambda: 1.0) == 300.0  # the server knows best


# --- merging -------------------------------------------------------------------------------------


def record(uid, minute, lon=24.94):
    return UnitRecord(uid, lon, 60.17, NOW.replace(minute=minute), status="available")


def test_merge_ignores_older_reports_and_marks_missing_units_not_reported():
    current = {"U-1": record("U-1", 20), "U-2": record("U-2", 20), "U-3": record("U-3", 20)}
    snap = Snapshot(
        "units",
        NOW,
        [
            record("U-1", 25, lon=24.95),  # newer: changed
            record("U-2", 15, lon=24.90),  # older: ignored
            record("U-3", 20),  # same
            record("U-4", 21),
        ],
    )  # new
    merge = merge_units(current, snap)
    assert [r.unit_id for r in merge.changed] == ["U-1", "U-4"]
    assert merge.changed[0].lon == 24.95
    assert merge.unchanged_ids == ["U-3"]
    assert merge.outdated_ids == ["U-2"]
    assert merge.not_reported_ids == []
    changed, unchanged, not_reported, outdated, duplicates = merge_units(
        current, Snapshot("units", NOW, [record("U-1", 30)])
    )
    assert not_reported == ["U-2", "U-3"] and outdated == [] and [r.unit_id for r in changed] == ["U-1"]
    assert duplicates == 0
    # The records alone (as the live layers' book passes them) merge the same as their snapshot.
    assert merge_units(current, [record("U-1", 30)]) == merge_units(
        current, Snapshot("units", NOW, [record("U-1", 30)])
    )


def test_merge_of_incidents_takes_every_change_even_with_the_same_time():
    held = IncidentRecord("I-1", 24.9, 60.1, NOW, status="open")
    assigned = IncidentRecord("I-1", 24.9, 60.1, NOW, status="assigned", assigned_unit="U-3")
    merge = merge_incidents({"I-1": held}, Snapshot("incidents", NOW, [assigned]))
    assert merge.changed == [assigned] and merge.outdated_ids == []
    # Within one snapshot, the newer report of an incident wins all the same.
    older = IncidentRecord("I-1", 9.0, 9.0, NOW - timedelta(hours=1), status="open")
    merge = merge_incidents({"I-1": held}, [assigned, older])
    assert merge.changed == [assigned] and merge.duplicates == 1
    assert merge_incidents({"I-1": held}, []).not_reported_ids == ["I-1"]


def test_duplicates_keep_the_newest_and_a_tie_goes_to_the_later_one():
    """One rule for duplicates, in the parser (which names the one left out) and in the merge
    (which the live layers' book calls for snapshots made anywhere)."""
    newest = record("U-1", 25, lon=21.0)
    records = [newest, record("U-1", 15, lon=22.0), record("U-1", 20, lon=23.0)]
    merge = merge_units({}, records)
    assert merge.changed == [newest] and merge.duplicates == 2
    tie = [record("U-1", 20, lon=21.0), record("U-1", 20, lon=22.0)]
    assert merge_units({}, tie).changed == [tie[1]]
    parsed = parse_units(
        collection(*[unit(lon=r.lon, updated_at=r.updated_at.isoformat()) for r in records]), NOW
    )
    assert [r.lon for r in parsed.records] == [21.0]
    assert [(r.index, r.code) for r in parsed.rejected] == [(1, "duplicate"), (2, "duplicate")]
    parsed = parse_units(
        collection(*[unit(lon=r.lon, updated_at=r.updated_at.isoformat()) for r in tie]), NOW
    )
    assert [r.lon for r in parsed.records] == [22.0]


def test_out_of_order_snapshots_never_move_a_unit_back():
    early = parse_units(collection(unit(lon=24.90, updated_at="2024-05-20T09:20:00Z")), NOW)
    late = parse_units(collection(unit(lon=24.95, updated_at="2024-05-20T09:25:00Z")), NOW)
    held: dict = {}
    for snap in (late, early):  # the older answer arrives last
        merge = merge_units(held, snap)
        held.update({r.unit_id: r for r in merge.changed})
    assert held["U-01"].lon == 24.95
    assert merge.outdated_ids == ["U-01"]


def test_ground_distance_is_right_to_half_a_percent():
    # Helsinki cathedral to the railway station, ~ 0.6 km; 1° of latitude ~ 111.2 km
    assert ground_distance_m(0, 0, 0, 1) == pytest.approx(111195, rel=0.005)
    assert math.isclose(ground_distance_m(24.952, 60.170, 24.941, 60.171), 613, rel_tol=0.02)


def test_future_tolerance_is_five_minutes():
    ok = parse_units(collection(unit(updated_at=(NOW + timedelta(minutes=4)).isoformat())), NOW)
    late = parse_units(collection(unit(updated_at=(NOW + timedelta(minutes=6)).isoformat())), NOW)
    assert len(ok.records) == 1 and reasons(late) == {"U-01": "future_time"}
