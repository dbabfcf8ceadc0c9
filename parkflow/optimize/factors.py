"""Fill blank utility and disposal figures from the factor library (docs/design.md, "Per-unit values and the factor library").

A utility or disposal row may name a ``factor`` profile of the library
(``steam_gas_boiler``, ``grid_electricity``, …); numeric fields left blank are
computed from it by :meth:`parkflow.model.factors.FactorLibrary.fill_defaults`,
the same method the KPIs use, so the optimizer's objective and the reported
KPIs price a unit of make-up alike (a gas-boiler steam utility at 4 MPa costs
more CO2 per tonne than one at 1 MPa: the enthalpy comes from IAPWS-IF97).
Numbers typed in the row always win.
"""

from __future__ import annotations

from dataclasses import dataclass

from parkflow.model.entities import Disposal, Park, Utility
from parkflow.model.factors import FactorError, FactorLibrary

_FIELDS = ("cost_cny_per_unit", "co2_t_per_unit", "cod_t_per_unit")


def _describe(row: Utility | Disposal, filled: Utility | Disposal) -> str | None:
    changes = [
        f"{name} = {getattr(filled, name):g}"
        for name in _FIELDS
        if getattr(row, name) is None and getattr(filled, name) is not None
    ]
    if not changes:
        return None
    return f"{row.id}: " + ", ".join(changes) + f" from factor {row.factor!r}"


def effective_rows(park: Park) -> tuple[dict[str, Utility], dict[str, Disposal], list[str]]:
    """Utilities and disposals with blanks filled from the factor library, and notes.

    The notes name every figure filled and every factor that could not be
    applied (its blanks then count as 0).
    """
    notes: list[str] = []
    rows = list(park.utilities.values()) + list(park.disposals.values())
    if not any(row.factor for row in rows):
        return dict(park.utilities), dict(park.disposals), notes
    try:
        library = FactorLibrary.load().for_park(park)
    except (FactorError, OSError, ValueError) as exc:  # a broken library must not stop an optimization
        notes.append(f"factor library could not be loaded ({exc}): blank utility/disposal figures count as 0")
        return dict(park.utilities), dict(park.disposals), notes
    for problem in library.factor_problems(park):
        row_problem = problem.startswith(("utility ", "disposal "))
        notes.append(f"{problem}; its blank figures count as 0" if row_problem else problem)
    utilities = {key: library.fill_defaults(row) for key, row in park.utilities.items()}
    disposals = {key: library.fill_defaults(row) for key, row in park.disposals.items()}
    pairs: list[tuple[Utility | Disposal, Utility | Disposal]] = [
        *((park.utilities[key], row) for key, row in utilities.items()),
        *((park.disposals[key], row) for key, row in disposals.items()),
    ]
    for row, filled in pairs:
        note = _describe(row, filled) if filled is not row else None
        if note:
            notes.append(note)
    return utilities, disposals, notes


@dataclass(frozen=True)
class CostCoverage:
    """Which utilities and disposals have a price once the factor library has filled blanks.

    ``nothing_priced`` is True when no utility or disposal costs anything and
    CO2 and COD have no price: the cost objective then has nothing to save,
    and an optimization "to minimum cost" reports 0 % saving whatever the
    network could do.
    """

    unpriced_utilities: tuple[str, ...]
    unpriced_disposals: tuple[str, ...]
    nothing_priced: bool


def cost_coverage(park: Park) -> CostCoverage:
    """What the cost objective can see in ``park`` (typed prices and factor profiles alike)."""
    utilities, disposals, _notes = effective_rows(park)

    def priced(row: Utility | Disposal) -> bool:
        return bool(row.cost_cny_per_unit) and row.cost_cny_per_unit != 0

    unpriced_utilities = tuple(key for key, row in utilities.items() if not priced(row))
    unpriced_disposals = tuple(key for key, row in disposals.items() if not priced(row))
    any_priced = any(priced(row) for row in utilities.values()) or any(
        priced(row) for row in disposals.values()
    )
    emissions_priced = park.co2_price_cny_per_t > 0 or park.cod_price_cny_per_t > 0
    return CostCoverage(unpriced_utilities, unpriced_disposals, not any_priced and not emissions_priced)
