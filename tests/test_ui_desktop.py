"""A park manager working alone: compare, help, words instead of code names, selection, stale results."""

from __future__ import annotations

import dataclasses
import re

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QMessageBox
from ui_helpers import no_leaks, small_park  # noqa: F401 - fixture

from parkflow.model.entities import Enterprise
from parkflow.ui import i18n, undo
from parkflow.ui.app import make_application
from parkflow.ui.files import is_sample, samples_dir
from parkflow.ui.help import guide_path
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
    for other in win.files.compare_windows:
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
    assert window.files.write(str(path))
    assert window.actions_by_name["compare_saved"].isEnabled()
    window.document.undo_stack.push(
        undo.add_command(window.document, "enterprises", Enterprise("E9", "新厂 New mill", "", 3.0, 1.0))
    )
    compare = window.files.compare_with_saved()
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
    compare = window.files.compare_with(str(tmp_path / "before.parkflow"))
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


# -- help, hint, context menu, template ------------------------------------------------------
def test_help_menu_opens_the_bilingual_guide_shipped_with_the_package(window) -> None:
    assert {"help_guide", "about"} <= _menu_action_names(window.help_menu)
    assert window.actions_by_name["help_guide"].shortcut().toString() == "F1"
    for language in ("en", "zh_CN"):
        text = guide_path(language).read_text(encoding="utf-8")
        # drawing, importing a workbook, optimizing, reading results, a report, comparing
        for anchor in (
            'id="draw"',
            'id="start"',
            'id="optimize"',
            'id="read"',
            'id="report"',
            'id="compare"',
        ):
            assert anchor in text, (language, anchor)
    help_window = window.show_help()
    assert (
        "User guide" in help_window.browser.toPlainText() or "user guide" in help_window.browser.toPlainText()
    )
    window.set_language("zh_CN")
    assert "用户指南" in help_window.browser.toPlainText()
    help_window.close()


def test_empty_canvas_shows_a_hint_until_the_first_enterprise(window) -> None:
    assert not window.canvas_hint.isVisible()
    window.files.new_park()
    assert window.canvas_hint.isVisible()
    assert "Ctrl+E" in window.canvas_hint.text()
    window.add_enterprise()
    assert not window.canvas_hint.isVisible()


def _trigger(menu, name: str) -> None:
    action = next(action for action in menu.actions() if action.objectName() == name)
    action.trigger()


def test_canvas_context_menus_add_here_add_stream_properties_delete(window) -> None:
    scene = window.scene
    empty_point = scene.km_to_scene(8.0, 8.0)
    menu = window.canvas_context_menu(empty_point)
    assert {"context_add_enterprise", "context_paste", "context_park_settings"} <= _menu_action_names(menu)
    before = set(window.document.park.enterprises)
    _trigger(menu, "context_add_enterprise")
    (new_id,) = set(window.document.park.enterprises) - before
    enterprise = window.document.park.enterprises[new_id]
    assert (enterprise.x_km, enterprise.y_km) == (8.0, 8.0)  # free there: lands where clicked
    box = scene.enterprise_items["E1"].sceneBoundingRect().center()
    menu = window.canvas_context_menu(box)
    assert {"context_add_stream", "context_properties", "context_delete"} <= _menu_action_names(menu)
    _trigger(menu, "context_add_stream")
    assert window.inspector.kind == "streams"
    assert window.document.park.streams[window.inspector.entity_id].enterprise == "E1"
    menu = window.canvas_context_menu(scene.enterprise_items[new_id].sceneBoundingRect().center())
    _trigger(menu, "context_delete")
    assert new_id not in window.document.park.enterprises


def test_new_from_workbook_template_writes_every_sheet_explained_and_reads_back(window, tmp_path) -> None:
    from openpyxl import load_workbook

    from parkflow.model.io import load_park
    from parkflow.model.validate import validate_park
    from parkflow.model.workbook import SHEET_ORDER

    path = tmp_path / "template.xlsx"
    assert window.files.new_from_template(str(path))
    book = load_workbook(path)
    assert book.sheetnames == list(SHEET_ORDER)
    for name in SHEET_ORDER:
        sheet = book[name]
        assert sheet.max_row >= 2, name  # headers and at least one example row
    note = book["streams"]["A1"].comment.text if book["streams"]["A1"].value == "id" else ""
    amount = next(cell for cell in book["streams"][1] if cell.value == "amount")
    assert "Amount" in amount.comment.text and "数量" in amount.comment.text
    assert note
    park = load_park(str(path))
    assert not [problem for problem in validate_park(park) if problem.severity == "error"]
    assert set(window.document.park.enterprises) == set(park.enterprises)  # the example is open


# -- the new item is the selection ------------------------------------------------------------
def test_a_new_enterprise_is_the_only_selection_shown_in_the_inspector_in_free_space(window) -> None:
    scene = window.scene
    scene.select_entity("enterprises", "E1")
    window.view.centerOn(scene.enterprise_items["E1"].sceneBoundingRect().center())
    new_id = window.add_enterprise()
    assert scene.selected_entities() == [("enterprises", new_id)]
    assert (window.inspector.kind, window.inspector.entity_id) == ("enterprises", new_id)
    new_box = scene.enterprise_items[new_id].sceneBoundingRect()
    for other_id, item in scene.enterprise_items.items():
        if other_id != new_id:
            assert not new_box.intersects(item.sceneBoundingRect()), other_id
    # a second one does not land on the first
    second = window.add_enterprise()
    assert (
        not scene.enterprise_items[second]
        .sceneBoundingRect()
        .intersects(scene.enterprise_items[new_id].sceneBoundingRect())
    )


def test_paste_selects_the_pasted_copy_only_and_places_it_clear_of_the_original(window) -> None:
    scene = window.scene
    scene.select_entity("enterprises", "E2")
    window.copy_selection()
    window.paste()
    selected = scene.selected_entities()
    assert len(selected) == 1 and selected[0][1] not in ("E1", "E2", "E3")
    copy_id = selected[0][1]
    assert window.inspector.entity_id == copy_id
    copy_box = scene.enterprise_items[copy_id].sceneBoundingRect()
    assert not copy_box.intersects(scene.enterprise_items["E2"].sceneBoundingRect())


def test_adding_a_stream_uses_the_selected_enterprise_in_menus_and_tables(window) -> None:
    window.scene.select_entity("enterprises", "E3")
    stream_id = window.add_stream()
    assert window.document.park.streams[stream_id].enterprise == "E3"
    assert (window.inspector.kind, window.inspector.entity_id) == ("streams", stream_id)
    window.scene.select_entity("enterprises", "E2")
    table_stream = window.tables.tables["streams"].add_row()
    assert window.document.park.streams[table_stream].enterprise == "E2"
    assert window.inspector.entity_id == table_stream
    # the Links tab adds a link between a source and a sink that may be linked
    link_id = window.tables.tables["links"].add_row()
    link = window.document.park.links[link_id]
    # S3 needs 1.6 MPa, more than S1's 1.0 MPa, so the first pair that works is S1 → the new sink on E3
    assert (link.source, link.sink) == ("S1", stream_id)
    assert window.inspector.entity_id == link_id


def test_a_bundled_sample_opens_as_a_template(window, tmp_path) -> None:
    sample = samples_dir() / "jiaxing_port.parkflow"
    if not sample.is_file():
        pytest.skip("no bundled sample")
    assert window.files.open_path(str(sample))
    assert window.document.file_path is None  # Save goes to Save As
    assert "jiaxing_port" in window.windowTitle()
    window.settings.setValue("recent_files", [str(sample)])
    assert not is_sample(window.files.last_folder(writing=True))


# -- stale results, costs, Pareto memory ------------------------------------------------------
def test_an_edit_marks_results_out_of_date_at_once_and_one_click_reoptimizes(window, qtbot) -> None:
    from parkflow.optimize import optimize

    park = window.document.park
    for link in park.links.values():
        link.distance_km = 1.0  # typed lengths: a pipe's length then does not follow the boxes' positions
    result = optimize(park)
    window.document.set_result(result)
    window.results_dock.set_result(park, result)
    assert not window.canvas_stale_banner.isVisible()
    assert not window.results_dock.stale_banner.isVisible()
    # with typed lengths, moving a box changes nothing the optimizer sees
    window.document.undo_stack.push(undo.move_command(window.document, {"E1": ((0.0, 0.0), (0.2, 0.1))}))
    assert not window.canvas_stale_banner.isVisible()
    stream = park.streams["S2"]
    window.document.undo_stack.push(
        undo.change_command(window.document, "streams", dataclasses.replace(stream, amount=14.0))
    )
    assert window.canvas_stale_banner.isVisible()
    assert window.results_dock.stale_banner.isVisible()
    assert not window.results_dock.cards_grid.isEnabled()
    with qtbot.waitSignal(window.runner.finished, timeout=60_000):
        window.canvas_stale_banner.button.click()
    assert not window.document.result_stale
    assert not window.canvas_stale_banner.isVisible()
    assert not window.results_dock.stale_banner.isVisible()


def test_no_costs_warns_names_what_has_no_price_and_offers_co2(window) -> None:
    from parkflow.optimize import SolveOptions

    park = window.document.park
    for utility in park.utilities.values():
        utility.cost_cny_per_unit = None
    asked: list[str] = []
    window.ask_no_costs = lambda message: asked.append(message) or "co2"
    options = window.check_costs(SolveOptions(objective="cost"))
    assert options.objective == "co2"
    assert "U1" in asked[0] and "U2" in asked[0] and "D1" in asked[0]
    # the CO2 objective needs no prices: no question
    asked.clear()
    assert window.check_costs(SolveOptions(objective="co2")).objective == "co2"
    assert not asked
    # one price is enough
    park.utilities["U1"].cost_cny_per_unit = 220.0
    assert window.check_costs(SolveOptions(objective="cost")).objective == "cost"
    assert not asked


def test_f5_runs_one_optimization_even_after_a_pareto_sweep(window, monkeypatch) -> None:
    from parkflow.ui.results import OptimizeDialog

    window.settings.setValue("optimize_dialog/pareto_points", 7)
    started: list[int] = []
    monkeypatch.setattr(OptimizeDialog, "exec", lambda self: 1)
    monkeypatch.setattr(
        window, "start_optimization", lambda options=None, pareto_points=0: started.append(pareto_points)
    )
    window.run_optimization()
    window.run_optimization(pareto=True)
    assert started == [0, 7]


# -- small faults ---------------------------------------------------------------------------
def test_every_shortcut_is_bound_once_and_ctrl_y_redoes(window) -> None:
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            text = sequence.toString()
            assert text not in seen, (
                f"{text} is bound to {seen[text]} and {action.objectName() or action.text()}"
            )
            seen[text] = action.objectName() or action.text()
    redo_keys = {sequence.toString() for sequence in window.actions_by_name["redo"].shortcuts()}
    assert "Ctrl+Y" in redo_keys
    assert window.actions_by_name["add_stream"].shortcut().toString() == "Ctrl+Shift+A"


def test_language_switch_retranslates_undo_texts_tooltips_table_values_and_qt_dialogs(window) -> None:
    from PySide6.QtCore import QCoreApplication

    enterprise_id = window.add_enterprise()
    assert window.document.undo_stack.undoText() == f"Add enterprise {enterprise_id}"
    port = window.scene.enterprise_items["E1"].ports["S1"]
    assert "Offered (source)" in port.toolTip() and "Steam" in port.toolTip()
    window.set_language("zh_CN")
    assert window.document.undo_stack.undoText() == f"添加 企业 {enterprise_id}"
    assert "供出（源）" in port.toolTip() and "蒸汽" in port.toolTip()
    # Qt's own dialogs ("Look in:", button texts) speak Chinese too
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
    links = window.tables.tables["links"].model
    status = links.data(links.index(0, links.columns.index("status")))
    assert status == "已建"
    assert window.tables.tables["links"].add_button.text() == "添加"
    window.set_language("en")
    assert window.document.undo_stack.undoText() == f"Add enterprise {enterprise_id}"
    assert links.data(links.index(0, links.columns.index("status"))) == "Existing"


def test_a_link_within_one_enterprise_loops_over_its_box(window) -> None:
    from parkflow.model.entities import Direction, Link, Medium, Stream

    document = window.document
    document.undo_stack.push(
        undo.add_command(
            document,
            "streams",
            Stream("S9", "E1", Direction.SINK, Medium.STEAM, "own use", 5.0, "t/h", pressure_mpa=0.5),
        )
    )
    document.undo_stack.push(undo.add_command(document, "links", Link("L9", "S1", "S9")))
    edge = window.scene.edge_items["L9"]
    box = window.scene.enterprise_items["E1"].sceneBoundingRect()
    path = edge.path().boundingRect()
    assert path.top() < box.top()  # over the box, where it can be seen and clicked
    assert path.left() < box.left() and path.right() > box.right()


def test_optimized_flow_is_a_column_of_the_links_table(window) -> None:
    from parkflow.optimize import optimize

    model = window.tables.tables["links"].model
    column = model.columns.index("optimized_flow")
    assert model.data(model.index(0, column)) is None  # no result yet
    header = model.headerData(column, Qt.Orientation.Horizontal)
    assert header.startswith("Optimized flow")
    result = optimize(window.document.park)
    window.document.set_result(result)
    flow = result.to_state().link_flows["L1"].amount
    assert float(model.data(model.index(0, column))) == pytest.approx(flow, rel=1e-6)
    assert not (model.flags(model.index(0, column)) & Qt.ItemFlag.ItemIsEditable)


def test_plural_forms_read_right_for_one(window) -> None:
    window._on_problem_count(1, 1)
    assert window.problem_label.text() == "1 error, 1 warning"
    window._on_problem_count(2, 0)
    assert window.problem_label.text() == "2 errors, 0 warnings"
    window.scene.select_entity("enterprises", "E1")
    window.copy_selection()
    assert window.statusBar().currentMessage() == "Copied 1 enterprise"


def test_empty_pareto_and_heat_tabs_show_a_hint_not_empty_axes(window) -> None:
    dock = window.results_dock
    dock.clear()
    assert dock.pareto_plot.isHidden() and "Shift+F5" in dock.pareto_label.text()
    assert dock.heat_plots.isHidden() and "F6" in dock.targets_label.text()


def test_results_say_why_the_lp_objective_and_the_cost_card_differ(qtbot, request) -> None:
    from parkflow.model.store import open_scenario
    from parkflow.optimize import SolveOptions, optimize
    from parkflow.ui.results import ResultsDock

    make_application()
    sample = samples_dir() / "jiaxing_port.parkflow"
    if not sample.is_file():
        pytest.skip("no bundled sample")
    park = open_scenario(sample).park
    dock = ResultsDock()
    qtbot.addWidget(dock)
    request.addfinalizer(dock.shutdown)  # showing a result starts the "Who gains" run: join it
    # measured on the Jiaxing Port sample: LP objective 253.726 M CNY/yr, Cost card 254.566 M
    # (a new link's capex charged by the share of capacity used); MILP: both 254.397 M
    lp = optimize(park.copy(), SolveOptions(mode="lp"))
    dock.set_result(park, lp)
    assert lp.objective_value < dock._kpis["cost_cny_per_yr"]["optimized"]
    assert "differ" in dock.notes_label.text()
    milp = optimize(park.copy(), SolveOptions(mode="milp"))
    dock.set_result(park, milp)
    assert milp.objective_value == pytest.approx(dock._kpis["cost_cny_per_yr"]["optimized"], rel=1e-6)
    assert "differ" not in dock.notes_label.text()


def test_import_hourly_profiles_opens_from_the_file_menu(window, monkeypatch) -> None:
    """File ▸ Import Hourly Profiles… opens its dialog in the last folder; Cancel changes nothing."""
    from parkflow.ui.hourly_dialog import HourlyProfilesDialog

    opened: list[HourlyProfilesDialog] = []

    def cancel(dialog: HourlyProfilesDialog) -> int:
        opened.append(dialog)
        return int(HourlyProfilesDialog.DialogCode.Rejected)

    monkeypatch.setattr(HourlyProfilesDialog, "exec", cancel)
    periods_before = dict(window.document.park.periods)
    window.actions_by_name["import_hourly"].trigger()
    assert len(opened) == 1
    assert window.document.park.periods == periods_before and window.document.undo_stack.count() == 0
