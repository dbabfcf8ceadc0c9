"""Who gains: coalition values, Shapley shares, shadow-price settlement, core check, appraisal.

The small parks here are built so that every coalition value can be worked
out by hand; the comments give the arithmetic.
"""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
from parkflow.model.generate import generate_park
from parkflow.optimize.batch import CoalitionModel, Variant, run_variants
from parkflow.optimize.options import SolveOptions
from parkflow.report.share import (
    CoalitionGame,
    appraise,
    blocking_coalitions,
    exact_shapley,
    irr,
    npv,
    sampled_shapley,
    share_benefits,
)


def water_park(
    supply: float,
    demands: dict[str, float],
    *,
    utility_cost: float = 5.0,
    disposal_cost: float = 2.0,
    link_cost: float = 1.0,
) -> Park:
    """Enterprise A offers ``supply`` t/h of water (disposal ``disposal_cost`` CNY/t); each other
    enterprise needs its demand (utility ``utility_cost`` CNY/t); one pipe from A to each
    (``link_cost`` CNY/t, no capacity).  1,000 operating hours a year."""
    park = Park(name="hand park", hours_per_year=1000.0)
    park.utilities["U"] = Utility("U", Medium.WATER, cost_cny_per_unit=utility_cost)
    park.disposals["D"] = Disposal("D", Medium.WATER, cost_cny_per_unit=disposal_cost)
    park.enterprises["A"] = Enterprise("A")
    park.streams["SA"] = Stream(
        "SA", "A", Direction.SOURCE, Medium.WATER, amount=supply, unit="t/h", disposal="D"
    )
    for enterprise_id, demand in demands.items():
        park.enterprises[enterprise_id] = Enterprise(enterprise_id)
        sink = f"K{enterprise_id}"
        park.streams[sink] = Stream(
            sink, enterprise_id, Direction.SINK, Medium.WATER, amount=demand, unit="t/h", utility="U"
        )
        park.links[f"L{enterprise_id}"] = Link(
            f"L{enterprise_id}", "SA", sink, LinkStatus.EXISTING, cost_cny_per_unit=link_cost
        )
    return park


def test_three_enterprises_by_hand() -> None:
    # A offers 10 t/h; B needs 6, C needs 8.  Each tonne sent saves the receiver's utility
    # (5 CNY/t) and A's disposal (2 CNY/t) and costs the pipe 1 CNY/t: 6 CNY/t, i.e.
    # 6,000 CNY/yr per t/h over 1,000 h.
    #   v(A) = v(B) = v(C) = v(BC) = 0 (no pipe inside them)
    #   v(AB) = 6 t/h × 6,000 = 36,000;  v(AC) = 8 × 6,000 = 48,000;  v(ABC) = 10 × 6,000 = 60,000
    # Shapley, marginal contributions over the 6 orders:
    #   A: ABC 0, ACB 0, BAC 36,000, CAB 48,000, BCA 60,000, CBA 60,000 → 204,000 / 6 = 34,000
    #   B: BAC 0, BCA 0, ABC 36,000, ACB 12,000, CAB 12,000, CBA 0      →  60,000 / 6 = 10,000
    #   C: CAB 0, CBA 0, ACB 48,000, ABC 24,000, BAC 24,000, BCA 0      →  96,000 / 6 = 16,000
    # Shadow prices: one more t/h at A would replace utility water at 5 − 1 = 4 CNY/t net of the
    # pipe, 4,000 CNY/yr per t/h; A is paid 10 × 4,000 = 40,000 and keeps its 20,000 of avoided
    # disposal: 60,000; B and C pay exactly what they save: 0.
    park = water_park(10.0, {"B": 6.0, "C": 8.0})
    result = share_benefits(park, workers=1)
    shares = {share.id: share for share in result.enterprises}
    assert result.park_saving_cny_per_yr == pytest.approx(60_000.0)
    assert shares["A"].shapley_cny_per_yr == pytest.approx(34_000.0)
    assert shares["B"].shapley_cny_per_yr == pytest.approx(10_000.0)
    assert shares["C"].shapley_cny_per_yr == pytest.approx(16_000.0)
    assert shares["A"].prices_cny_per_yr == pytest.approx(60_000.0)
    assert shares["B"].prices_cny_per_yr == pytest.approx(0.0, abs=1e-6)
    assert shares["C"].prices_cny_per_yr == pytest.approx(0.0, abs=1e-6)
    # standalone costs: A disposes 10 t/h at 2 CNY/t, B and C buy 6 and 8 t/h at 5 CNY/t
    assert shares["A"].standalone_cost_cny_per_yr == pytest.approx(20_000.0)
    assert shares["B"].standalone_cost_cny_per_yr == pytest.approx(30_000.0)
    assert shares["C"].standalone_cost_cny_per_yr == pytest.approx(40_000.0)
    # x(AB) = 44,000 ≥ 36,000 and x(AC) = 50,000 ≥ 48,000: the Shapley shares are stable
    assert result.core_checked and result.stable and not result.blocking
    document = json.loads(json.dumps(result.to_document()))
    assert {"park_saving_cny_per_yr", "method", "enterprises", "core"} <= set(document)
    row = document["enterprises"][0]
    for key in (
        "id",
        "shapley_cny_per_yr",
        "shapley_stderr_cny_per_yr",
        "prices_cny_per_yr",
        "npv_cny",
        "payback_yr",
    ):
        assert key in row
    assert document["core"] == {**document["core"], "checked": True, "stable": True, "blocking": []}


def test_blocking_coalition_built_on_purpose() -> None:
    # A glove game: A offers 10 t/h, B and C each need 10 t/h.  v(AB) = v(AC) = v(ABC) =
    # 10 × 6,000 = 60,000, every other coalition 0.  Shapley: A 40,000 (its marginal is 60,000
    # in the 4 orders where it is not first), B = C = 10,000 (60,000 only in ABC / ACB).
    # {A, B} gets 50,000 from the Shapley shares but saves 60,000 alone: it blocks, short by
    # 10,000; so does {A, C}.  The only stable allocation gives A everything, which is what the
    # shadow prices do.
    park = water_park(10.0, {"B": 10.0, "C": 10.0})
    result = share_benefits(park, workers=1)
    shares = {share.id: share.shapley_cny_per_yr for share in result.enterprises}
    assert shares == pytest.approx({"A": 40_000.0, "B": 10_000.0, "C": 10_000.0})
    assert not result.stable
    blocked = {item.enterprises: item.shortfall_cny_per_yr for item in result.blocking}
    assert blocked == pytest.approx({("A", "B"): 10_000.0, ("A", "C"): 10_000.0})
    assert not result.prices_blocking
    assert result.least_core_cny_per_yr == pytest.approx(0.0, abs=1e-6)
    assert result.to_document()["core"]["stable"] is False


def test_blocking_coalitions_of_an_allocation() -> None:
    # v over masks of (A, B, C) from the hand park above; an equal split of 60,000 gives
    # {A, C} 40,000 against v(AC) = 48,000: blocked by 8,000; {A, B}: 40,000 ≥ 36,000, fine
    values = np.array([0, 0, 0, 36_000, 0, 48_000, 0, 60_000], dtype=float)
    found = blocking_coalitions(values, np.array([20_000.0, 20_000.0, 20_000.0]), ["A", "B", "C"])
    assert [(item.enterprises, item.shortfall_cny_per_yr) for item in found] == [(("A", "C"), 8_000.0)]
    assert exact_shapley(values, 3) == pytest.approx([34_000.0, 10_000.0, 16_000.0])


def test_coalition_solves_follow_the_link_rule() -> None:
    # only links with both ends inside a coalition carry flow
    park = water_park(10.0, {"B": 6.0, "C": 8.0})
    solved = run_variants(
        park,
        [Variant("AB", frozenset({"A", "B"})), Variant("BC", frozenset({"B", "C"})), Variant("all", None)],
        workers=1,
    )
    flows = [{link: flow.amount for link, flow in item.state.link_flows.items()} for item in solved]
    assert flows[0] == pytest.approx({"LB": 6.0})
    assert flows[1] == {}
    assert sum(flows[2].values()) == pytest.approx(10.0)
    # the warm-started model gives the same objective as a model built for that variant alone
    fresh = CoalitionModel(park, SolveOptions()).solve(Variant("AB", frozenset({"A", "B"})))
    assert fresh.objective == pytest.approx(solved[0].objective)


@settings(max_examples=6)
@given(
    supply=st.floats(1.0, 50.0),
    demand=st.floats(1.0, 30.0),
    other=st.floats(1.0, 30.0),
    utility_cost=st.floats(3.0, 20.0),
    link_cost=st.floats(0.0, 2.5),
)
def test_symmetric_enterprises_get_equal_shares(
    supply: float, demand: float, other: float, utility_cost: float, link_cost: float
) -> None:
    # B and C are interchangeable (same demand, same pipe); D differs
    park = water_park(
        supply, {"B": demand, "C": demand, "D": other}, utility_cost=utility_cost, link_cost=link_cost
    )
    result = share_benefits(park, workers=1)
    shares = {share.id: share.shapley_cny_per_yr for share in result.enterprises}
    scale = max(1.0, abs(result.park_saving_cny_per_yr))
    assert shares["B"] == pytest.approx(shares["C"], abs=1e-7 * scale)
    assert sum(shares.values()) == pytest.approx(result.park_saving_cny_per_yr, abs=1e-7 * scale)


@settings(max_examples=3)
@given(seed=st.integers(0, 10_000), size=st.integers(3, 6))
def test_efficiency_on_generated_parks(seed: int, size: int) -> None:
    # Shapley shares and the shadow-price settlement both share out exactly v(park)
    park = generate_park(size, seed=seed)
    result = share_benefits(park, workers=1)
    scale = max(1.0, abs(result.park_saving_cny_per_yr))
    assert sum(s.shapley_cny_per_yr for s in result.enterprises) == pytest.approx(
        result.park_saving_cny_per_yr, abs=1e-6 * scale
    )
    assert sum(s.prices_cny_per_yr for s in result.enterprises) == pytest.approx(
        result.park_saving_cny_per_yr, abs=1e-6 * scale
    )
    # v(park) is what the accounting says the enterprises save together
    assert sum(s.no_transfer_cny_per_yr for s in result.enterprises) == pytest.approx(
        result.park_saving_cny_per_yr, abs=1e-6 * scale
    )


@pytest.mark.slow
def test_sampled_shapley_within_its_error_of_exact() -> None:
    park = generate_park(10, seed=3)
    exact_game = CoalitionGame(park, workers=1)
    exact_game.solve_grand()
    exact_game.evaluate(range(1 << exact_game.size))
    exact = exact_shapley(
        np.array([exact_game.values[m] for m in range(1 << exact_game.size)]), exact_game.size
    )
    sampled_game = CoalitionGame(park, workers=1)
    estimate = sampled_shapley(sampled_game, seed=7, max_permutations=200)
    assert not estimate.exact and estimate.permutations >= 10
    # within 4 standard errors (a 1-in-15,000 miss per enterprise for a normal estimate)
    gap = np.abs(estimate.shares - exact)
    assert (gap <= 4.0 * estimate.stderr + 1e-6 * abs(exact.sum())).all(), (gap, estimate.stderr)
    assert estimate.shares.sum() == pytest.approx(exact.sum(), rel=1e-9)


def test_npv_irr_payback_by_hand() -> None:
    # 1,000,000 CNY now, 200,000 CNY/yr for 10 years at 8 %:
    # annuity factor (1 − 1.08⁻¹⁰) / 0.08 = 6.710081; NPV = 1,342,016.3 − 1,000,000 = 342,016.3
    # IRR: the annuity factor must be 1,000,000 / 200,000 = 5 over 10 years → 15.098 %
    # (5.0188 at 15 %, 4.9925 at 15.1 %); simple payback 1,000,000 / 200,000 = 5 years
    appraisal = appraise(1_000_000.0, 200_000.0, 10.0, 8.0)
    assert appraisal.npv_cny == pytest.approx(342_016.3, abs=0.5)
    assert appraisal.irr == pytest.approx(0.15098, abs=1e-4)
    assert appraisal.payback_yr == pytest.approx(5.0)
    flows = [-1_000_000.0] + [200_000.0] * 10
    assert npv(8.0, flows) == pytest.approx(342_016.3, abs=0.5)
    assert npv(appraisal.irr * 100.0, flows) == pytest.approx(0.0, abs=1e-3)
    # never pays back: no IRR, no payback
    never = appraise(1_000_000.0, -5.0, 10.0, 8.0)
    assert never.irr is None and never.payback_yr is None and never.npv_cny is not None and never.npv_cny < 0
    assert irr([100.0, 50.0]) is None
    assert math.isclose(appraise(0.0, 10.0, None, 8.0).payback_yr or 0.0, 0.0)


def test_share_command(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from parkflow.cli import main
    from parkflow.model.store import save_scenario

    park = water_park(10.0, {"B": 6.0, "C": 8.0})
    scenario = tmp_path / "hand.parkflow"
    save_scenario(scenario, park, None)
    out = tmp_path / "share.json"
    html = tmp_path / "share.html"
    assert main(["share", str(scenario), "--json", str(out), "-o", str(html), "--workers", "1"]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["method"] == "both" and document["park_saving_cny_per_yr"] == pytest.approx(60_000.0)
    assert [row["id"] for row in document["enterprises"]] == ["A", "B", "C"]
    assert "Who gains" in html.read_text(encoding="utf-8")
    printed = capsys.readouterr().out
    assert "Stable" in printed
    # invalid options: exit 2, nothing written
    again = tmp_path / "again.json"
    assert main(["share", str(scenario), "--samples", "1", "--json", str(again)]) == 2
    assert main(["share", str(scenario), "--scheduler", "localhost", "--json", str(again)]) == 2
    assert main(["share", str(scenario), "-o", str(tmp_path / "x.pdf")]) == 2
    assert not again.exists()
    # infeasible: a sink with no utility and nobody to serve it
    park.streams["KX"] = Stream("KX", "B", Direction.SINK, Medium.WATER, amount=50.0, unit="t/h")
    park.links["LX"] = Link("LX", "SA", "KX", LinkStatus.EXISTING, capacity=1.0)
    save_scenario(scenario, park, None)
    assert main(["share", str(scenario), "--json", str(again)]) == 3
    assert not again.exists()
