"""The feed's health at a glance: a status light and its words, the age of the last update,
and the counts of units by state and of incidents."""

from __future__ import annotations

import html
from datetime import datetime

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...core.live import UNIT_STATES
from ...dispatch import live_styles
from ...i18n import tr
from .common import ERROR_TEXT

COUNTED_STATES = UNIT_STATES
LIGHTS = {"ok": "#2e9e44", "retrying": "#f0a202", "error": "#d62d20", "stopped": "#9a9a9a"}
STATE_COLOURS = {state: look[0] for state, look in live_styles.STATE_LOOK.items()}


def age_text(seconds: float) -> str:
    seconds = max(0, int(seconds))
    if seconds < 60:
        return tr("{seconds} s ago").format(seconds=seconds)
    if seconds < 3600:
        return tr("{minutes} min ago").format(minutes=seconds // 60)
    return tr("{hours} h ago").format(hours=seconds // 3600)


class StatusPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        status_row = QHBoxLayout()
        self.light = QLabel(self)
        self.light.setObjectName("light")
        self.light.setFixedSize(14, 14)
        self.status_label = QLabel("", self)
        self.status_label.setObjectName("status")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        status_row.addWidget(self.light, 0, Qt.AlignmentFlag.AlignTop)
        status_row.addWidget(self.status_label, 1)
        layout.addLayout(status_row)
        self.age_label = QLabel(tr("No update yet."), self)
        self.age_label.setObjectName("age")
        layout.addWidget(self.age_label)
        layout.addWidget(self._build_counts())
        self._state = "stopped"
        self._counts_plain = ""

    def _build_counts(self) -> QWidget:
        # Counts in a grid, one label each: Qt breaks Chinese text anywhere, so a wrapped line
        # would split "2 位置过时" in two.
        self.counts_box = QWidget(self)
        self.counts_box.setObjectName("counts")
        grid = QGridLayout(self.counts_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(1)
        bold = QFont(self.font())
        bold.setBold(True)
        units_title, incidents_title = (
            QLabel(tr("Units:"), self.counts_box),
            QLabel(tr("Incidents:"), self.counts_box),
        )
        for title in (units_title, incidents_title):
            title.setFont(bold)
            title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(units_title, 0, 0)
        self.count_labels: dict[str, QLabel] = {}
        for k, state in enumerate(COUNTED_STATES):
            label = QLabel(self.counts_box)
            label.setObjectName("count_" + state)
            label.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(label, k // 2, 1 + k % 2)
            self.count_labels[state] = label
        incidents_row = (len(COUNTED_STATES) + 1) // 2
        grid.addWidget(incidents_title, incidents_row, 0)
        self.incident_counts = QLabel(self.counts_box)
        self.incident_counts.setObjectName("count_incidents")
        self.incident_counts.setFont(bold)
        grid.addWidget(self.incident_counts, incidents_row, 1, 1, 2)
        grid.setColumnStretch(2, 1)
        return self.counts_box

    @property
    def light_state(self) -> str:
        return self._state

    def set_light(self, light: str, text: str) -> None:
        self._state = light
        colour = LIGHTS[light]
        self.light.setStyleSheet(
            f"background-color: {colour}; border-radius: 7px; border: 1px solid #5c5c5c;"
        )
        self.light.setToolTip(
            {
                "ok": tr("Receiving updates"),
                "retrying": tr("Retrying"),
                "error": tr("Error"),
                "stopped": tr("Stopped"),
            }[light]
        )
        self.status_label.setText(text)

    def show_age(self, last_update: datetime | None, now: datetime, late_after_s: float | None) -> None:
        """How old the last update is; red when ``late_after_s`` is given and passed."""
        if last_update is None:
            self.age_label.setText(tr("No update yet."))
            return
        seconds = (now - last_update).total_seconds()
        self.age_label.setText(tr("Last update: {age}").format(age=age_text(seconds)))
        late = late_after_s is not None and seconds > late_after_s
        self.age_label.setStyleSheet(f"color: {ERROR_TEXT.name()};" if late else "")

    def counts_text(self) -> str:
        """The counts as plain text, e.g. "Units: 2 available · 1 busy · …\nIncidents: 1 open · …"."""
        return self._counts_plain

    def show_counts(self, units: dict[str, int], incidents: dict[str, int]) -> None:
        words = {
            "available": tr("{count} available"),
            "busy": tr("{count} busy"),
            "offline": tr("{count} offline"),
            "stale": tr("{count} stale"),
            "not_reporting": tr("{count} not reporting"),
            "unknown": tr("{count} unknown"),
        }
        shown = []
        for state in COUNTED_STATES:
            label = self.count_labels[state]
            visible = bool(units[state]) or state in ("available", "busy", "offline", "stale")
            label.setVisible(visible)
            text = words[state].format(count=units[state])
            label.setText(f'<span style="color:{STATE_COLOURS[state]}">●</span>&nbsp;{html.escape(text)}')
            if visible:
                shown.append(text)
        incidents_text = tr("{open} open · {assigned} assigned").format(
            open=incidents["open"], assigned=incidents["assigned"]
        )
        self.incident_counts.setText(incidents_text)
        self._counts_plain = (
            tr("Units:") + " " + " · ".join(shown) + "\n" + tr("Incidents:") + " " + incidents_text
        )
