"""The park workbook's sheets, columns and park keys, and a sheet as the file holds it.

The column specifications come from :mod:`parkflow.model.columns`, derived from
the entity dataclasses, so a new field is a new column everywhere
(docs/workbook.md lists them).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parkflow.model.columns import SHEET_COLUMNS
from parkflow.model.entities import (
    PARK_DEFAULTS,
    TIME_SHEETS,
)
from parkflow.model.problems import Problem

#: Sheets of a park workbook, in the order they are written (docs/workbook.md).
SHEET_ORDER: tuple[str, ...] = (
    "park",
    "enterprises",
    "utilities",
    "disposals",
    "streams",
    "links",
    "converters",
)
#: Optional sheets of the park over the year, written after the network's only when the park has
#: periods (``periods``, ``profiles``) or storages (``storages``).
TIME_SHEET_ORDER: tuple[str, ...] = tuple(TIME_SHEETS)
#: Every sheet a park workbook may have, in workbook order.
WORKBOOK_SHEETS: tuple[str, ...] = SHEET_ORDER + TIME_SHEET_ORDER
#: Columns that identify a row of each sheet (an id, or for a profile its period and item).
KEY_COLUMNS: dict[str, tuple[str, ...]] = {"profiles": ("period", "item")}
#: Columns of the ``park`` sheet.
PARK_COLUMNS: tuple[str, ...] = ("key", "value")
#: Optional ``park`` keys beyond the fixed settings (read in :mod:`parkflow.model.workbook.sheets`).
FACTOR_OVERRIDE_PREFIX = "factor:"


# --------------------------------------------------------------------------
# Cell markers for things a cell can hold besides plain values
# --------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class NoCachedValue:
    """A formula cell saved without its result (a file written by a script)."""

    formula: str


def known_columns(sheet: str) -> list[str]:
    """The column names a sheet may have, in workbook order."""
    if sheet == "park":
        return list(PARK_COLUMNS)
    return [spec.name for spec in SHEET_COLUMNS[sheet]]


def _park_key_kinds() -> dict[str, str]:
    kinds = {key: ("free" if key == "name" else "number") for key in PARK_DEFAULTS}
    kinds["factor_region"] = "text"
    kinds["electricity_tce_basis"] = "basis"
    kinds["factor_year"] = "integer"
    return kinds


PARK_KEY_KINDS: dict[str, str] = _park_key_kinds()


# --------------------------------------------------------------------------
# Raw sheets: what the file holds, before any interpretation
# --------------------------------------------------------------------------
@dataclass(slots=True)
class RawSheet:
    """One sheet as read from the file: row numbers and cell values.

    ``rows`` holds only rows with at least one non-blank cell, each as
    ``(row_number, cells)``; the first of them is the header.
    """

    name: str
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)
    hidden: bool = False
    #: True when the file could not be decoded (already reported): the sheet
    #: exists but its content is unknown.
    unreadable: bool = False
    #: True for a CSV file: text cells may carry the protective apostrophe
    #: ParkFlow writes before text that a spreadsheet would run as a formula.
    from_csv: bool = False


def file_problem(path: Path | str, message: str, severity: str = "error") -> Problem:
    """A problem about a whole file or folder, printed as ``file <path>: message``."""
    return Problem(message, kind="file", entity_id=str(path), severity=severity)


def is_blank(value: Any) -> bool:
    """True for an empty cell or one holding only spaces."""
    return value is None or (isinstance(value, str) and not value.strip())


def suggest(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean '…'?)`` for the closest of ``choices``, or nothing."""
    choices = list(choices)
    lowered = {choice.lower(): choice for choice in choices}
    if word.strip().lower() in lowered:
        return f" (did you mean {lowered[word.strip().lower()]!r}?)"
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.75)
    return f" (did you mean {close[0]!r}?)" if close else ""


def column_letters(index: int) -> str:
    """Spreadsheet letters of a 0-based column index (0 → ``A``)."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters
