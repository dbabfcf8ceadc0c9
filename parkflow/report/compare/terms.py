"""The terms a comparison is stated in: entity kinds, states, KPI names and units,
and how two values are compared and a number is written.
"""

from __future__ import annotations

import math
from enum import Enum
from typing import Any

from parkflow.model.entities import ENTITY_KINDS
from parkflow.model.media import spec_of
from parkflow.report.catalogue import CATALOGUE
from parkflow.report.catalogue import KPI_KEYS as CATALOGUE_KEYS

#: Entity kinds compared (sheet names, see ``parkflow.model.entities.ENTITY_KINDS``) and
#: the park's factor overrides, in the order reports list them (JSON keys).
KINDS: tuple[str, ...] = (
    "enterprises",
    "streams",
    "links",
    "utilities",
    "disposals",
    "converters",
    "factors",
)

#: Chinese headings of the kinds, for bilingual reports and the GUI.
KIND_ZH: dict[str, str] = {
    "enterprises": "企业",
    "streams": "物流",
    "links": "连接",
    "utilities": "公用工程",
    "disposals": "处置",
    "converters": "转换装置",
    "factors": "因子覆盖",
    "settings": "园区设置",
}

#: Singular names of the kinds (difference list, attribution labels): every entity
#: kind's own, and the two things compared that are not entities.
KIND_SINGULAR: dict[str, str] = {kind.SHEET: kind.SINGULAR for kind in ENTITY_KINDS} | {
    "factors": "factor",
    "settings": "park setting",
}

#: States of a park (docs/design.md, "Accounting").
STATES: tuple[str, ...] = ("standalone", "current", "optimized")
STATE_ZH: dict[str, str] = {"standalone": "独立运行", "current": "现状", "optimized": "优化后"}

#: KPI keys, units and bilingual labels, all read from the one KPI catalogue.
KPI_KEYS: tuple[str, ...] = CATALOGUE_KEYS
KPI_UNIT: dict[str, str] = {definition.key: definition.unit for definition in CATALOGUE}
KPI_LABEL: dict[str, str] = {definition.key: definition.label_en for definition in CATALOGUE}
KPI_ZH: dict[str, str] = {definition.key: definition.label_zh for definition in CATALOGUE}


#: Relative tolerance under which two numbers count as the same value.
#: Workbook round trips and unit conversions leave differences near 1e-12.
REL_TOLERANCE = 1e-9
ABS_TOLERANCE = 1e-12


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(float(value))


def same_value(old: Any, new: Any) -> bool:
    """Equality with a relative tolerance for numbers; enums compare by value."""
    if isinstance(old, Enum):
        old = old.value
    if isinstance(new, Enum):
        new = new.value
    if is_number(old) and is_number(new):
        return math.isclose(float(old), float(new), rel_tol=REL_TOLERANCE, abs_tol=ABS_TOLERANCE)
    if isinstance(old, float) and isinstance(new, float) and math.isnan(old) and math.isnan(new):
        return True
    # Blank text and None mean the same in a workbook cell.
    if old in (None, "") and new in (None, ""):
        return True
    return bool(old == new)


def format_number(value: float, signed: bool = False) -> str:
    """Readable number: thousands separators, at most 4 significant decimals."""
    if value == 0:
        return "0"
    magnitude = abs(value)
    if magnitude >= 1000:
        text = f"{value:,.0f}"
    elif magnitude >= 1:
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
    else:
        text = f"{value:.4g}"
    if signed and value > 0:
        text = "+" + text
    return text


def format_value(value: Any, unit: str = "") -> str:
    """A field value with its unit, ``(blank)`` for empty cells."""
    if isinstance(value, Enum):
        value = value.value
    if value is None or value == "":
        return "(blank)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = format_number(float(value)) if is_number(value) else str(value)
    return f"{text} {unit}" if unit else text


def natural_key(text: str) -> tuple[Any, ...]:
    """Sort ``S2`` before ``S10``."""
    import re

    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text))


def medium_label(medium: str) -> str:
    """``steam 蒸汽``."""
    try:
        return f"{medium} {spec_of(medium).name_zh}"
    except ValueError:
        return medium
