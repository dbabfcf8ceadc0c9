"""Computed pipe fields in the tables and the inspector, and Propose candidate links…"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_helpers import small_park

from parkflow.model.entities import Link, LinkStatus
from parkflow.model.pipes import size_of, steam_outlet_pressure_mpa
from parkflow.ui import undo
from parkflow.ui.candidates_dialog import ProposeCandidatesDialog
from parkflow.ui.document import Document, EditRefused
from parkflow.ui.inspector import Inspector
from parkflow.ui.pipe_cells import COMPUTED_GREY
from parkflow.ui.tables import EntityTableModel

pytestmark = pytest.mark.gui


@pytest.fixture
def document(qapp):
    return Document(small_park())


def test_blank_length_shows_computed_greyed_with_its_rule_until_typed(document, qtbot) -> None:
    model = EntityTableModel(document, "links")
    row, column = model.row_of("L1"), model.columns.index("distance_km")
    index = model.index(row, column)
    # E1 (0, 0) to E2 (2, 0.5): 2.06 km straight × 1.3 = 2.68 km
    assert model.data(index) == "2.68"
    assert model.data(index, Qt.ItemDataRole.ForegroundRole).color().name() == COMPUTED_GREY
    assert "routing factor 1.3" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert model.data(index, Qt.ItemDataRole.EditRole) == ""  # editing starts blank
    # moving an enterprise changes the computed length at once
    with qtbot.waitSignal(model.dataChanged):
        document.undo_stack.push(undo.move_command(document, {"E2": ((2.0, 0.5), (4.0, 0.0))}))
    assert model.data(index) == "5.2"
    assert model.setData(index, "3")
    assert model.data(index) == "3" and model.data(index, Qt.ItemDataRole.ForegroundRole) is None
    diameter = model.index(row, model.columns.index("diameter_mm"))
    # 20 t/h of 1.0 MPa / 250 °C steam over 3 km to a 0.6 MPa sink (at least 0.57 MPa):
    # DN200 runs within 50 m/s but arrives below 0.57 MPa, DN250 holds it
    assert model.data(diameter) == "250"
    s1 = document.park.streams["S1"]
    assert steam_outlet_pressure_mpa(20.0, 1.0, 250.0, size_of(200).inner_m, 3.0) < 0.57
    assert (
        steam_outlet_pressure_mpa(20.0, 1.0, 250.0, size_of(250).inner_m, 3.0) >= 0.57
        and s1.pressure_mpa == 1.0
    )
    assert "GB 50041" in model.data(diameter, Qt.ItemDataRole.ToolTipRole)


def test_inspector_shows_computed_values_as_placeholders(document, qtbot) -> None:
    inspector = Inspector(document)
    qtbot.addWidget(inspector)
    inspector.show_entity("links", "L1")
    distance = inspector.editors["distance_km"]
    assert distance.text() == "" and distance.placeholderText() == "2.68"
    assert "routing factor" in distance.toolTip()
    assert inspector.editors["loss_pct"].placeholderText()  # steam loses heat
    assert inspector.editors["capex_cny"].placeholderText() == ""  # existing link: no capex


def test_a_typed_size_that_cannot_hold_the_pressure_is_refused_at_edit(document) -> None:
    link = document.park.links["L1"]
    with pytest.raises(EditRefused, match="DN25"):
        undo.change_command(
            document, "links", Link(**{**link.to_row(), "status": LinkStatus.EXISTING, "diameter_mm": 25.0})
        )


def test_propose_dialog_previews_then_adds_in_one_undoable_step(document, qtbot) -> None:
    dialog = ProposeCandidatesDialog(document)
    qtbot.addWidget(dialog)
    # within 3 km: S1 → S3 (E3 at 2.24 km) is refused by pressure (1.0 < 1.6 MPa), S1 → S2 exists
    assert "0 new candidate links" in dialog.preview_label.text()
    document.park.streams["S3"].pressure_mpa = 0.8
    dialog.update_preview()
    assert "1 new candidate links within 3.0 km" in dialog.preview_label.text()
    assert set(document.park.links) == {"L1"}  # the preview changes nothing
    dialog.slider.setValue(10)  # 1.0 km: E3 is too far
    dialog.update_preview()
    assert "0 new candidate links" in dialog.preview_label.text()
    dialog.slider.setValue(30)
    command = dialog.command()
    assert command is not None
    document.undo_stack.push(command)
    added = set(document.park.links) - {"L1"}
    assert len(added) == 1
    new = document.park.links[added.pop()]
    assert new.status is LinkStatus.CANDIDATE and new.capex_cny and new.diameter_mm and new.lifetime_yr
    document.undo_stack.undo()
    assert set(document.park.links) == {"L1"}


def test_site_plan_loads_under_the_canvas_calibrates_and_undoes(qapp, qtbot, tmp_path) -> None:
    """A 400 × 200 px PNG; two clicks 300 px apart said to be 600 m: 2 m per pixel."""
    from PySide6.QtGui import QColor, QImage

    from parkflow.ui.canvas.scene import ParkScene
    from parkflow.ui.site_plan_ui import SitePlanController

    image = QImage(400, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#c8e6c9"))
    path = tmp_path / "plan.png"
    assert image.save(str(path))
    document = Document(small_park())
    scene = ParkScene()
    scene.set_document(document)
    controller = SitePlanController(document, scene, None)  # type: ignore[arg-type]
    assert "loaded" in controller.load(str(path))
    plan = document.park.site_plan
    assert plan is not None and plan.name == "plan.png"
    assert not scene._plan_rect.isEmpty() and scene.content_rect().contains(scene._plan_rect)
    first = scene.km_to_scene(*plan.to_km(50.0, 100.0))
    second = scene.km_to_scene(*plan.to_km(350.0, 100.0))
    assert "2 m per pixel" in controller.calibrate(first, second, 600.0)
    calibrated = document.park.site_plan
    assert calibrated is not None and calibrated.km_per_px == pytest.approx(0.002)
    assert calibrated.to_km(50.0, 100.0) == pytest.approx(plan.to_km(50.0, 100.0))
    document.undo_stack.undo()
    assert document.park.site_plan == plan
    document.undo_stack.undo()
    assert document.park.site_plan is None and scene._plan_rect.isEmpty()
    # clicks go to the picker while calibrating, not to the network
    document.undo_stack.redo()
    assert "first" in controller.start_calibration() and scene.point_picker is not None


def test_moving_an_enterprise_stales_results_only_when_a_length_is_computed(document) -> None:
    from parkflow.optimize import optimize

    document.set_result(optimize(document.park))
    assert not document.result_stale
    document.undo_stack.push(undo.move_command(document, {"E3": ((2.0, -1.0), (2.5, -1.0))}))
    assert not document.result_stale  # E3 has no link
    document.undo_stack.push(undo.move_command(document, {"E2": ((2.0, 0.5), (3.0, 0.5))}))
    assert document.result_stale  # L1's length comes from E1 and E2's positions
