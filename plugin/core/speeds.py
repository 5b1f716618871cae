"""How road attributes become a patrol-car travel speed and driving directions.

Pure functions on plain values, so the rules can be tested without QGIS. The adapter hands
over raw attribute values (``None`` for NULL) and reports the odd ones itself.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

MPH_TO_KMH = 1.609344
KNOT_TO_KMH = 1.852
# OSM "maxspeed=walk": walking pace; a car there crawls behind pedestrians.
WALK_KMH = 6.0

# Urban patrol-car speeds per OSM highway class, in km/h. These are what a car on patrol
# actually averages in a city (junctions, traffic, parking manoeuvres), not posted limits:
# posted limits win when the data has them (maxspeed). ``None`` marks ways a car may not
# use, so they never carry a response route.
DEFAULT_HIGHWAY_KMH: dict[str, float | None] = {
    # Grade-separated roads keep their speed even in town.
    "motorway": 80.0,
    "trunk": 60.0,
    "primary": 50.0,
    "secondary": 45.0,
    "tertiary": 40.0,
    # Ramps are driven slower than the road they serve: curves, merging, lights at the end.
    "motorway_link": 60.0,
    "trunk_link": 45.0,
    "primary_link": 40.0,
    "secondary_link": 35.0,
    "tertiary_link": 30.0,
    "unclassified": 30.0,
    "residential": 30.0,
    # "road" is an untyped way (mapping not finished): assume a plain street.
    "road": 30.0,
    # Shared space with pedestrians: walking pace to little more.
    "living_street": 10.0,
    # Parking aisles, driveways, yards: slow but drivable, and often the last metres to a site.
    "service": 15.0,
    # Bus lanes and busways are open to emergency vehicles in most jurisdictions.
    "busway": 30.0,
    # Not for cars: foot, bike and horse ways, stairs, lifts, indoor corridors, platforms,
    # roads that do not exist yet (construction, proposed) or are gone (abandoned, razed).
    # Tracks are farm and forest ways: a city patrol car is not sent along them by default.
    "track": None,
    "footway": None,
    "pedestrian": None,
    "path": None,
    "cycleway": None,
    "bridleway": None,
    "steps": None,
    "corridor": None,
    "elevator": None,
    "platform": None,
    "bus_stop": None,
    "construction": None,
    "proposed": None,
    "abandoned": None,
    "disused": None,
    "razed": None,
    "raceway": None,
    "bus_guideway": None,
    "escape": None,
    "via_ferrata": None,
}

# OSM implicit limits ("maxspeed=RU:urban"), km/h. Only widely used country zones; an
# unknown code gives None so the highway table decides instead of a guess.
ZONE_KMH: dict[str, dict[str, float | None]] = {
    "RU": {"urban": 60.0, "rural": 90.0, "motorway": 110.0, "living_street": 20.0},
    "UA": {"urban": 50.0, "rural": 90.0, "motorway": 130.0, "living_street": 20.0},
    "BY": {"urban": 60.0, "rural": 90.0, "motorway": 110.0, "living_street": 20.0},
    "KZ": {"urban": 60.0, "rural": 90.0, "motorway": 110.0, "living_street": 20.0},
    "FI": {"urban": 50.0, "rural": 80.0, "motorway": 120.0, "living_street": 20.0},
    "SE": {"urban": 50.0, "rural": 70.0, "motorway": 110.0, "living_street": 7.0},
    "NO": {"urban": 50.0, "rural": 80.0, "motorway": 90.0, "living_street": 8.0},
    "DK": {"urban": 50.0, "rural": 80.0, "motorway": 130.0, "living_street": 15.0},
    "DE": {"urban": 50.0, "rural": 100.0, "motorway": None, "living_street": WALK_KMH},
    "AT": {"urban": 50.0, "rural": 100.0, "motorway": 130.0, "living_street": 5.0},
    "CH": {"urban": 50.0, "rural": 80.0, "motorway": 120.0, "living_street": 20.0},
    "FR": {"urban": 50.0, "rural": 80.0, "motorway": 130.0, "living_street": 20.0},
    "BE": {"urban": 50.0, "rural": 90.0, "motorway": 120.0, "living_street": 20.0},
    "NL": {"urban": 50.0, "rural": 80.0, "motorway": 130.0, "living_street": 15.0},
    "IT": {"urban": 50.0, "rural": 90.0, "motorway": 130.0},
    "ES": {"urban": 50.0, "rural": 90.0, "motorway": 120.0, "living_street": 20.0},
    "PL": {"urban": 50.0, "rural": 90.0, "motorway": 140.0, "living_street": 20.0},
    "CZ": {"urban": 50.0, "rural": 90.0, "motorway": 130.0, "living_street": 20.0},
    "EE": {"urban": 50.0, "rural": 90.0, "motorway": 110.0, "living_street": 20.0},
    "LV": {"urban": 50.0, "rural": 90.0, "motorway": 110.0, "living_street": 20.0},
    "LT": {"urban": 50.0, "rural": 90.0, "motorway": 130.0, "living_street": 20.0},
    "GB": {
        "urban": 30 * MPH_TO_KMH,
        "nsl_single": 60 * MPH_TO_KMH,
        "nsl_dual": 70 * MPH_TO_KMH,
        "rural": 60 * MPH_TO_KMH,
        "motorway": 70 * MPH_TO_KMH,
    },
    "CN": {"urban": 50.0, "rural": 70.0, "motorway": 120.0},
}

_NUMBER_UNIT = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*([a-z/]*)\s*$")
_ZONE_NUMBER = re.compile(r"^[a-z]{2}:zone:?(\d+)$")
_UNITS = {
    "": 1.0,
    "km/h": 1.0,
    "kmh": 1.0,
    "kph": 1.0,
    "kmph": 1.0,
    "mph": MPH_TO_KMH,
    "knots": KNOT_TO_KMH,
    "knot": KNOT_TO_KMH,
    "kn": KNOT_TO_KMH,
}

_ONEWAY_FORWARD = frozenset({"yes", "true", "1"})
_ONEWAY_BACKWARD = frozenset({"-1", "reverse"})


def _positive_number(value) -> float | None:
    """A finite number > 0 from a number or numeric string, else None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        try:
            number = float(str(value).strip().replace(",", "."))
        except (TypeError, ValueError):
            return None
    if not math.isfinite(number) or number <= 0:
        return None
    return number


def _parse_one_maxspeed(text: str) -> float | None:
    if text == "walk":
        return WALK_KMH
    # "none" (no limit) and "signals" (variable signs) say nothing usable about speed.
    if text in ("none", "signals", "variable", "unposted", "implicit"):
        return None
    match = _NUMBER_UNIT.match(text)
    if match:
        number, unit = match.groups()
        factor = _UNITS.get(unit)
        if factor is None:
            return None
        kmh = float(number.replace(",", ".")) * factor
        return kmh if kmh > 0 else None
    zone = _ZONE_NUMBER.match(text)
    if zone:
        kmh = float(zone.group(1))
        return kmh if kmh > 0 else None
    if ":" in text:
        country, _, kind = text.partition(":")
        return ZONE_KMH.get(country.upper(), {}).get(kind)
    return None


def parse_maxspeed(value) -> float | None:
    """km/h from an OSM ``maxspeed`` value, or None when it gives no usable speed.

    Accepts plain numbers, units (km/h, mph, knots), ``walk``, country zone codes
    (``RU:urban``) and ``;``-separated lists, of which the lowest applies. Never raises.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return _positive_number(value)
    try:
        text = str(value).strip().lower()
    except Exception:  # noqa: BLE001 - an attribute whose str() fails is just bad data
        return None
    if not text:
        return None
    speeds = [_parse_one_maxspeed(part.strip()) for part in text.split(";")]
    speeds = [s for s in speeds if s is not None]
    return min(speeds) if speeds else None


def parse_oneway(value) -> tuple[bool, bool]:
    """(forward allowed, backward allowed) from an OSM-style ``oneway`` value.

    Anything not clearly one-way stays two-way: a wrongly closed street is worse for
    response planning than a wrongly open one, which the map reader can spot.
    """
    if value is None:
        return True, True
    if isinstance(value, bool):
        return (True, False) if value else (True, True)
    if isinstance(value, (int, float)):
        if value == 1:
            return True, False
        if value == -1:
            return False, True
        return True, True
    try:
        text = str(value).strip().lower()
    except Exception:  # noqa: BLE001 - odd attribute objects are bad data, not errors
        return True, True
    if text in _ONEWAY_FORWARD:
        return True, False
    if text in _ONEWAY_BACKWARD:
        return False, True
    return True, True


@dataclass
class SpeedRules:
    default_kmh: float = 30.0
    highway_kmh: dict[str, float | None] = field(default_factory=lambda: dict(DEFAULT_HIGHWAY_KMH))
    # Blue lights: a factor > 1 for emergency driving, applied to every speed.
    emergency_factor: float = 1.0
    # Emergency vehicles may be allowed against one-way traffic.
    ignore_oneway: bool = False


def _highway_class(value) -> str:
    if value is None:
        return ""
    try:
        return str(value).strip().lower()
    except Exception:  # noqa: BLE001 - odd attribute objects are bad data, not errors
        return ""


def resolve_speed(
    rules: SpeedRules,
    speed_value=None,
    maxspeed_value=None,
    highway_value=None,
    highway_field_used: bool = False,
) -> float | None:
    """Travel speed in km/h for one road, or None when cars may not use it.

    Order: an explicit speed field (> 0); a highway class the table marks as not for cars
    (excluded even if it has a maxspeed: OSM keeps ``maxspeed`` on roads under
    construction and on footways with a legal limit); OSM ``maxspeed``; the per-class
    table; the default. The result is multiplied by ``rules.emergency_factor``.
    """
    factor = rules.emergency_factor
    speed = _positive_number(speed_value)
    if speed is not None:
        return speed * factor
    known_class = False
    class_kmh: float | None = None
    if highway_field_used:
        name = _highway_class(highway_value)
        if name in rules.highway_kmh:
            known_class = True
            class_kmh = rules.highway_kmh[name]
            if class_kmh is None:
                return None
    maxspeed = parse_maxspeed(maxspeed_value)
    if maxspeed is not None:
        return maxspeed * factor
    if known_class and class_kmh is not None and class_kmh > 0:
        return float(class_kmh) * factor
    return float(rules.default_kmh) * factor


def resolve_direction(rules: SpeedRules, oneway_value=None) -> tuple[bool, bool]:
    """(forward, backward) for one road, honouring ``rules.ignore_oneway``."""
    if rules.ignore_oneway:
        return True, True
    return parse_oneway(oneway_value)
