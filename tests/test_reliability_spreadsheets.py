"""No text cell of any XLSX output is a formula (formula injection).

A park whose names and descriptions look like formulas (``=HYPERLINK(…)``,
``+1+2``, ``-3-4``, ``@SUM(…)``) is written as an XLSX report, a compare
report and an exported workbook.  Read back with openpyxl, no cell has the
formula type and every such name is there exactly as typed.  Before the
fix, ``=HYPERLINK("http://…","open")`` became a live link in the report
and compare workbooks, and the report's factor sheet held ParkFlow's own
note ``= electricity.co2 …`` as an invalid formula (Excel offered to repair
the file).

Where LibreOffice is installed (``soffice``), every sheet is converted to
CSV by LibreOffice itself and every text cell compared with what ParkFlow
wrote: what a committee member's spreadsheet program shows.  The test is
skipped without ``soffice``.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from report_helpers import small_park

from parkflow.cli import main
from parkflow.model.store import save_scenario

FORMULA_NAMES = (
    '=HYPERLINK("http://example.com/x","open")',
    "+1+2",
    "-3-4",
    "@SUM(A1:A9)",
    "=1/0",
    "=cmd|' /C calc'!A0",
)


def _hostile_park() -> object:
    park = small_park()
    park.name = FORMULA_NAMES[0]
    for enterprise, name in zip(park.enterprises.values(), FORMULA_NAMES, strict=False):
        enterprise.name = name
    for stream, name in zip(park.streams.values(), reversed(FORMULA_NAMES), strict=False):
        stream.description = name
    for utility, name in zip(park.utilities.values(), FORMULA_NAMES[2:], strict=False):
        utility.description = name
    return park


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("xlsx")
    park = _hostile_park()
    save_scenario(folder / "a.parkflow", park)  # type: ignore[arg-type]
    other = _hostile_park()
    other.streams["S1"].amount = 11.0  # type: ignore[attr-defined]
    save_scenario(folder / "b.parkflow", other)  # type: ignore[arg-type]
    written = {
        "report": folder / "report.xlsx",
        "compare": folder / "compare.xlsx",
        "export": folder / "export.xlsx",
    }
    assert main(["report", str(folder / "a.parkflow"), "-o", str(written["report"])]) == 0
    assert (
        main(
            ["compare", str(folder / "a.parkflow"), str(folder / "b.parkflow"), "-o", str(written["compare"])]
        )
        == 0
    )
    assert main(["export", str(folder / "a.parkflow"), "-o", str(written["export"])]) == 0
    return written


def _text_cells(path: Path) -> dict[str, dict[tuple[int, int], str]]:
    """Every string cell of every sheet, by (row, column), as openpyxl reads it."""
    book = load_workbook(path)
    return {
        sheet.title: {
            (cell.row, cell.column): cell.value
            for row in sheet.iter_rows()
            for cell in row
            if isinstance(cell.value, str)
        }
        for sheet in book.worksheets
    }


@pytest.mark.parametrize("kind", ["report", "compare", "export"])
def test_no_cell_is_a_formula(kind: str, outputs: dict[str, Path]) -> None:
    book = load_workbook(outputs[kind])
    formulas = [
        f"{sheet.title}!{cell.coordinate} = {cell.value!r}"
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ]
    assert formulas == []
    texts = {value for cells in _text_cells(outputs[kind]).values() for value in cells.values()}
    found = [name for name in FORMULA_NAMES if any(name in value for value in texts)]
    assert len(found) >= (1 if kind == "compare" else 3), texts  # the hostile names are there, as text


def test_parkflow_writes_no_note_of_its_own_as_a_formula(outputs: dict[str, Path]) -> None:
    texts = [value for cells in _text_cells(outputs["report"]).values() for value in cells.values()]
    own = [value for value in texts if value.startswith("=") and value not in FORMULA_NAMES]
    assert own == []


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("kind", ["report", "compare", "export"])
def test_libreoffice_shows_every_text_cell_as_written(
    kind: str, outputs: dict[str, Path], tmp_path: Path
) -> None:
    source = outputs[kind]
    profile = tmp_path / "profile"
    # 44,34,76,1: comma, double quote, UTF-8, from line 1; the 12th token -1 writes every sheet.
    completed = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    expected = _text_cells(source)
    compared = 0
    for sheet, cells in expected.items():
        converted = tmp_path / f"{source.stem}-{sheet}.csv"
        if not converted.exists() and len(expected) == 1:
            converted = tmp_path / f"{source.stem}.csv"
        assert converted.exists(), sorted(entry.name for entry in tmp_path.iterdir())
        with converted.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        for (row, column), value in cells.items():
            shown = (
                rows[row - 1][column - 1] if row - 1 < len(rows) and column - 1 < len(rows[row - 1]) else None
            )
            assert shown == value, (
                f"{sheet} row {row} column {column}: LibreOffice shows {shown!r}, written {value!r}"
            )
            compared += 1
    assert compared > 20
