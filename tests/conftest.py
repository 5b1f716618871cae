"""Shared fixtures. Tests in tests/core import no QGIS; the rest use pytest-qgis."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def demo_gpkg(tmp_path) -> Path:
    """A private copy of the demo command map, so no test can change the committed one."""
    import shutil

    src = SEEDS / "demo_city.gpkg"
    if not src.exists():
        pytest.fail(f"{src} is missing: run `make seeds`")
    dst = tmp_path / "demo_city.gpkg"
    shutil.copy(src, dst)
    return dst


@pytest.fixture(scope="session")
def root_package():
    """The checkout imported as the installed plugin is: a package named ``patrolmap``."""
    import importlib.util
    import sys

    if "patrolmap" in sys.modules:
        return sys.modules["patrolmap"]
    spec = importlib.util.spec_from_file_location(
        "patrolmap", ROOT / "__init__.py", submodule_search_locations=[str(ROOT)]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["patrolmap"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def _processing_framework(qgis_app):
    import sys

    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing as processing_module

    return processing_module


_providers = []


@pytest.fixture
def processing(_processing_framework):
    """QGIS's Processing framework with the PatrolMap provider registered.

    Per test, because the lifecycle tests remove the provider as the plugin's unload() does.
    """
    from qgis.core import QgsApplication

    from plugin.processing.provider import PatrolMapProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("patrolmap") is None:
        provider = PatrolMapProvider()
        _providers.append(provider)  # the registry does not keep the Python object alive
        registry.addProvider(provider)
    return _processing_framework


OSM_PBF = ROOT / "build" / "osm" / "Helsinki.osm.pbf"
CAR_CLASSES = (
    "primary",
    "secondary",
    "tertiary",
    "unclassified",
    "residential",
    "service",
    "primary_link",
    "tertiary_link",
    "living_street",
)


def osm_car_roads(crs: str = "EPSG:4326"):
    """Real OSM car roads (central Helsinki) as a memory layer in ``crs``: (layer, [(fid, lonlat)])."""
    from osgeo import ogr
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsFeature,
        QgsGeometry,
        QgsProject,
        QgsVectorLayer,
    )

    if not OSM_PBF.exists():
        pytest.fail(f"{OSM_PBF} is missing: `make test` downloads it")
    ds = ogr.Open(str(OSM_PBF))
    lines = ds.GetLayerByName("lines")
    classes = ",".join(f"'{c}'" for c in CAR_CLASSES)
    lines.SetAttributeFilter(f"highway IN ({classes})")
    layer = QgsVectorLayer(f"LineString?crs={crs}&field=highway:string", "roads", "memory")
    xform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem(crs), QgsProject.instance()
    )
    features, raw = [], []
    for i, f in enumerate(lines):
        geom = f.GetGeometryRef()
        pts = [(geom.GetX(k), geom.GetY(k)) for k in range(geom.GetPointCount())]
        raw.append((i + 1, pts, f.GetField("highway")))
        q = QgsGeometry.fromWkt(geom.ExportToWkt())
        q.transform(xform)
        feature = QgsFeature(layer.fields())
        feature.setGeometry(q)
        feature.setAttributes([f.GetField("highway")])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer, raw


def point_layer(points, crs: str, fields=(("pid", "integer"),), name="points"):
    """A memory point layer from [(x, y, attr…)]."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    spec = "&".join(f"field={n}:{t}" for n, t in fields)
    layer = QgsVectorLayer(f"Point?crs={crs}&{spec}", name, "memory")
    feats = []
    for x, y, *attrs in points:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        f.setAttributes(list(attrs))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


@pytest.fixture
def helpers():
    class H:
        osm_car_roads = staticmethod(osm_car_roads)
        point_layer = staticmethod(point_layer)

    return H


# --- the dispatch simulator (tools/feedsim): a real HTTP server on 127.0.0.1 --------------------


@pytest.fixture(scope="session")
def demo_road_graph():
    """The demo city's roads as the simulator's graph (built once: ~0.4 s)."""
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    from feedsim import RoadGraph

    return RoadGraph.from_file(SEEDS / "demo_city.gpkg")


@pytest.fixture
def sim_world(demo_road_graph):
    """A seeded simulated city on a manual clock (``sim_world.clock.advance(s)``), starting now.
    PatrolMap rejects reports more than 5 min ahead of its clock: advance less than that when a
    test parses what the simulator serves, or give PatrolMap the simulator's clock
    (``FeedPoller(..., now=sim_world.clock.now)``, ``LiveDock(iface, now=...)``)."""
    from datetime import datetime, timezone

    from feedsim import SimClock, World

    start = datetime.now(timezone.utc).replace(microsecond=0)
    return World(demo_road_graph, SimClock(start, speed=None), units=12, seed=7)


@pytest.fixture
def dispatch_sim(sim_world):
    """The simulator serving ``sim_world`` on a free port; ``dispatch_sim.url``, ``.faults``
    (``.add("429")``…), ``.requests`` (what each request carried), ``.auth``; "slow" answers
    take 5 s here."""
    from feedsim import start_server

    server = start_server(sim_world, port=0, slow_s=5.0)
    yield server
    server.shutdown()
