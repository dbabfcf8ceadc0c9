"""Benchmark of the matching optimizer on generated parks.

For parks of 100, 300 and 1,000 enterprises (parkflow.model.generate), in LP
mode with HiGHS, prints: time to prepare the arrays (validation included),
to build the matrix, to solve (hand-over + HiGHS), to read the results, the
end-to-end total, the time HiGHS alone needs for the same problem read from
the written MPS file with the same options, and the ratio end-to-end /
HiGHS-alone (target ≤ 1.5 at 1,000 enterprises; end to end < 20 s), and the
1-minute load average (the machine is shared; timings scale with it).
``--mode milp`` measures the build decisions as binaries: ParkFlow's end to end
then includes the two LPs that give the savings at stake (existing links
alone, and the relaxation), and HiGHS alone gets the same absolute gap.
``--families`` also prints rows, columns and matrix entries per constraint and
variable family, which shows where the LP's size comes from.

Run:  python benchmarks/bench_optimize.py [--sizes 100 300 1000] [--seed 1] [--mode lp] [--families]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path
from typing import cast

import numpy as np

from parkflow.model.generate import generate_park
from parkflow.optimize import SolveOptions
from parkflow.optimize.core import prepare
from parkflow.optimize.problem import LinearProblem, build_problem
from parkflow.optimize.results import read_results
from parkflow.optimize.solve import highs_options, new_highs, solve, write_mps


def load_average() -> float:
    """The 1-minute load average (0 where the platform has none)."""
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return 0.0


def family_sizes(problem: LinearProblem) -> list[str]:
    """One line per column and row family: count and matrix entries."""
    matrix = problem.compiled()["matrix"]
    entries_per_column = np.diff(matrix.indptr)
    entries_per_row = np.bincount(matrix.indices, minlength=problem.num_rows)
    lines = []
    for kind, blocks, entries in (
        ("cols", problem.column_blocks, entries_per_column),
        ("rows", problem.row_blocks, entries_per_row),
    ):
        for block in blocks:
            lines.append(
                f"{kind} {block.family:<16} {len(block.keys):>9} nnz {int(entries[block.start : block.stop].sum()):>9}"
            )
    return lines


def measure(enterprises: int, seed: int, mode: str) -> dict[str, object]:
    park = generate_park(enterprises, seed)
    options = SolveOptions(mode=mode)
    started = time.perf_counter()
    data = prepare(park)
    prepared = time.perf_counter()
    problem = build_problem(data, options)
    problem.compiled()
    built = time.perf_counter()
    solution = solve(problem)
    solved = time.perf_counter()
    result = read_results(problem, solution)
    finished = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        mps = Path(folder) / "park.mps"
        write_mps(problem, mps)
        alone_options = highs_options(problem, mip=problem.has_integers)
        if problem.mip_abs_gap is not None:  # the same stopping rule ParkFlow gave HiGHS
            alone_options.update(
                mip_abs_gap=problem.mip_abs_gap, mip_rel_gap=min(alone_options["mip_rel_gap"], 1e-4)
            )
        highs = new_highs(alone_options)
        highs.readModel(str(mps))
        alone_started = time.perf_counter()
        highs.run()
        alone = time.perf_counter() - alone_started
        alone_objective = highs.getInfo().objective_function_value
    end_to_end = finished - started
    return {
        "enterprises": enterprises,
        "streams": len(park.streams),
        "links": len(park.links),
        "rows": problem.num_rows,
        "cols": problem.num_cols,
        "nnz": problem.compiled()["matrix"].nnz,
        "prepare_s": prepared - started,
        "build_s": built - prepared,
        "solve_s": solved - built,
        "read_s": finished - solved,
        "end_to_end_s": end_to_end,
        "highs_alone_s": alone,
        "ratio": end_to_end / alone if alone > 0 else float("nan"),
        # MILP: both stop within the same gap, so the objectives agree only that far
        "objective_match": abs(alone_objective - result.objective_value)
        <= (problem.mip_abs_gap or 0.0) + 1e-6 * max(1.0, abs(alone_objective)),
        "status": result.status,
        "notes": "; ".join(result.notes),
        "load": load_average(),
        "families": family_sizes(problem),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300, 1000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mode", choices=("lp", "milp"), default="lp")
    parser.add_argument(
        "--families", action="store_true", help="print the size of each variable and constraint family"
    )
    args = parser.parse_args()
    header = (
        "enterprises",
        "rows",
        "cols",
        "nnz",
        "prepare_s",
        "build_s",
        "solve_s",
        "read_s",
        "end_to_end_s",
        "highs_alone_s",
        "ratio",
        "objective_match",
        "status",
        "load",
    )
    print(" ".join(f"{name:>14}" for name in header))
    for size in args.sizes:
        row = measure(size, args.seed, args.mode)
        cells = [
            f"{row[name]:14.3f}" if isinstance(row[name], float) else f"{row[name]!s:>14}" for name in header
        ]
        print(" ".join(cells), flush=True)
        if row["notes"]:
            print(f"{'':>14} note: {row['notes']}")
        if args.families:
            for line in cast(list[str], row["families"]):
                print(f"{'':>14} {line}")


if __name__ == "__main__":
    main()
