"""``parkflow import IN -o OUT.parkflow``: turn a park workbook into a scenario file.

IN may be an ``.xlsx`` workbook, a folder of ``<sheet>.csv`` files or a
``.parkflow`` file (copied with its stored results).  When IN has any
error, every problem is printed, nothing is written and the exit code is 2.
An existing OUT is replaced atomically by
:func:`parkflow.model.store.save_scenario`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from parkflow.commands import outputs
from parkflow.commands.validate import checked_park, print_warnings, summary
from parkflow.model.io import SCENARIO_SUFFIX, input_kind
from parkflow.model.problems import ParkError
from parkflow.model.validate import validate_park
from parkflow.model.workbook import file_problem


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "import",
        help="read a park workbook (.xlsx or CSV folder) into a .parkflow scenario file",
        description=(
            "Read a park from an .xlsx workbook, a folder of <sheet>.csv files or a .parkflow file, "
            "check it, and save it as a .parkflow scenario file. With any error nothing is written "
            "(exit code 2)."
        ),
    )
    parser.add_argument(
        "input", metavar="IN", help="an .xlsx workbook, a workbook folder or a .parkflow file"
    )
    parser.add_argument(
        "-o", "--output", metavar="OUT.parkflow", required=True, help="the scenario file to write"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from parkflow.model.store import open_scenario, save_scenario

    source = Path(args.input)
    output = Path(args.output)
    if output.suffix.lower() != SCENARIO_SUFFIX:
        raise ParkError(
            file_problem(
                output, f"the output of import is a scenario file; give a name ending in {SCENARIO_SUFFIX}"
            )
        )
    if output.is_dir():
        raise ParkError(
            file_problem(output, f"this is a folder; give a file name ending in {SCENARIO_SUFFIX}")
        )
    outputs.check_outputs([source], [outputs.output("-o", output, "scenario")])
    results = None
    if input_kind(source) == "scenario":
        scenario = open_scenario(source)
        park, results = scenario.park, scenario.results
        warnings = validate_park(park)
        if any(problem.severity == "error" for problem in warnings):
            raise ParkError(warnings)
    else:
        park, warnings = checked_park(source)
    print_warnings(warnings)
    save_scenario(output, park, results, metadata={"source": source.name})
    print(f"wrote {output}: {summary(park)}")
    return 0
