"""Regression tests for issues found in the user-level acceptance pass of the command line."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fpdf import FPDF
from report_helpers import small_park, small_result

import parkflow.commands.pareto as pareto_command
from parkflow.cli import main
from parkflow.report import render_report

ROOT = Path(__file__).resolve().parents[1]
JIAXING = ROOT / "sample_parks" / "jiaxing_port.parkflow"


def test_pdf_report_parses_each_font_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`parkflow report IN -o OUT.pdf` loaded every font twice (a probe FPDF, then the real one).

    Parsing the CJK font is the bulk of the PDF report's run time, so each (family, style)
    must be registered exactly once per report.
    """
    registered: Counter[tuple[str, str]] = Counter()
    original_add_font = FPDF.add_font

    def counting_add_font(
        pdf: FPDF, family: str | None = None, style: str = "", *args: Any, **kwargs: Any
    ) -> Any:
        registered[(str(family), style)] += 1
        return original_add_font(pdf, family, style, *args, **kwargs)

    monkeypatch.setattr(FPDF, "add_font", counting_add_font)
    path = render_report(
        small_park(),
        small_result(),
        tmp_path / "small.pdf",
        scenario_name="small.parkflow",
        saved_at="2026-11-22 03:00 UTC",
    )
    assert path.read_bytes().startswith(b"%PDF")
    assert registered, "the PDF report registered no font at all"
    twice = {key: count for key, count in registered.items() if count > 1}
    assert not twice, f"fonts parsed more than once: {twice}"


@dataclass
class _StandInPoint:
    """The part of an OptimizationResult that `parkflow pareto` prints."""

    totals: dict[str, float]
    status: str = "optimal"
    document: dict[str, Any] = field(default_factory=dict)

    def to_document(self) -> dict[str, Any]:
        return self.document


def test_pareto_says_when_every_point_is_the_same(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """On the small park the cost optimum is also the CO2 optimum: the N identical rows need a note.

    (The Jiaxing sample no longer is: its CHP steam carries its coal, so cost and CO2 pull apart.)
    """
    from parkflow.model.store import save_scenario

    park_file = tmp_path / "small.parkflow"
    save_scenario(park_file, small_park())
    assert main(["pareto", str(park_file), "--points", "2"]) == 0
    printed = capsys.readouterr().out
    assert "front is a single point" in printed


def test_pareto_has_no_note_on_a_real_trade_off(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    points = [_StandInPoint({"cost": 100.0 + step, "co2": 50.0 - step, "cod": 1.0}) for step in range(3)]
    monkeypatch.setattr(pareto_command, "pareto", lambda park, count, options: points)
    assert main(["pareto", str(JIAXING), "--points", "3"]) == 0
    printed = capsys.readouterr().out
    assert "front is a single point" not in printed
    assert "102" in printed and "48.0" in printed
