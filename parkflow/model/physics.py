"""Physics behind the accounting: steam and water heat, fuels, tce (factors and their sources: resources/factors.csv).

Pure functions of numbers; the factor values themselves live in the factor
library (``resources/factors.csv``) and are passed in by the caller, so that
a park's overrides reach every formula.

Equations
---------
* steam heat, GJ = t × (h − h_makeup) / 1000, h from IAPWS-IF97
  (seuif97, MIT licence), h_makeup = 83.74 kJ/kg
  (20 °C make-up water, NDRC enterprise GHG accounting guidelines);
* hot-water heat, GJ = t × (T − 20) × 4.1868 / 1000 (same guidelines);
* hydrogen energy, GJ = Nm³ × LHV (10.79 MJ/Nm³) / 1000;
* fuel burned for a heat duty, GJ = heat / boiler efficiency;
* fuel CO2, tCO2 per unit = NCV × carbon content × oxidation × 44/12
  (GB/T 32150-2015 annex A);
* tce = GJ / 29.3076.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache

import seuif97

#: Molar mass ratio CO2 / C.
CO2_PER_C = 44.0 / 12.0
#: Reference enthalpy of 20 °C make-up water, kJ/kg (NDRC guidelines); the
#: library key ``heat.makeup_water_enthalpy`` holds the value callers use.
MAKEUP_WATER_ENTHALPY_KJ_PER_KG = 83.74


class PhysicsError(ValueError):
    """A state that steam tables cannot evaluate (for example negative pressure)."""


def _if97(function: Callable[..., float], *args: float) -> float:
    """Call a seuif97 IAPWS-IF97 function (MPa, °C, kJ/kg); it signals errors with −9999.

    seuif97 (MIT licence) is used rather than CoolProp because CoolProp's
    import alone takes several seconds, which every command and the GUI
    would pay; both give the same IF97 values (checked in
    tests/test_physics_steam.py).
    """
    value = float(function(*args))
    if not math.isfinite(value) or value <= -9998.0:
        raise PhysicsError(f"IAPWS-IF97 has no value for {function.__name__}{args}")
    return value


@lru_cache(maxsize=4096)
def saturation_temperature_c(pressure_mpa: float) -> float:
    """Saturation temperature of water at ``pressure_mpa`` (absolute), °C."""
    _check_pressure(pressure_mpa)
    return _if97(seuif97.px2t, pressure_mpa, 1.0)


@lru_cache(maxsize=4096)
def steam_enthalpy_kj_per_kg(pressure_mpa: float | None, temperature_c: float | None = None) -> float:
    """Specific enthalpy of steam, kJ/kg (IAPWS-IF97).

    * pressure only: saturated vapour at that pressure;
    * temperature only: saturated vapour at that temperature;
    * both: superheated steam; a temperature at or below saturation means
      the steam is saturated (wet steam is not a stream ParkFlow models), so
      saturated vapour at the pressure is returned.
    """
    if pressure_mpa is None and temperature_c is None:
        raise PhysicsError("steam needs a pressure or a temperature to have an enthalpy")
    if pressure_mpa is None:
        assert temperature_c is not None
        return _if97(seuif97.tx2h, temperature_c, 1.0)
    _check_pressure(pressure_mpa)
    if temperature_c is None or temperature_c <= saturation_temperature_c(pressure_mpa) + 1e-6:
        return _if97(seuif97.px2h, pressure_mpa, 1.0)
    return _if97(seuif97.pt2h, pressure_mpa, temperature_c)


@lru_cache(maxsize=4096)
def liquid_enthalpy_kj_per_kg(temperature_c: float) -> float:
    """Specific enthalpy of saturated liquid water (condensate) at ``temperature_c``, kJ/kg."""
    if not math.isfinite(temperature_c) or temperature_c < 0.01 or temperature_c > 373.9:
        raise PhysicsError(f"no saturated liquid water at {temperature_c:g} °C (0.01–373.9 °C)")
    return _if97(seuif97.tx2h, temperature_c, 0.0)


def steam_heat_gj_per_t(
    enthalpy_kj_per_kg: float, makeup_enthalpy_kj_per_kg: float = MAKEUP_WATER_ENTHALPY_KJ_PER_KG
) -> float:
    """Heat in one tonne of steam or condensate over make-up water, GJ/t = (h − h₀)/1000."""
    return (enthalpy_kj_per_kg - makeup_enthalpy_kj_per_kg) / 1000.0


def hot_water_heat_gj_per_t(
    temperature_c: float, makeup_temperature_c: float = 20.0, cp_kj_per_kg_k: float = 4.1868
) -> float:
    """Heat in one tonne of hot water over make-up water, GJ/t = (T − 20) × 4.1868 / 1000."""
    return (temperature_c - makeup_temperature_c) * cp_kj_per_kg_k / 1000.0


def hydrogen_energy_gj_per_nm3(lhv_mj_per_nm3: float = 10.79, purity_pct: float | None = None) -> float:
    """Heating value of one Nm³ of hydrogen gas, GJ (impurities inert)."""
    purity = 100.0 if purity_pct is None else purity_pct
    return lhv_mj_per_nm3 * purity / 100.0 / 1000.0


def fuel_for_heat_gj(heat_gj: float, boiler_efficiency: float) -> float:
    """Fuel heat burned to deliver ``heat_gj``: heat / efficiency."""
    if not 0.0 < boiler_efficiency <= 1.0:
        raise PhysicsError(f"boiler efficiency {boiler_efficiency:g} must be in (0, 1]")
    return heat_gj / boiler_efficiency


def fuel_co2_t_per_tj(carbon_tc_per_tj: float, oxidation: float) -> float:
    """CO2 of a fuel per TJ burned: carbon content × oxidation × 44/12."""
    return carbon_tc_per_tj * oxidation * CO2_PER_C


def fuel_co2(ncv_gj_per_unit: float, carbon_tc_per_tj: float, oxidation: float) -> float:
    """CO2 per unit of fuel, t = NCV (GJ/unit) / 1000 × carbon (tC/TJ) × oxidation × 44/12.

    For natural gas (GB/T 32150-2015 annex A): 389.31 GJ/10⁴Nm³ × 15.3 tC/TJ ×
    0.99 × 44/12 = 21.62 tCO2/10⁴Nm³.
    """
    return ncv_gj_per_unit / 1000.0 * fuel_co2_t_per_tj(carbon_tc_per_tj, oxidation)


def gj_to_tce(energy_gj: float, gj_per_tce: float = 29.3076) -> float:
    """Standard coal equivalent of ``energy_gj``: GJ / 29.3076."""
    return energy_gj / gj_per_tce


def capital_recovery_factor(discount_rate_pct: float | None, lifetime_yr: float | None) -> float:
    """Annuity factor turning a capital cost into an equal yearly payment, 1/yr.

    CRF = r (1 + r)ⁿ / ((1 + r)ⁿ − 1), r the discount rate, n the lifetime in
    years; 1/n when r = 0 (the standard engineering-economics annuity). The
    one copy of this rule: the optimizer's annualised capex
    (:mod:`parkflow.optimize.data`) and the accounting (:mod:`parkflow.report.kpis`)
    both call it.

    A link without a lifetime (None or 0: an existing link, or a candidate
    without capex) has nothing to spread over the years: the factor is 0. The
    validator refuses a candidate link with ``capex_cny`` but no lifetime, and
    a lifetime ≤ 0, before either caller runs; a negative lifetime here is a
    bug and raises.
    """
    if lifetime_yr is None or lifetime_yr == 0:
        return 0.0
    if not math.isfinite(lifetime_yr) or lifetime_yr < 0:
        raise PhysicsError(f"a lifetime must be a positive number of years, not {lifetime_yr!r}")
    rate = (discount_rate_pct or 0.0) / 100.0
    if abs(rate) < 1e-12:
        return 1.0 / lifetime_yr
    growth = (1.0 + rate) ** lifetime_yr
    return rate * growth / (growth - 1.0)


def _check_pressure(pressure_mpa: float) -> None:
    if not math.isfinite(pressure_mpa) or pressure_mpa <= 0.000612 or pressure_mpa >= 22.064:
        raise PhysicsError(
            f"steam pressure {pressure_mpa:g} MPa is outside the saturation range (0.0006–22.06 MPa absolute)"
        )
