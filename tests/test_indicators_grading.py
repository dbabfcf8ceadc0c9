"""Enterprise grading on the shipped example rules, by hand, and the report sections of the indicators.

Park: tests/indicators_helpers.indicator_park (figures in its tests' comments).  Example rules
(resources/grading_example.toml): CO2 per 10⁴ CNY (weight 0.35, good 0.5, poor 3.0), pollution
equivalents per 10⁴ CNY (0.25; 0.5, 5.0), energy per 10⁴ CNY (0.2; 0.2, 1.0), reuse share %
(0.2; 80, 0); grades green ≥ 70, yellow ≥ 40, red below.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from indicators_helpers import indicator_park

from parkflow.report.content import REVIEW_TOTAL, build_report
from parkflow.report.grading import GradingError, grade_enterprises, load_rules
from parkflow.report.kpis import park_kpis


def test_grades_of_the_example_rules_by_hand() -> None:
    table = park_kpis(indicator_park())
    rules = load_rules()
    assert rules.example
    standalone = grade_enterprises(table, rules, "standalone")
    # B standalone: CO2 12,800 t / 5,000 万元 = 2.56 → (3 − 2.56)/2.5 = 17.6 points; air PE (6.4 + 3.2) t
    # / 0.95 kg + 1.28 t / 2.18 kg = 10,692.4 PE / 5,000 万元 = 2.1385 → (5 − 2.1385)/4.5 = 63.59;
    # energy 1,600 tce / 5,000 = 0.32 → (1 − 0.32)/0.8 = 85; B offers nothing: reuse left out.
    # (0.35 × 17.6 + 0.25 × 63.59 + 0.2 × 85) / 0.8 = 48.82 → yellow
    assert standalone["B"].score == pytest.approx(48.82, abs=0.01)
    assert standalone["B"].grade is not None and standalone["B"].grade.key == "yellow"
    assert standalone["B"].points["reuse_share_pct"] == (None, None)
    # A standalone: no CO2, energy 0, PE (1,200 water + 1.6 t NOx / 0.95 kg) / 20,000 万元 = 0.144:
    # 100 points each; reuse 0 of its three streams → 0; score 0.8 × 100 = 80 → green
    assert standalone["A"].score == pytest.approx(80.0)
    current = grade_enterprises(table, rules, "current")
    # A current: S-steam all over L1 (100 %), S-h2 and S-ww 0 % → 33.3 % → 41.67 points;
    # 0.8 × 100 + 0.2 × 41.67 = 88.33
    assert current["A"].score == pytest.approx(80 + 0.2 * 100 / 3 / 80 * 100)
    # B current: CO2 4,800 / 5,000 = 0.96 → 81.6; PE (3.6 t / 0.95 + 0.48 t / 2.18) = 4,009.65 /
    # 5,000 = 0.8019 → 93.29; energy 600 / 5,000 = 0.12 → 100: (28.56 + 23.32 + 20)/0.8 = 89.85 → green
    assert current["B"].score == pytest.approx(89.85, abs=0.01)
    assert current["B"].grade is not None and current["B"].grade.key == "green"


def test_a_bad_rules_file_is_refused_with_its_place(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(
        '[[grades]]\nkey="g"\nlabel_en="G"\nlabel_zh="绿"\nmin_score=0\n'
        '[[rules]]\nindicator="co2_per_output"\nlabel_en="x"\nlabel_zh="x"\nweight=1\ngood=0\npoor=1\n',
        encoding="utf-8",
    )
    with pytest.raises(GradingError, match=r"rules\[0\]: unknown indicator 'co2_per_output'"):
        load_rules(path)


def test_the_report_shows_the_indicators_grades_and_modelled_pollutants() -> None:
    report = build_report(indicator_park(), None)
    keys = [table.key for table in report.tables]
    assert {"nh3n_balance", "enterprise_indicators", "grading"} <= set(keys)
    boundary = next(table for table in report.tables if table.key == "boundary")
    pollutants = next(row for row in boundary.rows if row[0] == ("Pollutants", "污染物"))
    english, chinese = pollutants[1]
    assert "Water: COD, NH3-N" in english and "Air: NOx, SO2, Particulate matter, VOCs" in english
    assert "氨氮" in chinese
    grading = next(table for table in report.tables if table.key == "grading")
    assert "EXAMPLE" in grading.note[0] and "示例" in grading.note[1]
    indicators = next(table for table in report.tables if table.key == "enterprise_indicators")
    b_row = next(row for row in indicators.rows if row[0][0].startswith("B "))
    assert b_row[1] == pytest.approx(5000.0)  # 5×10⁷ CNY = 5,000 万元
    assert b_row[2] == pytest.approx(2.56)  # CO2 per 10⁴ CNY, standalone


def test_an_enterprise_without_value_added_gets_no_grade() -> None:
    """Without value added A keeps only its reuse rule (weight 0.2 of 1.0 < the example's 0.5)."""
    park = indicator_park()
    park.enterprises["A"].value_added_cny_per_yr = None
    graded = grade_enterprises(park_kpis(park), load_rules(), "current")
    assert graded["A"].score is None and graded["A"].grade is None
    assert graded["A"].points["reuse_share_pct"][0] == pytest.approx(100 / 3)
    assert graded["B"].grade is not None


def test_the_reviewer_page_traces_an_intensity_to_its_sums() -> None:
    """Standalone: B 12,800 t ÷ 5,000 万元 = 2.56; park 12,800 ÷ 25,000 = 0.512 (not 0 + 2.56)."""
    report = build_report(indicator_park(), None)
    reviewer = next(table for table in report.tables if table.key == "reviewer")
    rows = [
        row
        for row in reviewer.rows
        if row[0][0] == "Standalone" and row[1][0] == "CO2 per 10⁴ CNY of value added"
    ]
    assert [row[-1] for row in rows] == [pytest.approx(0.0), pytest.approx(2.56), pytest.approx(0.512)]
    assert rows[-1][2] == REVIEW_TOTAL and rows[-1][3].startswith("12800 ÷ 25000")
