"""Storages in the editor: the Storages tab, its labels in both languages, undoable edits and the link rules."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_helpers import small_park

from parkflow.model.entities import Direction, Link, LinkStatus, Medium, Storage, Stream
from parkflow.ui import catalogue, undo
from parkflow.ui.document import Document, EditRefused
from parkflow.ui.tables import TablesWidget

pytestmark = pytest.mark.gui

STORAGE_COLUMNS = [
    "id",
    "enterprise",
    "medium",
    "capacity",
    "charge_max",
    "discharge_max",
    "loss_pct_per_h",
    "capex_cny",
    "lifetime_yr",
    "status",
]


@pytest.fixture
def document(qapp):
    """The small park with a steam accumulator at the power plant, charged by its 1.0 MPa steam S1."""
    park = small_park()
    park.storages = {"TK1": Storage("TK1", "E1", Medium.STEAM, 40.0, 10.0, 10.0, 1.0)}
    park.links["L2"] = Link("L2", "S1", "TK1", LinkStatus.CANDIDATE)
    return Document(park)


def test_every_storage_column_has_a_label_and_tooltip_in_both_languages(qapp) -> None:
    english, chinese = catalogue.catalogue_in("en"), catalogue.catalogue_in("zh_CN")
    for column in STORAGE_COLUMNS:
        for table in (english, chinese):
            text = table.get(("storages", column)) or table[("*", column)]
            assert text.label and text.tooltip, column
        en = english.get(("storages", column)) or english[("*", column)]
        zh = chinese.get(("storages", column)) or chinese[("*", column)]
        if column != "id":
            assert zh.label != en.label and zh.tooltip != en.tooltip, column  # translated, not the English
    # labels carry their units
    assert "(t, MWh or Nm³)" in english[("storages", "capacity")].label
    assert "(% per hour)" in english[("storages", "loss_pct_per_h")].label
    assert "%/小时" in chinese[("storages", "loss_pct_per_h")].label


def test_the_storages_tab_lists_adds_and_edits_storages_undoably(document, qtbot) -> None:
    tables = TablesWidget(document)
    qtbot.addWidget(tables)
    table = tables.tables["storages"]
    assert table.model.columns == STORAGE_COLUMNS
    assert table.model.rowCount() == 1
    table.enterprise_in_focus = lambda: "E2"
    new_id = table.add_row()
    assert new_id == "TK2"
    assert document.park.storages["TK2"] == Storage("TK2", "E2", Medium.HOT_WATER, 0.0, 0.0, 0.0, 0.0)
    column = table.model.columns.index("capacity")
    row = table.model.row_of("TK2")
    assert table.model.setData(table.model.index(row, column), "120", Qt.ItemDataRole.EditRole)
    assert document.park.storages["TK2"].capacity == 120.0
    document.undo_stack.undo()
    assert document.park.storages["TK2"].capacity == 0.0
    document.undo_stack.undo()
    assert "TK2" not in document.park.storages and table.model.rowCount() == 1


def test_links_may_discharge_a_storage_when_every_source_charging_it_meets_the_sink(document) -> None:
    # S1 (1.0 MPa) charges TK1: TK1 may serve the 0.6 MPa process steam S2 but not the 1.6 MPa dryer S3
    document.undo_stack.push(undo.add_command(document, "links", Link("L3", "TK1", "S2")))
    assert document.park.links["L3"].source == "TK1"
    with pytest.raises(EditRefused, match="storage TK1 mixes what it receives.*1.6 MPa sink"):
        undo.add_command(document, "links", Link("L4", "TK1", "S3"))
    with pytest.raises(EditRefused, match="storage TK1 holds steam and cannot serve the water sink S4"):
        undo.add_command(document, "links", Link("L5", "TK1", "S4"))
    # the link choices offer the storage at both ends
    assert ("TK1", "TK1 · storage") in catalogue.reference_choices(document.park, "links", "source")


def test_storage_ids_stay_apart_from_stream_ids_and_deleting_a_storage_takes_its_links(document) -> None:
    with pytest.raises(EditRefused, match="already used by a stream"):
        undo.add_command(document, "storages", Storage("S1", "E1", Medium.STEAM))
    with pytest.raises(EditRefused, match="already used by a storage"):
        undo.add_command(document, "streams", Stream("TK1", "E1", Direction.SINK, Medium.STEAM))
    with pytest.raises(EditRefused, match="enterprise E9 does not exist"):
        undo.add_command(document, "storages", Storage("TK3", "E9", Medium.STEAM))
    before = document.park.copy()
    document.undo_stack.push(undo.delete_command(document, [("storages", "TK1")]))
    assert "TK1" not in document.park.storages and "L2" not in document.park.links
    document.undo_stack.undo()
    assert document.park == before


@pytest.fixture
def canvas(qtbot, document):
    from parkflow.ui.canvas import ParkScene, ParkView

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


def test_the_canvas_draws_a_storage_as_a_tank_with_its_links(canvas) -> None:
    document, scene, _view = canvas
    tank = scene.port_items["TK1"]
    assert tank.is_storage and tank.parentItem() is scene.enterprise_items["E1"]
    # at the foot of the power plant's box, in the middle
    box = scene.enterprise_items["E1"]
    assert tank.pos().y() > max(port.pos().y() for port in box.ports.values() if not port.is_storage)
    assert "L2" in scene.edge_items and scene.edge_items["L2"].pen().color().name() == "#d62728"  # steam red
    assert scene.entity_at(tank.scenePos()) == ("storages", "TK1")
    # a link out of the tank is drawn when it is added, and goes with the tank
    document.undo_stack.push(undo.add_command(document, "links", Link("L3", "TK1", "S2")))
    assert "L3" in scene.edge_items
    document.undo_stack.push(undo.delete_command(document, [("storages", "TK1")]))
    assert "TK1" not in scene.port_items and "L2" not in scene.edge_items and "L3" not in scene.edge_items
    document.undo_stack.undo()
    assert "TK1" in scene.port_items and {"L2", "L3"} <= set(scene.edge_items)


def test_dragging_between_a_tank_and_a_stream_links_them_in_the_right_direction(canvas, qtbot) -> None:
    from ui_helpers import drag, port_point

    document, scene, view = canvas
    before = set(document.park.links)
    # from the tank to the 0.6 MPa process steam: the storage discharges into the sink
    drag(qtbot, view, port_point(view, scene, "TK1"), port_point(view, scene, "S2"))
    new = set(document.park.links) - before
    assert len(new) == 1
    link = document.park.links[new.pop()]
    assert (link.source, link.sink) == ("TK1", "S2")
    # to the 1.6 MPa dryer: refused, with the mixing rule's reason
    drag(qtbot, view, port_point(view, scene, "S3"), port_point(view, scene, "TK1"))
    assert "mixes what it receives" in scene.last_refusal
