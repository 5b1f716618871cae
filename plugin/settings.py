"""Every setting PatrolMap keeps, with its type and default, under one QgsSettings prefix.

Secrets never come here: dispatch credentials live in QGIS's auth manager, and only the
auth config id is stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qgis.core import QgsSettings

from .core import schema

PREFIX = "PatrolMap/"


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any

    def value(self) -> Any:
        return QgsSettings().value(PREFIX + self.key, self.default, type=type(self.default))

    def set(self, value: Any) -> None:
        QgsSettings().setValue(PREFIX + self.key, value)

    def reset(self) -> None:
        QgsSettings().remove(PREFIX + self.key)


LAST_FOLDER = Setting("last_folder", "")
DEFAULT_SPEED_KMH = Setting("network/default_speed_kmh", 30.0)
SNAP_TOLERANCE_M = Setting("network/snap_tolerance_m", 200.0)
ISOCHRONE_BREAKS = Setting("coverage/breaks", "1,3,5")
SHOW_ISOCHRONES = Setting("coverage/show_isochrones", True)

# The Live dock's dispatch feed. Only the QGIS auth config id is kept, never a credential.
LIVE_URL = Setting("live/url", "")
LIVE_KIND = Setting("live/kind", "geojson")
LIVE_COORDINATES = Setting("live/coordinates", "wgs84")
LIVE_AUTHCFG = Setting("live/authcfg", "")
LIVE_INTERVAL_S = Setting("live/interval_s", 5.0)
LIVE_TIMEOUT_S = Setting("live/timeout_s", 10.0)  # a poll's deadline: min(this, the interval)
LIVE_TRAIL_LENGTH = Setting("live/trail_length", 0)
LIVE_NEAREST_COUNT = Setting("live/nearest_count", 3)
LIVE_COVERAGE_NOW = Setting("live/coverage_now", False)
ZONES_AUTO_CHECK = Setting("zones/auto_check", True)
ZONES_SHOW_MARKERS = Setting("zones/show_markers", True)
ZONES_MIN = Setting("zones/min_zones", schema.STATION_ZONES_MIN)
ZONES_MAX = Setting("zones/max_zones", schema.STATION_ZONES_MAX)
ZONES_MIN_PLATFORM = Setting("zones/min_platform_zones", schema.PLATFORM_ZONES_MIN)
ROSTER_PATTERN = Setting("roster/pattern", "four_two")
ROSTER_CUSTOM_CYCLE = Setting("roster/custom_cycle", "白,白,夜,夜,休×4")
ROSTER_ANCHOR = Setting("roster/anchor", "")  # ISO date 一班 starts the cycle; kept so months follow on
SHIFT_TIMES = Setting("roster/shift_times", "day=08:00-20:00, night=20:00-08:00")
DUTYMAP_TITLE = Setting("dutymap/title", "巡防勤务图")
DUTYMAP_MARKING = Setting("dutymap/marking", "内部资料 注意保存")
DUTYMAP_TEMPLATE_DIR = Setting("dutymap/template_dir", "")
DUTYMAP_FOLDER = Setting("dutymap/folder", "")


def station_bounds():
    """The zones-per-station bounds the user set in the Zones dock (defaults 6–8, platforms ≥ 4)."""
    from .core.rules import StationBounds

    return StationBounds(int(ZONES_MIN.value()), int(ZONES_MAX.value()), int(ZONES_MIN_PLATFORM.value()))
