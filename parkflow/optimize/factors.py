"""Fill blank utility and disposal figures from the factor library (DESIGN §5).

A utility or disposal row may name a ``factor`` of the library; numeric
fields left blank are computed from it, and numbers typed in the row always
win.  The library (:mod:`parkflow.model.factors`) gives a value with a unit
such as ``tCO2/MWh`` or ``CNY/t``: the numerator says which field it fills
(CO2, COD or cost) and the denominator is converted to the row's own ``unit``
with :func:`parkflow.model.units.per_unit_factor`.

When the library is not importable, blanks count as 0 and a note says so.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from parkflow.model.entities import Disposal, Medium, Park, Utility
from parkflow.model.units import UnitError, per_unit_factor

_FIELDS = (
    ("cost_cny_per_unit", re.compile(r"^\s*(k?)(CNY|yuan|元)", re.I)),
    ("co2_t_per_unit", re.compile(r"^\s*(k?g|t)\s*CO2", re.I)),
    ("cod_t_per_unit", re.compile(r"^\s*(k?g|t)\s*COD", re.I)),
)
_MASS_SCALE = {"kg": 1e-3, "g": 1e-6, "t": 1.0, "k": 1e3, "": 1.0}


def _load_library(park: Park) -> tuple[Any | None, str | None]:
    try:
        from parkflow.model.factors import FactorLibrary  # type: ignore[import-not-found]
    except ImportError:
        return None, "factor library not available: blank utility/disposal figures count as 0"
    try:
        library = FactorLibrary.load()
        if hasattr(library, "for_park"):
            library = library.for_park(park)
        return library, None
    except Exception as exc:  # a broken library must not stop an optimization
        return None, f"factor library could not be loaded ({exc}): blank figures count as 0"


def _fill(row: Any, medium: Medium, library: Any, park: Park, notes: list[str]) -> Any:
    key = (row.factor or "").strip()
    if not key:
        return row
    blanks = [name for name, _ in _FIELDS if getattr(row, name) is None]
    if not blanks:
        return row
    try:
        factor = library.get(key, region=getattr(park, "factor_region", None), year=getattr(park, "factor_year", None))
    except Exception:
        try:
            factor = library.get(key)
        except Exception as exc:
            notes.append(f"{row.id}: factor {key!r} not found ({exc}); its blank figures count as 0")
            return row
    unit = str(getattr(factor, "unit", "") or "")
    value = getattr(factor, "value", None)
    if value is None or "/" not in unit:
        notes.append(f"{row.id}: factor {key!r} has no per-unit value ({unit!r}); blanks count as 0")
        return row
    numerator, denominator = unit.split("/", 1)
    changes: dict[str, float] = {}
    for name, pattern in _FIELDS:
        match = pattern.match(numerator)
        if match is None or name not in blanks:
            continue
        scale = _MASS_SCALE.get(match.group(1).lower(), 1.0) if name != "cost_cny_per_unit" else (
            1e3 if match.group(1) else 1.0
        )
        try:
            # value is per `denominator`; the row's figures are per row.unit
            per_row_unit = per_unit_factor(row.unit or "", medium) / per_unit_factor(denominator, medium)
        except UnitError as exc:
            notes.append(f"{row.id}: factor {key!r} is per {denominator!r}, which does not fit {medium.value} ({exc})")
            continue
        changes[name] = float(value) * scale * per_row_unit
    if changes:
        notes.append(
            f"{row.id}: " + ", ".join(f"{name} = {number:g}" for name, number in changes.items())
            + f" from factor {key!r} ({getattr(factor, 'source', '')})"
        )
        return dataclasses.replace(row, **changes)
    return row


def effective_rows(park: Park) -> tuple[dict[str, Utility], dict[str, Disposal], list[str]]:
    """Utilities and disposals with blanks filled from the factor library, and notes."""
    notes: list[str] = []
    needs_library = any(
        row.factor for row in list(park.utilities.values()) + list(park.disposals.values())
    )
    if not needs_library:
        return dict(park.utilities), dict(park.disposals), notes
    library, note = _load_library(park)
    if library is None:
        notes.append(note or "factor library not available")
        return dict(park.utilities), dict(park.disposals), notes
    utilities = {key: _fill(row, row.medium, library, park, notes) for key, row in park.utilities.items()}
    disposals = {key: _fill(row, row.medium, library, park, notes) for key, row in park.disposals.items()}
    return utilities, disposals, notes
