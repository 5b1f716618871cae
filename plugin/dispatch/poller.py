"""Polls a dispatch feed and hands finished snapshots to the GUI thread.

A single-shot QTimer on the GUI thread starts one FeedFetchTask (a QgsTask) at a time; the
task fetches and parses every endpoint of the source in its worker thread and the poller gets
the outcome back on the GUI thread. No request overlaps another; an error never clears what
the layers hold (no snapshot is emitted); the next poll waits the interval, the backoff or the
server's Retry-After, whichever applies (plugin/core/feed.py ``next_poll_delay``).

A poll, every endpoint of it, must finish within ``FeedSource.deadline_s``: the request deadline
(``timeout_s``, 10 s by default) but never longer than the poll interval. So a slow feed is
still polled at the interval, and a request never runs into the next poll.

One clock (``now``, ``core.feed.utc_now`` unless a test or the simulator gives another) stamps
each snapshot's ``fetched_at`` and the poller's own times; the live layers age units by the same.
"""

from __future__ import annotations

import contextlib
import random
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial

from qgis.core import QgsApplication, QgsFeedback, QgsTask
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal, pyqtSlot

from ..core.feed import FeedError, FeedSource, Snapshot, next_poll_delay, redact_url, utc_now
from ..core.feed_formats import endpoints, feed_format, parse_snapshot
from ..i18n import tr
from ..log import get_logger
from .client import FetchError, check_url, fetch, fetch_pages, seconds_text
from .messages import feed_error_text

# Less time than this left of a poll's deadline: the next endpoint is not asked at all (it could
# only time out, or race its own timer).
MIN_REQUEST_S = 0.1
# Tasks still running after their poller is gone must stay referenced until QGIS is done with them.
_LIVE_TASKS: set = set()


@dataclass
class Outcome:
    kind: str  # "units" | "incidents"
    snapshot: Snapshot | None = None
    etag: str | None = None
    not_modified: bool = False
    error: FetchError | None = None


def fetch_snapshot(
    source: FeedSource,
    kind: str,
    url: str,
    etag: str | None = None,
    feedback: QgsFeedback | None = None,
    *,
    timeout_s: float | None = None,
    now: Callable[[], datetime] = utc_now,
) -> Outcome:
    """Fetch and parse one endpoint (blocking: call it off the GUI thread) within ``timeout_s``
    (default: the source's deadline for a whole poll). The one fetch of a feed: the poller's
    task and ``patrolmap:fetchunits`` both call it."""
    timeout_s = source.deadline_s if timeout_s is None else timeout_s
    options = {
        "authcfg": source.authcfg,
        "timeout_s": timeout_s,
        "max_bytes": source.max_bytes,
        "feedback": feedback,
        "now": now,
    }
    try:
        next_link = feed_format(source.kind).next_link
        if next_link is not None:
            result = fetch_pages(url, next_link, **options)
        else:
            result = fetch(url, etag=etag, **options)
        if result.not_modified:
            return Outcome(kind, etag=etag, not_modified=True)
        snapshot = parse_snapshot(
            source.kind,
            kind,
            result.pages,
            result.fetched_at,
            source.coordinates,
            source.area,
            server_time=result.server_time,
        )
        return Outcome(kind, snapshot=snapshot, etag=result.etag)
    except FetchError as e:
        # No traceback: it would tie this worker's frames (and the task's feedback, a main-thread
        # QObject) into a reference cycle that Python's collector may then free on any thread.
        return Outcome(kind, error=e.with_traceback(None))
    except FeedError as e:
        return Outcome(kind, error=FetchError("invalid", feed_error_text(e), url=url))


class FeedFetchTask(QgsTask):
    """One poll: every endpoint of the source, fetched and parsed in the worker thread."""

    fetched = pyqtSignal(object)  # list[Outcome], emitted on the GUI thread from finished()

    def __init__(
        self,
        source: FeedSource,
        urls: dict[str, str],
        etags: dict[str, str],
        now: Callable[[], datetime] = utc_now,
    ):
        flags = QgsTask.Flag.CanCancel
        hidden = getattr(QgsTask.Flag, "Hidden", None)  # QGIS ≥ 3.26: keep polls out of the task list
        if hidden is not None:
            flags |= hidden
        super().__init__(tr("PatrolMap live feed"), flags)
        self.source = source
        self.urls = dict(urls)
        self.etags = dict(etags)
        self.outcomes: list[Outcome] = []
        self.feedback = QgsFeedback()
        self.now = now

    def run(self) -> bool:
        deadline = self.source.deadline_s
        start = time.monotonic()
        try:
            for kind, url in self.urls.items():
                if self.isCanceled():
                    return False
                left = deadline - (time.monotonic() - start)
                if left < MIN_REQUEST_S:  # the endpoints before used up the poll's deadline
                    self.outcomes.append(
                        Outcome(
                            kind,
                            error=FetchError(
                                "timeout",
                                tr("timed out after {seconds} s").format(seconds=seconds_text(deadline)),
                                url=_shown(url),
                            ),
                        )
                    )
                    continue
                outcome = fetch_snapshot(
                    self.source, kind, url, self.etags.get(kind), self.feedback, timeout_s=left, now=self.now
                )
                if outcome.error is not None and outcome.error.kind == "timeout":
                    # Name the poll's deadline, not what was left of it for this endpoint.
                    outcome.error = FetchError(
                        "timeout",
                        tr("timed out after {seconds} s").format(seconds=seconds_text(deadline)),
                        url=outcome.error.url,
                    )
                self.outcomes.append(outcome)
                if outcome.error is not None and outcome.error.kind in ("auth", "auth_config", "canceled"):
                    break
            return not self.isCanceled()
        except Exception as e:  # noqa: BLE001 - a worker must never take QGIS down; say what broke
            get_logger().exception("Live feed poll failed")
            self.outcomes.append(
                Outcome(
                    "units",
                    error=FetchError(
                        "internal", tr("internal error while reading the feed: {error}").format(error=e)
                    ),
                )
            )
            return False

    def cancel(self) -> None:
        self.feedback.cancel()
        super().cancel()

    def finished(self, result: bool) -> None:  # noqa: ARG002 - QgsTask's signature
        _LIVE_TASKS.discard(self)
        self.fetched.emit(self.outcomes)


class FeedPoller(QObject):
    """Fetches ``{base}/units`` and ``{base}/incidents`` every ``source.interval_s``.

    Signals are emitted on the thread that owns the poller (the GUI thread):
    - ``snapshot(Snapshot)``: a parsed snapshot (units or incidents), rejected records included;
      nothing is emitted for a 304 (nothing new) or a failed request (keep what you hold);
    - ``status_changed(state, message)``: state is "connecting", "ok", "error",
      "auth_required" (401/403: polling stopped) or "stopped"; message is translated text
      naming the cause (e.g. "HTTP 500 …", "invalid JSON …", "timed out after 10 s").
      Emitted when the state or the message changes.

    ``errors`` keeps the last 20 (time, message) pairs; ``failures`` counts failed polls in a row.

    Give it a parent (the dock that shows it): a parentless QObject left to Python's garbage
    collector can be destroyed on whatever thread the collector happens to run, a worker's too.
    """

    snapshot = pyqtSignal(object)
    status_changed = pyqtSignal(str, str)
    # Something the user should know once, not at every poll (translated text): the server's
    # clock is off, by how much.
    warning = pyqtSignal(str)

    def __init__(
        self,
        source: FeedSource,
        parent: QObject | None = None,
        *,
        rand=None,
        now: Callable[[], datetime] = utc_now,
    ):
        super().__init__(parent)
        self.source = source
        self.now = now
        self.failures = 0
        self.errors: deque[tuple[datetime, str]] = deque(maxlen=20)
        self.state = "stopped"
        self.message = ""
        self.last_poll_at: datetime | None = None
        self.next_delay_s: float | None = None
        self._rand = rand or random.random
        self._etags: dict[str, str] = {}
        self._task: FeedFetchTask | None = None
        self._running = False
        self._generation = 0
        self._started_at = 0.0
        self._skew_told: float | None = None  # the clock skew the user was last told of
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._poll)
        # Deleted mid-request (its dock closed, the plugin unloaded): cancel the request too. The
        # holder is a plain dict so the connection keeps no reference to the poller itself.
        self._held = {"task": None}
        self.destroyed.connect(partial(_cancel_held, self._held))

    # --- interface ---------------------------------------------------------------------------
    def start(self) -> None:
        if self._running:
            return
        try:
            check_url(self.source.base_url)
        except FetchError as e:
            self._set_status("error", e.message)
            return
        # Unlock the auth database here, on the GUI thread, where QGIS can ask for the master
        # password; the worker thread then finds it set.
        if self.source.authcfg and not QgsApplication.authManager().setMasterPassword(True):
            self._set_status(
                "auth_required",
                tr("the QGIS master password is needed to use auth config “{id}”").format(
                    id=self.source.authcfg
                ),
            )
            return
        self._running = True
        self._generation += 1
        self.failures = 0
        self._skew_told = None
        self._etags.clear()
        self._set_status("connecting", tr("connecting to {url}").format(url=_shown(self.source.base_url)))
        self._poll()

    def stop(self) -> None:
        was_running = self._running or self._task is not None
        self._running = False
        self._generation += 1  # a result still on its way is ignored
        self._timer.stop()
        if self._task is not None:
            with contextlib.suppress(RuntimeError):  # already deleted by the task manager
                self._task.cancel()
            self._task = None
        if was_running:
            self._set_status("stopped", tr("stopped"))

    def is_running(self) -> bool:
        return self._running

    def is_fetching(self) -> bool:
        return self._task is not None

    # --- polling ----------------------------------------------------------------------------
    def _poll(self) -> None:
        if not self._running or self._task is not None:
            return  # never two requests at once
        urls = endpoints(self.source)
        task = FeedFetchTask(self.source, urls, self._etags, self.now)
        task.fetched.connect(self._on_fetched)
        task.generation = self._generation
        self._task = task
        self._held["task"] = task
        self._started_at = time.monotonic()
        _LIVE_TASKS.add(task)
        QgsApplication.taskManager().addTask(task)

    @pyqtSlot(object)
    def _on_fetched(self, outcomes: list) -> None:
        task = self.sender()
        if task is not None and getattr(task, "generation", None) != self._generation:
            return
        self._task = None
        if not self._running:
            return
        self.last_poll_at = self.now()
        errors, retry_after, auth, summary = [], None, None, []
        for outcome in outcomes:
            name = tr("units") if outcome.kind == "units" else tr("incidents")
            if outcome.snapshot is not None:
                if outcome.etag:
                    self._etags[outcome.kind] = outcome.etag
                else:
                    self._etags.pop(outcome.kind, None)
                self.snapshot.emit(outcome.snapshot)
                snap = outcome.snapshot
                self._tell_skew(snap.clock_skew_s)
                text = (tr("{count} units") if outcome.kind == "units" else tr("{count} incidents")).format(
                    count=len(snap.records)
                )
                if snap.rejected:
                    text += " " + tr("({count} rejected)").format(count=len(snap.rejected))
                summary.append(text)
            elif outcome.not_modified:
                summary.append(
                    tr("units: no change") if outcome.kind == "units" else tr("incidents: no change")
                )
            elif outcome.error is not None:
                error = outcome.error
                if outcome.kind == "incidents" and error.status == 404:
                    # A feed without incidents: say so once, then poll units only.
                    self.source = _without_incidents(self.source)
                    summary.append(tr("no incidents endpoint (HTTP 404); units only"))
                    continue
                if error.kind in ("auth", "auth_config"):
                    auth = error
                if error.kind == "canceled":
                    continue
                errors.append(tr("{what}: {error}").format(what=name, error=error.message))
                if error.retry_after_s is not None:
                    retry_after = max(retry_after or 0.0, error.retry_after_s)
        if auth is not None:
            self._running = False
            self.errors.append((self.last_poll_at, auth.message))
            get_logger().warning(tr("Live feed stopped: {error}").format(error=auth.message))
            self._set_status("auth_required", auth.message)
            return
        if errors:
            self.failures += 1
            message = _joined(errors)
            self.errors.append((self.last_poll_at, message))
            get_logger().warning(tr("Live feed: {error}").format(error=message))
            delay = next_poll_delay(self.source.interval_s, self.failures, retry_after, rand=self._rand)
            self._set_status(
                "error",
                tr("{error} — next try in {seconds} s").format(error=message, seconds=int(round(delay))),
            )
        else:
            if self.failures:
                get_logger().info(
                    tr("Live feed answers again after {count} failed polls.").format(count=self.failures)
                )
            self.failures = 0
            elapsed = time.monotonic() - self._started_at
            delay = max(0.0, self.source.interval_s - elapsed)
            self._set_status("ok", _joined(summary))
        self.next_delay_s = delay
        self._timer.start(int(delay * 1000))

    def _tell_skew(self, skew: float) -> None:
        """Say once that the server's clock is off (again only when it moves by a minute more)."""
        told = self._skew_told
        if not skew or (told is not None and abs(skew - told) < 60.0):
            return
        self._skew_told = skew
        message = skew_message(skew)
        get_logger().warning(message)
        self.warning.emit(message)

    def _set_status(self, state: str, message: str) -> None:
        if (state, message) == (self.state, self.message):
            return
        self.state, self.message = state, message
        self.status_changed.emit(state, message)


def skew_message(skew_s: float) -> str:
    seconds = int(round(abs(skew_s)))
    offset = (
        tr("{minutes} min {seconds} s").format(minutes=seconds // 60, seconds=seconds % 60)
        if seconds >= 60
        else tr("{seconds} s").format(seconds=seconds)
    )
    if skew_s < 0:
        text = tr("The dispatch server's clock is {offset} behind this computer's clock")
    else:
        text = tr("The dispatch server's clock is {offset} ahead of this computer's clock")
    return text.format(offset=offset) + tr(
        ": unit positions are aged by the server's clock (its Date header). Ask for both clocks to be set by NTP."
    )


def _joined(parts: list[str]) -> str:
    """Parts of one status message in a list, with the separator of the user's language."""
    return tr("; ").join(parts)


def _cancel_held(held: dict, *_):
    task = held.get("task")
    held["task"] = None
    if task is not None and task in _LIVE_TASKS:
        with contextlib.suppress(RuntimeError):
            task.cancel()


def _shown(url: str) -> str:
    return redact_url(url)


def _without_incidents(source: FeedSource) -> FeedSource:
    return replace(source, incidents=False)
