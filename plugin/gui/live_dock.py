"""The Live dock: the dispatch feed on the map, its health, and what to send to an incident.

What it holds: the feed's settings (URL, kind, coordinates, auth config id, interval) and a
``FeedPoller`` that does the polling and parsing off the GUI thread; the snapshots it emits go to
``LiveLayers`` (in place, by id). The dock shows the poller's health (status light, last update
age, errors and rejected records with their reasons), the counts, a filterable unit list with
zoom-to, and two analyses that run through the same Processing algorithms as the toolbox, as
background tasks on copies of the live data (the live layers change every few seconds; a task
must not read a layer the GUI thread is writing):

- select an incident (in the list or on the map) → ``patrolmap:nearestunits`` from the units now
  available, drawn as routes in a styled layer of the Live group;
- "Coverage now" → ``patrolmap:coverage`` with the available units as facilities, re-run as they
  move: at most one run at a time, the next when the previous finished, positions changed and
  ``COVERAGE_MIN_GAP_S`` passed (two shared cores must not spend all their time on it).
"""

from __future__ import annotations

import contextlib
import html
import time
from collections.abc import Callable
from datetime import datetime

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsMapLayerProxyModel,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsAuthConfigSelect, QgsCollapsibleGroupBox, QgsDockWidget, QgsMapLayerComboBox
from qgis.PyQt import sip
from qgis.PyQt.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    QVariant,
)
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import settings
from ..core import schema
from ..core.feed import FeedSource, Snapshot, url_problem
from ..core.live import UNIT_STATES, UnitView, utc_now
from ..dispatch import live_styles
from ..dispatch.client import url_error_text
from ..dispatch.live_layers import CRS, KIND_PROPERTY, LiveLayers
from ..dispatch.messages import rejected_text
from ..dispatch.poller import FeedPoller
from ..i18n import tr
from ..log import get_logger
from . import palette, result_styles
from .alg_runner import AlgorithmRun

NEAREST_ALG = "patrolmap:nearestunits"
COVERAGE_ALG = "patrolmap:coverage"
COVERAGE_MIN_GAP_S = 10.0
NEAREST_REFRESH_S = 15.0
MAX_PROBLEMS = 100
ZOOM_HALF_M = 250.0
ROUTES_PROPERTY = "patrolmap/live_routes"
COVERAGE_PROPERTY = "patrolmap/live_coverage"  # "zones" | "gaps"

COUNTED_STATES = UNIT_STATES
LIGHTS = {"ok": "#2e9e44", "retrying": "#f0a202", "error": "#d62d20", "stopped": "#9a9a9a"}
STATE_COLOURS = {state: look[0] for state, look in live_styles.STATE_LOOK.items()}
ERROR_TEXT = palette.qcolor(palette.ERROR)


def _kinds() -> list[tuple[str, str]]:
    return [("geojson", tr("PatrolMap GeoJSON feed")), ("sensorthings", tr("OGC SensorThings API"))]


def _coordinate_systems() -> list[tuple[str, str]]:
    return [
        ("wgs84", tr("WGS 84 (GPS)")),
        ("gcj02", tr("GCJ-02 (Chinese map services)")),
        ("bd09", tr("BD-09 (Baidu)")),
    ]


def check_feed_url(text: str) -> str | None:
    """Why this URL cannot be a feed's base URL, or None when it can: the poller's own check
    (core.feed.url_problem), asked before anything is saved or polled."""
    problem = url_problem(text)
    if problem is None:
        return None
    return tr("The feed URL cannot be used: {reason}.").format(reason=url_error_text(*problem))


def age_text(seconds: float) -> str:
    seconds = max(0, int(seconds))
    if seconds < 60:
        return tr("{seconds} s ago").format(seconds=seconds)
    if seconds < 3600:
        return tr("{minutes} min ago").format(minutes=seconds // 60)
    return tr("{hours} h ago").format(hours=seconds // 3600)


class UnitTableModel(QAbstractTableModel):
    """The units as a table: call sign, status shown, time of the last fix (the kind in the tooltip)."""

    COLUMNS = 3
    VIEW_ROLE = Qt.ItemDataRole.UserRole + 1
    KIND_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[UnitView] = []
        self._states = live_styles.state_short_labels()
        self._kinds = live_styles.unit_kind_labels()

    def rowCount(self, parent=QModelIndex()):  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Unit"), tr("Status"), tr("Last fix"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        view = self._rows[index.row()]
        record = view.record
        column = index.column()
        if role == self.VIEW_ROLE:
            return view.unit_id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return record.callsign or record.unit_id
            if column == 1:
                return self._states.get(view.state, view.state)
            return record.updated_at.astimezone().strftime("%H:%M:%S")
        if role == self.KIND_ROLE:
            return self._kinds.get(record.kind or "", record.kind or "")
        if role == Qt.ItemDataRole.ToolTipRole:
            text = tr("{unit} · {kind}").format(
                unit=record.unit_id, kind=self._kinds.get(record.kind or "", "?")
            )
            return f"{record.callsign} · {text}" if record.callsign else text
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return QColor(STATE_COLOURS.get(view.state, "#4a5a6a"))
        if role == Qt.ItemDataRole.ForegroundRole and view.state in live_styles.SILENT_STATES:
            return QColor("#6b7785")
        return None

    def set_units(self, views: list[UnitView]) -> None:
        rows = sorted(views, key=lambda v: ((v.record.callsign or v.unit_id).lower(), v.unit_id))
        if [v.unit_id for v in rows] == [v.unit_id for v in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.COLUMNS - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()


class _UnitFilter(QSortFilterProxyModel):
    """Matches the filter text against call sign, unit id, status and kind (any part, any case)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._text = ""

    def set_text(self, text: str) -> None:
        self._text = text.strip().lower()
        self.invalidateFilter()

    def filterAcceptsRow(self, row, parent):  # noqa: N802 - Qt's name
        text = self._text
        if not text:
            return True
        model = self.sourceModel()
        first = model.index(row, 0, parent)
        haystack = [
            str(model.data(first, UnitTableModel.VIEW_ROLE) or ""),
            str(model.data(first, UnitTableModel.KIND_ROLE) or ""),
            str(model.data(first) or ""),
            str(model.data(model.index(row, 1, parent)) or ""),
        ]
        return any(text in value.lower() for value in haystack)


class LiveDock(QgsDockWidget):
    poller_class = FeedPoller  # tests swap in a poller they drive themselves

    def __init__(self, iface, parent=None, now: Callable[[], datetime] = utc_now):
        super().__init__(tr("Live"), parent)
        self.setObjectName("PatrolMapLiveDock")
        self.iface = iface
        self.now = now
        self.poller: FeedPoller | None = None
        self.live = LiveLayers(
            QgsProject.instance(), now=now, trail_length=int(settings.LIVE_TRAIL_LENGTH.value()), parent=self
        )
        self.live.updated.connect(self._on_live_updated)
        self.live.set_canvas(iface.mapCanvas() if iface is not None else None)
        self._state = "stopped"
        self._counts_plain = ""
        self._hidden_layers: list[str] | None = None  # command-map layers hidden while live
        self._last_update: datetime | None = None  # fetched_at of the newest snapshot, by ``now``
        self._watched_incidents: QgsVectorLayer | None = None
        self._selected_incident: str | None = None
        self._nearest = AlgorithmRun(self)
        self._nearest.finished.connect(self._on_nearest_finished)
        self._nearest_for: str | None = None
        self._nearest_pending: str | None = None
        self._nearest_started = 0.0
        self._nearest_shown: str | None = None  # the incident whose routes are on the map
        self._routes_id: str | None = None
        self._coverage = AlgorithmRun(self)
        self._coverage.finished.connect(self._on_coverage_finished)
        self._coverage_started = 0.0
        self._coverage_inputs: tuple | None = None
        self._coverage_timer = QTimer(self)
        self._coverage_timer.setSingleShot(True)
        self._coverage_timer.timeout.connect(self._maybe_run_coverage)
        self._build()
        self._show_deadline()
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(1000)
        self._age_timer.timeout.connect(self._show_age)
        self._age_timer.start()
        self._set_light("stopped", tr("Not connected."))
        project = QgsProject.instance()
        project.layersAdded.connect(self._apply_default_layers)
        self._apply_default_layers()

    # ---------------------------------------------------------------- widgets
    def _build(self) -> None:
        body = QWidget(self)
        body.setObjectName("PatrolMapLiveBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)

        self.feed_box = QgsCollapsibleGroupBox(tr("Dispatch feed"), body)
        self.feed_box.setObjectName("feed_box")
        form = QFormLayout(self.feed_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.url_edit = QLineEdit(str(settings.LIVE_URL.value()), self.feed_box)
        self.url_edit.setObjectName("url")
        self.url_edit.setPlaceholderText("http://cad.local/api")
        self.url_edit.setToolTip(
            tr("Base URL: units are read from {base}/units, incidents from {base}/incidents.")
        )
        self.kind_combo = QComboBox(self.feed_box)
        self.kind_combo.setObjectName("kind")
        for value, label in _kinds():
            self.kind_combo.addItem(label, value)
        self._select_data(self.kind_combo, settings.LIVE_KIND.value())
        self.coordinates_combo = QComboBox(self.feed_box)
        self.coordinates_combo.setObjectName("coordinates")
        for value, label in _coordinate_systems():
            self.coordinates_combo.addItem(label, value)
        self._select_data(self.coordinates_combo, settings.LIVE_COORDINATES.value())
        self.coordinates_combo.setToolTip(
            tr("What the feed's coordinates are in; they are converted to WGS 84.")
        )
        self.auth_select = QgsAuthConfigSelect(self.feed_box)
        self.auth_select.setObjectName("authcfg")
        self.auth_select.setConfigId(str(settings.LIVE_AUTHCFG.value()))
        self.interval_spin = QDoubleSpinBox(self.feed_box)
        self.interval_spin.setObjectName("interval")
        self.interval_spin.setRange(1.0, 300.0)
        self.interval_spin.setDecimals(0)
        self.interval_spin.setSuffix(" " + tr("s"))
        self.interval_spin.setValue(float(settings.LIVE_INTERVAL_S.value()))
        self.deadline_spin = QDoubleSpinBox(self.feed_box)
        self.deadline_spin.setObjectName("deadline")
        self.deadline_spin.setRange(1.0, 120.0)
        self.deadline_spin.setDecimals(0)
        self.deadline_spin.setSuffix(" " + tr("s"))
        self.deadline_spin.setValue(float(settings.LIVE_TIMEOUT_S.value()))
        self.interval_spin.valueChanged.connect(self._show_deadline)
        self.deadline_spin.valueChanged.connect(self._show_deadline)
        self.trail_spin = QSpinBox(self.feed_box)
        self.trail_spin.setObjectName("trail_length")
        self.trail_spin.setRange(0, 500)
        self.trail_spin.setSpecialValueText(tr("off"))
        self.trail_spin.setSuffix(" " + tr("positions"))
        self.trail_spin.setValue(int(settings.LIVE_TRAIL_LENGTH.value()))
        self.trail_spin.setToolTip(tr("Draw each unit's last positions as a line (0: no trails)."))
        self.trail_spin.valueChanged.connect(self._on_trail_length)
        form.addRow(tr("URL"), self.url_edit)
        form.addRow(tr("Feed kind"), self.kind_combo)
        form.addRow(tr("Coordinates"), self.coordinates_combo)
        form.addRow(tr("Authentication"), self.auth_select)
        form.addRow(tr("Poll every"), self.interval_spin)
        form.addRow(tr("Give up after"), self.deadline_spin)
        form.addRow(tr("Trails"), self.trail_spin)
        layout.addWidget(self.feed_box)

        buttons = QHBoxLayout()
        self.connect_button = QPushButton(tr("Connect"), body)
        self.connect_button.setObjectName("connect")
        self.connect_button.setDefault(True)
        self.disconnect_button = QPushButton(tr("Disconnect"), body)
        self.disconnect_button.setObjectName("disconnect")
        self.disconnect_button.setEnabled(False)
        buttons.addWidget(self.connect_button, 1)
        buttons.addWidget(self.disconnect_button, 1)
        layout.addLayout(buttons)
        self.connect_button.clicked.connect(self.connect_feed)
        self.disconnect_button.clicked.connect(self.disconnect_feed)

        status_row = QHBoxLayout()
        self.light = QLabel(body)
        self.light.setObjectName("light")
        self.light.setFixedSize(14, 14)
        self.status_label = QLabel("", body)
        self.status_label.setObjectName("status")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        status_row.addWidget(self.light, 0, Qt.AlignmentFlag.AlignTop)
        status_row.addWidget(self.status_label, 1)
        layout.addLayout(status_row)
        self.age_label = QLabel(tr("No update yet."), body)
        self.age_label.setObjectName("age")
        layout.addWidget(self.age_label)
        # Counts in a grid, one label each: Qt breaks Chinese text anywhere, so a wrapped line
        # would split "2 位置过时" in two.
        self.counts_box = QWidget(body)
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
        layout.addWidget(self.counts_box)

        analysis = QFormLayout()
        analysis.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.network_combo = QgsMapLayerComboBox(body)
        self.network_combo.setObjectName("network")
        self.network_combo.setFilters(QgsMapLayerProxyModel.Filter.LineLayer)
        self.network_combo.setMinimumContentsLength(10)
        self.network_combo.setToolTip(tr("The road network the routes and the coverage are computed on."))
        analysis.addRow(tr("Road network"), self.network_combo)
        layout.addLayout(analysis)

        self.tabs = QTabWidget(body)
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self._build_units_tab(), tr("Units"))
        self.tabs.addTab(self._build_incidents_tab(), tr("Incidents"))
        self.tabs.addTab(self._build_coverage_tab(), tr("Coverage"))
        self.tabs.addTab(self._build_problems_tab(), tr("Problems"))
        layout.addWidget(self.tabs, 1)
        self.setWidget(body)
        self.setMinimumWidth(300)

    def _build_units_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(2, 4, 2, 2)
        self.filter_edit = QLineEdit(tab)
        self.filter_edit.setObjectName("unit_filter")
        self.filter_edit.setPlaceholderText(tr("Filter: call sign, id, status or kind"))
        self.filter_edit.setClearButtonEnabled(True)
        layout.addWidget(self.filter_edit)
        self.unit_model = UnitTableModel(self)
        self.unit_proxy = _UnitFilter(self)
        self.unit_proxy.setSourceModel(self.unit_model)
        self.filter_edit.textChanged.connect(self.unit_proxy.set_text)
        self.unit_view = QTableView(tab)
        self.unit_view.setObjectName("units")
        self.unit_view.setModel(self.unit_proxy)
        self.unit_view.setSortingEnabled(True)
        self.unit_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.unit_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unit_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unit_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unit_view.verticalHeader().setVisible(False)
        self.unit_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.unit_view.horizontalHeader()
        # Status and time as wide as their text ("出警中" was cut to "出…" in a stretched middle
        # column); the call sign takes what is left (elided in a narrow dock, full in its tooltip).
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.unit_view.setToolTip(tr("Double-click a unit to zoom to it."))
        self.unit_view.doubleClicked.connect(self._on_unit_double_clicked)
        layout.addWidget(self.unit_view, 1)
        return tab

    def _build_incidents_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(2, 4, 2, 2)
        self.incident_table = QTableWidget(0, 4, tab)
        self.incident_table.setObjectName("incidents")
        self.incident_table.setHorizontalHeaderLabels(
            [tr("Incident"), tr("Priority"), tr("Status"), tr("Address")]
        )
        self.incident_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.incident_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.incident_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.incident_table.verticalHeader().setVisible(False)
        self.incident_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.incident_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.incident_table.itemSelectionChanged.connect(self._on_incident_row_selected)
        layout.addWidget(self.incident_table, 2)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Nearest available units"), tab))
        self.count_spin = QSpinBox(tab)
        self.count_spin.setObjectName("nearest_count")
        self.count_spin.setRange(1, 10)
        self.count_spin.setValue(int(settings.LIVE_NEAREST_COUNT.value()))
        row.addWidget(self.count_spin)
        row.addStretch(1)
        layout.addLayout(row)
        self.nearest_status = QLabel(tr("Select an incident in the list or on the map."), tab)
        self.nearest_status.setObjectName("nearest_status")
        self.nearest_status.setWordWrap(True)
        layout.addWidget(self.nearest_status)
        self.nearest_table = QTableWidget(0, 3, tab)
        self.nearest_table.setObjectName("nearest")
        self.nearest_table.setHorizontalHeaderLabels([tr("Rank"), tr("Unit"), tr("Minutes")])
        self.nearest_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.nearest_table.verticalHeader().setVisible(False)
        self.nearest_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.nearest_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.nearest_table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.nearest_table, 1)
        return tab

    def _build_coverage_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(2, 4, 2, 2)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.zones_combo = QgsMapLayerComboBox(tab)
        self.zones_combo.setObjectName("zones")
        self.zones_combo.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.zones_combo.setMinimumContentsLength(10)
        form.addRow(tr("Patrol zones"), self.zones_combo)
        layout.addLayout(form)
        self.coverage_check = QCheckBox(tr("Keep coverage current from the available units"), tab)
        self.coverage_check.setObjectName("coverage_now")
        self.coverage_check.setToolTip(
            tr(
                "Runs the coverage check with the units now available as the facilities, again whenever "
                "they have moved (at most every {seconds:g} s)."
            ).format(seconds=COVERAGE_MIN_GAP_S)
        )
        self.coverage_check.setChecked(bool(settings.LIVE_COVERAGE_NOW.value()))
        self.coverage_check.toggled.connect(self._on_coverage_toggled)
        layout.addWidget(self.coverage_check)
        self.coverage_verdict = QLabel("", tab)
        self.coverage_verdict.setObjectName("coverage_verdict")
        self.coverage_verdict.setWordWrap(True)
        font = QFont(self.coverage_verdict.font())
        font.setBold(True)
        self.coverage_verdict.setFont(font)
        layout.addWidget(self.coverage_verdict)
        self.coverage_status = QLabel("", tab)
        self.coverage_status.setObjectName("coverage_status")
        self.coverage_status.setWordWrap(True)
        layout.addWidget(self.coverage_status)
        layout.addStretch(1)
        return tab

    def _build_problems_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(2, 4, 2, 2)
        self.problems = QListWidget(tab)
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setAlternatingRowColors(True)
        layout.addWidget(self.problems, 1)
        clear = QPushButton(tr("Clear"), tab)
        clear.setObjectName("clear_problems")
        clear.clicked.connect(self._clear_problems)
        layout.addWidget(clear, 0, Qt.AlignmentFlag.AlignRight)
        return tab

    @staticmethod
    def _select_data(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _apply_default_layers(self, *_):
        project = QgsProject.instance()
        for combo, name, geometry in (
            (self.network_combo, "roads", QgsWkbTypes.GeometryType.LineGeometry),
            (self.zones_combo, "patrol_zones", QgsWkbTypes.GeometryType.PolygonGeometry),
        ):
            current = combo.currentLayer()
            if current is not None and current.name() == name:
                continue
            wanted = [
                layer
                for layer in project.mapLayersByName(name)
                if isinstance(layer, QgsVectorLayer) and layer.geometryType() == geometry
            ]
            if wanted:
                combo.setLayer(wanted[0])

    # ---------------------------------------------------------------- feed
    def source(self) -> FeedSource:
        return FeedSource(
            base_url=self.url_edit.text().strip().rstrip("/"),
            kind=self.kind_combo.currentData(),
            authcfg=self.auth_select.configId() or "",
            coordinates=self.coordinates_combo.currentData(),
            interval_s=float(self.interval_spin.value()),
            timeout_s=float(self.deadline_spin.value()),
        )

    def connect_feed(self) -> bool:
        """Start polling with the settings in the dock; False (and a message) if they are wrong."""
        problem = check_feed_url(self.url_edit.text())
        if problem:
            self._set_light("error", problem)
            self._add_problem(problem)
            return False
        source = self.source()
        settings.LIVE_URL.set(source.base_url)
        settings.LIVE_KIND.set(source.kind)
        settings.LIVE_COORDINATES.set(source.coordinates)
        settings.LIVE_AUTHCFG.set(source.authcfg)  # the id only; the secret stays in the auth database
        settings.LIVE_INTERVAL_S.set(source.interval_s)
        settings.LIVE_TIMEOUT_S.set(source.timeout_s)
        self._stop_poller()
        poller = self.poller_class(source, self, now=self.now)
        poller.snapshot.connect(self.on_snapshot)
        poller.status_changed.connect(self.on_status)
        self.poller = poller
        self._set_light("retrying", tr("Connecting to {url}…").format(url=source.base_url))
        try:
            poller.start()
        except Exception as e:  # noqa: BLE001 - the user gets a message, never a traceback dialog
            get_logger().exception("Live dock")
            self._stop_poller()
            message = tr("The feed could not be started: {error}").format(error=str(e) or type(e).__name__)
            self._set_light("error", message)
            self._add_problem(message)
            return False
        self._set_connected(True)
        self.feed_box.setCollapsed(True)  # room for the lists; the settings show in the title's tooltip
        self.feed_box.setToolTip(source.base_url)
        return True

    def disconnect_feed(self) -> None:
        self._stop_poller()
        self._show_hidden_layers()
        self._set_connected(False)
        self.feed_box.setCollapsed(False)
        self._set_light("stopped", tr("Disconnected. The map keeps the last positions received."))

    def _stop_poller(self) -> None:
        poller, self.poller = self.poller, None
        if poller is None:
            return
        for signal, slot in ((poller.snapshot, self.on_snapshot), (poller.status_changed, self.on_status)):
            with contextlib.suppress(TypeError):
                signal.disconnect(slot)
        try:
            poller.stop()
        except Exception:  # noqa: BLE001 - stopping must never fail the unload
            get_logger().warning("Live dock: stopping the poller failed", exc_info=True)
        poller.deleteLater()

    def _set_connected(self, connected: bool) -> None:
        self.connect_button.setEnabled(not connected)
        self.disconnect_button.setEnabled(connected)
        for widget in (
            self.url_edit,
            self.kind_combo,
            self.coordinates_combo,
            self.auth_select,
            self.interval_spin,
            self.deadline_spin,
        ):
            widget.setEnabled(not connected)

    def on_status(self, state: str, message: str) -> None:
        """The poller's ``status_changed``: a light and words for the user."""
        if state == "ok":
            self._set_light("ok", message or tr("Receiving updates."))
            return
        if state == "connecting":
            self._set_light("retrying", message or tr("Connecting…"))
            return
        if state == "error":
            running = self.poller is not None and self.poller.is_running()
            text = message or tr("The feed failed.")
            if running:
                self._set_light(
                    "retrying",
                    tr("{error} — retrying; the map keeps the last good state.").format(error=text),
                )
            else:
                self._set_light("error", text)
                self._set_connected(False)
            self._add_problem(text)
            return
        if state == "auth_required":
            text = tr(
                "The feed refused the credentials: {error}. Polling stopped: choose an authentication "
                "configuration and connect again."
            ).format(error=message or "HTTP 401")
            self._set_light("error", text)
            self._add_problem(text)
            self._set_connected(False)
            self.feed_box.setCollapsed(False)
            self.iface.messageBar().pushMessage(tr("Live"), text, Qgis.MessageLevel.Critical, 0)
            return
        if state == "stopped":
            self._set_connected(False)
            self._set_light("stopped", message or tr("Not connected."))
            return
        self._set_light("error", message or state)

    def on_snapshot(self, snapshot: Snapshot) -> None:
        """The poller's ``snapshot``: onto the layers (units prepared off the GUI thread), and its
        rejected records into the problems list."""
        try:
            self.live.submit(snapshot)
        except Exception as e:  # noqa: BLE001 - the user gets a message, never a traceback dialog
            get_logger().exception("Live dock")
            self._add_problem(tr("An update could not be drawn: {error}").format(error=e))
            return
        if self._last_update is None or snapshot.fetched_at > self._last_update:
            self._last_update = snapshot.fetched_at
        self._show_age()
        for rejected in snapshot.rejected[:20]:
            self._add_problem(tr("Rejected: {record}").format(record=rejected_text(rejected, snapshot.kind)))
        if len(snapshot.rejected) > 20:
            what = tr("units") if snapshot.kind == "units" else tr("incidents")
            self._add_problem(
                tr("… and {count} more rejected {what} records.").format(
                    count=len(snapshot.rejected) - 20, what=what
                )
            )

    # ---------------------------------------------------------------- views
    def _on_live_updated(self) -> None:
        self.unit_model.set_units(list(self.live.units.views.values()))
        self._show_counts()
        self._fill_incidents()
        self._watch_incident_layer()
        if self.poller is not None and self._hidden_layers is None:
            self._hide_command_map_layers()
        applied = self.live.last_applied
        if applied is not None and applied.ignored_older:
            get_logger().info(
                "Live: %d out-of-order unit updates ignored (%s)",
                len(applied.ignored_older),
                ", ".join(applied.ignored_older[:10]),
            )
        if applied is not None and applied.kind == "units":
            self._units_changed()

    def _hide_command_map_layers(self) -> None:
        """While the feed is live, the command map's own units and incidents layers (fixed
        positions of the roster, logged incidents) would draw the same units and incidents a
        second time, under the same call signs and ids. Hide them (only their check box: nothing
        of them changes), say so once, and show them again on disconnect."""
        project = QgsProject.instance()
        root = project.layerTreeRoot()
        hidden = []
        for name in (schema.UNITS.name, schema.INCIDENTS.name):
            for layer in project.mapLayersByName(name):
                if layer.customProperty(KIND_PROPERTY):
                    continue  # a live layer
                node = root.findLayer(layer.id())
                if node is not None and node.itemVisibilityChecked():
                    node.setItemVisibilityChecked(False)
                    hidden.append(layer.id())
        self._hidden_layers = hidden
        if hidden and self.iface is not None:
            self.iface.messageBar().pushMessage(
                tr("Live"),
                tr(
                    "The command map's own units and incidents layers are hidden while the feed is live, so no "
                    "unit is drawn twice; they are shown again when you disconnect."
                ),
                Qgis.MessageLevel.Info,
                8,
            )

    def _show_hidden_layers(self) -> None:
        hidden, self._hidden_layers = self._hidden_layers or [], None
        root = QgsProject.instance().layerTreeRoot()
        for layer_id in hidden:
            node = root.findLayer(layer_id)
            if node is not None:
                node.setItemVisibilityChecked(True)

    def counts_text(self) -> str:
        """The counts as plain text, e.g. "Units: 2 available · 1 busy · …\nIncidents: 1 open · …"."""
        return self._counts_plain

    def _show_counts(self) -> None:
        units = self.live.units.counts()
        incidents = self.live.incidents.counts()
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

    def _show_age(self) -> None:
        if self._last_update is None:
            self.age_label.setText(tr("No update yet."))
            return
        seconds = (self.now() - self._last_update).total_seconds()
        self.age_label.setText(tr("Last update: {age}").format(age=age_text(seconds)))
        late = self.poller is not None and seconds > 3 * float(self.interval_spin.value()) + 10
        self.age_label.setStyleSheet(f"color: {ERROR_TEXT.name()};" if late else "")

    def _set_light(self, light: str, text: str) -> None:
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

    @property
    def light_state(self) -> str:
        return self._state

    def _add_problem(self, text: str) -> None:
        stamp = self.now().astimezone().strftime("%H:%M:%S")
        item = QListWidgetItem(f"{stamp}  {text}")
        item.setToolTip(text)
        self.problems.insertItem(0, item)
        while self.problems.count() > MAX_PROBLEMS:
            self.problems.takeItem(self.problems.count() - 1)
        self.tabs.setTabText(3, tr("Problems ({count})").format(count=self.problems.count()))

    def _clear_problems(self) -> None:
        self.problems.clear()
        self.tabs.setTabText(3, tr("Problems"))

    def _show_deadline(self, *_) -> None:
        """Say which deadline a poll gets: the one set, or the interval when that is shorter."""
        deadline = self.source().deadline_s
        self.deadline_spin.setToolTip(
            tr(
                "A poll (units, then incidents) that takes longer than this is abandoned and counts as a "
                "failure. Never longer than the poll interval, so polls keep to the interval and never "
                "overlap: now {seconds:g} s."
            ).format(seconds=deadline)
        )

    def _on_trail_length(self, value: int) -> None:
        settings.LIVE_TRAIL_LENGTH.set(int(value))
        self.live.set_trail_length(int(value))

    # ---------------------------------------------------------------- zoom to a unit
    def _on_unit_double_clicked(self, index) -> None:
        unit_id = self.unit_proxy.data(index, UnitTableModel.VIEW_ROLE)
        if unit_id:
            self.zoom_to_unit(str(unit_id))

    def zoom_to_unit(self, unit_id: str) -> bool:
        view = self.live.units.views.get(unit_id)
        canvas = self.iface.mapCanvas()
        if view is None or canvas is None:
            return False
        project = QgsProject.instance()
        metric = QgsCoordinateReferenceSystem("EPSG:3857")
        try:
            to_metric = QgsCoordinateTransform(QgsCoordinateReferenceSystem(CRS), metric, project)
            centre = to_metric.transform(QgsPointXY(view.record.lon, view.record.lat))
            box = QgsRectangle(
                centre.x() - ZOOM_HALF_M,
                centre.y() - ZOOM_HALF_M,
                centre.x() + ZOOM_HALF_M,
                centre.y() + ZOOM_HALF_M,
            )
            to_canvas = QgsCoordinateTransform(metric, canvas.mapSettings().destinationCrs(), project)
            extent = to_canvas.transformBoundingBox(box)
        except QgsCsException:
            self._set_light(self._state, tr("The unit cannot be shown in the map's coordinate system."))
            return False
        canvas.setExtent(extent)
        canvas.refresh()
        layer = self.live.layer("units")
        fid = self.live.unit_fid(unit_id)
        if layer is not None and fid is not None:
            layer.selectByIds([fid])
            canvas.flashFeatureIds(layer, [fid])
        return True

    # ---------------------------------------------------------------- incidents → nearest units
    def _fill_incidents(self) -> None:
        records = sorted(
            self.live.incidents.records.values(),
            key=lambda r: (r.status == "closed", r.priority or 9, r.incident_id),
        )
        table = self.incident_table
        selected = self._selected_incident
        table.blockSignals(True)
        table.setRowCount(len(records))
        statuses = live_styles.incident_status_labels()
        for row, record in enumerate(records):
            values = (
                record.incident_id,
                "" if record.priority is None else str(record.priority),
                statuses.get(record.status or "", record.status or ""),
                record.address or "",
            )
            for column, value in enumerate(values):
                item = table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    table.setItem(row, column, item)
                item.setText(value)
                item.setData(Qt.ItemDataRole.UserRole, record.incident_id)
                item.setForeground(
                    palette.qcolor(palette.ERROR)
                    if record.priority == 1 and record.status == "open"
                    else palette.qcolor(palette.TEXT)
                )
            if record.incident_id == selected:
                table.selectRow(row)
        if selected is not None and selected not in self.live.incidents.records:
            table.clearSelection()
        table.blockSignals(False)

    def _watch_incident_layer(self) -> None:
        layer = self.live.layer("incidents")
        if layer is self._watched_incidents:
            return
        if self._watched_incidents is not None:
            with contextlib.suppress(TypeError, RuntimeError):
                self._watched_incidents.selectionChanged.disconnect(self._on_map_selection)
        self._watched_incidents = layer
        if layer is not None:
            layer.selectionChanged.connect(self._on_map_selection)

    def _on_map_selection(self, selected, _deselected, _clear) -> None:
        layer = self._watched_incidents
        if layer is None:
            return
        ids = layer.selectedFeatureIds()
        if len(ids) != 1:
            return
        record = self.live.incident_for_fid(ids[0])
        if record is not None and record.incident_id != self._selected_incident:
            self.select_incident(record.incident_id)

    def _on_incident_row_selected(self) -> None:
        rows = {index.row() for index in self.incident_table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return
        item = self.incident_table.item(rows.pop(), 0)
        if item is not None:
            self.select_incident(str(item.data(Qt.ItemDataRole.UserRole)))

    def select_incident(self, incident_id: str) -> None:
        """Show the nearest available units of this incident (list, map selection and routes)."""
        self._selected_incident = incident_id
        self.tabs.setCurrentIndex(1)
        self._fill_incidents()
        layer, fid = self.live.layer("incidents"), self.live.incident_fid(incident_id)
        if layer is not None and fid is not None and layer.selectedFeatureIds() != [fid]:
            layer.selectByIds([fid])
        self.find_nearest(incident_id)

    def find_nearest(self, incident_id: str) -> None:
        if self._nearest.is_running():
            self._nearest_pending = incident_id
            return
        record = self.live.incidents.records.get(incident_id)
        if record is None:
            return
        network = self.network_combo.currentLayer()
        if network is None:
            self._nearest_message(
                tr("Choose a road network layer above to find the nearest units."), error=True
            )
            return
        available = self.live.units.available()
        if not available:
            self._nearest_message(tr("No unit is available now."), error=True)
            self.nearest_table.setRowCount(0)
            return
        incidents = _memory_points(
            f"Point?crs={CRS}&field=incident_id:string(32)",
            "incident",
            [((record.lon, record.lat), [record.incident_id])],
        )
        units = _memory_points(
            f"Point?crs={CRS}&field=unit_id:string(32)&field=callsign:string(32)&field=status:string(16)",
            "available_units",
            [((v.record.lon, v.record.lat), [v.unit_id, v.record.callsign, "available"]) for v in available],
        )
        self._nearest_inputs = (incidents, units)  # alive until the task has read them
        count = int(self.count_spin.value())
        settings.LIVE_NEAREST_COUNT.set(count)
        error = self._nearest.start(
            NEAREST_ALG,
            {
                "NETWORK": network,
                "DEFAULT_SPEED_KMH": float(settings.DEFAULT_SPEED_KMH.value()),
                "SNAP_TOLERANCE": float(settings.SNAP_TOLERANCE_M.value()),
                "INCIDENTS": incidents,
                "INCIDENT_ID_FIELD": "incident_id",
                "UNITS": units,
                "UNIT_ID_FIELD": "unit_id",
                "ONLY_AVAILABLE": True,
                "COUNT": count,
                "OUTPUT": "memory:",
            },
        )
        if error:
            self._nearest_message(error, error=True)
            return
        self._nearest_for = incident_id
        self._nearest_started = time.monotonic()
        if self._nearest_shown != incident_id:
            self._nearest_message(
                tr("Finding the nearest of {count} available units by road…").format(count=len(available))
            )

    def _nearest_message(self, text: str, error: bool = False) -> None:
        self.nearest_status.setStyleSheet(f"color: {ERROR_TEXT.name()};" if error else "")
        self.nearest_status.setText(text)

    def _on_nearest_finished(self, ok: bool, results: dict, message: str) -> None:
        incident_id, self._nearest_for = self._nearest_for, None
        self._nearest_inputs = None
        pending, self._nearest_pending = self._nearest_pending, None
        if pending is not None and pending != incident_id:
            self.find_nearest(pending)
            return
        if not ok:
            self._nearest_message(message, error=True)
            return
        layer = results.get("OUTPUT")
        if layer is None:
            self._nearest_message(tr("The analysis returned no layer."), error=True)
            return
        rows = sorted(
            ((f["rank"], f["unit_id"], f["minutes"]) for f in layer.getFeatures()), key=lambda r: r[0]
        )
        names = {v.unit_id: v.record.callsign or v.unit_id for v in self.live.units.views.values()}
        self.nearest_table.setRowCount(len(rows))
        for row, (rank, unit_id, minutes) in enumerate(rows):
            for column, text in enumerate(
                (str(rank), names.get(str(unit_id), str(unit_id)), f"{float(minutes):.1f}")
            ):
                item = QTableWidgetItem(text)
                if column != 1:
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                self.nearest_table.setItem(row, column, item)
        if rows:
            text = tr(
                "{count} nearest available units for {incident}: the first arrives in {minutes:.1f} min."
            ).format(count=len(rows), incident=incident_id, minutes=float(rows[0][2]))
        else:
            text = tr("No available unit can reach {incident} by road.").format(incident=incident_id)
        if message:
            text += "\n" + message
        self._nearest_message(text)
        self._show_routes(layer, incident_id)
        self._nearest_shown = incident_id

    def _with_callsigns(self, layer: QgsVectorLayer) -> QgsVectorLayer:
        """The algorithm's routes plus each unit's call sign, which is what dispatchers read."""
        provider = layer.dataProvider()
        if layer.fields().indexOf("callsign") < 0:
            provider.addAttributes([QgsField("callsign", QVariant.Type.String, len=32)])
            layer.updateFields()
        index = layer.fields().indexOf("callsign")
        names = {v.unit_id: v.record.callsign for v in self.live.units.views.values()}
        provider.changeAttributeValues(
            {f.id(): {index: names.get(str(f["unit_id"]))} for f in layer.getFeatures()}
        )
        return layer

    def _show_routes(self, layer: QgsVectorLayer, incident_id: str) -> None:
        """One routes layer for the session, refilled in place (no layer-tree churn on refresh)."""
        project = QgsProject.instance()
        layer = self._with_callsigns(layer)
        held = self.routes_layer()
        name = tr("Routes to {incident}").format(incident=incident_id)
        if held is not None and held.fields().names() == layer.fields().names() and held.crs() == layer.crs():
            provider = held.dataProvider()
            provider.truncate()
            provider.addFeatures(list(layer.getFeatures()))
            held.setName(name)
            held.setCustomProperty(ROUTES_PROPERTY, incident_id)
            held.updateExtents()
            self.live.repaint(held)
            return
        if held is not None:
            project.removeMapLayer(held.id())
        layer.setName(name)
        layer.setCustomProperty(ROUTES_PROPERTY, incident_id)
        live_styles.style_routes(layer)
        project.addMapLayer(layer, False)
        group = self.live.group()
        group.insertLayer(0, layer)
        self._routes_id = layer.id()

    def routes_layer(self) -> QgsVectorLayer | None:
        """The nearest-unit routes layer (also one kept, empty, by a reopened project)."""
        project = QgsProject.instance()
        layer = project.mapLayer(self._routes_id) if self._routes_id else None
        if layer is None:
            layer = next(
                (m for m in project.mapLayers().values() if m.customProperty(ROUTES_PROPERTY) is not None),
                None,
            )
            self._routes_id = layer.id() if layer is not None else None
        return layer

    # ---------------------------------------------------------------- coverage now
    def _on_coverage_toggled(self, on: bool) -> None:
        settings.LIVE_COVERAGE_NOW.set(bool(on))
        if on:
            self._coverage_inputs = None
            self._maybe_run_coverage()
        else:
            self._coverage_timer.stop()
            self.coverage_status.setText(tr("Off."))

    def _units_changed(self) -> None:
        if self.coverage_check.isChecked():
            self._maybe_run_coverage()
        # The selected incident's nearest units change as units move: refresh them now and then.
        incident = self._selected_incident
        if (
            incident is not None
            and incident == self._nearest_shown
            and not self._nearest.is_running()
            and incident in self.live.incidents.records
            and time.monotonic() - self._nearest_started >= NEAREST_REFRESH_S
        ):
            self.find_nearest(incident)

    def _available_key(self) -> tuple:
        return tuple(
            sorted(
                (v.unit_id, round(v.record.lon, 6), round(v.record.lat, 6))
                for v in self.live.units.available()
            )
        )

    def _maybe_run_coverage(self) -> None:
        """Run the coverage check when it is on, idle, due, and the available units moved."""
        if not self.coverage_check.isChecked() or self._coverage.is_running():
            return
        key = self._available_key()
        if key == self._coverage_inputs:
            return
        wait = COVERAGE_MIN_GAP_S - (time.monotonic() - self._coverage_started)
        if self._coverage_started and wait > 0:
            if not self._coverage_timer.isActive():
                self._coverage_timer.start(int(wait * 1000) + 50)
            return
        network, zones = self.network_combo.currentLayer(), self.zones_combo.currentLayer()
        if network is None or zones is None:
            self.coverage_status.setText(tr("Choose the road network and the patrol zones."))
            return
        available = self.live.units.available()
        if not available:
            self.coverage_status.setText(tr("No unit is available now: nothing covers any zone."))
            self._coverage_inputs = key
            return
        facilities = _memory_points(
            f"Point?crs={CRS}&field=unit_id:string(32)",
            "available_units",
            [((v.record.lon, v.record.lat), [v.unit_id]) for v in available],
        )
        self._coverage_facilities = facilities
        error = self._coverage.start(
            COVERAGE_ALG,
            {
                "NETWORK": network,
                "DEFAULT_SPEED_KMH": float(settings.DEFAULT_SPEED_KMH.value()),
                "SNAP_TOLERANCE": float(settings.SNAP_TOLERANCE_M.value()),
                "ZONES": zones,
                "FACILITIES": facilities,
                "FACILITY_ID_FIELD": "unit_id",
                "OUTPUT": "memory:",
                "GAPS": "memory:",
            },
            ("OUTPUT", "GAPS"),
        )
        if error:
            self.coverage_status.setText(error)
            return
        self._coverage_started = time.monotonic()
        self._coverage_inputs = key
        self.coverage_status.setText(
            tr("Checking coverage from {count} available units…").format(count=len(available))
        )

    def _on_coverage_finished(self, ok: bool, results: dict, message: str) -> None:
        self._coverage_facilities = None
        if not ok:
            self.coverage_status.setText(message)
            self.coverage_status.setStyleSheet(f"color: {ERROR_TEXT.name()};")
        else:
            self.coverage_status.setStyleSheet("")
            compliant, total = int(results.get("COMPLIANT") or 0), int(results.get("ZONE_COUNT") or 0)
            self.coverage_verdict.setText(str(results.get("VERDICT") or ""))
            colour = palette.OK if total and compliant == total else palette.ERROR
            self.coverage_verdict.setStyleSheet(f"color: {colour};")
            self.coverage_status.setText(
                tr("{compliant} of {total} zones reached in time · checked at {time}").format(
                    compliant=compliant, total=total, time=self.now().astimezone().strftime("%H:%M:%S")
                )
            )
            self._show_coverage(results.get("OUTPUT"), results.get("GAPS"))
        if self.coverage_check.isChecked():
            QTimer.singleShot(0, self._maybe_run_coverage)

    def _show_coverage(self, zones: QgsVectorLayer | None, gaps: QgsVectorLayer | None) -> None:
        """Fill the "Coverage now" layers in place (one pair of layers for the whole session)."""
        for kind, layer, name, style in (
            ("zones", zones, tr("Coverage now"), result_styles.style_zone_coverage),
            ("gaps", gaps, tr("Coverage gaps now"), result_styles.style_gaps),
        ):
            if layer is None:
                continue
            held = self.coverage_layer(kind)
            if held is not None and held.fields().names() == layer.fields().names():
                provider = held.dataProvider()
                provider.truncate()
                provider.addFeatures(list(layer.getFeatures()))
                held.updateExtents()
                self.live.repaint(held)
                continue
            if held is not None:
                QgsProject.instance().removeMapLayer(held.id())
            layer.setName(name)
            layer.setCustomProperty(COVERAGE_PROPERTY, kind)
            style(layer)
            QgsProject.instance().addMapLayer(layer, False)
            group = self.live.group()
            group.addLayer(layer)

    def coverage_layer(self, kind: str = "zones") -> QgsVectorLayer | None:
        for layer in QgsProject.instance().mapLayers().values():
            if layer.customProperty(COVERAGE_PROPERTY) == kind:
                return layer
        return None

    # ---------------------------------------------------------------- lifecycle
    def cleanup(self) -> None:
        """Stop polling, timers and tasks; called before the plugin removes the dock."""
        self._stop_poller()
        self._show_hidden_layers()
        for timer in (self._age_timer, self._coverage_timer):
            if not sip.isdeleted(timer):  # Qt may have deleted the dock's children first (window closing)
                timer.stop()
        self._nearest.disconnect_task()
        self._coverage.disconnect_task()
        with contextlib.suppress(TypeError):
            QgsProject.instance().layersAdded.disconnect(self._apply_default_layers)
        if self._watched_incidents is not None:
            with contextlib.suppress(TypeError, RuntimeError):
                self._watched_incidents.selectionChanged.disconnect(self._on_map_selection)
            self._watched_incidents = None
        self.live.cleanup()


def _memory_points(uri: str, name: str, rows) -> QgsVectorLayer:
    """A memory layer of points ((lon, lat), attributes): a copy the background task may read."""
    layer = QgsVectorLayer(uri, name, "memory")
    features = []
    for (lon, lat), attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        feature.setAttributes(list(attributes))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer
