"""KPIs of a hand-built park, computed on paper here, against park_kpis for all three states.

Factors are read from the library file itself (resources/factors.csv) and the
steam enthalpy from the physics module, never from the accounting code.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from report_helpers import small_park, small_result

from parkflow.model import physics
from parkflow.report.kpis import (
    KPI_KEYS,
    breakdown_by_enterprise,
    breakdown_by_link,
    breakdown_by_medium,
    kpis_for_state,
    park_kpis,
)

LIBRARY_FILE = Path(__file__).resolve().parents[1] / "resources" / "factors.csv"
HOURS = 8000.0
CO2_PRICE = 50.0
COD_PRICE = 1000.0
#: KPIs the small park carries nothing for (no NH3-N, no air pollutant, no value added).
NOT_MODELLED_HERE = ("vocs_t_per_yr", "co2_t_per_10k_cny", "energy_tce_per_10k_cny")


def _factor(key: str, region: str = "", year: str = "") -> float:
    with LIBRARY_FILE.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if (
                row["key"] == key
                and (not region or row["region"] == region)
                and (not year or row["year"] == year)
            ):
                return float(row["value"])
    raise KeyError(key)


def _paper() -> dict[str, dict[str, float | None]]:
    """Every KPI of the three states of tests.report_helpers.small_park, by hand."""
    ncv_gj_per_nm3 = _factor("natural_gas.ncv") / 1e4
    gas_co2_t_per_nm3 = (
        ncv_gj_per_nm3
        * _factor("natural_gas.carbon_content")
        / 1000
        * _factor("natural_gas.oxidation")
        * 44
        / 12
    )
    gas_tce_per_nm3 = ncv_gj_per_nm3 / _factor("tce.gj")
    # gas-boiler steam, saturated at 1.0 MPa (utility U-steam)
    heat_gj_per_t = (physics.steam_enthalpy_kj_per_kg(1.0) - _factor("heat.makeup_water_enthalpy")) / 1000
    gas_per_t = heat_gj_per_t / _factor("boiler.efficiency") / ncv_gj_per_nm3
    steam = {"co2": gas_per_t * gas_co2_t_per_nm3, "tce": gas_per_t * gas_tce_per_nm3, "gas": gas_per_t}
    # its flue gas (Nm³ per Nm³ of gas) leaves at the gas-boiler limits, mg/Nm³ → t
    flue_gas = gas_per_t * _factor("flue_gas.natural_gas_nm3_per_nm3")
    air = {
        pollutant: flue_gas * _factor(f"air_limit.gas_boiler_{pollutant}") * 1e-9
        for pollutant in ("nox", "so2", "pm")
    }
    steam["cost"] = 200 + CO2_PRICE * steam["co2"]
    # grid electricity per MWh: Zhejiang 2023, calorific equivalent (the default basis since
    # accounting version 2; GB/T 2589 当量值); typed price 0.7 CNY/kWh
    grid_co2 = _factor("electricity.co2", "zhejiang", "2023")
    grid = {
        "co2": grid_co2,
        "tce": _factor("electricity.kgce_energy_content"),
        "cost": 700 + CO2_PRICE * grid_co2,
    }
    # wastewater: 80 mg/L effluent, 90 % removal, 3 CNY/t
    cod_generated_per_t = 80e-6
    cod_discharged_per_t = 80e-6 * 0.1
    wastewater_cost = 3 + COD_PRICE * cod_discharged_per_t
    crf = 0.08 * 1.08**10 / (1.08**10 - 1)

    def state(
        steam_make_up: float, water_make_up: float, effluent: float, link_cost: float, capex: float
    ) -> dict[str, float | None]:
        # KW (process water) names no effluent route: the COD it receives is retained, not
        # discharged; gas-boiler steam is scope 1, grid power scope 2; fresh water (scope 3)
        # carries no CO2 factor, so upstream CO2 is not modelled (None)
        return {
            "co2_t_per_yr": HOURS * (steam_make_up * steam["co2"] + 2 * grid["co2"]),
            "co2_scope1_t_per_yr": HOURS * steam_make_up * steam["co2"],
            "co2_scope2_t_per_yr": HOURS * 2 * grid["co2"],
            "co2_upstream_t_per_yr": None,
            "co2_utilised_t_per_yr": 0.0,
            "cod_generated_t_per_yr": HOURS * effluent * cod_generated_per_t,
            "cod_discharged_t_per_yr": HOURS * effluent * cod_discharged_per_t,
            "energy_tce_per_yr": HOURS * (steam_make_up * steam["tce"] + 2 * grid["tce"]),
            "natural_gas_nm3_per_yr": HOURS * steam_make_up * steam["gas"],
            "fresh_water_t_per_yr": HOURS * water_make_up,
            "cost_cny_per_yr": HOURS
            * (
                steam_make_up * steam["cost"]
                + 2 * grid["cost"]
                + water_make_up * 4
                + effluent * wastewater_cost
                + link_cost
            )
            + capex,
            # no stream carries NH3-N, but D-ww (wastewater_plant factor, no nh3n_removal_pct)
            # discharges at its GB 18918 class 1A limit of 5 mg/L: 20 t/h × 8000 h × 5e-6 = 0.8 t/yr
            # standalone; the plant adds it, so generated = discharged
            "nh3n_generated_t_per_yr": HOURS * effluent * 5e-6,
            "nh3n_discharged_t_per_yr": HOURS * effluent * 5e-6,
            # gas-boiler steam emits NOx, SO2 and PM; nothing carries VOCs, no enterprise states its
            # value added: not modelled (None)
            **{f"{pollutant}_t_per_yr": HOURS * steam_make_up * per_t for pollutant, per_t in air.items()},
            **dict.fromkeys(NOT_MODELLED_HERE),
            # pollution equivalents: kg ÷ the law's value (COD 1, NH3-N 0.8, NOx and SO2 0.95, soot
            # 2.18 kg); tax at Zhejiang's 1.4 CNY (water) and 1.2 CNY (air) per equivalent
            **equivalents(
                HOURS * effluent * cod_discharged_per_t,
                HOURS * effluent * 5e-6,
                {pollutant: HOURS * steam_make_up * per_t for pollutant, per_t in air.items()},
            ),
        }

    def equivalents(cod_t: float, nh3n_t: float, air_t: dict[str, float]) -> dict[str, float | None]:
        water = cod_t * 1000 / 1 + nh3n_t * 1000 / 0.8
        air_pe = (air_t["nox"] + air_t["so2"]) * 1000 / 0.95 + air_t["pm"] * 1000 / 2.18
        return {
            "water_pollution_equivalents_per_yr": water,
            "air_pollution_equivalents_per_yr": air_pe,
            "environmental_tax_cny_per_yr": water * 1.4 + air_pe * 1.2,
        }

    return {
        "standalone": state(8, 15, 20, 0, 0),
        "current": state(3, 15, 20, 5 * 10, 0),  # L1 carries 5 t/h of steam
        "optimized": state(0, 0, 5, 8 * 10 + 15 * 0.5, 1e6 * crf),  # L1 8 t/h, L2 15 t/h built
    }


def test_all_three_states_match_the_paper_calculation() -> None:
    table = park_kpis(small_park(), small_result())
    paper = _paper()
    document = table.as_dict()
    assert list(document) == list(KPI_KEYS)
    for key in KPI_KEYS:
        for state in ("standalone", "current", "optimized"):
            expected = paper[state][key]
            if expected is None:
                assert document[key][state] is None, (key, state)
            else:
                assert document[key][state] == pytest.approx(expected, rel=1e-9, abs=1e-9), (key, state)


def test_without_result_optimized_is_none() -> None:
    document = park_kpis(small_park()).as_dict()
    assert all(document[key]["optimized"] is None for key in KPI_KEYS)
    standalone, current = document["co2_t_per_yr"]["standalone"], document["co2_t_per_yr"]["current"]
    assert standalone is not None and current is not None and standalone > current


def test_frame_has_reductions() -> None:
    frame = park_kpis(small_park(), small_result()).frame()
    paper = _paper()
    standalone, optimized = paper["standalone"]["co2_t_per_yr"], paper["optimized"]["co2_t_per_yr"]
    assert standalone is not None and optimized is not None
    assert frame.loc["co2_t_per_yr", "reduction_optimized"] == pytest.approx(standalone - optimized)
    assert frame.index.name == "kpi"


def test_breakdowns_add_up_to_the_totals() -> None:
    park, result = small_park(), small_result()
    table = park_kpis(park, result)
    for frame in (breakdown_by_enterprise(park, table=table), breakdown_by_medium(park, table=table)):
        for key in KPI_KEYS:
            for state in ("standalone", "current", "optimized"):
                assert frame[(key, state)].sum() == pytest.approx(table.values[key][state])
    links = breakdown_by_link(park, table=table)
    for key in KPI_KEYS:
        assert links[f"avoided_{key}"].sum() == pytest.approx(table.reduction(key, "standalone", "optimized"))


def test_kpis_for_state_equals_table_column() -> None:
    park = small_park()
    table = park_kpis(park)
    totals = kpis_for_state(park, table.states["current"])
    assert totals["co2_t_per_yr"] == pytest.approx(table.values["co2_t_per_yr"]["current"])
