"""Heat pumps: a COP worked by hand, the ratios it gives, and when the optimizer runs the pump.

The park: plant A rejects 4 MW of waste heat at 60 → 50 °C to a cooling tower;
its heat pump takes heat in at 40 → 45 °C (ΔTmin 10 K below the waste heat, so
all 4 MW can reach it) and delivers it at 90 → 80 °C to plant B, which today
heats 5 MW at 70 → 78 °C with gas at 300 CNY/MWh.

COP by hand (parkflow/model/heat_pumps.py; resources/factors.csv: η = 0.5,
approach 5 K, cap 8):
    T_cold = 40 − 5 = 35 °C = 308.15 K   (evaporating below the intake)
    T_hot  = 90 + 5 = 95 °C = 368.15 K   (condensing above the output)
    Carnot COP = 368.15 / (368.15 − 308.15) = 368.15 / 60 = 6.135833
    COP = 0.5 × 6.135833 = 3.067917
Per MW of intake: heat out = COP/(COP − 1) = 3.067917/2.067917 = 1.483579 MW,
electricity = 1/(COP − 1) = 0.483579 MW (1.483579 = 1 + 0.483579: heat out =
heat in + electricity).
B's 5 MW from the pump: intake 5/1.483579 = 3.370234 MW (≤ the 4 MW of waste
heat), electricity 5/COP = 1.629770 MW.
Per MWh of B's heat the pump costs (1/COP) × power price; gas costs 300 CNY, so
the break-even power price is 300 × COP = 300 × 3.067917 = 920.375 CNY/MWh.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from optimize_helpers import check_result

from parkflow.model.entities import (
    Converter,
    Direction,
    Disposal,
    Enterprise,
    Medium,
    Park,
    Period,
    Profile,
    Stream,
    Utility,
    profile_key,
)
from parkflow.model.factors import FactorLibrary
from parkflow.model.heat_pumps import converter_ratios, cop_estimate, heat_pump
from parkflow.model.state import sink_demand, source_available, standalone_state
from parkflow.model.store import open_scenario, save_scenario
from parkflow.model.validate import errors, validate_park
from parkflow.optimize import SolveOptions, optimize
from parkflow.report.content import build_report
from parkflow.report.kpis import park_kpis

HOURS = 8000.0
GAS_HEAT_CNY_PER_MWH = 300.0
GAS_HEAT_CO2_T_PER_MWH = 0.224  # typed on the utility: a gas boiler's heat (estimate for the test)
COP = 0.5 * 368.15 / 60.0  # 3.067917, worked above
HEAT_OUT_PER_MW = COP / (COP - 1.0)  # 1.483579
POWER_PER_MW = 1.0 / (COP - 1.0)  # 0.483579
BREAK_EVEN_CNY_PER_MWH = GAS_HEAT_CNY_PER_MWH * COP  # 920.375


def _park(
    power_cny_per_mwh: float,
    *,
    intake_c: tuple[float, float] = (40.0, 45.0),
    output_c: tuple[float, float] = (90.0, 80.0),
    ratio: float | None = None,
    aux_ratio: float | None = None,
) -> Park:
    park = Park(name="heat pump park", hours_per_year=HOURS, dt_min_k=10.0, links_declared=False)
    park.enterprises["A"] = Enterprise("A", "Plant with waste heat")
    park.enterprises["B"] = Enterprise("B", "Plant heating 70 → 78 °C")
    park.utilities["U_GAS_HEAT"] = Utility(
        "U_GAS_HEAT",
        Medium.HEAT,
        cost_cny_per_unit=GAS_HEAT_CNY_PER_MWH,
        co2_t_per_unit=GAS_HEAT_CO2_T_PER_MWH,
        scope=1,
        temperature_c=150,
    )
    park.utilities["U_GRID"] = Utility(
        "U_GRID", Medium.ELECTRICITY, factor="grid_electricity", cost_cny_per_unit=power_cny_per_mwh
    )
    park.disposals["D_CT"] = Disposal("D_CT", Medium.HEAT, cost_cny_per_unit=0.0, co2_t_per_unit=0.0)
    park.streams["S_WASTE"] = Stream(
        "S_WASTE",
        "A",
        Direction.SOURCE,
        Medium.HEAT,
        amount=4.0,
        unit="MW",
        temperature_c=60,
        target_temperature_c=50,
        disposal="D_CT",
    )
    park.streams["K_HP_IN"] = Stream(
        "K_HP_IN",
        "A",
        Direction.SINK,
        Medium.HEAT,
        amount=4.0,
        unit="MW",
        temperature_c=intake_c[0],
        target_temperature_c=intake_c[1],
    )
    park.streams["S_HP_OUT"] = Stream(
        "S_HP_OUT",
        "A",
        Direction.SOURCE,
        Medium.HEAT,
        amount=0.0,
        unit="MW",
        temperature_c=output_c[0],
        target_temperature_c=output_c[1],
    )
    park.streams["K_HP_POWER"] = Stream(
        "K_HP_POWER", "A", Direction.SINK, Medium.ELECTRICITY, amount=0.0, unit="MW", utility="U_GRID"
    )
    park.streams["K_USER"] = Stream(
        "K_USER",
        "B",
        Direction.SINK,
        Medium.HEAT,
        amount=5.0,
        unit="MW",
        temperature_c=70,
        target_temperature_c=78,
        utility="U_GAS_HEAT",
    )
    park.converters["HP"] = Converter(
        "HP", "A", "K_HP_IN", "S_HP_OUT", ratio=ratio, aux="K_HP_POWER", aux_ratio=aux_ratio
    )
    return park


def test_cop_and_ratios_match_the_hand_worked_figures() -> None:
    park = _park(600.0)
    estimate = cop_estimate(park, park.converters["HP"])
    assert estimate.t_cold_k == pytest.approx(308.15)
    assert estimate.t_hot_k == pytest.approx(368.15)
    assert estimate.carnot_cop == pytest.approx(6.135833, rel=1e-6)
    assert estimate.cop == pytest.approx(3.067917, rel=1e-6)
    assert not estimate.capped
    pump = heat_pump(park, park.converters["HP"])
    assert pump.ratio == pytest.approx(1.483579, rel=1e-6)
    assert pump.aux_ratio == pytest.approx(0.483579, rel=1e-5)
    assert pump.cop == pytest.approx(COP)
    assert pump.balance_gap_mw == pytest.approx(0.0, abs=1e-12)  # heat out = heat in + electricity
    assert converter_ratios(park, park.converters["HP"]) == pytest.approx((HEAT_OUT_PER_MW, POWER_PER_MW))
    assert "COP 3.07" in pump.describe() and "6.14" in pump.describe()


def test_hot_water_ratios_go_through_the_heat_duty() -> None:
    # Intake hot water 40 → 45 °C carries 4.186 × 5/3600 = 0.0058139 MW per t/h, output 90 → 80 °C
    # 4.186 × 10/3600 = 0.0116278 MW per t/h.  Per t/h of intake: heat out 0.0058139 × 1.483579 MW
    # = 0.741789 t/h of output; electricity 0.0058139 × 0.483579 = 0.0028115 MW.
    park = _park(600.0)
    for stream_id in ("K_HP_IN", "S_HP_OUT"):
        stream = park.streams[stream_id]
        park.streams[stream_id] = Stream(
            stream.id,
            stream.enterprise,
            stream.direction,
            Medium.HOT_WATER,
            amount=100.0,
            unit="t/h",
            temperature_c=stream.temperature_c,
            target_temperature_c=stream.target_temperature_c,
        )
    pump = heat_pump(park, park.converters["HP"])
    assert pump.ratio == pytest.approx(0.741789, rel=1e-5)
    assert pump.aux_ratio == pytest.approx(4.186 * 5 / 3600 * POWER_PER_MW, rel=1e-9)
    assert pump.ratio * 4.186 * 10 / 3600 == pytest.approx(4.186 * 5 / 3600 + pump.aux_ratio)


def test_one_typed_figure_fixes_the_other_by_the_energy_balance() -> None:
    # A tested COP of 4 typed as ratio 4/3 per MW of intake: electricity 4/3 − 1 = 1/3 MW.
    park = _park(600.0, ratio=4.0 / 3.0)
    assert converter_ratios(park, park.converters["HP"]) == pytest.approx((4.0 / 3.0, 1.0 / 3.0))
    park = _park(600.0, aux_ratio=0.25)  # 0.25 MW per MW of intake: heat out 1.25 MW, COP 5
    pump = heat_pump(park, park.converters["HP"])
    assert (pump.ratio, pump.cop) == pytest.approx((1.25, 5.0))
    park = _park(600.0, ratio=1.2, aux_ratio=0.5)  # 1.2 ≠ 1 + 0.5: a warning at aux_ratio
    warnings = [p for p in validate_park(park) if p.kind == "converter" and p.severity == "warning"]
    assert [p.column for p in warnings] == ["aux_ratio"]


@pytest.mark.parametrize(
    ("intake_c", "output_c", "column", "words"),
    [
        ((50.0, 55.0), (50.0, 45.0), "output", "not hotter than"),  # no lift
        ((40.0, 45.0), (400.0, 390.0), "ratio", "not above 1"),  # 0.5 × 678.15/370 = 0.916
    ],
)
def test_impossible_lifts_are_located_errors(
    intake_c: tuple[float, float], output_c: tuple[float, float], column: str, words: str
) -> None:
    park = _park(600.0, intake_c=intake_c, output_c=output_c)
    problems = [p for p in errors(validate_park(park)) if p.kind == "converter"]
    assert [(p.entity_id, p.column) for p in problems] == [("HP", column)]
    assert words in problems[0].message


def test_a_large_cop_is_capped() -> None:
    # 40 → 45 °C lifted to 50 → 45 °C: T_hot 328.15 K, T_cold 308.15 K, Carnot 16.41, × 0.5 = 8.20 > 8.
    park = _park(600.0, output_c=(50.0, 45.0))
    estimate = cop_estimate(park, park.converters["HP"])
    assert estimate.uncapped_cop == pytest.approx(0.5 * 328.15 / 20.0)
    assert estimate.capped and estimate.cop == 8.0


def test_blank_ratios_survive_the_scenario_file(tmp_path: Path) -> None:
    park = _park(600.0)
    path = tmp_path / "hp.parkflow"
    save_scenario(path, park)
    converter = open_scenario(path).park.converters["HP"]
    assert (converter.ratio, converter.aux_ratio) == (None, None)


def _run(power_cny_per_mwh: float) -> tuple[Park, float, float, float]:
    park = _park(power_cny_per_mwh)
    assert not errors(validate_park(park))
    result = optimize(park, SolveOptions(objective="cost", mode="lp"))
    check_result(park, result)
    intake = float(result.converters.loc["HP", "intake"])
    power = float(result.utilities["amount"].get("K_HP_POWER", 0.0))
    gas = float(result.utilities["amount"].get("K_USER", 0.0))
    return park, intake, power, gas


@pytest.mark.parametrize("price", [600.0, 900.0])
def test_the_pump_runs_when_power_is_cheaper_than_break_even(price: float) -> None:
    assert price < BREAK_EVEN_CNY_PER_MWH  # 920.375 CNY/MWh
    park, intake, power, gas = _run(price)
    assert gas == pytest.approx(0.0, abs=1e-6)
    assert intake == pytest.approx(5.0 / HEAT_OUT_PER_MW, rel=1e-6)  # 3.370234 MW
    assert power == pytest.approx(5.0 / COP, rel=1e-6)  # 1.629770 MW
    # energy balance of the unit: heat out = heat in + electricity
    result_out = source_available(park, park.streams["S_HP_OUT"], {"HP": intake})
    assert result_out == pytest.approx(intake + power, rel=1e-9)
    assert sink_demand(park, park.streams["K_HP_POWER"], {"HP": intake}) == pytest.approx(power)


@pytest.mark.parametrize("price", [940.0, 1200.0])
def test_the_pump_stays_idle_when_power_is_dearer_than_break_even(price: float) -> None:
    assert price > BREAK_EVEN_CNY_PER_MWH
    _park_, intake, power, gas = _run(price)
    assert intake == pytest.approx(0.0, abs=1e-7)
    assert power == pytest.approx(0.0, abs=1e-7)
    assert gas == pytest.approx(5.0)


def test_accounting_counts_the_pumps_power_as_scope_2_and_closes_the_cost() -> None:
    # Optimized at 600 CNY/MWh: 1.629770 MW × 8,000 h = 13,038.2 MWh of grid power,
    # × the Zhejiang grid factor (scope 2) and × 600 CNY = 7,822,895 CNY/yr; the gas heat
    # (5 MW × 8,000 h × 300 CNY = 12,000,000 CNY/yr and × 0.224 t = 8,960 t scope 1) is gone.
    park, _intake, power, _gas = _run(600.0)
    result = optimize(park, SolveOptions(objective="cost", mode="lp"))
    table = park_kpis(park, result).as_dict()
    grid = FactorLibrary.load().for_park(park).value("electricity.co2")
    mwh = 5.0 / COP * HOURS
    assert power * HOURS == pytest.approx(mwh, rel=1e-6)
    assert table["co2_scope2_t_per_yr"]["optimized"] == pytest.approx(mwh * grid, rel=1e-6)
    assert table["co2_scope1_t_per_yr"]["optimized"] == pytest.approx(0.0, abs=1e-6)
    assert table["co2_scope1_t_per_yr"]["standalone"] == pytest.approx(5.0 * HOURS * GAS_HEAT_CO2_T_PER_MWH)
    assert table["co2_scope2_t_per_yr"]["standalone"] == pytest.approx(
        0.0, abs=1e-9
    )  # the pump is idle alone
    assert table["cost_cny_per_yr"]["optimized"] == pytest.approx(mwh * 600.0, rel=1e-6)
    assert table["cost_cny_per_yr"]["standalone"] == pytest.approx(5.0 * HOURS * GAS_HEAT_CNY_PER_MWH)
    assert not math.isnan(table["energy_tce_per_yr"]["optimized"])
    assert standalone_state(park).utility_use.get("K_HP_POWER", 0.0) == 0.0


def test_the_report_shows_the_derived_cop_and_lists_its_factors() -> None:
    park = _park(600.0)
    result = optimize(park, SolveOptions(objective="cost", mode="lp"))
    report = build_report(park, result)
    tables = {table.key: table for table in report.tables}
    (row,) = tables["converters"].rows
    assert (
        row[0] == "HP" and row[2] == pytest.approx(HEAT_OUT_PER_MW) and row[4] == pytest.approx(POWER_PER_MW)
    )
    assert row[5] == pytest.approx(COP)
    assert "368.15" in row[6][0] and "卡诺" in row[6][1]
    assert row[7] == pytest.approx(5.0 / HEAT_OUT_PER_MW, rel=1e-6)
    keys = {factor_row[1] for factor_row in tables["factors"].rows}
    assert {"heat_pump.exergy_efficiency", "heat_pump.approach_k", "heat_pump.cop_max"} <= keys


def test_with_periods_the_pump_runs_only_when_power_is_cheap() -> None:
    # Grid power 1,000 CNY/MWh × 0.6 = 600 in the 4,000 valley hours (below the 920.375 break-even)
    # and × 1.2 = 1,200 in the 4,000 peak hours (above it).  Valley: the pump serves B's 5 MW with
    # 1.629770 MW of power, 1.629770 × 600 × 4,000 = 3,911,448 CNY; peak: gas, 5 × 300 × 4,000 =
    # 6,000,000 CNY.  The year: 9,911,448 CNY (no capex: the links cost nothing).
    park = _park(1000.0)
    park.periods["valley"] = Period("valley", "valley power", 4000.0)
    park.periods["peak"] = Period("peak", "peak power", 4000.0)
    park.profiles[profile_key("valley", "U_GRID")] = Profile("valley", "U_GRID", cost_factor=0.6)
    park.profiles[profile_key("peak", "U_GRID")] = Profile("peak", "U_GRID", cost_factor=1.2)
    assert not errors(validate_park(park))
    result = optimize(park, SolveOptions(objective="cost", mode="lp"))
    intake = result.converters.set_index("period")["intake"]
    assert intake["valley"] == pytest.approx(5.0 / HEAT_OUT_PER_MW, rel=1e-6)
    assert intake["peak"] == pytest.approx(0.0, abs=1e-7)
    power = 5.0 / COP
    assert result.objective_value == pytest.approx(power * 600.0 * 4000 + 5.0 * 300.0 * 4000, rel=1e-6)
    table = park_kpis(park, result).as_dict()
    assert table["cost_cny_per_yr"]["optimized"] == pytest.approx(9_911_448.0, rel=1e-6)
    grid = FactorLibrary.load().for_park(park).value("electricity.co2")
    assert table["co2_scope2_t_per_yr"]["optimized"] == pytest.approx(power * 4000 * grid, rel=1e-6)


def test_a_steam_raising_heat_pump_counts_the_steams_heat_over_make_up_water() -> None:
    # Intake 80 → 85 °C lifted to saturated 0.3 MPa steam (IAPWS-IF97: 133.52 °C, h'' = 2,724.9 kJ/kg):
    # T_hot = 138.52 °C = 411.67 K, T_cold = 75 °C = 348.15 K, Carnot 411.67/63.52 = 6.481, COP 3.240;
    # heat out 3.240/2.240 = 1.4464 MW per MW taken in; a t/h of that steam carries
    # (2,724.9 − 83.74)/3,600 = 0.73366 MW over 20 °C make-up, so ratio = 1.4464/0.73366 = 1.9715 t/h.
    park = _park(600.0, intake_c=(80.0, 85.0))
    park.streams["S_HP_OUT"] = Stream(
        "S_HP_OUT", "A", Direction.SOURCE, Medium.STEAM, amount=0.0, unit="t/h", pressure_mpa=0.3
    )
    pump = heat_pump(park, park.converters["HP"])
    assert pump.estimate is not None and pump.estimate.output_c == pytest.approx(133.52, abs=0.01)
    assert pump.cop == pytest.approx(3.240, rel=1e-3)
    assert pump.output_mw_per_unit == pytest.approx(0.73366, rel=1e-4)
    assert pump.ratio == pytest.approx(1.9715, rel=1e-3)
    assert pump.balance_gap_mw == pytest.approx(0.0, abs=1e-12)
