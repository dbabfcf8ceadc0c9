"""docs/workbook.md lists exactly the sheets, columns and park keys the workbook reader accepts.

The reader's column specifications (``parkflow.model.workbook.SHEET_COLUMNS``,
derived from the entity dataclasses) and its park keys (``PARK_KEY_KINDS``)
are the truth; the page a user fills a workbook from must agree with them. A
column added to an entity without a line in the page fails here, naming it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from parkflow.model.workbook import FACTOR_OVERRIDE_PREFIX, PARK_COLUMNS, PARK_KEY_KINDS, SHEET_COLUMNS

PAGE = Path(__file__).resolve().parents[1] / "docs" / "workbook.md"
ROW = re.compile(r"^\|\s*`(?P<sheet>[a-z_]+)`(?P<optional>\s*\(optional\))?\s*\|(?P<columns>.*)\|\s*$")
CODE = re.compile(r"`([^`]+)`")


def _documented() -> dict[str, str]:
    """Sheet name → the text of its columns cell, from the page's sheet table."""
    table: dict[str, str] = {}
    for line in PAGE.read_text(encoding="utf-8").splitlines():
        match = ROW.match(line)
        if match:
            assert match["sheet"] not in table, f"docs/workbook.md lists the sheet {match['sheet']!r} twice"
            table[match["sheet"]] = match["columns"]
    return table


def _names(cell: str) -> list[str]:
    """Code spans of a cell outside parentheses: the names, not the values in ``(`a`/`b`)`` notes."""
    depth, kept = 0, []
    for character in cell:
        if character == "(":
            depth += 1
        elif character == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(character)
    return CODE.findall("".join(kept))


def _difference(sheet: str, documented: list[str], accepted: list[str]) -> str:
    missing = [name for name in accepted if name not in documented]
    extra = [name for name in documented if name not in accepted]
    return (
        f"docs/workbook.md, sheet {sheet!r}: missing {missing or 'nothing'}, "
        f"listed but not read {extra or 'nothing'}"
    )


def test_the_page_lists_every_sheet_the_reader_knows() -> None:
    documented = set(_documented())
    accepted = {"park", *SHEET_COLUMNS}
    assert documented == accepted, (
        f"sheets missing from docs/workbook.md: {sorted(accepted - documented)}; "
        f"listed but not read: {sorted(documented - accepted)}"
    )


@pytest.mark.parametrize("sheet", sorted(SHEET_COLUMNS))
def test_each_sheet_lists_exactly_the_columns_the_reader_accepts(sheet: str) -> None:
    documented = _names(_documented()[sheet])
    accepted = [spec.name for spec in SHEET_COLUMNS[sheet]]
    assert len(documented) == len(set(documented)), (
        f"docs/workbook.md, sheet {sheet!r}: a column is listed twice"
    )
    assert set(documented) == set(accepted), _difference(sheet, documented, accepted)


def test_the_park_sheet_lists_its_columns_and_every_key() -> None:
    cell = _documented()["park"]
    columns_part, _, keys_part = cell.partition("; keys")
    assert keys_part, "docs/workbook.md: the park row says '`key`, `value`; keys …'"
    assert _names(columns_part) == list(PARK_COLUMNS), _difference(
        "park", _names(columns_part), list(PARK_COLUMNS)
    )
    documented = [name for name in _names(keys_part) if not name.startswith(FACTOR_OVERRIDE_PREFIX)]
    assert set(documented) == set(PARK_KEY_KINDS), _difference(
        "park (keys)", documented, list(PARK_KEY_KINDS)
    )
    assert any(name.startswith(FACTOR_OVERRIDE_PREFIX) for name in _names(keys_part)), (
        f"docs/workbook.md: the park row should mention the `{FACTOR_OVERRIDE_PREFIX}<key>` overrides"
    )


def test_the_check_itself_notices_a_missing_column() -> None:
    # the parser must see every name of a row, or the tests above could not fail
    links = _names(_documented()["links"])
    assert "lifetime_yr" in links and "existing" not in links
