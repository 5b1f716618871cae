"""The main job on the demo data: build the demo command map, run the analyses, print the duty map.

    tools/demo.py --osm build/osm/Helsinki.osm.pbf --out build/demo

Runs headless (QT_QPA_PLATFORM=offscreen). Everything goes through the plugin's own
Processing algorithms, as a user's model or qgis_process call would.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "seeds"))
sys.path.insert(0, "/usr/share/qgis/python/plugins")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsReferencedRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402


def run(osm: Path, out: Path) -> list[tuple[str, Path]]:
    import processing
    from build_demo import TIMESTAMP, build_demo
    from processing.core.Processing import Processing

    from plugin.commandmap import load_command_map
    from plugin.processing.provider import PatrolMapProvider

    Processing.initialize()
    global _provider  # the registry does not keep the Python object alive
    _provider = PatrolMapProvider()
    QgsApplication.processingRegistry().addProvider(_provider)
    out.mkdir(parents=True, exist_ok=True)
    written: list[tuple[str, Path]] = []

    gpkg = out / "demo_city.gpkg"
    counts = build_demo(osm, gpkg, replace=True)
    written.append(("command map (" + ", ".join(f"{k} {v}" for k, v in counts.items()) + ")", gpkg))

    source = f"{gpkg}|layername="
    network = {
        "NETWORK": source + "roads",
        "HIGHWAY_FIELD": "highway",
        "ONEWAY_FIELD": "oneway",
        "DEFAULT_SPEED_KMH": 30.0,
    }
    stations = {"FACILITY_ID_FIELD": "station_id", "TURNOUT_FIELD": "turnout_min"}

    def target(name: str) -> Path:
        path = out / f"{name}.gpkg"
        if path.exists():
            path.unlink()
        return path

    iso = processing.run(
        "patrolmap:isochrones",
        {
            **network,
            "ORIGINS": source + "stations",
            "ORIGIN_ID_FIELD": "station_id",
            "TURNOUT_FIELD": "turnout_min",
            "BREAKS": "1,3,5",
            "DISSOLVE": True,
            "OUTPUT": str(target("isochrones")),
        },
    )
    written.append(("1/3/5-minute response areas of all stations", Path(iso["OUTPUT"].split("|")[0])))

    zones = processing.run(
        "patrolmap:responsezones",
        {
            **network,
            "FACILITIES": source + "stations",
            **stations,
            "BREAKS": "1,3,5",
            "OUTPUT": str(target("response_zones")),
        },
    )
    written.append(("nearest-post response zones", Path(zones["OUTPUT"].split("|")[0])))

    cov = processing.run(
        "patrolmap:coverage",
        {
            **network,
            "ZONES": source + "patrol_zones",
            "TARGET_FIELD": "target_min",
            "FACILITIES": source + "stations",
            **stations,
            "KEY_SITES": source + "key_sites",
            "OUTPUT": str(target("zone_coverage")),
            "GAPS": str(target("coverage_gaps")),
            "KEY_SITES_OUTPUT": str(target("key_site_response")),
        },
    )
    written.append(("zone compliance: " + cov["VERDICT"], Path(cov["OUTPUT"].split("|")[0])))
    written.append(("coverage gaps", Path(cov["GAPS"].split("|")[0])))
    written.append(("key-site response times", Path(cov["KEY_SITES_OUTPUT"].split("|")[0])))

    nearest = processing.run(
        "patrolmap:nearestunits",
        {
            **network,
            "INCIDENTS": source + "incidents",
            "UNITS": source + "units",
            "COUNT": 3,
            "OUTPUT": str(target("nearest_units")),
        },
    )
    written.append(("3 nearest available units per incident", Path(nearest["OUTPUT"].split("|")[0])))

    # The usual bounds (6–8 zones per post, platforms 4+) do not fit the demo's 38 zones for
    # 8 posts: the report says so and shares the zones as evenly as contiguity allows.
    assigned = processing.run(
        "patrolmap:assignzones",
        {
            **network,
            "ZONES": source + "patrol_zones",
            "STATIONS": source + "stations",
            "TURNOUT_FIELD": "turnout_min",
            "OUTPUT": str(target("zone_assignment")),
        },
    )
    report = out / "zone_assignment_report.txt"
    report.write_text(assigned["REPORT"] + "\n", encoding="utf-8")
    written.append(
        (
            f"zones by road travel time, balanced ({assigned['UNMET_COUNT']} rules not met)",
            Path(assigned["OUTPUT"].split("|")[0]),
        )
    )
    written.append(("what the assignment could and could not meet", report))

    workload = processing.run(
        "patrolmap:zoneworkload",
        {
            "ZONES": source + "patrol_zones",
            "ROADS": source + "roads",
            "KEY_SITES": source + "key_sites",
            "INCIDENTS": source + "incidents",
            "PERIOD_END": TIMESTAMP,
            "OUTPUT": str(target("zone_workload")),
        },
    )
    written.append(
        (
            f"road km, key sites, incidents {workload['PERIOD']} per zone",
            Path(workload["OUTPUT"].split("|")[0]),
        )
    )
    written.append(fetch_live_units(gpkg, target("live_units"), processing))

    # --- Deployment (issue 14): hot spots, 3 platforms by shift, blockade, plan comparison.
    # The whole section lives in tools/demo_deployment.py.
    from demo_deployment import run_deployment

    written += run_deployment(gpkg, out, processing)
    # --- end of the deployment section
    # The printed duty map: zones from the coverage run (so the zone pages show road km and the
    # worst travel time), the 1/3/5-minute bands, and May's roster for the day shift of 20 May.
    duty = out / "dutymap_demo.pdf"
    result = processing.run(
        "patrolmap:dutymap",
        {
            "ZONES": cov["OUTPUT"],
            "STATIONS": source + "stations",
            "KEY_SITES": source + "key_sites",
            "ROSTER": source + "duty_roster",
            "COVERAGE": iso["OUTPUT"],
            "ROADS": source + "roads",
            "JURISDICTION": source + "jurisdiction",
            "TITLE": "示范辖区巡防勤务图",
            "DATE": "2024-05-20",
            "SHIFT": "day",
            "ATLAS": True,
            "OUTPUT": str(duty),
        },
    )
    written.append((f"duty map, {result['PAGES']} pages (overview + one page per zone)", duty))

    project_path, picture = write_project(gpkg, out, load_command_map)
    written.append(("QGIS project (open with `make qgis`)", project_path))
    written.append(("picture of the map", picture))
    return written


def fetch_live_units(gpkg: Path, target: Path, processing) -> tuple[str, Path]:
    """The dispatch simulator on the demo roads, read once through patrolmap:fetchunits, as a
    user would check a CAD/AVL feed before connecting the Live dock."""
    from datetime import datetime, timedelta, timezone

    sys.path.insert(0, str(ROOT / "tools"))
    from feedsim import RoadGraph, SimClock, World, start_server

    # Two simulated minutes of patrol, ending now (the client refuses reports from the future).
    start = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(minutes=2)
    world = World(RoadGraph.from_file(gpkg), SimClock(start, speed=None), units=12, seed=7)
    world.clock.advance(120)
    server = start_server(world, port=0)
    try:
        result = processing.run("patrolmap:fetchunits", {"URL": server.url + "/units", "OUTPUT": str(target)})
    finally:
        server.shutdown()
    return (
        f"live units from the dispatch simulator ({result['ACCEPTED']} accepted, "
        f"{result['REJECTED']} rejected)",
        Path(result["OUTPUT"].split("|")[0]),
    )


def write_project(gpkg: Path, out: Path, load_command_map) -> tuple[Path, Path]:
    from plugin import results
    from plugin.commandmap import RESULT_PROPERTY
    from plugin.gui.coverage_dock import RESULTS_KEY
    from plugin.gui.result_styles import style_gaps, style_isochrones

    project = QgsProject.instance()
    project.clear()
    loaded = load_command_map(gpkg, project)
    project.setCrs(loaded.layers["patrol_zones"].crs())
    extra = []
    for name, styler in (("coverage_gaps", style_gaps), ("isochrones", style_isochrones)):
        layer = QgsVectorLayer(str(out / f"{name}.gpkg"), name, "ogr")
        styler(layer)
        extra.append(layer)
    # Gaps (hatched) on top, in the group the Coverage dock replaces when it runs (one group,
    # never two); the response bands under the roads and points, so the station icons and road
    # lines stay readable; marked as the same analysis's result, so a run replaces them too.
    results.add_results(project, RESULTS_KEY, "Coverage results", extra[:1])
    extra[1].setCustomProperty(RESULT_PROPERTY, RESULTS_KEY)
    project.addMapLayer(extra[1], False)
    roads_index = [n.layer() for n in loaded.group.children()].index(loaded.layers["roads"])
    loaded.group.insertLayer(roads_index + 1, extra[1])
    # The response areas sit under the zones, so the zones' colours stay readable.
    loaded.layers["patrol_zones"].setOpacity(0.55)
    extent = loaded.layers["jurisdiction"].extent()
    extent.grow(80)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, project.crs()))
    path = out / "demo_city.qgz"
    project.write(str(path))

    settings = QgsMapSettings()
    order = (
        [loaded.layers[n] for n in ("incidents", "units", "key_sites", "stations")]
        + extra[:1]
        + [loaded.layers[n] for n in ("roads", "patrol_zones")]
        + extra[1:]
        + [loaded.layers["jurisdiction"]]
    )
    settings.setLayers(order)
    settings.setDestinationCrs(project.crs())
    settings.setExtent(extent)
    settings.setOutputSize(QSize(1400, 1600))
    settings.setBackgroundColor(QColor("#f4f1ea"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    picture = out / "demo_map.png"
    job.renderedImage().save(str(picture))
    return path, picture


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--osm", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "demo")
    args = parser.parse_args()
    app = QgsApplication([], False)
    app.initQgis()
    try:
        written = run(args.osm, args.out)
    finally:
        QgsProject.instance().clear()
    width = max(len(str(p)) for _, p in written)
    print("\nPatrolMap demo — outputs:")
    for what, path in written:
        print(f"  {str(path):<{width}}  {what}")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
