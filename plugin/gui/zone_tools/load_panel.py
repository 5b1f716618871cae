"""The Assign brush's live panel: each station's zone count, road km and worst travel time.

``ZoneLoadModel`` keeps the expensive figures: the road network (through the shared
``network_layer.CACHE``), one single-source search per station, and per zone its road
(sample positions inside it). A zone's figures are dropped when its geometry changes; a
repaint of station_id only regroups cached numbers, so the panel follows the brush live.
"""

from __future__ import annotations

import contextlib

import numpy as np
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProject,
    QgsRendererCategory,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QObject, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor, QFont, QIcon, QPixmap
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import settings
from ...commandmap import STATION_PALETTE, command_map_layer, patrol_zones_for
from ...core.network import NetworkError
from ...core.rules import StationBounds, zone_target
from ...core.zone_load import (
    RoadIndex,
    station_times,
    summarise,
    zone_road,
    zone_times,
)
from ...i18n import tr
from ...log import get_logger
from ...network_layer import CACHE, NetworkSettings
from ...qgis_bridge import plain as _clean
from ...zone_figures import measure_zones
from .. import palette
from .base import CODE_FIELD, STATION_FIELD, is_zone_layer, to_shape

STATIONS_LAYER = "stations"
ROADS_LAYER = "roads"
LOW_TINT = palette.qcolor(palette.ERROR_TINT)
HIGH_TINT = palette.qcolor(palette.WARNING_TINT)
MUTED = palette.qcolor(palette.MUTED)
LATE_TEXT = palette.qcolor(palette.ERROR)
UNREACHED_SHARE = 0.02  # unreachable road beyond this share of a station's road is marked *
COL_STATION, COL_ZONES, COL_ROAD, COL_WORST = range(4)


def companion_layer(zones: QgsVectorLayer, name: str, geometry_type):
    """The project layer called ``name`` that belongs with ``zones``: from the same file if
    there is one (a command map's own stations and roads), else the first of that name."""
    if zones is None:
        return None
    own = command_map_layer(name, near=zones)
    if own is not None and own.geometryType() == geometry_type:
        return own
    source = zones.source().split("|")[0]
    candidates = [
        layer
        for layer in QgsProject.instance().mapLayers().values()
        if isinstance(layer, QgsVectorLayer)
        and layer.isValid()
        and layer.name() == name
        and layer.geometryType() == geometry_type
    ]
    for layer in candidates:
        if layer.source().split("|")[0] == source:
            return layer
    return candidates[0] if candidates else None


def station_colors(layer: QgsVectorLayer) -> dict:
    """station_id → colour the zones are drawn in (a categorised style on station_id)."""
    renderer = layer.renderer() if layer is not None else None
    if isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == STATION_FIELD:
        return {
            c.value(): c.symbol().color()
            for c in renderer.categories()
            if c.symbol() is not None and _clean(c.value()) not in (None, "")
        }
    return {}


def ensure_station_categories(layer: QgsVectorLayer, station_ids) -> int:
    """Add a colour to a by-station style for stations that have none yet.

    A categorised style without a category for a value draws nothing: a zone painted to a
    station that had no zones would vanish from the map. Returns how many were added.
    """
    renderer = layer.renderer()
    if not isinstance(renderer, QgsCategorizedSymbolRenderer) or renderer.classAttribute() != STATION_FIELD:
        return 0
    known = {c.value() for c in renderer.categories()}
    template = renderer.sourceSymbol() or (
        renderer.categories()[0].symbol() if renderer.categories() else None
    )
    if template is None:
        return 0
    added = 0
    used = len(known)
    for sid in station_ids:
        if sid in known or sid in (None, ""):
            continue
        symbol = template.clone()
        color = QColor(STATION_PALETTE[used % len(STATION_PALETTE)])
        color.setAlpha(template.color().alpha())
        symbol.setColor(color)
        renderer.addCategory(QgsRendererCategory(sid, symbol, str(sid)))
        known.add(sid)
        used += 1
        added += 1
    if added:
        layer.triggerRepaint()
    return added


class Station:
    def __init__(self, station_id, name, kind, fid, turnout_min):
        self.station_id = station_id
        self.name = name
        self.kind = kind
        self.fid = fid
        self.turnout_s = (turnout_min or 0.0) * 60.0


class ZoneLoadModel(QObject):
    """The figures behind the panel, kept up to date with the zone layer's edit buffer."""

    updated = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.zones: QgsVectorLayer | None = None
        self.stations_layer: QgsVectorLayer | None = None
        self.roads_layer: QgsVectorLayer | None = None
        self.stations: dict[str, Station] = {}
        self.rows = []
        self.unassigned = 0
        self.network_note = ""
        self.has_network = False
        self._lnet = None
        self._index = None
        self._snapped = {}  # station_id → Snapped (one point) or None when off the network
        self._rows_cache = {}  # station_id → node times
        self._road = {}  # zone fid → ZoneRoad
        self._road_m = None  # zone fid → ground metres of road, as every view measures it
        self.bounds = StationBounds()
        self._times = {}  # (station_id, fid) → ZoneTimes
        self.codes = {}  # fid → zone code, for messages
        self._connections = []
        self._stations_dirty = False
        self._network_dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)

    # ------------------------------------------------------------------ wiring
    def set_zone_layer(self, layer) -> None:
        layer = layer if is_zone_layer(layer) else None
        if layer is self.zones:
            return
        self._disconnect()
        self.zones = layer
        self.stations_layer = companion_layer(layer, STATIONS_LAYER, QgsWkbTypes.GeometryType.PointGeometry)
        self.roads_layer = companion_layer(layer, ROADS_LAYER, QgsWkbTypes.GeometryType.LineGeometry)
        self._drop_network()
        if layer is not None and (self.stations_layer is None or self.roads_layer is None):
            # Stations or roads loaded after the zones: pick them up when they arrive.
            self._connect(QgsProject.instance().layersAdded, lambda *_: self._look_again())
        if layer is not None:
            self._connect(layer.attributeValueChanged, lambda *_: self.schedule())
            self._connect(layer.geometryChanged, lambda fid, *_: self._zone_changed(fid))
            self._connect(layer.featureAdded, lambda fid: self._zone_changed(fid))
            self._connect(layer.featureDeleted, lambda fid: self._zone_changed(fid))
            self._connect(layer.afterRollBack, self._zones_reset)
            self._connect(layer.afterCommitChanges, self._zones_reset)
            self._connect(layer.willBeDeleted, lambda: self.set_zone_layer(None))
        # Edits in a layer's edit buffer do not emit dataChanged: listen to each kind of change.
        for other, slot, name in (
            (self.stations_layer, self._stations_changed, "stations_layer"),
            (self.roads_layer, self._roads_changed, "roads_layer"),
        ):
            if other is None:
                continue
            for signal in (
                other.dataChanged,
                other.featureAdded,
                other.featureDeleted,
                other.geometryChanged,
                other.attributeValueChanged,
                other.afterRollBack,
                other.afterCommitChanges,
            ):
                self._connect(signal, lambda *_, slot=slot: slot())
            self._connect(other.willBeDeleted, lambda name=name: self._lost(name))
        self._read_stations()
        self.refresh()

    def _connect(self, signal, slot) -> None:
        signal.connect(slot)
        self._connections.append((signal, slot))

    def _disconnect(self) -> None:
        for signal, slot in self._connections:
            with contextlib.suppress(TypeError, RuntimeError):
                signal.disconnect(slot)
        self._connections.clear()

    def _look_again(self) -> None:
        zones, self.zones = self.zones, None
        self.set_zone_layer(zones)

    def _lost(self, name: str) -> None:
        setattr(self, name, None)
        self._drop_network()
        self._read_stations()
        self.schedule()

    def cleanup(self) -> None:
        self._timer.stop()
        self._disconnect()
        self.zones = None

    # ------------------------------------------------------------------ invalidation
    def schedule(self) -> None:
        self._timer.start()

    def _zone_changed(self, fid) -> None:
        self._road.pop(fid, None)
        self._road_m = None  # a border moved: the neighbours' halves change too
        for key in [k for k in self._times if k[1] == fid]:
            del self._times[key]
        self.schedule()

    def _zones_reset(self) -> None:
        self._road.clear()
        self._road_m = None
        self._times.clear()
        self.schedule()

    def _stations_changed(self) -> None:
        self._stations_dirty = True
        self.schedule()

    def _roads_changed(self) -> None:
        self._network_dirty = True
        self.schedule()

    def _drop_network(self) -> None:
        self._lnet = None
        self._index = None
        self._snapped.clear()
        self._rows_cache.clear()
        self._road.clear()
        self._road_m = None
        self._times.clear()
        self.network_note = ""

    # ------------------------------------------------------------------ reading
    def _read_stations(self) -> None:
        self.stations = {}
        layer = self.stations_layer
        if layer is None or layer.fields().indexOf(STATION_FIELD) < 0:
            return
        names = layer.fields().names()
        for f in layer.getFeatures():
            sid = _clean(f[STATION_FIELD])
            if sid in (None, ""):
                continue
            turnout = _clean(f["turnout_min"]) if "turnout_min" in names else None
            try:
                turnout = float(turnout) if turnout is not None else 0.0
            except (TypeError, ValueError):
                turnout = 0.0
            self.stations[str(sid)] = Station(
                str(sid),
                _clean(f["name"]) if "name" in names else None,
                _clean(f["kind"]) if "kind" in names else None,
                f.id(),
                turnout,
            )

    def station_ids(self) -> list[str]:
        """Stations from the stations layer, then any station id only the zones name."""
        ids = list(self.stations)
        for row in self.rows:
            if row.station_id not in self.stations:
                ids.append(row.station_id)
        return ids

    def _network(self):
        if self._lnet is not None or self.network_note:
            return self._lnet
        if self.roads_layer is None:
            self.network_note = tr("No “roads” layer: road km and travel times are not shown.")
            return None
        names = self.roads_layer.fields().names()
        net_settings = NetworkSettings(
            default_speed_kmh=float(settings.DEFAULT_SPEED_KMH.value()),
            highway_field="highway" if "highway" in names else "",
            oneway_field="oneway" if "oneway" in names else "",
        )
        try:
            self._lnet = CACHE.get(self.roads_layer, net_settings)
        except NetworkError as e:
            self.network_note = tr("Road network: {error}").format(error=e)
            get_logger().warning("Assign brush: %s", e)
            return None
        self._index = RoadIndex(self._lnet.network)
        self.network_note = tr("Road km and worst times on “{layer}” ({km:.0f} km of road).").format(
            layer=self.roads_layer.name(), km=self._lnet.network.total_length_m / 1000.0
        )
        return self._lnet

    def _station_snap(self, sid: str):
        if sid in self._snapped:
            return self._snapped[sid]
        station = self.stations.get(sid)
        lnet = self._lnet
        snapped = None
        if station is not None and lnet is not None:
            feature = self.stations_layer.getFeature(station.fid)
            geometry = feature.geometry()
            if not geometry.isNull() and not geometry.isEmpty():
                geometry.transform(
                    QgsCoordinateTransform(self.stations_layer.crs(), lnet.crs, QgsProject.instance())
                )
                point = geometry.asPoint() if not geometry.isMultipart() else geometry.asMultiPoint()[0]
                hit = lnet.network.snap(
                    np.array([[point.x(), point.y()]]), float(settings.SNAP_TOLERANCE_M.value())
                )
                snapped = hit if hit.ok.all() else None
        self._snapped[sid] = snapped
        return snapped

    def _zone_road(self, fid, transform):
        road = self._road.get(fid)
        if road is None:
            geometry = self.zones.getFeature(fid).geometry()
            if not geometry.isNull():
                geometry.transform(transform)
            road = zone_road(self._index, to_shape(geometry))
            self._road[fid] = road
        return road

    def _zone_road_m(self) -> dict:
        """Road metres per zone fid, measured as the zone workload and the duty map measure them."""
        if self._road_m is None:
            figures = measure_zones(self.zones, self.roads_layer, areas=False)
            self._road_m = {
                f.id(): float(m) for f, m in zip(figures.features, figures.road_m) if np.isfinite(m)
            }
        return self._road_m

    # ------------------------------------------------------------------ figures
    def refresh(self) -> None:
        self._timer.stop()
        if self._network_dirty:
            self._network_dirty = False
            self._drop_network()
        if self._stations_dirty:
            self._stations_dirty = False
            self._read_stations()
            self._snapped.clear()
            self._rows_cache.clear()
            self._times.clear()
        self.rows = []
        self.unassigned = 0
        if self.zones is None:
            self.updated.emit()
            return
        names = self.zones.fields().names()
        wanted = [n for n in (STATION_FIELD, CODE_FIELD, "category", "target_min") if n in names]
        request = (
            QgsFeatureRequest()
            .setFlags(QgsFeatureRequest.Flag.NoGeometry)
            .setSubsetOfAttributes(wanted, self.zones.fields())
        )
        assignment, targets, self.codes = {}, {}, {}
        for f in self.zones.getFeatures(request):
            values = {n: _clean(f[n]) for n in wanted}
            sid = values.get(STATION_FIELD)
            assignment[f.id()] = None if sid in (None, "") else str(sid)
            targets[f.id()] = zone_target(values, "target_min" if "target_min" in names else "")
            self.codes[f.id()] = str(values.get(CODE_FIELD, f.id()))
        times = {}
        lnet = self._network()
        road_m = self._zone_road_m() if lnet is not None else {}
        if lnet is not None:
            transform = QgsCoordinateTransform(self.zones.crs(), lnet.crs, QgsProject.instance())
            for fid, sid in assignment.items():
                road = self._zone_road(fid, transform)
                if sid is None:
                    continue
                key = (sid, fid)
                if key not in self._times:
                    snapped = self._station_snap(sid)
                    if snapped is None:
                        continue
                    row = self._rows_cache.get(sid)
                    offset = self.stations[sid].turnout_s
                    if row is None:
                        row = station_times(lnet.network, snapped, offset)
                        self._rows_cache[sid] = row
                    self._times[key] = zone_times(lnet.network, road, row, snapped, offset)
                times[key] = self._times[key]
        kinds = {sid: s.kind for sid, s in self.stations.items()}
        self.bounds = settings.station_bounds()
        self.rows = summarise(kinds, assignment, road_m, times, targets, bounds=self.bounds)
        self.unassigned = sum(1 for sid in assignment.values() if sid is None)
        self.has_network = lnet is not None
        self.updated.emit()

    def off_network(self) -> list[str]:
        return [sid for sid in self.stations if self._lnet is not None and self._station_snap(sid) is None]


def _swatch(color: QColor | None) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(color if color is not None else QColor(0, 0, 0, 0))
    return QIcon(pixmap)


def bounds_text(kind, bounds: StationBounds) -> str:
    low, high = bounds.for_kind(kind)
    return tr("{low}–{high}").format(low=low, high=high)


class ZoneLoadDock(QgsDockWidget):
    """Pick the station to paint with; see every station's load change as you paint."""

    station_changed = pyqtSignal(str)

    def __init__(self, iface=None, parent=None):
        super().__init__(tr("Zone assignment"), parent)
        self.setObjectName("PatrolMapZoneLoadDock")
        self.iface = iface
        self.model = ZoneLoadModel(self)
        self._current: str | None = None
        self._colors = {}
        body = QWidget()
        layout = QVBoxLayout(body)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Station:")))
        self.station_combo = QComboBox()
        self.station_combo.setObjectName("stationCombo")
        self.station_combo.setToolTip(
            tr(
                "The station the Assign brush gives zones to. Or click a station on the map, or Ctrl+click a zone to take its station."
            )
        )
        self.station_combo.currentIndexChanged.connect(self._combo_changed)
        row.addWidget(self.station_combo, 1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("loadTable")
        self.table.setHorizontalHeaderLabels([tr("Station"), tr("Zones"), tr("Road km"), tr("Worst min")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_STATION, QHeaderView.ResizeMode.Stretch)
        for col in (COL_ZONES, COL_ROAD, COL_WORST):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeaderItem(COL_WORST).setToolTip(
            tr(
                "Slowest response from the station to any road in its zones, turnout included (as the Coverage dock measures it)."
            )
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.cellClicked.connect(self._row_clicked)
        layout.addWidget(self.table, 1)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(f"color: {MUTED.name()};")
        layout.addWidget(self.note_label)
        self.setWidget(body)
        self.model.updated.connect(self._show)
        self._show()

    # ------------------------------------------------------------------ API for the brush
    def set_layer(self, layer) -> None:
        if layer is not None and layer is self.model.zones:
            return
        self.model.set_zone_layer(layer)
        if self.model.zones is not None:
            ensure_station_categories(self.model.zones, self.model.station_ids())
        self._fill_combo()
        self._show()

    def current_station(self) -> str | None:
        return self._current

    def showEvent(self, event):  # noqa: N802 - Qt's name
        # QGIS restores docks left open last session: show the active zones, not an empty table.
        if self.model.zones is None and self.iface is not None:
            zones = patrol_zones_for(self.iface.activeLayer())
            if zones is not None:
                self.set_layer(zones)
        super().showEvent(event)

    def set_current_station(self, station_id: str | None) -> None:
        if station_id == self._current:
            return
        self._current = station_id
        i = self.station_combo.findData(station_id)
        if i >= 0 and i != self.station_combo.currentIndex():
            self.station_combo.blockSignals(True)
            self.station_combo.setCurrentIndex(i)
            self.station_combo.blockSignals(False)
        if station_id is not None and self.model.zones is not None:
            ensure_station_categories(self.model.zones, [station_id])
        self._show()
        self.station_changed.emit(station_id or "")

    def color_of(self, station_id) -> QColor | None:
        return self._colors.get(station_id)

    def refresh_now(self) -> None:
        self.model.refresh()

    def cleanup(self) -> None:
        self.model.cleanup()

    # ------------------------------------------------------------------ display
    def _fill_combo(self) -> None:
        self._colors = station_colors(self.model.zones)
        ids = self.model.station_ids()
        self.station_combo.blockSignals(True)
        self.station_combo.clear()
        for sid in ids:
            station = self.model.stations.get(sid)
            label = sid if station is None or not station.name else f"{sid} · {station.name}"
            self.station_combo.addItem(_swatch(self._colors.get(sid)), label, sid)
        if self._current not in ids:
            self._current = ids[0] if ids else None
        i = self.station_combo.findData(self._current)
        self.station_combo.setCurrentIndex(max(i, 0) if ids else -1)
        self.station_combo.blockSignals(False)

    def _combo_changed(self, index: int) -> None:
        if index >= 0:
            self.set_current_station(self.station_combo.itemData(index))

    def _row_clicked(self, row: int, _column: int) -> None:
        item = self.table.item(row, COL_STATION)
        sid = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if sid:
            self.set_current_station(sid)

    def row_of(self, station_id) -> int:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, COL_STATION)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == station_id:
                return r
        return -1

    def _show(self) -> None:
        model = self.model
        if set(model.station_ids()) != {
            self.station_combo.itemData(i) for i in range(self.station_combo.count())
        }:
            self._fill_combo()
        self._colors = station_colors(model.zones) or self._colors
        self.table.setRowCount(len(model.rows))
        bold = QFont()
        bold.setBold(True)
        out_of_bounds = late_stations = 0
        for r, load in enumerate(model.rows):
            station = model.stations.get(load.station_id)
            # Real road data has stubs no car reaches; mark it when it is more than a trace.
            marked = load.unreached_m > UNREACHED_SHARE * load.road_km * 1000.0
            cells = [
                load.station_id,
                str(load.zones),
                "—" if not model.has_network else f"{load.road_km:.1f}",
                _minutes(load.worst_min, model.has_network) + (" *" if marked else ""),
            ]
            tip = tr("{station}: {count} zones; wanted {bounds}.").format(
                station=load.station_id, count=load.zones, bounds=bounds_text(load.kind, model.bounds)
            )
            if station is not None and station.name:
                tip = station.name + "\n" + tip
            if load.late:
                late = ", ".join(
                    tr("{code} ({pct:.0f} %)").format(code=model.codes.get(z, z), pct=pct)
                    for z, pct in sorted(load.late, key=lambda item: str(model.codes.get(item[0])))
                )
                tip += "\n" + tr(
                    "Zones whose road is not all reached within their response target (share in time): {zones}"
                ).format(zones=late)
            if load.unreached_m >= 1.0:
                tip += "\n" + tr(
                    "* {metres:.0f} m of road in its zones cannot be reached from the station (one-way streets or roads not connected); the time is for the rest."
                ).format(metres=load.unreached_m)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                if c != COL_STATION:
                    item.setTextAlignment(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
                if load.status != "ok":
                    item.setBackground(QBrush(LOW_TINT if load.status == "low" else HIGH_TINT))
                if load.station_id == self._current:
                    item.setFont(bold)
                if c == COL_WORST and load.late:
                    item.setForeground(QBrush(LATE_TEXT))
                self.table.setItem(r, c, item)
            first = self.table.item(r, COL_STATION)
            first.setData(Qt.ItemDataRole.UserRole, load.station_id)
            first.setIcon(_swatch(self._colors.get(load.station_id)))
            if load.status != "ok":
                out_of_bounds += 1
            if load.late:
                late_stations += 1
        parts = []
        if out_of_bounds:
            parts.append(
                tr(
                    "Stations outside their zone range ({low}–{high}; mobile platforms at least {platform}), "
                    "shaded: {count}."
                ).format(
                    low=model.bounds.min_zones,
                    high=model.bounds.max_zones,
                    platform=model.bounds.min_platform_zones,
                    count=out_of_bounds,
                )
            )
        if late_stations:
            parts.append(
                tr(
                    "Stations with zones not reached within their response target, worst time in red: {count}."
                ).format(count=late_stations)
            )
        if model.unassigned:
            parts.append(tr("Zones without a station: {count}.").format(count=model.unassigned))
        if not parts and model.rows:
            parts.append(
                tr("Every station within its zone range and its response targets; every zone assigned.")
                if model.has_network
                else tr("Every station within its zone range; every zone assigned.")
            )
        self.summary_label.setText(" ".join(parts))
        if model.zones is None:
            self.summary_label.setText(
                tr("Make a patrol zones layer the active layer and choose the Assign brush.")
            )
        off = model.off_network()
        note = model.network_note
        if off:
            note += " " + tr("Not on the road network (no time): {ids}.").format(ids=", ".join(off))
        self.note_label.setText(note.strip())


def _minutes(value, has_network: bool) -> str:
    if not has_network or value is None:
        return "—"
    return f"{value:.1f}"
