"""Periods and profiles: the park over the year in the model, the workbook, the scenario file and validation.

A park may describe parts of the year it runs differently in (a summer with
less process steam, a maintenance month) on the optional ``periods`` sheet,
and per-period factors on streams, utilities and disposals on the optional
``profiles`` sheet.  These tests read them from CSV folders and ``.xlsx``
files, write them back, keep them in the scenario file (and open a file of
the previous format unchanged), and check that bad rows are refused with
their sheet, row and column.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from store_helpers import digest, edit_file
from workbook_helpers import load_tables, problem_lines, write_tables

from parkflow.model.entities import Park, Period, Profile, profile_key
from parkflow.model.problems import ParkError
from parkflow.model.store import SCHEMA_VERSION, build_database, open_scenario, parks_equal, save_scenario
from parkflow.model.validate import validate_park
from parkflow.model.workbook import read_workbook, write_workbook

PERIOD_COLUMNS = ["id", "name", "hours", "cycle", "duration_h"]
PROFILE_COLUMNS = ["period", "item", "amount_factor", "cost_factor"]


def _with_time_sheets(periods: list[dict[str, str]], profiles: list[dict[str, str]]) -> dict:
    tables = load_tables()
    tables["periods"] = (list(PERIOD_COLUMNS), periods)
    tables["profiles"] = (list(PROFILE_COLUMNS), profiles)
    return tables


def _seasons() -> dict:
    """Winter 4,000 h and summer 3,000 h; in summer the process steam sink K1 needs half, steam costs 0.8 times."""
    return _with_time_sheets(
        [
            {"id": "winter", "name": "冬季 winter", "hours": "4000", "cycle": "", "duration_h": ""},
            {"id": "summer", "name": "夏季 summer", "hours": "3000", "cycle": "", "duration_h": ""},
        ],
        [
            {"period": "summer", "item": "K1", "amount_factor": "0.5", "cost_factor": ""},
            {"period": "summer", "item": "U_STEAM", "amount_factor": "", "cost_factor": "0.8"},
            {"period": "winter", "item": "S1", "amount_factor": "0", "cost_factor": ""},
        ],
    )


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_periods_and_profiles_are_read_in_sheet_order(tmp_path: Path, kind: str) -> None:
    park = read_workbook(write_tables(_seasons(), tmp_path, kind))
    assert list(park.periods) == ["winter", "summer"]
    assert park.periods["winter"] == Period("winter", "冬季 winter", 4000.0, "", None)
    assert park.period_hours() == 7000.0
    assert park.profiles[profile_key("summer", "K1")] == Profile("summer", "K1", 0.5, None)
    # a missing row and a blank factor both mean 1
    assert park.amount_factor("summer", "K1") == 0.5
    assert park.amount_factor("winter", "K1") == 1.0
    assert park.amount_factor("winter", "S1") == 0.0
    assert park.cost_factor("summer", "U_STEAM") == 0.8
    assert park.cost_factor("summer", "K1") == 1.0


@pytest.mark.parametrize("suffix", ["", ".xlsx"])
def test_periods_and_profiles_survive_a_workbook_round_trip(tmp_path: Path, suffix: str) -> None:
    park = read_workbook(write_tables(_seasons(), tmp_path, "csv"))
    target = tmp_path / f"out{suffix}"
    write_workbook(park, target)
    again = read_workbook(target)
    assert again.periods == park.periods and again.profiles == park.profiles
    assert list(again.profiles) == list(park.profiles)


def test_a_park_without_periods_writes_no_time_sheets(tmp_path: Path) -> None:
    park = read_workbook(write_tables(load_tables(), tmp_path, "csv"))
    assert park.periods == {} and park.profiles == {}
    write_workbook(park, tmp_path / "out")
    assert not (tmp_path / "out" / "periods.csv").exists()
    assert not (tmp_path / "out" / "profiles.csv").exists()


def _errors(tmp_path: Path, tables: dict, kind: str = "csv") -> list[str]:
    with pytest.raises(ParkError) as caught:
        read_workbook(write_tables(tables, tmp_path, kind))
    return problem_lines(caught.value)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_profile_naming_an_unknown_period_or_item_is_located(tmp_path: Path, kind: str) -> None:
    tables = _seasons()
    tables["profiles"][1].append(
        {"period": "autumn", "item": "K1", "amount_factor": "0.9", "cost_factor": ""}
    )
    tables["profiles"][1].append(
        {"period": "summer", "item": "K99", "amount_factor": "0.9", "cost_factor": ""}
    )
    lines = _errors(tmp_path, tables, kind)
    # header = row 1, three valid rows, so the new ones are rows 5 and 6
    assert any(
        line.startswith("profiles:5:period: period 'autumn' is not on the periods sheet") for line in lines
    ), lines
    assert any(
        line.startswith("profiles:6:item: item 'K99' is neither a stream, a utility nor a disposal")
        for line in lines
    ), lines


def test_a_negative_factor_is_located(tmp_path: Path) -> None:
    tables = _seasons()
    tables["profiles"][1][0]["amount_factor"] = "-0.5"
    tables["profiles"][1][1]["cost_factor"] = "-1"
    lines = _errors(tmp_path, tables)
    assert "profiles:2:amount_factor: amount_factor is -0.5; it must be ≥ 0" in lines, lines
    assert "profiles:3:cost_factor: cost_factor is -1; it must be ≥ 0" in lines, lines


def test_a_factor_on_the_wrong_kind_of_item_is_located(tmp_path: Path) -> None:
    tables = _seasons()
    tables["profiles"][1][0]["cost_factor"] = "2"  # K1 is a stream
    tables["profiles"][1][1]["amount_factor"] = "2"  # U_STEAM is a utility
    lines = _errors(tmp_path, tables)
    assert any(
        line.startswith("profiles:2:cost_factor: cost_factor multiplies a utility's or disposal's cost")
        for line in lines
    ), lines
    assert any(
        line.startswith("profiles:3:amount_factor: amount_factor multiplies a stream's amount")
        for line in lines
    ), lines


def test_hours_summing_over_a_year_are_located_at_the_period_that_passes_it(tmp_path: Path) -> None:
    tables = _seasons()
    tables["periods"][1].append({"id": "shutdown", "name": "", "hours": "800", "cycle": "", "duration_h": ""})
    tables["periods"][1].append({"id": "spare", "name": "", "hours": "1000", "cycle": "", "duration_h": ""})
    lines = _errors(tmp_path, tables)
    # 4,000 + 3,000 + 800 = 7,800 h fits in 8,760 h; + 1,000 = 8,800 h does not: row 5 (spare)
    assert [line for line in lines if "add up" in line] == [
        "periods:5:hours: the periods' hours add up to 8,800 h by this one, more than the 8,760 h of a year; "
        "each period's hours are the hours per year it stands for"
    ], lines


def test_a_period_needs_positive_hours_and_a_profile_one_row_per_period_and_item(tmp_path: Path) -> None:
    tables = _seasons()
    tables["periods"][1][0]["hours"] = ""
    tables["periods"][1][1]["hours"] = "0"
    tables["profiles"][1].append(
        {"period": "summer", "item": "K1", "amount_factor": "0.7", "cost_factor": ""}
    )
    lines = _errors(tmp_path, tables)
    assert "periods:2:hours: hours is required" in lines, lines
    assert "periods:3:hours: hours is 0; it must be > 0 and ≤ 8760" in lines, lines
    assert any(
        line.startswith("profiles:5:period: period 'summer' and item 'K1' are already on row 2")
        for line in lines
    ), lines


def test_a_valid_park_with_periods_has_no_problems() -> None:
    park = Park()
    park.periods = {"all": Period("all", "", 8760.0)}
    assert [problem for problem in validate_park(park) if problem.kind in ("period", "profile")] == []


def test_periods_and_profiles_survive_the_scenario_file(tmp_path: Path) -> None:
    park = read_workbook(write_tables(_seasons(), tmp_path, "csv"))
    path = tmp_path / "seasons.parkflow"
    save_scenario(path, park)
    scenario = open_scenario(path)
    assert scenario.schema_version == SCHEMA_VERSION
    assert scenario.park.periods == park.periods and list(scenario.park.periods) == ["winter", "summer"]
    assert scenario.park.profiles == park.profiles
    assert parks_equal(scenario.park, park)


def test_a_version_5_file_opens_unchanged_without_periods(tmp_path: Path) -> None:
    # A version-5 file is today's file without the two tables version 6 added (and the one of version 7).
    park = read_workbook(write_tables(load_tables(), tmp_path, "csv"))
    path = tmp_path / "old.parkflow"
    path.write_bytes(build_database(park, results={"status": "optimal"}))
    edit_file(
        path,
        "DROP TABLE periods",
        "DROP TABLE profiles",
        "DROP TABLE storages",
        "UPDATE meta SET value = '5' WHERE key = 'schema_version'",
        "PRAGMA user_version = 5",
    )
    tables = {
        row[0] for row in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    assert "periods" not in tables and "profiles" not in tables
    before = digest(path)
    scenario = open_scenario(path)
    assert scenario.schema_version == 5 and scenario.migrated
    assert scenario.park == park and scenario.park.periods == {} and scenario.park.profiles == {}
    assert scenario.results == {"status": "optimal"}
    assert digest(path) == before  # opening never writes


def test_periods_change_the_fingerprint_and_their_absence_keeps_it(tmp_path: Path) -> None:
    from parkflow.model.fingerprint import park_fingerprint

    plain = read_workbook(write_tables(load_tables(), tmp_path / "plain", "csv"))
    seasons = read_workbook(write_tables(_seasons(), tmp_path / "seasons", "csv"))
    assert park_fingerprint(seasons) != park_fingerprint(plain)
    without = seasons.copy()
    without.periods, without.profiles = {}, {}
    assert park_fingerprint(without) == park_fingerprint(plain)
    summer = seasons.copy()
    summer.profiles[profile_key("summer", "K1")].amount_factor = 0.6
    assert park_fingerprint(summer) != park_fingerprint(seasons)


def test_pinch_targets_refuse_a_park_with_periods_instead_of_answering_for_the_annual_average(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from parkflow.cli import main
    from parkflow.optimize import heat_targets

    folder = write_tables(_seasons(), tmp_path, "csv")
    park = read_workbook(folder)
    with pytest.raises(ParkError) as caught:
        heat_targets(park)
    assert [problem.sheet for problem in caught.value.problems] == ["periods"]
    # the same park without its time sheets gets its targets as before
    plain = park.copy()
    plain.periods, plain.profiles = {}, {}
    assert heat_targets(plain).dt_min_k == plain.dt_min_k
    # the command line: exit 2 (invalid input), the reason on stderr, nothing written
    out = tmp_path / "targets.json"
    assert main(["targets", str(folder), "--json", str(out)]) == 2
    assert (
        "periods: the park has periods and profiles: the pinch-target calculation (parkflow targets) works on one"
        in (capsys.readouterr().err)
    )
    assert not out.exists()
