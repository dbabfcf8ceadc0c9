"""Converting cells to the values of a column: text, numbers, enum members.

Cells are converted column by column; long number columns are read in one
pass with Python's ``float`` (exact, unlike pandas 3's ``to_numeric``), and
only cells that did not read cleanly are looked at one by one.  A bad cell is
reported once, located as ``sheet:row:column``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from parkflow.model.columns import ColumnSpec
from parkflow.model.entities import (
    Direction,
    LinkStatus,
    Medium,
)
from parkflow.model.media import MEDIA
from parkflow.model.problems import Problem
from parkflow.model.validate import MAX_ABS_NUMBER
from parkflow.model.workbook.layout import NoCachedValue, suggest

#: Error values Excel stores in cells.
EXCEL_ERRORS: frozenset[str] = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"}
)
_NO_FORMULA_CACHE = (
    "open the workbook in Excel or WPS and save it (so the result is stored), "
    "or type the value instead of the formula"
)


def text_of(value: Any) -> str:
    """Text for a text column; Excel's integer-looking numbers lose their ``.0``."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


#: A number as text (also what the CSV writer leaves unprotected when it starts with + or -).
NUMBER_RE = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


# Numbers larger than MAX_ABS_NUMBER (10^15, from the validator) are refused
# as typing or unit mistakes, in every number cell.
def number_of(value: Any, column: str) -> tuple[float | None, str | None]:
    """(number, None) or (None, reason) for one cell of a number column."""
    if isinstance(value, bool):
        return None, f"{column} must be a number, not {'TRUE' if value else 'FALSE'}"
    if isinstance(value, (int, float)):
        number = float(value)
        text = repr(value)
    elif isinstance(value, str):
        text = value.strip()
        if NUMBER_RE.fullmatch(text) is None:
            lowered = text.lower()
            if lowered in (
                "nan",
                "+nan",
                "-nan",
                "inf",
                "+inf",
                "-inf",
                "infinity",
                "-infinity",
                "+infinity",
            ):
                return None, f"{column} must be a finite number, not {text!r}"
            hint = ""
            if text.endswith("%"):
                hint = f"; write {text[:-1].strip()!r} without the % sign"
            elif "," in text:
                hint = "; write the number without thousands separators, with a '.' for decimals"
            return None, f"{column} must be a number, not {text!r}{hint}"
        try:
            number = float(text)
        except (ValueError, OverflowError):
            return None, f"{column} must be a number, not {text!r}"
    elif isinstance(value, (dt.date, dt.time, dt.timedelta)):
        return (
            None,
            f"{column} must be a number, but the cell holds the date or time {text_of(value)}; format the cell as a number",
        )
    else:
        return None, f"{column} must be a number, not {value!r}"
    if not math.isfinite(number):
        return None, f"{column} must be a finite number, not {text}"
    if abs(number) > MAX_ABS_NUMBER:
        return None, f"{column} is {number:g}, larger than {MAX_ABS_NUMBER:g}; check the value and its unit"
    return number, None


def parse_numbers(values: list[Any]) -> tuple[list[float | None], list[int]] | None:
    """Reading of a long number column of text or numbers in one pass.

    Returns the numbers (None for blanks and unknown) and the positions the
    caller must look at cell by cell (anything but a blank that did not read
    as a finite number within ±MAX_ABS_NUMBER); None when the column holds
    other kinds of values (booleans, dates, markers), which the caller then
    reads cell by cell.  Text is read by Python's ``float`` only where it has
    the form :data:`NUMBER_RE` accepts, the same rule as one cell's, so a
    written park reads back bit for bit (pandas 3's ``to_numeric`` can be one
    unit in the last place off: "1.9285714285714286" → …288).
    """
    kinds = set(map(type, values))
    if not kinds <= {str, float, int, type(None)} or len(values) < 64:
        return None
    import numpy

    numbers = numpy.fromiter(map(_plain_number, values), float, len(values))
    blank = numpy.fromiter((value is None or value == "" for value in values), bool, len(values))
    good = numpy.isfinite(numbers) & (numpy.abs(numbers) <= MAX_ABS_NUMBER)
    unsure = numpy.flatnonzero(~good & ~blank).tolist()
    as_list: list[float | None] = numbers.tolist()
    for position in numpy.flatnonzero(~good).tolist():
        as_list[position] = None
    return as_list, unsure


def _plain_number(value: str | float | int | None) -> float:
    """``value`` as a float when it is a plain number (as :func:`number_of` reads it), else NaN."""
    if value is None or value == "":
        return math.nan
    if isinstance(value, str):
        text = value.strip()
        return float(text) if NUMBER_RE.fullmatch(text) is not None else math.nan
    return float(value)


def _enum_lookup(enum: type[Enum]) -> dict[str, Enum]:
    lookup: dict[str, Enum] = {}
    for member in enum:
        lookup[member.value] = member
        lookup[member.value.replace("_", " ")] = member
        lookup[member.value.replace("_", "-")] = member
    if enum is Medium:
        for spec in MEDIA:
            lookup[spec.name_zh] = spec.medium
    return lookup


_ENUM_LOOKUPS: dict[type[Enum], dict[str, Enum]] = {
    enum: _enum_lookup(enum) for enum in (Medium, Direction, LinkStatus)
}


@dataclass(slots=True)
class SheetResult:
    """What reading one entity sheet gave."""

    entities: list[Any] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    dropped: set[str] = field(default_factory=set)
    bad_cells: set[tuple[int, str]] = field(default_factory=set)
    any_dropped_row: bool = False
    #: True when no row could be read at all (no id column).
    lost: bool = False


def special_cell(value: Any, sheet: str, row: int, column: str) -> Problem | None:
    if isinstance(value, NoCachedValue):
        shown = f"={value.formula}" if value.formula else "a shared formula"
        return Problem(
            f"the formula {shown} has no saved value; {_NO_FORMULA_CACHE}",
            sheet=sheet,
            row=row,
            column=column,
        )
    if isinstance(value, str) and value.strip() in EXCEL_ERRORS:
        code = value.strip()
        return Problem(
            f"the cell shows the Excel error {code}; fix its formula or type the value",
            sheet=sheet,
            row=row,
            column=column,
        )
    return None


@dataclass(slots=True)
class _ColumnCells:
    """One column being converted: where its cells are and what went wrong with them.

    A bad cell is reported once at ``sheet:row:column``; the row keeps the
    column's default, or is unusable (dropped) when the column is required.
    """

    spec: ColumnSpec
    row_numbers: list[int]
    sheet: str
    result: SheetResult
    from_csv: bool
    unusable: set[int] = field(default_factory=set)

    def bad(self, position: int, message: str | Problem | None) -> None:
        name = self.spec.name
        if message is None:
            message = f"{name} cannot be read from this cell"
        row = self.row_numbers[position]
        problem = (
            message
            if isinstance(message, Problem)
            else Problem(message, sheet=self.sheet, row=row, column=name)
        )
        self.result.problems.append(problem)
        self.result.bad_cells.add((row, name))
        if self.spec.required:
            self.unusable.add(position)

    def blank(self, position: int) -> None:
        if self.spec.required:
            self.bad(position, f"{self.spec.name} is required; fill in this cell")

    def special(self, position: int, value: Any) -> bool:
        """Report a formula without a value or an Excel error; True if it was one."""
        problem = special_cell(value, self.sheet, self.row_numbers[position], self.spec.name)
        if problem is None:
            return False
        self.bad(position, problem)
        return True


def _number_column(column: _ColumnCells, values: list[Any]) -> list[Any]:
    """A number column: vectorised when it is long and optional, then the cells that did not read cleanly."""
    spec = column.spec
    converted: list[Any] = [spec.default] * len(values)
    low, high = -MAX_ABS_NUMBER, MAX_ABS_NUMBER
    parsed = None if spec.required else parse_numbers(values)  # blanks of a required column need a message
    positions: Iterable[int]
    if parsed is not None:
        numbers, unsure = parsed
        converted = [spec.default if number is None else number for number in numbers]
        positions = unsure
    else:
        positions = range(len(values))
    for position in positions:
        value = values[position]
        if value is None:
            column.blank(position)
            continue
        value_type = type(value)
        if value_type is str:
            try:
                number = float(value)
            except ValueError:
                if not value.strip():
                    column.blank(position)
                    continue
                number = math.nan
            if low <= number <= high and "_" not in value:
                converted[position] = number
                continue
        elif value_type is float or value_type is int:
            number = float(value)
            if low <= number <= high:
                converted[position] = number
                continue
        if column.special(position, value):
            continue
        number_or_none, reason = number_of(value, spec.name)
        if reason is not None:
            column.bad(position, reason)
        else:
            converted[position] = number_or_none
    return converted


def _integer_column(column: _ColumnCells, values: list[Any]) -> list[Any]:
    """A whole-number column: a number column whose numbers must be whole, read as ``int``."""
    numbers = _number_column(column, values)
    spec = column.spec
    converted: list[Any] = list(numbers)
    for position, number in enumerate(numbers):
        if number is None or number is spec.default:
            continue
        if float(number).is_integer():
            converted[position] = int(number)
        else:
            converted[position] = spec.default
            column.bad(position, f"{spec.name} must be a whole number, not {number:g}")
    return converted


def _enum_column(column: _ColumnCells, values: list[Any]) -> list[Any]:
    """An enum column: each cell's value, its spaced or hyphenated form, or (media) its Chinese name."""
    spec = column.spec
    assert spec.enum is not None
    converted: list[Any] = [spec.default] * len(values)
    lookup = _ENUM_LOOKUPS[spec.enum]
    for position, value in enumerate(values):
        if value is None:
            column.blank(position)
            continue
        text = (value if type(value) is str else text_of(value)).strip()
        member = lookup.get(text) or lookup.get(text.lower())
        if member is not None:
            converted[position] = member
        elif not text:
            column.blank(position)
        elif not column.special(position, value):
            allowed = ", ".join(item.value for item in spec.enum)
            hint = suggest(text.lower(), [item.value for item in spec.enum])
            column.bad(position, f"{spec.name} {text!r} is not allowed; use one of: {allowed}{hint}")
    return converted


def _text_column(column: _ColumnCells, values: list[Any]) -> list[Any]:
    """A text column: stripped, except free text; CSV's protective apostrophe dropped."""
    spec = column.spec
    free = spec.kind == "free"
    from_csv = column.from_csv
    converted: list[Any] = [spec.default] * len(values)
    text_positions: Iterable[int] = range(len(values))
    if len(values) >= 64 and set(map(type, values)) == {str}:
        # Vectorised common case: strip every cell at once, then look
        # only at blanks and text starting with '#' (Excel errors) or "'".
        stripped_cells = [value.strip() for value in values]
        converted = list(values) if free else stripped_cells
        text_positions = [
            position for position, text in enumerate(stripped_cells) if not text or text[0] in "#'"
        ]
    for position in text_positions:
        value = values[position]
        if value is None:
            column.blank(position)
            continue
        if type(value) is str:
            stripped = value.strip()
            if not stripped:
                converted[position] = spec.default
                column.blank(position)
            elif free:
                converted[position] = value[1:] if from_csv and value[0] == "'" else value
            elif stripped[0] == "#" and stripped in EXCEL_ERRORS:
                column.special(position, stripped)
            else:
                converted[position] = stripped[1:] if from_csv and stripped[0] == "'" else stripped
        elif not column.special(position, value):
            text = text_of(value)
            converted[position] = text if free else text.strip()
    return converted


#: How each kind of column (``ColumnSpec.kind``) is converted.
_COLUMN_CONVERTERS: dict[str, Callable[[_ColumnCells, list[Any]], list[Any]]] = {
    "number": _number_column,
    "integer": _integer_column,
    "enum": _enum_column,
    "text": _text_column,
    "free": _text_column,
}


def convert_column(
    spec: ColumnSpec,
    values: list[Any],
    row_numbers: list[int],
    sheet: str,
    result: SheetResult,
    from_csv: bool = False,
) -> tuple[list[Any], set[int]]:
    """Convert one column; returns its values and the positions of unusable rows.

    A bad cell is reported once at ``sheet:row:column``; the row keeps the
    column's default, or is unusable (dropped) when the column is required.
    The loops are specialised per kind of column, with the common case
    (a plain number, a plain text) first: 100,000 rows × 15 columns must
    convert in about a second.
    """
    column = _ColumnCells(spec, row_numbers, sheet, result, from_csv)
    converted = _COLUMN_CONVERTERS[spec.kind](column, values)
    return converted, column.unusable
