"""``parkflow validate IN``: list every problem of a park, one per line.

Each problem is printed as ``sheet:row:column: message`` for a workbook
cell, or ``stream <id>: message`` for a scenario file's entity, errors and
warnings alike (docs/design.md, "Exit codes").  Exit code 2 when any problem is an error
(nothing else happens); 0 otherwise, after a one-line summary
``ok: N enterprises, M streams, K links``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from parkflow.model.entities import Park
from parkflow.model.io import input_kind
from parkflow.model.problems import ParkError, Problem
from parkflow.model.validate import validate_park
from parkflow.model.workbook import check_workbook

EXIT_OK = 0
EXIT_INVALID = 2


def park_problems(path: Path | str) -> tuple[Park | None, list[Problem]]:
    """Read a park from any input form and return ``(park, problems)``.

    ``park`` is None when any problem is an error.  A file that cannot be
    opened at all raises :class:`ParkError` (the CLI prints it, exit 2).
    """
    path = Path(path)
    if input_kind(path) == "scenario":
        from parkflow.model.store import open_scenario

        park = open_scenario(path).park
        problems = validate_park(park)
        if any(problem.severity == "error" for problem in problems):
            return None, problems
        return park, problems
    return check_workbook(path)


def checked_park(path: Path | str) -> tuple[Park, list[Problem]]:
    """The park at ``path`` and its warnings; ParkError when it has any error."""
    park, problems = park_problems(path)
    if park is None:
        raise ParkError(problems)
    return park, problems


def summary(park: Park) -> str:
    """``N enterprises, M streams, K links`` for a park."""
    return f"{len(park.enterprises)} enterprises, {len(park.streams)} streams, {len(park.links)} links"


def print_warnings(problems: list[Problem]) -> None:
    """Warnings go to stderr, one per line, so they never mix with a command's output."""
    for problem in problems:
        print(str(problem), file=sys.stderr)


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "validate",
        help="list every problem of a park with its sheet, row and column",
        description=(
            "Check a park (.parkflow scenario file, .xlsx workbook or folder of <sheet>.csv files) "
            "and print every problem, one per line, as sheet:row:column: message. "
            "Exit code 2 when any problem is an error, 0 otherwise."
        ),
    )
    parser.add_argument(
        "input", metavar="IN", help="a .parkflow file, an .xlsx workbook or a workbook folder"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    park, problems = park_problems(args.input)
    for problem in problems:
        print(str(problem))
    error_count = sum(1 for problem in problems if problem.severity == "error")
    if park is None or error_count:
        warning_count = len(problems) - error_count
        print(
            f"invalid: {error_count} error{'s' if error_count != 1 else ''}, "
            f"{warning_count} warning{'s' if warning_count != 1 else ''}",
            file=sys.stderr,
        )
        return EXIT_INVALID
    print(f"ok: {summary(park)}")
    return EXIT_OK
