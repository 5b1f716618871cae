"""Rotation patterns and the roster generator (plugin/core/roster.py)."""

import datetime as dt

import pytest

from plugin.core import roster
from plugin.core.roster import DAY, NIGHT, OFF, RosterError, Team

D = dt.date
ANCHOR = D(2024, 5, 1)  # 一班 starts its first day shift on 1 May


def _teams(station="PS-01"):
    return [Team(station, name, leader=f"{name}长") for name in roster.DEFAULT_TEAM_NAMES]


def _who(rows, day, shift, station="PS-01"):
    found = [r.team for r in rows if r.duty_date == day and r.shift == shift and r.station_id == station]
    assert len(found) == 1, (day, shift, found)
    return found[0]


def test_four_teams_two_shifts_is_the_8_day_cycle():
    rotation = roster.FOUR_TEAMS_TWO_SHIFTS
    assert rotation.cycle == (DAY, DAY, NIGHT, NIGHT, OFF, OFF, OFF, OFF)
    assert rotation.stride == 2 and rotation.teams == 4
    assert roster.cover_problems(rotation) == []
    # Team 0 over its first cycle and into the next.
    seq = [rotation.shift_of(ANCHOR, ANCHOR + dt.timedelta(days=i), 0) for i in range(10)]
    assert seq == [DAY, DAY, NIGHT, NIGHT, OFF, OFF, OFF, OFF, DAY, DAY]


@pytest.mark.parametrize(
    ("day", "day_team", "night_team"),
    [
        (D(2024, 5, 1), "一班", "四班"),
        (D(2024, 5, 2), "一班", "四班"),
        (D(2024, 5, 3), "二班", "一班"),
        (D(2024, 5, 5), "三班", "二班"),
        (D(2024, 5, 7), "四班", "三班"),
        (D(2024, 5, 9), "一班", "四班"),
        (D(2024, 5, 31), "四班", "三班"),  # 30 days after the anchor: 30 mod 8 = 6
    ],
)
def test_right_team_on_given_dates(day, day_team, night_team):
    rows = roster.generate_month(roster.FOUR_TEAMS_TWO_SHIFTS, ANCHOR, _teams(), 2024, 5)
    assert _who(rows, day, DAY) == day_team
    assert _who(rows, day, NIGHT) == night_team


def test_the_rotation_runs_on_across_month_ends():
    teams = _teams()
    may = roster.generate_month(roster.FOUR_TEAMS_TWO_SHIFTS, ANCHOR, teams, 2024, 5)
    june = roster.generate_month(roster.FOUR_TEAMS_TWO_SHIFTS, ANCHOR, teams, 2024, 6)
    # 四班's two day shifts straddle the month end (31 May, 1 June); it goes to nights on 2 June,
    # when 一班 comes back on days.
    assert _who(may, D(2024, 5, 30), DAY) == "三班"
    assert _who(may, D(2024, 5, 31), DAY) == "四班"
    assert _who(june, D(2024, 6, 1), DAY) == "四班"
    assert _who(june, D(2024, 6, 1), NIGHT) == "三班"
    assert _who(june, D(2024, 6, 2), DAY) == "一班"
    assert _who(june, D(2024, 6, 2), NIGHT) == "四班"
    # The same answer whether generated month by month or in one run.
    both = roster.generate(
        roster.FOUR_TEAMS_TWO_SHIFTS, ANCHOR, teams, roster.month_days(2024, 5) + roster.month_days(2024, 6)
    )
    assert both == may + june
    # Dates before the anchor follow the same cycle backwards.
    april = roster.generate_month(roster.FOUR_TEAMS_TWO_SHIFTS, ANCHOR, teams, 2024, 4)
    assert _who(april, D(2024, 4, 30), DAY) == "四班"
    assert _who(april, D(2024, 4, 30), NIGHT) == "三班"
    # Year end and a leap day.
    feb = roster.generate_month(roster.FOUR_TEAMS_TWO_SHIFTS, D(2023, 12, 31), teams, 2024, 2)
    assert len({r.duty_date for r in feb}) == 29
    dec = roster.generate_month(roster.FOUR_TEAMS_TWO_SHIFTS, D(2023, 12, 31), teams, 2023, 12)
    assert _who(dec, D(2023, 12, 31), DAY) == "一班"
    jan = roster.generate_month(roster.FOUR_TEAMS_TWO_SHIFTS, D(2023, 12, 31), teams, 2024, 1)
    assert _who(jan, D(2024, 1, 1), DAY) == "一班"
    assert _who(jan, D(2024, 1, 2), NIGHT) == "一班"


def test_every_day_one_team_per_shift_and_two_rest():
    rows = roster.generate_month(roster.FOUR_TEAMS_TWO_SHIFTS, ANCHOR, _teams() + _teams("KS-01"), 2024, 7)
    for day in roster.month_days(2024, 7):
        for station in ("PS-01", "KS-01"):
            todays = [r for r in rows if r.duty_date == day and r.station_id == station]
            assert sorted(r.shift for r in todays) == [DAY, NIGHT]
    assert len(rows) == 31 * 2 * 2
    # Rows carry the team's people.
    first = rows[0]
    assert (first.station_id, first.duty_date, first.shift, first.team, first.leader) == (
        "KS-01",
        D(2024, 7, 1),
        DAY,
        first.team,
        f"{first.team}长",
    )
    assert first.zone_code is None


def test_short_form_day_night_off_off():
    rotation = roster.FOUR_TEAMS_TWO_SHIFTS_SHORT
    assert roster.cover_problems(rotation) == []
    rows = roster.generate_month(rotation, ANCHOR, _teams(), 2024, 5)
    assert _who(rows, D(2024, 5, 1), DAY) == "一班"
    assert _who(rows, D(2024, 5, 1), NIGHT) == "四班"
    assert _who(rows, D(2024, 5, 2), DAY) == "二班"
    assert _who(rows, D(2024, 5, 2), NIGHT) == "一班"
    assert _who(rows, D(2024, 5, 5), DAY) == "一班"


def test_custom_cycle_three_shifts_three_teams():
    rotation = roster.custom_rotation("早班, 中班, 夜班", teams=3, stride=1, name="三班三运转")
    assert rotation.cycle == ("早班", "中班", NIGHT)  # 夜班 is the standard night shift
    assert roster.cover_problems(rotation) == []
    teams = [Team("KS-02", n) for n in ("甲班", "乙班", "丙班")]
    rows = roster.generate(rotation, D(2024, 6, 10), teams, [D(2024, 6, 10), D(2024, 6, 11), D(2024, 7, 1)])
    assert _who(rows, D(2024, 6, 10), "早班", "KS-02") == "甲班"
    assert _who(rows, D(2024, 6, 10), NIGHT, "KS-02") == "乙班"
    assert _who(rows, D(2024, 6, 11), "早班", "KS-02") == "乙班"
    assert _who(rows, D(2024, 6, 11), "中班", "KS-02") == "甲班"
    # 21 days after the anchor: 21 mod 3 = 0, the anchor's pattern again.
    assert _who(rows, D(2024, 7, 1), "早班", "KS-02") == "甲班"


def test_custom_cycle_text_forms():
    assert roster.parse_cycle("day, day, night, night, off×4") == roster.FOUR_TEAMS_TWO_SHIFTS.cycle
    assert roster.parse_cycle("白,白,夜,夜,休x4") == roster.FOUR_TEAMS_TWO_SHIFTS.cycle
    assert roster.parse_cycle("白白夜夜休休休休") == roster.FOUR_TEAMS_TWO_SHIFTS.cycle
    assert roster.parse_cycle("白班 夜班 休 休") == roster.FOUR_TEAMS_TWO_SHIFTS_SHORT.cycle
    # A custom cycle equal to the standard one gives the same roster: the pattern is data.
    custom = roster.custom_rotation("白白夜夜休休休休", teams=4)
    assert custom.stride == 2
    teams = _teams()
    assert roster.generate_month(custom, ANCHOR, teams, 2024, 5) == roster.generate_month(
        roster.FOUR_TEAMS_TWO_SHIFTS, ANCHOR, teams, 2024, 5
    )


def test_unsound_cycles_are_reported():
    # Three teams on an 8-day 四班 cycle leave some shifts without a team.
    problems = roster.cover_problems(roster.FOUR_TEAMS_TWO_SHIFTS, team_count=3)
    assert problems and any("0 teams" in p for p in problems)
    doubled = roster.custom_rotation("day, off", teams=2, stride=0)
    assert any("2 teams" in p for p in roster.cover_problems(doubled))
    with pytest.raises(RosterError, match="cannot be spread evenly"):
        roster.custom_rotation("day, night, off", teams=2)
    with pytest.raises(RosterError, match="working day"):
        roster.custom_rotation("off, off", teams=1)
    with pytest.raises(RosterError, match="empty"):
        roster.parse_cycle("  ")


def test_team_lists_are_checked():
    with pytest.raises(RosterError, match="two teams called 一班"):
        roster.generate_month(
            roster.FOUR_TEAMS_TWO_SHIFTS, ANCHOR, [Team("PS-01", "一班"), Team("PS-01", "一班")], 2024, 5
        )
    with pytest.raises(RosterError, match="has no station"):
        roster.generate_month(roster.FOUR_TEAMS_TWO_SHIFTS, ANCHOR, [Team("", "一班")], 2024, 5)
    with pytest.raises(RosterError, match="month 13"):
        roster.month_days(2024, 13)


def test_default_teams_and_labels():
    teams = roster.default_teams(["PS-01", "MP-01"])
    assert [t.name for t in teams[:4]] == ["一班", "二班", "三班", "四班"]
    assert {t.station_id for t in teams} == {"PS-01", "MP-01"}
    assert roster.shift_label(DAY) == "白班 08:00–20:00"
    assert roster.shift_label(NIGHT, {"night": ("19:00", "07:00")}) == "夜班 19:00–07:00"
    assert roster.shift_label("早班") == "早班"
    assert roster.parse_shift_times("day=8:00-20:00, 夜班=20:00–08:00") == {
        DAY: ("08:00", "20:00"),
        NIGHT: ("20:00", "08:00"),
    }
    with pytest.raises(RosterError, match="not a time"):
        roster.parse_shift_times("day=25:00-20:00")
    assert roster.normalise_shift("白班") == DAY
    assert roster.normalise_shift(" Night ") == NIGHT


def test_the_anchor_of_an_existing_roster_is_found():
    rows = roster.generate_month(roster.FOUR_TEAMS_TWO_SHIFTS, ANCHOR, _teams(), 2024, 5)
    index = {t.name: i for i, t in enumerate(_teams())}
    history = [(r.duty_date, index[r.team], r.shift) for r in rows]
    anchor = roster.infer_anchor(roster.FOUR_TEAMS_TWO_SHIFTS, history, before=D(2024, 6, 1))
    assert anchor == D(2024, 5, 25)  # 1 May + 3 cycles: the same phase, the latest before June
    assert roster.generate_month(
        roster.FOUR_TEAMS_TWO_SHIFTS, anchor, _teams(), 2024, 6
    ) == roster.generate_month(roster.FOUR_TEAMS_TWO_SHIFTS, ANCHOR, _teams(), 2024, 6)
    # A roster made with another pattern, or edited by hand beyond any phase, gives None.
    assert roster.infer_anchor(roster.FOUR_TEAMS_TWO_SHIFTS_SHORT, history) is None
    assert roster.infer_anchor(roster.FOUR_TEAMS_TWO_SHIFTS, []) is None
