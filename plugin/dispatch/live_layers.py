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
4. One ``triggerRepaint`` per layer that changed.

Display states ("state" field): available, busy, offline, stale (no fix for 90 s), not_reporting
(missing from the last snapshot) and unknown; a unit silent for 10 minutes is offline whatever
its last status. ``last_seen`` holds the "last seen 3 min ago" label of silent units. The clock is
injectable (``now``) and ``tick()`` re-ages the units; the object ticks itself every few seconds
once it has layers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsLayerTreeGroup,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, QObject, QTimer, pyqtSignal

from ..core import schema
from ..core.feed import IncidentRecord, Snapshot
from ..core.live import IncidentBook, UnitBook, UnitChanges, UnitView, moved, utc_now
from ..i18n import tr
from ..log import get_logger
from . import live_styles

GROUP_PROPERTY = "patrolmap/live_group"
KIND_PROPERTY = "patrolmap/live_layer"  # "units" | "incidents" | "trails"
TICK_MS = 5000
CRS = "EPSG:4326"
TRAILS_NAME = "unit_trails"

# The units layer has the schema's fields, then what the map needs to draw a unit.
UNIT_EXTRA = (schema.Field("state", "string", 16), schema.Field("last_seen", "string", 64))
TRAIL_FIELDS = (schema.Field("unit_id", "string", 32), schema.Field("state", "string", 16))
_MEMORY_TYPES = {"string": "string", "integer": "integer", "double": "double", "datetime": "datetime",
                 "date": "date", "bool": "boolean"}


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


def qdatetime(value: datetime | None):
    if value is None:
        return None
    # Shown in local time, as a dispatcher reads a clock; the instant is exact.
    return QDateTime.fromMSecsSinceEpoch(int(round(value.timestamp() * 1000.0)))


def seen_text(view: UnitView) -> str:
    if view.seen_min is not None:
        if view.seen_min >= 60:
            return tr("last seen {hours} h ago").format(hours=view.seen_min // 60)
        return tr("last seen {minutes} min ago").format(minutes=view.seen_min)
    if view.state == "not_reporting":
        return tr("not in the last update")
    return ""


def _point(lon: float, lat: float) -> QgsGeometry:
    return QgsGeometry.fromPointXY(QgsPointXY(lon, lat))


def _line(points) -> QgsGeometry:
    return QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in points])


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
    """The live layers of one project, fed with snapshots on the GUI thread."""

    updated = pyqtSignal()  # after a snapshot or a tick changed anything

    def __init__(self, project: QgsProject | None = None, now: Callable[[], datetime] = utc_now,
                 trail_length: int = 0, parent: QObject | None = None):
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

    # ------------------------------------------------------------------ layers
    def layer(self, kind: str) -> QgsVectorLayer | None:
        return self._layers.get(kind)

    @property
    def trail_length(self) -> int:
        return self.units.trail_length

    def set_trail_length(self, length: int) -> None:
        """Keep the last ``length`` positions of each unit as a line (0: no trails layer)."""
        had = self.units.trail_length
        self.units.set_trail_length(length)
        if not self.units.trail_length:
            layer = self._layers.get("trails")
            if layer is not None:
                self._drop("trails")
                self.project.removeMapLayer(layer.id())
        elif had != self.units.trail_length and "trails" in self._layers:
            self._write_trails({uid: list(t) for uid, t in self.units.trails.items()})

    def _group(self) -> QgsLayerTreeGroup:
        root = self.project.layerTreeRoot()
        for node in root.findGroups(True):
            if node.customProperty(GROUP_PROPERTY):
                return node
        group = root.insertGroup(0, tr("Live"))
        group.setCustomProperty(GROUP_PROPERTY, True)
        return group

    def _find_existing(self, kind: str) -> QgsVectorLayer | None:
        geometry, fields, _ = SPECS[kind]
        for layer in self.project.mapLayers().values():
            if (isinstance(layer, QgsVectorLayer) and layer.customProperty(KIND_PROPERTY) == kind
                    and layer.providerType() == "memory"
                    and layer.fields().names()[:len(fields)] == [f.name for f in fields]):
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
            layer.setCustomProperty(KIND_PROPERTY, kind)
            getattr(live_styles, f"style_{kind}")(layer)
            layer.setReadOnly(True)
            self.project.addMapLayer(layer, False)
            group = self._group()
            position = sum(1 for k in ORDER[:ORDER.index(kind)] if k in self._layers)
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
        self._timer.stop()
        try:
            self.project.layersWillBeRemoved.disconnect(self._on_layers_removed)
        except TypeError:
            pass

    # ------------------------------------------------------------------ updates
    def apply(self, snapshot: Snapshot) -> Applied:
        """Apply one parsed snapshot (units or incidents) to its layer."""
        result = Applied(snapshot.kind, rejected=list(snapshot.rejected))
        if snapshot.kind == "units":
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
        self.updated.emit()
        return result

    def tick(self) -> int:
        """Re-age units at the clock's time; returns how many features changed."""
        if not self.units.views:
            return 0
        changes = self.units.tick()
        if not changes:
            return 0
        _, changed = self._write_units(changes)
        self.updated.emit()
        return changed

    def _unit_values(self, view: UnitView) -> dict[str, object]:
        r = view.record
        return {
            "unit_id": r.unit_id, "callsign": r.callsign, "kind": r.kind, "status": r.status,
            "heading_deg": r.heading_deg, "speed_kmh": r.speed_kmh, "updated_at": qdatetime(r.updated_at),
            "reported": view.reported, "state": view.state, "last_seen": seen_text(view),
        }

    @staticmethod
    def _changed_fields(before: UnitView, after: UnitView) -> list[str]:
        a, b = before.record, after.record
        names = [name for name in ("callsign", "kind", "status", "heading_deg", "speed_kmh", "updated_at")
                 if getattr(a, name) != getattr(b, name)]
        if before.reported != after.reported:
            names.append("reported")
        if before.state != after.state:
            names.append("state")
        if before.seen_min != after.seen_min or before.state != after.state:
            names.append("last_seen")
        return names

    def _write_units(self, changes: UnitChanges) -> tuple[int, int]:
        layer, fresh = self._ensure("units")
        index, fids = self._index["units"], self._fids["units"]
        new_views = list(self.units.views.values()) if fresh else changes.new
        # Everything computed before the provider is touched.
        attr_map: dict[int, dict[int, object]] = {}
        geom_map: dict[int, QgsGeometry] = {}
        trail_states: dict[str, str] = {}
        if not fresh:
            for before, after in changes.changed:
                fid = fids.get(after.unit_id)
                if fid is None:
                    new_views.append(after)
                    continue
                names = self._changed_fields(before, after)
                if names:
                    values = self._unit_values(after)
                    attr_map[fid] = {index[n]: values[n] for n in names}
                if moved(before, after):
                    geom_map[fid] = _point(after.record.lon, after.record.lat)
                if before.state != after.state:
                    trail_states[after.unit_id] = after.state
        features = []
        fields = layer.fields()
        for view in new_views:
            feature = QgsFeature(fields)
            values = self._unit_values(view)
            feature.setAttributes([values[name] for name in fields.names()])
            feature.setGeometry(_point(view.record.lon, view.record.lat))
            features.append(feature)

        provider = layer.dataProvider()
        if attr_map:
            provider.changeAttributeValues(attr_map)
        if geom_map:
            provider.changeGeometryValues(geom_map)
        if features:
            ok, added = provider.addFeatures(features)
            if ok:
                for view, feature in zip(new_views, added):
                    fids[view.unit_id] = feature.id()
            layer.updateExtents()
        if attr_map or geom_map or features:
            layer.triggerRepaint()
        if self.units.trail_length:
            trails = {uid: list(t) for uid, t in self.units.trails.items()} if fresh else changes.trails
            self._write_trails(trails, trail_states)
        return len(features), len(attr_map.keys() | geom_map.keys())

    def _write_trails(self, trails: dict, states: dict | None = None) -> None:
        states = dict(states or {})
        if not trails and not states:
            return
        layer, fresh = self._ensure("trails")
        fids, index = self._fids["trails"], self._index["trails"]
        if fresh:
            trails = {uid: list(t) for uid, t in self.units.trails.items()}
        geom_map, attr_map, features = {}, {}, []
        for unit_id, points in trails.items():
            if len(points) < 2:
                continue
            fid = fids.get(unit_id)
            if fid is None:
                feature = QgsFeature(layer.fields())
                view = self.units.views.get(unit_id)
                feature.setAttributes([unit_id, view.state if view else None])
                feature.setGeometry(_line(points))
                features.append((unit_id, feature))
            else:
                geom_map[fid] = _line(points)
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
            layer.triggerRepaint()

    @staticmethod
    def _incident_values(record: IncidentRecord) -> dict[str, object]:
        return {
            "incident_id": record.incident_id, "kind": record.kind, "priority": record.priority,
            "status": record.status, "reported_at": qdatetime(record.reported_at), "address": record.address,
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
                for record, feature in zip(new, added):
                    fids[record.incident_id] = feature.id()
            layer.updateExtents()
        if attr_map or geom_map or gone or features:
            layer.triggerRepaint()
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
