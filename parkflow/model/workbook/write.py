"""Writing a park as an ``.xlsx`` workbook or a folder of CSV files, atomically.

* ``.xlsx`` files are written with XlsxWriter in constant-memory mode
  (as fast as openpyxl's write-only mode or up to 1.9 times faster at
  100,000 rows on our busy 2-core machines, ``benchmarks/bench_workbook.py``;
  it also keeps text apart from formulas by API).  Both write numbers with 16
  significant digits, so ``0.1 + 0.2`` reads back as ``0.3``: an ``.xlsx``
  round trip keeps floats to a relative 1e-12, a CSV folder (``repr``) keeps
  every bit.  Text always goes through ``write_string``, never ``write``,
  so text that starts with ``=`` stays text.
* CSV files are written as UTF-8 with a byte-order mark, so that Excel and
  WPS show Chinese names correctly when the file is double-clicked.
* Text that a spreadsheet would run as a formula (``=…``, ``+…``, ``-…``,
  ``@…``) is written to CSV behind an apostrophe, and reading a CSV file drops
  one leading apostrophe from text cells, so exports cannot inject formulas
  and still read back exactly.  In ``.xlsx`` files such text is a plain text
  cell and needs nothing.
* The ``park`` sheet's optional keys (``electricity_tce_basis``,
  ``factor_region``, ``factor_year``, ``factor:<key>``) are written only when
  they differ from the defaults.
"""

from __future__ import annotations

import csv
import math
import os
import shutil
from enum import Enum
from pathlib import Path
from typing import Any

import xlsxwriter

from parkflow.model.entities import (
    ENTITY_SHEETS,
    PARK_DEFAULTS,
    TIME_SHEETS,
    ElectricityTceBasis,
    Park,
)
from parkflow.model.fileio import fsync_directory, ordinary_mode, write_atomically
from parkflow.model.problems import ParkError, Problem
from parkflow.model.workbook.cells import NUMBER_RE
from parkflow.model.workbook.folder_swap import recover_folder, side_folder, swap_folder
from parkflow.model.workbook.layout import FACTOR_OVERRIDE_PREFIX, PARK_COLUMNS, WORKBOOK_SHEETS, file_problem

_PARK_DEFAULT_FACTOR_REGION = Park().factor_region


def _cell_for_writing(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    return value


def workbook_tables(park: Park) -> dict[str, tuple[list[str], list[list[Any]]]]:
    """The park as sheet → (columns, rows), in workbook order.

    The ``links`` sheet is left out when the park declares no links and has
    none (docs/design.md, "The park": no links sheet means every compatible pair is a
    candidate).
    """
    park_rows: list[list[Any]] = [[key, getattr(park, key)] for key in PARK_DEFAULTS]
    if park.factor_region != _PARK_DEFAULT_FACTOR_REGION:
        park_rows.append(["factor_region", park.factor_region])
    if park.factor_year is not None:
        park_rows.append(["factor_year", park.factor_year])
    if park.electricity_tce_basis is not ElectricityTceBasis.CALORIFIC:
        park_rows.append(["electricity_tce_basis", park.electricity_tce_basis.value])
    for key, value in park.factor_overrides.items():
        park_rows.append([f"{FACTOR_OVERRIDE_PREFIX}{key}", value])
    tables: dict[str, tuple[list[str], list[list[Any]]]] = {"park": (list(PARK_COLUMNS), park_rows)}
    for sheet, cls in ENTITY_SHEETS.items():
        if sheet == "links" and not park.links_declared and not park.links:
            continue  # links that exist are never dropped, even when the flag says "not declared"
        columns = cls.columns()
        entities = park.collection(sheet).values()
        tables[sheet] = (
            columns,
            [[_cell_for_writing(getattr(entity, column)) for column in columns] for entity in entities],
        )
    for sheet, cls in TIME_SHEETS.items():
        if not _writes_time_sheet(park, sheet):
            continue
        columns = cls.columns()
        entities = park.collection(sheet).values()
        tables[sheet] = (
            columns,
            [[_cell_for_writing(getattr(entity, column)) for column in columns] for entity in entities],
        )
    return tables


def _writes_time_sheet(park: Park, sheet: str) -> bool:
    """Whether the workbook of ``park`` has ``sheet``: a park without periods or storages keeps the one it always had."""
    if sheet == "storages":
        return bool(park.storages)
    return bool(park.periods or park.profiles)


def _check_writable_numbers(tables: dict[str, tuple[list[str], list[list[Any]]]]) -> None:
    problems: list[Problem] = []
    for sheet, (columns, rows) in tables.items():
        for row_index, row in enumerate(rows, start=2):
            for column, value in zip(columns, row, strict=True):
                if isinstance(value, float) and not math.isfinite(value):
                    where = row[0] if sheet != "park" else row[0]
                    problems.append(
                        Problem(
                            f"{column} is {value!r} for {where}; a workbook can only hold finite numbers",
                            sheet=sheet,
                            row=row_index,
                            column=column if sheet != "park" else "value",
                        )
                    )
    if problems:
        raise ParkError(problems)


def _number_text(value: float | int) -> str:
    return repr(float(value)) if isinstance(value, float) else str(int(value))


#: Excel's limit on the characters in one cell.
MAX_CELL_TEXT = 32_767
#: Characters XML cannot carry that do not read back from an .xlsx file:
#: XlsxWriter writes them as ``_xFFFE_``, which calamine leaves as it is.
_NOT_IN_XLSX = ("\ufffe", "\uffff")


def _write_sheet(
    book: xlsxwriter.Workbook, name: str, columns: list[str], rows: list[list[Any]]
) -> list[Problem]:
    """Write one sheet row by row (XlsxWriter's constant-memory mode needs rows in order).

    Text always goes through ``write_string``, so text such as ``=cmd|…`` stays
    text and never becomes a formula (no formula injection).  Returns the
    cells Excel cannot hold.
    """
    worksheet = book.add_worksheet(name)
    worksheet.freeze_panes(1, 0)
    worksheet.set_column(0, max(len(columns), 1) - 1, 16)
    problems: list[Problem] = []
    for row_index, values in enumerate([columns, *rows]):
        for column_index, value in enumerate(values):
            if value is None or value == "":
                continue
            if isinstance(value, bool):
                worksheet.write_boolean(row_index, column_index, value)
            elif isinstance(value, (int, float)):
                worksheet.write_number(row_index, column_index, value)
            else:
                text = str(value)
                column = columns[column_index] if name != "park" else "value"
                if any(character in text for character in _NOT_IN_XLSX):
                    problems.append(
                        Problem(
                            f"{columns[column_index]} holds the character U+FFFE or U+FFFF, which an .xlsx file "
                            "cannot carry; remove it or export to a CSV folder",
                            sheet=name,
                            row=row_index + 1,
                            column=column,
                        )
                    )
                    continue
                if len(text) > MAX_CELL_TEXT:
                    problems.append(
                        Problem(
                            f"{columns[column_index]} holds {len(text):,} characters, more than the {MAX_CELL_TEXT:,} "
                            "an Excel cell can hold; shorten it or export to a CSV folder",
                            sheet=name,
                            row=row_index + 1,
                            column=column,
                        )
                    )
                    continue
                worksheet.write_string(row_index, column_index, text)
    return problems


def _write_xlsx(tables: dict[str, tuple[list[str], list[list[Any]]]], target: Path) -> None:
    """Write the tables as an .xlsx workbook with XlsxWriter (constant-memory mode)."""
    book = xlsxwriter.Workbook(
        str(target),
        {
            "constant_memory": True,
            "strings_to_numbers": False,
            "strings_to_formulas": False,
            "strings_to_urls": False,
        },
    )
    book.set_properties({"author": "ParkFlow", "comments": "ParkFlow park workbook"})
    problems: list[Problem] = []
    try:
        for name, (columns, rows) in tables.items():
            problems += _write_sheet(book, name, columns, rows)
    finally:
        book.close()
    if problems:
        raise ParkError(problems)


#: Text starting with these is run as a formula when a CSV file is opened in a
#: spreadsheet (CSV injection, OWASP); ParkFlow writes such text behind an
#: apostrophe, and text that starts with an apostrophe gets one more.
_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "'")


def _csv_text(text: str) -> str:
    """Text for a CSV cell, protected against formula injection (read back exactly)."""
    if text.startswith(_FORMULA_TRIGGERS) and not (text[0] in "+-" and NUMBER_RE.fullmatch(text)):
        return "'" + text
    return text


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        return _number_text(value)
    return _csv_text(str(value))


def _write_csv_folder(tables: dict[str, tuple[list[str], list[list[Any]]]], folder: Path) -> None:
    nul_problems = [
        Problem(
            f"{column} holds a NUL character, which a CSV file cannot carry; remove it",
            sheet=sheet,
            row=row_index,
            column=column,
        )
        for sheet, (columns, rows) in tables.items()
        for row_index, row in enumerate(rows, start=2)
        for column, value in zip(columns, row, strict=True)
        if isinstance(value, str) and "\x00" in value
    ]
    if nul_problems:
        raise ParkError(nul_problems)
    for name, (columns, rows) in tables.items():
        with (folder / f"{name}.csv").open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(columns)
            writer.writerows([[_csv_cell(value) for value in row] for row in rows])
            handle.flush()
            os.fsync(handle.fileno())


def _is_workbook_folder(folder: Path) -> bool:
    """True when ``folder`` holds nothing but park-workbook CSV files."""
    return all(
        entry.is_file() and entry.suffix.lower() == ".csv" and entry.stem in WORKBOOK_SHEETS
        for entry in folder.iterdir()
    )


def write_workbook(park: Park, path: Path | str) -> None:
    """Write ``park`` as an ``.xlsx`` workbook (path ends in .xlsx) or a CSV folder.

    Atomic: everything is written to a temporary file or folder next to
    ``path`` and moved into place only when complete, so an existing
    workbook stays intact if anything fails.  An existing folder is replaced
    only when it holds nothing but park-workbook CSV files.
    """
    path = Path(path)
    tables = workbook_tables(park)
    _check_writable_numbers(tables)
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise ParkError(file_problem(path, f"the folder {parent} does not exist"))
    if path.suffix.lower() == ".xlsx":
        if path.is_dir():
            raise ParkError(file_problem(path, "this is a folder; give a file name ending in .xlsx"))
        write_atomically(path, lambda temporary: _write_xlsx(tables, temporary))
        return
    if path.exists() and not path.is_dir():
        raise ParkError(
            file_problem(
                path, "this is a file; give a folder name for a CSV workbook, or a name ending in .xlsx"
            )
        )
    if path.is_dir() and not _is_workbook_folder(path):
        raise ParkError(
            file_problem(
                path,
                "a folder that holds other files; ParkFlow replaces only a park workbook folder "
                "(nothing but <sheet>.csv files): give a new or empty folder",
            )
        )
    recover_folder(path)
    temp_folder = side_folder(path, ".tmp")
    temp_folder.mkdir()
    try:
        _write_csv_folder(tables, temp_folder)
        os.chmod(temp_folder, ordinary_mode(path, directory=True))
    except BaseException:
        shutil.rmtree(temp_folder, ignore_errors=True)
        raise
    swap_folder(temp_folder, path)
    fsync_directory(parent)
