"""Large workbooks import completely and correctly (timing lives in benchmarks/bench_workbook.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from workbook_helpers import big_park, same_park_values

from parkflow.model.problems import ParkError
from parkflow.model.workbook import read_workbook, write_workbook


@pytest.mark.slow
def test_100k_stream_rows_csv(tmp_path: Path) -> None:
    """The whole import path at 100,000 rows (.xlsx at this size: benchmarks/bench_workbook.py)."""
    park = big_park(100_000)
    write_workbook(park, tmp_path / "park")
    again = read_workbook(tmp_path / "park")
    assert len(again.streams) == 100_000
    assert again == park


def test_10k_stream_rows_xlsx(tmp_path: Path) -> None:
    park = big_park(10_000)
    write_workbook(park, tmp_path / "park.xlsx")
    # .xlsx numbers carry 16 significant digits: floats compared to 1e-12 (workbook_helpers)
    assert same_park_values(read_workbook(tmp_path / "park.xlsx"), park)


def test_problems_deep_in_a_large_sheet_are_located(tmp_path: Path) -> None:
    park = big_park(10_000)
    park.streams["S7777"].unit = "blorps/h"
    write_workbook(park, tmp_path / "park.xlsx")
    with pytest.raises(ParkError) as caught:
        read_workbook(tmp_path / "park.xlsx")
    assert [str(problem).split(": ")[0] for problem in caught.value.problems] == ["streams:7779:unit"]


def test_bad_numbers_in_a_long_column_are_each_located(tmp_path: Path) -> None:
    """Long number columns are read vectorised; every bad cell is still found, and blanks take defaults."""
    park = big_park(1_000)
    write_workbook(park, tmp_path / "park")
    path = tmp_path / "park" / "streams.csv"
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    header = lines[0].split(",")
    amount, cod = header.index("amount"), header.index("cod_mg_l")
    changes = {10: "abc", 20: "nan", 30: "1_000", 40: "1e16", 50: "-inf", 60: "", 70: " 12.5 "}
    for line_number, text in changes.items():
        cells = lines[line_number - 1].split(",")
        cells[amount] = text
        lines[line_number - 1] = ",".join(cells)
    cells = lines[80 - 1].split(",")
    cells[cod] = ""
    lines[80 - 1] = ",".join(cells)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    from parkflow.model.workbook import check_workbook

    read, problems = check_workbook(tmp_path / "park", check=False)
    assert read is None
    assert [str(problem).split(": ")[0] for problem in problems] == [
        f"streams:{line}:amount" for line in (10, 20, 30, 40, 50)
    ]
    assert "larger than 1e+15" in str(problems[3])
    for line_number in (10, 20, 30, 40, 50):
        lines[line_number - 1] = (
            lines[line_number - 1].replace(changes[line_number], "1", 1)
            if changes[line_number]
            else lines[line_number - 1]
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    again = read_workbook(tmp_path / "park", check=False)
    assert again.streams["S58"].amount == 0.0  # line 60: blank amount takes the default
    assert again.streams["S68"].amount == 12.5
    assert again.streams["S78"].cod_mg_l is None
