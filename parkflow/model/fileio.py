"""Small file-system helpers shared by every writer of user files.

Scenario files, workbooks, reports and JSON results are all written next to
their target and moved over it in one step, so an existing file stays intact
until the new one is complete; new files get the ordinary permissions (the
old file's, else 0666 less the umask), not the 0600 of ``mkstemp``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
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


def is_stream_target(path: Path) -> bool:
    """True when ``path`` is written through, never replaced: a device, a pipe or a standard stream.

    Character devices (``/dev/null``), FIFOs and sockets, and any path under
    ``/dev`` or ``/proc`` (``/dev/stdout`` names whatever the standard output
    is, even a redirected regular file, and replacing it would replace the
    link, not write to the stream).
    """
    try:
        status = os.stat(path)
    except OSError:
        return False
    if stat.S_ISDIR(status.st_mode):
        return False
    if not stat.S_ISREG(status.st_mode):
        return True
    return any(step.startswith(("/dev/", "/proc/")) for step in _link_steps(path))


def _link_steps(path: Path) -> list[str]:
    """``path`` and every path its chain of symbolic links passes through (absolute)."""
    steps = [os.path.abspath(path)]
    current = str(path)
    for _ in range(40):
        if not os.path.islink(current):
            break
        current = os.path.join(os.path.dirname(current), os.readlink(current))
        steps.append(os.path.abspath(current))
    return steps


def replace_target(path: Path) -> Path:
    """The file an atomic write replaces: a symbolic link's target (the link stays), else ``path``."""
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def write_through(path: Path, data: bytes) -> None:
    """Write ``data`` into an existing device, pipe or stream (appending: a redirected file keeps what came before)."""
    sys.stdout.flush()
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND)
    try:
        view = memoryview(data)
        while view:
            written = os.write(descriptor, view)
            view = view[written:]
    finally:
        os.close(descriptor)


def write_atomically(path: Path, write: Callable[[Path], Any], suffix: str = ".tmp") -> None:
    """Call ``write(temporary)`` next to ``path``, then move the result over ``path`` in one step.

    On any failure the temporary file is removed and ``path`` is left as it was.
    A symbolic link is kept and its target replaced; a device, pipe or
    standard stream (:func:`is_stream_target`) is written through, never
    replaced (the temporary file then lives in the system's temporary folder).
    """
    path = Path(path)
    if is_stream_target(path):
        handle, name = tempfile.mkstemp(prefix=".parkflow-", suffix=suffix)
        os.close(handle)
        try:
            write(Path(name))
            write_through(path, Path(name).read_bytes())
        finally:
            Path(name).unlink(missing_ok=True)
        return
    path = replace_target(path)
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


def process_alive(pid: int) -> bool:
    """True when a process with this id runs (or may run: another user's)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


#: renameat2's flag that swaps two entries in one step (Linux 3.15+).
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def exchange_entries(first: Path, second: Path) -> bool:
    """Swap two existing entries (folders) in one atomic step; False where the system cannot.

    Uses Linux's ``renameat2(RENAME_EXCHANGE)``: at every instant each name
    holds one complete folder.  Returns False (nothing changed) on other
    systems and file systems without it; the caller then renames twice.
    """
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    renameat2.restype = ctypes.c_int
    result = renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE)
    if result == 0:
        return True
    error = ctypes.get_errno()
    if error in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(error, os.strerror(error), str(second))
