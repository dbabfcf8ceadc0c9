"""``parkflow generate --enterprises N --seed S -o OUT``: a synthetic park (docs/design.md, "The command line").

OUT ending in ``.parkflow`` is a scenario file; ``.xlsx`` a park workbook;
anything else a folder of ``<sheet>.csv`` files.  Writing replaces an
existing OUT atomically.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from parkflow.model.problems import ParkError, Problem

#: Largest park the command agrees to make (a provincial-scale sweep is
#: many parks, not one huge one); 20,000 enterprises take about a minute.
MAX_ENTERPRISES = 20000


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "generate",
        help="write a synthetic park for benchmarks and demos",
        description="Write a synthetic but plausible park: enterprises of typical sectors, about six "
        "streams each, utilities, disposals, converters and about fifty compatible links per "
        "enterprise. The same seed always gives the same park.",
    )
    parser.add_argument("--enterprises", type=int, required=True, metavar="N", help="number of enterprises")
    parser.add_argument("--seed", type=int, default=0, metavar="S", help="random seed (default 0)")
    parser.add_argument(
        "--streams-per-enterprise",
        type=int,
        default=6,
        metavar="K",
        help="average streams per enterprise (default 6)",
    )
    parser.add_argument(
        "--links-per-enterprise", type=int, default=50, metavar="L", help="links per enterprise (default 50)"
    )
    parser.add_argument("--name", default=None, help="park name (default names the size and seed)")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="OUT.parkflow, OUT.xlsx or a folder for <sheet>.csv files",
    )
    parser.set_defaults(func=run)


def option_problem(option: str, message: str) -> Problem:
    """A problem with a command-line option, printed as ``option --name: message``."""
    return Problem(message, kind="option", entity_id=option)


#: Memory one generated stream or link takes while the park is built and written, in bytes:
#: about 700 B as a Python object (tracemalloc, 200 enterprises) and copies while writing.
BYTES_PER_ENTITY = 3000
#: Share of the available memory a park may take.
MEMORY_SHARE = 0.8


def available_memory_bytes() -> int | None:
    """Memory the system can give this process now (Linux MemAvailable, else free pages), or None."""
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        import os

        return int(os.sysconf("SC_AVPHYS_PAGES")) * int(os.sysconf("SC_PAGE_SIZE"))
    except (ValueError, OSError, AttributeError):
        return None


def estimated_memory_bytes(enterprises: int, streams_per_enterprise: int, links_per_enterprise: int) -> int:
    """Upper estimate of the memory ``generate`` needs for a park of this size."""
    return enterprises * (streams_per_enterprise + links_per_enterprise) * BYTES_PER_ENTITY


def _check_memory(args: argparse.Namespace) -> None:
    """Refuse a park the machine has no memory for, before building it (not a MemoryError later)."""
    needed = estimated_memory_bytes(args.enterprises, args.streams_per_enterprise, args.links_per_enterprise)
    available = available_memory_bytes()
    if available is not None and needed > MEMORY_SHARE * available:
        raise ParkError(
            option_problem(
                "--enterprises",
                f"a park of {args.enterprises:,} enterprises with {args.streams_per_enterprise} streams and "
                f"{args.links_per_enterprise} links each needs about {needed / 1e9:.1f} GB of memory; this machine "
                f"has {available / 1e9:.1f} GB available. Give fewer enterprises, streams or links per enterprise",
            )
        )


def _check_arguments(args: argparse.Namespace) -> None:
    problems: list[Problem] = []
    if not 1 <= args.enterprises <= MAX_ENTERPRISES:
        problems.append(
            option_problem(
                "--enterprises", f"is {args.enterprises}; give a number from 1 to {MAX_ENTERPRISES:,}"
            )
        )
    if not 1 <= args.streams_per_enterprise <= 100:
        problems.append(
            option_problem("--streams-per-enterprise", f"is {args.streams_per_enterprise}; give 1 to 100")
        )
    if not 0 <= args.links_per_enterprise <= 1000:
        problems.append(
            option_problem("--links-per-enterprise", f"is {args.links_per_enterprise}; give 0 to 1000")
        )
    if problems:
        raise ParkError(problems)
    _check_memory(args)


def run(args: argparse.Namespace) -> int:
    from parkflow.model.generate import describe, generate_park

    _check_arguments(args)
    output = Path(args.output)
    from parkflow.commands import outputs

    kind = "scenario" if output.suffix.lower() == ".parkflow" else "workbook"
    outputs.check_outputs([], [outputs.output("-o", output, kind)])
    started = time.perf_counter()
    park = generate_park(
        args.enterprises,
        args.seed,
        streams_per_enterprise=args.streams_per_enterprise,
        links_per_enterprise=args.links_per_enterprise,
        name=args.name,
    )
    if output.suffix.lower() == ".parkflow":
        from parkflow.model.store import save_scenario

        save_scenario(
            output,
            park,
            metadata={"generator": f"parkflow generate --enterprises {args.enterprises} --seed {args.seed}"},
        )
    else:
        from parkflow.model.workbook import write_workbook

        try:
            write_workbook(park, output)
        except OSError as error:
            raise ParkError(
                option_problem("-o", f"{output} cannot be written ({error.strerror or error})")
            ) from None
    elapsed = time.perf_counter() - started
    print(f"wrote {output}: {describe(park)} ({elapsed:.1f} s)", file=sys.stdout)
    return 0
