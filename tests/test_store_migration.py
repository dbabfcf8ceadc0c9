"""Old scenario files open through the migrations and are backed up before the first save."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from store_helpers import SCENARIO_DATA, digest, fixtures_module

from parkflow.model.store import SCHEMA_VERSION, backup_path, open_scenario, probe_scenario, save_scenario
from parkflow.model.store_migrations import MIGRATIONS, V1_DDL, migrate
from parkflow.model.store_schema import current_ddl

V1_FILE = SCENARIO_DATA / "small_v1.parkflow"


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    path = tmp_path / "old.parkflow"
    shutil.copyfile(V1_FILE, path)
    return path


def _columns(connection: sqlite3.Connection) -> dict[str, set[str]]:
    tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {table: {row[1] for row in connection.execute(f"PRAGMA table_info({table})")} for table in tables}


def test_committed_v1_file_opens_through_the_migration() -> None:
    fixtures = fixtures_module()
    before = digest(V1_FILE)
    scenario = open_scenario(V1_FILE)
    assert scenario.schema_version == 1 and scenario.migrated
    assert scenario.app_version == fixtures.V1_APP_VERSION
    assert scenario.saved_at == fixtures.V1_SAVED_AT
    assert scenario.park == fixtures.fixture_park()
    # what version 2 added takes the defaults a v1 park used
    assert scenario.park.factor_region == "zhejiang" and scenario.park.factor_year is None
    assert scenario.park.factor_overrides == {} and scenario.results is None
    assert digest(V1_FILE) == before  # opening never writes


def test_rebuilt_fixture_opens_to_the_same_park(tmp_path: Path) -> None:
    fixtures = fixtures_module()
    path = tmp_path / "rebuilt_v1.parkflow"
    fixtures.write_v1_file(path, fixtures.fixture_park())
    assert probe_scenario(path) == 1
    assert open_scenario(path).park == open_scenario(V1_FILE).park


def test_first_save_over_an_old_file_keeps_a_backup(v1_copy: Path) -> None:
    original = v1_copy.read_bytes()
    scenario = open_scenario(v1_copy)
    scenario.park.name = "edited"
    save_scenario(v1_copy, scenario.park, results={"status": "optimal"})
    backup = backup_path(v1_copy, 1)
    assert backup.name == "old.parkflow.v1.bak"
    assert backup.read_bytes() == original
    reopened = open_scenario(v1_copy)
    assert reopened.schema_version == SCHEMA_VERSION and not reopened.migrated
    assert reopened.park.name == "edited" and reopened.results == {"status": "optimal"}
    # later saves never touch the backup
    save_scenario(v1_copy, scenario.park)
    assert backup.read_bytes() == original
    assert open_scenario(backup).schema_version == 1


def test_an_existing_backup_is_not_overwritten(v1_copy: Path) -> None:
    backup = backup_path(v1_copy, 1)
    backup.write_bytes(b"an older backup the user kept")
    save_scenario(v1_copy, open_scenario(v1_copy).park)
    assert backup.read_bytes() == b"an older backup the user kept"


def test_migrated_schema_has_the_current_columns() -> None:
    old = sqlite3.connect(":memory:")
    for statement in V1_DDL:
        old.execute(statement)
    old.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    assert migrate(old, 1) == list(range(1, SCHEMA_VERSION + 1))
    fresh = sqlite3.connect(":memory:")
    for statement in current_ddl():
        fresh.execute(statement)
    assert _columns(old) == _columns(fresh)
    assert old.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (
        str(SCHEMA_VERSION),
    )


def test_every_old_version_has_a_migration_step() -> None:
    assert sorted(MIGRATIONS) == list(range(1, SCHEMA_VERSION))


def test_migration_failure_is_reported_as_corrupt(v1_copy: Path) -> None:
    # a v1 file that already has a v2 column cannot be migrated: refused, unchanged
    connection = sqlite3.connect(v1_copy)
    with connection:
        connection.execute("ALTER TABLE park ADD COLUMN factor_year INTEGER")
    connection.close()
    before = digest(v1_copy)
    from parkflow.model.problems import ScenarioFileError

    with pytest.raises(ScenarioFileError, match="could not be upgraded from format version 1"):
        open_scenario(v1_copy)
    assert digest(v1_copy) == before
