"""The optimizer and the KPIs price a unit of make-up alike when figures come from a factor.

A utility may leave its CO2 blank and name a factor profile; the optimizer's
objective and the reported KPIs must then use the same number.  Steam from a
gas boiler depends on the steam's enthalpy (IAPWS-IF97), so an MP and an HP
steam utility get different factors; purchased heat applies to steam too.
"""

from __future__ import annotations

import dataclasses

import pytest

from parkflow.model.entities import Medium
from parkflow.model.factors import default_library
from parkflow.model.generate import generate_park
from parkflow.optimize import SolveOptions, optimize
from parkflow.optimize.factors import effective_rows
from parkflow.report.kpis import park_kpis

PROFILE_FOR = {
    Medium.STEAM: "steam_gas_boiler",
    Medium.ELECTRICITY: "grid_electricity",
    Medium.HYDROGEN: "hydrogen_smr",
    Medium.FUEL: "natural_gas_fuel",
    Medium.HEAT: "purchased_heat",
}


def factor_park(seed: int):
    park = generate_park(20, seed)
    utilities = {}
    for key, utility in park.utilities.items():
        profile = PROFILE_FOR.get(utility.medium)
        if profile is not None:
            utility = dataclasses.replace(utility, factor=profile, co2_t_per_unit=None)
        utilities[key] = utility
    park.utilities = utilities
    return park


def test_steam_factor_follows_pressure_and_matches_the_library() -> None:
    park = factor_park(2)
    filled, _, notes = effective_rows(park)
    library = default_library().for_park(park)
    lp, hp = filled["U-steam-lp"], filled["U-steam-hp"]
    assert lp.co2_t_per_unit is not None and hp.co2_t_per_unit is not None
    assert (
        hp.co2_t_per_unit > lp.co2_t_per_unit
    )  # 4.5 MPa / 450 °C steam holds more enthalpy than 1.2 MPa / 230 °C
    for key, row in park.utilities.items():
        assert filled[key].co2_t_per_unit == pytest.approx(library.fill_defaults(row).co2_t_per_unit)
    assert any("U-steam-hp: co2_t_per_unit" in note for note in notes)


@pytest.mark.parametrize("seed", [2, 5])
def test_co2_objective_equals_the_optimized_co2_kpi(seed: int) -> None:
    park = factor_park(seed)
    result = optimize(park, SolveOptions(objective="co2"))
    kpi = park_kpis(park, result).as_dict()["co2_t_per_yr"]["optimized"]
    assert result.objective_value == pytest.approx(kpi, rel=1e-9)
