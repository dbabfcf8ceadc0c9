"""The results dock shows KPI cards, charts, price tables, the Pareto front and heat curves.

Every test builds a small park, runs the real optimizer and accounting on it,
hands the result to the dock and reads the dock's widgets.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import dataclasses  # noqa: E402

import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from ui_results_helpers import small_park, tradeoff_park  # noqa: E402

from parkflow.optimize import Diagnosis, SolveOptions, optimize, pareto  # noqa: E402
from parkflow.report.catalogue import KPI_KEYS  # noqa: E402
from parkflow.report.kpis import park_kpis  # noqa: E402
from parkflow.ui.results import OptimizeDialog, ResultsDock  # noqa: E402
from parkflow.ui.results.formatting import format_change, format_quantity  # noqa: E402
from parkflow.ui.results.frame_model import FrameTableModel  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def solved():
    park = small_park()
    return park, optimize(park, SolveOptions())


@pytest.fixture(scope="module")
def front():
    park = tradeoff_park()
    return park, pareto(park, 4, SolveOptions())


@pytest.fixture
def dock(qtbot):
    widget = ResultsDock()
    qtbot.addWidget(widget)
    return widget


def test_format_quantity_reads_like_a_report() -> None:
    assert format_quantity(42048.0) == "42,048"
    assert format_quantity(1.27e7) == "12.70 M"
    assert format_quantity(0.64) == "0.640"
    assert format_quantity(None) == "–"
    assert format_quantity(-32000.0) == "−32,000"
    assert format_change(42000.0, 10500.0) == "−31,500 (−75.0 %)"
    # a base of 0 has no percentage; solver round-off in the base counts as 0
    assert format_change(0.0, 0.0) == "0 (–)"
    assert format_change(3e-9, 0.0) == "0 (–)"
    assert format_change(0.0, 12.0) == "+12.0 (–)"
    # a change that rounds to 0.0 % never reads "−0.0 %"
    assert format_change(1.0e6, 1.0e6 - 10.0) == "−10.0 (0.0 %)"
    assert format_change(500.0, 500.0) == "0 (0.0 %)"
    assert "−0.0" not in format_change(8400.0, 8400.0 - 1e-7)


def test_kpi_card_with_nothing_to_reduce_shows_no_percentage(qtbot) -> None:
    # CO2 scope 2 of a park that buys no electricity: 0 in every state (plus solver noise)
    from parkflow.ui.results.cards import KpiCard

    card = KpiCard("co2_scope2_t_per_yr", {"standalone": 0.0, "current": 2e-9, "optimized": 0.0})
    qtbot.addWidget(card)
    assert card.change_labels["vs_current"].text() == "0 (–)"
    assert card.change_labels["vs_standalone"].text() == "0 (–)"
    assert card.change_labels["vs_current"].styleSheet() == ""


def test_kpi_cards_show_three_states_and_reductions(dock, solved) -> None:
    park, result = solved
    dock.set_result(park, result)
    # Standalone: B and C buy 25 t/h of boiler steam at 0.21 t CO2/t, 8000 h → 42,000 t; the
    # 30 t/h of fresh water at 0.0002 t/t (48 t) is upstream (scope 3), reported apart and not
    # in the headline. Optimized: C still buys 5 t/h → 8,400 t.
    card = dock.kpi_cards["co2_t_per_yr"]
    assert card.value_labels["standalone"].text() == "42,000"
    assert card.value_labels["optimized"].text() == "8,400"
    expected = park_kpis(park, result).as_dict()["co2_t_per_yr"]
    assert card.value_labels["current"].text() == format_quantity(expected["current"])
    assert card.change_labels["vs_standalone"].text() == "−33,600 (−80.0 %)"
    upstream = dock.kpi_cards["co2_upstream_t_per_yr"]
    assert (upstream.value_labels["standalone"].text(), upstream.value_labels["optimized"].text()) == (
        "48.0",
        "0",
    )
    water = dock.kpi_cards["fresh_water_t_per_yr"]
    assert (water.value_labels["standalone"].text(), water.value_labels["optimized"].text()) == (
        "240,000",
        "0",
    )
    assert list(dock.kpi_cards) == list(KPI_KEYS)  # the KPI catalogue's order
    assert list(KPI_KEYS)[:7] == [
        "co2_t_per_yr",
        "co2_scope1_t_per_yr",
        "co2_scope2_t_per_yr",
        "co2_upstream_t_per_yr",
        "co2_utilised_t_per_yr",
        "cod_generated_t_per_yr",
        "cod_discharged_t_per_yr",
    ]
    assert "optimal" in dock.status_label.text()
    assert dock.diagnosis_box.isHidden()
    assert "0.1229 kgce/kWh" in dock.convention_label.text()  # the electricity basis is labelled (calorific)


def test_charts_by_state_enterprise_and_medium(dock, solved) -> None:
    park, result = solved
    dock.set_result(park, result)
    dock.kpi_combo.setCurrentIndex(dock.kpi_combo.findData("co2_t_per_yr"))
    assert dock.state_chart.values == pytest.approx([42000.0, 28560.0, 8400.0])
    assert dock.state_chart.bar_item is not None
    # B no longer buys steam (−25,200 t); C buys half as much (−8,400 t; its water's CO2 is upstream,
    # outside the headline); A never emitted
    assert dock.enterprise_chart.labels == ["造纸 B", "印染 C"]
    assert dock.enterprise_chart.values == pytest.approx([25200.0, 8400.0])
    assert dock.medium_chart.labels == ["Steam"]
    assert dock.medium_chart.values == pytest.approx([33600.0])
    dock.kpi_combo.setCurrentIndex(dock.kpi_combo.findData("fresh_water_t_per_yr"))
    assert dock.state_chart.values == pytest.approx([240000.0, 240000.0, 0.0])
    assert dock.medium_chart.labels == ["Water"]


def test_price_tables_list_rows_read_them_and_activate_items(dock, solved, qtbot) -> None:
    park, result = solved
    dock.set_result(park, result)
    assert dock.duals_model.rowCount() == len(result.duals) > 0
    names = dock.duals_model.column_names
    assert "reading_en" in names and "reading_zh" not in names
    assert dock.duals_model.headerData(names.index("reading_en"), Qt.Orientation.Horizontal) == "Reading"
    assert dock.duals_view.isColumnHidden(names.index("shadow_price"))
    assert not dock.duals_view.isColumnHidden(names.index("hourly_value"))
    largest = result.duals["hourly_value"].abs().idxmax()
    assert dock.duals_reading.text() == result.duals.loc[largest, "reading_en"]
    row = list(result.duals.index).index("sink_balance__B_steam")
    with qtbot.waitSignal(dock.item_activated) as blocker:
        dock.duals_view.clicked.emit(dock.duals_model.index(row, 0))
    assert blocker.args == ["stream", "B_steam"]
    assert dock.duals_reading.text() == result.duals.loc["sink_balance__B_steam", "reading_en"]


def test_reduced_costs_of_an_unused_candidate(dock, qtbot) -> None:
    park = tradeoff_park()
    result = optimize(park, SolveOptions())  # L_DC (300 CNY/t) is not worth it at the cheapest point
    dock.set_result(park, result)
    assert "L_DC" in result.reduced_costs.index
    assert dock.reduced_costs_model.rowCount() == len(result.reduced_costs)
    row = list(result.reduced_costs.index).index("L_DC")
    with qtbot.waitSignal(dock.item_activated) as blocker:
        dock.reduced_costs_view.clicked.emit(dock.reduced_costs_model.index(row, 1))
    assert blocker.args == ["link", "L_DC"]


def test_diagnosed_result_and_failure_show_the_diagnosis(dock, solved) -> None:
    park, result = solved
    diagnosed = dataclasses.replace(
        result, status="infeasible", diagnosis=Diagnosis((), ["sink C_steam is short by 20 t/h"])
    )
    dock.set_result(park, diagnosed)
    assert not dock.diagnosis_box.isHidden()
    assert dock.diagnosis_box.toPlainText() == "sink C_steam is short by 20 t/h"
    assert dock.kpi_cards == {}
    dock.set_result(park, result)
    assert dock.diagnosis_box.isHidden()
    dock.show_failure("The park has no feasible solution.\nsink C_steam is short by 20 t/h")
    assert "C_steam" in dock.diagnosis_box.toPlainText()
    assert dock.kpi_cards == {} and dock.duals_model.rowCount() == 0


def test_pareto_front_click_selects_that_result(dock, front, qtbot) -> None:
    park, results = front
    dock.set_pareto(park, results)
    assert dock.pareto_plot.point_count() == 4
    # the cheapest point is shown first: it buys 5 t/h of boiler steam for C
    assert dock.kpi_cards["co2_t_per_yr"].value_labels["optimized"].text() == "8,400"
    with qtbot.waitSignal(dock.pareto_point_selected) as blocker:
        dock.pareto_plot.select(3)
    assert blocker.args[0] is results[3]
    assert dock.kpi_cards["co2_t_per_yr"].value_labels["optimized"].text() == "0"


def test_pareto_click_through_the_scatter(dock, front, qtbot) -> None:
    park, results = front
    dock.set_pareto(park, results)
    points = dock.pareto_plot.scatter.points()
    assert len(points) == 4
    with qtbot.waitSignal(dock.pareto_point_selected) as blocker:
        dock.pareto_plot.scatter.sigClicked.emit(dock.pareto_plot.scatter, [points[1]], None)
    assert blocker.args[0] is results[1]


def test_heat_targets_and_curves(dock) -> None:
    dock.set_targets(tradeoff_park())
    text = dock.targets_label.text()
    assert "minimum cold utility <b>1.00 MW</b>" in text
    assert len(dock.composite_plot.curve_items) == 2  # hot and cold composite
    assert len(dock.grand_composite_plot.curve_items) == 1


def test_clear_forgets_everything(dock, solved) -> None:
    dock.set_result(*solved)
    dock.clear()
    assert dock.kpi_cards == {}
    assert dock.duals_model.rowCount() == 0
    assert dock.state_chart.values == []


def test_optimize_dialog_gives_options_and_remembers_them(qtbot, tmp_path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = OptimizeDialog(settings=settings)
    qtbot.addWidget(dialog)
    dialog.objective_combo.setCurrentIndex(dialog.objective_combo.findData("co2"))
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData("milp"))
    dialog.time_limit_check.setChecked(True)
    dialog.time_limit_spin.setValue(30)
    dialog.pareto_spin.setValue(5)
    assert dialog.gap_spin.isEnabled()
    dialog.gap_spin.setValue(0.1)
    options = dialog.options()
    assert options == SolveOptions(
        objective="co2", mode="milp", solver="highs", time_limit=30.0, mip_gap=0.001
    )
    dialog.accept()
    again = OptimizeDialog(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.options() == options
    assert again.pareto_points() == 5
    again.mode_combo.setCurrentIndex(again.mode_combo.findData("lp"))
    assert not again.gap_spin.isEnabled()  # the gap means nothing to an LP


def test_optimize_dialog_gap_default_is_the_optimizers(qtbot, tmp_path) -> None:
    from parkflow.ui.results.dialog import DEFAULT_GAP_PCT

    dialog = OptimizeDialog(settings=QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(dialog)
    assert dialog.options().mip_gap == pytest.approx(SolveOptions().mip_gap)
    assert pytest.approx(SolveOptions().mip_gap) == DEFAULT_GAP_PCT / 100


def test_optimize_dialog_disables_missing_solvers(qtbot, tmp_path, monkeypatch) -> None:
    from parkflow.ui.results import dialog as dialog_module

    monkeypatch.setattr(dialog_module, "available_solvers", lambda: frozenset({"cbc"}))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = OptimizeDialog(settings=settings)
    qtbot.addWidget(dialog)
    highs_item = dialog.solver_combo.model().item(dialog.solver_combo.findData("highs"))
    assert not highs_item.isEnabled()
    assert dialog.options().solver == "cbc"


def test_optimize_dialog_without_any_solver_cannot_start(qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from parkflow.ui.results import dialog as dialog_module

    monkeypatch.setattr(dialog_module, "available_solvers", lambda: frozenset())
    dialog = OptimizeDialog(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(dialog)
    assert not dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert not dialog.no_solver_label.isHidden()


def test_frame_model_shows_named_index_first() -> None:
    model = FrameTableModel(pd.DataFrame({"value": [1.5]}, index=pd.Index(["K1"], name="stream_id")))
    assert model.headerData(0, Qt.Orientation.Horizontal) == "stream_id"
    assert model.data(model.index(0, 0)) == "K1"
    assert model.data(model.index(0, 1)) == "1.500"


def test_chinese_translation_covers_the_dock(qtbot, solved) -> None:
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    qm = Path(__file__).resolve().parents[1] / "resources" / "translations" / "parkflow_zh_CN.qm"
    translator = QTranslator()
    assert translator.load(str(qm)), f"compile it: pyside6-lrelease {qm.with_suffix('.ts')}"
    QCoreApplication.installTranslator(translator)
    try:
        park, result = solved
        dock = ResultsDock()
        qtbot.addWidget(dock)
        dock.set_result(park, result)
        assert [dock.tabs.tabText(i) for i in range(dock.tabs.count())] == [
            "概要",
            "图表",
            "影子价格",
            "帕累托",
            "热量",
            "企业",
            "谁受益",
            "储罐",
        ]
        assert dock.kpi_cards["co2_t_per_yr"].text().startswith("二氧化碳排放量（范围一+二）")
        names = dock.duals_model.column_names
        assert "reading_zh" in names and "reading_en" not in names
        assert "最优" in dock.status_label.text()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_switching_language_retranslates_a_shown_result(qtbot, solved) -> None:
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    from parkflow.ui.sankey import SankeyWindow

    park, result = solved
    dock = ResultsDock()
    qtbot.addWidget(dock)
    dock.set_result(park, result)
    sankey = SankeyWindow()
    qtbot.addWidget(sankey)
    sankey.set_state(park, result.to_state())
    qm = Path(__file__).resolve().parents[1] / "resources" / "translations" / "parkflow_zh_CN.qm"
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)  # Qt sends LanguageChange to every widget
    try:
        qtbot.waitUntil(lambda: dock.tabs.tabText(0) == "概要")
        assert dock.kpi_cards["co2_t_per_yr"].value_labels["optimized"].text() == "8,400"
        assert dock.kpi_cards["co2_t_per_yr"].text().startswith("二氧化碳排放量（范围一+二）")
        assert "reading_zh" in dock.duals_model.column_names
        qtbot.waitUntil(lambda: sankey.svg_button.text() == "导出 SVG…")
        assert len(sankey.band_items) == len(sankey.bands)
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: dock.tabs.tabText(0) == "Summary")


def test_a_front_without_trade_off_says_so(dock, solved) -> None:
    park, _ = solved
    results = pareto(park, 3, SolveOptions())  # in the small park the cheapest operation is also the cleanest
    dock.set_pareto(park, results)
    assert dock.pareto_plot.is_degenerate()
    assert "coincide" in dock.pareto_label.text()
    x_range, y_range = dock.pareto_plot.getViewBox().viewRange()
    assert x_range[1] > x_range[0] and y_range[1] > y_range[0]


def test_milp_result_says_how_far_the_search_got(dock, qtbot) -> None:
    """A MILP result shows, in the dock, how near it is to the best possible network
    as a share of the savings at stake, plus the optimizer's notes (heat rounding …)."""
    from parkflow.model.generate import generate_park

    park = generate_park(20, 1)
    result = optimize(park, SolveOptions(mode="milp"))
    assert 0.0 <= result.totals["savings_gap"] <= 0.005 + 1e-12
    dock.set_result(park, result)
    text = dock.notes_label.text()
    assert not dock.notes_label.isHidden()
    assert "of the savings at stake" in text and f"{100 * result.totals['savings_gap']:.2f} %" in text
    assert "MILP: the network found" not in text  # the English note is replaced by the translated line
    lp = optimize(park, SolveOptions(mode="lp"))
    dock.set_result(park, lp)
    assert "savings at stake" not in dock.notes_label.text()
    dock.clear()
    assert dock.notes_label.isHidden()


def test_not_modelled_kpi_card_says_so_instead_of_zero(dock) -> None:
    from pathlib import Path

    from parkflow.model.io import load_park

    park = load_park(Path(__file__).resolve().parent.parent / "sample_parks" / "taizhou_bay.parkflow")
    dock.set_result(park, optimize(park, SolveOptions()))
    water = dock.kpi_cards["fresh_water_t_per_yr"]  # Taizhou models no fresh-water utility
    assert "Not modelled in this park" in water.text()
    assert all(label.text() == "–" for label in water.value_labels.values())
    assert dock.kpi_cards["co2_t_per_yr"].note_label.isHidden()


def test_cards_take_one_column_when_the_dock_is_narrow(dock, solved, qtbot) -> None:
    """Docked beside the canvas the panel can be narrower than two cards: the cards then
    stack in one column instead of hiding behind a sideways scroll bar."""
    park, result = solved
    dock.setFloating(True)
    dock.resize(1100, 800)
    dock.show()
    dock.set_result(park, result)
    qtbot.waitUntil(lambda: dock._card_columns == 2)
    second = dock.cards_layout.indexOf(list(dock.kpi_cards.values())[1])
    assert dock.cards_layout.getItemPosition(second)[:2] == (0, 1)
    dock.resize(330, 800)
    qtbot.waitUntil(lambda: dock._card_columns == 1)
    assert dock.cards_layout.getItemPosition(second)[:2] == (1, 0)


def test_enterprises_tab_in_chinese_writes_chinese_units(qtbot, solved) -> None:
    # the intensity columns are per 10⁴ CNY (万元) of value added: 吨/万元 and 吨标煤/万元 in Chinese,
    # like the 吨/年 and 元/年 of the other columns
    from PySide6.QtCore import Qt

    from parkflow.ui import i18n

    park, result = solved
    assert i18n.install_language("zh_CN")
    try:
        dock = ResultsDock()
        qtbot.addWidget(dock)
        dock.set_result(park, result)
        model = dock.enterprises_model
        headers = [
            model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())
        ]
        assert any(header.endswith("（吨/万元）") or header.endswith("(吨/万元)") for header in headers), (
            headers
        )
        assert any("吨标煤/万元" in header for header in headers), headers
        assert not any("CNY" in header or "t/yr" in header for header in headers), headers
    finally:
        i18n.install_language("en")
