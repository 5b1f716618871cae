"""A synthetic year of incidents with the rhythm of a city: for the demo and the benchmarks.

Incidents fall on the roads. Three sources share each day: shopping streets by day (late
morning to evening, most on Saturdays), night-life streets at night (late evening to the
small hours, most on Friday and Saturday nights), and the rest of the roads around the clock
with a daily swing. Deterministic for a given seed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

# Relative incidents per hour of day, for each source.
_SHOP_HOURS = np.array(
    [0, 0, 0, 0, 0, 0, 0, 0.2, 0.5, 0.8, 1.0, 1.2, 1.3, 1.2, 1.2, 1.3, 1.4, 1.5, 1.3, 0.9, 0.4, 0.1, 0, 0]
)
_NIGHT_HOURS = np.array(
    [1.4, 1.5, 1.3, 0.9, 0.4, 0.1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.1, 0.2, 0.4, 0.7, 1.0, 1.2, 1.3]
)
_BASE_HOURS = np.array(
    [
        0.5,
        0.4,
        0.3,
        0.3,
        0.3,
        0.4,
        0.6,
        0.8,
        1.0,
        1.0,
        1.0,
        1.0,
        1.1,
        1.1,
        1.1,
        1.1,
        1.2,
        1.3,
        1.3,
        1.2,
        1.1,
        1.0,
        0.8,
        0.6,
    ]
)
# Relative weight by ISO weekday (index 1 = Monday .. 7 = Sunday); night-life by the day the night starts.
_SHOP_DAYS = np.array([0, 1.0, 1.0, 1.0, 1.1, 1.3, 1.6, 0.6])
_NIGHT_DAYS = np.array([0, 0.4, 0.4, 0.6, 0.9, 1.8, 2.0, 0.7])
_BASE_DAYS = np.array([0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.0, 0.9])
KINDS = ("shopping", "nightlife", "other")


@dataclass
class IncidentHistory:
    xy: np.ndarray  # (n, 2) positions on the roads
    times: list[dt.datetime]
    kind: np.ndarray  # index into KINDS
    grade: np.ndarray  # 1 (most serious) .. 3


def incident_year(
    road_xy: np.ndarray,
    shopping: np.ndarray,
    nightlife: np.ndarray,
    start: dt.datetime,
    days: int = 365,
    per_day: float = 40.0,
    shares: tuple[float, float, float] = (0.35, 0.25, 0.40),
    seed: int = 14,
) -> IncidentHistory:
    """``road_xy``: points along all roads (equally spaced, so each stands for the same road
    length); ``shopping`` / ``nightlife``: flags over those points for the two kinds of street."""
    rng = np.random.default_rng(seed)
    road_xy = np.asarray(road_xy, dtype=float)
    pools = [np.flatnonzero(shopping), np.flatnonzero(nightlife), np.arange(len(road_xy))]
    profiles = [(_SHOP_HOURS, _SHOP_DAYS), (_NIGHT_HOURS, _NIGHT_DAYS), (_BASE_HOURS, _BASE_DAYS)]
    xy, times, kinds = [], [], []
    for k, (pool, (hours, weekdays)) in enumerate(zip(pools, profiles)):
        if not len(pool):
            continue
        # Expected incidents per (day, hour) for this source; a night's small hours belong to
        # the day the night started.
        day_index = np.arange(days)
        weekday = np.array([(start + dt.timedelta(days=int(d))).isoweekday() for d in day_index])
        by_hour = np.outer(np.ones(days), hours)
        starts_night = np.arange(24) < 6
        night_day = np.where(starts_night[None, :], np.roll(weekday, 1)[:, None], weekday[:, None])
        rate = by_hour * weekdays[night_day] if k == 1 else by_hour * weekdays[weekday][:, None]
        rate *= per_day * shares[k] / max(rate.sum() / days, 1e-12)
        count = rng.poisson(rate)
        d, h = np.nonzero(count)
        n = count[d, h]
        d, h = np.repeat(d, n), np.repeat(h, n)
        minute = rng.integers(0, 60, len(d))
        pick = pool[rng.integers(0, len(pool), len(d))]
        xy.append(road_xy[pick])
        times += [
            start + dt.timedelta(days=int(a), hours=int(b), minutes=int(c)) for a, b, c in zip(d, h, minute)
        ]
        kinds.append(np.full(len(d), k))
    order = np.argsort(np.array(times, dtype="datetime64[s]"), kind="stable")
    xy_all = np.vstack(xy)[order]
    kind_all = np.concatenate(kinds)[order]
    grade = rng.choice([1, 2, 3], size=len(order), p=[0.1, 0.3, 0.6])
    return IncidentHistory(xy_all, [times[i] for i in order], kind_all, grade)
