"""Reading one sheet's rows: the header, the entity sheets and the ``park`` sheet.

The ``park`` sheet accepts, besides its documented keys (among them
``electricity_tce_basis``), the optional keys ``factor_region``,
``factor_year`` and ``factor:<library key>`` (a factor override), so that a
park exported from a scenario file keeps its factor selection.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import Any

from parkflow.model.columns import SHEET_COLUMNS
from parkflow.model.entities import (
    KIND_BY_SHEET,
    ElectricityTceBasis,
    Park,
    profile_key,
)
from parkflow.model.problems import Problem
from parkflow.model.workbook.cells import SheetResult, convert_column, number_of, special_cell, text_of
from parkflow.model.workbook.layout import (
    FACTOR_OVERRIDE_PREFIX,
    KEY_COLUMNS,
    PARK_COLUMNS,
    PARK_KEY_KINDS,
    RawSheet,
    column_letters,
    is_blank,
    suggest,
)


def _header(sheet: RawSheet, known: Sequence[str], result: SheetResult) -> tuple[int, dict[str, int]]:
    """Check the header row; returns ``(header_row, column -> index)`` of the known columns."""
    header_row, header_cells = sheet.rows[0]
    positions: dict[str, int] = {}
    data_width = max((len(cells) for _, cells in sheet.rows[1:]), default=0)
    for index in range(max(len(header_cells), data_width)):
        raw = header_cells[index] if index < len(header_cells) else None
        if is_blank(raw):
            if any(index < len(cells) and not is_blank(cells[index]) for _, cells in sheet.rows[1:]):
                result.problems.append(
                    Problem(
                        f"column {column_letters(index)} has values but no header; give it one of: "
                        f"{', '.join(known)}, or delete the column",
                        sheet=sheet.name,
                        row=header_row,
                        column=column_letters(index),
                    )
                )
            continue
        name = text_of(raw).strip()
        if name in positions:
            result.problems.append(
                Problem(
                    f"column {name!r} appears twice; keep one", sheet=sheet.name, row=header_row, column=name
                )
            )
        elif name not in known:
            result.problems.append(
                Problem(
                    f"unknown column {name!r}{suggest(name, known)}; the {sheet.name} sheet's columns are: "
                    f"{', '.join(known)}",
                    sheet=sheet.name,
                    row=header_row,
                    column=name,
                )
            )
        else:
            positions[name] = index
    return header_row, positions


def _transpose(sheet: RawSheet) -> list[tuple[Any, ...]]:
    """The data rows (after the header) as columns, short rows padded with None."""
    return list(itertools.zip_longest(*(cells for _, cells in sheet.rows[1:])))


def _column_values(columns: list[tuple[Any, ...]], index: int | None, length: int) -> list[Any]:
    if index is None or index >= len(columns):
        return [None] * length
    return list(columns[index])


def read_entity_sheet(sheet: RawSheet, sheet_name: str) -> SheetResult:
    result = SheetResult()
    specs = SHEET_COLUMNS[sheet_name]
    known = [spec.name for spec in specs]
    _, positions = _header(sheet, known, result)
    row_numbers = [number for number, _ in sheet.rows[1:]]
    if not row_numbers:
        return result
    key_columns = KEY_COLUMNS.get(sheet_name, ("id",))
    missing_key = next((column for column in key_columns if column not in positions), None)
    if missing_key is not None:
        what = "a unique id per row" if key_columns == ("id",) else f"one row per {' and '.join(key_columns)}"
        result.problems.append(
            Problem(
                f"the {sheet_name} sheet has no {missing_key} column; add a column named {missing_key} with {what}",
                sheet=sheet_name,
                row=sheet.rows[0][0],
                column=missing_key,
            )
        )
        result.any_dropped_row = True
        result.lost = True
        return result
    columns: list[list[Any]] = []
    unusable_rows: set[int] = set()
    transposed = _transpose(sheet)
    for spec in specs:
        index = positions.get(spec.name)
        if index is None and not spec.required:
            columns.append([spec.default] * len(row_numbers))
            continue
        values, unusable = convert_column(
            spec,
            _column_values(transposed, index, len(row_numbers)),
            row_numbers,
            sheet_name,
            result,
            sheet.from_csv,
        )
        columns.append(values)
        unusable_rows |= unusable
    cls = KIND_BY_SHEET[sheet_name]
    keyed_by_id = key_columns == ("id",)
    rows = result.rows
    entities = result.entities
    for position, (row_number, fields) in enumerate(
        zip(row_numbers, zip(*columns, strict=True), strict=True)
    ):
        entity_id = fields[0] if keyed_by_id else profile_key(str(fields[0] or ""), str(fields[1] or ""))
        if entity_id in rows and entity_id:
            if keyed_by_id:
                message = (
                    f"duplicate id {entity_id!r}: row {rows[entity_id]} already uses it; ids must be unique "
                    f"within the {sheet_name} sheet"
                )
            else:
                message = (
                    f"period {fields[0]!r} and item {fields[1]!r} are already on row {rows[entity_id]}; "
                    "give each item one row per period"
                )
            result.problems.append(Problem(message, sheet=sheet_name, row=row_number, column=key_columns[0]))
            result.bad_cells.add((row_number, key_columns[0]))
            result.any_dropped_row = True
            continue
        if position in unusable_rows:
            if entity_id:
                result.dropped.add(entity_id)
            result.any_dropped_row = True
            continue
        entities.append(cls(*fields))
        rows[entity_id] = row_number
    return result


def _set_number(park: Park, key: str, raw_value: Any, from_csv: bool) -> str | None:
    number, reason = number_of(raw_value, key)
    if reason is None:
        setattr(park, key, number)
    return reason


def _set_factor_year(park: Park, key: str, raw_value: Any, from_csv: bool) -> str | None:
    number, reason = number_of(raw_value, key)
    if reason is not None:
        return reason
    assert number is not None
    if not number.is_integer():
        return f"{key} must be a whole number, not {number:g}"
    park.factor_year = int(number)
    return None


def _set_factor_override(park: Park, key: str, raw_value: Any, from_csv: bool) -> str | None:
    number, reason = number_of(raw_value, key)
    if reason is None:
        assert number is not None
        park.factor_overrides[key[len(FACTOR_OVERRIDE_PREFIX) :].strip()] = number
    return reason


def _set_tce_basis(park: Park, key: str, raw_value: Any, from_csv: bool) -> str | None:
    text = text_of(raw_value).strip()
    try:
        park.electricity_tce_basis = ElectricityTceBasis(text.lower())
    except ValueError:
        allowed = ", ".join(member.value for member in ElectricityTceBasis)
        return f"{key} {text!r} is not allowed; use one of: {allowed}"
    return None


def _set_text(park: Park, key: str, raw_value: Any, from_csv: bool, *, free: bool = False) -> str | None:
    text = text_of(raw_value) if free else text_of(raw_value).strip()
    if from_csv and text.startswith("'"):
        text = text[1:]
    setattr(park, key, text)
    return None


def _set_free_text(park: Park, key: str, raw_value: Any, from_csv: bool) -> str | None:
    return _set_text(park, key, raw_value, from_csv, free=True)


#: How the value of each kind of ``park`` key (``PARK_KEY_KINDS``, and
#: ``override`` for ``factor:<key>``) is stored on the park; each returns
#: the reason a value cannot be read, or None.
_PARK_VALUE_SETTERS: dict[str, Callable[[Park, str, Any, bool], str | None]] = {
    "number": _set_number,
    "integer": _set_factor_year,
    "override": _set_factor_override,
    "basis": _set_tce_basis,
    "text": _set_text,
    "free": _set_free_text,
}


def _park_key_kind(key: str) -> str | None:
    """The kind of a ``park`` key (a key of ``_PARK_VALUE_SETTERS``), None when unknown."""
    if key.startswith(FACTOR_OVERRIDE_PREFIX) and len(key) > len(FACTOR_OVERRIDE_PREFIX):
        return "override"
    return PARK_KEY_KINDS.get(key)


def _park_row_key(
    raw_key: Any, raw_value: Any, row_number: int, rows: dict[tuple[str, str], int]
) -> tuple[str | None, Problem | None]:
    """The row's key, or None with the problem (None for a blank row) when the row is skipped."""
    if is_blank(raw_key):
        if not is_blank(raw_value):
            return None, Problem(
                "a value without a key; fill in the key or clear the row",
                sheet="park",
                row=row_number,
                column="key",
            )
        return None, None
    key = text_of(raw_key).strip()
    if ("park", key) in rows:
        return None, Problem(
            f"key {key!r} appears twice (row {rows[('park', key)]}); keep one",
            sheet="park",
            row=row_number,
            column="key",
        )
    if _park_key_kind(key) is None:
        known_keys = [*PARK_KEY_KINDS, f"{FACTOR_OVERRIDE_PREFIX}<factor>"]
        return None, Problem(
            f"unknown key {key!r}{suggest(key, PARK_KEY_KINDS)}; the park sheet's keys are: {', '.join(known_keys)}",
            sheet="park",
            row=row_number,
            column="key",
        )
    return key, None


def _park_value_problem(
    park: Park, key: str, raw_value: Any, row_number: int, from_csv: bool
) -> Problem | None:
    """Store one key's value on the park; the problem when the value cannot be read."""
    kind = _park_key_kind(key)
    assert kind is not None
    free_text = kind == "free" and isinstance(raw_value, str)
    special = None if free_text else special_cell(raw_value, "park", row_number, "value")
    if special is not None:
        return special
    if is_blank(raw_value):
        return None
    reason = _PARK_VALUE_SETTERS[kind](park, key, raw_value, from_csv)
    return None if reason is None else Problem(reason, sheet="park", row=row_number, column="value")


def read_park_sheet(
    sheet: RawSheet, park: Park, rows: dict[tuple[str, str], int], problems: list[Problem]
) -> None:
    """Read the ``park`` sheet's key–value rows into ``park``; every problem goes to ``problems``."""
    result = SheetResult()
    _, positions = _header(sheet, PARK_COLUMNS, result)
    problems.extend(result.problems)
    if "key" not in positions:
        if len(sheet.rows) > 1 or not result.problems:
            problems.append(
                Problem(
                    "the park sheet needs the columns key and value",
                    sheet="park",
                    row=sheet.rows[0][0],
                    column="key",
                )
            )
        return
    key_index, value_index = positions["key"], positions.get("value")
    for row_number, cells in sheet.rows[1:]:
        raw_key = cells[key_index] if key_index < len(cells) else None
        raw_value = cells[value_index] if value_index is not None and value_index < len(cells) else None
        key, key_problem = _park_row_key(raw_key, raw_value, row_number, rows)
        if key is None:
            if key_problem is not None:
                problems.append(key_problem)
            continue
        rows[("park", key)] = row_number
        value_problem = _park_value_problem(park, key, raw_value, row_number, sheet.from_csv)
        if value_problem is not None:
            problems.append(value_problem)
