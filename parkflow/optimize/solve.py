"""Solving a :class:`~parkflow.optimize.problem.LinearProblem` with HiGHS or CBC.

HiGHS gets the whole matrix in one piece (``Highs.passModel`` with a
``HighsLp`` whose CSC arrays come straight from scipy) and gives primal and
dual values back as arrays.  CBC goes through PuLP, which stays the modelling
layer for it: :func:`to_pulp` builds an equivalent ``pulp.LpProblem`` from the
same arrays.  :func:`write_mps` writes the model with its stable names.
"""

from __future__ import annotations

import math
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from parkflow.optimize.errors import OptimizationCancelled, SolverError
from parkflow.optimize.options import OBJECTIVE_UNIT
from parkflow.optimize.problem import LinearProblem

Progress = Callable[[str, float], None]
Cancel = threading.Event | Callable[[], bool]

#: HiGHS options for the matching LPs.  They are transport-like (one row per
#: stream, one column per link): interior point is several times faster than
#: simplex at park scale (measured 2.6 s against 13 s on a 3,000 × 3,000 problem), and
#: crossover stays on so that duals and reduced costs are those of a vertex.
HIGHS_LP_OPTIONS: dict[str, Any] = {
    "solver": "ipm",
    "run_crossover": "on",
    "presolve": "on",
}
#: HiGHS options for MILPs.  The gap comes from ``SolveOptions.mip_gap``: a share of
#: the savings at stake (the cost with the existing links alone minus the LP
#: relaxation's), set as HiGHS's absolute gap: 0.5 % of a park's whole bill can
#: be half of what its candidate pipes can save (the Ningbo sample).
#: Heuristic effort 0.3 instead of HiGHS's 0.05: on generated parks of 50 / 100
#: enterprises it reaches that gap in 23 s / 31 s instead of 114 s / 123 s
#: (same at 40; at 200 a better network within the same 400 s).
HIGHS_MIP_OPTIONS: dict[str, Any] = {"presolve": "on", "mip_heuristic_effort": 0.3}
#: How the note on a MILP's reached gap begins (the results dock shows it translated instead).
MILP_GAP_NOTE = "MILP: the network found is within"
#: Relative gap on the whole objective that always suffices (HiGHS's own default).
TOTAL_GAP_FLOOR = 1e-4
#: Problems smaller than this many matrix entries solve faster with simplex.
IPM_MIN_NONZEROS = 20_000


@dataclass
class Solution:
    """What a solver returned, as arrays aligned with the problem's columns and rows."""

    status: str  # "optimal", "time_limit", "infeasible", "unbounded"
    values: np.ndarray | None
    row_duals: np.ndarray | None
    col_duals: np.ndarray | None
    objective: float | None
    gap: float | None
    solve_time_s: float
    solver: str
    solver_only_time_s: float = 0.0


def cancel_requested(cancel: Cancel | None) -> bool:
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())


def available_solvers() -> list[str]:
    """ParkFlow names of the solvers that can run here (``highs``, ``cbc``)."""
    names: list[str] = []
    try:
        import highspy  # noqa: F401

        names.append("highs")
    except ImportError:
        pass
    try:
        import pulp

        if "PULP_CBC_CMD" in pulp.listSolvers(onlyAvailable=True):
            names.append("cbc")
    except Exception:
        pass
    return names


def _require(solver: str) -> None:
    if solver not in available_solvers():
        hint = {
            "highs": "install it with `pip install highspy`, or use --solver cbc",
            "cbc": "PuLP's bundled CBC is missing; reinstall PuLP (`pip install --force-reinstall pulp`), or use --solver highs",
        }[solver]
        raise SolverError(f"the {solver.upper()} solver is not available: {hint}")


def solve(
    problem: LinearProblem,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    want_duals: bool = True,
) -> Solution:
    """Solve ``problem`` with the solver its options name."""
    solver = problem.options.solver
    _require(solver)
    if cancel_requested(cancel):
        raise OptimizationCancelled("optimization cancelled before the solver started")
    if progress:
        progress("solve", 0.0)
    if solver == "highs":
        solution = _solve_highs(problem, cancel, want_duals, progress)
    else:
        solution = _solve_cbc(problem, want_duals)
    if progress:
        progress("solve", 1.0)
    return solution


# -- HiGHS ------------------------------------------------------------------------


def to_highs_lp(problem: LinearProblem, *, names: bool = False, integrality: bool = True) -> Any:
    """The problem as one ``highspy.HighsLp`` (column-wise matrix, arrays throughout)."""
    import highspy

    compiled = problem.compiled()
    matrix = compiled["matrix"]
    lp = highspy.HighsLp()
    lp.num_col_ = problem.num_cols
    lp.num_row_ = problem.num_rows
    lp.col_cost_ = compiled["objective"]
    lp.col_lower_ = compiled["col_lower"]
    lp.col_upper_ = compiled["col_upper"]
    lp.row_lower_ = compiled["row_lower"]
    lp.row_upper_ = compiled["row_upper"]
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.num_col_ = problem.num_cols
    lp.a_matrix_.num_row_ = problem.num_rows
    lp.a_matrix_.start_ = matrix.indptr.astype(np.int32)
    lp.a_matrix_.index_ = matrix.indices.astype(np.int32)
    lp.a_matrix_.value_ = matrix.data
    if integrality and compiled["integer"].any():
        lp.integrality_ = [
            highspy.HighsVarType.kInteger if flag else highspy.HighsVarType.kContinuous
            for flag in compiled["integer"]
        ]
    if names:
        lp.col_names_ = problem.column_names()
        lp.row_names_ = problem.row_names()
    return lp


def highs_options(problem: LinearProblem, *, mip: bool) -> dict[str, Any]:
    """The HiGHS options ParkFlow uses for this problem (user overrides win)."""
    if mip:
        options = dict(HIGHS_MIP_OPTIONS)
        options["mip_rel_gap"] = float(problem.options.mip_gap)  # until the savings at stake are known
    else:
        options = dict(HIGHS_LP_OPTIONS)
        if problem.compiled()["matrix"].nnz < IPM_MIN_NONZEROS:
            options["solver"] = "simplex"
    if problem.options.time_limit is not None:
        options["time_limit"] = float(problem.options.time_limit)
    options.update(problem.options.highs_options)
    return options


_BANNER_LOCK = threading.Lock()


def quiet_highs() -> Any:
    """A ``highspy.Highs`` whose construction prints nothing.

    From HiGHS 1.16 the constructor writes its copyright banner straight to
    file descriptor 1 (C++ ``stdout``), before any option can be set, which
    would mix it into ``parkflow optimize > kpis.txt``.  The descriptor is
    pointed at the null device for the duration of the constructor only; the
    lock keeps two solver threads from interleaving the swap.
    """
    import highspy

    with _BANNER_LOCK:
        try:
            sys.stdout.flush()
            saved = os.dup(1)
        except (OSError, ValueError, AttributeError):
            saved = None  # no usable descriptor 1 (some GUI launchers): nothing to hide
        if saved is None:
            highs = highspy.Highs()
        else:
            try:
                with open(os.devnull, "wb") as null:
                    os.dup2(null.fileno(), 1)
                highs = highspy.Highs()
            finally:
                os.dup2(saved, 1)
                os.close(saved)
    highs.setOptionValue("output_flag", False)
    return highs


def new_highs(options: dict[str, Any]) -> Any:
    highs = quiet_highs()
    for key, value in options.items():
        highs.setOptionValue(key, value)
    return highs


#: Seconds between two reports of the MILP search's progress.
SEARCH_REPORT_INTERVAL_S = 0.5


def _run_highs(
    highs: Any, cancel: Cancel | None, search: Callable[[float, float], None] | None = None
) -> float:
    """Run HiGHS; ``cancel`` interrupts it, ``search(primal, dual)`` hears the MILP's bounds now and then."""
    if cancel is not None:

        def interrupt(event: Any) -> None:
            if cancel_requested(cancel):
                event.interrupt()

        for callback in (highs.cbSimplexInterrupt, highs.cbIpmInterrupt, highs.cbMipInterrupt):
            callback.subscribe(interrupt)
    if search is not None:
        last = [0.0]

        def report(event: Any) -> None:
            now = time.perf_counter()
            if now - last[0] < SEARCH_REPORT_INTERVAL_S:
                return
            last[0] = now
            search(float(event.data_out.mip_primal_bound), float(event.data_out.mip_dual_bound))

        highs.cbMipInterrupt.subscribe(report)
    started = time.perf_counter()
    highs.run()
    return time.perf_counter() - started


def search_fraction(primal: float, dual: float, at_stake: float, asked: float) -> float:
    """How near the MILP search is to its goal, 0..1: the asked share of the savings at
    stake over the share still open (0 before any network is found)."""
    if not (math.isfinite(primal) and math.isfinite(dual)) or at_stake <= 0:
        return 0.0
    open_share = max(primal - dual, 0.0) / at_stake
    if open_share <= asked:
        return 1.0
    return max(0.0, min(1.0, asked / open_share)) if asked > 0 else 0.0


@dataclass
class _MilpStart:
    """What ParkFlow measures before a MILP search: the existing links alone and the LP bound.

    ``start`` (values) and ``start_objective``: the park run on its existing
    links alone, kept as a fallback; ``relaxation``: the LP relaxation's
    bound; ``at_stake``: the savings the search can still find (start minus
    bound), None when it could not be measured; ``seconds``: the time spent.
    """

    start: np.ndarray | None = None
    start_objective: float | None = None
    relaxation: float | None = None
    at_stake: float | None = None
    seconds: float = 0.0


def _measure_milp_start(problem: LinearProblem, highs: Any, cancel: Cancel | None) -> _MilpStart:
    """Measure the savings at stake and ask HiGHS for the gap as a share of them."""
    # Not handed to HiGHS with setSolution: HiGHS 1.16 then returns the start's
    # values from getSolution() next to the incumbent's objective.  It is kept
    # as a fallback below and measures the savings at stake.
    measured = _MilpStart()
    measured.start, measured.start_objective, measured.seconds = _nothing_new_built(problem, cancel)
    if measured.start is not None:
        measured.relaxation, bound_time = _relaxation_bound(problem, cancel)
        measured.seconds += bound_time
        if measured.relaxation is not None and measured.start_objective is not None:
            measured.at_stake = max(measured.start_objective - measured.relaxation, 0.0)
            problem.mip_abs_gap = float(problem.options.mip_gap) * measured.at_stake
            highs.setOptionValue("mip_abs_gap", problem.mip_abs_gap)
            highs.setOptionValue("mip_rel_gap", min(float(problem.options.mip_gap), TOTAL_GAP_FLOOR))
    if measured.at_stake is None:
        capped = " under its CO2 cap" if problem.rows("co2_cap") is not None else ""
        problem.notes.append(
            f"MILP: the savings at stake could not be measured (the existing links alone cannot run this "
            f"park{capped}, or the time ran out first), so the gap of {problem.options.mip_gap:.2%} "
            "applies to the whole objective"
        )
    if problem.options.time_limit is not None and measured.seconds > 0:
        # the time limit covers the whole run, the two LPs before the search included
        whole = float(problem.options.time_limit)
        highs.setOptionValue("time_limit", max(whole - measured.seconds, min(whole, 1e-6)))
    return measured


def _highs_status(
    highs: Any, problem: LinearProblem, cancel: Cancel | None, has_solution: bool, has_start: bool
) -> str:
    """ParkFlow's status for HiGHS's model status; raises when there is nothing to return."""
    import highspy

    mip = problem.has_integers
    model_status = highs.getModelStatus()
    Status = highspy.HighsModelStatus
    if model_status in (
        Status.kInterrupt,
        getattr(Status, "kHighsInterrupt", Status.kInterrupt),
    ) and cancel_requested(cancel):
        raise OptimizationCancelled("optimization cancelled")
    if model_status == Status.kOptimal:
        return "optimal"
    if model_status == Status.kInfeasible:
        return "infeasible"
    if model_status in (Status.kUnboundedOrInfeasible, Status.kUnbounded):
        return "unbounded" if model_status == Status.kUnbounded else "infeasible"
    if model_status in (Status.kTimeLimit, Status.kIterationLimit):
        if not has_solution and not has_start:
            limit = highs_options(problem, mip=mip).get("time_limit")
            raise SolverError(
                f"HiGHS reached the time limit of {limit:g} s before finding any "
                f"solution; raise --time-limit{' or use --mode lp' if mip else ''}"
                if model_status == Status.kTimeLimit and limit is not None
                else "HiGHS stopped at its iteration limit before finding any solution"
            )
        return "time_limit"
    raise SolverError(
        f"HiGHS failed ({highs.modelStatusToString(model_status)}); the problem may be badly "
        "scaled: check for extreme amounts, prices or capacities, or try --solver cbc"
    )


def _savings_gap(
    problem: LinearProblem, measured: _MilpStart, objective: float, reported_bound: float
) -> float:
    """The gap of a MILP run against the savings at stake, noted on the problem; the gap of the whole objective."""
    assert measured.at_stake is not None and measured.relaxation is not None
    at_stake = measured.at_stake
    # the best bound known: the search's own, or the LP relaxation when the search has none
    dual_bound = (
        max(reported_bound, measured.relaxation) if math.isfinite(reported_bound) else measured.relaxation
    )
    short = max(objective - dual_bound, 0.0) / at_stake
    problem.mip_savings = (at_stake, short)
    gap = max(objective - dual_bound, 0.0) / max(abs(objective), 1e-9)
    problem.notes.append(
        f"{MILP_GAP_NOTE} {short:.2%} of the savings at stake "
        f"({at_stake:,.0f} {OBJECTIVE_UNIT[problem.options.objective]}: the existing links alone "
        f"minus the LP relaxation's bound; asked for within {problem.options.mip_gap:.2%}); "
        f"that is {gap:.3%} of the whole objective"
    )
    return gap


def _solve_highs(
    problem: LinearProblem, cancel: Cancel | None, want_duals: bool, progress: Progress | None = None
) -> Solution:
    import highspy

    started = time.perf_counter()
    mip = problem.has_integers
    highs = new_highs(highs_options(problem, mip=mip))
    status = highs.passModel(to_highs_lp(problem))
    if status == highspy.HighsStatus.kError:
        raise SolverError(
            "HiGHS refused the model (invalid bounds or coefficients); this is a bug in ParkFlow"
        )
    measured = _measure_milp_start(problem, highs, cancel) if mip else _MilpStart()
    start, start_objective, at_stake = measured.start, measured.start_objective, measured.at_stake
    search = None
    if progress is not None and at_stake:
        stake, asked = at_stake, float(problem.options.mip_gap)

        def search(primal: float, dual: float) -> None:
            progress("search", search_fraction(primal, dual, stake, asked))

    solver_time = _run_highs(highs, cancel, search) + measured.seconds
    info = highs.getInfo()
    has_solution = info.primal_solution_status == highspy.kSolutionStatusFeasible
    status = _highs_status(highs, problem, cancel, has_solution, start is not None)
    if status in ("infeasible", "unbounded"):
        return Solution(
            status, None, None, None, None, None, time.perf_counter() - started, "highs", solver_time
        )
    solution = highs.getSolution()
    values = np.asarray(solution.col_value, dtype=float)
    row_duals = np.asarray(solution.row_dual, dtype=float) if solution.dual_valid else None
    col_duals = np.asarray(solution.col_dual, dtype=float) if solution.dual_valid else None
    gap = float(info.mip_gap) if mip else 0.0
    objective = float(info.objective_function_value) if has_solution else math.inf
    if (
        start is not None
        and start_objective is not None
        and objective > start_objective + 1e-9 * abs(start_objective)
    ):
        # a search stopped early (gap or time limit) must not return a network
        # dearer than running the existing links alone
        values, objective = start, start_objective
        row_duals = col_duals = None
        problem.notes.append(
            "MILP: the search stopped before it beat the existing links alone; that operation is returned"
        )
    if mip and at_stake and measured.relaxation is not None:
        gap = _savings_gap(problem, measured, objective, float(info.mip_dual_bound))
    if mip and want_duals:
        row_duals, col_duals, extra = _fixed_duals_highs(problem, values, cancel)
        solver_time += extra
    return Solution(
        status,
        values,
        row_duals,
        col_duals,
        objective,
        gap,
        time.perf_counter() - started,
        "highs",
        solver_time,
    )


def _solve_lp(lp: Any, options: dict[str, Any], cancel: Cancel | None) -> tuple[Any | None, float]:
    """Solve one LP variant of a problem; the solved ``Highs`` (None unless optimal) and the time."""
    import highspy

    highs = new_highs(options)
    highs.passModel(lp)
    elapsed = _run_highs(highs, cancel)
    return (highs if highs.getModelStatus() == highspy.HighsModelStatus.kOptimal else None), elapsed


def _nothing_new_built(
    problem: LinearProblem, cancel: Cancel | None
) -> tuple[np.ndarray | None, float | None, float]:
    """A MILP start: the best operation with every build decision at 0 (existing links only).

    It is an LP of the same size as the relaxation and always feasible when
    the park is, so the branch and bound never returns a network that costs
    more than running the existing one well, whatever gap it stops at.
    Returns the values, their objective and the time taken.
    """
    lp = to_highs_lp(problem, integrality=False)
    integer = problem.compiled()["integer"]
    upper = np.array(lp.col_upper_, dtype=float)
    upper[integer] = 0.0
    lp.col_upper_ = upper
    highs, elapsed = _solve_lp(lp, highs_options(problem, mip=False), cancel)
    if highs is None:
        return None, None, elapsed
    values = np.asarray(highs.getSolution().col_value, dtype=float)
    values[integer] = 0.0
    return values, float(highs.getInfo().objective_function_value), elapsed


def _relaxation_bound(problem: LinearProblem, cancel: Cancel | None) -> tuple[float | None, float]:
    """The LP relaxation's objective: no network can do better (a lower bound)."""
    highs, elapsed = _solve_lp(
        to_highs_lp(problem, integrality=False), highs_options(problem, mip=False), cancel
    )
    return (float(highs.getInfo().objective_function_value) if highs is not None else None), elapsed


def _fixed_duals_highs(
    problem: LinearProblem, values: np.ndarray, cancel: Cancel | None
) -> tuple[np.ndarray | None, np.ndarray | None, float]:
    """Duals of a MILP: fix the integer variables at their values and re-solve the LP.

    A built link's row x_l ≤ M_l·y_l is dropped: M_l is a modelling bound
    computed from demands and duties (:func:`parkflow.optimize.problem._link_bounds`),
    not a limit of the park, and held constant it would take the dual that
    belongs to the sink's or source's balance.  The link's real capacity stays
    as its column bound; a link not built keeps x_l ≤ 0.
    """
    lp = to_highs_lp(problem, integrality=False)
    integer = problem.compiled()["integer"]
    lower = np.array(lp.col_lower_, dtype=float)
    upper = np.array(lp.col_upper_, dtype=float)
    fixed = np.round(values[integer])
    lower[integer] = fixed
    upper[integer] = fixed
    lp.col_lower_ = lower
    lp.col_upper_ = upper
    if problem.build_pairs is not None and len(problem.build_pairs[0]):
        # each build row x − M·y ≤ 0 with its build column (one per link and period over periods)
        build_rows, build_cols = problem.build_pairs
        built = np.round(values[build_cols]) >= 1
        row_upper = np.array(lp.row_upper_, dtype=float)
        row_upper[build_rows[built]] = np.inf
        lp.row_upper_ = row_upper
    highs, elapsed = _solve_lp(lp, {**HIGHS_LP_OPTIONS, "solver": "simplex"}, cancel)
    solution = highs.getSolution() if highs is not None else None
    if solution is None or not solution.dual_valid:
        return None, None, elapsed
    return np.asarray(solution.row_dual, dtype=float), np.asarray(solution.col_dual, dtype=float), elapsed


def write_mps(problem: LinearProblem, path: Path | str) -> None:
    """Write the problem as an MPS file with the stable constraint names."""
    import highspy

    path = Path(path)
    highs = new_highs({})
    highs.passModel(to_highs_lp(problem, names=True))
    from parkflow.model.fileio import write_atomically

    def write(temporary: Path) -> None:
        status = highs.writeModel(str(temporary))
        if status == highspy.HighsStatus.kError or not temporary.stat().st_size:
            raise SolverError(f"could not write the model to {path}")

    write_atomically(path, write, suffix=".mps")


# -- CBC through PuLP ---------------------------------------------------------------


def to_pulp(problem: LinearProblem) -> tuple[Any, list[Any], list[Any]]:
    """An equivalent ``pulp.LpProblem``: its variables and constraints in column and row order."""
    import pulp

    compiled = problem.compiled()
    lp = pulp.LpProblem("parkflow", pulp.LpMinimize)
    names = problem.column_names()
    lower, upper, integer = compiled["col_lower"], compiled["col_upper"], compiled["integer"]
    # PuLP 3.3 deprecates free-standing LpVariable in favour of add_variable;
    # older PuLP only has LpVariable.
    new_variable = getattr(lp, "add_variable", None) or pulp.LpVariable
    variables = [
        new_variable(
            names[j],
            lowBound=None if not np.isfinite(lower[j]) else float(lower[j]),
            upBound=None if not np.isfinite(upper[j]) else float(upper[j]),
            cat=pulp.LpInteger if integer[j] else pulp.LpContinuous,
        )
        for j in range(problem.num_cols)
    ]
    objective = compiled["objective"]
    nonzero = np.flatnonzero(objective)
    lp.setObjective(pulp.LpAffineExpression([(variables[j], float(objective[j])) for j in nonzero]))
    rows = compiled["matrix"].tocsr()
    row_names = problem.row_names()
    constraints: list[Any] = []
    row_lower, row_upper = compiled["row_lower"], compiled["row_upper"]
    for i in range(problem.num_rows):
        begin, end = rows.indptr[i], rows.indptr[i + 1]
        expression = pulp.LpAffineExpression(
            [
                (variables[j], float(v))
                for j, v in zip(rows.indices[begin:end], rows.data[begin:end], strict=True)
            ]
        )
        low, high = row_lower[i], row_upper[i]
        if np.isfinite(low) and np.isfinite(high) and low == high:
            constraint = pulp.LpConstraint(expression, pulp.LpConstraintEQ, row_names[i], float(low))
        elif np.isfinite(high):
            constraint = pulp.LpConstraint(expression, pulp.LpConstraintLE, row_names[i], float(high))
            if np.isfinite(low):  # a ranged row becomes two
                lp += pulp.LpConstraint(expression, pulp.LpConstraintGE, row_names[i] + "__low", float(low))
        else:
            constraint = pulp.LpConstraint(expression, pulp.LpConstraintGE, row_names[i], float(low))
        lp += constraint
        constraints.append(constraint)
    return lp, variables, constraints


def _solve_cbc(problem: LinearProblem, want_duals: bool) -> Solution:
    import pulp

    started = time.perf_counter()
    lp, variables, constraints = to_pulp(problem)
    import warnings

    with warnings.catch_warnings():
        # PuLP 3.3 deprecates its bundled CBC for 4.0; it is the CBC that PuLP ships
        warnings.simplefilter("ignore", DeprecationWarning)
        command = pulp.PULP_CBC_CMD(
            msg=False,
            timeLimit=problem.options.time_limit,
            gapRel=min(float(problem.options.mip_gap), TOTAL_GAP_FLOOR),
        )
    solve_started = time.perf_counter()
    try:
        lp.solve(command)
    except pulp.PulpSolverError as exc:
        raise SolverError(f"CBC failed: {exc}") from exc
    solver_time = time.perf_counter() - solve_started
    status_text = pulp.LpStatus.get(lp.status, "Undefined")
    values = np.array(
        [variable.varValue if variable.varValue is not None else np.nan for variable in variables]
    )
    has_solution = lp.sol_status in (pulp.LpSolutionOptimal, pulp.LpSolutionIntegerFeasible) or (
        len(values) and not np.isnan(values).any() and status_text == "Optimal"
    )
    if status_text == "Infeasible":
        return Solution(
            "infeasible", None, None, None, None, None, time.perf_counter() - started, "cbc", solver_time
        )
    if status_text == "Unbounded":
        return Solution(
            "unbounded", None, None, None, None, None, time.perf_counter() - started, "cbc", solver_time
        )
    if status_text != "Optimal" or not has_solution:
        if problem.options.time_limit is not None:
            raise SolverError(
                f"CBC reached the time limit of {problem.options.time_limit:g} s before finding any "
                f"solution; raise --time-limit{' or use --mode lp' if problem.options.mode == 'milp' else ''}"
            )
        raise SolverError(f"CBC stopped without a solution (status {status_text})")
    status = "optimal" if lp.sol_status == pulp.LpSolutionOptimal else "time_limit"
    values = np.nan_to_num(values)
    row_duals = col_duals = None
    gap: float | None = 0.0 if status == "optimal" else None
    if not problem.has_integers:
        row_duals = np.array([c.pi if c.pi is not None else 0.0 for c in constraints])
        col_duals = np.array([v.dj if v.dj is not None else 0.0 for v in variables])
    elif want_duals:
        row_duals, col_duals, extra = (
            _fixed_duals_highs(problem, values, None) if "highs" in available_solvers() else (None, None, 0.0)
        )
    objective = float(problem.compiled()["objective"] @ values)
    return Solution(
        status,
        values,
        row_duals,
        col_duals,
        objective,
        gap,
        time.perf_counter() - started,
        "cbc",
        solver_time,
    )
