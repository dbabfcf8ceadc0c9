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

from parkflow.model.entities import (
    KIND_BY_SHEET,
    Direction,
    ElectricityTceBasis,
    LinkStatus,
    Medium,
)

ENUM_FIELDS: dict[str, type[Enum]] = {
    "direction": Direction,
    "medium": Medium,
    "status": LinkStatus,
    "electricity_tce_basis": ElectricityTceBasis,
}



def field_kinds(kind: str) -> dict[str, str]:
    """Column name → ``"enum"``, ``"float"``, ``"optional_float"`` or ``"text"``."""
    cls = KIND_BY_SHEET[kind]
    kinds: dict[str, str] = {}
    for field in dataclasses.fields(cls):  # type: ignore[arg-type]
        annotation = str(field.type)
        if field.name in ENUM_FIELDS:
            kinds[field.name] = "enum"
        elif "float" in annotation:
            kinds[field.name] = "optional_float" if "None" in annotation else "float"
        else:
            kinds[field.name] = "text"
    return kinds


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
    field_kind = field_kinds(kind)[column]
    text = text.strip()
    if field_kind == "enum":
        enum_type = ENUM_FIELDS[column]
        try:
            return enum_type(text)
        except ValueError:
            choices = ", ".join(member.value for member in enum_type)
            raise ValueError(
                QCoreApplication.translate("Fields", "{column} must be one of: {choices}").format(column=column, choices=choices)
            ) from None
    if field_kind in ("float", "optional_float"):
        if not text:
            if field_kind == "optional_float":
                return None
            raise ValueError(QCoreApplication.translate("Fields", "{column} needs a number").format(column=column))
        try:
            value = float(text.replace(",", ""))
        except ValueError:
            raise ValueError(
                QCoreApplication.translate("Fields", "{column}: {text!r} is not a number").format(column=column, text=text)
            ) from None
        if not math.isfinite(value):
            raise ValueError(QCoreApplication.translate("Fields", "{column} must be a finite number").format(column=column))
        return value
    return text


def with_value(entity: Any, column: str, value: Any) -> Any:
    """A copy of ``entity`` with ``column`` set to ``value``."""
    return dataclasses.replace(entity, **{column: value})
