"""Benchmark of benefit sharing ("Who gains"): ratios in one run.

1. Exact Shapley on the Jiaxing sample (all 2⁹ − 1 coalitions, one process)
   against one ``optimize`` of the park; and, per coalition, re-solving the
   built model with changed link bounds against building the model afresh.
2. Sampled Shapley on a generated 100-enterprise park until every
   enterprise's standard error is within 1 % of the park's saving: time,
   random orders, coalitions solved, against one ``optimize``.
3. The same coalitions (of the 100-enterprise park) solved in one local
   process, in two local worker processes, and on a two-worker Dask
   LocalCluster on 127.0.0.1.

Also prints the 1-minute load average: the machine is shared, timings scale with it.

Run:  python benchmarks/bench_share.py [--enterprises 100] [--seed 1] [--coalitions 200] [--skip-sampled]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import numpy as np

from parkflow.model.generate import generate_park
from parkflow.model.io import load_park
from parkflow.optimize import SolveOptions, optimize
from parkflow.optimize.batch import CoalitionModel, Variant, run_variants
from parkflow.report.share import CoalitionGame, coalition_outcome, sampled_shapley, share_benefits

ROOT = Path(__file__).resolve().parents[1]


def load_average() -> float:
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return 0.0


def timed(function, *args, **keywords):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    value = function(*args, **keywords)
    return value, time.perf_counter() - started


def jiaxing() -> None:
    park = load_park(ROOT / "sample_parks" / "jiaxing_port.parkflow")
    _, optimize_s = timed(optimize, park, SolveOptions())
    result, share_s = timed(share_benefits, park, workers=1)
    print(
        f"[1] Jiaxing: one optimize {optimize_s:.2f} s; exact Shapley over {result.coalitions_solved} "
        f"coalitions {share_s:.2f} s (ratio {share_s / optimize_s:.1f} x one optimize)"
    )
    # reuse vs rebuild, per coalition, on the same 64 coalitions
    ids = list(park.enterprises)
    rng = np.random.default_rng(0)
    coalitions = [frozenset(e for e in ids if rng.random() < 0.5) for _ in range(64)]
    model = CoalitionModel(park, SolveOptions())
    started = time.perf_counter()
    for number, members in enumerate(coalitions):
        model.solve(Variant(number, members))
    reuse = (time.perf_counter() - started) / len(coalitions)
    started = time.perf_counter()
    for number, members in enumerate(coalitions):
        CoalitionModel(park, SolveOptions()).solve(Variant(number, members))
    rebuild = (time.perf_counter() - started) / len(coalitions)
    print(
        f"    per coalition: re-solve the built model {reuse * 1e3:.1f} ms, build and solve afresh "
        f"{rebuild * 1e3:.1f} ms (rebuild / reuse {rebuild / reuse:.1f} x)"
    )


def sampled(size: int, seed: int) -> None:
    park = generate_park(size, seed=seed)
    _, optimize_s = timed(optimize, park, SolveOptions())
    game = CoalitionGame(park, workers=None)
    estimate, sample_s = timed(sampled_shapley, game, seed=seed)
    saving = game.values[game.full_mask]
    worst = float(np.max(estimate.stderr)) / abs(saving)
    print(
        f"[2] generated {size}-enterprise park: one optimize {optimize_s:.2f} s; sampled Shapley to a "
        f"standard error ≤ 1 % of the saving ({saving / 1e4:,.0f} 10⁴ CNY/yr): {sample_s:.1f} s, "
        f"{estimate.permutations} random orders, {game.solves} coalitions solved, largest standard error "
        f"{worst:.2%} of the saving (ratio {sample_s / optimize_s:.0f} x one optimize)"
    )


def engines(size: int, seed: int, count: int) -> None:
    park = generate_park(size, seed=seed)
    ids = list(park.enterprises)
    rng = np.random.default_rng(seed)
    variants = []
    for number in range(count):
        order = rng.permutation(len(ids))
        cut = int(rng.integers(1, len(ids)))
        variants.append(Variant(number, frozenset(ids[int(i)] for i in order[:cut])))
    one, one_s = timed(run_variants, park, variants, summarise=coalition_outcome, workers=1)
    two, two_s = timed(run_variants, park, variants, summarise=coalition_outcome, workers=2)
    from distributed import LocalCluster

    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None, processes=True
    )
    try:
        dask_out, dask_s = timed(
            run_variants, park, variants, summarise=coalition_outcome, scheduler=cluster.scheduler_address
        )
    finally:
        cluster.close()
    for other in (two, dask_out):
        for here, there in zip(one, other, strict=True):
            members = variants[here.key].enterprises or frozenset()
            mine = sum(here.costs[e] for e in members)
            assert abs(sum(there.costs[e] for e in members) - mine) <= 1e-6 * max(1.0, abs(mine))
    print(
        f"[3] {count} coalitions of the {size}-enterprise park: 1 local worker {one_s:.1f} s, 2 local workers "
        f"{two_s:.1f} s ({one_s / two_s:.2f} x), 2-worker LocalCluster {dask_s:.1f} s ({one_s / dask_s:.2f} x); "
        "same coalition costs everywhere"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--enterprises", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--coalitions", type=int, default=200)
    parser.add_argument("--skip-sampled", action="store_true")
    args = parser.parse_args()
    print(f"load average {load_average():.2f}, {os.cpu_count()} cores")
    jiaxing()
    if not args.skip_sampled:
        sampled(args.enterprises, args.seed)
    engines(args.enterprises, args.seed, args.coalitions)
    print(f"load average {load_average():.2f}")


if __name__ == "__main__":
    main()
