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
    assert parks_equal(
        read_workbook(SAMPLES_DIR / SEASONS), open_scenario(SAMPLES_DIR / f"{SEASONS}.parkflow").park
    )


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
    weighted = sum(
        (period.hours or 0.0) * _factor(SEASONS, period.id, item, column) for period in park.periods.values()
    )
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


# -- what the annual average hid (README, "What the annual average hid") ---------------------------------

optimize_module = pytest.importorskip(
    "parkflow.optimize", reason="the optimizer (parkflow.optimize) is not installed"
)
kpis_module = pytest.importorskip("parkflow.report.kpis", reason="the KPI accounting is not installed")


@pytest.fixture(scope="module")
def solved() -> dict[str, tuple[object, object]]:
    runs = {}
    for name in (ANNUAL, SEASONS):
        park = sample_park(name)
        result = optimize_module.optimize(park, optimize_module.SolveOptions(objective="cost", mode="milp"))
        assert result.status == "optimal"
        runs[name] = (park, result)
    return runs


def _cost(runs: dict[str, tuple[object, object]], name: str, period: str | None = None) -> dict[str, float]:
    park, result = runs[name]
    return kpis_module.park_kpis(park, result, period=period).as_dict()["cost_cny_per_yr"]


def _saving(costs: dict[str, float]) -> float:
    return costs["standalone"] - costs["optimized"]


def test_the_seasonal_saving_is_below_the_annual_average_saving(solved) -> None:
    # Measured (README): annual average 683,628,072 − 271,520,277 = 412,107,795 CNY/yr;
    # seasons 668,700,672 − 264,136,865 = 404,563,807 CNY/yr.
    annual, seasonal = _saving(_cost(solved, ANNUAL)), _saving(_cost(solved, SEASONS))
    assert seasonal < annual
    # Spring and autumn are the annual sample's own figures: its share is the annual saving × 2,960/8,000.
    assert _saving(_cost(solved, SEASONS, "shoulder")) == pytest.approx(annual * 2960 / 8000, rel=1e-6)
    # Sanjiang's turnaround: its steam, tail gas and condensate exchanges save nothing for 720 h, so that
    # month saves less than its 720/8,000 share of the annual average (27.9 against 37.1 million CNY).
    turnaround = _saving(_cost(solved, SEASONS, TURNAROUND))
    assert turnaround < annual * 720 / 8000
    # and the turnaround alone is more than the whole gap: winter (dearer gas, more steam) gains more than
    # summer loses, so the seasons net out slightly in the network's favour.
    assert annual * 720 / 8000 - turnaround > annual - seasonal


def test_the_ptas_surplus_steam_line_is_short_in_winter_and_full_in_summer(solved) -> None:
    _park_, result = solved[SEASONS]
    flows = result.flows
    line = flows[flows.index == "L_JXSH_STEAM_HHX"].set_index("period")["amount"]
    # winter: 0.8 × 20 = 16 t/h to send; summer: 1.2 × 20 = 24 t/h, but the pipe carries 20
    assert line["winter"] == pytest.approx(16.0) and line["summer"] == pytest.approx(20.0)
    disposals = result.disposals
    condensed = disposals[(disposals.index == "S_JXSH_LPSTEAM") & (disposals["period"] == "summer")]["amount"]
    assert float(condensed.sum()) == pytest.approx(4.0)
    # over the year: (16 × 2,160 + 20 × 5,840) / 8,000 = 18.92 t/h instead of the annual average's 20
    hours = {period.id: period.hours for period in sample_park(SEASONS).periods.values()}
    mean = sum(line[period] * hours[period] for period in hours) / 8000.0
    assert mean == pytest.approx(18.92)
    annual_line = solved[ANNUAL][1].flows.loc["L_JXSH_STEAM_HHX", "amount"]
    assert annual_line == pytest.approx(20.0)
