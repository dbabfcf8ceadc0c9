"""``parkflow periods IN --hourly PROFILES.csv --typical N [--segments K] -o OUT``: typical periods.

Reads a year of hourly factors (docs/periods.md), reduces it to N typical
days of K segments each (tsam, parkflow/model/typical.py) and writes the
park with those periods and profiles in place of any it had.  OUT ending in
``.parkflow`` is a scenario file, ``.xlsx`` a workbook, anything else a
folder of ``<sheet>.csv`` files; an existing OUT is replaced atomically.
Prints the error of the reduction per item so the user can choose N.  Bad
IN, CSV or options: every problem printed, nothing written, exit code 2.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from parkflow.commands import outputs
from parkflow.commands.export import NOT_A_WORKBOOK_SUFFIXES
from parkflow.commands.validate import checked_park, print_warnings
from parkflow.model.problems import ParkError, Problem, option_problem

#: tsam and numpy come in with parkflow.model.typical; imported when the command runs.
SCENARIO_SUFFIX = ".parkflow"


def register(subparsers: Any) -> None:
    from parkflow.model.typical import DEFAULT_SEGMENTS, MAX_SEGMENTS

    parser: argparse.ArgumentParser = subparsers.add_parser(
        "periods",
        help="derive typical periods (days split into segments) from hourly profiles",
        description=(
            "Reduce a year of hourly factors (a CSV with 8,760 rows, or 8,784 for a leap year, and one column "
            "per stream, utility or disposal id: 1 = the sheet figure) to N typical days of K segments each, "
            "and write the park with them as its periods and profiles. Prints the error of the reduction "
            "per item (RMSE in factor units), so you can choose N. With any error nothing is written (exit "
            "code 2)."
        ),
    )
    parser.add_argument(
        "input", metavar="IN", help="a .parkflow file, an .xlsx workbook or a workbook folder"
    )
    parser.add_argument(
        "--hourly",
        required=True,
        metavar="PROFILES.csv",
        help="hourly factors: one row per hour of the year, one column per item id",
    )
    parser.add_argument(
        "--typical", required=True, type=int, metavar="N", help="number of typical days (1 to 365)"
    )
    parser.add_argument(
        "--segments",
        type=int,
        default=DEFAULT_SEGMENTS,
        metavar="K",
        help=f"periods per typical day, from 1 (the whole day) to {MAX_SEGMENTS} (every hour); "
        f"default {DEFAULT_SEGMENTS}",
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="OUT.parkflow, OUT.xlsx or a folder for <sheet>.csv files",
    )
    parser.set_defaults(func=run)


def _output(path: Path) -> outputs.Output | None:
    suffix = path.suffix.lower()
    if suffix == SCENARIO_SUFFIX:
        return outputs.output("-o", path, "scenario")
    if suffix in NOT_A_WORKBOOK_SUFFIXES:
        raise ParkError(
            option_problem(
                "-o",
                f"{path}: periods writes a .parkflow file, an .xlsx workbook or a "
                "folder of <sheet>.csv files; give a name ending in .parkflow or .xlsx, "
                "or a folder name",
            )
        )
    return outputs.output("-o", path, "workbook")


def run(args: argparse.Namespace) -> int:
    from parkflow.model.typical import (
        HOURS_IN_YEAR,
        error_table,
        option_problems,
        read_hourly_profiles,
        typical_periods,
        with_typical_periods,
    )
    from parkflow.model.validate import validate_park

    started = time.perf_counter()
    source, hourly_path, target = Path(args.input), Path(args.hourly), Path(args.output)
    # the number of days is known once the CSV is read (typical_periods checks N against it)
    problems: list[Problem] = option_problems(None, args.typical, args.segments)
    if problems:
        raise ParkError(problems)
    out = _output(target)
    if out is not None and out.kind == "scenario":
        # unlike optimize --save, a scenario is never rewritten in place here: its periods would be lost
        outputs.check_outputs([source, hourly_path], [outputs.output("-o", target, "file")])
    outputs.check_outputs([source, hourly_path], [out])
    park, warnings = checked_park(source)
    print_warnings(warnings)
    hourly = read_hourly_profiles(hourly_path, park)
    typical = typical_periods(hourly, args.typical, args.segments)
    out_park = with_typical_periods(park, typical)
    errors = [problem for problem in validate_park(out_park) if problem.severity == "error"]
    if errors:  # the periods are built to pass; a failure here is a bug, and nothing is written
        raise RuntimeError("the typical periods do not pass validation: " + "; ".join(map(str, errors[:3])))
    if target.suffix.lower() == SCENARIO_SUFFIX:
        from parkflow.model.store import save_scenario

        save_scenario(target, out_park, metadata={"source": source.name, "hourly_profiles": hourly_path.name})
    else:
        from parkflow.model.workbook import write_workbook

        write_workbook(out_park, target)
    elapsed = time.perf_counter() - started
    replaced = f"; replaced its {len(park.periods)} periods" if park.periods else ""
    print(
        f"wrote {target}: {len(typical.periods)} periods = {typical.typical_days} typical days × "
        f"{typical.segments} segments, {typical.total_hours:,.0f} h, {len(hourly.items)} items from "
        f"{hourly.source}{replaced} ({elapsed:.1f} s)"
    )
    if park.hours_per_year != HOURS_IN_YEAR:
        print(
            f"note: the periods stand for the whole year ({HOURS_IN_YEAR:,} h) and replace the park's "
            f"hours_per_year ({park.hours_per_year:,.0f} h); shutdowns count through the factors "
            "(docs/periods.md)"
        )
    print("error of the typical periods against the hourly data (factor units; year % = the yearly total):")
    print(error_table(typical))
    sys.stdout.flush()
    return 0
