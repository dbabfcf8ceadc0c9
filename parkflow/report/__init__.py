"""Qt-free accounting (KPIs) and report rendering (docs/design.md, "Accounting").

``park_kpis(park, result)`` gives the KPIs of the standalone, current and
optimized park; ``render_report(park, result, path)`` writes an HTML, PDF
or XLSX report, chosen by the path's suffix.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from parkflow.report.kpis import (
    KPI_KEYS,
    KpiTable,
    breakdown_by_enterprise,
    breakdown_by_link,
    breakdown_by_medium,
    compute_kpis,
    kpis_for_state,
    park_kpis,
)

REPORT_SUFFIXES = (".html", ".htm", ".pdf", ".xlsx")

__all__ = [
    "KPI_KEYS",
    "KpiTable",
    "REPORT_SUFFIXES",
    "breakdown_by_enterprise",
    "breakdown_by_link",
    "breakdown_by_medium",
    "compute_kpis",
    "kpis_for_state",
    "park_kpis",
    "render_report",
]


def render_report(
    park: Any,
    result: Any | None,
    path: Path | str,
    scenario_name: str = "",
    saved_at: str | datetime | None = None,
    language: str = "both",
    electricity_convention: str | None = None,
    notes: list[tuple[str, str]] | None = None,
) -> Path:
    """Write the park's report to ``path`` (.html, .pdf or .xlsx), atomically.

    ``language`` is ``"en"``, ``"zh"`` or ``"both"`` (bilingual headings).
    The old file at ``path`` stays intact until the new one is complete.
    """
    from parkflow.report.content import LANGUAGES, build_report

    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise ValueError(f"{target}: a report is .html, .pdf or .xlsx, not {suffix or 'no suffix'!r}")
    if language not in LANGUAGES:
        raise ValueError(f"language {language!r}: use one of {', '.join(LANGUAGES)}")
    report = build_report(park, result, scenario_name, saved_at, electricity_convention, notes)
    from parkflow.report.share_content import committee_share_section

    committee_share_section(report, park, result)
    from parkflow.model.fileio import write_atomically

    def render(temporary: Path) -> None:
        if suffix in (".html", ".htm"):
            from parkflow.report.render_html import render_html

            render_html(report, temporary, language)
        elif suffix == ".pdf":
            from parkflow.report.render_pdf import render_pdf

            render_pdf(report, temporary, language)
        else:
            from parkflow.report.render_xlsx import render_xlsx

            render_xlsx(report, temporary, language)

    write_atomically(target, render, suffix=suffix)
    return target
