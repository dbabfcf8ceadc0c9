"""Every report opens with its boundary, carries the COD balance, and traces every figure to its rows."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from openpyxl import load_workbook
from report_helpers import small_park, small_result

from parkflow.report import render_report
from parkflow.report.catalogue import CATALOGUE
from parkflow.report.content import NOT_MODELLED, REVIEW_TOTAL, annual_unit, build_report, text


def test_the_boundary_comes_first_and_says_what_is_inside_and_what_is_not() -> None:
    report = build_report(small_park(), small_result())
    boundary = report.tables[0]
    assert boundary.key == "boundary"
    aspects = [row[0][0] for row in boundary.rows]
    assert aspects[:6] == [
        "Inside the boundary",
        "Outside the boundary",
        "Enterprises",
        "Pollutants",
        "Hours basis",
        "Energy basis",
    ]
    statements = {row[0][0]: row[1] for row in boundary.rows}
    assert "not the park's 综合能耗" in statements["Outside the boundary"][0]
    assert statements["Enterprises"][0].startswith("3: A ")
    assert "8,000 h/yr" in statements["Hours basis"][0]
    assert (
        "calorific equivalent" in statements["Energy basis"][0] and "当量值" in statements["Energy basis"][1]
    )
    # KW (process water) names no effluent route: the 15 t/h of effluent it takes in the optimized state
    # keeps 15 × 8000 × 80 mg/L = 9.6 t of COD
    assert "KW" in statements["COD without a declared fate"][0]
    assert "optimized 9.60 t/yr" in statements["COD without a declared fate"][0]


def test_the_reviewer_page_adds_up_to_every_kpi_of_every_state() -> None:
    report = build_report(small_park(), small_result())
    reviewer = next(table for table in report.tables if table.key == "reviewer")
    sums: dict[tuple[str, str], float] = {}
    totals: dict[tuple[str, str], float] = {}
    not_modelled: set[str] = set()
    for state, kpi, row, _stream, amount, unit, hours, factor, factor_unit, figure in reviewer.rows:
        key = (state[0], kpi[0])
        if figure == NOT_MODELLED:  # a KPI nothing in the park carries: said so, never a total of 0
            not_modelled.add(kpi[0])
            continue
        if row == REVIEW_TOTAL:
            totals[key] = figure
            continue
        sums[key] = sums.get(key, 0.0) + figure
        if row[0].startswith("annualised capex"):
            continue
        # each row is amount per hour × hours × factor per unit, to the factor's six figures, in fixed notation
        assert "e" not in factor and factor_unit.endswith(f"/{annual_unit(unit)}")
        assert amount * hours * float(factor.replace(",", "")) == pytest.approx(figure, rel=1e-5)
    for key, total in totals.items():
        assert sums.get(key, 0.0) == pytest.approx(total, rel=1e-9, abs=1e-9), key
    labels = {definition.label_en for definition in CATALOGUE}
    assert {kpi for _state, kpi in totals} | not_modelled == labels
    kpi_table = report.kpis
    for (state, label), total in totals.items():
        key = next(d.key for d in CATALOGUE if d.label_en == label)
        value = kpi_table.values[key][state.lower()]
        assert value is not None and math.isclose(total, value, rel_tol=1e-9, abs_tol=1e-9)


def test_every_format_carries_boundary_balance_and_reviewer_in_both_languages(tmp_path: Path) -> None:
    park, result = small_park(), small_result()
    html = render_report(park, result, tmp_path / "r.html", language="zh")
    assert html is not None
    written = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert written.index("本报告数据的边界") < written.index("年度关键指标") < written.index("各状态COD平衡")
    assert "核查页" in written
    render_report(park, result, tmp_path / "r.xlsx", language="en")
    book = load_workbook(tmp_path / "r.xlsx")
    assert {"Boundary", "COD balance", "Reviewer's page", "Indicators"} <= set(book.sheetnames)
    balance = book["COD balance"]
    residual = [
        row for row in balance.iter_rows(values_only=True) if row[0] and str(row[0]).startswith("residual")
    ]
    assert residual and all(abs(value) < 1e-9 for value in residual[0][2:] if isinstance(value, float))
    report = build_report(park, result)
    assert text(report.tables[0].title, "both") == "Boundary of these figures · 本报告数据的边界"
