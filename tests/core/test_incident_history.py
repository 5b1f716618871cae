"""The synthetic year has the rhythm it promises."""

from __future__ import annotations

import datetime as dt

import numpy as np

from plugin.core.incident_history import incident_year


def test_rhythm_places_and_determinism():
    road = np.column_stack([np.arange(1000.0), np.zeros(1000)])
    shop = road[:, 0] < 100
    night = road[:, 0] >= 900
    start = dt.datetime(2025, 1, 1)
    year = incident_year(road, shop, night, start, days=365, per_day=40)
    assert 12000 < len(year.times) < 17000
    assert all(start <= t < start + dt.timedelta(days=366) for t in year.times)
    hours = np.array([t.hour for t in year.times])
    k = year.kind
    assert (np.isin(hours[k == 0], range(7, 22))).all()  # shopping by day
    assert (np.isin(hours[k == 1], [*range(17, 24), *range(0, 6)])).all()  # night-life by night
    assert (year.xy[k == 0, 0] < 100).all() and (year.xy[k == 1, 0] >= 900).all()
    # Friday and Saturday nights are the busiest for night-life.
    first_night_day = np.array(
        [(t - dt.timedelta(hours=6)).isoweekday() for t, kk in zip(year.times, k) if kk == 1]
    )
    per_day = np.bincount(first_night_day, minlength=8)[1:]
    assert per_day.argmax() in (4, 5)
    again = incident_year(road, shop, night, start, days=365, per_day=40)
    assert again.times == year.times and np.array_equal(again.xy, year.xy)
    assert year.times == sorted(year.times)
