"""A stored result is shown as current only for the park it was computed for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from ui_helpers import small_park

from parkflow.model.fingerprint import stamp_results
from parkflow.model.store import save_scenario
from parkflow.optimize import optimize
from parkflow.ui.app import make_application
from parkflow.ui.mainwindow import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    make_application()
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Ok)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings=settings, autosave=False)
    qtbot.addWidget(win)
    yield win
    win.document.set_modified(False)
    win.close()


def test_saved_result_of_the_same_park_is_fresh_and_of_an_edited_park_stale(window, tmp_path) -> None:
    park = small_park()
    result = optimize(park)
    fresh = tmp_path / "fresh.parkflow"
    save_scenario(fresh, park, stamp_results(result.to_document(), park))
    assert window.files.open_path(str(fresh))
    assert window.document.result is not None and not window.document.result_stale

    edited = park.copy()
    edited.streams["S1"].amount = 12.0  # the park changed after the result was made
    stale = tmp_path / "stale.parkflow"
    save_scenario(stale, edited, stamp_results(result.to_document(), park))
    assert window.files.open_path(str(stale))
    assert window.document.result is not None and window.document.result_stale

    # saving from the window stamps only a fresh result
    window.document.set_result(result)
    window.document.set_park(park, str(fresh), result)
    document = window.files.results_document()
    assert document is not None and "park_hash" in document
