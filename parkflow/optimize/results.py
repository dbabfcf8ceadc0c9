"""Results of an optimization as frames with named indexes (docs/design.md, "Results").

Shadow-price convention: ``shadow_price`` is the change of the objective
(per year: CNY/yr, or t/yr for the co2 and cod objectives) when the
right-hand side of a balance grows by one canonical unit per hour
(for example CNY/yr per t/h).  ``hourly_value`` divides by the park's
operating hours, which gives the value per hour of one more unit per hour
(CNY/h per t/h, the same as CNY per t): positive means "worth having more"
for sources and capacities, "costs this much" for sinks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from parkflow.model.entities import CANONICAL_UNIT, LinkStatus, Medium
from parkflow.model.state import FlowState, LinkFlow, over_periods
from parkflow.optimize.options import OBJECTIVE_HOURLY_UNIT, OBJECTIVE_UNIT
from parkflow.optimize.problem import LinearProblem
from parkflow.optimize.solve import Solution
from parkflow.optimize.storage import STORAGE_COLUMNS, STORAGE_FLOW_COLUMNS

if TYPE_CHECKING:
    from parkflow.optimize.diagnose import Diagnosis

#: Flows below this (canonical units per hour) count as zero.
FLOW_TOLERANCE = 1e-7

_FLOW_COLUMNS = [
    "source",
    "sink",
    "medium",
    "amount",
    "unit",
    "delivered",
    "delivered_unit",
    "gain",
    "capacity",
    "utilisation",
    "built",
    "status",
    "distance_km",
    "diameter_mm",
    "loss_pct",
    "capex_cny",
]
_ZH_HOURLY = {"CNY/h": "元", "t CO2/h": "吨CO2", "t COD/h": "吨COD"}


def _empty(columns: list[str], index: str | list[str]) -> pd.DataFrame:
    if isinstance(index, list):
        frame = pd.DataFrame(columns=index + columns).set_index(index)
    else:
        frame = pd.DataFrame(columns=columns, index=pd.Index([], name=index))
    return frame


@dataclass(frozen=True)
class OptimizationResult:
    """One optimization result: frames, status, objective and diagnostics."""

    flows: pd.DataFrame
    utilities: pd.DataFrame
    disposals: pd.DataFrame
    converters: pd.DataFrame
    heat: pd.DataFrame
    duals: pd.DataFrame
    reduced_costs: pd.DataFrame
    status: str
    objective_name: str
    objective_value: float
    objective_unit: str
    gap: float | None = None
    solve_time_s: float = 0.0
    solver: str = ""
    mode: str = "lp"
    diagnosis: Diagnosis | None = None
    totals: dict[str, float] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    build_time_s: float = 0.0
    solver_time_s: float = 0.0
    #: period ids in sheet order when the park has periods (then the frames carry a ``period``
    #: column, one row per item and period); ``()`` for one design point
    periods: tuple[str, ...] = ()
    #: (id, name, hours) of each period, in the order of :attr:`periods`
    period_details: tuple[tuple[str, str, float], ...] = ()
    #: each storage in each period: ``storage, period, level, charge, discharge, unit`` (level in the
    #: canonical unit × h at the end of the period, charge and discharge as rates; period "" without
    #: periods); empty with those columns when the park has no storages
    storages: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=STORAGE_COLUMNS))
    #: flows on the links into and out of storages (index ``link_id``): ``period, source, sink, amount, unit``
    storage_flows: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=STORAGE_FLOW_COLUMNS, index=pd.Index([], name="link_id"))
    )
    #: ids of the storages the network has: existing ones and the candidates built
    storages_built: tuple[str, ...] = ()

    # -- conversions -----------------------------------------------------------
    def to_state(self, name: str = "optimized") -> FlowState:
        """The result as a :class:`~parkflow.model.state.FlowState` for accounting.

        Over periods, ``periods`` holds each period's state and the state's
        own rates are their average weighted by the periods' hours.
        """
        if not self.periods:
            return self._state_of(
                name, self.flows, self.utilities, self.disposals, self.converters, self.storage_flows
            )
        hours = {pid: period_hours for pid, _, period_hours in self.period_details}
        states = {
            pid: self._state_of(
                name,
                *(
                    frame[frame["period"] == pid] if "period" in frame.columns else frame.iloc[0:0]
                    for frame in (
                        self.flows,
                        self.utilities,
                        self.disposals,
                        self.converters,
                        self.storage_flows,
                    )
                ),
            )
            for pid in self.periods
        }
        return over_periods(name, states, hours)

    @staticmethod
    def _state_of(
        name: str,
        flows: pd.DataFrame,
        utilities: pd.DataFrame,
        disposals: pd.DataFrame,
        converters: pd.DataFrame,
        storage_flows: pd.DataFrame,
    ) -> FlowState:
        link_flows = {
            str(link_id): LinkFlow(str(row.source), str(row.sink), float(row.amount), float(row.gain))
            for link_id, row in zip(flows.index, flows.itertuples(index=False), strict=True)
            if float(row.amount) > FLOW_TOLERANCE
        }
        # links into and out of storages: what a source sends into a storage carries its burden and cost
        link_flows.update(
            {
                str(link_id): LinkFlow(str(row.source), str(row.sink), float(row.amount), 1.0)
                for link_id, row in zip(
                    storage_flows.index, storage_flows.itertuples(index=False), strict=True
                )
                if float(row.amount) > FLOW_TOLERANCE
            }
        )
        return FlowState(
            name,
            link_flows=link_flows,
            utility_use={str(k): float(v) for k, v in utilities["amount"].items()},
            disposal_use={str(k): float(v) for k, v in disposals["amount"].items()},
            converter_intake={str(k): float(v) for k, v in converters["intake"].items()},
        )

    def to_document(self) -> dict[str, Any]:
        """JSON-serialisable document in the shape of ``parkflow optimize --json`` (docs/design.md, "Result document")."""

        def records(frame: pd.DataFrame, id_name: str, columns: list[str]) -> list[dict[str, Any]]:
            present = [column for column in columns if column in frame.columns]
            ids = [key if not isinstance(key, tuple) else list(key) for key in frame.index]
            values = [_plain_column(frame[column]) for column in present]
            return [
                {id_name: key, **dict(zip(present, row, strict=True))}
                for key, row in zip(
                    ids, zip(*values, strict=True) if values else ([()] * len(ids)), strict=True
                )
            ]

        flows = self.flows
        keep = (
            (flows["amount"] > FLOW_TOLERANCE)
            | (flows["status"] == LinkStatus.EXISTING.value)
            | flows["declared"]
            if "declared" in flows.columns
            else flows["amount"] > FLOW_TOLERANCE
        )
        heat = self.heat.reset_index() if len(self.heat) else pd.DataFrame()
        period = ["period"] if self.periods else []
        document: dict[str, Any] = {
            "status": self.status,
            "objective": {
                "name": self.objective_name,
                "value": _plain(self.objective_value),
                "unit": self.objective_unit,
            },
            "flows": records(flows[keep], "link", [*period, *_FLOW_COLUMNS, "declared"]),
            "utilities": records(self.utilities, "sink", [*period, "utility", "amount", "unit"]),
            "disposals": records(self.disposals, "source", [*period, "disposal", "amount", "unit"]),
            "converters": records(
                self.converters,
                "converter",
                [*period, "input", "output", "intake", "intake_unit", "output_amount", "output_unit"],
            ),
            "heat": [{k: _plain(v) for k, v in row.items()} for row in heat.to_dict("records")],
            "duals": records(self.duals, "constraint", list(self.duals.columns)),
            "reduced_costs": records(self.reduced_costs, "link", list(self.reduced_costs.columns)),
            "gap": _plain(self.gap),
            "solve_time_s": _plain(self.solve_time_s),
            "build_time_s": _plain(self.build_time_s),
            "solver": self.solver,
            "mode": self.mode,
            "totals": {k: _plain(v) for k, v in self.totals.items()},
            "notes": list(self.notes),
            "diagnosis": self.diagnosis.to_document() if self.diagnosis is not None else None,
        }
        if self.periods:
            document["periods"] = [
                {"id": pid, "name": pname, "hours": _plain(hours)}
                for pid, pname, hours in self.period_details
            ]
        if len(self.storages):
            built = set(self.storages_built)
            document["storages"] = [
                {
                    **{column: _plain(row[column]) for column in STORAGE_COLUMNS},
                    "built": row["storage"] in built,
                }
                for row in self.storages.to_dict("records")
            ]
            document["storage_flows"] = records(self.storage_flows, "link", STORAGE_FLOW_COLUMNS)
        return document

    @classmethod
    def from_document(cls, document: dict[str, Any]) -> OptimizationResult:
        """Rebuild a result from :meth:`to_document` output (frames hold what the document holds).

        Raises
        ------
        ResultsDocumentError
            When a value the KPIs and reports compute with is not a number
            (a stored document edited by another program), naming the table,
            row and column; callers treat the stored result as unreadable.
        """
        check_results_document(document)

        def frame(key: str, id_name: str, index_name: str, columns: list[str]) -> pd.DataFrame:
            rows = document.get(key) or []
            if not rows:
                return _empty(columns, index_name)
            data = pd.DataFrame(rows)
            data = data.rename(columns={id_name: index_name}).set_index(index_name)
            for column in columns:
                if column not in data.columns:
                    data[column] = np.nan
            return data

        flows = frame("flows", "link", "link_id", _FLOW_COLUMNS)
        if "declared" not in flows.columns:
            flows["declared"] = True
        heat_rows = document.get("heat") or []
        heat = (
            pd.DataFrame(heat_rows).set_index(["link_id", "interval"])
            if heat_rows
            else _empty(["interval_top_c", "interval_bottom_c", "heat_mw"], ["link_id", "interval"])
        )
        from parkflow.optimize.diagnose import Diagnosis

        objective = document.get("objective") or {}
        diagnosis = document.get("diagnosis")
        return cls(
            flows=flows,
            utilities=frame("utilities", "sink", "stream_id", ["utility", "amount", "unit"]),
            disposals=frame("disposals", "source", "stream_id", ["disposal", "amount", "unit"]),
            converters=frame(
                "converters",
                "converter",
                "converter_id",
                ["input", "output", "intake", "intake_unit", "output_amount", "output_unit"],
            ),
            heat=heat,
            duals=frame("duals", "constraint", "constraint", ["family", "key"]),
            reduced_costs=frame("reduced_costs", "link", "link_id", []),
            status=str(document.get("status", "")),
            objective_name=str(objective.get("name", "")),
            objective_value=float(objective.get("value") or 0.0),
            objective_unit=str(objective.get("unit", "")),
            gap=document.get("gap"),
            solve_time_s=float(document.get("solve_time_s") or 0.0),
            solver=str(document.get("solver", "")),
            mode=str(document.get("mode", "lp")),
            diagnosis=Diagnosis.from_document(diagnosis) if diagnosis else None,
            totals=dict(document.get("totals") or {}),
            notes=tuple(document.get("notes") or ()),
            build_time_s=float(document.get("build_time_s") or 0.0),
            periods=tuple(str(row["id"]) for row in document.get("periods") or ()),
            period_details=tuple(
                (str(row["id"]), str(row.get("name") or ""), float(row.get("hours") or 0.0))
                for row in document.get("periods") or ()
            ),
            **_storages_of(document),
        )


def _storages_of(document: dict[str, Any]) -> dict[str, Any]:
    """The storage frames of a results document (empty when it has none)."""
    rows = [row for row in document.get("storages") or () if isinstance(row, dict)]
    flow_rows = [row for row in document.get("storage_flows") or () if isinstance(row, dict)]
    storages = pd.DataFrame(
        [{column: row.get(column) for column in STORAGE_COLUMNS} for row in rows], columns=STORAGE_COLUMNS
    )
    flows = pd.DataFrame(
        [{column: row.get(column) for column in STORAGE_FLOW_COLUMNS} for row in flow_rows],
        index=pd.Index([str(row.get("link")) for row in flow_rows], name="link_id"),
        columns=STORAGE_FLOW_COLUMNS,
    )
    built = tuple(dict.fromkeys(str(row.get("storage")) for row in rows if row.get("built")))
    return {"storages": storages, "storage_flows": flows, "storages_built": built}


class ResultsDocumentError(ValueError):
    """A stored results document whose values are not what ParkFlow wrote."""


#: Numbers of each table of a results document (what KPIs and reports compute with).
_DOCUMENT_NUMBERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "flows": ("link", ("amount", "delivered", "gain", "capacity", "utilisation")),
    "utilities": ("sink", ("amount",)),
    "disposals": ("source", ("amount",)),
    "converters": ("converter", ("intake", "output_amount")),
    "heat": ("link_id", ("interval_top_c", "interval_bottom_c", "heat_mw")),
    "duals": ("constraint", ("shadow_price", "hourly_value")),
}


def _is_number(value: Any) -> bool:
    return value is None or (isinstance(value, (int, float)) and not isinstance(value, bool))


def check_results_document(document: Any) -> None:
    """Raise ResultsDocumentError at the first value of ``document`` that is not of ParkFlow's types."""
    if not isinstance(document, dict):
        raise ResultsDocumentError(f"stored results are {type(document).__name__}, not a results document")
    for table, (id_name, columns) in _DOCUMENT_NUMBERS.items():
        rows = document.get(table) or []
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            raise ResultsDocumentError(f"stored results, {table}: not a list of rows")
        for number, row in enumerate(rows, start=1):
            for column in columns:
                if not _is_number(row.get(column)):
                    raise ResultsDocumentError(
                        f"stored results, {table} row {number} ({id_name} {row.get(id_name)!r}): "
                        f"{column} is {row.get(column)!r}, not a number"
                    )
    for key in ("gap", "solve_time_s", "build_time_s"):
        if not _is_number(document.get(key)):
            raise ResultsDocumentError(f"stored results: {key} is {document.get(key)!r}, not a number")
    objective = document.get("objective") or {}
    if not isinstance(objective, dict) or not _is_number(objective.get("value")):
        raise ResultsDocumentError("stored results: the objective value is not a number")
    totals = document.get("totals") or {}
    if not isinstance(totals, dict) or not all(_is_number(value) for value in totals.values()):
        raise ResultsDocumentError("stored results: a total is not a number")
    periods = document.get("periods") or []
    if not isinstance(periods, list) or not all(
        isinstance(row, dict) and isinstance(row.get("id"), str) and _is_number(row.get("hours"))
        for row in periods
    ):
        raise ResultsDocumentError("stored results: periods is not a list of rows with an id and hours")


def _plain_column(column: pd.Series) -> list[Any]:
    """:func:`_plain` of every value of a column, vectorised for numeric and boolean columns."""
    kind = column.dtype.kind
    if kind == "f":
        numbers = column.to_numpy(dtype=float)
        plain: list[Any] = numbers.tolist()
        if not np.isfinite(numbers).all():
            for index in np.flatnonzero(~np.isfinite(numbers)):
                plain[index] = None
        return plain
    if kind in "iub":
        return column.to_numpy().tolist()
    return [_plain(value) for value in column.to_numpy(dtype=object)]


def _plain(value: Any) -> Any:
    """A JSON-friendly scalar (numpy → Python, NaN/inf → None)."""
    if isinstance(value, (np.bool_, bool)):
        return bool(value)
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating, float)):
        number = float(value)
        return number if math.isfinite(number) else None
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, (str, int)):
        return value
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return str(value)


def _fmt(number: float) -> str:
    magnitude = abs(number)
    if magnitude >= 100:
        return f"{number:,.0f}"
    if magnitude >= 1:
        return f"{number:.1f}"
    return f"{number:.3g}"


def read_results(problem: LinearProblem, solution: Solution) -> OptimizationResult:
    """Turn a solver's arrays into result frames (no solver objects escape)."""
    assert solution.values is not None
    data = problem.data
    values = solution.values
    objective = problem.options.objective
    flow_values = np.maximum(_block_values(problem, values, "flow"), 0.0)
    flow_values[flow_values < FLOW_TOLERANCE] = 0.0
    totals = problem.metric_totals(values)
    totals["annual_capex"] = float(problem.compiled()["metrics"]["capex"] @ values)
    if problem.mip_savings is not None:
        # in the objective's unit per year, and the share of it still open (MILP gap)
        totals["savings_at_stake"], totals["savings_gap"] = problem.mip_savings
    objective_value = float(problem.compiled()["objective"] @ values)
    return OptimizationResult(
        flows=_flows_frame(problem, values, flow_values),
        utilities=_served_frame(problem, values, "utility"),
        disposals=_served_frame(problem, values, "disposal"),
        converters=_converters_frame(problem, values),
        heat=_heat_frame(problem, values),
        duals=_duals_frame(problem, solution),
        reduced_costs=_reduced_costs_frame(problem, solution, flow_values),
        status=solution.status,
        objective_name=objective,
        objective_value=objective_value,
        objective_unit=OBJECTIVE_UNIT[objective],
        gap=solution.gap,
        solve_time_s=solution.solve_time_s,
        solver=solution.solver,
        mode=problem.options.mode,
        totals=totals,
        notes=(*data.notes, *problem.notes),
        solver_time_s=solution.solver_only_time_s,
    )


def _block_values(problem: LinearProblem, values: np.ndarray, family: str) -> np.ndarray:
    """The solution's values of one variable family (empty when the problem has none)."""
    block = problem.columns(family)
    return values[block.start : block.stop] if block is not None else np.zeros(0)


def _flows_frame(problem: LinearProblem, values: np.ndarray, flow_values: np.ndarray) -> pd.DataFrame:
    """Every link: what it carries and delivers, whether it is built, its pipe (one row per ``link_id``)."""
    data = problem.data
    build_block = problem.columns("build")
    built = np.where(data.link_existing, True, flow_values > FLOW_TOLERANCE)
    if build_block is not None and len(build_block.keys):
        build_values = values[build_block.start : build_block.stop]
        position = {link_id: pos for pos, link_id in enumerate(data.link_ids)}
        for link_id, value in zip(build_block.keys, build_values, strict=True):
            pos = position[link_id]
            if problem.options.mode == "milp":
                built[pos] = value > 0.5
    source_units = [CANONICAL_UNIT[medium] for medium in data.link_medium]
    sink_units = [data.unit_of(int(pos)) for pos in data.link_sink]
    capacity = data.link_capacity
    with np.errstate(divide="ignore", invalid="ignore"):
        utilisation = np.where(capacity > 0, flow_values / capacity, np.nan)
    return pd.DataFrame(
        {
            "source": [data.stream_ids[int(p)] for p in data.link_source],
            "sink": [data.stream_ids[int(p)] for p in data.link_sink],
            "medium": [Medium(m).value for m in data.link_medium],
            "amount": flow_values,
            "unit": source_units,
            "delivered": flow_values * data.link_gain,
            "delivered_unit": sink_units,
            "gain": data.link_gain,
            "capacity": capacity,
            "utilisation": utilisation,
            "built": built.astype(bool),
            "status": np.where(data.link_existing, LinkStatus.EXISTING.value, LinkStatus.CANDIDATE.value),
            "declared": np.full(len(data.link_ids), bool(data.park.links_declared)),
            "distance_km": data.link_distance,
            "diameter_mm": data.link_diameter,
            "loss_pct": data.link_loss * 100.0,
            "capex_cny": np.where(data.link_existing, np.nan, data.link_capex),
        },
        index=pd.Index(data.link_ids, name="link_id"),
    )


def _served_frame(problem: LinearProblem, values: np.ndarray, family: str) -> pd.DataFrame:
    """What each sink draws from its utility (``family`` "utility") or each source sends to its
    disposal ("disposal"), one row per ``stream_id``."""
    data = problem.data
    block = problem.columns(family)
    positions = [data.stream_index[k] for k in block.keys] if block else []
    return pd.DataFrame(
        {
            family: [getattr(data.streams[p], family) for p in positions],
            "amount": np.maximum(_block_values(problem, values, family), 0.0),
            "unit": [data.unit_of(p) for p in positions],
        },
        index=pd.Index(list(block.keys) if block else [], name="stream_id"),
    )


def _converters_frame(problem: LinearProblem, values: np.ndarray) -> pd.DataFrame:
    """What each converter takes in and gives out, one row per ``converter_id``."""
    data = problem.data
    intake = np.maximum(_block_values(problem, values, "intake"), 0.0)
    return pd.DataFrame(
        {
            "input": [data.stream_ids[int(p)] for p in data.converter_input],
            "output": [data.stream_ids[int(p)] for p in data.converter_output],
            "intake": intake,
            "intake_unit": [data.unit_of(int(p)) for p in data.converter_input],
            "output_amount": intake * data.converter_ratio,
            "output_unit": [data.unit_of(int(p)) for p in data.converter_output],
        },
        index=pd.Index(data.converter_ids, name="converter_id"),
    )


def _heat_frame(problem: LinearProblem, values: np.ndarray) -> pd.DataFrame:
    """Heat per link and interval (MW sent, before loss).

    ``kind`` says how the heat was placed: ``overlap`` (in that interval, where
    the hot and cold ranges overlap), ``below`` (hot enough for the whole cold
    range below the hot stream; ``interval`` is where it enters the cold
    stream and it may serve that interval or any lower one) or ``full`` (the
    hot range lies wholly above the cold range; enters at the cold top).
    """
    columns = ["kind", "interval_top_c", "interval_bottom_c", "heat_mw"]
    intervals = problem.intervals
    if intervals is None:
        return _empty(columns, ["link_id", "interval"])
    data = problem.data
    parts: list[pd.DataFrame] = []
    block = problem.columns("heat")
    if block is not None and len(block.keys):
        heat = values[block.start : block.stop]
        used = heat > FLOW_TOLERANCE
        keys = block.keys[used]
        index = np.asarray(keys.get_level_values("interval"), dtype=np.int64)
        parts.append(
            pd.DataFrame(
                {
                    "link_id": np.asarray(keys.get_level_values(0)),
                    "interval": index,
                    "kind": "overlap",
                    "heat_mw": heat[used],
                }
            )
        )
    block = problem.columns("heat_below")
    if block is not None and len(block.keys):
        heat = values[block.start : block.stop]
        used = heat > FLOW_TOLERANCE
        links = list(block.keys[used])
        parts.append(
            pd.DataFrame(
                {
                    "link_id": links,
                    "interval": [problem.heat_below_level[k] for k in links],
                    "kind": "below",
                    "heat_mw": heat[used],
                }
            )
        )
    flows = problem.columns("flow")
    thermal = np.flatnonzero(data.link_thermal & data.link_allowed)
    if flows is not None and len(thermal):
        tied = problem.rows("heat_link")
        partial = set(tied.keys) if tied is not None else set()
        local_of = {int(p): j for j, p in enumerate(intervals.streams)}
        full = [j for j in thermal if data.link_ids[j] not in partial]
        amounts = values[flows.start : flows.stop]
        rows = [
            (
                data.link_ids[j],
                int(intervals.first[local_of[int(data.link_sink[j])]]),
                "full",
                float(amounts[j] * data.mw_per_unit[data.link_source[j]]),
            )
            for j in full
            if amounts[j] > FLOW_TOLERANCE
        ]
        if rows:
            parts.append(pd.DataFrame(rows, columns=["link_id", "interval", "kind", "heat_mw"]))
    parts = [part for part in parts if len(part)]
    if not parts:
        return _empty(columns, ["link_id", "interval"])
    frame = pd.concat(parts, ignore_index=True)
    frame["interval"] = frame["interval"].astype(np.int64)
    frame["interval_top_c"] = intervals.top[frame["interval"].to_numpy()]
    frame["interval_bottom_c"] = intervals.bottom[frame["interval"].to_numpy()]
    return frame.set_index(["link_id", "interval"])[columns]


def _stream_duals(problem: LinearProblem, row_duals: np.ndarray) -> dict[str, tuple[str, float]]:
    """∂objective/∂amount of every stream balance: (family, dual) by stream id.

    Cascade streams have one row per interval; their dual is
    Σ_i σ_{s,i} mw_s π_{s,i}, the derivative with respect to the amount.
    """
    data = problem.data
    out: dict[str, tuple[str, float]] = {}
    for family in ("source_balance", "sink_balance"):
        block = problem.rows(family)
        if block is None:
            continue
        for key, dual in zip(block.keys, row_duals[block.start : block.stop], strict=True):
            out[str(key)] = (family, float(dual))
    intervals = problem.intervals
    if intervals is not None:
        local_of = {int(p): j for j, p in enumerate(intervals.streams)}
        for family, balance in (("hot_cascade", "source_balance"), ("cold_cascade", "sink_balance")):
            block = problem.rows(family)
            if block is None or not len(block.keys):
                continue
            stream_keys = np.asarray(block.keys.get_level_values(0), dtype=object)
            interval_keys = np.asarray(block.keys.get_level_values(1), dtype=np.int64)
            positions = data.stream_index_array(list(stream_keys))
            local = np.array([local_of[int(p)] for p in positions], dtype=np.int64)
            weight = intervals.share[local, interval_keys] * data.mw_per_unit[positions]
            contribution = weight * row_duals[block.start : block.stop]
            totals = pd.Series(contribution).groupby(stream_keys).sum()
            for stream_id, dual in totals.items():
                out[str(stream_id)] = (balance, float(dual))
    return out


def _duals_frame(problem: LinearProblem, solution: Solution) -> pd.DataFrame:
    columns = [
        "family",
        "key",
        "shadow_price",
        "shadow_price_unit",
        "hourly_value",
        "hourly_unit",
        "reading_en",
        "reading_zh",
    ]
    if solution.row_duals is None or solution.col_duals is None:
        return _empty(columns, "constraint")
    data = problem.data
    objective = problem.options.objective
    per_year = OBJECTIVE_UNIT[objective]
    per_hour = OBJECTIVE_HOURLY_UNIT[objective]
    zh_unit = _ZH_HOURLY[per_hour]
    hours = data.hours
    records: list[dict[str, Any]] = []
    names: list[str] = []
    from parkflow.optimize.problem import constraint_name

    for stream_id, (family, dual) in _stream_duals(problem, solution.row_duals).items():
        pos = data.stream_index[stream_id]
        unit = data.unit_of(pos)
        label = data.label(pos)
        if family == "source_balance":
            worth = -dual / hours
            verb_en = "is worth" if worth >= 0 else "would cost"
            reading_en = f"one more {unit} of {label} {verb_en} {_fmt(abs(worth))} {per_hour}"
            reading_zh = f"{label}每多1 {unit}，每小时{'价值' if worth >= 0 else '增加成本'}{_fmt(abs(worth))}{zh_unit}"
        else:
            worth = dual / hours
            verb_en = "costs" if worth >= 0 else "saves"
            reading_en = f"one more {unit} needed by {label} {verb_en} {_fmt(abs(worth))} {per_hour}"
            reading_zh = f"{label}每多需要1 {unit}，每小时{'增加' if worth >= 0 else '节省'}{_fmt(abs(worth))}{zh_unit}"
        names.append(constraint_name(family, stream_id))
        records.append(
            {
                "family": family,
                "key": stream_id,
                "shadow_price": dual,
                "shadow_price_unit": f"{per_year} per {unit}",
                "hourly_value": worth,
                "hourly_unit": f"{per_hour} per {unit}",
                "reading_en": reading_en,
                "reading_zh": reading_zh,
            }
        )
    # binding capacities: reduced cost of a flow (or intake) at its upper bound
    compiled = problem.compiled()
    for family, ids, block_name, capacity, unit_of in (
        (
            "link_capacity",
            data.link_ids,
            "flow",
            data.link_capacity,
            lambda j: CANONICAL_UNIT[data.link_medium[j]],
        ),
        (
            "converter_capacity",
            data.converter_ids,
            "intake",
            data.converter_capacity,
            lambda j: data.unit_of(int(data.converter_input[j])),
        ),
    ):
        block = problem.columns(block_name)
        if block is None or not len(ids):
            continue
        upper = compiled["col_upper"][block.start : block.stop]
        value = (
            solution.values[block.start : block.stop] if solution.values is not None else np.zeros(len(ids))
        )
        duals = solution.col_duals[block.start : block.stop]
        finite_upper = np.where(np.isfinite(upper), upper, 0.0)
        binding = (
            np.isfinite(upper)
            & (upper > 0)
            & (value >= finite_upper - 1e-7 * np.maximum(1, finite_upper))
            & (np.abs(duals) > 1e-9)
        )
        if family == "link_capacity":
            binding &= ~np.isnan(capacity)
        for j in np.flatnonzero(binding):
            dual = float(duals[j])
            worth = -dual / hours
            unit = unit_of(j)
            kind = "link" if family == "link_capacity" else "converter"
            names.append(constraint_name(family, ids[j]))
            records.append(
                {
                    "family": family,
                    "key": ids[j],
                    "shadow_price": dual,
                    "shadow_price_unit": f"{per_year} per {unit}",
                    "hourly_value": worth,
                    "hourly_unit": f"{per_hour} per {unit}",
                    "reading_en": f"one more {unit} of capacity on {kind} {ids[j]} is worth {_fmt(worth)} {per_hour}",
                    "reading_zh": f"{'连接' if kind == 'link' else '转换装置'}{ids[j]}每多1 {unit}能力，每小时价值{_fmt(worth)}{zh_unit}",
                }
            )
    if not records:
        return _empty(columns, "constraint")
    return pd.DataFrame(records, index=pd.Index(names, name="constraint"))[columns]


def _reduced_costs_frame(problem: LinearProblem, solution: Solution, flow_values: np.ndarray) -> pd.DataFrame:
    """Reduced cost of each unused candidate link, capex excluded.

    rc_l = c_l − Σ_r A_{r,l} π_r over every row but the build row (CNY/yr per
    unit/h); divided by hours it is how much cheaper per unit the link would
    have to be before the optimizer used it.
    """
    columns = [
        "reduced_cost",
        "unit",
        "per_unit",
        "per_unit_unit",
        "annual_capex",
        "reading_en",
        "reading_zh",
    ]
    if solution.row_duals is None:
        return _empty(columns, "link_id")
    data = problem.data
    block = problem.columns("flow")
    if block is None or not len(data.link_ids):
        return _empty(columns, "link_id")
    compiled = problem.compiled()
    duals = solution.row_duals.copy()
    build_rows = problem.rows("build_link")
    if build_rows is not None:
        duals[build_rows.start : build_rows.stop] = 0.0
    matrix = compiled["matrix"][:, block.start : block.stop]
    reduced = compiled["objective"][block.start : block.stop] - matrix.T @ duals
    unused = (~data.link_existing) & (flow_values <= FLOW_TOLERANCE) & data.link_allowed
    objective = problem.options.objective
    per_hour = OBJECTIVE_HOURLY_UNIT[objective]
    zh_unit = _ZH_HOURLY[per_hour]
    records = []
    ids = []
    for j in np.flatnonzero(unused & (reduced > 1e-9)):
        unit = CANONICAL_UNIT[data.link_medium[j]]
        amount_unit = unit.split("/")[0] if "/" in unit else "MWh"
        per_unit = float(reduced[j]) / data.hours
        money = per_hour.split("/")[0]
        ids.append(data.link_ids[j])
        capex = float(data.link_annual_capex[j])
        capex_note = (
            f", besides its capex of {_fmt(capex)} CNY/yr" if capex > 0 and objective == "cost" else ""
        )
        records.append(
            {
                "reduced_cost": float(reduced[j]),
                "unit": f"{OBJECTIVE_UNIT[objective]} per {unit}",
                "per_unit": per_unit,
                "per_unit_unit": f"{money}/{amount_unit}",
                "annual_capex": capex,
                "reading_en": f"link {data.link_ids[j]} would be used if it cost {_fmt(per_unit)} {money}/{amount_unit} less{capex_note}",
                "reading_zh": f"连接{data.link_ids[j]}若每{amount_unit}便宜{_fmt(per_unit)}{zh_unit}即会被使用",
            }
        )
    if not records:
        return _empty(columns, "link_id")
    return pd.DataFrame(records, index=pd.Index(ids, name="link_id"))[columns]
