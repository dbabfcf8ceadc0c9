"""Every file a scenario open or save must refuse, with a clear message and no change.

Each refusal is a ScenarioFileError (a ParkError: the CLI prints it and exits
2, never a traceback); a file that is refused is never modified.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import zipfile
from pathlib import Path

import pytest
from store_helpers import digest, edit_file, sample_park, temp_files

from parkflow.cli import main
from parkflow.model.generate import generate_park
from parkflow.model.problems import ParkError, ScenarioFileError
from parkflow.model.store import SCHEMA_VERSION, open_scenario, save_scenario


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "good.parkflow"
    save_scenario(path, generate_park(20, 5))
    return path


def _refusal(path: Path) -> str:
    with pytest.raises(ScenarioFileError) as caught:
        open_scenario(path)
    assert isinstance(caught.value, ParkError)
    message = str(caught.value)
    assert str(path) in message
    assert "Traceback" not in message
    return message


def test_missing_file(tmp_path: Path) -> None:
    assert "no such file" in _refusal(tmp_path / "nothing.parkflow")


def test_folder(tmp_path: Path) -> None:
    folder = tmp_path / "dir.parkflow"
    folder.mkdir()
    assert "is a folder" in _refusal(folder)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.parkflow"
    path.write_bytes(b"")
    assert "is empty" in _refusal(path)
    assert path.read_bytes() == b""


def test_text_file_with_parkflow_extension(tmp_path: Path) -> None:
    path = tmp_path / "notes.parkflow"
    path.write_text("park,name\nE1,x\n", encoding="utf-8")
    before = digest(path)
    assert "not an SQLite database" in _refusal(path)
    assert digest(path) == before


def test_tiny_file(tmp_path: Path) -> None:
    path = tmp_path / "tiny.parkflow"
    path.write_bytes(b"SQLite")
    assert "not a ParkFlow scenario file" in _refusal(path)


def test_workbook_renamed_gets_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "book.parkflow"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert "parkflow import" in _refusal(path)


def test_foreign_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.parkflow"
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    connection.close()
    before = digest(path)
    message = _refusal(path)
    assert "not a ParkFlow scenario file" in message and "customers" in message
    assert digest(path) == before


def test_newer_version_names_both_versions_and_is_not_changed(saved: Path) -> None:
    edit_file(
        saved,
        f"UPDATE meta SET value = '{SCHEMA_VERSION + 1}' WHERE key = 'schema_version'",
        "UPDATE meta SET value = '9.0.0' WHERE key = 'app_version'",
    )
    before = digest(saved)
    message = _refusal(saved)
    assert f"version {SCHEMA_VERSION + 1}" in message
    assert f"up to {SCHEMA_VERSION}" in message
    assert "ParkFlow 9.0.0" in message and "Update ParkFlow" in message
    assert digest(saved) == before


def test_truncated_file(saved: Path) -> None:
    data = saved.read_bytes()
    for cut in (50, 4096, len(data) // 2, len(data) - 1):
        saved.write_bytes(data[:cut])
        message = _refusal(saved)
        assert "truncated" in message or "not a ParkFlow" in message
        assert len(saved.read_bytes()) == cut


def test_corrupt_pages(saved: Path) -> None:
    data = bytearray(saved.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # scribble over every page but the first (the header and schema stay readable)
    for start in range(page_size, len(data), page_size):
        data[start : start + 64] = b"\xa5" * 64
    saved.write_bytes(bytes(data))
    before = digest(saved)
    assert "corrupt" in _refusal(saved)
    assert digest(saved) == before


def test_corrupt_header_page_size(saved: Path) -> None:
    data = bytearray(saved.read_bytes())
    data[16:18] = (1000).to_bytes(2, "big")
    saved.write_bytes(bytes(data))
    assert "page size" in _refusal(saved)


def test_missing_schema_version(saved: Path) -> None:
    edit_file(saved, "DELETE FROM meta WHERE key = 'schema_version'")
    assert "without its schema version" in _refusal(saved)


def test_schema_version_not_a_number(saved: Path) -> None:
    edit_file(saved, "UPDATE meta SET value = 'two' WHERE key = 'schema_version'")
    assert "is not a number" in _refusal(saved)


def test_unknown_medium_in_a_row(saved: Path) -> None:
    edit_file(saved, "UPDATE streams SET medium = 'plasma' WHERE rowid = 3")
    message = _refusal(saved)
    assert "medium 'plasma'" in message and "streams row" in message


def test_unknown_link_status(saved: Path) -> None:
    edit_file(saved, "UPDATE links SET status = 'maybe' WHERE rowid = 2")
    assert "status 'maybe'" in _refusal(saved)


def test_missing_table(saved: Path) -> None:
    edit_file(saved, "DROP TABLE converters")
    assert "corrupt" in _refusal(saved)


def test_two_park_rows(saved: Path) -> None:
    edit_file(saved, "INSERT INTO park (id, links_declared) VALUES (2, 1)")
    assert "2 rows instead of 1" in _refusal(saved)


def test_results_not_json(saved: Path) -> None:
    edit_file(saved, "INSERT INTO results (id, document) VALUES (1, '{not json')")
    assert "not valid JSON" in _refusal(saved)


# -- saving ------------------------------------------------------------------


def test_save_refuses_to_replace_a_newer_file(saved: Path) -> None:
    edit_file(saved, f"UPDATE meta SET value = '{SCHEMA_VERSION + 1}' WHERE key = 'schema_version'")
    before = digest(saved)
    with pytest.raises(ScenarioFileError, match="newer ParkFlow") as caught:
        save_scenario(saved, sample_park())
    assert f"version {SCHEMA_VERSION + 1}" in str(caught.value)
    assert digest(saved) == before
    assert temp_files(saved.parent) == []


@pytest.mark.parametrize("content", [b"not a database at all", b"SQLite format 3\x00" + b"\x00" * 20])
def test_save_refuses_to_replace_a_file_that_is_not_parkflow(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.parkflow"
    path.write_bytes(content)
    with pytest.raises(ScenarioFileError, match="was not replaced"):
        save_scenario(path, sample_park())
    assert path.read_bytes() == content


def test_save_refuses_to_replace_a_corrupt_file(saved: Path) -> None:
    data = saved.read_bytes()
    saved.write_bytes(data[: len(data) // 2])
    before = digest(saved)
    with pytest.raises(ScenarioFileError, match="was not replaced, because it is truncated"):
        save_scenario(saved, sample_park())
    assert digest(saved) == before


def test_save_replaces_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "new.parkflow"
    path.write_bytes(b"")
    save_scenario(path, sample_park())
    assert open_scenario(path).park == sample_park()


def test_save_refuses_a_read_only_file(saved: Path) -> None:
    before = digest(saved)
    saved.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        with pytest.raises(ScenarioFileError, match="read-only"):
            save_scenario(saved, sample_park())
    finally:
        saved.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert digest(saved) == before


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write into read-only folders"
)
def test_save_into_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(ScenarioFileError, match="cannot be saved"):
            save_scenario(folder / "a.parkflow", sample_park())
    finally:
        folder.chmod(stat.S_IRWXU)


def test_save_into_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ScenarioFileError, match="does not exist"):
        save_scenario(tmp_path / "no" / "a.parkflow", sample_park())
    assert not (tmp_path / "no").exists()


def test_save_under_a_file_used_as_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ScenarioFileError, match="not a folder"):
        save_scenario(blocker / "a.parkflow", sample_park())


def test_save_onto_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "a.parkflow"
    folder.mkdir()
    with pytest.raises(ScenarioFileError, match="it is a folder"):
        save_scenario(folder, sample_park())


def test_save_keeps_the_old_file_when_writing_fails(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A disk-full error while writing leaves the old file and no temporary file."""
    before = digest(saved)

    def disk_full(descriptor: int, data: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", disk_full)
    with pytest.raises(ScenarioFileError, match="No space left on device|no space left on device"):
        save_scenario(saved, sample_park())
    monkeypatch.undo()
    assert digest(saved) == before
    assert temp_files(saved.parent) == []


# -- the command line prints the message, exits 2, no traceback ---------------


@pytest.mark.parametrize("content", [b"", b"garbage", b"SQLite format 3\x00" + b"\x01" * 200])
def test_cli_reports_a_bad_scenario_file_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    path = tmp_path / "bad.parkflow"
    path.write_bytes(content)
    assert main(["validate", str(path)]) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    assert str(path) in captured.err


def test_save_where_the_system_denies_writing(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a read-only folder does for a normal user (root ignores folder modes)."""
    before = digest(saved)
    real_open = os.open

    def denied(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if str(path).endswith(".parkflow-tmp"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(ScenarioFileError, match="cannot be saved \\(permission denied\\)"):
        save_scenario(saved, sample_park())
    monkeypatch.undo()
    assert digest(saved) == before


def test_pending_changes_of_another_sqlite_program_are_refused(saved: Path) -> None:
    """A database browser holding the file in WAL mode with changes not yet written back."""
    connection = sqlite3.connect(saved)
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        with connection:
            connection.execute("UPDATE park SET name = 'edited elsewhere'")
        assert "-wal" in _refusal(saved)
        with pytest.raises(ScenarioFileError, match="was not replaced"):
            save_scenario(saved, sample_park())
    finally:
        connection.close()
    # once the other program has closed, its change is in the file and opens normally
    assert open_scenario(saved).park.name == "edited elsewhere"


def test_a_transaction_in_progress_elsewhere_is_refused(saved: Path) -> None:
    connection = sqlite3.connect(saved, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("UPDATE park SET name = 'half done'")
        assert "being changed by another program" in _refusal(saved)
        connection.execute("ROLLBACK")
    finally:
        connection.close()
    assert open_scenario(saved).park.name != "half done"
