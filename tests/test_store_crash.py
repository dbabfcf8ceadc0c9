"""A save killed at any moment leaves the old file or the new one, never a broken one.

A forked child process saves two different big parks in turn, as fast as it
can, into the same file; the test kills it with SIGKILL after a delay that
varies over a few save durations, sixty times.  In half of the runs the
child repeats the whole ``save_scenario``; in the other half only the
file-writing step (temp file, write, fsync, rename) with the two databases
already built, so that many kills land while bytes are being written or
renamed, not only while the database is being built in memory.  After every
kill the file must open and equal one of the two parks.  Temporary files
left by the killed saves are removed by the next save.
"""

from __future__ import annotations

import os
import select
import signal
import sys
import time
from pathlib import Path

import pytest
from store_helpers import temp_files

from parkflow.model.entities import Park
from parkflow.model.generate import generate_park
from parkflow.model.store import (
    build_database,
    clean_stale_temps,
    open_scenario,
    save_scenario,
    write_file_atomically,
)

KILLS = 60

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork") or sys.platform == "darwin", reason="needs fork and SIGKILL"
)


def _saving_child(
    path: Path, parks: tuple[Park, Park], files: tuple[bytes, bytes] | None, pipe_write: int
) -> None:
    """Run in the forked child: save the parks in turn forever (until killed).

    With ``files`` (the two parks' databases already built) only the
    atomic file write is repeated.
    """
    try:
        os.write(pipe_write, b"r")
        turn = 0
        while True:
            if files is None:
                save_scenario(path, parks[turn % 2])
            else:
                write_file_atomically(path, files[turn % 2])
            turn += 1
    finally:  # never return into pytest from the child
        os._exit(1)


def test_kill_during_save_leaves_a_complete_file(tmp_path: Path) -> None:
    old_park = generate_park(100, 11, name="old park")
    new_park = old_park.copy()
    new_park.name = "new park"
    for link in list(new_park.links.values())[::3]:
        link.capacity = (link.capacity or 0.0) + 1.0
    path = tmp_path / "busy.parkflow"
    save_scenario(path, old_park)

    started = time.perf_counter()
    save_scenario(path, old_park)
    save_time = max(time.perf_counter() - started, 0.005)
    built = {park.name: build_database(park) for park in (old_park, new_park)}
    started = time.perf_counter()
    save_scenario(path, old_park)
    save_time = max(time.perf_counter() - started, 0.005)

    outcomes = {"old park": 0, "new park": 0}
    leftovers_seen = 0
    for kill in range(KILLS):
        pipe_read, pipe_write = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - child
            os.close(pipe_read)
            parks = (new_park, old_park) if kill % 4 >= 2 else (old_park, new_park)
            files = (built[parks[0].name], built[parks[1].name]) if kill % 2 else None
            _saving_child(path, parks, files, pipe_write)
        os.close(pipe_write)
        ready, _, _ = select.select([pipe_read], [], [], 30.0)
        assert ready, "the saving child did not start"
        os.read(pipe_read, 1)
        # Delays spread evenly over 0 … 3 save durations, so kills land in every phase.
        time.sleep(save_time * 3.0 * (kill + 0.5) / KILLS)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(pipe_read)

        leftovers_seen += bool(temp_files(tmp_path))
        reopened = open_scenario(path).park
        assert reopened in (old_park, new_park), f"kill {kill}: the file holds neither park"
        outcomes[reopened.name] += 1

    # Both parks were seen: kills happened after completed saves, not only before.
    assert outcomes["old park"] > 0 and outcomes["new park"] > 0, outcomes
    print(f"kills: {KILLS}, outcomes: {outcomes}, kills that left a temporary file: {leftovers_seen}")
    # Some kills interrupted a write in progress (its temporary file was left behind).
    assert leftovers_seen > 0

    # The next save cleans every temporary file the killed saves left.
    save_scenario(path, old_park)
    assert temp_files(tmp_path) == []
    assert open_scenario(path).park == old_park


def test_stale_temp_files_are_removed_and_live_ones_kept(tmp_path: Path) -> None:
    path = tmp_path / "a.parkflow"
    dead_pid = _dead_pid()
    stale = tmp_path / f".a.parkflow.{dead_pid}-0000.parkflow-tmp"
    live = tmp_path / f".a.parkflow.{os.getppid()}-0001.parkflow-tmp"
    other = tmp_path / f".b.parkflow.{dead_pid}-0002.parkflow-tmp"
    for temp in (stale, live, other):
        temp.write_bytes(b"half a file")
    removed = clean_stale_temps(path)
    assert removed == [stale]
    assert live.exists() and other.exists()
    # a temp file of a live process is still removed once it is a day old
    old = time.time() - 2 * 24 * 3600
    os.utime(live, (old, old))
    assert clean_stale_temps(path) == [live]


def _dead_pid() -> int:
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        os._exit(0)
    os.waitpid(pid, 0)
    return pid
