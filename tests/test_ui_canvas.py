"""The canvas follows the Document; mouse gestures become undoable commands."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from ui_helpers import drag, port_point, small_park

from parkflow.model.entities import Medium
from parkflow.model.state import FlowState, LinkFlow
from parkflow.ui.canvas import ParkScene, ParkView
from parkflow.ui.document import Document
from parkflow.ui.tables import TablesWidget

pytestmark = pytest.mark.gui


@pytest.fixture
def canvas(qtbot):
    document = Document(small_park())
    scene = ParkScene()
    scene.set_document(document)
    view = ParkView(scene)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    view.fit()
    yield document, scene, view
    view.setScene(None)
    scene.deleteLater()


def test_scene_builds_items_for_the_park(canvas) -> None:
    document, scene, _view = canvas
    assert set(scene.enterprise_items) == {"E1", "E2", "E3"}
    assert set(scene.port_items) == {"S1", "S2", "S3", "S4"}
    assert set(scene.edge_items) == {"L1"}
    # sinks on the left edge of their box, sources on the right
    assert scene.port_items["S2"].pos().x() == 0
    assert scene.port_items["S1"].pos().x() > 0
    assert scene.edge_items["L1"].pen().color().name() == "#d62728"  # steam red


def test_drag_from_source_to_sink_adds_a_link_undo_redo(canvas, qtbot) -> None:
    document, scene, view = canvas
    # a second compatible sink: make E3's dryer 0.8 MPa
    import dataclasses

    from parkflow.ui import undo

    document.undo_stack.push(
        undo.change_command(
            document,
            "streams",
            dataclasses.replace(document.park.streams["S3"], pressure_mpa=0.8, temperature_c=200.0),
        )
    )
    before = set(document.park.links)
    drag(qtbot, view, port_point(view, scene, "S1"), port_point(view, scene, "S3"))
    new = set(document.park.links) - before
    assert len(new) == 1
    link = document.park.links[new.pop()]
    assert (link.source, link.sink) == ("S1", "S3")
    assert link.id in scene.edge_items
    assert scene.edge_items[link.id].pen().style() == Qt.PenStyle.DashLine  # candidate
    document.undo_stack.undo()
    assert link.id not in document.park.links and link.id not in scene.edge_items
    document.undo_stack.redo()
    assert link.id in scene.edge_items


def test_incompatible_link_is_refused_with_the_reason(canvas, qtbot) -> None:
    document, scene, view = canvas
    messages: list[str] = []
    scene.status_message.connect(messages.append)
    count = document.undo_stack.count()
    # 1.0 MPa steam cannot serve the 1.6 MPa dryer
    drag(qtbot, view, port_point(view, scene, "S1"), port_point(view, scene, "S3"))
    assert set(document.park.links) == {"L1"}
    assert document.undo_stack.count() == count
    assert messages and "refused" in messages[-1] and "MPa" in messages[-1]
    # steam to water: media differ
    drag(qtbot, view, port_point(view, scene, "S1"), port_point(view, scene, "S4"))
    assert "water" in messages[-1]


def test_a_link_drag_draws_a_dashed_line_and_leaves_nothing_behind(canvas, qtbot) -> None:
    from PySide6.QtWidgets import QGraphicsPathItem

    document, scene, view = canvas
    clicked: list[tuple[str, str]] = []
    scene.entity_clicked.connect(lambda kind, entity_id: clicked.append((kind, entity_id)))
    start = port_point(view, scene, "S1")
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    assert scene._new_link is not None and scene._new_link.port is scene.port_items["S1"]
    line = scene._new_link.line
    assert line.scene() is scene and line.pen().style() == Qt.PenStyle.DashLine
    # released on its own port: a click on the stream, no link, no line left
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    assert clicked == [("streams", "S1")]
    assert scene._new_link is None and line.scene() is None
    assert not [item for item in scene.items() if type(item) is QGraphicsPathItem]
    # released on empty canvas: nothing happens
    drag(qtbot, view, start, start + QPoint(0, 200))
    assert set(document.park.links) == {"L1"} and document.undo_stack.count() == 0
    assert clicked == [("streams", "S1")]


def test_dragging_a_box_is_one_move_command(canvas, qtbot) -> None:
    document, scene, view = canvas
    item = scene.enterprise_items["E2"]
    start = view.mapFromScene(item.sceneBoundingRect().topLeft()) + QPoint(60, 10)
    drag(qtbot, view, start, start + QPoint(120, 80))
    assert document.undo_stack.count() == 1
    moved = document.park.enterprises["E2"]
    assert moved.x_km > 2.0 and moved.y_km < 0.5
    edge_end = scene.edge_items["L1"].path().currentPosition()
    assert (edge_end - scene.port_items["S2"].scenePos()).manhattanLength() < 1e-6
    document.undo_stack.undo()
    assert (document.park.enterprises["E2"].x_km, document.park.enterprises["E2"].y_km) == (2.0, 0.5)
    assert (scene.enterprise_items["E2"].pos() - scene.km_to_scene(2.0, 0.5)).manhattanLength() < 1e-6


def test_rubber_band_selects_boxes(canvas, qtbot) -> None:
    _document, scene, view = canvas
    rect = view.mapFromScene(scene.itemsBoundingRect()).boundingRect()
    QTest.mousePress(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        rect.topLeft() - QPoint(10, 10),
    )
    from ui_helpers import _mouse_move

    _mouse_move(view.viewport(), rect.center())
    _mouse_move(view.viewport(), rect.bottomRight() + QPoint(10, 10))
    QTest.mouseRelease(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        rect.bottomRight() + QPoint(10, 10),
    )
    assert {eid for kind, eid in scene.selected_entities() if kind == "enterprises"} == {"E1", "E2", "E3"}


def test_table_edit_changes_the_canvas_and_undoes(canvas, qtbot) -> None:
    document, scene, _view = canvas
    tables = TablesWidget(document)
    qtbot.addWidget(tables)
    model = tables.tables["enterprises"].model
    row = model.row_of("E2")
    name_column = model.columns.index("name")
    assert model.setData(model.index(row, name_column), "印染二厂 Dyeing 2")
    assert scene.enterprise_items["E2"].name == "印染二厂 Dyeing 2"
    x_column = model.columns.index("x_km")
    assert model.setData(model.index(row, x_column), "3.5")
    assert scene.enterprise_items["E2"].pos().x() == pytest.approx(3.5 * scene.scale_px_per_km)
    # refused: not a number; nothing pushed
    refused: list[str] = []
    model.edit_refused.connect(refused.append)
    assert not model.setData(model.index(row, x_column), "east")
    assert refused and "not a number" in refused[0]
    # stream medium edit recolours the port
    stream_model = tables.tables["streams"].model
    medium_column = stream_model.columns.index("medium")
    assert (
        stream_model.setData(stream_model.index(stream_model.row_of("S4"), medium_column), "hot_water")
        is True
    )
    assert scene.port_items["S4"].medium is Medium.HOT_WATER
    for _ in range(3):
        document.undo_stack.undo()
    assert scene.enterprise_items["E2"].name == "印染厂 Dyeing"
    assert scene.port_items["S4"].medium is Medium.WATER
    document.undo_stack.redo()
    assert scene.enterprise_items["E2"].name == "印染二厂 Dyeing 2"


class _FakeResult:
    def __init__(self, flows: dict[str, LinkFlow]) -> None:
        self._flows = flows

    def to_state(self) -> FlowState:
        return FlowState("optimized", link_flows=self._flows)


def test_result_overlay_widths_dims_and_tooltips(canvas) -> None:
    document, scene, _view = canvas
    document.set_result(_FakeResult({"L1": LinkFlow("S1", "S2", 10.0), "X1": LinkFlow("S1", "S2", 5.0)}))
    edge = scene.edge_items["L1"]
    assert edge.pen().widthF() > 5
    assert "utilisation 50%" in edge.toolTip()
    assert scene.edge_items["X1"].overlay_only  # implicit candidate drawn for the overlay
    document.set_result(None)
    assert "X1" not in scene.edge_items
    assert edge.pen().widthF() < 2


def test_medium_filter_and_find(canvas) -> None:
    _document, scene, _view = canvas
    scene.set_medium_filter({Medium.WATER})
    assert not scene.edge_items["L1"].isVisible()
    assert scene.port_items["S4"].isVisible() and not scene.port_items["S1"].isVisible()
    scene.set_medium_filter(None)
    assert scene.edge_items["L1"].isVisible()
    assert ("enterprises", "E3") in scene.find("造纸")
    assert ("streams", "S2") in scene.find("process")


def test_dense_park_hides_unused_candidates_when_zoomed_out(qtbot, monkeypatch) -> None:
    """Level of detail: a dense park drops unused candidate links from the zoomed-out view."""
    from parkflow.model.entities import Link, LinkStatus
    from parkflow.ui.canvas import scene as scene_module

    monkeypatch.setattr(scene_module, "DENSE_EDGES", 1)
    park = small_park()
    park.links["L2"] = Link("L2", "S1", "S2", LinkStatus.CANDIDATE)
    document = Document(park)
    scene = ParkScene()
    scene.set_document(document)
    view = ParkView(scene)
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    assert scene.dense
    view.resetTransform()
    view.scale(0.1, 0.1)
    view._zoom_settled()
    assert not scene.edge_items["L2"].isVisible()  # unused candidate hidden
    assert scene.edge_items["L1"].isVisible()  # existing link stays
    document.set_result(_FakeResult({"L2": LinkFlow("S1", "S2", 3.0)}))
    assert scene.edge_items["L2"].isVisible()  # a candidate with flow is shown
    view.resetTransform()
    view._zoom_settled()
    document.set_result(None)
    assert scene.edge_items["L2"].isVisible()
    view.setScene(None)


def test_click_on_an_edge_selects_the_link_and_shows_its_tooltip(canvas, qtbot) -> None:
    document, scene, view = canvas
    edge = scene.edge_items["L1"]
    middle = edge.path().pointAtPercent(0.5)
    assert scene.edge_at(middle) is edge
    assert "L1: S1 → S2" in edge.toolTip()
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, view.mapFromScene(middle)
    )
    assert scene.selected_link == "L1"
    assert ("links", "L1") in scene.selected_entities()
    from parkflow.ui import undo

    document.undo_stack.push(undo.delete_command(document, scene.selected_entities()))
    assert "L1" not in scene.edge_items and scene.selected_link is None
    document.undo_stack.undo()
    assert "L1" in scene.edge_items
