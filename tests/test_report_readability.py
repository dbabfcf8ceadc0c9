"""The committee report reads cleanly: no solver noise, no savings where none are claimed, labels as catalogued."""

from __future__ import annotations

import pytest
from samples_helpers import sample_park

from parkflow.report.content import NOT_MODELLED, Report, build_report, number
from parkflow.report.kpis import KPI_LABELS


@pytest.fixture(scope="module")
def jiaxing() -> Report:
    return build_report(sample_park("jiaxing_port"), None)


def test_numbers_below_the_printed_precision_read_zero_never_minus_zero() -> None:
    assert number(0.000029) == "0" and number(-0.000029) == "0" and number(4e-7) == "0"
    assert number(-0.00004) == "0"
    assert number(0.00006) == "0.0001"  # rounds up to the last printed decimal
    assert number(0.0123) == "0.0123" and number(2721.13) == "2,721" and number(-72_933.4) == "-72,933"


def test_utilised_co2_is_reported_not_saved(jiaxing: Report) -> None:
    kpis = next(t for t in jiaxing.tables if t.key == "kpis")
    saves = [
        i for i, (english, _) in enumerate(kpis.columns) if "saves" in english or "vs current" in english
    ]
    assert saves
    utilised = [
        row
        for row in kpis.rows
        if isinstance(row[0], tuple)
        and (row[0][0] == KPI_LABELS["co2_utilised_t_per_yr"][0] or "回收利用量" in row[0][1])
    ]
    assert len(utilised) == 2  # the KPI and the supplier's deduction under it
    for row in utilised:
        assert all(row[i] == "–" for i in saves), row


def test_the_not_modelled_footnote_keeps_the_catalogue_labels(jiaxing: Report) -> None:
    kpis = next(t for t in jiaxing.tables if t.key == "kpis")
    missing = [row[0][0] for row in kpis.rows if row[2] == NOT_MODELLED]
    assert missing
    for label in missing:
        assert label in kpis.note[0]
    assert label.lower() not in kpis.note[0] or label == label.lower()


def test_pdf_columns_never_break_a_number_or_an_id(jiaxing: Report) -> None:
    # Each part of a wide table gives every column at least the width of its longest number, id or word
    # (a CJK character counts alone), so "2,721,103" or "L_HHX_COND_W" stay on one line.
    from fpdf import FPDF

    from parkflow.report.content import text
    from parkflow.report.render_pdf import (
        CELL_PADDING_MM,
        PAGE_WIDTH,
        _cell_text,
        _column_parts,
        _part_widths,
        _setup_fonts,
        _tokens_width,
    )

    pdf = FPDF(orientation="L", unit="mm", format="A4")
    family, _ = _setup_fonts(pdf)
    usable = PAGE_WIDTH - 20
    by_link = next(t for t in jiaxing.tables if t.key == "by_link")
    pdf.set_font(family, "", 6.0)
    cells = [[text(c, "both") for c in by_link.columns]]
    cells += [[_cell_text(v, "both") for v in row] for row in by_link.rows]
    parts = _column_parts(pdf, by_link, cells, usable)
    assert len(parts) >= 2 and all(part[0] == 0 for part in parts)
    assert sorted({i for part in parts for i in part}) == list(range(len(by_link.columns)))
    for part in parts:
        widths = _part_widths(pdf, by_link, cells, part, usable)
        assert sum(widths) == pytest.approx(usable)
        for index, width in zip(part, widths, strict=True):
            longest = max(_tokens_width(pdf, row[index]) for row in cells)
            assert width >= longest + CELL_PADDING_MM - 1e-6, (by_link.columns[index], width, longest)


def test_a_kpi_not_modelled_reads_so_in_the_by_link_and_reviewer_tables(jiaxing: Report) -> None:
    missing = set(jiaxing.kpis.not_modelled())
    assert missing
    by_link = next(t for t in jiaxing.tables if t.key == "by_link")
    reviewer = next(t for t in jiaxing.tables if t.key == "reviewer")
    for key in missing:
        english = KPI_LABELS[key][0]
        columns = [
            i for i, (heading, _) in enumerate(by_link.columns) if heading.startswith(f"{english} avoided")
        ]
        if columns:  # a sum; an intensity is no link's
            assert all(row[columns[0]] == NOT_MODELLED for row in by_link.rows), english
        lines = [row for row in reviewer.rows if row[1][0] == english]
        assert lines and all(row[-1] == NOT_MODELLED for row in lines), english


def test_the_reviewer_factor_is_fixed_notation_with_its_unit_and_the_row_name(jiaxing: Report) -> None:
    from parkflow.report.content import fixed_figures

    assert fixed_figures(2.9e-5) == "0.000029" and fixed_figures(1234.5678) == "1,234.57"
    assert fixed_figures(-0.5) == "-0.5" and fixed_figures(0.0) == "0"
    reviewer = next(t for t in jiaxing.tables if t.key == "reviewer")
    assert reviewer.columns[8] == ("Factor unit", "因子单位")
    units = {row[8] for row in reviewer.rows if row[8]}
    assert {"t/t", "t/MWh"} & units
    assert all("e-" not in row[7] for row in reviewer.rows)
    park = sample_park("jiaxing_port")
    named = [row for row in reviewer.rows if row[2][0].startswith("utility ")]
    utility_id = named[0][2][0].split()[1]
    assert park.utilities[utility_id].name in named[0][2][0]


def test_grades_say_in_one_sentence_when_no_enterprise_can_be_graded(jiaxing: Report) -> None:
    # No Jiaxing enterprise states its value added, so no rule set can grade one.
    park = sample_park("jiaxing_port")
    assert not any(enterprise.value_added_cny_per_yr for enterprise in park.enterprises.values())
    grading = next(t for t in jiaxing.tables if t.key == "grading")
    assert grading.rows == []
    assert grading.note[0].startswith("No enterprise can be graded") and "工业增加值" in grading.note[1]


def test_the_percent_chart_puts_its_labels_on_the_y_axis_and_axes_have_thousands_separators(
    jiaxing: Report,
) -> None:
    chart = next(c for c in jiaxing.charts if c.title[0] == "Each indicator as % of standalone")
    figure = chart.draw("both")
    axes = figure.axes[0]
    labels = [label.get_text() for label in axes.get_yticklabels()]
    assert any(label.startswith("Cost") for label in labels)  # one indicator per line, never overprinted
    assert not [label for label in axes.get_xticklabels() if label.get_text() and "·" in label.get_text()]
    assert axes.xaxis.get_major_formatter()(12000, 0) == "12,000"
    links = next(c for c in jiaxing.charts if c.title[0].startswith("CO2 avoided by link")).draw("en")
    assert links.axes[0].xaxis.get_major_formatter()(-20000, 0) == "-20,000"
