"""Running one optimization: validate → prepare → build → solve → read (docs/design.md, "The optimization model")."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable

from parkflow.model.entities import Park
from parkflow.model.periods import has_periods
from parkflow.model.problems import ParkError, Problem
from parkflow.model.validate import errors, validate_park
from parkflow.optimize.data import ParkData
from parkflow.optimize.diagnose import diagnose
from parkflow.optimize.errors import InfeasibleError, SolverError
from parkflow.optimize.options import SolveOptions
from parkflow.optimize.problem import LinearProblem, build_problem
from parkflow.optimize.results import OptimizationResult, read_results
from parkflow.optimize.solve import Cancel, Progress, solve
from parkflow.optimize.stacking import (
    PeriodsData,
    build_periods_problem,
    diagnose_periods,
    read_periods_results,
)
from parkflow.optimize.storage import add_storages, read_storages

#: A park prepared for the optimizer: one design point, or one per period.
Prepared = ParkData | PeriodsData


def prepare(park: Park, *, validate: bool = True) -> Prepared:
    """The park as arrays (one set per period when it has periods); ParkError (every problem) when it is not valid."""
    if has_periods(park):
        _check(park, validate)
        return PeriodsData.of(park)
    return prepare_single(park, validate=validate)


def prepare_single(park: Park, *, validate: bool = True) -> ParkData:
    """The park as arrays of one design point; ParkError when it is not valid or has periods."""
    _check(park, validate)
    return ParkData(park)


def _check(park: Park, validate: bool) -> None:
    if validate:
        problems = errors(validate_park(park))
        if problems:
            raise ParkError(problems)
    if not park.streams:  # HiGHS would fail on an empty model ("Empty"), reported as a bug
        raise ParkError(
            Problem(
                "the park has no streams: nothing to optimize; add the streams its enterprises "
                "supply or need",
                kind="sheet",
                entity_id="streams",
            )
        )


def build_prepared(
    data: Prepared, options: SolveOptions, *, co2_cap_t_per_yr: float | None = None
) -> LinearProblem:
    """The problem of prepared data: one design point, or every period stacked, with the park's storages."""
    if isinstance(data, PeriodsData):
        problem = build_periods_problem(data, options, co2_cap_t_per_yr=co2_cap_t_per_yr)
    else:
        problem = build_problem(data, options, co2_cap_t_per_yr=co2_cap_t_per_yr)
    problem.storage_columns = add_storages(problem, data.park)
    return problem


def build(park: Park, options: SolveOptions | None = None) -> LinearProblem:
    """The problem the optimizer would solve (for ``--write-mps`` and benchmarks)."""
    return build_prepared(prepare(park), options or SolveOptions())


def solve_data(
    data: Prepared,
    options: SolveOptions,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    co2_cap_t_per_yr: float | None = None,
) -> OptimizationResult:
    """Build, solve and read one problem of already prepared data."""
    started = time.perf_counter()
    if progress:
        progress("build", 0.0)
    problem = build_prepared(data, options, co2_cap_t_per_yr=co2_cap_t_per_yr)
    problem.compiled()
    build_time = time.perf_counter() - started
    if progress:
        progress("build", 1.0)
    solution = solve(problem, progress=progress, cancel=cancel)
    if solution.status == "infeasible":
        if progress:
            progress("diagnose", 0.0)
        diagnosis = (
            diagnose_periods(data, options, cancel=cancel)
            if isinstance(data, PeriodsData)
            else diagnose(data, options, cancel=cancel)
        )
        if progress:
            progress("diagnose", 1.0)
        raise InfeasibleError(diagnosis)
    if solution.status == "unbounded":
        raise SolverError(
            "the problem is unbounded: some link pays more than nothing to carry flow "
            "(a negative cost_cny_per_unit without a capacity); give it a capacity"
        )
    if progress:
        progress("results", 0.0)
    result = read_periods_results(problem, solution) if problem.periods else read_results(problem, solution)
    if problem.storage_columns is not None and solution.values is not None:
        storages, storage_flows, built = read_storages(
            data.park, problem.storage_columns, solution.values, milp=options.mode == "milp"
        )
        result = dataclasses.replace(
            result, storages=storages, storage_flows=storage_flows, storages_built=built
        )
    if progress:
        progress("results", 1.0)
    return dataclasses.replace(
        result, build_time_s=build_time, solve_time_s=time.perf_counter() - started - build_time
    )


def optimize(
    park: Park,
    options: SolveOptions | None = None,
    progress: Callable[[str, float], None] | None = None,
    cancel: Cancel | None = None,
) -> OptimizationResult:
    """Optimize the park's matching (docs/design.md, "The optimization model").

    Parameters
    ----------
    progress:
        Called as ``progress(stage, fraction)`` with stages ``prepare``,
        ``build``, ``solve``, ``diagnose`` and ``results``.
    cancel:
        A ``threading.Event`` or a callable returning True to stop; the
        solver is interrupted and :class:`OptimizationCancelled` raised.

    Raises
    ------
    ParkError
        The park is invalid (every problem listed).
    InfeasibleError
        No operating point exists; ``.diagnosis`` says what had to give.
    SolverError
        The solver is missing, failed, or timed out without a solution.
    """
    options = options or SolveOptions()
    if progress:
        progress("prepare", 0.0)
    data = prepare(park)
    if progress:
        progress("prepare", 1.0)
    return solve_data(data, options, progress=progress, cancel=cancel)
