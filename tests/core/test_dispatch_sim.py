"""The dispatch simulator over real HTTP (``requests``, no QGIS): the contract it serves, a city
that behaves plausibly, and every fault flag."""

from __future__ import annotations

import json
import math
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
import requests

from plugin.core.cn_coords import gcj02_to_wgs84, ground_distance_m
from plugin.core.feed_formats.geojson import parse_incidents, parse_units
from plugin.core.feed_formats.sensorthings import parse_sensorthings_units

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from feedsim import FAULTS, RoadGraph, SimClock, World, start_server  # noqa: E402
from feedsim.world import PATROL_KMH, RESPONSE_CAP_KMH  # noqa: E402


def get(server, path, **kw):
    return requests.get(server.url + path, timeout=10, **kw)


def units_now(server, world):
    r = get(server, "/units")
    assert r.status_code == 200, r.text
    return parse_units(r.content, world.time)


def distance_to_roads(graph: RoadGraph, lon: float, lat: float) -> float:
    """Metres from a point to the nearest road segment (local flat projection)."""
    kx = math.cos(math.radians(lat)) * 111320.0
    ky = 110540.0
    best = math.inf
    for edge in graph.edges:
        for (x1, y1), (x2, y2) in zip(edge.coords, edge.coords[1:]):
            ax, ay = (lon - x1) * kx, (lat - y1) * ky
            bx, by = (x2 - x1) * kx, (y2 - y1) * ky
            t = max(0.0, min(1.0, (ax * bx + ay * by) / (bx * bx + by * by or 1.0)))
            best = min(best, math.hypot(ax - t * bx, ay - t * by))
    return best


def test_units_follow_the_contract_and_sit_on_the_demo_roads(dispatch_sim, sim_world):
    snap = units_now(dispatch_sim, sim_world)
    assert snap.rejected == [] and len(snap.records) == 12
    assert {r.kind for r in snap.records} == {"car", "motorcycle", "foot", "platform"}
    for record in snap.records:
        assert distance_to_roads(sim_world.graph, record.lon, record.lat) < 1.0, record
    incidents = parse_incidents(get(dispatch_sim, "/incidents").content, sim_world.time)
    assert incidents.rejected == [] and len(incidents.records) == 2


def test_units_move_at_plausible_speeds_for_their_kind(dispatch_sim, sim_world):
    before = {r.unit_id: r for r in units_now(dispatch_sim, sim_world).records}
    sim_world.clock.advance(120)
    after = {r.unit_id: r for r in units_now(dispatch_sim, sim_world).records}
    moved = {}
    for uid, a in after.items():
        b = before[uid]
        seconds = (a.updated_at - b.updated_at).total_seconds()
        assert seconds > 0
        moved[uid] = (a.kind, ground_distance_m(b.lon, b.lat, a.lon, a.lat), seconds)
        assert distance_to_roads(sim_world.graph, a.lon, a.lat) < 1.0
        assert a.speed_kmh <= RESPONSE_CAP_KMH
    for kind, metres, seconds in moved.values():
        # straight-line distance can only be shorter than the distance driven
        top = (RESPONSE_CAP_KMH if kind in ("car", "motorcycle") else PATROL_KMH[kind]) / 3.6 * seconds
        assert metres <= top + 1.0, (kind, metres, seconds)
        if kind == "platform":
            assert metres < 0.5
    assert max(m for k, m, _ in moved.values() if k == "car") > 100.0  # cars do patrol


def test_incidents_are_dispatched_closed_and_units_return_to_service(dispatch_sim, sim_world):
    seen_assigned, seen_closed, busy_while_assigned, freed = set(), set(), set(), set()
    for _ in range(60):  # an hour of simulated time, a minute at a time
        sim_world.clock.advance(60)
        units = {
            r.unit_id: r for r in parse_units(get(dispatch_sim, "/units").content, sim_world.time).records
        }
        incidents = parse_incidents(get(dispatch_sim, "/incidents").content, sim_world.time).records
        for incident in incidents:
            if incident.status == "assigned":
                seen_assigned.add((incident.incident_id, incident.assigned_unit))
                if units[incident.assigned_unit].status == "busy":
                    busy_while_assigned.add(incident.assigned_unit)
            if incident.status == "closed":
                seen_closed.add((incident.incident_id, incident.assigned_unit))
        freed |= {uid for uid in busy_while_assigned if units[uid].status == "available"}
    assert len(seen_assigned) >= 5 and len(seen_closed) >= 5
    assert seen_closed <= seen_assigned  # closed by the unit that was sent
    assert freed, "no unit came back into service after its incident"
    assert all(units[uid].kind != "platform" for _, uid in seen_assigned)


def test_etag_gives_304_until_something_changes(dispatch_sim, sim_world):
    first = get(dispatch_sim, "/units")
    etag = first.headers["ETag"]
    again = get(dispatch_sim, "/units", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    sim_world.clock.advance(10)
    moved = get(dispatch_sim, "/units", headers={"If-None-Match": etag})
    assert moved.status_code == 200 and moved.headers["ETag"] != etag


def _endless_chunked(server) -> None:
    with requests.get(server.url + "/units", stream=True, timeout=10) as r:
        assert r.headers["Transfer-Encoding"] == "chunked"
        assert len(r.raw.read(1_000_000)) == 1_000_000  # and more would follow


def _gzip_bomb(server) -> None:
    with requests.get(server.url + "/units", stream=True, timeout=10) as r:
        assert r.headers["Content-Encoding"] == "gzip"
        packed = r.raw.read(decode_content=False)
        assert len(packed) == int(r.headers["Content-Length"]) < server.huge_bytes // 10


def _huge_headers(server) -> None:
    with pytest.raises(requests.ConnectionError):  # http.client refuses more than 100 headers
        get(server, "/units")


def _bad_retry_after(server) -> None:
    r = get(server, "/units")
    assert r.status_code == 429 and r.headers["Retry-After"] == "\xb2"


def _bad_content_length(server) -> None:
    r = get(server, "/units")
    assert r.status_code == 200 and r.headers["Content-Length"] == "\xb2"


# Faults made to exhaust a client: read only as much as shows the fault.
HOSTILE = {
    "endless_chunked": _endless_chunked,
    "gzip_bomb": _gzip_bomb,
    "huge_headers": _huge_headers,
    "bad_retry_after": _bad_retry_after,
    "bad_content_length": _bad_content_length,
}


def test_every_fault_flag(dispatch_sim, sim_world):
    server = dispatch_sim
    server.slow_s, server.huge_bytes = 0.6, 300_000
    for name in FAULTS:
        server.faults.add(name, path="/units")
        if name == "drop":
            with pytest.raises(requests.ConnectionError):
                get(server, "/units")
            continue
        if name in HOSTILE:
            HOSTILE[name](server)
            continue
        start = time.monotonic()
        r = get(server, "/units")
        took = time.monotonic() - start
        if name in ("500", "503", "429"):
            assert r.status_code == int(name)
            assert ("Retry-After" in r.headers) == (name != "500")
            if name != "500":
                assert r.headers["Retry-After"] == "30"
        elif name == "malformed":
            with pytest.raises(json.JSONDecodeError):
                json.loads(r.content)
        elif name == "not_geojson":
            assert "type" not in r.json()
        elif name == "slow":
            assert took >= 0.6 and r.status_code == 200
        elif name == "huge":
            assert int(r.headers["Content-Length"]) == len(r.content) == 300_000
        elif name == "huge_chunked":
            assert "Content-Length" not in r.headers and r.headers["Transfer-Encoding"] == "chunked"
            assert len(r.content) == 300_000
        elif name == "bad_records":
            snap = parse_units(r.content, sim_world.time)
            assert len(snap.records) == 12 and len(snap.rejected) == 16
        elif name == "duplicates":
            features = r.json()["features"]
            assert len(features) == 24
            snap = parse_units(r.content, sim_world.time)
            assert len(snap.records) == 12 and {x.code for x in snap.rejected} == {"duplicate"}
        elif name == "replay":
            pass  # below, with history
        assert r.status_code in (200, 429, 500, 503)
    # replay: the answer from two answers ago comes back (an out-of-order snapshot)
    server.faults.clear()
    bodies = []
    for _ in range(2):
        sim_world.clock.advance(5)
        bodies.append(get(server, "/units").content)
    server.faults.add("replay")
    sim_world.clock.advance(5)
    assert get(server, "/units").content == bodies[0]


def test_faults_by_rate_and_retry_after_as_an_http_date(dispatch_sim):
    dispatch_sim.retry_after_date = True
    dispatch_sim.faults.rates["429"] = 1.0
    r = get(dispatch_sim, "/units")
    when = datetime.strptime(r.headers["Retry-After"], "%a, %d %b %Y %H:%M:%S GMT").replace(
        tzinfo=timezone.utc
    )
    assert 25 <= (when - datetime.now(timezone.utc)).total_seconds() <= 31
    dispatch_sim.faults.rates["429"] = 0.0
    assert get(dispatch_sim, "/units").status_code == 200
    with pytest.raises(ValueError):
        dispatch_sim.faults.add("earthquake")


@pytest.mark.parametrize(
    "auth, good, bad",
    [
        (
            ("bearer", "s3cret-token"),
            {"Authorization": "Bearer s3cret-token"},
            {"Authorization": "Bearer nope"},
        ),
        (
            ("basic", "dispatcher", "pa55"),
            {"Authorization": "Basic ZGlzcGF0Y2hlcjpwYTU1"},
            {"Authorization": "Basic eDp5"},
        ),
    ],
)
def test_auth_required(dispatch_sim, auth, good, bad):
    dispatch_sim.auth = auth
    missing = get(dispatch_sim, "/units")
    assert missing.status_code == 401 and missing.headers["WWW-Authenticate"].lower().startswith(auth[0])
    assert get(dispatch_sim, "/units", headers=bad).status_code == 403
    assert get(dispatch_sim, "/units", headers=good).status_code == 200
    assert dispatch_sim.requests[-1]["headers"]["Authorization"] == good["Authorization"]


def test_sensorthings_pages_carry_the_same_units(dispatch_sim, sim_world):
    dispatch_sim.sta_page_size = 5
    url, pages = dispatch_sim.url + "/sta/v1.1/Things", []
    while url:
        doc = requests.get(url, timeout=10).json()
        pages.append(json.dumps(doc).encode())
        url = doc.get("@iot.nextLink")
    assert len(pages) == 3
    sta = parse_sensorthings_units(pages, sim_world.time)
    geo = units_now(dispatch_sim, sim_world)
    assert sta.rejected == []
    assert [(r.unit_id, r.lon, r.lat, r.updated_at, r.status) for r in sta.records] == [
        (r.unit_id, r.lon, r.lat, r.updated_at, r.status) for r in geo.records
    ]


def test_gcj02_output_shifts_chinese_positions_and_converts_back(tmp_path):
    # A few streets around Tiananmen, as a GeoJSON road file
    roads = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"name": "长安街", "highway": "primary"},
                "geometry": {
                    "type": "LineString",
                    "coordinates": [[116.380, 39.908], [116.397, 39.908], [116.414, 39.908]],
                },
            },
            {
                "type": "Feature",
                "properties": {"name": "南北街", "highway": "secondary"},
                "geometry": {
                    "type": "LineString",
                    "coordinates": [[116.397, 39.900], [116.397, 39.908], [116.397, 39.918]],
                },
            },
        ],
    }
    path = tmp_path / "beijing.geojson"
    path.write_text(json.dumps(roads, ensure_ascii=False), encoding="utf-8")
    world = World(RoadGraph.from_file(path), SimClock(speed=None), units=6, seed=3)
    server = start_server(world, port=0, coordinates="gcj02")
    try:
        served = requests.get(server.url + "/units", timeout=10).json()["features"]
    finally:
        server.shutdown()
    truth = {r["unit_id"]: r["lonlat"] for r in world.unit_reports()}
    for feature in served:
        lon, lat = feature["geometry"]["coordinates"]
        true = truth[feature["properties"]["unit_id"]]
        assert ground_distance_m(lon, lat, *true) > 100.0  # GCJ-02 really is shifted
        assert ground_distance_m(*gcj02_to_wgs84(lon, lat), *true) < 0.5


def test_same_seed_same_city(demo_road_graph):
    start = datetime(2024, 5, 20, 9, 0, tzinfo=timezone.utc)
    a, b = (World(demo_road_graph, SimClock(start, speed=None), seed=5) for _ in range(2))
    for w in (a, b):
        w.clock.advance(300)
        w.advance_to()
    assert a.unit_reports() == b.unit_reports() and a.incident_reports() == b.incident_reports()


def test_command_line_on_port_zero_prints_the_port_and_serves():
    with subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "tools" / "dispatch_sim.py"),
            "--port",
            "0",
            "--units",
            "4",
            "--fault",
            "500=0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        try:
            line = proc.stdout.readline()
            assert line.startswith("PatrolMap dispatch simulator on http://127.0.0.1:"), (
                line + proc.stderr.read()
            )
            port = int(line.split("(port ")[1].rstrip(")\n"))
            r = requests.get(f"http://127.0.0.1:{port}/units", timeout=10)
            assert len(parse_units(r.content, datetime.now(timezone.utc)).records) == 4
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    assert proc.returncode == 0


def test_command_line_refuses_unknown_faults():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "dispatch_sim.py"), "--fault", "quake"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2 and "unknown fault 'quake'" in result.stderr
