"""Before the window opens on Linux: can Qt's X11 (xcb) platform plugin load?

pip installs Qt itself but not the X11 libraries its xcb plugin links
against; on a fresh Debian or Ubuntu desktop Qt then aborts with "Could not
load the Qt platform plugin xcb" and a hint that helps nobody.  This module
asks ``ldd`` which of the plugin's libraries are missing, without starting
Qt, so that ``parkflow`` can print the one ``apt-get install`` line that
fixes it.  It never imports Qt (it only finds the plugin file on disk).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

#: The Debian/Ubuntu packages that made the xcb plugin start on a fresh
#: desktop with only pip installs (measured on our machines, 2026-12).
XCB_PACKAGES: tuple[str, ...] = (
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxkbcommon-x11-0",
    "libxcb-xinerama0",
    "libxcb-randr0",
    "libxcb-xkb1",
)

#: Platforms that do not use the xcb plugin: nothing to check.
NON_XCB_PLATFORMS = ("offscreen", "minimal", "wayland", "vnc", "eglfs", "linuxfb")


@dataclass(frozen=True)
class XcbCheck:
    """What the check found: the missing libraries (empty when Qt can start)."""

    missing_libraries: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.missing_libraries

    def install_command(self) -> str:
        return "sudo apt-get install " + " ".join(XCB_PACKAGES)

    def message(self) -> str:
        return (
            "error: the desktop window cannot start: Qt's X11 platform plugin needs system libraries "
            f"that are not installed ({', '.join(self.missing_libraries)}).\n"
            "On Debian or Ubuntu install them with:\n"
            f"  {self.install_command()}\n"
            "(The command-line tools, e.g. 'parkflow optimize', work without them.)"
        )


def xcb_plugin_path() -> Path | None:
    """PySide6's ``libqxcb.so``, found on disk without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        candidate = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if candidate.is_file():
            return candidate
    return None


def missing_libraries(plugin: Path) -> tuple[str, ...]:
    """Libraries ``ldd`` reports as "not found" for ``plugin`` (empty if ldd is absent)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return ()
    try:
        listing = subprocess.run(
            [ldd, str(plugin)], capture_output=True, text=True, timeout=20, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    return parse_ldd_missing(listing)


def parse_ldd_missing(listing: str) -> tuple[str, ...]:
    """The library names on the ``name => not found`` lines of an ``ldd`` listing."""
    missing = []
    for line in listing.splitlines():
        if "not found" in line:
            missing.append(line.split("=>")[0].strip())
    return tuple(missing)


def check_xcb(environ: dict[str, str] | None = None, platform: str | None = None) -> XcbCheck:
    """Check the xcb plugin's libraries when this run will use it (Linux, X11)."""
    environ = dict(os.environ) if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return XcbCheck(())
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if chosen.startswith(NON_XCB_PLATFORMS):
        return XcbCheck(())
    if not chosen and environ.get("WAYLAND_DISPLAY") and not environ.get("DISPLAY"):
        return XcbCheck(())  # Qt picks its Wayland plugin
    plugin = xcb_plugin_path()
    if plugin is None:
        return XcbCheck(())
    return XcbCheck(missing_libraries(plugin))
