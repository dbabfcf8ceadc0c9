"""Steam enthalpy against the IAPWS-IF97 verification values.

Source: IAPWS, "Revised Release on the IAPWS Industrial Formulation 1997 for
the Thermodynamic Properties of Water and Steam" (2007), Table 15 (region 2
test values) and Table 5 (region 1). ParkFlow's steam figures must follow
the standard itself, whichever library evaluates it.
"""

from __future__ import annotations

import pytest

from parkflow.model import physics


@pytest.mark.parametrize(
    ("pressure_mpa", "temperature_k", "enthalpy_kj_per_kg"),
    [
        (0.0035, 300.0, 2549.91145),  # IF97 Table 15
        (0.0035, 700.0, 3335.68375),  # IF97 Table 15
    ],
)
def test_superheated_steam_matches_if97_table_15(
    pressure_mpa: float, temperature_k: float, enthalpy_kj_per_kg: float
) -> None:
    value = physics.steam_enthalpy_kj_per_kg(pressure_mpa, temperature_k - 273.15)
    assert value == pytest.approx(enthalpy_kj_per_kg, rel=1e-6)


def test_saturated_liquid_near_ambient_matches_if97_region_1() -> None:
    # Table 5 gives 115.331273 kJ/kg at 300 K and 3 MPa; saturated liquid at
    # 300 K (3.5 kPa) differs from it only by the pressure term v·Δp ≈ 3 kJ/kg.
    assert physics.liquid_enthalpy_kj_per_kg(300.0 - 273.15) == pytest.approx(112.6, abs=0.2)


def test_invalid_states_are_refused_not_returned_as_numbers() -> None:
    with pytest.raises(physics.PhysicsError):
        physics.liquid_enthalpy_kj_per_kg(400.0)
    with pytest.raises(physics.PhysicsError):
        physics.saturation_temperature_c(-1.0)
