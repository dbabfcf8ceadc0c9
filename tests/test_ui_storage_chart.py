"""The storage tab of the results dock: a tank's level over its day/night cycle, charge and discharge.

The park: a dyeing works' waste hot water by day (20 t/h, 90 → 50 °C), a
dormitory's heating at night (10 t/h, else gas-boiler water at 10 CNY/t), a
500 t tank at the dormitory, 30 t/h in and out, losing 5 % of its level per
hour; a 12 h day and a 12 h night of one cycle, 4,000 h a year each.  The
real optimizer schedules the tank; the chart must show what its rows say,
and the rows must close the tank's balance (parkflow/optimize/storage.py):

    L_p = 0.95^12 · L_{p−1} + (C_p − E_p) · 12 h,  the day following the night.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
import storage_helpers  # noqa: E402
from ui_results_helpers import small_park  # noqa: E402

from parkflow.model.entities import (  # noqa: E402
    Park,
)
from parkflow.optimize import SolveOptions, optimize  # noqa: E402
from parkflow.ui import i18n  # noqa: E402
from parkflow.ui.results import ResultsDock  # noqa: E402
from parkflow.ui.results.storage_chart import cycle_levels, cycles, level_unit  # noqa: E402

pytestmark = pytest.mark.gui

KEPT_OVER_12H = 0.95**12  # 0.540360: what a tank losing 5 %/h keeps of its level over 12 h


def day_night_park() -> Park:
    """The storage tests' day/night tank park, its enterprises named in both languages."""
    return storage_helpers.day_night_park(works="印染厂 dyeing works", dormitory="宿舍 dormitory")


@pytest.fixture(scope="module")
def tank():
    park = day_night_park()
    return park, optimize(park, SolveOptions())


@pytest.fixture
def dock(qtbot):
    widget = ResultsDock()
    qtbot.addWidget(widget)
    yield widget
    widget.shutdown()


def test_cycle_levels_read_the_rows_and_close_the_balance(tank) -> None:
    park, result = tank
    assert cycles(park, result) == {"day": ["day", "night"]}
    levels = cycle_levels(park, result, "TK", "day")
    assert levels is not None
    assert levels.boundaries == (0.0, 12.0, 24.0)
    assert levels.names == ("Day", "Night") and levels.capacity == 500.0
    assert levels.rate_unit == "t/h" and levels.level_unit == "t"
    rows = {row["period"]: row for row in result.storages.to_dict("records")}
    day, night = rows["day"], rows["night"]
    # the cycle starts where it ends (cyclic level), then the two period ends
    assert levels.levels == pytest.approx((night["level"], day["level"], night["level"]))
    # the balance, recomputed from the rows alone
    assert day["level"] == pytest.approx(
        KEPT_OVER_12H * night["level"] + (day["charge"] - day["discharge"]) * 12.0, abs=1e-6
    )
    assert night["level"] == pytest.approx(
        KEPT_OVER_12H * day["level"] + (night["charge"] - night["discharge"]) * 12.0, abs=1e-6
    )
    # the tank fills by day and gives back at night, within its 500 t
    assert day["charge"] > 0 and night["discharge"] > 0 and 0 < day["level"] <= 500.0
    assert levels.charge == pytest.approx((day["charge"], night["charge"]))
    assert levels.discharge == pytest.approx((day["discharge"], night["discharge"]))


def test_level_unit_from_the_rate_unit() -> None:
    assert level_unit("t/h") == "t" and level_unit("MW") == "MWh" and level_unit("Nm3/h") == "Nm3"


def test_storage_tab_shows_level_capacity_and_rates(dock, tank) -> None:
    park, result = tank
    dock.set_result(park, result)
    index = dock.tabs.indexOf(dock.storage_tab)
    assert dock.tabs.isTabVisible(index)
    tab = dock.storage_tab
    assert tab.storage_combo.count() == 1 and "TK" in tab.storage_combo.itemText(0)
    assert "宿舍 dormitory" in tab.storage_combo.itemText(0)
    assert tab.cycle_combo.isHidden()  # one cycle: nothing to pick
    curves = tab.level_plot.plotItem.listDataItems()
    level_curve, capacity_line = curves
    xs, ys = level_curve.getData()
    assert list(xs) == [0.0, 12.0, 24.0] and list(ys) == pytest.approx(list(tab.levels.levels))
    cap_x, cap_y = capacity_line.getData()
    assert list(cap_y) == [500.0, 500.0] and capacity_line.opts["pen"].style().name == "DashLine"
    summary = tab.summary.text()
    assert "of 500 t" in summary and "charges in Day" in summary and "gives back in Night" in summary
    # the period picked in the dock is shaded; the cycle is still drawn whole
    dock.period_selector.select("night")
    assert tab.levels is not None and tab.levels.periods == ("day", "night")
    import pyqtgraph as pg

    shaded = [item for item in tab.level_plot.items() if isinstance(item, pg.LinearRegionItem)]
    assert len(shaded) == 1 and tuple(shaded[0].getRegion()) == (12.0, 24.0)


def test_storage_tab_is_hidden_without_storages(dock) -> None:
    park = small_park()
    dock.set_result(park, optimize(park, SolveOptions()))
    assert not dock.tabs.isTabVisible(dock.tabs.indexOf(dock.storage_tab))


def test_storage_tab_in_chinese(dock, tank) -> None:
    park, result = tank
    assert i18n.install_language("zh_CN")
    try:
        dock.set_result(park, result)
        dock.retranslate_ui()  # what the language change event does
        tab = dock.storage_tab
        assert tab.storage_label.text() == "储罐："
        assert "充入时段" in tab.summary.text() and "放出时段" in tab.summary.text()
        assert dock.tabs.tabText(dock.tabs.indexOf(tab)) == "储罐"
    finally:
        i18n.install_language("en")
