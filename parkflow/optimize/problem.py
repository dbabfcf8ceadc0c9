"""Building the matching problem (docs/design.md, "The optimization model") as arrays.

:func:`build_problem` calls a fixed sequence of ``add_<family>_variables`` /
``add_<family>_constraints`` functions; each states its equation.  Every
variable and constraint belongs to a *family* and has a *key* (a stream id,
a link id, or (id, interval)); :func:`constraint_name` turns (family, key)
into the one name used in MPS files and by PuLP, and
:meth:`LinearProblem.row_of` maps (family, key) to the row for results and
duals.  The matrix is assembled from numpy index arithmetic in one piece
(scipy CSC), so building and handing it to the solver stay small next to
solving (benchmarks/bench_optimize.py times both).

Notation (rates per operating hour, canonical units): ``x_l`` flow sent on
link l, ``u_k`` utility make-up of sink k, ``w_s`` disposal of source s,
``z_c`` intake of converter c, ``y_l`` build decision of candidate link l,
``A_s`` source amount, ``D_k`` sink demand, ``a_l`` link gain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp

from parkflow.model.entities import BLEND_QUALITIES
from parkflow.optimize.data import ParkData
from parkflow.optimize.heat import (
    Intervals,
    build_intervals,
    choose_resolution,
    round_conservatively,
    shifted_range,
)
from parkflow.optimize.options import SolveOptions

INF = float("inf")
#: Row families of blend limits, one per quality (``blend``: purity and COD; ``blend_nh3n``).
BLEND_FAMILIES: tuple[str, ...] = tuple(
    dict.fromkeys(quality.family for qualities in BLEND_QUALITIES.values() for quality in qualities)
)
#: Families of rows that get slack variables when diagnosing infeasibility.
SLACK_FAMILIES = (
    "source_balance",
    "sink_balance",
    *BLEND_FAMILIES,
    "hot_cascade",
    "cold_cascade",
    "link_capacity",
    "converter_capacity",
)
_UNSAFE = re.compile(r"[^A-Za-z0-9_.>]")


def constraint_name(family: str, key: Any) -> str:
    """The one name of a variable or constraint: ``family[key]`` made MPS- and PuLP-safe.

    PuLP replaces ``-+[] `` with ``_``; here every character outside
    ``[A-Za-z0-9_.>]`` becomes ``_`` and the parts are joined by ``__``, so
    ``("hot_cascade", ("S1", 3))`` → ``hot_cascade__S1__3``.
    """
    parts = key if isinstance(key, tuple) else (key,)
    return "__".join([family, *(_UNSAFE.sub("_", str(part)) for part in parts)])


def period_constraint_name(family: str, key: Any, period: str) -> str:
    """The name of a row or column of one period's block: ``family__<period>__key`` (MPS- and PuLP-safe)."""
    parts = key if isinstance(key, tuple) else (key,)
    return constraint_name(family, (period, *parts))


@dataclass
class Block:
    """A contiguous range of columns or rows of one family (of one period, in a problem over periods)."""

    family: str
    keys: pd.Index
    start: int
    period: str | None = None

    @property
    def stop(self) -> int:
        return self.start + len(self.keys)

    @property
    def positions(self) -> np.ndarray:
        return np.arange(self.start, self.stop)


@dataclass
class LinearProblem:
    """A linear (mixed-integer) program held as arrays.

    minimise  c·v  subject to  row_lower ≤ A v ≤ row_upper,  col_lower ≤ v ≤ col_upper,
    v_j integer where ``integer[j]``.
    """

    data: ParkData
    options: SolveOptions
    intervals: Intervals | None = None
    column_blocks: list[Block] = field(default_factory=list)
    row_blocks: list[Block] = field(default_factory=list)
    _col_lower: list[np.ndarray] = field(default_factory=list)
    _col_upper: list[np.ndarray] = field(default_factory=list)
    _col_integer: list[np.ndarray] = field(default_factory=list)
    _row_lower: list[np.ndarray] = field(default_factory=list)
    _row_upper: list[np.ndarray] = field(default_factory=list)
    _entries: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = field(default_factory=list)
    #: hourly cost (CNY/h), CO2 (t/h) and COD (t/h) per unit of each column, and annual capex
    _metrics: dict[str, list[np.ndarray]] = field(
        default_factory=lambda: {"cost": [], "co2": [], "cod": [], "capex": [], "slack": [], "hours": []}
    )
    num_cols: int = 0
    num_rows: int = 0
    _row_map: dict[tuple[str, Any], int] | None = None
    #: interval at which the below-range part of each partial heat link enters its cold stream
    heat_below_level: dict[str, int] = field(default_factory=dict)
    #: largest flow each link can carry given blend limits and temperatures (source units);
    #: tightens the big-M of build decisions, filled by the blend and heat families
    link_bound: np.ndarray | None = None
    #: what this problem and its solve say about themselves (heat rounding, MILP gap …);
    #: the park's own notes (factors filled) stay on ``data`` and are made once
    notes: list[str] = field(default_factory=list)
    #: absolute MILP gap the solver was given (``mip_gap`` × savings at stake), once solved
    mip_abs_gap: float | None = None
    #: MILP: (savings at stake, share of them the network found may still fall short), once solved
    mip_savings: tuple[float, float] | None = None
    _compiled: dict[str, Any] | None = None
    #: rows x − M·y ≤ 0 of build decisions and the build column of each (for duals of a MILP)
    build_pairs: tuple[np.ndarray, np.ndarray] | None = None
    #: a problem over periods: each period's own problem and where its block starts
    #: (:func:`parkflow.optimize.stacking.build_periods_problem`); empty for one design point
    periods: list[PeriodBlock] = field(default_factory=list)
    #: where the park's storages went (:func:`parkflow.optimize.storage.add_storages`); None without storages
    storage_columns: Any = None

    # -- building -----------------------------------------------------------
    def add_columns(
        self,
        family: str,
        keys: pd.Index | list[Any],
        lower: np.ndarray | float = 0.0,
        upper: np.ndarray | float = INF,
        *,
        cost: np.ndarray | float = 0.0,
        co2: np.ndarray | float = 0.0,
        cod: np.ndarray | float = 0.0,
        capex: np.ndarray | float = 0.0,
        slack: np.ndarray | float = 0.0,
        hours: np.ndarray | float | None = None,
        integer: bool = False,
    ) -> np.ndarray:
        index = keys if isinstance(keys, pd.Index) else pd.Index(keys)
        count = len(index)
        block = Block(family, index, self.num_cols)
        self.column_blocks.append(block)
        self._col_lower.append(np.broadcast_to(np.asarray(lower, dtype=float), (count,)).copy())
        self._col_upper.append(np.broadcast_to(np.asarray(upper, dtype=float), (count,)).copy())
        self._col_integer.append(np.full(count, integer, dtype=bool))
        if hours is None:
            hours = self.data.hours
        for name, value in (
            ("cost", cost),
            ("co2", co2),
            ("cod", cod),
            ("capex", capex),
            ("slack", slack),
            ("hours", hours),
        ):
            self._metrics[name].append(np.broadcast_to(np.asarray(value, dtype=float), (count,)).copy())
        self.num_cols += count
        self._compiled = None
        return block.positions

    def add_rows(
        self,
        family: str,
        keys: pd.Index | list[Any],
        lower: np.ndarray | float,
        upper: np.ndarray | float,
    ) -> np.ndarray:
        index = keys if isinstance(keys, pd.Index) else pd.Index(keys)
        count = len(index)
        block = Block(family, index, self.num_rows)
        self.row_blocks.append(block)
        self._row_lower.append(np.broadcast_to(np.asarray(lower, dtype=float), (count,)).copy())
        self._row_upper.append(np.broadcast_to(np.asarray(upper, dtype=float), (count,)).copy())
        self.num_rows += count
        self._row_map = None
        self._compiled = None
        return block.positions

    def add_entries(self, rows: np.ndarray, cols: np.ndarray, values: np.ndarray | float) -> None:
        rows = np.asarray(rows, dtype=np.int64)
        cols = np.asarray(cols, dtype=np.int64)
        vals = np.broadcast_to(np.asarray(values, dtype=float), rows.shape).copy()
        keep = (rows >= 0) & (cols >= 0) & (vals != 0)
        self._entries.append((rows[keep], cols[keep], vals[keep]))
        self._compiled = None

    def set_upper(self, column: int, value: float) -> None:
        """Lower a column's upper bound after it was added (a refused link, an unusable utility)."""
        for number, block in enumerate(self.column_blocks):
            if block.start <= column < block.stop:
                self._col_upper[number][column - block.start] = min(
                    self._col_upper[number][column - block.start], value
                )
                self._compiled = None
                return
        raise IndexError(column)

    # -- access ---------------------------------------------------------------
    def columns(self, family: str) -> Block | None:
        for block in self.column_blocks:
            if block.family == family:
                return block
        return None

    def rows(self, family: str) -> Block | None:
        for block in self.row_blocks:
            if block.family == family:
                return block
        return None

    def row_of(self, family: str, key: Any) -> int | None:
        """Row of constraint (family, key), or None."""
        if self._row_map is None:
            self._row_map = {}
            for block in self.row_blocks:
                for offset, block_key in enumerate(block.keys):
                    self._row_map[(block.family, block_key)] = block.start + offset
        return self._row_map.get((family, key))

    def compiled(self) -> dict[str, Any]:
        """The problem as arrays: CSC matrix, bounds, costs and integrality."""
        if self._compiled is not None:
            return self._compiled
        if self._entries:
            rows = np.concatenate([entry[0] for entry in self._entries])
            cols = np.concatenate([entry[1] for entry in self._entries])
            vals = np.concatenate([entry[2] for entry in self._entries])
        else:
            rows = cols = np.zeros(0, dtype=np.int64)
            vals = np.zeros(0)
        matrix = sp.csc_matrix((vals, (rows, cols)), shape=(self.num_rows, self.num_cols))
        matrix.sum_duplicates()
        matrix.eliminate_zeros()

        def join(parts: list[np.ndarray], dtype: Any = float) -> np.ndarray:
            return np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)

        metrics = {name: join(parts) for name, parts in self._metrics.items()}
        self._compiled = {
            "matrix": matrix,
            "col_lower": join(self._col_lower),
            "col_upper": join(self._col_upper),
            "integer": join(self._col_integer, bool).astype(bool),
            "row_lower": join(self._row_lower),
            "row_upper": join(self._row_upper),
            "metrics": metrics,
            "objective": self._objective_vector(metrics),
        }
        return self._compiled

    def _objective_vector(self, metrics: dict[str, np.ndarray]) -> np.ndarray:
        """Objective coefficients per column (docs/design.md, "Objectives").

        cost: hours × (cost + CO2 price × CO2 + COD price × COD) + annual capex  [CNY/yr];
        co2, cod: hours × that quantity [t/yr]; diagnosis: the slack penalties.  Each
        column runs its own hours: a link and a disposal the source enterprise's, a
        utility the sink enterprise's.
        """
        hours = metrics["hours"]
        park = self.data.park
        objective = self.options.objective
        if metrics["slack"].any():
            return metrics["slack"]
        if objective == "cost":
            return (
                hours
                * (
                    metrics["cost"]
                    + (park.co2_price_cny_per_t or 0.0) * metrics["co2"]
                    + (park.cod_price_cny_per_t or 0.0) * metrics["cod"]
                )
                + metrics["capex"]
            )
        return hours * metrics[objective]

    @property
    def has_integers(self) -> bool:
        return bool(self.compiled()["integer"].any())

    def column_names(self) -> list[str]:
        return _names(self.column_blocks)

    def row_names(self) -> list[str]:
        return _names(self.row_blocks)

    def metric_totals(self, values: np.ndarray) -> dict[str, float]:
        """Annual cost (CNY/yr, with capex and priced CO2/COD), CO2 and COD (t/yr) of a solution."""
        metrics = self.compiled()["metrics"]
        hours = metrics["hours"]
        park = self.data.park
        co2 = float((hours * metrics["co2"]) @ values)
        cod = float((hours * metrics["cod"]) @ values)
        cost = float((hours * metrics["cost"]) @ values + metrics["capex"] @ values)
        cost += (park.co2_price_cny_per_t or 0.0) * co2 + (park.cod_price_cny_per_t or 0.0) * cod
        return {"cost": cost, "co2": co2, "cod": cod}


@dataclass
class PeriodBlock:
    """One period's block of a problem over periods.

    Its columns are ``col_start … col_start + problem.num_cols − 1`` and its
    rows ``row_start … row_start + problem.num_rows − 1`` of the whole
    problem, in the order of ``problem`` (the period's own single-period
    problem, built from its derived park): column j of ``problem`` is column
    ``col_start + j`` of the whole.
    """

    period_id: str
    period_name: str
    hours: float
    problem: LinearProblem
    col_start: int
    row_start: int

    @property
    def col_stop(self) -> int:
        return self.col_start + self.problem.num_cols

    @property
    def row_stop(self) -> int:
        return self.row_start + self.problem.num_rows

    def column(self, family: str) -> np.ndarray:
        """Columns of the whole problem that hold ``family`` in this period (empty when it has none)."""
        block = self.problem.columns(family)
        return np.zeros(0, dtype=np.int64) if block is None else block.positions + self.col_start

    def row(self, family: str) -> np.ndarray:
        """Rows of the whole problem that hold ``family`` in this period (empty when it has none)."""
        block = self.problem.rows(family)
        return np.zeros(0, dtype=np.int64) if block is None else block.positions + self.row_start

    @property
    def label(self) -> str:
        """``Summer (P2)``: how readings name the period."""
        return (
            f"{self.period_name} ({self.period_id})"
            if self.period_name and self.period_name != self.period_id
            else self.period_id
        )


def _names(blocks: list[Block]) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    for block in blocks:
        for key in block.keys:
            name = (
                constraint_name(block.family, key)
                if block.period is None
                else period_constraint_name(block.family, key, block.period)
            )
            if name in seen:  # two ids that differ only in unsafe characters
                suffix = 2
                while f"{name}_{suffix}" in seen:
                    suffix += 1
                name = f"{name}_{suffix}"
            seen.add(name)
            names.append(name)
    return names


# ---------------------------------------------------------------------------
# The families, in build order
# ---------------------------------------------------------------------------


def build_problem(
    data: ParkData,
    options: SolveOptions,
    *,
    co2_cap_t_per_yr: float | None = None,
    diagnose: bool = False,
) -> LinearProblem:
    """The whole model of docs/design.md, "The optimization model", for one park.

    ``co2_cap_t_per_yr`` adds the ε-constraint of a Pareto sweep;
    ``diagnose`` turns capacities into rows and adds penalised slacks to
    every balance, blend and capacity (infeasibility diagnosis: docs/design.md, "Results").
    """
    problem = LinearProblem(data, options)
    state: dict[str, np.ndarray] = {}
    state["x"] = add_link_variables(problem, diagnose)
    state["y"] = add_build_variables(problem)
    state["u"] = add_utility_variables(problem)
    state["w"] = add_disposal_variables(problem)
    state["z"] = add_converter_variables(problem, diagnose)
    add_source_balance_constraints(problem, state)
    add_sink_balance_constraints(problem, state)
    add_link_capacity_constraints(problem, state, diagnose)
    add_converter_capacity_constraints(problem, state, diagnose)
    add_blend_constraints(problem, state)
    add_heat_variables_and_constraints(problem, state)
    add_build_constraints(problem, state)
    if co2_cap_t_per_yr is not None:
        add_co2_cap_constraint(problem, co2_cap_t_per_yr)
    if diagnose:
        add_slack_variables(problem)
    return problem


def _stream_lookup(data: ParkData, columns: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Array stream position → column (or −1) for the streams in ``mask``."""
    lookup = np.full(len(data.streams), -1, dtype=np.int64)
    lookup[np.flatnonzero(mask)] = columns
    return lookup


def add_link_variables(problem: LinearProblem, diagnose: bool) -> np.ndarray:
    """x_l ≥ 0 for every link; x_l ≤ cap_l as a bound (a row when diagnosing).

    Links the compatibility rules refuse get x_l ≤ 0.  Objective per canonical
    unit sent: the link's variable cost, the source's burden and the water
    sink's effluent (cost, CO2, COD), over the source's hours.
    """
    data = problem.data
    upper = np.where(np.isnan(data.link_capacity), INF, data.link_capacity)
    if diagnose:
        upper = np.full(len(data.link_ids), INF)
    upper = np.where(data.link_allowed, upper, 0.0)
    return problem.add_columns(
        "flow",
        pd.Index(data.link_ids, name="link_id"),
        0.0,
        upper,
        cost=data.link_unit_cost,
        co2=data.link_unit_co2,
        cod=data.link_unit_cod,
        hours=data.link_hours,
    )


def add_build_variables(problem: LinearProblem) -> np.ndarray:
    """y_l ∈ {0, 1} (MILP) or [0, 1] (LP, ``lp_capex="relax"``) for candidate links with capex.

    Objective: annualised capex = capex × CRF(discount rate, lifetime) × y_l (CNY/yr).
    """
    data = problem.data
    if not problem.options.uses_build_variables or not data.link_ids:
        return np.full(len(data.link_ids), -1, dtype=np.int64)
    needs = (~data.link_existing) & (data.link_annual_capex > 0) & (data.link_upper > 0)
    positions = np.flatnonzero(needs)
    columns = problem.add_columns(
        "build",
        pd.Index([data.link_ids[pos] for pos in positions], name="link_id"),
        0.0,
        1.0,
        capex=data.link_annual_capex[positions],
        integer=problem.options.mode == "milp",
    )
    lookup = np.full(len(data.link_ids), -1, dtype=np.int64)
    lookup[positions] = columns
    return lookup


def add_utility_variables(problem: LinearProblem) -> np.ndarray:
    """u_k ≥ 0 for every sink with a utility (converter inputs take none).

    Objective: the utility's cost, CO2 and COD per canonical unit.
    """
    data = problem.data
    mask = data.has_utility
    positions = np.flatnonzero(mask)
    columns = problem.add_columns(
        "utility",
        pd.Index([data.stream_ids[pos] for pos in positions], name="stream_id"),
        cost=data.unit_cost[positions],
        co2=data.unit_co2[positions],
        cod=data.unit_cod[positions],
        hours=data.stream_hours[positions],
    )
    return _stream_lookup(data, columns, mask)


def add_disposal_variables(problem: LinearProblem) -> np.ndarray:
    """w_s ≥ 0 for every source with a disposal.

    Objective: the disposal's cost, CO2 and COD per canonical unit (COD from
    ``cod_t_per_unit`` or from the source's cod_mg_l × (1 − removal)).
    """
    data = problem.data
    mask = data.has_disposal
    positions = np.flatnonzero(mask)
    columns = problem.add_columns(
        "disposal",
        pd.Index([data.stream_ids[pos] for pos in positions], name="stream_id"),
        cost=data.unit_cost[positions],
        co2=data.unit_co2[positions],
        cod=data.unit_cod[positions],
        hours=data.stream_hours[positions],
    )
    return _stream_lookup(data, columns, mask)


def add_converter_variables(problem: LinearProblem, diagnose: bool) -> np.ndarray:
    """0 ≤ z_c ≤ capacity_c: the converter's intake in its input's canonical unit."""
    data = problem.data
    upper = np.full(len(data.converters), INF) if diagnose else data.converter_capacity
    return problem.add_columns("intake", pd.Index(data.converter_ids, name="converter_id"), 0.0, upper)


def add_source_balance_constraints(problem: LinearProblem, state: dict[str, np.ndarray]) -> None:
    """Source s (not in the heat cascade):

    Σ_{l∈out(s)} x_l + w_s − ratio_c z_c = A_s  when s has a disposal (it sends all),
    Σ_{l∈out(s)} x_l − ratio_c z_c ≤ A_s        without one (it may keep the rest);
    A_s = 0 and the ratio term present only for a converter output, or with
    ``residue_ratio`` for a converter's residue.
    """
    data = problem.data
    mask = data.is_source & ~data.cascade
    positions = np.flatnonzero(mask)
    rhs = data.amount[positions]
    lower = np.where(data.has_disposal[positions], rhs, -INF)
    rows = problem.add_rows(
        "source_balance", pd.Index([data.stream_ids[p] for p in positions], name="stream_id"), lower, rhs
    )
    row_of_stream = _stream_lookup(data, rows, mask)
    problem.add_entries(row_of_stream[data.link_source], state["x"], 1.0)
    problem.add_entries(row_of_stream[positions], state["w"][positions], 1.0)
    if data.converters:
        problem.add_entries(row_of_stream[data.converter_output], state["z"], -data.converter_ratio)
        has = data.converter_residue >= 0
        problem.add_entries(
            row_of_stream[data.converter_residue[has]], state["z"][has], -data.converter_residue_ratio[has]
        )


def add_sink_balance_constraints(problem: LinearProblem, state: dict[str, np.ndarray]) -> None:
    """Sink k (not in the heat cascade), met exactly:

    Σ_{l∈in(k)} a_l x_l + u_k = D_k;  for a converter input  Σ a_l x_l − z_c = 0;
    for a converter's own use (aux)  Σ a_l x_l + u_k − aux_ratio_c z_c = 0.
    """
    data = problem.data
    mask = ~data.is_source & ~data.cascade
    positions = np.flatnonzero(mask)
    rhs = data.amount[positions].copy()
    if data.converters:
        is_input = np.isin(positions, data.converter_input)
        rhs[is_input] = 0.0
    rows = problem.add_rows(
        "sink_balance", pd.Index([data.stream_ids[p] for p in positions], name="stream_id"), rhs, rhs
    )
    row_of_stream = _stream_lookup(data, rows, mask)
    problem.add_entries(row_of_stream[data.link_sink], state["x"], data.link_gain)
    problem.add_entries(row_of_stream[positions], state["u"][positions], 1.0)
    if data.converters:
        problem.add_entries(row_of_stream[data.converter_input], state["z"], -1.0)
        has = data.converter_aux >= 0
        problem.add_entries(
            row_of_stream[data.converter_aux[has]], state["z"][has], -data.converter_aux_ratio[has]
        )


def add_link_capacity_constraints(
    problem: LinearProblem, state: dict[str, np.ndarray], diagnose: bool
) -> None:
    """x_l ≤ cap_l — a column bound normally; a row (with slack) when diagnosing."""
    if not diagnose:
        return
    data = problem.data
    positions = np.flatnonzero(~np.isnan(data.link_capacity) & data.link_allowed)
    rows = problem.add_rows(
        "link_capacity",
        pd.Index([data.link_ids[p] for p in positions], name="link_id"),
        -INF,
        data.link_capacity[positions],
    )
    problem.add_entries(rows, state["x"][positions], 1.0)


def add_build_constraints(problem: LinearProblem, state: dict[str, np.ndarray]) -> None:
    """x_l − M_l y_l ≤ 0 for candidate links with a build decision.

    M_l = min(cap_l, source's largest amount, sink demand / a_l, blend limit,
    heat the temperatures let pass) — the tightest bound the data give
    (:func:`_link_bounds`), so the LP relaxation stays close to the MILP.
    """
    data = problem.data
    positions = np.flatnonzero(state["y"] >= 0)
    if not len(positions):
        return
    rows = problem.add_rows(
        "build_link", pd.Index([data.link_ids[p] for p in positions], name="link_id"), -INF, 0.0
    )
    problem.add_entries(rows, state["x"][positions], 1.0)
    problem.add_entries(rows, state["y"][positions], -_link_bounds(problem)[positions])
    problem.build_pairs = (rows, state["y"][positions])


def link_bounds(problem: LinearProblem) -> np.ndarray:
    """M_l of every link of a built problem (its big-M in x_l ≤ M_l·y_l)."""
    return _link_bounds(problem)


def _link_bounds(problem: LinearProblem) -> np.ndarray:
    """M_l: the data's natural bound, tightened by what blends and heat found."""
    bound = problem.data.link_upper
    if problem.link_bound is not None:
        bound = np.minimum(bound, problem.link_bound)
    return np.maximum(bound, 0.0)


def _tighten(problem: LinearProblem, links: np.ndarray, bound: np.ndarray) -> None:
    if problem.link_bound is None:
        problem.link_bound = np.full(len(problem.data.link_ids), INF)
    problem.link_bound[links] = np.minimum(problem.link_bound[links], bound)


def add_converter_capacity_constraints(
    problem: LinearProblem, state: dict[str, np.ndarray], diagnose: bool
) -> None:
    """z_c ≤ capacity_c — a bound normally; a row (with slack) when diagnosing."""
    data = problem.data
    if not diagnose or not data.converters:
        return
    rows = problem.add_rows(
        "converter_capacity", pd.Index(data.converter_ids, name="converter_id"), -INF, data.converter_capacity
    )
    problem.add_entries(rows, state["z"], 1.0)


def add_blend_constraints(problem: LinearProblem, state: dict[str, np.ndarray]) -> None:
    """Blend quality of a sink k with limit q_k (docs/design.md, "Blending"), incoming qualities q_s, utility q_u:

    Σ_l a_l x_l (q_s − q_k) + u_k (q_u − q_k) ≥ 0   (minimum: hydrogen and material purity)
    Σ_l a_l x_l (q_s − q_k) + u_k (q_u − q_k) ≤ 0   (maximum: water COD; NH3-N in family ``blend_nh3n``)

    A utility without the quality field counts as exactly meeting the limit;
    a source without it cannot serve the sink (compat refuses such links).
    """
    for family in BLEND_FAMILIES:
        _add_blend_family(problem, state, family)


def _add_blend_family(problem: LinearProblem, state: dict[str, np.ndarray], family: str) -> None:
    data = problem.data
    limits: list[tuple[int, str, bool, float]] = []
    for sink_pos in np.flatnonzero(~data.is_source):
        found = data.quality_limit(int(sink_pos), family)
        if found is not None:
            limits.append((int(sink_pos), *found))
    if not limits:
        return
    positions = np.array([item[0] for item in limits], dtype=np.int64)
    minimum = np.array([item[2] for item in limits], dtype=bool)
    rows = problem.add_rows(
        family,
        pd.Index([data.stream_ids[p] for p in positions], name="stream_id"),
        np.where(minimum, 0.0, -INF),
        np.where(minimum, INF, 0.0),
    )
    row_of_stream = np.full(len(data.streams), -1, dtype=np.int64)
    row_of_stream[positions] = rows
    limit_of_stream = np.zeros(len(data.streams))
    field_of_stream: dict[int, str] = {}
    for pos, field_name, _, limit in limits:
        limit_of_stream[pos] = limit
        field_of_stream[pos] = field_name
    link_rows = row_of_stream[data.link_sink]
    limited = np.flatnonzero(link_rows >= 0)
    quality = np.array(
        [
            getattr(data.streams[int(data.link_source[link])], field_of_stream[int(data.link_sink[link])])
            for link in limited
        ],
        dtype=float,
    )
    # links whose source lacks the quality cannot serve the sink
    missing = np.isnan(quality)
    quality = np.where(missing, 0.0, quality)
    coefficient = data.link_gain[limited] * (quality - limit_of_stream[data.link_sink[limited]])
    problem.add_entries(link_rows[limited], state["x"][limited], coefficient)
    for column in state["x"][limited[missing]]:
        problem.set_upper(int(column), 0.0)
    # the utility's quality; without the field it counts as meeting the limit exactly
    utility_quality_of: dict[int, float] = {}
    for pos, field_name, _, limit in limits:
        column = state["u"][pos]
        if column < 0:
            continue
        utility = data.utilities[data.streams[pos].utility]
        utility_quality = getattr(utility, field_name, None)
        utility_quality_of[pos] = limit if utility_quality is None else float(utility_quality)
        if utility_quality is None:
            continue
        problem.add_entries(
            np.array([row_of_stream[pos]]), np.array([column]), float(utility_quality) - limit
        )
    _blend_bounds(
        problem, limited[~missing], quality[~missing], limit_of_stream, minimum, positions, utility_quality_of
    )


def _blend_bounds(
    problem: LinearProblem,
    links: np.ndarray,
    quality: np.ndarray,
    limit_of_stream: np.ndarray,
    minimum: np.ndarray,
    positions: np.ndarray,
    utility_quality_of: dict[int, float],
) -> None:
    """How much of a blend sink one off-spec inflow can fill.

    With inflows F_j = a_j x_j of quality q_j summing to at most D (the sink's
    demand, or its converter's capacity) and a maximum limit q_k (COD), an
    inflow with q_l > q_k needs cleaner water beside it, at best of the
    cleanest quality q_min on offer (links and utility):
    F_l (q_l − q_k) ≤ (D − F_l)(q_k − q_min), so F_l ≤ D (q_k − q_min) / (q_l − q_min).
    For a minimum (purity) the same with q_max: F_l ≤ D (q_max − q_k) / (q_max − q_l).
    """
    data = problem.data
    if not len(links):
        return
    is_minimum = np.zeros(len(data.streams), dtype=bool)
    is_minimum[positions] = minimum
    sinks = data.link_sink[links]
    best = {}
    for sink in np.unique(sinks):
        offered = list(quality[sinks == sink])
        if int(sink) in utility_quality_of:
            offered.append(utility_quality_of[int(sink)])
        best[int(sink)] = max(offered) if is_minimum[sink] else min(offered)
    demand = data.amount.copy()
    for sink, converter in data.converter_of_stream.items():
        demand[sink] = data.converter_capacity[converter]
    for sink, converter in data.aux_of.items():
        demand[sink] = data.converter_aux_ratio[converter] * data.converter_capacity[converter]
    best_quality = np.array([best[int(sink)] for sink in sinks])
    limit = limit_of_stream[sinks]
    spread = np.where(is_minimum[sinks], best_quality - quality, quality - best_quality)
    room = np.where(is_minimum[sinks], best_quality - limit, limit - best_quality)
    off_spec = np.where(is_minimum[sinks], quality < limit, quality > limit) & (spread > 0)
    share = np.clip(np.divide(room, spread, out=np.ones_like(spread), where=off_spec), 0.0, 1.0)
    gain = data.link_gain[links]
    with np.errstate(divide="ignore", invalid="ignore"):
        bound = np.where(
            off_spec & (gain > 0) & np.isfinite(demand[sinks]), demand[sinks] * share / gain, INF
        )
    _tighten(problem, links, bound)


def add_heat_variables_and_constraints(problem: LinearProblem, state: dict[str, np.ndarray]) -> None:
    """Expanded-transshipment heat cascade (docs/design.md, "Heat cascade") over shifted intervals i.

    Every hot stream s has duty H_s = mw_s A_s (mw_s ratio_c z_c for a converter
    output), spread by shares σ_{s,i} over the intervals of its shifted range;
    every cold stream k has demand C_k = mw_k D_k (mw_k z_c for a converter input).

    Hot stream s, intervals i of its own range, residual R_{s,i} ≥ 0 cascading down:

        R_{s,i} − R_{s,i−1} + Σ_{l∈out(s)} q_{l,i} + [i = i*_s] mw_s w_s
            + [i = last_s] (Σ_{l full} mw_s x_l + Σ_{l partial} p_l) = σ_{s,i} H_s      (hot_cascade)

    R_{s,last} = 0 when s has a disposal (it sends all), free otherwise (kept).
    The disposal takes residual heat at i*_s, the lowest interval whose bottom
    is at or above T_disposal + ΔTmin/2 (blank: the last); heat below it must
    leave by links.  Cold stream k, intervals i of its own range, heat
    C_{k,i} ≥ 0 passed down inside k (C_{k,last} = 0: met exactly):

        C_{k,i−1} − C_{k,i} + Σ_{l∈in(k)} (1 − loss_l) q_{l,i}
            + inflow_{k,i} = σ_{k,i} C_k                                               (cold_cascade)

    q_{l,i} ≥ 0 exists where the hot and cold ranges overlap.  Heat that is hot
    enough for all of k's range below some level enters k's cascade once, at
    that level, and passes down: a *full* link (hot range entirely above k's)
    enters at k's top with (1 − loss) mw_s x_l; the *below* part p_l of a partial
    link enters at the first interval below the hot stream's range; the
    utility enters with mw_k u_k at the first interval whose top is at or below
    T_utility − ΔTmin/2 (blank: k's top).  These pooled inflows are exactly
    the per-interval transshipment with fewer variables.  Partial links tie
    their parts to the flow:  Σ_i q_{l,i} + p_l = mw_s x_l  (heat_link).

    With too many distinct temperatures the shifted ranges are rounded
    conservatively (hot down, cold up) to a step chosen by
    :func:`parkflow.optimize.heat.choose_resolution`; a note says so.

    The steps, in the order they add rows and columns: the intervals
    (:func:`_heat_cascade_intervals`), one balance row per stream and interval
    (:func:`_add_cascade_rows`), the residuals passed down
    (:func:`_add_cascade_residuals`), the converters' heat
    (:func:`_add_converter_heat`), the disposals' and utilities' entry levels
    (:func:`_add_disposal_heat`, :func:`_add_utility_heat`) and the links
    (:func:`_add_heat_links`).
    """
    cascade = _heat_cascade_intervals(problem)
    if cascade is None:
        return
    _add_cascade_rows(problem, cascade)
    _add_cascade_residuals(problem, cascade)
    _add_converter_heat(problem, cascade, state)
    _add_disposal_heat(problem, cascade, state)
    _add_utility_heat(problem, cascade, state)
    _add_heat_links(problem, cascade, state)


@dataclass
class _HeatCascade:
    """The cascade streams on their shifted intervals, and where their balance rows start.

    Arrays indexed by *local* position (the order of ``streams``) unless named by stream position.
    """

    #: Stream positions of the cascade streams.
    streams: np.ndarray
    #: True for the hot streams.
    hot: np.ndarray
    #: Shifted range of each stream, °C (rounded when ``step`` > 0).
    low: np.ndarray
    high: np.ndarray
    #: Rounding step of the shifted temperatures, K (0: exact).
    step: float
    #: ΔTmin / 2, K.
    half: float
    intervals: Intervals
    #: Local position of each stream position (−1 outside the cascade).
    local_of: np.ndarray
    #: MW per canonical unit × σ_{s,i}: the stream's heat in each interval per unit of its amount.
    duty_share: np.ndarray
    #: The amount whose heat the rows' right-hand sides carry (0 for converter ends: z carries it).
    fixed_amount: np.ndarray
    #: First balance row of each stream (set by :func:`_add_cascade_rows`).
    row_start: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))

    @property
    def first(self) -> np.ndarray:
        return self.intervals.first

    @property
    def last(self) -> np.ndarray:
        return self.intervals.last

    @property
    def spans(self) -> np.ndarray:
        """Number of intervals in each stream's own range."""
        return self.last - self.first + 1

    def row_at(self, local: np.ndarray, interval: np.ndarray) -> np.ndarray:
        """Balance rows of streams ``local`` at ``interval`` (inside their own range)."""
        return self.row_start[local] + interval - self.first[local]


def _heat_cascade_intervals(problem: LinearProblem) -> _HeatCascade | None:
    """The shifted ranges (rounded when too many), cut by the utility and disposal thresholds.

    None when no stream is in the cascade.
    """
    data = problem.data
    cascade = np.flatnonzero(data.cascade)
    if not len(cascade):
        return None
    half = data.dt_min / 2.0
    streams = [data.streams[int(p)] for p in cascade]
    supply = np.array([s.temperature_c for s in streams], dtype=float)
    target = np.array([s.target_temperature_c for s in streams], dtype=float)
    hot = data.is_source[cascade]
    low, high = shifted_range(supply, target, hot, data.dt_min)
    step = choose_resolution(low, high, problem.options.heat_resolution_k)
    if step > 0:
        low, high = round_conservatively(low, high, hot, step)
        problem.notes.append(
            f"heat cascade: shifted temperatures rounded to {step:g} K steps (hot down, cold up) "
            "to keep the problem tractable; recovery is never overstated"
        )
    intervals = build_intervals(low, high, cascade, _threshold_cuts(data, cascade, half, step))
    problem.intervals = intervals
    local_of = np.full(len(data.streams), -1, dtype=np.int64)
    local_of[cascade] = np.arange(len(cascade))
    duty_share, fixed_amount = _stream_heat(data, cascade, intervals)
    return _HeatCascade(cascade, hot, low, high, step, half, intervals, local_of, duty_share, fixed_amount)


def _threshold_cuts(data: ParkData, cascade: np.ndarray, half: float, step: float) -> np.ndarray:
    """Utility and disposal thresholds: they cut intervals too, so "hot / cold enough" is exact."""
    extra: list[float] = []
    for pos in cascade:
        stream = data.streams[int(pos)]
        utility_temperature = data.utilities[stream.utility].temperature_c if data.has_utility[pos] else None
        disposal_temperature = (
            data.disposals[stream.disposal].temperature_c if data.has_disposal[pos] else None
        )
        if utility_temperature is not None:
            extra.append(_utility_threshold(utility_temperature, half, step))
        if disposal_temperature is not None:
            extra.append(_disposal_threshold(disposal_temperature, half, step))
    return np.array(extra, dtype=float)


def _stream_heat(data: ParkData, cascade: np.ndarray, intervals: Intervals) -> tuple[np.ndarray, np.ndarray]:
    """Each stream's heat per interval and unit (mw σ_{s,i}), and the amount that carries it.

    A converter's input and output carry no fixed amount: their heat follows z.
    """
    duty_share = intervals.share * data.mw_per_unit[cascade][:, None]
    fixed_amount = data.amount[cascade].copy()
    if data.converters:
        fixed_amount[np.isin(cascade, data.converter_input)] = 0.0
        fixed_amount[np.isin(cascade, data.converter_output)] = 0.0
    return duty_share, fixed_amount


def _cascade_row_keys(cascade: _HeatCascade) -> tuple[np.ndarray, np.ndarray]:
    """(local stream, interval) of every balance row, stream by stream down its own range."""
    spans = cascade.spans
    return np.repeat(np.arange(len(cascade.streams)), spans), _ranges(cascade.first, spans)


def _add_cascade_rows(problem: LinearProblem, cascade: _HeatCascade) -> None:
    """One balance row per stream and interval of its own range: ``hot_cascade``, then ``cold_cascade``.

    Right-hand side σ_{s,i} mw_s A_s (0 for a converter's ends); sets :attr:`_HeatCascade.row_start`.
    """
    ids = np.array(problem.data.stream_ids, dtype=object)
    spans = cascade.spans
    row_local, row_interval = _cascade_row_keys(cascade)
    row_rhs = cascade.duty_share[row_local, row_interval] * cascade.fixed_amount[row_local]
    row_start = np.zeros(len(cascade.streams), dtype=np.int64)
    for family, side in (("hot_cascade", cascade.hot), ("cold_cascade", ~cascade.hot)):
        chosen = side[row_local]
        keys = pd.MultiIndex.from_arrays(
            [ids[cascade.streams[row_local[chosen]]], row_interval[chosen]], names=["stream_id", "interval"]
        )
        rows = problem.add_rows(family, keys, row_rhs[chosen], row_rhs[chosen])
        locals_here = np.flatnonzero(side)
        if len(locals_here):
            row_start[locals_here] = rows[0] + np.concatenate([[0], np.cumsum(spans[locals_here])[:-1]])
    cascade.row_start = row_start


def _add_cascade_residuals(problem: LinearProblem, cascade: _HeatCascade) -> None:
    """Residuals passed down each stream: hot R_{s,i}, cold C_{k,i}.

    R_{s,last} = 0 when s has a disposal; C_{k,last} = 0 always (demand met exactly).
    """
    data = problem.data
    ids = np.array(data.stream_ids, dtype=object)
    row_local, row_interval = _cascade_row_keys(cascade)
    is_last = row_interval == cascade.last[row_local]
    hot_rows_mask = cascade.hot[row_local]
    residual_upper = np.where(
        is_last & (~hot_rows_mask | data.has_disposal[cascade.streams[row_local]]), 0.0, INF
    )
    residual_cols = problem.add_columns(
        "residual",
        pd.MultiIndex.from_arrays(
            [ids[cascade.streams[row_local]], row_interval], names=["stream_id", "interval"]
        ),
        0.0,
        residual_upper,
    )
    all_rows = cascade.row_at(row_local, row_interval)
    sign = np.where(hot_rows_mask, 1.0, -1.0)
    problem.add_entries(all_rows, residual_cols, sign)
    problem.add_entries(all_rows[~is_last] + 1, residual_cols[~is_last], -sign[~is_last])


def _add_converter_heat(problem: LinearProblem, cascade: _HeatCascade, state: dict[str, np.ndarray]) -> None:
    """Converters in the cascade: output heat ∝ ratio × z, input demand ∝ z."""
    data = problem.data
    first, last = cascade.first, cascade.last
    for conv, (input_pos, output_pos) in enumerate(
        zip(data.converter_input, data.converter_output, strict=True)
    ):
        column = state["z"][conv]
        for pos, factor in ((output_pos, data.converter_ratio[conv]), (input_pos, 1.0)):
            local = cascade.local_of[pos]
            if local < 0:
                continue
            span = np.arange(first[local], last[local] + 1)
            problem.add_entries(
                cascade.row_at(np.full(len(span), local), span),
                np.full(len(span), column),
                -factor * cascade.duty_share[local, span],
            )


def _enter_at_level(
    problem: LinearProblem, cascade: _HeatCascade, local: int, level: int, column: int, mw_per_unit: float
) -> None:
    """The utility or disposal column enters its stream's cascade at ``level`` (−1: nowhere, so it stays 0)."""
    if level >= 0:
        problem.add_entries(
            np.array([cascade.row_at(np.array([local]), np.array([level]))[0]]),
            np.array([column]),
            mw_per_unit,
        )
    else:
        problem.set_upper(int(column), 0.0)


def _add_disposal_heat(problem: LinearProblem, cascade: _HeatCascade, state: dict[str, np.ndarray]) -> None:
    """A disposal takes residual heat once, at the lowest interval cold enough for it (blank: the last)."""
    data = problem.data
    first, last = cascade.first, cascade.last
    for pos in cascade.streams[cascade.hot & data.has_disposal[cascade.streams]]:
        local = cascade.local_of[pos]
        disposal = data.disposals[data.streams[pos].disposal]
        level = last[local]
        if disposal.temperature_c is not None:
            threshold = _disposal_threshold(disposal.temperature_c, cascade.half, cascade.step)
            admissible = np.flatnonzero(
                cascade.intervals.bottom[first[local] : last[local] + 1] >= threshold - 1e-9
            )
            level = first[local] + admissible[-1] if len(admissible) else -1
        # too warm for any of the stream's heat: w must stay 0
        _enter_at_level(problem, cascade, local, level, state["w"][pos], data.mw_per_unit[pos])


def _add_utility_heat(problem: LinearProblem, cascade: _HeatCascade, state: dict[str, np.ndarray]) -> None:
    """A utility enters once, at the first interval it is hot enough for (blank: the stream's top)."""
    data = problem.data
    first, last = cascade.first, cascade.last
    for pos in cascade.streams[~cascade.hot & data.has_utility[cascade.streams]]:
        local = cascade.local_of[pos]
        utility = data.utilities[data.streams[pos].utility]
        level = first[local]
        if utility.temperature_c is not None:
            threshold = _utility_threshold(utility.temperature_c, cascade.half, cascade.step)
            admissible = np.flatnonzero(
                cascade.intervals.top[first[local] : last[local] + 1] <= threshold + 1e-9
            )
            level = first[local] + admissible[0] if len(admissible) else -1
        _enter_at_level(problem, cascade, local, level, state["u"][pos], data.mw_per_unit[pos])


def _add_heat_links(problem: LinearProblem, cascade: _HeatCascade, state: dict[str, np.ndarray]) -> None:
    """Thermal links: full (hot range entirely above the cold range) or partial (``heat_link`` ties)."""
    data = problem.data
    thermal = np.flatnonzero(data.link_thermal & data.link_allowed)
    hot_local = cascade.local_of[data.link_source[thermal]]
    cold_local = cascade.local_of[data.link_sink[thermal]]
    mw_source = data.mw_per_unit[data.link_source[thermal]]
    keep = 1.0 - data.link_loss[thermal]
    full = cascade.low[hot_local] >= cascade.high[cold_local] - 1e-9
    # full links: withdraw at the hot stream's last row, enter at the cold stream's top
    problem.add_entries(
        cascade.row_at(hot_local[full], cascade.last[hot_local[full]]),
        state["x"][thermal[full]],
        mw_source[full],
    )
    problem.add_entries(
        cascade.row_at(cold_local[full], cascade.first[cold_local[full]]),
        state["x"][thermal[full]],
        keep[full] * mw_source[full],
    )
    partial = np.flatnonzero(~full)
    _add_partial_heat_links(
        problem,
        cascade,
        thermal[partial],
        hot_local[partial],
        cold_local[partial],
        mw_source[partial],
        keep[partial],
        state,
    )


def _add_partial_heat_links(
    problem: LinearProblem,
    cascade: _HeatCascade,
    links: np.ndarray,
    part_hot: np.ndarray,
    part_cold: np.ndarray,
    mw_source: np.ndarray,
    keep: np.ndarray,
    state: dict[str, np.ndarray],
) -> None:
    """Partial links: heat q_{l,i} where the ranges overlap, and p_l below the hot range.

    Σ_i q_{l,i} + p_l = mw_s x_l  (heat_link).
    """
    first, last = cascade.first, cascade.last
    link_ids = np.array(problem.data.link_ids, dtype=object)
    tie_rows = problem.add_rows("heat_link", pd.Index(link_ids[links], name="link_id"), 0.0, 0.0)
    problem.add_entries(tie_rows, state["x"][links], -mw_source)
    # overlap part: intervals inside both ranges
    overlap_first = np.maximum(first[part_hot], first[part_cold])
    overlap_last = np.minimum(last[part_hot], last[part_cold])
    overlap_counts = np.maximum(overlap_last - overlap_first + 1, 0)
    rep = np.repeat(np.arange(len(links)), overlap_counts)
    rep_interval = _ranges(overlap_first, overlap_counts)
    heat_cols = problem.add_columns(
        "heat",
        pd.MultiIndex.from_arrays([link_ids[links[rep]], rep_interval], names=["link_id", "interval"]),
    )
    problem.add_entries(cascade.row_at(part_hot[rep], rep_interval), heat_cols, 1.0)
    problem.add_entries(cascade.row_at(part_cold[rep], rep_interval), heat_cols, keep[rep])
    problem.add_entries(tie_rows[rep], heat_cols, 1.0)
    # below part: enters the cold stream at its first interval under the hot range
    below_level = np.maximum(last[part_hot] + 1, first[part_cold])
    has_below = below_level <= last[part_cold]
    chosen = np.flatnonzero(has_below)
    below_cols = problem.add_columns("heat_below", pd.Index(link_ids[links[chosen]], name="link_id"))
    problem.add_entries(cascade.row_at(part_hot[chosen], last[part_hot[chosen]]), below_cols, 1.0)
    problem.add_entries(cascade.row_at(part_cold[chosen], below_level[chosen]), below_cols, keep[chosen])
    problem.add_entries(tie_rows[chosen], below_cols, 1.0)
    problem.heat_below_level = dict(zip(link_ids[links[chosen]], below_level[chosen].tolist(), strict=True))
    _heat_bounds(
        problem, links, part_hot, part_cold, cascade.streams, cascade.intervals, cascade.fixed_amount, keep
    )


def _heat_bounds(
    problem: LinearProblem,
    links: np.ndarray,
    hot_local: np.ndarray,
    cold_local: np.ndarray,
    cascade: np.ndarray,
    intervals: Intervals,
    fixed_amount: np.ndarray,
    keep: np.ndarray,
) -> None:
    """How much heat a partial heat link can pass, from the temperatures alone.

    Heat only flows down: the cold stream k can take from hot stream s at most
    its duty in the intervals at or below s's top, C_k Σ_{i ≥ first_s} σ_{k,i},
    and s can give at most its duty above k's bottom, H_s Σ_{i ≤ last_k} σ_{s,i}.
    Streams whose duty follows a converter's intake are left as they are.
    """
    data = problem.data
    if not len(links):
        return
    share = intervals.share
    cumulative = np.cumsum(share, axis=1)  # duty share from the top down to interval i
    total = cumulative[:, -1]
    first, last = intervals.first, intervals.last
    cold_below = total[cold_local] - np.where(
        first[hot_local] > 0, cumulative[cold_local, np.maximum(first[hot_local] - 1, 0)], 0.0
    )
    hot_above = cumulative[hot_local, np.maximum(last[cold_local], 0)]
    mw = data.mw_per_unit[cascade]
    hot_duty = mw[hot_local] * fixed_amount[hot_local]
    cold_duty = mw[cold_local] * fixed_amount[cold_local]
    fixed = (fixed_amount[hot_local] > 0) & (fixed_amount[cold_local] > 0)
    mw_source = mw[hot_local]
    with np.errstate(divide="ignore", invalid="ignore"):
        by_hot = np.where(mw_source > 0, hot_duty * hot_above / mw_source, INF)
        by_cold = np.where((mw_source > 0) & (keep > 0), cold_duty * cold_below / (keep * mw_source), INF)
    bound = np.where(fixed, np.minimum(by_hot, by_cold) * (1.0 + 1e-9), INF)
    _tighten(problem, links, bound)


def _utility_threshold(temperature_c: float, half: float, step: float) -> float:
    """Shifted level a heat utility reaches: T − ΔTmin/2; rounded up when streams are
    rounded (cold streams round up too, so a utility hot enough before stays so)."""
    level = temperature_c - half
    return float(np.ceil(level / step - 1e-9) * step) if step > 0 else level


def _disposal_threshold(temperature_c: float, half: float, step: float) -> float:
    """Shifted level above which a heat disposal takes heat: T + ΔTmin/2; rounded down
    when streams are rounded (hot streams round down too, so a disposal cold enough
    before stays so)."""
    level = temperature_c + half
    return float(np.floor(level / step + 1e-9) * step) if step > 0 else level


def _ranges(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Concatenated ranges start_j, start_j + 1, …, start_j + count_j − 1."""
    counts = np.asarray(counts, dtype=np.int64)
    total = int(counts.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    offsets = np.repeat(np.cumsum(counts) - counts, counts)
    return np.repeat(np.asarray(starts, dtype=np.int64), counts) + np.arange(total) - offsets


def add_co2_cap_constraint(problem: LinearProblem, cap_t_per_yr: float) -> None:
    """ε-constraint of the Pareto sweep: hours × Σ_j co2_j v_j ≤ ε  (t/yr)."""
    compiled = problem.compiled()
    co2 = compiled["metrics"]["co2"] * compiled["metrics"]["hours"]
    columns = np.flatnonzero(co2)
    rows = problem.add_rows("co2_cap", pd.Index(["park"], name="key"), -INF, cap_t_per_yr)
    problem.add_entries(np.full(len(columns), rows[0]), columns, co2[columns])


def add_slack_variables(problem: LinearProblem) -> None:
    """Penalised slacks on every balance, blend and capacity row (diagnosis).

    Equalities get s⁺ and s⁻, ≤ rows s⁻, ≥ rows s⁺; each slack costs 1 per
    unit relative to the row's size (1/max(1, |rhs|)), so a 10 % shortfall
    of a large stream and of a small one weigh alike.
    """
    lower_all = np.concatenate(problem._row_lower) if problem._row_lower else np.zeros(0)
    upper_all = np.concatenate(problem._row_upper) if problem._row_upper else np.zeros(0)
    for block in list(problem.row_blocks):
        if block.family not in SLACK_FAMILIES or not len(block.keys):
            continue
        rows = block.positions
        lower = lower_all[rows]
        upper = upper_all[rows]
        size = np.maximum(
            1.0,
            np.maximum(
                np.abs(np.nan_to_num(lower, posinf=0, neginf=0)),
                np.abs(np.nan_to_num(upper, posinf=0, neginf=0)),
            ),
        )
        if block.family in BLEND_FAMILIES:
            size = np.maximum(
                size, problem.data.amount[[problem.data.stream_index[k] for k in block.keys]] * 10.0
            )
        weight = 1.0 / size
        up = np.isfinite(lower)  # rows with a lower bound may need more left-hand side
        down = np.isfinite(upper)
        for sign, mask, name in ((1.0, up, "slack_up"), (-1.0, down, "slack_down")):
            chosen = rows[mask]
            if not len(chosen):
                continue
            keys = pd.Index([(block.family, key) for key in block.keys[mask]], tupleize_cols=False)
            columns = problem.add_columns(name, keys, 0.0, INF, slack=weight[mask])
            problem.add_entries(chosen, columns, sign)
