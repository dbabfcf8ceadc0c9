"""A CSV-folder export killed at any moment leaves the old folder or the new one, complete.

A forked child exports two different parks in turn into the same folder, as
fast as it can; the test kills it with a real signal after a delay spread
over a few export durations.  After every kill a reader must find the
folder, complete, holding one of the two parks.  Before the fix the old
folder was renamed aside and the new one renamed in (two steps): a kill in
between left no folder at all, and ``.tmp`` folders of killed exports
stayed for ever.

On Linux the two folders are exchanged in one atomic step
(``renameat2(RENAME_EXCHANGE)``).  Where the system cannot, the fallback
renames twice; the test forces it too and checks that the next export
repairs a kill between the renames (the old folder comes back) and removes
every stale side folder.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sys
import time
from pathlib import Path

import pytest

from parkflow.model import fileio
from parkflow.model.entities import Park
from parkflow.model.generate import generate_park
from parkflow.model.workbook import read_workbook, recover_folder, write_workbook

KILLS = 24

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork") or sys.platform == "darwin", reason="needs fork and signals"
)


def _parks() -> tuple[Park, Park]:
    first = generate_park(30, 1, name="first")
    second = generate_park(30, 2, name="second")
    return first, second


def _side_folders(folder: Path) -> list[str]:
    return sorted(
        entry.name for entry in folder.parent.iterdir() if entry.name.startswith(f".{folder.name}.")
    )


def _child(target: Path, parks: tuple[Park, Park], ready: int, fallback: bool) -> None:
    try:
        if fallback:
            fileio.exchange_entries = lambda first, second: False  # type: ignore[assignment]
        os.write(ready, b"x")
        index = 0
        while True:
            write_workbook(parks[index % 2], target)
            index += 1
    finally:
        os._exit(0)


def _kill_during_exports(tmp_path: Path, fallback: bool, sig: int) -> list[str]:
    parks = _parks()
    names = {park.name for park in parks}
    target = tmp_path / "workbook"
    write_workbook(parks[0], target)
    started = time.perf_counter()
    write_workbook(parks[1], target)
    duration = time.perf_counter() - started
    rng = random.Random(7)
    outcomes: list[str] = []
    for _ in range(KILLS):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            _child(target, parks, write_end, fallback)
        os.close(write_end)
        select.select([read_end], [], [], 30)
        os.close(read_end)
        time.sleep(rng.uniform(0, 3 * duration))
        os.kill(pid, sig)
        os.waitpid(pid, 0)
        if not target.exists():
            assert fallback, "no folder after a kill, though the folders are exchanged atomically"
            outcomes.append("repaired")
            recover_folder(target)
        park = read_workbook(target)
        assert park.name in names
        outcomes.append(park.name)
    return outcomes


def test_sigkill_during_exports_always_leaves_a_complete_folder(tmp_path: Path) -> None:
    if not fileio.exchange_entries(*_two_folders(tmp_path)):
        pytest.skip("this system cannot exchange two folders atomically")
    outcomes = _kill_during_exports(tmp_path, fallback=False, sig=signal.SIGKILL)
    assert {"first", "second"} <= set(outcomes)  # kills landed at different moments


def test_sigterm_leaves_side_folders_that_the_next_export_removes(tmp_path: Path) -> None:
    _kill_during_exports(tmp_path, fallback=False, sig=signal.SIGTERM)
    target = tmp_path / "workbook"
    write_workbook(_parks()[0], target)
    assert _side_folders(target) == []
    assert read_workbook(target).name == "first"


def test_the_fallback_swap_is_repaired_by_the_next_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _kill_during_exports(tmp_path, fallback=True, sig=signal.SIGKILL)
    target = tmp_path / "workbook"
    monkeypatch.setattr(fileio, "exchange_entries", lambda first, second: False)
    write_workbook(_parks()[1], target)
    assert _side_folders(target) == []
    assert read_workbook(target).name == "second"


def test_a_kill_between_the_two_renames_is_repaired(tmp_path: Path) -> None:
    """The exact moment: the old folder renamed aside, the new one not yet in place, the writer gone."""
    target = tmp_path / "workbook"
    write_workbook(_parks()[0], target)
    dead_pid = _dead_pid()
    os.rename(target, tmp_path / f".workbook.{dead_pid}-abcd.old")
    (tmp_path / f".workbook.{dead_pid}-beef.tmp").mkdir()
    recover_folder(target)
    assert read_workbook(target).name == "first"
    assert _side_folders(target) == []


def test_the_side_folder_of_a_running_export_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "workbook"
    write_workbook(_parks()[0], target)
    live = tmp_path / f".workbook.{os.getppid()}-abcd.tmp"
    live.mkdir()
    recover_folder(target)
    assert live.exists()


def _two_folders(tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "probe-a", tmp_path / "probe-b"
    first.mkdir()
    second.mkdir()
    return first, second


def _dead_pid() -> int:
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    return pid
