"""Small file-system helpers shared by every writer of user files.

Scenario files, workbooks, reports and JSON results are all written next to
their target and moved over it in one step, so an existing file stays intact
until the new one is complete; new files get the ordinary permissions (the
old file's, else 0666 less the umask), not the 0600 of ``mkstemp``.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def fsync_directory(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; a no-op where folders cannot be opened)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def ordinary_mode(existing: Path, directory: bool = False) -> int:
    """Permissions for a new file or folder at ``existing``: the old entry's, else the umask's."""
    with contextlib.suppress(OSError):
        return existing.stat().st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return (0o777 if directory else 0o666) & ~umask


def write_atomically(path: Path, write: Callable[[Path], Any], suffix: str = ".tmp") -> None:
    """Call ``write(temporary)`` next to ``path``, then move the result over ``path`` in one step.

    On any failure the temporary file is removed and ``path`` is left as it was.
    """
    parent = path.parent if str(path.parent) else Path(".")
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=parent)
    os.close(handle)
    temporary = Path(name)
    try:
        os.chmod(temporary, ordinary_mode(path))
        write(temporary)
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    fsync_directory(parent)
