"""The feed's settings: URL, format, coordinates, auth config id, interval, deadline, trails."""

from __future__ import annotations

from qgis.gui import QgsAuthConfigSelect, QgsCollapsibleGroupBox
from qgis.PyQt.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QLineEdit, QSpinBox

from ... import settings
from ...core.cn_coords import COORDINATE_SYSTEMS
from ...core.feed import FeedSource, redact_url, url_problem
from ...core.feed_formats import FORMATS
from ...dispatch.client import url_error_text
from ...dispatch.messages import format_labels
from ...i18n import tr


def feed_kinds() -> list[tuple[str, str]]:
    labels = format_labels()
    return [(kind, labels.get(kind, fmt.label)) for kind, fmt in FORMATS.items()]


def coordinate_systems() -> list[tuple[str, str]]:
    labels = {
        "wgs84": tr("WGS 84 (GPS)"),
        "gcj02": tr("GCJ-02 (Chinese map services)"),
        "bd09": tr("BD-09 (Baidu)"),
    }
    return [(system, labels[system]) for system in COORDINATE_SYSTEMS]


def check_feed_url(text: str) -> str | None:
    """Why this URL cannot be a feed's base URL, or None when it can: the poller's own check
    (core.feed.url_problem), asked before anything is saved or polled."""
    problem = url_problem(text)
    if problem is None:
        return None
    return tr("The feed URL cannot be used: {reason}.").format(reason=url_error_text(*problem))


def saved_url() -> str:
    """The feed URL kept in the settings. One an earlier version kept with a secret in its query
    (``?api_key=…``, in plain text in QGIS3.ini) is wiped from the settings and comes back
    masked, for the user to move the secret into an auth config."""
    url = str(settings.LIVE_URL.value())
    problem = url_problem(url)
    if problem is not None and problem[0] == "secret_in_url":
        settings.LIVE_URL.set("")
        return redact_url(url)
    return url


def select_data(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class FeedForm(QgsCollapsibleGroupBox):
    """The "Dispatch feed" box: what to poll and how, read back as a ``FeedSource``."""

    def __init__(self, parent=None):
        super().__init__(tr("Dispatch feed"), parent)
        self.setObjectName("feed_box")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.url_edit = QLineEdit(saved_url(), self)
        self.url_edit.setObjectName("url")
        self.url_edit.setPlaceholderText("http://cad.local/api")
        self.url_edit.setToolTip(
            tr("Base URL: units are read from {base}/units, incidents from {base}/incidents.")
        )
        self.kind_combo = self._combo("kind", feed_kinds(), settings.LIVE_KIND.value())
        self.coordinates_combo = self._combo(
            "coordinates", coordinate_systems(), settings.LIVE_COORDINATES.value()
        )
        self.coordinates_combo.setToolTip(
            tr("What the feed's coordinates are in; they are converted to WGS 84.")
        )
        self.auth_select = QgsAuthConfigSelect(self)
        self.auth_select.setObjectName("authcfg")
        self.auth_select.setConfigId(str(settings.LIVE_AUTHCFG.value()))
        self.interval_spin = self._seconds("interval", 1.0, 300.0, settings.LIVE_INTERVAL_S.value())
        self.deadline_spin = self._seconds("deadline", 1.0, 120.0, settings.LIVE_TIMEOUT_S.value())
        self.interval_spin.valueChanged.connect(self.show_deadline)
        self.deadline_spin.valueChanged.connect(self.show_deadline)
        self.trail_spin = QSpinBox(self)
        self.trail_spin.setObjectName("trail_length")
        self.trail_spin.setRange(0, 500)
        self.trail_spin.setSpecialValueText(tr("off"))
        self.trail_spin.setSuffix(" " + tr("positions"))
        self.trail_spin.setValue(int(settings.LIVE_TRAIL_LENGTH.value()))
        self.trail_spin.setToolTip(tr("Draw each unit's last positions as a line (0: no trails)."))
        form.addRow(tr("URL"), self.url_edit)
        form.addRow(tr("Feed kind"), self.kind_combo)
        form.addRow(tr("Coordinates"), self.coordinates_combo)
        form.addRow(tr("Authentication"), self.auth_select)
        form.addRow(tr("Poll every"), self.interval_spin)
        form.addRow(tr("Give up after"), self.deadline_spin)
        form.addRow(tr("Trails"), self.trail_spin)
        self.show_deadline()

    def _combo(self, name: str, items: list[tuple[str, str]], value) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for data, label in items:
            combo.addItem(label, data)
        select_data(combo, value)
        return combo

    def _seconds(self, name: str, minimum: float, maximum: float, value) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(minimum, maximum)
        spin.setDecimals(0)
        spin.setSuffix(" " + tr("s"))
        spin.setValue(float(value))
        return spin

    def source(self) -> FeedSource:
        return FeedSource(
            base_url=self.url_edit.text().strip().rstrip("/"),
            kind=self.kind_combo.currentData(),
            authcfg=self.auth_select.configId() or "",
            coordinates=self.coordinates_combo.currentData(),
            interval_s=float(self.interval_spin.value()),
            timeout_s=float(self.deadline_spin.value()),
        )

    def save(self, source: FeedSource) -> None:
        """Keep the settings of a source that is being connected (never its secrets: only the
        auth config id; a URL with a secret never gets this far)."""
        settings.LIVE_URL.set(source.base_url)
        settings.LIVE_KIND.set(source.kind)
        settings.LIVE_COORDINATES.set(source.coordinates)
        settings.LIVE_AUTHCFG.set(source.authcfg)
        settings.LIVE_INTERVAL_S.set(source.interval_s)
        settings.LIVE_TIMEOUT_S.set(source.timeout_s)

    def set_editable(self, editable: bool) -> None:
        for widget in (
            self.url_edit,
            self.kind_combo,
            self.coordinates_combo,
            self.auth_select,
            self.interval_spin,
            self.deadline_spin,
        ):
            widget.setEnabled(editable)

    def show_deadline(self, *_) -> None:
        """Say which deadline a poll gets: the one set, or the interval when that is shorter."""
        deadline = self.source().deadline_s
        self.deadline_spin.setToolTip(
            tr(
                "A poll (units, then incidents) that takes longer than this is abandoned and counts as a "
                "failure. Never longer than the poll interval, so polls keep to the interval and never "
                "overlap: now {seconds:g} s."
            ).format(seconds=deadline)
        )
