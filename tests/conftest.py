"""Shared test set-up: Qt runs offscreen, hypothesis profiles for CI."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the GUI's settings, recovery files and logs out of the user's home.
os.environ.setdefault("PARKFLOW_TEST", "1")

from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    "ci",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile("ci")
