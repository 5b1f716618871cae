"""patrolmap:blockade on the Manhattan street grid of the siting tests."""

import itertools

import numpy as np
import pytest
from qgis.core import QgsProcessingException

from tests.qgis.test_site_posts import CRS, grid_roads, manhattan_s, node


def run(processing, **params):
    base = {"NETWORK": grid_roads(), "DEFAULT_SPEED_KMH": 36.0, "OUTPUT": "memory:"}
    base.update(params)
    return processing.run("patrolmap:blockade", base)


def test_bottleneck_matches_brute_force_with_escape_times(processing, helpers):
    units = [node(0, 0), node(5, 5), node(2, 3), node(4, 1)]
    exits = [node(0, 5), node(5, 0), node(3, 5)]
    u_layer = helpers.point_layer(
        [(x, y, f"U{k}") for k, (x, y) in enumerate(units)], CRS, (("uid", "string"),)
    )
    c_layer = helpers.point_layer(
        [(x, y, f"X{k}") for k, (x, y) in enumerate(exits)], CRS, (("cid", "string"),)
    )
    incident = helpers.point_layer([(*node(1, 4), 1)], CRS)
    result = run(
        processing,
        UNITS=u_layer,
        UNIT_ID_FIELD="uid",
        CHECKPOINTS=c_layer,
        CHECKPOINT_ID_FIELD="cid",
        INCIDENT=incident,
        ESCAPE_SPEED_KMH=72.0,
        DELAY_MIN=1.0,
    )
    t = np.array([[manhattan_s(u, c) for c in exits] for u in units])
    best = min(max(t[u, c] for c, u in enumerate(p)) for p in itertools.permutations(range(4), 3))
    rows = list(result["OUTPUT"].getFeatures())
    assert len(rows) == 3
    assert result["SLOWEST_MIN"] == pytest.approx(best / 60.0)
    assert max(f["minutes"] for f in rows) == pytest.approx(best / 60.0)
    assert len({f["unit_id"] for f in rows}) == 3
    for f in rows:
        k = int(f["checkpoint_id"][1:])
        escape = 1.0 + manhattan_s(node(1, 4), exits[k]) / 2.0 / 60.0  # 72 km/h is twice 36
        assert f["escape_min"] == pytest.approx(escape)
        assert f["sealed_in_time"] == (f["minutes"] <= escape + 1e-9)
        # The route drawn is the timed one: 10 m/s on the ground.
        assert f.geometry().length() / 0.9996 / 10.0 / 60.0 == pytest.approx(f["minutes"], rel=1e-6)
    late = sorted(f["checkpoint_id"] for f in rows if not f["sealed_in_time"])
    assert sorted(result["LATE_CHECKPOINTS"]) == late


def test_more_checkpoints_than_units_names_the_open_ones(processing, helpers):
    u_layer = helpers.point_layer([(*node(0, 0), 1)], CRS)
    c_layer = helpers.point_layer([(*node(0, 1), 10), (*node(5, 5), 11)], CRS, (("cid", "integer"),))
    result = run(processing, UNITS=u_layer, CHECKPOINTS=c_layer, CHECKPOINT_ID_FIELD="cid")
    assert result["OPEN_CHECKPOINTS"] == [11]
    assert [f["checkpoint_id"] for f in result["OUTPUT"].getFeatures()] == [10]


def test_two_incidents_are_refused(processing, helpers):
    u_layer = helpers.point_layer([(*node(0, 0), 1)], CRS)
    c_layer = helpers.point_layer([(*node(0, 1), 1)], CRS)
    incidents = helpers.point_layer([(*node(1, 1), 1), (*node(2, 2), 2)], CRS)
    with pytest.raises(QgsProcessingException, match="exactly one point"):
        run(processing, UNITS=u_layer, CHECKPOINTS=c_layer, INCIDENT=incidents)
