"""Reading the sheets of an ``.xlsx`` workbook with python-calamine.

Sheets are read with python-calamine (Rust calamine; cached formula values,
dates as ``datetime``) once :mod:`parkflow.model.workbook.xlsx_guard` has let
the file through.  calamine gives an Excel error value and a formula saved
without its result as blank cells; when the byte check sees error cells or
formulas, openpyxl's read-only mode fills those cells in, so that both are
still reported.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

import python_calamine

from parkflow.model.problems import Problem
from parkflow.model.workbook.layout import NoCachedValue, RawSheet, file_problem
from parkflow.model.workbook.xlsx_guard import XlsxDamaged, guard_archive

_ZIP_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    struct.error,
    OSError,
    EOFError,
    RuntimeError,
    NotImplementedError,
    ValueError,
    KeyError,
    IndexError,
)


def read_xlsx(path: Path) -> tuple[list[RawSheet], list[Problem]]:
    label = path.name
    try:
        with path.open("rb") as handle:
            signature = handle.read(8)
    except OSError as exc:
        return [], [file_problem(label, f"cannot read the file ({exc.strerror or exc})")]
    if signature.startswith(b"\xd0\xcf\x11\xe0"):
        return [], [
            file_problem(
                label,
                "this is an old .xls workbook or a password-protected one; "
                "open it in Excel or WPS and save it as .xlsx without a password",
            )
        ]
    try:
        archive = zipfile.ZipFile(path)
    except _ZIP_ERRORS as exc:
        return [], [
            file_problem(
                label,
                f"not an Excel .xlsx workbook ({exc}); if it is a CSV file, "
                "give a folder of <sheet>.csv files instead, or save it from Excel as .xlsx",
            )
        ]
    try:
        with archive:
            has_formulas, has_errors = guard_archive(archive)
        sheets = _calamine_sheets(path)
        # errors first: a formula whose cached result is an error reports the error
        if has_errors:
            _fill_calamine_blanks(path, sheets, formulas=False)
        if has_formulas:
            _fill_calamine_blanks(path, sheets, formulas=True)
        return sheets, []
    except XlsxDamaged as exc:
        return [], [file_problem(label, f"cannot be read: {exc}")]
    except Exception as exc:  # noqa: BLE001 - calamine and openpyxl raise many kinds on damaged files
        return [], [
            file_problem(label, f"the workbook is damaged ({exc}); open it in Excel or WPS and save it again")
        ]


def _calamine_sheets(path: Path) -> list[RawSheet]:
    """Every sheet's non-blank rows, read by python-calamine (cached formula values, dates as datetime)."""
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    sheets: list[RawSheet] = []
    try:
        for metadata in book.sheets_metadata:
            sheet = RawSheet(
                name=metadata.name.strip(),
                hidden=metadata.visible != python_calamine.SheetVisibleEnum.Visible,
            )
            sheets.append(sheet)
            if metadata.typ != python_calamine.SheetTypeEnum.WorkSheet:
                continue  # a chart sheet: no cells, so ignored with a warning if unknown
            values = book.get_sheet_by_name(metadata.name).to_python(skip_empty_area=False)
            for row_number, cells in enumerate(values, start=1):
                if cells.count("") != len(cells):
                    sheet.rows.append((row_number, [None if cell == "" else cell for cell in cells]))
    finally:
        book.close()
    return sheets


def _fill_calamine_blanks(path: Path, sheets: list[RawSheet], *, formulas: bool) -> None:
    """Fill in the cells python-calamine gives as blank although they are not.

    python-calamine 0.9 returns an Excel error value (``#DIV/0!``) and a
    formula saved without its result as an empty cell.  openpyxl's read-only
    mode tells them apart: with ``formulas`` it reads formulas as text and
    each such blank becomes a :class:`NoCachedValue`; without, it reads
    cached values and each error cell becomes its error code.  Runs only when
    the byte check in :func:`guard_archive` found formulas or error cells.
    """
    import openpyxl

    wanted_type = "f" if formulas else "e"
    book = openpyxl.load_workbook(path, read_only=True, data_only=not formulas)
    try:
        by_name = {sheet.name: sheet for sheet in sheets}
        for worksheet_name in book.sheetnames:
            sheet = by_name.get(worksheet_name.strip())
            if sheet is None:
                continue
            rows = dict(sheet.rows)
            for cells in book[worksheet_name].iter_rows():
                for cell in cells:
                    if getattr(cell, "data_type", None) != wanted_type or not isinstance(cell.value, str):
                        continue
                    row = rows.setdefault(cell.row, [])
                    column = cell.column - 1
                    if column < len(row) and row[column] is not None:
                        continue  # calamine read its cached value
                    row.extend([None] * (column + 1 - len(row)))
                    row[column] = NoCachedValue(cell.value.removeprefix("=")) if formulas else cell.value
            sheet.rows = sorted(
                ((number, cells) for number, cells in rows.items() if cells), key=lambda item: item[0]
            )
    finally:
        book.close()
