"""Scenario files from someone else are untrusted input (``parkflow.model.store``).

Before the fix, a ``.parkflow`` whose ``streams`` table was replaced by a
view over an endless recursive query made ``parkflow validate`` (and the
window's Open) run forever.  Now a file is opened defensively: only
``sqlite_master`` is read before views, triggers and virtual tables are
refused; ``trusted_schema`` is off; and every query runs under a time
budget, so even a crafted query that slips past those checks is refused in
seconds.  A table that holds one id twice (possible once another program
drops the primary key) is refused instead of losing a row silently.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_helpers import edit_file, sample_park

from parkflow.model import store
from parkflow.model.problems import ScenarioFileError
from parkflow.model.store import open_scenario, save_scenario

ROOT = Path(__file__).resolve().parents[1]
ENDLESS = (
    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT s.* FROM c, old_streams AS s"
)


@pytest.fixture
def scenario(tmp_path: Path) -> Path:
    path = tmp_path / "park.parkflow"
    save_scenario(path, sample_park())
    return path


def _endless_view(path: Path) -> None:
    edit_file(path, "ALTER TABLE streams RENAME TO old_streams", f"CREATE VIEW streams AS {ENDLESS}")


def test_a_view_over_an_endless_query_is_refused_in_seconds(scenario: Path) -> None:
    _endless_view(scenario)
    before = scenario.read_bytes()
    started = time.monotonic()
    with pytest.raises(ScenarioFileError) as caught:
        open_scenario(scenario)
    assert time.monotonic() - started < 5
    message = str(caught.value)
    assert "a view ('streams')" in message and "crafted" in message
    assert scenario.read_bytes() == before


def test_the_command_line_refuses_it_with_exit_2(scenario: Path) -> None:
    _endless_view(scenario)
    completed = subprocess.run(
        [sys.executable, "-m", "parkflow.cli", "validate", str(scenario)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 2
    assert "view" in completed.stderr and "Traceback" not in completed.stderr


def test_every_query_has_a_time_budget(scenario: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the view check switched off, the budget alone stops the endless query."""
    _endless_view(scenario)
    monkeypatch.setattr(store, "_check_schema_objects", lambda path, connection: None)
    monkeypatch.setattr(store, "READ_BUDGET_S", 1.0)
    started = time.monotonic()
    with pytest.raises(ScenarioFileError) as caught:
        open_scenario(scenario)
    assert time.monotonic() - started < 10
    assert "took longer than 1 s" in str(caught.value)


def test_a_trigger_is_refused(scenario: Path) -> None:
    edit_file(scenario, "CREATE TRIGGER t AFTER INSERT ON streams BEGIN DELETE FROM links; END")
    with pytest.raises(ScenarioFileError, match=r"a trigger \('t'\)"):
        open_scenario(scenario)


def test_a_view_in_place_of_the_meta_table_is_refused_before_it_is_read(scenario: Path) -> None:
    edit_file(
        scenario,
        "ALTER TABLE meta RENAME TO old_meta",
        "CREATE VIEW meta AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
        "SELECT m.key, m.value FROM c, old_meta AS m",
    )
    started = time.monotonic()
    with pytest.raises(ScenarioFileError, match="a view"):
        open_scenario(scenario)
    assert time.monotonic() - started < 5


def test_an_untrusted_function_in_the_schema_is_not_run(scenario: Path) -> None:
    """trusted_schema is off: a schema entry may not call functions with side effects."""
    connection = store._connect_in_memory(scenario, scenario.read_bytes())
    try:
        assert connection.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    finally:
        connection.close()


def test_a_table_that_holds_one_id_twice_is_refused(scenario: Path) -> None:
    """Before: one of the two rows was dropped without a word."""
    park = sample_park()
    first = next(iter(park.streams))
    edit_file(
        scenario,
        "CREATE TABLE copy AS SELECT * FROM streams",
        "DROP TABLE streams",
        "ALTER TABLE copy RENAME TO streams",
        f"INSERT INTO streams SELECT * FROM streams WHERE id = '{first}'",
    )
    with pytest.raises(ScenarioFileError, match=f"holds the id '{first}' more than once"):
        open_scenario(scenario)


def test_a_big_park_opens_well_within_the_budget(tmp_path: Path) -> None:
    from parkflow.model.generate import generate_park

    path = tmp_path / "big.parkflow"
    save_scenario(path, generate_park(2000, 1))
    started = time.monotonic()
    open_scenario(path)
    assert time.monotonic() - started < store.READ_BUDGET_S / 2
    shutil.rmtree(tmp_path)
