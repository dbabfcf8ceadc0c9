"""The compare view (pytest-qt, offscreen): colours, KPI table, difference list selection."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from compare_helpers import (  # noqa: E402
    base_park,
    linear_kpis,
    with_amount_changed,
    with_enterprise_removed,
    with_link_added,
)
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QGraphicsPathItem, QTreeWidgetItem  # noqa: E402

from parkflow.ui.compare_window import KEY_ROLE, STATUS_COLOUR, CompareWindow  # noqa: E402

pytestmark = pytest.mark.gui


def _window(qtbot, others, labels=None) -> CompareWindow:
    window = CompareWindow()
    qtbot.addWidget(window)
    window.set_parks(base_park(), others, labels=labels, kpi_provider=linear_kpis)
    window.show()
    qtbot.waitExposed(window)
    return window


def _difference_item(window: CompareWindow, kind: str, entity_id: str) -> QTreeWidgetItem:
    tree = window.difference_list
    for group_index in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(group_index)
        for child_index in range(group.childCount()):
            child = group.child(child_index)
            if tuple(child.data(0, KEY_ROLE) or ()) == (kind, entity_id):
                return child
    raise AssertionError(f"no difference {kind} {entity_id} in the list")


def _click(qtbot, window: CompareWindow, item: QTreeWidgetItem) -> None:
    tree = window.difference_list
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_a_changed_stream_selects_it_on_both_canvases(qtbot) -> None:
    window = _window(qtbot, [with_amount_changed(base_park())])
    with qtbot.waitSignal(window.difference_selected, timeout=2000) as blocker:
        _click(qtbot, window, _difference_item(window, "streams", "K1"))
    assert blocker.args == ["streams", "K1"]
    assert window.scene_a.selected_keys() == [("streams", "K1")]
    assert window.scene_b.selected_keys() == [("streams", "K1")]
    # The changed port is ringed amber on both sides.
    for scene in (window.scene_a, window.scene_b):
        assert scene.items_by_key[("streams", "K1")].pen().color().name() == STATUS_COLOUR["changed"]


def test_removed_enterprise_is_red_on_the_baseline_and_a_ghost_on_the_alternative(qtbot) -> None:
    window = _window(qtbot, [with_enterprise_removed(base_park())])
    box = window.scene_a.items_by_key[("enterprises", "E3")]
    assert box.pen().color().name() == STATUS_COLOUR["removed"]
    ghost = window.scene_b.items_by_key[("enterprises", "E3")]
    assert ghost.pen().style() == Qt.PenStyle.DashLine
    assert ("streams", "K2") not in window.scene_b.items_by_key
    assert ("links", "L2") in window.scene_a.items_by_key and (
        "links",
        "L2",
    ) not in window.scene_b.items_by_key
    _click(qtbot, window, _difference_item(window, "enterprises", "E3"))
    assert window.scene_a.selected_keys() == [("enterprises", "E3")]
    assert window.scene_b.selected_keys() == [("enterprises", "E3")]
    _click(qtbot, window, _difference_item(window, "links", "L2"))
    assert window.scene_a.selected_keys() == [("links", "L2")]
    assert window.scene_b.selected_keys() == []


def test_added_link_is_green_and_kpi_table_shows_signed_deltas(qtbot) -> None:
    window = _window(qtbot, [with_link_added(base_park())])
    edge = window.scene_b.items_by_key[("links", "L3")]
    assert isinstance(edge, QGraphicsPathItem)
    assert edge.pen().color().name() == STATUS_COLOUR["added"]
    assert ("links", "L3") not in window.scene_a.items_by_key
    table = window.kpi_table
    rows = {(label, table.item(row, 1).text()): row for row, label in _kpi_rows(table)}
    current = rows[("CO2 emissions, scope 1 + 2 [t/yr]", "current")]
    assert table.item(current, 4).text() == "-6,240"
    assert table.item(current, 4).foreground().color().name() == "#1a7f37"  # a reduction is green
    standalone = rows[("CO2 emissions, scope 1 + 2 [t/yr]", "standalone")]
    assert table.item(standalone, 4).text() == "0"


def _kpi_rows(table) -> list[tuple[int, str]]:
    """(row, KPI label) with the label carried down over its state rows."""
    out, label = [], ""
    for row in range(table.rowCount()):
        label = table.item(row, 0).text() or label
        out.append((row, label))
    return out


def test_several_alternatives_switch_with_the_combo_box(qtbot) -> None:
    park = base_park()
    window = _window(
        qtbot, [with_link_added(park), with_enterprise_removed(park)], labels=["today", "main", "closed"]
    )
    assert window.alternative_box.count() == 2
    assert window.comparison is not None and window.comparison.b.label == "main"
    window.alternative_box.setCurrentIndex(1)
    assert window.comparison.b.label == "closed"
    assert ("enterprises", "E3") in window.scene_a.items_by_key
    _difference_item(window, "enterprises", "E3")


def test_identical_parks_show_no_differences(qtbot) -> None:
    window = _window(qtbot, [base_park()])
    assert window.difference_list.topLevelItem(0).text(0).startswith("No differences")
    assert all(
        window.kpi_table.item(row, 4).text() in ("0", "n/a") for row in range(window.kpi_table.rowCount())
    )


def test_set_scenarios_reads_files_and_show_compare_reports_a_broken_one(
    qtbot, tmp_path, monkeypatch
) -> None:
    from parkflow.model.problems import ParkError
    from parkflow.model.store import save_scenario
    from parkflow.ui import compare_window as compare_module

    today, closed = tmp_path / "today.parkflow", tmp_path / "closed.parkflow"
    save_scenario(today, base_park())
    save_scenario(closed, with_enterprise_removed(base_park()))
    window = CompareWindow()
    qtbot.addWidget(window)
    window.set_scenarios(today, [closed], kpi_provider=linear_kpis)
    assert window.comparison is not None
    assert window.comparison.diff.removed["enterprises"] == ["E3"]
    assert "no stored result" in window.title_b.text()

    broken = tmp_path / "broken.parkflow"
    broken.write_bytes(b"not a scenario")
    with pytest.raises(ParkError):
        window.set_scenarios(today, [broken])
    assert window.comparison.b.label == "closed.parkflow"  # the view keeps what it showed

    warnings: list[str] = []
    monkeypatch.setattr(
        compare_module.QMessageBox, "warning", lambda parent, title, text: warnings.append(text)
    )
    assert compare_module.show_compare(None, today, [broken]) is None
    assert len(warnings) == 1 and "broken.parkflow" in warnings[0]


def test_clicking_a_canvas_item_selects_its_difference_and_its_twin(qtbot) -> None:
    window = _window(qtbot, [with_amount_changed(base_park())])
    view, scene = window.view_b, window.scene_b
    port = scene.items_by_key[("streams", "K1")]
    window.view_b.centerOn(port)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(port.sceneBoundingRect().center())
    )
    assert window.difference_list.currentItem() is _difference_item(window, "streams", "K1")
    assert window.scene_a.selected_keys() == [("streams", "K1")]
    # An unchanged item has no difference entry; its twin on the other canvas is selected all the same.
    box = window.scene_a.items_by_key[("enterprises", "E1")]
    window.view_a.centerOn(box)
    qtbot.mouseClick(
        window.view_a.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.view_a.mapFromScene(box.sceneBoundingRect().center()),
    )
    assert window.scene_b.selected_keys() == [("enterprises", "E1")]
