"""The Zones dock: the patrol zones' problems, kept up to date while the user edits.

The dock holds no analysis: it runs ``patrolmap:validatezones`` — the algorithm a user can
run from the toolbox — and lists what it returns. After every edit of the zones layer
(geometry, attributes, features added or deleted) a short timer restarts, so a burst of
edits or typing leads to one check; the check runs as a background task through the docks' one runner (gui/alg_runner). The
algorithm reads the layer, edit buffer included, in its ``prepareAlgorithm`` on the main
thread; only the geometry work runs in the background.

Before the zones layer is saved, the dock makes sure the problems are current and, when
there are gaps or overlaps, warns in the message bar and opens itself with the list. The save
goes ahead: a GIS officer may have to save half-way through a redraw, and QGIS's own
topology checker does not block a save either.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsCsException,
    QgsGeometry,
    QgsLayerTreeGroup,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsCollapsibleGroupBox, QgsDockWidget, QgsMapLayerComboBox, QgsRubberBand
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import settings
from ..commandmap import command_map_layer, patrol_zones_for
from ..i18n import tr
from ..log import get_logger
from ..qgis_bridge import text as _text
from ..zones_layer import type_label
from . import palette
from .alg_runner import AlgorithmRun, Step

VALIDATE_ALG = "patrolmap:validatezones"
DEBOUNCE_MS = 700  # after the last edit; typing a code does not start a check per key
# Up to this many zones a save with stale results is checked on the spot (well under a second);
# above, the check runs in the background and the warning follows the save.
SYNC_LIMIT = 3000
TOPOLOGY = ("overlap", "gap")
GEOMETRY_ERRORS = ("invalid", "overlap", "gap", "outside", "sliver", "multipart")

ERROR_ROLE = Qt.ItemDataRole.UserRole + 1
COL_TYPE, COL_ZONE, COL_MESSAGE = range(3)
BAD = palette.qcolor(palette.ERROR)
WARN = palette.qcolor(palette.WARNING)
GOOD = palette.qcolor(palette.OK)
MARK = QColor(230, 40, 40)


@dataclass
class ZoneProblem:
    """One row: what the algorithm wrote for one error, geometries in the zones layer's CRS."""

    error_type: str
    zone_code: str
    message: str
    station_id: str
    fids: tuple[int, ...]
    area: QgsGeometry
    point: QgsGeometry

    @property
    def topology(self) -> bool:
        return self.error_type in TOPOLOGY


@dataclass
class _Run:
    """What one check was made of; the work itself goes through the docks' runner."""

    layer_id: str
    edits: int  # the layer's edit count when the inputs were read
    started: float = 0.0
    warn_after: bool = False  # a save is waiting for this result


class _TypeItem(QTableWidgetItem):
    """The type cell: sorts by the algorithm's order (geometry faults first), not alphabetically."""

    def __lt__(self, other):
        mine, theirs = self.data(ERROR_ROLE), other.data(ERROR_ROLE)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return mine < theirs


def read_problems(areas: QgsVectorLayer, points: QgsVectorLayer | None) -> list[ZoneProblem]:
    """The algorithm's two outputs (same rows, same order) as ZoneProblems."""
    markers = list(points.getFeatures()) if points is not None else []
    problems = []
    for n, feature in enumerate(areas.getFeatures()):
        fids = tuple(
            int(x) for x in _text(feature["zone_fids"]).split(",") if x.strip().lstrip("-").isdigit()
        )
        point = markers[n].geometry() if n < len(markers) else QgsGeometry()
        problems.append(
            ZoneProblem(
                _text(feature["error_type"]),
                _text(feature["zone_code"]),
                _text(feature["message"]),
                _text(feature["station_id"]),
                fids,
                feature.geometry(),
                point,
            )
        )
    return problems


class ZonesDock(QgsDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("Zones"), parent)
        self.setObjectName("PatrolMapZonesDock")
        self.iface = iface
        self.problems: list[ZoneProblem] = []
        self.runs = 0  # checks started, for the curious (and the tests)
        self._run: _Run | None = None
        self._runner = AlgorithmRun(self)
        self._runner.finished.connect(self._on_executed)
        self._layer: QgsVectorLayer | None = None
        self._edits = 0  # bumped on every edit of the watched layer
        self._checked_edits = -1  # the edit count the shown problems belong to
        self._checked_layer = ""
        self._rerun = False
        self._pending_save: tuple[int, int] | None = None  # (gaps, overlaps) of a save under way
        self._touched: set[str] = set()  # combos the user picked in: defaults no longer move them
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.check)
        self._bands: list[QgsRubberBand] = []
        self._build()
        self._make_bands()
        self._apply_defaults()
        self._watch(self.zones_combo.currentLayer())
        project = QgsProject.instance()
        project.layersAdded.connect(self._on_layers_added)
        project.layersWillBeRemoved.connect(self._on_layers_removed)
        project.cleared.connect(self._on_project_cleared)
        iface.currentLayerChanged.connect(self._on_current_layer)
        self.visibilityChanged.connect(self._on_visibility)

    # ---------------------------------------------------------------- widgets

    def _build(self) -> None:
        body = QWidget(self)
        body.setObjectName("PatrolMapZonesBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)

        def layer_combo(name: str, filters, allow_empty: bool) -> QgsMapLayerComboBox:
            combo = QgsMapLayerComboBox(body)
            combo.setObjectName(name)
            combo.setFilters(filters)
            combo.setAllowEmptyLayer(allow_empty)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.setMinimumContentsLength(12)
            return combo

        self.zones_combo = layer_combo("zones", QgsMapLayerProxyModel.Filter.PolygonLayer, False)
        self.boundary_combo = layer_combo("boundary", QgsMapLayerProxyModel.Filter.PolygonLayer, True)
        self.stations_combo = layer_combo("stations", QgsMapLayerProxyModel.Filter.PointLayer, True)
        self.boundary_combo.setToolTip(tr("Optional: gaps are then any area of it no zone covers."))
        self.stations_combo.setToolTip(
            tr("Optional: zone counts per station, mobile platforms by their kind.")
        )
        form.addRow(tr("Patrol zones"), self.zones_combo)
        form.addRow(tr("Boundary"), self.boundary_combo)
        form.addRow(tr("Stations"), self.stations_combo)
        for key, combo in (
            ("zones", self.zones_combo),
            ("boundary", self.boundary_combo),
            ("stations", self.stations_combo),
        ):
            combo.activated.connect(lambda _=None, key=key: self._touched.add(key))
        self.zones_combo.layerChanged.connect(self._on_zones_changed)
        self.boundary_combo.layerChanged.connect(self._schedule)
        self.stations_combo.layerChanged.connect(self._schedule)

        self.load_box = QgsCollapsibleGroupBox(tr("Zones per station"), body)
        self.load_box.setObjectName("load_box")
        load_form = QFormLayout(self.load_box)

        def spin(name: str, setting) -> QSpinBox:
            box = QSpinBox(self.load_box)
            box.setObjectName(name)
            box.setRange(0, 999)
            box.setValue(int(setting.value()))
            box.valueChanged.connect(lambda value, s=setting: (s.set(int(value)), self._schedule()))
            return box

        self.min_spin = spin("min_zones", settings.ZONES_MIN)
        self.max_spin = spin("max_zones", settings.ZONES_MAX)
        self.platform_spin = spin("min_platform_zones", settings.ZONES_MIN_PLATFORM)
        # The bounds push each other rather than letting a check fail on "fewest above most".
        for low in (self.min_spin, self.platform_spin):
            low.valueChanged.connect(lambda value: self.max_spin.setValue(max(self.max_spin.value(), value)))
        self.max_spin.valueChanged.connect(self._on_max_changed)
        load_form.addRow(tr("Fewest"), self.min_spin)
        load_form.addRow(tr("Most"), self.max_spin)
        load_form.addRow(tr("Fewest for a mobile platform"), self.platform_spin)
        self.load_box.setCollapsed(True)
        layout.addWidget(self.load_box)

        row = QHBoxLayout()
        self.check_button = QPushButton(tr("Check"), body)
        self.check_button.setObjectName("check")
        self.check_button.setToolTip(tr("Check the zones now"))
        self.check_button.clicked.connect(lambda: self.check())
        self.auto_check = QCheckBox(tr("After each edit"), body)
        self.auto_check.setObjectName("auto_check")
        self.auto_check.setChecked(bool(settings.ZONES_AUTO_CHECK.value()))
        self.auto_check.toggled.connect(self._on_auto_toggled)
        self.markers_check = QCheckBox(tr("Show on map"), body)
        self.markers_check.setObjectName("show_markers")
        self.markers_check.setChecked(bool(settings.ZONES_SHOW_MARKERS.value()))
        self.markers_check.toggled.connect(self._on_markers_toggled)
        row.addWidget(self.check_button)
        row.addWidget(self.auto_check)
        row.addWidget(self.markers_check)
        row.addStretch(1)
        layout.addLayout(row)

        self.summary_label = QLabel("", body)
        self.summary_label.setObjectName("summary")
        self.summary_label.setWordWrap(True)
        bold = QFont(self.summary_label.font())
        bold.setBold(True)
        self.summary_label.setFont(bold)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary_label)
        self.save_label = QLabel("", body)
        self.save_label.setObjectName("save_warning")
        self.save_label.setWordWrap(True)
        self.save_label.setStyleSheet(f"color: {BAD.name()};")
        self.save_label.hide()
        layout.addWidget(self.save_label)

        self.table = QTableWidget(0, 3, body)
        self.table.setObjectName("problems")
        self.table.setHorizontalHeaderLabels([tr("Type"), tr("Zone"), tr("Problem")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TYPE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ZONE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_MESSAGE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COL_ZONE, self.fontMetrics().horizontalAdvance("Z-000, Z-000") + 14)
        self.table.setMinimumHeight(160)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_TYPE, Qt.SortOrder.AscendingOrder)
        self.table.itemSelectionChanged.connect(self._on_row_selected)
        layout.addWidget(self.table, 1)

        self.status_label = QLabel("", body)
        self.status_label.setObjectName("status")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.setWidget(body)
        self.setMinimumWidth(300)

    def _on_max_changed(self, value: int) -> None:
        for low in (self.min_spin, self.platform_spin):
            if low.value() > value:
                low.setValue(value)

    def _make_bands(self) -> None:
        canvas = self.iface.mapCanvas()
        self.area_band = QgsRubberBand(canvas, QgsWkbTypes.GeometryType.PolygonGeometry)
        fill = QColor(MARK)
        fill.setAlpha(70)
        self.area_band.setFillColor(fill)
        self.area_band.setStrokeColor(MARK)
        self.area_band.setWidth(2)
        self.point_band = QgsRubberBand(canvas, QgsWkbTypes.GeometryType.PointGeometry)
        self.point_band.setIcon(QgsRubberBand.IconType.ICON_CIRCLE)
        self.point_band.setIconSize(14)
        self.point_band.setColor(MARK)
        self.point_band.setWidth(3)
        self.attribute_band = QgsRubberBand(canvas, QgsWkbTypes.GeometryType.PointGeometry)
        self.attribute_band.setIcon(QgsRubberBand.IconType.ICON_BOX)
        self.attribute_band.setIconSize(9)
        self.attribute_band.setColor(QColor(WARN))
        self.attribute_band.setWidth(2)
        self.focus_band = QgsRubberBand(canvas, QgsWkbTypes.GeometryType.PolygonGeometry)
        self.focus_band.setFillColor(QColor(255, 200, 0, 90))
        self.focus_band.setStrokeColor(QColor(255, 140, 0))
        self.focus_band.setWidth(3)
        self.focus_point = QgsRubberBand(canvas, QgsWkbTypes.GeometryType.PointGeometry)
        self.focus_point.setIcon(QgsRubberBand.IconType.ICON_X)
        self.focus_point.setIconSize(18)
        self.focus_point.setColor(QColor(255, 140, 0))
        self.focus_point.setWidth(4)
        self._bands = [
            self.area_band,
            self.point_band,
            self.attribute_band,
            self.focus_band,
            self.focus_point,
        ]

    # ---------------------------------------------------------------- layers

    def zones_layer(self) -> QgsVectorLayer | None:
        layer = self.zones_combo.currentLayer()
        return layer if isinstance(layer, QgsVectorLayer) else None

    def _apply_defaults(self) -> None:
        """Zones: the command map's patrol zones (the active one's, else the top-most; never an
        analysis output); boundary and stations: the jurisdiction and stations of that map."""
        if "zones" not in self._touched:
            zones = self._default_zones()
            if zones is not None and zones is not self.zones_combo.currentLayer():
                self.zones_combo.setLayer(zones)
        zones = self.zones_layer()
        for key, combo, name, geometry in (
            ("boundary", self.boundary_combo, "jurisdiction", QgsWkbTypes.GeometryType.PolygonGeometry),
            ("stations", self.stations_combo, "stations", QgsWkbTypes.GeometryType.PointGeometry),
        ):
            if key not in self._touched:
                wanted = _sibling(zones, name, geometry)
                if wanted is not combo.currentLayer():
                    combo.setLayer(wanted)

    def _default_zones(self) -> QgsVectorLayer | None:
        return patrol_zones_for(self.iface.activeLayer())

    def _on_zones_changed(self, layer) -> None:
        self._watch(layer)
        self._clear_problems()
        self._schedule()

    def _on_current_layer(self, layer) -> None:
        zones = patrol_zones_for(layer)
        if (
            "zones" not in self._touched
            and zones is not None
            and zones is not self.zones_combo.currentLayer()
        ):
            self.zones_combo.setLayer(zones)
            self._apply_defaults()

    def _on_layers_added(self, layers) -> None:
        self._apply_defaults()
        if self._layer is None:
            self._watch(self.zones_combo.currentLayer())

    def _on_layers_removed(self, layer_ids) -> None:
        if self._layer is not None and self._layer.id() in layer_ids:
            self._watch(None)
            self._clear_problems()
            self.summary_label.clear()

    def _on_project_cleared(self) -> None:
        self._touched.clear()
        self._watch(None)
        self._clear_problems()
        self.summary_label.clear()
        self.status_label.clear()
        self.save_label.hide()

    def _watch(self, layer) -> None:
        """Follow the edits of ``layer`` (and stop following the previous one)."""
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        if layer is self._layer:
            return
        if self._layer is not None:
            for signal, slot in self._signals(self._layer):
                with contextlib.suppress(TypeError, RuntimeError):
                    signal.disconnect(slot)
        self._layer = layer
        self._edits += 1
        if layer is not None:
            for signal, slot in self._signals(layer):
                signal.connect(slot)

    def _signals(self, layer: QgsVectorLayer):
        return (
            (layer.geometryChanged, self._on_edit),
            (layer.featureAdded, self._on_edit),
            (layer.featureDeleted, self._on_edit),
            (layer.attributeValueChanged, self._on_edit),
            (layer.afterRollBack, self._on_edit),
            (layer.afterCommitChanges, self._on_after_commit),
            (layer.beforeCommitChanges, self._on_before_commit),
        )

    # ---------------------------------------------------------------- checking

    def _on_edit(self, *_args) -> None:
        self._edits += 1
        if self.auto_check.isChecked() and self.isVisible():
            self._timer.start()  # restarted by every edit: one check after the last

    def _schedule(self, *_args) -> None:
        self._edits += 1
        if self.isVisible():
            self._timer.start()

    def _on_visibility(self, visible: bool) -> None:
        # Markers belong to the panel: closed, it leaves the map clean; opened again, they are back.
        for band in self._bands:
            band.setVisible(visible)
        if visible and self._stale():
            self._timer.start()

    def _on_auto_toggled(self, on: bool) -> None:
        settings.ZONES_AUTO_CHECK.set(bool(on))
        if on and self._stale() and self.isVisible():
            self._timer.start()

    def _stale(self) -> bool:
        layer = self.zones_layer()
        return layer is not None and (self._checked_edits != self._edits or self._checked_layer != layer.id())

    def is_running(self) -> bool:
        return self._run is not None

    def check(self, warn_after: bool = False) -> None:
        """Check the zones layer in the background; a check asked for while one runs follows it."""
        self._timer.stop()
        if self._run is not None:
            self._rerun = True
            self._run.warn_after = self._run.warn_after or warn_after
            return
        try:
            self._start(warn_after)
        except Exception as e:  # noqa: BLE001 - the user gets a message, never a traceback dialog
            get_logger().exception("Zones dock")
            self._run = None
            self._set_status(tr("Unexpected error: {error}").format(error=e), error=True)

    def _parameters(self) -> dict | None:
        layer = self.zones_layer()
        if layer is None:
            self._set_status(tr("Choose the patrol zones layer."), error=True)
            return None
        low, high, platform = self.min_spin.value(), self.max_spin.value(), self.platform_spin.value()
        params = {
            "ZONES": layer,
            "MIN_ZONES": low,
            "MAX_ZONES": high,
            "MIN_PLATFORM_ZONES": platform,
            "OUTPUT": "memory:",
            "POINTS": "memory:",
        }
        if self.boundary_combo.currentLayer() is not None:
            params["BOUNDARY"] = self.boundary_combo.currentLayer()
        if self.stations_combo.currentLayer() is not None:
            params["STATIONS"] = self.stations_combo.currentLayer()
        return params

    def _start(self, warn_after: bool) -> None:
        params = self._parameters()
        if params is None:
            return
        run = _Run(params["ZONES"].id(), self._edits, started=time.monotonic(), warn_after=warn_after)
        # The task reads the layer (edit buffer included) in its constructor, on this thread.
        error = self._runner.start_chain([_step(params)])
        if error:
            self._set_status(error, error=True)
            return
        self._run = run
        self._rerun = False
        self.runs += 1
        self._set_status(tr("Checking…"))

    def _on_executed(self, ok: bool, results: dict, message: str) -> None:
        run = self._run
        if run is None:
            return
        self._run = None
        try:
            if ok and run.layer_id == self._checked_layer and run.edits < self._checked_edits:
                pass  # a check made on the spot (for a save) is newer than this one
            elif ok:
                self._show_results(results, run)
            else:
                self._set_status(message, error=True)
        except Exception as e:  # noqa: BLE001 - the user gets a message, never a traceback dialog
            get_logger().exception("Zones dock")
            self._set_status(tr("Unexpected error: {error}").format(error=e), error=True)
        if self._rerun or (self._stale() and self.auto_check.isChecked()):
            self._rerun = False
            self._timer.start()

    def _show_results(self, results: dict, run: _Run) -> None:
        self._show(
            read_problems(results["OUTPUT"], results.get("POINTS")), run, str(results.get("SUMMARY") or "")
        )

    def check_now(self) -> bool:
        """Check on the spot (blocking), for a save; False when it could not run."""
        params = self._parameters()
        if params is None:
            return False
        run = _Run(params["ZONES"].id(), self._edits, started=time.monotonic())
        step = _step(params)
        self.runs += 1
        ok, _message = AlgorithmRun.run_blocking([step])
        if not ok:
            return False
        self._show_results(step.results, run)
        return True

    # ---------------------------------------------------------------- saving

    def _on_before_commit(self, *_args) -> None:
        """Warn when zones with gaps or overlaps are about to be saved; the save itself goes ahead."""
        layer = self._layer
        self._pending_save = None
        if layer is None:
            return
        try:
            if not self._stale():
                self._warn_save()
            elif layer.featureCount() <= SYNC_LIMIT:
                if self.check_now():
                    self._warn_save()
            else:
                self.check(warn_after=True)  # the warning follows when the check is done
        except Exception:  # noqa: BLE001 - a save must never fail because of the check
            get_logger().exception("Zones dock, check before save")

    def _on_after_commit(self) -> None:
        """Only a save the provider accepted is reported as saved (a refused one keeps the edits)."""
        self._report_saved()
        self._on_edit()

    def _report_saved(self) -> None:
        if self._pending_save is not None:
            gaps, overlaps = self._pending_save
            self.save_label.setText(
                tr("Saved at {time} with gaps: {gaps}, overlaps: {overlaps}.").format(
                    time=time.strftime("%H:%M"), gaps=gaps, overlaps=overlaps
                )
            )
            self.save_label.show()
            self._pending_save = None

    def _warn_save(self) -> None:
        gaps = sum(1 for p in self.problems if p.error_type == "gap")
        overlaps = sum(1 for p in self.problems if p.error_type == "overlap")
        if not gaps and not overlaps:
            self.save_label.hide()
            return
        self._pending_save = (gaps, overlaps)
        name = self._layer.name() if self._layer is not None else ""
        text = tr(
            "Saving {layer} with gaps: {gaps}, overlaps: {overlaps}. The save is not stopped; the Zones "
            "panel lists them."
        ).format(layer=name, gaps=gaps, overlaps=overlaps)
        self.iface.messageBar().pushMessage(tr("Zones"), text, Qgis.MessageLevel.Warning, 0)
        self.setUserVisible(True)
        self.raise_()

    # ---------------------------------------------------------------- results

    def _show(self, problems: list[ZoneProblem], run: _Run, summary: str) -> None:
        self.problems = problems
        self._checked_edits = run.edits
        self._checked_layer = run.layer_id
        seconds = time.monotonic() - run.started
        self.summary_label.setText(summary)
        colour = GOOD if not problems else (BAD if any(p.topology for p in problems) else WARN)
        self.summary_label.setStyleSheet(f"color: {colour.name()};")
        if not any(p.topology for p in problems):
            self.save_label.hide()
        self._set_status(
            tr("Checked at {time} in {seconds:.1f} s.").format(
                time=time.strftime("%H:%M:%S"), seconds=seconds
            )
        )
        self._fill_table()
        self._draw_markers()
        if run.warn_after:  # the save ran while this was checked
            self._warn_save()
            if self._layer is not None and not self._layer.isModified():
                self._report_saved()

    def _fill_table(self) -> None:
        self.table.blockSignals(True)
        self.table.setSortingEnabled(False)
        self.table.clearContents()
        self.table.setRowCount(len(self.problems))
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        for row, problem in enumerate(self.problems):
            items = [
                _TypeItem(type_label(problem.error_type)),
                QTableWidgetItem(_short_codes(problem.zone_code)),
                QTableWidgetItem(problem.message),
            ]
            colour = BAD if problem.error_type in GEOMETRY_ERRORS else WARN
            items[COL_TYPE].setForeground(colour)
            items[COL_TYPE].setToolTip(problem.error_type)
            items[COL_ZONE].setToolTip(problem.zone_code)
            items[COL_MESSAGE].setToolTip(problem.message)
            for column, item in enumerate(items):
                item.setFlags(flags)
                item.setData(ERROR_ROLE, row)
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self.table.resizeRowsToContents()  # messages wrap: the whole sentence is readable
        self.table.blockSignals(False)
        self._clear_focus()

    def _draw_markers(self) -> None:
        if not self._bands:
            return  # cleaned up
        self.area_band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        self.point_band.reset(QgsWkbTypes.GeometryType.PointGeometry)
        self.attribute_band.reset(QgsWkbTypes.GeometryType.PointGeometry)
        layer = self._problem_layer()
        if not self.markers_check.isChecked() or layer is None:
            return
        for problem in self.problems:
            if problem.error_type in GEOMETRY_ERRORS and not problem.area.isNull():
                self.area_band.addGeometry(problem.area, layer, False)
            if not problem.point.isNull():
                band = self.point_band if problem.error_type in GEOMETRY_ERRORS else self.attribute_band
                band.addGeometry(problem.point, layer, False)
        for band in (self.area_band, self.point_band, self.attribute_band):
            band.updatePosition()
            band.update()

    def _problem_layer(self) -> QgsVectorLayer | None:
        layer = QgsProject.instance().mapLayer(self._checked_layer)
        return layer if isinstance(layer, QgsVectorLayer) else None

    def _on_markers_toggled(self, on: bool) -> None:
        settings.ZONES_SHOW_MARKERS.set(bool(on))
        self._draw_markers()

    def _clear_focus(self) -> None:
        if not self._bands:
            return
        self.focus_band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        self.focus_point.reset(QgsWkbTypes.GeometryType.PointGeometry)

    def _clear_problems(self) -> None:
        self.problems = []
        self._checked_edits = -1
        self.table.setRowCount(0)
        self._draw_markers()
        self._clear_focus()

    def _on_row_selected(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return
        item = self.table.item(rows.pop(), COL_TYPE)
        if item is not None:
            self.show_problem(int(item.data(ERROR_ROLE)))

    def show_problem(self, index: int) -> None:
        """Zoom to the problem, select the zones concerned and mark the spot."""
        problem = self.problems[index]
        layer = self._problem_layer()
        canvas = self.iface.mapCanvas()
        if layer is None or canvas is None:
            return
        existing = [fid for fid in problem.fids if layer.getFeature(fid).isValid()]
        layer.selectByIds(existing)
        self._clear_focus()
        shape = problem.area if not problem.area.isNull() else problem.point
        if problem.error_type in GEOMETRY_ERRORS and not problem.area.isNull():
            self.focus_band.addGeometry(problem.area, layer)
        if not problem.point.isNull():
            self.focus_point.addGeometry(problem.point, layer)
        if shape.isNull():
            return
        # The problem with the zones concerned around it: a sliver or a marker alone says little.
        extent = QgsRectangle(shape.boundingBox())
        if existing:
            extent.combineExtentWith(_fids_extent(layer, existing))
        try:
            xform = QgsCoordinateTransform(
                layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance()
            )
            extent = xform.transformBoundingBox(extent)
        except QgsCsException:
            self._set_status(tr("The problem cannot be shown in the map's coordinate system."), error=True)
            return
        if extent.width() <= 0 and extent.height() <= 0:  # a point alone: a tenth of the view around it
            view = canvas.extent()
            half = max(view.width(), view.height()) / 20.0
            centre = extent.center()
            extent = QgsRectangle(centre.x() - half, centre.y() - half, centre.x() + half, centre.y() + half)
        extent.scale(1.3)
        canvas.setExtent(extent)
        canvas.refresh()
        if existing:
            canvas.flashFeatureIds(layer, existing)

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status_label.setStyleSheet(f"color: {BAD.name()};" if error else "")
        self.status_label.setText(text)

    # ---------------------------------------------------------------- lifecycle

    def cleanup(self) -> None:
        """Stop listening, drop a running check and take the markers off the map."""
        self._timer.stop()
        project = QgsProject.instance()
        for signal, slot in (
            (project.layersAdded, self._on_layers_added),
            (project.layersWillBeRemoved, self._on_layers_removed),
            (project.cleared, self._on_project_cleared),
            (self.iface.currentLayerChanged, self._on_current_layer),
        ):
            with contextlib.suppress(TypeError, RuntimeError):
                signal.disconnect(slot)
        self._watch(None)
        self._runner.disconnect_task()
        self._run = None
        canvas = self.iface.mapCanvas()
        for band in self._bands:
            band.reset()
            if canvas is not None and band.scene() is not None:
                canvas.scene().removeItem(band)
        self._bands = []
        self.area_band = self.point_band = self.attribute_band = self.focus_band = self.focus_point = None


def _step(params: dict) -> Step:
    return Step(VALIDATE_ALG, params, ("OUTPUT", "POINTS"), required=("OUTPUT",))


def _short_codes(codes: str) -> str:
    """Two codes as they are, more as the first and a count ("Z-014 +3"); all of them in the tooltip."""
    parts = [c for c in codes.split(", ") if c]
    return codes if len(parts) <= 2 else f"{parts[0]} +{len(parts) - 1}"


def _sibling(zones: QgsVectorLayer | None, name: str, geometry) -> QgsVectorLayer | None:
    """The command map's own layer of that role, else the layer called ``name`` in the zones
    layer's group, else anywhere (zones of the user's own, outside a command map)."""
    own = command_map_layer(name, near=zones)
    if own is not None and own.geometryType() == geometry:
        return own
    project = QgsProject.instance()
    candidates = [
        layer
        for layer in project.mapLayersByName(name)
        if isinstance(layer, QgsVectorLayer) and layer.geometryType() == geometry
    ]
    if zones is None or not candidates:
        return candidates[0] if candidates else None
    node = project.layerTreeRoot().findLayer(zones.id())
    group = node.parent() if node is not None else None
    if isinstance(group, QgsLayerTreeGroup):
        ids = set(group.findLayerIds())
        for layer in candidates:
            if layer.id() in ids:
                return layer
    return candidates[0]


def _fids_extent(layer: QgsVectorLayer, fids) -> QgsRectangle:
    extent = QgsRectangle()
    extent.setMinimal()
    for fid in fids:
        feature = layer.getFeature(fid)
        if feature.hasGeometry():
            extent.combineExtentWith(feature.geometry().boundingBox())
    return extent
