"""HTTP for the dispatch feed, through QGIS's network stack only.

``fetch()`` is a blocking GET through QgsNetworkAccessManager: call it from a QgsTask or a
Processing algorithm, never from the GUI thread of a running QGIS. QGIS's proxy settings,
SSL exceptions and auth configs apply as to every other QGIS request; credentials come only
from an auth config id and are never logged (no header is ever logged here).

Every failure is a FetchError whose message names the cause as a user reads it:
"HTTP 401 Unauthorized: …", "HTTP 429 Too Many Requests, retry after 30 s",
"timed out after 10 s", "payload too large: …", "network error: …".
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from http import HTTPStatus
from urllib.parse import urlsplit

from qgis.core import QgsApplication, QgsFeedback, QgsNetworkAccessManager
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QEventLoop, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..core.feed import (
    MAX_PAGES,
    FeedError,
    parse_content_length,
    parse_http_date,
    parse_retry_after,
    redact_url,
    url_problem,
    utc_now,
)
from ..i18n import tr

ACCEPT = b"application/geo+json, application/json;q=0.9"
_STATUS = QNetworkRequest.Attribute.HttpStatusCodeAttribute
SLICE_MS = 25  # how often a waiting request checks its deadline, size and cancel
# What Qt may hold of an answer before it is read out and counted here. Small, because Qt
# inflates a gzip answer chunk by chunk into this buffer: a 64 KiB chunk of a gzip bomb is
# at most ~64 MB, counted (and refused) at once.
READ_CHUNK = 64 * 1024
_REASON = QNetworkRequest.Attribute.HttpReasonPhraseAttribute


class FetchError(Exception):
    """A request that gave nothing usable.

    ``kind``: "bad_url", "auth_config", "auth" (401/403: stop and ask for credentials), "http",
    "rate_limited" (429/503 with Retry-After), "timeout", "too_large", "network", "invalid"
    (the answer is not a feed), "canceled".
    """

    def __init__(
        self,
        kind: str,
        message: str,
        *,
        status: int | None = None,
        retry_after_s: float | None = None,
        url: str = "",
    ):
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.status = status
        self.retry_after_s = retry_after_s
        self.url = url


@dataclass
class FetchResult:
    url: str
    fetched_at: datetime
    status: int | None = None
    body: bytes = b""
    etag: str | None = None
    not_modified: bool = False  # 304: nothing new since ``etag``
    pages: list[bytes] = field(default_factory=list)  # every page of a paged answer, in order
    server_time: datetime | None = None  # the answer's Date header: the server's clock


def url_error_text(code: str, args: dict) -> str:
    """The words for a ``core.feed.url_problem`` code (the dock, the poller and fetchunits)."""
    if code == "no_url":
        return tr("no feed URL given: enter the feed's base URL, e.g. http://cad.local/api")
    if code == "credentials_in_url":
        return tr(
            "the URL contains a user name or password (user:password@…): remove them and "
            "choose a QGIS auth config instead, where credentials are stored encrypted"
        )
    if code == "no_host":
        return tr("the URL has no host name")
    if code == "bad_host":
        return tr("“{host}” is not a host name").format(host=args.get("host", ""))
    if code == "secret_in_url":
        return tr(
            "the URL carries a secret in its query (“{key}=…”): remove it and keep the credential "
            "in a QGIS auth config instead (choose it under Authentication), where it is stored "
            "encrypted and never saved with the settings, logged or shown"
        ).format(key=args.get("key", ""))
    return tr("the URL must start with http:// or https:// (you typed “{url}”)").format(
        url=args.get("url", "")
    )


def check_url(url: str) -> None:
    problem = url_problem(url)
    if problem is not None:
        raise FetchError("bad_url", url_error_text(*problem), url=redact_url(url or ""))


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def _reason(status: int, phrase: str | None) -> str:
    if phrase:
        return phrase
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def http_error(status: int, phrase: str | None, retry_after_s: float | None, url: str) -> FetchError:
    reason = _reason(status, phrase)
    if status == 401:
        return FetchError(
            "auth",
            tr("HTTP 401 {reason}: the feed needs credentials; choose a valid auth config").format(
                reason=reason
            ),
            status=status,
            url=url,
        )
    if status == 403:
        return FetchError(
            "auth",
            tr("HTTP 403 {reason}: the feed refuses these credentials; check the auth config").format(
                reason=reason
            ),
            status=status,
            url=url,
        )
    if retry_after_s is not None:
        return FetchError(
            "rate_limited",
            tr("HTTP {status} {reason}, retry after {seconds} s").format(
                status=status, reason=reason, seconds=int(round(retry_after_s))
            ),
            status=status,
            retry_after_s=retry_after_s,
            url=url,
        )
    return FetchError(
        "http",
        tr("HTTP {status} {reason} from {url}").format(status=status, reason=reason, url=url),
        status=status,
        url=url,
    )


class _Reply:
    """What a finished QNetworkReply said, copied out before the reply is deleted."""

    def __init__(self, reply, body: bytearray):
        self.error = reply.error()
        self.error_string = reply.errorString()
        status = reply.attribute(_STATUS)
        self.status = int(status) if status not in (None, "") else None
        self.phrase = reply.attribute(_REASON)
        self.headers = {
            bytes(k).decode("latin-1").lower(): bytes(reply.rawHeader(k)).decode("latin-1")
            for k in reply.rawHeaderList()
        }
        if self.error == QNetworkReply.NetworkError.NoError or self.status:
            if reply.isOpen():  # not after abort()
                body += bytes(reply.readAll())
            self.body = bytes(body)
        else:
            self.body = b""


def _get(
    url: str,
    etag: str | None,
    authcfg: str,
    timeout_s: float,
    max_bytes: int,
    feedback: QgsFeedback | None,
    state: dict,
) -> _Reply:
    """One GET through the calling thread's QgsNetworkAccessManager, waited for in a local event
    loop (in a task's worker thread, or the main thread for an algorithm run there).

    Not QgsBlockingNetworkRequest: it writes every answer to QGIS's disk cache, and Qt then turns
    a 304, and even a later 500, into the cached 200. Live police positions have no place in a
    disk cache either, so nothing is cached here.
    """
    request = QNetworkRequest(QUrl(url))
    request.setRawHeader(b"Accept", ACCEPT)
    if etag:
        request.setRawHeader(b"If-None-Match", etag.encode("latin-1", "replace"))
    request.setAttribute(
        QNetworkRequest.Attribute.CacheLoadControlAttribute, QNetworkRequest.CacheLoadControl.AlwaysNetwork
    )
    request.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
    # Follow redirects only within the same scheme, host and port: the credentials go with them.
    request.setAttribute(
        QNetworkRequest.Attribute.RedirectPolicyAttribute,
        QNetworkRequest.RedirectPolicy.SameOriginRedirectPolicy,
    )
    if authcfg:
        ok, request = QgsApplication.authManager().updateNetworkRequest(request, authcfg)
        if not ok:
            raise FetchError(
                "auth_config",
                tr("auth config “{id}” could not be applied (is the master password set?)").format(
                    id=authcfg
                ),
                url=redact_url(url),
            )
    reply = QgsNetworkAccessManager.instance().get(request)
    if authcfg:
        QgsApplication.authManager().updateNetworkReply(reply, authcfg)
    # Qt stops reading from the socket when this buffer is full; it is emptied into ``body`` and
    # counted at every wake-up (Qt's buffer alone caps bytesAvailable(), so a limit checked
    # against it never fired: an endless chunked answer ran into the deadline instead).
    reply.setReadBufferSize(min(max_bytes + 1, READ_CHUNK))
    # No Python slot on the reply's signals: PyQt frees the proxies of such slots only later, in
    # a later event loop of this thread, and one freed after Qt had given this reply's address to
    # the next reply took the next reply's Python wrapper with it (a poll that never ended). Qt
    # wakes the loop (C++ to C++) when the reply finishes, and every SLICE_MS to check the
    # deadline, the size and the caller's cancel.
    loop = QEventLoop()
    reply.finished.connect(loop.quit)
    reply.readyRead.connect(loop.quit)
    body = bytearray()
    tick = QTimer()
    tick.timeout.connect(loop.quit)
    deadline = time.monotonic() + timeout_s
    try:
        if not reply.isFinished():
            tick.start(SLICE_MS)
        while not sip.isdeleted(reply) and not reply.isFinished():
            stopped = _why_stop(reply, body, deadline, max_bytes, feedback, state)
            if stopped:
                state["stopped"] = stopped
                reply.abort()
                break
            loop.exec()
        if sip.isdeleted(reply):
            # Seen once in many end-to-end runs (PyQt handed this request a wrapper whose reply
            # was deleted): a dropped request, retried at the next poll, not an internal error.
            raise FetchError(
                "network", tr("network error: {error}").format(error=tr("the request was dropped"))
            )
        return _Reply(reply, body)
    finally:
        tick.stop()
        if not sip.isdeleted(reply):
            reply.deleteLater()


def _why_stop(
    reply, body: bytearray, deadline: float, max_bytes: int, feedback: QgsFeedback | None, state: dict
) -> str | None:
    """Why to abort the request now, or None: cancel, size (headers and the body as inflated,
    counted as they arrive), deadline."""
    if feedback is not None and feedback.isCanceled():
        return "canceled"
    if "header_bytes" not in state and reply.attribute(_STATUS) is not None:
        # The headers are in: they count towards the limit too (Qt keeps every one of them).
        state["header_bytes"] = sum(len(k) + len(v) + 4 for k, v in reply.rawHeaderPairs())
        declared = parse_content_length(bytes(reply.rawHeader(b"Content-Length")))
        if declared is not None and declared > max_bytes:
            state["size"] = declared
            return "too_large"
    if reply.bytesAvailable():
        body += bytes(reply.read(max_bytes + 1))
    if len(body) + state.get("header_bytes", 0) > max_bytes:
        state["size"] = -1
        return "too_large"
    if time.monotonic() >= deadline:
        return "timeout"
    return None


def fetch(
    url: str,
    *,
    authcfg: str = "",
    timeout_s: float = 10.0,
    max_bytes: int = 20 * 1024 * 1024,
    etag: str | None = None,
    feedback: QgsFeedback | None = None,
    now: Callable[[], datetime] = utc_now,
) -> FetchResult:
    """GET ``url`` with a total deadline of ``timeout_s`` and a size limit; FetchError if unusable.
    ``now`` stamps the answer's ``fetched_at`` (the clock the live layers age units by)."""
    check_url(url)
    shown = redact_url(url)
    if authcfg and authcfg not in QgsApplication.authManager().configIds():
        raise FetchError(
            "auth_config",
            tr("auth config “{id}” does not exist in this QGIS profile").format(id=authcfg),
            url=shown,
        )
    if feedback is not None and feedback.isCanceled():
        raise FetchError("canceled", tr("canceled"), url=shown)
    state: dict = {}
    reply = _get(url, etag, authcfg, timeout_s, max_bytes, feedback, state)
    fetched_at = now()

    stopped = state.get("stopped")
    if stopped == "too_large":
        size = state.get("size", -1)
        if size > 0:
            raise FetchError(
                "too_large",
                tr("payload too large: {size} over the limit of {limit}").format(
                    size=_megabytes(size), limit=_megabytes(max_bytes)
                ),
                url=shown,
            )
        raise FetchError(
            "too_large",
            tr("payload too large: more than {limit}").format(limit=_megabytes(max_bytes)),
            url=shown,
        )
    if stopped == "timeout":
        raise FetchError(
            "timeout", tr("timed out after {seconds} s").format(seconds=seconds_text(timeout_s)), url=shown
        )
    if stopped == "canceled":
        raise FetchError("canceled", tr("canceled"), url=shown)
    if reply.error == QNetworkReply.NetworkError.OperationCanceledError and reply.status is None:
        raise FetchError("timeout", tr("timed out (QGIS network timeout)"), url=shown)

    status = reply.status
    answer_etag = reply.headers.get("etag")
    server_time = parse_http_date(reply.headers.get("date"))
    if status == 304:
        return FetchResult(url, fetched_at, 304, b"", etag, True, server_time=server_time)
    if status is not None and status >= 300:
        retry = parse_retry_after(reply.headers.get("retry-after")) if status in (429, 503) else None
        raise http_error(status, reply.phrase, retry, shown)
    if reply.error != QNetworkReply.NetworkError.NoError or status is None:
        raise FetchError(
            "network",
            tr("network error: {error}").format(error=reply.error_string or tr("no answer")),
            url=shown,
        )
    declared = parse_content_length(reply.headers.get("content-length"))
    if declared is not None and declared > max_bytes:
        raise FetchError(
            "too_large",
            tr("payload too large: {size} over the limit of {limit}").format(
                size=_megabytes(declared), limit=_megabytes(max_bytes)
            ),
            url=shown,
        )
    received = len(reply.body) + sum(len(k) + len(v) + 4 for k, v in reply.headers.items())
    if received > max_bytes:  # the headers count: Qt holds every byte of them
        raise FetchError(
            "too_large",
            tr("payload too large: {size} over the limit of {limit}").format(
                size=_megabytes(received), limit=_megabytes(max_bytes)
            ),
            url=shown,
        )
    return FetchResult(url, fetched_at, status, reply.body, answer_etag, False, [reply.body], server_time)


def seconds_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def fetch_sensorthings(url: str, **options) -> FetchResult:
    """Every page of a SensorThings collection (``@iot.nextLink``): ``fetch_pages`` with that
    format's next link."""
    from ..core.feed_formats import feed_format

    return fetch_pages(url, feed_format("sensorthings").next_link, **options)


def fetch_pages(
    url: str,
    next_link: Callable[[bytes], str | None],
    *,
    authcfg: str = "",
    timeout_s: float = 10.0,
    max_bytes: int = 20 * 1024 * 1024,
    feedback: QgsFeedback | None = None,
    now: Callable[[], datetime] = utc_now,
) -> FetchResult:
    """Every page of a paged answer (``next_link`` of each page gives the next URL), within one
    deadline and one size limit. A next link to another host is not followed: the auth config
    would go with it."""
    start = time.monotonic()
    origin = urlsplit(url).netloc.lower()
    pages: list[bytes] = []
    total = 0
    next_url: str | None = url
    first: FetchResult | None = None
    while next_url:
        if len(pages) >= MAX_PAGES:
            raise FetchError(
                "invalid",
                tr("more than {count} pages of Things: the feed is too large").format(count=MAX_PAGES),
                url=redact_url(url),
            )
        if urlsplit(next_url).netloc.lower() != origin:
            raise FetchError(
                "invalid",
                tr("the next-page link leads to another host ({host}); not followed").format(
                    host=urlsplit(next_url).hostname or "?"
                ),
                url=redact_url(url),
            )
        left = timeout_s - (time.monotonic() - start)
        if left <= 0:
            raise FetchError(
                "timeout",
                tr("timed out after {seconds} s").format(seconds=seconds_text(timeout_s)),
                url=redact_url(url),
            )
        try:
            result = fetch(
                next_url,
                authcfg=authcfg,
                timeout_s=left,
                max_bytes=max_bytes - total,
                feedback=feedback,
                now=now,
            )
        except FetchError as e:
            if e.kind == "timeout":  # name the whole deadline, not what was left of it
                raise FetchError(
                    "timeout",
                    tr("timed out after {seconds} s").format(seconds=seconds_text(timeout_s)),
                    url=e.url,
                ) from None
            if e.kind == "too_large":
                raise FetchError(
                    "too_large",
                    tr("payload too large: more than {limit}").format(limit=_megabytes(max_bytes)),
                    url=e.url,
                ) from None
            raise
        first = first or result
        pages.append(result.body)
        total += len(result.body)
        try:
            next_url = next_link(result.body)
        except FeedError:
            break  # the parser reports it, with the page's content
    assert first is not None
    return FetchResult(url, first.fetched_at, first.status, pages[0], None, False, pages, first.server_time)
