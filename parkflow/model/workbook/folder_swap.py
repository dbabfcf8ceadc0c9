"""Replacing a CSV workbook folder atomically, and repairing what a killed export left."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import time
from pathlib import Path

from parkflow.model.fileio import fsync_directory

_SIDE_SUFFIXES = (".tmp", ".old")
#: A side folder of a process that still runs is left alone unless it is this old (seconds).
STALE_SIDE_FOLDER_AGE_S = 24 * 3600.0


def side_folder(path: Path, suffix: str) -> Path:
    return path.parent / f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}{suffix}"


def _side_folders(path: Path) -> list[tuple[Path, int | None, str]]:
    """(folder, writer's pid or None, suffix) of every side folder of ``path``."""
    prefix = f".{path.name}."
    found: list[tuple[Path, int | None, str]] = []
    try:
        entries = list(path.parent.iterdir())
    except OSError:
        return found
    for entry in entries:
        name = entry.name
        suffix = next((end for end in _SIDE_SUFFIXES if name.endswith(end)), None)
        if not name.startswith(prefix) or suffix is None or not entry.is_dir() or entry.is_symlink():
            continue
        pid_text = name[len(prefix) : -len(suffix)].split("-", 1)[0]
        found.append((entry, int(pid_text) if pid_text.isdigit() else None, suffix))
    return found


def recover_folder(path: Path) -> list[Path]:
    """Finish what a killed export left: put a lost folder back, remove stale side folders.

    A writer killed between the two renames of the fallback swap leaves
    the old folder as ``.old`` and nothing at ``path``: it is put back.
    Side folders of writers that no longer run (or older than a day) are
    removed; those of a running export are kept.  Returns what was removed.
    """
    from parkflow.model.fileio import process_alive

    removed: list[Path] = []
    now = time.time()
    for folder, pid, suffix in sorted(_side_folders(path), key=lambda item: item[2] != ".old"):
        try:
            age = now - folder.stat().st_mtime
        except OSError:
            continue
        if pid is not None and process_alive(pid) and age < STALE_SIDE_FOLDER_AGE_S:
            continue
        if suffix == ".old" and not path.exists():
            with contextlib.suppress(OSError):
                os.rename(folder, path)
                continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def swap_folder(new_folder: Path, path: Path) -> None:
    """Put the complete ``new_folder`` at ``path``; the old one is removed last.

    Where the system can (Linux), the two folders are exchanged in one
    atomic step, so a reader finds the old or the new folder complete at
    every instant, even if ParkFlow is killed.  Elsewhere the old folder is
    first renamed aside; a kill between the two renames is repaired by the
    next export into the folder (:func:`recover_folder`).
    """
    from parkflow.model.fileio import exchange_entries

    if not path.exists():
        os.rename(new_folder, path)
        return
    if path.is_symlink():  # a link to a folder: the link is replaced by the folder, its target kept
        old_link = side_folder(path, ".link")
        os.rename(path, old_link)
        os.rename(new_folder, path)
        old_link.unlink()
        return
    if exchange_entries(new_folder, path):
        fsync_directory(path.parent)
        shutil.rmtree(new_folder, ignore_errors=True)  # now holds the old folder
        return
    old_folder = side_folder(path, ".old")
    os.rename(path, old_folder)
    try:
        os.rename(new_folder, path)
    except BaseException:
        os.rename(old_folder, path)
        shutil.rmtree(new_folder, ignore_errors=True)
        raise
    shutil.rmtree(old_folder, ignore_errors=True)
