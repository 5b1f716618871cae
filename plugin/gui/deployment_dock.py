"""The Deployment dock: hot spots → where new posts should stand → before and after.

It runs patrolmap:hotspots, patrolmap:siteposts (the hot spots as demand, weighted by
density, the stations staying) and patrolmap:compareplans (the map as it is against the map
with the new posts) one after the other through the shared runner, shows the figures side by
side, and keeps the answer as a plan or puts the new posts on the stations layer (one undo step).
"""

from __future__ import annotations

from qgis.core import Qgis, QgsMapLayerProxyModel, QgsProject
from qgis.gui import QgsDockWidget, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from .alg_runner import AlgorithmRun

DEFAULT_NAMES = {
    "roads": "roads",
    "incidents": "incidents",
    "stations": "stations",
    "zones": "patrol_zones",
    "plans": "plans",
}


class DeploymentDock(QgsDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("Deployment"), parent)
        self.setObjectName("PatrolMapDeploymentDock")
        self.iface = iface
        self.runner = AlgorithmRun(self)
        self.runner.finished.connect(self._on_finished)
        self._step = ""
        self.hotspots_layer = None
        self.posts_layer = None
        self.figures: list[tuple[str, str, str]] = []
        self._build()
        self._pick_defaults()

    # ---------------------------------------------------------------- widgets
    def _build(self) -> None:
        body = QWidget(self)
        body.setObjectName("PatrolMapDeploymentBody")
        outer = QVBoxLayout(body)
        form = QFormLayout()
        outer.addLayout(form)
        filters = {
            "roads": QgsMapLayerProxyModel.Filter.LineLayer,
            "incidents": QgsMapLayerProxyModel.Filter.PointLayer,
            "stations": QgsMapLayerProxyModel.Filter.PointLayer,
            "zones": QgsMapLayerProxyModel.Filter.PolygonLayer,
            "plans": QgsMapLayerProxyModel.Filter.NoGeometry,
        }
        labels = {
            "roads": tr("Roads"),
            "incidents": tr("Incidents"),
            "stations": tr("Stations"),
            "zones": tr("Patrol zones"),
            "plans": tr("Plans table"),
        }
        self.combos: dict[str, QgsMapLayerComboBox] = {}
        for key, flt in filters.items():
            combo = QgsMapLayerComboBox(body)
            combo.setFilters(flt)
            combo.setAllowEmptyLayer(key == "plans")
            form.addRow(labels[key], combo)
            self.combos[key] = combo
        self.problem_combo = QComboBox(body)
        for text in (
            tr("Most demand within target (mclp)"),
            tr("Fewest posts to cover all (lscp)"),
            tr("Least mean time (pmedian)"),
            tr("Least worst time (pcenter)"),
        ):
            self.problem_combo.addItem(text)
        form.addRow(tr("Problem"), self.problem_combo)
        self.count_spin = QSpinBox(body)
        self.count_spin.setRange(1, 200)
        self.count_spin.setValue(3)
        form.addRow(tr("New posts"), self.count_spin)
        self.target_spin = QDoubleSpinBox(body)
        self.target_spin.setRange(0.5, 60.0)
        self.target_spin.setValue(3.0)
        self.target_spin.setSuffix(tr(" min"))
        form.addRow(tr("Target"), self.target_spin)
        self.time_spin = QSpinBox(body)
        self.time_spin.setRange(1, 3600)
        self.time_spin.setValue(60)
        self.time_spin.setSuffix(tr(" s"))
        form.addRow(tr("Time limit"), self.time_spin)

        buttons = QHBoxLayout()
        self.run_button = QPushButton(tr("Run"), body)
        self.cancel_button = QPushButton(tr("Cancel"), body)
        self.cancel_button.setEnabled(False)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        outer.addLayout(buttons)
        self.status_label = QLabel("", body)
        self.status_label.setWordWrap(True)
        outer.addWidget(self.status_label)

        self.table = QTableWidget(0, 3, body)
        self.table.setHorizontalHeaderLabels([tr("Figure"), tr("Now"), tr("With the new posts")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        outer.addWidget(self.table)

        keep = QHBoxLayout()
        self.plan_name = QLineEdit(body)
        self.plan_name.setPlaceholderText(tr("Plan name"))
        self.keep_button = QPushButton(tr("Keep as plan"), body)
        self.apply_button = QPushButton(tr("Apply to stations"), body)
        for w in (self.plan_name, self.keep_button, self.apply_button):
            keep.addWidget(w)
        outer.addLayout(keep)
        self.keep_button.setEnabled(False)
        self.apply_button.setEnabled(False)
        self.setWidget(body)

        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.keep_button.clicked.connect(self.keep_plan)
        self.apply_button.clicked.connect(self.apply_to_stations)

    def _pick_defaults(self) -> None:
        project = QgsProject.instance()
        for key, name in DEFAULT_NAMES.items():
            layers = project.mapLayersByName(name)
            if layers:
                self.combos[key].setLayer(layers[0])

    # ---------------------------------------------------------------- running
    def is_running(self) -> bool:
        return self.runner.is_running()

    def _warn(self, text: str) -> None:
        self.iface.messageBar().pushMessage(tr("Deployment"), text, Qgis.MessageLevel.Warning, 8)
        self.status_label.setText(text)

    def _network(self) -> dict:
        roads = self.combos["roads"].currentLayer()
        names = roads.fields().names()
        params = {"NETWORK": roads}
        for key, field in (
            ("HIGHWAY_FIELD", "highway"),
            ("ONEWAY_FIELD", "oneway"),
            ("SPEED_FIELD", "maxspeed"),
        ):
            if field in names:
                params[key] = field
        return params

    def run(self) -> None:
        missing = [
            k for k in ("roads", "incidents", "stations", "zones") if self.combos[k].currentLayer() is None
        ]
        if missing:
            self._warn(tr("Choose the roads, incidents, stations and patrol zones layers."))
            return
        self.table.setRowCount(0)
        self.figures = []
        self.keep_button.setEnabled(False)
        self.apply_button.setEnabled(False)
        params = {
            **self._network(),
            "INCIDENTS": self.combos["incidents"].currentLayer(),
            "OUTPUT": "memory:",
        }
        self._start("hotspots", params, ("OUTPUT",), tr("Hot spots…"))

    def _start(self, step: str, params: dict, outputs: tuple, text: str) -> None:
        error = self.runner.start(f"patrolmap:{step}", params, outputs)
        if error:
            self._done(error)
            return
        self._step = step
        self.status_label.setText(text)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)

    def cancel(self) -> None:
        self.runner.cancel()

    def _done(self, message: str = "") -> None:
        self._step = ""
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if message:
            self._warn(message)

    def _on_finished(self, ok: bool, results: dict, message: str) -> None:
        if not ok:
            self._done(message)
            return
        if self._step == "hotspots":
            self.hotspots_layer = results["OUTPUT"]
            self.hotspots_layer.setName(tr("Hot spots"))
            from ..processing.hotspots import style_hotspots

            style_hotspots(self.hotspots_layer)
            stations = self.combos["stations"].currentLayer()
            params = {
                **self._network(),
                "DEMAND": self.hotspots_layer,
                "DEMAND_WEIGHT_FIELD": "density",
                "EXISTING": stations,
                "SITE_ID_FIELD": "station_id" if "station_id" in stations.fields().names() else "",
                "PROBLEM": self.problem_combo.currentIndex(),
                "COUNT": self.count_spin.value(),
                "TARGET_MINUTES": self.target_spin.value(),
                "TIME_LIMIT_S": self.time_spin.value(),
                "OUTPUT": "memory:",
                "DEMAND_OUTPUT": "memory:",
            }
            self._start("siteposts", params, ("OUTPUT",), tr("Siting…"))
            return
        if self._step == "siteposts":
            self.posts_layer = results["OUTPUT"]
            self.posts_layer.setName(tr("Proposed posts"))
            self._siting = {k: results.get(k) for k in ("OBJECTIVE", "BOUND", "GAP_PCT", "PROVEN_OPTIMAL")}
            params = {
                **self._network(),
                "STATIONS": self.combos["stations"].currentLayer(),
                "ZONES": self.combos["zones"].currentLayer(),
                "PLAN_A": "current",
                "PLAN_B": "current",
                "NEW_POSTS": self.posts_layer,
                "OUTPUT": "memory:",
                "ZONES_OUTPUT": "memory:",
            }
            self._start("compareplans", params, ("OUTPUT", "ZONES_OUTPUT"), tr("Comparing…"))
            return
        # compareplans
        table = results["OUTPUT"]
        self.figures = [(f["label"], f["plan_a"] or "", f["plan_b"] or "") for f in table.getFeatures()]
        self._show_figures()
        project = QgsProject.instance()
        project.addMapLayer(self.hotspots_layer)
        project.addMapLayer(self.posts_layer)
        s = self._siting
        proven = tr("proven optimal") if s.get("PROVEN_OPTIMAL") else tr("not proven optimal")
        self.status_label.setText(
            tr("Answer {objective:.4g}, bound {bound:.4g}, gap {gap:.2g} % ({proven}).").format(
                objective=s.get("OBJECTIVE") or 0.0,
                bound=s.get("BOUND") or 0.0,
                gap=s.get("GAP_PCT") or 0.0,
                proven=proven,
            )
        )
        self.keep_button.setEnabled(True)
        self.apply_button.setEnabled(True)
        self._done()

    def _show_figures(self) -> None:
        self.table.setRowCount(len(self.figures))
        for r, row in enumerate(self.figures):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(str(text)))

    # ---------------------------------------------------------------- results
    def keep_plan(self) -> None:
        from ..core.plans import PlanError
        from ..plans_layer import current_plan, save_plan, with_new_posts

        table = self.combos["plans"].currentLayer()
        if table is None:
            self._warn(tr("Choose the plans table of the command map first."))
            return
        name = self.plan_name.text().strip()
        stations = self.combos["stations"].currentLayer()
        plan = with_new_posts(
            current_plan(stations, self.combos["zones"].currentLayer(), name),
            self.posts_layer,
            stations.crs(),
        )
        try:
            ok, message = save_plan(table, name, plan)
        except PlanError as e:
            ok, message = False, tr("The plan was not saved: {error}").format(error=e)
        level = Qgis.MessageLevel.Success if ok else Qgis.MessageLevel.Warning
        self.iface.messageBar().pushMessage(tr("Deployment"), message, level, 6)
        self.status_label.setText(message)

    def apply_to_stations(self) -> None:
        from ..plans_layer import apply_posts, new_posts

        stations = self.combos["stations"].currentLayer()
        added = apply_posts(stations, new_posts(self.posts_layer, stations.crs()))
        message = tr(
            "{count} new posts added to the stations layer; save the layer to keep them, Undo takes them back."
        ).format(count=added)
        self.iface.messageBar().pushMessage(tr("Deployment"), message, Qgis.MessageLevel.Info, 6)
        self.status_label.setText(message)

    def cleanup(self) -> None:
        self.runner.disconnect_task()
