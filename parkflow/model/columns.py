"""What each entity field is as a column: text, a number, a whole number or an enum.

One specification per field, derived from the entity dataclasses
(:data:`parkflow.model.entities.ENTITY_KINDS`), read by the workbook reader,
the scenario store, the editor's tables and inspector and its undo commands,
so that a new field is a new column everywhere with one reading of its type.
"""

from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass
from enum import Enum
from typing import Any

from parkflow.model.entities import KIND_BY_SHEET

#: Text columns kept exactly as typed; every other text column (ids,
#: references, units, factor names, substances) has surrounding spaces removed.
FREE_TEXT_COLUMNS: frozenset[str] = frozenset({"name", "sector", "notes"})


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    """One entity field as a column.

    ``kind`` is ``"text"``, ``"free"`` (text kept as typed), ``"number"``
    (a float), ``"integer"`` (a whole number, read as ``int``) or ``"enum"``
    (a member of ``enum``).  ``nullable`` fields take ``None`` for a blank;
    ``required`` fields have no default (a row without them is unusable).
    """

    name: str
    kind: str
    default: Any
    required: bool
    enum: type[Enum] | None = None
    nullable: bool = False


def column_specs(cls: type) -> tuple[ColumnSpec, ...]:
    """The column specification of every field of the entity dataclass ``cls``, in field order."""
    hints = typing.get_type_hints(cls)
    specs: list[ColumnSpec] = []
    for fld in dataclasses.fields(cls):
        hint = hints[fld.name]
        required = fld.default is dataclasses.MISSING and fld.default_factory is dataclasses.MISSING
        default = None if fld.default is dataclasses.MISSING else fld.default
        args = typing.get_args(hint)
        nullable = type(None) in args
        base = hint if not args else next(arg for arg in args if arg is not type(None))
        if isinstance(base, type) and issubclass(base, Enum):
            specs.append(ColumnSpec(fld.name, "enum", default, required, base, nullable))
        elif base is int:
            specs.append(ColumnSpec(fld.name, "integer", default, required, nullable=nullable))
        elif base is float:
            specs.append(ColumnSpec(fld.name, "number", default, required, nullable=nullable))
        else:
            kind = "free" if fld.name in FREE_TEXT_COLUMNS else "text"
            specs.append(
                ColumnSpec(fld.name, kind, "" if default is None else default, required, nullable=nullable)
            )
    return tuple(specs)


#: Column specifications of each entity sheet (workbook sheet and store table), in field order.
SHEET_COLUMNS: dict[str, tuple[ColumnSpec, ...]] = {
    sheet: column_specs(cls) for sheet, cls in KIND_BY_SHEET.items()
}
#: Each entity sheet's columns by name.
COLUMN_OF_SHEET: dict[str, dict[str, ColumnSpec]] = {
    sheet: {spec.name: spec for spec in specs} for sheet, specs in SHEET_COLUMNS.items()
}


def enum_columns(sheet: str) -> dict[str, type[Enum]]:
    """The enum-typed columns of an entity sheet and their enums."""
    return {spec.name: spec.enum for spec in SHEET_COLUMNS[sheet] if spec.enum is not None}
