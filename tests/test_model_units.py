"""Unit conversion to canonical units (docs/design.md, "Units")."""

from __future__ import annotations

import pytest

from parkflow.model.entities import Medium
from parkflow.model.units import (
    UnitError,
    burned_mw_per_unit,
    canonical_factor,
    check_unit,
    hot_water_duty_mw,
    per_unit_factor,
    to_canonical,
)


@pytest.mark.parametrize(
    ("amount", "unit", "medium", "expected"),
    [
        (1000.0, "kg/h", Medium.STEAM, 1.0),
        (1.0, "kg/s", Medium.STEAM, 3.6),
        (24.0, "t/d", Medium.WATER, 1.0),
        (60000.0, "m3/d", Medium.WATER, 2500.0),  # Ningbo reclaimed water, 60,000 t/day
        (5.0, "m³/h", Medium.HOT_WATER, 5.0),
        (1000.0, "kW", Medium.HEAT, 1.0),
        (3.6, "GJ/h", Medium.FUEL, 1.0),
        (1.0, "kg/h", Medium.HYDROGEN, 1.0 / 0.08988),  # 1 kg = 11.126 Nm3
        (1.0, "mol/s", Medium.HYDROGEN, 3600 * 22.414 / 1000),  # 22.414 NL/mol
        (38e6, "Nm3/yr", Medium.HYDROGEN, 38e6 / 8000),  # per-year divides by operating hours
        (6.4, "GWh/yr", Medium.ELECTRICITY, 6400.0 / 8000),
        (24800.0, "t/a", Medium.MATERIAL, 3.1),
        (7.0, "", Medium.STEAM, 7.0),
    ],
)
def test_to_canonical(amount: float, unit: str, medium: Medium, expected: float) -> None:
    assert to_canonical(amount, unit, medium, 8000.0) == pytest.approx(expected, rel=1e-9)


def test_per_year_uses_the_parks_operating_hours() -> None:
    assert to_canonical(7200.0, "t/yr", Medium.STEAM, 7200.0) == pytest.approx(1.0)
    canonical_factor.cache_clear()
    assert to_canonical(7200.0, "t/yr", Medium.STEAM, 8000.0) == pytest.approx(0.9)


@pytest.mark.parametrize(
    ("unit", "medium", "fragment"),
    [
        ("bananas/h", Medium.STEAM, "unknown unit"),
        ("MW", Medium.STEAM, "is not a rate of steam"),
        ("kg", Medium.WATER, "is not a rate of water"),
        ("m3/h", Medium.HYDROGEN, "Nm3/h"),
        ("t/h", Medium.ELECTRICITY, "is not a rate of electricity"),
    ],
)
def test_unknown_or_wrong_units_are_refused_with_a_reason(unit: str, medium: Medium, fragment: str) -> None:
    reason = check_unit(unit, medium)
    assert reason is not None and fragment in reason
    with pytest.raises(UnitError):
        to_canonical(1.0, unit, medium)


def test_per_unit_factor_reads_rates_as_hourly_amounts() -> None:
    assert per_unit_factor("t/h", Medium.STEAM) == pytest.approx(1.0)
    assert per_unit_factor("GJ", Medium.HEAT) == pytest.approx(1 / 3.6)
    assert per_unit_factor("kWh", Medium.ELECTRICITY) == pytest.approx(1e-3)
    assert per_unit_factor("10^4 Nm3", Medium.HYDROGEN) == pytest.approx(1e4)
    assert per_unit_factor("", Medium.WATER) == 1.0


def test_hot_water_duty_and_hydrogen_lhv() -> None:
    # Zhenhai 150 °C water returning at 100 °C: 100 t/h carries 5.81 MW.
    assert hot_water_duty_mw(100.0, 150.0, 100.0) == pytest.approx(100 * 4.186 * 50 / 3600)
    # 10.79 MJ/Nm3 at 100 %; impurities inert.
    assert burned_mw_per_unit(Medium.HYDROGEN, 100.0) * 3600 == pytest.approx(10.79)
    assert burned_mw_per_unit(Medium.HYDROGEN, 90.0) * 3600 == pytest.approx(9.711)
    assert burned_mw_per_unit(Medium.WATER, 100.0) == 0.0  # no heating value
