"""The plugin object QGIS holds: it only wires actions, docks, map tools and the Processing provider."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QActionGroup, QDockWidget, QMenu, QToolBar

from .commandmap import ensure_icon_path
from .dependencies import message, missing
from .gui import commandmap_actions
from .gui.coverage_dock import CoverageDock
from .gui.deployment_dock import DeploymentDock
from .gui.dutymap_dialog import DutyMapDialog
from .gui.live_dock import LiveDock
from .gui.roster_dialog import open_roster_dialog
from .gui.zones_dock import ZonesDock
from .i18n import install_translator, remove_translator, tr
from .processing.provider import PatrolMapProvider
from .resources import icon


class PatrolMapPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider: PatrolMapProvider | None = None
        self.toolbar: QToolBar | None = None
        self.menu: QMenu | None = None
        self.docks: dict[str, QDockWidget] = {}
        self.actions = []
        self.map_tools = {}  # key → QgsMapTool; the plugin keeps them alive
        self.tool_group: QActionGroup | None = None
        self.zone_controller = None
        self.dutymap_dialog: DutyMapDialog | None = None
        install_translator()

    def initProcessing(self):  # noqa: N802 - QGIS's name
        if self.provider is None:
            self.provider = PatrolMapProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 - QGIS's name
        self.initProcessing()
        ensure_icon_path()
        window = self.iface.mainWindow()
        # In QGIS's language ("巡防指挥图" in Chinese), as every other menu of the window.
        title = tr("PatrolMap")
        self.toolbar = self.iface.addToolBar(title)
        self.toolbar.setObjectName("PatrolMapToolbar")
        self.menu = QMenu(title, window)
        self.menu.setObjectName("PatrolMapMenu")
        menubar = window.menuBar()
        # Before QGIS's Help menu, where users look for a product's own menu.
        help_action = next(
            (a for a in menubar.actions() if a.menu() is not None and a.menu().objectName() == "mHelpMenu"),
            None,
        )
        menubar.insertMenu(help_action, self.menu)

        self._add(
            "action_new_map.svg",
            tr("New command map…"),
            lambda: commandmap_actions.new_command_map(self.iface),
        )
        self._add(
            "action_open_map.svg",
            tr("Open command map…"),
            lambda: commandmap_actions.open_command_map(self.iface),
        )
        self._add_dock("coverage", CoverageDock, "action_coverage.svg", tr("Coverage"))
        self._add_dock("live", LiveDock, "action_live.svg", tr("Live"))
        self._add_dock("zones", ZonesDock, "action_zones.svg", tr("Zones"))
        self._add_dock("deployment", DeploymentDock, "action_deployment.svg", tr("Deployment"))
        self._add("action_roster.svg", tr("Generate roster…"), lambda: open_roster_dialog(self.iface))
        self._add("action_duty_map.svg", tr("Duty map…"), self.show_dutymap_dialog)
        if missing():
            self.iface.messageBar().pushMessage(
                tr("PatrolMap"), message(missing()), Qgis.MessageLevel.Warning, 0
            )
        else:
            self._add_zone_tools()

    def _add_zone_tools(self):
        """Checkable map tools on the active patrol-zones layer, one at a time (needs Shapely 2)."""
        from .gui import zone_tools as zt

        self.toolbar.addSeparator()
        self.menu.addSeparator()
        canvas, bar = self.iface.mapCanvas(), self.iface.messageBar()
        panel = zt.ZoneLoadDock(self.iface, self.iface.mainWindow())
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
        panel.hide()
        self.docks["zone_load"] = panel
        self.tool_group = QActionGroup(self.iface.mainWindow())
        # Exclusive among ours, yet all unchecked when a QGIS tool (pan, identify…) takes over.
        self.tool_group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        for key, icon_name, text, tool in (
            ("draw", "action_zone_draw.svg", tr("Draw zone"), zt.DrawZoneTool(canvas, bar)),
            ("split", "action_zone_split.svg", tr("Split zone"), zt.SplitZoneTool(canvas, bar)),
            ("merge", "action_zone_merge.svg", tr("Merge zones"), zt.MergeZonesTool(canvas, bar)),
            ("move", "action_zone_move.svg", tr("Move boundary"), zt.MoveBoundaryTool(canvas, bar)),
            ("brush", "action_zone_brush.svg", tr("Assign brush"), zt.AssignBrushTool(canvas, bar, panel)),
        ):
            action = self._add(
                icon_name, text, lambda _checked=False, t=tool: self.iface.mapCanvas().setMapTool(t)
            )
            action.setCheckable(True)
            self.tool_group.addAction(action)
            tool.setAction(action)
            self.map_tools[key] = tool
        save_action = self._add(
            "action_zone_save.svg",
            tr("Save zone edits"),
            lambda: zt.save_zone_edits(self.zone_controller.layer, self._message),
        )
        self.zone_controller = zt.ZoneToolsController(self.iface, self.map_tools, panel, save_action)

    def _message(self, text, level, duration=5):
        self.iface.messageBar().pushMessage(tr("Zones"), text, level, duration)

    def _remove_zone_tools(self):
        if self.zone_controller is not None:
            self.zone_controller.cleanup()
            self.zone_controller = None
        if self.tool_group is not None:
            self.tool_group.deleteLater()
            self.tool_group = None

    @property
    def coverage_dock(self) -> CoverageDock | None:
        return self.docks.get("coverage")

    def show_dutymap_dialog(self) -> DutyMapDialog:
        """One non-modal dialog, so zones can be selected on the map while it is open."""
        if self.dutymap_dialog is None:
            self.dutymap_dialog = DutyMapDialog(self.iface, self.iface.mainWindow())
        else:
            self.dutymap_dialog.refresh_layers()
        self.dutymap_dialog.show()
        self.dutymap_dialog.raise_()
        self.dutymap_dialog.activateWindow()
        return self.dutymap_dialog

    def show_dock(self, key: str):
        dock = self.docks[key]
        dock.setUserVisible(True)
        dock.raise_()

    def _add_dock(self, key: str, dock_class, icon_name: str, text: str):
        """A dock on the right, hidden until its action is used (or QGIS restores it)."""
        dock = dock_class(self.iface, self.iface.mainWindow())
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
        self.docks[key] = dock
        return self._add(icon_name, text, lambda: self.show_dock(key))

    def _add(self, icon_name: str, text: str, slot):
        action = self.menu.addAction(icon(icon_name), text)
        action.setObjectName("PatrolMap" + "".join(w.capitalize() for w in icon_name[7:-4].split("_")))
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def unload(self):
        self._remove_zone_tools()
        for action in self.actions:
            action.triggered.disconnect()
            action.deleteLater()
        self.actions.clear()
        if self.dutymap_dialog is not None:
            self.dutymap_dialog.cleanup()
            self.dutymap_dialog.deleteLater()
            self.dutymap_dialog = None
        for dock in self.docks.values():
            cleanup = getattr(dock, "cleanup", None)
            if cleanup is not None:
                cleanup()
            self.iface.mainWindow().removeDockWidget(dock)
            dock.deleteLater()
        self.docks.clear()
        if self.menu is not None:
            self.menu.menuAction().setVisible(False)
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()
