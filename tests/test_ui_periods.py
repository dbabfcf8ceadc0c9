"""The period selector: the results dock, the canvas, the links table and the Sankey follow it.

The park is the results-dock test park with two periods: Summer (2,928 h),
when 造纸 B needs 40 % of its 15 t/h of steam (6 t/h), and Winter
(5,832 h) at its full need.  Each period's result is the real optimizer's
result of the park with that period's amounts; the two are stacked into one
result with a ``period`` column, the shape a park with periods gets.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import dataclasses  # noqa: E402
import inspect  # noqa: E402

import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402
from ui_results_helpers import small_park  # noqa: E402

from parkflow.model.entities import Park, Period, Profile, profile_key  # noqa: E402
from parkflow.optimize import OptimizationResult, SolveOptions, optimize  # noqa: E402
from parkflow.report.kpis import park_kpis  # noqa: E402
from parkflow.ui import i18n  # noqa: E402
from parkflow.ui.results import ResultsDock  # noqa: E402
from parkflow.ui.results.periods import result_in_period, shown_result, year_average  # noqa: E402

pytestmark = pytest.mark.gui

SUMMER_H, WINTER_H = 2928.0, 5832.0
PERIOD_FRAMES = ("flows", "utilities", "disposals", "converters", "heat", "duals")


def seasons_park() -> Park:
    park = small_park()
    park.periods["S"] = Period("S", name="Summer", hours=SUMMER_H)
    park.periods["W"] = Period("W", name="Winter", hours=WINTER_H)
    park.profiles[profile_key("S", "B_steam")] = Profile("S", "B_steam", amount_factor=0.4)
    return park


def period_results(park: Park) -> dict[str, OptimizationResult]:
    """Each period's result: the park with that period's amounts and hours, without periods."""
    results = {}
    for period_id, period in park.periods.items():
        derived = park.copy()
        derived.periods, derived.profiles = {}, {}
        derived.hours_per_year = float(period.hours or 0.0)
        for stream in derived.streams.values():
            stream.amount = float(stream.amount or 0.0) * park.amount_factor(period_id, stream.id)
        results[period_id] = optimize(derived, SolveOptions())
    return results


def stacked(results: dict[str, OptimizationResult]) -> OptimizationResult:
    """The periods' results as one result with a ``period`` column (sheet order)."""
    first = next(iter(results.values()))
    frames = {
        name: pd.concat([getattr(result, name).assign(period=period_id) for period_id, result in results.items()])
        for name in PERIOD_FRAMES
    }
    return dataclasses.replace(first, **frames, periods=tuple(results))


@pytest.fixture(scope="module")
def seasons():
    park = seasons_park()
    by_period = period_results(park)
    return park, by_period, stacked(by_period)


@pytest.fixture
def dock(qtbot):
    widget = ResultsDock()
    qtbot.addWidget(widget)
    yield widget
    widget.shutdown()


def _flow(result: OptimizationResult, link_id: str) -> float:
    return float(result.flows.loc[link_id, "amount"])


def test_one_period_view_is_that_periods_rates(seasons) -> None:
    _park, by_period, result = seasons
    summer = result_in_period(result, "S")
    assert "period" not in summer.flows.columns and summer.periods == ()
    pd.testing.assert_series_equal(summer.flows["amount"], by_period["S"].flows["amount"])
    # 造纸 B needs 6 t/h in summer (40 % of 15): the summer flow to it cannot be more
    assert _flow(summer, "L_AB") <= 6.0 + 1e-6
    assert _flow(result_in_period(result, "W"), "L_AB") > 6.0 + 1e-6
    # its state is the period's state (one flow per link)
    assert summer.to_state().link_flows["L_AB"].amount == pytest.approx(_flow(by_period["S"], "L_AB"))


def test_whole_year_view_is_the_hours_weighted_average_rate(seasons) -> None:
    park, by_period, result = seasons
    year = year_average(park, result)
    assert year.periods == () and not year.flows.index.duplicated().any()
    for link_id in ("L_AB", "L_AC", "L_AC_w"):
        # rate_year = (rate_S × 2,928 h + rate_W × 5,832 h) ÷ 8,760 h
        expected = (_flow(by_period["S"], link_id) * SUMMER_H + _flow(by_period["W"], link_id) * WINTER_H) / 8760.0
        assert _flow(year, link_id) == pytest.approx(expected)
    for sink in year.utilities.index:
        expected = (float(by_period["S"].utilities.loc[sink, "amount"]) * SUMMER_H
                    + float(by_period["W"].utilities.loc[sink, "amount"]) * WINTER_H) / 8760.0
        assert float(year.utilities.loc[sink, "amount"]) == pytest.approx(expected)
    # the shadow prices are not averaged: each keeps its period
    assert set(year.duals["period"]) == {"S", "W"}
    # a result without periods is drawn as it is
    plain = by_period["W"]
    assert shown_result(park, plain, None) is plain


def test_selector_is_hidden_without_periods(dock, seasons) -> None:
    park, by_period, _result = seasons
    plain_park = small_park()
    dock.set_result(plain_park, by_period["W"])
    assert dock.period_selector.isHidden()
    assert dock.flows_shown(by_period["W"]) == (by_period["W"], "")


def test_selector_lists_the_year_and_each_period_with_its_hours(dock, seasons, qtbot) -> None:
    park, by_period, result = seasons
    shown: list[OptimizationResult] = []
    dock.flows_shown_changed.connect(shown.append)
    dock.set_result(park, result)
    selector = dock.period_selector
    assert not selector.isHidden()
    combo = selector.combo
    assert [combo.itemText(index) for index in range(combo.count())] == [
        "Whole year (8,760 h)", "Summer (2,928 h)", "Winter (5,832 h)"]
    assert "Whole year" in selector.caption.text()
    # the canvas gets the year's average rates
    assert shown and _flow(shown[-1], "L_AB") == pytest.approx(_flow(year_average(park, result), "L_AB"))
    selector.select("S")
    assert _flow(shown[-1], "L_AB") == pytest.approx(_flow(by_period["S"], "L_AB"))
    assert "Summer" in selector.caption.text() and "2,928 h" in selector.caption.text()
    _view, caption = dock.flows_shown(result)
    assert "Summer" in caption
    # the prices table shows Summer's shadow prices only
    assert len(dock.duals_model.frame()) == len(by_period["S"].duals)
    selector.select(None)
    assert set(dock.duals_model.frame()["period"]) == {"Summer", "Winter"}
    # a new result of the same park keeps the period picked
    selector.select("W")
    dock.set_result(park, result)
    assert selector.period_id() == "W"


@pytest.mark.skipif("period" not in inspect.signature(park_kpis).parameters,
                    reason="the accounting gives a period's share of the year once parks with periods are optimized")
def test_cards_follow_the_period_and_periods_add_up_to_the_year(dock, seasons) -> None:
    park, _by_period, result = seasons
    dock.set_result(park, result)
    year = dock.kpis()["cost_cny_per_yr"]["optimized"]
    dock.period_selector.select("S")
    summer = dock.kpis()["cost_cny_per_yr"]["optimized"]
    dock.period_selector.select("W")
    winter = dock.kpis()["cost_cny_per_yr"]["optimized"]
    assert summer is not None and winter is not None and year is not None
    assert summer + winter == pytest.approx(year, rel=1e-9)
    assert dock.kpi_cards["cost_cny_per_yr"].value_labels["optimized"].text()


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
    park, by_period, result = seasons
    window.document.set_park(park.copy())
    window._on_optimized(result)
    scene = window.scene
    links = window.tables.tables["links"].model
    year = year_average(park, result)
    assert scene._flows["L_AB"] == pytest.approx(_flow(year, "L_AB"))
    assert links.optimized_flows()["L_AB"] == pytest.approx(_flow(year, "L_AB"))
    assert "Whole year" in scene.overlay_caption and "average" in scene.overlay_caption
    window.results_dock.period_selector.select("S")
    summer = _flow(by_period["S"], "L_AB")
    assert scene._flows["L_AB"] == pytest.approx(summer)
    assert links.optimized_flows()["L_AB"] == pytest.approx(summer)
    column = links.columns.index("optimized_flow")
    row = links.row_of("L_AB")
    assert float(links.data(links.index(row, column), Qt.ItemDataRole.UserRole)) == pytest.approx(summer)
    from parkflow.ui.canvas.reading import legend_rows

    assert any("Summer" in text for _kind, _colour, text in legend_rows(scene))
    window.show_sankey()
    sankey = window.sankey_window
    assert "Summer" in sankey.period_label.text()
    sent = sum(band.amount for band in sankey.bands if band.sender == "enterprise:A" and band.receiver == "enterprise:B")
    assert sent == pytest.approx(summer)
    window.results_dock.period_selector.select("W")
    assert "Winter" in sankey.period_label.text()


def test_selector_in_chinese(dock, seasons) -> None:
    park, _by_period, result = seasons
    assert i18n.install_language("zh_CN")
    try:
        dock.set_result(park, result)
        combo = dock.period_selector.combo
        assert combo.itemText(0).startswith("全年")
        assert combo.itemText(1) == "Summer（2,928 h）"
        assert "全年" in dock.period_selector.caption.text()
    finally:
        i18n.install_language("en")
