"""The ParkFlow main window: canvas in the middle, docks around it.

Menus: File (new, open, recent, save, save as, import/export workbook,
export report), Edit (undo, redo, add, delete, copy, paste, find), View
(docks, fit, zoom, medium filter, language) and Optimize (run, Pareto, heat
targets, Sankey).  The window owns one :class:`~parkflow.ui.document.Document`;
every dock listens to it.  Optimization runs in
:class:`parkflow.ui.worker.OptimizeRunner` (off the GUI thread) with a
progress bar and a cancel button in the status bar.

Safety nets: the title shows ``*`` while there are unsaved changes and
closing asks; the park is autosaved every few minutes to a recovery file in
``QStandardPaths.AppDataLocation`` and offered back after a crash; an
unexpected exception shows a dialog naming the rotating log file and the
document stays editable.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QSettings, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from parkflow.model.entities import MEDIUM_ZH, Direction, Enterprise, Medium, Park, Stream
from parkflow.model.problems import ParkError
from parkflow.model.validate import validate_park
from parkflow.ui import commands, i18n
from parkflow.ui.canvas import ParkScene, ParkView
from parkflow.ui.canvas.reading import install_reading_controls
from parkflow.ui.document import KIND_OF_SINGULAR, Document, EditRefused
from parkflow.ui.inspector import Inspector
from parkflow.ui.problems import ProblemsWidget
from parkflow.ui.tables import TablesWidget

log = logging.getLogger("parkflow.ui")

#: Minutes between autosaves to the recovery file.
AUTOSAVE_MINUTES = 3
MAX_RECENT_FILES = 8
SAMPLE_TITLE = "jiaxing_port.parkflow"


def _optional(module: str, name: str) -> Any:
    """A class from a module another developer may not have finished; None if absent."""
    try:
        imported = __import__(module, fromlist=[name])
        return getattr(imported, name)
    except Exception as exc:  # missing or broken: the window shows a placeholder
        log.info("%s.%s unavailable: %s", module, name, exc)
        return None


def app_data_dir() -> Path:
    """AppDataLocation (test mode under PARKFLOW_TEST), created on demand."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    if not str(folder) or str(folder) == ".":
        folder = Path.home() / ".parkflow"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def recovery_path() -> Path:
    return app_data_dir() / "recovery" / "recovery.parkflow"


def log_path() -> Path:
    return app_data_dir() / "logs" / "parkflow.log"


class _LogEmitter(logging.Handler):
    """Forwards log records to the log dock (through a Qt signal, thread-safe)."""

    def __init__(self, sink: Callable[[str], None]) -> None:
        super().__init__(logging.INFO)
        self.sink = sink
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%H:%M:%S"))

    def emit(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(RuntimeError):  # the dock is gone
            self.sink(self.format(record))


class LogView(QPlainTextEdit):
    appended = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setMaximumBlockCount(2000)
        self.appended.connect(self.appendPlainText)


class MainWindow(QMainWindow):
    """The application window around one Document."""

    def __init__(
        self,
        document: Document | None = None,
        settings: QSettings | None = None,
        autosave: bool = True,
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.settings = settings if settings is not None else QSettings()
        self.document = document if document is not None else Document(parent=self)
        if self.document.parent() is None:
            self.document.setParent(self)
        self.display_name = ""
        self.scene = ParkScene(self)
        self.scene.set_document(self.document)
        self.view = ParkView(self.scene, self)
        self.view.setObjectName("park_view")
        self.setCentralWidget(self.view)
        self.sankey_window: QWidget | None = None
        self.last_error_message = ""
        self._build_docks()
        self._build_actions()
        self._build_menus()
        # legend, link filters, arrange, canvas export and print (menus and the Canvas toolbar)
        self.canvas_reading = install_reading_controls(self)
        self._build_status_bar()
        self._build_runner()
        self._connect()
        self.retranslate_ui()
        self._restore_settings()
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(AUTOSAVE_MINUTES * 60_000)
        self._autosave_timer.timeout.connect(self.autosave)
        if autosave:
            self._autosave_timer.start()
        self._update_title()
        self._update_actions()

    # == construction ===================================================================
    def _build_docks(self) -> None:
        self.inspector = Inspector(self.document, self)
        self.inspector_dock = self._dock("inspector_dock", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea)
        self.tables = TablesWidget(self.document, self)
        self.tables_dock = self._dock("tables_dock", self.tables, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.problems = ProblemsWidget(self.document, self)
        self.problems_dock = self._dock("problems_dock", self.problems, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.log_view = LogView(self)
        self.log_dock = self._dock("log_dock", self.log_view, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.tables_dock, self.problems_dock)
        self.tabifyDockWidget(self.problems_dock, self.log_dock)
        self.tables_dock.raise_()
        self._log_handler = _LogEmitter(self.log_view.appended.emit)
        logging.getLogger("parkflow").addHandler(self._log_handler)
        results_cls = _optional("parkflow.ui.results", "ResultsDock")
        self.results_dock: QDockWidget
        if results_cls is not None:
            self.results_dock = results_cls(self)
            self.results_available = True
        else:
            placeholder = QLabel(self)
            placeholder.setObjectName("results_placeholder")
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            placeholder.setEnabled(False)
            self.results_dock = QDockWidget(self)
            self.results_dock.setWidget(placeholder)
            self.results_available = False
        self.results_dock.setObjectName("results_dock")
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.results_dock)
        self.tabifyDockWidget(self.inspector_dock, self.results_dock)
        self.inspector_dock.raise_()
        self.resizeDocks([self.inspector_dock], [380], Qt.Orientation.Horizontal)
        self.resizeDocks([self.tables_dock], [230], Qt.Orientation.Vertical)

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, name: str, slot: Callable[..., Any], shortcut: Any = None, checkable: bool = False) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(lambda checked=False: self._guarded(slot))
        self.actions_by_name[name] = action
        return action

    def _guarded(self, slot: Callable[[], Any]) -> None:
        """Run a menu action; an unexpected error shows a dialog, the document stays editable."""
        try:
            slot()
        except Exception as exc:  # the last line of defence for user actions
            self.show_unexpected_error(exc)

    def _build_actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        key = QKeySequence.StandardKey
        self._action("new", self.new_park, key.New)
        self._action("open", self.open_dialog, key.Open)
        self._action("save", self.save, key.Save)
        self._action("save_as", self.save_as, key.SaveAs)
        self._action("import_workbook", self.import_workbook, "Ctrl+I")
        self._action("export_workbook", self.export_workbook, "Ctrl+Shift+E")
        self._action("export_report", self.export_report, "Ctrl+R")
        self._action("quit", self.close, key.Quit)
        undo = self.document.undo_stack.createUndoAction(self)
        undo.setObjectName("undo")
        undo.setShortcut(QKeySequence(key.Undo))
        redo = self.document.undo_stack.createRedoAction(self)
        redo.setObjectName("redo")
        redo.setShortcut(QKeySequence(key.Redo))
        self.actions_by_name["undo"] = undo
        self.actions_by_name["redo"] = redo
        self._action("add_enterprise", self.add_enterprise, "Ctrl+E")
        self._action("add_stream", self.add_stream, "Ctrl+Shift+S")
        self._action("delete", self.delete_selected, key.Delete)
        self._action("copy", self.copy_selection, key.Copy)
        self._action("paste", self.paste, key.Paste)
        self._action("find", self.find, key.Find)
        self._action("select_all", self.select_all, key.SelectAll)
        self._action("fit", self.view.fit, "Ctrl+0")
        self._action("zoom_in", self.view.zoom_in, key.ZoomIn)
        self._action("zoom_out", self.view.zoom_out, key.ZoomOut)
        self._action("filter_all", lambda: self.set_medium_filter(None))
        self._action("optimize", self.run_optimization, "F5")
        self._action("pareto", lambda: self.run_optimization(pareto=True), "Shift+F5")
        self._action("cancel", self.cancel_optimization, "Esc")
        self._action("targets", self.show_targets, "F6")
        self._action("sankey", self.show_sankey, "F7")
        self.medium_actions: dict[Medium, QAction] = {}
        for medium in Medium:
            action = self._action(f"filter_{medium.value}", self._on_medium_filter, checkable=True)
            action.setChecked(True)
            self.medium_actions[medium] = action
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setObjectName(f"language_{code}")
            action.triggered.connect(lambda checked=False, code=code: self.set_language(code))
            self.language_group.addAction(action)
            self.language_actions[code] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        get = self.actions_by_name
        self.file_menu = bar.addMenu("")
        for name in ("new", "open"):
            self.file_menu.addAction(get[name])
        self.recent_menu = self.file_menu.addMenu("")
        self.file_menu.addSeparator()
        for name in ("save", "save_as"):
            self.file_menu.addAction(get[name])
        self.file_menu.addSeparator()
        for name in ("import_workbook", "export_workbook", "export_report"):
            self.file_menu.addAction(get[name])
        self.file_menu.addSeparator()
        self.file_menu.addAction(get["quit"])
        self.edit_menu = bar.addMenu("")
        for name in ("undo", "redo"):
            self.edit_menu.addAction(get[name])
        self.edit_menu.addSeparator()
        for name in ("add_enterprise", "add_stream", "delete", "copy", "paste", "select_all"):
            self.edit_menu.addAction(get[name])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(get["find"])
        self.view_menu = bar.addMenu("")
        self.docks_menu = self.view_menu.addMenu("")
        for dock in (self.inspector_dock, self.tables_dock, self.problems_dock, self.results_dock, self.log_dock):
            self.docks_menu.addAction(dock.toggleViewAction())
        self.view_menu.addSeparator()
        for name in ("fit", "zoom_in", "zoom_out"):
            self.view_menu.addAction(get[name])
        self.filter_menu = self.view_menu.addMenu("")
        self.filter_menu.addAction(get["filter_all"])
        self.filter_menu.addSeparator()
        for action in self.medium_actions.values():
            self.filter_menu.addAction(action)
        self.language_menu = self.view_menu.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.optimize_menu = bar.addMenu("")
        for name in ("optimize", "pareto", "cancel", "targets", "sankey"):
            self.optimize_menu.addAction(get[name])
        self.file_toolbar = self.addToolBar("")
        self.file_toolbar.setObjectName("file_toolbar")
        for name in ("new", "open", "save", "undo", "redo", "fit"):
            self.file_toolbar.addAction(get[name])
        self.optimize_toolbar = self.addToolBar("")
        self.optimize_toolbar.setObjectName("optimize_toolbar")
        for name in ("optimize", "pareto", "targets", "sankey"):
            self.optimize_toolbar.addAction(get[name])

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.problem_label = QLabel(self)
        self.progress_label = QLabel(self)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setMaximumWidth(180)
        self.progress_bar.setRange(0, 100)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel_optimization)
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.setVisible(False)
            status.addPermanentWidget(widget)
        status.addPermanentWidget(self.problem_label)

    def _build_runner(self) -> None:
        runner_cls = _optional("parkflow.ui.worker", "OptimizeRunner")
        self.runner = runner_cls(self) if runner_cls is not None else None
        if self.runner is not None:
            self.runner.progress.connect(self._on_progress)
            self.runner.finished.connect(self._on_optimized)
            self.runner.failed.connect(self._on_failed)
            self.runner.cancelled.connect(self._on_cancelled)

    def _connect(self) -> None:
        document = self.document
        document.modified_changed.connect(lambda _modified: self._update_title())
        document.file_path_changed.connect(lambda _path: self._update_title())
        document.result_changed.connect(self._update_actions)
        self.scene.status_message.connect(self.show_status)
        self.scene.selectionChanged.connect(self._on_canvas_selection)
        self.scene.links_selection_changed.connect(self._on_canvas_selection)
        self.scene.entity_clicked.connect(self.show_entity)
        self.tables.entity_selected.connect(self._on_table_selection)
        self.tables.status_message.connect(self.show_status)
        self.inspector.status_message.connect(self.show_status)
        self.problems.item_activated.connect(self.jump_to)
        self.problems.count_changed.connect(self._on_problem_count)
        if self.results_available:
            self.results_dock.pareto_point_selected.connect(self.scene.set_overlay)  # type: ignore[attr-defined]

            def jump_to_result(kind: str, entity_id: str) -> None:
                self.jump_to(KIND_OF_SINGULAR.get(kind, kind), entity_id)

            self.results_dock.item_activated.connect(jump_to_result)  # type: ignore[attr-defined]

    # == translation ===================================================================
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every text of the window in the current language."""
        texts = {
            "new": self.tr("&New"),
            "open": self.tr("&Open…"),
            "save": self.tr("&Save"),
            "save_as": self.tr("Save &As…"),
            "import_workbook": self.tr("&Import Workbook…"),
            "export_workbook": self.tr("&Export Workbook…"),
            "export_report": self.tr("Export &Report…"),
            "quit": self.tr("&Quit"),
            "add_enterprise": self.tr("Add &Enterprise"),
            "add_stream": self.tr("Add &Stream to Enterprise"),
            "delete": self.tr("&Delete"),
            "copy": self.tr("&Copy"),
            "paste": self.tr("&Paste"),
            "find": self.tr("&Find…"),
            "select_all": self.tr("Select &All"),
            "fit": self.tr("&Fit Park"),
            "zoom_in": self.tr("Zoom &In"),
            "zoom_out": self.tr("Zoom &Out"),
            "filter_all": self.tr("Show All Media"),
            "optimize": self.tr("&Optimize…"),
            "pareto": self.tr("&Pareto Front…"),
            "cancel": self.tr("&Cancel Optimization"),
            "targets": self.tr("Heat &Targets"),
            "sankey": self.tr("&Sankey Diagram"),
        }
        for name, text in texts.items():
            self.actions_by_name[name].setText(text)
        self.actions_by_name["optimize"].setToolTip(self.tr("Optimize the exchange network (F5)"))
        self.actions_by_name["undo"].setText(self.tr("&Undo"))
        self.actions_by_name["redo"].setText(self.tr("&Redo"))
        for medium, action in self.medium_actions.items():
            action.setText(f"{medium.value} · {MEDIUM_ZH[medium]}")
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.docks_menu.setTitle(self.tr("&Docks"))
        self.filter_menu.setTitle(self.tr("Filter by &Medium"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.optimize_menu.setTitle(self.tr("&Optimize"))
        self.file_toolbar.setWindowTitle(self.tr("File"))
        self.optimize_toolbar.setWindowTitle(self.tr("Optimize"))
        self.inspector_dock.setWindowTitle(self.tr("Inspector"))
        self.tables_dock.setWindowTitle(self.tr("Tables"))
        self.problems_dock.setWindowTitle(self.tr("Problems"))
        self.log_dock.setWindowTitle(self.tr("Log"))
        if not self.results_available:
            self.results_dock.setWindowTitle(self.tr("Results"))
            placeholder = self.results_dock.widget()
            if isinstance(placeholder, QLabel):
                placeholder.setText(self.tr("Results are not available in this build."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.tables.retranslate()
        self.inspector.retranslate()
        self.problems.retranslate()
        self._rebuild_recent_menu()
        self._update_title()
        self._on_problem_count(*self._problem_counts)

    _problem_counts: tuple[int, int] = (0, 0)

    # == title, actions, status ===========================================================
    def _update_title(self) -> None:
        path = self.document.file_path
        name = Path(path).name if path else (self.display_name or self.tr("Untitled"))
        star = "*" if self.document.modified else ""
        self.setWindowTitle(f"{name}{star} — ParkFlow")

    def _update_actions(self) -> None:
        running = bool(self.runner is not None and self.runner.running)
        has_runner = self.runner is not None
        get = self.actions_by_name
        get["optimize"].setEnabled(has_runner and not running)
        get["pareto"].setEnabled(has_runner and not running)
        get["cancel"].setEnabled(running)
        get["targets"].setEnabled(self.results_available)
        sankey_cls = _optional("parkflow.ui.sankey", "SankeyWindow")
        get["sankey"].setEnabled(sankey_cls is not None and self.document.result is not None)

    def show_status(self, message: str, timeout_ms: int = 8000) -> None:
        self.statusBar().showMessage(message, timeout_ms)
        log.info("%s", message)

    def _on_problem_count(self, errors: int, warnings: int) -> None:
        self._problem_counts = (errors, warnings)
        self.problem_label.setText(self.tr("{errors} errors, {warnings} warnings").format(errors=errors, warnings=warnings))

    # == selection ==========================================================================
    def _on_canvas_selection(self) -> None:
        try:
            selected = self.scene.selected_entities()
        except RuntimeError:  # scene being torn down
            return
        if len(selected) == 1:
            kind, entity_id = selected[0]
            self.inspector.show_entity(kind, entity_id)
            self.tables.show_entity(kind, entity_id)
        elif not selected:
            self.inspector.show_park()

    def _on_table_selection(self, kind: str, entity_id: str) -> None:
        self.inspector.show_entity(kind, entity_id)
        self.scene.blockSignals(True)
        self.scene.select_entity(kind, entity_id)
        self.scene.blockSignals(False)

    def show_entity(self, kind: str, entity_id: str) -> None:
        self.inspector.show_entity(kind, entity_id)
        self.tables.show_entity(kind, entity_id)

    def jump_to(self, kind: str, entity_id: str) -> None:
        """Select (kind, id) on the canvas, in the tables and in the inspector."""
        if self.document.entity(kind, entity_id) is None:
            return
        self.scene.blockSignals(True)
        item = self.scene.select_entity(kind, entity_id)
        self.scene.blockSignals(False)
        if item is not None:
            self.view.centre_on_rect(item.sceneBoundingRect())
        self.show_entity(kind, entity_id)
        self.inspector_dock.raise_()

    # == files ================================================================================
    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when it is fine to go on."""
        if not self.document.modified:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The park has unsaved changes. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
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

    def _set_park(self, park: Park, path: str | None, result: Any) -> None:
        self.document.set_park(park, path, result)
        if getattr(self, "_opened_result_stale", False):
            self.document.mark_result_stale()
        self._opened_result_stale = False
        if self.results_available:
            if result is not None:
                self.results_dock.set_result(park, result)  # type: ignore[attr-defined]
            else:
                self.results_dock.clear()  # type: ignore[attr-defined]
        self.view.fit()
        self._update_title()
        self._update_actions()

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open park"),
            self._last_folder(),
            self.tr("ParkFlow scenarios (*.parkflow);;Park workbooks (*.xlsx);;All files (*)"),
        )
        if path:
            self.open_path(path)

    def open_path(self, path: str, as_untitled: bool = False) -> bool:
        """Open a scenario file (or a workbook, as an unsaved park); errors show a dialog."""
        try:
            park, result = self._read(path)
        except ParkError as exc:
            self._show_file_error(self.tr("Cannot open {name}").format(name=Path(path).name), exc)
            return False
        except Exception as exc:
            self._show_file_error(self.tr("Cannot open {name}").format(name=Path(path).name), exc)
            return False
        is_scenario = path.lower().endswith(".parkflow") and not as_untitled
        self.display_name = Path(path).name if not is_scenario else ""
        self._set_park(park, str(path) if is_scenario else None, result)
        if not is_scenario and not as_untitled:
            self.document.set_modified(True)
        if is_scenario:
            self._add_recent(str(path))
        self.show_status(self.tr("Opened {path}").format(path=path))
        return True

    def _read(self, path: str) -> tuple[Park, Any]:
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
    def _result_from_document(document: Any) -> Any:
        if not document:
            return None
        try:
            from parkflow.optimize import OptimizationResult

            return OptimizationResult.from_document(document)
        except Exception as exc:  # an old or foreign result document: keep the park
            log.warning("the saved results could not be read (%s); optimize again to see results", exc)
            return None

    def _results_document(self) -> Any:
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

    def save(self) -> bool:
        if not self.document.file_path:
            return self.save_as()
        return self._write(self.document.file_path)

    def save_as(self) -> bool:
        suggestion = self.document.file_path or str(Path(self._last_folder()) / self._suggested_name())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save park as"), suggestion, self.tr("ParkFlow scenarios (*.parkflow)")
        )
        if not path:
            return False
        if not path.lower().endswith(".parkflow"):
            path += ".parkflow"
        return self._write(path)

    def _suggested_name(self) -> str:
        stem = Path(self.display_name).stem if self.display_name else (self.document.park.name or "park")
        safe = "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in stem).strip() or "park"
        return f"{safe}.parkflow"

    def _write(self, path: str) -> bool:
        try:
            from parkflow.model.store import save_scenario

            save_scenario(path, self.document.park, self._results_document())
        except Exception as exc:
            self._show_file_error(self.tr("Cannot save {name}").format(name=Path(path).name), exc)
            return False
        self.document.set_file_path(path)
        self.document.set_modified(False)
        self._add_recent(path)
        self.show_status(self.tr("Saved {path}").format(path=path))
        return True

    def import_workbook(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import park workbook"), self._last_folder(), self.tr("Park workbooks (*.xlsx *.xlsm)")
        )
        if path:
            self.open_path(path)

    def export_workbook(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export park workbook"),
            str(Path(self._last_folder()) / (Path(self._suggested_name()).stem + ".xlsx")),
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
        self.show_status(self.tr("Exported {path}").format(path=path))

    def export_report(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export report"),
            str(Path(self._last_folder()) / (Path(self._suggested_name()).stem + ".html")),
            self.tr("HTML report (*.html);;PDF report (*.pdf);;Excel report (*.xlsx)"),
        )
        if not path:
            return
        try:
            from parkflow.report import render_report

            render_report(self.document.park, self.document.result, path)
        except Exception as exc:
            self._show_file_error(self.tr("Cannot export the report {name}").format(name=Path(path).name), exc)
            return
        self.show_status(self.tr("Report written to {path}").format(path=path))

    def _show_file_error(self, title: str, error: BaseException) -> None:
        if isinstance(error, ParkError):
            lines = [str(problem) for problem in error.problems[:20]]
            if len(error.problems) > 20:
                lines.append(self.tr("… and {count} more").format(count=len(error.problems) - 20))
            text = "\n".join(lines)
        elif isinstance(error, (ImportError, ModuleNotFoundError)):
            text = self.tr("This part of ParkFlow is not available: {error}").format(error=error)
        else:
            text = f"{type(error).__name__}: {error}"
        self.last_error_message = f"{title}\n{text}"
        log.warning("%s: %s", title, text)
        box = QMessageBox(QMessageBox.Icon.Warning, title, title, QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(self.tr("Nothing was changed; your park is as it was."))
        box.setDetailedText(text)
        box.setText(f"{title}\n\n{text[:600]}")
        box.setObjectName("file_error_box")
        box.exec()

    def _last_folder(self) -> str:
        recent = self.recent_files()
        if recent:
            return str(Path(recent[0]).parent)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    # -- recent files -----------------------------------------------------------------------
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
        self._rebuild_recent_menu()

    def _rebuild_recent_menu(self) -> None:
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

    # == editing ================================================================================
    def _push(self, make: Callable[[], Any]) -> bool:
        try:
            command = make()
        except EditRefused as exc:
            self.show_status(str(exc))
            return False
        if command is not None:
            self.document.undo_stack.push(command)
        return command is not None

    def add_enterprise(self) -> str | None:
        """Add an enterprise at the centre of the view; returns its id."""
        document = self.document
        enterprise_id = document.new_id("enterprises")
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        x_km, y_km = self.scene.scene_to_km(centre)
        enterprise = Enterprise(enterprise_id, self.tr("New enterprise"), "", x_km, y_km)
        if self._push(lambda: commands.add_command(document, "enterprises", enterprise)):
            self.jump_to("enterprises", enterprise_id)
            return enterprise_id
        return None

    def add_stream(self) -> str | None:
        """Add a stream (a steam sink) to the selected enterprise; returns its id."""
        selected = [eid for kind, eid in self.scene.selected_entities() if kind == "enterprises"]
        if not selected:
            self.show_status(self.tr("Select an enterprise first"))
            return None
        stream_id = self.document.new_id("streams")
        stream = Stream(stream_id, selected[0], Direction.SINK, Medium.STEAM, self.tr("New stream"))
        if self._push(lambda: commands.add_command(self.document, "streams", stream)):
            self.show_entity("streams", stream_id)
            return stream_id
        return None

    def delete_selected(self) -> None:
        items = self.scene.selected_entities()
        if not items:
            focus = QApplication.focusWidget()
            for table in self.tables.tables.values():
                if focus is not None and (focus is table.view or table.isAncestorOf(focus)):
                    items = [(table.kind, entity_id) for entity_id in table.selected_ids()]
        if items:
            self._push(lambda: commands.delete_command(self.document, items))

    def select_all(self) -> None:
        for item in self.scene.enterprise_items.values():
            item.setSelected(True)

    def copy_selection(self) -> None:
        enterprise_ids = [eid for kind, eid in self.scene.selected_entities() if kind == "enterprises"]
        if not enterprise_ids:
            return
        payload = commands.copy_payload(self.document, enterprise_ids)
        mime = QMimeData()
        mime.setData(commands.PARK_MIME_TYPE, QByteArray(payload.encode("utf-8")))
        mime.setText(payload)
        QApplication.clipboard().setMimeData(mime)
        self.show_status(self.tr("Copied {count} enterprises").format(count=len(enterprise_ids)))

    def paste(self) -> None:
        mime = QApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(commands.PARK_MIME_TYPE):
            self.show_status(self.tr("The clipboard holds no ParkFlow enterprises"))
            return
        payload = bytes(mime.data(commands.PARK_MIME_TYPE).data()).decode("utf-8")
        before = set(self.document.park.enterprises)
        if self._push(lambda: commands.paste_command(self.document, payload)):
            self.scene.clearSelection()
            for enterprise_id in set(self.document.park.enterprises) - before:
                self.scene.enterprise_items[enterprise_id].setSelected(True)

    def find(self, text: str | None = None) -> list[tuple[str, str]]:  # type: ignore[override]  # shadows static QWidget.find(int); tests and the Find action call it
        if text is None:
            text, accepted = QInputDialog.getText(self, self.tr("Find"), self.tr("Enterprise or stream (id, name or sector):"))
            if not accepted:
                return []
        hits = self.scene.find(text)
        if not hits:
            self.show_status(self.tr("Nothing matches “{text}”").format(text=text))
            return hits
        self.jump_to(*hits[0])
        self.show_status(self.tr("{count} matches for “{text}”").format(count=len(hits), text=text))
        return hits

    def _on_medium_filter(self) -> None:
        chosen = {medium for medium, action in self.medium_actions.items() if action.isChecked()}
        self.scene.set_medium_filter(None if len(chosen) == len(self.medium_actions) else chosen)

    def set_medium_filter(self, media: set[Medium] | None) -> None:
        for medium, action in self.medium_actions.items():
            action.setChecked(media is None or medium in media)
        self.scene.set_medium_filter(media)

    # == language ===================================================================================
    def set_language(self, code: str) -> None:
        """Switch language now (live) and remember it."""
        i18n.install_language(code)
        self.settings.setValue("language", code)
        for action_code, action in self.language_actions.items():
            action.setChecked(action_code == i18n.current_language())
        self.statusBar().clearMessage()  # a message shown in the old language would stay untranslated
        self.retranslate_ui()

    # == optimization ================================================================================
    def run_optimization(self, pareto: bool = False) -> None:
        if self.runner is None:
            self.show_status(self.tr("The optimizer is not available in this build"))
            return
        if self.runner.running:
            return
        errors = [p for p in validate_park(self.document.park) if p.severity == "error"]
        if errors:
            self.problems.refresh()
            self.problems_dock.raise_()
            QMessageBox.warning(
                self,
                self.tr("The park has problems"),
                self.tr("Fix the {count} errors listed under Problems before optimizing.").format(count=len(errors)),
            )
            return
        dialog_cls = _optional("parkflow.ui.results", "OptimizeDialog")
        options: Any = None
        points = 0
        if dialog_cls is not None:
            dialog = dialog_cls(self, self.settings)
            if pareto and hasattr(dialog, "pareto_spin") and dialog.pareto_spin.value() == 0:
                dialog.pareto_spin.setValue(7)
            accepted = dialog.exec()
            options = dialog.options() if accepted else None
            points = dialog.pareto_points() if accepted and hasattr(dialog, "pareto_points") else 0
            dialog.deleteLater()
            if not accepted:
                return
        self.start_optimization(options, points)

    def start_optimization(self, options: Any = None, pareto_points: int = 0) -> None:
        """Start the runner on a copy of the park (no dialog)."""
        assert self.runner is not None
        park = self.document.park.copy()
        if pareto_points and hasattr(self.runner, "start_pareto"):
            self.runner.start_pareto(park, pareto_points, options)
        else:
            self.runner.start(park, options)
        self.progress_label.setText(self.tr("Optimizing…"))
        self.progress_bar.setValue(0)
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.setVisible(True)
        self._update_actions()

    def cancel_optimization(self) -> None:
        if self.runner is not None and self.runner.running:
            self.runner.cancel()
            self.progress_label.setText(self.tr("Cancelling…"))

    def _on_progress(self, message: str, fraction: float) -> None:
        self.progress_label.setText(message)
        if fraction is None or fraction < 0:
            self.progress_bar.setRange(0, 0)
        else:
            self.progress_bar.setRange(0, 100)
            self.progress_bar.setValue(int(round(100 * max(0.0, min(1.0, fraction)))))

    def _end_progress(self) -> None:
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.setVisible(False)
        self._update_actions()

    def _on_optimized(self, outcome: Any) -> None:
        self._end_progress()
        park = self.document.park
        if isinstance(outcome, (list, tuple)):
            results = list(outcome)
            if self.results_available and hasattr(self.results_dock, "set_pareto"):
                self.results_dock.set_pareto(park, results)  # type: ignore[attr-defined]
            if results:
                self.document.set_result(results[0])
            self.show_status(self.tr("Pareto front with {count} points").format(count=len(results)))
        else:
            self.document.set_result(outcome)
            if self.results_available:
                self.results_dock.set_result(park, outcome)  # type: ignore[attr-defined]
            value = getattr(outcome, "objective_value", None)
            unit = getattr(outcome, "objective_unit", "")
            status = getattr(outcome, "status", "")
            status_title = _optional("parkflow.ui.results.formatting", "status_title")
            if status_title is not None:
                status = status_title(str(status))
            self.show_status(self.tr("Optimization finished: {status}, objective {value} {unit}").format(
                status=status, value=f"{value:,.0f}" if isinstance(value, (int, float)) else value, unit=unit))
        if self.results_available:
            self.results_dock.show()
            self.results_dock.raise_()
            # two columns of KPI cards need about 300 px each (narrower docks stack them in one)
            self.resizeDocks([self.results_dock], [max(self.results_dock.width(), 660)], Qt.Orientation.Horizontal)
        self._update_actions()

    def _on_failed(self, message: str) -> None:
        self._end_progress()
        self.last_error_message = message
        log.warning("optimization failed: %s", message)
        QMessageBox.warning(self, self.tr("Optimization failed"), message)

    def _on_cancelled(self) -> None:
        self._end_progress()
        self.show_status(self.tr("Optimization cancelled"))

    def show_targets(self) -> None:
        if self.results_available:
            self.results_dock.set_targets(self.document.park)  # type: ignore[attr-defined]
            self.results_dock.show()
            self.results_dock.raise_()

    def show_sankey(self) -> None:
        sankey_cls = _optional("parkflow.ui.sankey", "SankeyWindow")
        result = self.document.result
        if sankey_cls is None or result is None:
            self.show_status(self.tr("Optimize first to see the Sankey diagram"))
            return
        if self.sankey_window is None:
            self.sankey_window = sankey_cls(self)
            self.sankey_window.setWindowFlag(Qt.WindowType.Window, True)
        cast(Any, self.sankey_window).set_state(self.document.park, result.to_state())  # optional SankeyWindow
        self.sankey_window.show()
        self.sankey_window.raise_()

    # == autosave and recovery ========================================================================
    def autosave(self) -> Path | None:
        """Write the park to the recovery file when it has unsaved changes."""
        if not self.document.modified:
            return None
        target = recovery_path()
        try:
            from parkflow.model.store import save_scenario

            target.parent.mkdir(parents=True, exist_ok=True)
            save_scenario(target, self.document.park, self._results_document())
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
            answer = QMessageBox.question(self, self.tr("Restore unsaved changes?"), question)
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
            self.show_status(self.tr("Restored the unsaved changes"))
            return True
        kept = path.with_name(f"recovery-{time.strftime('%Y%m%d-%H%M%S')}.parkflow")
        path.replace(kept)
        marker_path.unlink(missing_ok=True)
        self.show_status(self.tr("The recovery file is kept at {path}").format(path=kept), 30_000)
        return False

    # == errors ===========================================================================================
    def show_unexpected_error(self, error: BaseException) -> None:
        """A short explanation and the log file's path; the document stays as it was."""
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
        self.last_error_message = f"{type(error).__name__}: {error}"
        if os.environ.get("PARKFLOW_TEST"):
            return
        QMessageBox.critical(
            self,
            self.tr("Unexpected error"),
            self.tr(
                "Something went wrong inside ParkFlow: {error}\n\nYour park is still open and can be saved. "
                "Details are in the log file:\n{log}"
            ).format(error=self.last_error_message, log=log_path()),
        )

    # == settings and closing =============================================================================
    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        code = i18n.current_language()
        for action_code, action in self.language_actions.items():
            action.setChecked(action_code == code)

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("last_file", self.document.file_path or "")
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.maybe_save():
            event.ignore()
            return
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Stop timers and threads, keep settings, drop the recovery file."""
        self._autosave_timer.stop()
        if self.runner is not None:
            if hasattr(self.runner, "shutdown"):
                self.runner.shutdown()
            elif self.runner.running:
                self.runner.cancel()
        if self.sankey_window is not None:
            self.sankey_window.close()
        logging.getLogger("parkflow").removeHandler(self._log_handler)
        self.save_settings()
        self.discard_recovery()
