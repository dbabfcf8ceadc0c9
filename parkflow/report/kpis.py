"""Accounting of the three states of a park (DESIGN §4): CO2, COD, energy, gas, water, cost.

For a :class:`~parkflow.model.state.FlowState` (rates per operating hour in
canonical units) every KPI is a sum of contributions, each annual
(× the park's hours per year):

* utility make-up u_k of sink k: u_k × per-unit value of its utility
  (typed numbers win, else its ``factor``, else the medium's defaults —
  :meth:`parkflow.model.factors.FactorLibrary.accounting_values`);
* disposal w_s of source s: w_s × per-unit value of its disposal; COD
  discharged = w_s × cod_mg_l × 10⁻⁶ × (1 − removal) when the disposal has
  ``cod_removal_pct``, else w_s × cod_t_per_unit; COD generated =
  w_s × the source's raw cod_mg_l × 10⁻⁶ when known (else = discharged);
* link l: x_l × variable cost, plus the annualised capex
  (capex × CRF(discount rate, lifetime)) of a candidate link that is built;
* cost also carries CO2 price × CO2 + COD price × COD discharged
  (DESIGN §3.4), so the optimized cost equals the ``cost`` objective.

Energy is tce with the electricity convention labelled (default: supply
coal rate 0.3055 kgce/kWh; a park switches by overriding
``electricity.kgce_per_kwh`` or passing ``electricity_convention``).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from parkflow.model.entities import CANONICAL_UNIT, LinkStatus, Medium, Park, Stream
from parkflow.model.factors import FactorLibrary, ProfileValues, default_library
from parkflow.model.physics import capital_recovery_factor
from parkflow.model.pipes import link_pipe
from parkflow.model.state import FlowState, current_state, standalone_state

#: KPI keys of DESIGN §6, in display order.
KPI_KEYS: tuple[str, ...] = (
    "co2_t_per_yr",
    "cod_generated_t_per_yr",
    "cod_discharged_t_per_yr",
    "energy_tce_per_yr",
    "natural_gas_nm3_per_yr",
    "fresh_water_t_per_yr",
    "cost_cny_per_yr",
)
#: English name, Chinese name and unit of each KPI.
KPI_LABELS: dict[str, tuple[str, str, str]] = {
    "co2_t_per_yr": ("CO2 emissions", "二氧化碳排放", "t/yr"),
    "cod_generated_t_per_yr": ("COD generated", "COD产生量", "t/yr"),
    "cod_discharged_t_per_yr": ("COD discharged", "COD排放量", "t/yr"),
    "energy_tce_per_yr": ("Energy", "综合能耗", "tce/yr"),
    "natural_gas_nm3_per_yr": ("Natural gas", "天然气", "Nm³/yr"),
    "fresh_water_t_per_yr": ("Fresh water", "新鲜水", "t/yr"),
    "cost_cny_per_yr": ("Cost", "成本", "CNY/yr"),
}
#: States of a park (DESIGN §4).
STATES: tuple[str, ...] = ("standalone", "current", "optimized")
STATE_LABELS: dict[str, tuple[str, str]] = {
    "standalone": ("Standalone", "独立运行"),
    "current": ("Current", "现状"),
    "optimized": ("Optimized", "优化后"),
}
#: t COD per t of water per mg/L (1 mg/L = 1 g/m³; 1 m³ = 1 t).
COD_T_PER_T_PER_MG_L = 1e-6
#: Flow below which a candidate link counts as not built.
BUILT_TOLERANCE = 1e-9
#: Electricity conventions a caller may choose, mapped to library keys.
ELECTRICITY_CONVENTIONS = {
    "supply_coal_rate": "electricity.kgce_supply_coal_rate",
    "energy_content": "electricity.kgce_energy_content",
}


def _zero() -> dict[str, float]:
    return {key: 0.0 for key in KPI_KEYS}


@dataclass(frozen=True)
class Contribution:
    """One annual contribution to a state's KPIs, with where it belongs."""

    category: str  # utility | disposal | link | capex
    item: str  # utility, disposal or link id
    stream: str
    enterprise: str
    medium: str
    link: str
    values: dict[str, float]


class Accounting:
    """Per-unit values of a park's utilities and disposals, prepared once.

    Parameters
    ----------
    park:
        The park; its factor region, year and overrides select the factors.
    library:
        A factor library (default: the shipped one); ``for_park`` is applied.
    electricity_convention:
        ``"supply_coal_rate"`` or ``"energy_content"`` to force the tce
        convention of electricity; ``None`` keeps the library's (default
        supply coal rate, or the park's override).
    """

    def __init__(
        self,
        park: Park,
        library: FactorLibrary | None = None,
        electricity_convention: str | None = None,
    ) -> None:
        self.park = park
        base = (library or default_library()).for_park(park)
        if electricity_convention is not None:
            if electricity_convention not in ELECTRICITY_CONVENTIONS:
                raise ValueError(
                    f"electricity convention {electricity_convention!r}: use one of "
                    f"{', '.join(ELECTRICITY_CONVENTIONS)}"
                )
            base = base.with_overrides(
                {"electricity.kgce_per_kwh": base.value(ELECTRICITY_CONVENTIONS[electricity_convention])}
            )
        self.library = base
        self.hours = float(park.hours_per_year or 0.0)
        self.utility_values: dict[str, ProfileValues] = {
            uid: self.library.accounting_values(utility) for uid, utility in park.utilities.items()
        }
        self.disposal_values: dict[str, ProfileValues] = {
            did: self.library.accounting_values(disposal) for did, disposal in park.disposals.items()
        }
        self.convention_en, self.convention_zh = self.library.electricity_convention()
        self.converter_inputs = park.converter_of_input()
        self.problems = self.library.factor_problems(park)

    # -- per-unit values of a stream's utility or disposal -------------------
    def sink_values(self, sink: Stream) -> dict[str, float] | None:
        """KPI values of one canonical unit of make-up for ``sink`` (None: no utility)."""
        if not sink.utility or sink.id in self.converter_inputs or sink.utility not in self.utility_values:
            return None
        values = self.utility_values[sink.utility]
        co2 = values.co2_t
        cod = values.cod_t
        cost = (values.cost_cny or 0.0) + self._priced(co2, cod)
        return {
            "co2_t_per_yr": co2,
            "cod_generated_t_per_yr": cod,
            "cod_discharged_t_per_yr": cod,
            "energy_tce_per_yr": values.energy_tce,
            "natural_gas_nm3_per_yr": values.natural_gas_nm3,
            "fresh_water_t_per_yr": values.fresh_water_t,
            "cost_cny_per_yr": cost,
        }

    def source_values(self, source: Stream) -> dict[str, float] | None:
        """KPI values of one canonical unit of ``source`` sent to its disposal."""
        if not source.disposal or source.disposal not in self.disposal_values:
            return None
        disposal = self.park.disposals[source.disposal]
        values = self.disposal_values[source.disposal]
        if disposal.cod_removal_pct is not None:
            concentration = source.cod_mg_l or 0.0
            discharged = concentration * COD_T_PER_T_PER_MG_L * (1.0 - disposal.cod_removal_pct / 100.0)
        else:
            discharged = values.cod_t
        if source.cod_mg_l is not None and source.medium is Medium.WATER:
            generated = source.cod_mg_l * COD_T_PER_T_PER_MG_L
        else:
            generated = discharged
        cost = (values.cost_cny or 0.0) + self._priced(values.co2_t, discharged)
        return {
            "co2_t_per_yr": values.co2_t,
            "cod_generated_t_per_yr": generated,
            "cod_discharged_t_per_yr": discharged,
            "energy_tce_per_yr": values.energy_tce,
            "natural_gas_nm3_per_yr": values.natural_gas_nm3,
            "fresh_water_t_per_yr": values.fresh_water_t,
            "cost_cny_per_yr": cost,
        }

    def _priced(self, co2_t: float, cod_t: float) -> float:
        return (self.park.co2_price_cny_per_t or 0.0) * co2_t + (self.park.cod_price_cny_per_t or 0.0) * cod_t

    def annual_capex(self, link_id: str) -> float:
        """Annualised capex of a candidate link, CNY/yr (0 without capex or lifetime)."""
        link = self.park.links.get(link_id)
        if link is None or link.status is LinkStatus.EXISTING:
            return 0.0
        if not link.lifetime_yr or link.lifetime_yr <= 0:
            return 0.0  # same rule as the optimizer: no lifetime, no annuity
        capex = link.capex_cny
        source, sink = self.park.streams.get(link.source), self.park.streams.get(link.sink)
        if capex is None and source is not None and sink is not None:
            capex = link_pipe(self.park, link, source, sink).capex_cny  # blank: priced from the site
        if not capex:
            return 0.0
        return float(capex) * capital_recovery_factor(self.park.discount_rate_pct or 0.0, link.lifetime_yr)

    # -- contributions -----------------------------------------------------
    def contributions(self, state: FlowState, built: Iterable[str] | None = None) -> list[Contribution]:
        """Every annual contribution of ``state`` (see the module docstring)."""
        park = self.park
        hours = self.hours
        out: list[Contribution] = []
        for sink_id, rate in state.utility_use.items():
            sink = park.streams.get(sink_id)
            if sink is None or not rate:
                continue
            per_unit = self.sink_values(sink)
            if per_unit is None:
                continue
            out.append(Contribution("utility", sink.utility, sink.id, sink.enterprise, sink.medium.value, "",
                                    {k: v * rate * hours for k, v in per_unit.items()}))
        for source_id, rate in state.disposal_use.items():
            source = park.streams.get(source_id)
            if source is None or not rate:
                continue
            per_unit = self.source_values(source)
            if per_unit is None:
                continue
            out.append(Contribution("disposal", source.disposal, source.id, source.enterprise,
                                    source.medium.value, "", {k: v * rate * hours for k, v in per_unit.items()}))
        built_links = set(built) if built is not None else {
            lid for lid, flow in state.link_flows.items() if flow.amount > BUILT_TOLERANCE
        }
        for link_id, flow in state.link_flows.items():
            link = park.links.get(link_id)
            source = park.streams.get(flow.source)
            medium = source.medium.value if source is not None else ""
            enterprise = source.enterprise if source is not None else ""
            cost = float(link.cost_cny_per_unit or 0.0) * flow.amount * hours if link is not None else 0.0
            if cost:
                values = _zero()
                values["cost_cny_per_yr"] = cost
                out.append(Contribution("link", link_id, flow.source, enterprise, medium, link_id, values))
        for link_id in sorted(built_links):
            capex = self.annual_capex(link_id)
            if capex:
                link = park.links[link_id]
                source = park.streams.get(link.source)
                values = _zero()
                values["cost_cny_per_yr"] = capex
                out.append(Contribution("capex", link_id, link.source, source.enterprise if source else "",
                                        source.medium.value if source else "", link_id, values))
        return out

    def totals(self, state: FlowState, built: Iterable[str] | None = None) -> dict[str, float]:
        """Annual KPI totals of ``state``."""
        totals = _zero()
        for contribution in self.contributions(state, built):
            for key, value in contribution.values.items():
                totals[key] += value
        return totals

    def link_attribution(self, state: FlowState, built: Iterable[str] | None = None) -> pd.DataFrame:
        """What each link avoids compared with standalone, per year (index ``link_id``).

        avoided = a_l x_l × (sink's utility per unit) + x_l × (source's
        disposal per unit) − link cost − annualised capex; flows in the
        source's canonical unit.  Sums of these rows plus the ``(other)``
        row (converter outputs sent to disposal, over-delivery) equal
        standalone − state.
        """
        park = self.park
        hours = self.hours
        built_links = set(built) if built is not None else {
            lid for lid, flow in state.link_flows.items() if flow.amount > BUILT_TOLERANCE
        }
        converter_outputs = park.converter_of_output()
        rows: list[dict[str, Any]] = []
        for link_id, flow in state.link_flows.items():
            source = park.streams.get(flow.source)
            sink = park.streams.get(flow.sink)
            avoided = _zero()
            if sink is not None:
                per_unit = self.sink_values(sink)
                if per_unit is not None:
                    for key, value in per_unit.items():
                        avoided[key] += value * flow.gain * flow.amount * hours
            if source is not None and source.id not in converter_outputs:
                per_unit = self.source_values(source)
                if per_unit is not None:
                    for key, value in per_unit.items():
                        avoided[key] += value * flow.amount * hours
            link = park.links.get(link_id)
            if link is not None:
                avoided["cost_cny_per_yr"] -= float(link.cost_cny_per_unit or 0.0) * flow.amount * hours
            if link_id in built_links:
                avoided["cost_cny_per_yr"] -= self.annual_capex(link_id)
            medium = source.medium if source is not None else None
            rows.append({
                "link_id": link_id,
                "source": flow.source,
                "sink": flow.sink,
                "source_enterprise": source.enterprise if source else "",
                "sink_enterprise": sink.enterprise if sink else "",
                "medium": medium.value if medium else "",
                "status": link.status.value if link is not None else "candidate",
                "flow": flow.amount,
                "unit": CANONICAL_UNIT[medium] if medium else "",
                "flow_per_yr": flow.amount * hours,
                **{f"avoided_{key}": value for key, value in avoided.items()},
            })
        frame = pd.DataFrame(rows)
        if frame.empty:
            frame = pd.DataFrame(columns=["link_id", "source", "sink", "source_enterprise", "sink_enterprise",
                                          "medium", "status", "flow", "unit", "flow_per_yr",
                                          *[f"avoided_{k}" for k in KPI_KEYS]])
        return frame.set_index("link_id")


def _built_from_result(result: Any) -> set[str] | None:
    """Candidate links built in an optimization result (None: decide by flow)."""
    flows = getattr(result, "flows", None)
    if isinstance(flows, pd.DataFrame) and "built" in flows.columns:
        built = flows["built"].fillna(0).astype(float)
        return {str(index) for index, value in built.items() if value > 0.5}
    return None


#: KPIs that only utilities and disposals carry, with the ProfileValues field that does.
_COUNTED_THROUGH_UTILITIES: dict[str, str] = {
    "natural_gas_nm3_per_yr": "natural_gas_nm3",
    "fresh_water_t_per_yr": "fresh_water_t",
}


@dataclass
class KpiTable:
    """KPIs of the park's states, their reductions, and how they were computed."""

    values: dict[str, dict[str, float | None]]
    states: dict[str, FlowState]
    accounting: Accounting
    built: dict[str, set[str] | None] = field(default_factory=dict)

    @property
    def library(self) -> FactorLibrary:
        return self.accounting.library

    @property
    def electricity_convention(self) -> str:
        return self.accounting.convention_en

    @property
    def has_optimized(self) -> bool:
        return "optimized" in self.states

    def as_dict(self) -> dict[str, dict[str, float | None]]:
        """DESIGN §6 ``kpis``: each key with standalone, current, optimized (None without a result)."""
        return {
            key: {state: self.values[key].get(state) for state in STATES}
            for key in KPI_KEYS
        }

    def not_modelled(self) -> list[str]:
        """KPI keys the park cannot count: no utility or disposal carries the quantity.

        Natural gas and fresh water are counted only through the utilities
        (and disposals) that use them; a park that models neither shows 0 in
        every state, which means "not counted", not "none used".
        """
        accounting = self.accounting
        rows = list(accounting.utility_values.values()) + list(accounting.disposal_values.values())
        return [
            key for key, field_name in _COUNTED_THROUGH_UTILITIES.items()
            if not any(getattr(row, field_name, 0.0) for row in rows)
        ]

    def reduction(self, key: str, frm: str = "standalone", to: str = "optimized") -> float | None:
        """``frm`` − ``to`` for one KPI (positive: ``to`` is lower)."""
        before, after = self.values[key].get(frm), self.values[key].get(to)
        if before is None or after is None:
            return None
        return before - after

    def frame(self) -> pd.DataFrame:
        """One row per KPI (index ``kpi``): unit, each state, reductions."""
        rows = []
        for key in KPI_KEYS:
            english, chinese, unit = KPI_LABELS[key]
            row: dict[str, Any] = {"kpi": key, "name": english, "name_zh": chinese, "unit": unit}
            for state in STATES:
                row[state] = self.values[key].get(state)
            row["reduction_current"] = self.reduction(key, "standalone", "current")
            row["reduction_optimized"] = self.reduction(key, "standalone", "optimized")
            row["reduction_optimized_vs_current"] = self.reduction(key, "current", "optimized")
            rows.append(row)
        return pd.DataFrame(rows).set_index("kpi")

    def synergy(self, state: str = "optimized", pollution: str = "cod_discharged_t_per_yr") -> float | None:
        """Pollution–carbon synergy elasticity Els = (ΔP/P)/(ΔC/C) against standalone.

        ΔP and ΔC are reductions from standalone; Els > 0 when pollution and
        CO2 fall together.  None when a base is zero or CO2 does not change.
        """
        return synergy_elasticity(
            self.values[pollution].get("standalone"), self.values[pollution].get(state),
            self.values["co2_t_per_yr"].get("standalone"), self.values["co2_t_per_yr"].get(state),
        )


def synergy_elasticity(
    pollution_before: float | None,
    pollution_after: float | None,
    co2_before: float | None,
    co2_after: float | None,
) -> float | None:
    """Els = (ΔP/P)/(ΔC/C) with Δ = before − after (FACTORS.md, 环综合〔2022〕42号 context)."""
    if None in (pollution_before, pollution_after, co2_before, co2_after):
        return None
    assert pollution_before is not None and pollution_after is not None
    assert co2_before is not None and co2_after is not None
    if abs(pollution_before) < 1e-12 or abs(co2_before) < 1e-12:
        return None
    co2_change = (co2_before - co2_after) / co2_before
    if abs(co2_change) < 1e-12:
        return None
    return ((pollution_before - pollution_after) / pollution_before) / co2_change


def compute_kpis(
    park: Park,
    states: Mapping[str, FlowState] | Iterable[FlowState],
    library: FactorLibrary | None = None,
    built: Mapping[str, set[str] | None] | None = None,
    electricity_convention: str | None = None,
) -> KpiTable:
    """KPIs of the given states (a mapping name → state, or states named by ``.name``)."""
    named = dict(states) if isinstance(states, Mapping) else {state.name: state for state in states}
    accounting = Accounting(park, library, electricity_convention)
    built = dict(built or {})
    values: dict[str, dict[str, float | None]] = {key: {} for key in KPI_KEYS}
    for name, state in named.items():
        totals = accounting.totals(state, built.get(name))
        for key in KPI_KEYS:
            values[key][name] = totals[key]
    return KpiTable(values=values, states=named, accounting=accounting, built=built)


def _states(park: Park, result: Any | None) -> tuple[dict[str, FlowState], dict[str, set[str] | None]]:
    states = {"standalone": standalone_state(park), "current": current_state(park)}
    built: dict[str, set[str] | None] = {}
    if result is not None:
        states["optimized"] = result.to_state()
        built["optimized"] = _built_from_result(result)
    return states, built


def park_kpis(
    park: Park,
    result: Any | None = None,
    library: FactorLibrary | None = None,
    electricity_convention: str | None = None,
) -> KpiTable:
    """KPIs of the standalone, current and (with ``result``) optimized park.

    ``result`` is an :class:`parkflow.optimize.OptimizationResult` (anything
    with ``to_state()``).  ``as_dict()`` gives the DESIGN §6 ``kpis`` block.
    """
    states, built = _states(park, result)
    return compute_kpis(park, states, library, built, electricity_convention)


def kpis_for_state(
    park: Park, state: FlowState, library: FactorLibrary | None = None, built: Iterable[str] | None = None
) -> dict[str, float]:
    """Annual KPI totals of one state."""
    return Accounting(park, library).totals(state, built)


def _grouped(table: KpiTable, attribute: str) -> pd.DataFrame:
    columns = pd.MultiIndex.from_product([KPI_KEYS, list(table.states)], names=["kpi", "state"])
    sums: dict[str, dict[tuple[str, str], float]] = defaultdict(dict)
    for state_name, state in table.states.items():
        for contribution in table.accounting.contributions(state, table.built.get(state_name)):
            group = getattr(contribution, attribute)
            if contribution.category in ("link", "capex") and attribute == "enterprise":
                group = "(links)"
            for key, value in contribution.values.items():
                cell = (key, state_name)
                sums[group][cell] = sums[group].get(cell, 0.0) + value
    frame = pd.DataFrame.from_dict(sums, orient="index").reindex(columns=columns).fillna(0.0)
    frame.index.name = attribute
    return frame.sort_index()


def breakdown_by_enterprise(park: Park, result: Any | None = None, table: KpiTable | None = None) -> pd.DataFrame:
    """KPIs per enterprise (index ``enterprise``; columns (kpi, state)).

    Utilities count for the sink's enterprise, disposals for the source's;
    link costs and annualised capex form the ``(links)`` row.
    """
    return _grouped(table or park_kpis(park, result), "enterprise")


def breakdown_by_medium(park: Park, result: Any | None = None, table: KpiTable | None = None) -> pd.DataFrame:
    """KPIs per medium (index ``medium``; columns (kpi, state)); links by their source medium."""
    return _grouped(table or park_kpis(park, result), "medium")


def breakdown_by_link(
    park: Park, result: Any | None = None, state: str = "optimized", table: KpiTable | None = None
) -> pd.DataFrame:
    """What each link of ``state`` avoids against standalone (index ``link_id``).

    Adds an ``(other)`` row so that the rows sum to standalone − state.
    Falls back to the current state when there is no optimized one.
    """
    table = table or park_kpis(park, result)
    if state not in table.states:
        state = "current"
    frame = table.accounting.link_attribution(table.states[state], table.built.get(state))
    residual = {}
    for key in KPI_KEYS:
        total = (table.reduction(key, "standalone", state) or 0.0)
        attributed = float(frame[f"avoided_{key}"].sum()) if not frame.empty else 0.0
        residual[f"avoided_{key}"] = total - attributed
    scale = max(1.0, *(abs(v) for v in table.values["cost_cny_per_yr"].values() if v is not None))
    if any(abs(value) > 1e-9 * scale for value in residual.values()):
        other = pd.DataFrame([{**{c: "" for c in frame.columns if not c.startswith("avoided_")},
                               "flow": math.nan, "flow_per_yr": math.nan, **residual}],
                             index=pd.Index(["(other)"], name="link_id"))
        frame = pd.concat([frame, other[frame.columns]]) if not frame.empty else other
    return frame
