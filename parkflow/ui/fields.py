"""Reading and showing entity fields as text, for the inspector and the tables.

One place decides how a cell is shown and how typed text becomes a value:
enums by their text value, optional numbers blank when None, required
numbers refused when blank, and every refusal says what to type instead.
"""

from __future__ import annotations

import dataclasses
import math
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from parkflow.model.columns import COLUMN_OF_SHEET, SHEET_COLUMNS, ColumnSpec

#: How the editor shows and reads each kind of model column (``ColumnSpec.kind``).
_FIELD_KIND: dict[str, str] = {
    "enum": "enum",
    "number": "float",
    "integer": "integer",
    "text": "text",
    "free": "text",
}


def field_kind(spec: ColumnSpec) -> str:
    """``"enum"``, ``"float"``, ``"optional_float"``, ``"integer"``, ``"optional_integer"`` or ``"text"``."""
    kind = _FIELD_KIND[spec.kind]
    return f"optional_{kind}" if spec.nullable and kind in ("float", "integer") else kind


def field_kinds(kind: str) -> dict[str, str]:
    """Column name → its :func:`field_kind`, for every column of the sheet ``kind``."""
    return {spec.name: field_kind(spec) for spec in SHEET_COLUMNS[kind]}


def show(value: Any) -> str:
    """A field value as the text a user sees and edits."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, float):
        return f"{value:.10g}"
    return str(value)


def parse(kind: str, column: str, text: str) -> Any:
    """The value typed as ``text`` for ``column`` of ``kind``; ValueError says why not."""
    return parse_column(COLUMN_OF_SHEET[kind][column], text)


def parse_column(spec: ColumnSpec, text: str) -> Any:
    """The value typed as ``text`` for the column ``spec``; ValueError says why not."""
    column = spec.name
    kind = field_kind(spec)
    text = text.strip()
    if spec.enum is not None:
        try:
            return spec.enum(text)
        except ValueError:
            choices = ", ".join(member.value for member in spec.enum)
            raise ValueError(
                QCoreApplication.translate("Fields", "{column} must be one of: {choices}").format(
                    column=column, choices=choices
                )
            ) from None
    if kind == "text":
        return text
    if not text:
        if kind.startswith("optional_"):
            return None
        raise ValueError(
            QCoreApplication.translate("Fields", "{column} needs a number").format(column=column)
        )
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        raise ValueError(
            QCoreApplication.translate("Fields", "{column}: {text!r} is not a number").format(
                column=column, text=text
            )
        ) from None
    if not math.isfinite(value):
        raise ValueError(
            QCoreApplication.translate("Fields", "{column} must be a finite number").format(column=column)
        )
    if spec.kind == "integer":
        if not value.is_integer():
            raise ValueError(
                QCoreApplication.translate("Fields", "{column} must be a whole number").format(column=column)
            )
        return int(value)
    return value


def with_value(entity: Any, column: str, value: Any) -> Any:
    """A copy of ``entity`` with ``column`` set to ``value``."""
    return dataclasses.replace(entity, **{column: value})
