"""The compare engine on small parks with known edits.

Expected KPI deltas are worked out by hand from the stand-in accounting in
``compare_helpers.linear_kpis`` (8000 h/yr, steam make-up 0.25 t CO2/t,
cooling tower 0.01 t CO2/t).
"""

from __future__ import annotations

import json

import pytest
from compare_helpers import (
    HOURS,
    base_park,
    linear_kpis,
    optimized_state,
    with_amount_changed,
    with_enterprise_removed,
    with_link_added,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from parkflow.model.entities import Direction, Enterprise, Link, LinkStatus, Medium, Park, Stream
from parkflow.model.fingerprint import park_fingerprint
from parkflow.report.compare import (
    KINDS,
    FieldChange,
    ScenarioData,
    change_groups,
    compare_many,
    compare_scenarios,
    comparisons_document,
    diff_parks,
    result_freshness,
)


def _compare(
    park_a: Park,
    park_b: Park,
    flows_a: dict[str, float] | None = None,
    flows_b: dict[str, float] | None = None,
):
    a = ScenarioData("A", park_a, result=optimized_state(park_a, flows_a) if flows_a is not None else None)
    b = ScenarioData("B", park_b, result=optimized_state(park_b, flows_b) if flows_b is not None else None)
    return compare_scenarios(a, b, kpi_provider=linear_kpis)


def _only(diff, **expected: dict[str, list[str]]) -> None:
    """Every kind's added/removed/changed ids equal ``expected`` (missing kinds: empty)."""
    for status in ("added", "removed", "changed"):
        wanted = expected.get(status, {})
        for kind in KINDS:
            got = getattr(diff, status)[kind]
            ids = [item.entity_id for item in got] if status == "changed" else got
            assert ids == wanted.get(kind, []), (status, kind, ids)


def test_identical_parks_have_no_differences_and_zero_deltas() -> None:
    park = base_park()
    comparison = _compare(park, park.copy(), {"L1": 8.0}, {"L1": 8.0})
    assert comparison.diff.is_empty()
    assert comparison.diff.items() == []
    assert comparison.is_identical()
    for states in comparison.kpis.values():
        for pair in states.values():
            assert pair.delta == 0.0
    assert comparison.attribution.effects == []
    assert all(change.optimized_delta == 0.0 for change in comparison.link_flows)


def test_link_added() -> None:
    park_a = base_park()
    park_b = with_link_added(park_a)
    comparison = _compare(park_a, park_b, {"L1": 8.0}, {"L1": 5.0, "L3": 5.0})
    _only(comparison.diff, added={"links": ["L3"]})
    assert comparison.diff.settings == []
    row = comparison.diff.rows_b[("links", "L3")]
    assert (row["source"], row["sink"], row["status"], row["current_flow"]) == ("S1", "K3", "existing", 3.0)

    co2 = comparison.kpis["co2_t_per_yr"]
    assert co2["standalone"].delta == pytest.approx(0.0)
    # 3 t/h less boiler steam at 0.25 t/t and 3 t/h less to the cooling tower at 0.01 t/t.
    assert co2["current"].delta == pytest.approx(-HOURS * 3 * (0.25 + 0.01))
    # Optimized: K3 gets 5 t/h by link (−5 × 0.25), K1 3 t/h less by link (+3 × 0.25),
    # and the 2 t/h of S1 that went to the cooling tower are now used (−2 × 0.01).
    assert co2["optimized"].delta == pytest.approx(HOURS * ((-5 + 3) * 0.25 - 2 * 0.01))
    assert co2["current"].a == pytest.approx(HOURS * (9 * 0.25 + 15 * 0.0003 + 6 * 0.01 + 20 * 0.0005))

    # Attribution: the link alone explains the whole current delta.
    [effect] = comparison.attribution.effects
    assert effect.group.members == (("links", "L3"),)
    assert effect.effects["co2_t_per_yr"]["current"] == pytest.approx(co2["current"].delta)
    assert comparison.attribution.interaction["co2_t_per_yr"]["current"] == pytest.approx(0.0)
    assert comparison.attribution.exchange["co2_t_per_yr"] == pytest.approx(co2["optimized"].delta)
    # The new link and the flow it carries lead the link-flow changes.
    top = comparison.attribution.links[0]
    assert (top.link_id, top.status, top.optimized_a, top.optimized_b, top.unit) == (
        "L3",
        "added",
        0.0,
        5.0,
        "t/h",
    )
    by_link = {change.link_id: change for change in comparison.link_flows}
    assert by_link["L1"].optimized_delta == pytest.approx(-3.0)
    assert by_link["L3"].current_b == 3.0 and by_link["L3"].current_a == 0.0


def test_stream_amount_changed() -> None:
    park_a = base_park()
    park_b = with_amount_changed(park_a)
    comparison = _compare(park_a, park_b)
    _only(comparison.diff, changed={"streams": ["K1"]})
    [change] = comparison.diff.changed["streams"]
    assert change.fields == (FieldChange("amount", 8.0, 12.0, "t/h", "t/h"),)
    assert change.fields[0].delta == 4.0
    assert change.fields[0].describe() == "amount: 8 t/h → 12 t/h (+4)"
    co2 = comparison.kpis["co2_t_per_yr"]
    assert co2["standalone"].delta == pytest.approx(HOURS * 4 * 0.25)
    assert co2["current"].delta == pytest.approx(HOURS * 4 * 0.25)
    assert co2["optimized"].delta is None  # no optimized state on either side
    cost = comparison.kpis["cost_cny_per_yr"]
    assert cost["standalone"].delta == pytest.approx(HOURS * 4 * 200.0)
    assert cost["standalone"].percent == pytest.approx(100 * HOURS * 800 / cost["standalone"].a)
    [effect] = comparison.attribution.effects
    assert effect.group.label == "stream K1 changed"
    assert comparison.attribution.drivers("co2_t_per_yr", "standalone") == [
        ("stream K1 changed", pytest.approx(8000.0))
    ]
    # Per-enterprise breakdown: only E2 (the sink's owner) moves.
    assert comparison.by_enterprise["E2"]["co2_t_per_yr"]["standalone"].delta == pytest.approx(8000.0)
    assert comparison.by_enterprise["E1"]["co2_t_per_yr"]["standalone"].delta == pytest.approx(0.0)


def test_enterprise_removed_with_its_streams_and_links() -> None:
    park_a = base_park()
    park_b = with_enterprise_removed(park_a)
    comparison = _compare(park_a, park_b)
    _only(
        comparison.diff,
        removed={"enterprises": ["E3"], "streams": ["K2", "K3"], "links": ["L2"]},
    )
    co2 = comparison.kpis["co2_t_per_yr"]
    expected = -HOURS * (5 * 0.25 + 15 * 0.0003)
    assert co2["standalone"].delta == pytest.approx(expected)
    assert co2["current"].delta == pytest.approx(expected)
    assert comparison.kpis["fresh_water_t_per_yr"]["standalone"].delta == pytest.approx(-HOURS * 15)
    # One group: the enterprise with everything that cannot exist without it.
    [group] = change_groups(park_a, park_b, comparison.diff)
    assert set(group.members) == {
        ("enterprises", "E3"),
        ("streams", "K2"),
        ("streams", "K3"),
        ("links", "L2"),
    }
    assert group.label == "enterprise E3 removed, with stream K2, stream K3, link L2"
    [effect] = comparison.attribution.effects
    assert effect.effects["co2_t_per_yr"]["standalone"] == pytest.approx(expected)
    # The removed enterprise's breakdown goes to zero.
    e3 = comparison.by_enterprise["E3"]["co2_t_per_yr"]["standalone"]
    assert e3.b == 0.0 and e3.delta == pytest.approx(expected)
    lines = [item.text for item in comparison.diff.items()]
    assert "− enterprise E3 (Paper mill 造纸厂)" in lines
    assert "− link L2 (S2 → K2, candidate)" in lines


def test_two_edits_are_attributed_separately_and_add_up() -> None:
    park_a = base_park()
    park_b = with_amount_changed(with_link_added(park_a))
    comparison = _compare(park_a, park_b)
    effects = {
        effect.group.label: effect.effects["co2_t_per_yr"]["current"]
        for effect in comparison.attribution.effects
    }
    assert effects == {
        "stream K1 changed": pytest.approx(HOURS * 4 * 0.25),
        "link L3 added": pytest.approx(-HOURS * 3 * 0.26),
    }
    delta = comparison.kpis["co2_t_per_yr"]["current"].delta
    assert sum(effects.values()) == pytest.approx(delta)
    assert comparison.attribution.interaction["co2_t_per_yr"]["current"] == pytest.approx(0.0, abs=1e-6)
    assert comparison.attribution.drivers("co2_t_per_yr", "current")[0][0] == "stream K1 changed"


def test_field_units_follow_the_field() -> None:
    park_a = base_park()
    park_b = park_a.copy()
    park_b.streams["K1"].pressure_mpa = 0.8
    park_b.streams["S2"].amount = 480.0
    park_b.streams["S2"].unit = "t/d"
    park_b.links["L1"].capacity = 12.0
    park_b.links["L1"].cost_cny_per_unit = 15.0
    park_b.utilities["U_STEAM"].cost_cny_per_unit = 220.0
    park_b.enterprises["E2"].x_km = 3.5
    park_b.hours_per_year = 7200.0
    park_b.factor_overrides["grid_electricity"] = 0.55
    diff = diff_parks(park_a, park_b)
    fields = {
        (change.entity_id, field.field): field
        for kind in KINDS
        for change in diff.changed[kind]
        for field in change.fields
    }
    assert fields[("K1", "pressure_mpa")] == FieldChange("pressure_mpa", 0.6, 0.8, "MPa", "MPa")
    assert fields[("S2", "amount")] == FieldChange("amount", 20.0, 480.0, "t/h", "t/d")
    assert fields[("S2", "amount")].delta is None  # different units: no naive difference
    assert fields[("S2", "unit")].old == "t/h" and fields[("S2", "unit")].new == "t/d"
    assert fields[("L1", "capacity")].old_unit == "t/h"
    assert fields[("L1", "cost_cny_per_unit")] == FieldChange(
        "cost_cny_per_unit", None, 15.0, "CNY/t", "CNY/t"
    )
    assert fields[("U_STEAM", "cost_cny_per_unit")].old_unit == "CNY/t"
    assert fields[("E2", "x_km")].new_unit == "km"
    assert diff.added["factors"] == ["grid_electricity"]
    assert [(change.field, change.old, change.new, change.old_unit) for change in diff.settings] == [
        ("hours_per_year", 8000.0, 7200.0, "h/yr")
    ]
    document = diff.to_dict()
    assert document["added"]["factors"] == [{"id": "grid_electricity", "value": 0.55}]
    [s2] = [change for change in document["changed"]["streams"] if change["id"] == "S2"]
    amount = next(f for f in s2["fields"] if f["field"] == "amount")
    assert amount == {"field": "amount", "old": 20.0, "new": 480.0, "old_unit": "t/h", "new_unit": "t/d"}


def test_numbers_equal_within_tolerance_and_blank_text_are_not_changes() -> None:
    park_a = base_park()
    park_b = park_a.copy()
    park_b.streams["K1"].amount = 8.0 * (1 + 1e-12)
    park_b.enterprises["E1"].notes = ""
    park_a.enterprises["E1"].notes = ""
    assert diff_parks(park_a, park_b).is_empty()


def test_added_enterprise_groups_with_its_streams() -> None:
    park_a = base_park()
    park_b = park_a.copy()
    park_b.enterprises["E4"] = Enterprise("E4", "Hydrogen user")
    park_b.streams["K9"] = Stream(
        "K9", "E4", Direction.SINK, Medium.STEAM, amount=2.0, unit="t/h", utility="U_STEAM"
    )
    park_b.streams["K1"].amount = 9.0
    groups = change_groups(park_a, park_b, diff_parks(park_a, park_b))
    assert [group.members for group in groups] == [
        (("enterprises", "E4"), ("streams", "K9")),
        (("streams", "K1"),),
    ]


def test_fingerprint_tracks_edits_not_order() -> None:
    park = base_park()
    reordered = park.copy()
    reordered.streams = dict(reversed(list(reordered.streams.items())))
    assert park_fingerprint(park) == park_fingerprint(reordered)
    assert park_fingerprint(park) != park_fingerprint(with_amount_changed(park))
    moved = park.copy()
    moved.enterprises["E1"].x_km = 9.0
    moved.enterprises["E1"].name = "Renamed"
    assert park_fingerprint(moved) == park_fingerprint(
        park
    )  # a result does not depend on where a box is drawn
    repriced = park.copy()
    repriced.utilities["U_STEAM"].cost_cny_per_unit = 201.0
    assert park_fingerprint(repriced) != park_fingerprint(park)
    assert result_freshness(park, None)[0] == "missing"
    assert result_freshness(park, {"status": "optimal", "flows": []}) == (
        "stale",
        "stored result does not record which park it belongs to",
    )
    fresh = {"status": "optimal", "park_hash": park_fingerprint(park)}
    assert result_freshness(park, fresh) == ("fresh", "stored result")
    assert result_freshness(with_amount_changed(park), fresh) == (
        "stale",
        "park changed since the stored result",
    )


def test_baseline_against_several_alternatives_document() -> None:
    park = base_park()
    baseline = ScenarioData("today.parkflow", park)
    alternatives = [
        ScenarioData("steam_main.parkflow", with_link_added(park)),
        ScenarioData("e3_closed.parkflow", with_enterprise_removed(park)),
    ]
    comparisons = compare_many(baseline, alternatives, kpi_provider=linear_kpis)
    document = json.loads(json.dumps(comparisons_document(comparisons)))
    assert document["baseline"]["label"] == "today.parkflow"
    assert [block["b"]["label"] for block in document["comparisons"]] == [
        "steam_main.parkflow",
        "e3_closed.parkflow",
    ]
    assert "added" not in document  # with more than one alternative, only per-alternative blocks
    first, second = document["comparisons"]
    assert [row["id"] for row in first["added"]["links"]] == ["L3"]
    assert [row["id"] for row in second["removed"]["enterprises"]] == ["E3"]
    assert set(first["added"]) == set(KINDS)
    assert second["kpis"]["co2_t_per_yr"]["standalone"]["delta"] == pytest.approx(
        -HOURS * (5 * 0.25 + 15 * 0.0003)
    )
    assert second["kpis"]["co2_t_per_yr"]["optimized"] == {"a": None, "b": None, "delta": None}

    single = comparisons_document(comparisons[:1])
    assert single["added"]["links"][0]["id"] == "L3"
    assert single["kpis"] == single["comparisons"][0]["kpis"]


def test_link_added_to_a_changed_stream_is_measured_on_its_own() -> None:
    park_a = base_park()
    park_b = with_amount_changed(park_a)
    park_b.links["L9"] = Link("L9", "S1", "K1", LinkStatus.CANDIDATE, capacity=5.0)
    groups = change_groups(park_a, park_b, diff_parks(park_a, park_b))
    assert [group.members for group in groups] == [(("streams", "K1"),), (("links", "L9"),)]


def test_stream_switched_to_a_new_utility_goes_with_it() -> None:
    park_a = base_park()
    park_b = park_a.copy()
    park_b.utilities["U_STEAM2"] = park_b.utilities["U_STEAM"].copy()
    park_b.utilities["U_STEAM2"].id = "U_STEAM2"
    park_b.streams["K3"].utility = "U_STEAM2"
    groups = change_groups(park_a, park_b, diff_parks(park_a, park_b))
    assert [group.members for group in groups] == [(("streams", "K3"), ("utilities", "U_STEAM2"))]
    assert groups[0].label == "stream K3 changed, with utility U_STEAM2"


def test_comparing_never_edits_either_park() -> None:
    from parkflow.model.fingerprint import park_fingerprint as fingerprint

    park_a = base_park()
    park_b = with_amount_changed(with_enterprise_removed(with_link_added(park_a)))
    before = (fingerprint(park_a), fingerprint(park_b))
    compare_scenarios(ScenarioData("A", park_a), ScenarioData("B", park_b), kpi_provider=linear_kpis)
    assert (fingerprint(park_a), fingerprint(park_b)) == before


@settings(max_examples=40, deadline=None)
@given(
    amounts=st.dictionaries(
        st.sampled_from(["S1", "S2", "K1", "K2", "K3"]), st.floats(0.5, 50.0), max_size=5
    ),
    drop_links=st.sets(st.sampled_from(["L1", "L2"])),
    drop_enterprise=st.sampled_from([None, "E2", "E3"]),
)
def test_diff_is_symmetric_and_attribution_adds_up_for_standalone(
    amounts, drop_links, drop_enterprise
) -> None:
    """Random edits: b−a mirrors a−b, and standalone one-at-a-time effects sum to the delta.

    Standalone KPIs are sums over streams, so each change's effect on its
    own adds up exactly (interaction 0), whatever the mix of edits.
    """
    park_a = base_park()
    park_b = park_a.copy()
    for stream_id, amount in amounts.items():
        park_b.streams[stream_id].amount = amount
    for link_id in drop_links:
        del park_b.links[link_id]
    if drop_enterprise:
        park_b = _without_enterprise(park_b, drop_enterprise)
    forward, backward = diff_parks(park_a, park_b), diff_parks(park_b, park_a)
    assert forward.added == backward.removed and forward.removed == backward.added
    assert [c.entity_id for c in forward.changed["streams"]] == [
        c.entity_id for c in backward.changed["streams"]
    ]
    comparison = _compare(park_a, park_b)
    for kpi in ("co2_t_per_yr", "cost_cny_per_yr", "fresh_water_t_per_yr"):
        delta = comparison.kpis[kpi]["standalone"].delta
        explained = sum(effect.effects[kpi]["standalone"] for effect in comparison.attribution.effects)
        assert explained == pytest.approx(delta, abs=1e-6)
        assert comparison.attribution.interaction.get(kpi, {}).get("standalone", 0.0) == pytest.approx(
            0.0, abs=1e-6
        )


def _without_enterprise(park: Park, enterprise_id: str) -> Park:
    edited = park.copy()
    del edited.enterprises[enterprise_id]
    gone = {stream.id for stream in edited.streams.values() if stream.enterprise == enterprise_id}
    for stream_id in gone:
        del edited.streams[stream_id]
    for link_id in [link.id for link in edited.links.values() if link.source in gone or link.sink in gone]:
        del edited.links[link_id]
    return edited
