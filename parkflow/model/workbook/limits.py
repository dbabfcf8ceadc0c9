"""What the reader refuses before it reads: cells far to the right, sheets with too many cells.

Both the ``.xlsx`` guard and the CSV reader apply these limits; they read
them from this module, so that a test can lower them in one place.
"""

from __future__ import annotations

from parkflow.model.workbook.layout import column_letters

#: A park sheet has at most 15 columns; cells further right than this are
#: refused rather than read (a stray cell in column XFD of every row would
#: otherwise cost gigabytes).
MAX_READ_COLUMNS = 256
#: Refuse sheets with more cells than this: 100,000 stream rows hold 1.5
#: million; ten million keeps a hostile file from exhausting memory.
MAX_READ_CELLS = 10_000_000


def too_many_cells_message() -> str:
    return f"a sheet has more than {MAX_READ_CELLS:,} cells, more than any park needs; split or trim it"


def far_cell_message(column: int, row: int) -> str:
    return (
        f"a sheet has a value in cell {column_letters(column)}{row}, far to the right of the park "
        f"columns (ParkFlow reads at most {MAX_READ_COLUMNS}); delete the columns after the last one you use"
    )
