"""A park manager working alone: compare, help, words instead of code names, selection, stale results."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from ui_helpers import no_leaks, small_park  # noqa: F401 - fixture

from parkflow.model.entities import Enterprise
from parkflow.ui import commands, i18n
from parkflow.ui.app import make_application
from parkflow.ui.mainwindow import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings, no_leaks, monkeypatch):  # noqa: F811
    make_application()
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: QMessageBox.StandardButton.Ok)
    win = MainWindow(settings=settings, autosave=False)
    win.document.set_park(small_park())
    win.show()
    qtbot.waitExposed(win)
    yield win
    for other in win.compare_windows:
        other.close()
    win.document.set_modified(False)
    assert win.close()
    win.deleteLater()
    i18n.install_language("en")


def _menu_action_names(menu) -> set[str]:
    return {action.objectName() for action in menu.actions()}


# -- compare -------------------------------------------------------------------------------
def test_compare_is_reachable_from_the_file_menu(window) -> None:
    names = _menu_action_names(window.file_menu)
    assert {"compare_with", "compare_saved"} <= names
    # nothing saved yet: no last saved version to compare with
    assert not window.actions_by_name["compare_saved"].isEnabled()


def test_compare_with_last_saved_version_shows_the_edit_and_exports_a_report(window, tmp_path) -> None:
    path = tmp_path / "park.parkflow"
    assert window._write(str(path))
    assert window.actions_by_name["compare_saved"].isEnabled()
    window.document.undo_stack.push(
        commands.add_command(window.document, "enterprises", Enterprise("E9", "新厂 New mill", "", 3.0, 1.0))
    )
    compare = window.compare_with_saved()
    assert compare is not None and compare.isVisible()
    comparison = compare.comparison
    assert comparison is not None
    assert comparison.a.label == "park.parkflow (last saved)"
    assert "open in ParkFlow" in comparison.b.label
    assert comparison.diff.added["enterprises"] == ["E9"]
    assert compare.export_button.isEnabled()
    report = compare.export_report(tmp_path / "compare.html")
    text = report.read_text(encoding="utf-8")
    assert "park.parkflow (last saved)" in text and "E9" in text


def test_compare_with_another_file(window, tmp_path) -> None:
    other = small_park()
    del other.links["L1"]
    from parkflow.model.store import save_scenario

    save_scenario(tmp_path / "before.parkflow", other, None)
    compare = window.compare_with(str(tmp_path / "before.parkflow"))
    assert compare is not None
    assert compare.comparison.a.label == "before.parkflow"
    assert compare.comparison.diff.added["links"] == ["L1"]
