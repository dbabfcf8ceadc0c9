"""Open and save a park from any of its forms: scenario file, workbook, folder.

Every ``parkflow`` subcommand accepts a ``.parkflow`` file, an ``.xlsx``
workbook or a workbook folder of ``<sheet>.csv`` files as input
(docs/design.md, "Files"); this module is the one place that decides which reader to use.
"""

from __future__ import annotations

from pathlib import Path

from parkflow.model.entities import Park
from parkflow.model.problems import ParkError, Problem

SCENARIO_SUFFIX = ".parkflow"
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def input_kind(path: Path) -> str:
    """``"scenario"``, ``"xlsx"`` or ``"csv"`` for an input path; ParkError otherwise."""
    path = Path(path)
    if path.is_dir():
        return "csv"
    if not path.exists():
        raise ParkError(Problem("no such file or folder", kind="file", entity_id=str(path)))
    suffix = path.suffix.lower()
    if suffix == SCENARIO_SUFFIX:
        return "scenario"
    if suffix in WORKBOOK_SUFFIXES:
        return "xlsx"
    raise ParkError(
        Problem(
            "cannot tell what this is; give a .parkflow scenario file, "
            "an .xlsx park workbook or a folder of <sheet>.csv files",
            kind="file",
            entity_id=str(path),
        )
    )


def load_park(path: Path | str) -> Park:
    """Read a park from a scenario file, an .xlsx workbook or a CSV folder.

    Raises
    ------
    ParkError
        With every problem found (and nothing half-read returned).
    """
    path = Path(path)
    kind = input_kind(path)
    if kind == "scenario":
        from parkflow.model.store import open_scenario

        return open_scenario(path).park
    from parkflow.model.workbook import read_workbook

    return read_workbook(path)
