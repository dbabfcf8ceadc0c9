"""Property-based checks of the optimizer on many small generated parks.

Every balance, blend quality, capacity and heat interval is recomputed from
the result frames (never from solver internals), and the optimized cost
never exceeds the standalone cost.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from optimize_helpers import check_result, standalone_cost

from parkflow.model.generate import generate_park
from parkflow.optimize import SolveOptions, optimize

parks = st.builds(
    generate_park,
    enterprises=st.integers(min_value=2, max_value=8),
    seed=st.integers(min_value=0, max_value=10_000),
    streams_per_enterprise=st.integers(min_value=2, max_value=6),
    links_per_enterprise=st.integers(min_value=2, max_value=8),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(park=parks)
def test_lp_results_are_physically_feasible_and_never_cost_more(park) -> None:
    result = optimize(park, SolveOptions(mode="lp"))
    assert result.status == "optimal"
    check_result(park, result)
    assert result.totals["cost"] <= standalone_cost(park) * (1 + 1e-7) + 1e-6
    assert result.objective_value == pytest.approx(result.totals["cost"], rel=1e-6, abs=1e-3)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    park=st.builds(
        generate_park,
        enterprises=st.integers(2, 4),
        seed=st.integers(0, 10_000),
        streams_per_enterprise=st.integers(2, 4),
        links_per_enterprise=st.integers(2, 5),
    )
)
def test_milp_results_are_feasible_and_build_what_they_use(park) -> None:
    result = optimize(park, SolveOptions(mode="milp", time_limit=60))
    check_result(park, result)
    assert result.totals["cost"] <= standalone_cost(park) * (1 + 1e-6) + 1e-6
    used = result.flows[result.flows["amount"] > 1e-7]
    assert used["built"].all()


@settings(max_examples=10, deadline=None)
@given(park=st.builds(generate_park, enterprises=st.integers(2, 5), seed=st.integers(0, 10_000)))
def test_co2_and_cod_objectives_do_not_exceed_the_cost_optimum(park) -> None:
    cheapest = optimize(park, SolveOptions(objective="cost"))
    cleanest = optimize(park, SolveOptions(objective="co2"))
    check_result(park, cleanest)
    assert cleanest.totals["co2"] <= cheapest.totals["co2"] * (1 + 1e-6) + 1e-6
    least_cod = optimize(park, SolveOptions(objective="cod"))
    assert least_cod.totals["cod"] <= cheapest.totals["cod"] * (1 + 1e-6) + 1e-6


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    park=st.builds(
        generate_park,
        enterprises=st.integers(2, 6),
        seed=st.integers(0, 10_000),
        streams_per_enterprise=st.integers(2, 6),
        links_per_enterprise=st.integers(3, 8),
    )
)
def test_tighter_build_bounds_keep_the_milp_optimum(park, monkeypatch_module) -> None:
    """The big-M of a build decision is tightened by blend limits and temperatures
    (``problem._link_bounds``); a valid tightening cuts no integer solution, so the
    proven MILP optimum (gap 0) must equal the one with the data's plain bound."""
    import parkflow.optimize.problem as problem_module

    tight = optimize(park, SolveOptions(mode="milp", mip_gap=0.0, time_limit=60))
    with monkeypatch_module.context() as patch:
        patch.setattr(problem_module, "_link_bounds", lambda problem: problem.data.link_upper)
        plain = optimize(park, SolveOptions(mode="milp", mip_gap=0.0, time_limit=60))
    if tight.status == "optimal" and plain.status == "optimal":
        assert tight.objective_value == pytest.approx(plain.objective_value, rel=1e-7, abs=1e-3)


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def test_milp_start_means_never_worse_than_the_existing_network() -> None:
    """With a loose gap the MILP still returns no network dearer than operating
    the existing links alone at their best (the start ParkFlow hands to HiGHS),
    and never cheaper than the LP relaxation."""
    from parkflow.model.entities import LinkStatus

    park = generate_park(30, 4)
    loose = optimize(park, SolveOptions(mode="milp", mip_gap=0.5))
    existing = park.copy()
    existing.links = {
        key: link for key, link in park.links.items() if link.status is not LinkStatus.CANDIDATE
    }
    existing_only = optimize(existing, SolveOptions(mode="lp"))
    relaxation = optimize(park, SolveOptions(mode="lp"))
    assert loose.status == "optimal" and loose.gap is not None and loose.gap <= 0.5
    assert loose.objective_value <= existing_only.objective_value * (1 + 1e-9)
    assert relaxation.objective_value <= loose.objective_value * (1 + 1e-9)
    assert loose.totals["cost"] <= standalone_cost(park) * (1 + 1e-9)


def test_milp_values_are_the_ones_the_solver_priced() -> None:
    """The objective recomputed from the returned values equals the solver's own
    (HiGHS 1.16 handed back a MILP start's values after setSolution: ParkFlow no longer
    passes one), and the Jiaxing steam pipe worth ≈45 M CNY/yr is built at the default gap."""
    import sys

    import parkflow.optimize  # noqa: F401
    from parkflow.model.io import load_park
    from parkflow.optimize.core import prepare
    from parkflow.optimize.problem import build_problem

    solve_module = sys.modules["parkflow.optimize.solve"]
    from pathlib import Path

    park = load_park(Path(__file__).resolve().parent.parent / "sample_parks" / "jiaxing_port.parkflow")
    problem = build_problem(prepare(park), SolveOptions(mode="milp"))
    solution = solve_module.solve(problem)
    assert solution.objective == pytest.approx(
        float(problem.compiled()["objective"] @ solution.values), rel=1e-9
    )
    result = optimize(park, SolveOptions(mode="milp"))
    assert result.flows.loc["L_JXSH_STEAM_HHX", "amount"] == pytest.approx(20.0)


def test_milp_shadow_prices_ignore_the_modelling_bound_of_a_built_link() -> None:
    """A built link at its tightened big-M (here the COD blend limit: 30 of the sink's 60 t/h)
    must not take the sink's shadow price: one more t/h for K is met by 0.5 t/h more of A's
    water (saving 0.5 × 3 CNY of treatment) and 0.5 t/h more fresh water (0.5 × 5 CNY),
    1.0 CNY/h, i.e. 8,000 CNY/yr per t/h at 8,000 h/yr — not the 5 CNY/h of fresh water alone."""
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

    park = Park(name="blend dual", hours_per_year=8000)
    park.enterprises = {"E": Enterprise(id="E", name="E", sector="x")}
    park.utilities = {
        "FW": Utility(id="FW", medium=Medium.WATER, name="fresh", unit="t", cost_cny_per_unit=5, cod_mg_l=0)
    }
    park.disposals = {
        "WW": Disposal(id="WW", medium=Medium.WATER, name="plant", unit="t", cost_cny_per_unit=3)
    }
    park.streams = {
        "A": Stream(
            id="A",
            enterprise="E",
            direction=Direction.SOURCE,
            medium=Medium.WATER,
            amount=50,
            unit="t/h",
            cod_mg_l=100,
            disposal="WW",
        ),
        "K": Stream(
            id="K",
            enterprise="E",
            direction=Direction.SINK,
            medium=Medium.WATER,
            amount=60,
            unit="t/h",
            cod_mg_l=50,
            utility="FW",
        ),
    }
    park.links = {
        "LA": Link(id="LA", source="A", sink="K", status=LinkStatus.CANDIDATE, capex_cny=1e4, lifetime_yr=10)
    }
    result = optimize(park, SolveOptions(mode="milp", mip_gap=0.0))
    assert result.flows.loc["LA", "amount"] == pytest.approx(30.0)
    sink = result.duals[result.duals["key"] == "K"]
    assert float(sink["shadow_price"].iloc[0]) == pytest.approx(8000.0, rel=1e-9)
