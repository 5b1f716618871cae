"""Plans between QGIS layers and ``core.plans``: take the map as a plan, keep a plan in the
command map's ``plans`` table, put new posts on the stations layer."""

from __future__ import annotations

import datetime as dt

from qgis.core import QgsCoordinateTransform, QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QDateTime

from .core.plans import Plan, PlanItem, plan_rows
from .i18n import tr

PLAN_KEYS = {"stations": "station_id", "patrol_zones": "zone_code"}


def _plain(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        return value.toString("yyyy-MM-ddTHH:mm:ss")
    return value


def _items(layer: QgsVectorLayer, which: str) -> list[PlanItem]:
    key = PLAN_KEYS[which]
    names = layer.fields().names()
    items = []
    for feature in layer.getFeatures():
        item_id = _plain(feature[key]) if key in names else feature.id()
        if item_id in (None, ""):
            continue
        attributes = {n: _plain(feature[n]) for n in names if n not in (key, "fid")}
        items.append(PlanItem(which, str(item_id), attributes, feature.geometry().asWkt(3)))
    return items


def current_plan(stations: QgsVectorLayer, zones: QgsVectorLayer | None, name: str = "current") -> Plan:
    """The map as it is, as a plan (geometry in each layer's own CRS: the command map's)."""
    return Plan(
        name, _items(stations, "stations"), _items(zones, "patrol_zones") if zones is not None else []
    )


def new_posts(posts, to_crs) -> list[tuple[str, str, QgsPointXY]]:
    """(site id, kind, point in ``to_crs``) of a siteposts answer's posts (OUTPUT layer or
    feature source); with periods, each site once."""
    transform = QgsCoordinateTransform(
        posts.sourceCrs() if hasattr(posts, "sourceCrs") else posts.crs(), to_crs, QgsProject.instance()
    )
    out, seen = [], set()
    for f in posts.getFeatures():
        sid = str(f["site_id"])
        if sid in seen or f.geometry().isNull():
            continue
        seen.add(sid)
        g = QgsGeometry(f.geometry())
        g.transform(transform)
        out.append((sid, str(f["kind"]), g.asPoint()))
    return out


def with_new_posts(plan: Plan, posts, stations_crs, kind: str = "mobile_platform") -> Plan:
    """A copy of ``plan`` with the answer's new posts added as stations of ``kind``."""
    have = {s.item_id for s in plan.stations}
    added = [
        PlanItem("stations", sid, {"kind": kind, "name": sid}, QgsGeometry.fromPointXY(p).asWkt(3))
        for sid, k, p in new_posts(posts, stations_crs)
        if k == "new" and sid not in have
    ]
    return Plan(plan.name, [*plan.stations, *added], list(plan.zones))


def table_rows(table: QgsVectorLayer) -> list[dict]:
    names = table.fields().names()
    return [{n: _plain(f[n]) for n in names} for f in table.getFeatures()]


def save_plan(table: QgsVectorLayer, name: str, plan: Plan, notes: str = "") -> tuple[bool, str]:
    """Write the plan's rows in one commit; on any failure nothing is written and the table's
    edit buffer is as it was. Returns (saved, message for the user)."""
    rows = plan_rows(name, [*plan.stations, *plan.zones], dt.datetime.now(), notes)
    if any(r["plan"] == name.strip() for r in table_rows(table)):
        return False, tr("A plan named “{name}” exists already.").format(name=name)
    if table.isEditable():
        return False, tr("The plans table is being edited; save or discard those edits first.")
    fields = table.fields()
    features = []
    for row in rows:
        f = QgsFeature(fields)
        for key, value in row.items():
            if fields.indexOf(key) >= 0:
                f[key] = QDateTime(value) if isinstance(value, dt.datetime) else value
        features.append(f)
    table.startEditing()
    if not table.addFeatures(features) or not table.commitChanges():
        errors = "; ".join(table.commitErrors()) if hasattr(table, "commitErrors") else ""
        table.rollBack()
        return False, tr("The plan was not saved: {error}").format(
            error=errors or tr("the table refused the rows")
        )
    return True, tr("Plan “{name}” saved: {stations} stations, {zones} zones.").format(
        name=name, stations=len(plan.stations), zones=len(plan.zones)
    )


def apply_posts(
    stations: QgsVectorLayer, posts: list[tuple[str, str, QgsPointXY]], kind: str = "mobile_platform"
) -> int:
    """Add new posts (site id, kind of the answer, point in the stations layer's CRS) to the
    stations layer as one undo step in its edit buffer; the user saves or undoes it. Posts
    whose id is already on the layer are left alone. Returns the number added."""
    names = stations.fields().names()
    existing = {str(f["station_id"]) for f in stations.getFeatures()} if "station_id" in names else set()
    new = [(sid, p) for sid, k, p in posts if k == "new" and sid not in existing]
    if not new:
        return 0
    if not stations.isEditable():
        stations.startEditing()
    stations.beginEditCommand(tr("Apply siting answer"))
    ok = True
    for sid, point in new:
        f = QgsFeature(stations.fields())
        f.setGeometry(QgsGeometry.fromPointXY(point))
        if "station_id" in names:
            f["station_id"] = sid
        if "kind" in names:
            f["kind"] = kind
        if "name" in names:
            f["name"] = sid
        ok = stations.addFeature(f) and ok
    if not ok:
        stations.destroyEditCommand()
        return 0
    stations.endEditCommand()
    return len(new)
