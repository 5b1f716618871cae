"""FeedPoller against the simulator on 127.0.0.1: its signals (pytest-qt), ETag, backoff and
Retry-After, 401 stopping, no overlapping requests, clean stop and deletion mid-request, and a
log that names failures but never credentials."""

from __future__ import annotations

import base64
import time
from datetime import timedelta

import pytest
from qgis.core import QgsApplication, QgsAuthMethodConfig
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject

from plugin.core.feed import FeedSource, Snapshot, merge_units, next_poll_delay
from plugin.dispatch.poller import FeedPoller

SECRET = "Corr3ct-H0rse-dispatch"


def source(sim, **kw) -> FeedSource:
    return FeedSource(sim.url, **{"interval_s": 0.2, "timeout_s": 3.0, **kw})


def first_snapshots(qtbot, poller) -> dict[str, Snapshot]:
    got: dict[str, Snapshot] = {}
    poller.snapshot.connect(lambda s: got.setdefault(s.kind, s))
    poller.start()
    qtbot.waitUntil(lambda: len(got) == 2, timeout=5000)
    return got


def wait_idle(qtbot, poller):
    qtbot.waitUntil(lambda: not poller.is_fetching(), timeout=10000)


@pytest.fixture
def owner(qgis_app):
    """The pollers' parent, as the Live dock is: they are stopped and deleted here, on the GUI
    thread, even when a test fails and its traceback keeps them referenced."""
    holder = QObject()
    yield holder
    for child in holder.findChildren(FeedPoller):
        child.stop()
    sip.delete(holder)


@pytest.fixture
def poller(dispatch_sim, owner):
    return FeedPoller(source(dispatch_sim), owner, rand=lambda: 1.0)


def test_start_emits_units_and_incidents_and_ok(qtbot, poller, dispatch_sim):
    states = []
    poller.status_changed.connect(lambda state, message: states.append((state, message)))
    snapshots = first_snapshots(qtbot, poller)
    assert len(snapshots["units"].records) == 12 and len(snapshots["incidents"].records) == 2
    qtbot.waitUntil(lambda: states and states[-1][0] == "ok", timeout=3000)
    assert states[0] == ("connecting", f"connecting to {dispatch_sim.url}")
    assert states[-1][1].startswith("12 units; 2 incidents")
    assert poller.is_running()


def test_304_emits_nothing_and_new_positions_emit_again(qtbot, poller, dispatch_sim, sim_world):
    first_snapshots(qtbot, poller)
    emitted = []
    poller.snapshot.connect(emitted.append)
    qtbot.waitUntil(
        lambda: sum(1 for r in dispatch_sim.requests if "If-None-Match" in r["headers"]) >= 4, timeout=5000
    )
    assert emitted == []
    assert poller.state == "ok" and "no change" in poller.message
    sim_world.clock.advance(10)
    with qtbot.waitSignal(poller.snapshot, timeout=3000, check_params_cb=lambda s: s.kind == "units"):
        pass


def test_errors_back_off_by_the_policy_and_recover(qtbot, poller, dispatch_sim):
    first_snapshots(qtbot, poller)
    dispatch_sim.faults.rates["500"] = 1.0
    qtbot.waitUntil(lambda: poller.failures >= 2, timeout=10000)
    # rand is fixed at 1: the delay is the policy's ceiling for that many failures
    assert poller.state == "error"
    assert poller.next_delay_s == next_poll_delay(0.2, poller.failures, rand=lambda: 1.0)
    assert "units: HTTP 500 Internal Server Error" in poller.message and "next try in" in poller.message
    assert len(poller.errors) >= 2
    dispatch_sim.faults.clear()
    qtbot.waitUntil(lambda: poller.state == "ok", timeout=10000)
    assert poller.failures == 0


def test_retry_after_is_honoured(qtbot, poller, dispatch_sim):
    first_snapshots(qtbot, poller)
    wait_idle(qtbot, poller)
    dispatch_sim.retry_after_s = 1
    dispatch_sim.faults.add("429", path="/units")
    qtbot.waitUntil(lambda: poller.state == "error", timeout=5000)
    assert poller.message.startswith("units: HTTP 429 Too Many Requests, retry after 1 s")
    assert poller.next_delay_s == 1.0  # not the 0.4 s backoff: the server asked for 1 s
    refused_at = [r["time"] for r in dispatch_sim.requests if r["path"] == "/units"][-1]
    qtbot.waitUntil(lambda: poller.state == "ok", timeout=5000)
    retried_at = [r["time"] for r in dispatch_sim.requests if r["path"] == "/units"][-1]
    assert retried_at - refused_at >= 0.95


def test_401_stops_polling_and_asks_for_credentials(qtbot, poller, dispatch_sim):
    dispatch_sim.auth = ("bearer", "s3cret")
    with qtbot.waitSignal(
        poller.status_changed, timeout=5000, check_params_cb=lambda state, message: state == "auth_required"
    ) as blocker:
        poller.start()
    assert blocker.args[1].startswith("HTTP 401 Unauthorized: the feed needs credentials")
    assert not poller.is_running()
    count = len(dispatch_sim.requests)
    qtbot.wait(600)
    assert len(dispatch_sim.requests) == count  # nothing more is asked


def test_requests_never_overlap(qtbot, dispatch_sim, owner):
    dispatch_sim.slow_s = 0.5
    dispatch_sim.faults.rates["slow"] = 1.0
    p = FeedPoller(source(dispatch_sim, interval_s=0.05), owner)
    try:
        p.start()
        qtbot.waitUntil(lambda: len(dispatch_sim.requests) >= 4, timeout=10000)
    finally:
        p.stop()
    assert dispatch_sim.max_in_flight == 1


def test_a_poll_is_held_to_the_interval_when_the_deadline_is_longer(qtbot, dispatch_sim, owner):
    """Deadline 10 s, interval 1.5 s: a poll is abandoned after 1.5 s and named so; the next
    starts only after it (one request at a time)."""
    dispatch_sim.faults.add("slow", path="/units")  # 5 s
    p = FeedPoller(source(dispatch_sim, interval_s=1.5, timeout_s=10.0), owner, rand=lambda: 1.0)
    assert p.source.deadline_s == 1.5
    started = time.monotonic()
    p.start()
    qtbot.waitUntil(lambda: p.state == "error", timeout=5000)
    took = time.monotonic() - started
    assert 1.4 < took < 3.0, took
    assert p.message.startswith("units: timed out after 1.5 s")
    # Incidents had no time left in that poll: named as timed out too, not fetched after it.
    assert "incidents: timed out after 1.5 s" in p.message
    assert [r["path"] for r in dispatch_sim.requests] == ["/units"]
    qtbot.waitUntil(lambda: p.state == "ok", timeout=10000)
    p.stop()


def test_stop_mid_request_is_clean_and_emits_nothing_late(qtbot, dispatch_sim, owner):
    dispatch_sim.faults.add("slow")
    p = FeedPoller(source(dispatch_sim, interval_s=5.0), owner)  # deadline 3 s: a stop must not wait for it
    late = []
    p.snapshot.connect(late.append)
    p.start()
    qtbot.waitUntil(lambda: dispatch_sim.in_flight == 1, timeout=5000)
    with qtbot.waitSignal(p.status_changed, timeout=1000, check_params_cb=lambda s, m: s == "stopped"):
        p.stop()
    assert not p.is_running()
    started = time.monotonic()
    qtbot.waitUntil(lambda: QgsApplication.taskManager().countActiveTasks() == 0, timeout=5000)
    assert time.monotonic() - started < 4.0  # the request was aborted, not waited out (5 s)
    qtbot.wait(300)
    assert late == []


def test_deleting_the_poller_mid_request_does_not_crash(qtbot, dispatch_sim, owner):
    dispatch_sim.faults.add("slow")
    p = FeedPoller(source(dispatch_sim, interval_s=5.0), owner)  # deadline 3 s
    p.start()
    qtbot.waitUntil(lambda: dispatch_sim.in_flight == 1, timeout=5000)
    sip.delete(p)
    del p
    started = time.monotonic()
    qtbot.waitUntil(lambda: QgsApplication.taskManager().countActiveTasks() == 0, timeout=10000)
    assert time.monotonic() - started < 2.9  # cancelled with it, not left to its 3 s deadline
    qtbot.wait(200)
    # and the next poller works
    p2 = FeedPoller(source(dispatch_sim), owner)
    try:
        with qtbot.waitSignal(p2.snapshot, timeout=10000):
            p2.start()
    finally:
        p2.stop()


def test_out_of_order_and_duplicate_answers_never_move_units_back(qtbot, poller, dispatch_sim, sim_world):
    held: dict = {}
    outdated: list = []

    def apply(snapshot):
        if snapshot.kind == "units":
            merge = merge_units(held, snapshot)
            held.update({r.unit_id: r for r in merge.changed})
            outdated.extend(merge.outdated_ids)

    poller.snapshot.connect(apply)
    first_snapshots(qtbot, poller)
    sim_world.clock.advance(30)
    qtbot.waitUntil(
        lambda: held and min(r.updated_at for r in held.values()) > sim_world.time - timedelta(seconds=31),
        timeout=5000,
    )
    newest = dict(held)
    sim_world.clock.advance(30)
    qtbot.waitUntil(lambda: held != newest, timeout=5000)
    newest = dict(held)
    dispatch_sim.faults.add("replay", path="/units")  # the answer from 30 s ago comes back
    qtbot.waitUntil(lambda: len(outdated) >= 10, timeout=5000)
    assert held == newest
    dispatch_sim.faults.add("duplicates", path="/units")
    sim_world.clock.advance(5)
    with qtbot.waitSignal(poller.snapshot, timeout=5000, check_params_cb=lambda s: s.kind == "units") as b:
        pass
    snapshot = b.args[0]
    assert len(snapshot.records) == 12 and all(r.code == "duplicate" for r in snapshot.rejected)
    assert all(held[uid].updated_at >= newest[uid].updated_at for uid in held)


def test_a_units_only_feed_is_polled_for_units_only(qtbot, dispatch_sim, owner):
    dispatch_sim.serve_incidents = False
    p = FeedPoller(source(dispatch_sim), owner)
    try:
        p.start()
        qtbot.waitUntil(lambda: p.state == "ok", timeout=5000)
        assert "no incidents endpoint (HTTP 404)" in p.message
        count = sum(1 for r in dispatch_sim.requests if r["path"] == "/incidents")
        qtbot.waitUntil(
            lambda: sum(1 for r in dispatch_sim.requests if r["path"] == "/units") >= 3, timeout=5000
        )
        assert sum(1 for r in dispatch_sim.requests if r["path"] == "/incidents") == count == 1
    finally:
        p.stop()


def test_a_url_with_credentials_never_starts(qtbot, dispatch_sim, qgis_app, owner):
    p = FeedPoller(FeedSource(f"http://u:{SECRET}@127.0.0.1:{dispatch_sim.port}"), owner)
    with qtbot.waitSignal(p.status_changed, timeout=1000) as blocker:
        p.start()
    assert (
        blocker.args[0] == "error" and "user:password@" in blocker.args[1] and SECRET not in blocker.args[1]
    )
    assert not p.is_running() and len(dispatch_sim.requests) == 0


def test_auth_config_polls_and_the_log_names_failures_but_never_the_secret(
    qtbot, dispatch_sim, qgis_app, owner
):
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword("pytest-master-password", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("dispatch")
    config.setConfig("username", "dispatcher")
    config.setConfig("password", SECRET)
    assert manager.storeAuthenticationConfig(config)[0]
    logged: list[str] = []
    keep = lambda message, tag, level: logged.append(f"[{tag}] {message}")  # noqa: E731
    QgsApplication.messageLog().messageReceived.connect(keep)
    dispatch_sim.auth = ("basic", "dispatcher", SECRET)
    token = base64.b64encode(f"dispatcher:{SECRET}".encode()).decode()
    try:
        anonymous = FeedPoller(source(dispatch_sim), owner)
        with qtbot.waitSignal(
            anonymous.status_changed, timeout=5000, check_params_cb=lambda s, m: s == "auth_required"
        ):
            anonymous.start()
        p = FeedPoller(source(dispatch_sim, authcfg=config.id()), owner)
        with qtbot.waitSignal(p.snapshot, timeout=5000):
            p.start()
        assert dispatch_sim.requests[-1]["headers"]["Authorization"] == "Basic " + token
        dispatch_sim.faults.add("500", path="/units")
        qtbot.waitUntil(lambda: p.state == "error", timeout=5000)
        p.stop()
        qtbot.wait(100)
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(keep)
        manager.removeAuthenticationConfig(config.id())
    text = "\n".join(logged)
    assert "[PatrolMap] Live feed stopped: HTTP 401 Unauthorized" in text
    assert "[PatrolMap] Live feed: units: HTTP 500 Internal Server Error" in text
    for secret in (SECRET, token, "Authorization", "Basic "):
        assert secret not in text
