"""Numbers in a command map's fields, read totally: every value is a number, empty, or a fault.

A command map edited outside PatrolMap can hold a number field as text (``target_min`` TEXT
with "abc", "3 min", "五"). Such a value must not quietly become the category default: opening
the map lists it, and an algorithm that falls back names the records (issue 10 item 17).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from .schema import Layer

NUMERIC_TYPES = ("integer", "double")


def read_number(value) -> float | None:
    """A finite number from a field value; None when empty (NULL, "", spaces); NaN when the
    value is there but is no number (text such as "3 min", a boolean, infinity)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return math.nan
    if isinstance(value, (int, float)):
        number = float(value)
        return number if math.isfinite(number) else math.nan
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            return math.nan
        return number if math.isfinite(number) else math.nan
    return math.nan


@dataclass(frozen=True)
class ValueProblem:
    layer: str
    field: str
    record: object  # what names the record to the user: its code or id
    value: object
    fault: str  # "not_a_number" | "out_of_range"


def number_problems(spec: Layer, rows: Iterable[tuple[object, dict]]) -> list[ValueProblem]:
    """Every value of ``spec``'s number fields in ``rows`` ((record name, {field: value}))
    that is not a number, or lies outside the field's range. Fields a row lacks are skipped."""
    numeric = [f for f in spec.fields if f.type in NUMERIC_TYPES]
    problems: list[ValueProblem] = []
    for record, values in rows:
        for f in numeric:
            if f.name not in values:
                continue
            number = read_number(values[f.name])
            if number is None:
                continue
            if math.isnan(number):
                problems.append(ValueProblem(spec.name, f.name, record, values[f.name], "not_a_number"))
            elif (f.minimum is not None and number < f.minimum) or (
                f.maximum is not None and number > f.maximum
            ):
                problems.append(ValueProblem(spec.name, f.name, record, values[f.name], "out_of_range"))
    return problems
