"""Rules with one owner: annualised capex (model/physics.py) and COD discharged (model/unit_figures.py), the same in the optimizer and the accounting.

Hand-worked figures (standard annuity, CRF = r(1+r)^n / ((1+r)^n − 1)):
8 %, 10 years: 1.08^10 = 2.158925; 0.08 × 2.158925 / 1.158925 = 0.149029 per year,
so a 1,000,000 CNY pipe costs 149,029 CNY/yr. 0 %, 10 years: 1/10.
"""

from __future__ import annotations

import math

import pytest
from report_helpers import small_park

from parkflow.model import physics
from parkflow.model.entities import LinkStatus
from parkflow.model.unit_figures import UnitRules
from parkflow.optimize.core import prepare
from parkflow.report.kpis import Accounting


def test_annuity_figures() -> None:
    assert physics.capital_recovery_factor(8.0, 10) == pytest.approx(0.149029, abs=1e-6)
    assert physics.capital_recovery_factor(0.0, 10) == pytest.approx(0.1)
    assert physics.capital_recovery_factor(None, 4) == pytest.approx(0.25)


@pytest.mark.parametrize("lifetime", [None, 0, 0.0])
def test_no_lifetime_means_no_annuity(lifetime: float | None) -> None:
    assert physics.capital_recovery_factor(8.0, lifetime) == 0.0


@pytest.mark.parametrize("lifetime", [-5.0, math.inf, math.nan])
def test_impossible_lifetime_is_an_error(lifetime: float) -> None:
    with pytest.raises(physics.PhysicsError, match="lifetime"):
        physics.capital_recovery_factor(8.0, lifetime)


def test_optimizer_and_accounting_annualise_alike() -> None:
    park = small_park()  # L2: candidate, capex 1,000,000 CNY, 10 years, park discount rate 8 %
    data = prepare(park)
    position = data.link_ids.index("L2")
    assert data.link_annual_capex[position] == pytest.approx(149_029.5, abs=1.0)
    assert Accounting(park).annual_capex("L2") == pytest.approx(data.link_annual_capex[position])
    # the existing link L1 has neither capex nor lifetime: nothing to annualise in either place
    assert park.links["L1"].status is LinkStatus.EXISTING
    assert data.link_annual_capex[data.link_ids.index("L1")] == 0.0
    assert Accounting(park).annual_capex("L1") == 0.0


def test_candidate_without_lifetime_or_capex_costs_nothing_per_year() -> None:
    park = small_park()
    park.links["L2"].capex_cny = None
    park.links["L2"].lifetime_yr = None
    data = prepare(park)
    assert data.link_annual_capex[data.link_ids.index("L2")] == 0.0


def test_cod_discharged_by_a_treating_disposal() -> None:
    # 20 t of effluent at 80 mg/L into a plant removing 90 %: 20 × 80 × 10⁻⁶ × 0.1 = 1.6 × 10⁻⁴ t COD
    park = small_park()  # W1 (80 mg/L) → D-ww (cod_removal_pct 90)
    rules = UnitRules(park)
    figures = rules.disposal(park.streams["W1"])
    assert figures is not None
    assert 20 * figures.cod_discharged_t == pytest.approx(1.6e-4)
    assert 20 * figures.cod_removed_t == pytest.approx(20 * 80e-6 * 0.9)
    # a source without a concentration brings no COD to treat
    park.streams["W1"].cod_mg_l = None
    figures = UnitRules(park).disposal(park.streams["W1"])
    assert figures is not None and figures.cod_discharged_t == 0.0


def test_optimizer_cod_coefficient_uses_the_rule() -> None:
    park = small_park()  # W1 (80 mg/L) → D-ww (cod_removal_pct 90)
    data = prepare(park)
    position = [stream.id for stream in data.streams].index("W1")
    assert data.unit_cod[position] == pytest.approx(80 * 1e-6 * 0.1)
