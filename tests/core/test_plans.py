"""Plans: rows in and out, figures, comparison."""

from __future__ import annotations

import pytest

from plugin.core.coverage import ZoneResult
from plugin.core.plans import (
    PlanError,
    PlanItem,
    comparison_rows,
    figures,
    plan_names,
    plan_rows,
    posts_moved,
    read_plan,
)


def items():
    return [
        PlanItem("stations", "S1", {"kind": "kiosk", "name": "东门"}, "Point (1 2)"),
        PlanItem("patrol_zones", "Z1", {"category": "centre"}, "Polygon ((0 0, 1 0, 1 1, 0 0))"),
    ]


def test_rows_round_trip():
    rows = plan_rows("A", items()) + plan_rows("B", items()[:1])
    assert plan_names(rows) == ["A", "B"]
    plan = read_plan(rows, "A")
    assert [s.item_id for s in plan.stations] == ["S1"] and plan.stations[0].attributes["name"] == "东门"
    assert [z.item_id for z in plan.zones] == ["Z1"]
    assert read_plan(rows, "B").zones == []


def test_bad_rows_are_named_and_nothing_is_used():
    rows = plan_rows("A", items())
    rows[1]["attributes"] = "{broken"
    rows.append(dict(rows[0]))
    with pytest.raises(PlanError) as e:
        read_plan(rows, "A")
    numbers = [n for n, _ in e.value.problems]
    assert numbers == [2, 3]
    with pytest.raises(PlanError, match="no plan"):
        read_plan(rows, "nope")
    with pytest.raises(PlanError):
        plan_rows("current", items())
    with pytest.raises(PlanError):
        plan_rows("  ", items())


def zr(compliant, road, covered, backup, worst, mean, unreached=0.0):
    return ZoneResult(covered, worst, mean, backup, compliant, road, 3.0, unreached_m=unreached)


def test_figures_and_comparison():
    a = figures(
        [zr(True, 1000, 100, 50, 2.0, 1.0), zr(False, 3000, 50, 0, 9.0, 4.0), None],
        ["centre", "other", "key_site"],
        [0.5, 2.0],
        [1.0, 1.0],
        {"S1": "kiosk", "S2": "mobile_platform"},
        ["S1"] * 6 + ["S2"] * 3,
    )
    assert a.zones_compliant["centre"] == (1, 1) and a.zones_compliant["other"] == (0, 1)
    assert a.zones_compliant["key_site"] == (0, 1)
    assert a.covered_pct == pytest.approx((1000 + 1500) / 4000 * 100)
    assert a.backup_pct == pytest.approx(500 / 4000 * 100)
    assert a.worst_min == 9.0 and a.mean_min == pytest.approx((1000 + 12000) / 4000)
    assert a.key_sites_met == (1, 2)
    assert a.stations_in_bounds == (1, 2)  # the platform has 3 zones, fewer than 4
    moved, added, removed = posts_moved(
        {"S1": (0, 0), "S2": (5, 5)}, {"S1": (0, 0.5), "S2": (50, 5), "S3": (1, 1)}
    )
    assert (moved, added, removed) == (["S2"], ["S3"], [])
    rows = dict((k, (x, y)) for k, x, y in comparison_rows(a, a, moved, added, removed))
    assert rows["posts_moved"] == (0, 1) and rows["zones_compliant_centre"] == ("1/1", "1/1")
