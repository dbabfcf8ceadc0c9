"""The water-pollutant rules follow the media catalogue, in the accounting and the optimizer alike.

The park is the hand-worked one of ``test_accounting_v2_rules._water_park`` with every
stream, utility and disposal a *material* instead of water: once the catalogue says
the material carries the water pollutants, both must give the water park's figures.
"""

from __future__ import annotations

import dataclasses

import pytest

from parkflow.model import media
from parkflow.model.entities import Direction, Disposal, Enterprise, Link, LinkStatus, Park, Stream, Utility
from parkflow.model.media import Medium
from parkflow.optimize import SolveOptions, optimize
from parkflow.report.kpis import park_kpis

H = 8000.0


def _effluent_park(link_flow: float | None) -> Park:
    """Effluent W (20 t/h, 100 mg/L COD, to plant D) may serve make-up K (20 t/h), all of one material.

    K draws F (10 mg/L, 4 CNY/t); 25 % of what it receives leaves to D (3 CNY/t, 90 % COD
    removal) carrying 80 % of the COD.
    """
    park = Park(name="hand-worked", hours_per_year=H)
    for enterprise in ("A", "B"):
        park.enterprises[enterprise] = Enterprise(enterprise)
    material = Medium.MATERIAL
    park.utilities["F"] = Utility("F", material, "make-up", "t", cost_cny_per_unit=4, cod_mg_l=10)
    park.disposals["D"] = Disposal(
        "D", material, "treatment plant", "t", cost_cny_per_unit=3, cod_removal_pct=90
    )
    park.streams["W"] = Stream(
        "W",
        "A",
        Direction.SOURCE,
        material,
        "effluent",
        20,
        "t/h",
        substance="brine",
        cod_mg_l=100,
        disposal="D",
    )
    park.streams["K"] = Stream(
        "K",
        "B",
        Direction.SINK,
        material,
        "make-up",
        20,
        "t/h",
        substance="brine",
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


@pytest.fixture
def material_carries_water_pollutants(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = media.SPECS[Medium.MATERIAL]
    monkeypatch.setitem(
        media.SPECS, Medium.MATERIAL, dataclasses.replace(spec, carries_water_pollutants=True)
    )


@pytest.mark.usefixtures("material_carries_water_pollutants")
def test_a_medium_the_catalogue_marks_gets_the_effluent_route_in_the_accounting() -> None:
    values = park_kpis(_effluent_park(20.0)).values
    # as for water (test_accounting_v2_rules): L carries all of W, 20 t/h × 8,000 h × 100 mg/L = 16 t
    # COD into K; its 25 % effluent carries 80 %: 12.8 t, 90 % removed → 1.28 t discharged.
    assert values["cod_generated_t_per_yr"]["current"] == pytest.approx(12.8)
    assert values["cod_discharged_t_per_yr"]["current"] == pytest.approx(1.28)


@pytest.mark.usefixtures("material_carries_water_pollutants")
def test_a_medium_the_catalogue_marks_gets_the_effluent_route_in_the_optimizer() -> None:
    # the cod objective reuses W: its 16 t reach K, 1.28 t discharged (the water park's figure)
    result = optimize(_effluent_park(None), SolveOptions(objective="cod"))
    assert result.flows.loc["L", "amount"] == pytest.approx(20.0)
    assert result.objective_value == pytest.approx(1.28)


def test_a_medium_the_catalogue_does_not_mark_carries_no_cod() -> None:
    # material as catalogued: no concentration is read, so nothing is generated or discharged
    values = park_kpis(_effluent_park(20.0)).values
    assert values["cod_generated_t_per_yr"]["current"] == pytest.approx(0.0)
    assert values["cod_discharged_t_per_yr"]["current"] == pytest.approx(0.0)
