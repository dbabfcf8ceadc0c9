"""Reports: HTML (self-contained, bilingual, factor table), XLSX sheets, PDF pages, CLI."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from report_helpers import small_park, small_result

from parkflow.report import fonts, render_report

ROOT = Path(__file__).resolve().parents[1]


def _pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("report")
    park, result = small_park(), small_result()
    out = {}
    for suffix in ("html", "pdf", "xlsx"):
        out[suffix] = render_report(
            park,
            result,
            folder / f"small.{suffix}",
            scenario_name="small.parkflow",
            saved_at="2026-11-22 03:00 UTC",
        )
    return out


def test_html_is_self_contained_and_bilingual(rendered: dict[str, Path]) -> None:
    html = rendered["html"].read_text(encoding="utf-8")
    assert "<svg" in html and "<img" not in html and "<script" not in html
    assert not re.search(r"(src|href)=[\"']https?:", html)  # no external resources
    assert "@import" not in html and "url(http" not in html
    assert "Key indicators per year · 年度关键指标" in html
    assert "Factors and conventions used · 所用因子与约定" in html
    assert "Published figures next to ours · 公开数据与本软件计算对照" in html
    assert "small.parkflow" in html and "2026-11-22 03:00 UTC" in html and "optimal" in html


def test_html_lists_the_factors_used_with_sources(rendered: dict[str, Path]) -> None:
    html = rendered["html"].read_text(encoding="utf-8")
    factors = html[html.index('id="factors"') :]
    for expected in (
        "electricity.co2",
        "0.4974",
        "MEE/NBS electricity CO2",
        "natural_gas.co2",
        "GB/T 32150-2015 annex A",
        "boiler.efficiency",
        "⚠",
        "steam_gas_boiler",
        "supply coal rate",
    ):
        assert expected in factors, expected


def test_html_in_one_language(tmp_path: Path) -> None:
    english = render_report(small_park(), None, tmp_path / "en.html", language="en").read_text(
        encoding="utf-8"
    )
    chinese = render_report(small_park(), None, tmp_path / "zh.html", language="zh").read_text(
        encoding="utf-8"
    )
    assert "Key indicators per year" in english and "年度关键指标" not in english
    assert "年度关键指标" in chinese and "Key indicators per year" not in chinese
    assert "no optimization result" in english


def test_xlsx_has_one_sheet_per_table(rendered: dict[str, Path]) -> None:
    workbook = load_workbook(rendered["xlsx"])
    assert workbook.sheetnames == [
        "Report",
        "Boundary",
        "KPIs",
        "COD balance",
        "NH3-N balance",
        "By enterprise",
        "By medium",
        "Enterprise indicators",
        "Enterprise grades",
        "By link",
        "Published vs ours",
        "Factors",
        "Indicators",
        "Per unit",
        "Reviewer's page",
        "Who gains",
        "Appraisal by enterprise",
        "Appraisal by link",
    ]
    kpis = workbook["KPIs"]
    assert kpis.cell(2, 1).value.startswith("CO2 emissions")
    assert isinstance(kpis.cell(2, 3).value, float)  # numbers stay numbers for planners
    sources = [row[6] for row in workbook["Factors"].iter_rows(min_row=2, values_only=True) if row[1]]
    assert any(source and "GB/T 32150" in source for source in sources)


def test_pdf_is_produced_with_a_sensible_page_count(rendered: dict[str, Path]) -> None:
    data = rendered["pdf"].read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 20_000
    # the province's indicators add rows to every KPI table, who gains a section, wide tables a part
    assert 3 <= _pages(rendered["pdf"]) <= 22


def test_pdf_without_cjk_font_says_how_to_install_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PARKFLOW_CJK_FONT", "none")
    fonts.cjk_font_path.cache_clear()
    try:
        path = render_report(small_park(), small_result(), tmp_path / "latin.pdf")
    finally:
        fonts.cjk_font_path.cache_clear()
    assert path.stat().st_size > 10_000 and _pages(path) >= 3
    assert "apt-get install fonts-wqy-microhei" in capsys.readouterr().err


def test_a_failed_render_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(ValueError, match="language"):
        render_report(small_park(), None, target, language="fr")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "parkflow.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def test_cli_refuses_an_unknown_suffix(tmp_path: Path) -> None:
    done = _cli("report", str(ROOT / "sample_parks" / "jiaxing_port"), "-o", str(tmp_path / "out.docx"))
    assert done.returncode == 2
    assert "a report is .html, .pdf or .xlsx" in done.stderr
    assert not (tmp_path / "out.docx").exists()


@pytest.mark.skipif(not (ROOT / "sample_parks" / "jiaxing_port").exists(), reason="sample park not present")
def test_cli_report_of_the_jiaxing_sample_shows_published_figures(tmp_path: Path) -> None:
    out = tmp_path / "jiaxing.html"
    done = _cli("report", str(ROOT / "sample_parks" / "jiaxing_port"), "-o", str(out), "--mode", "lp")
    assert done.returncode == 0, done.stderr
    assert "optimizing" in done.stderr  # a workbook has no stored result: it says it optimizes first
    html = out.read_text(encoding="utf-8")
    published = html[html.index('id="published"') : html.index('id="factors"')]
    assert "75,100" in published and "1.2143" in published  # the hydrogen figure and its explanation
    # The condensate loop cannot be reproduced monthly: 25,000 t at the park's modelled 95 °C return over 20 °C
    # make-up is 25,000 × (397.99 − 83.74) kJ/kg = 7,856 GJ = 268 tce at 100 % and 315 tce at 85 % (IF97).
    assert "268–315 tce" in published and "not reproducible" in published
    assert "elasticity" not in html and "协同弹性" not in html  # no undefined synergy index
