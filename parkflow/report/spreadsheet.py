"""Text in ParkFlow's spreadsheets stays text: no cell of a report or compare workbook is a formula.

openpyxl stores any string that starts with ``=`` as a formula, so an id
such as ``=HYPERLINK("http://…","open")`` typed into a park would become a
live formula in the report a committee opens (formula injection), and a
note of ParkFlow's own that starts with ``=`` makes Excel offer to repair
the file.  ParkFlow never writes formulas: every string is stored as a
string, whatever it starts with (``=``, ``+``, ``-``, ``@``, tab, CR),
and Excel and LibreOffice show it exactly as typed.
"""

from __future__ import annotations

from typing import Any

#: openpyxl's cell type of a string (``"f"`` is a formula).
STRING_TYPE = "s"


def strings_as_text(workbook: Any) -> Any:
    """Mark every formula-looking string cell of an openpyxl ``workbook`` as text; return the workbook.

    Call it on every workbook just before it is saved.
    """
    for worksheet in workbook.worksheets:
        for row in worksheet.iter_rows():
            for cell in row:
                if cell.data_type == "f" and isinstance(cell.value, str):
                    cell.data_type = STRING_TYPE
    return workbook
