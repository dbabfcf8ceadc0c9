"""Read and write the park workbook: an ``.xlsx`` file or a folder of CSV files.

The format is fixed by docs/workbook.md: one sheet (or ``<sheet>.csv``) per entity
kind, exact column names, blank cells take the column's default.  Reading
never stops at the first problem: every cell that cannot be read, every
unknown sheet or column and every problem :func:`validate_park` finds is
reported at once, located as ``sheet:row:column`` (row = spreadsheet row,
header = 1; for CSV the line number), and nothing half-read is returned.

Design choices, and why:

* ``.xlsx`` sheets are read with python-calamine (Rust calamine; cached
  formula values, dates as ``datetime``).  Before the file reaches it, a few
  byte checks (no XML parsing) refuse zip bombs, DTDs (entity-expansion
  attacks), cells far to the right and sheets whose cells, or whose dense
  area, exceed MAX_READ_CELLS: calamine builds each sheet as a dense
  rectangle, and one stray cell in IV1000000 costs it 10 GB.  calamine gives
  an Excel error value and a formula saved without its result as blank
  cells; when the byte check sees error cells or formulas, openpyxl's
  read-only mode fills those cells in, so that both are still reported.
* Cells are converted column by column; long number columns go through
  ``pandas.to_numeric`` (exact: the same floats as Python's ``float``), and
  only cells that did not read cleanly are looked at one by one.
* ``.xlsx`` files are written with XlsxWriter in constant-memory mode
  (as fast as openpyxl's write-only mode or up to 1.9 times faster at
  100,000 rows on our busy 2-core machines, ``benchmarks/bench_workbook.py``;
  it also keeps text apart from formulas by API).  Both write numbers with 16
  significant digits, so ``0.1 + 0.2`` reads back as ``0.3``: an ``.xlsx``
  round trip keeps floats to a relative 1e-12, a CSV folder (``repr``) keeps
  every bit.  Text always goes through ``write_string``, never ``write``,
  so text that starts with ``=`` stays text.
* CSV files are written as UTF-8 with a byte-order mark, so that Excel and
  WPS show Chinese names correctly when the file is double-clicked.  Reading
  accepts UTF-8 (with or without the mark), UTF-16 with a mark, and GB18030
  (a superset of GBK and GB2312, the usual encoding of Chinese office CSVs);
  other encodings are accepted when charset-normalizer is sure of them.
* Text that a spreadsheet would run as a formula (``=…``, ``+…``, ``-…``,
  ``@…``) is written to CSV behind an apostrophe, and reading a CSV file drops
  one leading apostrophe from text cells, so exports cannot inject formulas
  and still read back exactly.  In ``.xlsx`` files such text is a plain text
  cell and needs nothing.
* The ``park`` sheet accepts, besides its documented keys (among them
  ``electricity_tce_basis``, written only when it is ``generation``), the optional
  keys ``factor_region``, ``factor_year`` and ``factor:<library key>`` (a
  factor override), so that a park exported from a scenario file keeps its
  factor selection.  They are written only when they differ from the defaults.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import dataclasses
import datetime as dt
import difflib
import io
import itertools
import math
import os
import re
import secrets
import shutil
import struct
import time
import typing
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

import python_calamine
import xlsxwriter

from parkflow.model.entities import (
    ENTITY_SHEETS,
    MEDIUM_ZH,
    PARK_DEFAULTS,
    TIME_SHEETS,
    Direction,
    ElectricityTceBasis,
    LinkStatus,
    Medium,
    Park,
    profile_key,
)
from parkflow.model.fileio import fsync_directory, write_atomically
from parkflow.model.problems import ParkError, Problem
from parkflow.model.validate import MAX_ABS_NUMBER, locate, validate_park

#: Sheets of a park workbook, in the order they are written (docs/workbook.md).
SHEET_ORDER: tuple[str, ...] = ("park", "enterprises", "utilities", "disposals", "streams", "links", "converters")
#: Optional sheets of the park over the year, written after the network's only when the park has
#: periods (``periods``, ``profiles``) or storages (``storages``).
TIME_SHEET_ORDER: tuple[str, ...] = tuple(TIME_SHEETS)
#: Every sheet a park workbook may have, in workbook order.
WORKBOOK_SHEETS: tuple[str, ...] = SHEET_ORDER + TIME_SHEET_ORDER
#: Columns that identify a row of each sheet (an id, or for a profile its period and item).
KEY_COLUMNS: dict[str, tuple[str, ...]] = {"profiles": ("period", "item")}
#: Columns of the ``park`` sheet.
PARK_COLUMNS: tuple[str, ...] = ("key", "value")
# Numbers larger than MAX_ABS_NUMBER (10^15, from the validator) are refused
# as typing or unit mistakes, in every number cell.
#: Text columns kept exactly as typed; every other text column (ids,
#: references, units, factor names, substances) has surrounding spaces removed.
FREE_TEXT_COLUMNS: frozenset[str] = frozenset({"name", "sector", "notes"})
#: Optional ``park`` keys beyond the fixed settings (see the module docstring).
FACTOR_OVERRIDE_PREFIX = "factor:"
_PARK_DEFAULT_FACTOR_REGION = Park().factor_region
#: Refuse ``.xlsx`` files whose parts unpack to more than this (zip bombs).
MAX_XLSX_UNPACKED_BYTES = 1 << 30
#: A park sheet has at most 15 columns; cells further right than this are
#: refused rather than read (a stray cell in column XFD of every row would
#: otherwise cost gigabytes).
MAX_READ_COLUMNS = 256
#: Refuse sheets with more cells than this: 100,000 stream rows hold 1.5
#: million; ten million keeps a hostile file from exhausting memory.
MAX_READ_CELLS = 10_000_000
#: Refuse CSV files larger than this (a park's largest sheet, 100,000 stream
#: rows, is about 10 MB).
MAX_CSV_BYTES = 1 << 30
#: Error values Excel stores in cells.
EXCEL_ERRORS: frozenset[str] = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"}
)
_GB_ENCODINGS = frozenset({"gb2312", "gbk", "gb18030", "hz", "cp936"})
_NO_FORMULA_CACHE = (
    "open the workbook in Excel or WPS and save it (so the result is stored), "
    "or type the value instead of the formula"
)


# --------------------------------------------------------------------------
# Cell markers for things a cell can hold besides plain values
# --------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _NoCachedValue:
    """A formula cell saved without its result (a file written by a script)."""

    formula: str


# --------------------------------------------------------------------------
# Column specifications, derived from the entity dataclasses
# --------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ColumnSpec:
    """How one workbook column is read: its kind, default and whether required."""

    name: str
    kind: str  # "text", "free", "number", "enum"
    default: Any
    required: bool
    enum: type[Enum] | None = None


def _column_specs(cls: type) -> tuple[ColumnSpec, ...]:
    hints = typing.get_type_hints(cls)
    specs: list[ColumnSpec] = []
    for fld in dataclasses.fields(cls):
        hint = hints[fld.name]
        required = fld.default is dataclasses.MISSING and fld.default_factory is dataclasses.MISSING
        default = None if fld.default is dataclasses.MISSING else fld.default
        args = typing.get_args(hint)
        base = hint if not args else next(arg for arg in args if arg is not type(None))
        if isinstance(base, type) and issubclass(base, Enum):
            specs.append(ColumnSpec(fld.name, "enum", default, required, base))
        elif base is float or base is int:
            specs.append(ColumnSpec(fld.name, "number", default, required))
        else:
            kind = "free" if fld.name in FREE_TEXT_COLUMNS else "text"
            specs.append(ColumnSpec(fld.name, kind, "" if default is None else default, required))
    return tuple(specs)


#: Column specifications of each entity sheet.
SHEET_COLUMNS: dict[str, tuple[ColumnSpec, ...]] = {
    sheet: _column_specs(cls) for sheet, cls in {**ENTITY_SHEETS, **TIME_SHEETS}.items()
}


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


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _suggest(word: str, choices: Iterable[str]) -> str:
    choices = list(choices)
    lowered = {choice.lower(): choice for choice in choices}
    if word.strip().lower() in lowered:
        return f" (did you mean {lowered[word.strip().lower()]!r}?)"
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.75)
    return f" (did you mean {close[0]!r}?)" if close else ""


# --------------------------------------------------------------------------
# .xlsx reading: python-calamine, behind cheap safety checks
# --------------------------------------------------------------------------
class _XlsxDamaged(Exception):
    """The .xlsx file cannot be read; the message says why and what to do."""


def column_letters(index: int) -> str:
    """Spreadsheet letters of a 0-based column index (0 → ``A``)."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _column_index(letters: str) -> int:
    """0-based index of a column given by letters (``A`` → 0, ``AB`` → 27)."""
    index = 0
    for letter in letters.upper():
        index = index * 26 + (ord(letter) - 64)
    return index - 1


def _too_many_cells_message() -> str:
    return f"a sheet has more than {MAX_READ_CELLS:,} cells, more than any park needs; split or trim it"


def _far_cell_message(column: int, row: int) -> str:
    return (
        f"a sheet has a value in cell {column_letters(column)}{row}, far to the right of the park "
        f"columns (ParkFlow reads at most {MAX_READ_COLUMNS}); delete the columns after the last one you use"
    )


# The guards below only count and search bytes; python-calamine reads the
# cells.  They run first because calamine builds every sheet as a dense
# rectangle: one stray cell in IV1000000 costs it 10 GB (measured).  Each is a
# pass in C over the sheet's bytes; all of them together take about 1 s for
# 100,000 stream rows (benchmarks/bench_workbook.py), calamine itself 2 s.
_FORMULA_MARKERS = (b"<f>", b"<f ", b"<f/", b":f>", b":f ", b":f/")
_ERROR_CELL_MARKER = b' t="e"'
_CELL_REFERENCE_RE = re.compile(rb'\sr="([A-Za-z]{1,3})(\d+)"')
_CELL_TAG_RE = re.compile(rb"<(?:\w+:)?c[\s/>]")
_ROW_RE = re.compile(rb"<(?:\w+:)?row[\s>].*?</(?:\w+:)?row>|<(?:\w+:)?row[^>]*/>", re.S)
_CELL_TAGS = (b"<c ", b"<c>", b"<c/", b":c ", b":c>", b":c/")


def _refuse_doctype(data: bytes, part: str) -> None:
    """A DTD may only come before the root element; workbooks never have one."""
    root = data.find(b"<", data.find(b"?>") + 1 if data.startswith(b"<?xml") else 0)
    prolog = data[: max(root, 0) + 10]
    if b"<!DOCTYPE" in prolog or b"<!ENTITY" in data[:4096]:
        raise _XlsxDamaged(f"{part} contains a DTD, which a workbook never has; save it again from Excel")


def _refuse_large_area(data: bytes) -> None:
    """Refuse cells right of column MAX_READ_COLUMNS and sheets whose dense area exceeds MAX_READ_CELLS.

    Only cell references in columns after Z, or in rows at or below
    ``small_rows``, can make the area large; the search lists just those, so
    an ordinary sheet costs one pass.  Cells and rows without a reference
    follow the previous one: when the byte counts show any, each row's cells
    are counted too (a row of 10,000 such cells would widen every row).
    """
    small_rows = max(MAX_READ_CELLS // 26, 1)
    digits = len(str(small_rows))
    unusual = re.compile(rb'\sr="([A-Za-z]{2,}|[A-Za-z](?=\d{%d,}))(\d+)"' % digits)
    width, last_row = 26, 10 ** (digits - 1)
    for letters, row in unusual.findall(data):
        column = _column_index(letters.decode("ascii"))
        if column >= MAX_READ_COLUMNS:
            raise _XlsxDamaged(_far_cell_message(column, int(row)))
        width, last_row = max(width, column + 1), max(last_row, int(row))
    extra_width = extra_rows = 0
    if sum(data.count(tag) for tag in _CELL_TAGS) + data.count(b"<row") + data.count(b":row") > data.count(b' r="'):
        rows = [len(_CELL_TAG_RE.findall(row.group())) for row in _ROW_RE.finditer(data)]
        extra_width, extra_rows = max(rows, default=0), len(rows)
    if (width + extra_width) * (last_row + extra_rows) > MAX_READ_CELLS:
        # the bound is loose (26 columns, rows up to small_rows): measure exactly
        references = _CELL_REFERENCE_RE.findall(data)
        width = 1 + max((_column_index(letters.decode("ascii")) for letters in {ref[0] for ref in references}), default=0)
        last_row = max((int(ref[1]) for ref in references), default=0)
        if (width + extra_width) * (last_row + extra_rows) > MAX_READ_CELLS:
            raise _XlsxDamaged(_too_many_cells_message())


def _guard_archive(archive: zipfile.ZipFile) -> tuple[bool, bool]:
    """Refuse zip bombs, DTDs and oversized sheets; say whether sheets hold formulas and error cells."""
    infos = archive.infolist()
    unpacked = sum(info.file_size for info in infos)
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise _XlsxDamaged(
            f"it would unpack to {unpacked / 2**20:.0f} MiB, more than the "
            f"{MAX_XLSX_UNPACKED_BYTES / 2**20:.0f} MiB ParkFlow accepts for a park workbook"
        )
    has_formulas = has_errors = False
    for info in infos:
        if not info.filename.lower().endswith((".xml", ".rels")):
            continue
        data = archive.read(info)
        _refuse_doctype(data, info.filename.rpartition("/")[2])
        if b"sheetData" not in data:
            continue
        # an upper bound of the cells: every "<c…" or "…:c…" tag, <col> and <cfRule> included
        if data.count(b"<c") + data.count(b":c") > MAX_READ_CELLS:
            raise _XlsxDamaged(_too_many_cells_message())
        _refuse_large_area(data)
        has_formulas = has_formulas or any(marker in data for marker in _FORMULA_MARKERS)
        has_errors = has_errors or _ERROR_CELL_MARKER in data
    return has_formulas, has_errors


#: What a damaged zip archive can raise while it is opened or unpacked.
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


def _read_xlsx(path: Path) -> tuple[list[RawSheet], list[Problem]]:
    label = path.name
    try:
        with path.open("rb") as handle:
            signature = handle.read(8)
    except OSError as exc:
        return [], [file_problem(label, f"cannot read the file ({exc.strerror or exc})")]
    if signature.startswith(b"\xd0\xcf\x11\xe0"):
        return [], [file_problem(
            label, "this is an old .xls workbook or a password-protected one; "
            "open it in Excel or WPS and save it as .xlsx without a password"
        )]
    try:
        archive = zipfile.ZipFile(path)
    except _ZIP_ERRORS as exc:
        return [], [file_problem(
            label, f"not an Excel .xlsx workbook ({exc}); if it is a CSV file, "
            "give a folder of <sheet>.csv files instead, or save it from Excel as .xlsx"
        )]
    try:
        with archive:
            has_formulas, has_errors = _guard_archive(archive)
        sheets = _calamine_sheets(path)
        # errors first: a formula whose cached result is an error reports the error
        if has_errors:
            _fill_calamine_blanks(path, sheets, formulas=False)
        if has_formulas:
            _fill_calamine_blanks(path, sheets, formulas=True)
        return sheets, []
    except _XlsxDamaged as exc:
        return [], [file_problem(label, f"cannot be read: {exc}")]
    except Exception as exc:  # noqa: BLE001 - calamine and openpyxl raise many kinds on damaged files
        return [], [file_problem(label, f"the workbook is damaged ({exc}); open it in Excel or WPS and save it again")]


def _calamine_sheets(path: Path) -> list[RawSheet]:
    """Every sheet's non-blank rows, read by python-calamine (cached formula values, dates as datetime)."""
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    sheets: list[RawSheet] = []
    try:
        for metadata in book.sheets_metadata:
            sheet = RawSheet(
                name=metadata.name.strip(), hidden=metadata.visible != python_calamine.SheetVisibleEnum.Visible
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
    each such blank becomes a :class:`_NoCachedValue`; without, it reads
    cached values and each error cell becomes its error code.  Runs only when
    the byte check in :func:`_guard_archive` found formulas or error cells.
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
                    row[column] = _NoCachedValue(cell.value.removeprefix("=")) if formulas else cell.value
            sheet.rows = sorted(((number, cells) for number, cells in rows.items() if cells), key=lambda item: item[0])
    finally:
        book.close()


# --------------------------------------------------------------------------
# CSV folder reading
# --------------------------------------------------------------------------
def _header_looks_right(text: str) -> bool:
    """True when the first line holds an expected (ASCII) column name."""
    first = text.lstrip("\ufeff").split("\n", 1)[0].lower()
    if first.startswith("sep="):
        first = text.split("\n", 2)[1].lower() if text.count("\n") >= 1 else ""
    return any(name in first for name in ("id", "key", "value"))


def decode_csv_bytes(data: bytes, label: str) -> tuple[str | None, list[Problem]]:
    """Decode a CSV file's bytes; (text, problems) with text None when unsure.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; then
    GB18030 (which covers GBK and GB2312) when charset-normalizer also
    considers a Chinese encoding possible; then charset-normalizer's choice
    when it has one clear candidate.
    """
    save_hint = (
        f"cannot tell which text encoding {label} uses (it is not UTF-8); open it in Excel or WPS "
        "and save it as 'CSV UTF-8 (comma delimited)', then import it again"
    )
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8):].decode("utf-8"), []
        except UnicodeDecodeError:
            return None, [Problem(save_hint, sheet=label)]
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff"), []
            except UnicodeDecodeError:
                return None, [Problem(save_hint, sheet=label)]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        # Valid UTF-8 text (with non-ASCII characters) up to the bad byte, or a
        # file cut off inside a character: a damaged UTF-8 file, not another
        # encoding.  Reading it as GB18030 would silently garble the names.
        # (Three non-ASCII characters that are valid UTF-8 by chance are rare in
        # GBK text: about one file in a thousand.)
        valid_prefix = data[: exc.start].decode("utf-8", errors="replace")
        if exc.reason == "unexpected end of data" or sum(char > "\x7f" for char in valid_prefix) >= 3:
            line = data.count(b"\n", 0, exc.start) + 1
            return None, [Problem(
                f"{label} is UTF-8 but damaged at byte {exc.start} (line {line}): it may be cut off or "
                "mix two encodings; open it in Excel or WPS and save it again as 'CSV UTF-8 (comma delimited)'",
                sheet=label,
            )]
    import charset_normalizer

    candidates = [match for match in charset_normalizer.from_bytes(data) if _header_looks_right(str(match))]
    try:
        gb_text: str | None = data.decode("gb18030")
    except UnicodeDecodeError:
        gb_text = None
    if gb_text is not None and (
        not candidates or any(match.encoding in _GB_ENCODINGS for match in candidates)
    ):
        return gb_text, []
    if not candidates:
        return None, [Problem(save_hint, sheet=label)]
    lowest = min(match.chaos for match in candidates)
    best = [match for match in candidates if match.chaos <= lowest + 0.05]
    texts = {str(match) for match in best}
    if len(texts) > 1:
        return None, [Problem(save_hint, sheet=label)]
    chosen = best[0]
    return str(chosen), [Problem(
        f"read as {chosen.encoding}, not UTF-8; if names look wrong, save the file as "
        "'CSV UTF-8 (comma delimited)' and import it again",
        sheet=label,
        severity="warning",
    )]


def _sniff_delimiter(line: str) -> str:
    counts = {delimiter: line.count(delimiter) for delimiter in (",", ";", "\t", "|")}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def read_csv_sheet(path: Path, sheet_name: str) -> tuple[RawSheet | None, list[Problem]]:
    """One ``<sheet>.csv`` file as a :class:`RawSheet` (row = line number)."""
    label = path.name
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            return None, [Problem(
                f"{label} is {size / 2**20:.0f} MiB, more than the {MAX_CSV_BYTES / 2**20:.0f} MiB "
                "ParkFlow accepts for one sheet", sheet=label)]
        data = path.read_bytes()
    except OSError as exc:
        return None, [Problem(f"cannot read {label} ({exc.strerror or exc})", sheet=label)]
    unicode_boms = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
    if b"\x00" in data[:4096] and not data.startswith(unicode_boms):
        return None, [Problem(
            f"{label} is not a text CSV file (it holds binary data); save the sheet from "
            "Excel or WPS as 'CSV UTF-8 (comma delimited)'", sheet=label)]
    text, problems = decode_csv_bytes(data, label)
    if text is None:
        return None, problems
    first_line_end = text.find("\n")
    first_line = text if first_line_end < 0 else text[:first_line_end]
    line_offset = 0
    if first_line.strip().lower().startswith("sep=") and len(first_line.strip()) == 5:
        delimiter = first_line.strip()[4]
        text = text[first_line_end + 1:] if first_line_end >= 0 else ""
        line_offset = 1
    else:
        header_line = next((line for line in text.splitlines() if line.strip()), "")
        delimiter = _sniff_delimiter(header_line)
    sheet = RawSheet(name=sheet_name, from_csv=True)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    previous_line = 0
    cell_count = 0
    try:
        for record in reader:
            start_line = previous_line + 1 + line_offset
            previous_line = reader.line_num
            while record and not record[-1].strip():
                record.pop()  # trailing empty cells (";;;;" from Excel); a blank line ends empty
            if not record:
                continue
            cell_count += len(record)
            if cell_count > MAX_READ_CELLS:
                problems.append(Problem(_too_many_cells_message(), sheet=sheet_name, row=start_line))
                return None, problems
            if len(record) > MAX_READ_COLUMNS:
                problems.append(Problem(_far_cell_message(len(record) - 1, start_line), sheet=sheet_name, row=start_line))
                return None, problems
            sheet.rows.append((start_line, record))
    except csv.Error as exc:
        problems.append(Problem(
            f"cannot read line {previous_line + 1 + line_offset}: {exc}; check quotes and that the "
            "file is plain text", sheet=sheet_name, row=previous_line + 1 + line_offset))
        return None, problems
    return sheet, problems


def _read_csv_folder(path: Path) -> tuple[list[RawSheet], list[Problem]]:
    problems: list[Problem] = []
    sheets: list[RawSheet] = []
    try:
        entries = sorted(path.iterdir())
    except OSError as exc:
        return [], [file_problem(path, f"cannot list the folder ({exc.strerror or exc})")]
    csv_files = [
        entry for entry in entries
        if entry.is_file() and entry.suffix.lower() == ".csv" and not entry.name.startswith((".", "~$"))
    ]
    for entry in entries:  # a folder named like a sheet would be skipped silently, and the sheet missed
        if entry.is_dir() and entry.suffix.lower() == ".csv" and not entry.name.startswith((".", "~$")):
            problems.append(Problem(f"{entry.name} is a folder, not a CSV file; ParkFlow reads the sheet "
                                    f"{entry.stem!r} from a file of that name: move the folder away or replace "
                                    "it with the CSV file", sheet=entry.name))
    if not csv_files:
        return [], [file_problem(
            path, "the folder holds no <sheet>.csv files; a park workbook folder has "
            f"{', '.join(name + '.csv' for name in WORKBOOK_SHEETS)} (links.csv, converters.csv, periods.csv, "
            "profiles.csv and storages.csv optional)"
        )]
    for entry in csv_files:
        name = entry.stem.strip()
        if name not in WORKBOOK_SHEETS:
            problems.append(Problem(
                f"unknown file {entry.name!r}{_suggest(name, WORKBOOK_SHEETS)}: a park workbook folder holds "
                f"only {', '.join(s + '.csv' for s in WORKBOOK_SHEETS)}; rename or remove it",
                sheet=entry.name,
            ))
            continue
        sheet, sheet_problems = read_csv_sheet(entry, name)
        problems.extend(sheet_problems)
        if sheet is not None:
            sheets.append(sheet)
        else:
            sheets.append(RawSheet(name=name, unreadable=True))
    return sheets, problems


# --------------------------------------------------------------------------
# Cell conversion
# --------------------------------------------------------------------------
def _text_of(value: Any) -> str:
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


_NUMBER_RE = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def _number_of(value: Any, column: str) -> tuple[float | None, str | None]:
    """(number, None) or (None, reason) for one cell of a number column."""
    if isinstance(value, bool):
        return None, f"{column} must be a number, not {'TRUE' if value else 'FALSE'}"
    if isinstance(value, (int, float)):
        number = float(value)
        text = repr(value)
    elif isinstance(value, str):
        text = value.strip()
        if _NUMBER_RE.fullmatch(text) is None:
            lowered = text.lower()
            if lowered in ("nan", "+nan", "-nan", "inf", "+inf", "-inf", "infinity", "-infinity", "+infinity"):
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
        return None, f"{column} must be a number, but the cell holds the date or time {_text_of(value)}; format the cell as a number"
    else:
        return None, f"{column} must be a number, not {value!r}"
    if not math.isfinite(number):
        return None, f"{column} must be a finite number, not {text}"
    if abs(number) > MAX_ABS_NUMBER:
        return None, f"{column} is {number:g}, larger than {MAX_ABS_NUMBER:g}; check the value and its unit"
    return number, None


def _parse_numbers(values: list[Any]) -> tuple[list[float | None], list[int]] | None:
    """Vectorised reading of a number column of text or numbers (numpy/pandas).

    Returns the numbers (None for blanks and unknown) and the positions the
    caller must look at cell by cell (anything but a blank that did not read
    as a finite number within ±MAX_ABS_NUMBER, text with ``_``); None when the column
    holds other kinds of values (booleans, dates, markers), which the caller
    then reads cell by cell.
    """
    kinds = set(map(type, values))
    if not kinds <= {str, float, int, type(None)} or len(values) < 64:
        return None
    import numpy
    import pandas

    series = pandas.Series(values, dtype=object)
    numbers = pandas.to_numeric(series, errors="coerce").to_numpy(dtype=float, na_value=numpy.nan)
    good = numpy.isfinite(numbers) & (numpy.abs(numbers) <= MAX_ABS_NUMBER)
    blank = (series.isna() | (series == "")).to_numpy(dtype=bool)
    if str in kinds:
        # pandas reads "1_000" as Python does not; such text gets the cell-by-cell message
        good &= ~numpy.fromiter((type(value) is str and "_" in value for value in values), bool, len(values))
    unsure = numpy.flatnonzero(~good & ~blank).tolist()
    as_list: list[float | None] = numbers.tolist()
    for position in numpy.flatnonzero(~good).tolist():
        as_list[position] = None
    return as_list, unsure


def _enum_lookup(enum: type[Enum]) -> dict[str, Enum]:
    lookup: dict[str, Enum] = {}
    for member in enum:
        lookup[member.value] = member
        lookup[member.value.replace("_", " ")] = member
        lookup[member.value.replace("_", "-")] = member
    if enum is Medium:
        for medium, chinese in MEDIUM_ZH.items():
            lookup[chinese] = medium
    return lookup


_ENUM_LOOKUPS: dict[type[Enum], dict[str, Enum]] = {enum: _enum_lookup(enum) for enum in (Medium, Direction, LinkStatus)}


@dataclass(slots=True)
class _SheetResult:
    """What reading one entity sheet gave."""

    entities: list[Any] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    dropped: set[str] = field(default_factory=set)
    bad_cells: set[tuple[int, str]] = field(default_factory=set)
    any_dropped_row: bool = False
    #: True when no row could be read at all (no id column).
    lost: bool = False


def _special_cell(value: Any, sheet: str, row: int, column: str) -> Problem | None:
    if isinstance(value, _NoCachedValue):
        shown = f"={value.formula}" if value.formula else "a shared formula"
        return Problem(f"the formula {shown} has no saved value; {_NO_FORMULA_CACHE}", sheet=sheet, row=row, column=column)
    if isinstance(value, str) and value.strip() in EXCEL_ERRORS:
        code = value.strip()
        return Problem(f"the cell shows the Excel error {code}; fix its formula or type the value", sheet=sheet, row=row, column=column)
    return None


def _header(sheet: RawSheet, known: Sequence[str], result: _SheetResult) -> tuple[int, dict[str, int]]:
    """Check the header row; returns ``(header_row, column -> index)`` of the known columns."""
    header_row, header_cells = sheet.rows[0]
    positions: dict[str, int] = {}
    data_width = max((len(cells) for _, cells in sheet.rows[1:]), default=0)
    for index in range(max(len(header_cells), data_width)):
        raw = header_cells[index] if index < len(header_cells) else None
        if _is_blank(raw):
            if any(index < len(cells) and not _is_blank(cells[index]) for _, cells in sheet.rows[1:]):
                result.problems.append(Problem(
                    f"column {column_letters(index)} has values but no header; give it one of: "
                    f"{', '.join(known)}, or delete the column",
                    sheet=sheet.name, row=header_row, column=column_letters(index)))
            continue
        name = _text_of(raw).strip()
        if name in positions:
            result.problems.append(Problem(
                f"column {name!r} appears twice; keep one", sheet=sheet.name, row=header_row, column=name))
        elif name not in known:
            result.problems.append(Problem(
                f"unknown column {name!r}{_suggest(name, known)}; the {sheet.name} sheet's columns are: "
                f"{', '.join(known)}",
                sheet=sheet.name, row=header_row, column=name))
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


def _convert_column(
    spec: ColumnSpec,
    values: list[Any],
    row_numbers: list[int],
    sheet: str,
    result: _SheetResult,
    from_csv: bool = False,
) -> tuple[list[Any], set[int]]:
    """Convert one column; returns its values and the positions of unusable rows.

    A bad cell is reported once at ``sheet:row:column``; the row keeps the
    column's default, or is unusable (dropped) when the column is required.
    The loops are specialised per kind of column, with the common case
    (a plain number, a plain text) first: 100,000 rows × 15 columns must
    convert in about a second.
    """
    converted: list[Any] = [spec.default] * len(values)
    unusable: set[int] = set()
    problems = result.problems
    name = spec.name
    required = spec.required

    def bad(position: int, message: str | Problem | None) -> None:
        if message is None:
            message = f"{name} cannot be read from this cell"
        problem = message if isinstance(message, Problem) else Problem(message, sheet=sheet, row=row_numbers[position], column=name)
        problems.append(problem)
        result.bad_cells.add((row_numbers[position], name))
        if required:
            unusable.add(position)

    def blank(position: int) -> None:
        if required:
            bad(position, f"{name} is required; fill in this cell")

    def special(position: int, value: Any) -> bool:
        """Report a formula without a value or an Excel error; True if it was one."""
        problem = _special_cell(value, sheet, row_numbers[position], name)
        if problem is None:
            return False
        bad(position, problem)
        return True

    kind = spec.kind
    if kind == "number":
        low, high = -MAX_ABS_NUMBER, MAX_ABS_NUMBER
        parsed = None if required else _parse_numbers(values)  # blanks of a required column need a message
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
                blank(position)
                continue
            value_type = type(value)
            if value_type is str:
                try:
                    number = float(value)
                except ValueError:
                    if not value.strip():
                        blank(position)
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
            if special(position, value):
                continue
            number_or_none, reason = _number_of(value, name)
            if reason is not None:
                bad(position, reason)
            else:
                converted[position] = number_or_none
    elif kind == "enum":
        assert spec.enum is not None
        lookup = _ENUM_LOOKUPS[spec.enum]
        for position, value in enumerate(values):
            if value is None:
                blank(position)
                continue
            text = (value if type(value) is str else _text_of(value)).strip()
            member = lookup.get(text) or lookup.get(text.lower())
            if member is not None:
                converted[position] = member
            elif not text:
                blank(position)
            elif not special(position, value):
                allowed = ", ".join(item.value for item in spec.enum)
                hint = _suggest(text.lower(), [item.value for item in spec.enum])
                bad(position, f"{name} {text!r} is not allowed; use one of: {allowed}{hint}")
    else:
        free = kind == "free"
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
                blank(position)
                continue
            if type(value) is str:
                stripped = value.strip()
                if not stripped:
                    converted[position] = spec.default
                    blank(position)
                elif free:
                    converted[position] = value[1:] if from_csv and value[0] == "'" else value
                elif stripped[0] == "#" and stripped in EXCEL_ERRORS:
                    special(position, stripped)
                else:
                    converted[position] = stripped[1:] if from_csv and stripped[0] == "'" else stripped
            elif not special(position, value):
                text = _text_of(value)
                converted[position] = text if free else text.strip()
    return converted, unusable


def _read_entity_sheet(sheet: RawSheet, sheet_name: str) -> _SheetResult:
    result = _SheetResult()
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
        result.problems.append(Problem(
            f"the {sheet_name} sheet has no {missing_key} column; add a column named {missing_key} with {what}",
            sheet=sheet_name, row=sheet.rows[0][0], column=missing_key))
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
        values, unusable = _convert_column(
            spec, _column_values(transposed, index, len(row_numbers)), row_numbers, sheet_name, result, sheet.from_csv
        )
        columns.append(values)
        unusable_rows |= unusable
    cls = {**ENTITY_SHEETS, **TIME_SHEETS}[sheet_name]
    keyed_by_id = key_columns == ("id",)
    rows = result.rows
    entities = result.entities
    for position, (row_number, fields) in enumerate(zip(row_numbers, zip(*columns, strict=True), strict=True)):
        entity_id = fields[0] if keyed_by_id else profile_key(str(fields[0] or ""), str(fields[1] or ""))
        if entity_id in rows and entity_id:
            if keyed_by_id:
                message = (f"duplicate id {entity_id!r}: row {rows[entity_id]} already uses it; ids must be unique "
                           f"within the {sheet_name} sheet")
            else:
                message = (f"period {fields[0]!r} and item {fields[1]!r} are already on row {rows[entity_id]}; "
                           "give each item one row per period")
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


def _read_park_sheet(sheet: RawSheet, park: Park, rows: dict[tuple[str, str], int], problems: list[Problem]) -> None:
    result = _SheetResult()
    _, positions = _header(sheet, PARK_COLUMNS, result)
    problems.extend(result.problems)
    if "key" not in positions:
        if len(sheet.rows) > 1 or not result.problems:
            problems.append(Problem("the park sheet needs the columns key and value", sheet="park", row=sheet.rows[0][0], column="key"))
        return
    known_keys = [*PARK_KEY_KINDS, f"{FACTOR_OVERRIDE_PREFIX}<factor>"]
    key_index, value_index = positions["key"], positions.get("value")
    for row_number, cells in sheet.rows[1:]:
        raw_key = cells[key_index] if key_index < len(cells) else None
        raw_value = cells[value_index] if value_index is not None and value_index < len(cells) else None
        if _is_blank(raw_key):
            if not _is_blank(raw_value):
                problems.append(Problem("a value without a key; fill in the key or clear the row", sheet="park", row=row_number, column="key"))
            continue
        key = _text_of(raw_key).strip()
        if ("park", key) in rows:
            problems.append(Problem(f"key {key!r} appears twice (row {rows[('park', key)]}); keep one", sheet="park", row=row_number, column="key"))
            continue
        is_override = key.startswith(FACTOR_OVERRIDE_PREFIX) and len(key) > len(FACTOR_OVERRIDE_PREFIX)
        kind = "number" if is_override else PARK_KEY_KINDS.get(key)
        if kind is None:
            problems.append(Problem(
                f"unknown key {key!r}{_suggest(key, PARK_KEY_KINDS)}; the park sheet's keys are: {', '.join(known_keys)}",
                sheet="park", row=row_number, column="key"))
            continue
        rows[("park", key)] = row_number
        free_text = kind == "free" and isinstance(raw_value, str)
        special = None if free_text else _special_cell(raw_value, "park", row_number, "value")
        if special is not None:
            problems.append(special)
            continue
        if _is_blank(raw_value):
            continue
        if kind == "basis":
            text = _text_of(raw_value).strip()
            try:
                park.electricity_tce_basis = ElectricityTceBasis(text.lower())
            except ValueError:
                allowed = ", ".join(member.value for member in ElectricityTceBasis)
                problems.append(Problem(f"{key} {text!r} is not allowed; use one of: {allowed}", sheet="park", row=row_number, column="value"))
            continue
        if kind in ("number", "integer"):
            number, reason = _number_of(raw_value, key)
            if reason is not None:
                problems.append(Problem(reason, sheet="park", row=row_number, column="value"))
                continue
            assert number is not None
            if kind == "integer":
                if not number.is_integer():
                    problems.append(Problem(f"{key} must be a whole number, not {number:g}", sheet="park", row=row_number, column="value"))
                    continue
                park.factor_year = int(number)
            elif is_override:
                park.factor_overrides[key[len(FACTOR_OVERRIDE_PREFIX):].strip()] = number
            else:
                setattr(park, key, number)
        else:
            text = _text_of(raw_value) if kind == "free" else _text_of(raw_value).strip()
            if sheet.from_csv and text.startswith("'"):
                text = text[1:]
            setattr(park, key, text)


# --------------------------------------------------------------------------
# Putting it together
# --------------------------------------------------------------------------
#: The sheet a reference column points into.
_REFERENCE_SHEET: dict[str, str] = {
    "enterprise": "enterprises",
    "utility": "utilities",
    "disposal": "disposals",
    "source": "streams",
    "sink": "streams",
    "input": "streams",
    "output": "streams",
    "residue": "streams",
    "aux": "streams",
}
_UNFED_SINK_MESSAGE = "this sink has no utility and no link can serve it"


def _raw_sheets(path: Path) -> tuple[list[RawSheet], list[Problem]]:
    if path.is_dir():
        return _read_csv_folder(path)
    if not path.exists():
        return [], [file_problem(path, "no such file or folder")]
    return _read_xlsx(path)


def _sheet_index(problem: Problem) -> tuple[int, int]:
    """Sort key: whole-file problems first, then sheets in workbook order, then rows."""
    if problem.kind == "file":
        return -2, 0
    if problem.sheet in WORKBOOK_SHEETS:
        return WORKBOOK_SHEETS.index(problem.sheet), problem.row or 0
    return (-1, 0) if problem.sheet is not None else (len(WORKBOOK_SHEETS), 0)


def check_workbook(path: Path | str, *, check: bool = True) -> tuple[Park | None, list[Problem]]:
    """Read a workbook and return ``(park, problems)`` without raising.

    ``park`` is None when any problem is an error.  With ``check=False`` the
    park-level rules of :func:`validate_park` are not applied (cells that
    cannot be read are still errors); the editor uses this to open a park
    that needs fixing.
    """
    path = Path(path)
    raw, problems = _raw_sheets(path)
    if not raw and problems:
        return None, problems
    park = Park()
    park.links_declared = False
    rows: dict[tuple[str, str], int] = {}
    results: dict[str, _SheetResult] = {}
    seen: set[str] = set()
    incomplete = False  # a sheet could not be read: park-level checks would only add noise
    for position, sheet in enumerate(raw, start=1):
        name = sheet.name
        if name not in WORKBOOK_SHEETS:
            closest = _suggest(name, WORKBOOK_SHEETS)
            # a damaged workbook can hold a sheet without a name: locate it by its place
            where = name if name.strip() else f"sheet {position} (no name)"
            if not sheet.rows or sheet.hidden:
                problems.append(Problem(
                    f"unknown sheet {name!r} ignored ({'hidden' if sheet.hidden else 'empty'}){closest}; "
                    f"a park workbook has the sheets: {', '.join(WORKBOOK_SHEETS)}",
                    sheet=where, severity="warning"))
            else:
                problems.append(Problem(
                    f"unknown sheet {name!r}{closest}; a park workbook has only the sheets: "
                    f"{', '.join(WORKBOOK_SHEETS)}; rename or delete it",
                    sheet=where))
            continue
        if name in seen:
            problems.append(Problem(f"sheet {name!r} appears twice; keep one", sheet=name))
            continue
        seen.add(name)
        if name == "links":
            park.links_declared = True
        if sheet.unreadable:
            incomplete = True
            continue
        if not sheet.rows:
            problems.append(Problem(
                f"the {name} sheet is empty; give it a header row ({', '.join(known_columns(name))}) "
                "or delete the sheet", sheet=name, row=1))
            incomplete = True
            continue
        if name == "park":
            _read_park_sheet(sheet, park, rows, problems)
            continue
        result = _read_entity_sheet(sheet, name)
        results[name] = result
        incomplete = incomplete or result.lost
        problems.extend(result.problems)
        collection = park.collection(name)
        for entity in result.entities:
            collection[entity.id] = entity
        for entity_id, row_number in result.rows.items():
            rows[(name, entity_id)] = row_number
    if not seen and not any(problem.severity == "error" for problem in problems):
        problems.append(file_problem(
            path, f"this is not a park workbook: it has none of the sheets {', '.join(SHEET_ORDER)}"))
    if check and not incomplete:
        problems.extend(_checked(park, rows, results))
    problems = sorted(problems, key=_sheet_index)
    if any(problem.severity == "error" for problem in problems):
        return None, problems
    return park, problems


def _checked(park: Park, rows: dict[tuple[str, str], int], results: dict[str, _SheetResult]) -> list[Problem]:
    """validate_park's problems, located, minus echoes of cells already reported."""
    bad_cells = {(sheet, row, column) for sheet, result in results.items() for row, column in result.bad_cells}
    dropped = {sheet: result.dropped for sheet, result in results.items()}
    links_incomplete = "links" in results and results["links"].any_dropped_row
    kept: list[Problem] = []
    for problem in locate(validate_park(park), rows):
        if (problem.sheet, problem.row, problem.column) in bad_cells:
            continue
        target_sheet = _REFERENCE_SHEET.get(problem.column or "")
        if target_sheet and problem.kind and problem.entity_id is not None:
            entity = park.collection(problem.sheet or "").get(problem.entity_id) if problem.sheet in ENTITY_SHEETS else None
            if entity is not None and getattr(entity, problem.column or "", None) in dropped.get(target_sheet, set()):
                continue
        if links_incomplete and problem.message.startswith(_UNFED_SINK_MESSAGE):
            continue
        kept.append(problem)
    return kept


def read_workbook(path: Path | str, *, check: bool = True) -> Park:
    """Read a park from an ``.xlsx`` workbook or a folder of ``<sheet>.csv`` files.

    Raises
    ------
    ParkError
        With every problem found, each located as ``sheet:row:column``;
        nothing half-read is ever returned.
    """
    park, problems = check_workbook(path, check=check)
    if park is None:
        raise ParkError(problems)
    return park


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------
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
        tables[sheet] = (columns, [[_cell_for_writing(getattr(entity, column)) for column in columns] for entity in entities])
    for sheet, cls in TIME_SHEETS.items():
        if not _writes_time_sheet(park, sheet):
            continue
        columns = cls.columns()
        entities = park.collection(sheet).values()
        tables[sheet] = (columns, [[_cell_for_writing(getattr(entity, column)) for column in columns]
                                   for entity in entities])
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
                    problems.append(Problem(
                        f"{column} is {value!r} for {where}; a workbook can only hold finite numbers",
                        sheet=sheet, row=row_index, column=column if sheet != "park" else "value"))
    if problems:
        raise ParkError(problems)


def _number_text(value: float | int) -> str:
    return repr(float(value)) if isinstance(value, float) else str(int(value))


#: Excel's limit on the characters in one cell.
MAX_CELL_TEXT = 32_767
#: Characters XML cannot carry that do not read back from an .xlsx file:
#: XlsxWriter writes them as ``_xFFFE_``, which calamine leaves as it is.
_NOT_IN_XLSX = ("\ufffe", "\uffff")


def _write_sheet(book: xlsxwriter.Workbook, name: str, columns: list[str], rows: list[list[Any]]) -> list[Problem]:
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
                    problems.append(Problem(
                        f"{columns[column_index]} holds the character U+FFFE or U+FFFF, which an .xlsx file "
                        "cannot carry; remove it or export to a CSV folder", sheet=name, row=row_index + 1, column=column))
                    continue
                if len(text) > MAX_CELL_TEXT:
                    problems.append(Problem(
                        f"{columns[column_index]} holds {len(text):,} characters, more than the {MAX_CELL_TEXT:,} "
                        "an Excel cell can hold; shorten it or export to a CSV folder",
                        sheet=name, row=row_index + 1, column=column))
                    continue
                worksheet.write_string(row_index, column_index, text)
    return problems


def _write_xlsx(tables: dict[str, tuple[list[str], list[list[Any]]]], target: Path) -> None:
    """Write the tables as an .xlsx workbook with XlsxWriter (constant-memory mode)."""
    book = xlsxwriter.Workbook(str(target), {"constant_memory": True, "strings_to_numbers": False,
                                             "strings_to_formulas": False, "strings_to_urls": False})
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
    if text.startswith(_FORMULA_TRIGGERS) and not (text[0] in "+-" and _NUMBER_RE.fullmatch(text)):
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
        Problem(f"{column} holds a NUL character, which a CSV file cannot carry; remove it", sheet=sheet, row=row_index, column=column)
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


def _default_mode(directory: bool, existing: Path) -> int:
    """Permissions for a new file or folder: the old one's, else the umask's.

    ``mkstemp`` and ``mkdtemp`` create private (0600/0700) entries; a park
    workbook should get the permissions any other new file gets.
    """
    with contextlib.suppress(OSError):
        return existing.stat().st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return (0o777 if directory else 0o666) & ~umask


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
        raise ParkError(file_problem(
            path, "this is a file; give a folder name for a CSV workbook, or a name ending in .xlsx"))
    if path.is_dir() and not _is_workbook_folder(path):
        raise ParkError(file_problem(
            path, "a folder that holds other files; ParkFlow replaces only a park workbook folder "
            "(nothing but <sheet>.csv files): give a new or empty folder"))
    recover_folder(path)
    temp_folder = _side_folder(path, ".tmp")
    temp_folder.mkdir()
    try:
        _write_csv_folder(tables, temp_folder)
        os.chmod(temp_folder, _default_mode(True, path))
    except BaseException:
        shutil.rmtree(temp_folder, ignore_errors=True)
        raise
    _swap_folder(temp_folder, path)
    fsync_directory(parent)


#: Side folders of a CSV-workbook export: ``.<name>.<pid>-<token>.tmp`` (being written) and
#: ``.old`` (the previous folder, during a swap on systems without an atomic exchange).
_SIDE_SUFFIXES = (".tmp", ".old")
#: A side folder of a process that still runs is left alone unless it is this old (seconds).
STALE_SIDE_FOLDER_AGE_S = 24 * 3600.0


def _side_folder(path: Path, suffix: str) -> Path:
    return path.parent / f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}{suffix}"


def _side_folders(path: Path) -> list[tuple[Path, int | None, str]]:
    """(folder, writer's pid or None, suffix) of every side folder of ``path``."""
    prefix = f".{path.name}."
    found: list[tuple[Path, int | None, str]] = []
    try:
        entries = list(path.parent.iterdir())
    except OSError:
        return found
    for entry in entries:
        name = entry.name
        suffix = next((end for end in _SIDE_SUFFIXES if name.endswith(end)), None)
        if not name.startswith(prefix) or suffix is None or not entry.is_dir() or entry.is_symlink():
            continue
        pid_text = name[len(prefix):-len(suffix)].split("-", 1)[0]
        found.append((entry, int(pid_text) if pid_text.isdigit() else None, suffix))
    return found


def recover_folder(path: Path) -> list[Path]:
    """Finish what a killed export left: put a lost folder back, remove stale side folders.

    A writer killed between the two renames of the fallback swap leaves
    the old folder as ``.old`` and nothing at ``path``: it is put back.
    Side folders of writers that no longer run (or older than a day) are
    removed; those of a running export are kept.  Returns what was removed.
    """
    from parkflow.model.fileio import process_alive

    removed: list[Path] = []
    now = time.time()
    for folder, pid, suffix in sorted(_side_folders(path), key=lambda item: item[2] != ".old"):
        try:
            age = now - folder.stat().st_mtime
        except OSError:
            continue
        if pid is not None and process_alive(pid) and age < STALE_SIDE_FOLDER_AGE_S:
            continue
        if suffix == ".old" and not path.exists():
            with contextlib.suppress(OSError):
                os.rename(folder, path)
                continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def _swap_folder(new_folder: Path, path: Path) -> None:
    """Put the complete ``new_folder`` at ``path``; the old one is removed last.

    Where the system can (Linux), the two folders are exchanged in one
    atomic step, so a reader finds the old or the new folder complete at
    every instant, even if ParkFlow is killed.  Elsewhere the old folder is
    first renamed aside; a kill between the two renames is repaired by the
    next export into the folder (:func:`recover_folder`).
    """
    from parkflow.model.fileio import exchange_entries

    if not path.exists():
        os.rename(new_folder, path)
        return
    if path.is_symlink():  # a link to a folder: the link is replaced by the folder, its target kept
        old_link = _side_folder(path, ".link")
        os.rename(path, old_link)
        os.rename(new_folder, path)
        old_link.unlink()
        return
    if exchange_entries(new_folder, path):
        fsync_directory(path.parent)
        shutil.rmtree(new_folder, ignore_errors=True)  # now holds the old folder
        return
    old_folder = _side_folder(path, ".old")
    os.rename(path, old_folder)
    try:
        os.rename(new_folder, path)
    except BaseException:
        os.rename(old_folder, path)
        shutil.rmtree(new_folder, ignore_errors=True)
        raise
    shutil.rmtree(old_folder, ignore_errors=True)


__all__ = [
    "MAX_ABS_NUMBER",
    "SHEET_ORDER",
    "TIME_SHEET_ORDER",
    "WORKBOOK_SHEETS",
    "ColumnSpec",
    "RawSheet",
    "check_workbook",
    "column_letters",
    "decode_csv_bytes",
    "file_problem",
    "known_columns",
    "read_csv_sheet",
    "read_workbook",
    "workbook_tables",
    "write_workbook",
]

