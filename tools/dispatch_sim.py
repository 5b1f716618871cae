"""PatrolMap dispatch simulator: a CAD/AVL feed on 127.0.0.1 for the demo and the tests.

    tools/dispatch_sim.py                          # the demo city's roads, port 8765
    tools/dispatch_sim.py --port 0 --fault 500=0.1 --fault slow=0.05 --auth bearer:s3cret

Serves /units and /incidents (GeoJSON, docs/dispatch-feed.openapi.yaml) and /sta/v1.1/Things
(OGC SensorThings v1.1). Units drive along the roads at plausible speeds, incidents appear,
the nearest free unit is sent and returns to its beat afterwards. Needs GDAL's Python
bindings to read the road file, not QGIS.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from feedsim import FAULTS, Faults, RoadGraph, SimClock, World, start_server  # noqa: E402


def _fault(text: str) -> tuple[str, float]:
    name, _, rate = text.partition("=")
    if name not in FAULTS:
        raise argparse.ArgumentTypeError(f"unknown fault {name!r}; known: {', '.join(FAULTS)}")
    try:
        value = float(rate) if rate else 1.0
    except ValueError:
        raise argparse.ArgumentTypeError(f"rate of {name} is not a number: {rate!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"rate of {name} must be between 0 and 1")
    return name, value


def _auth(text: str) -> tuple:
    kind, _, rest = text.partition(":")
    if kind == "bearer" and rest:
        return ("bearer", rest)
    if kind == "basic" and ":" in rest:
        user, _, password = rest.partition(":")
        return ("basic", user, password)
    raise argparse.ArgumentTypeError("--auth is bearer:TOKEN or basic:USER:PASSWORD")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="faults:\n" + "\n".join(f"  {k:13} {v}" for k, v in FAULTS.items()),
    )
    p.add_argument(
        "--roads",
        type=Path,
        default=ROOT / "seeds" / "demo_city.gpkg",
        help="road file any GDAL driver reads (layer 'roads' if present, else the first)",
    )
    p.add_argument("--layer", help="road layer name")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765, help="0 picks a free port (printed)")
    p.add_argument("--units", type=int, default=12)
    p.add_argument("--incidents-per-hour", type=float, default=20.0)
    p.add_argument(
        "--dropouts-per-hour",
        type=float,
        default=0.3,
        help="per unit: GPS silences of 1-12 min (stale, then offline on the map)",
    )
    p.add_argument("--speed", type=float, default=1.0, help="simulated seconds per real second")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument(
        "--coordinates",
        choices=("wgs84", "gcj02", "bd09"),
        default="wgs84",
        help="coordinate system of the served positions (GCJ-02/BD-09 only shift inside China)",
    )
    p.add_argument("--auth", type=_auth, help="require bearer:TOKEN or basic:USER:PASSWORD")
    p.add_argument(
        "--fault",
        type=_fault,
        action="append",
        default=[],
        metavar="NAME[=RATE]",
        help="inject a fault into that share of requests (default rate 1)",
    )
    p.add_argument("--retry-after", type=int, default=30, help="seconds sent with 429/503")
    p.add_argument("--retry-after-date", action="store_true", help="send Retry-After as an HTTP-date")
    p.add_argument("--slow-s", type=float, default=15.0)
    p.add_argument("--huge-bytes", type=int, default=21 * 1024 * 1024)
    p.add_argument("--sta-page-size", type=int, default=100)
    p.add_argument("--verbose", action="store_true", help="log every request")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print("warning: serving beyond this machine; the simulator is for tests and demos", file=sys.stderr)
    stop = threading.Event()
    signal.signal(
        signal.SIGTERM, lambda *_: stop.set()
    )  # before the port is printed: a caller may stop us then
    graph = RoadGraph.from_file(args.roads, args.layer)
    clock = SimClock(datetime.now(timezone.utc).replace(microsecond=0), speed=args.speed)
    world = World(
        graph,
        clock,
        units=args.units,
        seed=args.seed,
        incidents_per_hour=args.incidents_per_hour,
        dropouts_per_hour=args.dropouts_per_hour,
    )
    server = start_server(
        world,
        args.host,
        args.port,
        coordinates=args.coordinates,
        auth=args.auth,
        faults=Faults(dict(args.fault), seed=args.seed),
        retry_after_s=args.retry_after,
        retry_after_date=args.retry_after_date,
        slow_s=args.slow_s,
        huge_bytes=args.huge_bytes,
        sta_page_size=args.sta_page_size,
        quiet=not args.verbose,
    )
    base = f"http://{args.host}:{server.port}"
    print(f"PatrolMap dispatch simulator on {base}  (port {server.port})", flush=True)
    print(
        f"  units      {base}/units\n  incidents  {base}/incidents\n  SensorThings {base}/sta/v1.1",
        flush=True,
    )
    print(
        f"  {len(world.units)} units on {len(graph.edges)} road segments, "
        f"{args.coordinates}, faults: {dict(args.fault) or 'none'}; Ctrl+C stops",
        flush=True,
    )
    try:
        while not stop.wait(1.0):
            world.advance_to()
    except KeyboardInterrupt:
        pass
    server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
