"""The desktop application never shows a raw traceback and never loses a park (docs/reliability.md).

* An unexpected exception in a menu action or in any other Qt slot shows a
  dialog with a short explanation and the log file's path; the full
  traceback goes to the log file; the document stays editable.
* The log file rotates (1 MB × 3 backups).
* Autosave and recovery: after a crash (the recovery file is still there)
  the next window offers it; declining keeps it on disk, readable.

The dialogs are intercepted (QMessageBox.critical / question), so nothing blocks.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QInputDialog, QMessageBox
from ui_helpers import no_leaks, small_park  # noqa: F401 - fixture

from parkflow.model.store import open_scenario
from parkflow.ui import app as app_module
from parkflow.ui.app import install_exception_hook, make_application, setup_logging
from parkflow.ui.files import recovery_path
from parkflow.ui.mainwindow import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every critical dialog shown, as (title, text); nothing blocks."""
    shown: list[tuple[str, str]] = []

    def critical(
        parent: object, title: str, text: str, *args: object, **kwargs: object
    ) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
    # The test set-up (PARKFLOW_TEST) silences the dialog; these tests want to see it.
    monkeypatch.delenv("PARKFLOW_TEST", raising=False)
    return shown


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The application's rotating log file, in a temporary folder."""
    path = tmp_path / "logs" / "parkflow.log"
    monkeypatch.setattr(app_module, "log_path", lambda: path)
    monkeypatch.setattr("parkflow.ui.mainwindow.log_path", lambda: path)
    root = logging.getLogger("parkflow")
    old_handlers = list(root.handlers)
    old_level = root.level
    for handler in old_handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
    assert setup_logging() == path
    yield path
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    for handler in old_handlers:
        if handler not in root.handlers:
            root.addHandler(handler)
    root.setLevel(old_level)


@pytest.fixture
def window(qtbot, settings, no_leaks, dialogs, log_file):  # noqa: F811
    make_application()
    win = MainWindow(settings=settings, autosave=False)
    win.document.set_park(small_park())
    win.show()
    qtbot.waitExposed(win)
    previous_hook = sys.excepthook
    yield win
    sys.excepthook = previous_hook
    win.document.set_modified(False)
    assert win.close()
    win.deleteLater()


def _assert_editable(window: MainWindow) -> None:
    count = len(window.document.park.enterprises)
    new_id = window.add_enterprise()
    assert new_id is not None and len(window.document.park.enterprises) == count + 1
    window.document.undo_stack.undo()
    assert len(window.document.park.enterprises) == count


def test_exception_in_a_menu_action_shows_a_dialog_with_the_log_path(
    window: MainWindow, dialogs: list[tuple[str, str]], log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_dialog(*args: object, **kwargs: object) -> tuple[str, bool]:
        raise RuntimeError("simulated fault in a slot")

    monkeypatch.setattr(QInputDialog, "getText", broken_dialog)
    park_before = window.document.park.copy()
    window.actions_by_name["find"].trigger()
    assert len(dialogs) == 1
    title, text = dialogs[0]
    assert title == "Unexpected error"
    assert "simulated fault in a slot" in text and str(log_file) in text and "Traceback" not in text
    assert "still open and can be saved" in text
    assert window.document.park == park_before
    _assert_editable(window)
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: simulated fault in a slot" in logged


@pytest.mark.qt_no_exception_capture
def test_exception_in_any_qt_slot_reaches_the_hook_and_shows_the_dialog(
    window: MainWindow, qtbot, dialogs: list[tuple[str, str]], log_file: Path
) -> None:
    """A slot outside the menus (a timer, a signal) raising: the installed excepthook shows the dialog."""
    install_exception_hook(window)

    def broken_slot() -> None:
        raise ValueError("simulated fault in a timer slot")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(dialogs), timeout=5000)
    title, text = dialogs[0]
    assert title == "Unexpected error" and "simulated fault in a timer slot" in text and str(log_file) in text
    _assert_editable(window)
    assert "ValueError: simulated fault in a timer slot" in log_file.read_text(encoding="utf-8")


def test_the_hook_itself_never_raises(window: MainWindow, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    """If showing the dialog fails too, the error still ends up on stderr, not in a second crash."""
    install_exception_hook(window)

    def dialog_fails(error: BaseException) -> None:
        raise RuntimeError("the dialog could not be shown")

    monkeypatch.setattr(window, "show_unexpected_error", dialog_fails)
    try:
        raise KeyError("original fault")
    except KeyError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert "original fault" in capsys.readouterr().err


def test_log_file_rotates_at_one_megabyte_with_three_backups(log_file: Path) -> None:
    logger = logging.getLogger("parkflow.reliability_test")
    line = "x" * 1000
    for index in range(5000):  # about 5 MB
        logger.info("record %d %s", index, line)
    names = sorted(path.name for path in log_file.parent.iterdir())
    assert names == ["parkflow.log", "parkflow.log.1", "parkflow.log.2", "parkflow.log.3"]
    for path in log_file.parent.iterdir():
        assert path.stat().st_size <= 1_000_000
    assert "record 4999" in log_file.read_text(encoding="utf-8")


def _crash_with_unsaved_edits(qtbot, settings: QSettings) -> object:  # noqa: ANN001
    """A window edits the park, autosaves, then dies without closing (no shutdown, no discard)."""
    crashed = MainWindow(settings=settings, autosave=False)
    crashed.document.set_park(small_park())
    crashed.add_enterprise()
    edited = crashed.document.park.copy()
    assert crashed.files.autosave() == recovery_path()
    crashed.files.autosave_timer.stop()
    logging.getLogger("parkflow").removeHandler(crashed._log_handler)
    crashed.deleteLater()  # gone without closeEvent: the recovery file stays
    qtbot.wait(10)
    assert recovery_path().exists()
    return edited


def test_after_a_crash_the_next_start_offers_the_recovery_and_declining_keeps_it(
    qtbot,
    settings: QSettings,
    no_leaks,  # noqa: F811
    dialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_application()
    for old in recovery_path().parent.glob("recovery*"):
        old.unlink()
    edited = _crash_with_unsaved_edits(qtbot, settings)
    questions: list[str] = []

    def decline(
        parent: object, title: str, text: str, *args: object, **kwargs: object
    ) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", decline)
    restarted = MainWindow(settings=settings, autosave=False)
    try:
        assert restarted.files.offer_recovery() is False
        assert len(questions) == 1 and str(recovery_path()) in questions[0]
        kept = sorted(recovery_path().parent.glob("recovery-*.parkflow"))
        assert len(kept) == 1 and not recovery_path().exists()
        assert open_scenario(kept[0]).park == edited  # still available, complete
        assert "kept at" in restarted.statusBar().currentMessage()
    finally:
        for old in recovery_path().parent.glob("recovery*"):
            old.unlink()
        restarted.document.set_modified(False)
        restarted.close()
        restarted.deleteLater()


def test_after_a_crash_accepting_restores_the_edits_as_unsaved(
    qtbot,
    settings: QSettings,
    no_leaks,  # noqa: F811
    dialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_application()
    for old in recovery_path().parent.glob("recovery*"):
        old.unlink()
    edited = _crash_with_unsaved_edits(qtbot, settings)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    restarted = MainWindow(settings=settings, autosave=False)
    try:
        assert restarted.files.offer_recovery() is True
        assert restarted.document.park == edited and restarted.document.modified
        assert not recovery_path().exists()
    finally:
        restarted.document.set_modified(False)
        restarted.close()
        restarted.deleteLater()


def test_a_damaged_recovery_file_is_reported_not_fatal(
    qtbot,
    settings: QSettings,
    no_leaks,  # noqa: F811
    dialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A recovery file cut off by the crash itself: a file-error dialog, then a normal start."""
    make_application()
    recovery_path().parent.mkdir(parents=True, exist_ok=True)
    recovery_path().write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    restarted = MainWindow(settings=settings, autosave=False)
    try:
        assert restarted.files.offer_recovery() is False
        assert "truncated" in restarted.last_error_message
        _assert_editable(restarted)
    finally:
        for old in recovery_path().parent.glob("recovery*"):
            old.unlink()
        restarted.document.set_modified(False)
        restarted.close()
        restarted.deleteLater()


def _disk_full(*args: object, **kwargs: object) -> None:
    raise OSError(28, "No space left on device")


def test_failing_save_keeps_the_edits_marked_unsaved(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saving fails (disk full): a file-error dialog; the park stays modified, so closing still asks."""
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "park.parkflow"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    monkeypatch.setattr("parkflow.model.store.write_file_atomically", _disk_full)
    window.add_enterprise()
    assert window.files.save_as() is False
    assert "no space left on device" in window.last_error_message.lower()
    assert window.document.modified and window.document.file_path != str(target)
    assert not target.exists()
    _assert_editable(window)


@pytest.mark.parametrize(
    ("action", "writer", "name"),
    [
        ("export_workbook", "parkflow.model.workbook.write._write_xlsx", "park.xlsx"),
        ("export_report", "parkflow.report.render_html.render_html", "report.html"),
    ],
)
def test_failing_export_from_the_window_keeps_the_old_file(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, action: str, writer: str, name: str
) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / name
    target.write_bytes(b"the old export")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    monkeypatch.setattr(writer, _disk_full)
    park_before = window.document.park.copy()
    window.actions_by_name[action].trigger()
    assert "No space left on device" in window.last_error_message
    assert target.read_bytes() == b"the old export"
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []
    assert window.document.park == park_before
    _assert_editable(window)
