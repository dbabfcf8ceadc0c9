"""The factor library file: every accounting factor, with source, region, year and ⚠ marks."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from parkflow.model.entities import Disposal, Medium, Park, Utility
from parkflow.model.factors import FactorError, FactorLibrary, fill_defaults
from parkflow.model.validate import validate_park

LIBRARY_FILE = Path(__file__).resolve().parents[1] / "resources" / "factors.csv"


@pytest.fixture(scope="module")
def library() -> FactorLibrary:
    return FactorLibrary.load()


def _rows() -> list[dict[str, str]]:
    with LIBRARY_FILE.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_every_row_has_a_source_and_a_unit() -> None:
    for row in _rows():
        assert row["source"].strip(), f"{row['key']} has no source"
        assert row["unit"].strip(), f"{row['key']} has no unit"


@pytest.mark.parametrize(
    ("region", "year", "value"),
    [
        ("national", 2021, 0.5568),
        ("national", 2022, 0.5366),
        ("national", 2023, 0.5306),
        ("east_china", 2021, 0.5992),
        ("east_china", 2022, 0.5617),
        ("east_china", 2023, 0.5500),
        ("zhejiang", 2021, 0.5422),
        ("zhejiang", 2022, 0.5153),
        ("zhejiang", 2023, 0.4974),
        ("carbon_market", 2022, 0.5703),
    ],
)
def test_grid_factors_by_region_and_year(
    library: FactorLibrary, region: str, year: int, value: float
) -> None:
    factor = library.get("electricity.co2", region=region, year=year)
    assert factor.value == pytest.approx(value)
    assert factor.unit == "tCO2/MWh"
    assert factor.year == year


def test_uncertain_values_keep_their_warning_mark(library: FactorLibrary) -> None:
    marked = {(row["key"], row["region"], row["year"]) for row in _rows() if "⚠" in row["note"]}
    for expected in [
        ("electricity.co2", "east_china", "2021"),
        ("electricity.co2", "zhejiang", "2021"),
        ("electricity.co2", "zhejiang", "2022"),
        ("electricity.co2", "zhejiang", "2023"),
    ]:
        assert expected in marked
    assert library.get("heat.purchased_co2").uncertain
    assert library.get("steam.lp_kgce_per_kg").uncertain
    assert library.get("coal.co2_per_tce_reported").uncertain
    assert not library.get("electricity.co2", region="national").uncertain


def test_default_is_zhejiang_newest_year(library: FactorLibrary) -> None:
    factor = library.get("electricity.co2")
    assert (factor.region, factor.year, factor.value) == ("zhejiang", 2023, pytest.approx(0.4974))


def test_missing_year_falls_back_to_the_newest_earlier_one(library: FactorLibrary) -> None:
    factor = library.get("electricity.co2", region="carbon_market", year=2024)
    assert factor.year == 2022 and "2024 not in the library" in factor.note


def test_unknown_region_is_refused_with_the_choices(library: FactorLibrary) -> None:
    with pytest.raises(FactorError, match="choose one of: carbon_market, east_china, national, zhejiang"):
        library.get("electricity.co2", region="mars")


def test_natural_gas_factor_is_computed_from_ncv_carbon_and_oxidation(library: FactorLibrary) -> None:
    # GB/T 32150 annex A: 389.31 GJ/10^4 Nm3 × 15.3 tC/TJ × 0.99 × 44/12 = 21.62 t/10^4 Nm3
    factor = library.get("natural_gas.co2")
    assert factor.kind == "derived"
    assert factor.value == pytest.approx(2.162, abs=5e-4)
    assert factor.unit == "kgCO2/Nm3"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("coal.co2_per_tce", 2.77),
        ("hydrogen.lhv", 10.79),
        ("hydrogen.density", 0.08988),
        ("hydrogen.smr_co2", 10),
        ("hydrogen.coal_co2", 20),
        ("hydrogen.low_carbon_threshold", 14.51),
        ("hydrogen.clean_threshold", 4.9),
        ("heat.purchased_co2", 0.11),
        ("tce.gj", 29.3076),
        ("electricity.kgce_energy_content", 0.1229),
        ("electricity.kgce_supply_coal_rate", 0.3055),
        ("natural_gas.kgce_per_m3_statistical", 1.2143),
        ("steam.lp_kgce_per_kg", 0.1286),
        ("heat.makeup_water_enthalpy", 83.74),
        ("cod_limit.gb8978_class1", 100),
        ("cod_limit.gb8978_class2", 150),
        ("cod_limit.gb8978_class3", 500),
        ("cod_limit.gb18918_1a", 50),
        ("cod_limit.gb21904", 120),
        ("cod_limit.gb21904_special", 50),
        ("cod_limit.gb31571", 60),
        ("cod_limit.gb31571_special", 50),
        ("pollution_equivalent.cod", 1),
        ("pollution_equivalent.nh3n", 0.8),
        ("pollution_equivalent.tp", 0.25),
        ("hydrogen.byproduct_co2", 0),
    ],
)
def test_factors_md_values(library: FactorLibrary, key: str, value: float) -> None:
    assert library.value(key) == pytest.approx(value, abs=5e-3 if key == "coal.co2_per_tce" else 1e-9)


def test_park_overrides_replace_values_and_say_so() -> None:
    park = Park(factor_region="East China", factor_year=2022, factor_overrides={"boiler.efficiency": 0.8})
    library = FactorLibrary.load().for_park(park)
    assert library.get("electricity.co2").value == pytest.approx(0.5617)
    efficiency = library.get("boiler.efficiency")
    assert efficiency.value == 0.8 and efficiency.overridden and "park override" in efficiency.source
    base = FactorLibrary.load().profile("steam_gas_boiler").co2_t
    assert library.profile("steam_gas_boiler").co2_t == pytest.approx(base * 0.9 / 0.8)


def test_fill_defaults_typed_numbers_win(library: FactorLibrary) -> None:
    grid = Utility("U", Medium.ELECTRICITY, unit="kWh", factor="grid_electricity", cost_cny_per_unit=0.7)
    filled = fill_defaults(grid, library)
    assert filled.cost_cny_per_unit == 0.7
    assert filled.co2_t_per_unit == pytest.approx(0.4974 / 1000)  # per kWh
    typed = fill_defaults(
        Utility("U", Medium.ELECTRICITY, factor="grid_electricity", co2_t_per_unit=0.9), library
    )
    assert typed.co2_t_per_unit == 0.9
    assert grid.co2_t_per_unit is None  # the original row is untouched


def test_fill_defaults_wastewater_keeps_removal_rule(library: FactorLibrary) -> None:
    plain = fill_defaults(Disposal("D", Medium.WATER, factor="wastewater_plant"), library)
    assert plain.cod_t_per_unit == pytest.approx(50e-6)
    with_removal = fill_defaults(
        Disposal("D", Medium.WATER, factor="wastewater_plant", cod_removal_pct=90), library
    )
    assert with_removal.cod_t_per_unit is None


def test_steam_factor_follows_the_utility_pressure(library: FactorLibrary) -> None:
    low = library.profile("steam_gas_boiler", Utility("U", Medium.STEAM, pressure_mpa=0.3))
    high = library.profile(
        "steam_gas_boiler", Utility("U", Medium.STEAM, pressure_mpa=4.0, temperature_c=400)
    )
    assert 0.15 < low.co2_t < high.co2_t < 0.2
    assert "0.3 MPa" in low.method


def test_wrong_medium_is_refused(library: FactorLibrary) -> None:
    with pytest.raises(FactorError, match="is for electricity, not steam"):
        library.profile("grid_electricity", Utility("U", Medium.STEAM))
    row = Utility("U", Medium.STEAM, factor="grid_electricity")
    assert fill_defaults(row, library) is row


def test_validator_checks_factor_names() -> None:
    park = Park()
    park.utilities["U1"] = Utility("U1", Medium.STEAM, factor="steam_gas_boiler")
    park.utilities["U2"] = Utility("U2", Medium.STEAM, factor="coal_magic")
    messages = [str(problem) for problem in validate_park(park)]
    assert any("U2" in m and "unknown factor 'coal_magic'" in m for m in messages)
    assert not any("U1" in m and "factor" in m for m in messages)
