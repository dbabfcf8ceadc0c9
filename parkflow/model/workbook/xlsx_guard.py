"""Cheap byte checks that run before an ``.xlsx`` file reaches python-calamine.

A few byte checks (no XML parsing) refuse zip bombs, DTDs (entity-expansion
attacks), cells far to the right and sheets whose cells, or whose dense area,
exceed limits.MAX_READ_CELLS: calamine builds each sheet as a dense rectangle, and
one stray cell in IV1000000 costs it 10 GB.
"""

from __future__ import annotations

import re
import zipfile

from parkflow.model.workbook import limits

#: Refuse ``.xlsx`` files whose parts unpack to more than this (zip bombs).
MAX_XLSX_UNPACKED_BYTES = 1 << 30


class XlsxDamaged(Exception):
    """The .xlsx file cannot be read; the message says why and what to do."""


def _column_index(letters: str) -> int:
    """0-based index of a column given by letters (``A`` → 0, ``AB`` → 27)."""
    index = 0
    for letter in letters.upper():
        index = index * 26 + (ord(letter) - 64)
    return index - 1


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
        raise XlsxDamaged(f"{part} contains a DTD, which a workbook never has; save it again from Excel")


def _refuse_large_area(data: bytes) -> None:
    """Refuse cells right of column limits.MAX_READ_COLUMNS and sheets whose dense area exceeds limits.MAX_READ_CELLS.

    Only cell references in columns after Z, or in rows at or below
    ``small_rows``, can make the area large; the search lists just those, so
    an ordinary sheet costs one pass.  Cells and rows without a reference
    follow the previous one: when the byte counts show any, each row's cells
    are counted too (a row of 10,000 such cells would widen every row).
    """
    small_rows = max(limits.MAX_READ_CELLS // 26, 1)
    digits = len(str(small_rows))
    unusual = re.compile(rb'\sr="([A-Za-z]{2,}|[A-Za-z](?=\d{%d,}))(\d+)"' % digits)
    width, last_row = 26, 10 ** (digits - 1)
    for letters, row in unusual.findall(data):
        column = _column_index(letters.decode("ascii"))
        if column >= limits.MAX_READ_COLUMNS:
            raise XlsxDamaged(limits.far_cell_message(column, int(row)))
        width, last_row = max(width, column + 1), max(last_row, int(row))
    extra_width = extra_rows = 0
    if sum(data.count(tag) for tag in _CELL_TAGS) + data.count(b"<row") + data.count(b":row") > data.count(
        b' r="'
    ):
        rows = [len(_CELL_TAG_RE.findall(row.group())) for row in _ROW_RE.finditer(data)]
        extra_width, extra_rows = max(rows, default=0), len(rows)
    if (width + extra_width) * (last_row + extra_rows) > limits.MAX_READ_CELLS:
        # the bound is loose (26 columns, rows up to small_rows): measure exactly
        references = _CELL_REFERENCE_RE.findall(data)
        width = 1 + max(
            (_column_index(letters.decode("ascii")) for letters in {ref[0] for ref in references}), default=0
        )
        last_row = max((int(ref[1]) for ref in references), default=0)
        if (width + extra_width) * (last_row + extra_rows) > limits.MAX_READ_CELLS:
            raise XlsxDamaged(limits.too_many_cells_message())


def guard_archive(archive: zipfile.ZipFile) -> tuple[bool, bool]:
    """Refuse zip bombs, DTDs and oversized sheets; say whether sheets hold formulas and error cells."""
    infos = archive.infolist()
    unpacked = sum(info.file_size for info in infos)
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise XlsxDamaged(
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
        if data.count(b"<c") + data.count(b":c") > limits.MAX_READ_CELLS:
            raise XlsxDamaged(limits.too_many_cells_message())
        _refuse_large_area(data)
        has_formulas = has_formulas or any(marker in data for marker in _FORMULA_MARKERS)
        has_errors = has_errors or _ERROR_CELL_MARKER in data
    return has_formulas, has_errors
