"""Benchmark of the matching over periods on a generated park.

A generated park (parkflow.model.generate, 1,000 enterprises by default) is
given N periods of equal hours (8,000 h in all) and a profile on every
stream, utility and disposal with seeded random factors: sources × 0.7–1.1,
sinks × 0.6–1.0, utility and disposal prices × 0.7–1.3.  Prints

* the build-time growth: time to prepare the periods' arrays (one derived
  park per period, validation included) and to build the stacked matrix, for
  1, 2, 4 and 8 periods, with rows, columns and entries (growth should be
  about linear in the periods);
* for 8 periods, LP: ``optimize`` end to end (prepare, build, solve, read
  the results) against HiGHS alone on the written MPS with the same options,
  in the same process, and the ratio, in wall-clock and in CPU time (on a
  shared machine the load can change between the two runs; CPU time does
  not follow it);
* the 1-minute load average (the machine is shared; wall-clock timings scale
  with it, so prepare and build also print the CPU time the process used).

Run:  python benchmarks/bench_periods.py [--enterprises 1000] [--seed 1] [--periods 1 2 4 8] [--skip-solve]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import numpy as np

from parkflow.model.entities import Park, Period, Profile, profile_key
from parkflow.model.generate import generate_park
from parkflow.optimize import SolveOptions, optimize
from parkflow.optimize.core import build_prepared, prepare
from parkflow.optimize.solve import highs_options, new_highs, write_mps

YEAR_H = 8000.0


def load_average() -> float:
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return 0.0


def with_periods(park: Park, count: int, seed: int) -> Park:
    """``park`` with ``count`` periods of equal hours and a seeded random profile on every item."""
    rng = np.random.default_rng(seed)
    timed = park.copy()
    timed.periods = {f"P{n}": Period(f"P{n}", f"period {n}", YEAR_H / count) for n in range(1, count + 1)}
    timed.profiles = {}
    for period_id in timed.periods:
        for stream in timed.streams.values():
            low, high = (0.7, 1.1) if stream.is_source else (0.6, 1.0)
            timed.profiles[profile_key(period_id, stream.id)] = Profile(
                period_id, stream.id, round(float(rng.uniform(low, high)), 3), None
            )
        for item in [*timed.utilities, *timed.disposals]:
            timed.profiles[profile_key(period_id, item)] = Profile(
                period_id, item, None, round(float(rng.uniform(0.7, 1.3)), 3)
            )
    return timed


def build_growth(park: Park, counts: list[int], seed: int) -> None:
    options = SolveOptions()
    print(
        f"{'periods':>8} {'rows':>10} {'cols':>10} {'nnz':>11} {'prepare_s':>10} {'prepare_cpu_s':>13} "
        f"{'build_s':>9} {'build_cpu_s':>11} {'build_cpu_per_period_s':>22} {'load':>6}"
    )
    for count in counts:
        timed = with_periods(park, count, seed)
        started, started_cpu = time.perf_counter(), time.process_time()
        data = prepare(timed)
        prepared, prepared_cpu = time.perf_counter(), time.process_time()
        problem = build_prepared(data, options)
        matrix = problem.compiled()["matrix"]
        built, built_cpu = time.perf_counter(), time.process_time()
        print(
            f"{count:>8} {problem.num_rows:>10} {problem.num_cols:>10} {matrix.nnz:>11} "
            f"{prepared - started:>10.2f} {prepared_cpu - started_cpu:>13.2f} {built - prepared:>9.2f} "
            f"{built_cpu - prepared_cpu:>11.2f} {(built_cpu - prepared_cpu) / count:>22.3f} "
            f"{load_average():>6.2f}",
            flush=True,
        )


def end_to_end(park: Park, count: int, seed: int) -> None:
    timed = with_periods(park, count, seed)
    options = SolveOptions(mode="lp")
    started, started_cpu = time.perf_counter(), time.process_time()
    result = optimize(timed, options)
    whole, whole_cpu = time.perf_counter() - started, time.process_time() - started_cpu
    problem = build_prepared(prepare(timed), options)
    with tempfile.TemporaryDirectory() as folder:
        mps = Path(folder) / "periods.mps"
        write_mps(problem, mps)
        highs = new_highs(highs_options(problem, mip=False))
        highs.readModel(str(mps))
        alone_started, alone_started_cpu = time.perf_counter(), time.process_time()
        highs.run()
        alone, alone_cpu = time.perf_counter() - alone_started, time.process_time() - alone_started_cpu
        alone_objective = highs.getInfo().objective_function_value
    match = abs(alone_objective - result.objective_value) <= 1e-6 * max(1.0, abs(alone_objective))
    print(
        f"{count} periods, LP: optimize end to end {whole:.2f} s (build {result.build_time_s:.2f} s, "
        f"solve {result.solve_time_s:.2f} s), HiGHS alone on the MPS {alone:.2f} s, "
        f"ratio {whole / alone if alone > 0 else float('nan'):.2f}; CPU time {whole_cpu:.2f} s against "
        f"{alone_cpu:.2f} s, ratio {whole_cpu / alone_cpu if alone_cpu > 0 else float('nan'):.2f}; "
        f"objectives match: {match}, status {result.status}, load {load_average():.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--enterprises", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--periods", type=int, nargs="+", default=[1, 2, 4, 8])
    parser.add_argument("--skip-solve", action="store_true", help="only the build-time growth")
    args = parser.parse_args()
    park = generate_park(args.enterprises, args.seed)
    print(
        f"generated park: {args.enterprises} enterprises, {len(park.streams)} streams, {len(park.links)} links"
    )
    build_growth(park, args.periods, args.seed)
    if not args.skip_solve:
        end_to_end(park, max(args.periods), args.seed)


if __name__ == "__main__":
    main()
