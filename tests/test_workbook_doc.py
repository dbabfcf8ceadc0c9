"""docs/workbook.md lists exactly the columns the workbook reader knows, sheet by sheet."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from parkflow.model.entities import ENTITY_SHEETS
from parkflow.model.workbook import known_columns

DOC = Path(__file__).resolve().parents[1] / "docs" / "workbook.md"


def _documented(sheet: str) -> list[str]:
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith(f"| `{sheet}`"):
            cell = line.split("|")[2]
            # values and remarks sit in parentheses; the column names outside them
            return re.findall(r"`([a-z0-9_]+)`", re.sub(r"\([^)]*\)", "", cell))
    raise AssertionError(f"docs/workbook.md has no row for the {sheet} sheet")


@pytest.mark.parametrize("sheet", list(ENTITY_SHEETS))
def test_the_doc_lists_exactly_the_readers_columns(sheet: str) -> None:
    assert sorted(_documented(sheet)) == sorted(known_columns(sheet))
