"""PatrolMap (巡防指挥图): QGIS plugin entry point.

QGIS imports this module when it scans plugins, so it stays import-safe: nothing here touches
``iface`` or pulls in the plugin until QGIS asks for it.
"""


def classFactory(iface):  # noqa: N802 - QGIS calls it by this name
    from .plugin.patrolmap_plugin import PatrolMapPlugin

    return PatrolMapPlugin(iface)
