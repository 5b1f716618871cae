"""Keeps the zone tools in step with the active layer: handed the command map's patrol zones
(``commandmap.patrol_zones_for``: never an analysis output with a zone_code field), enabled only
when that layer can be edited, and unset when it goes away."""

from __future__ import annotations

import contextlib

from ...commandmap import patrol_zones_for

_LAYER_SIGNALS = ("editingStarted", "editingStopped", "layerModified", "afterCommitChanges", "afterRollBack")


class ZoneToolsController:
    def __init__(self, iface, tools: dict, panel, save_action):
        self.iface = iface
        self.tools = tools
        self.panel = panel
        self.save_action = save_action
        self.layer = None
        iface.currentLayerChanged.connect(self.update)
        self.update()

    def update(self, *_):
        layer = patrol_zones_for(self.iface.activeLayer())
        if layer is not self.layer:
            self._watch(layer)
        usable = layer is not None and (layer.isEditable() or layer.supportsEditing())
        for tool in self.tools.values():
            tool.set_layer(layer if usable else None)
            tool.action().setEnabled(usable)
        if self.panel is not None and self.panel.isVisible():
            self.panel.set_layer(layer)
        canvas = self.iface.mapCanvas()
        if not usable and canvas.mapTool() in self.tools.values():
            canvas.unsetMapTool(canvas.mapTool())
        self.save_action.setEnabled(layer is not None and layer.isEditable() and layer.isModified())

    def _watch(self, layer):
        if self.layer is not None:
            for name in _LAYER_SIGNALS:
                with contextlib.suppress(TypeError, RuntimeError):  # already gone with its layer
                    getattr(self.layer, name).disconnect(self.update)
        self.layer = layer
        if layer is not None:
            for name in _LAYER_SIGNALS:
                getattr(layer, name).connect(self.update)

    def cleanup(self):
        with contextlib.suppress(TypeError, RuntimeError):
            self.iface.currentLayerChanged.disconnect(self.update)
        self._watch(None)
        canvas = self.iface.mapCanvas()
        for tool in self.tools.values():
            if canvas.mapTool() is tool:
                canvas.unsetMapTool(tool)
            tool.cleanup()
            tool.setAction(None)
        self.tools.clear()
