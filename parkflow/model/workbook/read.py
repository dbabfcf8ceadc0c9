"""Reading a whole park workbook: every sheet, then the park-level checks, all problems at once."""

from __future__ import annotations

from pathlib import Path

from parkflow.model.entities import (
    ENTITY_SHEETS,
    Park,
)
from parkflow.model.problems import ParkError, Problem
from parkflow.model.validate import locate, validate_park
from parkflow.model.workbook.cells import SheetResult
from parkflow.model.workbook.csv_read import read_csv_folder
from parkflow.model.workbook.layout import (
    SHEET_ORDER,
    WORKBOOK_SHEETS,
    RawSheet,
    file_problem,
    known_columns,
    suggest,
)
from parkflow.model.workbook.sheets import read_entity_sheet, read_park_sheet
from parkflow.model.workbook.xlsx_read import read_xlsx

#: The sheet a reference column points into.
_REFERENCE_SHEET: dict[str, str] = {
    "enterprise": "enterprises",
    "utility": "utilities",
    "disposal": "disposals",
    "source": "streams",
    "sink": "streams",
    "input": "streams",
    "output": "streams",
    "residue": "streams",
    "aux": "streams",
}
_UNFED_SINK_MESSAGE = "this sink has no utility and no link can serve it"


def _raw_sheets(path: Path) -> tuple[list[RawSheet], list[Problem]]:
    if path.is_dir():
        return read_csv_folder(path)
    if not path.exists():
        return [], [file_problem(path, "no such file or folder")]
    return read_xlsx(path)


def _sheet_index(problem: Problem) -> tuple[int, int]:
    """Sort key: whole-file problems first, then sheets in workbook order, then rows."""
    if problem.kind == "file":
        return -2, 0
    if problem.sheet in WORKBOOK_SHEETS:
        return WORKBOOK_SHEETS.index(problem.sheet), problem.row or 0
    return (-1, 0) if problem.sheet is not None else (len(WORKBOOK_SHEETS), 0)


def check_workbook(path: Path | str, *, check: bool = True) -> tuple[Park | None, list[Problem]]:
    """Read a workbook and return ``(park, problems)`` without raising.

    ``park`` is None when any problem is an error.  With ``check=False`` the
    park-level rules of :func:`validate_park` are not applied (cells that
    cannot be read are still errors); the editor uses this to open a park
    that needs fixing.
    """
    path = Path(path)
    raw, problems = _raw_sheets(path)
    if not raw and problems:
        return None, problems
    park = Park()
    park.links_declared = False
    rows: dict[tuple[str, str], int] = {}
    results: dict[str, SheetResult] = {}
    seen: set[str] = set()
    incomplete = False  # a sheet could not be read: park-level checks would only add noise
    for position, sheet in enumerate(raw, start=1):
        name = sheet.name
        if name not in WORKBOOK_SHEETS:
            closest = suggest(name, WORKBOOK_SHEETS)
            # a damaged workbook can hold a sheet without a name: locate it by its place
            where = name if name.strip() else f"sheet {position} (no name)"
            if not sheet.rows or sheet.hidden:
                problems.append(
                    Problem(
                        f"unknown sheet {name!r} ignored ({'hidden' if sheet.hidden else 'empty'}){closest}; "
                        f"a park workbook has the sheets: {', '.join(WORKBOOK_SHEETS)}",
                        sheet=where,
                        severity="warning",
                    )
                )
            else:
                problems.append(
                    Problem(
                        f"unknown sheet {name!r}{closest}; a park workbook has only the sheets: "
                        f"{', '.join(WORKBOOK_SHEETS)}; rename or delete it",
                        sheet=where,
                    )
                )
            continue
        if name in seen:
            problems.append(Problem(f"sheet {name!r} appears twice; keep one", sheet=name))
            continue
        seen.add(name)
        if name == "links":
            park.links_declared = True
        if sheet.unreadable:
            incomplete = True
            continue
        if not sheet.rows:
            problems.append(
                Problem(
                    f"the {name} sheet is empty; give it a header row ({', '.join(known_columns(name))}) "
                    "or delete the sheet",
                    sheet=name,
                    row=1,
                )
            )
            incomplete = True
            continue
        if name == "park":
            read_park_sheet(sheet, park, rows, problems)
            continue
        result = read_entity_sheet(sheet, name)
        results[name] = result
        incomplete = incomplete or result.lost
        problems.extend(result.problems)
        collection = park.collection(name)
        for entity in result.entities:
            collection[entity.id] = entity
        for entity_id, row_number in result.rows.items():
            rows[(name, entity_id)] = row_number
    if not seen and not any(problem.severity == "error" for problem in problems):
        problems.append(
            file_problem(
                path, f"this is not a park workbook: it has none of the sheets {', '.join(SHEET_ORDER)}"
            )
        )
    if check and not incomplete:
        problems.extend(_checked(park, rows, results))
    problems = sorted(problems, key=_sheet_index)
    if any(problem.severity == "error" for problem in problems):
        return None, problems
    return park, problems


def _checked(park: Park, rows: dict[tuple[str, str], int], results: dict[str, SheetResult]) -> list[Problem]:
    """validate_park's problems, located, minus echoes of cells already reported."""
    bad_cells = {
        (sheet, row, column) for sheet, result in results.items() for row, column in result.bad_cells
    }
    dropped = {sheet: result.dropped for sheet, result in results.items()}
    links_incomplete = "links" in results and results["links"].any_dropped_row
    kept: list[Problem] = []
    for problem in locate(validate_park(park), rows):
        if (problem.sheet, problem.row, problem.column) in bad_cells:
            continue
        target_sheet = _REFERENCE_SHEET.get(problem.column or "")
        if target_sheet and problem.kind and problem.entity_id is not None:
            entity = (
                park.collection(problem.sheet or "").get(problem.entity_id)
                if problem.sheet in ENTITY_SHEETS
                else None
            )
            if entity is not None and getattr(entity, problem.column or "", None) in dropped.get(
                target_sheet, set()
            ):
                continue
        if links_incomplete and problem.message.startswith(_UNFED_SINK_MESSAGE):
            continue
        kept.append(problem)
    return kept


def read_workbook(path: Path | str, *, check: bool = True) -> Park:
    """Read a park from an ``.xlsx`` workbook or a folder of ``<sheet>.csv`` files.

    Raises
    ------
    ParkError
        With every problem found, each located as ``sheet:row:column``;
        nothing half-read is ever returned.
    """
    park, problems = check_workbook(path, check=check)
    if park is None:
        raise ParkError(problems)
    return park
