"""Compare the Jiaxing sample park with edited copies of itself (sample parks with known edits).

Expected deltas come from the park's own data (amounts, utility factors),
so the test follows the sample file if its estimates are revised, and
checks every entry of the diff and the sign and size of the KPI deltas.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parkflow.model.entities import Link, LinkStatus, Park
from parkflow.model.store import open_scenario
from parkflow.model.unit_figures import UnitRules
from parkflow.model.units import per_unit_factor, to_canonical
from parkflow.report.compare import KINDS, ScenarioData, compare_scenarios

SAMPLE = Path(__file__).resolve().parents[1] / "sample_parks" / "jiaxing_port.parkflow"


@pytest.fixture(scope="module")
def jiaxing() -> Park:
    return open_scenario(SAMPLE).park


def _annual_make_up(park: Park, sink_id: str, amount: float, field: str) -> float:
    """amount (in the sink's unit) × the utility's per-unit figure, per year."""
    sink = park.streams[sink_id]
    utility = park.utilities[sink.utility]
    rate = to_canonical(amount, sink.unit, sink.medium, park.hours_per_year)
    per_canonical = getattr(utility, field) * per_unit_factor(utility.unit, utility.medium)
    return rate * per_canonical * park.hours_per_year


def _only(comparison, **expected: dict[str, list[str]]) -> None:
    for status in ("added", "removed", "changed"):
        for kind in KINDS:
            entries = getattr(comparison.diff, status)[kind]
            ids = [entry.entity_id for entry in entries] if status == "changed" else entries
            assert ids == expected.get(status, {}).get(kind, []), (status, kind)


def test_sample_park_against_itself(jiaxing: Park) -> None:
    comparison = compare_scenarios(ScenarioData("a", jiaxing), ScenarioData("b", jiaxing.copy()))
    assert comparison.is_identical()
    assert comparison.attribution.effects == []


def test_hydrogen_demand_doubled(jiaxing: Park) -> None:
    edited = jiaxing.copy()
    sink = edited.streams["K_H2ST_H2"]
    old_amount = sink.amount
    sink.amount = 2 * old_amount
    comparison = compare_scenarios(ScenarioData("a", jiaxing), ScenarioData("b", edited))
    _only(comparison, changed={"streams": ["K_H2ST_H2"]})
    [change] = comparison.diff.changed["streams"]
    [field] = change.fields
    assert (field.field, field.old, field.new, field.old_unit) == (
        "amount",
        old_amount,
        2 * old_amount,
        sink.unit,
    )
    # Trailer hydrogen is made outside the park: its CO2 is upstream (scope 3), outside the headline.
    assert jiaxing.utilities["U_H2_TRAILER"].scope == 3
    expected_co2 = _annual_make_up(jiaxing, "K_H2ST_H2", old_amount, "co2_t_per_unit")
    assert expected_co2 > 0
    assert comparison.kpis["co2_t_per_yr"]["standalone"].delta == pytest.approx(0.0, abs=1e-9)
    co2 = comparison.kpis["co2_upstream_t_per_yr"]
    assert co2["standalone"].delta == pytest.approx(expected_co2, rel=1e-9)
    # Today's link is capped at its current flow, so the extra demand is all make-up.
    assert co2["current"].delta == pytest.approx(expected_co2, rel=1e-9)
    expected_cost = _annual_make_up(jiaxing, "K_H2ST_H2", old_amount, "cost_cny_per_unit")
    assert comparison.kpis["cost_cny_per_yr"]["standalone"].delta == pytest.approx(expected_cost, rel=1e-9)
    assert comparison.by_enterprise["H2ST"]["co2_upstream_t_per_yr"]["standalone"].delta == pytest.approx(
        expected_co2
    )
    assert comparison.by_medium["hydrogen"]["co2_upstream_t_per_yr"]["standalone"].delta == pytest.approx(
        expected_co2
    )


def test_enterprise_closed_with_its_streams_and_links(jiaxing: Park) -> None:
    edited = jiaxing.copy()
    streams = sorted(stream.id for stream in edited.streams_of("ZANYU"))
    links = sorted(
        link.id for link in edited.links.values() if link.source in streams or link.sink in streams
    )
    del edited.enterprises["ZANYU"]
    for stream_id in streams:
        del edited.streams[stream_id]
    for link_id in links:
        del edited.links[link_id]
    comparison = compare_scenarios(ScenarioData("a", jiaxing), ScenarioData("b", edited))
    assert streams == ["K_ZANYU_SO3"] and links == ["L_JH_SO3_ZANYU"]
    _only(comparison, removed={"enterprises": ["ZANYU"], "streams": streams, "links": links})
    sink = jiaxing.streams["K_ZANYU_SO3"]
    expected = -_annual_make_up(jiaxing, "K_ZANYU_SO3", sink.amount, "co2_t_per_unit")
    assert expected < 0
    # purchased SO3's CO2 counts where its utility's scope puts it: upstream (scope 3) for a
    # purchased material unless the park says otherwise
    scope = UnitRules(jiaxing).scope_of("utility", sink.utility)
    key = "co2_upstream_t_per_yr" if scope == 3 else "co2_t_per_yr"
    assert comparison.kpis[key]["standalone"].delta == pytest.approx(expected, rel=1e-9)
    [effect] = comparison.attribution.effects
    assert effect.group.label == "enterprise ZANYU removed, with stream K_ZANYU_SO3, link L_JH_SO3_ZANYU"
    assert effect.effects[key]["standalone"] == pytest.approx(expected, rel=1e-9)


def test_new_pipeline_changes_no_input_kpi_but_is_listed(jiaxing: Park) -> None:
    edited = jiaxing.copy()
    edited.links["L_MF_H2_STATION"] = Link(
        "L_MF_H2_STATION",
        "S_MF_H2",
        "K_H2ST_H2",
        LinkStatus.CANDIDATE,
        capacity=2000.0,
        distance_km=1.2,
    )
    comparison = compare_scenarios(ScenarioData("a", jiaxing), ScenarioData("b", edited))
    _only(comparison, added={"links": ["L_MF_H2_STATION"]})
    # A candidate link carries nothing until optimized: standalone and current do not move.
    for kpi, states in comparison.kpis.items():
        if states["standalone"].a is None and states["standalone"].b is None:
            continue  # not modelled in this park (no NH3-N or value added in its data): no figure to move
        assert states["standalone"].delta == pytest.approx(0.0, abs=1e-9), kpi
        assert states["current"].delta == pytest.approx(0.0, abs=1e-9), kpi
        assert states["optimized"].delta is None
    [flow] = [change for change in comparison.link_flows if change.link_id == "L_MF_H2_STATION"]
    assert (flow.status, flow.unit, flow.medium) == ("added", "Nm3/h", "hydrogen")
