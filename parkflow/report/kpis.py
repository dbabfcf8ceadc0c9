"""Accounting of the three states of a park: CO2 by scope, COD with its balance, energy, cost.

For a :class:`~parkflow.model.state.FlowState` (rates per operating hour in
canonical units) every KPI is a sum of annual contributions, each a flow ×
its per-unit figures (:class:`parkflow.model.unit_figures.UnitRules`, the
rules the optimizer's objectives use too) × the operating hours of the
enterprise it belongs to:

* ``utility``: make-up u_k of sink k (its cost, CO2 in its scope, energy,
  gas, fresh water, and the effluent of the water it brings);
* ``disposal``: w_s of source s (cost, CO2, energy; the source's COD through
  the disposal's treatment);
* ``burden``: what source s costs and emits per unit sent over links (and CO2
  sent as a product, which is still emitted);
* ``effluent``: the water and COD links bring to a water sink, leaving
  through its effluent route or retained;
* ``link``: x_l × variable cost; ``capex``: annualised capex of a candidate
  link that is built;
* ``kept``: COD of source flow that stays unused at a source without disposal.

Cost also carries CO2 price × CO2 (scope 1 + 2) + COD price × COD discharged,
so the optimized cost equals the ``cost`` objective.  Every state has a COD
balance: in = discharged + removed + retained + kept at sources.

Energy is tce on the park's electricity basis (calorific equivalent by
default); :attr:`KpiTable.energy_other_basis` holds the same figure on the
other basis, which reports show beside it.
"""

from __future__ import annotations

import dataclasses
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from parkflow.model.entities import (
    AIR_POLLUTANTS,
    CANONICAL_UNIT,
    WATER_POLLUTANTS,
    ElectricityTceBasis,
    LinkStatus,
    Park,
    Period,
    Stream,
)
from parkflow.model.factors import FactorLibrary, ProfileValues, default_library
from parkflow.model.periods import period_parks
from parkflow.model.physics import capital_recovery_factor
from parkflow.model.pipes import link_pipe
from parkflow.model.state import FlowState, current_state, source_available, standalone_state
from parkflow.model.unit_figures import (
    UnitFigures,
    UnitRules,
    carries_water_pollutants,
    link_carries_water_pollutants,
)
from parkflow.report.catalogue import CATALOGUE, INTENSITY_KEYS, KPI_KEYS, PERMIT_SURPLUS_KEYS

#: English name, Chinese name and unit of each KPI (read from the catalogue).
KPI_LABELS: dict[str, tuple[str, str, str]] = {
    definition.key: (definition.label_en, definition.label_zh, definition.unit) for definition in CATALOGUE
}
#: States of a park (docs/design.md, "Accounting").
STATES: tuple[str, ...] = ("standalone", "current", "optimized")
STATE_LABELS: dict[str, tuple[str, str]] = {
    "standalone": ("Standalone", "独立运行"),
    "current": ("Current", "现状"),
    "optimized": ("Optimized", "优化后"),
}
#: Flow below which a candidate link counts as not built.
BUILT_TOLERANCE = 1e-9
#: Electricity conventions a caller may choose, mapped to the basis they mean.
ELECTRICITY_CONVENTIONS: dict[str, ElectricityTceBasis] = {
    "supply_coal_rate": ElectricityTceBasis.GENERATION,
    "energy_content": ElectricityTceBasis.CALORIFIC,
    "generation": ElectricityTceBasis.GENERATION,
    "calorific": ElectricityTceBasis.CALORIFIC,
}
#: Keys of a water pollutant's balance (COD, NH3-N), in the order reports show them.
COD_BALANCE_KEYS: tuple[str, ...] = ("in", "discharged", "removed", "retained", "kept_at_sources", "residual")
#: Parts of a balance that a unit of flow carries (the rest are sums).
_FLOW_PARTS: tuple[str, ...] = ("in", "discharged", "removed", "retained")


def _zero() -> dict[str, float]:
    return {key: 0.0 for key in KPI_KEYS}


def _zero_balance() -> dict[str, float]:
    return {key: 0.0 for key in COD_BALANCE_KEYS}


@dataclass(frozen=True)
class Contribution:
    """One annual contribution to a state's KPIs, with where it belongs and how it was computed.

    ``amount`` × ``hours`` is the annual quantity (canonical unit ``unit``);
    ``values`` are its KPI figures, ``water`` its share of each water
    pollutant's balance (``{"cod": {"in": …}, "nh3n": {…}}``).
    """

    category: str  # utility | disposal | burden | effluent | link | capex | kept
    item: str  # utility, disposal, link or stream id
    stream: str
    enterprise: str
    medium: str
    link: str
    values: dict[str, float]
    amount: float = 0.0
    unit: str = ""
    hours: float = 0.0
    water: dict[str, dict[str, float]] = field(default_factory=dict)
    #: the period it belongs to (a park with periods; "" for capex over the whole year and without periods)
    period: str = ""

    @property
    def cod(self) -> dict[str, float]:
        """Its share of the COD balance."""
        return self.water.get("cod", {})


class Accounting:
    """Per-unit figures of a park's flows, prepared once, and the contributions of a state.

    Parameters
    ----------
    park:
        The park; its factor region, year, overrides and electricity basis select the factors.
    library:
        A factor library (default: the shipped one); ``for_park`` is applied.
    electricity_convention:
        ``"calorific"``/``"energy_content"`` or ``"generation"``/``"supply_coal_rate"``
        to force the electricity basis; ``None`` keeps the park's.
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
            base = base.with_electricity_basis(ELECTRICITY_CONVENTIONS[electricity_convention])
        self.library = base
        self.basis = base.electricity_basis
        self.rules = UnitRules(park, base)
        self.hours = float(park.hours_per_year or 0.0)
        self.utility_values: dict[str, ProfileValues] = self.rules.utility_values
        self.disposal_values: dict[str, ProfileValues] = self.rules.disposal_values
        self.convention_en, self.convention_zh = self.library.electricity_convention()
        self.converter_inputs = park.converter_of_input()
        self.problems = self.library.factor_problems(park)
        #: a park with periods: each period's derived park's accounting (sheet order), whose
        #: figures are annual for that period's hours; the park's are their sums
        self.period_accountings: list[tuple[Period, Accounting]] = [
            (period, Accounting(derived, library, electricity_convention))
            for period, derived in period_parks(park)
        ]

    # -- KPI figures of one unit -------------------------------------------
    def kpi_values(self, figures: UnitFigures, scale: float = 1.0) -> dict[str, float]:
        """KPI values of ``scale`` units with ``figures`` (cost includes priced CO2 and COD)."""
        co2 = figures.co2_t
        water_equivalents = self.rules.water_equivalents_of(figures)
        air_equivalents = self.rules.air_equivalents_of(figures)
        tax = self.rules.tax_cny(figures)
        return {
            "co2_t_per_yr": scale * co2,
            "co2_scope1_t_per_yr": scale * figures.co2_scope1_t,
            "co2_scope2_t_per_yr": scale * figures.co2_scope2_t,
            "co2_upstream_t_per_yr": scale * figures.co2_scope3_t,
            "co2_utilised_t_per_yr": scale * figures.co2_utilised_t,
            **{
                f"{pollutant.key}_{part}_t_per_yr": scale * figures.water(pollutant.key, part)
                for pollutant in WATER_POLLUTANTS
                for part in ("generated", "discharged")
            },
            **{
                f"{pollutant.key}_t_per_yr": scale * getattr(figures, f"{pollutant.key}_t")
                for pollutant in AIR_POLLUTANTS
            },
            "water_pollution_equivalents_per_yr": scale * water_equivalents,
            "air_pollution_equivalents_per_yr": scale * air_equivalents,
            "environmental_tax_cny_per_yr": scale * tax,
            "energy_tce_per_yr": scale * figures.energy_tce,
            "natural_gas_nm3_per_yr": scale * figures.natural_gas_nm3,
            "fresh_water_t_per_yr": scale * figures.fresh_water_t,
            "cost_cny_per_yr": scale
            * (
                figures.cost_cny
                + self._priced(co2, figures.cod_discharged_t)
                + (tax if self.rules.tax_in_cost else 0.0)
            ),
        }

    @staticmethod
    def _balance(figures: UnitFigures, scale: float) -> dict[str, dict[str, float]]:
        return {
            pollutant.key: {part: scale * figures.water(pollutant.key, part) for part in _FLOW_PARTS}
            for pollutant in WATER_POLLUTANTS
        }

    def sink_values(self, sink: Stream) -> dict[str, float] | None:
        """KPI values of one canonical unit of make-up for ``sink`` (None: no utility)."""
        figures = self.rules.utility(sink)
        return None if figures is None else self.kpi_values(figures)

    def source_values(self, source: Stream) -> dict[str, float] | None:
        """KPI values of one canonical unit of ``source`` sent to its disposal."""
        figures = self.rules.disposal(source)
        return None if figures is None else self.kpi_values(figures)

    def _priced(self, co2_t: float, cod_t: float) -> float:
        return (self.park.co2_price_cny_per_t or 0.0) * co2_t + (self.park.cod_price_cny_per_t or 0.0) * cod_t

    def annual_capex(self, link_id: str) -> float:
        """Annualised capex of a candidate link or storage, CNY/yr (0 without capex or lifetime).

        A park with periods: of its one pipe, sized for the largest period (the optimizer's rule); a
        storage is built once for all periods.
        """
        storage = self.park.storages.get(link_id)
        if storage is not None:
            if storage.status is LinkStatus.EXISTING or not storage.lifetime_yr or storage.lifetime_yr <= 0:
                return 0.0
            return float(storage.capex_cny or 0.0) * capital_recovery_factor(
                self.park.discount_rate_pct or 0.0, storage.lifetime_yr
            )
        if self.period_accountings:
            return max(accounting.annual_capex(link_id) for _, accounting in self.period_accountings)
        link = self.park.links.get(link_id)
        if link is None or link.status is LinkStatus.EXISTING:
            return 0.0
        if not link.lifetime_yr or link.lifetime_yr <= 0:
            return 0.0  # same rule as the optimizer: no lifetime, no annuity
        capex = self.link_capex(link_id)
        if not capex:
            return 0.0
        return capex * capital_recovery_factor(self.park.discount_rate_pct or 0.0, link.lifetime_yr)

    def link_capex(self, link_id: str) -> float:
        """Capital cost of a candidate link, CNY: typed, else priced from the site (0 for existing links)."""
        link = self.park.links.get(link_id)
        if link is None or link.status is LinkStatus.EXISTING:
            return 0.0
        capex = link.capex_cny
        source, sink = self.park.streams.get(link.source), self.park.streams.get(link.sink)
        if capex is None and source is not None and sink is not None:
            capex = link_pipe(self.park, link, source, sink).capex_cny  # blank: priced from the site
        return float(capex or 0.0)

    def _hours(self, stream: Stream | None) -> float:
        return self.park.hours_of(stream.enterprise) if stream is not None else self.hours

    # -- contributions -----------------------------------------------------
    def period_share(self, period: str | None) -> float:
        """The share of the year's hours that ``period`` stands for (1 for the year, ``None``)."""
        if period is None:
            return 1.0
        hours = {p.id: float(p.hours or 0.0) for p, _ in self.period_accountings}
        if period not in hours:
            known = ", ".join(hours) or "none: the park has no periods"
            raise ValueError(f"period {period!r} is not one of the park's periods ({known})")
        return hours[period] / (sum(hours.values()) or 1.0)

    def contributions(
        self,
        state: FlowState,
        built: Iterable[str] | None = None,
        period: str | None = None,
        *,
        capex: bool = True,
    ) -> list[Contribution]:
        """Every annual contribution of ``state`` (see the module docstring).

        A park with periods: the sum over its periods of each derived park's
        contributions with that period's state (``state.periods``; a state
        without them runs its rates in every period), and the capex of each
        built link once.  ``period`` keeps that period's share of the year:
        its contributions, and the capex × its share of the hours, so the
        periods add up to the year.
        """
        if self.period_accountings or period is not None:
            return self._period_contributions(state, built, period)
        built_links = (
            set(built)
            if built is not None
            else {lid for lid, flow in state.link_flows.items() if flow.amount > BUILT_TOLERANCE}
        )
        return [
            *self._utility_contributions(state),
            *self._disposal_contributions(state),
            *self._link_contributions(state),
            *(self._capex_contributions(built_links) if capex else ()),
            *self._kept_contributions(state),
        ]

    def _sent(self, state: FlowState) -> dict[str, float]:
        """What each source sends to its disposal and over links, per hour."""
        sent: dict[str, float] = defaultdict(float)
        for source_id, rate in state.disposal_use.items():
            if source_id in self.park.streams and rate:
                sent[source_id] += rate
        for flow in state.link_flows.values():
            if flow.source in self.park.streams and flow.amount:
                sent[flow.source] += flow.amount
        return sent

    def _contribution(
        self,
        category: str,
        item: str,
        stream: Stream,
        figures: UnitFigures,
        rate: float,
        hours: float,
        link: str = "",
    ) -> Contribution:
        """``rate`` per hour of ``figures`` over ``hours``, counted at ``stream``'s enterprise."""
        scale = rate * hours
        return Contribution(
            category,
            item,
            stream.id,
            stream.enterprise,
            stream.medium.value,
            link,
            self.kpi_values(figures, scale),
            rate,
            CANONICAL_UNIT[stream.medium],
            hours,
            self._balance(figures, scale),
        )

    def _utility_contributions(self, state: FlowState) -> Iterator[Contribution]:
        """The make-up each sink takes from its utility."""
        for sink_id, rate in state.utility_use.items():
            sink = self.park.streams.get(sink_id)
            if sink is None or not rate:
                continue
            figures = self.rules.utility(sink)
            if figures is not None:
                yield self._contribution("utility", sink.utility, sink, figures, rate, self._hours(sink))

    def _disposal_contributions(self, state: FlowState) -> Iterator[Contribution]:
        """What each source sends to its disposal."""
        for source_id, rate in state.disposal_use.items():
            source = self.park.streams.get(source_id)
            if source is None or not rate:
                continue
            figures = self.rules.disposal(source)
            if figures is not None:
                yield self._contribution(
                    "disposal", source.disposal, source, figures, rate, self._hours(source)
                )

    def _link_contributions(self, state: FlowState) -> Iterator[Contribution]:
        """Each link's variable cost, its source's burden and the effluent of the water it delivers."""
        park, rules = self.park, self.rules
        for link_id, flow in state.link_flows.items():
            source = park.streams.get(flow.source)
            sink = park.streams.get(flow.sink)
            if source is None or not flow.amount:
                continue
            hours = self._hours(source)
            link = park.links.get(link_id)
            cost = float(link.cost_cny_per_unit or 0.0) if link is not None else 0.0
            if cost:
                yield self._contribution(
                    "link", link_id, source, UnitFigures(cost_cny=cost), flow.amount, hours, link_id
                )
            burden = rules.burden(source)
            if burden != UnitFigures():
                yield self._contribution("burden", source.id, source, burden, flow.amount, hours, link_id)
            if sink is not None and link_carries_water_pollutants(source, sink):
                effluent = rules.effluent(sink, flow.gain, rules.source_load(source))
                if effluent != UnitFigures():
                    yield self._contribution(
                        "effluent", sink.disposal or sink.id, sink, effluent, flow.amount, hours, link_id
                    )

    def _capex_contributions(self, built_links: set[str]) -> Iterator[Contribution]:
        """The annualised capex of each built link and storage, in link-id order."""
        for link_id in sorted(built_links):
            capex_cny = self.annual_capex(link_id)
            if capex_cny:
                yield self._capex(link_id, capex_cny, "")

    def _kept_contributions(self, state: FlowState) -> Iterator[Contribution]:
        """The water pollutants of source flow nobody takes stay at its source."""
        park, rules = self.park, self.rules
        sent = self._sent(state)
        for source in park.sources():
            load = {key: mass for key, mass in rules.source_load(source).items() if mass}
            if not load:
                continue
            kept = source_available(park, source, state.converter_intake) - sent.get(source.id, 0.0)
            if kept > 1e-12:
                hours = self._hours(source)
                yield Contribution(
                    "kept",
                    source.id,
                    source.id,
                    source.enterprise,
                    source.medium.value,
                    "",
                    _zero(),
                    kept,
                    CANONICAL_UNIT[source.medium],
                    hours,
                    {
                        key: {"in": kept * hours * mass, "kept_at_sources": kept * hours * mass}
                        for key, mass in load.items()
                    },
                )

    def _capex(self, item_id: str, capex: float, period: str) -> Contribution:
        """The annualised capex of a built link (at its source's enterprise) or storage (at its own)."""
        values = _zero()
        values["cost_cny_per_yr"] = capex
        storage = self.park.storages.get(item_id)
        if storage is not None:
            stream, enterprise, medium, link = item_id, storage.enterprise, storage.medium.value, ""
        else:
            source_id = self.park.links[item_id].source
            source = self.park.streams.get(source_id)
            stream, link = source_id, item_id
            enterprise, medium = (source.enterprise, source.medium.value) if source else ("", "")
        return Contribution(
            "capex", item_id, stream, enterprise, medium, link, values, 1.0, "", 1.0, period=period
        )

    def _period_contributions(
        self, state: FlowState, built: Iterable[str] | None, period: str | None
    ) -> list[Contribution]:
        share = self.period_share(period)
        out: list[Contribution] = []
        flowing: set[str] = set()
        for each, accounting in self.period_accountings:
            rates = state.periods.get(each.id, state)
            flowing |= {lid for lid, flow in rates.link_flows.items() if flow.amount > BUILT_TOLERANCE}
            if period is None or each.id == period:
                out.extend(
                    dataclasses.replace(contribution, period=each.id)
                    for contribution in accounting.contributions(rates, built, capex=False)
                )
        for link_id in sorted(set(built) if built is not None else flowing):
            capex = self.annual_capex(link_id) * share
            if capex:
                out.append(self._capex(link_id, capex, period or ""))
        return out

    def totals(
        self, state: FlowState, built: Iterable[str] | None = None, period: str | None = None
    ) -> dict[str, float]:
        """Annual KPI totals of ``state`` (intensities over the value added the enterprises state)."""
        totals = _zero()
        contributions = self.contributions(state, built, period)
        for contribution in contributions:
            for key, value in contribution.values.items():
                totals[key] += value
        totals.update(intensities(self.park, enterprise_totals(contributions), self.period_share(period)))
        return totals

    def cod_balance(
        self, state: FlowState, built: Iterable[str] | None = None, period: str | None = None
    ) -> dict[str, float]:
        """The COD balance of ``state`` (t/yr): in = discharged + removed + retained + kept at sources."""
        return cod_balance_of(self.contributions(state, built, period))

    def water_balance(
        self, state: FlowState, pollutant: str, built: Iterable[str] | None = None, period: str | None = None
    ) -> dict[str, float]:
        """The balance of one water pollutant (``cod``, ``nh3n``) in ``state``, t/yr."""
        return water_balance_of(self.contributions(state, built, period), pollutant)

    def link_attribution(
        self, state: FlowState, built: Iterable[str] | None = None, period: str | None = None
    ) -> pd.DataFrame:
        """What each link avoids compared with standalone (see :meth:`_link_attribution`).

        A park with periods: each period's avoided figures added up per link
        (``flow`` is the hours-weighted average rate), less the capex of a
        built link once (× the period's share of the hours for ``period``).
        """
        if not self.period_accountings and period is None:
            return self._link_attribution(state, built)
        share = self.period_share(period)
        flowing: set[str] = set()
        parts = []
        for each, accounting in self.period_accountings:
            rates = state.periods.get(each.id, state)
            flowing |= {lid for lid, flow in rates.link_flows.items() if flow.amount > BUILT_TOLERANCE}
            if period is None or each.id == period:
                parts.append(accounting._link_attribution(rates, built, capex=False))
        parts = [part for part in parts if not part.empty]
        if not parts:
            return self._link_attribution(FlowState(state.name), built)
        joined = pd.concat(parts)
        numbers = ["flow_per_yr", *[f"avoided_{key}" for key in KPI_KEYS]]
        frame = joined.groupby(level=0, sort=False).agg(
            {column: ("sum" if column in numbers else "first") for column in joined.columns}
        )
        frame.index.name = "link_id"
        frame["flow"] = [
            state.link_flows[lid].amount if lid in state.link_flows else 0.0 for lid in frame.index
        ]
        if period is not None:
            chosen = state.periods.get(period, state)
            frame["flow"] = [
                chosen.link_flows[lid].amount if lid in chosen.link_flows else 0.0 for lid in frame.index
            ]
        built_links = set(built) if built is not None else flowing
        frame["avoided_cost_cny_per_yr"] -= [
            self.annual_capex(lid) * share if lid in built_links else 0.0 for lid in frame.index
        ]
        return frame

    def _link_attribution(
        self, state: FlowState, built: Iterable[str] | None = None, *, capex: bool = True
    ) -> pd.DataFrame:
        """What each link avoids compared with standalone, per year (index ``link_id``).

        avoided = a_l x_l × (sink's utility per unit) + x_l × (source's
        disposal per unit) − link cost − burden − the water's effluent at the
        sink − annualised capex; flows in the source's canonical unit.  Sums
        of these rows plus the ``(other)`` row (converter outputs sent to
        disposal, over-delivery) equal standalone − state.
        """
        park = self.park
        rules = self.rules
        built_links = (
            set(built)
            if built is not None
            else {lid for lid, flow in state.link_flows.items() if flow.amount > BUILT_TOLERANCE}
        )
        converter_outputs = park.converter_of_output()
        rows: list[dict[str, Any]] = []
        for link_id, flow in state.link_flows.items():
            source = park.streams.get(flow.source)
            sink = park.streams.get(flow.sink)
            avoided = _zero()
            source_hours = self._hours(source)
            if sink is not None:
                figures = rules.utility(sink)
                if figures is not None:
                    for key, value in self.kpi_values(
                        figures, flow.gain * flow.amount * self._hours(sink)
                    ).items():
                        avoided[key] += value
            if source is not None and source.id not in converter_outputs:
                figures = rules.disposal(source)
                if figures is not None:
                    for key, value in self.kpi_values(figures, flow.amount * source_hours).items():
                        avoided[key] += value
            link = park.links.get(link_id)
            if source is not None and sink is not None:
                cost = float(link.cost_cny_per_unit or 0.0) if link is not None else 0.0
                used = rules.link(cost, source, sink, flow.gain)
                for key, value in self.kpi_values(used, flow.amount * source_hours).items():
                    avoided[key] -= value
            if capex and link_id in built_links:
                avoided["cost_cny_per_yr"] -= self.annual_capex(link_id)
            medium = source.medium if source is not None else None
            rows.append(
                {
                    "link_id": link_id,
                    "source": flow.source,
                    "sink": flow.sink,
                    "source_enterprise": source.enterprise if source else "",
                    "sink_enterprise": sink.enterprise if sink else "",
                    "medium": medium.value if medium else "",
                    "status": link.status.value if link is not None else "candidate",
                    "flow": flow.amount,
                    "unit": CANONICAL_UNIT[medium] if medium else "",
                    "flow_per_yr": flow.amount * source_hours,
                    **{f"avoided_{key}": value for key, value in avoided.items()},
                }
            )
        frame = pd.DataFrame(rows)
        if frame.empty:
            frame = pd.DataFrame(
                columns=[
                    "link_id",
                    "source",
                    "sink",
                    "source_enterprise",
                    "sink_enterprise",
                    "medium",
                    "status",
                    "flow",
                    "unit",
                    "flow_per_yr",
                    *[f"avoided_{k}" for k in KPI_KEYS],
                ]
            )
        return frame.set_index("link_id")


def cod_balance_of(contributions: Iterable[Contribution]) -> dict[str, float]:
    """Sum the COD parts of ``contributions``; ``residual`` = in − everything that leaves."""
    return water_balance_of(contributions, "cod")


def water_balance_of(contributions: Iterable[Contribution], pollutant: str) -> dict[str, float]:
    """Sum one water pollutant's parts of ``contributions``; ``residual`` = in − everything that leaves."""
    balance = _zero_balance()
    for contribution in contributions:
        for key, value in contribution.water.get(pollutant, {}).items():
            balance[key] += value
    balance["residual"] = balance["in"] - (
        balance["discharged"] + balance["removed"] + balance["retained"] + balance["kept_at_sources"]
    )
    return balance


def _built_from_result(result: Any) -> set[str] | None:
    """Candidate links built in an optimization result (None: decide by flow)."""
    flows = getattr(result, "flows", None)
    if isinstance(flows, pd.DataFrame) and "built" in flows.columns:
        built = flows["built"].fillna(0).astype(float)
        # storages the network has (existing and built candidates) pay their capex like links
        links = {str(index) for index, value in built.items() if value > 0.5}
        storage_flows = getattr(result, "storage_flows", None)
        if isinstance(storage_flows, pd.DataFrame) and "built" in storage_flows.columns:
            links |= {str(index) for index, value in storage_flows["built"].items() if value is True}
        return links | set(getattr(result, "storages_built", ()))
    return None


#: KPIs that only utilities, disposals and source burdens carry, with the ProfileValues field that does.
_COUNTED_THROUGH_UTILITIES: dict[str, str] = {
    "natural_gas_nm3_per_yr": "natural_gas_nm3",
    "fresh_water_t_per_yr": "fresh_water_t",
}


@dataclass
class KpiTable:
    """KPIs of the park's states, their reductions, COD balances, and how they were computed."""

    values: dict[str, dict[str, float | None]]
    states: dict[str, FlowState]
    accounting: Accounting
    built: dict[str, set[str] | None] = field(default_factory=dict)
    #: COD balance of each state (t/yr), keys :data:`COD_BALANCE_KEYS`.
    balances: dict[str, dict[str, float]] = field(default_factory=dict)
    #: Balance of each water pollutant (``cod``, ``nh3n``) in each state, t/yr.
    water_balances: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)
    #: ``energy_tce_per_yr`` of each state on the other electricity basis.
    energy_other_basis: dict[str, float] = field(default_factory=dict)
    #: state → enterprise → KPI totals of what the enterprise's streams use and emit
    #: (link costs and capex belong to no enterprise here).
    enterprise_values: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)
    #: the period these figures are the share of (a park with periods), None for the year
    period: str | None = None

    @property
    def library(self) -> FactorLibrary:
        return self.accounting.library

    @property
    def electricity_convention(self) -> str:
        return self.accounting.convention_en

    @property
    def electricity_basis(self) -> ElectricityTceBasis:
        return self.accounting.basis

    @property
    def other_basis(self) -> ElectricityTceBasis:
        return other_basis(self.accounting.basis)

    @property
    def has_optimized(self) -> bool:
        return "optimized" in self.states

    def as_dict(self) -> dict[str, dict[str, float | None]]:
        """The result file's ``kpis``: each key with standalone, current, optimized.

        ``None`` (JSON ``null``) for a state without a result and for a KPI
        the park cannot count (:meth:`not_modelled`).
        """
        missing = set(self.not_modelled())
        return {
            key: {state: None if key in missing else self.values[key].get(state) for state in STATES}
            for key in KPI_KEYS
        }

    def balances_dict(self) -> dict[str, dict[str, dict[str, float]]]:
        """The result file's ``balances``: each water pollutant's balance in every state."""
        return {
            f"{pollutant}_t_per_yr": {state: dict(balance) for state, balance in by_state.items()}
            for pollutant, by_state in self.water_balances.items()
        }

    def by_enterprise(self) -> dict[str, dict[str, dict[str, float | None]]]:
        """The result file's ``by_enterprise``: every KPI per enterprise and state, and the permit surpluses.

        Intensities are the enterprise's own (``None`` without value added); a
        surplus allowance is permit − discharged (``None`` without a permit).
        A KPI the park cannot count is ``None`` for every enterprise.
        """
        missing = set(self.not_modelled())
        park = self.accounting.park
        out: dict[str, dict[str, dict[str, float | None]]] = {}
        for enterprise_id in sorted(park.enterprises):
            enterprise = park.enterprises[enterprise_id]
            rows: dict[str, dict[str, float | None]] = {}
            for key in KPI_KEYS:
                rows[key] = {
                    state: None
                    if key in missing or state not in self.enterprise_values
                    else self.enterprise_values[state].get(enterprise_id, {}).get(key, 0.0)
                    for state in STATES
                }
            for key in INTENSITY_KEYS:
                value_added = enterprise.value_added_cny_per_yr
                rows[key] = {state: None if not value_added else rows[key][state] for state in STATES}
            for surplus_key, (permit_field, discharged_key) in PERMIT_SURPLUS_KEYS.items():
                permit = getattr(enterprise, permit_field)
                rows[surplus_key] = {
                    state: None
                    if permit is None or rows[discharged_key][state] is None
                    else float(permit) - float(rows[discharged_key][state] or 0.0)
                    for state in STATES
                }
            out[enterprise_id] = rows
        return out

    def not_modelled(self) -> list[str]:
        """KPI keys the park cannot count: nothing in it carries the quantity.

        Natural gas, fresh water and air pollutants are counted only through
        the utilities, disposals and source burdens that carry them; COD and
        NH3-N only where water carries a concentration or a row a per-unit
        figure; upstream CO2 only
        through scope-3 rows with a CO2 factor.  A park that models none
        shows 0 in every state, which means "not counted", not "none used".
        """
        accounting = self.accounting
        rows = [
            *accounting.utility_values.values(),
            *accounting.disposal_values.values(),
            *accounting.rules.burden_values.values(),
        ]
        missing = [
            key
            for key, field_name in _COUNTED_THROUGH_UTILITIES.items()
            if not any(getattr(row, field_name, 0.0) for row in rows)
        ]
        park = accounting.park
        for pollutant in WATER_POLLUTANTS:
            counted = (
                any(getattr(row, f"{pollutant.key}_t") for row in rows)
                or any(
                    getattr(stream, pollutant.concentration) is not None
                    for stream in park.streams.values()
                    if carries_water_pollutants(stream)
                )
                or any(getattr(utility, pollutant.concentration) for utility in park.utilities.values())
            )
            if not counted:
                missing += [f"{pollutant.key}_generated_t_per_yr", f"{pollutant.key}_discharged_t_per_yr"]
        missing += [
            f"{pollutant.key}_t_per_yr"
            for pollutant in AIR_POLLUTANTS
            if not any(getattr(row, f"{pollutant.key}_t") for row in rows)
        ]
        water_counted = any(
            f"{key}_discharged_t_per_yr" not in missing for key in accounting.rules.water_equivalents
        )
        air_counted = any(f"{key}_t_per_yr" not in missing for key in accounting.rules.air_equivalents)
        if not water_counted:
            missing.append("water_pollution_equivalents_per_yr")
        if not air_counted:
            missing.append("air_pollution_equivalents_per_yr")
        if not (water_counted or air_counted):
            missing.append("environmental_tax_cny_per_yr")
        if not any(enterprise.value_added_cny_per_yr for enterprise in park.enterprises.values()):
            missing += list(INTENSITY_KEYS)
        if not any(
            row.scope == 3 and row.co2_t
            for row in [*accounting.utility_values.values(), *accounting.disposal_values.values()]
        ):
            missing.append("co2_upstream_t_per_yr")
        return [key for key in KPI_KEYS if key in missing]

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


def enterprise_totals(contributions: Iterable[Contribution]) -> dict[str, dict[str, float]]:
    """KPI totals per enterprise: each contribution counts for the enterprise of its stream.

    Utilities count for the sink's enterprise, disposals and burdens for the
    source's, effluents for the receiving sink's; link costs and capex count
    for none (the park's ``(links)`` row).  Intensities are the enterprise's own.
    """
    totals: dict[str, dict[str, float]] = defaultdict(_zero)
    for contribution in contributions:
        if contribution.category in ("link", "capex") or not contribution.enterprise:
            continue
        row = totals[contribution.enterprise]
        for key, value in contribution.values.items():
            row[key] += value
    return dict(totals)


def intensities(
    park: Park, enterprises: Mapping[str, dict[str, float]], share: float = 1.0
) -> dict[str, float]:
    """The park's intensities per 10⁴ CNY of value added, and each enterprise's (written into ``enterprises``).

    Park: Σ numerator ÷ Σ value added over the enterprises that state one
    (× 10⁴: per 万元); 0 when none does (the KPI is then not modelled).
    ``share``: the part of the year the numerators stand for (one period's
    hours over the year's), which earns that share of the value added.
    """
    park_values: dict[str, float] = {}
    stated = {
        eid: float(e.value_added_cny_per_yr) * share
        for eid, e in park.enterprises.items()
        if e.value_added_cny_per_yr and share > 0
    }
    total_value_added = sum(stated.values())
    for key, numerator in INTENSITY_KEYS.items():
        for enterprise_id, value_added in stated.items():
            row = enterprises.get(enterprise_id)
            if row is not None:
                row[key] = row[numerator] / value_added * 1e4
        amount = sum(enterprises[eid][numerator] for eid in stated if eid in enterprises)
        park_values[key] = amount / total_value_added * 1e4 if total_value_added else 0.0
    return park_values


def other_basis(basis: ElectricityTceBasis) -> ElectricityTceBasis:
    """The electricity basis reports show beside ``basis``."""
    if basis is ElectricityTceBasis.CALORIFIC:
        return ElectricityTceBasis.GENERATION
    return ElectricityTceBasis.CALORIFIC


def compute_kpis(
    park: Park,
    states: Mapping[str, FlowState] | Iterable[FlowState],
    library: FactorLibrary | None = None,
    built: Mapping[str, set[str] | None] | None = None,
    electricity_convention: str | None = None,
    period: str | None = None,
) -> KpiTable:
    """KPIs of the given states (a mapping name → state, or states named by ``.name``).

    A park with periods: the sums over its periods; ``period`` keeps that
    period's share of the year (its hours only), so the periods add up to the year.
    """
    named = dict(states) if isinstance(states, Mapping) else {state.name: state for state in states}
    accounting = Accounting(park, library, electricity_convention)
    other = Accounting(park, library, other_basis(accounting.basis).value)
    built = dict(built or {})
    values: dict[str, dict[str, float | None]] = {key: {} for key in KPI_KEYS}
    water_balances: dict[str, dict[str, dict[str, float]]] = {
        pollutant.key: {} for pollutant in WATER_POLLUTANTS
    }
    by_enterprise: dict[str, dict[str, dict[str, float]]] = {}
    energy_other: dict[str, float] = {}
    share = accounting.period_share(period)
    for name, state in named.items():
        contributions = accounting.contributions(state, built.get(name), period)
        totals = _zero()
        for contribution in contributions:
            for key, value in contribution.values.items():
                totals[key] += value
        enterprises = enterprise_totals(contributions)
        by_enterprise[name] = enterprises
        totals.update(intensities(park, enterprises, share))
        for key in KPI_KEYS:
            values[key][name] = totals[key]
        for pollutant in WATER_POLLUTANTS:
            water_balances[pollutant.key][name] = water_balance_of(contributions, pollutant.key)
        energy_other[name] = other.totals(state, built.get(name), period)["energy_tce_per_yr"]
    return KpiTable(
        values=values,
        states=named,
        accounting=accounting,
        built=built,
        balances=water_balances["cod"],
        water_balances=water_balances,
        energy_other_basis=energy_other,
        enterprise_values=by_enterprise,
        period=period,
    )


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
    period: str | None = None,
) -> KpiTable:
    """KPIs of the standalone, current and (with ``result``) optimized park.

    ``period`` (a park with periods): that period's share of the year; None: the year.

    ``result`` is an :class:`parkflow.optimize.OptimizationResult` (anything
    with ``to_state()``).  ``as_dict()`` gives the ``kpis`` block of docs/design.md, "Result document".
    """
    states, built = _states(park, result)
    return compute_kpis(park, states, library, built, electricity_convention, period)


def kpis_for_state(
    park: Park, state: FlowState, library: FactorLibrary | None = None, built: Iterable[str] | None = None
) -> dict[str, float]:
    """Annual KPI totals of one state."""
    return Accounting(park, library).totals(state, built)


def _grouped(table: KpiTable, attribute: str) -> pd.DataFrame:
    columns = pd.MultiIndex.from_product([KPI_KEYS, list(table.states)], names=["kpi", "state"])
    sums: dict[str, dict[tuple[str, str], float]] = defaultdict(dict)
    for state_name, state in table.states.items():
        for contribution in table.accounting.contributions(state, table.built.get(state_name), table.period):
            group = getattr(contribution, attribute)
            if contribution.category in ("link", "capex") and attribute == "enterprise":
                group = "(links)"
            for key, value in contribution.values.items():
                cell = (key, state_name)
                sums[group][cell] = sums[group].get(cell, 0.0) + value
    frame = pd.DataFrame.from_dict(sums, orient="index").reindex(columns=columns).fillna(0.0)
    frame.index.name = attribute
    return frame.sort_index()


def breakdown_by_enterprise(
    park: Park, result: Any | None = None, table: KpiTable | None = None
) -> pd.DataFrame:
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
    frame = table.accounting.link_attribution(table.states[state], table.built.get(state), table.period)
    residual = {}
    for key in KPI_KEYS:
        total = table.reduction(key, "standalone", state) or 0.0
        attributed = float(frame[f"avoided_{key}"].sum()) if not frame.empty else 0.0
        residual[f"avoided_{key}"] = total - attributed
    scale = max(1.0, *(abs(v) for v in table.values["cost_cny_per_yr"].values() if v is not None))
    if any(abs(value) > 1e-9 * scale for value in residual.values()):
        other = pd.DataFrame(
            [
                {
                    **{c: "" for c in frame.columns if not c.startswith("avoided_")},
                    "flow": math.nan,
                    "flow_per_yr": math.nan,
                    **residual,
                }
            ],
            index=pd.Index(["(other)"], name="link_id"),
        )
        frame = pd.concat([frame, other[frame.columns]]) if not frame.empty else other
    return frame
