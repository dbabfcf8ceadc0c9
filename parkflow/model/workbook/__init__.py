"""Read and write the park workbook: an ``.xlsx`` file or a folder of CSV files.

The format is fixed by docs/workbook.md: one sheet (or ``<sheet>.csv``) per entity
kind, exact column names, blank cells take the column's default.  Reading
never stops at the first problem: every cell that cannot be read, every
unknown sheet or column and every problem :func:`validate_park` finds is
reported at once, located as ``sheet:row:column`` (row = spreadsheet row,
header = 1; for CSV the line number), and nothing half-read is returned.

One module per step, each saying why it works the way it does:

* :mod:`.layout` — the sheets, their columns (derived from the entity
  dataclasses) and the ``park`` keys; a sheet as the file holds it.
* :mod:`.limits` — what the reader refuses before reading (cells far to the
  right, too many cells).
* :mod:`.xlsx_guard` — byte checks that refuse hostile ``.xlsx`` files
  (zip bombs, DTDs, huge sheets) before python-calamine sees them.
* :mod:`.xlsx_read` — the ``.xlsx`` sheets, read by python-calamine.
* :mod:`.csv_read` — a folder of ``<sheet>.csv`` files, in any usual encoding.
* :mod:`.cells` — cells converted to a column's values, each bad cell located.
* :mod:`.sheets` — one sheet's rows into entities, and the ``park`` sheet.
* :mod:`.read` — the whole workbook: :func:`read_workbook`, :func:`check_workbook`.
* :mod:`.write` — :func:`write_workbook`, ``.xlsx`` or a CSV folder, atomically.
* :mod:`.folder_swap` — replacing a CSV folder in one step, and
  :func:`recover_folder` after a killed export.
"""

from __future__ import annotations

from parkflow.model.columns import SHEET_COLUMNS, ColumnSpec
from parkflow.model.validate import MAX_ABS_NUMBER
from parkflow.model.workbook.csv_read import decode_csv_bytes, read_csv_sheet
from parkflow.model.workbook.folder_swap import recover_folder
from parkflow.model.workbook.layout import (
    FACTOR_OVERRIDE_PREFIX,
    KEY_COLUMNS,
    PARK_COLUMNS,
    PARK_KEY_KINDS,
    SHEET_ORDER,
    TIME_SHEET_ORDER,
    WORKBOOK_SHEETS,
    RawSheet,
    column_letters,
    file_problem,
    known_columns,
)
from parkflow.model.workbook.read import check_workbook, read_workbook
from parkflow.model.workbook.write import workbook_tables, write_workbook

__all__ = [
    "FACTOR_OVERRIDE_PREFIX",
    "KEY_COLUMNS",
    "MAX_ABS_NUMBER",
    "PARK_COLUMNS",
    "PARK_KEY_KINDS",
    "SHEET_COLUMNS",
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
    "recover_folder",
    "workbook_tables",
    "write_workbook",
]
