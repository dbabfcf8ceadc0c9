"""KPI cards: one small panel per KPI with its three states and reductions."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from parkflow.ui.results.formatting import (
    STATES,
    ZERO_BELOW,
    format_change,
    format_quantity,
    kpi_title,
    kpi_unit,
    state_title,
)

_GOOD = "#1a7f37"
_BAD = "#b00020"


class KpiCard(QFrame):
    """Standalone, current and optimized values of one KPI, and how far each step reduces it.

    ``values`` maps state → annual value (a missing state shows an en dash).
    A fall is shown in green, a rise in red: for every ParkFlow KPI less is better.
    """

    def __init__(
        self,
        key: str,
        values: Mapping[str, float | None],
        parent: QWidget | None = None,
        note: str = "",
        unit: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"kpi_card_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "KpiCard { background: #ffffff; border: 1px solid #d0d7de; border-radius: 6px; }"
            "QLabel { background: transparent; }"
        )
        layout = QGridLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setHorizontalSpacing(12)
        layout.setVerticalSpacing(2)
        #: the unit shown (the KPI's own, or the caller's, e.g. "t in this period" for one period's share)
        self.unit = unit or kpi_unit(key)
        unit = self.unit
        title = QLabel(f"<b>{kpi_title(key)}</b> <span style='color:#57606a'>{unit}</span>")
        title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(title, 0, 0, 1, 2)
        #: state → label with the formatted value (tests read these)
        self.value_labels: dict[str, QLabel] = {}
        for row, state in enumerate(STATES, start=1):
            name = QLabel(state_title(state))
            name.setStyleSheet("color: #57606a;")
            value = QLabel(format_quantity(values.get(state)))
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if state == "optimized":
                font = value.font()
                font.setBold(True)
                value.setFont(font)
            layout.addWidget(name, row, 0)
            layout.addWidget(value, row, 1)
            self.value_labels[state] = value
        #: comparison name → label with the change ("−1,234 (−12.3 %)")
        self.change_labels: dict[str, QLabel] = {}
        comparisons = (
            ("vs_standalone", self.tr("Optimized vs standalone"), "standalone"),
            ("vs_current", self.tr("Optimized vs current"), "current"),
        )
        for offset, (name_key, caption, base) in enumerate(comparisons, start=len(STATES) + 1):
            before, after = values.get(base), values.get("optimized")
            text = format_change(before, after)
            caption_label = QLabel(caption)
            caption_label.setStyleSheet("color: #57606a; font-size: 90%;")
            change = QLabel(text)
            change.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if before is not None and after is not None and abs(float(after) - float(before)) >= ZERO_BELOW:
                colour = _GOOD if float(after) < float(before) else _BAD
                change.setStyleSheet(f"color: {colour}; font-size: 90%;")
            layout.addWidget(caption_label, offset, 0)
            layout.addWidget(change, offset, 1)
            self.change_labels[name_key] = change
        #: a remark under the figures ("not modelled in this park"), empty for most cards
        self.note_label = QLabel(note)
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #9a6700; font-size: 90%;")
        self.note_label.setVisible(bool(note))
        layout.addWidget(self.note_label, len(STATES) + 3, 0, 1, 2)
        layout.setColumnStretch(1, 1)

    def text(self) -> str:
        """Everything the card says, one line per row (for tests and the clipboard)."""
        lines = [f"{kpi_title(self.key)} [{self.unit}]"]
        lines += [f"{state_title(state)}: {label.text()}" for state, label in self.value_labels.items()]
        lines += [f"{name}: {label.text()}" for name, label in self.change_labels.items()]
        if self.note_label.text():
            lines.append(self.note_label.text())
        return "\n".join(lines)
