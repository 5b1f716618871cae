"""Issue 10 items 10–12 through QGIS's network stack against the simulator (a real server):
header bytes that are not ASCII, answers made to exhaust the client, and a server whose clock
is off. Each test failed on the code before its fix."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject

from plugin.core.feed import FeedSource
from plugin.dispatch.client import FetchError, fetch
from plugin.dispatch.poller import FeedPoller, fetch_snapshot


def error_of(call, *args, **kwargs) -> FetchError:
    with pytest.raises(FetchError) as info:
        call(*args, **kwargs)
    return info.value


def test_10_a_retry_after_that_is_not_ascii_is_an_http_error_not_a_crash(dispatch_sim):
    dispatch_sim.faults.add("bad_retry_after")
    error = error_of(fetch, dispatch_sim.url + "/units")
    assert error.status == 429 and error.retry_after_s is None and error.kind == "http"


def test_10_a_content_length_that_is_not_ascii_never_raises(dispatch_sim):
    dispatch_sim.faults.add("bad_content_length")
    try:
        result = fetch(dispatch_sim.url + "/units", timeout_s=3)
    except FetchError as e:  # Qt may refuse such an answer: then it is one clear error
        assert e.kind in ("network", "invalid", "timeout"), e.kind
    else:
        assert result.status == 200


MB = 1024 * 1024


@pytest.mark.parametrize(
    ("fault", "size", "limit"),
    [
        ("endless_chunked", 30 * MB, 20 * MB),
        ("gzip_bomb", 30 * MB, 20 * MB),  # 300 MB inflated: ran into the 20 s deadline before
        ("huge_headers", 3 * MB, 1 * MB),  # headers were not counted at all before
    ],
)
def test_11_answers_made_to_exhaust_the_client_stop_at_the_limit_at_once(dispatch_sim, fault, size, limit):
    dispatch_sim.huge_bytes = size
    dispatch_sim.faults.add(fault)
    start = time.monotonic()
    error = error_of(fetch, dispatch_sim.url + "/units", max_bytes=limit, timeout_s=20)
    took = time.monotonic() - start
    assert error.kind == "too_large", error.message
    assert took < 5.0  # not the 20 s deadline


def test_11_within_the_limit_a_gzip_answer_is_read_inflated(dispatch_sim):
    dispatch_sim.huge_bytes = 100 * 1024  # 1,024,000 bytes inflated
    dispatch_sim.faults.add("gzip_bomb")
    result = fetch(dispatch_sim.url + "/units", max_bytes=2 * 1024 * 1024)
    assert len(result.body) == 1_024_000 and set(result.body) == {0}


def test_12_the_date_header_gives_the_skew_and_units_age_by_the_server(dispatch_sim, sim_world):
    # PatrolMap's clock runs 2 min ahead of the server's (the simulator's Date is its world clock).
    ahead = lambda: sim_world.clock.now() + timedelta(minutes=2)  # noqa: E731
    outcome = fetch_snapshot(FeedSource(dispatch_sim.url), "units", dispatch_sim.url + "/units", now=ahead)
    snapshot = outcome.snapshot
    assert snapshot is not None and snapshot.clock_skew_s == pytest.approx(-120, abs=2)
    newest = max(r.updated_at for r in snapshot.records)
    assert abs((snapshot.fetched_at - newest).total_seconds()) < 5  # fresh, not 2 min stale


def test_12_the_poller_warns_once_with_the_offset(qtbot, dispatch_sim, sim_world, qgis_app):
    owner = QObject()
    try:
        ahead = lambda: sim_world.clock.now() + timedelta(minutes=2)  # noqa: E731
        poller = FeedPoller(FeedSource(dispatch_sim.url, interval_s=0.2), owner, now=ahead)
        warnings, snapshots = [], []
        poller.warning.connect(warnings.append)
        poller.snapshot.connect(snapshots.append)
        poller.start()
        qtbot.waitUntil(lambda: len(snapshots) >= 2, timeout=10000)
        for _ in range(2):  # more answers, each with the same skew: no second warning
            count = len(snapshots)
            sim_world.clock.advance(5)
            qtbot.waitUntil(lambda n=count: len(snapshots) > n, timeout=10000)
        assert len(warnings) == 1
        assert "2 min 0 s behind" in warnings[0] or "1 min 59 s behind" in warnings[0]
        units = [s for s in snapshots if s.kind == "units"]
        assert all(
            (s.fetched_at - max(r.updated_at for r in s.records)).total_seconds() < 90 for s in units
        )  # none stale
        poller.stop()
    finally:
        for child in owner.findChildren(FeedPoller):
            child.stop()
        sip.delete(owner)
