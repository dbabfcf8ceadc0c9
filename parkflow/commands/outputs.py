"""Every file a command writes, checked together before any is written.

A command names its inputs and its outputs (``--json``, ``--save``,
``--write-mps``, ``-o``) and calls :func:`check_outputs` before it reads or
computes anything.  Every problem of every output is found at once, so exit
code 2 always means that nothing was written:

- an output that is one of the inputs (the same file by name, through a
  symbolic link or a hard link, or a ``.csv`` sheet inside an input
  folder) would destroy the input; the one exception is a scenario file
  saved over itself (``optimize s.parkflow --save s.parkflow`` stores the
  results with the same park);
- two outputs that are the same file would overwrite each other;
- an output that is a folder (where a file is meant), in a missing folder,
  in a folder the user may not write into, or a read-only file;
- a scenario-file output that ``save_scenario`` would refuse to replace.

Devices, pipes and standard streams (``/dev/null``, ``/dev/stdout``) are
accepted: the writers in :mod:`parkflow.model.fileio` write through them
instead of replacing them.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from parkflow.model.fileio import is_stream_target
from parkflow.model.problems import ParkError, Problem, option_problem

#: What an output is: one file, a scenario file, or a workbook (an .xlsx file or a CSV folder).
OUTPUT_KINDS = ("file", "scenario", "workbook")


@dataclass(frozen=True, slots=True)
class Output:
    """One output of a command: the option that names it and its path."""

    option: str
    path: Path
    kind: str = "file"

    @property
    def is_folder(self) -> bool:
        """A CSV workbook folder (a workbook output not ending in .xlsx)."""
        return self.kind == "workbook" and self.path.suffix.lower() != ".xlsx"


def output(option: str, path: str | Path | None, kind: str = "file") -> Output | None:
    """An :class:`Output`, or None when the option was not given."""
    if path is None or str(path) == "":
        return None
    if kind not in OUTPUT_KINDS:
        raise ValueError(f"unknown output kind {kind!r}")
    return Output(option, Path(path), kind)


def _same_entry(first: Path, second: Path) -> bool:
    """True when two paths name one file or folder (also through symbolic and hard links)."""
    try:
        if os.path.samefile(first, second):
            return True
    except OSError:
        pass
    return os.path.realpath(first) == os.path.realpath(second)


def _inside(path: Path, folder: Path) -> bool:
    """True when ``path`` lies inside ``folder`` (after resolving links)."""
    try:
        return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(folder))
    except (OSError, ValueError):
        return False


def _alias_problem(out: Output, source: Path) -> Problem | None:
    """Why writing ``out`` would destroy the input ``source``, or None."""
    if out.kind == "scenario" and source.suffix.lower() == ".parkflow" and _same_entry(out.path, source):
        return None  # saving a scenario over itself keeps its park and stores the new results
    if _same_entry(out.path, source):
        return option_problem(
            out.option,
            f"{out.path} is the input {source}; writing it would destroy the input. Give another name",
        )
    if source.is_dir() and out.path.suffix.lower() == ".csv" and _inside(out.path, source):
        return option_problem(
            out.option,
            f"{out.path} lies inside the input folder {source}, where it would be "
            "read as a sheet or replace one. Give a name outside that folder",
        )
    if out.is_folder and source.exists() and _inside(source, out.path):
        return option_problem(
            out.option,
            f"the folder {out.path} holds the input {source}; replacing it would "
            "destroy the input. Give another folder",
        )
    return None


def _place_problem(out: Output) -> Problem | None:
    """Why ``out`` cannot be written where it is, or None."""
    if is_stream_target(out.path):
        if out.is_folder:
            return option_problem(
                out.option,
                f"{out.path} is a device or pipe, not a folder; give a folder name or a name ending in .xlsx",
            )
        return None
    target = Path(os.path.realpath(out.path))
    if target.is_dir() and not out.is_folder:
        return option_problem(out.option, f"{out.path} is a folder; give a file name")
    if target.exists() and not target.is_dir() and out.is_folder:
        return option_problem(
            out.option,
            f"{out.path} is a file; give a folder name for a CSV workbook, or a name ending in .xlsx",
        )
    folder = target.parent
    if not folder.exists():
        return option_problem(out.option, f"{out.path}: the folder {folder} does not exist; create it first")
    if not folder.is_dir():
        return option_problem(out.option, f"{out.path}: {folder} is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        return option_problem(
            out.option, f"{out.path}: you may not write into the folder {folder}; choose another folder"
        )
    try:
        status = target.stat()
    except OSError:
        return None
    if stat.S_ISREG(status.st_mode) and not status.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return option_problem(out.option, f"{out.path} is read-only; give another name or make it writable")
    if out.kind == "scenario":
        from parkflow.model.store import check_save_destination

        try:
            check_save_destination(out.path)
        except ParkError as error:
            return option_problem(out.option, error.problems[0].message if error.problems else str(error))
    return None


def check_outputs(inputs: Sequence[str | Path], outputs: Sequence[Output | None]) -> None:
    """Raise ParkError with every problem of every output; return when all can be written.

    Call it before any work, so that a refused command has written nothing.
    """
    given = [out for out in outputs if out is not None]
    sources = [Path(source) for source in inputs]
    problems: list[Problem] = []
    refused: set[int] = set()
    for index, out in enumerate(given):
        for source in sources:
            alias = _alias_problem(out, source)
            if alias is not None:
                problems.append(alias)
                refused.add(index)
                break
        else:
            place = _place_problem(out)
            if place is not None:
                problems.append(place)
    for index, out in enumerate(given):
        if index in refused or is_stream_target(out.path):
            continue
        for earlier in given[:index]:
            if _same_entry(out.path, earlier.path):
                problems.append(
                    option_problem(
                        out.option,
                        f"{out.path} is also the output of {earlier.option}; "
                        "one would overwrite the other. Give two names",
                    )
                )
    if problems:
        raise ParkError(problems)
