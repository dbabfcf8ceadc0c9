"""Accounting with a closed boundary, rule by rule, on small parks worked out by hand.

Every park below is small enough to redo on paper; the arithmetic is in the
comments.  Factors are typed in the rows (no library look-up) unless a test
is about a library entry, whose inputs are then read from
resources/factors.csv.  Hours: 8000 h/yr unless said otherwise.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from parkflow.model import physics
from parkflow.model.entities import (
    Converter,
    Direction,
    Disposal,
    ElectricityTceBasis,
    Enterprise,
    Link,
    LinkStatus,
    Medium,
    Park,
    Stream,
    Utility,
)
from parkflow.model.factors import FactorLibrary
from parkflow.model.validate import validate_park
from parkflow.optimize import SolveOptions, optimize
from parkflow.report.kpis import park_kpis

LIBRARY_FILE = Path(__file__).resolve().parents[1] / "resources" / "factors.csv"
H = 8000.0


def _factor(key: str) -> float:
    with LIBRARY_FILE.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["key"] == key:
                return float(row["value"])
    raise KeyError(key)


def _park(*enterprises: str) -> Park:
    park = Park(name="hand-worked", hours_per_year=H)
    for enterprise in enterprises or ("A", "B"):
        park.enterprises[enterprise] = Enterprise(enterprise)
    return park


# ---------------------------------------------------------------------------
# Burdens at sources
# ---------------------------------------------------------------------------
def _steam_park(burden_co2: float | None, burden_cost: float | None) -> Park:
    """CHP steam S (10 t/h, enterprise A) can serve process steam K (8 t/h, B), else gas-boiler steam U."""
    park = _park()
    park.utilities["U"] = Utility(
        "U",
        Medium.STEAM,
        "gas-boiler steam",
        "t",
        cost_cny_per_unit=250,
        co2_t_per_unit=0.17,
        energy_tce_per_unit=0.1,
        pressure_mpa=1.0,
    )
    park.streams["S"] = Stream(
        "S",
        "A",
        Direction.SOURCE,
        Medium.STEAM,
        "CHP steam",
        10,
        "t/h",
        pressure_mpa=1.2,
        co2_t_per_unit=burden_co2,
        cost_cny_per_unit=burden_cost,
        energy_tce_per_unit=None if burden_co2 is None else 0.11,
    )
    park.streams["K"] = Stream(
        "K", "B", Direction.SINK, Medium.STEAM, "process steam", 8, "t/h", pressure_mpa=1.0, utility="U"
    )
    park.links["L"] = Link("L", "S", "K", LinkStatus.EXISTING, capacity=10, current_flow=8)
    return park


def test_a_source_burden_is_counted_per_unit_sent() -> None:
    table = park_kpis(_steam_park(0.30, 100.0))
    values = table.values
    # standalone: K from U: 8 t/h × 8000 h = 64,000 t × 0.17 = 10,880 t CO2, × 0.1 = 6,400 tce, × 250 = 16.0 M CNY
    assert values["co2_t_per_yr"]["standalone"] == pytest.approx(10_880)
    assert values["energy_tce_per_yr"]["standalone"] == pytest.approx(6_400)
    assert values["cost_cny_per_yr"]["standalone"] == pytest.approx(16_000_000)
    # current: L sends 8 t/h of CHP steam: 64,000 t × 0.30 = 19,200 t CO2 (scope 1, inside the park),
    # × 0.11 = 7,040 tce, × 100 = 6.4 M CNY: the exchange saves money and raises CO2 by 8,320 t
    assert values["co2_t_per_yr"]["current"] == pytest.approx(19_200)
    assert values["co2_scope1_t_per_yr"]["current"] == pytest.approx(19_200)
    assert values["energy_tce_per_yr"]["current"] == pytest.approx(7_040)
    assert values["cost_cny_per_yr"]["current"] == pytest.approx(6_400_000)
    assert table.reduction("co2_t_per_yr", "standalone", "current") == pytest.approx(-8_320)


def test_a_blank_burden_keeps_a_by_product_free() -> None:
    values = park_kpis(_steam_park(None, None)).values
    assert values["co2_t_per_yr"]["current"] == pytest.approx(0.0)
    assert values["cost_cny_per_yr"]["current"] == pytest.approx(0.0)


def test_the_co2_objective_does_not_choose_a_dirtier_supply() -> None:
    # CHP steam at 0.30 t/t is dirtier than the boiler's 0.17 t/t: under co2 the link stays empty,
    # K takes 8 t/h from U, 64,000 t × 0.17 = 10,880 t/yr.  Free steam (no burden) is taken instead.
    park = _steam_park(0.30, 100.0)
    park.links["L"].status = LinkStatus.CANDIDATE
    park.links["L"].current_flow = None
    result = optimize(park, SolveOptions(objective="co2"))
    assert result.flows.loc["L", "amount"] == pytest.approx(0.0, abs=1e-7)
    assert result.objective_value == pytest.approx(10_880)
    free = _steam_park(None, None)
    free.links["L"].status = LinkStatus.CANDIDATE
    free.links["L"].current_flow = None
    assert optimize(free, SolveOptions(objective="co2")).flows.loc["L", "amount"] == pytest.approx(8.0)


def test_the_cost_objective_carries_the_burden_cost() -> None:
    # burden 300 CNY/t > boiler 250 CNY/t: cost keeps the boiler (16.0 M CNY/yr);
    # at 100 CNY/t the link wins: 64,000 t × 100 = 6.4 M CNY/yr, which the KPI cost repeats
    dear = _steam_park(0.0, 300.0)
    dear.links["L"].status = LinkStatus.CANDIDATE
    dear.links["L"].current_flow = None
    result = optimize(dear, SolveOptions(objective="cost"))
    assert result.flows.loc["L", "amount"] == pytest.approx(0.0, abs=1e-7)
    assert result.objective_value == pytest.approx(16_000_000)
    cheap = _steam_park(0.0, 100.0)
    cheap.links["L"].status = LinkStatus.CANDIDATE
    cheap.links["L"].current_flow = None
    result = optimize(cheap, SolveOptions(objective="cost"))
    assert result.objective_value == pytest.approx(6_400_000)
    assert park_kpis(cheap, result).values["cost_cny_per_yr"]["optimized"] == pytest.approx(6_400_000)


def test_chp_steam_from_coal_is_fuel_over_efficiency_times_enthalpy_rise() -> None:
    # Saturated steam at 1.0 MPa: h = 2777.1 kJ/kg (IF97); over 83.74 kJ/kg make-up: 2.69336 GJ/t.
    # ÷ 0.88 (coal boiler) = 3.06064 GJ of coal ÷ 29.3076 GJ/tce = 0.104432 tce/t;
    # × 25.8 tC/TJ × 29.3076 GJ/tce × 44/12 / 1000 = 2.77254 tCO2/tce → 0.28954 tCO2/t.
    heat = (physics.steam_enthalpy_kj_per_kg(1.0) - _factor("heat.makeup_water_enthalpy")) / 1000
    tce = heat / _factor("boiler.efficiency_coal") / _factor("tce.gj")
    coal_co2 = _factor("coal.carbon_content") * _factor("tce.gj") * 44 / 12 / 1000
    stream = Stream(
        "S", "A", Direction.SOURCE, Medium.STEAM, amount=1, pressure_mpa=1.0, factor="chp_steam_coal"
    )
    burden = FactorLibrary.load().burden_values(stream)
    assert burden is not None
    assert burden.energy_tce == pytest.approx(tce, rel=1e-9) == pytest.approx(0.10443, rel=1e-4)
    assert burden.co2_t == pytest.approx(tce * coal_co2, rel=1e-9) == pytest.approx(0.28954, rel=1e-4)
    # gas CHP steam: the same heat ÷ 0.90 over natural gas (as gas-boiler steam): 0.1662 t/t (GB/T 32150-2015 gas factor)
    gas = FactorLibrary.load().burden_values(
        Stream("G", "A", Direction.SOURCE, Medium.STEAM, amount=1, pressure_mpa=1.0, factor="chp_steam_gas")
    )
    assert gas is not None and gas.co2_t == pytest.approx(0.1662, rel=1e-3)


# ---------------------------------------------------------------------------
# Effluent fate and the COD balance
# ---------------------------------------------------------------------------
def _water_park(link_flow: float | None) -> Park:
    """Treated effluent W (20 t/h, 100 mg/L, to the WWTP) may serve cooling make-up K (20 t/h).

    K draws fresh water (10 mg/L, 4 CNY/t); 25 % of what it receives leaves as blowdown
    to the WWTP (3 CNY/t, 90 % COD removal) carrying 80 % of the COD; the rest is retained.
    """
    park = _park()
    park.utilities["F"] = Utility("F", Medium.WATER, "fresh water", "t", cost_cny_per_unit=4, cod_mg_l=10)
    park.disposals["D"] = Disposal(
        "D", Medium.WATER, "wastewater plant", "t", cost_cny_per_unit=3, cod_removal_pct=90
    )
    park.streams["W"] = Stream(
        "W", "A", Direction.SOURCE, Medium.WATER, "treated effluent", 20, "t/h", cod_mg_l=100, disposal="D"
    )
    park.streams["K"] = Stream(
        "K",
        "B",
        Direction.SINK,
        Medium.WATER,
        "cooling make-up",
        20,
        "t/h",
        cod_mg_l=120,
        utility="F",
        disposal="D",
        effluent_pct=25,
        cod_pass_pct=80,
    )
    park.links["L"] = Link(
        "L", "W", "K", LinkStatus.EXISTING if link_flow else LinkStatus.CANDIDATE, current_flow=link_flow
    )
    return park


def test_cod_leaves_water_sinks_as_effluent_and_the_balance_closes() -> None:
    table = park_kpis(_water_park(20.0))
    values, balances = table.values, table.balances
    # standalone: F 160,000 t/yr × 10 mg/L = 1.6 t COD in; blowdown 40,000 t carries 1.28 t
    # (0.32 t retained), 90 % removed → 0.128 t discharged.  W 160,000 t × 100 mg/L = 16 t to D → 1.6 t.
    assert values["cod_generated_t_per_yr"]["standalone"] == pytest.approx(1.28 + 16)
    assert values["cod_discharged_t_per_yr"]["standalone"] == pytest.approx(0.128 + 1.6)
    assert balances["standalone"]["in"] == pytest.approx(17.6)
    assert balances["standalone"]["removed"] == pytest.approx(1.152 + 14.4)
    assert balances["standalone"]["retained"] == pytest.approx(0.32)
    # cost: F 160,000 × 4 + blowdown 40,000 × 3 + W 160,000 × 3 = 1,240,000
    assert values["cost_cny_per_yr"]["standalone"] == pytest.approx(1_240_000)
    # current: L carries all of W: 16 t COD into K; 12.8 t leave in the blowdown → 1.28 t discharged,
    # 11.52 t removed, 3.2 t retained; cost only the blowdown, 40,000 × 3 = 120,000
    assert values["cod_generated_t_per_yr"]["current"] == pytest.approx(12.8)
    assert values["cod_discharged_t_per_yr"]["current"] == pytest.approx(1.28)
    assert balances["current"]["retained"] == pytest.approx(3.2)
    assert values["cost_cny_per_yr"]["current"] == pytest.approx(120_000)
    for state in ("standalone", "current"):
        assert balances[state]["residual"] == pytest.approx(0.0, abs=1e-9)


def test_a_water_sink_without_an_effluent_route_retains_its_cod_and_validate_warns() -> None:
    park = _water_park(20.0)
    park.streams["K"].disposal = ""
    table = park_kpis(park)
    # current: the 16 t of COD that reach K stay in it; nothing else is discharged
    assert table.values["cod_discharged_t_per_yr"]["current"] == pytest.approx(0.0)
    assert table.balances["current"]["retained"] == pytest.approx(16.0)
    warnings = [p for p in validate_park(park) if p.severity == "warning" and p.entity_id == "K"]
    assert warnings and "no declared fate" in warnings[0].message


def test_the_cod_objective_counts_the_sink_effluent() -> None:
    # Reusing W sends its 16 t of COD into K (1.28 t discharged) instead of 1.6 t from D: the cod
    # objective takes the link: 1.28 t; the fresh water's 0.128 t is no longer there either.
    result = optimize(_water_park(None), SolveOptions(objective="cod"))
    assert result.flows.loc["L", "amount"] == pytest.approx(20.0)
    assert result.objective_value == pytest.approx(1.28)


# ---------------------------------------------------------------------------
# Converters: residue and own use
# ---------------------------------------------------------------------------
def _converter_park() -> Park:
    """Crude solvent S (10 t/h) → distillation C (intake K_in): 60 % product P, 30 % bottoms R, 0.05 MW of power.

    R goes to incineration (800 CNY/t, 0.5 tCO2/t, scope 1); C's power comes from the grid
    (600 CNY/MWh, 0.5 tCO2/MWh, scope 2); the product P serves solvent demand N (6 t/h),
    else virgin solvent (9,000 CNY/t, 1.8 tCO2/t upstream, scope 3 by default for material).
    """
    park = _park("A", "B", "C")
    park.utilities["V"] = Utility(
        "V", Medium.MATERIAL, "virgin solvent", "t", cost_cny_per_unit=9000, co2_t_per_unit=1.8
    )
    park.utilities["G"] = Utility(
        "G", Medium.ELECTRICITY, "grid", "MWh", cost_cny_per_unit=600, co2_t_per_unit=0.5
    )
    park.disposals["I"] = Disposal(
        "I", Medium.MATERIAL, "incineration", "t", cost_cny_per_unit=800, co2_t_per_unit=0.5
    )
    park.disposals["X"] = Disposal(
        "X", Medium.MATERIAL, "hazardous-waste contractor", "t", cost_cny_per_unit=3000
    )
    park.streams["S"] = Stream(
        "S",
        "A",
        Direction.SOURCE,
        Medium.MATERIAL,
        "spent solvent",
        10,
        "t/h",
        substance="solvent",
        purity_pct=80,
        disposal="X",
    )
    park.streams["K_in"] = Stream(
        "K_in", "B", Direction.SINK, Medium.MATERIAL, "still feed", 10, "t/h", substance="solvent"
    )
    park.streams["P"] = Stream(
        "P",
        "B",
        Direction.SOURCE,
        Medium.MATERIAL,
        "recovered solvent",
        0,
        "t/h",
        substance="solvent",
        purity_pct=99.5,
    )
    park.streams["R"] = Stream(
        "R",
        "B",
        Direction.SOURCE,
        Medium.MATERIAL,
        "still bottoms",
        0,
        "t/h",
        substance="bottoms",
        disposal="I",
    )
    park.streams["E"] = Stream(
        "E", "B", Direction.SINK, Medium.ELECTRICITY, "still power", 0, "MW", utility="G"
    )
    park.streams["N"] = Stream(
        "N",
        "C",
        Direction.SINK,
        Medium.MATERIAL,
        "solvent demand",
        6,
        "t/h",
        substance="solvent",
        purity_pct=99,
        utility="V",
    )
    park.converters["C"] = Converter(
        "C", "B", "K_in", "P", ratio=0.6, capacity=10, residue="R", residue_ratio=0.3, aux="E", aux_ratio=0.05
    )
    park.links_declared = True
    park.links["L1"] = Link("L1", "S", "K_in")
    park.links["L2"] = Link("L2", "P", "N")
    return park


def test_a_converter_sends_its_residue_and_draws_its_own_use() -> None:
    park = _converter_park()
    assert [p for p in validate_park(park) if p.severity == "error"] == []
    result = optimize(park, SolveOptions(objective="cost"))
    # Recycling pays: 10 t/h through C gives 6 t/h of product (all of N), 3 t/h of bottoms, 0.5 MW of power.
    assert result.converters.loc["C", "intake"] == pytest.approx(10.0)
    assert result.disposals.loc["R", "amount"] == pytest.approx(3.0)
    assert result.utilities.loc["E", "amount"] == pytest.approx(0.5)
    table = park_kpis(park, result)
    values = table.values
    # standalone: N from V: 48,000 t × 1.8 = 86,400 t CO2 upstream (scope 3, not in the total);
    # S to X: 80,000 t × 3,000 = 240 M CNY; V 48,000 × 9,000 = 432 M CNY; no scope 1 or 2 CO2
    assert values["co2_upstream_t_per_yr"]["standalone"] == pytest.approx(86_400)
    assert values["co2_t_per_yr"]["standalone"] == pytest.approx(0.0)
    assert values["cost_cny_per_yr"]["standalone"] == pytest.approx(672_000_000)
    # optimized: bottoms 24,000 t × 0.5 = 12,000 t (scope 1) + power 4,000 MWh × 0.5 = 2,000 t (scope 2);
    # cost 24,000 × 800 + 4,000 × 600 = 19.2 M + 2.4 M = 21.6 M CNY; upstream 0
    assert values["co2_scope1_t_per_yr"]["optimized"] == pytest.approx(12_000)
    assert values["co2_scope2_t_per_yr"]["optimized"] == pytest.approx(2_000)
    assert values["co2_t_per_yr"]["optimized"] == pytest.approx(14_000)
    assert values["co2_upstream_t_per_yr"]["optimized"] == pytest.approx(0.0)
    assert values["cost_cny_per_yr"]["optimized"] == pytest.approx(21_600_000)
    # mass: 10 t/h in = 6 t/h product + 3 t/h bottoms + 1 t/h the ratios leave (the user's 0.6 + 0.3)
    assert result.converters.loc["C", "output_amount"] == pytest.approx(6.0)


def test_an_idle_converter_leaves_no_residue_and_uses_nothing_standalone() -> None:
    table = park_kpis(_converter_park())
    standalone = table.states["standalone"]
    assert standalone.disposal_use.get("R", 0.0) == 0.0 and standalone.utility_use.get("E", 0.0) == 0.0


# ---------------------------------------------------------------------------
# Scopes, CO2 products, energy basis, hours
# ---------------------------------------------------------------------------
def test_scopes_are_reported_apart_and_the_headline_is_scope_1_plus_2() -> None:
    park = _park("A")
    park.utilities["B"] = Utility("B", Medium.STEAM, "boiler", "t", co2_t_per_unit=0.2)  # blank → 1
    park.utilities["G"] = Utility("G", Medium.ELECTRICITY, "grid", "MWh", co2_t_per_unit=0.5)  # blank → 2
    park.utilities["M"] = Utility("M", Medium.MATERIAL, "acid", "t", co2_t_per_unit=1.0)  # blank → 3
    park.utilities["P"] = Utility("P", Medium.STEAM, "purchased steam", "t", co2_t_per_unit=0.3, scope=2)
    park.streams["K1"] = Stream("K1", "A", Direction.SINK, Medium.STEAM, amount=1, utility="B")
    park.streams["K2"] = Stream("K2", "A", Direction.SINK, Medium.ELECTRICITY, amount=1, utility="G")
    park.streams["K3"] = Stream(
        "K3", "A", Direction.SINK, Medium.MATERIAL, amount=1, substance="acid", utility="M"
    )
    park.streams["K4"] = Stream("K4", "A", Direction.SINK, Medium.STEAM, amount=1, utility="P")
    values = park_kpis(park).values
    # per year: scope 1 = 8000 × 0.2 = 1,600; scope 2 = 8000 × (0.5 + 0.3) = 6,400; scope 3 = 8,000
    assert values["co2_scope1_t_per_yr"]["standalone"] == pytest.approx(1_600)
    assert values["co2_scope2_t_per_yr"]["standalone"] == pytest.approx(6_400)
    assert values["co2_upstream_t_per_yr"]["standalone"] == pytest.approx(8_000)
    assert values["co2_t_per_yr"]["standalone"] == pytest.approx(8_000)  # 1,600 + 6,400, never + upstream


def test_co2_sold_as_a_product_is_utilised_not_avoided() -> None:
    # 5 t/h of CO2 vented (1 t CO2 per t) or sent to a food plant that otherwise buys CO2
    # (no park CO2 for the purchase).  Standalone: 40,000 t vented.  Current: the vent is empty
    # but the 40,000 t sent are released where they are used: the park's CO2 stays 40,000 t,
    # reported as utilised beside it.
    park = _park()
    park.disposals["V"] = Disposal("V", Medium.MATERIAL, "vent", "t", co2_t_per_unit=1.0)
    park.utilities["C"] = Utility("C", Medium.MATERIAL, "purchased CO2", "t", cost_cny_per_unit=600)
    park.streams["S"] = Stream(
        "S", "A", Direction.SOURCE, Medium.MATERIAL, "CO2", 5, "t/h", substance="CO2", disposal="V"
    )
    park.streams["K"] = Stream(
        "K", "B", Direction.SINK, Medium.MATERIAL, "food-grade CO2", 5, "t/h", substance="CO2", utility="C"
    )
    park.links["L"] = Link("L", "S", "K", LinkStatus.EXISTING, current_flow=5)
    values = park_kpis(park).values
    assert values["co2_t_per_yr"]["standalone"] == pytest.approx(40_000)
    assert values["co2_t_per_yr"]["current"] == pytest.approx(40_000)
    assert values["co2_utilised_t_per_yr"]["current"] == pytest.approx(40_000)
    assert values["co2_utilised_t_per_yr"]["standalone"] == pytest.approx(0.0)


def test_electricity_energy_is_calorific_by_default_and_the_other_basis_is_beside_it() -> None:
    # 1 MW × 8000 h = 8,000 MWh: × 0.1229 = 983.2 tce (当量值), × 0.3055 = 2,444 tce (等价值)
    park = _park("A")
    park.utilities["G"] = Utility("G", Medium.ELECTRICITY, "grid", "MWh", factor="grid_electricity")
    park.streams["E"] = Stream("E", "A", Direction.SINK, Medium.ELECTRICITY, amount=1, utility="G")
    table = park_kpis(park)
    assert table.values["energy_tce_per_yr"]["standalone"] == pytest.approx(983.2)
    assert table.energy_other_basis["standalone"] == pytest.approx(2_444)
    park.electricity_tce_basis = ElectricityTceBasis.GENERATION
    table = park_kpis(park)
    assert table.values["energy_tce_per_yr"]["standalone"] == pytest.approx(2_444)
    assert table.energy_other_basis["standalone"] == pytest.approx(983.2)


def test_purchased_steam_energy_and_co2_come_from_one_fuel() -> None:
    # 0.11 tCO2/GJ stands for heat raised from coal; the energy is the coal whose CO2 that is,
    # so CO2 ÷ energy = 2.7725 tCO2/tce (it was 2.90 when energy was IF97 ÷ 0.9)
    values = FactorLibrary.load().accounting_values(
        Utility("P", Medium.STEAM, factor="purchased_heat", pressure_mpa=1.0)
    )
    coal_co2 = _factor("coal.carbon_content") * _factor("tce.gj") * 44 / 12 / 1000
    assert values.co2_t / values.energy_tce == pytest.approx(coal_co2, rel=1e-9)
    assert values.scope == 2


def test_an_enterprise_runs_its_own_hours() -> None:
    # B runs 365 days (8760 h): 24 t/d = 1 t/h of fresh water → 8,760 t/yr, not 8,000;
    # A keeps the park's 8000 h
    park = _park()
    park.enterprises["B"].hours_per_year = 8760
    park.utilities["F"] = Utility("F", Medium.WATER, "fresh water", "t", factor="fresh_water")
    park.streams["KA"] = Stream("KA", "A", Direction.SINK, Medium.WATER, amount=24, unit="t/d", utility="F")
    park.streams["KB"] = Stream("KB", "B", Direction.SINK, Medium.WATER, amount=24, unit="t/d", utility="F")
    values = park_kpis(park).values
    assert values["fresh_water_t_per_yr"]["standalone"] == pytest.approx(8_000 + 8_760)
    result = optimize(park, SolveOptions(objective="cost"))
    assert park_kpis(park, result).values["fresh_water_t_per_yr"]["optimized"] == pytest.approx(16_760)


def test_what_the_park_cannot_count_is_none() -> None:
    document = park_kpis(_steam_park(0.3, 100.0)).as_dict()
    # no water anywhere: COD is not modelled; no scope-3 row: upstream not modelled
    assert document["cod_discharged_t_per_yr"]["standalone"] is None
    assert document["co2_upstream_t_per_yr"]["current"] is None
    assert document["co2_t_per_yr"]["standalone"] == pytest.approx(10_880)


def test_converter_residue_and_aux_are_checked_where_they_are_named() -> None:
    park = _converter_park()
    park.converters["C"].aux = "N"  # a sink that already has a purpose, but not a converter's: allowed shape
    park.converters["C"].residue = "K_in"  # a sink cannot be a residue
    park.converters["C"].aux_ratio = None
    problems = {(p.column, p.message.split(";")[0]) for p in validate_park(park) if p.severity == "error"}
    assert ("residue", "residue stream K_in must be a source, it is a sink") in problems
    assert ("aux_ratio", "aux_ratio is required") in problems


def test_a_converter_residue_outside_the_heat_cascade_only() -> None:
    park = _converter_park()
    park.streams["H"] = Stream(
        "H",
        "B",
        Direction.SOURCE,
        Medium.HEAT,
        "still condenser heat",
        0,
        "MW",
        temperature_c=90,
        target_temperature_c=40,
    )
    park.converters["C"].residue = "H"
    messages = [p.message for p in validate_park(park) if p.severity == "error" and p.column == "residue"]
    assert messages and "outside the heat cascade" in messages[0]


def test_a_converter_intake_of_water_needs_no_effluent_route() -> None:
    # mother liquor (water, 5,000 mg/L) into a salt-recovery unit: the unit's output and residue
    # carry what the COD becomes, so validate does not ask for an effluent route on its intake
    park = _park()
    park.disposals["D"] = Disposal("D", Medium.WATER, "wastewater plant", "t", cod_removal_pct=95)
    park.streams["M"] = Stream(
        "M", "A", Direction.SOURCE, Medium.WATER, "mother liquor", 2, "t/h", cod_mg_l=5000, disposal="D"
    )
    park.streams["R_in"] = Stream("R_in", "B", Direction.SINK, Medium.WATER, "recovery feed", 2, "t/h")
    park.streams["R_out"] = Stream(
        "R_out", "B", Direction.SOURCE, Medium.MATERIAL, "salt", 0, "t/h", substance="NaBr"
    )
    park.converters["R"] = Converter("R", "B", "R_in", "R_out", ratio=0.1)
    park.links["L"] = Link("L", "M", "R_in")
    assert not [p for p in validate_park(park) if p.entity_id == "R_in" and p.column == "disposal"]
