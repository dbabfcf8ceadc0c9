"""One column spec per entity field (parkflow/model/columns.py), read by the workbook, the store and the editor."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from parkflow.model.columns import SHEET_COLUMNS, column_specs, enum_columns
from parkflow.model.entities import Direction, LinkStatus, Medium
from parkflow.model.workbook.cells import SheetResult, convert_column
from parkflow.ui import fields


@dataclass(slots=True)
class _Tank:
    """A row with one field of each column kind, as a new entity kind would declare them."""

    id: str
    medium: Medium
    units: int = 1
    year: int | None = None
    volume_m3: float = 0.0
    loss_pct: float | None = None
    name: str = ""


def test_each_field_type_gives_its_column_kind() -> None:
    specs = {spec.name: spec for spec in column_specs(_Tank)}
    assert {name: (spec.kind, spec.nullable, spec.required) for name, spec in specs.items()} == {
        "id": ("text", False, True),
        "medium": ("enum", False, True),
        "units": ("integer", False, False),
        "year": ("integer", True, False),
        "volume_m3": ("number", False, False),
        "loss_pct": ("number", True, False),
        "name": ("free", False, False),
    }
    assert specs["medium"].enum is Medium


def test_the_editor_reads_each_column_kind_from_the_spec() -> None:
    kinds = {spec.name: fields.field_kind(spec) for spec in column_specs(_Tank)}
    assert kinds == {
        "id": "text",
        "medium": "enum",
        "units": "integer",
        "year": "optional_integer",
        "volume_m3": "float",
        "loss_pct": "optional_float",
        "name": "text",
    }


def test_a_whole_number_field_is_edited_as_an_integer() -> None:
    specs = {spec.name: spec for spec in column_specs(_Tank)}
    value = fields.parse_column(specs["year"], " 2,021 ")
    assert value == 2021 and type(value) is int
    assert fields.show(value) == "2021"  # not "2021.0"
    assert fields.parse_column(specs["year"], "") is None
    with pytest.raises(ValueError, match="whole number"):
        fields.parse_column(specs["units"], "2.5")
    with pytest.raises(ValueError, match="needs a number"):
        fields.parse_column(specs["units"], "")


def test_a_whole_number_column_reads_from_the_workbook_as_int() -> None:
    spec = next(spec for spec in column_specs(_Tank) if spec.name == "units")
    result = SheetResult()
    values, unusable = convert_column(spec, [3, "4", None, 2.5, 7.0], [2, 3, 4, 5, 6], "tanks", result)
    assert values == [3, 4, 1, 1, 7]
    assert [type(value) for value in values] == [int] * 5
    assert [str(problem) for problem in result.problems] == [
        "tanks:5:units: units must be a whole number, not 2.5"
    ]
    assert not unusable  # a column with a default keeps the row


def test_the_shipped_sheets_keep_their_reading() -> None:
    # entity fields today are text, numbers and enums; the editor's reading of them is unchanged
    assert fields.field_kinds("streams")["amount"] == "float"
    assert fields.field_kinds("streams")["pressure_mpa"] == "optional_float"
    assert fields.field_kinds("links")["status"] == "enum"
    assert fields.field_kinds("enterprises")["notes"] == "text"
    assert enum_columns("streams") == {"direction": Direction, "medium": Medium}
    assert enum_columns("storages") == {"medium": Medium, "status": LinkStatus}
    assert {sheet for sheet in SHEET_COLUMNS if enum_columns(sheet)} == {
        "utilities",
        "disposals",
        "streams",
        "links",
        "storages",
    }
    assert fields.parse("links", "status", "existing") is LinkStatus.EXISTING
    with pytest.raises(ValueError, match="must be one of"):
        fields.parse("streams", "medium", "plasma")
