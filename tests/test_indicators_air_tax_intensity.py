"""Air pollutants, pollution equivalents and tax, intensities per value added, permits, by enterprise.

A park small enough to redo on paper (8000 h/yr, typed figures only):

* A (value added 2×10⁸ CNY = 20,000 万元; permits COD 5 t/yr, NH3-N 0.5 t/yr) offers
  LP steam S-steam (5 t/h; burden 0.1 tCO2 and 4e-5 t NOx per t sent), hydrogen S-h2
  (1000 Nm³/h to the flare D-flare: 2e-7 t NOx and 1e-6 t VOCs per Nm³) and wastewater
  S-ww (10 t/h, 100 mg/L COD, 20 mg/L NH3-N, to D-ww removing 90 % COD, 80 % NH3-N).
* B (value added 5×10⁷ CNY = 5,000 万元; COD permit 1 t/yr, no NH3-N permit) needs steam
  K-steam (8 t/h) from U-steam: 0.2 tCO2, 0.025 tce, 1e-4 t NOx, 5e-5 t SO2, 2e-5 t PM per t.
* L1: S-steam → K-steam, existing, 5 t/h today.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from indicators_helpers import H, indicator_park

from parkflow.cli import main
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
from parkflow.model.store import save_scenario
from parkflow.model.validate import validate_park
from parkflow.report.kpis import park_kpis


def test_air_pollutants_from_utilities_disposals_and_burdens() -> None:
    values = park_kpis(indicator_park()).values
    # standalone: U-steam 8 t/h × 8000 h = 64,000 t → NOx 6.4, SO2 3.2, PM 1.28 t;
    # the flare 1000 Nm³/h × 8000 h = 8e6 Nm³ → NOx 1.6 t, VOCs 8 t
    assert values["nox_t_per_yr"]["standalone"] == pytest.approx(6.4 + 1.6)
    assert values["so2_t_per_yr"]["standalone"] == pytest.approx(3.2)
    assert values["pm_t_per_yr"]["standalone"] == pytest.approx(1.28)
    assert values["vocs_t_per_yr"]["standalone"] == pytest.approx(8.0)
    # current: U-steam 3 t/h → NOx 2.4; L1 sends 5 t/h, its burden 5 × 4e-5 × 8000 = 1.6 t NOx
    assert values["nox_t_per_yr"]["current"] == pytest.approx(2.4 + 1.6 + 1.6)
    assert values["so2_t_per_yr"]["current"] == pytest.approx(1.2)


def test_pollution_equivalents_and_tax_at_zhejiang_rates() -> None:
    values = park_kpis(indicator_park()).values
    # water, standalone: COD discharged 10 × 100e-6 × 8000 × 10 % = 0.8 t → 800 kg ÷ 1 kg = 800 PE;
    # NH3-N 10 × 20e-6 × 8000 × 20 % = 0.32 t → 320 kg ÷ 0.8 kg = 400 PE
    assert values["water_pollution_equivalents_per_yr"]["standalone"] == pytest.approx(1200.0)
    # air: (NOx 8.0 + SO2 3.2) t → 11,200 kg ÷ 0.95 = 11,789.47 PE; PM 1,280 kg ÷ 2.18 = 587.16 PE;
    # VOCs have no equivalent value
    air = 11_200 / 0.95 + 1_280 / 2.18
    assert values["air_pollution_equivalents_per_yr"]["standalone"] == pytest.approx(air)
    # tax: 1200 × 1.4 + 12,376.63 × 1.2 = 1,680 + 14,851.95 = 16,531.95 CNY/yr
    assert values["environmental_tax_cny_per_yr"]["standalone"] == pytest.approx(1200 * 1.4 + air * 1.2)


def test_intensities_per_10k_cny_for_the_park_and_each_enterprise() -> None:
    table = park_kpis(indicator_park())
    values, by_enterprise = table.values, table.by_enterprise()
    # standalone: B's CO2 = 64,000 t × 0.2 = 12,800 t over 5,000 万元 = 2.56 t/万元; energy
    # 64,000 × 0.025 = 1,600 tce → 0.32; A emits no CO2 (no link, the flare counts none): 0
    assert by_enterprise["B"]["co2_t_per_10k_cny"]["standalone"] == pytest.approx(2.56)
    assert by_enterprise["B"]["energy_tce_per_10k_cny"]["standalone"] == pytest.approx(0.32)
    assert by_enterprise["A"]["co2_t_per_10k_cny"]["standalone"] == pytest.approx(0.0)
    # park: 12,800 t over 25,000 万元 = 0.512 t/万元; 1,600 tce → 0.064 tce/万元
    assert values["co2_t_per_10k_cny"]["standalone"] == pytest.approx(0.512)
    assert values["energy_tce_per_10k_cny"]["standalone"] == pytest.approx(0.064)
    # current: A's burden 5 × 0.1 × 8000 = 4,000 t → 0.2 t/万元; B's utility 3 × 0.2 × 8000 = 4,800 t
    # → 0.96; park 8,800 / 25,000 = 0.352
    assert by_enterprise["A"]["co2_t_per_10k_cny"]["current"] == pytest.approx(0.2)
    assert by_enterprise["B"]["co2_t_per_10k_cny"]["current"] == pytest.approx(0.96)
    assert values["co2_t_per_10k_cny"]["current"] == pytest.approx(0.352)


def test_permit_surplus_per_enterprise_and_state() -> None:
    by_enterprise = park_kpis(indicator_park()).by_enterprise()
    # A: COD permit 5 − 0.8 discharged = 4.2 t; NH3-N permit 0.5 − 0.32 = 0.18 t (both states:
    # the wastewater goes to D-ww either way)
    for state in ("standalone", "current"):
        assert by_enterprise["A"]["cod_permit_surplus_t_per_yr"][state] == pytest.approx(4.2)
        assert by_enterprise["A"]["nh3n_permit_surplus_t_per_yr"][state] == pytest.approx(0.18)
    # B discharges no COD: its whole 1 t is surplus; it has no NH3-N permit: no figure
    assert by_enterprise["B"]["cod_permit_surplus_t_per_yr"]["standalone"] == pytest.approx(1.0)
    assert by_enterprise["B"]["nh3n_permit_surplus_t_per_yr"]["standalone"] is None
    assert by_enterprise["A"]["cod_permit_surplus_t_per_yr"]["optimized"] is None  # no result yet


def test_by_enterprise_sums_to_the_park_for_every_summed_kpi() -> None:
    table = park_kpis(indicator_park())
    by_enterprise = table.by_enterprise()
    for key in (
        "co2_t_per_yr",
        "nox_t_per_yr",
        "vocs_t_per_yr",
        "cod_discharged_t_per_yr",
        "environmental_tax_cny_per_yr",
        "energy_tce_per_yr",
    ):
        for state in ("standalone", "current"):
            total = sum(rows[key][state] or 0.0 for rows in by_enterprise.values())
            assert total == pytest.approx(table.values[key][state]), (key, state)


def test_the_result_file_carries_by_enterprise(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    save_scenario(tmp_path / "p.parkflow", indicator_park())
    out = tmp_path / "r.json"
    assert main(["optimize", str(tmp_path / "p.parkflow"), "--json", str(out)]) == 0
    capsys.readouterr()
    document = json.loads(out.read_text(encoding="utf-8"))
    assert set(document["by_enterprise"]) == {"A", "B"}
    b = document["by_enterprise"]["B"]
    assert set(b) >= set(document["kpis"]) | {"cod_permit_surplus_t_per_yr", "nh3n_permit_surplus_t_per_yr"}
    assert b["co2_t_per_10k_cny"]["standalone"] == pytest.approx(2.56)
    assert set(b["co2_t_per_10k_cny"]) == {"standalone", "current", "optimized"}
    assert document["kpis"]["environmental_tax_cny_per_yr"]["optimized"] is not None


def test_bad_indicator_cells_are_located() -> None:
    park = indicator_park()
    park.enterprises["A"].value_added_cny_per_yr = 0
    park.enterprises["B"].cod_permit_t_per_yr = -1
    park.utilities["U-steam"].nox_t_per_unit = -1e-4
    columns = {(p.column, p.message.split(":")[0]) for p in validate_park(park)}
    named = {column for column, _ in columns}
    assert {"value_added_cny_per_yr", "cod_permit_t_per_yr", "nox_t_per_unit"} <= named


def test_library_air_factors_and_typed_numbers_winning() -> None:
    from parkflow.model import physics
    from parkflow.model.factors import default_library

    library = default_library()
    # flare (a disposal row knows no purity: pure hydrogen): 10.79 MJ/Nm³ = 0.01079 GJ × 0.0292 kg/GJ
    # (AP-42 13.5: 0.068 lb/10⁶ Btu) = 3.151e-4 kg = 3.151e-7 t NOx per Nm³
    flare = library.accounting_values(Disposal("F", Medium.HYDROGEN, factor="flare"))
    assert flare.nox_t == pytest.approx(10.79e-3 * 0.0292e-3)
    # coal CHP steam at 1.0 MPa saturated: (h − 83.74 kJ/kg) / 0.88 → tce × 29.3076 GJ × 360 Nm³/GJ of
    # flue gas at the ultra-low limits NOx 50, SO2 35, PM 10 mg/Nm³
    heat_gj = (physics.steam_enthalpy_kj_per_kg(1.0) - 83.74) / 1000
    flue_gas = heat_gj / 0.88 * 360
    chp = library.accounting_values(
        Utility("C", Medium.STEAM, unit="t", factor="chp_steam_coal", pressure_mpa=1.0)
    )
    assert (chp.nox_t, chp.so2_t, chp.pm_t) == pytest.approx(
        (flue_gas * 50e-9, flue_gas * 35e-9, flue_gas * 10e-9), rel=1e-3
    )
    typed = library.accounting_values(
        Utility("C", Medium.STEAM, unit="t", factor="chp_steam_coal", pressure_mpa=1.0, nox_t_per_unit=1e-4)
    )
    assert typed.nox_t == 1e-4 and typed.so2_t == pytest.approx(chp.so2_t)


def test_compare_carries_each_enterprise_s_intensity(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """B's value added doubles (5,000 → 10,000 万元): its CO2 intensity halves, 2.56 → 1.28 t/万元
    standalone; the park's goes from 12,800 / 25,000 = 0.512 to 12,800 / 30,000 = 0.4267."""
    park = indicator_park()
    save_scenario(tmp_path / "a.parkflow", park)
    park.enterprises["B"].value_added_cny_per_yr = 1e8
    save_scenario(tmp_path / "b.parkflow", park)
    out = tmp_path / "c.json"
    assert (
        main(
            [
                "compare",
                str(tmp_path / "a.parkflow"),
                str(tmp_path / "b.parkflow"),
                "--json",
                str(out),
                "--no-optimize",
            ]
        )
        == 0
    )
    capsys.readouterr()
    document = json.loads(out.read_text(encoding="utf-8"))
    b = document["by_enterprise"]["B"]["co2_t_per_10k_cny"]["standalone"]
    assert (b["a"], b["b"]) == (pytest.approx(2.56), pytest.approx(1.28))
    park_row = document["kpis"]["co2_t_per_10k_cny"]["standalone"]
    assert (park_row["a"], park_row["b"]) == (pytest.approx(0.512), pytest.approx(12_800 / 30_000))
    surplus = document["by_enterprise"]["A"]["cod_permit_surplus_t_per_yr"]["standalone"]
    assert surplus["a"] == pytest.approx(4.2) and surplus["delta"] == pytest.approx(0.0)


def _tax_park(tax_in_cost: float) -> Park:
    """S (10 t/h, 500 mg/L COD) goes untreated to D-out (0.5 CNY/t) or over L (1.6 CNY/t) to K, which
    needs 10 t/h of water (U: 1 CNY/t, 0 mg/L) and keeps what it receives (no effluent route)."""
    park = Park(name="tax in the cost", hours_per_year=H, environmental_tax_in_cost=tax_in_cost)
    park.enterprises["A"] = Enterprise("A")
    park.enterprises["B"] = Enterprise("B")
    park.utilities["U"] = Utility("U", Medium.WATER, unit="t", cost_cny_per_unit=1, cod_mg_l=0)
    park.disposals["D-out"] = Disposal("D-out", Medium.WATER, unit="t", cost_cny_per_unit=0.5)
    park.streams["S"] = Stream(
        "S", "A", Direction.SOURCE, Medium.WATER, amount=10, unit="t/h", cod_mg_l=500, disposal="D-out"
    )
    park.streams["K"] = Stream("K", "B", Direction.SINK, Medium.WATER, amount=10, unit="t/h", utility="U")
    park.links["L"] = Link("L", "S", "K", LinkStatus.CANDIDATE, cost_cny_per_unit=1.6)
    return park


def test_the_tax_as_a_cost_changes_the_optimum_and_equals_the_kpi() -> None:
    from parkflow.optimize import SolveOptions, optimize

    # without the tax: L costs 1.6 CNY/t against 1 (make-up) + 0.5 (disposal) saved: unused;
    # cost 8000 × (10 × 1 + 10 × 0.5) = 120,000 CNY/yr. The tax KPI still counts the discharge:
    # 500 mg/L = 0.5 kg COD per t = 0.5 PE × 1.4 CNY = 0.7 CNY/t → 8000 × 10 × 0.7 = 56,000 CNY/yr
    park = _tax_park(0)
    result = optimize(park, SolveOptions())
    assert float(result.flows.loc["L", "amount"]) == pytest.approx(0.0, abs=1e-9)
    values = park_kpis(park, result).values
    assert values["cost_cny_per_yr"]["optimized"] == pytest.approx(120_000)
    assert values["environmental_tax_cny_per_yr"]["optimized"] == pytest.approx(56_000)
    # with the tax in the cost, L saves 1.5 + 0.7 = 2.2 > 1.6 CNY/t: all 10 t/h go over it (K keeps the COD);
    # cost 8000 × 10 × 1.6 = 128,000 against 120,000 + 56,000 = 176,000 standalone
    park = _tax_park(1)
    result = optimize(park, SolveOptions())
    assert float(result.flows.loc["L", "amount"]) == pytest.approx(10.0)
    values = park_kpis(park, result).values
    assert values["cost_cny_per_yr"]["standalone"] == pytest.approx(176_000)
    assert values["cost_cny_per_yr"]["optimized"] == pytest.approx(128_000)
    assert result.objective_value == pytest.approx(128_000)
    assert values["environmental_tax_cny_per_yr"]["optimized"] == pytest.approx(0.0)


def test_the_tax_setting_is_validated_and_stored(tmp_path: Path) -> None:
    from parkflow.model.store import open_scenario
    from parkflow.model.workbook import read_workbook, write_workbook

    park = _tax_park(2)
    assert any(p.column == "environmental_tax_in_cost" for p in validate_park(park))
    park = _tax_park(1)
    save_scenario(tmp_path / "t.parkflow", park)
    assert open_scenario(tmp_path / "t.parkflow").park.environmental_tax_in_cost == 1
    write_workbook(park, tmp_path / "book")
    assert read_workbook(tmp_path / "book").environmental_tax_in_cost == 1
