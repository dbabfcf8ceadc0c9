"""A baseline against its alternatives: the comparison and the ``parkflow compare --json`` document."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from parkflow.report.compare.attribution import Attribution, attribute
from parkflow.report.compare.kpi_tables import (
    KpiComparison,
    KpiProvider,
    compare_breakdowns,
    compare_tables,
    default_kpi_provider,
)
from parkflow.report.compare.link_flows import LinkFlowChange, link_flow_changes
from parkflow.report.compare.park_diff import ParkDiff, diff_parks
from parkflow.report.compare.scenarios import ScenarioData, scenario_objective
from parkflow.report.compare.terms import ABS_TOLERANCE, KPI_KEYS, KPI_LABEL, KPI_UNIT, STATES, format_number


@dataclass
class Comparison:
    """Baseline ``a`` against alternative ``b``: inputs, KPIs and attribution."""

    a: ScenarioData
    b: ScenarioData
    diff: ParkDiff
    kpis: KpiComparison
    by_enterprise: dict[str, KpiComparison]
    by_medium: dict[str, KpiComparison]
    link_flows: list[LinkFlowChange]
    attribution: Attribution

    def is_identical(self) -> bool:
        """No input difference and every KPI delta zero."""
        return self.diff.is_empty() and all(
            pair.delta is None or abs(pair.delta) <= ABS_TOLERANCE
            for states in self.kpis.values()
            for pair in states.values()
        )

    def summary_lines(self, limit: int = 3) -> list[str]:
        """Plain-language lines on what drives the largest KPI changes."""
        lines: list[str] = []
        for kpi in KPI_KEYS:
            pairs = self.kpis.get(kpi)
            if not pairs:
                continue
            unit = KPI_UNIT.get(kpi, "")
            for state in STATES:
                pair = pairs[state]
                scale = max(1.0, abs(pair.a or 0.0))
                if pair.delta is None:
                    continue
                if abs(pair.delta) <= 1e-9 * scale:
                    # An unchanged optimized state still deserves a line when exchange absorbs an input change.
                    exchange = self.attribution.exchange.get(kpi)
                    if state != "optimized" or exchange is None or abs(exchange) <= 1e-9 * scale:
                        continue
                text = f"{KPI_LABEL[kpi]} ({state}): {format_number(pair.delta, signed=True)} {unit}"
                if state == "optimized":
                    exchange = self.attribution.exchange.get(kpi)
                    standalone = pairs["standalone"].delta
                    if exchange is not None and standalone is not None:
                        parts = []
                        if abs(standalone) > 1e-9 * scale:
                            parts.append(
                                f"{format_number(standalone, signed=True)} from the inputs (standalone Δ)"
                            )
                        if abs(exchange) > 1e-9 * scale:
                            parts.append(f"{format_number(exchange, signed=True)} from exchange")
                        text += " — " + " and ".join(parts)
                        links = (
                            self.attribution.link_drivers(kpi, limit) if abs(exchange) > 1e-9 * scale else []
                        )
                        if links:
                            text += (
                                " ("
                                + ", ".join(
                                    f"link {link_id} {format_number(value, signed=True)}"
                                    for link_id, value in links
                                )
                                + ")"
                            )
                else:
                    drivers = self.attribution.drivers(kpi, state, limit)
                    if drivers:
                        text += " — " + "; ".join(
                            f"{label} {format_number(value, signed=True)}" for label, value in drivers
                        )
                lines.append(text)
        return lines

    def to_dict(self) -> dict[str, Any]:
        """The JSON block of one alternative (``parkflow compare --json``)."""
        block: dict[str, Any] = {"a": _scenario_dict(self.a), "b": _scenario_dict(self.b)}
        block.update(self.diff.to_dict())
        block["kpis"] = {
            kpi: {state: pair.to_dict() for state, pair in states.items()}
            for kpi, states in self.kpis.items()
        }
        block["kpi_units"] = {kpi: KPI_UNIT.get(kpi, "") for kpi in self.kpis}
        block["by_enterprise"] = _comparison_dict(self.by_enterprise)
        block["by_medium"] = _comparison_dict(self.by_medium)
        block["link_flows"] = [change.to_dict() for change in self.link_flows]
        block["attribution"] = {
            "method": (
                "standalone and current: each change group applied to the baseline alone (one at a time); "
                "optimized: delta = standalone delta + exchange change; exchange_by_link splits the latter by what "
                "each link avoids against standalone (bookkeeping: re-optimized flows act jointly)"
            ),
            "groups": [
                {
                    "label": effect.group.label,
                    "members": [{"kind": kind, "id": entity_id} for kind, entity_id in effect.group.members],
                    "effects": effect.effects,
                }
                for effect in self.attribution.effects
            ],
            "interaction": self.attribution.interaction,
            "exchange": self.attribution.exchange,
            "exchange_by_link": self.attribution.link_effects,
            "notes": self.attribution.notes,
        }
        block["summary"] = self.summary_lines()
        return block


def _scenario_dict(scenario: ScenarioData) -> dict[str, Any]:
    return {
        "label": scenario.label,
        "file": str(scenario.path) if scenario.path else None,
        "park": scenario.park.name,
        "optimized_state": scenario.result_note or ("stored result" if scenario.has_result else "none"),
    }


def _comparison_dict(comparisons: Mapping[str, KpiComparison]) -> dict[str, Any]:
    return {
        key: {kpi: {state: pair.to_dict() for state, pair in states.items()} for kpi, states in table.items()}
        for key, table in comparisons.items()
    }


def compare_scenarios(
    a: ScenarioData,
    b: ScenarioData,
    kpi_provider: KpiProvider | None = None,
    attribute_changes: bool = True,
) -> Comparison:
    """Compare baseline ``a`` with alternative ``b`` (results prepared beforehand).

    KPIs of each scenario are computed once (kept in ``scenario.kpis``) with
    ``kpi_provider`` (default: :func:`default_kpi_provider`).
    """
    provider = kpi_provider or default_kpi_provider
    for scenario in (a, b):
        if scenario.kpis is None:
            scenario.kpis = provider(scenario.park, scenario.result)
    assert a.kpis is not None and b.kpis is not None
    diff = diff_parks(a.park, b.park)
    kpis = compare_tables(a.kpis.totals, b.kpis.totals)
    by_enterprise = compare_breakdowns(a.kpis.by_enterprise, b.kpis.by_enterprise)
    by_medium = compare_breakdowns(a.kpis.by_medium, b.kpis.by_medium)
    flows = link_flow_changes(a, b, diff)
    attribution = (
        attribute(a, b, diff, kpis, flows, provider)
        if attribute_changes and not diff.is_empty()
        else Attribution()
    )
    objective_a, objective_b = scenario_objective(a), scenario_objective(b)
    if objective_a and objective_b and objective_a != objective_b:
        attribution.notes.insert(
            0,
            f"the optimized states minimise different objectives ({a.label}: {objective_a}, "
            f"{b.label}: {objective_b}); their difference mixes the edits with the change of objective",
        )
    return Comparison(a, b, diff, kpis, by_enterprise, by_medium, flows, attribution)


def compare_many(
    baseline: ScenarioData,
    alternatives: Sequence[ScenarioData],
    kpi_provider: KpiProvider | None = None,
) -> list[Comparison]:
    """One baseline against N alternatives: one :class:`Comparison` each."""
    return [compare_scenarios(baseline, other, kpi_provider) for other in alternatives]


def comparisons_document(comparisons: Sequence[Comparison]) -> dict[str, Any]:
    """The ``parkflow compare --json`` document.

    Shape::

        {"baseline": {label, file, park, optimized_state},
         "comparisons": [block, …],          # one per alternative, in command-line order
         ...block}                           # only with exactly one alternative:
                                             # its block's keys also at the top level

    where each block is :meth:`Comparison.to_dict`: ``a``, ``b``,
    ``added``/``removed`` {kind: [row]}, ``changed`` {kind: [{id, fields:
    [{field, old, new, unit}]}]}, ``settings``, ``kpis`` {kpi: {state:
    {a, b, delta}}}, ``kpi_units``, ``by_enterprise``, ``by_medium``,
    ``link_flows``, ``attribution`` and ``summary``; and, when the files were
    appraised (:func:`appraise_scenario`), ``appraisal`` {label: {allocation,
    discount_rate_pct, links: [row], enterprises: [row], note}}.
    """
    if not comparisons:
        raise ValueError("nothing to compare")
    document: dict[str, Any] = {
        "baseline": _scenario_dict(comparisons[0].a),
        "comparisons": [comparison.to_dict() for comparison in comparisons],
    }
    if len(comparisons) == 1:
        for key, value in document["comparisons"][0].items():
            document.setdefault(key, value)
    appraisals = {
        scenario.label: scenario.appraisal
        for scenario in scenarios_of(comparisons)
        if scenario.appraisal is not None
    }
    if appraisals:
        document["appraisal"] = appraisals
    return document


def scenarios_of(comparisons: Sequence[Comparison]) -> list[ScenarioData]:
    """The baseline, then each alternative, as the comparisons list them."""
    return [comparisons[0].a, *(comparison.b for comparison in comparisons)] if comparisons else []
