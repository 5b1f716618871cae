"""classFactory → initGui → unload, in a QGIS main window, leaves nothing behind."""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QToolBar

MENU_TITLE = "PatrolMap / 巡防指挥图"


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

    assert MENU_TITLE in _menus(window)
    toolbars = [t for t in window.findChildren(QToolBar) if t.objectName() == "PatrolMapToolbar"]
    assert len(toolbars) == 1
    names = [a.objectName() for a in toolbars[0].actions()]
    assert names == ["PatrolMapNewMap", "PatrolMapOpenMap", "PatrolMapCoverage", "PatrolMapRoster",
                     "PatrolMapDutyMap"]
    assert all(not a.icon().isNull() for a in toolbars[0].actions())
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
    assert names == ["createcommandmap", "dutymap"]  # printing needs neither SciPy nor Shapely
    text = dependencies.message(("Shapely ≥ 2",))
    assert "Shapely ≥ 2" in text and "pip install" in text
    monkeypatch.undo()
    assert {"isochrones", "coverage", "traveltimematrix", "nearestunits", "responsezones"} <= {
        cls.ALG_ID for cls in provider.algorithm_classes()}


def test_plugin_imports_without_scipy_or_shapely(qgis_app):
    """Debian 12's QGIS has no Shapely 2: loading the plugin must not need it."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    code = ("import sys; sys.modules['shapely'] = None; sys.modules['scipy'] = None; "
            "sys.path.insert(0, '.'); import plugin.patrolmap_plugin as p; "
            "from plugin.processing.provider import algorithm_classes; "
            "print([c.ALG_ID for c in algorithm_classes()])")
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("['createcommandmap', 'dutymap']")
