"""The results dock's "Who gains" tab shares a small park's saving off the GUI thread."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from test_share import water_park  # noqa: E402

from parkflow.optimize import optimize  # noqa: E402
from parkflow.ui.results import ResultsDock  # noqa: E402
from parkflow.ui.results.formatting import format_wan  # noqa: E402

pytestmark = pytest.mark.gui


def test_who_gains_tab_shows_the_hand_worked_shares(qtbot) -> None:  # type: ignore[no-untyped-def]
    # the glove park of tests/test_share.py: A 40,000, B and C 10,000 each; {A, B} blocks
    park = water_park(10.0, {"B": 10.0, "C": 10.0})
    dock = ResultsDock()
    qtbot.addWidget(dock)
    dock.set_result(park, optimize(park))
    tab = dock.who_gains
    assert dock.tabs.tabText(dock.tabs.indexOf(tab)) == "Who gains"
    qtbot.waitUntil(lambda: tab.result is not None, timeout=60_000)
    shares = {share.id: share.shapley_cny_per_yr for share in tab.result.enterprises}
    assert shares == pytest.approx({"A": 40_000.0, "B": 10_000.0, "C": 10_000.0})
    text = tab.summary_label.text()
    assert "Not stable" in text and "A, B" in text
    assert tab.enterprise_table.rowCount() == 3
    assert tab.enterprise_table.item(0, 0).text() == "A"
    # one money scale, 10⁴ CNY, in the sentences, the chart legend and the tables; the shares
    # are named as shares of the saving: A's 40,000 CNY/yr reads 4.00, B's 10,000 reads 1.00
    headers = [
        tab.enterprise_table.horizontalHeaderItem(column).text()
        for column in range(tab.enterprise_table.columnCount())
    ]
    assert "Shapley share of saving (10⁴ CNY/yr)" in headers
    assert "Shadow-price share of saving (10⁴ CNY/yr)" in headers
    assert "Saving without transfer (10⁴ CNY/yr)" in headers
    shapley = headers.index("Shapley share of saving (10⁴ CNY/yr)")
    assert tab.enterprise_table.item(0, shapley).text() == "4.00"
    assert tab.enterprise_table.item(1, shapley).text() == "1.00"
    prices = tab.result.enterprises[0].prices_cny_per_yr
    if prices is not None:
        column = headers.index("Shadow-price share of saving (10⁴ CNY/yr)")
        assert tab.enterprise_table.item(0, column).text() == format_wan(prices)
    assert "10⁴ CNY/yr" in text and "CNY/yr together" not in text.replace("10⁴ CNY/yr together", "")
    assert "(bars)" not in tab.legend_label.text() and "10⁴ CNY/yr" in tab.legend_label.text()
    assert 1 <= tab.link_table.rowCount() <= 2  # A may send its 10 t/h to B, to C or to both
    assert not tab.runner.running and not tab.cancel_button.isEnabled()
    # a language change keeps the shares; a new result starts over
    dock.retranslate_ui()
    assert tab.result is not None
    dock.clear()
    assert tab.result is None and tab.enterprise_table.rowCount() == 0


def test_who_gains_cancel(qtbot) -> None:  # type: ignore[no-untyped-def]
    park = water_park(10.0, {"B": 6.0, "C": 8.0})
    dock = ResultsDock()
    qtbot.addWidget(dock)
    tab = dock.who_gains
    tab.runner.start(park)
    tab.runner.cancel()
    with qtbot.waitSignals([tab.runner.cancelled], timeout=60_000, raising=False):
        pass
    qtbot.waitUntil(lambda: not tab.runner.running, timeout=60_000)
