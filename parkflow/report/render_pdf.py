"""The PDF report: the HTML report's content, paginated (fpdf2, A4 landscape).

Chinese needs a CJK font: :func:`parkflow.report.fonts.cjk_font_path` finds
one.  Without it the PDF is written in English with a Latin font, and both
the PDF's first page and stderr say how to install a CJK font.
"""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path
from typing import Any

from fpdf import FPDF
from fpdf.enums import WrapMode
from fpdf.fonts import FontFace

from parkflow import __version__
from parkflow.report.content import LEAD_TABLES, Report, Table, number, text
from parkflow.report.fonts import INSTALL_HINT, cjk_font_path, latin_font_path

#: A4 landscape, mm.
PAGE_WIDTH = 297.0
MARGIN = 10.0


class _ReportPdf(FPDF):
    def __init__(self, family: str, footer_text: str) -> None:
        super().__init__(orientation="L", unit="mm", format="A4")
        self.family_name = family
        self.footer_text = footer_text

    def footer(self) -> None:
        self.set_y(-8)
        self.set_font(self.family_name, size=7)
        self.set_text_color(120, 120, 120)
        self.cell(0, 4, f"{self.footer_text} · {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def _setup_fonts(pdf: FPDF) -> tuple[str, bool]:
    """Register fonts; returns (family, has CJK)."""
    latin = latin_font_path()
    if latin is not None:
        pdf.add_font("latin", "", str(latin))
        pdf.add_font("latin", "B", str(latin))
    cjk = cjk_font_path()
    if cjk is not None:
        try:
            pdf.add_font("cjk", "", str(cjk))
            pdf.add_font("cjk", "B", str(cjk))
            if latin is not None:
                # symbols the CJK font lacks (⚠, superscripts) come from DejaVu Sans
                pdf.set_fallback_fonts(["latin"])
            return "cjk", True
        except Exception:  # a broken font file must not stop the report
            pass
    return ("latin", False) if latin is not None else ("helvetica", False)


def _cell_text(value: Any, language: str) -> str:
    if isinstance(value, tuple):
        return text(value, language)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number(value)
    return "–" if value is None else str(value)


def _latin_safe(value: str, family: str) -> str:
    if family != "helvetica":
        return value
    return value.encode("latin-1", "replace").decode("latin-1")


def render_pdf(report: Report, path: Path, language: str = "both") -> int:
    """Write ``report`` as a PDF at ``path``; returns the number of pages."""
    # Fonts are parsed once, on the PDF itself (a CJK font takes seconds to load);
    # the footer's family is set once we know which fonts loaded.
    pdf = _ReportPdf("helvetica", f"ParkFlow {__version__} · {report.park.name}")
    family, has_cjk = _setup_fonts(pdf)
    pdf.family_name = family
    if not has_cjk:
        print(f"warning: {INSTALL_HINT}", file=sys.stderr)
        language = "en"
    pdf.set_auto_page_break(True, margin=12)
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.alias_nb_pages()
    pdf.set_title(text(report.title, "en"))
    pdf.set_creator(f"ParkFlow {__version__}")
    pdf.add_page()
    safe = lambda value: _latin_safe(value, family)  # noqa: E731
    usable = PAGE_WIDTH - 2 * MARGIN

    pdf.set_font(family, "B", 16)
    pdf.multi_cell(usable, 8, safe(text(report.title, language)), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 11)
    pdf.multi_cell(usable, 6, safe(report.park.name or ""), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    if not has_cjk:
        pdf.set_fill_color(255, 244, 229)
        pdf.set_font(family, "", 9)
        pdf.multi_cell(usable, 5, safe(INSTALL_HINT), fill=True, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.set_font(family, "", 8)
    with pdf.table(
        col_widths=(60, usable - 60), first_row_as_headings=False, line_height=4.2, text_align="LEFT"
    ) as grid:
        for label, value in report.meta:
            row = grid.row()
            row.cell(safe(text(label, language)))
            row.cell(safe(str(value)))
    for note in report.notes:
        pdf.ln(1)
        pdf.set_fill_color(255, 244, 229)
        pdf.multi_cell(
            usable, 4.2, safe(text(note, language)), fill=True, align="L", new_x="LMARGIN", new_y="NEXT"
        )

    headings = FontFace(emphasis="BOLD", fill_color=(238, 243, 248))
    lead = [table for table in report.tables if table.key in LEAD_TABLES]
    for table in lead:
        _table(pdf, table, family, language, usable, headings, safe)
    chart_language = language if has_cjk else "en"
    for chart in report.charts:
        figure = chart.draw(chart_language)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=150)
        buffer.seek(0)
        width_in, height_in = figure.get_size_inches()
        width_mm = min(usable * 0.8, 200.0)
        height_mm = width_mm * height_in / width_in
        if pdf.get_y() + height_mm + 12 > pdf.h - 12:
            pdf.add_page()
        pdf.ln(3)
        pdf.set_font(family, "B", 11)
        pdf.multi_cell(usable, 6, safe(text(chart.title, language)), new_x="LMARGIN", new_y="NEXT")
        pdf.image(buffer, x=MARGIN, w=width_mm, h=height_mm)

    for table in report.tables:
        if table.key not in LEAD_TABLES:
            _table(pdf, table, family, language, usable, headings, safe)
    pdf.output(str(path))
    return pdf.page_no()


#: Room a table cell needs beyond its text (padding and rules), mm.
CELL_PADDING_MM = 2.6
#: Width a column of long text gets at least, when the table has room for it, mm.
TEXT_COLUMN_MM = 42.0
#: Continued parts of a table split by columns carry this beside their title.
CONTINUED = (" (continued)", "（续）")


#: A piece of text a line may not break: a run of Latin letters, digits and signs, or one CJK character.
_UNBREAKABLE = re.compile(
    r"[^\s\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+|[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]"
)


def _tokens_width(pdf: FPDF, value: str) -> float:
    """Width of the longest piece of ``value`` a line may not break (a number, an id, a word, a CJK character)."""
    return max((pdf.get_string_width(token) for token in _UNBREAKABLE.findall(value)), default=0.0)


def _column_parts(pdf: FPDF, table: Table, cells: list[list[str]], usable: float) -> list[list[int]]:
    """The table's columns in parts that fit the page: numbers, ids and words never break inside.

    The first column (what a row is) starts every part; the others follow in order
    while their unbreakable widths fit.  Most tables fit in one part.
    """
    needs = [_tokens_width(pdf, header) + CELL_PADDING_MM for header in cells[0]]
    for row in cells[1:]:
        for index, value in enumerate(row):
            needs[index] = max(needs[index], _tokens_width(pdf, value) + CELL_PADDING_MM)
    wants = [
        max(need, TEXT_COLUMN_MM if index in table.text_columns else need) for index, need in enumerate(needs)
    ]
    parts: list[list[int]] = []
    current = [0]
    for index in range(1, len(table.columns)):
        if len(current) > 1 and sum(wants[i] for i in current) + wants[index] > usable:
            parts.append(current)
            current = [0]
        current.append(index)
    parts.append(current)
    return parts


def _part_widths(
    pdf: FPDF, table: Table, cells: list[list[str]], part: list[int], usable: float
) -> list[float]:
    """Widths of one part's columns: each its unbreakable width, the room left shared by the columns' weights."""
    needs = []
    for index in part:
        need = max(_tokens_width(pdf, row[index]) for row in cells) + CELL_PADDING_MM
        needs.append(min(need, usable * 0.6))
    weights = [
        3.2 if index in table.text_columns else 1.7 if index in table.id_columns else 1.0 for index in part
    ]
    spare = usable - sum(needs)
    if spare <= 0:
        return [usable * need / sum(needs) for need in needs]
    # long text first gets what it wants, then every column shares the rest
    grown = list(needs)
    for position, index in enumerate(part):
        if index in table.text_columns:
            extra = min(spare, max(0.0, TEXT_COLUMN_MM * 2 - grown[position]))
            grown[position] += extra
            spare -= extra
    total = sum(weights)
    return [width + spare * weight / total for width, weight in zip(grown, weights, strict=True)]


def _table(
    pdf: FPDF, table: Table, family: str, language: str, usable: float, headings: FontFace, safe: Any
) -> None:
    """One report table with its title and note; headings repeat on every page.

    A table too wide for the page is split by columns into parts, each
    starting with the row's name; its title never stands alone at a page's foot.
    """
    size = 7.5 if len(table.columns) <= 8 else (6.5 if len(table.columns) <= 14 else 6.0)
    pdf.set_font(family, "", size)
    cells = [[safe(text(column, language)) for column in table.columns]]
    cells += [[safe(_cell_text(value, language)) for value in values] for values in table.rows]
    parts = _column_parts(pdf, table, cells, usable) if table.rows else [list(range(len(table.columns)))]
    for number_of_part, part in enumerate(parts):
        title = text(table.title, language)
        if number_of_part:
            title += text(CONTINUED, language)
        # the title, the header row and two rows at least: else start a new page
        if (
            pdf.get_y()
            + 6
            + 4
            + _rows_height(pdf, cells, part, _part_widths(pdf, table, cells, part, usable), size, 3)
            > pdf.h - 14
        ):
            pdf.add_page()
        pdf.ln(4)
        pdf.set_font(family, "B", 11)
        pdf.multi_cell(usable, 6, safe(title), new_x="LMARGIN", new_y="NEXT")
        if table.rows:
            pdf.set_font(family, "", size)
            widths = _part_widths(pdf, table, cells, part, usable)
            with pdf.table(
                col_widths=widths,
                width=usable,
                headings_style=headings,
                line_height=size * 0.5,
                text_align="LEFT",
                wrapmode=WrapMode.WORD,
                repeat_headings=1,
            ) as grid:
                for row_number, values in enumerate(cells):
                    row = grid.row()
                    for index in part:
                        value = table.rows[row_number - 1][index] if row_number else None
                        numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
                        row.cell(values[index], align="RIGHT" if numeric else "LEFT")
    if any(table.note):
        pdf.set_font(family, "", 7.5)
        pdf.set_text_color(85, 85, 85)
        pdf.multi_cell(usable, 4, safe(text(table.note, language)), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)


def _rows_height(
    pdf: FPDF, cells: list[list[str]], part: list[int], widths: list[float], size: float, count: int
) -> float:
    """About how tall the first ``count`` rows (header included) of a part are, mm."""
    height = 0.0
    line = size * 0.5
    for values in cells[:count]:
        lines = 1
        for index, width in zip(part, widths, strict=True):
            room = max(1.0, width - CELL_PADDING_MM)
            lines = max(lines, int(pdf.get_string_width(values[index]) // room) + 1)
        height += lines * line + 1.0
    return height
