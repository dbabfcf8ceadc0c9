"""Storages: tanks and accumulators in the model, the workbook, the scenario file, validation and the link rules.

A park may hold hot water, heat, steam, hydrogen or water in a storage at
one of its enterprises (the optional ``storages`` sheet).  A link charges
the storage when the storage's id is its sink and discharges it when the
id is its source.  These tests read storages from CSV folders and ``.xlsx``
files, write them back, keep them in the scenario file (and open a file of
the previous format unchanged), check that bad rows are refused at their
sheet, row and column, and that a storage, which mixes what it receives,
serves a sink only if every source charging it meets that sink's limits.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from store_helpers import digest, edit_file
from workbook_helpers import load_tables, problem_lines, write_tables

from parkflow.model.compat import link_refusal, storage_link_refusal
from parkflow.model.entities import Link, LinkStatus, Medium, Park, Period, Storage
from parkflow.model.problems import ParkError
from parkflow.model.store import SCHEMA_VERSION, build_database, open_scenario, parks_equal, save_scenario
from parkflow.model.validate import validate_park
from parkflow.model.workbook import read_workbook, write_workbook

STORAGE_COLUMNS = [
    "id",
    "enterprise",
    "medium",
    "capacity",
    "charge_max",
    "discharge_max",
    "loss_pct_per_h",
    "capex_cny",
    "lifetime_yr",
    "status",
]
LINK_COLUMNS = [
    "id",
    "source",
    "sink",
    "status",
    "capacity",
    "current_flow",
    "distance_km",
    "cost_cny_per_unit",
    "capex_cny",
    "lifetime_yr",
    "loss_pct",
]


def _storage_row(storage_id: str, enterprise: str, medium: str, **cells: str) -> dict[str, str]:
    row = dict.fromkeys(STORAGE_COLUMNS, "")
    row.update(
        id=storage_id,
        enterprise=enterprise,
        medium=medium,
        capacity="120",
        charge_max="20",
        discharge_max="20",
        loss_pct_per_h="0.5",
        capex_cny="",
        lifetime_yr="",
        status="existing",
    )
    row.update(cells)
    return row


def _link_row(link_id: str, source: str, sink: str) -> dict[str, str]:
    row = dict.fromkeys(LINK_COLUMNS, "")
    row.update(
        id=link_id,
        source=source,
        sink=sink,
        status="candidate",
        capacity="10",
        distance_km="0.5",
        cost_cny_per_unit="0.1",
    )
    return row


def _with_storages() -> dict:
    """The valid fixture park with a steam accumulator at E2 (fed by S1, serving K1) and a water tank at E3.

    Fixture figures (tests/data/workbooks/valid_park): S1 is 1.2 MPa / 250 °C
    steam, K1 needs 1.0 MPa / 180 °C, S3 is 0.6 MPa steam; S2 is reclaimed
    water with COD 40 mg/L, K2 allows 60 mg/L.
    """
    tables = load_tables()
    tables["storages"] = (
        list(STORAGE_COLUMNS),
        [
            _storage_row(
                "ACC1",
                "E2",
                "steam",
                capacity="60",
                charge_max="10",
                discharge_max="15",
                loss_pct_per_h="1",
                capex_cny="2500000",
                lifetime_yr="20",
                status="candidate",
            ),
            _storage_row("TANK1", "E3", "water"),
        ],
    )
    links = tables["links"][1]
    links.extend(
        [
            _link_row("L6", "S1", "ACC1"),
            _link_row("L7", "ACC1", "K1"),
            _link_row("L8", "S2", "TANK1"),
            _link_row("L9", "TANK1", "K2"),
        ]
    )
    return tables


def _errors(tmp_path: Path, tables: dict, kind: str = "csv") -> list[str]:
    with pytest.raises(ParkError) as caught:
        read_workbook(write_tables(tables, tmp_path, kind))
    return problem_lines(caught.value)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_storages_are_read_with_their_links(tmp_path: Path, kind: str) -> None:
    park = read_workbook(write_tables(_with_storages(), tmp_path, kind))
    assert list(park.storages) == ["ACC1", "TANK1"]
    assert park.storages["ACC1"] == Storage(
        "ACC1", "E2", Medium.STEAM, 60.0, 10.0, 15.0, 1.0, 2_500_000.0, 20.0, LinkStatus.CANDIDATE
    )
    assert park.storages["TANK1"].status is LinkStatus.EXISTING
    assert park.storages["ACC1"].unit == "t/h"
    assert (park.links["L6"].source, park.links["L6"].sink) == ("S1", "ACC1")
    assert (park.links["L7"].source, park.links["L7"].sink) == ("ACC1", "K1")


@pytest.mark.parametrize("suffix", ["", ".xlsx"])
def test_storages_survive_a_workbook_round_trip(tmp_path: Path, suffix: str) -> None:
    park = read_workbook(write_tables(_with_storages(), tmp_path, "csv"))
    target = tmp_path / f"out{suffix}"
    write_workbook(park, target)
    again = read_workbook(target)
    assert again.storages == park.storages and list(again.storages) == ["ACC1", "TANK1"]
    assert again.links == park.links
    if not suffix:  # storages alone bring no periods sheet, and a park without storages no storages sheet
        assert (target / "storages.csv").exists() and not (target / "periods.csv").exists()
    plain = read_workbook(write_tables(load_tables(), tmp_path / "plain", "csv"))
    write_workbook(plain, tmp_path / "plain_out")
    assert not (tmp_path / "plain_out" / "storages.csv").exists()


def test_bad_storage_rows_are_located(tmp_path: Path) -> None:
    tables = _with_storages()
    rows = tables["storages"][1]
    rows.append(
        _storage_row("TANK2", "E9", "electricity", capacity="-5", charge_max="-1", loss_pct_per_h="120")
    )
    rows.append(_storage_row("S1", "E1", "steam"))  # the id of a stream
    rows.append(_storage_row("TANK3", "E1", "oil"))
    lines = _errors(tmp_path, tables)
    # header = row 1, ACC1 row 2, TANK1 row 3: TANK2 is row 4, S1 row 5, TANK3 row 6
    assert (
        "storages:4:enterprise: enterprise 'E9' does not exist; add it to the enterprises sheet or correct the id"
        in lines
    ), lines
    assert (
        "storages:4:medium: a storage holds hot_water, heat, steam, hydrogen, water, not electricity" in lines
    ), lines
    assert "storages:4:capacity: capacity is -5; it must be ≥ 0" in lines, lines
    assert "storages:4:charge_max: charge_max is -1; it must be ≥ 0" in lines, lines
    assert "storages:4:loss_pct_per_h: loss_pct_per_h is 120; it must be ≥ 0 and ≤ 100" in lines, lines
    assert any(line.startswith("storages:5:id: id 'S1' is also a stream's id") for line in lines), lines
    assert any(line.startswith("storages:6:medium:") and "'oil'" in line for line in lines), lines


def test_a_storage_needs_its_capacity_and_limits_and_a_lifetime_for_its_capex(tmp_path: Path) -> None:
    tables = _with_storages()
    acc = tables["storages"][1][0]
    acc.update(capacity="", discharge_max="", lifetime_yr="")
    lines = _errors(tmp_path, tables)
    assert "storages:2:capacity: capacity is required" in lines, lines
    assert "storages:2:discharge_max: discharge_max is required" in lines, lines
    assert (
        "storages:2:lifetime_yr: a candidate storage with capex_cny needs lifetime_yr to annualise it"
        in lines
    ), lines


def test_a_link_into_a_storage_must_bring_its_medium_from_a_source(tmp_path: Path) -> None:
    tables = _with_storages()
    tables["links"][1].extend(
        [
            _link_row("L10", "S2", "ACC1"),
            _link_row("L11", "K1", "ACC1"),
            _link_row("L12", "ACC1", "TANK1"),
            _link_row("L13", "TANK1", "S9"),
        ]
    )
    lines = _errors(tmp_path, tables)
    # the fixture has five links: L6 … L9 are rows 7–10, so L10 … L13 are rows 11–14
    assert (
        "links:11:source: incompatible: water from S2 cannot charge storage ACC1, which holds steam" in lines
    ), lines
    assert (
        "links:12:source: incompatible: K1 is a sink: a link into storage ACC1 must start at a source stream"
        in lines
    ), lines
    assert any(line.startswith("links:13:") and "both storages" in line for line in lines), lines
    assert "links:14:sink: sink 'S9' is neither a stream nor a storage" in lines, lines


def test_a_storage_serves_a_sink_only_if_every_source_charging_it_meets_the_sink(tmp_path: Path) -> None:
    tables = _with_storages()
    # S3 is 0.6 MPa steam: it may charge the accumulator, but then ACC1 mixes it into what K1 (1.0 MPa) gets
    tables["links"][1].append(_link_row("L10", "S3", "ACC1"))
    lines = _errors(tmp_path, tables)
    assert (
        "links:8:sink: incompatible: storage ACC1 mixes what it receives, so every source charging it must "
        "meet the limits of sink K1: steam at 0.6 MPa cannot serve a 1 MPa sink (S3 → K1)"
    ) in lines, lines
    # reported once, at the link out of the storage, not again at the link into it
    assert not any(line.startswith("links:11:") for line in lines), lines


def test_a_stored_blend_quality_is_checked_per_source(tmp_path: Path) -> None:
    # A direct link leaves COD to the blend; through a tank, S2 at 40 mg/L meets K2's limit only if it is ≥ 40.
    tables = _with_storages()
    park = read_workbook(write_tables(tables, tmp_path / "ok", "csv"))
    assert storage_link_refusal(park, "TANK1", "K2") is None
    k2 = next(row for row in tables["streams"][1] if row["id"] == "K2")
    k2["cod_mg_l"] = "30"
    lines = _errors(tmp_path / "bad", tables)
    assert (
        "links:10:sink: incompatible: storage TANK1 mixes what it receives, so every source charging it must "
        "meet the limits of sink K2: S2 has cod_mg_l 40, above the 30 sink K2 allows"
    ) in lines, lines
    park.streams["K2"].cod_mg_l = 30.0
    assert link_refusal(park, park.streams["S2"], park.streams["K2"]) is None  # the direct link stays allowed


def test_the_editor_refuses_a_charging_link_that_would_spoil_what_the_storage_serves(tmp_path: Path) -> None:
    park = read_workbook(write_tables(_with_storages(), tmp_path, "csv"))
    reason = storage_link_refusal(park, "S3", "ACC1")
    assert reason == (
        "storage ACC1 mixes what it receives and serves sink K1, so each source charging it must "
        "meet K1's limits: steam at 0.6 MPa cannot serve a 1 MPa sink (S3 → K1)"
    )
    assert storage_link_refusal(park, "S3", "ACC1", check_served_sinks=False) is None
    assert storage_link_refusal(park, "ACC1", "K3") is None  # K3 needs 0.5 MPa: S1's 1.2 MPa steam serves it
    assert (
        storage_link_refusal(park, "ACC1", "K2")
        == "storage ACC1 holds steam and cannot serve the water sink K2"
    )


def test_a_storage_without_a_cycle_is_a_warning_that_it_shifts_nothing(tmp_path: Path) -> None:
    park = read_workbook(write_tables(_with_storages(), tmp_path, "csv"))
    warnings = [problem for problem in validate_park(park) if problem.kind == "storage"]
    assert [(problem.severity, problem.entity_id) for problem in warnings] == [("warning", "ACC1")]
    assert "can shift nothing in time" in warnings[0].message
    park.periods = {
        "day": Period("day", "", 4000.0, "day", 12.0),
        "night": Period("night", "", 4000.0, "day", 12.0),
    }
    assert [problem for problem in validate_park(park) if problem.kind == "storage"] == []


def test_a_sink_served_only_by_a_storage_is_fed() -> None:
    from parkflow.model.entities import Direction, Enterprise, Stream

    park = Park()
    park.enterprises = {"E1": Enterprise("E1"), "E2": Enterprise("E2")}
    park.streams = {
        "W": Stream(
            "W",
            "E1",
            Direction.SOURCE,
            Medium.HOT_WATER,
            amount=10,
            temperature_c=90,
            target_temperature_c=50,
        ),
        "N": Stream(
            "N", "E2", Direction.SINK, Medium.HOT_WATER, amount=10, temperature_c=40, target_temperature_c=60
        ),
    }
    park.storages = {"TK": Storage("TK", "E2", Medium.HOT_WATER, 100.0, 10.0, 10.0, 5.0)}
    park.links = {"IN": Link("IN", "W", "TK"), "OUT": Link("OUT", "TK", "N")}
    problems = [problem for problem in validate_park(park) if problem.severity == "error"]
    assert problems == [], problems


def test_storages_survive_the_scenario_file(tmp_path: Path) -> None:
    park = read_workbook(write_tables(_with_storages(), tmp_path, "csv"))
    path = tmp_path / "storages.parkflow"
    save_scenario(path, park)
    scenario = open_scenario(path)
    assert scenario.schema_version == SCHEMA_VERSION == 7
    assert scenario.park.storages == park.storages and list(scenario.park.storages) == ["ACC1", "TANK1"]
    assert parks_equal(scenario.park, park)


def test_a_version_6_file_opens_unchanged_without_storages(tmp_path: Path) -> None:
    # A version-6 file is today's file without the table version 7 added.
    park = read_workbook(write_tables(load_tables(), tmp_path, "csv"))
    park.periods = {"winter": Period("winter", "冬季", 4000.0)}
    path = tmp_path / "old.parkflow"
    path.write_bytes(build_database(park, results={"status": "optimal"}))
    edit_file(
        path,
        "DROP TABLE storages",
        "UPDATE meta SET value = '6' WHERE key = 'schema_version'",
        "PRAGMA user_version = 6",
    )
    tables = {
        row[0] for row in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    assert "storages" not in tables and "periods" in tables
    before = digest(path)
    scenario = open_scenario(path)
    assert scenario.schema_version == 6 and scenario.migrated
    assert scenario.park == park and scenario.park.storages == {}
    assert scenario.results == {"status": "optimal"}
    assert digest(path) == before  # opening never writes


def test_storages_change_the_fingerprint_and_their_absence_keeps_it(tmp_path: Path) -> None:
    from parkflow.model.fingerprint import park_fingerprint

    park = read_workbook(write_tables(_with_storages(), tmp_path, "csv"))
    without = park.copy()
    without.storages = {}
    assert park_fingerprint(park) != park_fingerprint(without)
    bigger = park.copy()
    bigger.storages["ACC1"].capacity = 80.0
    assert park_fingerprint(bigger) != park_fingerprint(park)
    assert park.storages["ACC1"].capacity == 60.0  # Park.copy copies the storages


def test_who_gains_refuses_a_park_with_storages_while_the_optimizer_schedules_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from parkflow.cli import main
    from parkflow.optimize import optimize

    folder = write_tables(_with_storages(), tmp_path, "csv")
    park = read_workbook(folder)
    result = optimize(park)
    assert result.status == "optimal"
    assert sorted(set(result.storages["storage"])) == ["ACC1", "TANK1"]
    # without periods each storage gives out what it takes
    for row in result.storages.to_dict("records"):
        assert row["charge"] == pytest.approx(row["discharge"], abs=1e-7)
    out = tmp_path / "share.json"
    assert main(["share", str(folder), "--json", str(out)]) == 2
    assert (
        "storages: the park has storages (ACC1, TANK1): the who-gains calculation (parkflow share) does not "
        "schedule storages yet" in capsys.readouterr().err
    )
    assert not out.exists()


def test_todays_flow_on_a_storage_link_is_a_warning_that_it_is_not_counted(tmp_path: Path) -> None:
    park = read_workbook(write_tables(_with_storages(), tmp_path, "csv"))
    park.links["L6"].status, park.links["L6"].current_flow = LinkStatus.EXISTING, 5.0
    found = [problem for problem in validate_park(park) if problem.entity_id == "L6"]
    assert [(problem.severity, problem.column) for problem in found] == [("warning", "current_flow")]
    assert "today's flow into or out of a storage is not counted" in found[0].message
