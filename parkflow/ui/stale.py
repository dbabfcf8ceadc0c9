"""A banner that says the results no longer belong to the park, with a one-click re-optimize.

Shown at once after any edit that changes what the optimizer would see
(moving a box does not): above the results dock's tabs and over the top of
the canvas, whose line widths still show the old flows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class StaleBanner(QFrame):
    """ "Results are out of date" and a Re-optimize button."""

    reoptimize_requested = Signal()

    def __init__(self, parent: QWidget | None = None, object_name: str = "stale_banner") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setStyleSheet(
            "StaleBanner { background: #fff8c5; border: 1px solid #d4a72c; border-radius: 4px; }"
            "QLabel { color: #6f4e00; background: transparent; }"
        )
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName(f"{object_name}_button")
        self.button.clicked.connect(self.reoptimize_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.retranslate()
        self.setVisible(False)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Results are out of date: the park changed after the last optimization."))
        self.button.setText(self.tr("Re-optimize"))
        self.button.setToolTip(self.tr("Optimize again with the last options (F5 asks for options first)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
