"""Outputs never clobber inputs, are all checked before any is written, and devices are written through.

Every command that writes (optimize --json/--save/--write-mps, pareto and
targets --json, report -o, compare --json/-o, import -o, export -o,
generate -o) goes through :func:`parkflow.commands.outputs.check_outputs`:

* an output that is an input (same name, a spelling with ``./`` or ``..``,
  a symbolic link, a hard link) is refused with exit 2, the input byte for
  byte unchanged (before: ``optimize s.parkflow --json s.parkflow`` turned
  the scenario into JSON, exit 0);
* exit 2 means nothing written: a second output that cannot be written is
  found before the first is written;
* a character device, a FIFO and ``/dev/stdout`` are written through, never
  replaced by a regular file.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reliability_helpers import VALID_WORKBOOK, tree_digest

from parkflow.cli import main
from parkflow.model.io import load_park
from parkflow.model.store import save_scenario
from parkflow.model.workbook import write_workbook

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The valid test park as a scenario file, an .xlsx workbook and a CSV folder."""
    folder = tmp_path_factory.mktemp("inputs")
    park = load_park(VALID_WORKBOOK)
    save_scenario(folder / "park.parkflow", park)
    write_workbook(park, folder / "park.xlsx")
    shutil.copytree(VALID_WORKBOOK, folder / "park_csv")
    return folder


#: (argv with {IN} and {ALIAS}, the input kind, the suffix the output needs or "").
WRITERS: dict[str, tuple[list[str], str, str]] = {
    "optimize --json": (["optimize", "{IN}", "--json", "{ALIAS}"], "park.parkflow", ""),
    "optimize --save": (["optimize", "{IN}", "--save", "{ALIAS}"], "park.xlsx", ".parkflow"),
    "optimize --write-mps": (["optimize", "{IN}", "--write-mps", "{ALIAS}"], "park.xlsx", ""),
    "pareto --json": (["pareto", "{IN}", "--points", "2", "--json", "{ALIAS}"], "park.parkflow", ""),
    "targets --json": (["targets", "{IN}", "--json", "{ALIAS}"], "park.parkflow", ""),
    "report -o": (["report", "{IN}", "-o", "{ALIAS}", "--no-optimize"], "park.xlsx", ".xlsx"),
    "compare --json (baseline)": (
        ["compare", "{IN}", str(VALID_WORKBOOK), "--no-optimize", "--json", "{ALIAS}"],
        "park.parkflow",
        "",
    ),
    "compare -o (alternative)": (
        ["compare", str(VALID_WORKBOOK), "{IN}", "--no-optimize", "-o", "{ALIAS}"],
        "park.xlsx",
        ".xlsx",
    ),
    "import -o": (["import", "{IN}", "-o", "{ALIAS}"], "park.xlsx", ".parkflow"),
    "export -o": (["export", "{IN}", "-o", "{ALIAS}"], "park.xlsx", ".xlsx"),
    "optimize --json into a CSV folder": (["optimize", "{IN}", "--json", "{ALIAS}"], "park_csv", "csv"),
}

#: Ways to spell a path to the input: (name, needs the input's own suffix).
ALIASES = ("same name", "with ./", "through sub/..", "symbolic link", "link to a link", "hard link")


def _alias(kind: str, source: Path, folder: Path, suffix: str) -> Path:
    """A path in ``folder`` that names ``source`` itself, spelled the ``kind`` way."""
    name = f"alias{suffix or '.out'}"
    if kind == "same name":
        return source
    if kind == "with ./":
        return source.parent / "." / source.name
    if kind == "through sub/..":
        (source.parent / "sub").mkdir(exist_ok=True)
        return source.parent / "sub" / ".." / source.name
    if kind == "symbolic link":
        (folder / name).symlink_to(source)
        return folder / name
    if kind == "link to a link":
        (folder / f"first{name}").symlink_to(source)
        (folder / name).symlink_to(folder / f"first{name}")
        return folder / name
    os.link(source, folder / name)
    return folder / name


def _run(argv: list[str]) -> int:
    return main([str(part) for part in argv])


def _check_refused(
    writer: str, alias_kind: str, inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template, input_name, suffix = WRITERS[writer]
    work = tmp_path / "work"
    shutil.copytree(inputs, work, dirs_exist_ok=True)
    source = work / input_name
    if suffix == "csv":  # a sheet of the input folder: only spelled through that folder
        if alias_kind == "hard link":
            return
        alias_target = source / "streams.csv"
        alias = (
            _alias(alias_kind, alias_target, tmp_path, ".csv") if alias_kind != "same name" else alias_target
        )
    else:
        if alias_kind == "hard link" and source.is_dir():
            return
        if suffix and alias_kind in ("same name", "with ./", "through sub/..") and source.suffix != suffix:
            return  # refused for its suffix anyway; the link forms test this writer
        alias = _alias(alias_kind, source, tmp_path, suffix)
    before = tree_digest(work)
    code = _run([part.replace("{IN}", str(source)).replace("{ALIAS}", str(alias)) for part in template])
    err = capsys.readouterr().err
    assert code == 2, (writer, alias_kind, err)
    assert "destroy the input" in err or "inside the input folder" in err, err
    assert tree_digest(work) == before
    shutil.rmtree(tmp_path / "work")
    for entry in tmp_path.iterdir():
        if entry.is_symlink() or entry.is_file():
            entry.unlink()


@pytest.mark.parametrize("alias_kind", ALIASES)
@pytest.mark.parametrize("writer", list(WRITERS))
def test_an_output_that_is_an_input_is_refused_and_the_input_kept(
    writer: str, alias_kind: str, inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _check_refused(writer, alias_kind, inputs, tmp_path, capsys)


@st.composite
def _spellings(draw: st.DrawFn) -> list[str]:
    """A random spelling of the input's path: ``.`` and ``sub/..`` steps between its parts."""
    return draw(st.lists(st.sampled_from([".", "sub/.."]), max_size=4))


@given(
    steps=_spellings(),
    links=st.integers(min_value=0, max_value=3),
    writer=st.sampled_from(["optimize --json", "targets --json", "compare --json (baseline)", "export -o"]),
)
def test_fuzz_paths_that_alias_the_input(
    steps: list[str],
    links: int,
    writer: str,
    inputs: Path,
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Any spelling of the input's path, through any chain of symbolic links, is refused."""
    folder = tmp_path_factory.mktemp("fuzz")
    template, input_name, suffix = WRITERS[writer]
    shutil.copy2(inputs / input_name, folder / input_name)
    (folder / "sub").mkdir()
    source = folder / input_name
    alias = Path(folder, *steps, input_name)
    for index in range(links):
        link = folder / f"link{index}{suffix or '.json'}"
        link.symlink_to(alias)
        alias = link
    before = tree_digest(source)
    code = _run([part.replace("{IN}", str(source)).replace("{ALIAS}", str(alias)) for part in template])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "destroy the input" in err
    assert tree_digest(source) == before


def test_two_outputs_that_are_one_file_are_refused_before_either_is_written(
    inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _run(
        [
            "optimize",
            inputs / "park.parkflow",
            "--json",
            tmp_path / "x.parkflow",
            "--save",
            tmp_path / "x.parkflow",
        ]
    )
    assert code == 2
    assert "also the output of --json" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_save_target_stops_the_json_output_too(
    inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: the JSON was written, then --save refused the read-only file (exit 2, one output written)."""
    read_only = tmp_path / "kept.parkflow"
    shutil.copy2(inputs / "park.parkflow", read_only)
    read_only.chmod(0o444)
    code = _run(["optimize", inputs / "park.parkflow", "--json", tmp_path / "ok.json", "--save", read_only])
    assert code == 2
    assert "read-only" in capsys.readouterr().err
    assert not (tmp_path / "ok.json").exists()


def test_a_save_target_that_is_not_a_scenario_stops_the_json_output_too(
    inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.parkflow"
    notes.write_text("my notes\n", encoding="utf-8")
    code = _run(["optimize", inputs / "park.parkflow", "--json", tmp_path / "ok.json", "--save", notes])
    assert code == 2
    assert "was not replaced" in capsys.readouterr().err
    assert not (tmp_path / "ok.json").exists()
    assert notes.read_text(encoding="utf-8") == "my notes\n"


def test_an_output_into_a_folder_the_user_may_not_write_is_refused_first(
    inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only folder (simulated: tests run as root, who may write anywhere)."""
    locked = tmp_path / "locked"
    locked.mkdir()
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda path, mode, **kw: Path(path) != locked and real_access(path, mode, **kw)
    )
    code = _run(
        [
            "optimize",
            inputs / "park.parkflow",
            "--json",
            tmp_path / "ok.json",
            "--write-mps",
            locked / "model.mps",
        ]
    )
    assert code == 2
    assert "you may not write into the folder" in capsys.readouterr().err
    assert sorted(entry.name for entry in tmp_path.iterdir()) == ["locked"]


def test_a_character_device_is_written_through_not_replaced(inputs: Path, tmp_path: Path) -> None:
    """A private null device (what /dev/null is) stays a device after --json, --save and -o."""
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, OSError):
        pytest.skip("creating a device needs root")
    for argv in (
        ["optimize", inputs / "park.parkflow", "--json", device],
        ["optimize", inputs / "park.parkflow", "--save", device],
        ["targets", inputs / "park.parkflow", "--json", device],
        ["export", inputs / "park.parkflow", "-o", device],
    ):
        code = _run(argv)
        assert stat.S_ISCHR(device.stat().st_mode), argv
        assert code in (0, 2), argv
    assert sorted(entry.name for entry in tmp_path.iterdir()) == ["null"]


def test_a_fifo_is_written_through(inputs: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    code = _run(["targets", inputs / "park.parkflow", "--json", fifo])
    reader.join(timeout=30)
    assert code == 0
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert b'"hot_utility_mw"' in received[0]


def test_a_link_to_the_standard_output_prints_the_document(inputs: Path, tmp_path: Path) -> None:
    """``--json /dev/stdout``, through a private link of the same kind (``-> /proc/self/fd/1``).

    Before the fix the link was replaced by a regular file and nothing was printed.  The test
    never names the real /dev/stdout: run against a ParkFlow without the fix, as root, it would
    replace the machine's /dev/stdout.
    """
    if not Path("/proc/self/fd/1").exists():
        pytest.skip("no /proc/self/fd")
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    completed = subprocess.run(
        [sys.executable, "-m", "parkflow.cli", "targets", str(inputs / "park.parkflow"), "--json", str(link)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert '"hot_utility_mw"' in completed.stdout
    assert link.is_symlink()


def test_a_symbolic_link_output_keeps_the_link_and_replaces_its_target(inputs: Path, tmp_path: Path) -> None:
    target = tmp_path / "real.json"
    target.write_text("{}", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert _run(["targets", inputs / "park.parkflow", "--json", link]) == 0
    assert link.is_symlink()
    assert '"hot_utility_mw"' in target.read_text(encoding="utf-8")


def test_saving_a_scenario_over_itself_stores_the_results(inputs: Path, tmp_path: Path) -> None:
    """The one output that may be its input: the same park, saved with its new results."""
    from parkflow.model.store import open_scenario

    scenario = tmp_path / "park.parkflow"
    shutil.copy2(inputs / "park.parkflow", scenario)
    link = tmp_path / "link.parkflow"
    link.symlink_to(scenario)
    assert _run(["optimize", scenario, "--save", link]) == 0
    assert link.is_symlink()
    assert open_scenario(scenario).results is not None
