"""Helpers for the workbook tests: the valid fixture park as editable tables.

The fixture ``tests/data/workbooks/valid_park`` (a folder of CSV files) is
the one source of truth; tests load it as tables, change one cell, and
write the result as a CSV folder or as an ``.xlsx`` file made with openpyxl
(independent of ParkFlow's own writer, so reader tests do not lean on it).
"""

from __future__ import annotations

import csv
import dataclasses
import math
import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl

FIXTURES = Path(__file__).parent / "data" / "workbooks"
VALID_PARK = FIXTURES / "valid_park"

#: sheet -> (columns, rows as dicts column -> text)
Tables = dict[str, tuple[list[str], list[dict[str, str]]]]


def load_tables(folder: Path = VALID_PARK) -> Tables:
    """Read a fixture folder as tables (plain csv module, UTF-8)."""
    tables: Tables = {}
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            rows = list(reader)
            tables[path.stem] = (list(reader.fieldnames or []), rows)
    return tables


def row_number(tables: Tables, sheet: str, entity_id: str) -> int:
    """Spreadsheet row of an entity (header = 1) in the tables as written."""
    key = "key" if sheet == "park" else "id"
    for index, row in enumerate(tables[sheet][1], start=2):
        if row[key] == entity_id:
            return index
    raise KeyError((sheet, entity_id))


def set_cell(tables: Tables, sheet: str, entity_id: str, column: str, value: str) -> int:
    """Change one cell (adding the column if needed); returns the row number."""
    columns, rows = tables[sheet]
    if column not in columns:
        columns.append(column)
    number = row_number(tables, sheet, entity_id)
    rows[number - 2][column] = value
    return number


def write_csv_folder(tables: Tables, folder: Path, *, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for sheet, (columns, rows) in tables.items():
        with (folder / f"{sheet}.csv").open("w", encoding=encoding, newline="") as handle:
            writer = csv.writer(handle, delimiter=delimiter)
            writer.writerow(columns)
            for row in rows:
                writer.writerow([row.get(column, "") or "" for column in columns])
    return folder


def _excel_value(text: str | None) -> Any:
    """What a user typing ``text`` into Excel would store: numbers as numbers."""
    if text is None or text == "":
        return None
    try:
        number = float(text)
    except ValueError:
        return text
    if not math.isfinite(number):
        return text
    return int(number) if number.is_integer() and "." not in text and "e" not in text.lower() else number


def write_xlsx(tables: Tables, path: Path) -> Path:
    """The tables as an .xlsx made by openpyxl (numbers typed as numbers)."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for sheet, (columns, rows) in tables.items():
        worksheet = workbook.create_sheet(sheet)
        worksheet.append(columns)
        for row in rows:
            worksheet.append([_excel_value(row.get(column)) for column in columns])
    workbook.save(path)
    return path


def write_tables(tables: Tables, target: Path, kind: str) -> Path:
    """Write as ``"csv"`` (a folder) or ``"xlsx"`` and return the path to read."""
    if kind == "csv":
        return write_csv_folder(tables, target / "park_csv")
    return write_xlsx(tables, target / "park.xlsx")


def problem_lines(error: Exception) -> list[str]:
    return [str(problem) for problem in getattr(error, "problems", [])]


_INLINE_CELL = re.compile(
    rb'<c r="([A-Z]+\d+)"([^>]*?) t="inlineStr"([^>]*)><is><t[^>]*>([^<]*)</t></is></c>'
)


def as_excel_saves_it(path: Path, target: Path) -> Path:
    """Rewrite an openpyxl workbook the way Excel stores text: a shared-string table.

    openpyxl writes inline strings; Excel and WPS write ``t="s"`` cells that
    index ``xl/sharedStrings.xml``.  The first string also gets a rich-text
    run and a phonetic run (which must not be read as text).
    """
    with zipfile.ZipFile(path) as source:
        parts = {item.filename: source.read(item) for item in source.infolist()}
    strings: list[bytes] = []
    index_of: dict[bytes, int] = {}

    def replace(match: re.Match[bytes]) -> bytes:
        text = match.group(4)
        if text not in index_of:
            index_of[text] = len(strings)
            strings.append(text)
        return (
            b'<c r="'
            + match.group(1)
            + b'"'
            + match.group(2)
            + b' t="s"'
            + match.group(3)
            + b"><v>"
            + str(index_of[text]).encode()
            + b"</v></c>"
        )

    for name in list(parts):
        if name.startswith("xl/worksheets/"):
            parts[name] = _INLINE_CELL.sub(replace, parts[name])
    items = []
    for position, text in enumerate(strings):
        if position == 0 and len(text) > 1:
            items.append(
                b"<si><r><t>" + text[:1] + b"</t></r><r><rPr><b/></rPr><t>" + text[1:] + b"</t></r>"
                b'<rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>'
            )
        else:
            items.append(b'<si><t xml:space="preserve">' + text + b"</t></si>")
    parts["xl/sharedStrings.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="'
        + str(len(strings)).encode()
        + b'" uniqueCount="'
        + str(len(strings)).encode()
        + b'">'
        + b"".join(items)
        + b"</sst>"
    )
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdShared" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    )
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return target


def sheet_part(path: Path, sheet: str) -> str:
    """The zip part name of a sheet in an openpyxl-written workbook."""
    names = openpyxl.load_workbook(path, read_only=True).sheetnames
    return f"xl/worksheets/sheet{names.index(sheet) + 1}.xml"


def rewrite_part(path: Path, target: Path, part: str, change: Any) -> Path:
    """Copy a workbook, passing one part's bytes through ``change``."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            data = source.read(item)
            archive.writestr(item.filename, change(data) if item.filename == part else data)
    return target


def big_park(rows: int) -> Any:
    """A valid park of 100 enterprises and ``rows`` water streams (as in benchmarks/bench_workbook.py)."""
    from parkflow.model.entities import Direction, Disposal, Enterprise, Medium, Park, Stream, Utility

    park = Park(name="large park", links_declared=False)
    for number in range(100):
        park.enterprises[f"E{number}"] = Enterprise(f"E{number}", name=f"企业{number}")
    park.disposals["D1"] = Disposal("D1", Medium.WATER, name="wastewater plant", cost_cny_per_unit=3.0)
    park.utilities["U1"] = Utility(
        "U1", Medium.WATER, name="fresh water", cost_cny_per_unit=4.5, cod_mg_l=10.0
    )
    for number in range(rows):
        stream_id = f"S{number}"
        source = bool(number % 2)
        park.streams[stream_id] = Stream(
            stream_id,
            f"E{number % 100}",
            Direction.SOURCE if source else Direction.SINK,
            Medium.WATER,
            name=f"{'废水' if source else '用水'} {number}",
            amount=1.5 + number / 7,
            unit="t/h" if source else "m3/h",
            cod_mg_l=30.0 + number % 50,
            utility="" if source else "U1",
            disposal="D1",  # a sink's effluent goes to D1 too
        )
    return park


#: Relative tolerance for floats read back from an .xlsx file.  XlsxWriter (like
#: openpyxl) writes numbers with 16 significant digits ("%.16g"), Excel keeps 15–17,
#: so 0.1 + 0.2 comes back as 0.3: the round trip is not bit-identical.  docs/design.md,
#: "Park workbook", asks that export(import(w)) "describes the same park", which a relative
#: difference of 1e-12 (far below any measured quantity) does.
XLSX_FLOAT_REL_TOL = 1e-12


def same_park_values(read: Any, expected: Any) -> bool:
    """True when ``read`` equals ``expected``, floats compared within XLSX_FLOAT_REL_TOL."""
    if isinstance(read, float) and isinstance(expected, float):
        return read == expected or math.isclose(read, expected, rel_tol=XLSX_FLOAT_REL_TOL, abs_tol=0.0)
    if dataclasses.is_dataclass(expected) and not isinstance(expected, type):
        return type(read) is type(expected) and all(
            same_park_values(getattr(read, item.name), getattr(expected, item.name))
            for item in dataclasses.fields(expected)
        )
    if isinstance(expected, dict):
        return (
            isinstance(read, dict)
            and list(read) == list(expected)
            and all(same_park_values(read[key], expected[key]) for key in expected)
        )
    if isinstance(expected, (list, tuple)):
        return (
            type(read) is type(expected)
            and len(read) == len(expected)
            and all(same_park_values(left, right) for left, right in zip(read, expected, strict=True))
        )
    return bool(read == expected)
