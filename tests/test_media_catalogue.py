"""The media catalogue (parkflow/model/media.py) is the one source of what a medium is."""

from __future__ import annotations

import pytest

from parkflow.model import compat, factors
from parkflow.model.entities import CANONICAL_UNIT, THERMAL_MEDIA
from parkflow.model.media import MEDIA, EnergyBasis, HeatDuty, Medium, QualityRule, spec_of
from parkflow.model.units import check_unit
from parkflow.ui import i18n
from parkflow.ui.app import make_application
from parkflow.ui.canvas.items import medium_colour
from parkflow.ui.results.formatting import medium_name, medium_title


def test_every_rule_and_energy_basis_a_row_may_name_has_its_code() -> None:
    # a new QualityRule or EnergyBasis without its check or computation fails here, not at a user's link
    assert set(compat._QUALITY_REFUSALS) == set(QualityRule)
    assert set(factors._ENERGY_WITHOUT_FACTOR) == set(EnergyBasis)


def test_the_optimizer_views_follow_the_rows() -> None:
    assert {spec.medium: spec.canonical_unit for spec in MEDIA} == CANONICAL_UNIT
    assert {spec.medium for spec in MEDIA if spec.heat_duty is not None} == THERMAL_MEDIA
    assert spec_of("hot_water").heat_duty is HeatDuty.WATER_MASS_FLOW


@pytest.mark.parametrize("spec", MEDIA, ids=lambda spec: spec.medium.value)
def test_a_refused_unit_names_the_units_of_its_row(spec) -> None:
    assert (check_unit("blorps/h", spec.medium) or "").endswith(f"use one of: {spec.unit_examples}")


def test_the_ui_shows_each_rows_colour_and_names_in_both_languages(qapp) -> None:
    make_application()
    try:
        i18n.install_language("zh_CN")
        for spec in MEDIA:
            assert (medium_title(spec.medium), medium_name(spec.medium)) == (spec.name_zh, spec.name_zh)
        i18n.install_language("en")
        for spec in MEDIA:
            assert (medium_title(spec.medium), medium_name(spec.medium)) == (spec.title_en, spec.name_en)
            assert medium_colour(spec.medium).name() == spec.colour
    finally:
        i18n.install_language("en")
    assert medium_title(Medium.HOT_WATER) == "Hot water" and medium_name(Medium.HOT_WATER) == "hot water"
