"""Helpers of the reliability and fuzz tests (tests/test_fuzz_*.py, tests/test_reliability_*.py).

The property every reader must keep (docs/reliability.md): a call either returns a park
that validates, or raises :class:`ParkError` / :class:`ScenarioFileError`
whose problems each name a place and say something; never any other
exception, never a partial result, and the input files are never changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from parkflow.model.entities import Park
from parkflow.model.problems import ParkError, Problem
from parkflow.model.validate import validate_park

TESTS = Path(__file__).resolve().parent
VALID_WORKBOOK = TESTS / "data" / "workbooks" / "valid_park"
FUZZ_DATA = TESTS / "data" / "fuzz"
SAMPLE_PARKS = TESTS.parent / "sample_parks"


def tree_digest(path: Path) -> dict[str, str]:
    """SHA-256 of a file, or of every file under a folder (relative name -> digest)."""
    if path.is_file():
        return {path.name: hashlib.sha256(path.read_bytes()).hexdigest()}
    if not path.exists():
        return {}
    return {
        str(entry.relative_to(path)): hashlib.sha256(entry.read_bytes()).hexdigest()
        for entry in sorted(path.rglob("*"))
        if entry.is_file()
    }


def problem_is_located(problem: Problem) -> bool:
    """A problem names a sheet (with row or column where it is about a cell), a file or an entity."""
    if not problem.message.strip():
        return False
    if problem.sheet:
        return True
    return bool(problem.kind) and bool(problem.entity_id)


def check_read(read: Callable[[], Any], inputs: Path) -> Any:
    """Run ``read`` and check the reliability property; the value read or None on refusal.

    ``read`` returns a :class:`Park` or an object with a ``park`` attribute
    (a :class:`Scenario`).  Any exception other than ParkError (or its
    subclass ScenarioFileError) fails the calling test with the exception.
    """
    before = tree_digest(inputs)
    try:
        value = read()
    except ParkError as error:
        assert error.problems, "a ParkError without problems"
        unlocated = [str(problem) for problem in error.problems if not problem_is_located(problem)]
        assert not unlocated, f"problems without a place: {unlocated}"
        assert any(problem.severity == "error" for problem in error.problems), "refused without an error"
        value = None
    else:
        park = value if isinstance(value, Park) else value.park
        assert isinstance(park, Park)
        errors = [str(problem) for problem in validate_park(park) if problem.severity == "error"]
        if isinstance(value, Park):  # a workbook read with checks never returns an invalid park
            assert errors == [], errors
    assert tree_digest(inputs) == before, "the input was changed by reading it"
    return value


def read_csv_rows(folder: Path) -> dict[str, list[list[str]]]:
    """Every ``<sheet>.csv`` of a folder as rows of text cells (UTF-8)."""
    import csv

    tables: dict[str, list[list[str]]] = {}
    for entry in sorted(folder.glob("*.csv")):
        with entry.open(encoding="utf-8-sig", newline="") as handle:
            tables[entry.stem] = [row for row in csv.reader(handle)]
    return tables


def write_csv_rows(
    folder: Path,
    tables: dict[str, list[list[str]]],
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
    line_endings: tuple[str, ...] = ("\n",),
) -> None:
    """Write tables as ``<sheet>.csv`` files with a chosen encoding, delimiter and line endings.

    Line endings cycle through ``line_endings`` (mixed endings when more than one).
    """
    import csv
    import io

    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
        lines: list[str] = []
        for row in rows:
            buffer.seek(0)
            buffer.truncate()
            writer.writerow(row)
            lines.append(buffer.getvalue()[:-1])
        text = "".join(line + line_endings[index % len(line_endings)] for index, line in enumerate(lines))
        (folder / f"{name}.csv").write_bytes(text.encode(encoding))


def entity_count(park: Park) -> dict[str, int]:
    """Number of entities of each sheet of a park."""
    return {
        sheet: len(park.collection(sheet))
        for sheet in ("enterprises", "utilities", "disposals", "streams", "links", "converters")
    }


def data_row_count(tables: dict[str, list[list[str]]]) -> dict[str, int]:
    """Non-blank data rows of each entity sheet (the header is not counted)."""
    counts = {}
    for sheet in ("enterprises", "utilities", "disposals", "streams", "links", "converters"):
        rows = tables.get(sheet, [])
        counts[sheet] = sum(1 for row in rows[1:] if any(cell.strip() for cell in row))
    return counts
