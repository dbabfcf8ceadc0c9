"""Shared test set-up: Qt runs offscreen, hypothesis profiles for CI."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the GUI's settings, recovery files and logs out of the user's home.
os.environ.setdefault("PARKFLOW_TEST", "1")

from hypothesis import HealthCheck, settings  # noqa: E402

# "ci" (default): the same examples on every run, so a suite that passed once
# passes again and a red CI always means a change broke something.
# "explore" (HYPOTHESIS_PROFILE=explore pytest tests/test_fuzz_*.py): new random
# examples each run, to look for more; keep what it finds as regression tests.
settings.register_profile(
    "ci",
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "explore",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
