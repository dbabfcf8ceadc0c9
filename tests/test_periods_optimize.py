"""The matching and the accounting over periods (seasons, shutdowns).

A park whose ``periods`` sheet cuts the year into parts is optimized as one
problem: each period's own balances over its own hours, one build decision
per candidate link for all periods with its capex counted once.  These
tests work small parks by hand and recompute every figure from the result's
rows; the hand figures are in the comments.

The seasonal park (:func:`_seasons`) is the case the annual average gets
wrong: the dyeworks' cooling-water source S1 gives 20 t/h in winter and 10 t/h
in summer (4,000 h each), 15 t/h on average; the paper mill's process-water
sink K1 needs 15 t/h all year, made up with fresh water U at 5 CNY/t.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parkflow.model.entities import (
    Direction,
    Enterprise,
    Link,
    LinkStatus,
    Medium,
    Park,
    Period,
    Profile,
    Stream,
    Utility,
    profile_key,
)
from parkflow.model.generate import generate_park
from parkflow.model.periods import has_periods, period_parks
from parkflow.model.physics import capital_recovery_factor
from parkflow.optimize import InfeasibleError, SolveOptions, optimize
from parkflow.optimize.core import build
from parkflow.optimize.stacking import period_offsets
from parkflow.report.kpis import park_kpis

WATER_CNY_PER_T = 5.0
HOURS = 4000.0


def _seasons(*, capex_cny: float = 0.0, utility: bool = True, maintenance_h: float = 0.0) -> Park:
    """S1 (20 t/h, × 0.5 in summer) → K1 (15 t/h, fresh water U at 5 CNY/t); winter and summer 4,000 h each.

    ``maintenance_h`` > 0 moves that many summer hours into a maintenance
    period M in which both enterprises stop (amount factor 0).
    """
    park = Park(name="seasons", hours_per_year=8000.0, discount_rate_pct=8.0)
    park.enterprises = {"A": Enterprise("A", "Dyeworks"), "B": Enterprise("B", "Paper mill")}
    park.utilities = {
        "U": Utility(
            "U",
            Medium.WATER,
            "fresh water",
            cost_cny_per_unit=WATER_CNY_PER_T,
            co2_t_per_unit=0.0,
            cod_t_per_unit=0.0,
        )
    }
    park.streams = {
        "S1": Stream("S1", "A", Direction.SOURCE, Medium.WATER, "cooling water", amount=20.0),
        "K1": Stream(
            "K1",
            "B",
            Direction.SINK,
            Medium.WATER,
            "process water",
            amount=15.0,
            utility="U" if utility else None,
        ),
    }
    park.links = {
        "L1": Link(
            "L1",
            "S1",
            "K1",
            LinkStatus.CANDIDATE,
            distance_km=1.0,
            cost_cny_per_unit=0.0,
            capex_cny=capex_cny,
            lifetime_yr=10.0,
            loss_pct=0.0,
            diameter_mm=100.0,
        )
    }
    park.periods = {"W": Period("W", "Winter", HOURS), "S": Period("S", "Summer", HOURS - maintenance_h)}
    park.profiles = {profile_key("S", "S1"): Profile("S", "S1", 0.5, None)}
    if maintenance_h:
        park.periods["M"] = Period("M", "Maintenance", maintenance_h)
        for item in ("S1", "K1"):
            park.profiles[profile_key("M", item)] = Profile("M", item, 0.0, None)
    return park


def _rows(frame, period: str):  # type: ignore[no-untyped-def]
    return frame[frame["period"] == period]


def _check_balances(park: Park, result) -> None:  # type: ignore[no-untyped-def]
    """Every period's source and sink balance recomputed from the rows (amounts × factors)."""
    for period_id in result.periods:
        flows = _rows(result.flows, period_id)
        utilities = _rows(result.utilities, period_id)
        for stream in park.streams.values():
            amount = stream.amount * park.amount_factor(period_id, stream.id)
            if stream.is_source:
                sent = float(flows.loc[flows["source"] == stream.id, "amount"].sum())
                assert sent <= amount + 1e-7
            else:
                got = float(flows.loc[flows["sink"] == stream.id, "delivered"].sum())
                got += float(utilities.loc[utilities.index == stream.id, "amount"].sum())
                assert got == pytest.approx(amount, abs=1e-7), (period_id, stream.id)


def test_one_derived_park_per_period_scales_amounts_prices_and_hours() -> None:
    park = _seasons()
    park.enterprises["B"].hours_per_year = 6000.0
    park.profiles[profile_key("S", "U")] = Profile("S", "U", None, 0.8)
    derived = dict((period.id, child) for period, child in period_parks(park))
    assert has_periods(park) and not has_periods(derived["W"])
    assert derived["S"].hours_per_year == HOURS and derived["S"].streams["S1"].amount == 10.0
    assert derived["W"].streams["S1"].amount == 20.0
    # fresh water costs 0.8 × 5 = 4 CNY/t in summer
    assert derived["S"].utilities["U"].cost_cny_per_unit == pytest.approx(4.0)
    # the paper mill's own 6,000 h spread over the periods by their hours: 6,000 × 4,000 / 8,000 = 3,000 each
    assert derived["W"].enterprises["B"].hours_per_year == pytest.approx(3000.0)
    assert period_parks(Park()) == []  # a park without periods has no derived parks


def test_two_seasons_cost_what_the_annual_average_hides() -> None:
    """Hand figures (LP, free link):

    annual average: S1 gives 15 t/h all year, covers K1's 15 t/h: fresh water 0, cost 0 CNY/yr,
    a saving of 15 t/h × 8,000 h × 5 CNY/t = 600,000 CNY/yr.
    over the seasons: winter L1 carries 15 t/h, fresh water 0; summer L1 carries all 10 t/h and
    K1 buys 5 t/h × 4,000 h × 5 CNY/t = 100,000 CNY/yr; the saving is 500,000 CNY/yr, so the
    annual average overstated it by 100,000 CNY/yr (20 %).
    """
    park = _seasons()
    average = park.copy()
    average.periods, average.profiles = {}, {}
    average.streams["S1"].amount = 15.0
    assert optimize(average).objective_value == pytest.approx(0.0, abs=1e-6)

    result = optimize(park)
    assert result.periods == ("W", "S")
    assert result.objective_value == pytest.approx(100_000.0)
    _check_balances(park, result)
    flow = result.flows.set_index("period", append=True)["amount"]
    assert flow[("L1", "W")] == pytest.approx(15.0) and flow[("L1", "S")] == pytest.approx(10.0)
    # the cost recomputed from the rows: Σ_p utility t/h × hours_p × price
    bought = sum(float(row.amount) * HOURS * WATER_CNY_PER_T for row in result.utilities.itertuples())
    assert bought == pytest.approx(100_000.0)

    kpis = park_kpis(park, result)
    cost = kpis.as_dict()["cost_cny_per_yr"]
    assert cost == {
        "standalone": pytest.approx(600_000.0),
        "current": pytest.approx(600_000.0),
        "optimized": pytest.approx(100_000.0),
    }
    # the periods' shares add up to the year: summer standalone 15 × 4,000 × 5 = 300,000, optimized 100,000
    summer = park_kpis(park, result, period="S").as_dict()["cost_cny_per_yr"]
    winter = park_kpis(park, result, period="W").as_dict()["cost_cny_per_yr"]
    assert summer["standalone"] == pytest.approx(300_000.0) and summer["optimized"] == pytest.approx(
        100_000.0
    )
    assert winter["optimized"] == pytest.approx(0.0, abs=1e-6)
    for state in ("standalone", "current", "optimized"):
        assert summer[state] + winter[state] == pytest.approx(cost[state])
    with pytest.raises(ValueError, match="not one of the park's periods"):
        park_kpis(park, result, period="X")


@pytest.mark.parametrize("mode", ["lp", "milp"])
def test_a_candidate_link_is_built_once_for_its_largest_period_with_its_capex_once(mode: str) -> None:
    """L1 costs 1,000,000 CNY over 10 years at 8 %: CRF = 0.08 × 1.08¹⁰ / (1.08¹⁰ − 1) = 0.1490295,
    149,029.49 CNY/yr.  Building it saves 500,000 CNY/yr of fresh water (above), so it is built:
    cost = 100,000 + 149,029.49 = 249,029.49 CNY/yr (per period it would be 398,058.98 of capex).
    Its build bound is its largest period's flow, winter's 15 t/h (K1's demand); in LP the build
    fraction is max_p x_p / M_p = 15 / 15 = 1, so LP and MILP agree."""
    park = _seasons(capex_cny=1_000_000.0)
    annual_capex = 1_000_000.0 * capital_recovery_factor(8.0, 10.0)
    assert annual_capex == pytest.approx(149_029.49, abs=0.01)
    result = optimize(park, SolveOptions(mode=mode))
    assert result.objective_value == pytest.approx(100_000.0 + annual_capex)
    assert result.totals["annual_capex"] == pytest.approx(annual_capex)
    assert result.flows["built"].all()
    problem = build(park, SolveOptions(mode=mode))
    assert len(problem.columns("build").keys) == 1  # one decision for both periods
    assert [block.period for block in problem.row_blocks if block.family == "build_link"] == ["W", "S"]
    kpis = park_kpis(park, result).as_dict()["cost_cny_per_yr"]
    assert kpis["optimized"] == pytest.approx(100_000.0 + annual_capex)
    # a period's share carries the capex × its share of the hours (one half each)
    summer = park_kpis(park, result, period="S").as_dict()["cost_cny_per_yr"]["optimized"]
    assert summer == pytest.approx(100_000.0 + annual_capex / 2)


def test_a_computed_pipe_is_sized_for_the_largest_period_in_every_period() -> None:
    park = _seasons()
    park.enterprises["A"].x_km, park.enterprises["A"].y_km = 0.0, 0.0
    park.enterprises["B"].x_km, park.enterprises["B"].y_km = 1.0, 0.0
    link = park.links["L1"]
    link.diameter_mm = link.capex_cny = link.loss_pct = None
    from parkflow.model.pipes import link_pipe

    winter_pipe = link_pipe(park, link, park.streams["S1"], park.streams["K1"])  # sized for 20 t/h
    half = park.copy()
    half.streams["S1"].amount = 10.0
    summer_pipe = link_pipe(half, half.links["L1"], half.streams["S1"], half.streams["K1"])
    assert summer_pipe.capex_cny != winter_pipe.capex_cny  # a smaller pipe for summer alone
    for _, child in period_parks(park):
        pipe = link_pipe(child, child.links["L1"], child.streams["S1"], child.streams["K1"])
        assert (pipe.diameter_mm, pipe.capex_cny) == (winter_pipe.diameter_mm, winter_pipe.capex_cny)


def test_a_shutdown_period_uses_and_counts_nothing() -> None:
    """A 720 h maintenance stop of both enterprises (factor 0) out of summer (3,280 h left):
    standalone = 15 t/h × (4,000 + 3,280) h × 5 = 546,000 CNY/yr; optimized = summer's 5 t/h of fresh
    water × 3,280 h × 5 = 82,000 CNY/yr; the stop itself 0 in every state."""
    park = _seasons(maintenance_h=720.0)
    result = optimize(park)
    assert result.periods == ("W", "S", "M")
    _check_balances(park, result)
    assert (_rows(result.flows, "M")["amount"] == 0).all() and (
        _rows(result.utilities, "M")["amount"] == 0
    ).all()
    assert result.objective_value == pytest.approx(82_000.0)
    year = park_kpis(park, result)
    assert year.as_dict()["cost_cny_per_yr"]["standalone"] == pytest.approx(546_000.0)
    stop = park_kpis(park, result, period="M")
    assert all(value == pytest.approx(0.0, abs=1e-9) for value in stop.values["cost_cny_per_yr"].values())
    assert stop.states["standalone"].periods["M"].utility_use == {"K1": 0.0}
    shares = [
        park_kpis(park, result, period=p).values["cost_cny_per_yr"]["optimized"] for p in ("W", "S", "M")
    ]
    assert sum(shares) == pytest.approx(year.values["cost_cny_per_yr"]["optimized"])


def test_duals_are_per_period_and_the_diagnosis_names_the_period() -> None:
    """In winter S1 has 5 t/h to spare, so K1's next t/h is free (dual 0); in summer it is fresh
    water: 5 CNY/t × 4,000 h = 20,000 CNY/yr per t/h, 5 CNY/h per t/h."""
    result = optimize(_seasons())
    duals = result.duals
    summer = duals.loc["sink_balance__S__K1"]
    assert summer["period"] == "S" and summer["shadow_price"] == pytest.approx(20_000.0)
    assert summer["hourly_value"] == pytest.approx(5.0)
    assert summer["reading_en"].startswith("in period Summer (S): one more t/h needed by K1")
    assert duals.loc["sink_balance__W__K1", "shadow_price"] == pytest.approx(0.0, abs=1e-9)

    # without fresh water K1 can be met in winter (20 ≥ 15 t/h) but not in summer (10 < 15): 5 t/h short
    with pytest.raises(InfeasibleError) as caught:
        optimize(_seasons(utility=False))
    violations = caught.value.diagnosis.violations
    assert [(v.period, v.family, v.key) for v in violations] == [("S", "sink_balance", "K1")]
    assert violations[0].amount == pytest.approx(5.0)
    assert caught.value.diagnosis.lines[0].startswith("in period Summer (S): sink K1")


def test_the_period_blocks_are_where_the_hook_says() -> None:
    problem = build(_seasons(capex_cny=1.0), SolveOptions(mode="milp"))
    offsets = period_offsets(problem)
    assert [item[0] for item in offsets] == ["W", "S"]
    (_, w_col, w_cols, w_row, w_rows), (_, s_col, _, s_row, _) = offsets
    assert s_col == w_col + w_cols and s_row == w_row + w_rows
    summer = problem.periods[1]
    assert summer.column("flow").tolist() == [s_col + summer.problem.columns("flow").start]
    names = problem.row_names()
    assert names[int(summer.row("sink_balance")[0])] == "sink_balance__S__K1"


def test_optimize_json_rows_carry_their_period(tmp_path: Path) -> None:
    from parkflow.cli import main
    from parkflow.model.workbook import write_workbook

    folder = tmp_path / "seasons"
    write_workbook(_seasons(), folder)
    out = tmp_path / "result.json"
    assert main(["optimize", str(folder), "--json", str(out)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["periods"] == [
        {"id": "W", "name": "Winter", "hours": 4000.0},
        {"id": "S", "name": "Summer", "hours": 4000.0},
    ]
    assert {(row["link"], row["period"], row["amount"]) for row in document["flows"]} == {
        ("L1", "W", 15.0),
        ("L1", "S", 10.0),
    }
    assert {(row["sink"], row["period"], row["amount"]) for row in document["utilities"]} == {
        ("K1", "W", 0.0),
        ("K1", "S", 5.0),
    }
    assert document["kpis"]["cost_cny_per_yr"]["optimized"] == pytest.approx(100_000.0)
    # the stored document reads back with its periods
    from parkflow.optimize import OptimizationResult

    again = OptimizationResult.from_document(document)
    assert again.periods == ("W", "S")
    assert park_kpis(_seasons(), again).values["cost_cny_per_yr"]["optimized"] == pytest.approx(100_000.0)


_SMALL_PARKS = st.builds(generate_park, enterprises=st.integers(2, 4), seed=st.integers(0, 10_000))


def _frames_match(result, today, *, exact: bool) -> None:  # type: ignore[no-untyped-def]
    for name in ("flows", "utilities", "disposals", "converters"):
        got, want = getattr(result, name).drop(columns="period"), getattr(today, name)
        if exact:
            assert got.equals(want), name
            continue
        assert list(got.index) == list(want.index) and list(got.columns) == list(want.columns), name
        for column in want.columns:
            if want[column].dtype.kind == "f":
                assert np.allclose(got[column], want[column], rtol=1e-7, atol=1e-7, equal_nan=True), (
                    name,
                    column,
                )
            else:
                assert got[column].equals(want[column]), (name, column)


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(park=_SMALL_PARKS, lp_capex=st.sampled_from(["ignore", "relax"]))
def test_one_period_of_the_parks_hours_gives_exactly_todays_result(park: Park, lp_capex: str) -> None:
    """One period of the park's 8,000 h and no profiles: the same problem, so the same result.

    Without build decisions (``lp_capex="ignore"``) the stacked problem is today's, column for
    column and row for row, and the frames are equal to the last bit.  With them, the shared
    build columns come after the period's block instead of after its flows: the same LP in
    another column order, whose solution HiGHS reaches to within round-off.
    """
    options = SolveOptions(lp_capex=lp_capex)
    today = optimize(park, options)
    one = park.copy()
    one.periods = {"Y": Period("Y", "Year", park.hours_per_year)}
    result = optimize(one, options)
    exact = lp_capex == "ignore"
    if exact:
        assert result.objective_value == today.objective_value
    assert result.objective_value == pytest.approx(today.objective_value, rel=1e-9, abs=1e-6)
    _frames_match(result, today, exact=exact)
    before, after = park_kpis(park, today), park_kpis(one, result)
    for key, states in before.as_dict().items():
        for state, value in states.items():
            got = after.as_dict()[key][state]
            assert (got is None) == (value is None), key
            if value is not None:
                assert got == pytest.approx(value, rel=1e-9 if exact else 1e-7, abs=1e-6), (key, state)
    for state, balance in before.balances.items():
        assert after.balances[state] == pytest.approx(balance, rel=1e-9, abs=1e-6)


def test_the_report_shows_each_periods_share_and_they_add_up_to_the_year() -> None:
    """Rows of the report's periods table (cost standalone, optimized): W 300,000 / 0; S 246,000 / 82,000;
    M 0 / 0; the year 546,000 / 82,000 (the maintenance park above)."""
    from parkflow.report.content import build_report

    park = _seasons(maintenance_h=720.0)
    report = build_report(park, optimize(park))
    table = next(table for table in report.tables if table.key == "periods")
    names = [row[0][0] for row in table.rows]
    assert names == ["W Winter", "S Summer", "M Maintenance", "Year"]
    hours = [row[1] for row in table.rows]
    assert hours == [4000.0, 3280.0, 720.0, 8000.0]
    cost = [(row[2], row[3]) for row in table.rows]
    assert cost[:3] == [
        (pytest.approx(300_000.0), pytest.approx(0.0, abs=1e-6)),
        (pytest.approx(246_000.0), pytest.approx(82_000.0)),
        (0.0, 0.0),
    ]
    for column in range(1, len(table.columns)):
        assert sum(row[column] for row in table.rows[:3]) == pytest.approx(table.rows[3][column], abs=1e-6)


def test_the_reviewers_page_names_each_rows_period_with_that_periods_hours() -> None:
    """A reviewer redoes amount × hours × factor row by row: with periods each row says which period
    it is, and its hours are that period's (winter 4,000 h, summer 3,280 h in the maintenance park)."""
    from parkflow.report.content import build_report

    park = _seasons(maintenance_h=720.0)
    report = build_report(park, optimize(park))
    table = next(table for table in report.tables if table.key == "reviewer")
    hours_of = {f"(period {period.name})": period.hours for period in park.periods.values()}
    dated = [
        (row[2][0], row[6]) for row in table.rows if isinstance(row[2], tuple) and "(period " in row[2][0]
    ]
    assert dated, "no reviewer row names its period"
    for label, hours in dated:
        marker = label[label.index("(period ") :]
        assert hours == pytest.approx(hours_of[marker]), label


def test_who_gains_refuses_a_park_with_periods_with_its_reason() -> None:
    from parkflow.model.problems import ParkError
    from parkflow.report.share import share_benefits

    with pytest.raises(ParkError, match="the who-gains calculation"):
        share_benefits(_seasons())


@st.composite
def _parks_with_seasons(draw):  # type: ignore[no-untyped-def]
    """A small generated park with two or three periods and a random factor on a few streams and prices."""
    park = generate_park(draw(st.integers(2, 4)), draw(st.integers(0, 10_000)))
    count = draw(st.integers(2, 3))
    park.periods = {f"P{n}": Period(f"P{n}", f"period {n}", 8000.0 / count) for n in range(1, count + 1)}
    items = sorted(park.streams)[:6] + sorted(park.utilities)[:2]
    for period_id in park.periods:
        for item in items:
            factor = draw(st.sampled_from([0.0, 0.5, 0.8, 1.0, 1.2]))
            park.profiles[profile_key(period_id, item)] = (
                Profile(period_id, item, factor, None)
                if item in park.streams
                else Profile(period_id, item, None, factor)
            )
    return park


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(park=_parks_with_seasons(), mode=st.sampled_from(["lp", "milp"]))
def test_every_periods_rows_hold_the_physics_of_its_derived_park(park: Park, mode: str) -> None:
    """Each period's rows, read alone, satisfy every balance, blend, capacity and heat rule of its derived park;
    the objective is the sum of what the rows cost; a link used in any period is built in every row."""
    import dataclasses

    from optimize_helpers import check_result

    try:
        result = optimize(park, SolveOptions(mode=mode))
    except InfeasibleError as error:  # a factor of 0 on a source a sink without utility needs
        assert all(violation.period in park.periods for violation in error.diagnosis.violations)
        return
    for period, child in period_parks(park):
        alone = {
            name: _rows(getattr(result, name), period.id).drop(columns="period")
            for name in ("flows", "utilities", "disposals", "converters", "heat")
        }
        check_result(child, dataclasses.replace(result, periods=(), **alone))
    built = result.flows.groupby(level=0)["built"].nunique()
    assert (built == 1).all()  # built once: the same answer in every period
    used = result.flows[result.flows["amount"] > 1e-7]
    assert used["built"].all()
    assert result.totals["cost"] == pytest.approx(result.objective_value, rel=1e-9, abs=1e-6)
    # the COD balance closes in every period and in the year, and the periods add up to the year
    year = park_kpis(park, result)
    shares = [park_kpis(park, result, period=period_id) for period_id in park.periods]
    for state, balance in year.balances.items():
        scale = max(1.0, abs(balance["in"]))
        assert abs(balance["residual"]) <= 1e-6 * scale
        for key, value in balance.items():
            assert sum(share.balances[state][key] for share in shares) == pytest.approx(
                value, rel=1e-9, abs=1e-9
            )
        for share in shares:
            assert abs(share.balances[state]["residual"]) <= 1e-6 * scale
    for key in ("cost_cny_per_yr", "co2_t_per_yr", "fresh_water_t_per_yr"):
        for state, value in year.values[key].items():
            total = sum(share.values[key][state] or 0.0 for share in shares)
            assert total == pytest.approx(value or 0.0, rel=1e-9, abs=1e-6), (key, state)
