"""Candidates along roads, zone demand along the zones' roads, periods of the day."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from plugin.core.network import RoadNetwork
from plugin.core.siting_prep import (
    PeriodError,
    outside,
    parse_periods,
    period_index,
    road_candidates,
    zone_demand,
)


def street(length=1000.0, kmh=30.0, n=11):
    xs = np.linspace(0.0, length, n)
    xy = np.column_stack([xs, np.zeros(n)])
    lonlat = np.column_stack([xs / 111_320.0, np.zeros(n)])  # a metre is ~1/111320° at the equator
    return RoadNetwork.build([xy], [lonlat], [1], np.array([kmh]), np.array([True]), np.array([True]))


def test_candidates_every_spacing_and_not_on_fast_roads():
    net = street()
    c = road_candidates(net, 200.0)
    assert 4 <= len(c) <= 6
    gaps = np.diff(np.sort(c.point[:, 0]))
    assert gaps.min() > 100.0 and gaps.max() < 300.0
    assert len(road_candidates(street(kmh=100.0), 200.0)) == 0


def test_forbidden_points():
    xy = np.array([[0.0, 0.0], [5.0, 5.0], [20.0, 0.0]])
    keep = outside(xy, [shapely.box(-1, -1, 10, 10)])
    assert keep.tolist() == [False, False, True]


def test_zone_demand_weights_are_road_length():
    net = street()
    zones = [shapely.box(-1, -5, 400, 5), shapely.box(400, -5, 1001, 5), shapely.box(5000, 0, 5001, 1)]
    zd = zone_demand(net, zones, 50.0)
    road = np.bincount(zd.zone, weights=zd.road_m, minlength=3)
    assert road[0] + road[1] == pytest.approx(net.total_length_m, rel=1e-9)
    assert road[0] == pytest.approx(net.total_length_m * 0.4, rel=0.05)
    assert road[2] == 0.0


def test_periods_cover_the_day_once():
    periods = parse_periods("day=08:00-20:00;night=20:00-08:00")
    idx = period_index(periods, np.array([7 * 60 + 59, 8 * 60, 19 * 60 + 59, 20 * 60, np.nan]))
    assert idx.tolist() == [1, 0, 0, 1, -1]
    with pytest.raises(PeriodError) as e:
        parse_periods("day=08:00-20:00")
    assert e.value.code == "gap" and "20:00-08:00" in str(e.value)
    with pytest.raises(PeriodError) as e:
        parse_periods("day=08:00-20:00;late=19:00-08:00")
    assert e.value.code == "overlap" and "19:00-20:00" in str(e.value)
    with pytest.raises(PeriodError) as e:
        parse_periods("day 8-20")
    assert e.value.code == "syntax"
