"""Jiaxing Port over the year: the seasonal sample is the annual sample plus periods and profiles.

``sample_parks/jiaxing_seasons`` is ``sample_parks/jiaxing_port`` with four
periods (winter, spring and autumn, summer, and Sanjiang's 30-day turnaround)
and profiles that move steam demand, surplus steam, cooling-tower make-up and
gas prices over the year (every figure an estimate, sample_parks/README.md).
The seasonal factors are chosen so that each stream's hours-weighted mean
over the year is the annual sample's amount, except for what Sanjiang does
not use during its turnaround: so what changes between the two parks is
*when* things happen, and the month Sanjiang stops.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from samples_helpers import SAMPLES_DIR, sample_park

from parkflow.cli import main as parkflow_main
from parkflow.model.entities import profile_key
from parkflow.model.store import open_scenario, parks_equal
from parkflow.model.workbook import read_workbook

SEASONS = "jiaxing_seasons"
ANNUAL = "jiaxing_port"
TURNAROUND = "sj_turnaround"


def _factor(park_name: str, period: str, item: str, column: str = "amount_factor") -> float:
    profile = sample_park(park_name).profiles.get(profile_key(period, item))
    value = getattr(profile, column) if profile is not None else None
    return 1.0 if value is None else float(value)


def test_the_scenario_file_describes_the_folder() -> None:
    assert parks_equal(read_workbook(SAMPLES_DIR / SEASONS), open_scenario(SAMPLES_DIR / f"{SEASONS}.parkflow").park)


@pytest.mark.parametrize("suffix", ["", ".parkflow"])
def test_parkflow_validate_accepts_the_seasonal_sample_without_a_warning(
    suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = parkflow_main(["validate", str(Path(SAMPLES_DIR) / f"{SEASONS}{suffix}")])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.err == ""
    assert captured.out.startswith("ok: ")


def test_it_is_the_annual_sample_with_periods_and_profiles() -> None:
    seasons, annual = sample_park(SEASONS), sample_park(ANNUAL)
    for sheet in ("utilities", "disposals", "streams", "links", "converters"):
        assert seasons.collection(sheet) == annual.collection(sheet), sheet
    assert set(seasons.enterprises) == set(annual.enterprises)
    assert seasons.hours_per_year == annual.hours_per_year == 8000
    # 2,160 + 2,960 + 2,160 + 720 h: the periods stand for the annual sample's 8,000 operating hours
    assert sum(period.hours or 0.0 for period in seasons.periods.values()) == pytest.approx(8000.0)
    assert list(seasons.periods) == ["winter", "shoulder", "summer", TURNAROUND]


@pytest.mark.parametrize(
    ("item", "column"),
    [
        ("K_HHX_STEAM", "amount_factor"),  # 1.15 × 2,160 h + 2,960 h + 720 h + 0.85 × 2,160 h = 8,000 h
        ("K_HS_STEAM", "amount_factor"),
        ("S_JXSH_LPSTEAM", "amount_factor"),  # 0.8 in winter, 1.2 in summer
        ("K_JXSH_CT", "amount_factor"),
        ("U_GB_STEAM_04", "cost_factor"),  # gas 1.1 × in winter, 0.9 × in summer
        ("U_NG_FUEL", "cost_factor"),
    ],
)
def test_seasonal_factors_average_to_the_annual_figure(item: str, column: str) -> None:
    park = sample_park(SEASONS)
    weighted = sum((period.hours or 0.0) * _factor(SEASONS, period.id, item, column) for period in park.periods.values())
    assert weighted == pytest.approx(park.hours_per_year)


def test_sanjiang_stops_in_its_turnaround_and_runs_the_seasons_otherwise() -> None:
    park = sample_park(SEASONS)
    sanjiang = [stream.id for stream in park.streams.values() if stream.enterprise == "SJ"]
    assert {item: _factor(SEASONS, TURNAROUND, item) for item in sanjiang} == dict.fromkeys(sanjiang, 0.0)
    others = [stream.id for stream in park.streams.values() if stream.enterprise != "SJ"]
    assert all(_factor(SEASONS, TURNAROUND, item) == 1.0 for item in others)
    # the rest of the year Sanjiang's steam follows the same seasons as its neighbours'
    for period in ("winter", "shoulder", "summer"):
        assert _factor(SEASONS, period, "K_SJ_STEAM") == _factor(SEASONS, period, "K_HHX_STEAM")
