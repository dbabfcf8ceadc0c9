"""The matching over periods: one problem stacked from each period's own.

A park with periods (:mod:`parkflow.model.periods`) is one derived park per
period.  Each derived park is prepared and built by the single-period
builder (:func:`parkflow.optimize.problem.build_problem`, vectorised), with
its hours the period's, so every operating term of a period's block is
already "per year, for that period's hours".  The blocks are stacked
block-diagonally into one :class:`LinearProblem`:

    minimise   Σ_p c_p·v_p  +  Σ_l annual capex_l · y_l
    subject to each period's own rows over its own columns v_p
               x_{l,p} − M_{l,p} y_l ≤ 0     for every candidate link l and period p   (build_link)
               Σ_p co2_p·v_p ≤ ε              (Pareto's CO2 cap, over the year)

with one build decision y_l per candidate link for all periods (binary in
MILP, a fraction in LP), its capex counted once, and M_{l,p} the most link l
can carry in period p (its capacity, else what the period's amounts,
demands, blend limits and temperatures allow): the link is sized for its
largest period.  Rows and columns of period p are named
``family__<period>__key`` so an MPS file, the duals and the diagnosis say
which period they belong to.

Hook for couplings between periods (storage levels):
:meth:`LinearProblem.periods` lists :class:`PeriodBlock` in sheet order, each
with the ``col_start`` / ``row_start`` of its block and its own problem;
:func:`period_offsets` returns them as plain numbers, and
``PeriodBlock.column(family)`` / ``.row(family)`` give a family's positions
in the whole problem.  Columns and rows added after the stacking (with
``add_columns`` / ``add_rows`` / ``add_entries`` of the whole problem) couple
the periods.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np
import pandas as pd

from parkflow.model.entities import LinkStatus, Park, Period
from parkflow.model.periods import period_parks
from parkflow.optimize.data import ParkData
from parkflow.optimize.diagnose import Diagnosis, Violation, describe
from parkflow.optimize.options import OBJECTIVE_UNIT, SolveOptions
from parkflow.optimize.problem import (
    INF,
    Block,
    LinearProblem,
    PeriodBlock,
    add_co2_cap_constraint,
    build_problem,
    link_bounds,
    period_constraint_name,
)
from parkflow.optimize.results import FLOW_TOLERANCE, OptimizationResult, read_results
from parkflow.optimize.solve import Cancel, Solution, solve


@dataclass
class PeriodsData:
    """A park with periods, prepared: each period's derived park as arrays (sheet order)."""

    park: Park
    periods: list[tuple[Period, ParkData]]

    @classmethod
    def of(cls, park: Park) -> PeriodsData:
        periods = [(period, ParkData(derived)) for period, derived in period_parks(park)]
        first = periods[0][1]
        for period, data in periods[1:]:
            if data.link_ids != first.link_ids:  # derived parks share their links; a bug if not
                raise AssertionError(f"period {period.id} has other links than {periods[0][0].id}")
        return cls(park, periods)


def period_offsets(problem: LinearProblem) -> list[tuple[str, int, int, int, int]]:
    """(period id, first column, column count, first row, row count) of each period's block, in sheet order.

    Empty for a problem of one design point.  Column ``first column + j``
    of the whole problem is column j of that period's own problem.
    """
    return [
        (block.period_id, block.col_start, block.problem.num_cols, block.row_start, block.problem.num_rows)
        for block in problem.periods
    ]


def _block_options(options: SolveOptions) -> SolveOptions:
    """Options of one period's block: its build decisions are shared, so the block has none."""
    return dataclasses.replace(options, mode="lp", lp_capex="ignore")


def build_periods_problem(
    data: PeriodsData,
    options: SolveOptions,
    *,
    co2_cap_t_per_yr: float | None = None,
    diagnose: bool = False,
) -> LinearProblem:
    """The problem over all periods (see the module doc); ``diagnose`` as in :func:`build_problem`."""
    blocks = [
        (period, build_problem(period_data, _block_options(options), diagnose=diagnose))
        for period, period_data in data.periods
    ]
    whole = stack(blocks, options)
    if options.uses_build_variables and not diagnose:
        add_shared_build(whole)
    if co2_cap_t_per_yr is not None:
        add_co2_cap_constraint(whole, co2_cap_t_per_yr)
    return whole


def stack(blocks: list[tuple[Period, LinearProblem]], options: SolveOptions) -> LinearProblem:
    """One problem with each period's problem as a diagonal block (nothing shared yet)."""
    whole = LinearProblem(blocks[0][1].data, options)
    for period, problem in blocks:
        col_start, row_start = whole.num_cols, whole.num_rows
        for block in problem.column_blocks:
            whole.column_blocks.append(Block(block.family, block.keys, block.start + col_start, period.id))
        for block in problem.row_blocks:
            whole.row_blocks.append(Block(block.family, block.keys, block.start + row_start, period.id))
        whole._col_lower.extend(problem._col_lower)
        whole._col_upper.extend(problem._col_upper)
        whole._col_integer.extend(problem._col_integer)
        whole._row_lower.extend(problem._row_lower)
        whole._row_upper.extend(problem._row_upper)
        for name, parts in problem._metrics.items():
            whole._metrics[name].extend(parts)
        whole._entries.extend(
            (rows + row_start, cols + col_start, values) for rows, cols, values in problem._entries
        )
        whole.num_cols += problem.num_cols
        whole.num_rows += problem.num_rows
        whole.notes.extend(note for note in problem.notes if note not in whole.notes)
        whole.periods.append(
            PeriodBlock(period.id, period.name, float(period.hours or 0.0), problem, col_start, row_start)
        )
    whole._compiled = None
    whole._row_map = None
    return whole


def add_shared_build(whole: LinearProblem) -> None:
    """y_l for every candidate link with capex that some period could use, and x_{l,p} − M_{l,p} y_l ≤ 0.

    Capex (annualised, CNY/yr) is on y_l once.  Derived parks share their
    pipes (sized for the largest period), so the capex is the same in every
    period's data; the largest is taken all the same.
    """
    first = whole.periods[0].problem.data
    capex = np.max([block.problem.data.link_annual_capex for block in whole.periods], axis=0)
    bounds = [link_bounds(block.problem) for block in whole.periods]
    usable = np.max(bounds, axis=0) > 0 if bounds else np.zeros(0, dtype=bool)
    needs = (~first.link_existing) & (capex > 0) & usable
    positions = np.flatnonzero(needs)
    if not len(positions):
        return
    keys = pd.Index([first.link_ids[pos] for pos in positions], name="link_id")
    build_cols = whole.add_columns(
        "build", keys, 0.0, 1.0, capex=capex[positions], integer=whole.options.mode == "milp"
    )
    pair_rows: list[np.ndarray] = []
    for block, bound in zip(whole.periods, bounds, strict=True):
        flow_cols = block.column("flow")[positions]
        rows = whole.add_rows("build_link", keys, -INF, 0.0)
        whole.row_blocks[-1].period = block.period_id
        whole.add_entries(rows, flow_cols, 1.0)
        whole.add_entries(rows, build_cols, -np.maximum(bound[positions], 0.0))
        pair_rows.append(rows)
    whole.build_pairs = (np.concatenate(pair_rows), np.tile(build_cols, len(whole.periods)))


# ---------------------------------------------------------------------------
# Reading a solution over periods
# ---------------------------------------------------------------------------


def _block_solution(solution: Solution, block: PeriodBlock) -> Solution:
    """The part of ``solution`` that belongs to one period's block."""
    columns = slice(block.col_start, block.col_stop)
    rows = slice(block.row_start, block.row_stop)
    return dataclasses.replace(
        solution,
        values=None if solution.values is None else solution.values[columns],
        row_duals=None if solution.row_duals is None else solution.row_duals[rows],
        col_duals=None if solution.col_duals is None else solution.col_duals[columns],
    )


def _with_period(frame: pd.DataFrame, period_id: str) -> pd.DataFrame:
    frame = frame.copy()
    frame.insert(0, "period", pd.Series([period_id] * len(frame), index=frame.index, dtype=object))
    return frame


def _named_in_period(frame: pd.DataFrame, block: PeriodBlock, *, rename: bool) -> pd.DataFrame:
    """Readings of one period's duals or reduced costs say which period they are of."""
    frame = _with_period(frame, block.period_id)
    if "reading_en" in frame.columns and len(frame):
        frame["reading_en"] = [f"in period {block.label}: {text}" for text in frame["reading_en"]]
        frame["reading_zh"] = [f"{block.label}时段：{text}" for text in frame["reading_zh"]]
    if rename and len(frame):
        frame.index = pd.Index(
            [
                period_constraint_name(family, key, block.period_id)
                for family, key in zip(frame["family"], frame["key"], strict=True)
            ],
            name=frame.index.name,
        )
    return frame


def read_periods_results(whole: LinearProblem, solution: Solution) -> OptimizationResult:
    """Result frames of a problem over periods: each period's rows, with a ``period`` column."""
    assert solution.values is not None
    per_period = [
        (block, read_results(block.problem, _block_solution(solution, block))) for block in whole.periods
    ]
    first = per_period[0][1]
    # built once for all periods: the build decision (MILP), else any flow in any period
    used = np.zeros(len(first.flows), dtype=bool)
    existing = (first.flows["status"] == LinkStatus.EXISTING.value).to_numpy()
    for _, result in per_period:
        used |= (result.flows["amount"] > FLOW_TOLERANCE).to_numpy()
    built = existing | used
    build = whole.columns("build")
    if build is not None and len(build.keys) and whole.options.mode == "milp":
        decided = pd.Series(solution.values[build.start : build.stop] > 0.5, index=build.keys)
        ids = first.flows.index
        has_decision = ids.isin(build.keys)
        built = np.where(has_decision, decided.reindex(ids).fillna(False).to_numpy(dtype=bool), built)
    frames: dict[str, list[pd.DataFrame]] = {
        name: []
        for name in ("flows", "utilities", "disposals", "converters", "heat", "duals", "reduced_costs")
    }
    for block, result in per_period:
        flows = result.flows.copy()
        flows["built"] = built
        frames["flows"].append(_with_period(flows, block.period_id))
        for name in ("utilities", "disposals", "converters", "heat"):
            frames[name].append(_with_period(getattr(result, name), block.period_id))
        frames["duals"].append(_named_in_period(result.duals, block, rename=True))
        frames["reduced_costs"].append(_named_in_period(result.reduced_costs, block, rename=False))
    joined = {
        name: pd.concat(parts) if any(len(part) for part in parts) else parts[0]
        for name, parts in frames.items()
    }
    totals = whole.metric_totals(solution.values)
    totals["annual_capex"] = float(whole.compiled()["metrics"]["capex"] @ solution.values)
    if whole.mip_savings is not None:
        totals["savings_at_stake"], totals["savings_gap"] = whole.mip_savings
    objective = whole.options.objective
    notes: list[str] = []
    for block in whole.periods:  # the factor notes are the same in every period: say each once
        notes.extend(note for note in block.problem.data.notes if note not in notes)
    return OptimizationResult(
        flows=joined["flows"],
        utilities=joined["utilities"],
        disposals=joined["disposals"],
        converters=joined["converters"],
        heat=joined["heat"],
        duals=joined["duals"],
        reduced_costs=joined["reduced_costs"],
        status=solution.status,
        objective_name=objective,
        objective_value=float(whole.compiled()["objective"] @ solution.values),
        objective_unit=OBJECTIVE_UNIT[objective],
        gap=solution.gap,
        solve_time_s=solution.solve_time_s,
        solver=solution.solver,
        mode=whole.options.mode,
        totals=totals,
        notes=(*notes, *whole.notes),
        solver_time_s=solution.solver_only_time_s,
        periods=tuple(block.period_id for block in whole.periods),
        period_details=tuple((block.period_id, block.period_name, block.hours) for block in whole.periods),
    )


# ---------------------------------------------------------------------------
# Diagnosis over periods
# ---------------------------------------------------------------------------


def diagnose_periods(data: PeriodsData, options: SolveOptions, cancel: Cancel | None = None) -> Diagnosis:
    """Re-solve every period with penalised slacks; each violation names its period."""
    relaxed = dataclasses.replace(options, mode="lp", lp_capex="ignore")
    whole = build_periods_problem(data, relaxed, diagnose=True)
    solution = solve(whole, cancel=cancel, want_duals=False)
    if solution.values is None:
        return Diagnosis(
            (),
            [
                "the park has no feasible operating point in its periods, and no single balance, "
                "blend or capacity explains it"
            ],
        )
    violations: list[Violation] = []
    for block in whole.periods:
        found = describe(block.problem, solution.values[block.col_start : block.col_stop])
        violations.extend(
            dataclasses.replace(
                violation, period=block.period_id, message=f"in period {block.label}: {violation.message}"
            )
            for violation in found.violations
        )
    violations.sort(key=lambda violation: -abs(violation.amount))
    return Diagnosis(tuple(violations), [violation.message for violation in violations])
