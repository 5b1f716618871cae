"""Polls a dispatch feed and hands finished snapshots to the GUI thread.

INTERFACE ONLY, to be implemented (issue 5): the live layers and the Live dock are written
against this class.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..core.feed import FeedSource


class FeedPoller(QObject):
    """Fetches ``{base}/units`` and ``{base}/incidents`` every ``source.interval_s``.

    Signals are emitted on the thread that owns the poller (the GUI thread):
    - ``snapshot(Snapshot)``: a parsed snapshot (units or incidents), rejected records included;
    - ``status_changed(state, message)``: state is "connecting", "ok", "error",
      "auth_required" (401/403: polling stopped) or "stopped"; message is translated text
      naming the cause (e.g. "HTTP 500 …", "invalid JSON …", "timed out after 10 s").
    """

    snapshot = pyqtSignal(object)
    status_changed = pyqtSignal(str, str)

    def __init__(self, source: FeedSource, parent: QObject | None = None):
        super().__init__(parent)
        self.source = source

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def is_running(self) -> bool:
        return False
