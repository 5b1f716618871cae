"""The Live dock: the dispatch feed on the map, its health, and what to send to an incident.

What it holds: the feed's settings and a ``FeedPoller`` that does the polling and parsing off
the GUI thread; the snapshots it emits go to ``LiveLayers`` (in place, by id). The panels of
``gui/live/`` show the rest, one job each: the feed form, the status and counts, the unit list,
incidents and their nearest units, coverage now (each analysis through the same Processing
algorithm as the toolbox, as a background task on a copy of the live data). This module puts
them together, connects and disconnects, keeps the command map's own units out of sight while
the feed is live, and marks what is not live once it is not.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsMapLayerProxyModel,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import settings
from ..core import schema
from ..core.feed import FeedSource, Snapshot, redact_url
from ..core.live import utc_now
from ..dispatch.live_layers import CRS, KIND_PROPERTY, LiveLayers
from ..dispatch.messages import rejected_text
from ..dispatch.poller import FeedPoller
from ..i18n import tr
from ..log import get_logger
from .live.common import ERROR_TEXT, form_layout, layer_combo, memory_points
from .live.coverage_panel import COVERAGE_ALG, COVERAGE_MIN_GAP_S, COVERAGE_PROPERTY, CoveragePanel
from .live.feed_form import FeedForm, check_feed_url
from .live.nearest_panel import NEAREST_ALG, NEAREST_REFRESH_S, ROUTES_PROPERTY, NearestPanel
from .live.status_panel import COUNTED_STATES, LIGHTS, STATE_COLOURS, StatusPanel, age_text
from .live.unit_list import UnitListPanel, UnitTableModel

# Names other modules and tests know this module by (the panels own them now).
__all__ = [
    "COUNTED_STATES",
    "COVERAGE_ALG",
    "COVERAGE_MIN_GAP_S",
    "COVERAGE_PROPERTY",
    "CRS",
    "ERROR_TEXT",
    "LIGHTS",
    "NEAREST_ALG",
    "NEAREST_REFRESH_S",
    "ROUTES_PROPERTY",
    "STATE_COLOURS",
    "LiveDock",
    "UnitTableModel",
    "age_text",
    "check_feed_url",
    "memory_points",
]

MAX_PROBLEMS = 100
ZOOM_HALF_M = 250.0


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
        self._hidden_layers: list[str] | None = None  # command-map layers hidden while live
        self._last_update: datetime | None = None  # fetched_at of the newest snapshot, by ``now``
        self._build()
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
        self.feed_box = FeedForm(body)
        self.feed_box.trail_spin.valueChanged.connect(self._on_trail_length)
        layout.addWidget(self.feed_box)
        layout.addLayout(self._build_buttons(body))
        self.status_panel = StatusPanel(body)
        layout.addWidget(self.status_panel)
        analysis = form_layout()
        self.network_combo = layer_combo(body, "network", QgsMapLayerProxyModel.Filter.LineLayer)
        self.network_combo.setToolTip(tr("The road network the routes and the coverage are computed on."))
        analysis.addRow(tr("Road network"), self.network_combo)
        layout.addLayout(analysis)

        self.unit_list = UnitListPanel(self)
        self.unit_list.zoom_requested.connect(self.zoom_to_unit)
        self.nearest_panel = NearestPanel(self.live, self.network_combo.currentLayer, self)
        self.nearest_panel.incident_chosen.connect(lambda _id: self.tabs.setCurrentIndex(1))
        self.coverage_panel = CoveragePanel(self.live, self.network_combo.currentLayer, self.now, self)
        self.tabs = QTabWidget(body)
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.unit_list, tr("Units"))
        self.tabs.addTab(self.nearest_panel, tr("Incidents"))
        self.tabs.addTab(self.coverage_panel, tr("Coverage"))
        self.tabs.addTab(self._build_problems_tab(), tr("Problems"))
        layout.addWidget(self.tabs, 1)
        self.setWidget(body)
        self.setMinimumWidth(300)
        self._alias_panels()

    def _alias_panels(self) -> None:
        """The panels' widgets under the names the dock always had (tests and users' scripts
        drive them as ``dock.url_edit``, ``dock.unit_view``…)."""
        for panel, names in (
            (
                self.feed_box,
                (
                    "url_edit",
                    "kind_combo",
                    "coordinates_combo",
                    "auth_select",
                    "interval_spin",
                    "deadline_spin",
                    "trail_spin",
                ),
            ),
            (
                self.status_panel,
                ("light", "status_label", "age_label", "counts_box", "count_labels", "incident_counts"),
            ),
            (self.unit_list, ("filter_edit", "unit_model", "unit_proxy", "unit_view")),
            (
                self.nearest_panel,
                (
                    "incident_table",
                    "count_spin",
                    "nearest_status",
                    "nearest_table",
                    "select_incident",
                    "find_nearest",
                    "routes_layer",
                ),
            ),
            (
                self.coverage_panel,
                ("zones_combo", "coverage_check", "coverage_verdict", "coverage_status", "coverage_layer"),
            ),
        ):
            for name in names:
                setattr(self, name, getattr(panel, name))
        self._nearest = self.nearest_panel.run
        self._coverage = self.coverage_panel.run

    @property
    def _coverage_inputs(self) -> tuple | None:
        return self.coverage_panel._coverage_inputs

    def _available_key(self) -> tuple:
        return self.coverage_panel._available_key()

    def _build_buttons(self, body: QWidget) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.connect_button = QPushButton(tr("Connect"), body)
        self.connect_button.setObjectName("connect")
        self.connect_button.setDefault(True)
        self.disconnect_button = QPushButton(tr("Disconnect"), body)
        self.disconnect_button.setObjectName("disconnect")
        self.disconnect_button.setEnabled(False)
        buttons.addWidget(self.connect_button, 1)
        buttons.addWidget(self.disconnect_button, 1)
        self.connect_button.clicked.connect(self.connect_feed)
        self.disconnect_button.clicked.connect(self.disconnect_feed)
        return buttons

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
        return self.feed_box.source()

    def connect_feed(self) -> bool:
        """Start polling with the settings in the dock; False (and a message) if they are wrong."""
        problem = check_feed_url(self.url_edit.text())
        if problem:
            self._set_light("error", problem)
            self._add_problem(problem)
            return False
        source = self.source()
        self.feed_box.save(source)
        self._stop_poller()
        poller = self.poller_class(source, self, now=self.now)
        poller.snapshot.connect(self.on_snapshot)
        poller.status_changed.connect(self.on_status)
        poller.warning.connect(self.on_warning)
        self.poller = poller
        self._set_light("retrying", tr("Connecting to {url}…").format(url=redact_url(source.base_url)))
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
        self.feed_box.setToolTip(redact_url(source.base_url))
        return True

    def disconnect_feed(self) -> None:
        self._stop_poller()
        self._mark_not_live()
        self._set_connected(False)
        self.feed_box.setCollapsed(False)
        if self._last_update is None:
            self._set_light("stopped", tr("Disconnected."))
            return
        self._set_light(
            "stopped",
            tr(
                "Disconnected. Nothing on the map is live: the last positions received ({time}) are "
                "hidden and marked “not live”; the command map's own units and incidents are shown again."
            ).format(time=self._last_update.astimezone().strftime("%H:%M")),
        )

    def _mark_not_live(self) -> None:
        """One set of units on the map once nothing is live: the command map's own again, the
        Live group's hidden and marked not live (its units grey, "last known HH:MM")."""
        self._show_hidden_layers()
        if self._last_update is not None:
            self.live.set_live(False, self._last_update)
        self.tabs.setTabText(0, tr("Units (not live)"))
        self.unit_view.setEnabled(False)
        self.counts_box.setEnabled(False)

    def _stop_poller(self) -> None:
        poller, self.poller = self.poller, None
        if poller is None:
            return
        for signal, slot in (
            (poller.snapshot, self.on_snapshot),
            (poller.status_changed, self.on_status),
            (poller.warning, self.on_warning),
        ):
            try:
                signal.disconnect(slot)
            except TypeError:
                pass
        try:
            poller.stop()
        except Exception:  # noqa: BLE001 - stopping must never fail the unload
            get_logger().warning("Live dock: stopping the poller failed", exc_info=True)
        poller.deleteLater()

    def _set_connected(self, connected: bool) -> None:
        self.connect_button.setEnabled(not connected)
        self.disconnect_button.setEnabled(connected)
        self.feed_box.set_editable(not connected)

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

    def on_warning(self, message: str) -> None:
        """The poller's ``warning`` (said once, e.g. the server's clock is off): the problems
        list and the message bar."""
        self._add_problem(message)
        if self.iface is not None:
            self.iface.messageBar().pushMessage(tr("Live"), message, Qgis.MessageLevel.Warning, 15)

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
        self.nearest_panel.fill_incidents()
        self.nearest_panel.watch_incident_layer()
        if self.poller is not None and self._hidden_layers is None:
            self._hide_command_map_layers()
        if self.poller is not None and not self.live.is_live():
            self.live.set_live(True)
        if self.poller is not None and not self.unit_view.isEnabled():
            self.tabs.setTabText(0, tr("Units"))
            self.unit_view.setEnabled(True)
            self.counts_box.setEnabled(True)
        applied = self.live.last_applied
        if applied is not None and applied.ignored_older:
            get_logger().info(
                "Live: %d out-of-order unit updates ignored (%s)",
                len(applied.ignored_older),
                ", ".join(applied.ignored_older[:10]),
            )
        if applied is not None and applied.kind == "units":
            self.coverage_panel.units_changed()
            self.nearest_panel.units_changed()

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
        return self.status_panel.counts_text()

    def _show_counts(self) -> None:
        self.status_panel.show_counts(self.live.units.counts(), self.live.incidents.counts())

    def _show_age(self) -> None:
        late_after = 3 * float(self.interval_spin.value()) + 10 if self.poller is not None else None
        self.status_panel.show_age(self._last_update, self.now(), late_after)

    def _set_light(self, light: str, text: str) -> None:
        self.status_panel.set_light(light, text)

    @property
    def light_state(self) -> str:
        return self.status_panel.light_state

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

    def _on_trail_length(self, value: int) -> None:
        settings.LIVE_TRAIL_LENGTH.set(int(value))
        self.live.set_trail_length(int(value))

    # ---------------------------------------------------------------- zoom to a unit
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
            self._set_light(self.light_state, tr("The unit cannot be shown in the map's coordinate system."))
            return False
        canvas.setExtent(extent)
        canvas.refresh()
        layer = self.live.layer("units")
        fid = self.live.unit_fid(unit_id)
        if layer is not None and fid is not None:
            layer.selectByIds([fid])
            canvas.flashFeatureIds(layer, [fid])
        return True

    # ---------------------------------------------------------------- lifecycle
    def cleanup(self) -> None:
        """Stop polling, timers and tasks; called before the plugin removes the dock."""
        was_live = self.poller is not None
        self._stop_poller()
        if was_live:  # unloaded while connected: nothing will update the live layers any more
            try:
                self._mark_not_live()
            except RuntimeError:  # the window is closing and Qt deleted the widgets first
                self._show_hidden_layers()
        else:
            self._show_hidden_layers()
        if not sip.isdeleted(self._age_timer):  # Qt may have deleted the dock's children first
            self._age_timer.stop()
        for panel in (self.nearest_panel, self.coverage_panel):
            panel.cleanup()
        try:
            QgsProject.instance().layersAdded.disconnect(self._apply_default_layers)
        except TypeError:
            pass
        self.live.cleanup()
