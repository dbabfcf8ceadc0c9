"""``parkflow validate``, ``import`` and ``export``: exit codes, output, nothing written on error."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from workbook_helpers import VALID_PARK, load_tables, set_cell, write_tables

from parkflow.cli import main
from parkflow.model.store import open_scenario, save_scenario
from parkflow.model.workbook import read_workbook

REPO = Path(__file__).resolve().parent.parent
LOCATED = re.compile(r"^(\w+:\d+:\w+|\w+:\d+|[\w.]+|stream \S+|link \S+|file .+): ")


def _broken(tmp_path: Path, kind: str = "csv") -> Path:
    tables = load_tables()
    set_cell(tables, "streams", "S1", "amount", "abc")
    set_cell(tables, "links", "L2", "sink", "K99")
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    return write_tables(tables, folder, kind)


def test_validate_valid_park(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(VALID_PARK)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-1] == "ok: 3 enterprises, 11 streams, 5 links"


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_validate_prints_every_problem_located(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    assert main(["validate", str(_broken(tmp_path, kind))]) == 2
    captured = capsys.readouterr()
    lines = captured.out.strip().splitlines()
    assert "streams:2:amount: amount must be a number, not 'abc'" in lines
    assert "links:3:sink: sink stream 'K99' does not exist" in lines
    assert all(LOCATED.match(line) for line in lines), lines
    assert "Traceback" not in captured.err and "invalid: 2 errors" in captured.err


def test_validate_scenario_file_names_entities(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    park = read_workbook(VALID_PARK)
    park.streams["S1"].enterprise = "E9"
    scenario = tmp_path / "broken.parkflow"
    save_scenario(scenario, park)
    assert main(["validate", str(scenario)]) == 2
    assert "stream S1: enterprise 'E9' does not exist" in capsys.readouterr().out


def test_validate_missing_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "none.xlsx")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_import_then_export_round_trips(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scenario = tmp_path / "park.parkflow"
    assert main(["import", str(VALID_PARK), "-o", str(scenario)]) == 0
    assert open_scenario(scenario).park == read_workbook(VALID_PARK)
    assert main(["export", str(scenario), "-o", str(tmp_path / "park.xlsx")]) == 0
    assert main(["export", str(tmp_path / "park.xlsx"), "-o", str(tmp_path / "folder")]) == 0
    assert read_workbook(tmp_path / "folder") == read_workbook(VALID_PARK)
    assert "wrote" in capsys.readouterr().out


@pytest.mark.parametrize("command", ["import", "export"])
def test_invalid_input_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    broken = _broken(tmp_path)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / ("park.parkflow" if command == "import" else "park.xlsx")
    assert main([command, str(broken), "-o", str(target)]) == 2
    assert list(out_dir.iterdir()) == []
    assert "streams:2:amount:" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["import", "export"])
def test_invalid_input_leaves_an_existing_output_intact(tmp_path: Path, command: str) -> None:
    target = tmp_path / ("park.parkflow" if command == "import" else "park_folder")
    assert main([command, str(VALID_PARK), "-o", str(target)]) == 0
    before = sorted(
        (path.name, path.read_bytes()) for path in ([target] if target.is_file() else target.iterdir())
    )
    assert main([command, str(_broken(tmp_path)), "-o", str(target)]) == 2
    after = sorted(
        (path.name, path.read_bytes()) for path in ([target] if target.is_file() else target.iterdir())
    )
    assert after == before


def test_import_needs_a_parkflow_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(VALID_PARK), "-o", str(tmp_path / "park.xlsx")]) == 2
    assert "ending in .parkflow" in capsys.readouterr().err
    assert not (tmp_path / "park.xlsx").exists()


@pytest.mark.parametrize("name", ["park.csv", "park.xls", "park.parkflow"])
def test_export_refuses_names_that_are_not_workbooks(tmp_path: Path, name: str) -> None:
    assert main(["export", str(VALID_PARK), "-o", str(tmp_path / name)]) == 2
    assert not (tmp_path / name).exists()


def test_export_never_replaces_a_folder_with_other_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "thesis.docx").write_text("keep me")
    assert main(["export", str(VALID_PARK), "-o", str(tmp_path)]) == 2
    assert (tmp_path / "thesis.docx").read_text() == "keep me"
    assert "holds other files" in capsys.readouterr().err


def test_cli_entry_point_exit_codes(tmp_path: Path) -> None:
    """The real command in a subprocess: exit codes and no traceback."""
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    ok = subprocess.run(
        [sys.executable, "-m", "parkflow.cli", "validate", str(VALID_PARK)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.strip().endswith("ok: 3 enterprises, 11 streams, 5 links")
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "parkflow.cli",
            "import",
            str(_broken(tmp_path)),
            "-o",
            str(tmp_path / "x.parkflow"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr and "streams:2:amount:" in bad.stderr
    assert not (tmp_path / "x.parkflow").exists()


def test_validate_prints_warnings_and_still_succeeds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tables = load_tables()
    set_cell(tables, "streams", "G1", "purity_pct", "")
    set_cell(tables, "streams", "G2", "purity_pct", "")
    folder = tmp_path / "in"
    folder.mkdir()
    assert main(["validate", str(write_tables(tables, folder, "csv"))]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert any(line.startswith("streams:11:purity_pct: warning: no purity_pct") for line in lines), lines
    assert lines[-1] == "ok: 3 enterprises, 11 streams, 5 links"


def test_import_from_a_scenario_keeps_its_results(tmp_path: Path) -> None:
    first = tmp_path / "first.parkflow"
    save_scenario(first, read_workbook(VALID_PARK), {"status": "optimal", "flows": []})
    assert main(["import", str(first), "-o", str(tmp_path / "second.parkflow")]) == 0
    second = open_scenario(tmp_path / "second.parkflow")
    assert second.park == read_workbook(VALID_PARK)
    assert second.results is not None and second.results["status"] == "optimal"


def test_broken_fixture_lists_every_problem_in_workbook_order(capsys: pytest.CaptureFixture[str]) -> None:
    """tests/data/workbooks/broken_park has eight mistakes; each is found at its cell."""
    assert main(["validate", str(VALID_PARK.parent / "broken_park")]) == 2
    lines = capsys.readouterr().out.strip().splitlines()
    assert [line.split(": ")[0] for line in lines] == [
        "enterprises:1:colour",
        "streams:2:amount",
        "streams:5:unit",
        "streams:5:disposal",  # warning: the water sink's COD has no declared fate
        "streams:6:target_temperature_c",
        "streams:11:purity_pct",
        "links:4:sink",
        "links:5:sink",  # L4 refused because its source H1 no longer changes temperature
        "links:6:status",
        "converters:2:enterprise",
    ]
    assert "steam at 0.6 MPa cannot serve a 1 MPa sink" in lines[6]
