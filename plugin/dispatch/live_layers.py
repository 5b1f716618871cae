"""Keep the live layers (units, incidents, unit trails) current from feed snapshots.

Where the data goes: memory layers in a "Live" group at the top of the layer tree, named as the
schema names them (``units``, ``incidents``; trails ``unit_trails``), in WGS 84 as the feed
delivers. Never the command map's own ``units``/``incidents`` layers: those belong to the user
(a roster of units, incidents drawn by hand) and live in a GeoPackage that PatrolMap does not
write to without being asked. The live layers are read-only to editing; their contents come only
from the feed. Reopening a project that kept them reuses (and empties) them instead of adding a
second group.

How an update lands (the GUI thread's share kept small; see bench/run.py --only live):
1. ``core.live.UnitBook``/``IncidentBook`` decide, in plain Python, what changed: new ids,
   changed ids (out-of-order updates and duplicates already dropped), units gone silent.
2. Attribute maps and geometries are built for the changed features only, before any layer is
   touched.
3. One batched provider call each: ``changeAttributeValues``, ``changeGeometryValues``,
   ``addFeatures`` (new ids only), ``deleteFeatures`` (incidents the feed no longer lists). No
   delete-all/add-all: feature ids, and so the user's selection, survive every update.
4. One ``triggerRepaint`` per layer that changed — held back while the map canvas is still
   drawing, and sent when it has finished: a canvas asked to redraw while drawing starts again,
   so on a slow machine updates faster than a full redraw would keep it from ever finishing
   (and from ever drawing the labels, which come last).

Display states ("state" field): available, busy, offline, stale (no fix for 90 s), not_reporting
(missing from the last snapshot) and unknown; a unit silent for 10 minutes is offline whatever
its last status. ``last_seen`` holds the "last seen 3 min ago" label of silent units. The clock is
injectable (``now``) and ``tick()`` re-ages the units; the object ticks itself every few seconds
once it has layers.
"""

from __future__ import annotations

import contextlib
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime

from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsLayerTreeGroup,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ..core import schema
from ..core.feed import IncidentRecord, Snapshot
from ..core.live import IncidentBook, UnitBook, UnitChanges, UnitPlan, UnitView, utc_now
from ..i18n import tr
from ..log import get_logger
from . import live_styles
from .live_rows import _line, _point, qdatetime, seen_text, unit_rows

GROUP_PROPERTY = "patrolmap/live_group"
HIDDEN_PROPERTY = "patrolmap/hidden_not_live"  # on a layer-tree node hidden by set_live(False)
NOT_LIVE_PROPERTY = "patrolmap/not_live"  # on the units layer: "HH:MM" of the last known positions
KIND_PROPERTY = "patrolmap/live_layer"  # "units" | "incidents" | "trails"
TICK_MS = 5000
CRS = "EPSG:4326"
TRAILS_NAME = "unit_trails"

# The units layer has the schema's fields, then what the map needs to draw a unit.
UNIT_EXTRA = (schema.Field("state", "string", 16), schema.Field("last_seen", "string", 64))
TRAIL_FIELDS = (schema.Field("unit_id", "string", 32), schema.Field("state", "string", 16))
_MEMORY_TYPES = {
    "string": "string",
    "integer": "integer",
    "double": "double",
    "datetime": "datetime",
    "date": "date",
    "bool": "boolean",
}


def memory_uri(geometry: str, fields) -> str:
    parts = [f"{geometry}?crs={CRS}"]
    for f in fields:
        kind = _MEMORY_TYPES[f.type]
        if f.type == "string" and f.length:
            kind += f"({f.length})"
        parts.append(f"field={f.name}:{kind}")
    return "&".join(parts)


SPECS = {
    "units": ("Point", schema.UNITS.fields + UNIT_EXTRA, schema.UNITS.name),
    "incidents": ("Point", schema.INCIDENTS.fields, schema.INCIDENTS.name),
    "trails": ("LineString", TRAIL_FIELDS, TRAILS_NAME),
}
# Layer tree order inside the group, top first.
ORDER = ("incidents", "units", "trails")


@dataclass
class _Job:
    """One units snapshot on its way through the worker thread."""

    snapshot: Snapshot
    index: dict[str, int] | None  # the units layer's field indices when the job started
    plan: UnitPlan | None = None
    rows: list | None = None
    trail_lines: dict | None = None
    error: str = ""
    prepare_s: float = 0.0
    future: object = None
    done: bool = False


@dataclass
class Applied:
    """What one snapshot did to the layers, for the dock's status and the benchmark."""

    kind: str
    added: int = 0
    changed: int = 0
    removed: int = 0
    ignored_older: list[str] = field(default_factory=list)
    duplicates: int = 0
    stale_snapshot: bool = False
    rejected: list = field(default_factory=list)


class LiveLayers(QObject):
    """The live layers of one project, fed with snapshots on the GUI thread.

    ``apply(snapshot)`` does everything at once, on the calling (GUI) thread. ``submit(snapshot)``
    is what the dock uses for units: the diff and the provider maps are made in one worker thread
    (``unit_rows``), and only the provider calls run on the GUI thread, when the worker is done.
    Snapshots that arrive while one is being prepared wait; only the newest waiting one is kept
    (they are full snapshots). The worker never touches a layer and never changes the books: the
    plan it makes is committed on the GUI thread.
    """

    updated = pyqtSignal()  # after a snapshot or a tick changed anything
    _prepared = pyqtSignal(object)  # a _Job, from the worker thread (queued to the GUI thread)

    def __init__(
        self,
        project: QgsProject | None = None,
        now: Callable[[], datetime] = utc_now,
        trail_length: int = 0,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.project = project or QgsProject.instance()
        self.now = now
        self.units = UnitBook(now, trail_length)
        self.incidents = IncidentBook()
        self._layers: dict[str, QgsVectorLayer] = {}
        self._fids: dict[str, dict[str, int]] = {kind: {} for kind in SPECS}
        self._index: dict[str, dict[str, int]] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self.project.layersWillBeRemoved.connect(self._on_layers_removed)
        self.asynchronous = True
        self._executor: ThreadPoolExecutor | None = None
        self._job: _Job | None = None
        self._pending: Snapshot | None = None
        self._closed = False
        self.skipped = 0  # snapshots replaced by a newer one before they were prepared
        self.last_applied: Applied | None = None
        self.last_main_s = 0.0  # GUI-thread time of the last units update (submit + commit)
        self.last_prepare_s = 0.0  # worker time of the last units update
        self._prepared.connect(self._on_prepared)
        self._canvas = None
        self._dirty: set[str] = set()

    # ------------------------------------------------------------------ repaint
    def set_canvas(self, canvas) -> None:
        """The map canvas whose drawing the repaints wait for (None: repaint at once)."""
        if self._canvas is not None:
            with contextlib.suppress(TypeError, RuntimeError):
                self._canvas.mapCanvasRefreshed.disconnect(self._flush_repaints)
        self._canvas = canvas
        if canvas is not None:
            canvas.mapCanvasRefreshed.connect(self._flush_repaints)

    @staticmethod
    def _write(layer, attr_map, geom_map, gone, features, new_ids, fids) -> bool:
        """One batch of provider calls for a live layer; True when anything changed.

        New features' ids are recorded in ``fids`` under ``new_ids`` (in the same order)."""
        provider = layer.dataProvider()
        if attr_map:
            provider.changeAttributeValues(attr_map)
        if geom_map:
            provider.changeGeometryValues(geom_map)
        if gone:
            provider.deleteFeatures(gone)
        if features:
            ok, added = provider.addFeatures(features)
            if ok:
                for key, feature in zip(new_ids, added):
                    fids[key] = feature.id()
            layer.updateExtents()
        return bool(attr_map or geom_map or gone or features)

    def repaint(self, layer: QgsVectorLayer) -> None:
        canvas = self._canvas
        try:
            drawing = canvas is not None and canvas.isDrawing()
        except RuntimeError:  # the canvas is gone
            self._canvas, drawing = None, False
        if drawing:
            self._dirty.add(layer.id())
        else:
            layer.triggerRepaint()

    def _flush_repaints(self) -> None:
        dirty, self._dirty = self._dirty, set()
        for layer_id in dirty:
            layer = self.project.mapLayer(layer_id)
            if layer is not None:
                layer.triggerRepaint()

    # ------------------------------------------------------------------ layers
    def layer(self, kind: str) -> QgsVectorLayer | None:
        return self._layers.get(kind)

    @property
    def trail_length(self) -> int:
        return self.units.trail_length

    def set_trail_length(self, length: int) -> None:
        """Keep the last ``length`` positions of each unit as a line (0: no trails layer)."""
        self.drain()
        had = self.units.trail_length
        self.units.set_trail_length(length)
        if not self.units.trail_length:
            layer = self._layers.get("trails")
            if layer is not None:
                self._drop("trails")
                self.project.removeMapLayer(layer.id())
        elif had != self.units.trail_length and "trails" in self._layers:
            self._write_trails({uid: list(t) for uid, t in self.units.trails.items()}, rewrite=True)

    def group(self) -> QgsLayerTreeGroup:
        """The "Live" layer group (made at the top of the layer tree when missing)."""
        root = self.project.layerTreeRoot()
        for node in root.findGroups(True):
            if node.customProperty(GROUP_PROPERTY):
                return node
        group = root.insertGroup(0, tr("Live"))
        group.setCustomProperty(GROUP_PROPERTY, True)
        return group

    def set_live(self, live: bool, last_known: datetime | None = None) -> None:
        """Mark what the map shows as live, or not. Not live (the feed disconnected, the plugin
        unloaded): every layer of the Live group is hidden (the command map's own units and
        incidents are the one set shown then), the group says since when nothing is live, and
        the units are drawn grey with "last known HH:MM", should anyone turn them on again.
        Live again: the group's name, the units' style and what was hidden come back."""
        root = self.project.layerTreeRoot()
        groups = [g for g in root.findGroups(True) if g.customProperty(GROUP_PROPERTY)]
        units = self._layers.get("units") or self._find_existing("units")
        if live:
            for group in groups:
                group.setName(tr("Live"))
                for node in group.findLayers():
                    if node.customProperty(HIDDEN_PROPERTY):
                        node.removeCustomProperty(HIDDEN_PROPERTY)
                        node.setItemVisibilityChecked(True)
            if units is not None and units.customProperty(NOT_LIVE_PROPERTY):
                units.removeCustomProperty(NOT_LIVE_PROPERTY)
                live_styles.style_units(units)
                self.repaint(units)
            return
        when = (last_known or self.now()).astimezone().strftime("%H:%M")
        for group in groups:
            group.setName(tr("Live (not live: last known at {time})").format(time=when))
            for node in group.findLayers():
                if node.itemVisibilityChecked():
                    node.setCustomProperty(HIDDEN_PROPERTY, True)
                    node.setItemVisibilityChecked(False)
        if units is not None:
            units.setCustomProperty(NOT_LIVE_PROPERTY, when)
            live_styles.style_units_not_live(units, when)
            self.repaint(units)

    def is_live(self) -> bool:
        units = self._layers.get("units") or self._find_existing("units")
        return units is None or not units.customProperty(NOT_LIVE_PROPERTY)

    def _find_existing(self, kind: str) -> QgsVectorLayer | None:
        geometry, fields, _ = SPECS[kind]
        for layer in self.project.mapLayers().values():
            if (
                isinstance(layer, QgsVectorLayer)
                and layer.customProperty(KIND_PROPERTY) == kind
                and layer.providerType() == "memory"
                and layer.fields().names()[: len(fields)] == [f.name for f in fields]
            ):
                return layer
        return None

    def _ensure(self, kind: str) -> tuple[QgsVectorLayer, bool]:
        """The layer of this kind, made (or taken over from a reopened project) if needed.
        Returns (layer, fresh): a fresh layer gets every held record, not only the changes."""
        layer = self._layers.get(kind)
        if layer is not None:
            return layer, False
        layer = self._find_existing(kind)
        if layer is not None:
            layer.dataProvider().truncate()  # our own layer from an earlier session: no user data
        else:
            geometry, fields, name = SPECS[kind]
            layer = QgsVectorLayer(memory_uri(geometry, fields), name, "memory")
            getattr(live_styles, f"style_{kind}")(layer)
            layer.setCustomProperty(KIND_PROPERTY, kind)  # after the style, which may bring its own
            layer.setReadOnly(True)
            self.project.addMapLayer(layer, False)
            group = self.group()
            position = sum(1 for k in ORDER[: ORDER.index(kind)] if k in self._layers)
            group.insertLayer(position, layer)
        self._layers[kind] = layer
        self._fids[kind] = {}
        names = layer.fields().names()
        self._index[kind] = {name: names.index(name) for name in names}
        if not self._timer.isActive():
            self._timer.start()
        return layer, True

    def _drop(self, kind: str) -> None:
        self._layers.pop(kind, None)
        self._fids[kind] = {}

    def _on_layers_removed(self, layer_ids) -> None:
        gone = set(layer_ids)
        for kind, layer in list(self._layers.items()):
            if layer.id() in gone:
                self._drop(kind)
        if not self._layers:
            self._timer.stop()

    def remove_layers(self) -> None:
        """Take the live layers (and their group) off the map."""
        ids = [layer.id() for layer in self._layers.values()]
        for kind in list(self._layers):
            self._drop(kind)
        if ids:
            self.project.removeMapLayers(ids)
        root = self.project.layerTreeRoot()
        for group in [g for g in root.findGroups(True) if g.customProperty(GROUP_PROPERTY)]:
            if not group.findLayers():
                group.parent().removeChildNode(group)
        self._timer.stop()

    def cleanup(self) -> None:
        self._closed = True
        self.set_canvas(None)
        self._pending = None
        if self._executor is not None:
            self._executor.shutdown(wait=False)
            self._executor = None
        if not sip.isdeleted(self._timer):  # Qt may have deleted the dock's children first
            self._timer.stop()
        with contextlib.suppress(TypeError):
            self.project.layersWillBeRemoved.disconnect(self._on_layers_removed)

    # ------------------------------------------------------------------ updates
    def apply(self, snapshot: Snapshot) -> Applied:
        """Apply one parsed snapshot (units or incidents) to its layer, now, on this thread."""
        result = Applied(snapshot.kind, rejected=list(snapshot.rejected))
        if snapshot.kind == "units":
            self.drain()
            changes = self.units.update(snapshot.records, snapshot.fetched_at)
            result.ignored_older, result.duplicates = changes.ignored_older, changes.duplicates
            result.stale_snapshot = changes.stale_snapshot
            if not changes.stale_snapshot:
                result.added, result.changed = self._write_units(changes)
        elif snapshot.kind == "incidents":
            changes = self.incidents.update(snapshot.records, snapshot.fetched_at)
            result.duplicates, result.stale_snapshot = changes.duplicates, changes.stale_snapshot
            if not changes.stale_snapshot:
                result.added, result.changed, result.removed = self._write_incidents(changes)
        else:
            get_logger().warning("Live layers: unknown snapshot kind %r", snapshot.kind)
            return result
        self.last_applied = result
        self.updated.emit()
        return result

    # ------------------------------------------------------------------ the worker thread
    def busy(self) -> bool:
        """A units snapshot is being prepared or waits for it."""
        return self._job is not None or self._pending is not None

    def submit(self, snapshot: Snapshot) -> None:
        """Hand over a snapshot; units are prepared off the GUI thread (see the class doc)."""
        if snapshot.kind != "units" or not self.asynchronous:
            self.apply(snapshot)
            return
        start = time.perf_counter()
        if self._pending is not None:
            self.skipped += 1
        self._pending = snapshot
        self._kick()
        self._submit_s = time.perf_counter() - start

    def _kick(self) -> None:
        if self._job is not None or self._pending is None or self._closed:
            return
        snapshot, self._pending = self._pending, None
        index = dict(self._index["units"]) if "units" in self._layers else None
        job = _Job(snapshot, index)
        self._job = job
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="patrolmap-live")
        job.future = self._executor.submit(self._prepare, job)

    def _prepare(self, job: _Job) -> None:
        """Worker thread: plan the snapshot and build the provider maps. Touches no layer."""
        start = time.perf_counter()
        try:
            job.plan = self.units.plan(job.snapshot.records, job.snapshot.fetched_at)
            changes = job.plan.changes
            if job.index is not None and not changes.stale_snapshot:
                job.rows = unit_rows(job.index, changes.changed)
                if changes.trails:
                    job.trail_lines = {
                        uid: _line(points) for uid, points in changes.trails.items() if len(points) > 1
                    }
        except Exception:  # noqa: BLE001 - reported on the GUI thread
            job.error = traceback.format_exc()
        job.prepare_s = time.perf_counter() - start
        try:
            self._prepared.emit(job)
        except RuntimeError:  # the object went away (plugin unloaded) while this ran
            pass

    def _on_prepared(self, job: _Job) -> None:
        """GUI thread: commit the plan and write the prepared changes to the layers."""
        if job.done or job is not self._job:
            return
        start = time.perf_counter()
        job.done = True
        self._job = None
        if self._closed:
            return
        if job.error:
            get_logger().error("Live layers: preparing an update failed: %s", job.error)
        else:
            changes = job.plan.changes
            result = Applied(
                "units",
                rejected=list(job.snapshot.rejected),
                ignored_older=changes.ignored_older,
                duplicates=changes.duplicates,
                stale_snapshot=changes.stale_snapshot,
            )
            self.units.commit(job.plan)
            if not changes.stale_snapshot:
                index = self._index.get("units") if "units" in self._layers else None
                rows = job.rows if index is not None and index == job.index else None
                result.added, result.changed = self._write_units(changes, rows, job.trail_lines)
            self.last_applied = result
            self.last_prepare_s = job.prepare_s
            self.last_main_s = getattr(self, "_submit_s", 0.0) + time.perf_counter() - start
            self.updated.emit()
        self._kick()

    def drain(self, timeout_s: float = 60.0) -> None:
        """Finish the snapshot being prepared and any waiting one, here and now."""
        while self._job is not None or self._pending is not None:
            if self._job is None:
                self._kick()
                if self._job is None:
                    return
            job = self._job
            job.future.result(timeout=timeout_s)
            self._on_prepared(job)

    def tick(self) -> int:
        """Re-age units at the clock's time; returns how many features changed."""
        if not self.units.views or self.busy():
            return 0  # a snapshot under way re-ages every unit anyway
        changes = self.units.tick()
        if not changes:
            return 0
        _, changed = self._write_units(changes)
        self.updated.emit()
        return changed

    def _unit_values(self, view: UnitView) -> dict[str, object]:
        r = view.record
        return {
            "unit_id": r.unit_id,
            "callsign": r.callsign,
            "kind": r.kind,
            "status": r.status,
            "heading_deg": r.heading_deg,
            "speed_kmh": r.speed_kmh,
            "updated_at": qdatetime(r.updated_at),
            "reported": view.reported,
            "state": view.state,
            "last_seen": seen_text(view),
        }

    def _write_units(
        self, changes: UnitChanges, rows: list | None = None, trail_lines: dict | None = None
    ) -> tuple[int, int]:
        layer, fresh = self._ensure("units")
        fids = self._fids["units"]
        views = self.units.views
        new_views = list(views.values()) if fresh else list(changes.new)
        attr_map: dict[int, dict[int, object]] = {}
        geom_map: dict[int, QgsGeometry] = {}
        trail_states: dict[str, str] = {}
        if not fresh:
            if rows is None:  # not prepared in the worker: prepare here
                rows = unit_rows(self._index["units"], changes.changed)
            for unit_id, values, geometry, state in rows:
                fid = fids.get(unit_id)
                if fid is None:
                    view = views.get(unit_id)
                    if view is not None:
                        new_views.append(view)
                    continue
                if values:
                    attr_map[fid] = values
                if geometry is not None:
                    geom_map[fid] = geometry
                if state is not None:
                    trail_states[unit_id] = state
        features = []
        fields = layer.fields()
        names = fields.names()
        for view in new_views:
            feature = QgsFeature(fields)
            values = self._unit_values(view)
            feature.setAttributes([values[name] for name in names])
            feature.setGeometry(_point(view.record.lon, view.record.lat))
            features.append(feature)

        if self._write(layer, attr_map, geom_map, [], features, [v.unit_id for v in new_views], fids):
            self.repaint(layer)
        if self.units.trail_length:
            if fresh:
                self._write_trails(
                    {uid: list(t) for uid, t in self.units.trails.items()}, trail_states, rewrite=True
                )
            else:
                self._write_trails(changes.trails, trail_states, lines=trail_lines)
        return len(features), len(attr_map.keys() | geom_map.keys())

    def _write_trails(
        self, trails: dict, states: dict | None = None, lines: dict | None = None, rewrite: bool = False
    ) -> None:
        """Trail lines of the units whose trail grew (``lines``: made in the worker already)."""
        states = dict(states or {})
        if not trails and not states:
            return
        layer, fresh = self._ensure("trails")
        fids, index = self._fids["trails"], self._index["trails"]
        if fresh or rewrite:
            trails, lines = {uid: list(t) for uid, t in self.units.trails.items()}, None
        lines = lines or {}
        geom_map, attr_map, features = {}, {}, []
        for unit_id, points in trails.items():
            if len(points) < 2:
                continue
            line = lines.get(unit_id) or _line(points)
            fid = fids.get(unit_id)
            if fid is None:
                feature = QgsFeature(layer.fields())
                view = self.units.views.get(unit_id)
                feature.setAttributes([unit_id, view.state if view else None])
                feature.setGeometry(line)
                features.append((unit_id, feature))
            else:
                geom_map[fid] = line
        for unit_id, state in states.items():
            fid = fids.get(unit_id)
            if fid is not None:
                attr_map[fid] = {index["state"]: state}
        provider = layer.dataProvider()
        if geom_map:
            provider.changeGeometryValues(geom_map)
        if attr_map:
            provider.changeAttributeValues(attr_map)
        if features:
            ok, added = provider.addFeatures([f for _, f in features])
            if ok:
                for (unit_id, _), feature in zip(features, added):
                    fids[unit_id] = feature.id()
            layer.updateExtents()
        if geom_map or attr_map or features:
            self.repaint(layer)

    @staticmethod
    def _incident_values(record: IncidentRecord) -> dict[str, object]:
        return {
            "incident_id": record.incident_id,
            "kind": record.kind,
            "priority": record.priority,
            "status": record.status,
            "reported_at": qdatetime(record.reported_at),
            "address": record.address,
            "assigned_unit": record.assigned_unit,
        }

    def _write_incidents(self, changes) -> tuple[int, int, int]:
        layer, fresh = self._ensure("incidents")
        index, fids = self._index["incidents"], self._fids["incidents"]
        new = list(self.incidents.records.values()) if fresh else list(changes.new)
        attr_map, geom_map = {}, {}
        if not fresh:
            for before, after in changes.changed:
                fid = fids.get(after.incident_id)
                if fid is None:
                    new.append(after)
                    continue
                a, b = self._incident_values(before), self._incident_values(after)
                diff = {index[k]: v for k, v in b.items() if a[k] != v}
                if diff:
                    attr_map[fid] = diff
                if (before.lon, before.lat) != (after.lon, after.lat):
                    geom_map[fid] = _point(after.lon, after.lat)
        gone = [] if fresh else [fids.pop(r.incident_id) for r in changes.gone if r.incident_id in fids]
        features = []
        names = layer.fields().names()
        for record in new:
            feature = QgsFeature(layer.fields())
            values = self._incident_values(record)
            feature.setAttributes([values[n] for n in names])
            feature.setGeometry(_point(record.lon, record.lat))
            features.append(feature)
        if self._write(layer, attr_map, geom_map, gone, features, [r.incident_id for r in new], fids):
            self.repaint(layer)
        return len(features), len(attr_map.keys() | geom_map.keys()), len(gone)

    # ------------------------------------------------------------------ lookups
    def unit_fid(self, unit_id: str) -> int | None:
        return self._fids["units"].get(unit_id)

    def incident_fid(self, incident_id: str) -> int | None:
        return self._fids["incidents"].get(incident_id)

    def incident_for_fid(self, fid: int) -> IncidentRecord | None:
        for incident_id, held in self._fids["incidents"].items():
            if held == fid:
                return self.incidents.records.get(incident_id)
        return None
