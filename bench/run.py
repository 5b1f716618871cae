#!/usr/bin/env python3
"""PatrolMap benchmark: PatrolMap's Processing algorithms side by side with QGIS's own.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/run.py [--n 200] [--quick] [--out bench/results.md]

One process, one run, every number from that run; nothing here asserts a timing. Steps:

1. A synthetic city (``plugin.core.synthetic.make_grid_city``, an N x N jittered grid,
   N=200 gives ~80k segments) written to a GeoPackage in a temp dir, in EPSG:32635.
2. ``native:serviceareafromlayer`` (33 origins, 5 min at a constant 40 km/h; its cost for
   "Fastest" is in hours in QGIS 3.22, so 5/60) against ``patrolmap:isochrones`` (the same
   33 origins, breaks 1,3,5 min, 40 km/h, polygons), run twice: the first call builds the
   graph, the second reuses ``plugin.network_layer.CACHE``.
3. The graph build alone (``build_network``), a 1000 x 1000 ``patrolmap:traveltimematrix``
   (unbounded, then with MAX_MINUTES 10),
   ``patrolmap:coverage`` for 88 zones x 33 facilities (when the algorithm exists).
4. The real demo roads (``seeds/demo_city.gpkg``; built from build/osm/Helsinki.osm.pbf
   into the temp dir when the seed is missing): native vs PatrolMap isochrones again.

Both sides compute the same thing: one constant speed (40 km/h), every road both ways
(no speed, class or one-way field is used by either side), the same layer objects.
Peak memory is ``ru_maxrss`` (the process peak so far) after each step.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402

SEED = 20240520
SPEED_KMH = 40.0
N_ORIGINS = 33
BREAKS = "1,3,5"
MAX_MIN = 5.0
ZONE_COLS, ZONE_ROWS = 8, 11
WORK_CRS = "EPSG:32635"
MATRIX_MAX_MIN = 10.0
FLOORS = {"first": 4.0, "cached": 10.0}
AIMS = {"first": 10.0, "cached": 30.0}


# ---------------------------------------------------------------------------- helpers
def peak_mib() -> float:
    """Peak resident set of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def git_revision() -> str:
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
                             capture_output=True, text=True, timeout=10)
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


# CPU seconds of the last ``timed`` call: on a shared machine wall time moves with the
# load, CPU time of this (single-threaded) process much less.
LAST_CPU = [0.0]


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def load1() -> float:
    return os.getloadavg()[0]


def timed(function, *args, **kwargs):
    cpu = cpu_seconds()
    start = time.perf_counter()
    result = function(*args, **kwargs)
    wall = time.perf_counter() - start
    LAST_CPU[0] = cpu_seconds() - cpu
    return wall, result


def fmt_s(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return f"{value:.3f}" if value < 10 else f"{value:.2f}"


def fmt_ratio(native, ours) -> str:
    if not isinstance(native, float) or not isinstance(ours, float) or ours <= 0:
        return "—"
    return f"{native / ours:.1f}×"


class Row:
    def __init__(self, step: str, ours=None, native=None, notes: str = "", cpu=None):
        self.step, self.ours, self.native, self.notes, self.cpu = step, ours, native, notes, cpu
        self.rss = peak_mib()
        self.load = load1()

    def markdown(self) -> str:
        extra = [self.notes] if self.notes else []
        if self.cpu is not None:
            extra.append(f"CPU {self.cpu:.2f} s")
        extra.append(f"load {self.load:.1f}")
        extra.append(f"peak RSS so far {self.rss:.0f} MiB")
        notes = "; ".join(extra)
        return (f"| {self.step} | {fmt_s(self.ours)} | {fmt_s(self.native)} | "
                f"{fmt_ratio(self.native, self.ours)} | {notes} |")


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


# ---------------------------------------------------------------------------- data
def _ogr_transform(src_wkt_or_epsg, dst_epsg: int):
    from osgeo import osr

    src = osr.SpatialReference()
    if isinstance(src_wkt_or_epsg, int):
        src.ImportFromEPSG(src_wkt_or_epsg)
    else:
        src.ImportFromWkt(src_wkt_or_epsg)
    dst = osr.SpatialReference()
    dst.ImportFromEPSG(dst_epsg)
    for srs in (src, dst):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(src, dst)


def lonlat_to_work(lonlat: np.ndarray) -> np.ndarray:
    ct = _ogr_transform(4326, int(WORK_CRS.split(":")[1]))
    out = np.asarray(ct.TransformPoints(np.ascontiguousarray(lonlat[:, :2], dtype=float)))
    return out[:, :2]


def _create_layer(ds, name: str, geom_type, fields):
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(int(WORK_CRS.split(":")[1]))
    layer = ds.CreateLayer(name, srs, geom_type, ["GEOMETRY_NAME=geom", "FID=fid"])
    for field_name, kind in fields:
        layer.CreateField(ogr.FieldDefn(field_name, kind))
    return layer


def write_city(path: Path, n: int, n_matrix: int) -> dict:
    """The synthetic city and its point/zone layers in one GeoPackage; returns facts about it."""
    from osgeo import ogr

    from plugin.core.synthetic import make_grid_city

    city = make_grid_city(n, seed=SEED)
    counts = np.array([len(line) for line in city.lonlat])
    work = lonlat_to_work(np.concatenate(city.lonlat))
    lines = np.split(work, np.cumsum(counts)[:-1])

    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    roads = _create_layer(ds, "roads", ogr.wkbLineString,
                          [("highway", ogr.OFTString), ("oneway", ogr.OFTString)])
    roads.StartTransaction()
    defn = roads.GetLayerDefn()
    for line, highway, oneway in zip(lines, city.highway, city.oneway):
        feature = ogr.Feature(defn)
        geom = ogr.Geometry(ogr.wkbLineString)
        for x, y in line:
            geom.AddPoint_2D(float(x), float(y))
        feature.SetGeometry(geom)
        feature.SetField("highway", highway)
        feature.SetField("oneway", oneway)
        roads.CreateFeature(feature)
    roads.CommitTransaction()

    # Points are drawn in the generator's local metres, inside the grid, then projected.
    rng = np.random.default_rng(SEED + 1)
    half = (n - 1) / 2.0 * 100.0
    inner = half * 0.9

    def random_lonlat(count: int) -> np.ndarray:
        xy = rng.uniform(-inner, inner, size=(count, 2))
        return city.projection.to_lonlat(xy)

    def write_points(name: str, lonlat: np.ndarray, id_prefix: str) -> None:
        layer = _create_layer(ds, name, ogr.wkbPoint, [("pid", ogr.OFTString)])
        layer.StartTransaction()
        for i, (x, y) in enumerate(lonlat_to_work(lonlat)):
            feature = ogr.Feature(layer.GetLayerDefn())
            geom = ogr.Geometry(ogr.wkbPoint)
            geom.AddPoint_2D(float(x), float(y))
            feature.SetGeometry(geom)
            feature.SetField("pid", f"{id_prefix}{i + 1:04d}")
            layer.CreateFeature(feature)
        layer.CommitTransaction()

    # Origins: a jittered 6 x 6 lattice over the inner city, 33 of its 36 points.
    lattice = np.linspace(-inner * 0.85, inner * 0.85, 6)
    gx, gy = np.meshgrid(lattice, lattice)
    jitter = rng.uniform(-0.4, 0.4, size=(36, 2)) * (lattice[1] - lattice[0])
    origins_xy = (np.column_stack([gx.ravel(), gy.ravel()]) + jitter)[rng.permutation(36)[:N_ORIGINS]]
    write_points("origins", city.projection.to_lonlat(origins_xy), "O")
    write_points("matrix_origins", random_lonlat(n_matrix), "MO")
    write_points("matrix_destinations", random_lonlat(n_matrix), "MD")

    # Zones: an 8 x 11 grid of squares over the city, all inside the road extent.
    xmin, xmax, ymin, ymax = roads.GetExtent()
    side = min((xmax - xmin) / ZONE_COLS, (ymax - ymin) / ZONE_ROWS)
    x0 = (xmin + xmax) / 2.0 - side * ZONE_COLS / 2.0
    y0 = (ymin + ymax) / 2.0 - side * ZONE_ROWS / 2.0
    zones = _create_layer(ds, "zones", ogr.wkbPolygon, [("zone_id", ogr.OFTString), ("category", ogr.OFTString)])
    zones.StartTransaction()
    for r in range(ZONE_ROWS):
        for c in range(ZONE_COLS):
            a, b = x0 + c * side, y0 + r * side
            ring = f"{a} {b},{a + side} {b},{a + side} {b + side},{a} {b + side},{a} {b}"
            feature = ogr.Feature(zones.GetLayerDefn())
            feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON(({ring}))"))
            feature.SetField("zone_id", f"Z{r:02d}{c:02d}")
            feature.SetField("category", "other")
            zones.CreateFeature(feature)
    zones.CommitTransaction()
    ds = None
    return {"ways": len(lines), "vertices": int(counts.sum()),
            "segments_expected": int((counts - 1).sum()), "zone_side_m": side}


def copy_demo_roads(src_gpkg: Path, dst_gpkg: Path) -> int:
    """Demo roads and stations, geometry only: the demo's maxspeed/oneway would give PatrolMap
    speeds and directions native isn't told about, so neither side gets them."""
    from osgeo import ogr

    src = ogr.Open(str(src_gpkg))
    dst = ogr.GetDriverByName("GPKG").CreateDataSource(str(dst_gpkg))
    count = 0
    for name, fields in (("roads", []), ("stations", ["station_id"])):
        layer = src.GetLayerByName(name)
        out = dst.CreateLayer(name, layer.GetSpatialRef(), layer.GetGeomType(), ["GEOMETRY_NAME=geom", "FID=fid"])
        names = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
        keep = [f for f in fields if f in names]
        for f in keep:
            out.CreateField(ogr.FieldDefn(f, ogr.OFTString))
        out.StartTransaction()
        for feature in layer:
            copy = ogr.Feature(out.GetLayerDefn())
            copy.SetGeometry(feature.GetGeometryRef().Clone())
            for f in keep:
                copy.SetField(f, feature.GetField(f))
            out.CreateFeature(copy)
            count += name == "roads"
        out.CommitTransaction()
    dst = None
    return count


# ---------------------------------------------------------------------------- algorithms
def native_cost_parameter(alg) -> str:
    """TRAVEL_COST2 where it exists (3.22+; TRAVEL_COST is its hidden, deprecated twin)."""
    names = {p.name() for p in alg.parameterDefinitions()}
    return "TRAVEL_COST2" if "TRAVEL_COST2" in names else "TRAVEL_COST"


def run_native(processing, roads, starts) -> tuple[float, dict]:
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById("native:serviceareafromlayer")
    params = {
        "INPUT": roads,
        "STRATEGY": 1,  # fastest
        "DEFAULT_SPEED": SPEED_KMH,
        "DEFAULT_DIRECTION": 2,  # both directions
        "TOLERANCE": 0,
        native_cost_parameter(alg): MAX_MIN / 60.0,  # hours for "Fastest" in 3.22
        "START_POINTS": starts,
        "INCLUDE_BOUNDS": False,
        "OUTPUT_LINES": "memory:",
    }
    return timed(processing.run, "native:serviceareafromlayer", params)


def run_isochrones(processing, roads, origins) -> tuple[float, dict]:
    params = {"NETWORK": roads, "DEFAULT_SPEED_KMH": SPEED_KMH, "ORIGINS": origins,
              "BREAKS": BREAKS, "OUTPUT": "memory:"}
    return timed(processing.run, "patrolmap:isochrones", params)


def as_layer(value, context_layers=None):
    from qgis.core import QgsProject, QgsVectorLayer

    if isinstance(value, QgsVectorLayer):
        return value
    if isinstance(value, str):
        layer = QgsProject.instance().mapLayer(value)
        if layer is not None:
            return layer
    return None


def line_km(layer) -> float:
    if layer is None:
        return float("nan")
    return sum(f.geometry().length() for f in layer.getFeatures()) / 1000.0


def reached_km(lnet, origins_layer, minutes: float) -> float:
    """Road length PatrolMap reaches within ``minutes``, summed over origins (a sanity check
    against native's line output, which is the same quantity)."""
    from plugin.network_layer import read_points

    net = lnet.network
    pts = read_points(origins_layer, lnet.crs)
    snapped = net.snap(pts.xy, max_distance=200.0)
    limit = minutes * 60.0
    times = net.node_times(snapped, limit_s=limit)
    total = 0.0
    for row in times:
        t_u, t_v = row[net.seg_u], row[net.seg_v]
        with np.errstate(invalid="ignore"):
            f_u = np.clip((limit - t_u) / net.cost_s, 0.0, 1.0)
            f_v = np.clip((limit - t_v) / net.cost_s, 0.0, 1.0)
        f_u[~np.isfinite(t_u)] = 0.0
        f_v[~np.isfinite(t_v)] = 0.0
        total += float((np.minimum(1.0, f_u + f_v) * net.planar_length).sum())
    return total / 1000.0


def coverage_params(alg, roads, zones, facilities) -> dict:
    """Parameters for patrolmap:coverage: its known names, and a guess from the definitions
    for any other required one (its API may still move)."""
    from qgis.core import QgsProcessing, QgsProcessingParameterDefinition

    known = {"NETWORK": roads, "DEFAULT_SPEED_KMH": SPEED_KMH, "ZONES": zones, "FACILITIES": facilities,
             "FACILITY_ID_FIELD": "pid", "OUTPUT": "memory:", "GAPS": "memory:"}
    params = {}
    for p in alg.parameterDefinitions():
        name, kind = p.name(), p.type()
        if name in known:
            params[name] = known[name]
            continue
        if p.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional:
            continue
        types = [int(t) for t in p.dataTypes()] if hasattr(p, "dataTypes") else []
        if kind in ("source", "vector") and int(QgsProcessing.SourceType.TypeVectorPolygon) in types:
            params[name] = zones
        elif kind in ("source", "vector"):
            params[name] = facilities
        elif kind == "field" and "CATEGORY" in name:
            params[name] = "category"
        elif kind == "sink":
            params[name] = "memory:"
    return params


def profile_isochrones(processing, roads, origins, cache, top: int = 12) -> list[str]:
    """cProfile of one more first and one more cached isochrones call (not timed above)."""
    import cProfile
    import pstats

    lines = ["## Where PatrolMap's isochrones time goes (cProfile, separate calls)", "",
             "Own time per function, largest first; cProfile slows Python code, so these "
             "totals are above the timed ones.", ""]
    cache.clear()
    for label in ("first call", "cached call"):
        profiler = cProfile.Profile()
        profiler.enable()
        run_isochrones(processing, roads, origins)
        profiler.disable()
        stats = pstats.Stats(profiler)
        entries = []
        for (path, line, name), (_cc, calls, own, cumulative, _callers) in stats.stats.items():
            short = path.replace(str(ROOT) + "/", "").split("site-packages/")[-1]
            where = f"{short}:{line} {name}" if path != "~" else name
            entries.append((own, cumulative, calls, where))
        entries.sort(reverse=True)
        lines += [f"**{label}** ({stats.total_tt:.2f} s under the profiler)", "",
                  "| function | calls | own s | cumulative s |", "| --- | ---: | ---: | ---: |"]
        lines += [f"| `{w}` | {c} | {o:.3f} | {cu:.3f} |" for o, cu, c, w in entries[:top]]
        lines.append("")
    return lines


# ---------------------------------------------------------------------------- report
def header(args, qgis_version: str, facts: dict, lnet) -> list[str]:
    import scipy
    import shapely
    from osgeo import gdal

    cores = os.cpu_count()
    net = lnet.network
    mem_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return [
        "# PatrolMap benchmark",
        "",
        f"- date: {datetime.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}; "
        f"revision `{git_revision()}`; command `{' '.join(['bench/run.py', *sys.argv[1:]])}`",
        f"- machine: {platform.platform()}; CPU {cpu_model()}; {cores} cores; {mem_gib:.0f} GiB RAM",
        f"- QGIS {qgis_version}; GDAL {gdal.__version__}; Python {platform.python_version()}; "
        f"numpy {np.__version__}; scipy {scipy.__version__}; shapely {shapely.__version__}",
        f"- synthetic city: `make_grid_city({args.n}, seed={SEED})` → {facts['ways']} ways, "
        f"{net.n_segments} segments, {net.n_nodes} nodes, {net.total_length_m / 1000:.0f} km of road, "
        f"written to a GeoPackage in {WORK_CRS}",
        f"- both sides: constant {SPEED_KMH:g} km/h, every road both ways, the same layer objects; "
        f"{N_ORIGINS} origins; native `serviceareafromlayer` at 5 min (cost {MAX_MIN:g}/60 h, "
        "lines), PatrolMap `isochrones` at 1, 3, 5 min (polygons)",
        "- one run; ratio = native s / PatrolMap s; timings include `processing.run` overhead; "
        "peak RSS is `ru_maxrss`, the process peak up to that step; load is the 1-min load average "
        f"after the step (the machine has {cores} cores and may be shared)",
        "",
    ]


def table(rows: list[Row]) -> list[str]:
    out = ["| step | PatrolMap s | QGIS native s | ratio | notes |", "| --- | ---: | ---: | ---: | --- |"]
    out += [r.markdown() for r in rows]
    return out + [""]


def verdict(native_s, first_s, cached_s, n: int, default_n: int, cpu=(None, None, None)) -> list[str]:
    lines = ["## Floors and aims", ""]
    if not all(isinstance(v, float) for v in (native_s, first_s, cached_s)):
        return lines + ["Not measured: a step failed (see the table).", ""]
    if n != default_n:
        lines.append(f"This run used n={n}, not the default {default_n}: the floors are set for the "
                     f"{default_n}×{default_n} city, so the verdict below is indicative only.")
        lines.append("")
    for key, seconds, label in (("first", first_s, "first call (builds the graph)"),
                                ("cached", cached_s, "cached call (graph from CACHE)")):
        ratio = native_s / seconds
        floor, aim = FLOORS[key], AIMS[key]
        if ratio >= aim:
            state = f"meets the floor ({floor:g}×) and the aim ({aim:g}×)"
        elif ratio >= floor:
            state = f"meets the floor ({floor:g}×) but NOT the aim ({aim:g}×)"
        else:
            state = f"MISSES the floor ({floor:g}×; aim {aim:g}×)"
        lines.append(f"- {label}: {ratio:.1f}× faster than native — {state}.")
    native_cpu, first_cpu, cached_cpu = cpu
    if all(isinstance(v, float) and v > 0 for v in cpu):
        lines.append("")
        lines.append(f"By CPU time (less sensitive to other load on the machine): first call "
                     f"{native_cpu / first_cpu:.1f}×, cached call {native_cpu / cached_cpu:.1f}×.")
    return lines + [""]


# ---------------------------------------------------------------------------- main
def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200, help="grid size (N x N intersections), default 200")
    parser.add_argument("--quick", action="store_true", help="smoke run: n=40, a 100 x 100 matrix")
    parser.add_argument("--matrix", type=int, default=None, help="matrix origins = destinations (default 1000)")
    parser.add_argument("--no-profile", action="store_true",
                        help="leave out the cProfile section (one more first and cached isochrones call)")
    parser.add_argument("--out", default=None, help="results file (default bench/results.md, "
                        "bench/results-quick.md with --quick)")
    args = parser.parse_args(argv)
    if args.quick:
        args.n = 40
    n_matrix = args.matrix or (100 if args.quick else 1000)
    out_path = Path(args.out or (ROOT / "bench" / ("results-quick.md" if args.quick else "results.md")))

    from qgis.core import QgsApplication, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    try:
        sys.path.insert(0, "/usr/share/qgis/python/plugins")
        from processing.core.Processing import Processing

        Processing.initialize()
        from plugin.network_layer import CACHE, NetworkSettings, build_network
        from plugin.processing.provider import PatrolMapProvider

        registry = QgsApplication.processingRegistry()
        provider = registry.providerById("patrolmap")
        if provider is None:
            provider = PatrolMapProvider()  # keep the reference: the registry does not own it
            registry.addProvider(provider)
        import processing

        rows = _run(args, n_matrix, processing, registry, CACHE, NetworkSettings, build_network, QgsVectorLayer)
        text, status = rows
        out_path.parent.mkdir(parents=True, exist_ok=True)
        out_path.write_text("\n".join(text))
        log(f"wrote {out_path}")
        print("\n".join(text))
        return status
    finally:
        app.exitQgis()


def _run(args, n_matrix, processing, registry, cache, NetworkSettings, build_network, QgsVectorLayer):  # noqa: N803
    from qgis.core import Qgis

    tmp = tempfile.TemporaryDirectory(prefix="patrolmap-bench-")
    gpkg = Path(tmp.name) / "city.gpkg"
    rows: list[Row] = []

    log(f"writing the {args.n}×{args.n} synthetic city")
    write_s, facts = timed(write_city, gpkg, args.n, n_matrix)
    rows.append(Row(f"write synthetic city ({args.n}×{args.n}) to GeoPackage", None, None,
                    f"setup, not compared: {write_s:.1f} s, {facts['ways']} ways"))

    def layer(name: str):
        lyr = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        if not lyr.isValid():
            raise RuntimeError(f"cannot open {gpkg} layer {name}")
        return lyr

    roads, origins = layer("roads"), layer("origins")

    # Native first, so PatrolMap's first call gets no head start from a warmer process.
    log("native:serviceareafromlayer")
    native_s = first_s = cached_s = None
    native_cpu = first_cpu = cached_cpu = None
    native_layer, native_km = None, float("nan")
    try:
        native_s, native_out = run_native(processing, roads, origins)
        native_layer = as_layer(native_out.get("OUTPUT_LINES"))
        native_km = line_km(native_layer)
        native_cpu = LAST_CPU[0]
        rows.append(Row(f"isochrones, {N_ORIGINS} origins — native serviceareafromlayer (5 min, lines)",
                        None, native_s, f"{native_layer.featureCount() if native_layer else '?'} line features, "
                        f"{native_km:.0f} km of line (each road once per direction)", cpu=native_cpu))
    except Exception as e:  # noqa: BLE001 - reported in the table
        traceback.print_exc()
        rows.append(Row("isochrones — native serviceareafromlayer", None, "failed", f"{type(e).__name__}: {e}"))

    cache.clear()
    log("patrolmap:isochrones, first call")
    try:
        first_s, first_out = run_isochrones(processing, roads, origins)
        first_cpu = LAST_CPU[0]
        first_layer = as_layer(first_out.get("OUTPUT"))
        rows.append(Row(f"isochrones, {N_ORIGINS} origins × 1/3/5 min — PatrolMap first call (builds graph)",
                        first_s, native_s, f"{first_layer.featureCount() if first_layer else '?'} polygons",
                        cpu=first_cpu))
        log("patrolmap:isochrones, cached call")
        cached_s, cached_out = run_isochrones(processing, roads, origins)
        cached_cpu = LAST_CPU[0]
        cached_layer = as_layer(cached_out.get("OUTPUT"))
        rows.append(Row(f"isochrones, {N_ORIGINS} origins × 1/3/5 min — PatrolMap cached call",
                        cached_s, native_s, f"{cached_layer.featureCount() if cached_layer else '?'} polygons; "
                        "graph from plugin.network_layer.CACHE", cpu=cached_cpu))
    except Exception as e:  # noqa: BLE001 - reported in the table
        traceback.print_exc()
        rows.append(Row("isochrones — PatrolMap", "failed", native_s, f"{type(e).__name__}: {e}"))

    log("build_network alone")
    settings = NetworkSettings(default_speed_kmh=SPEED_KMH)
    build_s, lnet = timed(build_network, roads, settings)
    build_cpu = LAST_CPU[0]
    net = lnet.network
    ours_km = reached_km(lnet, origins, MAX_MIN)
    check = ""
    if native_s is not None and native_layer is not None:
        check = (f"; same answer check, road reached in 5 min summed over origins: PatrolMap {ours_km:.0f} km, "
                 f"native {native_km / 2:.0f} km (its lines list every road once per direction)")
    rows.append(Row("graph build alone (`build_network`, read + build)", build_s, None,
                    f"{net.n_segments} segments, {net.n_nodes} nodes{check}", cpu=build_cpu))

    # The matrix: the cached network (same layer, same settings) is what a user gets here too.
    log(f"patrolmap:traveltimematrix {n_matrix}×{n_matrix}")
    try:
        mo, md = layer("matrix_origins"), layer("matrix_destinations")
        params = {"NETWORK": roads, "DEFAULT_SPEED_KMH": SPEED_KMH, "ORIGINS": mo, "ORIGIN_ID_FIELD": "pid",
                  "DESTINATIONS": md, "DESTINATION_ID_FIELD": "pid", "OUTPUT": "memory:"}
        matrix_s, matrix_out = timed(processing.run, "patrolmap:traveltimematrix", params)
        matrix_cpu = LAST_CPU[0]
        matrix_layer = as_layer(matrix_out.get("OUTPUT"))
        n_rows = matrix_layer.featureCount() if matrix_layer else "?"
        del matrix_out, matrix_layer  # a million rows: let them go before the next step
        # The core search alone, to show how the time splits.
        from plugin.network_layer import read_points

        o_snap = net.snap(read_points(mo, lnet.crs).xy, 200.0)
        d_snap = net.snap(read_points(md, lnet.crs).xy, 200.0)
        core_s, seconds = timed(net.travel_times, o_snap, d_snap)
        finite = np.isfinite(seconds)
        rows.append(Row(f"travel-time matrix {n_matrix}×{n_matrix} (`traveltimematrix`)", matrix_s, None,
                        f"{n_rows} rows written; core `RoadNetwork.travel_times` alone {core_s:.2f} s "
                        f"(one full SciPy Dijkstra per origin), the rest is reading points and writing rows "
                        f"(a row of features per origin); {finite.mean() * 100:.1f} % pairs reachable, median "
                        f"{np.median(seconds[finite]) / 60:.1f} min; graph from CACHE; no native "
                        "equivalent in QGIS", cpu=matrix_cpu))
        # With a maximum time each search stops there: what a dispatcher asking "who is
        # within 10 minutes" gets.
        log(f"patrolmap:traveltimematrix {n_matrix}×{n_matrix}, MAX_MINUTES {MATRIX_MAX_MIN:g}")
        bounded_s, bounded_out = timed(processing.run, "patrolmap:traveltimematrix",
                                       {**params, "MAX_MINUTES": MATRIX_MAX_MIN})
        bounded_cpu = LAST_CPU[0]
        del bounded_out
        core_b_s, _ = timed(net.travel_times, o_snap, d_snap, limit_s=MATRIX_MAX_MIN * 60.0)
        within = float((seconds <= MATRIX_MAX_MIN * 60.0).mean() * 100)
        rows.append(Row(f"travel-time matrix {n_matrix}×{n_matrix}, `MAX_MINUTES` {MATRIX_MAX_MIN:g}", bounded_s,
                        None, f"{within:.1f} % of pairs within {MATRIX_MAX_MIN:g} min, the rest NULL; core alone "
                        f"{core_b_s:.2f} s", cpu=bounded_cpu))
    except Exception as e:  # noqa: BLE001 - reported in the table
        traceback.print_exc()
        rows.append(Row(f"travel-time matrix {n_matrix}×{n_matrix}", "failed", None, f"{type(e).__name__}: {e}"))

    n_zones = ZONE_COLS * ZONE_ROWS
    log("coverage")
    zones = layer("zones")
    alg = registry.algorithmById("patrolmap:coverage")
    core_note = ""
    try:
        import shapely

        from plugin.core.coverage import coverage
        from plugin.network_layer import read_points

        geoms = [shapely.from_wkb(bytes(f.geometry().asWkb())) for f in zones.getFeatures()]
        fac = net.snap(read_points(origins, lnet.crs).xy, 200.0)
        cov_core_s, (results, gaps) = timed(coverage, net, geoms, [MAX_MIN] * len(geoms), fac)
        compliant = sum(r.compliant for r in results)
        core_note = (f"core `plugin.core.coverage.coverage` alone: {cov_core_s:.2f} s "
                     f"({compliant}/{len(results)} zones meet {MAX_MIN:g} min, {len(gaps)} gap polygons)")
    except Exception as e:  # noqa: BLE001 - reported in the table
        traceback.print_exc()
        core_note = f"core coverage failed: {type(e).__name__}: {e}"
    if alg is None:
        rows.append(Row(f"coverage, {n_zones} zones × {N_ORIGINS} facilities", "not available yet", None,
                        f"`patrolmap:coverage` is not registered; {core_note}"))
    else:
        try:
            params = coverage_params(alg, roads, zones, origins)
            cov_s, _ = timed(processing.run, "patrolmap:coverage", params)
            rows.append(Row(f"coverage, {n_zones} zones × {N_ORIGINS} facilities (`coverage`)", cov_s, None,
                            f"category “other” (5 min); graph from CACHE; {core_note}", cpu=LAST_CPU[0]))
        except Exception as e:  # noqa: BLE001 - reported in the table
            traceback.print_exc()
            rows.append(Row(f"coverage, {n_zones} zones × {N_ORIGINS} facilities", "failed", None,
                            f"{type(e).__name__}: {str(e)[:200]}; {core_note}"))

    rows.append(Row("peak memory (whole synthetic run)", None, None,
                    f"ru_maxrss {peak_mib():.0f} MiB"))

    # The real demo roads.
    demo_rows: list[Row] = []
    demo_note = ""
    seed = ROOT / "seeds" / "demo_city.gpkg"
    pbf = ROOT / "build" / "osm" / "Helsinki.osm.pbf"
    try:
        if not seed.exists() and pbf.exists():
            log("seeds/demo_city.gpkg missing: building it into the temp dir")
            sys.path.insert(0, str(ROOT / "seeds"))
            from build_demo import build_demo

            seed = Path(tmp.name) / "demo_city.gpkg"
            build_demo(pbf, seed)
            demo_note = ("seeds/demo_city.gpkg was missing, so it was built from build/osm/Helsinki.osm.pbf "
                         "with seeds/build_demo.py into the temp dir. ")
        if seed.exists():
            demo = Path(tmp.name) / "demo_roads.gpkg"
            n_roads = copy_demo_roads(seed, demo)
            d_roads = QgsVectorLayer(f"{demo}|layername=roads", "roads", "ogr")
            d_stations = QgsVectorLayer(f"{demo}|layername=stations", "stations", "ogr")
            log("demo: native")
            d_native_s, d_native_out = run_native(processing, d_roads, d_stations)
            d_layer = as_layer(d_native_out.get("OUTPUT_LINES"))
            demo_rows.append(Row(f"isochrones, {d_stations.featureCount()} stations — native (5 min, lines)",
                                 None, d_native_s, f"{line_km(d_layer) / 2:.1f} km of road reached",
                                 cpu=LAST_CPU[0]))
            cache.clear()
            log("demo: patrolmap first")
            d_first_s, _ = run_isochrones(processing, d_roads, d_stations)
            demo_rows.append(Row("isochrones 1/3/5 min — PatrolMap first call", d_first_s, d_native_s, "",
                                 cpu=LAST_CPU[0]))
            d_cached_s, _ = run_isochrones(processing, d_roads, d_stations)
            demo_rows.append(Row("isochrones 1/3/5 min — PatrolMap cached call", d_cached_s, d_native_s, "",
                                 cpu=LAST_CPU[0]))
            d_build_s, d_lnet = timed(build_network, d_roads, NetworkSettings(default_speed_kmh=SPEED_KMH))
            demo_rows.append(Row("graph build alone", d_build_s, None,
                                 f"{n_roads} roads, {d_lnet.network.n_segments} segments; check: road reached "
                                 f"in 5 min PatrolMap {reached_km(d_lnet, d_stations, MAX_MIN):.1f} km"))
            demo_note += (f"Roads and stations copied geometry-only ({n_roads} roads), so neither side uses "
                          "the demo's maxspeed or oneway.")
        else:
            demo_note = "seeds/demo_city.gpkg is missing (run `make seeds`) and build/osm has no extract: skipped."
    except Exception as e:  # noqa: BLE001 - reported in the table
        traceback.print_exc()
        demo_note += f" Failed: {type(e).__name__}: {e}"

    profile_lines = []
    if not args.no_profile:
        log("profiling one more first and cached isochrones call")
        try:
            profile_lines = profile_isochrones(processing, roads, origins, cache)
        except Exception as e:  # noqa: BLE001 - reported in the results
            traceback.print_exc()
            profile_lines = ["## Profile", "", f"Failed: {type(e).__name__}: {e}", ""]

    text = header(args, Qgis.QGIS_VERSION, facts, lnet)
    text += ["## Synthetic city", ""] + table(rows)
    text += verdict(native_s, first_s, cached_s, args.n, 200, (native_cpu, first_cpu, cached_cpu))
    text += ["## Real demo roads (central Helsinki)", "", demo_note, ""]
    if demo_rows:
        text += table(demo_rows)
    text += profile_lines
    tmp.cleanup()
    return text, 0


if __name__ == "__main__":
    sys.exit(main())
