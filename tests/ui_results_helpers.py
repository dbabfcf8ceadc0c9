"""Small parks and results for the results dock, worker and Sankey tests."""

from __future__ import annotations

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


def small_park() -> Park:
    """Three enterprises exchanging steam and reclaimed water (names in Chinese and English).

    Steam: 化工 A offers 20 t/h at 1.0 MPa/250 °C; 造纸 B needs 15 t/h at 0.6 MPa/180 °C
    (today from a gas boiler); C needs 10 t/h. Water: A discharges 50 t/h at 40 mg/L COD,
    C needs 30 t/h with at most 60 mg/L (today fresh water).
    """
    park = Park(name="测试园区 Test park", co2_price_cny_per_t=60.0)
    for enterprise_id, name, sector in (
        ("A", "化工 A", "chemicals"),
        ("B", "造纸 B", "paper"),
        ("C", "印染 C", "textiles"),
    ):
        park.enterprises[enterprise_id] = Enterprise(enterprise_id, name=name, sector=sector)
    park.utilities["U_steam"] = Utility(
        "U_steam",
        Medium.STEAM,
        name="燃气锅炉蒸汽 gas-boiler steam",
        cost_cny_per_unit=220.0,
        co2_t_per_unit=0.21,
        pressure_mpa=1.0,
        temperature_c=250.0,
    )
    park.utilities["U_water"] = Utility(
        "U_water",
        Medium.WATER,
        name="新鲜水 fresh water",
        cost_cny_per_unit=4.5,
        co2_t_per_unit=0.0002,
        cod_mg_l=0.0,
    )
    park.disposals["D_steam"] = Disposal("D_steam", Medium.STEAM, name="放空 vent", cost_cny_per_unit=0.0)
    park.disposals["D_water"] = Disposal(
        "D_water",
        Medium.WATER,
        name="污水厂 wastewater plant",
        cost_cny_per_unit=3.0,
        cod_removal_pct=90.0,
    )
    park.streams["A_steam"] = Stream(
        "A_steam",
        "A",
        Direction.SOURCE,
        Medium.STEAM,
        name="余热蒸汽",
        amount=20.0,
        unit="t/h",
        pressure_mpa=1.0,
        temperature_c=250.0,
        disposal="D_steam",
    )
    park.streams["B_steam"] = Stream(
        "B_steam",
        "B",
        Direction.SINK,
        Medium.STEAM,
        name="工艺蒸汽",
        amount=15.0,
        unit="t/h",
        pressure_mpa=0.6,
        temperature_c=180.0,
        utility="U_steam",
    )
    park.streams["C_steam"] = Stream(
        "C_steam",
        "C",
        Direction.SINK,
        Medium.STEAM,
        name="定型机蒸汽",
        amount=10.0,
        unit="t/h",
        pressure_mpa=0.6,
        temperature_c=180.0,
        utility="U_steam",
    )
    park.streams["A_water"] = Stream(
        "A_water",
        "A",
        Direction.SOURCE,
        Medium.WATER,
        name="回用水",
        amount=50.0,
        unit="t/h",
        cod_mg_l=40.0,
        disposal="D_water",
    )
    park.streams["C_water"] = Stream(
        "C_water",
        "C",
        Direction.SINK,
        Medium.WATER,
        name="染色用水",
        amount=30.0,
        unit="t/h",
        cod_mg_l=60.0,
        utility="U_water",
    )
    park.links["L_AB"] = Link(
        "L_AB",
        "A_steam",
        "B_steam",
        LinkStatus.EXISTING,
        capacity=20.0,
        current_flow=8.0,
        cost_cny_per_unit=5.0,
    )
    park.links["L_AC"] = Link(
        "L_AC",
        "A_steam",
        "C_steam",
        LinkStatus.CANDIDATE,
        capacity=10.0,
        cost_cny_per_unit=8.0,
        capex_cny=2.0e6,
        lifetime_yr=15.0,
    )
    park.links["L_AC_w"] = Link(
        "L_AC_w",
        "A_water",
        "C_water",
        LinkStatus.CANDIDATE,
        capacity=40.0,
        cost_cny_per_unit=0.5,
        capex_cny=5.0e5,
        lifetime_yr=20.0,
    )
    return park


def infeasible_park() -> Park:
    """A sink with no utility that no link can fully serve: 30 t/h needed, 10 t/h available."""
    park = small_park()
    park.streams["C_steam"].utility = ""
    park.streams["C_steam"].amount = 30.0
    park.links["L_AC"].capacity = 10.0
    return park


def tradeoff_park() -> Park:
    """:func:`small_park` plus a cost–CO₂ trade-off and waste heat (for Pareto and heat curves).

    热电 D offers 10 t/h of steam at 300 CNY/t through candidate link L_DC, dearer
    than the gas boiler's 220 CNY/t + 0.21 t × 60 CNY/t CO₂ = 232.6 CNY/t, but free
    of CO₂: the cheapest operation buys boiler steam, the cleanest buys D's.
    A's 3 MW of waste heat (150→60 °C) can warm B's 2 MW process water (40→120 °C).
    """
    park = small_park()
    park.enterprises["D"] = Enterprise("D", name="热电 D", sector="power")
    park.streams["D_steam"] = Stream(
        "D_steam",
        "D",
        Direction.SOURCE,
        Medium.STEAM,
        name="背压蒸汽",
        amount=10.0,
        unit="t/h",
        pressure_mpa=1.0,
        temperature_c=250.0,
    )
    park.links["L_DC"] = Link(
        "L_DC", "D_steam", "C_steam", LinkStatus.CANDIDATE, capacity=10.0, cost_cny_per_unit=300.0
    )
    park.utilities["U_heat"] = Utility(
        "U_heat",
        Medium.HEAT,
        name="燃气热源 gas heater",
        cost_cny_per_unit=300.0,
        co2_t_per_unit=0.2,
        temperature_c=200.0,
    )
    park.disposals["D_heat"] = Disposal(
        "D_heat", Medium.HEAT, name="冷却塔 cooling tower", cost_cny_per_unit=5.0, temperature_c=25.0
    )
    park.streams["A_heat"] = Stream(
        "A_heat",
        "A",
        Direction.SOURCE,
        Medium.HEAT,
        name="反应余热",
        amount=3.0,
        unit="MW",
        temperature_c=150.0,
        target_temperature_c=60.0,
        disposal="D_heat",
    )
    park.streams["B_heat"] = Stream(
        "B_heat",
        "B",
        Direction.SINK,
        Medium.HEAT,
        name="工艺水加热",
        amount=2.0,
        unit="MW",
        temperature_c=40.0,
        target_temperature_c=120.0,
        utility="U_heat",
    )
    park.links["L_AB_h"] = Link(
        "L_AB_h", "A_heat", "B_heat", LinkStatus.CANDIDATE, capacity=3.0, cost_cny_per_unit=10.0
    )
    return park
