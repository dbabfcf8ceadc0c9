"""The three published sample-park figures recomputed through the public API, within 1 % of what the factor library's sources give (82,156 t CO2, 1,955 tce, 286–681 tce/month)."""

from __future__ import annotations

import pytest

from parkflow.model.entities import Direction, Enterprise, Link, LinkStatus, Medium, Park, Stream, Utility
from parkflow.model.factors import FactorLibrary
from parkflow.report.kpis import breakdown_by_link, park_kpis
from parkflow.report.published import condensate_range_tce, condensate_saving_tce

HOURS = 8000.0


def _exchange_park(source: Stream, sink: Stream, utility: Utility, flow: float) -> Park:
    park = Park(name="sanity", hours_per_year=HOURS)
    park.enterprises["A"] = Enterprise("A")
    park.enterprises["B"] = Enterprise("B")
    park.utilities[utility.id] = utility
    park.streams[source.id] = source
    park.streams[sink.id] = sink
    park.links["L"] = Link("L", source.id, sink.id, LinkStatus.EXISTING, current_flow=flow)
    return park


def test_by_product_hydrogen_replacing_38e6_nm3_natural_gas_gives_82156_t() -> None:
    library = FactorLibrary.load()
    gas_nm3_per_yr = 38e6
    fuel_mw = gas_nm3_per_yr * library.value("natural_gas.ncv") / 1e4 / 3.6 / HOURS
    hydrogen_nm3_h = fuel_mw / (library.value("hydrogen.lhv") / 3600.0)
    park = _exchange_park(
        Stream("H2", "A", Direction.SOURCE, Medium.HYDROGEN, amount=hydrogen_nm3_h, purity_pct=100),
        Stream("FUEL", "B", Direction.SINK, Medium.FUEL, amount=fuel_mw, utility="NG"),
        Utility("NG", Medium.FUEL, factor="natural_gas_fuel"),
        hydrogen_nm3_h,
    )
    table = park_kpis(park)
    assert table.reduction("natural_gas_nm3_per_yr", "standalone", "current") == pytest.approx(38e6, rel=1e-6)
    assert table.reduction("co2_t_per_yr", "standalone", "current") == pytest.approx(82_156, rel=0.01)
    link = breakdown_by_link(park, state="current", table=table).loc["L"]
    assert link["avoided_co2_t_per_yr"] == pytest.approx(82_156, rel=0.01)


def test_6_4_gwh_from_lp_steam_gives_1955_tce_and_3183_t() -> None:
    power_mw = 6400.0 / HOURS  # 6.4 GWh/yr over the operating hours
    park = _exchange_park(
        Stream("P", "A", Direction.SOURCE, Medium.ELECTRICITY, amount=power_mw),
        Stream("E", "B", Direction.SINK, Medium.ELECTRICITY, amount=power_mw, utility="GRID"),
        Utility("GRID", Medium.ELECTRICITY, factor="grid_electricity"),
        power_mw,
    )
    # The published figure uses the supply coal rate (等价值); the park's basis is the
    # calorific equivalent by default (GB/T 2589 当量值), and the other basis is kept beside it.
    table = park_kpis(park, electricity_convention="supply_coal_rate")  # Zhejiang 2023 grid
    assert "supply coal rate" in table.electricity_convention
    assert table.reduction("energy_tce_per_yr", "standalone", "current") == pytest.approx(1_955, rel=0.01)
    assert table.reduction("co2_t_per_yr", "standalone", "current") == pytest.approx(3_183, rel=0.01)
    energy_content = park_kpis(park)
    assert energy_content.reduction("energy_tce_per_yr", "standalone", "current") == pytest.approx(
        6400 * 0.1229
    )
    assert "energy content" in energy_content.electricity_convention
    # 6,400 MWh × 0.3055 tce/MWh = 1,955.2 tce on the other basis
    assert energy_content.energy_other_basis["standalone"] == pytest.approx(6400 * 0.3055)


def test_park_override_switches_the_electricity_convention() -> None:
    park = Park(factor_overrides={"electricity.kgce_per_kwh": 0.1229})
    library = FactorLibrary.load().for_park(park)
    assert "energy content" in library.electricity_convention()[0]


def test_25000_t_per_month_condensate_saves_286_to_681_tce() -> None:
    # Condensate between atmospheric return (100 °C) and saturation of 1.0 MPa steam (179.9 °C, IF97),
    # boiler efficiency between 100 % and 85 % (the Jiaxing condensate check).
    library = FactorLibrary.load()
    low, high = condensate_range_tce(library, 25_000)
    assert low == pytest.approx(286, rel=0.01)
    assert high == pytest.approx(681, rel=0.01)
    assert condensate_saving_tce(library, 25_000, 100.0, 1.0) == pytest.approx(low)
    assert 2 * high < 1_630  # the published monthly figure is out of reach
