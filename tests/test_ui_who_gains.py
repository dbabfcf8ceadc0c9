"""The results dock's "Who gains" tab shares a small park's saving off the GUI thread."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from test_share import water_park  # noqa: E402

from parkflow.optimize import optimize  # noqa: E402
from parkflow.ui.results import ResultsDock  # noqa: E402

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
