"""Attribute rules: maxspeed and oneway parsing, and which speed a road ends up with."""

from __future__ import annotations

import math

import pytest

from plugin.core.speeds import (
    DEFAULT_HIGHWAY_KMH,
    SpeedRules,
    parse_maxspeed,
    parse_oneway,
    resolve_direction,
    resolve_speed,
)

MPH = 1.609344


@pytest.mark.parametrize(
    "value, expected",
    [
        ("50", 50.0),
        (" 50 ", 50.0),
        ("50 km/h", 50.0),
        ("50km/h", 50.0),
        ("50 kmh", 50.0),
        ("50 kph", 50.0),
        ("30 mph", 30 * MPH),
        ("30mph", 30 * MPH),
        ("20 knots", 20 * 1.852),
        ("7.5", 7.5),
        ("7,5", 7.5),
        (50, 50.0),
        (42.5, 42.5),
        ("walk", 6.0),
        ("WALK", 6.0),
        ("none", None),
        ("signals", None),
        ("variable", None),
        ("RU:urban", 60.0),
        ("RU:rural", 90.0),
        ("RU:motorway", 110.0),
        ("RU:living_street", 20.0),
        ("ru:urban", 60.0),
        ("FI:urban", 50.0),
        ("FI:rural", 80.0),
        ("DE:motorway", None),  # no general limit on German motorways
        ("GB:nsl_single", 60 * MPH),
        ("DE:zone30", 30.0),
        ("DE:zone:30", 30.0),
        ("XX:urban", None),
        ("RU:nonsense", None),
        ("50;60", 50.0),
        ("60;50", 50.0),
        ("60; 30 mph", 30 * MPH),
        ("none;40", 40.0),
        ("garbage;70", 70.0),
        (None, None),
        ("", None),
        ("   ", None),
        ("fast", None),
        ("50 furlongs", None),
        ("-30", None),
        ("0", None),
        (0, None),
        (-5, None),
        (float("nan"), None),
        (float("inf"), None),
        (True, None),
        (";", None),
        ("50..60", None),
    ],
)
def test_parse_maxspeed(value, expected):
    got = parse_maxspeed(value)
    if expected is None:
        assert got is None
    else:
        assert got == pytest.approx(expected, rel=1e-12)


def test_parse_maxspeed_never_raises_on_odd_objects():
    class Unprintable:
        def __str__(self):
            raise RuntimeError("boom")

    for value in (Unprintable(), [50], {"a": 1}, b"50", object()):
        result = parse_maxspeed(value)
        assert result is None or (isinstance(result, float) and result > 0)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("yes", (True, False)),
        ("YES", (True, False)),
        (" yes ", (True, False)),
        ("true", (True, False)),
        ("1", (True, False)),
        (1, (True, False)),
        (True, (True, False)),
        ("-1", (False, True)),
        (-1, (False, True)),
        ("reverse", (False, True)),
        ("no", (True, True)),
        ("false", (True, True)),
        ("0", (True, True)),
        (0, (True, True)),
        (False, (True, True)),
        (None, (True, True)),
        ("", (True, True)),
        ("alternating", (True, True)),
        ("reversible", (True, True)),
        ("maybe", (True, True)),
        (2, (True, True)),
    ],
)
def test_parse_oneway(value, expected):
    assert parse_oneway(value) == expected


def test_default_table_shape():
    table = DEFAULT_HIGHWAY_KMH
    for car_class in ("motorway", "trunk", "primary", "secondary", "tertiary", "residential", "service"):
        assert table[car_class] is not None and table[car_class] > 0
    for no_car in (
        "footway",
        "path",
        "cycleway",
        "steps",
        "pedestrian",
        "bridleway",
        "construction",
        "proposed",
        "platform",
        "corridor",
        "elevator",
    ):
        assert table[no_car] is None
    # The road hierarchy is ordered, and ramps are slower than the road they serve.
    order = ["motorway", "trunk", "primary", "secondary", "tertiary", "residential", "living_street"]
    speeds = [table[c] for c in order]
    assert speeds == sorted(speeds, reverse=True)
    for parent in ("motorway", "trunk", "primary", "secondary", "tertiary"):
        assert table[parent + "_link"] < table[parent]


def test_rules_get_their_own_table_copy():
    a = SpeedRules()
    a.highway_kmh["residential"] = 99.0
    assert SpeedRules().highway_kmh["residential"] == DEFAULT_HIGHWAY_KMH["residential"]
    assert DEFAULT_HIGHWAY_KMH["residential"] != 99.0


R = SpeedRules(default_kmh=25.0)


@pytest.mark.parametrize(
    "kwargs, expected",
    [
        # Speed field wins over everything else.
        (
            dict(speed_value=70, maxspeed_value="50", highway_value="residential", highway_field_used=True),
            70.0,
        ),
        (dict(speed_value="35.5"), 35.5),
        (dict(speed_value="35,5"), 35.5),
        # ... even for a class that is otherwise excluded: the user set it on purpose.
        (dict(speed_value=12, highway_value="footway", highway_field_used=True), 12.0),
        # Zero, negative, NaN and unreadable speeds fall through to the next rule.
        (dict(speed_value=0, maxspeed_value="40"), 40.0),
        (dict(speed_value=-10, maxspeed_value="40"), 40.0),
        (dict(speed_value=float("nan"), maxspeed_value="40"), 40.0),
        (dict(speed_value="fast", maxspeed_value="40"), 40.0),
        (dict(speed_value=None, maxspeed_value="30 mph"), 30 * MPH),
        # maxspeed beats the class table.
        (dict(maxspeed_value="70", highway_value="residential", highway_field_used=True), 70.0),
        # The class table when there is no usable maxspeed.
        (dict(maxspeed_value="none", highway_value="primary", highway_field_used=True), 50.0),
        (dict(highway_value="motorway", highway_field_used=True), 80.0),
        (dict(highway_value=" Primary ", highway_field_used=True), 50.0),
        # Classes for feet and bikes are excluded, whatever their maxspeed says.
        (dict(highway_value="footway", highway_field_used=True), None),
        (dict(highway_value="construction", maxspeed_value="50", highway_field_used=True), None),
        # An unknown or missing class takes the default.
        (dict(highway_value="hovercraft_lane", highway_field_used=True), 25.0),
        (dict(highway_value=None, highway_field_used=True), 25.0),
        # Without a highway field the table is not consulted.
        (dict(highway_value="footway", highway_field_used=False), 25.0),
        (dict(highway_value="motorway", highway_field_used=False), 25.0),
        (dict(), 25.0),
    ],
)
def test_resolve_speed(kwargs, expected):
    got = resolve_speed(R, **kwargs)
    if expected is None:
        assert got is None
    else:
        assert got == pytest.approx(expected)


def test_emergency_factor_scales_every_source():
    rules = SpeedRules(default_kmh=20.0, emergency_factor=1.5)
    assert resolve_speed(rules, speed_value=40) == pytest.approx(60.0)
    assert resolve_speed(rules, maxspeed_value="50") == pytest.approx(75.0)
    assert resolve_speed(rules, highway_value="primary", highway_field_used=True) == pytest.approx(75.0)
    assert resolve_speed(rules) == pytest.approx(30.0)
    assert resolve_speed(rules, highway_value="steps", highway_field_used=True) is None


def test_custom_table_entry():
    rules = SpeedRules()
    rules.highway_kmh["track"] = 15.0
    assert resolve_speed(rules, highway_value="track", highway_field_used=True) == 15.0
    rules.highway_kmh["service"] = None
    assert resolve_speed(rules, highway_value="service", highway_field_used=True) is None


def test_resolve_direction_ignore_oneway():
    assert resolve_direction(SpeedRules(), "yes") == (True, False)
    assert resolve_direction(SpeedRules(), "-1") == (False, True)
    assert resolve_direction(SpeedRules(ignore_oneway=True), "yes") == (True, True)
    assert resolve_direction(SpeedRules(ignore_oneway=True), "-1") == (True, True)


def test_results_are_finite_positive_floats():
    for kwargs in (dict(speed_value=5), dict(maxspeed_value="walk"), dict()):
        got = resolve_speed(SpeedRules(), **kwargs)
        assert isinstance(got, float) and math.isfinite(got) and got > 0
