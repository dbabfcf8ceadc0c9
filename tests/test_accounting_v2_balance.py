"""The COD balance closes in every state, and the objectives price flows as the KPIs count them.

On the three sample parks and on generated parks (Hypothesis draws the size
and seed): in = discharged + removed + retained + kept at sources, to
rounding; and the ``co2`` and ``cod`` objectives equal the optimized
state's ``co2_t_per_yr`` and ``cod_discharged_t_per_yr``, which they can only
do when both read the same burdens, effluents and scopes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parkflow.cli import main
from parkflow.model.generate import generate_park
from parkflow.model.io import load_park
from parkflow.optimize import SolveOptions, optimize
from parkflow.report.kpis import COD_BALANCE_KEYS, KpiTable, park_kpis

SAMPLES = Path(__file__).resolve().parents[1] / "sample_parks"


def _assert_closes(table: KpiTable) -> None:
    """Every water pollutant's balance (COD and NH3-N) closes in every state."""
    assert set(table.water_balances) == {"cod", "nh3n"}
    assert table.water_balances["cod"] == table.balances
    for pollutant, balances in table.water_balances.items():
        for state, balance in balances.items():
            assert set(balance) == set(COD_BALANCE_KEYS)
            out = (
                balance["discharged"] + balance["removed"] + balance["retained"] + balance["kept_at_sources"]
            )
            scale = max(1.0, balance["in"])
            assert balance["residual"] == pytest.approx(0.0, abs=1e-9 * scale), (pollutant, state)
            assert balance["in"] == pytest.approx(out, rel=1e-9, abs=1e-9), (pollutant, state)
            assert min(balance[key] for key in COD_BALANCE_KEYS if key != "residual") >= -1e-9 * scale, state
            # what the balance discharges is the KPI of the same name
            discharged = table.values[f"{pollutant}_discharged_t_per_yr"][state]
            assert discharged == pytest.approx(balance["discharged"], rel=1e-9, abs=1e-9)


@pytest.mark.parametrize("sample", ["jiaxing_port", "ningbo_petrochem", "taizhou_bay"])
def test_cod_and_nh3n_balances_close_on_the_samples(sample: str) -> None:
    park = load_park(SAMPLES / f"{sample}.parkflow")
    _assert_closes(park_kpis(park, optimize(park, SolveOptions())))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(enterprises=st.integers(min_value=2, max_value=14), seed=st.integers(min_value=0, max_value=10_000))
def test_cod_balance_closes_on_generated_parks(enterprises: int, seed: int) -> None:
    park = generate_park(enterprises, seed)
    _assert_closes(park_kpis(park, optimize(park, SolveOptions())))


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(enterprises=st.integers(min_value=2, max_value=10), seed=st.integers(min_value=0, max_value=10_000))
def test_co2_and_cod_objectives_are_the_kpis_they_minimise(enterprises: int, seed: int) -> None:
    park = generate_park(enterprises, seed)
    for objective, key in (("co2", "co2_t_per_yr"), ("cod", "cod_discharged_t_per_yr")):
        result = optimize(park, SolveOptions(objective=objective))
        optimized = park_kpis(park, result).values[key]["optimized"]
        assert optimized is not None
        assert result.objective_value == pytest.approx(optimized, rel=1e-6, abs=1e-6), objective


def test_the_result_file_carries_the_balances_and_nulls(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.json"
    assert main(["optimize", str(SAMPLES / "taizhou_bay.parkflow"), "--json", str(out)]) == 0
    capsys.readouterr()
    document = json.loads(out.read_text(encoding="utf-8"))
    assert set(document["balances"]) == {"cod_t_per_yr", "nh3n_t_per_yr"}
    balances = document["balances"]["cod_t_per_yr"]
    assert set(balances) == {"standalone", "current", "optimized"}
    assert all(set(balance) == set(COD_BALANCE_KEYS) for balance in balances.values())
    assert all(abs(balance["residual"]) <= 1e-9 * max(1.0, balance["in"]) for balance in balances.values())
    kpis = document["kpis"]
    for key in (
        "co2_scope1_t_per_yr",
        "co2_scope2_t_per_yr",
        "co2_upstream_t_per_yr",
        "co2_utilised_t_per_yr",
    ):
        assert set(kpis[key]) == {"standalone", "current", "optimized"}
    # Taizhou models no fresh-water utility: null, not 0 (it does model natural gas: Xinghe's pyrolysis kiln)
    assert kpis["fresh_water_t_per_yr"] == {"standalone": None, "current": None, "optimized": None}
    # headline CO2 is scope 1 + scope 2, never plus upstream
    for state in ("standalone", "current", "optimized"):
        assert kpis["co2_t_per_yr"][state] == pytest.approx(
            kpis["co2_scope1_t_per_yr"][state] + kpis["co2_scope2_t_per_yr"][state]
        )
