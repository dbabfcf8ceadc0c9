"""The Periods and Profiles tabs of the tables dock: labelled columns, edits through undo."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from ui_results_helpers import small_park  # noqa: E402

from parkflow.model.entities import Period, Profile, profile_key  # noqa: E402
from parkflow.ui import catalogue, i18n  # noqa: E402
from parkflow.ui.document import Document  # noqa: E402
from parkflow.ui.tables import TablesWidget  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def tables(qtbot):
    document = Document(small_park())
    widget = TablesWidget(document)
    qtbot.addWidget(widget)
    return document, widget


def _set(model, entity_id: str, column: str, text: str) -> bool:
    return model.setData(model.index(model.row_of(entity_id), model.columns.index(column)), text)


def test_periods_tab_adds_and_edits_a_period_with_undo(tables) -> None:
    document, widget = tables
    titles = [widget.tabText(index) for index in range(widget.count())]
    assert titles[-2:] == ["Periods", "Profiles"]
    table = widget.tables["periods"]
    model = table.model
    assert model.columns == ["id", "name", "hours", "cycle", "duration_h"]
    summer = table.add_row()
    assert summer == "P1"
    # a new period stands for the hours still free in the year
    assert document.park.periods["P1"].hours == pytest.approx(8760.0)
    assert _set(model, "P1", "hours", "2,928")
    assert _set(model, "P1", "name", "Summer")
    assert document.park.periods["P1"] == Period("P1", "Summer", 2928.0)
    winter = table.add_row()
    assert document.park.periods[str(winter)].hours == pytest.approx(8760.0 - 2928.0)
    # together no more than a year: refused with the reason, nothing changed
    refused: list[str] = []
    model.edit_refused.connect(refused.append)
    assert not _set(model, "P1", "hours", "5000")
    assert refused and "8,760" in refused[-1]
    assert document.park.periods["P1"].hours == pytest.approx(2928.0)
    document.undo_stack.undo()  # add winter
    document.undo_stack.undo()  # name
    assert document.park.periods["P1"].name != "Summer" and str(winter) not in document.park.periods
    assert model.rowCount() == 1
    document.undo_stack.redo()
    assert document.park.periods["P1"].name == "Summer"


def test_profiles_tab_adds_rekeys_and_deletes_with_the_period(tables) -> None:
    document, widget = tables
    park = document.park
    profiles = widget.tables["profiles"]
    refused: list[str] = []
    profiles.status_message.connect(refused.append)
    assert profiles.add_row() is None and "period" in refused[-1]
    widget.tables["periods"].add_row()
    key = profiles.add_row()
    # the first item of the first period, factor 1
    first_stream = next(iter(park.streams))
    assert key == profile_key("P1", first_stream)
    assert park.profiles[key] == Profile("P1", first_stream, amount_factor=1.0)
    model = profiles.model
    assert _set(model, key, "amount_factor", "0.4")
    assert park.profiles[key].amount_factor == pytest.approx(0.4)
    assert not _set(model, key, "amount_factor", "-1")
    # naming another item changes the row's key: one undo step
    assert _set(model, key, "item", "B_steam")
    moved = profile_key("P1", "B_steam")
    assert key not in park.profiles and park.profiles[moved].amount_factor == pytest.approx(0.4)
    assert model.row_of(moved) is not None and model.row_of(key) is None
    document.undo_stack.undo()
    assert key in park.profiles and moved not in park.profiles
    document.undo_stack.redo()
    # a utility's cost factor (off-peak price)
    assert _set(model, moved, "item", "U_steam")
    utility_key = profile_key("P1", "U_steam")
    assert _set(model, utility_key, "cost_factor", "0.5")
    # deleting the period takes its profiles along, in one undo step
    periods = widget.tables["periods"]
    periods.select("P1")
    periods.delete_selected()
    assert not park.periods and not park.profiles
    document.undo_stack.undo()
    assert "P1" in park.periods and park.profiles[utility_key].cost_factor == pytest.approx(0.5)
    # and deleting the utility too
    from parkflow.ui import undo

    document.undo_stack.push(undo.delete_command(document, [("utilities", "U_steam")]))
    assert utility_key not in park.profiles and not park.streams["B_steam"].utility
    document.undo_stack.undo()
    assert utility_key in park.profiles and park.streams["B_steam"].utility == "U_steam"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_column_has_a_label_with_unit_and_a_tooltip(language) -> None:
    table = catalogue.catalogue_in(language)
    for kind, columns in (
        ("periods", ("id", "name", "hours", "cycle", "duration_h")),
        ("profiles", ("period", "item", "amount_factor", "cost_factor")),
    ):
        for column in columns:
            text = table.get((kind, column)) or table[("*", column)]
            assert text.label and text.tooltip and text.label != column
    assert "h" in table[("periods", "hours")].label and "h" in table[("periods", "duration_h")].label
    assert "×" in table[("profiles", "amount_factor")].label
    if language == "zh_CN":
        assert table[("periods", "hours")].label == "每年小时数（h/年）"
        assert "系数" in table[("profiles", "cost_factor")].label


def test_item_drop_down_lists_streams_utilities_and_disposals(tables) -> None:
    document, _widget = tables
    values = [value for value, _text in catalogue.reference_choices(document.park, "profiles", "item")]
    assert {"A_steam", "U_steam", "D_water"} <= set(values)


def test_headers_in_chinese(tables) -> None:
    _document, widget = tables
    assert i18n.install_language("zh_CN")
    try:
        widget.retranslate()
        model = widget.tables["profiles"].model
        assert model.headerData(0, Qt.Orientation.Horizontal) == "时段"
        assert widget.tabText(widget.count() - 1) == "时段系数"
    finally:
        i18n.install_language("en")
