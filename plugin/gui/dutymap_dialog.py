"""The "Duty map" dialog: choose date, shift and scope, preview page 1, export the PDF.

It fills in the same DutyMapRequest the patrolmap:dutymap algorithm builds from its parameters
and runs the same DutyMapJob. QGIS layouts must be drawn on the main thread (see
plugin/layout/dutymap.py), so the export runs there one page per event-loop turn: the dialog
stays responsive, shows progress and can cancel between pages, and QGIS's task manager shows
the export as a task (a QgsProxyProgressTask, as QGIS's own layout designer does).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFeatureRequest,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsProxyProgressTask,
    QgsVectorLayer,
)
from qgis.gui import QgsCollapsibleGroupBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QDate, Qt, QTimer, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QPixmap
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
)

from .. import settings
from ..commandmap import command_map_layer, is_result
from ..core import roster as core_roster
from ..i18n import tr
from ..layout import dutymap
from ..layout.data import DutyMapError
from ..layout.templates import TemplateError
from ..layout.text import as_date, chinese_part
from ..log import get_logger
from . import palette
from .messages import push_with_button

LAYER_ROLES = (
    # (key, label, filter, optional, command-map layer name)
    ("zones", "Patrol zones", QgsMapLayerProxyModel.Filter.PolygonLayer, False, "patrol_zones"),
    ("stations", "Stations", QgsMapLayerProxyModel.Filter.PointLayer, True, "stations"),
    ("key_sites", "Key sites", QgsMapLayerProxyModel.Filter.PointLayer, True, "key_sites"),
    ("roster", "Duty roster", QgsMapLayerProxyModel.Filter.NoGeometry, True, "duty_roster"),
    ("roads", "Roads", QgsMapLayerProxyModel.Filter.LineLayer, True, "roads"),
    ("jurisdiction", "Jurisdiction", QgsMapLayerProxyModel.Filter.PolygonLayer, True, "jurisdiction"),
    ("coverage", "Coverage bands", QgsMapLayerProxyModel.Filter.PolygonLayer, True, None),
)
SCOPE_ALL, SCOPE_STATION, SCOPE_SELECTED = range(3)
PREVIEW_WIDTH = 460


def _source_name(layer) -> str:
    source = layer.source()
    return source.split("layername=", 1)[1].split("|", 1)[0] if "layername=" in source else layer.name()


class DutyMapDialog(QDialog):
    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.setWindowTitle(tr("Duty map"))
        self.setObjectName("PatrolMapDutyMapDialog")
        self.job: dutymap.DutyMapJob | None = None
        self.task: QgsProxyProgressTask | None = None
        self.result: dutymap.DutyMapResult | None = None
        self.error = ""
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        self._cancel_requested = False
        self._build()
        self._apply_defaults()
        QTimer.singleShot(0, self.refresh_preview)

    # ------------------------------------------------------------------ widgets

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        outer.addLayout(left, 3)
        form = QFormLayout()
        left.addLayout(form)
        self.title_edit = QLineEdit(settings.DUTYMAP_TITLE.value(), self)
        self.title_edit.setObjectName("title")
        form.addRow(tr("Title"), self.title_edit)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName("date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self._date_touched = False
        self.date_edit.dateChanged.connect(self._date_edited)
        form.addRow(tr("Date"), self.date_edit)
        self.shift_combo = QComboBox(self)
        self.shift_combo.setObjectName("shift")
        self.shift_combo.setEditable(True)
        form.addRow(tr("Shift"), self.shift_combo)

        scope_row = QVBoxLayout()
        self.scope_group = QButtonGroup(self)
        self.scope_all = QRadioButton(tr("All zones"), self)
        self.scope_all.setObjectName("scope_all")
        self.scope_station = QRadioButton(tr("One station"), self)
        self.scope_station.setObjectName("scope_station")
        self.scope_selected = QRadioButton(tr("Selected zones"), self)
        self.scope_selected.setObjectName("scope_selected")
        for i, button in enumerate((self.scope_all, self.scope_station, self.scope_selected)):
            self.scope_group.addButton(button, i)
        self.scope_all.setChecked(True)
        self.station_combo = QComboBox(self)
        self.station_combo.setObjectName("station")
        station_row = QHBoxLayout()
        station_row.addWidget(self.scope_station)
        station_row.addWidget(self.station_combo, 1)
        scope_row.addWidget(self.scope_all)
        scope_row.addLayout(station_row)
        scope_row.addWidget(self.scope_selected)
        form.addRow(tr("Print"), scope_row)

        self.atlas_check = QCheckBox(tr("One page per zone after the overview"), self)
        self.atlas_check.setObjectName("atlas")
        self.atlas_check.setChecked(True)
        self.per_station_check = QCheckBox(tr("One booklet per station (into a folder)"), self)
        self.per_station_check.setObjectName("per_station")
        form.addRow(self.atlas_check)
        form.addRow(self.per_station_check)

        self.output_widget = QgsFileWidget(self)
        self.output_widget.setObjectName("output")
        self.output_widget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output_widget.setFilter(tr("PDF files (*.pdf)"))
        self.output_widget.setConfirmOverwrite(True)
        form.addRow(tr("Save to"), self.output_widget)

        self.layers_box = QgsCollapsibleGroupBox(tr("Layers and template"), self)
        self.layers_box.setObjectName("layers_box")
        layers_form = QFormLayout(self.layers_box)
        self.combos: dict[str, QgsMapLayerComboBox] = {}
        labels = {
            "zones": tr("Patrol zones"),
            "stations": tr("Stations"),
            "key_sites": tr("Key sites"),
            "roster": tr("Duty roster"),
            "roads": tr("Roads"),
            "jurisdiction": tr("Jurisdiction"),
            "coverage": tr("Coverage bands"),
        }
        for key, _label, filters, optional, _name in LAYER_ROLES:
            combo = QgsMapLayerComboBox(self.layers_box)
            combo.setObjectName(key)
            combo.setFilters(filters)
            combo.setAllowEmptyLayer(optional)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            layers_form.addRow(labels[key], combo)
            self.combos[key] = combo
        self.marking_edit = QLineEdit(settings.DUTYMAP_MARKING.value(), self.layers_box)
        self.marking_edit.setObjectName("marking")
        self.marking_edit.setToolTip(tr("Printed in the footer of every page; empty for none."))
        layers_form.addRow(tr("Handling marking"), self.marking_edit)
        self.template_widget = QgsFileWidget(self.layers_box)
        self.template_widget.setObjectName("template_dir")
        self.template_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.template_widget.setFilePath(settings.DUTYMAP_TEMPLATE_DIR.value())
        self.template_widget.setToolTip(
            tr(
                "A folder with your own dutymap_overview.qpt / dutymap_zone.qpt; "
                "empty for PatrolMap's templates."
            )
        )
        layers_form.addRow(tr("Template folder"), self.template_widget)
        self.layers_box.setCollapsed(True)
        left.addWidget(self.layers_box)

        self.message_label = QLabel("", self)
        self.message_label.setObjectName("message")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(self.message_label)
        left.addStretch(1)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        left.addWidget(self.progress)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(tr("Export PDF"), self)
        self.export_button.setObjectName("export")
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(tr("Close"), self)
        self.close_button.setObjectName("close")
        buttons.addWidget(self.export_button, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        left.addLayout(buttons)

        right = QVBoxLayout()
        outer.addLayout(right, 2)
        self.preview_label = QLabel(tr("Preview of the first page"), self)
        self.preview_label.setObjectName("preview")
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setMinimumSize(PREVIEW_WIDTH, int(PREVIEW_WIDTH * 0.72))
        self.preview_label.setStyleSheet("QLabel { background: #e8e8e8; border: 1px solid #c0c0c0; }")
        right.addWidget(self.preview_label, 1)
        self.preview_button = QPushButton(tr("Refresh preview"), self)
        self.preview_button.setObjectName("refresh_preview")
        right.addWidget(self.preview_button)

        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.preview_button.clicked.connect(self.refresh_preview)
        self.per_station_check.toggled.connect(self._per_station_toggled)
        self.combos["zones"].layerChanged.connect(self._zones_changed)
        self.combos["stations"].layerChanged.connect(self._fill_stations)
        self.combos["roster"].layerChanged.connect(self._fill_shifts)
        self.station_combo.currentIndexChanged.connect(lambda *_: self.scope_station.setChecked(True))

    def _apply_defaults(self, first: bool = True) -> None:
        """Each combo on the command map's layer of its name; later calls only fill empty combos."""
        project = QgsProject.instance()
        layers = [layer for layer in project.mapLayers().values() if isinstance(layer, QgsVectorLayer)]
        for key, _label, _filters, optional, name in LAYER_ROLES:
            combo = self.combos[key]
            if not first and combo.currentLayer() is not None:
                continue
            match = command_map_layer(name) if name else None
            if match is None and name:
                match = next(
                    (layer for layer in layers if _source_name(layer) == name and not is_result(layer)), None
                )
            if match is not None:
                combo.setLayer(match)
            elif optional:
                combo.setLayer(None)
        if not first:
            self._fill_stations()
            self._zones_changed()
            return
        jurisdiction = self.combos["jurisdiction"].currentLayer()
        if jurisdiction is not None and self.title_edit.text() == settings.DUTYMAP_TITLE.default:
            name = next(
                (
                    chinese_part(f["name"])
                    for f in jurisdiction.getFeatures()
                    if "name" in f.fields().names() and f["name"]
                ),
                "",
            )
            if name:
                self.title_edit.setText(f"{name}巡防勤务图")
        folder = Path(settings.DUTYMAP_FOLDER.value() or settings.LAST_FOLDER.value() or Path.home())
        self.output_widget.setFilePath(
            str(folder / f"dutymap_{QDate.currentDate().toString('yyyyMMdd')}.pdf")
        )
        self._fill_stations()
        self._fill_shifts()
        self._zones_changed()

    def _fill_stations(self, *_):
        self.station_combo.blockSignals(True)
        self.station_combo.clear()
        stations = self.combos["stations"].currentLayer()
        zones = self.combos["zones"].currentLayer()
        ids = set()
        if isinstance(zones, QgsVectorLayer) and "station_id" in zones.fields().names():
            ids = {str(v) for v in zones.uniqueValues(zones.fields().indexOf("station_id")) if v}
        names = {}
        if isinstance(stations, QgsVectorLayer) and "station_id" in stations.fields().names():
            for feature in stations.getFeatures():
                if feature["station_id"]:
                    names[str(feature["station_id"])] = (
                        chinese_part(feature["name"]) if "name" in feature.fields().names() else ""
                    )
        for sid in sorted(ids or names):
            self.station_combo.addItem(f"{sid}  {names.get(sid, '')}".strip(), sid)
        self.station_combo.blockSignals(False)
        self.scope_station.setEnabled(self.station_combo.count() > 0)

    def _date_edited(self, *_):
        self._date_touched = True

    def _default_date(self) -> None:
        """Today when the roster covers it, else the roster's day nearest to today (a later
        one on a tie): a duty map of a day nobody is rostered for prints empty tables."""
        if self._date_touched:
            return
        roster = self.combos["roster"].currentLayer()
        today = dt.date.today()
        days = set()
        if isinstance(roster, QgsVectorLayer) and "duty_date" in roster.fields().names():
            days = {as_date(v) for v in roster.uniqueValues(roster.fields().indexOf("duty_date"))} - {None}
        day = min(days, key=lambda d: (abs((d - today).days), d < today)) if days else today
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)

    def _fill_shifts(self, *_):
        self._default_date()
        current = self.shift_combo.currentData()
        self.shift_combo.clear()
        times = self._shift_times()
        self.shift_combo.addItem(core_roster.shift_label(core_roster.DAY, times), core_roster.DAY)
        self.shift_combo.addItem(core_roster.shift_label(core_roster.NIGHT, times), core_roster.NIGHT)
        roster = self.combos["roster"].currentLayer()
        if isinstance(roster, QgsVectorLayer) and "shift" in roster.fields().names():
            for value in sorted({str(v) for v in roster.uniqueValues(roster.fields().indexOf("shift")) if v}):
                code = core_roster.normalise_shift(value)
                if code and self.shift_combo.findData(code) < 0:
                    self.shift_combo.addItem(core_roster.shift_label(code, times), code)
        self.shift_combo.addItem(tr("All shifts"), "")
        index = self.shift_combo.findData(current) if current is not None else -1
        if index < 0:
            hour = dt.datetime.now().hour
            index = self.shift_combo.findData(core_roster.DAY if 8 <= hour < 20 else core_roster.NIGHT)
        self.shift_combo.setCurrentIndex(max(index, 0))

    @staticmethod
    def _shift_times() -> dict:
        try:
            return core_roster.parse_shift_times(settings.SHIFT_TIMES.value())
        except core_roster.RosterError:
            return {}

    def _zones_changed(self, *_):
        zones = self.combos["zones"].currentLayer()
        count = zones.selectedFeatureCount() if isinstance(zones, QgsVectorLayer) else 0
        self.scope_selected.setText(tr("Selected zones ({count})").format(count=count))
        self.scope_selected.setEnabled(count > 0)
        if count == 0 and self.scope_selected.isChecked():
            self.scope_all.setChecked(True)
        self._fill_stations()

    def _per_station_toggled(self, on: bool) -> None:
        path = Path(self.output_widget.filePath() or "dutymap.pdf")
        if on:
            self.output_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
            self.output_widget.setFilePath(
                str(path.with_suffix("")) if path.suffix.lower() == ".pdf" else str(path)
            )
        else:
            self.output_widget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
            self.output_widget.setFilePath(str(path) if path.suffix.lower() == ".pdf" else str(path) + ".pdf")

    # ------------------------------------------------------------------ request

    def scope(self) -> int:
        return self.scope_group.checkedId()

    def shift(self) -> str:
        data = self.shift_combo.currentData()
        if data is not None and self.shift_combo.currentText() == self.shift_combo.itemText(
            self.shift_combo.currentIndex()
        ):
            return data
        return core_roster.normalise_shift(self.shift_combo.currentText())

    def request(self, preview: bool = False) -> dutymap.DutyMapRequest:
        """The export the dialog describes; raises DutyMapError for what is missing."""
        zones = self.combos["zones"].currentLayer()
        if not isinstance(zones, QgsVectorLayer):
            raise DutyMapError(tr("Choose the patrol zones layer (open a command map first)."))
        output = self.output_widget.filePath().strip()
        if not output and not preview:
            raise DutyMapError(tr("Choose where to save the duty map."))
        scope_codes = None
        station_id = None
        if self.scope() == SCOPE_SELECTED:
            if "zone_code" in zones.fields().names():
                request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
                scope_codes = {
                    str(f["zone_code"]) for f in zones.getSelectedFeatures(request) if f["zone_code"]
                }
            if not scope_codes:
                raise DutyMapError(tr("Select the zones to print in the zones layer first."))
        elif self.scope() == SCOPE_STATION:
            station_id = self.station_combo.currentData()
        date = self.date_edit.date()
        layer = {key: self.combos[key].currentLayer() for key in self.combos}
        template_dir = self.template_widget.filePath().strip()
        return dutymap.DutyMapRequest(
            zones=zones,
            output=Path(output or "dutymap.pdf"),
            date=dt.date(date.year(), date.month(), date.day()),
            shift=self.shift(),
            title=self.title_edit.text().strip() or dutymap.DEFAULT_TITLE,
            stations=layer["stations"],
            key_sites=layer["key_sites"],
            roster=layer["roster"],
            coverage=layer["coverage"],
            roads=layer["roads"],
            jurisdiction=layer["jurisdiction"],
            atlas=self.atlas_check.isChecked(),
            per_station=self.per_station_check.isChecked(),
            template_dir=Path(template_dir) if template_dir else None,
            marking=self.marking_edit.text().strip(),
            shift_times=self._shift_times(),
            scope_codes=scope_codes,
            station_id=station_id,
        )

    def _show(self, text: str, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(palette.text_style(palette.ERROR if error else palette.NOTE))

    # ------------------------------------------------------------------ preview

    def refresh_preview(self) -> bool:
        """Draw page 1 as it will print (nothing is written)."""
        if self.job is not None:
            return False
        try:
            request = self.request(preview=True)
            preview = dutymap.DutyMapJob(request)
            preview.prepare_preview()
            image = preview.preview(PREVIEW_WIDTH * 2)
        except (DutyMapError, TemplateError) as e:
            self.preview_label.setPixmap(QPixmap())
            self.preview_label.setText(tr("No preview: {error}").format(error=e))
            self.preview_label.setWordWrap(True)
            return False
        except Exception as e:  # noqa: BLE001 - a preview must never crash the dialog
            get_logger().exception("Duty map preview failed")
            self.preview_label.setText(tr("No preview: {error}").format(error=e))
            return False
        pixmap = QPixmap.fromImage(image)
        self.preview_label.setPixmap(
            pixmap.scaled(
                self.preview_label.width() - 4,
                self.preview_label.height() - 4,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.preview_image = image
        self._show(" ".join(preview.warnings))
        return True

    # ------------------------------------------------------------------ export

    def export(self) -> bool:
        if self.job is not None:
            return False
        self.result, self.error = None, ""
        try:
            request = self.request()
            job = dutymap.DutyMapJob(request)
            job.prepare()
        except (DutyMapError, TemplateError) as e:
            self.error = str(e)
            self._show(self.error, error=True)
            self.iface.messageBar().pushMessage(tr("Duty map"), self.error, Qgis.MessageLevel.Critical, 10)
            return False
        except Exception as e:  # noqa: BLE001 - reported, never a traceback dialog
            get_logger().exception("Duty map failed")
            self.error = tr("The duty map could not be prepared: {error}").format(error=e)
            self._show(self.error, error=True)
            return False
        self._remember(request)
        self.job = job
        self._cancel_requested = False
        self.task = QgsProxyProgressTask(tr("Duty map: {pages} pages").format(pages=job.total_pages))
        QgsApplication.taskManager().addTask(self.task)
        self._set_running(True)
        self._show(tr("Writing {pages} pages…").format(pages=job.total_pages))
        self._timer.start()
        return True

    def _step(self) -> None:
        job = self.job
        if job is None:
            self._timer.stop()
            return
        if self._cancel_requested:
            job.abort()
            self._finish(False, tr("Cancelled: no partial PDF was left behind."), cancelled=True)
            return
        try:
            more = job.step()
        except (DutyMapError, TemplateError) as e:
            self._finish(False, str(e))
            return
        except Exception as e:  # noqa: BLE001 - reported, never a traceback dialog
            get_logger().exception("Duty map export failed")
            job.abort()
            self._finish(False, tr("The duty map could not be written: {error}").format(error=e))
            return
        percent = 100.0 * job.done_pages / max(job.total_pages, 1)
        self.progress.setValue(int(percent))
        if self.task is not None:
            self.task.setProxyProgress(percent)
        if not more:
            self.result = job.finish()
            self._finish(True, "")

    def cancel(self) -> None:
        self._cancel_requested = True

    def _finish(self, ok: bool, message: str, cancelled: bool = False) -> None:
        self._timer.stop()
        if self.task is not None:
            self.task.finalize(ok)
            self.task = None
        self.job = None
        self._set_running(False)
        if not ok:
            self.error = message
            self.progress.setValue(0)
            self._show(message, error=True)
            level = Qgis.MessageLevel.Info if cancelled else Qgis.MessageLevel.Critical
            self.iface.messageBar().pushMessage(tr("Duty map"), message, level, 10)
            return
        result = self.result
        self.progress.setValue(100)
        warnings = " ".join(result.warnings)
        self._show(
            tr("Done: {pages} pages.").format(pages=result.pages) + (" " + warnings if warnings else "")
        )
        self._announce(result)

    def _announce(self, result: dutymap.DutyMapResult) -> None:
        target = (
            result.files[0] if len(result.files) == 1 else (result.files[0].parent if result.files else None)
        )
        text = tr("Wrote {files} PDF file(s), {pages} pages.").format(
            files=len(result.files), pages=result.pages
        )
        if result.warnings:
            text += " " + " ".join(result.warnings)
        level = Qgis.MessageLevel.Warning if result.warnings else Qgis.MessageLevel.Success
        self.open_button = push_with_button(
            self.iface.messageBar(),
            tr("Duty map"),
            text,
            level,
            tr("Open PDF") if len(result.files) == 1 else tr("Open folder"),
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))),
            0 if result.warnings else 15,
        )
        for warning in result.warnings:
            get_logger().warning("Duty map: %s", warning)

    def _set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.preview_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.close_button.setEnabled(not running)

    def _remember(self, request: dutymap.DutyMapRequest) -> None:
        settings.DUTYMAP_TITLE.set(request.title)
        settings.DUTYMAP_MARKING.set(request.marking)
        settings.DUTYMAP_TEMPLATE_DIR.set(str(request.template_dir or ""))
        settings.DUTYMAP_FOLDER.set(
            str(Path(request.output).parent if not request.per_station else request.output)
        )

    def refresh_layers(self) -> None:
        """Pick up layers opened since the dialog was made (e.g. another command map)."""
        if self.job is None:
            self._apply_defaults(first=False)

    def cleanup(self) -> None:
        """Stop an export in progress (plugin unload): the PDF being written is deleted."""
        if self.job is not None:
            self.job.abort()
            self._finish(False, tr("Cancelled: no partial PDF was left behind."), cancelled=True)

    def reject(self) -> None:
        if self.job is not None:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event):  # noqa: N802 - Qt's name
        if self.job is not None:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
