"""The synthetic park generator: valid, feasible by construction, plausible, deterministic."""

from __future__ import annotations

import math
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parkflow.cli import main
from parkflow.model.compat import is_hot, link_refusal
from parkflow.model.entities import BLEND_QUALITY, THERMAL_MEDIA, Direction, LinkStatus, Medium, Park
from parkflow.model.generate import (
    LINK_COSTS,
    MAX_DISTANCE_KM,
    PARK_HEIGHT_KM,
    PARK_WIDTH_KM,
    generate_park,
    route_km,
)
from parkflow.model.physics import saturation_temperature_c
from parkflow.model.state import canonical_amount, link_gain
from parkflow.model.store import open_scenario
from parkflow.model.validate import validate_park

TOLERANCE = 1e-9


def _problems(park: Park) -> list[str]:
    return [str(problem) for problem in validate_park(park)]


@pytest.mark.parametrize(("enterprises", "seed"), [(1, 0), (2, 1), (7, 2), (40, 3), (150, 4)])
def test_generated_parks_have_no_problems(enterprises: int, seed: int) -> None:
    park = generate_park(enterprises, seed)
    assert _problems(park) == []  # no errors and no warnings


@settings(max_examples=15, deadline=None)
@given(
    enterprises=st.integers(min_value=1, max_value=60),
    seed=st.integers(min_value=0, max_value=2**32 - 1),
    streams=st.integers(min_value=1, max_value=12),
    links=st.integers(min_value=0, max_value=80),
)
def test_any_size_and_seed_is_valid_and_feasible(
    enterprises: int, seed: int, streams: int, links: int
) -> None:
    park = generate_park(enterprises, seed, streams_per_enterprise=streams, links_per_enterprise=links)
    assert _problems(park) == []
    _check_feasible_by_construction(park)
    assert len(park.links) <= links * enterprises


def test_same_seed_same_park_other_seed_other_park() -> None:
    assert generate_park(30, 42) == generate_park(30, 42)
    assert generate_park(30, 42) != generate_park(30, 43)


def test_thousand_enterprise_park_has_the_benchmark_size() -> None:
    park = generate_park(1000, 0)
    assert len(park.enterprises) == 1000
    assert 5500 <= len(park.streams) <= 6500
    assert len(park.links) == 50000
    assert _problems(park) == []
    _check_feasible_by_construction(park)
    existing = sum(link.status is LinkStatus.EXISTING for link in park.links.values())
    assert 0.05 * len(park.links) < existing < 0.2 * len(park.links)


def test_every_medium_sector_and_converter_kind_appears() -> None:
    park = generate_park(300, 9)
    # every medium the generator prices a link for (a medium may exist without synthetic streams)
    assert {stream.medium for stream in park.streams.values()} == set(LINK_COSTS) == set(MAX_DISTANCE_KM)
    for medium in LINK_COSTS:
        directions = {s.direction for s in park.streams.values() if s.medium is medium}
        assert Direction.SINK in directions, medium
    sectors = {enterprise.sector for enterprise in park.enterprises.values()}
    assert {"chemical", "petrochemical", "pharmaceutical", "thermal_power", "textile", "metals"} <= sectors
    outputs = {park.streams[c.output].medium for c in park.converters.values()}
    inputs = {park.streams[c.input].medium for c in park.converters.values()}
    assert outputs == {Medium.ELECTRICITY, Medium.STEAM, Medium.HOT_WATER}
    assert inputs == {Medium.STEAM, Medium.HYDROGEN}


def test_qualities_are_realistic() -> None:
    park = generate_park(300, 13)
    for enterprise in park.enterprises.values():
        assert enterprise.x_km is not None and 0 <= enterprise.x_km <= PARK_WIDTH_KM
        assert enterprise.y_km is not None and 0 <= enterprise.y_km <= PARK_HEIGHT_KM
    for stream in park.streams.values():
        assert stream.amount > 0, stream.id
        if stream.medium is Medium.STEAM:
            assert stream.pressure_mpa is not None and 0.3 <= stream.pressure_mpa <= 4.0
            assert stream.temperature_c is not None
            saturation = saturation_temperature_c(stream.pressure_mpa)
            assert saturation - 0.1 <= stream.temperature_c <= saturation + 80.0, stream.id
        if stream.medium in THERMAL_MEDIA:
            assert stream.temperature_c is not None and stream.target_temperature_c is not None
            assert min(stream.temperature_c, stream.target_temperature_c) >= 10.0
            assert max(stream.temperature_c, stream.target_temperature_c) <= 300.0
            assert is_hot(stream) is stream.is_source
        if stream.medium is Medium.HYDROGEN and stream.purity_pct is not None:
            assert 70.0 <= stream.purity_pct <= 99.99
        if stream.medium is Medium.WATER:
            assert stream.cod_mg_l is not None and 10.0 <= stream.cod_mg_l <= 2000.0
        if stream.medium is Medium.MATERIAL:
            assert stream.substance
    steam_sources = [s for s in park.streams.values() if s.medium is Medium.STEAM and s.is_source]
    assert (
        min(s.pressure_mpa or 0 for s in steam_sources)
        < 1.0
        < max(s.pressure_mpa or 0 for s in steam_sources)
    )


def test_saturation_temperature_matches_steam_tables() -> None:
    # IAPWS-IF97 reference values: 0.1 MPa → 99.61 °C, 1 MPa → 179.88 °C, 4 MPa → 250.35 °C
    assert saturation_temperature_c(0.1) == pytest.approx(99.606, abs=0.01)
    assert saturation_temperature_c(1.0) == pytest.approx(179.886, abs=0.01)
    assert saturation_temperature_c(4.0) == pytest.approx(250.355, abs=0.01)


def test_links_join_compatible_pairs_within_reach_with_distance_based_costs() -> None:
    park = generate_park(120, 21)
    by_output = park.converter_of_output()
    for link in park.links.values():
        source, sink = park.streams[link.source], park.streams[link.sink]
        assert link_refusal(park, source, sink, by_output) is None
        first, second = park.enterprises[source.enterprise], park.enterprises[sink.enterprise]
        km = route_km(first.x_km or 0, first.y_km or 0, second.x_km or 0, second.y_km or 0)
        assert link.distance_km == pytest.approx(km, abs=1e-3)
        assert link.distance_km <= MAX_DISTANCE_KM[source.medium] + 1e-3
        assert link.capacity is not None and link.capacity > 0
        if link.status is LinkStatus.CANDIDATE:
            assert link.capex_cny is not None and link.capex_cny > 0 and link.lifetime_yr
    candidates = [link for link in park.links.values() if link.status is LinkStatus.CANDIDATE]
    steam = sorted(
        (
            (link.distance_km or 0.0, link.capex_cny or 0.0)
            for link in candidates
            if park.streams[link.source].medium is Medium.STEAM and link.capacity
        ),
    )
    # longer pipes cost more on average
    half = len(steam) // 2
    assert sum(c for _, c in steam[half:]) / (len(steam) - half) > sum(c for _, c in steam[:half]) / half


def _check_feasible_by_construction(park: Park) -> None:
    """Utilities can serve their sinks alone; today's flows fit capacities and amounts."""
    converter_inputs = park.converter_of_input()
    for sink in park.sinks():
        if sink.id in converter_inputs:
            assert not sink.utility
            continue
        utility = park.utilities[sink.utility]
        assert utility.medium is sink.medium
        if sink.medium is Medium.STEAM:
            assert (utility.pressure_mpa or 0) >= (sink.pressure_mpa or 0)
            assert (utility.temperature_c or 0) >= (sink.temperature_c or 0)
        if sink.medium in THERMAL_MEDIA:
            assert utility.temperature_c is not None and sink.target_temperature_c is not None
            assert utility.temperature_c - park.dt_min_k / 2 >= sink.target_temperature_c + park.dt_min_k / 2
        if sink.medium in BLEND_QUALITY:
            field_name, is_minimum = BLEND_QUALITY[sink.medium]
            limit, offered = getattr(sink, field_name), getattr(utility, field_name)
            if limit is not None:
                assert offered is not None
                assert offered >= limit if is_minimum else offered <= limit
    sent: dict[str, float] = defaultdict(float)
    received: dict[str, float] = defaultdict(float)
    for link in park.links.values():
        if link.status is LinkStatus.EXISTING:
            assert link.current_flow is not None and link.capacity is not None
            assert 0 < link.current_flow <= link.capacity
            source, sink = park.streams[link.source], park.streams[link.sink]
            assert source.id not in park.converter_of_output()
            sent[source.id] += link.current_flow
            received[sink.id] += link_gain(park, source, sink, link.loss_pct) * link.current_flow
        else:
            assert not link.current_flow
    for stream_id, amount in sent.items():
        assert amount <= canonical_amount(park, park.streams[stream_id]) * (1 + TOLERANCE)
    for stream_id, amount in received.items():
        converter = converter_inputs.get(stream_id)
        need = (
            converter.capacity if converter is not None else canonical_amount(park, park.streams[stream_id])
        )
        assert need is not None and amount <= need * (1 + TOLERANCE) + TOLERANCE
    for converter in park.converters.values():
        assert converter.ratio > 0 and converter.capacity and math.isfinite(converter.capacity)


# -- the command --------------------------------------------------------------


def test_generate_command_writes_the_same_park(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "demo.parkflow"
    assert main(["generate", "--enterprises", "25", "--seed", "8", "-o", str(out)]) == 0
    scenario = open_scenario(out)
    assert scenario.park == generate_park(25, 8)
    assert scenario.metadata["generator"].startswith("parkflow generate --enterprises 25 --seed 8")
    assert "25 enterprises" in capsys.readouterr().out


def test_generate_command_replaces_an_existing_file(tmp_path: Path) -> None:
    out = tmp_path / "demo.parkflow"
    assert main(["generate", "--enterprises", "3", "--seed", "1", "-o", str(out)]) == 0
    assert main(["generate", "--enterprises", "4", "--seed", "1", "-o", str(out)]) == 0
    assert len(open_scenario(out).park.enterprises) == 4


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--enterprises", "0"], "option --enterprises: is 0"),
        (["--enterprises", "5", "--streams-per-enterprise", "0"], "--streams-per-enterprise: is 0"),
        (["--enterprises", "5", "--links-per-enterprise", "-1"], "--links-per-enterprise: is -1"),
    ],
)
def test_generate_command_refuses_bad_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    out = tmp_path / "x.parkflow"
    assert main(["generate", *arguments, "-o", str(out)]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_generate_command_into_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", "--enterprises", "2", "-o", str(tmp_path / "no" / "x.parkflow")]) == 2
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["demo.xlsx", "demo_csv"])
def test_generate_command_writes_workbooks(tmp_path: Path, name: str) -> None:
    workbook = pytest.importorskip("parkflow.model.workbook")
    out = tmp_path / name
    assert main(["generate", "--enterprises", "6", "--seed", "2", "-o", str(out)]) == 0
    assert workbook.read_workbook(out) == generate_park(6, 2)


@pytest.mark.parametrize(("enterprises", "seed", "links"), [(1, 3, 50), (6, 4, 0), (12, 5, 10), (25, 6, 50)])
def test_optimizer_finds_generated_parks_feasible(enterprises: int, seed: int, links: int) -> None:
    """Feasible by construction: every objective solves to optimality."""
    optimize_module = pytest.importorskip("parkflow.optimize")
    park = generate_park(enterprises, seed, links_per_enterprise=links)
    for objective in ("cost", "co2", "cod"):
        result = optimize_module.optimize(park, optimize_module.SolveOptions(objective=objective, mode="lp"))
        assert result.status == "optimal", (objective, result.status)
