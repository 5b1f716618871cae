"""The live-layer rules without QGIS: out-of-order, duplicates, not reported, stale and offline."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from plugin.core.feed import IncidentRecord, UnitRecord
from plugin.core.live import (
    OFFLINE_AFTER_S,
    STALE_AFTER_S,
    IncidentBook,
    UnitBook,
    display_state,
    moved,
    seen_minutes,
)

T0 = datetime(2024, 5, 20, 8, 0, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self, start=T0):
        self.t = start

    def __call__(self):
        return self.t

    def step(self, seconds: float):
        self.t += timedelta(seconds=seconds)


def unit(uid, x=24.94, y=60.17, t=T0, status="available", **kw):
    return UnitRecord(uid, x, y, t, status=status, **kw)


def test_new_then_moved_then_unchanged():
    clock = Clock()
    book = UnitBook(clock)
    c = book.update([unit("A"), unit("B", status="busy")], T0)
    assert [v.unit_id for v in c.new] == ["A", "B"] and not c.changed
    assert book.counts()["available"] == 1 and book.counts()["busy"] == 1
    clock.step(5)
    c = book.update(
        [unit("A", x=24.95, t=T0 + timedelta(seconds=5)), unit("B", status="busy")], T0 + timedelta(seconds=5)
    )
    assert not c.new and len(c.changed) == 1
    before, after = c.changed[0]
    assert after.unit_id == "A" and moved(before, after)
    # The same snapshot again changes nothing.
    assert not book.update([unit("A", x=24.95, t=T0 + timedelta(seconds=5)), unit("B", status="busy")])


def test_the_book_shows_what_the_merge_rules_decide():
    """The rules themselves are core.feed.merge_units' (tests/core/test_feed.py); here, that the
    book shows their verdicts: an older report leaves the held unit where it was (still reported),
    duplicates are counted and the newest one is drawn."""
    clock = Clock(T0 + timedelta(seconds=30))
    book = UnitBook(clock)
    book.update([unit("A", x=25.0, t=T0 + timedelta(seconds=10)), unit("B")])
    book.update([unit("A", x=25.0, t=T0 + timedelta(seconds=10))])  # B not in it
    c = book.update(
        [
            unit("A", x=20.0, t=T0),
            unit("B", x=1.0, t=T0 + timedelta(seconds=20)),
            unit("B", x=2.0, t=T0),
            unit("B", x=3.0, t=T0 + timedelta(seconds=10)),
        ]
    )
    assert c.ignored_older == ["A"] and c.duplicates == 2 and not c.new
    assert book.views["A"].record.lon == 25.0 and book.views["A"].reported
    assert [(b.unit_id, b.state, a.state, a.record.lon) for b, a in c.changed] == [
        ("B", "not_reporting", "available", 1.0)
    ]


def test_a_snapshot_older_than_the_last_applied_is_ignored():
    book = UnitBook(Clock())
    book.update([unit("A")], T0 + timedelta(seconds=10))
    c = book.update([], T0)
    assert c.stale_snapshot and book.views["A"].reported


def test_missing_unit_is_marked_not_reported_and_kept():
    book = UnitBook(Clock())
    book.update([unit("A"), unit("B")])
    c = book.update([unit("A")])
    assert [(b.unit_id, b.reported, a.reported, a.state) for b, a in c.changed] == [
        ("B", True, False, "not_reporting")
    ]
    assert set(book.views) == {"A", "B"}
    c = book.update([unit("A"), unit("B")])
    assert [(a.unit_id, a.reported, a.state) for _, a in c.changed] == [("B", True, "available")]


def test_stale_then_offline_as_the_clock_runs():
    clock = Clock()
    book = UnitBook(clock)
    book.update([unit("A", status="busy")])
    clock.step(STALE_AFTER_S)  # exactly 90 s: still fresh
    assert not book.tick()
    clock.step(1)
    c = book.tick()
    assert [(b.state, a.state, a.seen_min) for b, a in c.changed] == [("busy", "stale", 1)]
    clock.step(180 - 91)  # 3 min
    [(_, after)] = book.tick().changed
    assert (after.state, after.seen_min) == ("stale", 3)
    clock.step(10)  # same minute: nothing to redraw
    assert not book.tick()
    clock.step(OFFLINE_AFTER_S - 190 + 1)
    [(_, after)] = book.tick().changed
    assert (after.state, after.seen_min) == ("offline", 10)
    assert book.counts()["offline"] == 1 and book.counts()["busy"] == 0
    # A fresh fix brings it back.
    c = book.update([unit("A", status="available", t=clock())])
    [(_, after)] = c.changed
    assert (after.state, after.seen_min) == ("available", None)


def test_states_and_minutes():
    assert display_state("available", True, 0) == "available"
    assert display_state("available", False, 10) == "not_reporting"
    assert display_state("weird", True, 10) == "unknown"
    assert display_state(None, True, 10) == "unknown"
    assert display_state("available", True, 91) == "stale"
    assert display_state("available", False, 601) == "offline"
    assert seen_minutes("available", 30) is None
    assert seen_minutes("stale", 150) == 2
    assert seen_minutes("offline", 3 * 3600 + 59 * 60) == 180  # whole hours past the first


def test_future_timestamps_count_as_fresh():
    book = UnitBook(Clock())
    book.update([unit("A", t=T0 + timedelta(minutes=5))])
    assert book.views["A"].state == "available"


def test_trails_are_bounded_and_only_grow_on_movement():
    book = UnitBook(Clock(), trail_length=3)
    for k in range(5):
        c = book.update([unit("A", x=24.0 + k, t=T0 + timedelta(seconds=k)), unit("B")])
        assert list(c.trails["A"])[-1] == (24.0 + k, 60.17)
    assert len(book.trails["A"]) == 3
    assert list(book.trails["A"]) == [(26.0, 60.17), (27.0, 60.17), (28.0, 60.17)]
    c = book.update([unit("A", x=28.0, t=T0 + timedelta(seconds=9)), unit("B")])
    assert "A" not in c.trails and "B" not in c.trails
    book.set_trail_length(2)
    assert list(book.trails["A"]) == [(27.0, 60.17), (28.0, 60.17)]
    book.set_trail_length(0)
    assert not book.trails
    assert not book.update([unit("A", x=30.0, t=T0 + timedelta(seconds=20)), unit("B")]).trails


def test_incidents_new_changed_gone_and_duplicates():
    book = IncidentBook()
    a = IncidentRecord("I-1", 1.0, 2.0, T0, status="open")
    b = IncidentRecord("I-2", 1.0, 2.0, T0, status="open")
    c = book.update([a, b], T0)
    assert len(c.new) == 2
    c = book.update(
        [
            IncidentRecord("I-1", 1.0, 2.0, T0, status="assigned", assigned_unit="U-1"),
            IncidentRecord("I-1", 9.0, 9.0, T0 - timedelta(hours=1), status="open"),
        ],
        T0 + timedelta(seconds=5),
    )
    assert c.duplicates == 1
    assert [(x.status, y.status) for x, y in c.changed] == [("open", "assigned")]
    assert [g.incident_id for g in c.gone] == ["I-2"]
    assert book.counts() == {"open": 0, "assigned": 1, "closed": 0, "unknown": 0}
    assert book.update([], T0).stale_snapshot


@pytest.mark.parametrize("length", [1, 5])
def test_trail_length_bound_holds_for_many_moves(length):
    book = UnitBook(Clock(), trail_length=length)
    for k in range(50):
        book.update([unit("A", x=float(k), t=T0 + timedelta(seconds=k))])
        assert len(book.trails["A"]) <= length
