"""Scenario files and workbooks written before the accounting columns open unchanged.

A version-2 file is made the way ParkFlow 0.1 made one: the committed
version-1 fixture upgraded by the frozen 1 → 2 step alone (its SQL is
history and never changes), then opened by today's reader.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from store_helpers import SCENARIO_DATA, digest, fixtures_module

from parkflow.model.entities import ElectricityTceBasis
from parkflow.model.store import SCHEMA_VERSION, open_scenario, save_scenario
from parkflow.model.store_migrations import migrate_1_to_2
from parkflow.model.workbook import read_workbook, write_workbook

V1_FILE = SCENARIO_DATA / "small_v1.parkflow"


def _v2_file(tmp_path: Path) -> Path:
    path = tmp_path / "old_v2.parkflow"
    shutil.copyfile(V1_FILE, path)
    connection = sqlite3.connect(path)
    with connection:
        migrate_1_to_2(connection)
        connection.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
        connection.execute("UPDATE park SET factor_region = 'east_china', factor_year = 2022")
    connection.close()
    return path


def test_a_version_2_file_opens_with_every_new_column_blank(tmp_path: Path) -> None:
    path = _v2_file(tmp_path)
    before = digest(path)
    scenario = open_scenario(path)
    assert scenario.schema_version == 2 and scenario.migrated
    expected = fixtures_module().fixture_park()
    expected.factor_region, expected.factor_year = "east_china", 2022
    # the same park: every added field takes the blank that keeps the old meaning
    assert scenario.park == expected
    park = scenario.park
    assert park.electricity_tce_basis is ElectricityTceBasis.CALORIFIC
    assert all(e.hours_per_year is None for e in park.enterprises.values())
    assert all(
        s.factor == "" and s.co2_t_per_unit is None and s.effluent_pct is None for s in park.streams.values()
    )
    assert all(c.residue == "" and c.aux == "" and c.residue_ratio is None for c in park.converters.values())
    assert all(u.scope is None and u.energy_tce_per_unit is None for u in park.utilities.values())
    assert digest(path) == before  # opening never writes


def test_new_columns_survive_a_save_and_a_workbook_round_trip(tmp_path: Path) -> None:
    park = fixtures_module().fixture_park()
    park.electricity_tce_basis = ElectricityTceBasis.GENERATION
    park.enterprises["E1"].hours_per_year = 8760.0
    source = next(s for s in park.streams.values() if s.is_source)
    source.factor, source.co2_t_per_unit = "chp_steam_coal", 0.35
    next(iter(park.utilities.values())).scope = 2.0
    path = tmp_path / "new.parkflow"
    save_scenario(path, park)
    reopened = open_scenario(path)
    assert reopened.schema_version == SCHEMA_VERSION
    assert reopened.park == park
    folder = tmp_path / "book"
    write_workbook(park, folder)
    assert read_workbook(folder, check=False) == park


def test_a_workbook_written_before_the_accounting_columns_reads_unchanged(tmp_path: Path) -> None:
    """tests/data/workbooks/valid_park has none of the new columns: every new field reads blank."""
    folder = Path(__file__).resolve().parent / "data" / "workbooks" / "valid_park"
    header = (folder / "streams.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert "effluent_pct" not in header and "co2_t_per_unit" not in header
    park = read_workbook(folder)
    assert park.electricity_tce_basis is ElectricityTceBasis.CALORIFIC
    assert all(
        s.factor == "" and s.effluent_pct is None and s.energy_tce_per_unit is None
        for s in park.streams.values()
    )
    assert all(c.aux == "" and c.aux_ratio is None for c in park.converters.values())
    # and it writes back and reads again as the same park
    write_workbook(park, tmp_path / "again")
    assert read_workbook(tmp_path / "again") == park
