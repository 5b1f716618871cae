"""Incidents and their nearest available units: the "Incidents" tab. Select an incident (in
the list or on the map) → ``patrolmap:nearestunits`` from the units now available, on a copy of
the live data in a background task, drawn as routes in a styled layer of the Live group and
refreshed as the units move."""

from __future__ import annotations

import time
from collections.abc import Callable

from qgis.core import QgsField, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt, QVariant, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import settings
from ...dispatch import live_styles
from ...dispatch.live_layers import CRS, LiveLayers
from ...i18n import tr
from .. import palette
from ..alg_runner import AlgorithmRun
from .common import ERROR_TEXT, memory_points, read_only_table

NEAREST_ALG = "patrolmap:nearestunits"
NEAREST_REFRESH_S = 15.0
ROUTES_PROPERTY = "patrolmap/live_routes"


class NearestPanel(QWidget):
    """``incident_chosen(incident_id)`` when an incident is selected (the dock shows this tab)."""

    incident_chosen = pyqtSignal(str)

    def __init__(self, live: LiveLayers, network: Callable[[], QgsVectorLayer | None], parent=None):
        super().__init__(parent)
        self.live = live
        self.network = network  # the road network layer chosen in the dock
        self._watched_incidents: QgsVectorLayer | None = None
        self._selected_incident: str | None = None
        self.run = AlgorithmRun(self)
        self.run.finished.connect(self._on_nearest_finished)
        self._nearest_for: str | None = None
        self._nearest_pending: str | None = None
        self._nearest_started = 0.0
        self._nearest_shown: str | None = None  # the incident whose routes are on the map
        self._nearest_inputs = None
        self._routes_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 4, 2, 2)
        self.incident_table = QTableWidget(0, 4, self)
        self.incident_table.setObjectName("incidents")
        self.incident_table.setHorizontalHeaderLabels(
            [tr("Incident"), tr("Priority"), tr("Status"), tr("Address")]
        )
        read_only_table(self.incident_table)
        self.incident_table.itemSelectionChanged.connect(self._on_incident_row_selected)
        layout.addWidget(self.incident_table, 2)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Nearest available units"), self))
        self.count_spin = QSpinBox(self)
        self.count_spin.setObjectName("nearest_count")
        self.count_spin.setRange(1, 10)
        self.count_spin.setValue(int(settings.LIVE_NEAREST_COUNT.value()))
        row.addWidget(self.count_spin)
        row.addStretch(1)
        layout.addLayout(row)
        self.nearest_status = QLabel(tr("Select an incident in the list or on the map."), self)
        self.nearest_status.setObjectName("nearest_status")
        self.nearest_status.setWordWrap(True)
        layout.addWidget(self.nearest_status)
        self.nearest_table = QTableWidget(0, 3, self)
        self.nearest_table.setObjectName("nearest")
        self.nearest_table.setHorizontalHeaderLabels([tr("Rank"), tr("Unit"), tr("Minutes")])
        read_only_table(self.nearest_table, select_rows=False)
        layout.addWidget(self.nearest_table, 1)

    def fill_incidents(self) -> None:
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
                    ERROR_TEXT
                    if record.priority == 1 and record.status == "open"
                    else palette.qcolor(palette.TEXT)
                )
            if record.incident_id == selected:
                table.selectRow(row)
        if selected is not None and selected not in self.live.incidents.records:
            table.clearSelection()
        table.blockSignals(False)

    def watch_incident_layer(self) -> None:
        layer = self.live.layer("incidents")
        if layer is self._watched_incidents:
            return
        if self._watched_incidents is not None:
            try:
                self._watched_incidents.selectionChanged.disconnect(self._on_map_selection)
            except (TypeError, RuntimeError):
                pass
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
        self.incident_chosen.emit(incident_id)
        self.fill_incidents()
        layer, fid = self.live.layer("incidents"), self.live.incident_fid(incident_id)
        if layer is not None and fid is not None and layer.selectedFeatureIds() != [fid]:
            layer.selectByIds([fid])
        self.find_nearest(incident_id)

    def find_nearest(self, incident_id: str) -> None:
        if self.run.is_running():
            self._nearest_pending = incident_id
            return
        record = self.live.incidents.records.get(incident_id)
        if record is None:
            return
        if not self.live.is_live():
            # Disconnected: the last positions are hours old perhaps; nobody is sent by them.
            self._nearest_message(
                tr("Not live: the feed is disconnected. Connect to find the nearest available units."),
                error=True,
            )
            self.nearest_table.setRowCount(0)
            return
        network = self.network()
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
        incidents = memory_points(
            f"Point?crs={CRS}&field=incident_id:string(32)",
            "incident",
            [((record.lon, record.lat), [record.incident_id])],
        )
        units = memory_points(
            f"Point?crs={CRS}&field=unit_id:string(32)&field=callsign:string(32)&field=status:string(16)",
            "available_units",
            [((v.record.lon, v.record.lat), [v.unit_id, v.record.callsign, "available"]) for v in available],
        )
        self._nearest_inputs = (incidents, units)  # alive until the task has read them
        count = int(self.count_spin.value())
        settings.LIVE_NEAREST_COUNT.set(count)
        error = self.run.start(
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

    def units_changed(self) -> None:
        """The selected incident's nearest units change as units move: refresh them now and then."""
        incident = self._selected_incident
        if (
            incident is not None
            and incident == self._nearest_shown
            and not self.run.is_running()
            and incident in self.live.incidents.records
            and time.monotonic() - self._nearest_started >= NEAREST_REFRESH_S
        ):
            self.find_nearest(incident)

    def cleanup(self) -> None:
        self.run.disconnect_task()
        if self._watched_incidents is not None:
            try:
                self._watched_incidents.selectionChanged.disconnect(self._on_map_selection)
            except (TypeError, RuntimeError):
                pass
            self._watched_incidents = None
