"""Why a park is infeasible, in words a park manager understands (docs/design.md, "Results").

The park's problem is rebuilt with penalised slacks on every balance, blend
and capacity row (:func:`parkflow.optimize.problem.add_slack_variables`) and
solved; every slack left above zero is a constraint that had to give, and
:func:`diagnose` reports it by stream or link id and amount.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from parkflow.optimize.data import ParkData
from parkflow.optimize.options import SolveOptions
from parkflow.optimize.problem import BLEND_FAMILIES, LinearProblem, build_problem
from parkflow.optimize.solve import Cancel, solve

SLACK_TOLERANCE = 1e-6


@dataclass(frozen=True)
class Violation:
    """One constraint that had to give."""

    family: str
    key: str
    amount: float
    unit: str
    message: str
    interval: int | None = None
    #: the period it had to give in (a park with periods), else None
    period: str | None = None

    def to_document(self) -> dict[str, Any]:
        document = dataclasses.asdict(self)
        if self.period is None:  # one design point: the document as before periods existed
            del document["period"]
        return document


@dataclass(frozen=True)
class Diagnosis:
    """The constraints that had to give, largest first, and one line each."""

    violations: tuple[Violation, ...] = ()
    lines: list[str] = field(default_factory=list)

    def to_document(self) -> dict[str, Any]:
        return {"lines": list(self.lines), "violations": [v.to_document() for v in self.violations]}

    @classmethod
    def from_document(cls, document: dict[str, Any]) -> Diagnosis:
        violations = tuple(Violation(**item) for item in document.get("violations", []))
        return cls(violations, list(document.get("lines", [])))

    def streams(self) -> set[str]:
        return {v.key for v in self.violations}

    def __str__(self) -> str:
        return "\n".join(self.lines)


def diagnose(data: ParkData, options: SolveOptions, cancel: Cancel | None = None) -> Diagnosis:
    """Re-solve with penalised slacks and describe every slack that is used."""
    relaxed = dataclasses.replace(options, mode="lp", lp_capex="ignore")
    problem = build_problem(data, relaxed, diagnose=True)
    solution = solve(problem, cancel=cancel, want_duals=False)
    if solution.values is None:
        return Diagnosis(
            (),
            [
                "the park has no feasible operating point, and no single balance, blend "
                "or capacity explains it"
            ],
        )
    return describe(problem, solution.values)


def describe(problem: LinearProblem, values: np.ndarray) -> Diagnosis:
    data = problem.data
    totals: dict[tuple[str, Any], float] = {}
    for block in problem.column_blocks:
        family = block.family
        if family not in ("slack_up", "slack_down"):
            continue
        sign = 1.0 if family == "slack_up" else -1.0
        for (row_family, key), value in zip(block.keys, values[block.start : block.stop], strict=True):
            if value > SLACK_TOLERANCE:
                totals[(row_family, key)] = totals.get((row_family, key), 0.0) + sign * float(value)
    flows = problem.columns("flow")
    flow_values = values[flows.start : flows.stop] if flows is not None else np.zeros(0)
    violations: list[Violation] = []
    # heat intervals: aggregate per stream
    heat: dict[tuple[str, str], list[tuple[int, float]]] = {}
    for (family, key), amount in totals.items():
        if family in ("hot_cascade", "cold_cascade"):
            stream_id, interval = key
            heat.setdefault((family, str(stream_id)), []).append((int(interval), amount))
            continue
        violations.append(_describe_one(data, family, key, amount, flow_values))
    for (family, stream_id), parts in heat.items():
        violations.append(_describe_heat(problem, family, stream_id, parts))
    violations.sort(key=lambda v: -abs(v.amount))
    return Diagnosis(tuple(violations), [v.message for v in violations])


def _describe_one(data: ParkData, family: str, key: Any, amount: float, flow_values: np.ndarray) -> Violation:
    if family in ("source_balance", "sink_balance", *BLEND_FAMILIES):
        pos = data.stream_index[str(key)]
        label = data.label(pos)
        unit = data.unit_of(pos)
        stream = data.streams[pos]
    if family == "sink_balance":
        need = float(data.amount[pos])
        if pos in data.converter_of_stream:
            converter = data.converters[data.converter_of_stream[pos]]
            message = f"converter {converter.id} input {label} is off balance by {abs(amount):.4g} {unit}"
        elif amount > 0:  # more supply was needed than links and utility could give
            reason = (
                "no utility and its links lack"
                if not stream.utility
                else "its utility and links together lack"
            )
            message = (
                f"sink {label} could only be met to {need - amount:.4g} of {need:.4g} {unit}: "
                f"{reason} {amount:.4g} {unit}"
            )
        else:
            message = (
                f"sink {label} would receive {-amount:.4g} {unit} more than its demand of {need:.4g} {unit}"
            )
        return Violation(family, str(key), amount, unit, message)
    if family == "source_balance":
        available = float(data.amount[pos])
        if amount < 0:  # the source had to send less than all of it, but has a disposal that must take all
            message = (
                f"source {label} cannot get rid of {-amount:.4g} of its {available:.4g} {unit}: "
                "its links and disposal cannot take it all"
            )
        else:
            message = (
                f"source {label} would have to offer {amount:.4g} {unit} more than its "
                f"{available:.4g} {unit} to serve its links"
            )
        return Violation(family, str(key), amount, unit, message)
    if family in BLEND_FAMILIES:
        limit = data.quality_limit(pos, family)
        assert limit is not None
        field_name, is_minimum, value = limit
        demand = max(float(data.amount[pos]), 1e-12)
        gap = abs(amount) / demand
        what = {"purity_pct": "purity", "cod_mg_l": "COD", "nh3n_mg_l": "NH3-N"}.get(field_name, field_name)
        quality_unit = {"purity_pct": "%", "cod_mg_l": "mg/L", "nh3n_mg_l": "mg/L"}.get(field_name, "")
        achieved = value - gap if is_minimum else value + gap
        message = (
            f"the blend reaching sink {label} has {what} {achieved:.4g} {quality_unit}, "
            f"{'below its minimum' if is_minimum else 'above its maximum'} of {value:.4g} {quality_unit}: "
            f"no mix of its sources and utility meets it"
        )
        return Violation(family, str(key), amount, quality_unit, message)
    if family == "link_capacity":
        j = data.link_ids.index(str(key))
        unit = data.unit_of(int(data.link_source[j]))
        capacity = float(data.link_capacity[j])
        message = (
            f"link {key} would need to carry {capacity - amount:.4g} {unit}, "
            f"{-amount:.4g} {unit} above its capacity of {capacity:.4g} {unit}"
        )
        return Violation(family, str(key), amount, unit, message)
    if family == "converter_capacity":
        j = data.converter_ids.index(str(key))
        unit = data.unit_of(int(data.converter_input[j]))
        capacity = float(data.converter_capacity[j])
        message = (
            f"converter {key} would need an intake {-amount:.4g} {unit} above its capacity of "
            f"{capacity:.4g} {unit}"
        )
        return Violation(family, str(key), amount, unit, message)
    return Violation(family, str(key), amount, "", f"{family} {key} is off by {amount:.4g}")


def _describe_heat(
    problem: LinearProblem, family: str, stream_id: str, parts: list[tuple[int, float]]
) -> Violation:
    data = problem.data
    intervals = problem.intervals
    assert intervals is not None
    pos = data.stream_index[stream_id]
    label = data.label(pos)
    stream = data.streams[pos]
    total = sum(amount for _, amount in parts)
    tops = [intervals.top[i] for i, _ in parts]
    bottoms = [intervals.bottom[i] for i, _ in parts]
    span = f"{max(tops):g}–{min(bottoms):g} °C (shifted)"
    if family == "cold_cascade":
        if stream.utility:
            utility = data.utilities.get(stream.utility)
            why = (
                f"its utility {stream.utility} ({utility.temperature_c:g} °C) is not hot enough there and its links lack it"
                if utility is not None and utility.temperature_c is not None
                else "its links and utility lack it"
            )
        else:
            why = "it has no utility and its links lack it"
        message = f"cold stream {label} lacks {abs(total):.4g} MW of heat at {span}: {why}"
    else:
        if stream.disposal:
            disposal = data.disposals.get(stream.disposal)
            why = (
                f"its disposal {stream.disposal} ({disposal.temperature_c:g} °C) is too warm to take it and no link can"
                if disposal is not None and disposal.temperature_c is not None
                else "no link or disposal can take it"
            )
        else:
            why = "its links would need more heat than it releases there"
        message = f"hot stream {label} has {abs(total):.4g} MW at {span} that cannot be placed: {why}"
    return Violation(family, stream_id, total, "MW", message, interval=parts[0][0])
