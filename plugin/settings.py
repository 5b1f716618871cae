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
ROSTER_PATTERN = Setting("roster/pattern", "four_two")
ROSTER_CUSTOM_CYCLE = Setting("roster/custom_cycle", "白,白,夜,夜,休×4")
ROSTER_ANCHOR = Setting("roster/anchor", "")  # ISO date 一班 starts the cycle; kept so months follow on
SHIFT_TIMES = Setting("roster/shift_times", "day=08:00-20:00, night=20:00-08:00")
DUTYMAP_TITLE = Setting("dutymap/title", "巡防勤务图")
DUTYMAP_MARKING = Setting("dutymap/marking", "内部资料 注意保存")
DUTYMAP_TEMPLATE_DIR = Setting("dutymap/template_dir", "")
DUTYMAP_FOLDER = Setting("dutymap/folder", "")
