"""The Linux check before the window opens: missing xcb libraries give one apt-get line."""

from __future__ import annotations

import pytest

from parkflow import cli, desktop_check
from parkflow.desktop_check import XCB_PACKAGES, XcbCheck, check_xcb, parse_ldd_missing

# an ldd listing as a fresh Debian desktop prints it for PySide6's libqxcb.so
LDD_FRESH_DEBIAN = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f)
"""


def test_ldd_listing_names_the_missing_libraries() -> None:
    assert parse_ldd_missing(LDD_FRESH_DEBIAN) == ("libxcb-cursor.so.0", "libxcb-icccm.so.4")
    assert parse_ldd_missing("\tlibxcb.so.1 => /lib/libxcb.so.1 (0x1)\n") == ()


def test_message_prints_one_apt_get_line_with_every_package() -> None:
    message = XcbCheck(("libxcb-cursor.so.0",)).message()
    lines = [line for line in message.splitlines() if "apt-get install" in line]
    assert len(lines) == 1
    assert lines[0].split() == ["sudo", "apt-get", "install", *XCB_PACKAGES]
    assert "libxcb-cursor.so.0" in message


@pytest.mark.parametrize("platform_name", ["offscreen", "wayland", "wayland-egl", "minimal"])
def test_platforms_without_xcb_are_not_checked(monkeypatch: pytest.MonkeyPatch, platform_name: str) -> None:
    monkeypatch.setattr(desktop_check, "missing_libraries", lambda plugin: ("libxcb-cursor.so.0",))
    assert check_xcb({"QT_QPA_PLATFORM": platform_name, "DISPLAY": ":0"}, "linux").ok


def test_other_systems_are_not_checked() -> None:
    assert check_xcb({"DISPLAY": ":0"}, "win32").ok


def test_x11_run_with_missing_library_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    if desktop_check.xcb_plugin_path() is None:
        pytest.skip("this PySide6 has no xcb plugin")
    monkeypatch.setattr(desktop_check, "missing_libraries", lambda plugin: ("libxcb-cursor.so.0",))
    assert not check_xcb({"DISPLAY": ":0"}, "linux").ok


def test_gui_launch_stops_before_qt_with_the_install_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(desktop_check, "check_xcb", lambda: XcbCheck(("libxcb-cursor.so.0",)))
    assert cli.main([]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert "apt-get install libxcb-cursor0" in err


def test_subcommands_never_run_the_check(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def fail() -> XcbCheck:
        raise AssertionError("the check ran for a subcommand")

    monkeypatch.setattr(desktop_check, "check_xcb", fail)
    with pytest.raises(SystemExit):
        cli.main(["--version"])
    assert "parkflow" in capsys.readouterr().out


def test_this_machine_passes_its_own_check() -> None:
    # the test machine runs the real window under Xvfb, so its xcb libraries are installed
    plugin = desktop_check.xcb_plugin_path()
    if plugin is None:
        pytest.skip("this PySide6 has no xcb plugin")
    assert desktop_check.missing_libraries(plugin) == ()
