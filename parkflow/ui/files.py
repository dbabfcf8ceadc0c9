"""The main window's files: new, open, save, save as, import and export, recent files,
autosave and recovery, and comparing with another file or the last saved version.

:class:`FileController` owns everything that reads or writes a file for the
window's :class:`~parkflow.ui.document.Document`; the window wires its
actions to it and listens to three signals: ``status_message`` (a line for
the status bar), ``park_replaced`` (a park was opened or started, with the
result stored beside it) and ``error_reported`` (a file error was shown).
Every failure becomes a dialog that names the file and what went wrong;
the park in the window stays as it was.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from parkflow.model.entities import Park
from parkflow.model.problems import ParkError
from parkflow.optimize import OptimizationResult
from parkflow.ui.document import Document

log = logging.getLogger("parkflow.ui")

#: Minutes between autosaves to the recovery file.
AUTOSAVE_MINUTES = 3
MAX_RECENT_FILES = 8


def samples_dir() -> Path:
    """The folder of the sample parks shipped with ParkFlow."""
    try:
        from importlib import resources

        return Path(str(resources.files("parkflow.sample_parks")))
    except (ModuleNotFoundError, TypeError):  # running from a source tree that was never installed
        import parkflow

        return Path(parkflow.__file__).resolve().parent.parent / "sample_parks"


def is_sample(path: str | Path) -> bool:
    """True for a bundled sample (or its folder): opened as a template, never written over."""
    try:
        Path(path).resolve().relative_to(samples_dir().resolve())
    except ValueError:
        return False
    return True


def app_data_dir() -> Path:
    """AppDataLocation (test mode under PARKFLOW_TEST), created on demand."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    if not str(folder) or str(folder) == ".":
        folder = Path.home() / ".parkflow"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def recovery_path() -> Path:
    return app_data_dir() / "recovery" / "recovery.parkflow"


class FileController(QObject):
    """Opens, saves, autosaves and compares the window's park.

    Signals
    -------
    status_message(str, int)
        A line for the status bar and how long to show it (ms).
    park_replaced(object)
        The document holds a new park; the argument is the
        ``OptimizationResult`` stored with it, or None.
    error_reported(str)
        A file error was shown to the user (its title and text).
    """

    status_message = Signal(str, int)
    park_replaced = Signal(object)
    error_reported = Signal(str)

    def __init__(
        self, document: Document, settings: QSettings, window: QWidget, autosave: bool = True
    ) -> None:
        super().__init__(window)
        self.document = document
        self.settings = settings
        self.window = window
        #: What the title shows for a park that has no scenario file (a workbook's or a sample's name).
        self.display_name = ""
        self.compare_windows: list[QWidget] = []
        self.recent_menu = QMenu(window)
        self.recent_menu.setObjectName("recent_menu")
        self._opened_result_stale = False
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MINUTES * 60_000)
        self.autosave_timer.timeout.connect(self.autosave)
        if autosave:
            self.autosave_timer.start()

    def _status(self, message: str, timeout_ms: int = 8000) -> None:
        self.status_message.emit(message, timeout_ms)

    # == new and open =======================================================================
    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when it is fine to go on."""
        if not self.document.modified:
            return True
        answer = QMessageBox.question(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("The park has unsaved changes. Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_park(self) -> None:
        if not self.maybe_save():
            return
        self.display_name = ""
        self._set_park(Park(name=self.tr("New park")), None, None)

    def new_from_template(self, path: str | None = None) -> bool:
        """Write a workbook template (every sheet, explained headers, an example row) and open its example."""
        if not self.maybe_save():
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Write park workbook template"),
                str(Path(self.last_folder(writing=True)) / "park_template.xlsx"),
                self.tr("Park workbooks (*.xlsx)"),
            )
            if not path:
                return False
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        from parkflow.ui.template import write_template

        try:
            write_template(path)
        except Exception as exc:
            self._show_file_error(self.tr("Cannot write {name}").format(name=Path(path).name), exc)
            return False
        if not self.open_path(path):
            return False
        self._status(
            self.tr(
                "Template written to {path}: fill it in (header notes explain each column), "
                "then File ▸ Import Workbook"
            ).format(path=path),
            30_000,
        )
        return True

    def _set_park(self, park: Park, path: str | None, result: OptimizationResult | None) -> None:
        self.document.set_park(park, path, result)
        if self._opened_result_stale:
            self.document.mark_result_stale()
        self._opened_result_stale = False
        self.park_replaced.emit(result)

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open park"),
            self.last_folder(),
            self.tr("ParkFlow scenarios (*.parkflow);;Park workbooks (*.xlsx);;All files (*)"),
        )
        if path:
            self.open_path(path)

    def open_path(self, path: str, as_untitled: bool = False) -> bool:
        """Open a scenario file (or a workbook, as an unsaved park); errors show a dialog."""
        try:
            park, result = self._read(path)
        except Exception as exc:  # a ParkError lists its problems; anything else is named
            self._show_file_error(self.tr("Cannot open {name}").format(name=Path(path).name), exc)
            return False
        as_untitled = as_untitled or is_sample(path)  # a sample opens as a template: Save asks for a new file
        is_scenario = path.lower().endswith(".parkflow") and not as_untitled
        self.display_name = Path(path).name if not is_scenario else ""
        self._set_park(park, str(path) if is_scenario else None, result)
        if not is_scenario and not as_untitled:
            self.document.set_modified(True)
        if is_scenario:
            self._add_recent(str(path))
        self._status(self.tr("Opened {path}").format(path=path))
        return True

    def _read(self, path: str) -> tuple[Park, OptimizationResult | None]:
        if path.lower().endswith(".parkflow"):
            from parkflow.model.store import open_scenario

            scenario = open_scenario(path)
            result = self._result_from_document(scenario.results)
            if result is not None:
                from parkflow.model.fingerprint import park_fingerprint

                # a result saved for another version of the park is shown, but as stale
                stored_hash = (scenario.results or {}).get("park_hash")
                self._opened_result_stale = stored_hash != park_fingerprint(scenario.park)
            return scenario.park, result
        from parkflow.model.io import load_park

        return load_park(path), None

    @staticmethod
    def _result_from_document(document: dict[str, Any] | None) -> OptimizationResult | None:
        if not document:
            return None
        try:
            return OptimizationResult.from_document(document)
        except Exception as exc:  # an old or foreign result document: keep the park
            log.warning("the saved results could not be read (%s); optimize again to see results", exc)
            return None

    def results_document(self) -> dict[str, Any] | None:
        """The result to store beside the park: stamped with the park's fingerprint unless stale."""
        result = self.document.result
        if result is None:
            return None
        try:
            document = result.to_document()
        except Exception as exc:
            log.warning("results not saved: %s", exc)
            return None
        if self.document.result_stale:
            return document  # no fingerprint: compare and reopen treat it as stale
        from parkflow.model.fingerprint import stamp_results

        return stamp_results(document, self.document.park)

    # == save ==================================================================================
    def save(self) -> bool:
        if not self.document.file_path:
            return self.save_as()
        return self.write(self.document.file_path)

    def save_as(self) -> bool:
        suggestion = self.document.file_path or str(
            Path(self.last_folder(writing=True)) / self._suggested_name()
        )
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save park as"), suggestion, self.tr("ParkFlow scenarios (*.parkflow)")
        )
        if not path:
            return False
        if not path.lower().endswith(".parkflow"):
            path += ".parkflow"
        return self.write(path)

    def _suggested_name(self) -> str:
        stem = Path(self.display_name).stem if self.display_name else (self.document.park.name or "park")
        safe = "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in stem).strip() or "park"
        return f"{safe}.parkflow"

    def write(self, path: str) -> bool:
        """Save the park and its result to ``path`` (no dialog); the file becomes the document's."""
        try:
            from parkflow.model.store import save_scenario

            save_scenario(path, self.document.park, self.results_document())
        except Exception as exc:
            self._show_file_error(self.tr("Cannot save {name}").format(name=Path(path).name), exc)
            return False
        self.document.set_file_path(path)
        self.document.set_modified(False)
        self._add_recent(path)
        self._status(self.tr("Saved {path}").format(path=path))
        return True

    # == import and export ======================================================================
    def import_workbook(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import park workbook"),
            self.last_folder(),
            self.tr("Park workbooks (*.xlsx *.xlsm)"),
        )
        if path:
            self.open_path(path)

    def export_workbook(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export park workbook"),
            str(Path(self.last_folder(writing=True)) / (Path(self._suggested_name()).stem + ".xlsx")),
            self.tr("Park workbooks (*.xlsx)"),
        )
        if not path:
            return
        try:
            from parkflow.model.workbook import write_workbook

            write_workbook(self.document.park, path)
        except Exception as exc:
            self._show_file_error(self.tr("Cannot export {name}").format(name=Path(path).name), exc)
            return
        self._status(self.tr("Exported {path}").format(path=path))

    def export_report(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export report"),
            str(Path(self.last_folder(writing=True)) / (Path(self._suggested_name()).stem + ".html")),
            self.tr("HTML report (*.html);;PDF report (*.pdf);;Excel report (*.xlsx)"),
        )
        if not path:
            return
        try:
            from parkflow.report import render_report

            render_report(self.document.park, self.document.result, path, **self.report_source())
        except Exception as exc:
            self._show_file_error(
                self.tr("Cannot export the report {name}").format(name=Path(path).name), exc
            )
            return
        self._status(self.tr("Report written to {path}").format(path=path))

    def report_source(self) -> dict[str, Any]:
        """What a report says about where the park comes from: its file, or that it is not saved."""
        path = self.document.file_path
        if path:
            saved = (
                time.strftime("%Y-%m-%d %H:%M", time.localtime(Path(path).stat().st_mtime))
                if Path(path).exists()
                else ""
            )
            unsaved = self.tr(" (with unsaved edits)") if self.document.modified else ""
            return {"scenario_name": Path(path).name + unsaved, "saved_at": saved or None}
        name = self.display_name or self.document.park.name or self.tr("Untitled")
        return {
            "scenario_name": self.tr("{name} (not saved)").format(name=name),
            "saved_at": self.tr("not saved"),
        }

    # == compare =================================================================================
    def compare_with(self, path: str | None = None) -> QWidget | None:
        """Compare another scenario file (the baseline) with the park open here."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Compare with"),
                self.last_folder(),
                self.tr("ParkFlow scenarios (*.parkflow);;Park workbooks (*.xlsx);;All files (*)"),
            )
            if not path:
                return None
        return self._open_compare(path, Path(path).name)

    def compare_with_saved(self) -> QWidget | None:
        """Compare the last saved version of this file (baseline) with the park as edited now."""
        path = self.document.file_path
        if not path:
            self._status(self.tr("Save the park first: there is no saved version to compare with"))
            return None
        return self._open_compare(path, self.tr("{name} (last saved)").format(name=Path(path).name))

    def _open_compare(self, baseline_path: str, baseline_label: str) -> QWidget | None:
        from parkflow.report.compare import ScenarioData, load_scenario, prepare_results
        from parkflow.ui.compare_window import CompareWindow

        try:
            baseline = load_scenario(baseline_path, label=baseline_label)
            prepare_results(baseline, optimize_missing=False)
        except Exception as exc:
            self._show_file_error(
                self.tr("Cannot compare with {name}").format(name=Path(baseline_path).name), exc
            )
            return None
        document = self.document
        fresh = document.result is not None and not document.result_stale
        name = (
            Path(document.file_path).name
            if document.file_path
            else (self.display_name or self.tr("Untitled"))
        )
        current = ScenarioData(
            self.tr("{name} (open in ParkFlow)").format(name=name),
            document.park.copy(),
            result=document.result if fresh else None,
            result_note=self.tr("result in the editor")
            if fresh
            else self.tr("not optimized since the last edit"),
        )
        window = CompareWindow(self.window)
        window.setObjectName("compare_window")
        window.setWindowFlag(Qt.WindowType.Window, True)
        window.set_scenario_data(baseline, [current])
        window.show()
        self.compare_windows = [w for w in self.compare_windows if w.isVisible()] + [window]
        return window

    # == errors and folders =======================================================================
    def _show_file_error(self, title: str, error: BaseException) -> None:
        if isinstance(error, ParkError):
            lines = [str(problem) for problem in error.problems[:20]]
            if len(error.problems) > 20:
                lines.append(self.tr("… and {count} more").format(count=len(error.problems) - 20))
            text = "\n".join(lines)
        else:
            text = f"{type(error).__name__}: {error}"
        self.error_reported.emit(f"{title}\n{text}")
        log.warning("%s: %s", title, text)
        box = QMessageBox(QMessageBox.Icon.Warning, title, title, QMessageBox.StandardButton.Ok, self.window)
        box.setInformativeText(self.tr("Nothing was changed; your park is as it was."))
        box.setDetailedText(text)
        box.setText(f"{title}\n\n{text[:600]}")
        box.setObjectName("file_error_box")
        box.exec()

    def last_folder(self, writing: bool = False) -> str:
        """Where file dialogs start: the last file's folder (never the bundled samples when writing)."""
        for recent in self.recent_files():
            folder = Path(recent).parent
            if not (writing and is_sample(folder)):
                return str(folder)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    # == recent files ===============================================================================
    def recent_files(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        # QSettings.value is typed ``object``; the stored value is a list (or None)
        return [str(item) for item in cast("Iterable[object]", value or [])]

    def _add_recent(self, path: str) -> None:
        path = str(Path(path).resolve())
        recent = [item for item in self.recent_files() if item != path]
        recent.insert(0, path)
        self.settings.setValue("recent_files", recent[:MAX_RECENT_FILES])
        self.rebuild_recent_menu()

    def rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda checked=False, path=path: self._open_recent(path))
        self.recent_menu.setEnabled(bool(recent))

    def _open_recent(self, path: str) -> None:
        if self.maybe_save():
            self.open_path(path)

    # == autosave and recovery ========================================================================
    def autosave(self) -> Path | None:
        """Write the park to the recovery file when it has unsaved changes."""
        if not self.document.modified:
            return None
        target = recovery_path()
        try:
            from parkflow.model.store import save_scenario

            target.parent.mkdir(parents=True, exist_ok=True)
            save_scenario(target, self.document.park, self.results_document())
            marker = {"file_path": self.document.file_path, "saved": time.time(), "pid": os.getpid()}
            target.with_suffix(".json").write_text(json.dumps(marker), encoding="utf-8")
        except Exception as exc:
            log.warning("autosave failed: %s", exc)
            return None
        log.info("autosaved to %s", target)
        return target

    def discard_recovery(self) -> None:
        for path in (recovery_path(), recovery_path().with_suffix(".json")):
            path.unlink(missing_ok=True)

    def offer_recovery(self, ask: Callable[[str], bool] | None = None) -> bool:
        """After a crash: offer the recovery file.  Declining keeps it (renamed) on disk."""
        path = recovery_path()
        if not path.exists():
            return False
        marker_path = path.with_suffix(".json")
        try:
            marker = json.loads(marker_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            marker = {}
        question = self.tr(
            "ParkFlow did not close properly. Unsaved changes were kept in a recovery file:\n{path}\n\nRestore them?"
        ).format(path=path)
        if ask is None:
            answer = QMessageBox.question(self.window, self.tr("Restore unsaved changes?"), question)
            restore = answer == QMessageBox.StandardButton.Yes
        else:
            restore = ask(question)
        if restore:
            if not self.open_path(str(path), as_untitled=True):
                return False
            original = marker.get("file_path")
            self.document.set_file_path(original or None)
            self.document.set_modified(True)
            self.discard_recovery()
            self._status(self.tr("Restored the unsaved changes"))
            return True
        kept = path.with_name(f"recovery-{time.strftime('%Y%m%d-%H%M%S')}.parkflow")
        path.replace(kept)
        marker_path.unlink(missing_ok=True)
        self._status(self.tr("The recovery file is kept at {path}").format(path=kept), 30_000)
        return False

    def close(self) -> None:
        """The window closes normally: no more autosaves, and no recovery file is needed."""
        self.autosave_timer.stop()
        self.discard_recovery()
