"""A park manager working alone: compare, help, words instead of code names, selection, stale results."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QMessageBox
from ui_helpers import no_leaks, small_park  # noqa: F401 - fixture

from parkflow.model.entities import Enterprise
from parkflow.ui import commands, i18n
from parkflow.ui.app import make_application
from parkflow.ui.inspector import NotesEdit
from parkflow.ui.mainwindow import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings, no_leaks, monkeypatch):  # noqa: F811
    make_application()
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: QMessageBox.StandardButton.Ok)
    win = MainWindow(settings=settings, autosave=False)
    win.document.set_park(small_park())
    win.show()
    qtbot.waitExposed(win)
    yield win
    for other in win.compare_windows:
        other.close()
    win.document.set_modified(False)
    assert win.close()
    win.deleteLater()
    i18n.install_language("en")


def _menu_action_names(menu) -> set[str]:
    return {action.objectName() for action in menu.actions()}


# -- compare -------------------------------------------------------------------------------
def test_compare_is_reachable_from_the_file_menu(window) -> None:
    names = _menu_action_names(window.file_menu)
    assert {"compare_with", "compare_saved"} <= names
    # nothing saved yet: no last saved version to compare with
    assert not window.actions_by_name["compare_saved"].isEnabled()


def test_compare_with_last_saved_version_shows_the_edit_and_exports_a_report(window, tmp_path) -> None:
    path = tmp_path / "park.parkflow"
    assert window._write(str(path))
    assert window.actions_by_name["compare_saved"].isEnabled()
    window.document.undo_stack.push(
        commands.add_command(window.document, "enterprises", Enterprise("E9", "新厂 New mill", "", 3.0, 1.0))
    )
    compare = window.compare_with_saved()
    assert compare is not None and compare.isVisible()
    comparison = compare.comparison
    assert comparison is not None
    assert comparison.a.label == "park.parkflow (last saved)"
    assert "open in ParkFlow" in comparison.b.label
    assert comparison.diff.added["enterprises"] == ["E9"]
    assert compare.export_button.isEnabled()
    report = compare.export_report(tmp_path / "compare.html")
    text = report.read_text(encoding="utf-8")
    assert "park.parkflow (last saved)" in text and "E9" in text


def test_compare_with_another_file(window, tmp_path) -> None:
    other = small_park()
    del other.links["L1"]
    from parkflow.model.store import save_scenario

    save_scenario(tmp_path / "before.parkflow", other, None)
    compare = window.compare_with(str(tmp_path / "before.parkflow"))
    assert compare is not None
    assert compare.comparison.a.label == "before.parkflow"
    assert compare.comparison.diff.added["links"] == ["L1"]


# -- words instead of code names ------------------------------------------------------------
CODE_NAME = re.compile(r"\b[a-z0-9]+_[a-z0-9_]+\b")


def _all_forms(window):
    """(kind, id) of one item of every kind, and the park settings (None)."""
    yield None
    park = window.document.park
    for kind in ("enterprises", "streams", "links", "utilities", "disposals"):
        yield kind, next(iter(park.collection(kind)))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_inspector_and_tables_show_labels_with_units_never_code_names(window, language) -> None:
    window.set_language(language)
    for form in _all_forms(window):
        if form is None:
            window.inspector.show_park()
        else:
            window.inspector.show_entity(*form)
        for column, label in window.inspector.labels.items():
            assert not CODE_NAME.search(label.text()), (form, column, label.text())
            assert label.text() != column or column in ("id",), (form, column)
            assert window.inspector.editors[column].toolTip(), (form, column)
    labels = {label.text() for label in window.inspector.labels.values()}
    window.inspector.show_park()
    hours = window.inspector.labels["hours_per_year"].text()
    assert hours == ("年运行小时数（h/年）" if language == "zh_CN" else "Operating hours per year (h/yr)")
    assert "8000" in window.inspector.editors["hours_per_year"].toolTip()
    for kind, table in window.tables.tables.items():
        model = table.model
        for section, column in enumerate(model.columns):
            header = model.headerData(section, Qt.Orientation.Horizontal)
            assert not CODE_NAME.search(header), (kind, column, header)
            assert model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    # enum values read as words in the table
    streams = window.tables.tables["streams"].model
    medium_column = streams.columns.index("medium")
    shown = streams.data(streams.index(0, medium_column))
    assert shown == ("蒸汽" if language == "zh_CN" else "Steam")
    assert labels


def test_references_and_enums_are_drop_downs_and_notes_are_multi_line(window) -> None:
    inspector = window.inspector
    inspector.show_entity("streams", "S2")
    for column in ("enterprise", "utility", "disposal", "medium", "direction"):
        assert isinstance(inspector.editors[column], QComboBox), column
    enterprise = inspector.editors["enterprise"]
    assert [enterprise.itemData(i) for i in range(enterprise.count())] == ["E1", "E2", "E3"]
    # choosing another enterprise from the drop-down moves the stream there
    enterprise.setCurrentIndex(enterprise.findData("E3"))
    enterprise.activated.emit(enterprise.currentIndex())
    assert window.document.park.streams["S2"].enterprise == "E3"
    utility = inspector.editors["utility"]
    assert utility.itemData(0) == ""  # a sink may have no utility
    inspector.show_entity("utilities", "U1")
    factor = inspector.editors["factor"]
    assert isinstance(factor, QComboBox) and factor.findData("steam_gas_boiler") > 0
    inspector.show_entity("enterprises", "E1")
    notes = inspector.editors["notes"]
    assert isinstance(notes, NotesEdit)
    notes.setPlainText("line one\nline two")
    notes.editing_finished.emit()
    assert window.document.park.enterprises["E1"].notes == "line one\nline two"


def test_money_reads_in_wan_and_yi_in_chinese(window) -> None:
    from parkflow.ui.results.formatting import format_quantity, kpi_unit

    assert format_quantity(253.726e6) == "253.73 M"
    assert kpi_unit("cost_cny_per_yr") == "CNY/yr"
    window.set_language("zh_CN")
    assert format_quantity(253.726e6) == "2.54 亿"
    assert format_quantity(1.27e7) == "1,270 万"
    assert kpi_unit("cost_cny_per_yr") == "元/年"
