"""Static checks stay clean: mypy on the parkflow package and ruff on the repository.

Both tools read their configuration from pyproject.toml ([tool.mypy], [tool.ruff]).
They are in the ``test`` extra (``pip install -e '.[test]'``); a test skips, saying
so, only when its tool is not installed.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run_tool(module: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m <module> <arguments>`` in the repository root; skip if the tool is absent."""
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed: pip install -e '.[test]'")
    return subprocess.run(
        [sys.executable, "-m", module, *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_mypy_reports_no_errors() -> None:
    proc = _run_tool("mypy")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_ruff_check_is_clean() -> None:
    proc = _run_tool("ruff", "check", ".")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_ruff_format_leaves_every_file_as_it_is() -> None:
    proc = _run_tool("ruff", "format", "--check", ".")
    assert proc.returncode == 0, proc.stdout + proc.stderr
