"""The results dock lists every enterprise's indicators (sortable) and colours the canvas by grade.

Park: tests/indicators_helpers.indicator_park; its grades under the example rules are worked out
in tests/test_indicators_grading.py (optimized here: B green, A green).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from indicators_helpers import indicator_park  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from parkflow.optimize import SolveOptions, optimize  # noqa: E402
from parkflow.ui.canvas.scene import ParkScene  # noqa: E402
from parkflow.ui.document import Document  # noqa: E402
from parkflow.ui.results import ResultsDock  # noqa: E402

pytestmark = pytest.mark.gui


def test_enterprises_tab_sorts_and_colours_the_canvas(qtbot) -> None:
    park = indicator_park()
    result = optimize(park, SolveOptions())
    dock = ResultsDock()
    qtbot.addWidget(dock)
    scene = ParkScene()
    scene.set_document(Document(park))
    dock.grades_changed.connect(scene.set_grades)
    dock.set_result(park, result)
    model, proxy = dock.enterprises_model, dock.enterprises_proxy
    assert model.rowCount() == 2
    column = model.column_names.index("co2_t_per_10k_cny")
    proxy.sort(column, Qt.SortOrder.DescendingOrder)
    first = proxy.data(proxy.index(0, 0))
    # B's CO2 per 10⁴ CNY is above A's in every state of this park (its steam make-up on 5,000 万元)
    assert first == "B"
    assert "example" in dock.grading_label.text()
    assert all(item.grade_colour is None for item in scene.enterprise_items.values())
    with qtbot.waitSignal(dock.grades_changed) as signal:
        dock.grade_canvas_box.setChecked(True)
    assert set(signal.args[0]) == {"A", "B"}
    assert scene.enterprise_items["B"].grade_colour == "#2e7d32"  # green in the example rules
    dock.grade_canvas_box.setChecked(False)
    assert scene.enterprise_items["B"].grade_colour is None
    scene.deleteLater()
