"""A small hand-built park and an optimization stand-in for the report and KPI tests."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

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
from parkflow.model.state import FlowState, LinkFlow


def small_park() -> Park:
    """Three enterprises: steam, reclaimed water and grid power (numbers chosen to check by hand)."""
    park = Park(
        name="Small test park 小型测试园区",
        hours_per_year=8000,
        discount_rate_pct=8,
        co2_price_cny_per_t=50,
        cod_price_cny_per_t=1000,
    )
    park.enterprises["A"] = Enterprise("A", "Power plant 热电厂", "power")
    park.enterprises["B"] = Enterprise("B", "Chemical plant 化工厂", "chemicals")
    park.enterprises["C"] = Enterprise("C", "Textile mill 纺织厂", "textiles")
    park.utilities["U-steam"] = Utility(
        "U-steam",
        Medium.STEAM,
        "gas-boiler steam",
        "t",
        "steam_gas_boiler",
        cost_cny_per_unit=200,
        pressure_mpa=1.0,
    )
    park.utilities["U-grid"] = Utility(
        "U-grid", Medium.ELECTRICITY, "grid power", "kWh", "grid_electricity", cost_cny_per_unit=0.7
    )
    park.utilities["U-water"] = Utility(
        "U-water", Medium.WATER, "fresh water", "t", "fresh_water", cost_cny_per_unit=4, cod_mg_l=0
    )
    park.disposals["D-vent"] = Disposal("D-vent", Medium.STEAM, "vent", cost_cny_per_unit=0)
    park.disposals["D-ww"] = Disposal(
        "D-ww",
        Medium.WATER,
        "wastewater plant",
        "t",
        "wastewater_plant",
        cost_cny_per_unit=3,
        cod_removal_pct=90,
    )
    park.streams["S1"] = Stream(
        "S1",
        "A",
        Direction.SOURCE,
        Medium.STEAM,
        "LP steam",
        10,
        "t/h",
        pressure_mpa=1.2,
        temperature_c=200,
        disposal="D-vent",
    )
    park.streams["K1"] = Stream(
        "K1",
        "B",
        Direction.SINK,
        Medium.STEAM,
        "process steam",
        8,
        "t/h",
        pressure_mpa=1.0,
        utility="U-steam",
    )
    park.streams["W1"] = Stream(
        "W1", "B", Direction.SOURCE, Medium.WATER, "treated effluent", 20, "t/h", cod_mg_l=80, disposal="D-ww"
    )
    park.streams["KW"] = Stream(
        "KW", "C", Direction.SINK, Medium.WATER, "process water", 15, "t/h", cod_mg_l=100, utility="U-water"
    )
    park.streams["E1"] = Stream(
        "E1", "C", Direction.SINK, Medium.ELECTRICITY, "power", 2, "MW", utility="U-grid"
    )
    park.links["L1"] = Link(
        "L1", "S1", "K1", LinkStatus.EXISTING, capacity=10, current_flow=5, cost_cny_per_unit=10
    )
    park.links["L2"] = Link(
        "L2",
        "W1",
        "KW",
        LinkStatus.CANDIDATE,
        capacity=30,
        cost_cny_per_unit=0.5,
        capex_cny=1_000_000,
        lifetime_yr=10,
    )
    return park


@dataclass(frozen=True)
class FakeResult:
    """Stand-in for an OptimizationResult: flows frame, status and ``to_state()``."""

    link_flows: dict[str, LinkFlow]
    utility_use: dict[str, float]
    disposal_use: dict[str, float]
    status: str = "optimal"
    objective_name: str = "cost"
    objective_value: float = 0.0
    objective_unit: str = "CNY/yr"
    gap: float | None = 0.0
    solve_time_s: float = 0.01
    diagnosis: str = ""
    flows: pd.DataFrame = field(default_factory=pd.DataFrame)

    def to_state(self) -> FlowState:
        return FlowState(
            "optimized", dict(self.link_flows), dict(self.utility_use), dict(self.disposal_use), {}
        )


def small_result() -> FakeResult:
    """Optimized: L1 carries 8 t/h (all of K1), L2 15 t/h of effluent (all of KW)."""
    flows = {"L1": LinkFlow("S1", "K1", 8.0, 1.0), "L2": LinkFlow("W1", "KW", 15.0, 1.0)}
    frame = pd.DataFrame(
        {"source": ["S1", "W1"], "sink": ["K1", "KW"], "amount": [8.0, 15.0], "built": [1.0, 1.0]},
        index=pd.Index(["L1", "L2"], name="link_id"),
    )
    return FakeResult(flows, {"K1": 0.0, "KW": 0.0, "E1": 2.0}, {"S1": 2.0, "W1": 5.0}, flows=frame)
