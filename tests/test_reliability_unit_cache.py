"""pint's disk cache never stops ParkFlow (``parkflow.model.units._unit_registry``).

Before: ``cache_folder=":auto:"`` under an unwritable cache folder gave a
traceback on every command, even ``parkflow --version``, and a cache file
cut off by a full disk broke ParkFlow until the user deleted it.  Now an
unusable cache means no cache, and a damaged one is removed and rebuilt.
"""

from __future__ import annotations

import builtins
import errno
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import platformdirs
import pytest

from parkflow.model import units

ROOT = Path(__file__).resolve().parents[1]


def _version(cache_home: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    return subprocess.run(
        [sys.executable, "-m", "parkflow.cli", "--version"],
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def _works(registry: Any) -> None:
    """The registry converts, with ParkFlow's own units defined as at start-up."""
    assert registry.Quantity(3.6, "t/h").to("kg/s").magnitude == pytest.approx(1.0)


def test_a_cache_folder_that_cannot_be_created_gives_no_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    completed = _version(blocker / "cache")
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith("parkflow ")
    assert "Traceback" not in completed.stderr


def test_a_truncated_cache_is_rebuilt(tmp_path: Path) -> None:
    first = _version(tmp_path)
    assert first.returncode == 0, first.stderr
    pickles = sorted((tmp_path / "pint").glob("*.pickle"))
    assert pickles
    for path in pickles:  # as a full disk leaves them
        with path.open("r+b") as handle:
            handle.truncate(100)
    second = _version(tmp_path)
    assert second.returncode == 0, second.stderr
    assert "Traceback" not in second.stderr
    rebuilt = sorted((tmp_path / "pint").glob("*.pickle"))
    assert [path.name for path in rebuilt] == [path.name for path in pickles]
    assert all(path.stat().st_size > 1000 for path in rebuilt)  # whole again, not the 100 bytes left
    assert _version(tmp_path).returncode == 0


def test_garbage_in_the_cache_is_rebuilt(tmp_path: Path) -> None:
    assert _version(tmp_path).returncode == 0
    for path in (tmp_path / "pint").iterdir():
        path.write_bytes(b"\x00garbage{")
    completed = _version(tmp_path)
    assert completed.returncode == 0, completed.stderr
    assert "Traceback" not in completed.stderr


@pytest.mark.parametrize(
    "error", [errno.EROFS, errno.EACCES, errno.ENOSPC], ids=["read-only", "denied", "full"]
)
def test_a_cache_that_cannot_be_written_means_no_cache(
    error: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every write into the cache folder fails (a read-only or full file system, simulated)."""
    folder = tmp_path / "cache"
    folder.mkdir()
    monkeypatch.setattr(platformdirs, "user_cache_path", lambda *args, **kwargs: folder)
    real_open = builtins.open

    def refusing_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if str(file).startswith(str(folder)) and any(flag in mode for flag in "wax+"):
            raise OSError(error, os.strerror(error), str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    _works(units._unit_registry())


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into read-only folders")
def test_a_read_only_cache_folder_means_no_cache(tmp_path: Path) -> None:
    (tmp_path / "pint").mkdir()
    (tmp_path / "pint").chmod(0o500)
    try:
        completed = _version(tmp_path)
    finally:
        (tmp_path / "pint").chmod(0o700)
    assert completed.returncode == 0, completed.stderr
