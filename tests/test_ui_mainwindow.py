"""The main window drives the real widgets: edit, undo, save/reopen, language, optimize."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_helpers import no_leaks, small_park  # noqa: F401 - fixture

from parkflow.model.entities import Medium
from parkflow.ui import i18n
from parkflow.ui.app import make_application, sample_park_path
from parkflow.ui.files import recovery_path
from parkflow.ui.mainwindow import MainWindow

pytestmark = pytest.mark.gui

SIGNAL_TIMEOUT_MS = 60_000


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings, no_leaks, monkeypatch):  # noqa: F811
    make_application()
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Ok)
    # closing a modified window in teardown must not block on a question box
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
    win = MainWindow(settings=settings, autosave=False)
    win.document.set_park(small_park())
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.document.set_modified(False)
    assert win.close()
    win.deleteLater()
    i18n.install_language("en")


def test_create_enterprise_and_streams_then_undo_redo(window) -> None:
    document = window.document
    enterprise_id = window.add_enterprise()
    assert enterprise_id in document.park.enterprises
    assert enterprise_id in window.scene.enterprise_items
    assert window.windowTitle().startswith("Untitled*")
    window.scene.select_entity("enterprises", enterprise_id)
    first = window.add_stream()
    second = window.add_stream()
    assert {first, second} <= set(document.park.streams)
    assert set(window.scene.enterprise_items[enterprise_id].ports) == {first, second}
    # the inspector edits the new stream's medium through a command
    window.inspector.show_entity("streams", second)
    combo = window.inspector.editors["medium"]
    combo.setCurrentIndex(combo.findData("water"))
    combo.activated.emit(combo.currentIndex())
    assert document.park.streams[second].medium is Medium.WATER
    assert window.scene.port_items[second].medium is Medium.WATER
    for _ in range(4):
        document.undo_stack.undo()
    assert enterprise_id not in document.park.enterprises
    assert enterprise_id not in window.scene.enterprise_items
    assert not document.modified and "*" not in window.windowTitle()
    for _ in range(4):
        document.undo_stack.redo()
    assert document.park.streams[second].medium is Medium.WATER


def test_delete_copy_paste_and_find(window) -> None:
    document = window.document
    window.scene.select_entity("enterprises", "E1")
    window.copy_selection()
    window.paste()
    assert len(document.park.enterprises) == 4
    window.scene.select_entity("enterprises", "E1")
    window.delete_selected()
    assert "E1" not in document.park.enterprises and "L1" not in document.park.links
    document.undo_stack.undo()
    assert "L1" in document.park.links and "L1" in window.scene.edge_items
    assert window.find("Paper")[0] == ("enterprises", "E3")
    assert window.inspector.entity_id == "E3"


def test_save_and_reopen(window, tmp_path) -> None:
    path = str(tmp_path / "park.parkflow")
    window.document.undo_stack.push(
        __import__("parkflow.ui.undo", fromlist=["x"]).MoveEnterpriseCommand(
            window.document, "E2", (2.0, 0.5), (2.5, 0.7)
        )
    )
    assert window.files.write(path)
    assert not window.document.modified
    assert window.windowTitle() == "park.parkflow — ParkFlow"
    saved = window.document.park.copy()
    window.files.new_park()
    assert not window.document.park.enterprises
    assert window.files.open_path(path)
    assert window.document.park == saved
    assert window.document.file_path == path
    assert window.files.recent_files()[0].endswith("park.parkflow")


def test_open_error_shows_a_dialog_and_keeps_the_park(window, tmp_path) -> None:
    broken = tmp_path / "broken.parkflow"
    broken.write_bytes(b"not a database")
    before = window.document.park.copy()
    assert not window.files.open_path(str(broken))
    assert "broken.parkflow" in window.last_error_message
    assert window.document.park == before


def test_close_with_unsaved_changes_asks(window, monkeypatch) -> None:
    window.add_enterprise()
    asked: list[str] = []

    def cancel(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    assert not window.close()
    assert asked and window.isVisible()


def test_switch_language_retranslates_live(window, settings) -> None:
    window.statusBar().showMessage("Optimization finished: optimal")
    window.set_language("zh_CN")
    assert window.statusBar().currentMessage() == ""  # no English left behind in a Chinese window
    assert window.file_menu.title() == "文件(&F)"
    assert window.tables.tabText(0) == "企业"
    assert window.inspector.title.text() == "园区设置"
    assert settings.value("language") == "zh_CN"
    window.set_language("en")
    assert window.file_menu.title() == "&File"


def test_autosave_and_recovery(window, qtbot, tmp_path) -> None:
    window.add_enterprise()
    path = window.files.autosave()
    assert path == recovery_path() and path.exists()
    # declining keeps the recovery file (renamed) on disk
    assert not window.files.offer_recovery(ask=lambda question: False)
    assert not path.exists()
    kept = list(path.parent.glob("recovery-*.parkflow"))
    assert kept
    for old in kept:
        old.unlink()
    window.files.autosave()
    edited = window.document.park.copy()
    window.document.set_park(small_park())
    assert window.files.offer_recovery(ask=lambda question: True)
    assert window.document.park == edited
    assert window.document.modified
    assert not recovery_path().exists()


def test_optimize_runs_off_the_gui_thread_and_overlays(window, qtbot) -> None:
    from parkflow.optimize import SolveOptions

    with qtbot.waitSignal(window.runner.finished, timeout=SIGNAL_TIMEOUT_MS):
        window.start_optimization(SolveOptions(objective="cost", mode="lp", solver="highs"))
        assert window.progress_bar.isVisible()
    assert window.document.result is not None
    # the 10 t/h sink is met over L1, whose computed heat loss (steam condensing over 2.7 km)
    # makes the plant send 10 / gain
    gain = float(window.document.result.flows.loc["L1", "gain"])
    assert 0.9 < gain < 1.0
    assert window.scene.edge_items["L1"].flow == pytest.approx(10.0 / gain)
    assert f"utilisation {10.0 / gain / 20.0:.0%}" in window.scene.edge_items["L1"].toolTip()
    assert not window.progress_bar.isVisible()
    assert not window.runner.running


def test_sample_park_opens_with_chinese_names(window) -> None:
    sample = sample_park_path()
    if sample is None:
        pytest.skip("the Jiaxing Port sample is not bundled yet")
    assert window.files.open_path(str(sample), as_untitled=True)
    names = [e.name for e in window.document.park.enterprises.values()]
    assert any(any("\u4e00" <= ch <= "\u9fff" for ch in name) for name in names)
    assert len(window.scene.enterprise_items) == len(window.document.park.enterprises)


def test_application_uses_test_paths() -> None:
    assert os.environ.get("PARKFLOW_TEST")
    assert QApplication.instance() is not None
