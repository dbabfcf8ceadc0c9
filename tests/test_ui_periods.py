"""The period selector: the results dock, the canvas, the links table and the Sankey follow it.

The park is the results-dock test park with two periods: Summer (2,928 h),
when 造纸 B needs 40 % of its 15 t/h of steam (6 t/h), and Winter
(5,832 h) at its full need; the real optimizer solves both at once.

Worked by hand (tests/ui_results_helpers.py: 化工 A offers 20 t/h of steam,
L_AB is an existing link at 5 CNY/t, L_AC a candidate of 10 t/h at 8 CNY/t,
C needs 10 t/h, gas-boiler steam costs 220 CNY/t):
* Summer: B takes 6 t/h over L_AB, C 10 t/h over L_AC (its capacity): 16 of 20 t/h.
* Winter: B takes 15 t/h over the cheaper L_AB, C the 5 t/h left over L_AC and
  5 t/h of boiler steam.
* The whole year's rate of L_AB is (6 × 2,928 + 15 × 5,832) ÷ 8,760 = 105,048 ÷ 8,760
  = 11.9918 t/h; of L_AC (10 × 2,928 + 5 × 5,832) ÷ 8,760 = 58,440 ÷ 8,760 = 6.6712 t/h.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402
from ui_results_helpers import small_park  # noqa: E402

from parkflow.model.entities import Park, Period, Profile, profile_key  # noqa: E402
from parkflow.optimize import OptimizationResult, SolveOptions, optimize  # noqa: E402
from parkflow.ui import i18n  # noqa: E402
from parkflow.ui.results import ResultsDock  # noqa: E402
from parkflow.ui.results.periods import result_in_period, shown_result  # noqa: E402

pytestmark = pytest.mark.gui

SUMMER_H, WINTER_H = 2928.0, 5832.0
#: link → (summer t/h, winter t/h, whole year t/h), worked by hand above
HAND = {"L_AB": (6.0, 15.0, 105048.0 / 8760.0), "L_AC": (10.0, 5.0, 58440.0 / 8760.0)}


def seasons_park() -> Park:
    park = small_park()
    park.periods["S"] = Period("S", name="Summer", hours=SUMMER_H)
    park.periods["W"] = Period("W", name="Winter", hours=WINTER_H)
    park.profiles[profile_key("S", "B_steam")] = Profile("S", "B_steam", amount_factor=0.4)
    return park


@pytest.fixture(scope="module")
def seasons():
    park = seasons_park()
    return park, optimize(park, SolveOptions())


@pytest.fixture
def dock(qtbot):
    widget = ResultsDock()
    qtbot.addWidget(widget)
    yield widget
    widget.shutdown()


def _flow(result: OptimizationResult, link_id: str) -> float:
    return float(result.flows.loc[link_id, "amount"])


def _state_flow(result: OptimizationResult, link_id: str) -> float:
    """What the canvas draws for a link: the rate of the result's state."""
    return result.to_state().link_flows[link_id].amount


def test_one_period_view_is_that_periods_rates(seasons) -> None:
    _park, result = seasons
    for period_id, column in (("S", 0), ("W", 1)):
        view = result_in_period(result, period_id)
        assert "period" not in view.flows.columns and view.periods == ()
        assert not view.flows.index.duplicated().any()
        for link_id, figures in HAND.items():
            assert _flow(view, link_id) == pytest.approx(figures[column], abs=1e-6)
            assert _state_flow(view, link_id) == pytest.approx(figures[column], abs=1e-6)
        assert set(view.duals.index) == set(result.duals.index[result.duals["period"] == period_id])
    # winter: C's last 5 t/h from the gas boiler
    assert float(result_in_period(result, "W").utilities.loc["C_steam", "amount"]) == pytest.approx(
        5.0, abs=1e-6
    )


def test_whole_year_view_is_the_hours_weighted_average_rate(seasons) -> None:
    _park, result = seasons
    year = shown_result(result, None)
    assert year is result
    for link_id, figures in HAND.items():
        assert _state_flow(year, link_id) == pytest.approx(figures[2], rel=1e-9)
    # a result without periods is drawn as it is
    summer = result_in_period(result, "S")
    assert shown_result(summer, None) is summer and shown_result(summer, "S") is summer


def test_selector_is_hidden_without_periods(dock) -> None:
    park = small_park()
    plain = optimize(park, SolveOptions())
    dock.set_result(park, plain)
    assert dock.period_selector.isHidden()
    assert dock.flows_shown(plain) == (plain, "")


def test_selector_lists_the_year_and_each_period_with_its_hours(dock, seasons) -> None:
    park, result = seasons
    shown: list[OptimizationResult] = []
    dock.flows_shown_changed.connect(shown.append)
    dock.set_result(park, result)
    selector = dock.period_selector
    assert not selector.isHidden()
    combo = selector.combo
    assert [combo.itemText(index) for index in range(combo.count())] == [
        "Whole year (8,760 h)",
        "Summer (2,928 h)",
        "Winter (5,832 h)",
    ]
    assert "Whole year" in selector.caption.text()
    # the canvas gets the year's average rates
    assert shown and _state_flow(shown[-1], "L_AB") == pytest.approx(HAND["L_AB"][2])
    selector.select("S")
    assert _state_flow(shown[-1], "L_AB") == pytest.approx(HAND["L_AB"][0])
    assert "Summer" in selector.caption.text() and "2,928 h" in selector.caption.text()
    _view, caption = dock.flows_shown(result)
    assert "Summer" in caption
    # the prices table shows Summer's shadow prices only
    assert len(dock.duals_model.frame()) == int((result.duals["period"] == "S").sum())
    selector.select(None)
    assert set(dock.duals_model.frame()["period"]) == {"Summer", "Winter"}
    # a new result of the same park keeps the period picked
    selector.select("W")
    dock.set_result(park, result)
    assert selector.period_id() == "W"


def test_cards_and_charts_follow_the_period_and_periods_add_up_to_the_year(dock, seasons) -> None:
    park, result = seasons
    dock.set_result(park, result)
    figures = {}
    for period_id in (None, "S", "W"):
        dock.period_selector.select(period_id)
        figures[period_id] = dock.kpis()["cost_cny_per_yr"]
        card = dock.kpi_cards["cost_cny_per_yr"].value_labels["standalone"].text()
        assert card and card != "–"
    for state in ("standalone", "current", "optimized"):
        assert figures["S"][state] + figures["W"][state] == pytest.approx(figures[None][state], rel=1e-9)
    # standalone summer steam: B 6 t/h + C 10 t/h of boiler steam at 220 CNY/t for 2,928 h is part of it;
    # the summer share is smaller than the winter one (fewer hours, less demand)
    assert figures["S"]["standalone"] < figures["W"]["standalone"]
    # a period's figures are quantities of its hours, not rates per year
    dock.period_selector.select(None)
    assert dock.kpi_cards["co2_t_per_yr"].unit == "t/yr"
    # the state chart shows the period's figures; the enterprises tab stays with the year (annual permits)
    dock.period_selector.select("S")
    assert "whole year" in dock.grading_label.text()
    year_frame = dock.enterprises_model.frame()
    dock.period_selector.select(None)
    assert dock.enterprises_model.frame().equals(year_frame)
    dock.period_selector.select("S")
    assert dock.kpi_cards["co2_t_per_yr"].unit == "t in this period"
    dock.kpi_combo.setCurrentIndex(dock.kpi_combo.findData("cost_cny_per_yr"))
    assert dock.state_chart.values[0] == pytest.approx(figures["S"]["standalone"])


# -- the main window: canvas, links table, Sankey ----------------------------------------------


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    from parkflow.ui.app import make_application
    from parkflow.ui.mainwindow import MainWindow

    make_application()
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings=settings, autosave=False)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.document.set_modified(False)
    win.close()
    win.deleteLater()
    i18n.install_language("en")


def test_canvas_links_table_and_sankey_follow_the_period(window, seasons) -> None:
    park, result = seasons
    window.document.set_park(park.copy())
    window._on_optimized(result)
    scene = window.scene
    links = window.tables.tables["links"].model
    year = HAND["L_AB"][2]
    assert scene._flows["L_AB"] == pytest.approx(year)
    assert links.optimized_flows()["L_AB"] == pytest.approx(year)
    assert "Whole year" in scene.overlay_caption and "average" in scene.overlay_caption
    window.results_dock.period_selector.select("S")
    summer = HAND["L_AB"][0]
    assert scene._flows["L_AB"] == pytest.approx(summer)
    assert scene._flows["L_AC"] == pytest.approx(HAND["L_AC"][0])
    column = links.columns.index("optimized_flow")
    row = links.row_of("L_AB")
    assert float(links.data(links.index(row, column), Qt.ItemDataRole.UserRole)) == pytest.approx(summer)
    from parkflow.ui.canvas.reading import legend_rows

    assert any("Summer" in text for _kind, _colour, text in legend_rows(scene))
    window.show_sankey()
    sankey = window.sankey_window
    assert "Summer" in sankey.period_label.text()
    sent = sum(
        band.amount
        for band in sankey.bands
        if band.sender == "enterprise:A" and band.receiver == "enterprise:B"
    )
    assert sent == pytest.approx(summer)
    window.results_dock.period_selector.select("W")
    assert "Winter" in sankey.period_label.text()
    sent = sum(
        band.amount
        for band in sankey.bands
        if band.sender == "enterprise:A" and band.receiver == "enterprise:B"
    )
    assert sent == pytest.approx(HAND["L_AB"][1])


def test_selector_in_chinese(dock, seasons) -> None:
    park, result = seasons
    assert i18n.install_language("zh_CN")
    try:
        dock.set_result(park, result)
        combo = dock.period_selector.combo
        assert combo.itemText(0) == "全年（8,760 h）"
        dock.period_selector.select("S")
        dock.retranslate_ui()  # what the language change event does: the period picked stays
        assert dock.period_selector.period_id() == "S"
        assert dock.kpi_cards["co2_t_per_yr"].unit == "吨（本时段）"
        assert combo.itemText(1) == "Summer（2,928 h）"
        assert "全年" in dock.period_selector.caption.text()
    finally:
        i18n.install_language("en")


def test_inspector_shows_each_period_over_the_year_and_one_period_when_picked(window, seasons) -> None:
    park, result = seasons
    window.document.set_park(park.copy())
    window._on_optimized(result)
    inspector = window.inspector
    inspector.show_entity("links", "L_AB")
    text = inspector.result_label.text()
    # the whole year: each period's flow under its name and hours, the pipe once
    assert "Summer (2,928 h)" in text and "Winter (5,832 h)" in text
    assert "Optimized flow: 6.000 t/h" in text and "Optimized flow: 15.00 t/h" in text
    assert text.count("Length:") == 1
    inspector.show_entity("streams", "C_steam")
    text = inspector.result_label.text()
    # winter: C's last 5 t/h from the gas boiler; summer: none
    assert "Utility make-up (U_steam): 5.000 t/h" in text and "Utility make-up (U_steam): 0 t/h" in text
    window.results_dock.period_selector.select("W")
    text = inspector.result_label.text()
    assert "Summer" not in text and "Utility make-up (U_steam): 5.000 t/h" in text
    inspector.show_entity("links", "L_AB")
    assert "Optimized flow: 15.00 t/h" in inspector.result_label.text()
