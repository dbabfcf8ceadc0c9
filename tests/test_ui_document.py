"""Document and undo commands: validation before change, signals, macros, undo all."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ui_helpers import small_park

from parkflow.model.compat import compatible_pairs
from parkflow.model.entities import Direction, Enterprise, Link, LinkStatus, Medium, Stream
from parkflow.ui import undo
from parkflow.ui.document import Document, EditRefused

pytestmark = pytest.mark.gui


@pytest.fixture
def document(qapp):
    return Document(small_park())


def test_add_emits_one_signal_and_undo_removes(document, qtbot) -> None:
    seen: list[tuple[str, str]] = []
    document.entity_added.connect(lambda kind, eid: seen.append((kind, eid)))
    with qtbot.waitSignal(document.enterprise_added) as blocker:
        document.undo_stack.push(undo.add_command(document, "enterprises", Enterprise("E9", "新厂 New")))
    assert blocker.args == ["E9"]
    assert seen == [("enterprises", "E9")]
    assert document.modified
    document.undo_stack.undo()
    assert "E9" not in document.park.enterprises
    assert not document.modified


def test_refuses_duplicate_ids_dangling_references_and_incompatible_links(document) -> None:
    with pytest.raises(EditRefused, match="already used"):
        undo.add_command(document, "enterprises", Enterprise("E1"))
    with pytest.raises(EditRefused, match="does not exist"):
        undo.add_command(document, "streams", Stream("S9", "E404", Direction.SINK, Medium.WATER))
    # 1.0 MPa steam cannot serve the 1.6 MPa dryer
    with pytest.raises(EditRefused, match="MPa"):
        undo.add_command(document, "links", Link("L9", "S1", "S3"))
    with pytest.raises(EditRefused, match="still used"):
        document.remove_entity("enterprises", "E1")
    assert document.undo_stack.count() == 0


def test_delete_enterprise_is_one_macro_with_streams_and_links(document) -> None:
    original = document.park.copy()
    document.undo_stack.push(undo.delete_command(document, [("enterprises", "E1")]))
    assert document.undo_stack.count() == 1
    assert "S1" not in document.park.streams and "L1" not in document.park.links
    document.undo_stack.undo()
    assert document.park == original
    document.undo_stack.redo()
    assert "E1" not in document.park.enterprises


def test_multi_selection_delete_and_utility_detach_are_one_step(document) -> None:
    original = document.park.copy()
    command = undo.delete_command(document, [("enterprises", "E2"), ("utilities", "U1"), ("links", "L1")])
    document.undo_stack.push(command)
    assert document.undo_stack.count() == 1
    assert document.park.streams["S3"].utility == ""
    document.undo_stack.undo()
    assert document.park == original


def test_moves_merge_into_one_command(document) -> None:
    for x in (0.5, 1.0, 1.5):
        old = (document.park.enterprises["E1"].x_km, document.park.enterprises["E1"].y_km)
        document.undo_stack.push(undo.MoveEnterpriseCommand(document, "E1", old, (x, 0.0)))
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.park.enterprises["E1"].x_km == 0.0


def test_copy_paste_is_one_macro_with_fresh_ids(document) -> None:
    payload = undo.copy_payload(document, ["E1", "E2"])
    before = document.park.copy()
    document.undo_stack.push(undo.paste_command(document, payload))
    assert len(document.park.enterprises) == 5
    assert len(document.park.links) == 2  # the copied S1→S2 link joins the copies
    document.undo_stack.undo()
    assert document.park == before


# -- property: random edit sequences, then undo all, give the original park back -----------

EDITS = st.lists(
    st.tuples(
        st.sampled_from(
            ["add_enterprise", "add_stream", "add_link", "change", "move", "delete", "paste", "settings"]
        ),
        st.integers(min_value=0, max_value=10_000),
        st.floats(min_value=0.0, max_value=100.0, allow_nan=False),
    ),
    min_size=1,
    max_size=25,
)


def _apply(document: Document, action: str, pick: int, number: float) -> None:
    park = document.park
    enterprises = sorted(park.enterprises)
    streams = sorted(park.streams)
    command = None
    try:
        if action == "add_enterprise":
            command = undo.add_command(
                document, "enterprises", Enterprise(document.new_id("enterprises"), f"厂 {pick}", "sector")
            )
        elif action == "add_stream" and enterprises:
            medium = list(Medium)[pick % len(Medium)]
            direction = Direction.SOURCE if pick % 2 else Direction.SINK
            stream = Stream(
                document.new_id("streams"),
                enterprises[pick % len(enterprises)],
                direction,
                medium,
                amount=number,
                pressure_mpa=1.0,
                temperature_c=200.0,
                purity_pct=99.0,
                cod_mg_l=10.0,
                substance="gypsum",
                target_temperature_c=60.0,
            )
            command = undo.add_command(document, "streams", stream)
        elif action == "add_link":
            pairs = [
                pair
                for pair in compatible_pairs(park)
                if not any(lk.source == pair[0].id and lk.sink == pair[1].id for lk in park.links.values())
            ]
            if pairs:
                source, sink = pairs[pick % len(pairs)]
                command = undo.add_command(
                    document,
                    "links",
                    Link(document.new_id("links"), source.id, sink.id, LinkStatus.CANDIDATE, capacity=number),
                )
        elif action == "change" and streams:
            stream = park.streams[streams[pick % len(streams)]]
            command = undo.change_command(
                document, "streams", dataclasses.replace(stream, amount=number, name=f"n{pick}")
            )
        elif action == "move" and enterprises:
            enterprise = park.enterprises[enterprises[pick % len(enterprises)]]
            command = undo.MoveEnterpriseCommand(
                document, enterprise.id, (enterprise.x_km, enterprise.y_km), (number, -number)
            )
        elif action == "delete":
            everything = (
                [("enterprises", e) for e in enterprises]
                + [("streams", s) for s in streams]
                + [("links", lk) for lk in sorted(park.links)]
            )
            if everything:
                command = undo.delete_command(document, [everything[pick % len(everything)]])
        elif action == "paste" and enterprises:
            command = undo.paste_command(document, undo.copy_payload(document, enterprises[: 1 + pick % 2]))
        elif action == "settings":
            command = undo.ChangeSettingsCommand(document, {"dt_min_k": number, "name": f"park {pick}"})
    except EditRefused:
        return
    if command is not None:
        document.undo_stack.push(command)


@settings(max_examples=40, deadline=None)
@given(edits=EDITS)
def test_random_edits_then_undo_all_restore_the_park(qapp, edits) -> None:
    document = Document(small_park())
    original = document.park.copy()
    for action, pick, number in edits:
        _apply(document, action, pick, number)
    edited = document.park.copy()
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert document.park == original
    assert not document.modified
    while document.undo_stack.canRedo():
        document.undo_stack.redo()
    assert document.park == edited
