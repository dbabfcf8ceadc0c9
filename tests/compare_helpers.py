"""Small parks with known edits and a transparent stand-in accounting for compare tests.

The stand-in accounting (:func:`linear_kpis`) is deliberately simple so that
every expected KPI delta can be computed by hand in a test:

* CO2 t/yr = Σ over utility and disposal use of rate × co2_t_per_unit × hours;
* cost CNY/yr = the same with cost_cny_per_unit;
* fresh water t/yr = Σ rate × hours of water utilities.

The optimized state is whatever :class:`FlowState` the test passes as the
"result".
"""

from __future__ import annotations

from typing import Any

from parkflow.model.entities import (
    Direction,
    Disposal,
    Enterprise,
    Link,
    LinkStatus,
    Medium,
    Park,
    Stream,
    Utility,
)
from parkflow.model.state import FlowState, LinkFlow, current_state, standalone_state
from parkflow.report.compare import KpiSet, KpiTable

HOURS = 8000.0


def base_park() -> Park:
    """Three enterprises: E1 offers steam and waste water, E2 needs steam, E3 needs water.

    Today one existing steam link L1 (E1 → E2) carries 4 t/h.
    """
    park = Park(name="Demo park", hours_per_year=HOURS)
    park.enterprises = {
        "E1": Enterprise("E1", "Power plant 热电厂", "power", 0.0, 0.0),
        "E2": Enterprise("E2", "Dye works 印染厂", "textile", 3.0, 0.0),
        "E3": Enterprise("E3", "Paper mill 造纸厂", "paper", 1.5, 2.0),
    }
    park.utilities = {
        "U_STEAM": Utility(
            "U_STEAM", Medium.STEAM, "gas boiler steam", "t/h", "", 200.0, 0.25, 0.0, 1.6, 250.0
        ),
        "U_WATER": Utility(
            "U_WATER", Medium.WATER, "fresh water", "t/h", "", 4.0, 0.0003, 0.0, cod_mg_l=10.0
        ),
    }
    park.disposals = {
        "D_COOL": Disposal("D_COOL", Medium.STEAM, "cooling tower", "t/h", "", 5.0, 0.01, 0.0),
        "D_WWTP": Disposal("D_WWTP", Medium.WATER, "wastewater plant", "t/h", "", 3.0, 0.0005, 0.0001),
    }
    park.streams = {
        "S1": Stream(
            "S1", "E1", Direction.SOURCE, Medium.STEAM, "LP steam", 10.0, "t/h", 1.0, 200.0, disposal="D_COOL"
        ),
        "S2": Stream(
            "S2",
            "E1",
            Direction.SOURCE,
            Medium.WATER,
            "cooling blowdown",
            20.0,
            "t/h",
            cod_mg_l=40.0,
            disposal="D_WWTP",
        ),
        "K1": Stream(
            "K1",
            "E2",
            Direction.SINK,
            Medium.STEAM,
            "dyeing steam",
            8.0,
            "t/h",
            0.6,
            160.0,
            utility="U_STEAM",
        ),
        "K2": Stream(
            "K2",
            "E3",
            Direction.SINK,
            Medium.WATER,
            "pulp water",
            15.0,
            "t/h",
            cod_mg_l=60.0,
            utility="U_WATER",
        ),
        "K3": Stream(
            "K3", "E3", Direction.SINK, Medium.STEAM, "dryer steam", 5.0, "t/h", 0.8, 180.0, utility="U_STEAM"
        ),
    }
    park.links = {
        # loss_pct=0 typed: the compare figures are worked by hand for lossless pipes (a typed
        # loss wins over the computed heat loss of model/pipes.py)
        "L1": Link(
            "L1",
            "S1",
            "K1",
            LinkStatus.EXISTING,
            capacity=10.0,
            current_flow=4.0,
            distance_km=3.0,
            loss_pct=0.0,
        ),
        "L2": Link(
            "L2",
            "S2",
            "K2",
            LinkStatus.CANDIDATE,
            capacity=20.0,
            distance_km=2.5,
            capex_cny=1.0e6,
            lifetime_yr=15.0,
            loss_pct=0.0,
        ),
    }
    return park


def with_link_added(park: Park) -> Park:
    """A new existing steam link L3 S1 → K3 carrying 3 t/h today."""
    edited = park.copy()
    edited.links["L3"] = Link(
        "L3", "S1", "K3", LinkStatus.EXISTING, capacity=6.0, current_flow=3.0, distance_km=2.2, loss_pct=0.0
    )
    return edited


def with_amount_changed(park: Park) -> Park:
    """K1 needs 12 t/h instead of 8 t/h."""
    edited = park.copy()
    edited.streams["K1"].amount = 12.0
    return edited


def with_enterprise_removed(park: Park) -> Park:
    """E3 closes: its streams K2, K3 and the candidate link L2 into K2 go too."""
    edited = park.copy()
    del edited.enterprises["E3"]
    for stream_id in ("K2", "K3"):
        del edited.streams[stream_id]
    del edited.links["L2"]
    return edited


def _state_table(park: Park, state: FlowState) -> dict[str, float]:
    co2 = cost = water = cod = 0.0
    for stream_id, rate in state.utility_use.items():
        utility = park.utilities[park.streams[stream_id].utility]
        co2 += rate * (utility.co2_t_per_unit or 0.0) * park.hours_per_year
        cost += rate * (utility.cost_cny_per_unit or 0.0) * park.hours_per_year
        if utility.medium is Medium.WATER:
            water += rate * park.hours_per_year
    for stream_id, rate in state.disposal_use.items():
        disposal = park.disposals[park.streams[stream_id].disposal]
        co2 += rate * (disposal.co2_t_per_unit or 0.0) * park.hours_per_year
        cost += rate * (disposal.cost_cny_per_unit or 0.0) * park.hours_per_year
        cod += rate * (disposal.cod_t_per_unit or 0.0) * park.hours_per_year
    return {
        "co2_t_per_yr": co2,
        "cost_cny_per_yr": cost,
        "fresh_water_t_per_yr": water,
        "cod_discharged_t_per_yr": cod,
    }


def _by_enterprise(park: Park, state: FlowState) -> dict[str, dict[str, float]]:
    """CO2 per enterprise: utility use of its sinks and disposal of its sources."""
    out: dict[str, dict[str, float]] = {
        enterprise_id: {"co2_t_per_yr": 0.0} for enterprise_id in park.enterprises
    }
    for uses, collection, attribute in (
        (state.utility_use, park.utilities, "utility"),
        (state.disposal_use, park.disposals, "disposal"),
    ):
        for stream_id, rate in uses.items():
            stream = park.streams[stream_id]
            entity = collection[getattr(stream, attribute)]
            out[stream.enterprise]["co2_t_per_yr"] += (
                rate * (entity.co2_t_per_unit or 0.0) * park.hours_per_year
            )
    return out


def linear_kpis(park: Park, result: Any = None, breakdowns: bool = True) -> KpiSet:
    """Stand-in accounting; ``result`` is the optimized :class:`FlowState` or None."""
    states: dict[str, FlowState | None] = {
        "standalone": standalone_state(park),
        "current": current_state(park),
        "optimized": result if isinstance(result, FlowState) else None,
    }
    totals: KpiTable = {}
    by_enterprise: dict[str, KpiTable] = {}
    for state_name, state in states.items():
        table = _state_table(park, state) if state is not None else {}
        for kpi in ("co2_t_per_yr", "cost_cny_per_yr", "fresh_water_t_per_yr", "cod_discharged_t_per_yr"):
            totals.setdefault(kpi, {})[state_name] = table.get(kpi)
        per_enterprise = _by_enterprise(park, state) if state is not None else {}
        for enterprise_id in park.enterprises:
            value = per_enterprise.get(enterprise_id, {}).get("co2_t_per_yr")
            by_enterprise.setdefault(enterprise_id, {}).setdefault("co2_t_per_yr", {})[state_name] = value
    return KpiSet(totals, by_enterprise=by_enterprise)


def optimized_state(park: Park, flows: dict[str, float]) -> FlowState:
    """A hand-made optimized state: the given link flows, the rest from utilities/disposals."""
    received: dict[str, float] = {}
    sent: dict[str, float] = {}
    link_flows: dict[str, LinkFlow] = {}
    for link_id, amount in flows.items():
        link = park.links[link_id]
        link_flows[link_id] = LinkFlow(link.source, link.sink, amount)
        received[link.sink] = received.get(link.sink, 0.0) + amount
        sent[link.source] = sent.get(link.source, 0.0) + amount
    utility_use = {
        stream.id: max(0.0, stream.amount - received.get(stream.id, 0.0))
        for stream in park.sinks()
        if stream.utility
    }
    disposal_use = {
        stream.id: max(0.0, stream.amount - sent.get(stream.id, 0.0))
        for stream in park.sources()
        if stream.disposal
    }
    return FlowState("optimized", link_flows, utility_use, disposal_use)
