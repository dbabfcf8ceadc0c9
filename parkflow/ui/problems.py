"""The problems dock: every validation problem of the park, kept up to date.

Problems come from :func:`parkflow.model.validate.validate_park`, re-run a
moment after the last edit (a single-shot timer, so a burst of edits
validates once).  Double-clicking a problem emits ``item_activated(kind,
id)`` so the window selects that item on the canvas and in the inspector.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from parkflow.model.validate import validate_park
from parkflow.ui.document import Document, edited_sheet

#: Milliseconds of quiet after an edit before the park is validated again.
VALIDATE_DELAY_MS = 400


class ProblemsWidget(QTreeWidget):
    """A two-column list: where, and what is wrong."""

    item_activated = Signal(str, str)
    count_changed = Signal(int, int)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setRootIsDecorated(False)
        self.setColumnCount(2)
        self.setAlternatingRowColors(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        for signal in (
            document.entity_added,
            document.entity_removed,
            document.entity_changed,
        ):
            signal.connect(self._schedule)
        document.settings_changed.connect(self._schedule)
        # after opening, validate once the canvas is drawn (a big park takes seconds)
        document.park_reset.connect(self._schedule)
        self.itemDoubleClicked.connect(self._on_double_click)
        self.retranslate()
        self._schedule()

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Where"), self.tr("Problem")])

    def _schedule(self, *_args: object) -> None:
        self._timer.start()

    def refresh(self) -> None:
        """Validate the park now and list what was found."""
        self._timer.stop()
        problems = validate_park(self.document.park)
        self.clear()
        errors = warnings = 0
        items = []
        for problem in problems:
            item = QTreeWidgetItem([problem.location, problem.message])
            item.setData(0, Qt.ItemDataRole.UserRole, (problem.kind or "", problem.entity_id or ""))
            if problem.severity == "warning":
                warnings += 1
                item.setForeground(0, QBrush(QColor("#a66a00")))
            else:
                errors += 1
                item.setForeground(0, QBrush(QColor("#b00020")))
            item.setToolTip(1, problem.message)
            items.append(item)
        self.addTopLevelItems(items)
        self.resizeColumnToContents(0)
        self.count_changed.emit(errors, warnings)

    def _on_double_click(self, item: QTreeWidgetItem, _column: int) -> None:
        kind, entity_id = item.data(0, Qt.ItemDataRole.UserRole)
        sheet = edited_sheet(kind)
        if sheet and entity_id:
            self.item_activated.emit(sheet, entity_id)
