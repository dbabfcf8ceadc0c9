"""A park workbook to fill in: every sheet, its headers, one example row, meanings in both languages.

The workbook is an ordinary park workbook (written by
:func:`parkflow.model.workbook.write_workbook`, so the reader takes it back
as it is); each header cell carries a note with the column's label, unit
and meaning in English and Chinese, from the same field table the inspector
uses (:mod:`parkflow.ui.catalogue`).  Notes are not cell values, so the
reader never sees them.
"""

from __future__ import annotations

from pathlib import Path

from parkflow.model.entities import (
    Converter,
    Direction,
    Disposal,
    Enterprise,
    Link,
    LinkStatus,
    Medium,
    Park,
    Stream,
    Utility,
)
from parkflow.ui import catalogue

#: Park sheet keys are rows (key, value), not columns: their note goes on the key cell.
PARK_SHEET = "park"


def example_park() -> Park:
    """One row per sheet: a power plant's steam serves a dyeing works; a turbine turns steam to power."""
    park = Park(name="示例园区 Example park")
    park.enterprises = {
        "E1": Enterprise("E1", "热电厂 Power plant", "power", 0.0, 0.0, "example row: replace with your own"),
        "E2": Enterprise("E2", "印染厂 Dyeing works", "textiles", 1.5, 0.5),
    }
    park.utilities = {
        # a typed price: the factor profile fills CO2 and COD, the price is the park's own (CNY per t)
        "U1": Utility(
            "U1",
            Medium.STEAM,
            "燃气锅炉蒸汽 Gas-boiler steam",
            "t",
            "steam_gas_boiler",
            cost_cny_per_unit=230.0,
            pressure_mpa=1.6,
            temperature_c=250.0,
        ),
    }
    park.disposals = {"D1": Disposal("D1", Medium.STEAM, "放散 Vent", "t", "", 0.0, 0.0, 0.0)}
    park.streams = {
        "S1": Stream(
            "S1",
            "E1",
            Direction.SOURCE,
            Medium.STEAM,
            "1.0 MPa 抽汽 extraction steam",
            30.0,
            "t/h",
            pressure_mpa=1.0,
            temperature_c=250.0,
            disposal="D1",
        ),
        "S2": Stream(
            "S2",
            "E2",
            Direction.SINK,
            Medium.STEAM,
            "工艺蒸汽 Process steam",
            10.0,
            "t/h",
            pressure_mpa=0.6,
            temperature_c=180.0,
            utility="U1",
        ),
        "S3": Stream(
            "S3",
            "E1",
            Direction.SINK,
            Medium.STEAM,
            "汽轮机进汽 Turbine intake",
            0.0,
            "t/h",
            pressure_mpa=1.0,
            temperature_c=250.0,
        ),
        "S4": Stream("S4", "E1", Direction.SOURCE, Medium.ELECTRICITY, "汽轮机发电 Turbine power", 0.0, "MW"),
    }
    park.links = {
        "L1": Link(
            "L1",
            "S1",
            "S2",
            LinkStatus.CANDIDATE,
            capacity=20.0,
            distance_km=1.6,
            capex_cny=2_000_000.0,
            lifetime_yr=20.0,
        ),
    }
    park.converters = {"C1": Converter("C1", "E1", "S3", "S4", 0.1, 10.0)}
    return park


def header_note(kind: str, column: str) -> str:
    """The note on a header cell: label and meaning in English, then in Chinese."""
    lines = []
    for language in ("en", "zh_CN"):
        table = catalogue.catalogue_in(language)
        text = table.get((kind, column)) or table.get(("*", column))
        if text is None:
            continue
        lines.append(f"{text.label}: {text.tooltip}")
    return "\n\n".join(lines)


def write_template(path: Path | str) -> Path:
    """Write the template workbook (.xlsx) to ``path``; returns the path."""
    from openpyxl import load_workbook
    from openpyxl.comments import Comment

    from parkflow.model.workbook import write_workbook

    path = Path(path)
    write_workbook(example_park(), path)
    book = load_workbook(path)
    for sheet in book.worksheets:
        kind = catalogue.PARK if sheet.title == PARK_SHEET else sheet.title
        if sheet.title == PARK_SHEET:
            cells = [row[0] for row in sheet.iter_rows(min_row=2) if row and row[0].value]
        else:
            cells = [cell for cell in sheet[1] if cell.value]
        for cell in cells:
            note = header_note(kind, str(cell.value))
            if note:
                comment = Comment(note, "ParkFlow")
                comment.width, comment.height = 360, 200
                cell.comment = comment
        for cell in sheet[1]:
            width = max(12, min(40, len(str(cell.value or "")) + 4))
            sheet.column_dimensions[cell.column_letter].width = width
    book.save(path)
    return path
