"""Small file-system helpers shared by the scenario store and the workbook writer."""

from __future__ import annotations

import os
from pathlib import Path


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
