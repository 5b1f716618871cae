"""The Coverage dock: run patrolmap:coverage (and patrolmap:isochrones) on the command map.

The dock holds no analysis: it fills in the parameters of the same Processing algorithms a
user could run from the toolbox, runs them as background tasks, and shows what they return —
the verdict, a per-zone compliance table and styled result layers in one "Coverage results"
group that each run replaces.

Threading: the algorithms run one after the other as background tasks through the docks' one
runner (gui/alg_runner); result layers are added to the project only when it reports back, on
the main thread.
"""

from __future__ import annotations

import contextlib
import math
import time

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsFieldProxyModel,
    QgsMapLayerProxyModel,
    QgsProcessingException,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsCollapsibleGroupBox, QgsDockWidget, QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import results, settings
from ..commandmap import command_map_layer, command_map_layers, command_map_of, is_result, patrol_zones_for
from ..i18n import tr
from ..log import get_logger
from ..processing.breaks import parse_breaks
from ..qgis_bridge import is_null as _is_null
from ..qgis_bridge import number as _number
from . import palette, result_styles
from .alg_runner import AlgorithmRun, Step
from .key_site_misses import KeySiteMisses

RESULTS_KEY = "coverage"  # the analysis name its result group and layers carry
COVERAGE_ALG = "patrolmap:coverage"
ISOCHRONES_ALG = "patrolmap:isochrones"

GEOMETRY = {
    "network": QgsWkbTypes.GeometryType.LineGeometry,
    "zones": QgsWkbTypes.GeometryType.PolygonGeometry,
    "facilities": QgsWkbTypes.GeometryType.PointGeometry,
    "key_sites": QgsWkbTypes.GeometryType.PointGeometry,
}
# Which project layer each combo starts on, and which field each field combo starts on.
DEFAULT_LAYERS = {
    "network": "roads",
    "zones": "patrol_zones",
    "facilities": "stations",
    "key_sites": "key_sites",
}
DEFAULT_FIELDS = {
    "target": ("target_min",),
    "facility_id": ("station_id", "unit_id"),
    "turnout": ("turnout_min",),
    "highway": ("highway",),
    "oneway": ("oneway",),
    "speed": (),
}

# Table columns; the sort key of each cell is kept under SORT_ROLE so numbers sort as numbers.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FID_ROLE = Qt.ItemDataRole.UserRole + 2
COL_ZONE, COL_TARGET, COL_COVERED, COL_WORST, COL_CUT_OFF, COL_BACKUP, COL_COMPLIANT = range(7)
FAIL_TINT = palette.qcolor(palette.ERROR_TINT)
OK_TEXT = palette.qcolor(palette.OK)
FAIL_TEXT = palette.qcolor(palette.ERROR)


class _InputError(Exception):
    pass


class _SortItem(QTableWidgetItem):
    """A table cell showing formatted text and sorting by a number."""

    def __init__(self, text: str, key: float):
        super().__init__(text)
        self.setData(SORT_ROLE, float(key))
        self.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)

    def __lt__(self, other):
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return mine < theirs


class CoverageDock(QgsDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("Coverage"), parent)
        self.setObjectName("PatrolMapCoverageDock")
        self.iface = iface
        self._runner = AlgorithmRun(self)
        self._runner.progress.connect(self._on_progress)
        self._runner.step_started.connect(self._on_step_started)
        self._runner.finished.connect(self._on_finished)
        self._started = 0.0
        self._run_zones_id = ""
        self._result_ids: list[str] = []
        self._input_ids: set[str] = set()
        self._touched: set[str] = set()
        self._build()
        self._apply_default_layers()
        project = QgsProject.instance()
        project.layersAdded.connect(self._on_layers_added)
        project.layersWillBeRemoved.connect(self._on_layers_removed)
        project.cleared.connect(self._on_project_cleared)

    # ---------------------------------------------------------------- widgets

    def _build(self) -> None:
        body = QWidget(self)
        body.setObjectName("PatrolMapCoverageBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)

        def layer_combo(name: str, filters, allow_empty: bool = False) -> QgsMapLayerComboBox:
            combo = QgsMapLayerComboBox(body)
            combo.setObjectName(name)
            combo.setFilters(filters)
            combo.setAllowEmptyLayer(allow_empty)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.setMinimumContentsLength(12)
            combo.activated.connect(lambda _=None, key=name: self._touched.add(key))
            return combo

        self.network_combo = layer_combo("network", QgsMapLayerProxyModel.Filter.LineLayer)
        self.zones_combo = layer_combo("zones", QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.facilities_combo = layer_combo("facilities", QgsMapLayerProxyModel.Filter.PointLayer)
        self.key_sites_combo = layer_combo(
            "key_sites", QgsMapLayerProxyModel.Filter.PointLayer, allow_empty=True
        )
        self.facilities_combo.setToolTip(tr("Stations, kiosks and platforms — or the live units layer."))
        self.key_sites_combo.setToolTip(tr("Optional: points with their own response target."))
        form.addRow(tr("Road network"), self.network_combo)
        form.addRow(tr("Patrol zones"), self.zones_combo)
        form.addRow(tr("Facilities"), self.facilities_combo)
        form.addRow(tr("Key sites"), self.key_sites_combo)

        self.speed_spin = QDoubleSpinBox(body)
        self.speed_spin.setObjectName("default_speed")
        self.speed_spin.setRange(1.0, 300.0)
        self.speed_spin.setDecimals(0)
        self.speed_spin.setSuffix(" " + tr("km/h"))
        self.speed_spin.setValue(float(settings.DEFAULT_SPEED_KMH.value()))
        self.speed_spin.setToolTip(tr("Speed on roads with neither a speed limit nor a known road class."))
        form.addRow(tr("Default speed"), self.speed_spin)
        self.ignore_oneway_check = QCheckBox(tr("Ignore one-way streets"), body)
        self.ignore_oneway_check.setObjectName("ignore_oneway")
        self.ignore_oneway_check.setToolTip(tr("Emergency driving: one-way streets may be driven both ways."))
        form.addRow(self.ignore_oneway_check)
        self.isochrones_check = QCheckBox(tr("Show isochrones"), body)
        self.isochrones_check.setObjectName("show_isochrones")
        self.isochrones_check.setChecked(bool(settings.SHOW_ISOCHRONES.value()))
        self.breaks_edit = QLineEdit(str(settings.ISOCHRONE_BREAKS.value()), body)
        self.breaks_edit.setObjectName("breaks")
        self.breaks_edit.setPlaceholderText("1,3,5")
        self.breaks_edit.setToolTip(tr("Travel-time bands in minutes, comma separated."))
        iso_row = QHBoxLayout()
        iso_row.addWidget(self.isochrones_check)
        iso_row.addWidget(QLabel(tr("Breaks (min)"), body))
        iso_row.addWidget(self.breaks_edit, 1)
        form.addRow(iso_row)
        self.isochrones_check.toggled.connect(self.breaks_edit.setEnabled)
        self.breaks_edit.setEnabled(self.isochrones_check.isChecked())

        # QGIS draws group box titles bold (Options › General › “Bold group box titles”)
        # in a box measured with the regular font, and clips them to it, which cut the end
        # off “字段”. So the box's own font is bold (its title is measured as drawn; its
        # fields get the regular font back below), and a trailing space leaves room for
        # the synthetic bold of fonts without a bold face (most CJK ones), a pixel wider
        # than its metrics say.
        self.fields_box = QgsCollapsibleGroupBox(tr("Fields") + " ", body)
        self.fields_box.setObjectName("fields_box")
        title_font = QFont(body.font())
        title_font.setBold(True)
        self.fields_box.setFont(title_font)
        fields_form = QFormLayout(self.fields_box)
        fields_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def field_combo(name: str, numeric: bool = False) -> QgsFieldComboBox:
            combo = QgsFieldComboBox(self.fields_box)
            combo.setObjectName(name + "_field")
            combo.setAllowEmptyFieldName(True)
            if numeric:
                combo.setFilters(QgsFieldProxyModel.Filter.Numeric)
            return combo

        self.target_field = field_combo("target", numeric=True)
        self.facility_id_field = field_combo("facility_id")
        self.turnout_field = field_combo("turnout", numeric=True)
        self.highway_field = field_combo("highway")
        self.oneway_field = field_combo("oneway")
        self.speed_field = field_combo("speed")
        fields_form.addRow(tr("Zone target (min)"), self.target_field)
        fields_form.addRow(tr("Facility id"), self.facility_id_field)
        fields_form.addRow(tr("Turnout (min)"), self.turnout_field)
        fields_form.addRow(tr("Road class"), self.highway_field)
        fields_form.addRow(tr("One-way"), self.oneway_field)
        fields_form.addRow(tr("Speed (km/h)"), self.speed_field)
        for child in self.fields_box.findChildren(QWidget):
            child.setFont(body.font())
        self.fields_box.setCollapsed(True)
        layout.addWidget(self.fields_box)
        self._field_links = {
            self.zones_combo: ((self.target_field, "target"),),
            self.facilities_combo: ((self.facility_id_field, "facility_id"), (self.turnout_field, "turnout")),
            self.network_combo: (
                (self.highway_field, "highway"),
                (self.oneway_field, "oneway"),
                (self.speed_field, "speed"),
            ),
        }
        for combo in self._field_links:
            combo.layerChanged.connect(lambda layer, combo=combo: self._link_fields(combo, layer))
            self._link_fields(combo, combo.currentLayer())

        buttons = QHBoxLayout()
        self.run_button = QPushButton(tr("Run"), body)
        self.run_button.setObjectName("run")
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(tr("Cancel"), body)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setEnabled(False)
        buttons.addWidget(self.run_button, 1)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)

        self.progress = QProgressBar(body)
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        layout.addWidget(self.progress)
        self.status_label = QLabel("", body)
        self.status_label.setObjectName("status")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)
        self.verdict_label = QLabel("", body)
        self.verdict_label.setObjectName("verdict")
        self.verdict_label.setWordWrap(True)
        font = QFont(self.verdict_label.font())
        font.setBold(True)
        self.verdict_label.setFont(font)
        self.verdict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.verdict_label)
        self.key_site_misses = KeySiteMisses(self.iface, body)
        layout.addWidget(self.key_site_misses)

        self._headers = [
            tr("Zone"),
            tr("Target\nmin"),
            tr("Covered\n%"),
            tr("Worst\nmin"),
            tr("Cut off\nkm"),
            tr("Backup\n%"),
            tr("OK"),
        ]
        self.table = QTableWidget(0, len(self._headers), body)
        self.table.setObjectName("compliance")
        self.table.setHorizontalHeaderLabels(self._headers)
        tips = (
            tr("Zone code"),
            tr("Response target in minutes"),
            tr("Share of the zone's road reached within the target"),
            tr("Slowest point of the road a facility reaches, in minutes (— : no facility reaches any)"),
            tr(
                "Road in the zone no unit can get to, in km: road cut off from the main road network "
                "(left out of the shares) and road no facility reaches"
            ),
            tr("Share of the zone's road a second facility also reaches within the target"),
            tr("Compliant: at least 99.5 % of the road covered"),
        )
        for column, tip in enumerate(tips):
            self.table.horizontalHeaderItem(column).setToolTip(tip)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(24)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.sortIndicatorChanged.connect(self._show_sort_arrow)
        self._enable_sorting()
        self.table.setMinimumHeight(160)
        self.table.itemSelectionChanged.connect(self._on_row_selected)
        layout.addWidget(self.table, 1)
        # A short dock scrolls instead of squeezing rows below their height, which clipped
        # titles and check boxes (CJK glyphs are the tallest).
        scroll = QScrollArea(self)
        scroll.setObjectName("PatrolMapCoverageScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.setWidget(scroll)
        # Wide enough for the widest row and every table column in this language (the sort
        # arrow included), with room for the scroll bar: nothing is cut off at the default width.
        header = self.table.horizontalHeader()
        # Typical cells (a zone code, minutes, percentages, km), measured as Qt will.
        self.table.setRowCount(1)
        for column, text in enumerate(("ZZ-000", "10", "100", "99.9", "0.00", "100", "✓")):
            self.table.setItem(0, column, QTableWidgetItem(text))
        columns = sum(
            max(header.sectionSizeHint(c), self.table.sizeHintForColumn(c))
            for c in range(self.table.columnCount())
        )
        self.table.setRowCount(0)
        columns += (
            header.fontMetrics().horizontalAdvance(" ▼") + self.table.verticalScrollBar().sizeHint().width()
        )
        columns += (
            2 * self.table.frameWidth() + layout.contentsMargins().left() + layout.contentsMargins().right()
        )
        content = max(body.minimumSizeHint().width(), columns)
        self.setMinimumWidth(max(300, content + scroll.verticalScrollBar().sizeHint().width()))

    def _enable_sorting(self) -> None:
        self.table.setSortingEnabled(True)
        # Qt keeps room for its sort arrow in every column, which a dock cannot spare: the arrow
        # goes into the sorted column's title instead.
        self.table.horizontalHeader().setSortIndicatorShown(False)

    def _show_sort_arrow(self, section: int, order) -> None:
        arrow = " ▼" if order == Qt.SortOrder.DescendingOrder else " ▲"
        for column, text in enumerate(self._headers):
            first, _, rest = text.partition("\n")
            label = first + (arrow if column == section else "") + ("\n" + rest if rest else "")
            self.table.horizontalHeaderItem(column).setText(label)

    # ---------------------------------------------------------------- defaults

    def _link_fields(self, combo: QgsMapLayerComboBox, layer) -> None:
        for field_combo, key in self._field_links[combo]:
            field_combo.setLayer(layer)
            names = layer.fields().names() if isinstance(layer, QgsVectorLayer) else []
            field_combo.setField(next((n for n in DEFAULT_FIELDS[key] if n in names), ""))

    def _combos(self) -> dict[str, QgsMapLayerComboBox]:
        return {
            "network": self.network_combo,
            "zones": self.zones_combo,
            "facilities": self.facilities_combo,
            "key_sites": self.key_sites_combo,
        }

    def _apply_default_layers(self) -> None:
        """Start each combo the user has not chosen on the command map's layer of that role."""
        for key, combo in self._combos().items():
            if key in self._touched:
                continue
            wanted = self._default_layer(key)
            if wanted is not None:
                if combo.currentLayer() is not wanted:
                    combo.setLayer(wanted)
            elif (
                key == "key_sites"
                and combo.currentLayer() is not None
                and combo.currentLayer().name() != DEFAULT_LAYERS[key]
            ):
                combo.setLayer(None)

    def _default_layer(self, key: str) -> QgsVectorLayer | None:
        """The command map's layer (by role, never an analysis output); with no command map
        open, a layer of the role's name (zones and roads of the user's own)."""
        if key == "zones":
            layer = patrol_zones_for(self.iface.activeLayer() if self.iface is not None else None)
        else:
            layer = command_map_layer(DEFAULT_LAYERS[key], near=self.zones_combo.currentLayer())
        if layer is None and not command_map_layers():
            layer = next(
                (
                    candidate
                    for candidate in QgsProject.instance().mapLayersByName(DEFAULT_LAYERS[key])
                    if isinstance(candidate, QgsVectorLayer)
                    and candidate.id() not in self._result_ids
                    and not is_result(candidate)
                ),
                None,
            )
        return layer if layer is not None and layer.geometryType() == GEOMETRY[key] else None

    def _on_layers_added(self, layers) -> None:
        if any(layer.id() not in self._result_ids for layer in layers):
            self._apply_default_layers()

    def _on_project_cleared(self) -> None:
        self._touched.clear()
        self._result_ids = []
        self.table.setRowCount(0)
        self.key_site_misses.fill(None)
        self.verdict_label.clear()
        self.status_label.clear()

    def _on_layers_removed(self, layer_ids) -> None:
        if self._runner.is_running() and set(layer_ids) & self._input_ids:
            self._set_status(tr("An input layer was removed: the run is cancelled."), error=True)
            self.cancel()

    # ---------------------------------------------------------------- running

    def _inputs(self) -> dict:
        """The parameters both algorithms share, from the widgets; _InputError if something is missing."""
        network = self.network_combo.currentLayer()
        zones = self.zones_combo.currentLayer()
        facilities = self.facilities_combo.currentLayer()
        if network is None:
            raise _InputError(tr("Choose a road network layer."))
        if zones is None:
            raise _InputError(tr("Choose the patrol zones layer."))
        if facilities is None:
            raise _InputError(tr("Choose the facilities layer (stations or units)."))
        network_params = {
            "NETWORK": network,
            "DEFAULT_SPEED_KMH": self.speed_spin.value(),
            "IGNORE_ONEWAY": self.ignore_oneway_check.isChecked(),
            "SNAP_TOLERANCE": float(settings.SNAP_TOLERANCE_M.value()),
        }
        for name, combo in (
            ("SPEED_FIELD", self.speed_field),
            ("HIGHWAY_FIELD", self.highway_field),
            ("ONEWAY_FIELD", self.oneway_field),
        ):
            if combo.currentField():
                network_params[name] = combo.currentField()
        return {
            "network": network_params,
            "zones": zones,
            "facilities": facilities,
            "key_sites": self.key_sites_combo.currentLayer(),
        }

    def _plan(self) -> list[Step]:
        inputs = self._inputs()
        coverage = dict(
            inputs["network"],
            ZONES=inputs["zones"],
            FACILITIES=inputs["facilities"],
            OUTPUT="memory:",
            GAPS="memory:",
        )
        optional = (
            ("TARGET_FIELD", self.target_field),
            ("FACILITY_ID_FIELD", self.facility_id_field),
            ("TURNOUT_FIELD", self.turnout_field),
        )
        for name, combo in optional:
            if combo.currentField():
                coverage[name] = combo.currentField()
        outputs = ("OUTPUT", "GAPS")
        if inputs["key_sites"] is not None:
            coverage.update(KEY_SITES=inputs["key_sites"], KEY_SITES_OUTPUT="memory:")
            outputs += ("KEY_SITES_OUTPUT",)
        steps = [Step(COVERAGE_ALG, coverage, outputs, required=("OUTPUT",))]
        if self.isochrones_check.isChecked():
            try:
                breaks = parse_breaks(self.breaks_edit.text())
            except QgsProcessingException as e:
                raise _InputError(str(e)) from None
            isochrones = dict(
                inputs["network"],
                ORIGINS=inputs["facilities"],
                DISSOLVE=True,
                OUTPUT="memory:",
                BREAKS=",".join(f"{b:g}" for b in breaks),
            )
            if self.facility_id_field.currentField():
                isochrones["ORIGIN_ID_FIELD"] = self.facility_id_field.currentField()
            if self.turnout_field.currentField():
                isochrones["TURNOUT_FIELD"] = self.turnout_field.currentField()
            steps.append(Step(ISOCHRONES_ALG, isochrones, required=("OUTPUT",)))
        self._input_ids = {
            layer.id()
            for layer in (
                inputs["network"]["NETWORK"],
                inputs["zones"],
                inputs["facilities"],
                inputs["key_sites"],
            )
            if layer
        }
        self._run_zones_id = inputs["zones"].id()
        return steps

    def is_running(self) -> bool:
        return self._runner.is_running()

    def run(self) -> None:
        """Start a run: coverage, then isochrones when asked for. Does nothing while one runs."""
        if self._runner.is_running():
            return
        try:
            steps = self._plan()
        except _InputError as e:
            self._report_error(str(e))
            return
        except Exception as e:  # noqa: BLE001 - the user gets a message, never a traceback dialog
            get_logger().exception("Coverage dock")
            self._report_error(tr("Unexpected error: {error}").format(error=e))
            return
        self._started = time.monotonic()
        error = self._runner.start_chain(steps)
        if error:
            self._report_error(error)
            return
        self._set_running(True)
        self._set_status(tr("Building the road network and timing every zone…"))

    def _on_step_started(self, index: int) -> None:
        if self._runner.steps[index].alg_id == ISOCHRONES_ALG:
            self._set_status(tr("Drawing isochrones…"))

    def _on_progress(self, value: float) -> None:
        if self._runner.is_running():
            self.progress.setValue(int(value))

    def _on_finished(self, ok: bool, _results: dict, message: str) -> None:
        self._set_running(False)
        if self._runner.cancelled():
            self._set_status(tr("Cancelled. No result layers were added."))
        elif not ok:
            self._report_error(message, self._runner.warnings())
        else:
            try:
                self._publish()
            except Exception as e:  # noqa: BLE001 - the user gets a message, never a traceback dialog
                get_logger().exception("Coverage dock")
                self._report_error(tr("Unexpected error: {error}").format(error=e))

    def cancel(self) -> None:
        if not self._runner.is_running():
            return
        self._set_status(tr("Cancelling…"))
        self._runner.cancel()

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress.setValue(0)
        for combo in (
            *self._combos().values(),
            self.speed_spin,
            self.breaks_edit,
            self.isochrones_check,
            self.ignore_oneway_check,
            self.fields_box,
        ):
            combo.setEnabled(not running)
        if not running:
            self.breaks_edit.setEnabled(self.isochrones_check.isChecked())

    def _report_error(self, message: str, warnings=()) -> None:
        self.iface.messageBar().pushMessage(tr("Coverage"), message, Qgis.MessageLevel.Critical, 0)
        text = message
        if warnings:
            text += "\n" + "\n".join(warnings[:3])
        self._set_status(text, error=True)

    def _set_status(self, text: str, error: bool = False, details=()) -> None:
        self.status_label.setStyleSheet(f"color: {FAIL_TEXT.name()};" if error else "")
        self.status_label.setText(text)
        self.status_label.setToolTip("\n\n".join(details))

    # ---------------------------------------------------------------- results

    def _publish(self) -> None:
        steps = self._runner.steps
        coverage = steps[0].results
        isochrones = steps[1].results if len(steps) > 1 else {}
        warnings = self._runner.warnings()
        seconds = time.monotonic() - self._started
        if len(steps) > 1:
            settings.ISOCHRONE_BREAKS.set(self.breaks_edit.text().strip())
        settings.SHOW_ISOCHRONES.set(self.isochrones_check.isChecked())

        project = QgsProject.instance()
        self._remove_previous_results(project)
        # Top of the group first: points, then hatching, outlines, and the bands underneath.
        layers = (
            (
                coverage.get("KEY_SITES_OUTPUT"),
                tr("Key site response"),
                result_styles.style_key_sites,
                "key_sites",
            ),
            (coverage.get("GAPS"), tr("Coverage gaps"), result_styles.style_gaps, "gaps"),
            (coverage.get("OUTPUT"), tr("Zone coverage"), result_styles.style_zone_coverage, "zones"),
            (isochrones.get("OUTPUT"), tr("Isochrones"), result_styles.style_isochrones, "isochrones"),
        )
        zone_layer = coverage["OUTPUT"]
        self._fill_table(zone_layer)
        store = results.results_gpkg(project, command_map_of(project.mapLayer(self._run_zones_id)))
        kept = {}
        for layer, name, style, table in layers:
            if layer is None:
                continue
            layer.setName(name)
            if store is not None:
                try:
                    layer = results.keep(layer, store, f"coverage_{table}", project)
                except results.ResultsError as e:
                    warnings.append(str(e) + " " + tr("The result is kept in memory only."))
            style(layer)
            kept[table] = layer
        results.add_results(project, RESULTS_KEY, tr("Coverage results"), list(kept.values()))
        self._result_ids = [layer.id() for layer in kept.values()]
        self.key_site_misses.fill(kept.get("key_sites"))
        result_layers = list(kept.values())
        for combo in self._combos().values():
            combo.setExceptedLayerList(result_layers)

        compliant, total = int(coverage.get("COMPLIANT") or 0), int(coverage.get("ZONE_COUNT") or 0)
        self.verdict_label.setText(str(coverage.get("VERDICT") or ""))
        colour = OK_TEXT if total and compliant == total else FAIL_TEXT
        self.verdict_label.setStyleSheet(f"color: {colour.name()};")
        self.progress.setValue(100)
        status = tr("Done in {seconds:.1f} s.").format(seconds=seconds)
        if warnings:
            # Data warnings can be long (ids, zones): a count here, all of them in the
            # tooltip and the log, so the table keeps its room.
            status += " " + tr("{count} warnings: hover here, or see the PatrolMap log.").format(
                count=len(warnings)
            )
            for warning in warnings:
                get_logger().warning("Coverage: %s", warning)
            self.iface.messageBar().pushMessage(
                tr("Coverage"), "; ".join(warnings[:3]), Qgis.MessageLevel.Warning, 10
            )
        self._set_status(status, details=warnings)

    def _remove_previous_results(self, project: QgsProject) -> None:
        for combo in self._combos().values():
            combo.setExceptedLayerList([])
        results.remove_results(project, RESULTS_KEY)
        self._result_ids = []

    def _fill_table(self, layer: QgsVectorLayer) -> None:
        names = layer.fields().names()
        code_field = "zone_code" if "zone_code" in names else ""
        fids = self._zone_fids(code_field)
        self.table.blockSignals(True)
        self.table.setSortingEnabled(False)
        self.table.clearContents()
        self.table.setRowCount(layer.featureCount())
        for row, feature in enumerate(layer.getFeatures()):
            code = feature[code_field] if code_field else None
            code_text = str(code) if code not in (None, "") and not _is_null(code) else str(row + 1)
            fid = fids.get(code_text) if code_field else (fids.get(row))
            compliant = bool(feature["compliant"]) if not _is_null(feature["compliant"]) else False
            worst = _number(feature["worst_min"])
            covered = _number(feature["covered_pct"])
            backup = _number(feature["backup_pct"])
            target = _number(feature["target_min"])
            unreached_km = _number(feature["unreached_km"]) if "unreached_km" in names else None
            detached_km = _number(feature["detached_km"]) if "detached_km" in names else None
            cut_off_km = (unreached_km or 0.0) + (detached_km or 0.0)
            zone_item = QTableWidgetItem(code_text)
            zone_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            zone_item.setData(FID_ROLE, fid)
            zone_item.setData(Qt.ItemDataRole.UserRole, feature.geometry().boundingBox())
            reason = feature["reason"] if "reason" in names and not _is_null(feature["reason"]) else ""
            if reason:
                zone_item.setToolTip(str(reason))
            items = [
                zone_item,
                _SortItem(_fmt(target, "{:g}"), _key(target, -1.0)),
                _SortItem(_percent(covered), _key(covered, -1.0)),
                # A zone no facility reaches at all counts as the worst of all.
                _SortItem(_fmt(worst, "{:.1f}"), _key(worst, math.inf if covered is not None else -1.0)),
                _SortItem(f"{cut_off_km:.2f}" if cut_off_km > 0 else "", cut_off_km),
                _SortItem(_percent(backup), _key(backup, -1.0)),
                _SortItem("✓" if compliant else "✗", 1.0 if compliant else 0.0),
            ]
            if cut_off_km > 0:
                items[COL_CUT_OFF].setToolTip(
                    tr(
                        "{detached:.2f} km cut off from the main road network (left out of the shares); "
                        "{unreached:.2f} km no facility reaches"
                    ).format(detached=detached_km or 0.0, unreached=unreached_km or 0.0)
                )
            items[COL_COMPLIANT].setForeground(OK_TEXT if compliant else FAIL_TEXT)
            bold = QFont(self.table.font())
            bold.setBold(True)
            items[COL_COMPLIANT].setFont(bold)
            for column, item in enumerate(items):
                if column != COL_ZONE:
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                if not compliant:
                    item.setBackground(FAIL_TINT)
                self.table.setItem(row, column, item)
            items[COL_COMPLIANT].setTextAlignment(int(Qt.AlignmentFlag.AlignCenter))
        self._enable_sorting()
        # Worst zones first: what a duty officer looks at.
        self.table.sortItems(COL_WORST, Qt.SortOrder.DescendingOrder)
        self.table.blockSignals(False)

    def _zone_fids(self, code_field: str) -> dict:
        """Zone code → feature id in the zones layer (or row → id, in the algorithm's reading order)."""
        zones = QgsProject.instance().mapLayer(self._run_zones_id)
        if not isinstance(zones, QgsVectorLayer):
            return {}
        request = (
            QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
            if code_field
            else QgsFeatureRequest()
        )
        out = {}
        for feature in zones.getFeatures(request):
            if code_field:
                out.setdefault(str(feature[code_field]), feature.id())
            elif not (feature.geometry().isNull() or feature.geometry().isEmpty()):
                out[len(out)] = feature.id()
        return out

    def _on_row_selected(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return
        item = self.table.item(rows.pop(), COL_ZONE)
        if item is not None:
            self.zoom_to_zone(item.data(FID_ROLE), item.data(Qt.ItemDataRole.UserRole))

    def zoom_to_zone(self, fid, fallback_extent=None) -> None:
        """Select the zone in the zones layer and zoom the canvas to it."""
        project = QgsProject.instance()
        zones = project.mapLayer(self._run_zones_id)
        canvas = self.iface.mapCanvas()
        extent, crs = None, None
        if isinstance(zones, QgsVectorLayer) and fid is not None:
            feature = zones.getFeature(int(fid))
            if feature.isValid() and feature.hasGeometry():
                extent, crs = feature.geometry().boundingBox(), zones.crs()
                zones.selectByIds([int(fid)])
        if extent is None and isinstance(fallback_extent, QgsRectangle):
            zone_results = next(
                (
                    project.mapLayer(i)
                    for i in self._result_ids
                    if project.mapLayer(i) is not None
                    and project.mapLayer(i).geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
                ),
                None,
            )
            extent = fallback_extent
            crs = zone_results.crs() if zone_results is not None else (zones.crs() if zones else None)
        if extent is None or crs is None or canvas is None:
            return
        try:
            xform = QgsCoordinateTransform(crs, canvas.mapSettings().destinationCrs(), project)
            target = xform.transformBoundingBox(extent)
        except QgsCsException:
            self._set_status(tr("The zone cannot be shown in the map's coordinate system."), error=True)
            return
        if target.isEmpty():
            target.grow(max(target.width(), target.height(), 50.0))
        target.scale(1.3)
        canvas.setExtent(target)
        canvas.refresh()
        if isinstance(zones, QgsVectorLayer) and fid is not None:
            canvas.flashFeatureIds(zones, [int(fid)])

    # ---------------------------------------------------------------- lifecycle

    def cleanup(self) -> None:
        """Stop listening and drop a running task; called before the plugin removes the dock."""
        project = QgsProject.instance()
        for signal, slot in (
            (project.layersAdded, self._on_layers_added),
            (project.layersWillBeRemoved, self._on_layers_removed),
            (project.cleared, self._on_project_cleared),
        ):
            with contextlib.suppress(TypeError):
                signal.disconnect(slot)
        self._runner.disconnect_task()
        self._set_running(False)


def _fmt(value, pattern: str) -> str:
    return "—" if value is None else pattern.format(value)


def _percent(value) -> str:
    """40 → "40", 99.56 → "99.6": one decimal only where it tells compliant from not (99.5 %)."""
    return "—" if value is None else f"{value:.1f}".rstrip("0").rstrip(".")


def _key(value, missing: float) -> float:
    return missing if value is None else value
