"""The feed client through QGIS's network stack against the simulator on 127.0.0.1 (a real
server; the client is not mocked): every fault, ETag, Retry-After, size limits, URLs with
credentials, and a QGIS auth config whose header reaches the server but never the logs."""

from __future__ import annotations

import base64
import threading
import time

import pytest
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsFeedback

from plugin.core.feed import FeedSource
from plugin.dispatch.client import FetchError, fetch, fetch_sensorthings
from plugin.dispatch.poller import fetch_snapshot

SECRET = "Tr0ub4dor&3-dispatch"


def error_of(call, *args, **kwargs) -> FetchError:
    with pytest.raises(FetchError) as info:
        call(*args, **kwargs)
    return info.value


@pytest.fixture
def message_log(qgis_app):
    """Everything written to QGIS's message log during the test (any tag)."""
    messages: list[str] = []

    def keep(message, tag, level):
        messages.append(f"[{tag}] {message}")

    log = QgsApplication.messageLog()
    log.messageReceived.connect(keep)
    yield messages
    QgsApplication.processEvents()
    log.messageReceived.disconnect(keep)


@pytest.fixture
def basic_authcfg(qgis_app):
    """A Basic auth config in the test profile's auth database (master password set first)."""
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword("pytest-master-password", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("dispatch simulator")
    config.setConfig("username", "dispatcher")
    config.setConfig("password", SECRET)
    assert manager.storeAuthenticationConfig(config)[0]
    yield config.id()
    manager.removeAuthenticationConfig(config.id())


def test_a_good_answer_and_what_the_request_carried(dispatch_sim):
    result = fetch(dispatch_sim.url + "/units")
    assert result.status == 200 and result.etag and not result.not_modified
    assert result.body.startswith(b'{"type": "FeatureCollection"')
    headers = dispatch_sim.requests[-1]["headers"]
    assert "application/geo+json" in headers["Accept"]
    assert "If-None-Match" not in headers and "Authorization" not in headers
    assert "QGIS" in headers["User-Agent"]  # it went through QGIS's network manager


def test_etag_is_sent_and_304_means_nothing_new(dispatch_sim, sim_world):
    first = fetch(dispatch_sim.url + "/units")
    again = fetch(dispatch_sim.url + "/units", etag=first.etag)
    assert again.not_modified and again.status == 304 and again.body == b""
    assert dispatch_sim.requests[-1]["headers"]["If-None-Match"] == first.etag
    # QGIS's disk cache must not turn a later error into the cached answer
    dispatch_sim.faults.add("500")
    assert error_of(fetch, dispatch_sim.url + "/units", etag=first.etag).status == 500
    sim_world.clock.advance(10)
    moved = fetch(dispatch_sim.url + "/units", etag=first.etag)
    assert moved.status == 200 and moved.etag != first.etag and moved.body != first.body


@pytest.mark.parametrize(
    "fault, kind, message",
    [
        ("500", "http", "HTTP 500 Internal Server Error from http://127.0.0.1:{port}/units"),
        ("503", "rate_limited", "HTTP 503 Service Unavailable, retry after 30 s"),
        ("429", "rate_limited", "HTTP 429 Too Many Requests, retry after 30 s"),
    ],
)
def test_http_errors_are_named(dispatch_sim, fault, kind, message):
    dispatch_sim.faults.add(fault)
    error = error_of(fetch, dispatch_sim.url + "/units")
    assert (error.kind, error.message) == (kind, message.format(port=dispatch_sim.port))
    assert error.status == int(fault)
    assert error.retry_after_s == (None if fault == "500" else 30.0)


def test_retry_after_as_an_http_date(dispatch_sim):
    dispatch_sim.retry_after_date = True
    dispatch_sim.retry_after_s = 45
    dispatch_sim.faults.add("429")
    error = error_of(fetch, dispatch_sim.url + "/units")
    assert 40.0 <= error.retry_after_s <= 46.0
    assert error.message.startswith("HTTP 429 Too Many Requests, retry after 4")


def test_a_dropped_connection_is_a_network_error(dispatch_sim):
    dispatch_sim.faults.add("drop", count=10)  # Qt silently retries a dropped keep-alive request
    error = error_of(fetch, dispatch_sim.url + "/units")
    assert error.kind == "network" and error.message.startswith("network error: ")


@pytest.mark.parametrize(
    "fault, start",
    [
        ("malformed", "invalid JSON at line 1, column "),
        ("not_geojson", 'not a GeoJSON FeatureCollection: the answer begins {"units": []}'),
    ],
)
def test_answers_that_are_not_a_feed(dispatch_sim, fault, start):
    dispatch_sim.faults.add(fault)
    outcome = fetch_snapshot(FeedSource(dispatch_sim.url), "units", dispatch_sim.url + "/units")
    assert outcome.snapshot is None and outcome.error.kind == "invalid"
    assert outcome.error.message.startswith(start), outcome.error.message


def test_a_slow_answer_times_out_at_the_deadline(dispatch_sim):
    dispatch_sim.faults.add("slow")  # the server sleeps 5 s
    started = time.monotonic()
    error = error_of(fetch, dispatch_sim.url + "/units", timeout_s=0.5)
    took = time.monotonic() - started
    assert (error.kind, error.message) == ("timeout", "timed out after 0.5 s")
    assert 0.45 <= took < 4.0  # the server would answer after 5 s
    dispatch_sim.faults.add("slow")
    assert error_of(fetch, dispatch_sim.url + "/units", timeout_s=1).message == "timed out after 1 s"


@pytest.mark.parametrize(
    "fault, message",
    [
        ("huge", "payload too large: 3.0 MB over the limit of 1.0 MB"),  # Content-Length
        ("huge_chunked", "payload too large: "),  # counted while receiving
    ],
)
def test_payloads_over_the_limit_are_refused(dispatch_sim, fault, message):
    dispatch_sim.huge_bytes = 3 * 1024 * 1024
    dispatch_sim.faults.add(fault)
    error = error_of(fetch, dispatch_sim.url + "/units", max_bytes=1024 * 1024)
    assert error.kind == "too_large" and error.message.startswith(message)
    # the same answer within a larger limit is read in full
    dispatch_sim.faults.add(fault)
    assert len(fetch(dispatch_sim.url + "/units", max_bytes=4 * 1024 * 1024).body) == 3 * 1024 * 1024


def test_urls_with_credentials_are_refused_before_any_request(dispatch_sim):
    before = len(dispatch_sim.requests)
    url = f"http://dispatcher:{SECRET}@127.0.0.1:{dispatch_sim.port}/units"
    error = error_of(fetch, url)
    assert error.kind == "bad_url" and "user:password@" in error.message and SECRET not in error.message
    assert SECRET not in error.url
    assert len(dispatch_sim.requests) == before
    assert error_of(fetch, "ftp://127.0.0.1/units").kind == "bad_url"


def test_a_secret_in_the_query_is_refused_before_any_request_and_never_shown(dispatch_sim):
    # Issue 10 item 13 changed this from "masked in messages" to "refused": such a URL was also
    # saved in plain text with the settings, and a query secret has no place but an auth config.
    error = error_of(fetch, dispatch_sim.url + "/units?api_key=abc123&district=3")
    assert error.kind == "bad_url" and "api_key" in error.message and "auth config" in error.message
    assert "abc123" not in error.message and "abc123" not in error.url
    assert not dispatch_sim.requests  # nothing was sent


def test_other_query_parameters_still_reach_the_server(dispatch_sim):
    dispatch_sim.faults.add("500")
    error = error_of(fetch, dispatch_sim.url + "/units?district=3")
    assert error.status == 500 and "district=3" in error.message
    assert dispatch_sim.requests[-1]["query"] == "district=3"


def test_cancel_from_another_thread_stops_the_request(dispatch_sim):
    feedback = QgsFeedback()
    dispatch_sim.faults.add("slow")
    threading.Timer(0.3, feedback.cancel).start()
    started = time.monotonic()
    error = error_of(fetch, dispatch_sim.url + "/units", timeout_s=10, feedback=feedback)
    assert error.kind == "canceled" and time.monotonic() - started < 4.0  # not the 5 s answer
    assert not QgsFeedback().isCanceled()


def test_auth_config_header_reaches_the_server_and_never_the_logs(
    dispatch_sim, basic_authcfg, message_log, capfd, qtlog
):
    dispatch_sim.auth = ("basic", "dispatcher", SECRET)
    token = base64.b64encode(f"dispatcher:{SECRET}".encode()).decode()
    # without credentials: 401, named, and polling would stop
    error = error_of(fetch, dispatch_sim.url + "/units")
    assert error.kind == "auth" and error.message.startswith("HTTP 401 Unauthorized")
    # with the auth config: the Basic header arrives and the answer is served
    result = fetch(dispatch_sim.url + "/units", authcfg=basic_authcfg)
    assert result.status == 200
    assert dispatch_sim.requests[-1]["headers"]["Authorization"] == "Basic " + token
    # refused credentials: 403 (the simulator now wants other ones)
    dispatch_sim.auth = ("basic", "dispatcher", "another")
    error = error_of(fetch, dispatch_sim.url + "/units", authcfg=basic_authcfg)
    assert error.kind == "auth" and error.message.startswith("HTTP 403 Forbidden")
    dispatch_sim.faults.add("500")
    dispatch_sim.auth = ("basic", "dispatcher", SECRET)
    error_of(fetch, dispatch_sim.url + "/units", authcfg=basic_authcfg)
    QgsApplication.processEvents()
    out, err = capfd.readouterr()
    logged = "\n".join(message_log + [r.message for r in qtlog.records]) + out + err + error.message
    # (the poller's test checks the same on a log that does hold the failures)
    for secret in (SECRET, token, "Authorization"):
        assert secret not in logged


def test_an_unknown_auth_config_is_named(dispatch_sim, qgis_app):
    error = error_of(fetch, dispatch_sim.url + "/units", authcfg="nosuch1")
    assert error.kind == "auth_config" and "nosuch1" in error.message
    assert not dispatch_sim.requests or dispatch_sim.requests[-1]["path"] != "/units"


def test_sensorthings_pages_are_followed_within_one_origin(dispatch_sim):
    dispatch_sim.sta_page_size = 5
    result = fetch_sensorthings(dispatch_sim.url + "/sta/v1.1/Things")
    assert len(result.pages) == 3
    assert [r["query"] for r in list(dispatch_sim.requests)[-3:]] == ["", "$top=5&$skip=5", "$top=5&$skip=10"]
    # the server's next links name 127.0.0.1; asked as "localhost" they lead elsewhere: not followed
    other = f"http://localhost:{dispatch_sim.port}/sta/v1.1/Things"
    error = error_of(fetch_sensorthings, other)
    assert error.kind == "invalid" and "another host (127.0.0.1)" in error.message


def test_fetch_snapshot_parses_what_it_fetched(dispatch_sim):
    source = FeedSource(dispatch_sim.url)
    dispatch_sim.faults.add("bad_records")
    outcome = fetch_snapshot(source, "units", dispatch_sim.url + "/units")
    assert len(outcome.snapshot.records) == 12 and len(outcome.snapshot.rejected) == 16
    assert outcome.etag
    again = fetch_snapshot(source, "units", dispatch_sim.url + "/units", etag=None)
    assert again.snapshot.rejected == []
    assert fetch_snapshot(source, "units", dispatch_sim.url + "/units", etag=again.etag).not_modified
    sta = FeedSource(dispatch_sim.url + "/sta/v1.1", kind="sensorthings")
    from plugin.core.feed_formats import endpoints

    outcome = fetch_snapshot(sta, "units", endpoints(sta)["units"])
    assert [r.unit_id for r in outcome.snapshot.records] == [r.unit_id for r in again.snapshot.records]
