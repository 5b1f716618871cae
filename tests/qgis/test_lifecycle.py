"""classFactory → initGui → unload, in a QGIS main window, leaves nothing behind."""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QToolBar


def _menu_title():
    """The menu's title in the language the plugin runs in (test_i18n_locales checks Chinese)."""
    return QCoreApplication.translate("PatrolMap", "PatrolMap")


def _menus(window):
    return [a.text() for a in window.menuBar().actions()]


def _flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_load_and_unload_leave_nothing(qgis_iface, root_package):
    window = qgis_iface.mainWindow()
    menus_before = _menus(window)
    registry = QgsApplication.processingRegistry()
    registry.removeProvider("patrolmap")

    plugin = root_package.classFactory(qgis_iface)
    plugin.initGui()

    assert _menu_title() in _menus(window)
    toolbars = [t for t in window.findChildren(QToolBar) if t.objectName() == "PatrolMapToolbar"]
    assert len(toolbars) == 1
    actions = [a for a in toolbars[0].actions() if not a.isSeparator()]
    names = [a.objectName() for a in actions]
    assert names == [
        "PatrolMapNewMap",
        "PatrolMapOpenMap",
        "PatrolMapCoverage",
        "PatrolMapLive",
        "PatrolMapZones",
        "PatrolMapDeployment",
        "PatrolMapRoster",
        "PatrolMapDutyMap",
        "PatrolMapZoneDraw",
        "PatrolMapZoneSplit",
        "PatrolMapZoneMerge",
        "PatrolMapZoneMove",
        "PatrolMapZoneBrush",
        "PatrolMapZoneSave",
    ]
    assert all(not a.icon().isNull() for a in actions)
    provider = registry.providerById("patrolmap")
    assert provider is not None
    assert registry.algorithmById("patrolmap:createcommandmap") is not None
    assert registry.algorithmById("patrolmap:dutymap") is not None
    duty_action = next(a for a in toolbars[0].actions() if a.objectName() == "PatrolMapDutyMap")
    duty_action.trigger()
    dialog = plugin.dutymap_dialog
    assert dialog is not None and dialog.isVisible()
    duty_action.trigger()  # one dialog, raised again
    assert plugin.dutymap_dialog is dialog

    plugin.unload()
    _flush_deletes()
    assert plugin.dutymap_dialog is None

    assert _menus(window) == menus_before
    assert not [t for t in window.findChildren(QToolBar) if t.objectName() == "PatrolMapToolbar"]
    assert registry.providerById("patrolmap") is None
    assert plugin.actions == []


def test_zone_tools_follow_the_active_layer_and_leave_nothing(qgis_iface, qgis_new_project, root_package):
    from qgis.core import QgsFeature, QgsProject, QgsVectorLayer
    from qgis.PyQt.QtWidgets import QDockWidget

    window = qgis_iface.mainWindow()
    canvas = qgis_iface.mapCanvas()
    items_before = len(canvas.scene().items())
    # A zones layer of the user's own, outside a command map: the tools take it while it is
    # active (a command map's zones they take whatever is active: test_command_map_roles).
    zones = QgsVectorLayer(
        "Polygon?crs=EPSG:32635&field=zone_code:string&field=station_id:string", "scratch zones", "memory"
    )
    roads = QgsVectorLayer("LineString?crs=EPSG:32635", "roads", "memory")
    QgsProject.instance().addMapLayers([zones, roads])

    plugin = root_package.classFactory(qgis_iface)
    plugin.initGui()
    try:
        tools = plugin.map_tools
        assert list(tools) == ["draw", "split", "merge", "move", "brush"]
        actions = {key: tool.action() for key, tool in tools.items()}
        group = actions["draw"].actionGroup()
        assert group is not None and all(
            a.actionGroup() is group and a.isCheckable() for a in actions.values()
        )

        def activate(layer):
            qgis_iface.setActiveLayer(layer)
            qgis_iface.currentLayerChanged.emit(canvas)

        activate(roads)
        assert not any(a.isEnabled() for a in actions.values()), "tools need a patrol zones layer"
        activate(zones)
        assert all(a.isEnabled() for a in actions.values())
        actions["draw"].trigger()
        assert canvas.mapTool() is tools["draw"] and actions["draw"].isChecked()
        assert zones.isEditable(), "choosing a tool starts editing"
        actions["brush"].trigger()
        assert canvas.mapTool() is tools["brush"] and not actions["draw"].isChecked()
        assert plugin.docks["zone_load"].isVisibleTo(window) or plugin.docks["zone_load"].isUserVisible()
        save = next(a for a in plugin.actions if a.objectName() == "PatrolMapZoneSave")
        assert not save.isEnabled(), "nothing to save yet"
        assert zones.addFeature(QgsFeature(zones.fields()))
        assert save.isEnabled()
        activate(roads)
        assert canvas.mapTool() is not tools["brush"] and not actions["brush"].isChecked()
        assert not any(a.isEnabled() for a in actions.values())
        activate(zones)
        actions["move"].trigger()
        assert canvas.mapTool() is tools["move"]
    finally:
        plugin.unload()
        _flush_deletes()
        zones.rollBack()

    assert canvas.mapTool() is None
    assert plugin.map_tools == {} and plugin.tool_group is None
    assert len(canvas.scene().items()) == items_before, "rubber bands and markers removed"
    assert not [d for d in window.findChildren(QDockWidget) if d.objectName() == "PatrolMapZoneLoadDock"]
    # The layer's signals no longer reach the unloaded plugin.
    zones.startEditing()
    zones.rollBack()


def test_init_processing_alone_registers_the_provider(qgis_app, root_package):
    # qgis_process loads plugins without a GUI: only classFactory(None) and initProcessing().
    registry = QgsApplication.processingRegistry()
    registry.removeProvider("patrolmap")
    plugin = root_package.classFactory(None)
    plugin.initProcessing()
    try:
        assert registry.algorithmById("patrolmap:createcommandmap") is not None
    finally:
        plugin.unload()
    assert registry.providerById("patrolmap") is None


def test_menu_follows_qgis_locale(qgis_iface):
    from plugin import i18n

    path = i18n.install_translator("zh_CN")
    try:
        assert path is not None and path.endswith("patrolmap_zh_CN.qm")
        assert i18n.tr("Open command map…") == "打开指挥图…"
    finally:
        i18n.remove_translator()
    assert i18n.tr("Open command map…") == "Open command map…"


def test_missing_packages_leave_command_maps_working(qgis_app, monkeypatch):
    from plugin import dependencies
    from plugin.processing import provider

    monkeypatch.setattr(provider, "missing", lambda: ("Shapely ≥ 2",))
    names = [cls.ALG_ID for cls in provider.algorithm_classes()]
    assert names == [
        "createcommandmap",
        "dutymap",
        "fetchunits",
    ]  # printing and the feed need neither SciPy nor Shapely
    text = dependencies.message(("Shapely ≥ 2",))
    assert "Shapely ≥ 2" in text and "pip install" in text
    monkeypatch.undo()
    assert {"isochrones", "coverage", "traveltimematrix", "nearestunits", "responsezones"} <= {
        cls.ALG_ID for cls in provider.algorithm_classes()
    }


def test_plugin_imports_without_scipy_or_shapely(qgis_app):
    """Debian 12's QGIS has no Shapely 2: loading the plugin must not need it."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    code = (
        "import sys; sys.modules['shapely'] = None; sys.modules['scipy'] = None; "
        "sys.path.insert(0, '.'); import plugin.patrolmap_plugin as p; "
        "from plugin.processing.provider import algorithm_classes; "
        "print([c.ALG_ID for c in algorithm_classes()])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("['createcommandmap', 'dutymap', 'fetchunits']")
