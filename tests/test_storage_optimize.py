"""Storages in the optimizer: hand-worked day/night parks, recomputed from the result rows.

The parks are small on purpose, so that every figure can be worked by hand
in the comments.  Conventions (parkflow/optimize/storage.py): a storage's
level L_p is in the medium's canonical unit × h at the end of period p,
charge C_p and discharge E_p are rates, and within a cycle

    L_p = (1 − loss)^{d_p} · L_{p−1} + (C_p − E_p) · d_p,   0 ≤ L_p ≤ capacity,

the first period of the cycle following the last.  Heat carried by hot
water: 4.186 kJ/(kg·K) × ΔT / 3600 MW per t/h (parkflow/model/compat.py,
``thermal_mw_per_unit``).
"""

from __future__ import annotations

import math

import pytest
from storage_helpers import HOURS, day_night_park

from parkflow.model.entities import (
    Direction,
    Enterprise,
    Link,
    LinkStatus,
    Medium,
    Park,
    Period,
    Profile,
    Storage,
    Stream,
    Utility,
    profile_key,
)
from parkflow.model.physics import capital_recovery_factor
from parkflow.model.validate import validate_park
from parkflow.optimize import optimize
from parkflow.optimize.options import SolveOptions

KEPT_5PCT = 0.95**12  # a tank losing 5 % of its level per hour keeps 0.540360 of it over 12 h


def rows_of(result, storage_id: str) -> dict[str, dict[str, float]]:
    frame = result.storages[result.storages["storage"] == storage_id]
    return {row["period"]: row for row in frame.to_dict("records")}


def check_level_rows(park: Park, result, storage_id: str) -> None:
    """Recompute each period's level from the previous one, and the bounds, from the result rows alone."""
    storage = park.storages[storage_id]
    rows = rows_of(result, storage_id)
    kept = 1.0 - (storage.loss_pct_per_h or 0.0) / 100.0
    cycles: dict[str, list[Period]] = {}
    for period in park.periods.values():
        cycles.setdefault(period.cycle, []).append(period)
    for members in cycles.values():
        for index, period in enumerate(members):
            before = rows[members[index - 1].id]  # cyclic: the first period follows the last
            here = rows[period.id]
            duration = period.duration_h or 0.0
            expected = kept**duration * before["level"] + (here["charge"] - here["discharge"]) * duration
            assert here["level"] == pytest.approx(expected, abs=1e-6)
            assert -1e-9 <= here["level"] <= (storage.capacity or 0.0) + 1e-6
            assert here["charge"] <= (storage.charge_max or 0.0) + 1e-9
            assert here["discharge"] <= (storage.discharge_max or 0.0) + 1e-9


def test_a_hot_water_tank_carries_the_days_waste_heat_into_the_night() -> None:
    park = day_night_park()
    result = optimize(park)
    assert result.status == "optimal"
    # Heat per t/h: W 4.186 × 40 / 3600 = 0.0465111 MW; N 4.186 × 20 / 3600 = 0.0232556 MW, so N needs
    # 10 × 0.0232556 = 0.232556 MW at night.  The tank holds W's water: 0.0465111 MWh per t, so the night
    # needs E = 0.232556 / 0.0465111 = 5 t/h out of the tank.
    # Level over the cycle: L_night = 0.540360 L_day − 12 × 5 ≥ 0 and L_day = 0.540360 L_night + 12 C_day.
    # Charging costs 0.01 CNY/t, so the cheapest has L_night = 0: L_day = 60 / 0.540360 = 111.037 t and
    # C_day = 111.037 / 12 = 9.25309 t/h (within 30 t/h and W's 20 t/h; 111 t within 500 t).
    rows = rows_of(result, "TK")
    assert rows["day"]["charge"] == pytest.approx(5.0 / KEPT_5PCT, rel=1e-6)
    assert rows["day"]["charge"] == pytest.approx(9.25309, rel=1e-5)
    assert rows["day"]["level"] == pytest.approx(111.037, rel=1e-5)
    assert rows["day"]["discharge"] == pytest.approx(0.0, abs=1e-9)
    assert rows["night"]["discharge"] == pytest.approx(5.0, rel=1e-6)
    assert rows["night"]["level"] == pytest.approx(0.0, abs=1e-6)
    assert {row["unit"] for row in rows.values()} == {"t/h"}
    check_level_rows(park, result, "TK")
    # what is delivered at night is the dormitory's whole heat: the boiler stays off
    utilities = result.utilities[result.utilities["period"] == "night"]
    assert float(utilities.loc["N", "amount"]) == pytest.approx(0.0, abs=1e-7)
    delivered_mw = rows["night"]["discharge"] * 4.186 * 40 / 3600
    assert delivered_mw == pytest.approx(10 * 4.186 * 20 / 3600, rel=1e-6)
    # Saving: without the tank the boiler gives 10 t/h × 4,000 h × 10 CNY/t = 400,000 CNY/yr; with it
    # only the pumping is paid, 9.25309 t/h × 4,000 h × 0.01 CNY/t = 370.12 CNY/yr.
    assert result.objective_value == pytest.approx(9.25309 * 4000 * 0.01, rel=1e-5)
    without = park.copy()
    without.storages, without.links = {}, {}
    alone = optimize(without)
    assert alone.objective_value == pytest.approx(400_000.0, rel=1e-9)
    assert alone.objective_value - result.objective_value == pytest.approx(399_629.88, rel=1e-6)
    # the flows on the tank's links are the charge and the discharge
    flows = result.storage_flows
    assert float(
        flows[(flows.index == "IN") & (flows["period"] == "day")]["amount"].iloc[0]
    ) == pytest.approx(rows["day"]["charge"])
    assert result.storages_built == ("TK",)


def test_the_json_document_carries_the_storage_rows() -> None:
    result = optimize(day_night_park())
    document = result.to_document()
    assert [(row["storage"], row["period"]) for row in document["storages"]] == [
        ("TK", "day"),
        ("TK", "night"),
    ]
    assert set(document["storages"][0]) == {
        "storage",
        "period",
        "level",
        "charge",
        "discharge",
        "unit",
        "built",
    }
    assert document["storages"][0]["level"] == pytest.approx(111.037, rel=1e-5)
    again = type(result).from_document(document)
    assert again.storages.to_dict("records") == result.storages.to_dict("records")
    assert again.storages_built == ("TK",)


def test_a_tank_too_small_for_the_night_gives_what_it_holds_and_the_boiler_the_rest() -> None:
    # With 80 t the day ends full (L_day = 80 t, C_day = 80 / 12 = 6.66667 t/h); the night gives
    # E = 0.540360 × 80 / 12 = 3.60240 t/h, 3.60240 × 0.0465111 = 0.167553 MW, and the boiler the rest:
    # (0.232556 − 0.167553) / 0.0232556 = 2.79519 t/h of its hot water.
    park = day_night_park(capacity=80.0)
    result = optimize(park)
    rows = rows_of(result, "TK")
    assert rows["day"]["level"] == pytest.approx(80.0, rel=1e-7)
    assert rows["day"]["charge"] == pytest.approx(80.0 / 12, rel=1e-7)
    assert rows["night"]["discharge"] == pytest.approx(KEPT_5PCT * 80 / 12, rel=1e-6)
    assert rows["night"]["discharge"] == pytest.approx(3.60240, rel=1e-5)
    night = result.utilities[result.utilities["period"] == "night"]
    assert float(night.loc["N", "amount"]) == pytest.approx(2.79519, rel=1e-5)
    check_level_rows(park, result, "TK")


def test_a_candidate_tank_is_built_only_when_it_pays_its_capex() -> None:
    # CRF(8 %, 20 yr) = 0.08 × 1.08^20 / (1.08^20 − 1) = 0.101852 /yr.  The tank saves 399,629.88 CNY/yr.
    crf = capital_recovery_factor(8.0, 20.0)
    assert crf == pytest.approx(0.101852, rel=1e-5)
    # 1,000,000 CNY: 101,852 CNY/yr < 399,630: built; cost = 101,852.2 + 370.12 = 102,222.3 CNY/yr
    worth = optimize(
        day_night_park(status=LinkStatus.CANDIDATE, capex=1_000_000.0), SolveOptions(mode="milp")
    )
    assert worth.storages_built == ("TK",)
    assert worth.objective_value == pytest.approx(1_000_000 * crf + 9.25309 * 4000 * 0.01, rel=1e-5)
    assert rows_of(worth, "TK")["night"]["discharge"] == pytest.approx(5.0, rel=1e-6)
    # 5,000,000 CNY: 509,261 CNY/yr > 399,630: not built; the boiler serves the night for 400,000 CNY/yr
    dear = optimize(day_night_park(status=LinkStatus.CANDIDATE, capex=5_000_000.0), SolveOptions(mode="milp"))
    assert dear.storages_built == ()
    assert dear.objective_value == pytest.approx(400_000.0, rel=1e-9)
    rows = rows_of(dear, "TK")
    assert all(row["level"] == row["charge"] == row["discharge"] == 0.0 for row in rows.values())
    # the KPIs pay the same: the built tank's annualised capex and the pumping
    from parkflow.report.kpis import park_kpis

    cost = park_kpis(day_night_park(status=LinkStatus.CANDIDATE, capex=1_000_000.0), worth).values[
        "cost_cny_per_yr"
    ]["optimized"]
    assert cost == pytest.approx(worth.objective_value, rel=1e-6)


def test_a_steam_accumulator_shifts_steam_within_its_limits() -> None:
    # Steam outside the heat cascade: a 1.2 MPa by-product S (10 t/h, by day, vented at no cost otherwise)
    # charges an accumulator losing 1 %/h; a 0.8 MPa process K needs 6 t/h at night (boiler steam 200 CNY/t).
    # Kept over 12 h: 0.99^12 = 0.886385.  E_night = 6 t/h → L_day = 72 / 0.886385 = 81.2287 t,
    # C_day = 6.76906 t/h; but charge_max is 6 t/h: L_day = 72 t, E_night = 0.886385 × 72 / 12 = 5.31831 t/h,
    # and the boiler gives the other 0.681690 t/h.
    park = Park(name="accumulator", hours_per_year=8000.0)
    park.enterprises = {"E1": Enterprise("E1", "refinery"), "E2": Enterprise("E2", "paper mill")}
    park.utilities = {
        "U_ST": Utility(
            "U_ST",
            Medium.STEAM,
            "boiler steam",
            "t/h",
            cost_cny_per_unit=200.0,
            co2_t_per_unit=0.0,
            pressure_mpa=1.6,
            temperature_c=250.0,
        )
    }
    park.streams = {
        "S": Stream(
            "S",
            "E1",
            Direction.SOURCE,
            Medium.STEAM,
            "by-product steam",
            10.0,
            "t/h",
            pressure_mpa=1.2,
            temperature_c=220.0,
        ),
        "K": Stream(
            "K",
            "E2",
            Direction.SINK,
            Medium.STEAM,
            "process steam",
            6.0,
            "t/h",
            pressure_mpa=0.8,
            temperature_c=180.0,
            utility="U_ST",
        ),
    }
    park.storages = {"ACC": Storage("ACC", "E2", Medium.STEAM, 100.0, 6.0, 10.0, 1.0)}
    park.links = {
        "IN": Link("IN", "S", "ACC", LinkStatus.EXISTING, loss_pct=0.0),
        "OUT": Link("OUT", "ACC", "K", LinkStatus.EXISTING, loss_pct=0.0),
    }
    park.periods = {
        "day": Period("day", "", 4000.0, "day", HOURS),
        "night": Period("night", "", 4000.0, "day", HOURS),
    }
    park.profiles = {
        profile_key("night", "S"): Profile("night", "S", 0.0),
        profile_key("day", "K"): Profile("day", "K", 0.0),
    }
    result = optimize(park)
    rows = rows_of(result, "ACC")
    kept = 0.99**12
    assert kept == pytest.approx(0.886385, rel=1e-6)
    assert rows["day"]["charge"] == pytest.approx(6.0, rel=1e-9)
    assert rows["day"]["level"] == pytest.approx(72.0, rel=1e-7)
    assert rows["night"]["discharge"] == pytest.approx(kept * 72 / 12, rel=1e-6)
    night = result.utilities[result.utilities["period"] == "night"]
    assert float(night.loc["K", "amount"]) == pytest.approx(6.0 - kept * 6.0, rel=1e-5)
    check_level_rows(park, result, "ACC")
    # cost: the boiler's 0.681690 t/h over the night's 4,000 h at 200 CNY/t
    assert result.objective_value == pytest.approx((6.0 - kept * 6.0) * 4000 * 200.0, rel=1e-6)


def test_without_periods_a_storage_gives_out_what_it_takes_and_shifts_nothing() -> None:
    # One design point all year: W and N both run 8,000 h; the tank may only pass water through it,
    # C = E = 5 t/h (N's 0.232556 MW from W's 0.0465111 MW per t/h), level 0, pumping 5 × 8,000 × 0.01.
    park = day_night_park()
    park.periods, park.profiles = {}, {}
    warnings = [problem.message for problem in validate_park(park) if problem.kind == "storage"]
    assert any("can shift nothing in time" in message for message in warnings)
    result = optimize(park)
    rows = rows_of(result, "TK")
    assert list(rows) == [""]
    row = rows[""]
    assert row["charge"] == pytest.approx(row["discharge"]) == pytest.approx(5.0, rel=1e-6)
    assert row["level"] == 0.0
    assert result.objective_value == pytest.approx(5.0 * 8000 * 0.01, rel=1e-6)
    assert math.isclose(float(result.utilities.loc["N", "amount"]), 0.0, abs_tol=1e-7)


def test_a_period_of_a_cycle_needs_its_duration() -> None:
    from parkflow.model.problems import ParkError

    park = day_night_park()
    park.periods["night"].duration_h = None
    with pytest.raises(ParkError) as caught:
        optimize(park)
    assert "period night belongs to cycle 'day' but has no duration_h" in str(caught.value)


def test_a_park_without_storages_gives_an_empty_storages_frame() -> None:
    park = day_night_park()
    park.storages, park.links = {}, {}
    result = optimize(park)
    assert list(result.storages.columns) == ["storage", "period", "level", "charge", "discharge", "unit"]
    assert result.storages.empty and "storages" not in result.to_document()


def test_the_report_names_each_storages_cycle() -> None:
    from parkflow.report.content import build_report

    park = day_night_park(status=LinkStatus.CANDIDATE, capex=1_000_000.0)
    result = optimize(park, SolveOptions(mode="milp"))
    report = build_report(park, result)
    table = next(table for table in report.tables if table.key == "storages")
    # storage, enterprise, medium, cycle, status, period, level, charge, discharge, unit
    assert [(row[0], row[3], row[4], row[5]) for row in table.rows] == [
        ("TK", "day", ("built", "建设"), "day"),
        ("TK", "day", ("built", "建设"), "night"),
    ]
    assert table.rows[0][6] == pytest.approx(111.037, rel=1e-5)
    assert table.rows[1][8] == pytest.approx(5.0, rel=1e-6)


@pytest.mark.parametrize(("capex", "built"), [(2_000_000.0, True), (5_000_000.0, False)])
def test_a_candidate_pipe_into_a_tank_is_built_only_when_it_pays(capex: float, built: bool) -> None:
    # The pipe from the dyeing works into the existing tank costs capex × CRF(8 %, 20 yr) = capex × 0.101852:
    # 203,704 CNY/yr for 2 M CNY (< the 399,630 CNY/yr the tank saves: built, cost 203,704 + 370.12),
    # 509,261 CNY/yr for 5 M CNY (> the saving: not built, the boiler's 400,000 CNY/yr).
    from parkflow.report.kpis import park_kpis

    park = day_night_park()
    park.links["IN"].status, park.links["IN"].capex_cny, park.links["IN"].lifetime_yr = (
        LinkStatus.CANDIDATE,
        capex,
        20.0,
    )
    result = optimize(park, SolveOptions(mode="milp"))
    crf = capital_recovery_factor(8.0, 20.0)
    expected = capex * crf + 9.25309 * 4000 * 0.01 if built else 400_000.0
    assert result.objective_value == pytest.approx(expected, rel=1e-5)
    assert bool(result.storage_flows.loc["IN", "built"].all()) is built
    assert rows_of(result, "TK")["night"]["discharge"] == pytest.approx(5.0 if built else 0.0, abs=1e-7)
    cost = park_kpis(park, result).values["cost_cny_per_yr"]["optimized"]
    assert cost == pytest.approx(result.objective_value, rel=1e-6)
