"""docs/live_dock_disconnected.png: the Live dock in real QGIS after Disconnect.

Run inside QGIS (a throw-away profile with PatrolMap installed, under Xvfb when headless):

    rm -rf build/shot && .venv/bin/python tools/install_plugin.py --profiles-path build/shot
    cp seeds/demo_city.gpkg build/shot/demo_city.gpkg
    PATROLMAP_SHOT=docs/live_dock_disconnected.png xvfb-run -a -s "-screen 0 1600x1000x24" \\
        qgis --profiles-path build/shot --nologo --code tools/screenshot_live_dock.py

It opens the demo command map, serves the dispatch simulator on a free port, connects the Live
dock, lets the units arrive, presses Disconnect, and saves the window; then QGIS quits.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget
from qgis.utils import iface, plugins

# Run by QGIS with exec() (no __file__): the checkout is the working directory.
ROOT = Path(os.environ.get("PATROLMAP_ROOT", os.getcwd()))
OUT = Path(os.environ.get("PATROLMAP_SHOT", ROOT / "docs" / "live_dock_disconnected.png"))
GPKG = Path(os.environ.get("PATROLMAP_GPKG", ROOT / "build" / "shot" / "demo_city.gpkg"))
sys.path.insert(0, str(ROOT / "tools"))

from feedsim import RoadGraph, SimClock, World, start_server  # noqa: E402

state: dict = {}


def step(delay_ms: int, action) -> None:
    QTimer.singleShot(delay_ms, action)


def start() -> None:
    plugin = plugins["patrolmap"]
    package = sys.modules[type(plugin).__module__.rsplit(".", 1)[0]]
    commandmap = sys.modules[package.__name__ + ".commandmap"]
    commandmap.load_command_map(GPKG)
    world = World(RoadGraph.from_file(GPKG), SimClock(speed=1.0), units=12, seed=7)
    state["server"] = start_server(world, port=0)
    dock = next(
        d for d in iface.mainWindow().findChildren(QDockWidget) if d.objectName() == "PatrolMapLiveDock"
    )
    dock.show()
    dock.raise_()
    state["dock"] = dock
    dock.url_edit.setText(state["server"].url)
    dock.connect_feed()
    step(6000, disconnect)


def disconnect() -> None:
    dock = state["dock"]
    dock.disconnect_button.click()
    iface.mapCanvas().refreshAllLayers()
    step(3000, shoot)


def shoot() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    window = iface.mainWindow()
    window.grab().save(str(OUT))
    print(f"saved {OUT}", flush=True)
    state["server"].shutdown()
    QApplication.instance().quit()


iface.mainWindow().setWindowState(Qt.WindowState.WindowMaximized)
step(3000, start)
