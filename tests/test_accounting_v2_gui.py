"""The park inspector chooses the electricity tce basis, as one undoable edit, and the KPIs follow it."""

from __future__ import annotations

import pytest
from ui_helpers import small_park

from parkflow.model.entities import ElectricityTceBasis
from parkflow.ui.document import Document, EditRefused
from parkflow.ui.inspector import Inspector


def test_the_inspector_switches_the_energy_basis_and_undo_restores_it(qtbot) -> None:
    document = Document(small_park())
    inspector = Inspector(document)
    qtbot.addWidget(inspector)
    inspector.show_park()
    combo = inspector.editors["electricity_tce_basis"]
    assert combo.currentData() == "calorific"
    assert "calorific" not in combo.currentText()  # words, not the code name
    combo.setCurrentIndex(combo.findData("generation"))
    combo.activated.emit(combo.currentIndex())
    assert document.park.electricity_tce_basis is ElectricityTceBasis.GENERATION
    document.undo_stack.undo()
    assert document.park.electricity_tce_basis is ElectricityTceBasis.CALORIFIC
    assert inspector.editors["electricity_tce_basis"].currentData() == "calorific"


def test_the_document_refuses_a_basis_that_is_not_one() -> None:
    document = Document(small_park())
    with pytest.raises(EditRefused):
        document.set_settings({"electricity_tce_basis": "coal"})
