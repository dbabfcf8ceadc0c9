"""Unit conversion to each medium's canonical unit, through pint.

All conversions here are linear, so each (unit, medium, hours per year) pair
is resolved once to a factor and cached: converting 6,000 streams costs a
few dictionary look-ups, not 6,000 pint parses.

Rules (docs/design.md, "Units"):

* a rate in any unit pint reads (t/d, kg/s, kW, GJ/h, mol/s, …);
* per-year rates (``t/yr``, ``t/a``, ``MWh/yr``) divide by the park's
  *operating* hours per year, not by the calendar year;
* gases: 22.414 NL/mol (``Nm3`` is a normal cubic metre); hydrogen
  1 kg = 11.126 Nm³ (density 0.08988 kg/Nm³, ``hydrogen.density``);
* water and hot water: 1 m³ = 1 t.
"""

from __future__ import annotations

import contextlib
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

import pint
from pint.facets.plain import PlainQuantity

from parkflow.model.media import Medium, spec_of

#: Specific heat of water used for hot-water duty, kJ/(kg·K) (docs/design.md, "Media and compatibility").
WATER_CP_KJ_PER_KG_K = 4.186
#: Molar volume of an ideal gas at normal conditions, L/mol (docs/design.md, "Units").
MOLAR_VOLUME_L_PER_MOL = 22.414


def cache_folder() -> Path:
    """Where pint keeps its parsed definitions (the user's cache folder, ``pint``)."""
    import platformdirs

    return Path(platformdirs.user_cache_path(appname="pint", appauthor=False))


def _unit_registry() -> pint.UnitRegistry:
    """pint's registry, with its disk cache when the cache works (0.2 s less per start), else without.

    The cache must never stop ParkFlow: a cache folder that cannot be
    created or written (read-only, under a file, a full disk) means no
    cache; a cache file that cannot be read (cut off by a full disk,
    damaged) is removed and rebuilt, and if that fails too, no cache.
    """
    try:
        return pint.UnitRegistry(autoconvert_offset_to_baseunit=True, cache_folder=":auto:")
    except OSError:  # cannot create or write the cache
        return pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    except Exception:  # noqa: BLE001 - an unreadable cache fails in pickle, json or pint's parser
        pass
    with contextlib.suppress(OSError):
        for entry in cache_folder().iterdir():
            if entry.suffix in (".pickle", ".json") and entry.is_file():
                entry.unlink()
    try:
        return pint.UnitRegistry(autoconvert_offset_to_baseunit=True, cache_folder=":auto:")
    except Exception:  # noqa: BLE001 - still unusable: work without it
        return pint.UnitRegistry(autoconvert_offset_to_baseunit=True)


ureg: pint.UnitRegistry = _unit_registry()
ureg.define(f"normal_cubic_metre = {1000.0 / MOLAR_VOLUME_L_PER_MOL} * mol = Nm3_")
ureg.define("tonne_of_coal_equivalent = 29.3076 * GJ = tce")

_SUPERSCRIPTS = {"³": "**3", "²": "**2", "·": "*"}
_ALIASES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"N\s*m\s*(\*\*3|\^3|3)"), "Nm3_"),
    (re.compile(r"(?<![A-Za-z])m(3|\^3)(?![0-9])"), "m**3"),
    (re.compile(r"/\s*a\b"), "/year"),
    (re.compile(r"/\s*yr\b"), "/year"),
    (re.compile(r"/\s*d\b"), "/day"),
    (re.compile(r"\bNL\b"), "(Nm3_/1000)"),
]


class UnitError(ValueError):
    """A unit that cannot be read, or that does not fit the medium."""


def _normalise(unit: str) -> str:
    text = unit.strip()
    for old, new in _SUPERSCRIPTS.items():
        text = text.replace(old, new)
    for pattern, replacement in _ALIASES:
        text = pattern.sub(replacement, text)
    return text


def _parse(unit: str) -> pint.Quantity:
    text = _normalise(unit)
    try:
        quantity = ureg.parse_expression(text.replace("^", "**"))
    except Exception as exc:  # pint raises several error types
        raise UnitError(f"unknown unit {unit!r}") from exc
    if not isinstance(quantity, ureg.Quantity) or quantity.dimensionless:
        raise UnitError(f"unknown unit {unit!r}")
    return quantity


def _is_per_year(quantity: pint.Quantity) -> bool:
    for name, exponent in quantity.unit_items():
        # pint types exponents as Number (complex included); unit exponents are real
        if cast(float, exponent) < 0 and name in {"year", "julian_year", "annum"}:
            return True
    return False


def _as_medium_amount(quantity: PlainQuantity[Any], medium: Medium) -> PlainQuantity[Any]:
    """Turn a per-hour *amount* quantity into the medium's base dimension."""
    spec = spec_of(medium)
    if spec.volume_is_mass and quantity.check("[length]**3"):
        return (quantity * ureg.Quantity(1.0, "t/m**3")).to("t")
    if spec.gas_density_kg_per_nm3 is not None:
        if quantity.check("[mass]"):
            return (quantity / ureg.Quantity(spec.gas_density_kg_per_nm3, "kg/Nm3_")).to("Nm3_")
        if quantity.check("[length]**3"):
            raise UnitError(f"{spec.name_en} volumes must be at normal conditions: write Nm3/h, not m3/h")
    return quantity


@lru_cache(maxsize=4096)
def canonical_factor(unit: str, medium: Medium, hours_per_year: float = 8000.0) -> float:
    """Factor that turns a rate in ``unit`` into the medium's canonical rate.

    Raises
    ------
    UnitError
        When pint cannot read ``unit`` or it is not a rate of this medium.
    """
    medium = Medium(medium)
    canonical = spec_of(medium).canonical_unit
    if not unit or not unit.strip() or _normalise(unit) == _normalise(canonical):
        return 1.0
    quantity = _parse(unit)
    if _is_per_year(quantity):
        if not hours_per_year or hours_per_year <= 0:
            raise UnitError("a per-year unit needs the park's hours per year > 0")
        amount = quantity * ureg.Quantity(1.0, "year")
        amount_per_hour = amount / ureg.Quantity(hours_per_year, "hour")
    else:
        amount_per_hour = quantity
    # Work with the amount that flows in one hour, then convert per medium.
    amount = (amount_per_hour * ureg.Quantity(1.0, "hour")).to_reduced_units()
    target = _parse(canonical) * ureg.Quantity(1.0, "hour")
    try:
        amount = _as_medium_amount(amount, medium)
        factor = float((amount / target).to("dimensionless").magnitude)
    except UnitError as exc:
        raise UnitError(f"{exc}") from exc
    except pint.DimensionalityError as exc:
        raise UnitError(
            f"{unit!r} is not a rate of {medium.value}; use one of: {spec_of(medium).unit_examples}"
        ) from exc
    if not math.isfinite(factor) or factor <= 0:
        raise UnitError(f"unit {unit!r} gives no usable conversion")
    return factor


def to_canonical(amount: float, unit: str, medium: Medium, hours_per_year: float = 8000.0) -> float:
    """``amount`` in ``unit`` as the medium's canonical rate (docs/design.md, "Units")."""
    return float(amount) * canonical_factor(unit or "", Medium(medium), float(hours_per_year))


@lru_cache(maxsize=1024)
def per_unit_factor(unit: str, medium: Medium) -> float:
    """How many canonical amounts (canonical rate × 1 h) one ``unit`` holds.

    A utility's or disposal's cost, CO2 and COD are *per unit*; a price per
    canonical amount is ``price / per_unit_factor(unit, medium)``.  A rate
    reads as the amount in one hour (``t/h`` → per t, ``MW`` → per MWh);
    blank means canonical.
    """
    medium = Medium(medium)
    if not unit or not unit.strip():
        return 1.0
    quantity = _parse(unit)
    # A power (MW, kW) is a rate too: "MW" reads as per MWh (docs/design.md, "Units").
    if (
        quantity.check("1/[time]")
        or quantity.check("[power]")
        or any(
            cast(float, exponent) < 0 and ureg.Quantity(1.0, name).check("[time]")  # exponents are real
            for name, exponent in quantity.unit_items()
        )
    ):
        quantity = quantity * ureg.Quantity(1.0, "hour")
    canonical = spec_of(medium).canonical_unit
    target = _parse(canonical) * ureg.Quantity(1.0, "hour")
    try:
        amount = _as_medium_amount(quantity.to_reduced_units(), medium)
        return float((amount / target).to("dimensionless").magnitude)
    except pint.DimensionalityError as exc:
        raise UnitError(
            f"{unit!r} is not an amount of {medium.value}; use e.g. "
            f"{canonical.split('/')[0] if '/' in canonical else 'MWh'}"
        ) from exc


def check_unit(unit: str, medium: Medium) -> str | None:
    """The reason ``unit`` cannot be a rate of ``medium``, or None if it can."""
    try:
        canonical_factor(unit or "", Medium(medium))
    except UnitError as exc:
        return f"{exc}; use one of: {spec_of(medium).unit_examples}" if "use" not in str(exc) else str(exc)
    return None


def hot_water_duty_mw(flow_t_per_h: float, supply_c: float, target_c: float) -> float:
    """Heat duty of a hot-water stream, MW = t/h × 4.186 × |ΔT| / 3600."""
    return flow_t_per_h * WATER_CP_KJ_PER_KG_K * abs(supply_c - target_c) / 3600.0


def burned_mw_per_unit(medium: Medium, purity_pct: float | None) -> float:
    """MW of heating value delivered by one canonical unit per hour of ``medium`` burned (impurities inert).

    Hydrogen: 10.79 MJ/Nm³ × purity / 100 / 3600; 0 for a medium without a heating value.
    """
    heating_value = spec_of(medium).heating_value_mj
    if heating_value is None:
        return 0.0
    purity = 100.0 if purity_pct is None else purity_pct
    return heating_value * purity / 100.0 / 3600.0
