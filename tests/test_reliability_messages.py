"""Nothing accepted without a word, no advice that does not apply, no unbounded work.

* A folder named ``links.csv`` inside a workbook folder was skipped silently
  (the park then had no links sheet): now an error at that name.
* An unknown ``factor_region`` was accepted silently: now a warning naming
  the regions the library has.
* An LP run that hit its time limit was told to "use --mode lp".
* ``pareto --points 100000000`` ran for days: refused, with the bound.
* ``generate`` with in-range sizes ended in MemoryError (reported as a bug):
  the memory is estimated first and a park the machine cannot hold is
  refused with exit 2, nothing written.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from reliability_helpers import VALID_WORKBOOK

from parkflow.cli import main
from parkflow.commands import generate as generate_command
from parkflow.model.generate import generate_park
from parkflow.model.store import save_scenario
from parkflow.optimize import SolveOptions, SolverError, optimize


def test_a_folder_named_like_a_sheet_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "park"
    shutil.copytree(VALID_WORKBOOK, folder)
    (folder / "links.csv").unlink()
    (folder / "links.csv").mkdir()
    assert main(["validate", str(folder)]) == 2
    out = capsys.readouterr().out
    assert "links.csv: links.csv is a folder, not a CSV file" in out


def test_an_unknown_factor_region_is_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from parkflow.model.io import load_park

    park = load_park(VALID_WORKBOOK)
    park.factor_region = "atlantis"
    save_scenario(tmp_path / "park.parkflow", park)
    assert main(["validate", str(tmp_path / "park.parkflow")]) == 0
    out = capsys.readouterr().out
    assert (
        "park:factor_region: warning: factor_region 'atlantis' is not in the factor library" in out
        or "warning: factor_region 'atlantis' is not in the factor library; use one of" in out
    )
    assert "zhejiang" in out


def test_an_lp_run_is_not_told_to_use_lp() -> None:
    park = generate_park(300, 1)
    with pytest.raises(SolverError) as caught:
        optimize(park, SolveOptions(mode="lp", time_limit=1e-6))
    assert "raise --time-limit" in str(caught.value)
    assert "--mode lp" not in str(caught.value)


def test_pareto_points_are_bounded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["pareto", str(VALID_WORKBOOK), "--points", "100000000", "--json", str(tmp_path / "p.json")])
        == 2
    )
    assert "give 2 to 200 points, not 100,000,000" in capsys.readouterr().err
    assert not (tmp_path / "p.json").exists()


def test_generate_refuses_a_park_the_machine_cannot_hold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(generate_command, "available_memory_bytes", lambda: 2 * 10**9)
    code = main(
        [
            "generate",
            "--enterprises",
            "20000",
            "--links-per-enterprise",
            "1000",
            "-o",
            str(tmp_path / "big.parkflow"),
        ]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert "needs about 60.4 GB of memory; this machine has 2.0 GB available" in err
    assert list(tmp_path.iterdir()) == []


def test_generate_builds_a_park_that_fits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(generate_command, "available_memory_bytes", lambda: 2 * 10**9)
    assert main(["generate", "--enterprises", "20", "-o", str(tmp_path / "small.parkflow")]) == 0


def test_the_memory_estimate_covers_what_generating_takes() -> None:
    """The estimate is above the measured peak of building a park (tracemalloc), so a refusal is never needed late."""
    import tracemalloc

    tracemalloc.start()
    try:
        park = generate_park(100, 3, links_per_enterprise=50)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(park.links) > 0
    assert generate_command.estimated_memory_bytes(100, 6, 50) > peak
