"""How long reading and writing a park workbook with many stream rows takes.

Usage: ``python benchmarks/bench_workbook.py [ROWS] [--runs N] [--openpyxl]``.

Builds a park with ROWS streams (default 100,000), writes it as an .xlsx
workbook (XlsxWriter, constant-memory mode) and as a CSV folder with
:func:`write_workbook`, then times :func:`read_workbook` (python-calamine
plus every check) on each.  Every time is also printed as a ratio to
``pandas.read_csv`` of the same rows (the CSV folder's files) measured in
the same process, so that a busy machine can be told apart from a slow
importer.  The same tables are also written with openpyxl's write-only mode,
the writer ParkFlow does not use, to show why.  With ``--openpyxl`` it also
times openpyxl's read-only mode on the same .xlsx (cells only, no checks).
"""

from __future__ import annotations

import argparse
import csv
import math
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas
import python_calamine

from parkflow.model.entities import Direction, Disposal, Enterprise, Medium, Park, Stream, Utility
from parkflow.model.workbook import read_workbook, workbook_tables, write_workbook


def big_park(rows: int) -> Park:
    """A park of 100 enterprises and ``rows`` water streams (half sources, half sinks)."""
    park = Park(name="benchmark park", links_declared=False)
    for number in range(100):
        park.enterprises[f"E{number}"] = Enterprise(f"E{number}", name=f"企业{number}")
    park.disposals["D1"] = Disposal("D1", Medium.WATER, name="wastewater plant", cost_cny_per_unit=3.0)
    park.utilities["U1"] = Utility(
        "U1", Medium.WATER, name="fresh water", cost_cny_per_unit=4.5, cod_mg_l=10.0
    )
    for number in range(rows):
        stream_id = f"S{number}"
        if number % 2:
            park.streams[stream_id] = Stream(
                stream_id,
                f"E{number % 100}",
                Direction.SOURCE,
                Medium.WATER,
                name=f"废水 {number}",
                amount=1.5 + number / 7,
                unit="t/h",
                cod_mg_l=30.0 + number % 50,
                disposal="D1",
            )
        else:
            park.streams[stream_id] = Stream(
                stream_id,
                f"E{number % 100}",
                Direction.SINK,
                Medium.WATER,
                name=f"用水 {number}",
                amount=2.0 + number / 3,
                unit="m3/h",
                cod_mg_l=50.0,
                utility="U1",
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


def _pandas_read_csv(folder: Path) -> None:
    """The reference: pandas.read_csv of every file of the CSV folder (the same rows)."""
    for path in folder.glob("*.csv"):
        pandas.read_csv(path, encoding="utf-8-sig")


def _calamine_cells(path: Path) -> None:
    """python-calamine alone: every sheet's cells as Python values, no checks."""
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    for name in book.sheet_names:
        book.get_sheet_by_name(name).to_python(skip_empty_area=False)
    book.close()


def _openpyxl_write_only(park: Park, path: Path) -> None:
    """The same tables through openpyxl's write-only mode (the writer ParkFlow does not use)."""
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    for name, (columns, rows) in workbook_tables(park).items():
        worksheet = book.create_sheet(name)
        worksheet.append(columns)
        for row in rows:
            worksheet.append([None if value == "" else value for value in row])
    book.save(path)


def _same_streams(read: Park, park: Park) -> bool:
    """The .xlsx round trip keeps 16 significant digits: amounts equal to a relative 1e-12."""
    return read.streams.keys() == park.streams.keys() and all(
        math.isclose(read.streams[key].amount, stream.amount, rel_tol=1e-12)
        for key, stream in park.streams.items()
    )


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="?", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--openpyxl", action="store_true", help="also time openpyxl's read-only mode (slow)")
    args = parser.parse_args(argv)
    park = big_park(args.rows)
    with tempfile.TemporaryDirectory() as folder:
        xlsx = Path(folder) / "park.xlsx"
        openpyxl_xlsx = Path(folder) / "openpyxl.xlsx"
        csv_folder = Path(folder) / "park_csv"
        write_xlsx_s = _timed(lambda: write_workbook(park, xlsx), args.runs)
        write_openpyxl_s = _timed(lambda: _openpyxl_write_only(park, openpyxl_xlsx), args.runs)
        write_csv_s = _timed(lambda: write_workbook(park, csv_folder), args.runs)
        assert read_workbook(csv_folder) == park and _same_streams(read_workbook(xlsx), park)
        read_xlsx_s = _timed(lambda: read_workbook(xlsx), args.runs)
        calamine_s = _timed(lambda: _calamine_cells(xlsx), args.runs)
        read_csv_s = _timed(lambda: read_workbook(csv_folder), args.runs)
        pandas_s = _timed(lambda: _pandas_read_csv(csv_folder), args.runs)
        floor_s = _timed(lambda: _csv_floor(csv_folder), args.runs)
        rows = args.rows
        print(
            f"{rows} stream rows, median of {args.runs} runs; reference pandas.read_csv of the same rows: {pandas_s:.2f} s"
        )
        print(f"{'':34s} {'seconds':>8s} {'µs/row':>7s} {'× pandas.read_csv':>18s}")
        for label, seconds in (
            ("write .xlsx (XlsxWriter, ParkFlow)", write_xlsx_s),
            ("write .xlsx (openpyxl write-only)", write_openpyxl_s),
            ("read .xlsx (read_workbook)", read_xlsx_s),
            ("  of which calamine cells alone", calamine_s),
            ("write CSV folder", write_csv_s),
            ("read CSV folder (read_workbook)", read_csv_s),
            ("csv.reader floor", floor_s),
        ):
            print(f"{label:34s} {seconds:8.2f} {seconds / rows * 1e6:7.0f} {seconds / pandas_s:18.1f}")
        print(f"ratio openpyxl write-only / XlsxWriter: {write_openpyxl_s / write_xlsx_s:.2f}")
        print(f"ratio read .xlsx / read CSV: {read_xlsx_s / read_csv_s:.2f}")
        if args.openpyxl:
            openpyxl_s = _timed(lambda: _openpyxl_cells(xlsx))
            print(
                f"openpyxl read-only, cells only: {openpyxl_s:6.2f} s; "
                f"ratio openpyxl / ParkFlow .xlsx import: {openpyxl_s / read_xlsx_s:.2f}"
            )


if __name__ == "__main__":
    main(sys.argv[1:])
