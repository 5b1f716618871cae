"""The "Generate roster" dialog: a month of duty rows from a rotation, into the command map.

The rows go into the command map's ``duty_roster`` layer through its edit buffer, as one undoable
edit: nothing is saved until the user saves the layer (after checking the rows in the attribute
table, where they stay editable). Rows already there for that month and those stations are only
replaced when the user says so; a command map made before the roster existed gets the table
only when the user agrees.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from qgis.core import Qgis, QgsFeature, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, Qt, QTime
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from .. import settings
from ..commandmap import CommandMapError, add_to_loaded, command_map_layers, group_of
from ..core import roster
from ..core.schema import DUTY_ROSTER
from ..i18n import tr
from ..layout.text import as_date, chinese_part
from ..qgis_bridge import text as _text
from . import palette
from .messages import push_with_button

CUSTOM = "custom"
COLUMNS = ("station_id", "name", "leader", "members", "callsigns", "phone")


def existing_teams(layer: QgsVectorLayer | None) -> dict[str, list[roster.Team]]:
    """Each station's teams as the roster last had them (the latest row of each team wins)."""
    if layer is None:
        return {}
    latest: dict[tuple[str, str], tuple[dt.date, roster.Team]] = {}
    for feature in layer.getFeatures():
        sid, name = _text(feature["station_id"]), _text(feature["team"])
        day = as_date(feature["duty_date"]) or dt.date.min
        if not sid or not name:
            continue
        team = roster.Team(
            sid,
            name,
            _text(feature["leader"]),
            _text(feature["members"]),
            _text(feature["callsigns"]),
            _text(feature["phone"]),
        )
        if (sid, name) not in latest or day >= latest[(sid, name)][0]:
            latest[(sid, name)] = (day, team)
    out: dict[str, list[roster.Team]] = {}
    for (sid, _name), (_day, team) in sorted(
        latest.items(), key=lambda kv: (kv[0][0], _team_order(kv[0][1]))
    ):
        out.setdefault(sid, []).append(team)
    return out


def _team_order(name: str):
    for i, default in enumerate(roster.DEFAULT_TEAM_NAMES):
        if name.startswith(default):
            return (i, name)
    return (len(roster.DEFAULT_TEAM_NAMES), name)


def roster_history(layer: QgsVectorLayer | None, teams: dict[str, list[roster.Team]]):
    """(date, team index, shift) of every row whose station and team the dialog knows."""
    if layer is None:
        return []
    index = {
        (sid, team.name): i for sid, station_teams in teams.items() for i, team in enumerate(station_teams)
    }
    out = []
    for feature in layer.getFeatures():
        key = (_text(feature["station_id"]), _text(feature["team"]))
        day = as_date(feature["duty_date"])
        if key in index and day is not None:
            out.append((day, index[key], roster.normalise_shift(_text(feature["shift"]))))
    return out


def rows_in_month(layer: QgsVectorLayer, year: int, month: int, stations: set[str]) -> list[int]:
    """Feature ids of the layer's rows in that month for those stations."""
    ids = []
    for feature in layer.getFeatures():
        day = as_date(feature["duty_date"])
        if (
            day is not None
            and day.year == year
            and day.month == month
            and _text(feature["station_id"]) in stations
        ):
            ids.append(feature.id())
    return ids


def write_rows(layer: QgsVectorLayer, rows: list[roster.RosterRow], replace_ids: list[int]) -> int:
    """Put the rows into the layer's edit buffer (one undoable command); returns rows added."""
    if not layer.isEditable() and not layer.startEditing():
        raise CommandMapError(tr("The layer {layer} cannot be edited.").format(layer=layer.name()))
    fields = layer.fields()
    features = []
    for row in rows:
        feature = QgsFeature(fields)
        values = row.as_dict()
        for name, value in values.items():
            index = fields.indexOf(name)
            if index < 0:
                continue
            if isinstance(value, dt.date):
                value = QDate(value.year, value.month, value.day)
            feature.setAttribute(index, value)
        features.append(feature)
    layer.beginEditCommand(tr("Generate duty roster"))
    try:
        if replace_ids and not layer.deleteFeatures(replace_ids):
            raise CommandMapError(tr("The old roster rows could not be removed."))
        if not layer.addFeatures(features):
            raise CommandMapError(
                tr("The roster rows could not be added to {layer}.").format(layer=layer.name())
            )
    except CommandMapError:
        layer.destroyEditCommand()
        raise
    layer.endEditCommand()
    return len(features)


class RosterDialog(QDialog):
    def __init__(self, iface, parent=None, project: QgsProject | None = None):
        super().__init__(parent)
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.setWindowTitle(tr("Generate duty roster"))
        self.setObjectName("PatrolMapRosterDialog")
        self.maps = command_map_layers(self.project)
        self._teams: dict[str, list[roster.Team]] = {}
        self.result_layer: QgsVectorLayer | None = None
        self.added = 0
        self._build()
        self._load_map()

    # ------------------------------------------------------------------ widgets

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self._build_rotation(form)
        self._build_cycle(form)
        self._build_shift_hours(form)
        layout.addWidget(self._build_teams(), 1)
        self._build_bottom(layout)
        self._connect_widgets()
        self.resize(980, 640)
        self._pattern_changed()

    def _build_rotation(self, form: QFormLayout) -> None:
        """Which command map, which month, and the rotation its teams follow."""
        self.map_combo = QComboBox(self)
        self.map_combo.setObjectName("command_map")
        for path in sorted(self.maps):
            self.map_combo.addItem(path.name, str(path))
            self.map_combo.setItemData(self.map_combo.count() - 1, str(path), Qt.ItemDataRole.ToolTipRole)
        form.addRow(tr("Command map"), self.map_combo)

        self.month_edit = QDateEdit(self)
        self.month_edit.setObjectName("month")
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setCalendarPopup(True)
        today = QDate.currentDate()
        self.month_edit.setDate(QDate(today.year(), today.month(), 1))
        form.addRow(tr("Month"), self.month_edit)

        self.pattern_combo = QComboBox(self)
        self.pattern_combo.setObjectName("pattern")
        for rotation in roster.ROTATIONS.values():
            self.pattern_combo.addItem(rotation.name, rotation.code)
        self.pattern_combo.addItem(tr("Custom cycle…"), CUSTOM)
        index = self.pattern_combo.findData(settings.ROSTER_PATTERN.value())
        self.pattern_combo.setCurrentIndex(max(index, 0))
        form.addRow(tr("Rotation"), self.pattern_combo)

    def _build_cycle(self, form: QFormLayout) -> None:
        """A custom cycle of shifts and the day the first team starts it."""
        self.cycle_edit = QLineEdit(settings.ROSTER_CUSTOM_CYCLE.value(), self)
        self.cycle_edit.setObjectName("cycle")
        self.cycle_edit.setToolTip(
            tr(
                "The shifts a team works day after day, e.g. “白,白,夜,夜,休×4” or "
                "“day, night, off, off”; any other word is a shift of its own."
            )
        )
        self.stride_spin = QSpinBox(self)
        self.stride_spin.setObjectName("stride")
        self.stride_spin.setRange(0, 366)
        self.stride_spin.setSpecialValueText(tr("even"))
        self.stride_spin.setToolTip(
            tr("Days between one team and the next in the cycle; “even” spreads the teams evenly over it.")
        )
        custom_row = QHBoxLayout()
        custom_row.addWidget(self.cycle_edit, 1)
        custom_row.addWidget(QLabel(tr("days between teams"), self))
        custom_row.addWidget(self.stride_spin)
        self.custom_widget = QWidget(self)
        self.custom_widget.setLayout(custom_row)
        custom_row.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("Cycle"), self.custom_widget)

        self.anchor_edit = QDateEdit(self)
        self.anchor_edit.setObjectName("anchor")
        self.anchor_edit.setDisplayFormat("yyyy-MM-dd")
        self.anchor_edit.setCalendarPopup(True)
        saved = QDate.fromString(settings.ROSTER_ANCHOR.value(), "yyyy-MM-dd")
        self.anchor_edit.setDate(saved if saved.isValid() else self.month_edit.date())
        self.anchor_edit.setToolTip(
            tr(
                "The date the first team of each station starts the cycle (its first "
                "day shift). Keep it from month to month so the rotation runs on."
            )
        )
        form.addRow(tr("Cycle starts on"), self.anchor_edit)

    def _build_shift_hours(self, form: QFormLayout) -> None:
        times = QHBoxLayout()
        parsed = self._saved_times()
        self.day_start, self.day_end = (
            self._time_edit("day_start", parsed[roster.DAY][0]),
            self._time_edit("day_end", parsed[roster.DAY][1]),
        )
        self.night_start, self.night_end = (
            self._time_edit("night_start", parsed[roster.NIGHT][0]),
            self._time_edit("night_end", parsed[roster.NIGHT][1]),
        )
        for text, start, end in (
            (tr("Day"), self.day_start, self.day_end),
            (tr("Night"), self.night_start, self.night_end),
        ):
            times.addWidget(QLabel(text, self))
            times.addWidget(start)
            times.addWidget(QLabel("–", self))
            times.addWidget(end)
            times.addSpacing(12)
        times.addStretch(1)
        form.addRow(tr("Shift hours"), times)

    def _build_teams(self) -> QGroupBox:
        """The stations (checkable) and the teams of the one picked."""
        stations_box = QGroupBox(tr("Stations and their teams"), self)
        box_layout = QHBoxLayout(stations_box)
        self.stations_list = QListWidget(stations_box)
        self.stations_list.setObjectName("stations")
        self.stations_list.setMaximumWidth(280)
        box_layout.addWidget(self.stations_list)
        right = QVBoxLayout()
        self.teams_table = QTableWidget(0, len(COLUMNS), stations_box)
        self.teams_table.setObjectName("teams")
        self.teams_table.setHorizontalHeaderLabels(
            [tr("Station"), tr("Team"), tr("Leader"), tr("Members"), tr("Call signs"), tr("Phone")]
        )
        self.teams_table.verticalHeader().setVisible(False)
        self.teams_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.teams_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        right.addWidget(self.teams_table, 1)
        buttons_row = QHBoxLayout()
        self.add_team_button = QPushButton(tr("Add team"), stations_box)
        self.add_team_button.setObjectName("add_team")
        self.remove_team_button = QPushButton(tr("Remove team"), stations_box)
        self.remove_team_button.setObjectName("remove_team")
        buttons_row.addWidget(self.add_team_button)
        buttons_row.addWidget(self.remove_team_button)
        buttons_row.addStretch(1)
        right.addLayout(buttons_row)
        box_layout.addLayout(right, 1)
        return stations_box

    def _build_bottom(self, layout: QVBoxLayout) -> None:
        self.summary_label = QLabel("", self)
        self.summary_label.setObjectName("summary")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.generate_button = self.buttons.addButton(tr("Generate"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.generate_button.setObjectName("generate")
        self.buttons.rejected.connect(self.reject)
        self.generate_button.clicked.connect(self.generate)
        layout.addWidget(self.buttons)

    def _connect_widgets(self) -> None:
        self.map_combo.currentIndexChanged.connect(self._load_map)
        self.pattern_combo.currentIndexChanged.connect(self._pattern_changed)
        self.month_edit.dateChanged.connect(self._month_changed)
        for signal in (
            self.anchor_edit.dateChanged,
            self.cycle_edit.textChanged,
            self.stride_spin.valueChanged,
        ):
            signal.connect(self._update_summary)
        self.stations_list.itemChanged.connect(self._stations_changed)
        self.teams_table.itemChanged.connect(self._update_summary)
        self.add_team_button.clicked.connect(self.add_team)
        self.remove_team_button.clicked.connect(self.remove_team)

    def _time_edit(self, name: str, text: str) -> QTimeEdit:
        edit = QTimeEdit(QTime.fromString(text, "HH:mm"), self)
        edit.setObjectName(name)
        edit.setDisplayFormat("HH:mm")
        return edit

    @staticmethod
    def _saved_times() -> dict:
        times = dict(roster.DEFAULT_SHIFT_TIMES)
        try:
            times.update(roster.parse_shift_times(settings.SHIFT_TIMES.value()))
        except roster.RosterError:
            pass
        return times

    # ------------------------------------------------------------------ state

    def current_map(self) -> tuple[Path | None, dict]:
        path = self.map_combo.currentData()
        if not path:
            return None, {}
        return Path(path), self.maps.get(Path(path), {})

    def _load_map(self, *_):
        _path, layers = self.current_map()
        self.stations_list.blockSignals(True)
        self.stations_list.clear()
        stations = layers.get("stations")
        known = existing_teams(layers.get("duty_roster"))
        if stations is not None:
            for feature in sorted(stations.getFeatures(), key=lambda f: _text(f["station_id"])):
                sid = _text(feature["station_id"])
                if not sid:
                    continue
                item = QListWidgetItem(f"{sid}  {chinese_part(feature['name'])}")
                item.setData(Qt.ItemDataRole.UserRole, sid)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.stations_list.addItem(item)
                if sid not in self._teams:
                    self._teams[sid] = known.get(sid) or self._default_teams(sid)
        self.stations_list.blockSignals(False)
        self._fill_table()
        self._continue_rotation(layers.get("duty_roster"), known)
        self._update_summary()

    def _continue_rotation(self, layer, known) -> None:
        """Start the cycle where the roster already in the map says it runs, when it fits."""
        code = self.pattern_combo.currentData()
        if code not in roster.ROTATIONS or not known:
            return
        year, month = self.month()
        anchor = roster.infer_anchor(
            roster.ROTATIONS[code], roster_history(layer, known), dt.date(year, month, 1)
        )
        if anchor is not None:
            self.anchor_edit.setDate(QDate(anchor.year, anchor.month, anchor.day))
            self.anchor_edit.setToolTip(
                self.anchor_edit.toolTip().split("\n")[0]
                + "\n"
                + tr("Found from the roster already in the command map.")
            )

    def _default_teams(self, sid: str) -> list[roster.Team]:
        count = self._rotation_teams()
        return [
            roster.Team(
                sid,
                f"{roster.DEFAULT_TEAM_NAMES[i]}（{roster.TEAM_LETTERS[i]}）"
                if i < len(roster.DEFAULT_TEAM_NAMES)
                else f"{i + 1}班",
            )
            for i in range(count)
        ]

    def _rotation_teams(self) -> int:
        code = self.pattern_combo.currentData()
        return roster.ROTATIONS[code].teams if code in roster.ROTATIONS else 4

    def checked_stations(self) -> list[str]:
        out = []
        for i in range(self.stations_list.count()):
            item = self.stations_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def _fill_table(self) -> None:
        self.teams_table.blockSignals(True)
        self.teams_table.setRowCount(0)
        checked = set(self.checked_stations())
        for sid in [
            self.stations_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.stations_list.count())
        ]:
            for team in self._teams.get(sid, []):
                row = self.teams_table.rowCount()
                self.teams_table.insertRow(row)
                values = (sid, team.name, team.leader, team.members, team.callsigns, team.phone)
                for column, value in enumerate(values):
                    item = QTableWidgetItem(value)
                    if column == 0:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    if sid not in checked:
                        item.setForeground(QColor("#9a9a9a"))
                    self.teams_table.setItem(row, column, item)
        self.teams_table.resizeColumnsToContents()
        self.teams_table.blockSignals(False)

    def _read_table(self) -> None:
        """The table's edits back into the team lists (station order kept)."""
        teams: dict[str, list[roster.Team]] = {}
        for row in range(self.teams_table.rowCount()):
            values = [
                (self.teams_table.item(row, c).text().strip() if self.teams_table.item(row, c) else "")
                for c in range(len(COLUMNS))
            ]
            teams.setdefault(values[0], []).append(roster.Team(*values))
        for sid in self._teams:
            self._teams[sid] = teams.get(sid, [])

    def _stations_changed(self, *_):
        self._read_table()
        self._fill_table()
        self._update_summary()

    def _month_changed(self, *_):
        """Keep the cycle's start in the same phase, at the last cycle start before the month, so
        it reads as a date near the roster (the rows do not change)."""
        try:
            length = self.rotation().length
        except roster.RosterError:
            length = 0
        if length:
            year, month = self.month()
            anchor = self.anchor()
            moved = anchor + dt.timedelta(days=((dt.date(year, month, 1) - anchor).days // length) * length)
            if moved != anchor:
                self.anchor_edit.setDate(QDate(moved.year, moved.month, moved.day))
        self._update_summary()

    def _pattern_changed(self, *_):
        custom = self.pattern_combo.currentData() == CUSTOM
        self.custom_widget.setEnabled(custom)
        self._update_summary()

    def add_team(self) -> None:
        self._read_table()
        rows = {index.row() for index in self.teams_table.selectionModel().selectedRows()}
        row = max(rows) if rows else self.teams_table.rowCount() - 1
        sid = self.teams_table.item(row, 0).text() if row >= 0 else (self.checked_stations() or [""])[0]
        if not sid:
            return
        n = len(self._teams.get(sid, []))
        name = (
            f"{roster.DEFAULT_TEAM_NAMES[n]}（{roster.TEAM_LETTERS[n]}）"
            if n < len(roster.DEFAULT_TEAM_NAMES)
            else f"{n + 1}班"
        )
        self._teams.setdefault(sid, []).append(roster.Team(sid, name))
        self._fill_table()
        self._update_summary()

    def remove_team(self) -> None:
        rows = sorted(
            {index.row() for index in self.teams_table.selectionModel().selectedRows()}, reverse=True
        )
        for row in rows:
            self.teams_table.removeRow(row)
        self._read_table()
        self._update_summary()

    # ------------------------------------------------------------------ rotation

    def rotation(self) -> roster.Rotation:
        code = self.pattern_combo.currentData()
        if code in roster.ROTATIONS:
            return roster.ROTATIONS[code]
        teams = max((len(self._teams.get(s, [])) for s in self.checked_stations()), default=4) or 4
        stride = self.stride_spin.value() or None
        return roster.custom_rotation(self.cycle_edit.text(), teams, stride)

    def shift_times(self) -> dict:
        return {
            roster.DAY: (self.day_start.time().toString("HH:mm"), self.day_end.time().toString("HH:mm")),
            roster.NIGHT: (
                self.night_start.time().toString("HH:mm"),
                self.night_end.time().toString("HH:mm"),
            ),
        }

    def month(self) -> tuple[int, int]:
        date = self.month_edit.date()
        return date.year(), date.month()

    def anchor(self) -> dt.date:
        date = self.anchor_edit.date()
        return dt.date(date.year(), date.month(), date.day())

    def teams(self) -> list[roster.Team]:
        self._read_table()
        checked = self.checked_stations()
        return [team for sid in checked for team in self._teams.get(sid, [])]

    def build_rows(self) -> list[roster.RosterRow]:
        """The month's rows from the dialog's choices; raises RosterError."""
        teams = self.teams()
        if not teams:
            raise roster.RosterError(tr("Tick at least one station with teams."))
        return roster.generate_month(self.rotation(), self.anchor(), teams, *self.month())

    def _update_summary(self, *_):
        try:
            rotation = self.rotation()
            rows = self.build_rows()
        except roster.RosterError as e:
            self.summary_label.setText(str(e))
            self.summary_label.setStyleSheet(palette.text_style(palette.ERROR))
            self.generate_button.setEnabled(False)
            return
        year, month = self.month()
        text = tr("{rows} rows for {year}-{month:02d}: {stations} stations, cycle {cycle}.").format(
            rows=len(rows),
            year=year,
            month=month,
            stations=len(self.checked_stations()),
            cycle=" ".join(roster.shift_name(s) for s in rotation.cycle),
        )
        counts = {len(self._teams.get(s, [])) for s in self.checked_stations()}
        problems = []
        for count in sorted(counts):
            problems += roster.cover_problems(rotation, count)
        style = ""
        if problems:
            text += (
                " "
                + tr("Warning: {problem}").format(problem=problems[0])
                + (" " + tr("(and {more} more)").format(more=len(problems) - 1) if len(problems) > 1 else "")
            )
            style = "color: #b35c00;"
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(style)
        self.generate_button.setEnabled(True)

    # ------------------------------------------------------------------ generating

    def generate(self) -> bool:
        try:
            rows = self.build_rows()
        except roster.RosterError as e:
            QMessageBox.warning(self, self.windowTitle(), str(e))
            return False
        path, layers = self.current_map()
        if path is None:
            QMessageBox.warning(self, self.windowTitle(), tr("Open a command map first."))
            return False
        layer = layers.get("duty_roster")
        if layer is None:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                tr(
                    "{name} was made before PatrolMap kept duty rosters and has no duty_roster table. "
                    "Add the table to the file now?"
                ).format(name=path.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            anchor_layer = layers.get("patrol_zones") or layers.get("stations")
            try:
                layer = add_to_loaded(path, DUTY_ROSTER, self.project, group_of(anchor_layer, self.project))
            except CommandMapError as e:
                QMessageBox.warning(self, self.windowTitle(), str(e))
                return False
            layers["duty_roster"] = layer
        year, month = self.month()
        old = rows_in_month(layer, year, month, set(self.checked_stations()))
        if old:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                tr(
                    "The roster already has {count} rows for {year}-{month:02d} at these stations. Replace "
                    "them with the new rows? (You can still undo it, or discard the layer edits.)"
                ).format(count=len(old), year=year, month=month),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            self.added = write_rows(layer, rows, old)
        except CommandMapError as e:
            QMessageBox.warning(self, self.windowTitle(), str(e))
            return False
        self.result_layer = layer
        self._remember()
        self.accept()
        return True

    def _remember(self) -> None:
        settings.ROSTER_PATTERN.set(self.pattern_combo.currentData())
        settings.ROSTER_CUSTOM_CYCLE.set(self.cycle_edit.text())
        settings.ROSTER_ANCHOR.set(self.anchor_edit.date().toString("yyyy-MM-dd"))
        settings.SHIFT_TIMES.set(", ".join(f"{k}={a}-{b}" for k, (a, b) in self.shift_times().items()))


def open_roster_dialog(iface, dialog: RosterDialog | None = None) -> RosterDialog | None:
    dialog = dialog or RosterDialog(iface, iface.mainWindow())
    if not dialog.maps:
        iface.messageBar().pushMessage(
            tr("Duty roster"),
            tr("Open a command map first (PatrolMap ▸ Open command map…)."),
            Qgis.MessageLevel.Warning,
            8,
        )
        return None
    if not dialog.exec() or dialog.result_layer is None:
        return dialog
    layer = dialog.result_layer
    year, month = dialog.month()
    push_with_button(
        iface.messageBar(),
        tr("Duty roster"),
        tr(
            "{rows} rows for {year}-{month:02d} added to {layer}. They are not saved yet: check them in the "
            "attribute table, then save the layer edits."
        ).format(rows=dialog.added, year=year, month=month, layer=layer.name()),
        Qgis.MessageLevel.Success,
        tr("Open attribute table"),
        lambda: iface.showAttributeTable(layer),
        15,
    )
    return dialog
