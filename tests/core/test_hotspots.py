"""Network kernel density: mass conservation, symmetry, time filters."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from plugin.core.hotspots import kde, lixels, parse_hours, parse_weekdays, rank_density, time_filter
from plugin.core.network import RoadNetwork


def build(lines):
    xy = [np.asarray(line, dtype=float) for line in lines]
    ll = [p / 111_320.0 for p in xy]
    n = len(xy)
    return RoadNetwork.build(xy, ll, list(range(n)), np.full(n, 30.0), np.ones(n, bool), np.ones(n, bool))


def line(length=2000.0, n=21):
    return build([np.column_stack([np.linspace(0, length, n), np.zeros(n)])])


def test_mass_is_conserved_on_a_line_with_dead_ends():
    net = line()
    lix = lixels(net, 50.0)
    events = net.snap(np.array([[1000.0, 3.0], [30.0, 0.0], [1990.0, -2.0], [1234.5, 0.0]]))
    w = np.array([1.0, 2.0, 0.5, 1.0])
    mass = kde(net, events, w, 300.0, lix)
    assert mass.sum() == pytest.approx(w.sum(), rel=1e-9)
    assert (mass >= -1e-12).all()


def test_symmetric_about_an_event_in_the_middle():
    net = line()
    lix = lixels(net, 50.0)
    mass = kde(net, net.snap(np.array([[1000.0, 0.0]])), np.ones(1), 300.0, lix)
    ends = net.seg_xy[lix.seg, :, 0]
    centre = ends[:, 0] + (ends[:, 1] - ends[:, 0]) * (lix.s0 + lix.s1) / 2
    order = np.argsort(centre)
    dens = mass[order] / lix.length_m[order]
    np.testing.assert_allclose(dens, dens[::-1], atol=1e-12)
    # Nothing beyond the bandwidth; the peak at the event.
    assert mass[np.abs(centre - 1000.0) > 325.0].sum() == 0.0
    assert dens.argmax() in (len(dens) // 2 - 1, len(dens) // 2)


def test_mass_splits_equally_at_a_junction():
    # Three 1 km arms from a junction at the origin; the event 100 m up arm 0.
    arms = [
        [[0, 0], [1000, 0]],
        [[0, 0], [-500, 866.0254]],
        [[0, 0], [-500, -866.0254]],
    ]
    net = build(arms)
    lix = lixels(net, 25.0)
    event = net.snap(np.array([[100.0, 0.0]]))
    mass = kde(net, event, np.ones(1), 300.0, lix)
    assert mass.sum() == pytest.approx(1.0, rel=1e-9)
    # Ground metres from the event to the junction (segment 0 starts there).
    to_junction = event.fraction[0] * net.length_m[event.segment[0]]
    per_arm = np.bincount(net.feature_id[lix.seg], weights=mass, minlength=3)
    assert per_arm[1] == pytest.approx(per_arm[2], rel=1e-9)
    # What passes the junction (the kernel beyond 100 m on that side) is split in two.
    from plugin.core.hotspots import _half_cdf

    passing = 0.5 - _half_cdf(np.array([to_junction / 300.0]))[0]
    assert per_arm[1] == pytest.approx(passing / 2, rel=1e-9)


def test_time_filters():
    hours = parse_hours("20-8")
    assert hours.tolist() == [0, 1, 2, 3, 4, 5, 6, 7, 20, 21, 22, 23]
    assert parse_hours("7-9,17").tolist() == [7, 8, 17]
    assert parse_weekdays("1-5").tolist() == [1, 2, 3, 4, 5]
    assert parse_hours("") is None
    with pytest.raises(ValueError, match="25"):
        parse_hours("25-3")
    with pytest.raises(ValueError, match="backwards"):
        parse_weekdays("5-1")
    times = [dt.datetime(2026, 3, 2, 21), dt.datetime(2026, 3, 7, 21), dt.datetime(2026, 3, 2, 12), None]
    keep = time_filter(times, dt.datetime(2026, 1, 1), dt.datetime(2027, 1, 1), hours, parse_weekdays("1-5"))
    assert keep.tolist() == [True, False, False, False]


def test_rank_and_top_share():
    rank, hot = rank_density(np.array([0.1, 3.0, 0.0, 2.0, 2.0]), 40.0)
    assert rank.tolist() == [4, 1, 5, 2, 3]
    assert hot.tolist() == [False, True, False, True, False]
