"""The inspector shows a heat pump's derived figures greyed, with the COP behind them as tooltip."""

from __future__ import annotations

import dataclasses

import pytest
from test_heat_pumps import _park

from parkflow.ui.document import Document
from parkflow.ui.inspector import Inspector

pytestmark = pytest.mark.gui


def test_blank_heat_pump_figures_show_the_derived_values_and_the_cop(qapp, qtbot) -> None:
    document = Document(_park(600.0))
    inspector = Inspector(document)
    qtbot.addWidget(inspector)
    inspector.show_entity("converters", "HP")
    ratio, aux_ratio = inspector.editors["ratio"], inspector.editors["aux_ratio"]
    # tests/test_heat_pumps.py: COP 3.068, heat out 1.484 and power 0.4836 MW per MW of intake
    assert ratio.text() == "" and ratio.placeholderText() == "1.484"
    assert aux_ratio.text() == "" and aux_ratio.placeholderText() == "0.4836"
    assert "COP 3.07" in ratio.toolTip() and "368.15" in ratio.toolTip()


def test_a_typed_ratio_says_how_to_return_to_the_derived_one(qapp, qtbot) -> None:
    park = _park(600.0)
    park.converters["HP"] = dataclasses.replace(park.converters["HP"], ratio=4.0 / 3.0)
    inspector = Inspector(Document(park))
    qtbot.addWidget(inspector)
    inspector.show_entity("converters", "HP")
    assert inspector.editors["aux_ratio"].placeholderText() == "0.3333"  # 4/3 − 1 MW of power
    assert "clear it" in inspector.editors["ratio"].toolTip()


def test_an_impossible_lift_is_explained_in_the_tooltip(qapp, qtbot) -> None:
    inspector = Inspector(Document(_park(600.0, intake_c=(50.0, 55.0), output_c=(50.0, 45.0))))
    qtbot.addWidget(inspector)
    inspector.show_entity("converters", "HP")
    assert "not hotter than" in inspector.editors["ratio"].toolTip()
