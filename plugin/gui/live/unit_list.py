"""The unit list: every unit the feed reported, filterable, double-click to zoom to it."""

from __future__ import annotations

from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from ...core.live import UnitView
from ...dispatch import live_styles
from ...i18n import tr
from .common import read_only_table
from .status_panel import STATE_COLOURS


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


class UnitListPanel(QWidget):
    """The "Units" tab. ``zoom_requested(unit_id)`` when a unit is double-clicked."""

    zoom_requested = pyqtSignal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 4, 2, 2)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("unit_filter")
        self.filter_edit.setPlaceholderText(tr("Filter: call sign, id, status or kind"))
        self.filter_edit.setClearButtonEnabled(True)
        layout.addWidget(self.filter_edit)
        self.unit_model = UnitTableModel(self)
        self.unit_proxy = _UnitFilter(self)
        self.unit_proxy.setSourceModel(self.unit_model)
        self.filter_edit.textChanged.connect(self.unit_proxy.set_text)
        self.unit_view = QTableView(self)
        self.unit_view.setObjectName("units")
        self.unit_view.setModel(self.unit_proxy)
        self.unit_view.setSortingEnabled(True)
        self.unit_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        read_only_table(self.unit_view)
        header = self.unit_view.horizontalHeader()
        # Status and time as wide as their text ("出警中" was cut to "出…" in a stretched middle
        # column); the call sign takes what is left (elided in a narrow dock, full in its tooltip).
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.unit_view.setToolTip(tr("Double-click a unit to zoom to it."))
        self.unit_view.doubleClicked.connect(self._on_double_clicked)
        layout.addWidget(self.unit_view, 1)

    def _on_double_clicked(self, index) -> None:
        unit_id = self.unit_proxy.data(index, UnitTableModel.VIEW_ROLE)
        if unit_id:
            self.zoom_requested.emit(str(unit_id))
