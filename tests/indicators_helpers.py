"""A park small enough to redo on paper, for the province's indicators (see its tests' comments)."""

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

H = 8000.0


def indicator_park() -> Park:
    park = Park(name="Indicators by hand", hours_per_year=H)
    park.enterprises["A"] = Enterprise(
        "A", "Chemicals", value_added_cny_per_yr=2e8, cod_permit_t_per_yr=5, nh3n_permit_t_per_yr=0.5
    )
    park.enterprises["B"] = Enterprise("B", "Textiles", value_added_cny_per_yr=5e7, cod_permit_t_per_yr=1)
    park.utilities["U-steam"] = Utility(
        "U-steam",
        Medium.STEAM,
        "gas-boiler steam",
        "t",
        cost_cny_per_unit=200,
        co2_t_per_unit=0.2,
        energy_tce_per_unit=0.025,
        nox_t_per_unit=1e-4,
        so2_t_per_unit=5e-5,
        pm_t_per_unit=2e-5,
        pressure_mpa=1.0,
    )
    park.disposals["D-flare"] = Disposal(
        "D-flare", Medium.HYDROGEN, "flare", nox_t_per_unit=2e-7, vocs_t_per_unit=1e-6
    )
    park.disposals["D-ww"] = Disposal(
        "D-ww", Medium.WATER, "wastewater plant", "t", cod_removal_pct=90, nh3n_removal_pct=80
    )
    park.streams["S-steam"] = Stream(
        "S-steam",
        "A",
        Direction.SOURCE,
        Medium.STEAM,
        "LP steam",
        5,
        "t/h",
        pressure_mpa=1.2,
        temperature_c=200,
        co2_t_per_unit=0.1,
        nox_t_per_unit=4e-5,
    )
    park.streams["S-h2"] = Stream(
        "S-h2",
        "A",
        Direction.SOURCE,
        Medium.HYDROGEN,
        "off-gas hydrogen",
        1000,
        "Nm3/h",
        purity_pct=99,
        disposal="D-flare",
    )
    park.streams["S-ww"] = Stream(
        "S-ww",
        "A",
        Direction.SOURCE,
        Medium.WATER,
        "wastewater",
        10,
        "t/h",
        cod_mg_l=100,
        nh3n_mg_l=20,
        disposal="D-ww",
    )
    park.streams["K-steam"] = Stream(
        "K-steam",
        "B",
        Direction.SINK,
        Medium.STEAM,
        "process steam",
        8,
        "t/h",
        pressure_mpa=1.0,
        temperature_c=180,
        utility="U-steam",
    )
    park.links["L1"] = Link("L1", "S-steam", "K-steam", LinkStatus.EXISTING, current_flow=5)
    return park
