"""``parkflow export IN -o OUT.xlsx|DIR``: write a park as a workbook.

OUT ending in ``.xlsx`` gets an Excel workbook; any other OUT is a folder of
``<sheet>.csv`` files (UTF-8).  When IN has any error, every problem is
printed, nothing is written and the exit code is 2.  An existing OUT is
replaced atomically (:func:`parkflow.model.workbook.write_workbook`).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from parkflow.commands import outputs
from parkflow.commands.validate import checked_park, print_warnings, summary
from parkflow.model.problems import ParkError
from parkflow.model.workbook import file_problem, write_workbook

#: Output names that are surely a mistake for a workbook (a file, not a folder).
NOT_A_WORKBOOK_SUFFIXES = (
    ".xls",
    ".xlsm",
    ".csv",
    ".parkflow",
    ".json",
    ".html",
    ".htm",
    ".pdf",
    ".txt",
    ".ods",
)


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "export",
        help="write a park as an .xlsx workbook or a folder of CSV files",
        description=(
            "Write a park (.parkflow file, .xlsx workbook or workbook folder) as an .xlsx workbook "
            "(OUT ends in .xlsx) or as a folder of <sheet>.csv files (any other OUT). With any error "
            "nothing is written (exit code 2)."
        ),
    )
    parser.add_argument(
        "input", metavar="IN", help="a .parkflow file, an .xlsx workbook or a workbook folder"
    )
    parser.add_argument(
        "-o", "--output", metavar="OUT.xlsx|DIR", required=True, help="the workbook or folder to write"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    source = Path(args.input)
    output = Path(args.output)
    if output.suffix.lower() in NOT_A_WORKBOOK_SUFFIXES:
        raise ParkError(
            file_problem(
                output,
                "export writes an .xlsx workbook or a folder of <sheet>.csv files; "
                "give a name ending in .xlsx, or a folder name",
            )
        )
    outputs.check_outputs([source], [outputs.output("-o", output, "workbook")])
    park, warnings = checked_park(source)
    print_warnings(warnings)
    write_workbook(park, output)
    print(f"wrote {output}: {summary(park)}")
    return 0
