"""How long importing a park workbook with many stream rows takes.

Usage: ``python benchmarks/bench_workbook.py [ROWS] [--runs N] [--openpyxl]``.

Builds a park with ROWS streams (default 100,000), writes it as an .xlsx
workbook and as a CSV folder with :func:`write_workbook`, then times
:func:`read_workbook` (all checks included) on each.  With ``--openpyxl`` it
also times openpyxl's read-only mode on the same .xlsx (cells only, no
checks), the reader ParkFlow does not use, and prints the ratio.  The CSV
import is also compared with a floor measured in the same process (decoding
and splitting the same files with ``csv.reader``), so that a busy machine
can be told apart from a slow importer.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from parkflow.model.entities import Direction, Disposal, Enterprise, Medium, Park, Stream, Utility
from parkflow.model.workbook import read_workbook, write_workbook


def big_park(rows: int) -> Park:
    """A park of 100 enterprises and ``rows`` water streams (half sources, half sinks)."""
    park = Park(name="benchmark park", links_declared=False)
    for number in range(100):
        park.enterprises[f"E{number}"] = Enterprise(f"E{number}", name=f"企业{number}")
    park.disposals["D1"] = Disposal("D1", Medium.WATER, name="wastewater plant", cost_cny_per_unit=3.0)
    park.utilities["U1"] = Utility("U1", Medium.WATER, name="fresh water", cost_cny_per_unit=4.5, cod_mg_l=10.0)
    for number in range(rows):
        stream_id = f"S{number}"
        if number % 2:
            park.streams[stream_id] = Stream(
                stream_id, f"E{number % 100}", Direction.SOURCE, Medium.WATER, name=f"废水 {number}",
                amount=1.5 + number / 7, unit="t/h", cod_mg_l=30.0 + number % 50, disposal="D1",
            )
        else:
            park.streams[stream_id] = Stream(
                stream_id, f"E{number % 100}", Direction.SINK, Medium.WATER, name=f"用水 {number}",
                amount=2.0 + number / 3, unit="m3/h", cod_mg_l=50.0, utility="U1",
            )
    return park


def _timed(action: Callable[[], object], runs: int = 1) -> float:
    """Median wall time of ``runs`` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _csv_floor(folder: Path) -> None:
    """The least any CSV import does: decode and split every file (no conversion, no checks)."""
    for path in folder.glob("*.csv"):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for _row in csv.reader(handle):
                pass


def _openpyxl_cells(path: Path) -> None:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    for worksheet in book.worksheets:
        worksheet.reset_dimensions()
        for _row in worksheet.iter_rows(values_only=True):
            pass


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="?", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--openpyxl", action="store_true", help="also time openpyxl's read-only mode (slow)")
    args = parser.parse_args(argv)
    park = big_park(args.rows)
    with tempfile.TemporaryDirectory() as folder:
        xlsx = Path(folder) / "park.xlsx"
        csv_folder = Path(folder) / "park_csv"
        write_xlsx_s = _timed(lambda: write_workbook(park, xlsx))
        write_csv_s = _timed(lambda: write_workbook(park, csv_folder))
        assert read_workbook(csv_folder) == park and read_workbook(xlsx) == park
        read_xlsx_s = _timed(lambda: read_workbook(xlsx), args.runs)
        read_csv_s = _timed(lambda: read_workbook(csv_folder), args.runs)
        floor_s = _timed(lambda: _csv_floor(csv_folder), args.runs)
        rows = args.rows
        print(f"{rows} stream rows, median of {args.runs} runs")
        print(f"write .xlsx {write_xlsx_s:6.2f} s   read .xlsx {read_xlsx_s:6.2f} s  ({read_xlsx_s / rows * 1e6:.0f} µs/row)")
        print(f"write CSV   {write_csv_s:6.2f} s   read CSV   {read_csv_s:6.2f} s  ({read_csv_s / rows * 1e6:.0f} µs/row)")
        print(f"ratio read CSV / csv.reader floor ({floor_s:.2f} s): {read_csv_s / floor_s:.1f}")
        print(f"ratio read .xlsx / read CSV: {read_xlsx_s / read_csv_s:.2f}")
        if args.openpyxl:
            openpyxl_s = _timed(lambda: _openpyxl_cells(xlsx))
            print(f"openpyxl read-only, cells only: {openpyxl_s:6.2f} s; "
                  f"ratio openpyxl / ParkFlow .xlsx import: {openpyxl_s / read_xlsx_s:.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
