"""``parkflow candidates IN -o OUT [--max-km D]``: candidate links by distance.

Writes the park with a candidate link for every compatible source–sink pair
of different enterprises within D km (straight line, default 3), each with
its length, size, loss and capex filled (parkflow/model/pipes.py); existing
links are kept.  OUT ending in ``.parkflow`` is a scenario file, ``.xlsx`` a
workbook, anything else a folder of ``<sheet>.csv`` files; an existing OUT
is replaced atomically.  IN with any error: nothing written, exit code 2.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path
from typing import Any

from parkflow.commands.validate import checked_park, print_warnings, summary
from parkflow.model.candidates import DEFAULT_MAX_KM, with_candidates
from parkflow.model.problems import ParkError, Problem


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "candidates",
        help="add priced candidate links between neighbouring enterprises",
        description=(
            "Write the park with a candidate link for every compatible source-sink pair of different "
            "enterprises within D km of each other (straight line), with length (x the park's "
            "pipe_routing_factor), pipe size, heat loss and capex filled in. Existing links are kept; "
            "steam lines that cannot hold their sink's pressure are left out."
        ),
    )
    parser.add_argument(
        "input", metavar="IN", help="a .parkflow file, an .xlsx workbook or a workbook folder"
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="OUT.parkflow, OUT.xlsx or a folder for <sheet>.csv files",
    )
    parser.add_argument(
        "--max-km",
        type=float,
        default=DEFAULT_MAX_KM,
        metavar="D",
        help=f"largest straight-line distance between the two enterprises, km (default {DEFAULT_MAX_KM:g})",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not math.isfinite(args.max_km) or args.max_km <= 0:
        raise ParkError(
            [
                Problem(
                    f"is {args.max_km:g}; give a distance in km above 0", kind="option", entity_id="--max-km"
                )
            ]
        )
    started = time.perf_counter()
    park, warnings = checked_park(Path(args.input))
    print_warnings(warnings)
    out_park, proposal = with_candidates(park, args.max_km)
    output = Path(args.output)
    if output.suffix.lower() == ".parkflow":
        from parkflow.model.store import save_scenario

        save_scenario(output, out_park, metadata={"source": Path(args.input).name})
    else:
        from parkflow.model.workbook import write_workbook

        write_workbook(out_park, output)
    elapsed = time.perf_counter() - started
    left_out = (
        f"; {proposal.refused_pressure} steam pairs left out: no size holds the pressure"
        if proposal.refused_pressure
        else ""
    )
    print(
        f"wrote {output}: {summary(out_park)} ({len(proposal.links)} new candidate links within "
        f"{args.max_km:g} km{left_out}; {elapsed:.1f} s)",
        file=sys.stdout,
    )
    return 0
