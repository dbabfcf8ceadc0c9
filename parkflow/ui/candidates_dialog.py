"""Edit ▸ Propose candidate links…: priced candidate links between neighbours, previewed first.

The dialog counts what :func:`parkflow.model.candidates.propose_candidates`
would add at the distance on the slider before anything changes; *Add*
pushes them as one undoable command through the Document.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from parkflow.model.candidates import DEFAULT_MAX_KM, Proposal, propose_candidates
from parkflow.model.entities import Link
from parkflow.ui.document import Document

#: Slider steps of 0.1 km, up to 10 km.
STEPS_PER_KM = 10
MAX_KM = 10.0


class AddCandidateLinksCommand(QUndoCommand):
    """Add many candidate links as one undo step (and declare the park's links)."""

    def __init__(self, document: Document, links: list[Link], text: str) -> None:
        super().__init__(text)
        self.document = document
        self.links = [link.copy() for link in links]
        self.was_declared = document.park.links_declared

    def redo(self) -> None:
        self.document.set_links_declared(True)
        for link in self.links:
            self.document.add_entity("links", link.copy())

    def undo(self) -> None:
        for link in reversed(self.links):
            self.document.remove_entity("links", link.id)
        self.document.set_links_declared(self.was_declared)


class ProposeCandidatesDialog(QDialog):
    """A distance slider, a live count of the links it would add, and Add / Cancel."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.proposal: Proposal | None = None
        self.setWindowTitle(self.tr("Propose candidate links"))
        self.explanation = QLabel(
            self.tr(
                "Adds a candidate link for every compatible source–sink pair of different enterprises "
                "within the distance below (straight line), with length, pipe size, heat loss and capex "
                "computed. Existing links are kept. Undo removes them all."
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("candidates_distance")
        self.slider.setRange(1, int(MAX_KM * STEPS_PER_KM))
        self.slider.setValue(int(DEFAULT_MAX_KM * STEPS_PER_KM))
        self.distance_label = QLabel(self)
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("candidates_preview")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add links"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.slider, 1)
        row.addWidget(self.distance_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(row)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.buttons)
        # recount shortly after the slider stops: a large park takes a second to count
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.update_preview)
        self.slider.valueChanged.connect(self._on_slider)
        self._on_slider()
        self.update_preview()
        self.resize(460, self.sizeHint().height())

    @property
    def max_km(self) -> float:
        return self.slider.value() / STEPS_PER_KM

    def _on_slider(self, *_args: object) -> None:
        self.distance_label.setText(self.tr("{km} km").format(km=f"{self.max_km:.1f}"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.timer.start()

    def update_preview(self) -> None:
        """Count the links the current distance would add (nothing changes)."""
        self.timer.stop()
        self.proposal = propose_candidates(self.document.park, self.max_km)
        count = len(self.proposal.links)
        text = self.tr("{count} new candidate links within {km} km").format(
            count=count, km=f"{self.max_km:.1f}"
        )
        if self.proposal.refused_pressure:
            text += "\n" + self.tr(
                "{count} steam pairs left out: no pipe size holds the sink's pressure"
            ).format(count=self.proposal.refused_pressure)
        self.preview_label.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(count > 0)

    def command(self) -> AddCandidateLinksCommand | None:
        """The undoable command adding the previewed links (None when there are none)."""
        if self.timer.isActive() or self.proposal is None:
            self.update_preview()
        assert self.proposal is not None
        if not self.proposal.links:
            return None
        return AddCandidateLinksCommand(
            self.document,
            self.proposal.links,
            self.tr("Propose {count} candidate links").format(count=len(self.proposal.links)),
        )
