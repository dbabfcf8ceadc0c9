"""``parkflow periods``: typical days from a year of hourly factors (docs/periods.md).

The command reduces an hourly CSV to N typical days of K segments with tsam
and writes the park with those periods and profiles.  These tests run it on
Jiaxing Port's estimated hourly steam (sample_parks/jiaxing_port_hourly.csv),
on a hand-made year whose typical days are known exactly, and on every kind
of bad input (each refused with its place, nothing written).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from parkflow.cli import main
from parkflow.model.entities import profile_key
from parkflow.model.io import load_park
from parkflow.model.store import open_scenario, parks_equal
from parkflow.model.typical import (
    SUM_ROW,
    read_hourly_profiles,
    typical_periods,
    with_typical_periods,
)
from parkflow.model.validate import validate_park
from parkflow.model.workbook import read_workbook

ROOT = Path(__file__).resolve().parents[1]
JIAXING = ROOT / "sample_parks" / "jiaxing_port"
HOURLY = ROOT / "sample_parks" / "jiaxing_port_hourly.csv"
#: the sample's comment block is 7 lines, so its header is line 8 and hour 0 is line 9
HEADER_LINE = 8


def _hourly_frame() -> pd.DataFrame:
    return pd.read_csv(HOURLY, comment="#").drop(columns="hour")


def _write_csv(path: Path, frame: pd.DataFrame) -> Path:
    frame.to_csv(path, index=False, float_format="%.4f")
    return path


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_sample_year_becomes_six_typical_days_of_two_segments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "jiaxing_typical"
    code, stdout, stderr = _run(
        ["periods", str(JIAXING), "--hourly", str(HOURLY), "--typical", "6", "-o", str(out)], capsys
    )
    assert code == 0, stderr
    park = read_workbook(out)
    periods = list(park.periods.values())
    assert len(periods) == 12
    # every hour of the year is stood for exactly once: 365 days × 24 h
    assert sum(period.hours or 0 for period in periods) == pytest.approx(8760.0, abs=1e-9)
    cycles: dict[str, list[float]] = {}
    for period in periods:
        cycles.setdefault(period.cycle, []).append(period.duration_h or 0.0)
    assert list(cycles) == [f"D{number}" for number in range(1, 7)]
    days = 0
    for cycle, durations in cycles.items():
        assert len(durations) == 2 and sum(durations) == 24.0, cycle
        members = [period for period in periods if period.cycle == cycle]
        # hours = segment length × the days the typical day stands for, the same day count for both segments
        day_counts = {(period.hours or 0) / (period.duration_h or 1) for period in members}
        assert len(day_counts) == 1 and next(iter(day_counts)).is_integer()
        days += int(next(iter(day_counts)))
    assert days == 365
    # each period's factor lies within what the hour rows give for the item, and the yearly tonnes are kept
    hourly = _hourly_frame()
    for item in hourly.columns:
        factors = np.array([park.amount_factor(period.id, item) for period in periods])
        assert hourly[item].min() - 1e-9 <= factors.min() and factors.max() <= hourly[item].max() + 1e-9, item
        year_from_periods = sum(
            (period.hours or 0) * park.amount_factor(period.id, item) for period in periods
        )
        assert year_from_periods == pytest.approx(hourly[item].sum(), rel=5e-4), item
    # the turnarounds (factor 0 for Sanjiang's 14 days from 10 April) get a typical day of their own
    assert any(park.amount_factor(period.id, "K_SJ_STEAM") == 0.0 for period in periods)
    assert not [problem for problem in validate_park(park) if problem.severity == "error"]
    # the error table names every item and their sum
    for item in [*hourly.columns, SUM_ROW]:
        assert any(line.startswith(item + " ") for line in stdout.splitlines()), item
    assert "RMSE" in stdout and "12 periods = 6 typical days × 2 segments" in stdout


def test_round_trip_through_workbook_and_scenario_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scenario, workbook = tmp_path / "typical.parkflow", tmp_path / "typical.xlsx"
    for target in (scenario, workbook):
        code, _, stderr = _run(
            [
                "periods",
                str(JIAXING),
                "--hourly",
                str(HOURLY),
                "--typical",
                "4",
                "--segments",
                "3",
                "-o",
                str(target),
            ],
            capsys,
        )
        assert code == 0, stderr
    from_scenario = open_scenario(scenario).park
    from_workbook = read_workbook(workbook)
    assert len(from_scenario.periods) == 12
    assert parks_equal(from_scenario, from_workbook)
    # and back again: the workbook of the scenario file reads as the same park
    again = tmp_path / "again"
    assert main(["export", str(scenario), "-o", str(again)]) == 0
    assert parks_equal(read_workbook(again), from_scenario)


def test_hand_made_year_gives_its_two_kinds_of_day_exactly(tmp_path: Path) -> None:
    """100 winter days: steam 0.5 from 00 to 12 h and 1.0 from 12 to 24 h, steam price 1.2 all day;
    265 summer days: steam 2.0 and price 0.8 all day.

    Two typical days of two segments reproduce the year exactly (hand-worked):
    winter D1-1 = 0.5 for 12 h × 100 days = 1,200 h, D1-2 = 1.0 for 1,200 h; summer D2 = 265 days × 24 h
    = 6,360 h at 2.0 in both its segments; the steam's year = 0.5 × 1,200 + 1.0 × 1,200 + 2.0 × 6,360
    = 14,520 factor-hours, as the 8,760 rows add up to.  The price is a utility's: a cost factor.
    """
    park = load_park(JIAXING)
    hour = np.arange(8760) % 24
    winter = np.arange(8760) < 100 * 24
    steam = np.where(winter, np.where(hour < 12, 0.5, 1.0), 2.0)
    price = np.where(winter, 1.2, 0.8)
    csv = _write_csv(tmp_path / "year.csv", pd.DataFrame({"K_SJ_STEAM": steam, "U_GB_STEAM_10": price}))
    typical = typical_periods(read_hourly_profiles(csv, park), 2, 2)
    periods = {period.id: period for period in typical.periods}
    assert list(periods) == ["D1-1", "D1-2", "D2-1", "D2-2"]
    assert (periods["D1-1"].hours, periods["D1-1"].duration_h) == (1200.0, 12.0)
    assert (periods["D1-2"].hours, periods["D1-2"].duration_h) == (1200.0, 12.0)
    assert periods["D2-1"].hours + periods["D2-2"].hours == 6360.0
    out = with_typical_periods(park, typical)
    assert [out.amount_factor(period, "K_SJ_STEAM") for period in periods] == [0.5, 1.0, 2.0, 2.0]
    assert [out.cost_factor(period, "U_GB_STEAM_10") for period in periods] == [1.2, 1.2, 0.8, 0.8]
    assert out.profiles[profile_key("D1-1", "U_GB_STEAM_10")].amount_factor is None
    assert (
        sum(period.hours * out.amount_factor(pid, "K_SJ_STEAM") for pid, period in periods.items()) == 14520.0
    )
    assert typical.errors["rmse"].max() == pytest.approx(0.0, abs=1e-9)
    assert periods["D1-1"].name.startswith("Typical day 1: 100 days (Jan Feb Mar)")
    assert out.periods and out is not park and not park.periods  # the input park is left as it was


def test_leap_year_stands_for_an_ordinary_year(tmp_path: Path) -> None:
    park = load_park(JIAXING)
    hourly = _hourly_frame()
    leap = pd.concat([hourly, hourly.iloc[-24:]], ignore_index=True)
    typical = typical_periods(read_hourly_profiles(_write_csv(tmp_path / "leap.csv", leap), park), 5, 2)
    # 366 days × 24 h = 8,784 h scaled to 8,760: the sum never passes the validator's limit of a year
    assert 8759.99 <= typical.total_hours <= 8760.0
    assert sum(typical.days_of_cycle.values()) == 366


def test_the_reduction_is_deterministic(tmp_path: Path) -> None:
    park = load_park(JIAXING)
    hourly = read_hourly_profiles(HOURLY, park)
    first, second = typical_periods(hourly, 8, 4), typical_periods(hourly, 8, 4)
    assert first.periods == second.periods and first.profiles == second.profiles
    pd.testing.assert_frame_equal(first.errors, second.errors)
    # more typical days never make the year's error worse on this sample
    rmse = [typical_periods(hourly, days, 2).errors.loc[SUM_ROW, "rmse"] for days in (2, 6, 24)]
    assert rmse == sorted(rmse, reverse=True)


def _refused(argv: list[str], capsys: pytest.CaptureFixture[str], target: Path) -> str:
    code, stdout, stderr = _run(argv, capsys)
    assert code == 2, (stdout, stderr)
    assert not target.exists(), "nothing is written on error"
    return stderr


def _args(csv: Path, target: Path, *extra: str) -> list[str]:
    return ["periods", str(JIAXING), "--hourly", str(csv), "--typical", "4", *extra, "-o", str(target)]


def test_wrong_row_count_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = _write_csv(tmp_path / "short.csv", _hourly_frame().iloc[:-1])
    stderr = _refused(_args(csv, tmp_path / "out"), capsys, tmp_path / "out")
    assert "short.csv: has 8,759 rows of hours; give 8,760" in stderr


def test_unknown_column_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    frame = _hourly_frame().rename(columns={"K_HS_STEAM": "K_NOT_A_STREAM"})
    stderr = _refused(
        _args(_write_csv(tmp_path / "p.csv", frame), tmp_path / "o.xlsx"), capsys, tmp_path / "o.xlsx"
    )
    assert stderr.startswith(
        "p.csv:1:K_NOT_A_STREAM: K_NOT_A_STREAM is neither a stream, a utility nor a disposal"
    )


def test_non_numeric_and_negative_cells_are_located(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = HOURLY.read_text(encoding="utf-8").splitlines()
    header = lines[HEADER_LINE - 1].split(",")
    column = header.index("K_HHX_STEAM")
    for line_number, text in ((HEADER_LINE + 1 + 100, "n/a"), (HEADER_LINE + 1 + 5000, "-0.2")):
        cells = lines[line_number - 1].split(",")
        cells[column] = text
        lines[line_number - 1] = ",".join(cells)
    csv = tmp_path / "bad.csv"
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    stderr = _refused(_args(csv, tmp_path / "out.parkflow"), capsys, tmp_path / "out.parkflow")
    assert stderr.splitlines() == [
        f"bad.csv:{HEADER_LINE + 101}:K_HHX_STEAM: 'n/a' is not a number; give a factor (1 = the sheet figure)",
        f"bad.csv:{HEADER_LINE + 5001}:K_HHX_STEAM: -0.2 is negative; a factor is 0 or more",
    ]


@pytest.mark.parametrize(
    ("typical", "segments", "message"),
    [
        (
            "0",
            "2",
            "option --typical: is 0; give a number of typical days from 1 to 365 (366 for a leap year)",
        ),
        (
            "366",
            "2",
            "option --typical: is 366; give a number of typical days from 1 to 365 (the days in the hourly "
            "profiles)",
        ),
        ("4", "25", "option --segments: is 25; give a number of segments per typical day from 1 to 24"),
    ],
)
def test_out_of_range_options_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], typical: str, segments: str, message: str
) -> None:
    target = tmp_path / "out"
    argv = [
        "periods",
        str(JIAXING),
        "--hourly",
        str(HOURLY),
        "--typical",
        typical,
        "--segments",
        segments,
        "-o",
        str(target),
    ]
    assert _refused(argv, capsys, target).strip() == message


def test_output_over_an_input_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scenario = tmp_path / "park.parkflow"
    assert main(["import", str(JIAXING), "-o", str(scenario)]) == 0
    before = scenario.read_bytes()
    capsys.readouterr()
    for target in (scenario, HOURLY):
        code, _, stderr = _run(
            ["periods", str(scenario), "--hourly", str(HOURLY), "--typical", "4", "-o", str(target)], capsys
        )
        assert code == 2 and "option -o:" in stderr, stderr
    assert scenario.read_bytes() == before
    assert (
        "is the input"
        in _run(
            ["periods", str(JIAXING), "--hourly", str(HOURLY), "--typical", "4", "-o", str(JIAXING)], capsys
        )[2]
    )


def test_starting_parkflow_does_not_import_tsam() -> None:
    code = (
        "import sys, parkflow, parkflow.cli; parkflow.cli.build_parser(); "
        "print(sorted({name.split('.')[0] for name in sys.modules} & {'tsam', 'pyomo', 'sklearn'}))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


def test_sample_csv_is_what_its_script_writes(tmp_path: Path) -> None:
    target = tmp_path / "hourly.csv"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_jiaxing_hourly.py"), str(target)],
        check=True,
        capture_output=True,
    )
    assert target.read_bytes() == HOURLY.read_bytes()
    assert HOURLY.read_text(encoding="utf-8").startswith("# ESTIMATE, not measured")
