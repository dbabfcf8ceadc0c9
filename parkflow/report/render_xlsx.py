"""The XLSX report: one sheet per table, numbers as numbers, for planners who continue in Excel."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from parkflow.report.content import Report, text
from parkflow.report.spreadsheet import strings_as_text

#: Sheet names (Excel allows 31 characters) of the report's tables.
SHEET_NAMES = {
    "boundary": "Boundary",
    "kpis": "KPIs",
    "cod_balance": "COD balance",
    "nh3n_balance": "NH3-N balance",
    "enterprise_indicators": "Enterprise indicators",
    "grading": "Enterprise grades",
    "by_enterprise": "By enterprise",
    "by_medium": "By medium",
    "by_link": "By link",
    "published": "Published vs ours",
    "factors": "Factors",
    "per_unit": "Per unit",
    "kpi_definitions": "Indicators",
    "reviewer": "Reviewer's page",
    # the "Who gains" section (parkflow.report.share_content)
    "who_gains": "Who gains",
    "who_gains_enterprises": "Appraisal by enterprise",
    "who_gains_links": "Appraisal by link",
}
_HEADER_FILL = PatternFill("solid", fgColor="EEF3F8")


def _value(value: Any, language: str) -> Any:
    if isinstance(value, tuple):
        return text(value, language)
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def render_xlsx(report: Report, path: Path, language: str = "both") -> None:
    """Write ``report`` as an .xlsx workbook at ``path`` (a sheet ``Report`` plus one per table)."""
    workbook = Workbook()
    summary = workbook.active
    summary.title = "Report"
    summary.append([text(report.title, language)])
    summary["A1"].font = Font(bold=True, size=14)
    for label, value in report.meta:
        summary.append([text(label, language), value])
    for note in report.notes:
        summary.append([text(("Note", "注意"), language), text(note, language)])
    summary.column_dimensions["A"].width = 34
    summary.column_dimensions["B"].width = 90
    for table in report.tables:
        sheet = workbook.create_sheet(SHEET_NAMES.get(table.key, table.key[:31]))
        sheet.append([text(column, language) for column in table.columns])
        for header in sheet[1]:
            header.font = Font(bold=True)
            header.fill = _HEADER_FILL
            header.alignment = Alignment(wrap_text=True, vertical="top")
        for row in table.rows:
            sheet.append([_value(value, language) for value in row])
        if any(table.note):
            sheet.append([])
            sheet.append([text(table.note, language)])
        sheet.freeze_panes = "B2"
        for index, column in enumerate(table.columns, start=1):
            width = (
                48 if index - 1 in table.text_columns else max(12, min(28, len(text(column, language)) + 2))
            )
            sheet.column_dimensions[get_column_letter(index)].width = width
        for row in sheet.iter_rows(min_row=2):
            for item in row:
                if isinstance(item.value, float):
                    item.number_format = "#,##0.00" if abs(item.value) < 1000 else "#,##0"
    strings_as_text(workbook).save(str(path))
