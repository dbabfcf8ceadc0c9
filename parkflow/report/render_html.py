"""The HTML report: one self-contained file, charts as inline SVG (docs/design.md, "Accounting")."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import jinja2

from parkflow import __version__
from parkflow.report.content import LEAD_TABLES, Report, Table, number, text
from parkflow.report.fonts import cjk_font_path


def templates_dir() -> Path:
    """``resources/report_templates`` of a source tree or of the installed package."""
    local = Path(__file__).resolve().parents[2] / "resources" / "report_templates"
    if local.exists():
        return local
    from importlib.resources import files

    return Path(str(files("parkflow.resources") / "report_templates"))


def figure_svg(figure: Any) -> str:
    """A matplotlib figure as an inline ``<svg>`` element (text as paths: no font needed)."""
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    svg = buffer.getvalue()
    return svg[svg.index("<svg") :]


def cell(value: Any, language: str) -> dict[str, str]:
    """Text and CSS class of one table cell."""
    if isinstance(value, tuple):
        return {"text": text(value, language), "css": "text"}
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return {"text": number(value), "css": "num"}
    if value is None:
        return {"text": "–", "css": "num"}
    return {"text": str(value), "css": ""}


def table_context(table: Table, language: str) -> dict[str, Any]:
    return {
        "key": table.key,
        "title": text(table.title, language),
        "columns": [text(column, language) for column in table.columns],
        "rows": [[cell(value, language) for value in row] for row in table.rows],
        "note": text(table.note, language) if any(table.note) else "",
    }


def render_html(report: Report, path: Path | None = None, language: str = "both") -> str:
    """Render ``report``; write it to ``path`` when given.  Returns the HTML text."""
    chart_language = language if cjk_font_path() is not None else "en"
    charts = []
    for chart in report.charts:
        figure = chart.draw(chart_language)
        charts.append({"title": text(chart.title, language), "svg": figure_svg(figure)})
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=jinja2.select_autoescape(["html", "j2"]),
        undefined=jinja2.StrictUndefined,
    )
    html = environment.get_template("report.html.j2").render(
        html_lang={"en": "en", "zh": "zh-CN"}.get(language, "zh-CN"),
        version=__version__,
        title=text(report.title, language),
        park_name=report.park.name or "",
        meta=[(text(label, language), value) for label, value in report.meta],
        notes=[text(note, language) for note in report.notes],
        charts=charts,
        tables=[table_context(table, language) for table in report.tables],
        charts_after=(
            [table.key for table in report.tables if table.key in LEAD_TABLES]
            or [report.tables[0].key if report.tables else ""]
        )[-1],
        footer=f"ParkFlow {__version__}",
    )
    if path is not None:
        Path(path).write_text(html, encoding="utf-8")
    return html
