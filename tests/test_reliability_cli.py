"""The command line under bad input and internal faults (docs/reliability.md; exit codes: docs/design.md, "Exit codes").

* Every subcommand given a broken input exits 2, prints every problem with
  its place, prints no traceback, and writes nothing: a new output path
  does not exist afterwards and an existing output is unchanged.
* An unexpected internal error exits 1 with a one-line message and no
  traceback (simulated by making a function inside the command raise).
* Exports and reports replace an existing output atomically: a writer that
  fails halfway leaves the old output intact and no temporary files.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from reliability_helpers import FUZZ_DATA, TESTS, VALID_WORKBOOK, tree_digest

from parkflow.cli import main

BROKEN_WORKBOOK = TESTS / "data" / "workbooks" / "broken_park"


def _inputs(folder: Path) -> dict[str, Path]:
    """Broken inputs of every kind, copied into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    broken_folder = folder / "broken_park"
    shutil.copytree(BROKEN_WORKBOOK, broken_folder)
    corrupt = folder / "corrupt.parkflow"
    shutil.copy2(FUZZ_DATA / "text_in_link_capacity.parkflow", corrupt)
    damaged = folder / "damaged.xlsx"
    shutil.copy2(FUZZ_DATA / "deflate_stream_damaged.xlsx", damaged)
    not_sqlite = folder / "notes.parkflow"
    not_sqlite.write_text("these are my notes, not a park\n", encoding="utf-8")
    return {
        "broken workbook folder": broken_folder,
        "corrupt scenario file": corrupt,
        "damaged xlsx": damaged,
        "text file named .parkflow": not_sqlite,
        "missing file": folder / "missing.parkflow",
    }


#: argv (IN and OUT substituted) and the names of the outputs it would write.
COMMANDS: dict[str, tuple[list[str], list[str]]] = {
    "validate": (["validate", "{IN}"], []),
    "import": (["import", "{IN}", "-o", "{OUT}/out.parkflow"], ["out.parkflow"]),
    "export xlsx": (["export", "{IN}", "-o", "{OUT}/out.xlsx"], ["out.xlsx"]),
    "export csv": (["export", "{IN}", "-o", "{OUT}/out_folder"], ["out_folder"]),
    "optimize": (
        ["optimize", "{IN}", "--json", "{OUT}/out.json", "--save", "{OUT}/saved.parkflow"],
        ["out.json", "saved.parkflow"],
    ),
    "pareto": (["pareto", "{IN}", "--points", "3", "--json", "{OUT}/pareto.json"], ["pareto.json"]),
    "targets": (["targets", "{IN}", "--json", "{OUT}/targets.json"], ["targets.json"]),
    "report html": (["report", "{IN}", "-o", "{OUT}/report.html"], ["report.html"]),
    "report pdf": (["report", "{IN}", "-o", "{OUT}/report.pdf"], ["report.pdf"]),
    "report xlsx": (["report", "{IN}", "-o", "{OUT}/report.xlsx"], ["report.xlsx"]),
    "compare": (
        ["compare", "{IN}", str(VALID_WORKBOOK), "--json", "{OUT}/compare.json", "-o", "{OUT}/compare.html"],
        ["compare.json", "compare.html"],
    ),
}
INPUT_KINDS = [
    "broken workbook folder",
    "corrupt scenario file",
    "damaged xlsx",
    "text file named .parkflow",
    "missing file",
]


def _argv(template: list[str], source: Path, out: Path) -> list[str]:
    return [part.replace("{IN}", str(source)).replace("{OUT}", str(out)) for part in template]


def _assert_refused(code: int, output: str) -> None:
    assert code == 2, output
    assert "Traceback" not in output
    located = [
        line
        for line in output.splitlines()
        if line.startswith(("file ", "enterprises:", "streams:", "links:")) or ":" in line.split(" ", 1)[0]
    ]
    assert located, f"no located problem in:\n{output}"


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("kind", INPUT_KINDS)
def test_broken_input_exits_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, kind: str
) -> None:
    source = _inputs(tmp_path / "in")[kind]
    out = tmp_path / "out"
    out.mkdir()
    template, outputs = COMMANDS[command]
    before = tree_digest(tmp_path / "in")
    code = main(_argv(template, source, out))
    captured = capsys.readouterr()
    _assert_refused(code, captured.out + captured.err)
    assert sorted(path.name for path in out.iterdir()) == [], "an output was written"
    assert tree_digest(tmp_path / "in") == before, "the input was changed"
    assert outputs is not None


@pytest.mark.parametrize("command", sorted(name for name, (_, outputs) in COMMANDS.items() if outputs))
def test_broken_input_leaves_existing_outputs_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    source = _inputs(tmp_path / "in")["broken workbook folder"]
    out = tmp_path / "out"
    out.mkdir()
    template, outputs = COMMANDS[command]
    for name in outputs:
        if name == "out_folder":
            shutil.copytree(VALID_WORKBOOK, out / name)
        elif name.endswith(".parkflow"):
            assert main(["import", str(VALID_WORKBOOK), "-o", str(out / name)]) == 0
        else:
            (out / name).write_bytes(b"the old output \x00\xff")
    capsys.readouterr()
    before = tree_digest(out)
    code = main(_argv(template, source, out))
    captured = capsys.readouterr()
    _assert_refused(code, captured.out + captured.err)
    assert tree_digest(out) == before
    assert sorted(path.name for path in out.iterdir()) == sorted(outputs), "temporary files were left"


@pytest.mark.parametrize(
    "argv",
    [
        ["generate", "--enterprises", "0", "-o", "{OUT}/gen.parkflow"],
        ["optimize", "{VALID}", "--time-limit", "-1", "--json", "{OUT}/out.json"],
        ["optimize", "{VALID}", "--json", "{OUT}/no/such/folder/out.json"],
        ["optimize", "{VALID}", "--save", "{OUT}/out.xlsx"],
        ["export", "{VALID}", "-o", "{OUT}/out.csv"],
        ["import", "{VALID}", "-o", "{OUT}/out.xlsx"],
        ["report", "{VALID}", "-o", "{OUT}/report.docx"],
    ],
    ids=[
        "generate-0",
        "negative-time-limit",
        "json-missing-folder",
        "save-not-parkflow",
        "export-csv-file",
        "import-not-parkflow",
        "report-docx",
    ],
)
def test_bad_options_exit_2_and_write_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    code = main([part.replace("{OUT}", str(out)).replace("{VALID}", str(VALID_WORKBOOK)) for part in argv])
    captured = capsys.readouterr()
    assert code == 2, captured.out + captured.err
    assert "Traceback" not in captured.out + captured.err
    assert captured.err.strip(), "no message"
    assert list(out.iterdir()) == []


# ---------------------------------------------------------------------------
# Unexpected internal errors: exit 1, one line, no traceback
# ---------------------------------------------------------------------------
def _raise(*_args: object, **_kwargs: object) -> None:
    raise RuntimeError("simulated internal fault\nwith a second line")


INTERNAL_FAULTS: dict[str, tuple[str, str, list[str]]] = {
    "validate": ("parkflow.commands.validate", "park_problems", ["validate", "{VALID}"]),
    "import": ("parkflow.model.store", "save_scenario", ["import", "{VALID}", "-o", "{OUT}/out.parkflow"]),
    "export": ("parkflow.commands.export", "write_workbook", ["export", "{VALID}", "-o", "{OUT}/out.xlsx"]),
    "optimize": (
        "parkflow.commands.optimize",
        "optimize",
        ["optimize", "{VALID}", "--json", "{OUT}/out.json"],
    ),
    "report": (
        "parkflow.report",
        "render_report",
        ["report", "{VALID}", "-o", "{OUT}/report.html", "--no-optimize"],
    ),
    "generate": (
        "parkflow.model.generate",
        "generate_park",
        ["generate", "--enterprises", "3", "-o", "{OUT}/gen.parkflow"],
    ),
}


@pytest.mark.parametrize("command", sorted(INTERNAL_FAULTS))
def test_unexpected_error_exits_1_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    module, name, argv = INTERNAL_FAULTS[command]
    monkeypatch.delenv("PARKFLOW_DEBUG", raising=False)
    monkeypatch.setattr(f"{module}.{name}", _raise)
    out = tmp_path / "out"
    out.mkdir()
    code = main([part.replace("{OUT}", str(out)).replace("{VALID}", str(VALID_WORKBOOK)) for part in argv])
    captured = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in captured.out + captured.err
    # warnings about the input (the fixture's cooling make-up names no effluent route) come first
    lines = [line for line in captured.err.strip().splitlines() if ": warning: " not in line]
    assert len(lines) == 1 and "RuntimeError" in lines[0] and "simulated internal fault" in lines[0], (
        captured.err
    )
    assert list(out.iterdir()) == []


def test_unexpected_error_with_debug_shows_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    """PARKFLOW_DEBUG=1 lets a developer see the traceback (the error propagates)."""
    monkeypatch.setenv("PARKFLOW_DEBUG", "1")
    monkeypatch.setattr("parkflow.commands.validate.park_problems", _raise)
    with pytest.raises(RuntimeError, match="simulated internal fault"):
        main(["validate", str(VALID_WORKBOOK)])


# ---------------------------------------------------------------------------
# Exports and reports: a failing write leaves the old output intact
# ---------------------------------------------------------------------------
def _fail_after_some_writing(original: Callable[..., object], path_argument: int) -> Callable[..., object]:
    """A writer that writes part of its file, then fails (a full disk or a bug halfway)."""

    def failing(*args: object, **kwargs: object) -> None:
        target = Path(str(args[path_argument]))
        if target.is_dir():
            (target / "park.csv").write_text("key,value\nname,half", encoding="utf-8")
        else:
            target.write_bytes(b"half a file")
        raise OSError(28, "No space left on device")

    return failing


EXPORTS: dict[str, tuple[str, str, int, list[str], str]] = {
    "export xlsx": (
        "parkflow.model.workbook.write",
        "_write_xlsx",
        1,
        ["export", "{VALID}", "-o", "{OUT}"],
        "out.xlsx",
    ),
    "export csv": (
        "parkflow.model.workbook.write",
        "_write_csv_folder",
        1,
        ["export", "{VALID}", "-o", "{OUT}"],
        "out_folder",
    ),
    "report html": (
        "parkflow.report.render_html",
        "render_html",
        1,
        ["report", "{VALID}", "--no-optimize", "-o", "{OUT}"],
        "report.html",
    ),
    "report pdf": (
        "parkflow.report.render_pdf",
        "render_pdf",
        1,
        ["report", "{VALID}", "--no-optimize", "-o", "{OUT}"],
        "report.pdf",
    ),
    "report xlsx": (
        "parkflow.report.render_xlsx",
        "render_xlsx",
        1,
        ["report", "{VALID}", "--no-optimize", "-o", "{OUT}"],
        "report.xlsx",
    ),
}


@pytest.mark.parametrize("export", sorted(EXPORTS))
def test_failing_export_keeps_the_old_output_and_leaves_no_temporary_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, export: str
) -> None:
    module, name, path_argument, argv, output_name = EXPORTS[export]
    out = tmp_path / "out"
    out.mkdir()
    target = out / output_name
    command = [part.replace("{VALID}", str(VALID_WORKBOOK)).replace("{OUT}", str(target)) for part in argv]
    assert main(command) == 0  # the old output, complete
    capsys.readouterr()
    before = tree_digest(out)
    import importlib

    writer_module = importlib.import_module(module)
    monkeypatch.setattr(
        writer_module, name, _fail_after_some_writing(getattr(writer_module, name), path_argument)
    )
    code = main(command)
    captured = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in captured.out + captured.err
    assert "No space left on device" in captured.err and "bug" not in captured.err
    assert tree_digest(out) == before, "the old output was changed"
    assert [path.name for path in out.iterdir()] == [output_name], "temporary files were left"


def test_successful_export_replaces_the_old_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The positive side of the atomic replace: a complete new file takes the old one's place."""
    target = tmp_path / "park.xlsx"
    target.write_bytes(b"old")
    assert main(["export", str(VALID_WORKBOOK), "-o", str(target)]) == 0
    assert target.read_bytes()[:2] == b"PK"
    assert [path.name for path in tmp_path.iterdir()] == ["park.xlsx"]
