"""Duty rosters from rotation patterns, as plain data (no Qt, no QGIS).

A rotation is a cycle of shifts a team works day after day, and a stride: team k of a station
runs the same cycle ``k × stride`` days behind team 0. The cycle is data, so the common
patterns below and a user's own cycle are the same code.

四班两运转 ("four teams, two rotations") is the 12-hour pattern of police stations and
round-the-clock posts: four teams (一班…四班, A–D) share two shifts, a day shift (白班,
08:00–20:00) and a night shift (夜班, 20:00–08:00), so that on every date exactly one team
works the day shift, one the night shift and two rest. Its common form, implemented as
``FOUR_TEAMS_TWO_SHIFTS``, is the 8-day cycle

    day, day, night, night, off, off, off, off        (两白两夜四休)

with the teams 2 days apart (stride 2): a team works two days, then two nights, then has four
days off, the first of which begins at 08:00 after its second night (下夜休). The short form
``FOUR_TEAMS_TWO_SHIFTS_SHORT`` is the 4-day cycle day, night, off, off (白夜休休), stride 1.
Both cover each shift with exactly one team per date; ``cover_problems`` checks any cycle.

The anchor date is the date on which team 0 (the first team listed for a station) is at the
first position of the cycle. It stays fixed from month to month, so next month's roster
continues this month's rotation without a break. A night shift belongs to the date it starts
on: the night of 20 May runs from 20 May 20:00 to 21 May 08:00 and has duty_date 20 May.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

DAY, NIGHT = "day", "night"
OFF = ""  # a rest day in a cycle

# Printed names of the standard shifts (the duty map is a Chinese document).
SHIFT_NAMES = {DAY: "白班", NIGHT: "夜班"}
DEFAULT_SHIFT_TIMES = {DAY: ("08:00", "20:00"), NIGHT: ("20:00", "08:00")}

# How people write the shifts of a cycle: "day, day, night, night, off×4" or "白白夜夜休休休休".
_ALIASES = {
    "day": DAY,
    "d": DAY,
    "白": DAY,
    "白班": DAY,
    "日": DAY,
    "日班": DAY,
    "night": NIGHT,
    "n": NIGHT,
    "夜": NIGHT,
    "夜班": NIGHT,
    "off": OFF,
    "o": OFF,
    "rest": OFF,
    "-": OFF,
    "休": OFF,
    "休息": OFF,
    "轮休": OFF,
    "下夜休": OFF,
}
_REPEAT = re.compile(r"^(.+?)\s*[x×*]\s*(\d+)$", re.IGNORECASE)
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")

DEFAULT_TEAM_NAMES = ("一班", "二班", "三班", "四班")
TEAM_LETTERS = ("A", "B", "C", "D", "E", "F", "G", "H")


class RosterError(ValueError):
    """A rotation or a team list cannot make a roster; the message says why."""


@dataclass(frozen=True)
class Rotation:
    """A cycle of shifts (OFF for rest days) and the days between consecutive teams."""

    code: str
    name: str
    cycle: tuple[str, ...]
    stride: int
    teams: int  # how many teams the pattern is made for

    def __post_init__(self):
        if not self.cycle:
            raise RosterError("a rotation needs at least one day in its cycle")
        if not any(self.cycle):
            raise RosterError("a rotation needs at least one working day in its cycle")
        if self.stride < 0:
            raise RosterError("the stride between teams cannot be negative")
        if self.teams < 1:
            raise RosterError("a rotation needs at least one team")

    @property
    def length(self) -> int:
        return len(self.cycle)

    @property
    def shifts(self) -> tuple[str, ...]:
        """The working shifts of the cycle, in the order they first appear."""
        return tuple(dict.fromkeys(s for s in self.cycle if s))

    def position(self, anchor: dt.date, day: dt.date, team_index: int) -> int:
        """Where team ``team_index`` is in the cycle on ``day`` (0-based)."""
        return ((day - anchor).days - team_index * self.stride) % self.length

    def shift_of(self, anchor: dt.date, day: dt.date, team_index: int) -> str:
        """The shift team ``team_index`` works on ``day``, or OFF."""
        return self.cycle[self.position(anchor, day, team_index)]

    def on_duty(self, anchor: dt.date, day: dt.date, team_count: int | None = None) -> dict[str, list[int]]:
        """Shift → indices of the teams working it on ``day``."""
        out: dict[str, list[int]] = {s: [] for s in self.shifts}
        for k in range(team_count if team_count is not None else self.teams):
            shift = self.shift_of(anchor, day, k)
            if shift:
                out[shift].append(k)
        return out


FOUR_TEAMS_TWO_SHIFTS = Rotation(
    "four_two", "四班两运转（两白两夜四休）", (DAY, DAY, NIGHT, NIGHT, OFF, OFF, OFF, OFF), stride=2, teams=4
)
FOUR_TEAMS_TWO_SHIFTS_SHORT = Rotation(
    "four_two_short", "四班两运转（白夜休休）", (DAY, NIGHT, OFF, OFF), stride=1, teams=4
)
ROTATIONS = {r.code: r for r in (FOUR_TEAMS_TWO_SHIFTS, FOUR_TEAMS_TWO_SHIFTS_SHORT)}


def parse_cycle(text: str) -> tuple[str, ...]:
    """A cycle written as text: "day, day, night, night, off×4", "白,白,夜,夜,休×4" or "白白夜夜休休休休".

    Standard names (day/白/白班, night/夜/夜班, off/休/rest/-) become DAY, NIGHT and OFF; any
    other word is a shift of its own ("早班", "中班"). "x×n" repeats x n times.
    """
    text = (text or "").strip()
    if not text:
        raise RosterError("the cycle is empty")
    parts = [p.strip() for p in re.split(r"[,，;；、\s]+", text) if p.strip()]
    if len(parts) == 1 and len(parts[0]) > 1 and all(ch in "白夜休日" for ch in parts[0]):
        parts = list(parts[0])  # "白白夜夜休休休休"
    cycle: list[str] = []
    for part in parts:
        count = 1
        match = _REPEAT.match(part)
        if match:
            part, count = match.group(1).strip(), int(match.group(2))
            if not 1 <= count <= 366:
                raise RosterError(f"“{match.group(0)}”: repeat between 1 and 366 times")
        name = _ALIASES.get(part.lower(), part)
        if len(name) > 32:
            raise RosterError(f"shift name “{name}” is longer than 32 characters")
        cycle.extend([name] * count)
    if len(cycle) > 366:
        raise RosterError("a cycle longer than a year is not a rotation")
    return tuple(cycle)


def custom_rotation(
    cycle: Sequence[str] | str, teams: int, stride: int | None = None, name: str = "自定义轮班"
) -> Rotation:
    """A user's rotation; the stride defaults to the cycle length divided by the team count."""
    if isinstance(cycle, str):
        cycle = parse_cycle(cycle)
    cycle = tuple(_ALIASES.get(str(c).strip().lower(), str(c).strip()) for c in cycle)
    if teams < 1:
        raise RosterError("a rotation needs at least one team")
    if stride is None:
        if len(cycle) % teams:
            raise RosterError(
                f"a {len(cycle)}-day cycle cannot be spread evenly over {teams} teams: give the "
                "days between teams"
            )
        stride = len(cycle) // teams
    return Rotation("custom", name, cycle, stride, teams)


def cover_problems(rotation: Rotation, team_count: int | None = None) -> list[str]:
    """Dates of one cycle on which a shift has no team or more than one, as readable text.

    Empty for a sound rotation (each working shift covered by exactly one team every day).
    """
    team_count = team_count if team_count is not None else rotation.teams
    anchor = dt.date(2000, 1, 1)
    problems = []
    for offset in range(rotation.length):
        day = anchor + dt.timedelta(days=offset)
        for shift, teams in rotation.on_duty(anchor, day, team_count).items():
            if len(teams) != 1:
                problems.append(f"cycle day {offset + 1}: {shift_name(shift)} has {len(teams)} teams")
    return problems


@dataclass(frozen=True)
class Team:
    """One team of one station, as the roster prints it."""

    station_id: str
    name: str
    leader: str = ""
    members: str = ""
    callsigns: str = ""
    phone: str = ""


@dataclass(frozen=True)
class RosterRow:
    """One row of the command map's ``duty_roster`` table (core/schema.py DUTY_ROSTER)."""

    station_id: str
    zone_code: str | None
    duty_date: dt.date
    shift: str
    team: str
    leader: str = ""
    members: str = ""
    callsigns: str = ""
    phone: str = ""

    def as_dict(self) -> dict:
        return {
            "station_id": self.station_id,
            "zone_code": self.zone_code,
            "duty_date": self.duty_date,
            "shift": self.shift,
            "team": self.team,
            "leader": self.leader,
            "members": self.members,
            "callsigns": self.callsigns,
            "phone": self.phone,
        }


def month_days(year: int, month: int) -> list[dt.date]:
    if not 1 <= month <= 12:
        raise RosterError(f"month {month} does not exist")
    return [dt.date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)]


def default_teams(station_ids: Iterable[str], count: int = 4) -> list[Team]:
    """一班 … 四班 for every station, nobody named yet."""
    names = [DEFAULT_TEAM_NAMES[i] if i < len(DEFAULT_TEAM_NAMES) else f"{i + 1}班" for i in range(count)]
    return [Team(sid, name) for sid in station_ids for name in names]


def teams_by_station(teams: Iterable[Team]) -> dict[str, list[Team]]:
    """Station → its teams in the order given (the order is the rotation order)."""
    out: dict[str, list[Team]] = {}
    for team in teams:
        sid = (team.station_id or "").strip()
        if not sid:
            raise RosterError(f"team “{team.name}” has no station")
        if not (team.name or "").strip():
            raise RosterError(f"a team of station {sid} has no name")
        out.setdefault(sid, []).append(team)
    for sid, station_teams in out.items():
        names = [t.name for t in station_teams]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise RosterError(f"station {sid} has two teams called {', '.join(duplicates)}")
    return out


def generate(
    rotation: Rotation, anchor: dt.date, teams: Iterable[Team], days: Iterable[dt.date]
) -> list[RosterRow]:
    """The roster rows of ``days``: for every station, date and team on duty, one row.

    A station's teams take the rotation in the order listed (the first is team 0). Rows come
    sorted by date, station, then the shift's order in the cycle.
    """
    stations = teams_by_station(teams)
    order = {s: i for i, s in enumerate(rotation.shifts)}
    rows = []
    for day in sorted(set(days)):
        for sid in sorted(stations):
            station_teams = stations[sid]
            for k, team in enumerate(station_teams):
                shift = rotation.shift_of(anchor, day, k)
                if not shift:
                    continue
                rows.append(
                    RosterRow(
                        sid,
                        None,
                        day,
                        shift,
                        team.name,
                        team.leader,
                        team.members,
                        team.callsigns,
                        team.phone,
                    )
                )
    rows.sort(key=lambda r: (r.duty_date, r.station_id, order.get(r.shift, 99), r.team))
    return rows


def generate_month(
    rotation: Rotation, anchor: dt.date, teams: Iterable[Team], year: int, month: int
) -> list[RosterRow]:
    return generate(rotation, anchor, teams, month_days(year, month))


def infer_anchor(
    rotation: Rotation, history: Iterable[tuple[dt.date, int, str]], before: dt.date | None = None
) -> dt.date | None:
    """The anchor that explains an existing roster, so the next month continues it.

    ``history`` holds (date, team index, shift) of worked shifts. Returns the latest anchor on or
    before ``before`` (default: the last date of the history) that reproduces every entry, or
    None when no phase of the cycle fits them all.
    """
    history = [(d, k, s) for d, k, s in history if s]
    if not history:
        return None
    first = min(d for d, _k, _s in history)
    last = before or max(d for d, _k, _s in history)
    for offset in range(rotation.length):
        anchor = first - dt.timedelta(days=offset)
        if all(rotation.shift_of(anchor, d, k) == s for d, k, s in history):
            steps = (last - anchor).days // rotation.length
            return anchor + dt.timedelta(days=steps * rotation.length)
    return None


def shift_name(shift: str) -> str:
    """白班 / 夜班 for the standard shifts, the shift's own name otherwise."""
    return SHIFT_NAMES.get(shift, shift) if shift else "休息"


def parse_time(text: str) -> str:
    """ "8:00" → "08:00"; raises RosterError for anything that is not a time of day."""
    match = _TIME.match((text or "").strip())
    if not match:
        raise RosterError(f"“{text}” is not a time of day (HH:MM)")
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def parse_shift_times(text: str) -> dict[str, tuple[str, str]]:
    """ "day=08:00-20:00, night=20:00-08:00" → {"day": ("08:00", "20:00"), ...}."""
    out: dict[str, tuple[str, str]] = {}
    for part in re.split(r"[,，;；]+", text or ""):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            raise RosterError(f"“{part}”: write shift=HH:MM-HH:MM")
        name, span = (p.strip() for p in part.split("=", 1))
        times = re.split(r"\s*[-–—~～]\s*", span)
        if len(times) != 2:
            raise RosterError(f"“{part}”: write shift=HH:MM-HH:MM")
        out[_ALIASES.get(name.lower(), name)] = (parse_time(times[0]), parse_time(times[1]))
    return out


def shift_label(shift: str, times: dict[str, tuple[str, str]] | None = None) -> str:
    """ "白班 08:00–20:00": the shift's printed name and, when known, its hours."""
    if not shift:
        return "全天"
    times = {**DEFAULT_SHIFT_TIMES, **(times or {})}
    span = times.get(shift)
    name = shift_name(shift)
    return f"{name} {span[0]}–{span[1]}" if span else name


def normalise_shift(text: str | None) -> str:
    """The stored shift code for what a user typed: "白班" → "day", "Night" → "night"."""
    text = (text or "").strip()
    return _ALIASES.get(text.lower(), text)
