"""The inspector's "Last result" block for a selected sink or source stream."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from ui_results_helpers import small_park  # noqa: E402

from parkflow.optimize import optimize  # noqa: E402
from parkflow.ui.document import Document  # noqa: E402
from parkflow.ui.inspector import Inspector  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def solved():
    park = small_park()
    return park, optimize(park)


def _inspector(qtbot, park, result) -> Inspector:  # type: ignore[no-untyped-def]
    document = Document(park)
    inspector = Inspector(document)
    qtbot.addWidget(inspector)
    document.set_result(result)
    return inspector


def test_sink_shows_the_links_that_supply_it_and_the_utility_make_up(qtbot, solved) -> None:
    # tests/ui_results_helpers.small_park: A offers 20 t/h of steam; B needs 15 t/h over the
    # existing L_AB, C needs 10 t/h: the 5 t/h left reach C over L_AC and the gas boiler makes up
    # the other 5 t/h (20 = 15 + 5; 10 = 5 + 5)
    park, result = solved
    inspector = _inspector(qtbot, park, result)
    inspector.show_entity("streams", "C_steam")
    text = inspector.result_label.text()
    assert inspector.result_label.isVisibleTo(inspector)
    assert "Last result" in text
    assert "Link L_AC from A_steam: 5.000 t/h" in text
    assert "Utility make-up (U_steam): 5.000 t/h" in text
    assert "Need 10.00 t/h; links cover 5.000" in text
    # B is covered by the link alone: no make-up
    inspector.show_entity("streams", "B_steam")
    text = inspector.result_label.text()
    assert "Link L_AB from A_steam: 15.00 t/h" in text and "Utility make-up (U_steam): 0 t/h" in text


def test_source_shows_the_links_it_feeds_and_its_disposal(qtbot, solved) -> None:
    # A's 50 t/h of water: 30 t/h to C over L_AC_w, the other 20 t/h to the wastewater plant
    park, result = solved
    inspector = _inspector(qtbot, park, result)
    inspector.show_entity("streams", "A_water")
    text = inspector.result_label.text()
    assert "Link L_AC_w to C_water: 30.00 t/h" in text
    assert "To disposal (D_water): 20.00 t/h" in text
    assert "Offer 50.00 t/h; links take 30.00" in text
    # the link inspector shows its capex with thousands separators
    inspector.show_entity("links", "L_AC")
    assert "Capex: 2,000,000 CNY" in inspector.result_label.text()
    # no result: no block
    inspector.document.set_result(None)
    inspector.show_entity("streams", "A_water")
    assert not inspector.result_label.isVisibleTo(inspector)


def test_source_without_disposal_says_what_no_link_takes(qtbot) -> None:
    # A offers 30 t/h of steam with nowhere to dump it: B takes 15 t/h over L_AB, C its whole
    # 10 t/h over L_AC (capacity 10), so 30 − 15 − 10 = 5 t/h stay untaken
    park = small_park()
    park.streams["A_steam"].amount = 30.0
    park.streams["A_steam"].disposal = ""
    inspector = _inspector(qtbot, park, optimize(park))
    inspector.show_entity("streams", "A_steam")
    text = inspector.result_label.text()
    assert "Link L_AB to B_steam: 15.00 t/h" in text and "Link L_AC to C_steam: 10.00 t/h" in text
    assert "Not taken by any link: 5.000 t/h" in text
    assert "Offer 30.00 t/h; links take 25.00" in text
