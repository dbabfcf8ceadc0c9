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
@given(park=st.builds(generate_park, enterprises=st.integers(2, 4), seed=st.integers(0, 10_000),
                      streams_per_enterprise=st.integers(2, 4), links_per_enterprise=st.integers(2, 5)))
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
