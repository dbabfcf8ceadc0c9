"""Steam and water physics against IAPWS-IF97 check values (``steam.check_*`` rows of resources/factors.csv)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parkflow.model import physics
from parkflow.model.factors import FactorLibrary


def test_saturated_steam_at_1_mpa_matches_the_library_check_value() -> None:
    library = FactorLibrary.load()
    assert physics.steam_enthalpy_kj_per_kg(1.0) == pytest.approx(
        library.value("steam.check_h_sat_1mpa"), abs=0.1
    )


def test_water_at_100_c_matches_the_library_check_value() -> None:
    library = FactorLibrary.load()
    assert physics.liquid_enthalpy_kj_per_kg(100.0) == pytest.approx(
        library.value("steam.check_h_water_100c"), abs=0.2
    )


def test_superheated_steam_has_more_enthalpy_than_saturated() -> None:
    assert physics.steam_enthalpy_kj_per_kg(1.0, 250.0) > physics.steam_enthalpy_kj_per_kg(1.0) + 100


def test_temperature_below_saturation_reads_as_saturated_steam() -> None:
    assert physics.steam_enthalpy_kj_per_kg(1.0, 150.0) == pytest.approx(
        physics.steam_enthalpy_kj_per_kg(1.0)
    )


def test_heat_and_fuel_equations() -> None:
    assert physics.steam_heat_gj_per_t(2777.1, 83.74) == pytest.approx(2.69336)
    assert physics.hot_water_heat_gj_per_t(95.0) == pytest.approx(75 * 4.1868 / 1000)
    assert physics.fuel_co2(389.31 / 1e4, 15.3, 0.99) * 1000 == pytest.approx(2.1622, abs=1e-4)
    assert physics.gj_to_tce(29.3076) == pytest.approx(1.0)
    assert physics.capital_recovery_factor(0.0, 10) == pytest.approx(0.1)
    assert physics.capital_recovery_factor(8.0, 10) == pytest.approx(0.149029, abs=1e-6)


def test_impossible_states_raise_a_clear_error() -> None:
    with pytest.raises(physics.PhysicsError, match="outside the saturation range"):
        physics.steam_enthalpy_kj_per_kg(-1.0)
    with pytest.raises(physics.PhysicsError, match="boiler efficiency"):
        physics.fuel_for_heat_gj(1.0, 0.0)


@settings(max_examples=30, deadline=None)
@given(st.floats(min_value=0.05, max_value=10.0), st.floats(min_value=0.0, max_value=200.0))
def test_enthalpy_grows_with_superheat(pressure_mpa: float, superheat_k: float) -> None:
    saturation = physics.saturation_temperature_c(pressure_mpa)
    hotter = physics.steam_enthalpy_kj_per_kg(pressure_mpa, saturation + superheat_k + 1.0)
    assert hotter >= physics.steam_enthalpy_kj_per_kg(pressure_mpa) - 1e-6
