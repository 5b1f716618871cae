"""The command centre's rules, in one place: how many zones a post answers for, and a zone's
response target. Every algorithm, dock and printed page asks these functions, so no two views
can disagree on them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .schema import DEFAULT_TARGET_MIN, PLATFORM_ZONES_MIN, STATION_ZONES_MAX, STATION_ZONES_MIN

MOBILE_PLATFORM = "mobile_platform"


def is_platform(kind) -> bool:
    """Whether a station of this ``kind`` (as typed in the stations layer) is a mobile platform."""
    return str(kind or "").strip().lower() == MOBILE_PLATFORM


@dataclass(frozen=True)
class StationBounds:
    """Zones per post (网格化巡区): stations and kiosks ``min_zones``–``max_zones`` (6–8), mobile
    platforms at least ``min_platform_zones`` (4) and at most the same maximum."""

    min_zones: int = STATION_ZONES_MIN
    max_zones: int = STATION_ZONES_MAX
    min_platform_zones: int = PLATFORM_ZONES_MIN

    def for_kind(self, kind) -> tuple[int, int]:
        """(minimum, maximum) zones for a station of this kind."""
        low = self.min_platform_zones if is_platform(kind) else self.min_zones
        return low, self.max_zones

    def status(self, kind, count: int) -> str:
        """ "low", "high" or "ok" for a station of this kind holding ``count`` zones."""
        low, high = self.for_kind(kind)
        if count < low:
            return "low"
        if count > high:
            return "high"
        return "ok"

    def problem(self) -> str | None:
        """What is inconsistent in the bounds themselves, in English (None: nothing)."""
        if self.min_zones < 0 or self.min_platform_zones < 0:
            return "a minimum zone count is negative"
        if self.min_zones > self.max_zones:
            return "the minimum number of zones per station is above the maximum"
        if self.min_platform_zones > self.max_zones:
            return "the minimum number of zones per mobile platform is above the maximum"
        return None


def zone_target(attributes: dict, target_field: str = "target_min") -> float:
    """The zone's response target in minutes: its target field when that holds a positive
    number, else by category (key_site 1 / centre 3 / other 5; no category counts as other)."""
    if target_field:
        value = attributes.get(target_field)
        try:
            value = float(value)
        except (TypeError, ValueError):
            value = math.nan
        if math.isfinite(value) and value > 0:
            return value
    category = str(attributes.get("category") or "other").strip().lower()
    return DEFAULT_TARGET_MIN.get(category, DEFAULT_TARGET_MIN["other"])


def key_site_target(value) -> float:
    """A key site's response target in minutes: its own when positive, else the key-site one (1)."""
    try:
        value = float(value)
    except (TypeError, ValueError):
        value = math.nan
    return value if math.isfinite(value) and value > 0 else DEFAULT_TARGET_MIN["key_site"]
