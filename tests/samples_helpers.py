"""Shared helpers of the sample-park tests: where the samples are, how to load them."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

from parkflow.model.entities import Park
from parkflow.model.workbook import read_workbook

REPOSITORY = Path(__file__).resolve().parents[1]
SAMPLES_DIR = REPOSITORY / "sample_parks"
PUBLISHED_CSV = SAMPLES_DIR / "published.csv"
BUILD_SCRIPT = REPOSITORY / "scripts" / "build_samples.py"
#: The three real parks of sample_parks/README.md and their workbook folders.
SAMPLE_NAMES = ("jiaxing_port", "ningbo_petrochem", "taizhou_bay")
#: Variants of those parks over the year (periods and profiles), built the same way.
SEASONAL_SAMPLE_NAMES = ("jiaxing_seasons",)


def build_script() -> ModuleType:
    """``scripts/build_samples.py`` imported as a module (it is a script, not a package)."""
    name = "parkflow_build_samples"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BUILD_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@cache
def _sample_park(name: str) -> Park:
    return read_workbook(SAMPLES_DIR / name)


def sample_park(name: str) -> Park:
    """A fresh copy of a sample's park read from its CSV folder (read once per session)."""
    return _sample_park(name).copy()
