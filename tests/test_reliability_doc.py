"""docs/reliability.md: every row names a test, and every test it names exists.

tests/test_store_reliability_doc.py checks the scenario-file and generator
rows; this module checks every row of every section, whoever wrote it.
A test is cited as `` `tests/<file>.py::<name>` ``; further tests of the same
file in the same cell as `` `::<name>` ``.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "reliability.md"
CITATION = re.compile(r"`(tests/[^`:]+\.py)::(\w+)`|`::(\w+)`")


@cache
def _test_functions(file: str) -> frozenset[str]:
    """Names of the functions defined in a test file (module level or in classes)."""
    path = ROOT / file
    if not path.is_file():
        return frozenset()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return frozenset(
        node.name for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
    )


def _table_rows() -> list[tuple[int, str]]:
    rows: list[tuple[int, str]] = []
    for number, line in enumerate(DOC.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.startswith("|") or line.startswith(("|---", "| bad input or fault")):
            continue
        rows.append((number, line))
    return rows


def _citations(line: str) -> list[tuple[str, str]]:
    cited: list[tuple[str, str]] = []
    current_file: str | None = None
    for match in CITATION.finditer(line):
        file, name, continued = match.groups()
        if file:
            current_file = file
            cited.append((file, name))
        elif current_file is not None:
            cited.append((current_file, continued))
    return cited


def test_every_row_names_a_test() -> None:
    rows = _table_rows()
    assert len(rows) >= 70
    bare = [f"line {number}" for number, line in rows if not _citations(line.rsplit("|", 2)[-2])]
    assert bare == []


def test_every_cited_test_exists() -> None:
    cited = [citation for _, line in _table_rows() for citation in _citations(line)]
    assert len(cited) >= 100
    missing = sorted({f"{file}::{name}" for file, name in cited if name not in _test_functions(file)})
    assert missing == []


def test_rows_have_three_cells() -> None:
    """A stray '|' inside a cell would shift the test column out of the table."""
    broken = [f"line {number}" for number, line in _table_rows() if line.count("|") - line.count("\\|") != 4]
    assert broken == []


def test_the_count_of_cases_is_up_to_date() -> None:
    """The summary line counts the rows: every case tried is a row, and each one held."""
    match = re.search(r"Cases tried: (\d+); held: (\d+)", DOC.read_text(encoding="utf-8"))
    assert match is not None
    tried, held = int(match.group(1)), int(match.group(2))
    rows = len(_table_rows())
    assert tried == rows
    assert held == tried
