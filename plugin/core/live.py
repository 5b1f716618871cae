"""What the live layers should show, decided without QGIS.

The feed hands over full snapshots (``core.feed.Snapshot``). ``UnitBook`` and ``IncidentBook``
keep what the map currently shows, by id, and answer each snapshot (and each tick of the clock)
with only what changed: new records, changed records, records gone. The QGIS adapter
(``plugin/dispatch/live_layers.py``) turns that into a few batched provider calls.

Rules (issue 5):
- a snapshot older than the last one applied is ignored as a whole (here);
- within a snapshot, duplicate ids keep the newest record; a unit update older than what is held
  for that unit is ignored (its position stays); a unit missing from a snapshot is kept, marked
  not reported: ``core.feed.merge_units``/``merge_incidents``, the one implementation of these
  rules, which the books call;
- an incident missing from a snapshot has left the dispatch system's list and leaves the map;
- a unit whose last fix is older than ``STALE_AFTER_S`` is drawn stale, older than
  ``OFFLINE_AFTER_S`` offline, whatever its last status said.

The clock is a function passed in (``core.feed.utc_now`` by default), so tests can step time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from .feed import IncidentRecord, UnitRecord, merge_incidents, merge_units, utc_now
from .schema import INCIDENT_STATUSES, UNIT_STATUSES

STALE_AFTER_S = 90.0
OFFLINE_AFTER_S = 600.0

# What the map shows for a unit: the feed's statuses (schema.UNIT_STATUSES), then what the map
# adds. "offline" covers both a unit the feed calls offline and one silent for longer than
# OFFLINE_AFTER_S.
UNIT_STATES = (*UNIT_STATUSES, "stale", "not_reporting", "unknown")


def display_state(status: str | None, reported: bool, age_s: float) -> str:
    if age_s > OFFLINE_AFTER_S:
        return "offline"
    if age_s > STALE_AFTER_S:
        return "stale"
    if not reported:
        return "not_reporting"
    if status in UNIT_STATUSES:
        return status
    return "unknown"


def seen_minutes(state: str, age_s: float) -> int | None:
    """Whole minutes since the last fix, for the "last seen … ago" label of silent units.

    None for units drawn fresh (no label needed). Beyond an hour, whole hours (in minutes), so
    the label of a long-silent unit changes once an hour, not once a minute.
    """
    if age_s <= STALE_AFTER_S:
        return None
    minutes = int(age_s // 60.0)
    return minutes if minutes < 60 else (minutes // 60) * 60


class UnitView(NamedTuple):
    """One unit as the layer shows it: the record, whether it was in the last snapshot, and the
    state and "last seen" minutes at the time the view was made. (A named tuple: thousands are
    made per update, and comparing two is comparing tuples.)"""

    record: UnitRecord
    reported: bool
    state: str
    seen_min: int | None

    @property
    def unit_id(self) -> str:
        return self.record.unit_id


@dataclass
class UnitChanges:
    new: list[UnitView] = field(default_factory=list)
    # (before, after) for units whose view changed; moved = position changed.
    changed: list[tuple[UnitView, UnitView]] = field(default_factory=list)
    trails: dict[str, list[tuple[float, float]]] = field(default_factory=dict)  # unit → its whole trail
    ignored_older: list[str] = field(default_factory=list)
    duplicates: int = 0
    stale_snapshot: bool = False

    def __bool__(self) -> bool:
        return bool(self.new or self.changed or self.trails)


def _age_s(record_time: datetime, now: datetime) -> float:
    return max(0.0, (now - record_time).total_seconds())


@dataclass
class UnitPlan:
    """What a snapshot will make of the book, computed without changing it (so it can be made
    off the GUI thread while the GUI thread reads the book); ``UnitBook.commit`` applies it."""

    changes: UnitChanges
    views: dict[str, UnitView]
    trails: dict[str, tuple]
    last_fetched: datetime | None


class UnitBook:
    """The units on the map, by id.

    ``views`` and ``trails`` are replaced, never changed in place, by ``commit``: a plan made from
    them in another thread never sees them half-updated. (``tick`` changes ``views`` in place; the
    live layers never tick while a plan is being made.)
    """

    def __init__(self, now: Callable[[], datetime] = utc_now, trail_length: int = 0):
        self.now = now
        self.trail_length = max(0, int(trail_length))
        self.views: dict[str, UnitView] = {}
        self.trails: dict[str, tuple] = {}  # unit → its last positions, oldest first
        self.last_fetched: datetime | None = None

    def set_trail_length(self, length: int) -> None:
        self.trail_length = max(0, int(length))
        if not self.trail_length:
            self.trails = {}
        else:
            self.trails = {uid: trail[-self.trail_length :] for uid, trail in self.trails.items()}

    def _view(self, record: UnitRecord, reported: bool, now: datetime) -> UnitView:
        age = _age_s(record.updated_at, now)
        state = display_state(record.status, reported, age)
        return UnitView(record, reported, state, seen_minutes(state, age))

    def plan(self, records: Iterable[UnitRecord], fetched_at: datetime | None = None) -> UnitPlan:
        """What a full units snapshot changes, without changing anything yet."""
        changes = UnitChanges()
        if fetched_at is not None and self.last_fetched is not None and fetched_at < self.last_fetched:
            changes.stale_snapshot = True
            return UnitPlan(changes, self.views, self.trails, self.last_fetched)
        held_views = self.views
        merge = merge_units(self.held_records(), records)
        changes.ignored_older, changes.duplicates = merge.outdated_ids, merge.duplicates
        views: dict[str, UnitView] = {}
        now = self.now()
        view = self._view
        for record in merge.changed:
            before = held_views.get(record.unit_id)
            after = views[record.unit_id] = view(record, True, now)
            if before is None:
                changes.new.append(after)
            elif after != before:
                changes.changed.append((before, after))
        # Reported but not changed (or an older report, ignored): the held record, reported, re-aged.
        for reported, unit_ids in (
            (True, merge.unchanged_ids),
            (True, merge.outdated_ids),
            (False, merge.not_reported_ids),
        ):
            for unit_id in unit_ids:
                before = held_views[unit_id]
                after = views[unit_id] = view(before.record, reported, now)
                if after != before:
                    changes.changed.append((before, after))
        trails = self._grow_trails(views, merge.not_reported_ids, changes) if self.trail_length else {}
        return UnitPlan(changes, views, trails, fetched_at if fetched_at is not None else self.last_fetched)

    def held_records(self) -> dict[str, UnitRecord]:
        """The record held for each unit (what ``merge_units`` compares a snapshot with)."""
        return {unit_id: v.record for unit_id, v in self.views.items()}

    def _grow_trails(self, views: dict[str, UnitView], not_reported: list[str], changes: UnitChanges) -> dict:
        """Each reported unit's trail, its position added when it differs from the trail's last."""
        trails = dict(self.trails)
        length = self.trail_length
        silent = set(not_reported)
        for unit_id, v in views.items():
            if unit_id in silent:
                continue
            trail = trails.get(unit_id, ())
            position = (v.record.lon, v.record.lat)
            if not trail or trail[-1] != position:
                trail = (*trail[-(length - 1) :], position) if length > 1 else (position,)
                trails[unit_id] = trail
                changes.trails[unit_id] = list(trail)
        return trails

    def commit(self, plan: UnitPlan) -> None:
        if plan.changes.stale_snapshot:
            return
        self.views, self.trails, self.last_fetched = plan.views, plan.trails, plan.last_fetched

    def update(self, records: Iterable[UnitRecord], fetched_at: datetime | None = None) -> UnitChanges:
        """Apply a full units snapshot; return what changed."""
        plan = self.plan(records, fetched_at)
        self.commit(plan)
        return plan.changes

    def tick(self) -> UnitChanges:
        """Re-age every unit at the clock's time: stale/offline states and "last seen" minutes."""
        changes = UnitChanges()
        now = self.now()
        for unit_id, before in self.views.items():
            after = self._view(before.record, before.reported, now)
            if after != before:
                changes.changed.append((before, after))
                self.views[unit_id] = after
        return changes

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(UNIT_STATES, 0)
        for view in self.views.values():
            out[view.state] += 1
        return out

    def available(self) -> list[UnitView]:
        return [v for v in self.views.values() if v.state == "available"]


@dataclass
class IncidentChanges:
    new: list[IncidentRecord] = field(default_factory=list)
    changed: list[tuple[IncidentRecord, IncidentRecord]] = field(default_factory=list)
    gone: list[IncidentRecord] = field(default_factory=list)
    duplicates: int = 0
    stale_snapshot: bool = False

    def __bool__(self) -> bool:
        return bool(self.new or self.changed or self.gone)


class IncidentBook:
    """The incidents on the map, by id. An incident the feed no longer lists has left the
    dispatch system's list (closed and archived) and leaves the map too."""

    def __init__(self):
        self.records: dict[str, IncidentRecord] = {}
        self.last_fetched: datetime | None = None

    def update(
        self, records: Iterable[IncidentRecord], fetched_at: datetime | None = None
    ) -> IncidentChanges:
        changes = IncidentChanges()
        if fetched_at is not None and self.last_fetched is not None and fetched_at < self.last_fetched:
            changes.stale_snapshot = True
            return changes
        if fetched_at is not None:
            self.last_fetched = fetched_at
        merge = merge_incidents(self.records, records)
        changes.duplicates = merge.duplicates
        for record in merge.changed:
            before = self.records.get(record.incident_id)
            if before is None:
                changes.new.append(record)
            else:
                changes.changed.append((before, record))
            self.records[record.incident_id] = record
        for incident_id in merge.not_reported_ids:
            changes.gone.append(self.records.pop(incident_id))
        return changes

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys((*INCIDENT_STATUSES, "unknown"), 0)
        for record in self.records.values():
            out[record.status if record.status in out else "unknown"] += 1
        return out


def moved(before: UnitView, after: UnitView) -> bool:
    return (before.record.lon, before.record.lat) != (after.record.lon, after.record.lat)
