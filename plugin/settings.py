"""Every setting PatrolMap keeps, with its type and default, under one QgsSettings prefix.

Secrets never come here: dispatch credentials live in QGIS's auth manager, and only the
auth config id is stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qgis.core import QgsSettings

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
