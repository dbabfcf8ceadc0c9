"""Large workbooks import completely and correctly (timing lives in benchmarks/bench_workbook.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from workbook_helpers import big_park

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
    assert read_workbook(tmp_path / "park.xlsx") == park


def test_problems_deep_in_a_large_sheet_are_located(tmp_path: Path) -> None:
    park = big_park(10_000)
    park.streams["S7777"].unit = "blorps/h"
    write_workbook(park, tmp_path / "park.xlsx")
    with pytest.raises(ParkError) as caught:
        read_workbook(tmp_path / "park.xlsx")
    assert [str(problem).split(": ")[0] for problem in caught.value.problems] == ["streams:7779:unit"]
