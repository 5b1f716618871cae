"""patrolmap:siteposts on a street grid whose travel times are Manhattan distances."""

import itertools

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer

CRS = "EPSG:32635"
X0, Y0 = 500000.0, 6672000.0
BLOCK = 300.0  # m between streets; at 36 km/h a block takes 30 s
N = 6  # 6 × 6 streets


def grid_roads():
    layer = QgsVectorLayer(f"LineString?crs={CRS}", "roads", "memory")
    feats = []
    for k in range(N):
        for m in range(N - 1):
            # One feature per block, so every crossing is a shared vertex.
            for wkt in (
                f"LineString({X0 + m * BLOCK} {Y0 + k * BLOCK}, {X0 + (m + 1) * BLOCK} {Y0 + k * BLOCK})",
                f"LineString({X0 + k * BLOCK} {Y0 + m * BLOCK}, {X0 + k * BLOCK} {Y0 + (m + 1) * BLOCK})",
            ):
                f = QgsFeature()
                f.setGeometry(QgsGeometry.fromWkt(wkt))
                feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def node(i, j):
    return X0 + i * BLOCK, Y0 + j * BLOCK


def manhattan_s(a, b):
    # Ground metres on UTM near the central meridian are planar / 0.9996.
    return (abs(a[0] - b[0]) + abs(a[1] - b[1])) / 0.9996 / 10.0


def run(processing, **params):
    base = {
        "NETWORK": grid_roads(),
        "DEFAULT_SPEED_KMH": 36.0,
        "OUTPUT": "memory:",
        "DEMAND_OUTPUT": "memory:",
        "TIME_LIMIT_S": 30,
    }
    base.update(params)
    return processing.run("patrolmap:siteposts", base)


def demand_layer(helpers, rng, n=14, with_time=False):
    cells = rng.choice(N * N, size=n, replace=False)
    pts = [node(c % N, c // N) for c in cells]
    weights = rng.integers(1, 6, n)
    fields = [("pid", "integer"), ("w", "double")]
    rows = [(x, y, k, float(w)) for k, ((x, y), w) in enumerate(zip(pts, weights))]
    if with_time:
        fields.append(("at", "string"))
        rows = [(*r, f"2026-03-0{1 + k % 5} {'10' if k % 2 else '22'}:15:00") for k, r in enumerate(rows)]
    return helpers.point_layer(rows, CRS, tuple(fields), "demand"), pts, weights.astype(float)


def test_mclp_on_points_matches_brute_force(processing, helpers):
    rng = np.random.default_rng(3)
    demand, pts, w = demand_layer(helpers, rng)
    cand = [node(i, j) for i, j in [(0, 0), (2, 1), (4, 4), (1, 4), (5, 2), (3, 3)]]
    existing = [node(5, 5)]
    candidates = helpers.point_layer(
        [(x, y, f"C{k}") for k, (x, y) in enumerate(cand)], CRS, (("sid", "string"),)
    )
    posts = helpers.point_layer([(x, y, "E0") for x, y in existing], CRS, (("sid", "string"),))
    result = run(
        processing,
        DEMAND=demand,
        DEMAND_WEIGHT_FIELD="w",
        TARGET_MINUTES=1.55,  # a little over three blocks
        CANDIDATES=candidates,
        EXISTING=posts,
        SITE_ID_FIELD="sid",
        PROBLEM=0,
        COUNT=2,
    )
    target = 1.55 * 60
    best = 0.0
    for combo in itertools.combinations(range(len(cand)), 2):
        sites = existing + [cand[k] for k in combo]
        covered = [min(manhattan_s(p, s) for s in sites) <= target for p in pts]
        best = max(best, float(w[covered].sum()))
    assert result["PROVEN_OPTIMAL"]
    assert result["OBJECTIVE"] == pytest.approx(best)
    out = list(result["OUTPUT"].getFeatures())
    assert sorted(f["kind"] for f in out) == ["existing", "new", "new"]
    assert sum(f["demand_covered"] for f in out) == pytest.approx(best)
    rows = list(result["DEMAND_OUTPUT"].getFeatures())
    assert len(rows) == len(pts)
    for f in rows:
        p = pts[f["pid"]]
        sites = {g["site_id"]: (g.geometry().asPoint().x(), g.geometry().asPoint().y()) for g in out}
        fastest = min(manhattan_s(p, s) for s in sites.values()) / 60
        assert f["minutes"] == pytest.approx(fastest, abs=1e-6)
        assert f["covered"] == (1.0 if fastest * 60 <= target + 1e-6 else 0.0)
        assert manhattan_s(p, sites[f["post_id"]]) / 60 == pytest.approx(fastest, abs=1e-6)
    # The report is in the outputs' metadata too.
    abstract = result["OUTPUT"].metadata().abstract()
    assert "0" in abstract and result["OUTPUT"].customProperty("patrolmap/siting_report")


def test_zones_with_generated_candidates_forbidden_area_and_zone_rule(processing):
    # Nine zones in a 3 × 3 block pattern over the grid; 2 new posts of 2–4 contiguous zones.
    zones = QgsVectorLayer(f"Polygon?crs={CRS}&field=zone_code:string", "zones", "memory")
    feats = []
    side = (N - 1) * BLOCK / 3
    for a in range(3):
        for b in range(3):
            x1, y1 = X0 + a * side, Y0 + b * side
            f = QgsFeature(zones.fields())
            f.setGeometry(
                QgsGeometry.fromWkt(
                    f"Polygon(({x1} {y1}, {x1 + side} {y1}, {x1 + side} {y1 + side}, {x1} {y1 + side}, {x1} {y1}))"
                )
            )
            f.setAttributes([f"Z{a}{b}"])
            feats.append(f)
    zones.dataProvider().addFeatures(feats)
    forbidden = QgsVectorLayer(f"Polygon?crs={CRS}", "no", "memory")
    f = QgsFeature()
    f.setGeometry(
        QgsGeometry.fromWkt(
            f"Polygon(({X0 - 10} {Y0 - 10}, {X0 + 700} {Y0 - 10}, {X0 + 700} {Y0 + 700}, {X0 - 10} {Y0 + 700}, {X0 - 10} {Y0 - 10}))"
        )
    )
    forbidden.dataProvider().addFeatures([f])
    result = run(
        processing,
        DEMAND=zones,
        TARGET_MINUTES=1.0,
        CANDIDATE_SPACING_M=300,
        FORBIDDEN=forbidden,
        PROBLEM=0,
        COUNT=2,
        MIN_ZONES=2,
        MAX_ZONES=4,
    )
    assert result["PROVEN_OPTIMAL"]
    posts = list(result["OUTPUT"].getFeatures())
    assert len(posts) == 2
    adjacent = lambda a, b: abs(int(a[1]) - int(b[1])) + abs(int(a[2]) - int(b[2])) == 1  # noqa: E731
    for p in posts:
        x, y = p.geometry().asPoint().x(), p.geometry().asPoint().y()
        assert not (x < X0 + 700 and y < Y0 + 700), "a post stands in the forbidden area"
        codes = p["zones"].split(",")
        assert 2 <= len(codes) <= 4
        # Contiguous: the zones form one connected group.
        seen, todo = {codes[0]}, [codes[0]]
        while todo:
            c = todo.pop()
            for d in codes:
                if d not in seen and adjacent(c, d):
                    seen.add(d)
                    todo.append(d)
        assert seen == set(codes)
    shares = [f["covered"] for f in result["DEMAND_OUTPUT"].getFeatures()]
    assert len(shares) == 9 and all(0.0 <= s <= 1.0 for s in shares)
    road_km = sum(1 for _ in shares)  # noqa: F841 - every zone is written once


def test_periods_with_no_moves_keep_the_posts(processing, helpers):
    rng = np.random.default_rng(5)
    demand, pts, w = demand_layer(helpers, rng, n=16, with_time=True)
    result = run(
        processing,
        DEMAND=demand,
        DEMAND_TIME_FIELD="at",
        TARGET_MINUTES=1.0,
        CANDIDATE_SPACING_M=300,
        PROBLEM=0,
        COUNT=2,
        PERIODS="day=08:00-20:00;night=20:00-08:00",
        MAX_MOVES=0,
    )
    by_period = {}
    for f in result["OUTPUT"].getFeatures():
        by_period.setdefault(f["period"], set()).add(f["site_id"])
    assert set(by_period) == {"day", "night"}
    assert by_period["day"] == by_period["night"]
    assert result["PROVEN_OPTIMAL"]
    periods = {f["period"] for f in result["DEMAND_OUTPUT"].getFeatures()}
    assert periods == {"day", "night"}


def test_bad_input_is_named(processing, helpers):
    rng = np.random.default_rng(5)
    demand, pts, w = demand_layer(helpers, rng, n=6, with_time=True)
    with pytest.raises(QgsProcessingException, match="do not cover the day"):
        run(processing, DEMAND=demand, DEMAND_TIME_FIELD="at", PERIODS="day=08:00-20:00", COUNT=1)
    cand = helpers.point_layer([(*node(0, 0), "C0")], CRS, (("sid", "string"),))
    with pytest.raises(QgsProcessingException, match="only 1 candidate"):
        run(processing, DEMAND=demand, CANDIDATES=cand, SITE_ID_FIELD="sid", COUNT=3)
    with pytest.raises(QgsProcessingException, match="within their target"):
        run(processing, DEMAND=demand, CANDIDATES=cand, SITE_ID_FIELD="sid", PROBLEM=1, TARGET_MINUTES=0.1)


def test_periods_default_to_the_roster_shifts(processing, helpers):
    rng = np.random.default_rng(6)
    demand, pts, w = demand_layer(helpers, rng, n=10, with_time=True)
    result = run(
        processing,
        DEMAND=demand,
        DEMAND_TIME_FIELD="at",
        TARGET_MINUTES=1.0,
        CANDIDATE_SPACING_M=300,
        COUNT=1,
    )
    assert {f["period"] for f in result["OUTPUT"].getFeatures()} == {"day", "night"}


def test_demand_out_of_reach_is_named(processing, helpers):
    from qgis.core import QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, warning):  # noqa: N802 - QGIS's name
            self.warnings.append(warning)

    demand = helpers.point_layer([(*node(0, 0), 0), (*node(5, 5), 1)], CRS)
    cand = helpers.point_layer([(*node(0, 1), "C0")], CRS, (("sid", "string"),))
    feedback = Recorder()
    base = {
        "NETWORK": grid_roads(),
        "DEFAULT_SPEED_KMH": 36.0,
        "OUTPUT": "memory:",
        "DEMAND_OUTPUT": "memory:",
    }
    result = processing.run(
        "patrolmap:siteposts",
        {
            **base,
            "DEMAND": demand,
            "CANDIDATES": cand,
            "SITE_ID_FIELD": "sid",
            "TARGET_MINUTES": 1.0,
            "COUNT": 1,
        },
        feedback=feedback,
    )
    assert result["OBJECTIVE"] == 1.0
    assert any("no site can reach them" in w and "2" in w for w in feedback.warnings), feedback.warnings
