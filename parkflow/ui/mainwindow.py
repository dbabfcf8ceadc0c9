"""The ParkFlow main window: canvas in the middle, docks around it.

Menus: File (new, open, recent, save, save as, import/export workbook,
export report), Edit (undo, redo, add, delete, copy, paste, find), View
(docks, fit, zoom, medium filter, language) and Optimize (run, Pareto, heat
targets, Sankey).  The window owns one :class:`~parkflow.ui.document.Document`;
every dock listens to it.  Files (open, save, autosave and recovery, recent
files, compare) are :class:`parkflow.ui.files.FileController`'s; the window
wires the File menu to it.  Optimization runs in
:class:`parkflow.ui.worker.OptimizeRunner` (off the GUI thread) with a
progress bar and a cancel button in the status bar.

Safety nets: the title shows ``*`` while there are unsaved changes and
closing asks; the park is autosaved every few minutes to a recovery file and
offered back after a crash (:mod:`parkflow.ui.files`); an unexpected
exception shows a dialog naming the rotating log file and the document stays
editable.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QMimeData,
    QObject,
    QPointF,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from parkflow.model.entities import Converter, Direction, Enterprise, Medium, Stream
from parkflow.model.validate import validate_park
from parkflow.optimize import OptimizationResult, SolveOptions
from parkflow.ui import catalogue, i18n, undo
from parkflow.ui.canvas import ParkScene, ParkView
from parkflow.ui.canvas.reading import install_reading_controls
from parkflow.ui.document import Document, EditRefused, edited_sheet
from parkflow.ui.files import FileController, app_data_dir
from parkflow.ui.help import HelpWindow
from parkflow.ui.inspector import Inspector
from parkflow.ui.problems import ProblemsWidget
from parkflow.ui.results import OptimizeDialog, ResultsDock
from parkflow.ui.results.formatting import format_quantity, status_title, unit_title
from parkflow.ui.sankey import SankeyWindow
from parkflow.ui.site_plan_ui import SitePlanController
from parkflow.ui.stale import StaleBanner
from parkflow.ui.tables import TablesWidget
from parkflow.ui.worker import OptimizeRunner

log = logging.getLogger("parkflow.ui")

SAMPLE_TITLE = "jiaxing_port.parkflow"


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
        self.files = FileController(self.document, self.settings, self, autosave=autosave)
        self.scene = ParkScene(self)
        self.scene.set_document(self.document)
        self.view = ParkView(self.scene, self)
        self.view.setObjectName("park_view")
        self.setCentralWidget(self.view)
        self.site_plan = SitePlanController(self.document, self.scene, self)
        self.sankey_window: SankeyWindow | None = None
        self.help_window: HelpWindow | None = None
        self.canvas_hint = QLabel(self.view.viewport())
        self.canvas_hint.setObjectName("canvas_hint")
        self.canvas_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.canvas_hint.setTextFormat(Qt.TextFormat.RichText)
        self.canvas_hint.setStyleSheet(
            "QLabel { color: #57606a; background: rgba(255, 255, 255, 220); border: 1px dashed #afb8c1; "
            "border-radius: 8px; padding: 16px; font-size: 11pt; }"
        )
        self.canvas_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.canvas_stale_banner = StaleBanner(self.view.viewport(), "canvas_stale_banner")
        self.canvas_stale_banner.reoptimize_requested.connect(lambda: self._guarded(self.reoptimize))
        self.view.viewport().installEventFilter(self)
        self.last_error_message = ""
        self.last_warning = ""
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
        self._update_title()
        self._update_actions()

    # == construction ===================================================================
    def _build_docks(self) -> None:
        self.inspector = Inspector(self.document, self)
        self.inspector_dock = self._dock(
            "inspector_dock", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.tables = TablesWidget(self.document, self)
        for table in self.tables.tables.values():
            table.enterprise_in_focus = lambda: self.enterprise_in_focus()
        self.tables_dock = self._dock("tables_dock", self.tables, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.problems = ProblemsWidget(self.document, self)
        self.problems_dock = self._dock(
            "problems_dock", self.problems, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.log_view = LogView(self)
        self.log_dock = self._dock("log_dock", self.log_view, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.tables_dock, self.problems_dock)
        self.tabifyDockWidget(self.problems_dock, self.log_dock)
        self.tables_dock.raise_()
        self._log_handler = _LogEmitter(self.log_view.appended.emit)
        logging.getLogger("parkflow").addHandler(self._log_handler)
        self.results_dock = ResultsDock(self)
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

    def _action(
        self, name: str, slot: Callable[..., Any], shortcut: Any = None, checkable: bool = False
    ) -> QAction:
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
        files = self.files
        self._action("new", files.new_park, key.New)
        self._action("new_from_template", files.new_from_template)
        self._action("open", files.open_dialog, key.Open)
        self._action("save", files.save, key.Save)
        self._action("save_as", files.save_as, key.SaveAs)
        self._action("import_workbook", files.import_workbook, "Ctrl+I")
        self._action("export_workbook", files.export_workbook, "Ctrl+Shift+E")
        self._action("export_report", files.export_report, "Ctrl+R")
        self._action("compare_with", files.compare_with, "Ctrl+Shift+C")
        self._action("compare_saved", files.compare_with_saved)
        self._action("quit", self.close, key.Quit)
        undo_action = self.document.undo_stack.createUndoAction(self)
        undo_action.setObjectName("undo")
        undo_action.setShortcut(QKeySequence(key.Undo))
        redo = self.document.undo_stack.createRedoAction(self)
        redo.setObjectName("redo")
        # Ctrl+Y redoes everywhere (Qt's standard redo on Linux is only Ctrl+Shift+Z)
        redo_keys = [QKeySequence(key.Redo)] + [QKeySequence(text) for text in ("Ctrl+Y", "Ctrl+Shift+Z")]
        unique_redo_keys: list[QKeySequence] = []
        for sequence in redo_keys:
            if not sequence.isEmpty() and sequence not in unique_redo_keys:
                unique_redo_keys.append(sequence)
        redo.setShortcuts(unique_redo_keys)
        self.actions_by_name["undo"] = undo_action
        self.actions_by_name["redo"] = redo
        self._action("add_enterprise", self.add_enterprise, "Ctrl+E")
        self._action("add_stream", self.add_stream, "Ctrl+Shift+A")
        self._action("delete", self.delete_selected, key.Delete)
        self._action("copy", self.copy_selection, key.Copy)
        self._action("paste", self.paste, key.Paste)
        self._action("find", self.find, key.Find)
        self._action("propose_candidates", self.propose_candidates)
        self._action("import_hourly", self.import_hourly_profiles)
        self._action("load_site_plan", lambda: self.show_status(self.site_plan.load()))
        self._action("calibrate_site_plan", lambda: self.show_status(self.site_plan.start_calibration()))
        self._action("remove_site_plan", lambda: self.show_status(self.site_plan.remove()))
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
        self._action("help_guide", self.show_help, key.HelpContents)
        self._action("about", self.show_about)
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
        self._build_file_menu()
        self._build_edit_menu()
        self._build_view_menu()
        self._build_optimize_and_help_menus()
        self._build_toolbars()

    def _add_actions(self, menu: QMenu, names: tuple[str, ...]) -> None:
        for name in names:
            menu.addAction(self.actions_by_name[name])

    def _build_file_menu(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self._add_actions(self.file_menu, ("new", "new_from_template", "open"))
        self.file_menu.addMenu(self.files.recent_menu)
        for group in (
            ("save", "save_as"),
            ("import_workbook", "import_hourly", "export_workbook", "export_report"),
            ("compare_with", "compare_saved"),
            ("quit",),
        ):
            self.file_menu.addSeparator()
            self._add_actions(self.file_menu, group)

    def _build_edit_menu(self) -> None:
        self.edit_menu = self.menuBar().addMenu("")
        self._add_actions(self.edit_menu, ("undo", "redo"))
        for group in (
            ("add_enterprise", "add_stream", "delete", "copy", "paste", "select_all"),
            ("propose_candidates",),
            ("find",),
        ):
            self.edit_menu.addSeparator()
            self._add_actions(self.edit_menu, group)

    def _build_view_menu(self) -> None:
        self.view_menu = self.menuBar().addMenu("")
        self.docks_menu = self.view_menu.addMenu("")
        for dock in (
            self.inspector_dock,
            self.tables_dock,
            self.problems_dock,
            self.results_dock,
            self.log_dock,
        ):
            self.docks_menu.addAction(dock.toggleViewAction())
        self.view_menu.addSeparator()
        self._add_actions(self.view_menu, ("fit", "zoom_in", "zoom_out"))
        self.filter_menu = self.view_menu.addMenu("")
        self.filter_menu.addAction(self.actions_by_name["filter_all"])
        self.filter_menu.addSeparator()
        for action in self.medium_actions.values():
            self.filter_menu.addAction(action)
        self.site_plan_menu = self.view_menu.addMenu("")
        self._add_actions(self.site_plan_menu, ("load_site_plan", "calibrate_site_plan", "remove_site_plan"))
        self.language_menu = self.view_menu.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)

    def _build_optimize_and_help_menus(self) -> None:
        self.optimize_menu = self.menuBar().addMenu("")
        self._add_actions(self.optimize_menu, ("optimize", "pareto", "cancel", "targets", "sankey"))
        self.help_menu = self.menuBar().addMenu("")
        self._add_actions(self.help_menu, ("help_guide", "about"))

    def _build_toolbars(self) -> None:
        self.file_toolbar = self.addToolBar("")
        self.file_toolbar.setObjectName("file_toolbar")
        for name in ("new", "open", "save", "undo", "redo", "fit"):
            self.file_toolbar.addAction(self.actions_by_name[name])
        self.optimize_toolbar = self.addToolBar("")
        self.optimize_toolbar.setObjectName("optimize_toolbar")
        for name in ("optimize", "pareto", "targets", "sankey"):
            self.optimize_toolbar.addAction(self.actions_by_name[name])

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
        self.runner = OptimizeRunner(self)
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._on_optimized)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._on_cancelled)

    def _connect(self) -> None:
        document = self.document
        self.files.status_message.connect(self.show_status)
        self.files.park_replaced.connect(self._on_park_replaced)
        self.files.error_reported.connect(self._on_file_error)
        document.modified_changed.connect(lambda _modified: self._update_title())
        document.file_path_changed.connect(lambda _path: self._update_title())
        document.file_path_changed.connect(lambda _path: self._update_actions())
        document.result_changed.connect(self._update_actions)
        document.park_reset.connect(self._update_canvas_hint)
        document.result_stale_changed.connect(self._on_result_stale)
        document.enterprise_added.connect(lambda _id: self._update_canvas_hint())
        document.enterprise_removed.connect(lambda _id: self._update_canvas_hint())
        self.scene.status_message.connect(self.show_status)
        self.scene.selectionChanged.connect(self._on_canvas_selection)
        self.scene.links_selection_changed.connect(self._on_canvas_selection)
        self.scene.entity_clicked.connect(self.show_entity)
        self.tables.entity_selected.connect(self._on_table_selection)
        self.tables.status_message.connect(self.show_status)
        self.inspector.status_message.connect(self.show_status)
        self.problems.item_activated.connect(self.jump_to)
        self.problems.count_changed.connect(self._on_problem_count)
        self.results_dock.pareto_point_selected.connect(self.scene.set_overlay)
        self.results_dock.grades_changed.connect(self.scene.set_grades)
        self.results_dock.flows_shown_changed.connect(self._on_flows_shown)

        def jump_to_result(kind: str, entity_id: str) -> None:
            self.jump_to(edited_sheet(kind) or kind, entity_id)

        self.results_dock.item_activated.connect(jump_to_result)
        self.results_dock.stale_banner.reoptimize_requested.connect(lambda: self._guarded(self.reoptimize))

    # == translation ===================================================================
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every text of the window in the current language."""
        texts = {
            "new": self.tr("&New"),
            "new_from_template": self.tr("New from &Workbook Template…"),
            "help_guide": self.tr("&User Guide"),
            "about": self.tr("&About ParkFlow"),
            "open": self.tr("&Open…"),
            "save": self.tr("&Save"),
            "save_as": self.tr("Save &As…"),
            "import_workbook": self.tr("&Import Workbook…"),
            "import_hourly": self.tr("Import &Hourly Profiles…"),
            "export_workbook": self.tr("&Export Workbook…"),
            "export_report": self.tr("Export &Report…"),
            "compare_with": self.tr("Co&mpare With…"),
            "compare_saved": self.tr("Compare With &Last Saved Version"),
            "quit": self.tr("&Quit"),
            "add_enterprise": self.tr("Add &Enterprise"),
            "add_stream": self.tr("Add &Stream to Enterprise"),
            "delete": self.tr("&Delete"),
            "copy": self.tr("&Copy"),
            "paste": self.tr("&Paste"),
            "find": self.tr("&Find…"),
            "propose_candidates": self.tr("Propose &candidate links…"),
            "load_site_plan": self.tr("&Load Site Plan…"),
            "calibrate_site_plan": self.tr("&Calibrate Scale…"),
            "remove_site_plan": self.tr("&Remove Site Plan"),
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
            action.setText(catalogue.enum_title(medium))
        park = self.document.park
        for item in self.scene.enterprise_items.values():  # port tooltips in the new language
            for stream_id, port in item.ports.items():
                stream = park.streams.get(stream_id)
                if stream is not None:
                    port.set_stream(stream)
        self.file_menu.setTitle(self.tr("&File"))
        self.files.recent_menu.setTitle(self.tr("Open &Recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.docks_menu.setTitle(self.tr("&Docks"))
        self.filter_menu.setTitle(self.tr("Filter by &Medium"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.site_plan_menu.setTitle(self.tr("&Site Plan"))
        self.optimize_menu.setTitle(self.tr("&Optimize"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.actions_by_name["new_from_template"].setToolTip(
            self.tr(
                "Write an Excel workbook with every sheet, its headers explained and an example row, "
                "and open the example"
            )
        )
        self.canvas_hint.setText(
            self.tr(
                "<b>An empty park.</b><br>Right-click here or press Ctrl+E to add an enterprise,<br>"
                "or use File ▸ New from Workbook Template… to fill in a workbook.<br>"
                "Help ▸ User Guide (F1) walks you through a first hour."
            )
        )
        if self.help_window is not None:
            self.help_window.show_guide()
        self.file_toolbar.setWindowTitle(self.tr("File"))
        self.optimize_toolbar.setWindowTitle(self.tr("Optimize"))
        self.inspector_dock.setWindowTitle(self.tr("Inspector"))
        self.tables_dock.setWindowTitle(self.tr("Tables"))
        self.problems_dock.setWindowTitle(self.tr("Problems"))
        self.log_dock.setWindowTitle(self.tr("Log"))
        self.cancel_button.setText(self.tr("Cancel"))
        undo.retranslate_stack(self.document.undo_stack)
        self.tables.retranslate()
        self.inspector.retranslate()
        self.problems.retranslate()
        self.files.rebuild_recent_menu()
        self._update_title()
        self._on_problem_count(*self._problem_counts)

    _problem_counts: tuple[int, int] = (0, 0)

    # == title, actions, status ===========================================================
    def _update_title(self) -> None:
        path = self.document.file_path
        name = Path(path).name if path else (self.files.display_name or self.tr("Untitled"))
        star = "*" if self.document.modified else ""
        self.setWindowTitle(f"{name}{star} — ParkFlow")

    def _update_actions(self) -> None:
        running = self.runner.running
        get = self.actions_by_name
        get["optimize"].setEnabled(not running)
        get["pareto"].setEnabled(not running)
        get["cancel"].setEnabled(running)
        get["compare_saved"].setEnabled(bool(self.document.file_path))
        get["sankey"].setEnabled(self.document.result is not None)

    def show_status(self, message: str, timeout_ms: int = 8000) -> None:
        self.statusBar().showMessage(message, timeout_ms)
        log.info("%s", message)

    def _on_problem_count(self, errors: int, warnings: int) -> None:
        self._problem_counts = (errors, warnings)
        error_text = self.tr("1 error") if errors == 1 else self.tr("{count} errors").format(count=errors)
        warning_text = (
            self.tr("1 warning") if warnings == 1 else self.tr("{count} warnings").format(count=warnings)
        )
        self.problem_label.setText(f"{error_text}, {warning_text}")

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

    # == files ===========================================================================
    def _on_park_replaced(self, result: OptimizationResult | None) -> None:
        """A park was opened or started: show the result stored with it, fit the view."""
        if result is not None:
            self.results_dock.set_result(self.document.park, result)
        else:
            self.results_dock.clear()
        self.view.fit()
        self._update_title()
        self._update_actions()

    def _on_file_error(self, message: str) -> None:
        self.last_error_message = message

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

    def import_hourly_profiles(self) -> None:
        """File ▸ Import Hourly Profiles…: typical periods previewed, then applied as one undoable command."""
        from parkflow.ui.hourly_dialog import HourlyProfilesDialog

        dialog = HourlyProfilesDialog(self.document, self, start_folder=self.files.last_folder())
        if dialog.exec() != HourlyProfilesDialog.DialogCode.Accepted:
            return
        command = dialog.command()
        if command is not None:
            self.document.undo_stack.push(command)
            self.show_status(command.text())

    def propose_candidates(self) -> None:
        """Edit ▸ Propose candidate links…: preview, then add them as one undoable command."""
        from parkflow.ui.candidates_dialog import ProposeCandidatesDialog

        dialog = ProposeCandidatesDialog(self.document, self)
        if dialog.exec() != ProposeCandidatesDialog.DialogCode.Accepted:
            return
        command = dialog.command()
        if command is not None:
            self.document.undo_stack.push(command)
            self.show_status(command.text())

    def add_enterprise(self, at_km: tuple[float, float] | None = None) -> str | None:
        """Add an enterprise in free space near ``at_km`` (default: the view's centre); returns its id.

        The new enterprise becomes the only selection and is shown in the
        inspector, so what is typed next edits it.
        """
        document = self.document
        enterprise_id = document.new_id("enterprises")
        if at_km is None:
            at_km = self.scene.scene_to_km(self.view.mapToScene(self.view.viewport().rect().center()))
        x_km, y_km = self.scene.free_position_km(at_km)
        enterprise = Enterprise(enterprise_id, self.tr("New enterprise"), "", x_km, y_km)
        if self._push(lambda: undo.add_command(document, "enterprises", enterprise)):
            self.jump_to("enterprises", enterprise_id)
            self._focus_inspector("name")
            return enterprise_id
        return None

    def enterprise_in_focus(self) -> str | None:
        """The enterprise a new stream joins: selected on the canvas, else the one the inspector shows."""
        selected = [eid for kind, eid in self.scene.selected_entities() if kind == "enterprises"]
        if selected:
            return selected[0]
        kind, entity_id = self.inspector.kind, self.inspector.entity_id
        entity = self.document.entity(kind, entity_id) if kind and entity_id else None
        if kind == "enterprises" and entity is not None:
            return entity_id
        owner = entity.enterprise if isinstance(entity, (Stream, Converter)) else ""
        return owner or None

    def add_stream(self, enterprise_id: str | None = None) -> str | None:
        """Add a stream (a steam sink) to ``enterprise_id`` or the enterprise in focus; returns its id."""
        enterprise_id = enterprise_id or self.enterprise_in_focus()
        if enterprise_id is None or enterprise_id not in self.document.park.enterprises:
            self.show_status(self.tr("Select an enterprise first"))
            return None
        stream_id = self.document.new_id("streams")
        stream = Stream(stream_id, enterprise_id, Direction.SINK, Medium.STEAM, self.tr("New stream"))
        if self._push(lambda: undo.add_command(self.document, "streams", stream)):
            self.scene.blockSignals(True)
            self.scene.select_entity("enterprises", enterprise_id)
            self.scene.blockSignals(False)
            self.show_entity("streams", stream_id)
            self.inspector_dock.raise_()
            self._focus_inspector("name")
            return stream_id
        return None

    def _focus_inspector(self, column: str) -> None:
        editor = self.inspector.editors.get(column)
        if editor is not None and self.isVisible():
            editor.setFocus()
            if isinstance(editor, QLineEdit):
                editor.selectAll()

    def show_properties(self, kind: str, entity_id: str) -> None:
        """Show an item in the inspector (context menu ▸ Properties)."""
        self.jump_to(kind, entity_id)
        self.inspector_dock.show()
        self.inspector_dock.raise_()

    # -- canvas: hint and context menu ---------------------------------------------------------
    def _on_result_stale(self, _stale: bool = False) -> None:
        """Mark the results out of date (or current) on the canvas and in the results dock at once."""
        stale = self.document.result is not None and self.document.result_stale
        self.canvas_stale_banner.setVisible(stale)
        if stale:
            self._place_stale_banner()
        self.results_dock.set_stale(stale)

    def _place_stale_banner(self) -> None:
        area = self.view.viewport().rect()
        width = min(area.width() - 16, 640)
        self.canvas_stale_banner.setFixedWidth(max(width, 200))
        self.canvas_stale_banner.adjustSize()
        self.canvas_stale_banner.move(max(0, (area.width() - self.canvas_stale_banner.width()) // 2), 8)

    def _update_canvas_hint(self) -> None:
        empty = not self.document.park.enterprises
        self.canvas_hint.setVisible(empty)
        if empty:
            self.canvas_hint.adjustSize()
            area = self.view.viewport().rect()
            hint = self.canvas_hint.rect()
            self.canvas_hint.move(
                max(0, (area.width() - hint.width()) // 2), max(0, (area.height() - hint.height()) // 2)
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.view.viewport():
            if event.type() == QEvent.Type.Resize:
                self._update_canvas_hint()
                if self.canvas_stale_banner.isVisible():
                    self._place_stale_banner()
            elif event.type() == QEvent.Type.ContextMenu:
                position = cast(QContextMenuEvent, event).pos()
                menu = self.canvas_context_menu(self.view.mapToScene(position))
                menu.exec(self.view.viewport().mapToGlobal(position))
                menu.deleteLater()
                return True
        return super().eventFilter(watched, event)

    def canvas_context_menu(self, scene_point: QPointF) -> QMenu:
        """The right-click menu for what is under ``scene_point`` (scene px)."""
        menu = QMenu(self)
        menu.setObjectName("canvas_context_menu")
        hit = self.scene.entity_at(scene_point)
        if hit is None:
            at_km = self.scene.scene_to_km(scene_point)
            add = menu.addAction(self.tr("Add Enterprise Here"))
            add.setObjectName("context_add_enterprise")
            add.triggered.connect(lambda: self._guarded(lambda: self.add_enterprise(at_km)))
            paste = menu.addAction(self.tr("Paste"))
            paste.setObjectName("context_paste")
            paste.triggered.connect(lambda: self._guarded(self.paste))
            menu.addSeparator()
            settings = menu.addAction(self.tr("Park Settings"))
            settings.setObjectName("context_park_settings")
            settings.triggered.connect(self._show_park_settings)
            return menu
        kind, entity_id = hit
        if kind == "enterprises":
            add_stream = menu.addAction(self.tr("Add Stream"))
            add_stream.setObjectName("context_add_stream")
            add_stream.triggered.connect(lambda: self._guarded(lambda: self.add_stream(entity_id)))
            copy = menu.addAction(self.tr("Copy"))
            copy.setObjectName("context_copy")
            copy.triggered.connect(lambda: self._guarded(lambda: self._copy_enterprises([entity_id])))
        properties = menu.addAction(self.tr("Properties"))
        properties.setObjectName("context_properties")
        properties.triggered.connect(lambda: self._guarded(lambda: self.show_properties(kind, entity_id)))
        menu.addSeparator()
        delete = menu.addAction(self.tr("Delete"))
        delete.setObjectName("context_delete")
        delete.triggered.connect(
            lambda: self._guarded(
                lambda: self._push(lambda: undo.delete_command(self.document, [(kind, entity_id)]))
            )
        )
        return menu

    def _show_park_settings(self) -> None:
        self.scene.clearSelection()
        self.inspector.show_park()
        self.inspector_dock.show()
        self.inspector_dock.raise_()

    def delete_selected(self) -> None:
        items = self.scene.selected_entities()
        if not items:
            focus = QApplication.focusWidget()
            for table in self.tables.tables.values():
                if focus is not None and (focus is table.view or table.isAncestorOf(focus)):
                    items = [(table.kind, entity_id) for entity_id in table.selected_ids()]
        if items:
            self._push(lambda: undo.delete_command(self.document, items))

    def select_all(self) -> None:
        for item in self.scene.enterprise_items.values():
            item.setSelected(True)

    def copy_selection(self) -> None:
        enterprise_ids = [eid for kind, eid in self.scene.selected_entities() if kind == "enterprises"]
        if enterprise_ids:
            self._copy_enterprises(enterprise_ids)

    def _copy_enterprises(self, enterprise_ids: list[str]) -> None:
        payload = undo.copy_payload(self.document, enterprise_ids)
        mime = QMimeData()
        mime.setData(undo.PARK_MIME_TYPE, QByteArray(payload.encode("utf-8")))
        mime.setText(payload)
        QApplication.clipboard().setMimeData(mime)
        count = len(enterprise_ids)
        self.show_status(
            self.tr("Copied 1 enterprise")
            if count == 1
            else self.tr("Copied {count} enterprises").format(count=count)
        )

    def paste(self) -> None:
        mime = QApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(undo.PARK_MIME_TYPE):
            self.show_status(self.tr("The clipboard holds no ParkFlow enterprises"))
            return
        payload = bytes(mime.data(undo.PARK_MIME_TYPE).data()).decode("utf-8")
        before = set(self.document.park.enterprises)
        offset_km = self._free_paste_offset_km(payload)
        if self._push(lambda: undo.paste_command(self.document, payload, offset_km)):
            pasted = sorted(set(self.document.park.enterprises) - before)
            self.scene.blockSignals(True)
            self.scene.clearSelection()
            if self.scene.selected_link is not None:
                self.scene.select_link(None)
            for enterprise_id in pasted:
                self.scene.enterprise_items[enterprise_id].setSelected(True)
            self.scene.blockSignals(False)
            if len(pasted) == 1:
                self.show_entity("enterprises", pasted[0])
            elif pasted:
                self.inspector.show_park()

    def _free_paste_offset_km(self, payload: str) -> float:
        """The smallest diagonal shift (0.3 km steps) at which every pasted box lands in free space."""
        try:
            rows = json.loads(payload).get("enterprises", [])
            positions = [
                (float(row["x_km"]), float(row["y_km"]))
                for row in rows
                if row.get("x_km") is not None and row.get("y_km") is not None
            ]
        except (TypeError, ValueError, AttributeError, KeyError):
            return 0.3
        for step in range(1, 40):
            offset = round(0.3 * step, 3)
            shifted = [(x + offset, y + offset) for x, y in positions]
            if all(self.scene.free_position_km(point) == point for point in shifted):
                return offset
        return 0.3

    def find(self, text: str | None = None) -> list[tuple[str, str]]:  # type: ignore[override]  # shadows static QWidget.find(int); tests and the Find action call it
        if text is None:
            text, accepted = QInputDialog.getText(
                self, self.tr("Find"), self.tr("Enterprise or stream (id, name or sector):")
            )
            if not accepted:
                return []
        hits = self.scene.find(text)
        if not hits:
            self.show_status(self.tr("Nothing matches “{text}”").format(text=text))
            return hits
        self.jump_to(*hits[0])
        self.show_status(
            self.tr("1 match for “{text}”").format(text=text)
            if len(hits) == 1
            else self.tr("{count} matches for “{text}”").format(count=len(hits), text=text)
        )
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
        if self.runner.running:
            return
        errors = [p for p in validate_park(self.document.park) if p.severity == "error"]
        if errors:
            self.problems.refresh()
            self.problems_dock.raise_()
            QMessageBox.warning(
                self,
                self.tr("The park has problems"),
                self.tr("Fix the error listed under Problems before optimizing.")
                if len(errors) == 1
                else self.tr("Fix the {count} errors listed under Problems before optimizing.").format(
                    count=len(errors)
                ),
            )
            return
        dialog = OptimizeDialog(self, self.settings)
        # F5 is one optimization, Shift+F5 a sweep, whatever the dialog showed last time
        if not pareto:
            dialog.pareto_spin.setValue(0)
        elif dialog.pareto_spin.value() == 0:
            dialog.pareto_spin.setValue(7)
        accepted = dialog.exec()
        chosen = dialog.options() if accepted else None
        points = dialog.pareto_points() if accepted else 0
        dialog.deleteLater()
        if chosen is None:
            return
        options = self.check_costs(chosen)
        if options is None:
            return
        self.start_optimization(options, points)

    def reoptimize(self) -> None:
        """Optimize again at once with the options last chosen (one click on "Re-optimize")."""
        if self.runner.running:
            return
        errors = [p for p in validate_park(self.document.park) if p.severity == "error"]
        if errors:
            self.run_optimization()  # explains the errors
            return
        dialog = OptimizeDialog(self, self.settings)  # not shown: it reads the last options
        last_options = dialog.options()
        dialog.deleteLater()
        options = self.check_costs(last_options)
        if options is None:
            return
        self.start_optimization(options, 0)

    def check_costs(self, options: SolveOptions) -> SolveOptions | None:
        """Before a cost optimization of a park where nothing has a price: say so and offer CO₂.

        Returns the options to run (the objective possibly switched to CO₂), or
        None when the user cancels.
        """
        if options.objective != "cost":
            return options
        from parkflow.optimize.factors import cost_coverage

        coverage = cost_coverage(self.document.park)
        if not coverage.nothing_priced:
            return options
        names = ", ".join([*coverage.unpriced_utilities, *coverage.unpriced_disposals]) or self.tr("none")
        message = self.tr(
            "No costs are set: no utility or disposal has a price (typed or from a factor profile) "
            "and the CO₂ and COD prices are 0.\n\nWithout a price: {names}.\n\n"
            "Minimising cost would find nothing to save (0 % saving). Minimise CO₂ instead, "
            "or give the utilities a price or a factor profile first."
        ).format(names=names)
        self.last_warning = message
        answer = self.ask_no_costs(message)
        if answer == "cancel":
            return None
        if answer == "co2":
            return dataclasses.replace(options, objective="co2")
        return options

    def ask_no_costs(self, message: str) -> str:
        """ "co2", "cost" or "cancel" (a dialog; tests replace it)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("No costs are set"),
            message,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("no_costs_box")
        co2 = box.addButton(self.tr("Minimise CO₂"), QMessageBox.ButtonRole.AcceptRole)
        cost = box.addButton(self.tr("Minimise cost anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(co2)
        box.exec()
        clicked = box.clickedButton()
        return "co2" if clicked is co2 else "cost" if clicked is cost else "cancel"

    def start_optimization(self, options: SolveOptions | None = None, pareto_points: int = 0) -> None:
        """Start the runner on a copy of the park (no dialog)."""
        park = self.document.park.copy()
        if pareto_points:
            self.runner.start_pareto(park, pareto_points, options)
        else:
            self.runner.start(park, options)
        self.progress_label.setText(self.tr("Optimizing…"))
        self.progress_bar.setValue(0)
        for widget in (self.progress_label, self.progress_bar, self.cancel_button):
            widget.setVisible(True)
        self._update_actions()

    def cancel_optimization(self) -> None:
        if self.runner.running:
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

    def _on_optimized(self, outcome: OptimizationResult | list[OptimizationResult]) -> None:
        self._end_progress()
        park = self.document.park
        if isinstance(outcome, list):
            self.results_dock.set_pareto(park, outcome)
            if outcome:
                self.document.set_result(outcome[0])
            self.show_status(self.tr("Pareto front with {count} points").format(count=len(outcome)))
        else:
            self.document.set_result(outcome)
            self.results_dock.set_result(park, outcome)
            # the same number and unit as the results dock (万/亿 and 元/年 in Chinese)
            self.show_status(
                self.tr("Optimization finished: {status}, objective {value} {unit}").format(
                    status=status_title(outcome.status),
                    value=format_quantity(outcome.objective_value, digits=4),
                    unit=unit_title(outcome.objective_unit),
                )
            )
        self.results_dock.show()
        self.results_dock.raise_()
        # two columns of KPI cards need about 300 px each (narrower docks stack them in one)
        self.resizeDocks(
            [self.results_dock], [max(self.results_dock.width(), 660)], Qt.Orientation.Horizontal
        )
        self._update_actions()

    def _on_failed(self, message: str) -> None:
        self._end_progress()
        self.last_error_message = message
        log.warning("optimization failed: %s", message)
        QMessageBox.warning(self, self.tr("Optimization failed"), message)

    def _on_cancelled(self) -> None:
        self._end_progress()
        self.show_status(self.tr("Optimization cancelled"))

    def show_help(self) -> HelpWindow:
        """The user guide in the current language."""
        if self.help_window is None:
            self.help_window = HelpWindow(self)
        else:
            self.help_window.show_guide()
        self.help_window.show()
        self.help_window.raise_()
        return self.help_window

    def show_about(self) -> None:
        from parkflow import __version__

        QMessageBox.about(
            self,
            self.tr("About ParkFlow"),
            self.tr(
                "<b>ParkFlow {version}</b><p>Industrial-park symbiosis and cascaded energy use: draw the "
                "exchange network, optimize which sources serve which sinks, and report CO₂, COD, energy, "
                "water and cost.</p><p>Help ▸ User Guide (F1) walks you through a first hour.</p>"
            ).format(version=__version__),
        )

    def show_targets(self) -> None:
        self.results_dock.set_targets(self.document.park)
        self.results_dock.show()
        self.results_dock.raise_()

    def _on_flows_shown(self, shown: OptimizationResult | None) -> None:
        """Another period picked in the results dock: the canvas, the links table and the Sankey follow it."""
        _shown, caption = self.results_dock.flows_shown(self.document.result)
        self.scene.set_overlay(shown, caption)
        self.tables.tables["links"].model.set_flow_result(shown)
        self.inspector.set_result_view(shown)
        if self.sankey_window is not None and self.sankey_window.isVisible():
            self.show_sankey()

    def show_sankey(self) -> None:
        result = self.document.result
        if result is None:
            self.show_status(self.tr("Optimize first to see the Sankey diagram"))
            return
        if self.sankey_window is None:
            self.sankey_window = SankeyWindow(self)
            self.sankey_window.setWindowFlag(Qt.WindowType.Window, True)
        shown, caption = self.results_dock.flows_shown(result)
        self.sankey_window.set_state(self.document.park, (shown or result).to_state(), caption)
        self.sankey_window.show()
        self.sankey_window.raise_()

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
        self._fit_screen()
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        code = i18n.current_language()
        for action_code, action in self.language_actions.items():
            action.setChecked(action_code == code)

    def _fit_screen(self) -> None:
        """Never larger than the screen's free area (a 1366×768 laptop shows the whole window)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        frame = 40  # title bar and borders the window manager adds
        width, height = min(self.width(), area.width()), min(self.height(), area.height() - frame)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
            if area.width() < 1500:  # narrow screen: the docks give the canvas room
                self.resizeDocks([self.inspector_dock], [320], Qt.Orientation.Horizontal)
                self.resizeDocks([self.tables_dock], [180], Qt.Orientation.Vertical)

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("last_file", self.document.file_path or "")
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.files.maybe_save():
            event.ignore()
            return
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Stop timers and threads, keep settings, drop the recovery file."""
        self.files.autosave_timer.stop()
        self.runner.shutdown()
        self.results_dock.shutdown()  # the "Who gains" run, if any
        if self.sankey_window is not None:
            self.sankey_window.close()
        logging.getLogger("parkflow").removeHandler(self._log_handler)
        self.save_settings()
        self.files.close()
