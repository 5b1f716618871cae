"""The dispatch simulator's HTTP server: the PatrolMap feed contract
(docs/dispatch-feed.openapi.yaml) on 127.0.0.1, with injectable faults.

    server = start_server(world, port=0)   # a thread; server.url is "http://127.0.0.1:<port>"
    server.faults.add("429", count=1)      # the next request answers 429 with Retry-After
    server.shutdown()

Endpoints: ``/units``, ``/incidents`` (GeoJSON FeatureCollections, ETag/If-None-Match),
``/sta/v1.1/Things`` (OGC SensorThings v1.1, ``$top``/``$skip`` paging and ``@iot.nextLink``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import random
import socket
import sys
import threading
import time
import zlib
from collections import deque
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from .world import World

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from plugin.core.cn_coords import from_wgs84  # noqa: E402 - pure Python, no QGIS

# Every fault the simulator can inject, and what it does.
FAULTS = {
    "drop": "close the connection without an answer",
    "500": "answer HTTP 500",
    "503": "answer HTTP 503 with Retry-After",
    "429": "answer HTTP 429 Too Many Requests with Retry-After",
    "malformed": "answer 200 with truncated JSON",
    "not_geojson": "answer 200 with JSON that is not a FeatureCollection",
    "slow": "answer only after --slow-s seconds",
    "huge": "answer a body of --huge-bytes bytes (with Content-Length)",
    "huge_chunked": "answer a body of --huge-bytes bytes, chunked (no Content-Length)",
    "bad_records": "add one hostile record for every rejection reason to /units",
    "duplicates": "send every unit twice: its report and an older one after it",
    "replay": "answer the body served two answers ago (an out-of-order, older snapshot)",
    "hostile_values": "add to /units a unit with a 401-digit speed, one with a 5,000-digit integer "
    "property, one whose updated_at is 0001-01-01T00:00:00+01:00 (a clock never set)",
    "endless_chunked": "answer 200 with a chunked body that never ends",
    "gzip_bomb": "answer 200 gzip-encoded: ~100 KB on the wire, --huge-bytes × 10 inflated",
    "huge_headers": "answer 200 with --huge-bytes of header lines before a small body",
    "bad_retry_after": "answer HTTP 429 with a Retry-After header that is not ASCII (\\xb2)",
    "bad_content_length": "answer 200 with a Content-Length header that is not ASCII (\\xb2)",
}


class Faults:
    """Which fault the next request gets: queued ones first (tests), then random rates (CLI)."""

    def __init__(self, rates: dict[str, float] | None = None, seed: int = 11):
        self.rates = dict(rates or {})
        self._queue: deque[tuple[str, str | None]] = deque()
        self._rng = random.Random(seed)
        self._lock = threading.Lock()

    def add(self, name: str, count: int = 1, path: str | None = None) -> None:
        """Inject ``name`` into the next ``count`` requests (to ``path`` only, if given)."""
        if name not in FAULTS:
            raise ValueError(f"unknown fault {name!r}; known: {', '.join(FAULTS)}")
        with self._lock:
            self._queue.extend([(name, path)] * count)

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()
            self.rates.clear()

    def draw(self, path: str) -> str | None:
        with self._lock:
            for i, (name, only) in enumerate(self._queue):
                if only is None or only == path:
                    del self._queue[i]
                    return name
            for name, rate in self.rates.items():
                if self._rng.random() < rate:
                    return name
        return None


# One hostile record per rejection reason, placed near the first unit so only the fault is wrong.
def hostile_features(lon: float, lat: float, now: datetime) -> list:
    t = now.astimezone(timezone.utc).isoformat(timespec="seconds")
    ok = {
        "callsign": "bad",
        "kind": "car",
        "status": "available",
        "heading_deg": 0,
        "speed_kmh": 0,
        "updated_at": t,
    }

    def f(uid, coords=(lon, lat), geometry=None, **props):
        p = {**ok, "unit_id": uid, **props}
        if uid is None:
            del p["unit_id"]
        return {
            "type": "Feature",
            "properties": p,
            "geometry": geometry if geometry is not None else {"type": "Point", "coordinates": list(coords)},
        }

    no_geometry = f("BAD-no-geometry")
    no_geometry["geometry"] = None
    return [
        f(None),
        f("BAD-nan", coords=(float("nan"), lat)),
        f("BAD-inf", coords=(lon, float("inf"))),
        f("BAD-range", coords=(lon + 200.0, lat)),
        f("BAD-text", coords=(str(lon), str(lat))),
        f("BAD-swapped", coords=(lat, lon)),
        f("BAD-time", updated_at="yesterday at 9"),
        f("BAD-zone", updated_at=t[:19]),
        f("BAD-future", updated_at=(now + timedelta(days=1)).isoformat(timespec="seconds")),
        f("BAD-status", status="lunch"),
        f("BAD-kind", kind="tank"),
        f("BAD-speed", speed_kmh=-12),
        no_geometry,
        f("BAD-line", geometry={"type": "LineString", "coordinates": [[lon, lat], [lon, lat + 0.001]]}),
        f("BAD-null-island", coords=(0, 0)),
        "not a feature",
    ]


def feature_collection(reports: list[dict], system: str) -> dict:
    features = []
    for r in reports:
        props = {k: v for k, v in r.items() if k != "lonlat"}
        lon, lat = from_wgs84(*r["lonlat"], system)
        features.append(
            {
                "type": "Feature",
                "id": props.get("unit_id") or props.get("incident_id"),
                "properties": props,
                "geometry": {"type": "Point", "coordinates": [round(lon, 7), round(lat, 7)]},
            }
        )
    return {"type": "FeatureCollection", "features": features}


def sta_things(reports: list[dict], system: str, base: str, top: int, skip: int) -> dict:
    things = []
    for n, r in enumerate(reports[skip : skip + top], start=skip + 1):
        lon, lat = from_wgs84(*r["lonlat"], system)
        things.append(
            {
                "@iot.id": n,
                "@iot.selfLink": f"{base}/Things({n})",
                "name": r["callsign"],
                "description": "patrol unit",
                "properties": {k: r[k] for k in ("unit_id", "kind", "status", "heading_deg", "speed_kmh")},
                "Locations": [
                    {
                        "@iot.id": n,
                        "name": r["unit_id"],
                        "encodingType": "application/geo+json",
                        "location": {"type": "Point", "coordinates": [round(lon, 7), round(lat, 7)]},
                    }
                ],
                "HistoricalLocations": [{"@iot.id": n, "time": r["updated_at"]}],
            }
        )
    doc: dict = {"value": things}
    if skip + top < len(reports):
        doc["@iot.nextLink"] = f"{base}/Things?$top={top}&$skip={skip + top}"
    return doc


def _with_hostile_values(doc: dict, now: datetime) -> bytes:
    """The answer as JSON text with three units whose values no float, no int() and no datetime
    conversion survives: only these three may be lost."""
    t = now.astimezone(timezone.utc).isoformat(timespec="seconds")
    base = doc["features"][0] if doc["features"] else None
    lonlat = base["geometry"]["coordinates"] if base else [24.94, 60.17]
    extra = []
    for uid, props in (
        ("BAD-huge-speed", f'"speed_kmh": 1{"0" * 400}, "updated_at": "{t}"'),
        ("BAD-huge-int", f'"note": {"7" * 5000}, "callsign": {"7" * 5000}, "updated_at": "{t}"'),
        ("BAD-no-clock", '"updated_at": "0001-01-01T00:00:00+01:00"'),
    ):
        extra.append(
            '{"type": "Feature", "properties": {"unit_id": "'
            + uid
            + '", "status": "available", '
            + props
            + "}, "
            '"geometry": {"type": "Point", "coordinates": [' + f"{lonlat[0]}, {lonlat[1]}" + "]}}"
        )
    text = json.dumps(doc, ensure_ascii=False)
    head, tail = text.rsplit("]", 1)
    joiner = ", " if doc["features"] else ""
    return (head + joiner + ", ".join(extra) + "]" + tail).encode()


class SimServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(
        self,
        world: World,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        coordinates: str = "wgs84",
        auth: tuple | None = None,
        faults: Faults | None = None,
        retry_after_s: int = 30,
        retry_after_date: bool = False,
        slow_s: float = 15.0,
        huge_bytes: int = 21 * 1024 * 1024,
        sta_page_size: int = 100,
        quiet: bool = True,
    ):
        super().__init__((host, port), _Handler)
        self.world = world
        self.coordinates = coordinates
        self.auth = auth  # None | ("bearer", token) | ("basic", user, password)
        self.faults = faults or Faults()
        self.retry_after_s = retry_after_s
        self.retry_after_date = retry_after_date
        self.slow_s = slow_s
        self.huge_bytes = huge_bytes
        self.sta_page_size = sta_page_size
        self.quiet = quiet
        self.requests: deque[dict] = deque(maxlen=500)  # what each request carried (tests read it)
        self.serve_incidents = True  # False: /incidents answers 404, as a units-only feed would
        self.in_flight = 0
        self.max_in_flight = 0  # most requests answered at once (a poller must never overlap)
        self._count_lock = threading.Lock()
        self._bodies: dict[str, deque[bytes]] = {}
        self._stopping = threading.Event()
        self.thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def shutdown(self) -> None:
        self._stopping.set()
        super().shutdown()
        self.server_close()

    def remember(self, path: str, body: bytes) -> bytes | None:
        """Keep the last bodies of a path; return the one from two answers ago (for "replay")."""
        history = self._bodies.setdefault(path, deque(maxlen=3))
        older = history[-2] if len(history) >= 2 else None
        history.append(body)
        return older


def start_server(world: World, host: str = "127.0.0.1", port: int = 0, **options) -> SimServer:
    server = SimServer(world, host, port, **options)
    server.thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="dispatch-sim", daemon=True
    )
    server.thread.start()
    return server


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: SimServer

    def date_time_string(self, timestamp=None):  # noqa: ARG002 - BaseHTTPRequestHandler's name
        """The Date header tells the world's clock: the simulated server's own clock (a test
        that sets it apart from PatrolMap's clock gets a server with a skewed clock)."""
        return format_datetime(self.server.world.clock.now(), usegmt=True)

    def log_message(self, fmt, *args):  # noqa: A003 - BaseHTTPRequestHandler's name
        if not self.server.quiet:
            sys.stderr.write("dispatch-sim: " + fmt % args + "\n")

    # --- plumbing ---------------------------------------------------------------------------
    def _send(
        self,
        status: int,
        body: bytes = b"",
        content_type: str = "application/geo+json",
        headers: dict | None = None,
    ) -> None:
        self.send_response(status)
        if body or status not in (204, 304):
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, title: str, headers: dict | None = None) -> None:
        body = json.dumps({"error": {"status": status, "title": title}}).encode()
        self._send(status, body, "application/problem+json", headers)

    def _authorised(self) -> bool:
        auth = self.server.auth
        if auth is None:
            return True
        given = self.headers.get("Authorization", "")
        if auth[0] == "bearer":
            expected = "Bearer " + auth[1]
            challenge = 'Bearer realm="dispatch-sim"'
        else:
            expected = "Basic " + base64.b64encode(f"{auth[1]}:{auth[2]}".encode()).decode()
            challenge = 'Basic realm="dispatch-sim"'
        if hmac.compare_digest(given.encode(), expected.encode()):
            return True
        status = 403 if given else 401
        self._error(status, "Forbidden" if given else "Unauthorized", {"WWW-Authenticate": challenge})
        return False

    def _retry_after(self) -> str:
        if self.server.retry_after_date:
            when = datetime.now(timezone.utc) + timedelta(seconds=self.server.retry_after_s)
            return format_datetime(when, usegmt=True)
        return str(self.server.retry_after_s)

    def _sleep(self, seconds: float) -> bool:
        """Sleep, waking early when the server stops; False if it stopped."""
        return not self.server._stopping.wait(seconds)

    # --- requests ---------------------------------------------------------------------------
    def do_GET(self):  # noqa: N802 - BaseHTTPRequestHandler's name
        server = self.server
        with server._count_lock:
            server.in_flight += 1
            server.max_in_flight = max(server.max_in_flight, server.in_flight)
        try:
            self._get()
        finally:
            with server._count_lock:
                server.in_flight -= 1

    def _get(self) -> None:
        parts = urlsplit(self.path)
        path = parts.path.rstrip("/") or "/"
        self.server.requests.append(
            {
                "path": path,
                "query": parts.query,
                "headers": dict(self.headers.items()),
                "time": time.monotonic(),
            }
        )
        if path not in ("/units", "/incidents", "/sta/v1.1", "/sta/v1.1/Things", "/") or (
            path == "/incidents" and not self.server.serve_incidents
        ):
            self._error(404, "Not Found")
            return
        if path == "/":
            self._send(
                200,
                json.dumps(
                    {"units": "/units", "incidents": "/incidents", "sensorthings": "/sta/v1.1"}
                ).encode(),
                "application/json",
            )
            return
        if not self._authorised():
            return
        fault = self.server.faults.draw(path)
        if fault == "drop":
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        if fault in ("500", "503", "429"):
            headers = {} if fault == "500" else {"Retry-After": self._retry_after()}
            title = {
                "500": "Internal Server Error",
                "503": "Service Unavailable",
                "429": "Too Many Requests",
            }[fault]
            self._error(int(fault), title, headers)
            return
        if fault == "slow" and not self._sleep(self.server.slow_s):
            return
        if fault in ("huge", "huge_chunked"):
            self._huge(chunked=fault == "huge_chunked")
            return
        if fault in ("endless_chunked", "gzip_bomb", "huge_headers", "bad_retry_after", "bad_content_length"):
            self._hostile(fault)
            return
        self.server.world.advance_to()
        body = self._body(path, parts.query, fault)
        if fault == "malformed":
            self._send(200, body[: max(1, len(body) // 2)])
            return
        if fault == "not_geojson":
            self._send(200, b'{"units": []}', "application/json")
            return
        if fault == "replay":
            older = self.server.remember(path, body)
            body = older or body
        else:
            self.server.remember(path, body)
        etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
        headers = {"ETag": etag, "Cache-Control": "no-cache"}
        match = self.headers.get("If-None-Match")
        if match and etag in [m.strip() for m in match.split(",")] and fault is None:
            self._send(304, headers=headers)
            return
        ctype = "application/json" if path.startswith("/sta") else "application/geo+json"
        self._send(200, body, ctype, headers)

    def _body(self, path: str, query: str, fault: str | None) -> bytes:
        world, system = self.server.world, self.server.coordinates
        if path == "/units":
            reports = world.unit_reports()
            doc = feature_collection(reports, system)
            if fault == "duplicates":
                doubled = []
                for feature, report in zip(doc["features"], reports):
                    older = json.loads(json.dumps(feature))
                    t = datetime.fromisoformat(report["updated_at"].replace("Z", "+00:00")) - timedelta(
                        seconds=30
                    )
                    older["properties"]["updated_at"] = t.isoformat(timespec="seconds")
                    older["geometry"]["coordinates"][0] += 0.001
                    doubled += [feature, older]
                doc["features"] = doubled
            if fault == "hostile_values":
                return _with_hostile_values(doc, world.time)
            if fault == "bad_records":
                lon, lat = (
                    doc["features"][0]["geometry"]["coordinates"] if doc["features"] else (24.94, 60.17)
                )
                doc["features"] += hostile_features(lon, lat, world.time)
            return json.dumps(doc, ensure_ascii=False).encode()
        if path == "/incidents":
            return json.dumps(
                feature_collection(world.incident_reports(), system), ensure_ascii=False
            ).encode()
        if path == "/sta/v1.1":
            base = self.server.url + "/sta/v1.1"
            return json.dumps({"value": [{"name": "Things", "url": base + "/Things"}]}).encode()
        q = parse_qs(query)
        top = int((q.get("$top") or [self.server.sta_page_size])[0])
        skip = int((q.get("$skip") or [0])[0])
        return json.dumps(
            sta_things(world.unit_reports(), system, self.server.url + "/sta/v1.1", top, skip),
            ensure_ascii=False,
        ).encode()

    def _hostile(self, fault: str) -> None:
        """Answers made to exhaust a client: it must stop at its size limit at once."""
        body = b'{"type": "FeatureCollection", "features": []}'
        try:
            if fault == "bad_retry_after":
                self._error(429, "Too Many Requests", {"Retry-After": "\xb2"})
                return
            if fault == "bad_content_length":
                self.send_response(200)
                self.send_header("Content-Type", "application/geo+json")
                self.send_header("Content-Length", "\xb2")
                self.end_headers()
                self.wfile.write(body)
                self.close_connection = True
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/geo+json")
            if fault == "huge_headers":
                line = "x" * 1000
                for n in range(self.server.huge_bytes // 1024 + 1):
                    if self.server._stopping.is_set():
                        return
                    self.send_header(f"X-Padding-{n}", line)
                    if n % 256 == 0:
                        self.flush_headers()
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            if fault == "gzip_bomb":
                # Compressed piece by piece: the bomb is small in the simulator too.
                packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: with a gzip header
                piece, left, parts = b"\0" * 1048576, self.server.huge_bytes * 10, []
                while left > 0:
                    parts.append(packer.compress(piece[: min(left, len(piece))]))
                    left -= len(piece)
                packed = b"".join(parts) + packer.flush()
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(packed)))
                self.end_headers()
                self.wfile.write(packed)
                return
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            head = body[:-2]  # '…"features": [': a list that never closes
            self.wfile.write(f"{len(head):x}\r\n".encode() + head + b"\r\n")
            block = b"0," * 32768
            while not self.server._stopping.is_set():
                self.wfile.write(f"{len(block):x}\r\n".encode() + block + b"\r\n")
        except OSError:  # the client gave up, as it should
            self.close_connection = True

    def _huge(self, chunked: bool) -> None:
        size = self.server.huge_bytes
        head = b'{"type": "FeatureCollection", "features": [], "padding": "'
        tail = b'"}'
        filler = size - len(head) - len(tail)
        block = b"x" * 65536
        self.send_response(200)
        self.send_header("Content-Type", "application/geo+json")
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(size))
        self.end_headers()

        def write(data: bytes) -> None:
            if chunked:
                self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            else:
                self.wfile.write(data)

        try:
            write(head)
            while filler > 0 and not self.server._stopping.is_set():
                part = block[: min(filler, len(block))]
                write(part)
                filler -= len(part)
            write(tail)
            if chunked:
                self.wfile.write(b"0\r\n\r\n")
        except OSError:  # the client gave up, as it should
            self.close_connection = True
