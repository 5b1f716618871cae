"""patrolmap:nearestunits draws each answer as its route, on real OSM roads (central Helsinki)."""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsSpatialIndex,
    QgsWkbTypes,
)

SPEED = 30.0  # km/h on every road (no class field): minutes = ground metres / 500


def _points_near_roads(raw, count, seed):
    """Points a few metres off real road vertices, in lon/lat."""
    rng = np.random.default_rng(seed)
    vertices = sorted({p for _f, pts, _h in raw for p in pts})
    picks = rng.choice(len(vertices), size=count, replace=False)
    jitter = rng.uniform(-3e-5, 3e-5, size=(count, 2))  # about ±2–3 m
    return [(vertices[i][0] + dx, vertices[i][1] + dy) for i, (dx, dy) in zip(picks, jitter)]


@pytest.mark.parametrize("crs", ["EPSG:4326", "EPSG:3857"])
def test_routes_run_from_unit_to_incident_along_real_roads(processing, helpers, crs):
    roads, raw = helpers.osm_car_roads(crs)
    to_layer = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem(crs), QgsProject.instance()
    )

    def pt(lon, lat):
        p = to_layer.transform(QgsPointXY(lon, lat))
        return p.x(), p.y()

    incident_ll = _points_near_roads(raw, 3, seed=7)
    unit_ll = _points_near_roads(raw, 12, seed=8)
    incidents = helpers.point_layer(
        [(*pt(*ll), f"I-{k}") for k, ll in enumerate(incident_ll)], crs, (("incident_id", "string"),)
    )
    statuses = ["available", "busy", "available", "available"] * 3
    units = helpers.point_layer(
        [(*pt(*ll), f"U-{k}", s) for k, (ll, s) in enumerate(zip(unit_ll, statuses))],
        crs,
        (("unit_id", "string"), ("status", "string")),
    )
    out = processing.run(
        "patrolmap:nearestunits",
        {
            "NETWORK": roads,
            "DEFAULT_SPEED_KMH": SPEED,
            "INCIDENTS": incidents,
            "UNITS": units,
            "COUNT": 3,
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]

    # Still the table it was: the same fields, in the same order.
    assert out.fields().names() == ["incident_id", "unit_id", "rank", "minutes"]
    assert out.geometryType() == QgsWkbTypes.GeometryType.LineGeometry
    assert out.crs().authid() == crs
    rows = list(out.getFeatures())
    assert len(rows) == 9
    assert {f["unit_id"] for f in rows} <= {f"U-{k}" for k, s in enumerate(statuses) if s == "available"}

    area = QgsDistanceArea()
    area.setSourceCrs(out.crs(), QgsProject.instance().transformContext())
    area.setEllipsoid("WGS84")
    unit_at = {f["unit_id"]: f.geometry() for f in units.getFeatures()}
    incident_at = {f["incident_id"]: f.geometry() for f in incidents.getFeatures()}
    index = QgsSpatialIndex(roads.getFeatures())
    road_geoms = {f.id(): f.geometry() for f in roads.getFeatures()}
    metre = 1.0 if crs == "EPSG:3857" else 1e-5  # rough size of a metre in layer units

    for f in rows:
        line = f.geometry()
        assert not line.isNull()
        vertices = line.asPolyline()
        assert len(vertices) >= 2
        # Starts at the unit and ends at the incident (both a few metres off the road).
        assert area.measureLine(vertices[0], unit_at[f["unit_id"]].asPoint()) < 10.0
        assert area.measureLine(vertices[-1], incident_at[f["incident_id"]].asPoint()) < 10.0
        # The drawn length at 30 km/h is the reported time.
        metres = area.measureLength(line)
        assert metres / (SPEED / 3.6) / 60.0 == pytest.approx(f["minutes"], rel=2e-3, abs=1e-3)
        # Every vertex lies on a road.
        for v in vertices:
            near = index.nearestNeighbor(v, 3)
            gap = min(road_geoms[i].distance(QgsGeometry.fromPointXY(v)) for i in near)
            assert gap < 0.5 * metre

    ranks = {}
    for f in rows:
        ranks.setdefault(f["incident_id"], []).append((f["rank"], f["minutes"]))
    for got in ranks.values():
        got.sort()
        assert [r for r, _ in got] == [1, 2, 3]
        assert [m for _, m in got] == sorted(m for _, m in got)
