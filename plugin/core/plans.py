"""Deployment plans: named copies of the stations and zones, and the figures that compare two.

A plan is rows of the command map's ``plans`` table (``schema.PLANS``): one per station or
zone, its other attributes as a JSON object and its geometry as WKT. Reading is total: every
row is taken or rejected with the reason, and a plan with a rejected row is not used at all.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .rules import StationBounds
from .schema import PLAN_LAYERS, ZONE_CATEGORIES

CURRENT = "current"  # the stations and zones as they are on the map


class PlanError(ValueError):
    """A plan cannot be read; ``problems`` lists (row number, reason) for every bad row."""

    def __init__(self, message: str, problems=()):
        super().__init__(message)
        self.problems = list(problems)


@dataclass
class PlanItem:
    layer: str  # "stations" | "patrol_zones"
    item_id: str
    attributes: dict
    wkt: str


@dataclass
class Plan:
    name: str
    stations: list[PlanItem] = field(default_factory=list)
    zones: list[PlanItem] = field(default_factory=list)


def plan_rows(name: str, items: Iterable[PlanItem], created_at=None, notes: str = "") -> list[dict]:
    """Rows for the ``plans`` table."""
    name = (name or "").strip()
    if not name:
        raise PlanError("a plan needs a name")
    if name.lower() == CURRENT:
        raise PlanError(f"“{CURRENT}” names the map as it is; choose another name")
    rows = []
    for item in items:
        if item.layer not in PLAN_LAYERS:
            raise PlanError(f"{item.layer!r} is not a layer a plan keeps")
        rows.append(
            {
                "plan": name,
                "layer": item.layer,
                "item_id": str(item.item_id),
                "attributes": json.dumps(item.attributes, ensure_ascii=False, default=str, sort_keys=True),
                "geometry_wkt": item.wkt,
                "created_at": created_at,
                "notes": notes,
            }
        )
    return rows


def read_plan(rows: Sequence[Mapping], name: str) -> Plan:
    """The plan ``name`` from table rows (others are ignored)."""
    plan = Plan(name)
    problems = []
    seen = set()
    for number, row in enumerate(rows, start=1):
        if str(row.get("plan") or "").strip() != name:
            continue
        layer = row.get("layer")
        item_id = row.get("item_id")
        if layer not in PLAN_LAYERS:
            problems.append((number, f"layer {layer!r} is not stations or patrol_zones"))
            continue
        if item_id in (None, ""):
            problems.append((number, "no item_id"))
            continue
        if (layer, str(item_id)) in seen:
            problems.append((number, f"{layer} {item_id} twice"))
            continue
        seen.add((layer, str(item_id)))
        try:
            attributes = json.loads(row.get("attributes") or "{}")
            if not isinstance(attributes, dict):
                raise ValueError("not an object")
        except ValueError as e:
            problems.append((number, f"attributes are not a JSON object ({e})"))
            continue
        wkt = row.get("geometry_wkt") or ""
        if not wkt.strip():
            problems.append((number, "no geometry"))
            continue
        item = PlanItem(layer, str(item_id), attributes, wkt)
        (plan.stations if layer == "stations" else plan.zones).append(item)
    if problems:
        raise PlanError(f"plan “{name}” has {len(problems)} unreadable rows", problems)
    if not plan.stations and not plan.zones:
        raise PlanError(f"there is no plan “{name}”")
    return plan


def plan_names(rows: Iterable[Mapping]) -> list[str]:
    """Plan names in the order they first appear."""
    out: list[str] = []
    for row in rows:
        name = str(row.get("plan") or "").strip()
        if name and name not in out:
            out.append(name)
    return out


# --------------------------------------------------------------------------- figures
@dataclass
class PlanFigures:
    zones_compliant: dict  # category → (compliant, total)
    covered_pct: float | None  # share of all zones' road within target
    backup_pct: float | None  # ...and within target of a second station
    worst_min: float | None
    mean_min: float | None
    key_sites_met: tuple[int, int]  # (met, total)
    stations_in_bounds: tuple[int, int]  # (within the zone-count rule, total)


def figures(
    zone_results: Sequence,
    categories: Sequence[str],
    key_site_minutes: Sequence[float],
    key_site_targets: Sequence[float],
    station_kinds: Mapping[str, str | None],
    zone_station: Sequence[str | None],
) -> PlanFigures:
    """One plan's figures from ``core.coverage`` zone results (one per zone)."""
    per: dict[str, list[int]] = {c: [0, 0] for c in ZONE_CATEGORIES}
    road = covered = backup = weighted = 0.0
    reached_road = 0.0
    worst = None
    for result, category in zip(zone_results, categories):
        c = category if category in per else "other"
        per[c][1] += 1
        if result is None:
            continue
        per[c][0] += int(bool(result.compliant))
        if result.road_m > 0 and result.covered_pct is not None:
            road += result.road_m
            covered += result.road_m * result.covered_pct / 100.0
            backup += result.road_m * (result.backup_pct or 0.0) / 100.0
        if result.mean_min is not None:
            reach = result.road_m - result.unreached_m
            weighted += result.mean_min * reach
            reached_road += reach
        if result.worst_min is not None:
            worst = result.worst_min if worst is None else max(worst, result.worst_min)
    met = sum(1 for t, g in zip(key_site_minutes, key_site_targets) if math.isfinite(t) and t <= g + 1e-9)
    counts: dict[str, int] = {sid: 0 for sid in station_kinds}
    for sid in zone_station:
        if sid in counts:
            counts[sid] += 1
    in_bounds = sum(
        1 for sid, kind in station_kinds.items() if StationBounds().status(kind, counts[sid]) == "ok"
    )
    return PlanFigures(
        {c: tuple(v) for c, v in per.items()},
        covered / road * 100.0 if road else None,
        backup / road * 100.0 if road else None,
        worst,
        weighted / reached_road if reached_road else None,
        (met, len(key_site_targets)),
        (in_bounds, len(station_kinds)),
    )


def posts_moved(
    a: Mapping[str, tuple[float, float]], b: Mapping[str, tuple[float, float]], tolerance: float = 1.0
):
    """(moved, added, removed) station ids between plan A and plan B (positions in metres)."""
    moved = sorted(s for s in a if s in b and math.dist(a[s], b[s]) > tolerance)
    return moved, sorted(s for s in b if s not in a), sorted(s for s in a if s not in b)


def comparison_rows(
    fa: PlanFigures, fb: PlanFigures, moved, added, removed
) -> list[tuple[str, object, object]]:
    """(figure, plan A, plan B) rows in the order a commander reads them. Figure keys are
    stable English codes; the adapter words them."""
    rows: list[tuple[str, object, object]] = []
    for c in ZONE_CATEGORIES:
        rows.append((f"zones_compliant_{c}", _ratio(fa.zones_compliant[c]), _ratio(fb.zones_compliant[c])))
    rows += [
        ("covered_pct", fa.covered_pct, fb.covered_pct),
        ("backup_pct", fa.backup_pct, fb.backup_pct),
        ("worst_min", fa.worst_min, fb.worst_min),
        ("mean_min", fa.mean_min, fb.mean_min),
        ("key_sites_met", _ratio(fa.key_sites_met), _ratio(fb.key_sites_met)),
        ("stations_in_bounds", _ratio(fa.stations_in_bounds), _ratio(fb.stations_in_bounds)),
        ("posts_moved", 0, len(moved)),
        ("posts_added", 0, len(added)),
        ("posts_removed", 0, len(removed)),
    ]
    return rows


def _ratio(pair) -> str:
    return f"{pair[0]}/{pair[1]}"
