"""Synthetic but plausible industrial parks, for benchmarks, demos and tests.

:func:`generate_park` builds a park of any size from a seed: enterprises of
typical Chinese chemical-park sectors placed in sector zones of a 8 × 6 km
park (48 km²), about six streams each with realistic qualities, the
conventional utilities and disposal routes with cost and CO2 magnitudes
from the factor library, converters (back-pressure turbines, hydrogen burners,
heat-exchange stations) and about fifty existing or candidate links per
enterprise, each between a compatible pair (:func:`link_refusal`) within a
distance that medium can travel.

Feasible by construction:

* every sink that is not a converter input has a utility able to serve it
  on its own (steam utilities above every sink's pressure and temperature,
  fresh water below every COD limit, 99.99 % hydrogen, 99.9 % purchased
  materials, heat utilities hotter than every cold stream's target);
* heat and hot-water sources return no lower than 40 °C, so the 30 °C
  cooling towers can take all their unused heat (docs/design.md, "Heat cascade": a heat
  disposal takes heat from intervals whose shifted bottom is at or above
  its temperature + ΔTmin/2);
* existing links carry flows that fit their capacity, never send more than
  a source has and never deliver more than a sink needs (after loss and
  conversion), and only join pairs whose quality already meets the sink's
  limit, so today's state blends correctly with utility make-up;
* nothing flows out of a converter's output today (its amount depends on
  the intake the optimizer chooses).

The same ``(arguments, seed)`` always gives the same park.

Figures that are not from the factor library are order-of-magnitude engineering
values for Chinese parks around 2023 and say so next to the number; they
make the park plausible, they are not data about any real site.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from parkflow.model.compat import link_refusal, media_compatible
from parkflow.model.entities import (
    BLEND_QUALITY,
    Converter,
    Direction,
    Disposal,
    Enterprise,
    Link,
    LinkStatus,
    Medium,
    Park,
    Stream,
    Utility,
)
from parkflow.model.heat_pumps import converter_ratios
from parkflow.model.media import QualityRule, spec_of
from parkflow.model.physics import saturation_temperature_c
from parkflow.model.state import canonical_amount, link_gain

#: Park extent, km: 8 × 6 km = 48 km², the size of a large Chinese chemical
#: park (e.g. Jiaxing Port Economic Development Zone's chemical new
#: materials park is of this order).
PARK_WIDTH_KM = 8.0
PARK_HEIGHT_KM = 6.0
#: Spread of enterprises around their sector zone's centre, km.
ZONE_SIGMA_KM = 1.0
#: Pipe routes follow roads and racks, not straight lines: route length =
#: straight distance × 1.3 + 0.2 km of connections (common planning factor).
ROUTE_FACTOR = 1.3
ROUTE_EXTRA_KM = 0.2

#: Natural gas: NCV 38.931 MJ/Nm³ and 2.162 kgCO2/Nm³ (GB/T 32150-2015 annex A).
GAS_NCV_MJ_PER_NM3 = 38.931
GAS_CO2_KG_PER_NM3 = 2.162
#: Industrial natural-gas price, CNY/Nm³ (Zhejiang non-residential tariffs
#: 2023 are 3.3–4.0 CNY/Nm³; order of magnitude).
GAS_PRICE_CNY_PER_NM3 = 3.6
#: Gas boiler efficiency (modern industrial gas boilers, 0.90–0.93).
BOILER_EFFICIENCY = 0.9
#: Steam energy over 20 °C make-up water, GJ/t (h − 83.74 kJ/kg per the NDRC accounting guidelines,
#: h ≈ 2,777 kJ/kg for saturated steam at 1 MPa → 2.69 GJ/t; higher grades
#: carry ~3.2 GJ/t).
STEAM_GJ_PER_T_LP = 2.69
STEAM_GJ_PER_T_HP = 3.2


def _gas_per_gj_heat() -> float:
    """Nm³ of natural gas burned per GJ of useful heat from a gas boiler."""
    return 1000.0 / (GAS_NCV_MJ_PER_NM3 * BOILER_EFFICIENCY)


# ---------------------------------------------------------------------------
# utilities and disposals
# ---------------------------------------------------------------------------

_GAS_PER_GJ = _gas_per_gj_heat()


def _steam_utility(
    utility_id: str, name: str, pressure: float, temperature: float, gj_per_t: float
) -> Utility:
    """Gas-boiler steam: cost and CO2 from the gas burned per tonne (factor-library values)."""
    gas = gj_per_t * _GAS_PER_GJ  # Nm³ per t of steam (≈ 77 at 2.69 GJ/t)
    return Utility(
        utility_id,
        Medium.STEAM,
        name,
        unit="t",
        cost_cny_per_unit=round(gas * GAS_PRICE_CNY_PER_NM3 + 8.0, 2),  # + water treatment, O&M ≈ 8 CNY/t
        co2_t_per_unit=round(gas * GAS_CO2_KG_PER_NM3 / 1000.0, 4),
        pressure_mpa=pressure,
        temperature_c=temperature,
    )


#: Substances exchanged as ``material`` streams: slug → (English, Chinese,
#: purchase price CNY/t, purchase CO2 t/t, disposal route, disposal cost
#: CNY/t, disposal CO2 t/t).  Prices are 2023 Chinese market orders of
#: magnitude; purchase CO2 are rough cradle-to-gate footprints; disposal
#: CO2 of incinerated methanol is its stoichiometric 44/32 t/t.
SUBSTANCES: dict[str, tuple[str, str, float, float, str, float, float]] = {
    "fly_ash": ("fly ash", "粉煤灰", 150.0, 0.0, "landfill", 60.0, 0.005),
    "gypsum": ("FGD gypsum", "脱硫石膏", 120.0, 0.02, "landfill", 60.0, 0.005),
    "slag": ("blast-furnace slag", "高炉矿渣", 90.0, 0.01, "landfill", 60.0, 0.005),
    "sulfuric_acid": ("sulfuric acid", "硫酸", 350.0, 0.1, "neutralisation", 600.0, 0.05),
    "co2": ("food-grade CO2", "食品级二氧化碳", 500.0, 0.2, "vent", 0.0, 1.0),
    "methanol": ("methanol", "甲醇", 2500.0, 0.8, "incineration", 1500.0, 1.375),
    "caustic_soda": ("caustic soda", "烧碱", 900.0, 1.0, "neutralisation", 400.0, 0.05),
}


def standard_utilities() -> dict[str, Utility]:
    """The park's conventional supplies, one or more per medium.

    Each is able to serve every sink of its medium the generator makes
    (checked by the tests through the sink qualities).
    """
    grid_co2 = 0.4974  # tCO2/MWh, Zhejiang 2023 (MEE/NBS provincial table, ⚠ unchecked)
    utilities = [
        # Steam grades of a park's gas-fired boiler house; GJ/t over make-up water (as heat.makeup_water_enthalpy).
        _steam_utility("U-steam-lp", "LP steam from gas boilers 低压蒸汽", 1.2, 230.0, STEAM_GJ_PER_T_LP),
        _steam_utility("U-steam-mp", "MP steam from gas boilers 中压蒸汽", 2.8, 320.0, 2.95),
        _steam_utility("U-steam-hp", "HP steam from gas boilers 高压蒸汽", 4.5, 450.0, STEAM_GJ_PER_T_HP),
        # Gas-fired hot-oil heater: 3.6 GJ per MWh / efficiency.
        Utility(
            "U-heat",
            Medium.HEAT,
            "Gas-fired hot-oil heater 导热油炉",
            unit="MWh",
            cost_cny_per_unit=round(3.6 * _GAS_PER_GJ * GAS_PRICE_CNY_PER_NM3, 2),
            co2_t_per_unit=round(3.6 * _GAS_PER_GJ * GAS_CO2_KG_PER_NM3 / 1000.0, 4),
            temperature_c=320.0,
        ),
        # Gas hot-water boiler; per t of hot water heated by ~40 K: 40 × 4.1868 kJ/kg = 0.167 GJ/t.
        Utility(
            "U-hot-water",
            Medium.HOT_WATER,
            "Gas hot-water boiler 燃气热水锅炉",
            unit="t",
            cost_cny_per_unit=round(0.167 * _GAS_PER_GJ * GAS_PRICE_CNY_PER_NM3, 2),
            co2_t_per_unit=round(0.167 * _GAS_PER_GJ * GAS_CO2_KG_PER_NM3 / 1000.0, 5),
            temperature_c=130.0,
        ),
        # SMR hydrogen after PSA: 10 kgCO2/kgH2 (hydrogen.smr_co2) / 11.126 Nm³/kg; ~1.5 CNY/Nm³ (≈ 17 CNY/kg).
        Utility(
            "U-hydrogen",
            Medium.HYDROGEN,
            "SMR hydrogen 天然气制氢",
            unit="Nm3",
            cost_cny_per_unit=1.5,
            co2_t_per_unit=round(10.0 / 11.126 / 1000.0, 6),
            purity_pct=99.99,
        ),
        # Industrial water tariff 3–5 CNY/t; ~0.3 kWh/t for treatment and pumping × grid factor.
        Utility(
            "U-water",
            Medium.WATER,
            "Industrial fresh water 工业新鲜水",
            unit="t",
            cost_cny_per_unit=4.5,
            co2_t_per_unit=round(0.3e-3 * grid_co2, 6),
            cod_mg_l=8.0,
        ),
        # Natural gas as fuel per MWh LHV: 3,600 MJ / 38.931 MJ/Nm³ = 92.5 Nm³.
        Utility(
            "U-fuel-gas",
            Medium.FUEL,
            "Natural gas 天然气",
            unit="MWh",
            cost_cny_per_unit=round(3600.0 / GAS_NCV_MJ_PER_NM3 * GAS_PRICE_CNY_PER_NM3, 2),
            co2_t_per_unit=round(3600.0 / GAS_NCV_MJ_PER_NM3 * GAS_CO2_KG_PER_NM3 / 1000.0, 4),
        ),
        # Large-industry electricity tariff ~0.7 CNY/kWh (Zhejiang 2023, order of magnitude).
        Utility(
            "U-grid",
            Medium.ELECTRICITY,
            "Grid electricity 电网购电",
            unit="MWh",
            cost_cny_per_unit=700.0,
            co2_t_per_unit=grid_co2,
        ),
    ]
    for slug, (name_en, name_zh, price, co2, _route, _cost, _co2) in SUBSTANCES.items():
        utilities.append(
            Utility(
                f"U-{slug}",
                Medium.MATERIAL,
                f"Purchased {name_en} 外购{name_zh}",
                unit="t",
                cost_cny_per_unit=price,
                co2_t_per_unit=co2,
                purity_pct=99.9,
            )
        )
    return {utility.id: utility for utility in utilities}


def standard_disposals() -> dict[str, Disposal]:
    """Where unused source flow goes today."""
    grid_co2 = 0.4974
    disposals = [
        # Condensing or venting surplus steam: air-cooler fans ~5 kWh/t, make-up water lost.
        Disposal(
            "D-steam-vent",
            Medium.STEAM,
            "Steam condenser / vent 蒸汽冷凝放空",
            unit="t",
            cost_cny_per_unit=6.0,
            co2_t_per_unit=round(5e-3 * grid_co2, 5),
        ),
        # Cooling tower: ~10 kWh of fans and pumps per MWh rejected, water ~1.5 t/MWh.
        Disposal(
            "D-cooling-tower",
            Medium.HEAT,
            "Cooling tower 冷却塔",
            unit="MWh",
            cost_cny_per_unit=15.0,
            co2_t_per_unit=round(10e-3 * grid_co2, 5),
            temperature_c=30.0,
        ),
        Disposal(
            "D-hot-water-cooling",
            Medium.HOT_WATER,
            "Cooling tower (hot water) 热水冷却塔",
            unit="t",
            cost_cny_per_unit=0.6,
            co2_t_per_unit=round(0.4e-3 * grid_co2, 6),
            temperature_c=30.0,
        ),
        # Flaring hydrogen: no CO2 from H2 itself; pilot gas and purge ~0.05 CNY/Nm³.
        Disposal(
            "D-flare-h2",
            Medium.HYDROGEN,
            "Hydrogen flare 氢气火炬",
            unit="Nm3",
            cost_cny_per_unit=0.05,
            co2_t_per_unit=0.0,
        ),
        # Park wastewater plant: 3–5 CNY/t fee; COD leaving = inflow × (1 − 95 %).
        Disposal(
            "D-wwtp",
            Medium.WATER,
            "Park wastewater plant 园区污水处理厂",
            unit="t",
            cost_cny_per_unit=4.0,
            co2_t_per_unit=round(0.5e-3 * grid_co2, 6),
            cod_removal_pct=95.0,
        ),
        # Flaring fuel gas: its CO2 is released anyway, ~0.2 t/MWh like natural gas.
        Disposal(
            "D-flare-fuel",
            Medium.FUEL,
            "Fuel-gas flare 燃料气火炬",
            unit="MWh",
            cost_cny_per_unit=2.0,
            co2_t_per_unit=0.2,
        ),
        # Surplus power sold to the grid at the coal benchmark feed-in tariff
        # (Zhejiang 0.4153 CNY/kWh): a negative cost is revenue.
        Disposal(
            "D-grid-export",
            Medium.ELECTRICITY,
            "Export to grid 上网售电",
            unit="MWh",
            cost_cny_per_unit=-415.3,
            co2_t_per_unit=0.0,
        ),
    ]
    for slug, (name_en, name_zh, _price, _co2, route, cost, co2) in SUBSTANCES.items():
        disposals.append(
            Disposal(
                f"D-{slug}",
                Medium.MATERIAL,
                f"{name_en}: {route} {name_zh}处置",
                unit="t",
                cost_cny_per_unit=cost,
                co2_t_per_unit=co2,
            )
        )
    return {disposal.id: disposal for disposal in disposals}


# ---------------------------------------------------------------------------
# sectors and stream kinds
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Sector:
    """A sector: its names, stream-kind weights and substances it makes and uses."""

    key: str
    name_en: str
    name_zh: str
    weights: dict[str, float]
    produces: tuple[str, ...] = ()
    consumes: tuple[str, ...] = ()
    converters: dict[str, float] | None = None


#: Sectors of a Chinese chemical park and how often each stream kind occurs
#: in one of their enterprises (relative weights; judgement, not data).
SECTORS: tuple[Sector, ...] = (
    Sector(
        "chemical",
        "Chemical",
        "化工",
        {
            "steam_source": 1,
            "steam_sink": 3,
            "waste_heat": 2,
            "heat_sink": 2,
            "hydrogen_source": 0.7,
            "hydrogen_sink": 0.7,
            "wastewater": 2,
            "water_sink": 2,
            "material_source": 1.5,
            "material_sink": 1.5,
            "electricity_sink": 1,
            "fuel_sink": 0.7,
        },
        produces=("co2", "methanol", "sulfuric_acid"),
        consumes=("methanol", "sulfuric_acid", "caustic_soda"),
        converters={"hydrogen_burner": 0.05, "heat_station": 0.05},
    ),
    Sector(
        "petrochemical",
        "Petrochemical",
        "石化",
        {
            "steam_source": 2,
            "steam_sink": 2,
            "waste_heat": 3,
            "heat_sink": 2,
            "hydrogen_source": 2,
            "hydrogen_sink": 2,
            "fuel_source": 1.5,
            "fuel_sink": 2,
            "wastewater": 1.5,
            "water_sink": 1,
            "electricity_sink": 1,
            "material_source": 0.5,
        },
        produces=("co2", "sulfuric_acid"),
        consumes=("caustic_soda",),
        converters={"turbine": 0.15, "hydrogen_burner": 0.1},
    ),
    Sector(
        "pharmaceutical",
        "Pharmaceutical",
        "制药",
        {
            "steam_sink": 3,
            "hot_water_sink": 1,
            "heat_sink": 1,
            "wastewater": 3,
            "water_sink": 2,
            "electricity_sink": 1,
            "material_source": 0.5,
            "material_sink": 0.5,
        },
        produces=("methanol",),
        consumes=("methanol", "caustic_soda"),
        converters={"heat_station": 0.05},
    ),
    Sector(
        "thermal_power",
        "Thermal power",
        "热电",
        {
            "steam_source": 4,
            "hot_water_source": 1,
            "waste_heat": 1,
            "material_source": 2,
            "water_sink": 2,
            "fuel_sink": 2,
            "wastewater": 1,
            "material_sink": 0.3,
        },
        produces=("fly_ash", "gypsum"),
        consumes=("caustic_soda",),
        converters={"turbine": 0.5, "heat_station": 0.2},
    ),
    Sector(
        "textile",
        "Textile dyeing",
        "纺织印染",
        {
            "steam_sink": 3,
            "hot_water_source": 2,
            "hot_water_sink": 2,
            "wastewater": 3,
            "water_sink": 2,
            "electricity_sink": 1,
            "material_sink": 0.5,
        },
        consumes=("caustic_soda", "sulfuric_acid"),
        converters={"heat_station": 0.1},
    ),
    Sector(
        "metals",
        "Metals smelting",
        "金属冶炼",
        {
            "waste_heat": 3,
            "steam_source": 1,
            "fuel_source": 2,
            "fuel_sink": 1,
            "material_source": 1,
            "electricity_sink": 2,
            "water_sink": 1,
            "hydrogen_sink": 0.3,
        },
        produces=("slag", "sulfuric_acid"),
        consumes=(),
        converters={"turbine": 0.1},
    ),
    Sector(
        "chlor_alkali",
        "Chlor-alkali",
        "氯碱",
        {
            "hydrogen_source": 3,
            "steam_sink": 2,
            "electricity_sink": 3,
            "material_source": 1,
            "wastewater": 1,
            "waste_heat": 0.5,
        },
        produces=("caustic_soda",),
        consumes=("sulfuric_acid",),
        converters={"hydrogen_burner": 0.2},
    ),
    Sector(
        "food",
        "Food and beverage",
        "食品饮料",
        {
            "steam_sink": 2,
            "hot_water_sink": 2,
            "wastewater": 2,
            "water_sink": 2,
            "heat_sink": 1,
            "material_sink": 1,
        },
        consumes=("co2",),
    ),
    Sector(
        "building_materials",
        "Building materials",
        "建材",
        {"waste_heat": 2, "material_sink": 3, "fuel_sink": 2, "electricity_sink": 1},
        consumes=("fly_ash", "gypsum", "slag"),
    ),
    Sector(
        "new_materials",
        "New materials",
        "新材料",
        {
            "steam_sink": 2,
            "heat_sink": 2,
            "hydrogen_sink": 1,
            "electricity_sink": 2,
            "wastewater": 1,
            "water_sink": 1,
            "material_sink": 1,
            "waste_heat": 1,
        },
        consumes=("methanol", "co2"),
        converters={"heat_station": 0.05},
    ),
)

#: Relative number of enterprises per sector in a park.
SECTOR_SHARE: dict[str, float] = {
    "chemical": 0.24,
    "petrochemical": 0.1,
    "pharmaceutical": 0.1,
    "thermal_power": 0.04,
    "textile": 0.12,
    "metals": 0.08,
    "chlor_alkali": 0.04,
    "food": 0.1,
    "building_materials": 0.08,
    "new_materials": 0.1,
}

#: Name syllables for enterprise names (pinyin, Chinese).
_SYLLABLES: tuple[tuple[str, str], ...] = (
    ("Heng", "恒"),
    ("Xin", "鑫"),
    ("Hua", "华"),
    ("Jin", "金"),
    ("Rong", "荣"),
    ("Tai", "泰"),
    ("Yong", "永"),
    ("Sheng", "盛"),
    ("Kai", "凯"),
    ("Long", "隆"),
    ("Da", "达"),
    ("Feng", "丰"),
    ("Yuan", "源"),
    ("Xing", "兴"),
    ("Chang", "昌"),
    ("Tong", "通"),
    ("Li", "利"),
    ("Hai", "海"),
    ("An", "安"),
    ("Cheng", "成"),
)

#: Furthest a link of each medium reaches, route km: steam networks in
#: Chinese parks run up to ~5–8 km, thermal-oil and hot-water loops are
#: shorter, hydrogen and gas pipelines longer, materials go by truck.
MAX_DISTANCE_KM: dict[Medium, float] = {
    Medium.STEAM: 6.0,
    Medium.HEAT: 3.0,
    Medium.HOT_WATER: 5.0,
    Medium.HYDROGEN: 12.0,
    Medium.WATER: 8.0,
    Medium.MATERIAL: 30.0,
    Medium.FUEL: 10.0,
    Medium.ELECTRICITY: 12.0,
}


@dataclass(frozen=True)
class LinkCost:
    """Cost model of a link of one medium (planning orders of magnitude, 2023 CNY).

    capex = fixed + per_km × route km × (capacity / reference)^0.6  (the
    six-tenths scaling rule); variable cost per unit = per_unit_km × km;
    loss % = loss_per_km × km (capped at 20 %).  Its service life is the
    medium's ``link_lifetime_yr`` (parkflow/model/media.py).
    """

    fixed_cny: float
    per_km_cny: float
    reference_capacity: float
    per_unit_km_cny: float
    loss_pct_per_km: float


LINK_COSTS: dict[Medium, LinkCost] = {
    # Insulated overhead DN300 steam pipe on racks ≈ 3 M CNY/km; 0.8 %/km heat and condensate loss.
    Medium.STEAM: LinkCost(0.3e6, 3.0e6, 30.0, 0.4, 0.8),
    # Thermal-oil loop ≈ 2 M CNY/km.
    Medium.HEAT: LinkCost(0.3e6, 2.0e6, 5.0, 2.0, 1.0),
    # Pre-insulated district-heating pipe ≈ 1.5 M CNY/km; pumping ~0.1 CNY/(t·km).
    Medium.HOT_WATER: LinkCost(0.2e6, 1.5e6, 100.0, 0.1, 0.5),
    # Hydrogen pipeline ≈ 5 M CNY/km (Jiyuan–Luoyang: ~25 km for ~146 M CNY); compression.
    Medium.HYDROGEN: LinkCost(0.5e6, 5.0e6, 5000.0, 0.002, 0.1),
    # Reclaimed-water pipe ≈ 1 M CNY/km; pumping 0.05 CNY/(t·km).
    Medium.WATER: LinkCost(0.1e6, 1.0e6, 100.0, 0.05, 0.2),
    # Materials by truck: loading station plus road freight ~0.6 CNY/(t·km).
    Medium.MATERIAL: LinkCost(0.3e6, 0.05e6, 10.0, 0.6, 0.05),
    # Fuel-gas pipe ≈ 1.5 M CNY/km.
    Medium.FUEL: LinkCost(0.2e6, 1.5e6, 10.0, 0.5, 0.1),
    # 10 kV cable ≈ 1.2 M CNY/km; ~0.3 %/km losses.
    Medium.ELECTRICITY: LinkCost(0.2e6, 1.2e6, 10.0, 0.0, 0.3),
}


class _Maker:
    """Makes the streams of one park from one random generator."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng

    # -- helpers ------------------------------------------------------------
    def uniform(self, low: float, high: float, digits: int = 1) -> float:
        return round(float(self.rng.uniform(low, high)), digits)

    def log_uniform(self, low: float, high: float, digits: int = 1) -> float:
        return round(float(math.exp(self.rng.uniform(math.log(low), math.log(high)))), digits)

    def choice(self, options: tuple[Any, ...] | list[Any]) -> Any:
        return options[int(self.rng.integers(len(options)))]

    def steam_pressure(self) -> float:
        """Pressure grades 0.3–4.0 MPa, low pressures more frequent."""
        return round(float(self.choice((0.3, 0.5, 0.6, 0.8, 1.0, 1.0, 1.3, 1.6, 1.6, 2.5, 3.5, 4.0))), 1)

    # -- stream kinds -------------------------------------------------------
    def make(self, kind: str, stream_id: str, enterprise: str, sector: Sector) -> Stream:
        return getattr(self, f"_{kind}")(stream_id, enterprise, sector)

    def _steam_source(self, stream_id: str, enterprise: str, sector: Sector) -> Stream:
        pressure = self.steam_pressure()
        temperature = round(saturation_temperature_c(pressure) + self.uniform(0.0, 60.0), 1)
        return Stream(
            stream_id,
            enterprise,
            Direction.SOURCE,
            Medium.STEAM,
            f"Surplus steam {pressure:g} MPa 富余蒸汽",
            self.log_uniform(2.0, 60.0),
            "t/h",
            pressure_mpa=pressure,
            temperature_c=temperature,
            disposal="D-steam-vent",
        )

    def _steam_sink(self, stream_id: str, enterprise: str, sector: Sector) -> Stream:
        pressure = self.steam_pressure()
        superheat = self.uniform(0.0, 30.0) if self.rng.random() < 0.3 else 0.0
        temperature = round(saturation_temperature_c(pressure) + superheat, 1)
        if pressure <= 1.2 and temperature <= 230.0:
            utility = "U-steam-lp"
        elif pressure <= 2.8 and temperature <= 320.0:
            utility = "U-steam-mp"
        else:
            utility = "U-steam-hp"
        return Stream(
            stream_id,
            enterprise,
            Direction.SINK,
            Medium.STEAM,
            f"Process steam {pressure:g} MPa 工艺用汽",
            self.log_uniform(2.0, 60.0),
            "t/h",
            pressure_mpa=pressure,
            temperature_c=temperature,
            utility=utility,
        )

    def _waste_heat(self, stream_id: str, enterprise: str, sector: Sector) -> Stream:
        supply = self.uniform(90.0, 300.0)
        target = round(max(40.0, supply - self.uniform(40.0, 150.0)), 1)
        disposal = "D-cooling-tower" if self.rng.random() < 0.8 else ""
        return Stream(
            stream_id,
            enterprise,
            Direction.SOURCE,
            Medium.HEAT,
            "Waste heat 余热",
            self.log_uniform(0.5, 20.0, 2),
            "MW",
            temperature_c=supply,
            target_temperature_c=target,
            disposal=disposal,
        )

    def _heat_sink(self, stream_id: str, enterprise: str, sector: Sector) -> Stream:
        supply = self.uniform(20.0, 150.0)
        target = round(min(250.0, supply + self.uniform(20.0, 100.0)), 1)
        return Stream(
            stream_id,
            enterprise,
            Direction.SINK,
            Medium.HEAT,
            "Process heating 工艺加热",
            self.log_uniform(0.5, 15.0, 2),
            "MW",
            temperature_c=supply,
            target_temperature_c=target,
            utility="U-heat",
        )

    def _hot_water_source(self, stream_id: str, enterprise: str, sector: Sector) -> Stream:
        supply = self.uniform(60.0, 120.0)
        # Cooling-tower disposals take heat down to 30 °C + ΔTmin: never return below 40 °C.
        target = round(self.uniform(40.0, supply - 15.0), 1)
        return Stream(
            stream_id,
            enterprise,
            Direction.SOURCE,
            Medium.HOT_WATER,
            "Warm effluent / return water 余热水",
            self.log_uniform(20.0, 300.0),
            "t/h",
            temperature_c=supply,
            target_temperature_c=target,
            disposal="D-hot-water-cooling",
        )

    def _hot_water_sink(self, stream_id: str, enterprise: str, sector: Sector) -> Stream:
        supply = self.uniform(10.0, 45.0)
        target = self.uniform(50.0, 90.0)
        return Stream(
            stream_id,
            enterprise,
            Direction.SINK,
            Medium.HOT_WATER,
            "Hot water demand 热水需求",
            self.log_uniform(20.0, 300.0),
            "t/h",
            temperature_c=supply,
            target_temperature_c=target,
            utility="U-hot-water",
        )

    def _hydrogen_source(self, stream_id: str, enterprise: str, sector: Sector) -> Stream:
        # Chlor-alkali electrolysis ~99.9 %, PDH 90–97 %, refinery off-gas 70–90 %.
        if sector.key == "chlor_alkali":
            purity, name = self.uniform(99.5, 99.99, 2), "Chlor-alkali hydrogen 氯碱副产氢"
        elif self.rng.random() < 0.5:
            purity, name = self.uniform(90.0, 97.0, 2), "PDH off-gas hydrogen 丙烷脱氢副产氢"
        else:
            purity, name = self.uniform(70.0, 90.0, 2), "Refinery off-gas hydrogen 炼厂尾气氢"
        return Stream(
            stream_id,
            enterprise,
            Direction.SOURCE,
            Medium.HYDROGEN,
            name,
            self.log_uniform(500.0, 30000.0, 0),
            "Nm3/h",
            purity_pct=purity,
            disposal="D-flare-h2",
        )

    def _hydrogen_sink(self, stream_id: str, enterprise: str, sector: Sector) -> Stream:
        purity = float(self.choice((85.0, 90.0, 95.0, 98.0, 99.0, 99.5, 99.9)))
        return Stream(
            stream_id,
            enterprise,
            Direction.SINK,
            Medium.HYDROGEN,
            "Hydrogenation feed 加氢用氢",
            self.log_uniform(300.0, 15000.0, 0),
            "Nm3/h",
            purity_pct=purity,
            utility="U-hydrogen",
        )

    def _wastewater(self, stream_id: str, enterprise: str, sector: Sector) -> Stream:
        high = 2000.0 if sector.key in ("pharmaceutical", "textile", "chemical") else 400.0
        cod = self.log_uniform(10.0, high, 0)
        return Stream(
            stream_id,
            enterprise,
            Direction.SOURCE,
            Medium.WATER,
            "Process wastewater 工艺废水",
            self.log_uniform(10.0, 400.0),
            "t/h",
            cod_mg_l=cod,
            disposal="D-wwtp",
        )

    def _water_sink(self, stream_id: str, enterprise: str, sector: Sector) -> Stream:
        # Limits: cooling make-up ~60–100 mg/L, process water 20–50, washing up to 200.
        cod = float(self.choice((20.0, 30.0, 50.0, 60.0, 80.0, 100.0, 150.0, 200.0)))
        # Effluent to the park's wastewater plant (no extra random draw, so parks of a seed
        # stay the same): cooling make-up (limit ≥ 60 mg/L) evaporates about three quarters
        # and leaves a quarter as blowdown carrying all the COD (4 cycles of concentration);
        # process water leaves about 80 % as effluent, 10 % of its COD staying in the product.
        cooling = cod >= 60.0
        return Stream(
            stream_id,
            enterprise,
            Direction.SINK,
            Medium.WATER,
            "Process / cooling water 工艺冷却用水",
            self.log_uniform(10.0, 400.0),
            "t/h",
            cod_mg_l=cod,
            utility="U-water",
            disposal="D-wwtp",
            effluent_pct=25.0 if cooling else 80.0,
            cod_pass_pct=100.0 if cooling else 90.0,
        )

    def _material_source(self, stream_id: str, enterprise: str, sector: Sector) -> Stream:
        substance = self.choice(sector.produces or tuple(SUBSTANCES))
        name_en, name_zh = SUBSTANCES[substance][:2]
        return Stream(
            stream_id,
            enterprise,
            Direction.SOURCE,
            Medium.MATERIAL,
            f"By-product {name_en} 副产{name_zh}",
            self.log_uniform(0.5, 40.0, 2),
            "t/h",
            purity_pct=self.uniform(80.0, 99.5),
            substance=substance,
            disposal=f"D-{substance}",
        )

    def _material_sink(self, stream_id: str, enterprise: str, sector: Sector) -> Stream:
        substance = self.choice(sector.consumes or tuple(SUBSTANCES))
        name_en, name_zh = SUBSTANCES[substance][:2]
        purity = None if self.rng.random() < 0.3 else float(self.choice((70.0, 80.0, 85.0, 90.0, 95.0, 98.0)))
        return Stream(
            stream_id,
            enterprise,
            Direction.SINK,
            Medium.MATERIAL,
            f"Raw {name_en} 原料{name_zh}",
            self.log_uniform(0.5, 40.0, 2),
            "t/h",
            purity_pct=purity,
            substance=substance,
            utility=f"U-{substance}",
        )

    def _fuel_source(self, stream_id: str, enterprise: str, sector: Sector) -> Stream:
        return Stream(
            stream_id,
            enterprise,
            Direction.SOURCE,
            Medium.FUEL,
            "Off-gas fuel 可燃尾气",
            self.log_uniform(1.0, 30.0, 2),
            "MW",
            disposal="D-flare-fuel",
        )

    def _fuel_sink(self, stream_id: str, enterprise: str, sector: Sector) -> Stream:
        return Stream(
            stream_id,
            enterprise,
            Direction.SINK,
            Medium.FUEL,
            "Furnace / kiln fuel 窑炉燃料",
            self.log_uniform(2.0, 50.0, 2),
            "MW",
            utility="U-fuel-gas",
        )

    def _electricity_sink(self, stream_id: str, enterprise: str, sector: Sector) -> Stream:
        return Stream(
            stream_id,
            enterprise,
            Direction.SINK,
            Medium.ELECTRICITY,
            "Power demand 用电",
            self.log_uniform(1.0, 50.0, 2),
            "MW",
            utility="U-grid",
        )

    # -- converters ---------------------------------------------------------
    def converter(self, kind: str, converter_id: str, enterprise: str) -> tuple[Converter, Stream, Stream]:
        """A converter with its input sink (no utility) and its output source."""
        input_id, output_id = f"{converter_id}-in", f"{converter_id}-out"
        if kind == "turbine":
            # Back-pressure turbine 3.5–4.0 MPa → ~1 MPa: isentropic drop ≈ 300 kJ/kg × 80 %
            # → ≈ 0.06–0.075 MWh per t of steam (typical 60–90 kWh/t for such sets).
            pressure = float(self.choice((3.5, 4.0)))
            temperature = round(saturation_temperature_c(pressure) + 40.0, 1)
            capacity = self.log_uniform(20.0, 120.0)
            ratio = self.uniform(0.06, 0.075, 4)
            intake = Stream(
                input_id,
                enterprise,
                Direction.SINK,
                Medium.STEAM,
                "Turbine inlet steam 汽轮机进汽",
                capacity,
                "t/h",
                pressure_mpa=pressure,
                temperature_c=temperature,
            )
            output = Stream(
                output_id,
                enterprise,
                Direction.SOURCE,
                Medium.ELECTRICITY,
                "Back-pressure turbine power 背压发电",
                round(capacity * ratio, 3),
                "MW",
                disposal="D-grid-export",
            )
        elif kind == "hydrogen_burner":
            # 10.79 MJ/Nm³ × 90 % boiler efficiency / 2.69 GJ per t of 1 MPa steam ≈ 0.0036 t/h per Nm³/h.
            capacity = self.log_uniform(1000.0, 10000.0, 0)
            ratio = round(10.79 * 0.9 / (STEAM_GJ_PER_T_LP * 1000.0), 6)
            pressure = 1.0
            intake = Stream(
                input_id,
                enterprise,
                Direction.SINK,
                Medium.HYDROGEN,
                "Hydrogen burner fuel 氢气燃烧器",
                capacity,
                "Nm3/h",
            )
            output = Stream(
                output_id,
                enterprise,
                Direction.SOURCE,
                Medium.STEAM,
                "Hydrogen-fired steam 氢锅炉蒸汽",
                round(capacity * ratio, 3),
                "t/h",
                pressure_mpa=pressure,
                temperature_c=round(saturation_temperature_c(pressure) + 10.0, 1),
                disposal="D-steam-vent",
            )
        else:
            # Heat-exchange station: condensing 0.6–1.0 MPa steam (≈ 2,100 kJ/kg released) heats
            # water 60 → 95 °C (146.5 kJ/kg) at 95 % → ≈ 13.6 t/h of hot water per t/h of steam.
            pressure = float(self.choice((0.6, 0.8, 1.0)))
            capacity = self.log_uniform(5.0, 40.0)
            ratio = round(2100.0 * 0.95 / (4.186 * 35.0), 3)
            intake = Stream(
                input_id,
                enterprise,
                Direction.SINK,
                Medium.STEAM,
                "Heat-exchange station steam 换热站用汽",
                capacity,
                "t/h",
                pressure_mpa=pressure,
                temperature_c=round(saturation_temperature_c(pressure), 1),
            )
            output = Stream(
                output_id,
                enterprise,
                Direction.SOURCE,
                Medium.HOT_WATER,
                "District hot water 换热站热水",
                round(capacity * ratio, 1),
                "t/h",
                temperature_c=95.0,
                target_temperature_c=60.0,
                disposal="D-hot-water-cooling",
            )
        converter = Converter(converter_id, enterprise, input_id, output_id, ratio=ratio, capacity=capacity)
        return converter, intake, output


# ---------------------------------------------------------------------------
# links
# ---------------------------------------------------------------------------


def route_km(x1: float, y1: float, x2: float, y2: float) -> float:
    """Route length of a link between two positions, km (see ROUTE_FACTOR)."""
    return ROUTE_FACTOR * math.hypot(x2 - x1, y2 - y1) + ROUTE_EXTRA_KM


def _meets_limit(source: Stream, sink: Stream) -> bool:
    """True when the source alone satisfies the sink's blend limit (if any)."""
    if sink.medium not in BLEND_QUALITY or source.medium is not sink.medium:
        return True
    field_name, is_minimum = BLEND_QUALITY[sink.medium]
    limit, value = getattr(sink, field_name), getattr(source, field_name)
    if limit is None:
        return True
    if value is None:
        return False
    return bool(value >= limit) if is_minimum else bool(value <= limit)


class _SinkIndex:
    """Sinks of the media a source medium can serve, as numpy arrays for fast filtering."""

    def __init__(self, sinks: list[Stream], positions: dict[str, tuple[float, float]]) -> None:
        self.sinks = sinks
        self.x = np.array([positions[s.enterprise][0] for s in sinks], dtype=float)
        self.y = np.array([positions[s.enterprise][1] for s in sinks], dtype=float)

        def column(name: str) -> np.ndarray:
            return np.array(
                [np.nan if getattr(s, name) is None else getattr(s, name) for s in sinks], dtype=float
            )

        self.pressure = column("pressure_mpa")
        self.temperature = column("temperature_c")
        self.target = column("target_temperature_c")
        self.substance = np.array([s.substance for s in sinks], dtype=object)
        self.medium = np.array([s.medium.value for s in sinks], dtype=object)


def _candidate_sinks(
    source: Stream,
    x: float,
    y: float,
    index: _SinkIndex,
    dt_min_k: float,
    limit: int,
) -> list[tuple[Stream, float]]:
    """Up to ``limit`` nearest sinks this source might serve, with route km.

    A vectorised pre-filter of the compatibility rules; :func:`link_refusal`
    has the final word on each pair.
    """
    if not index.sinks:
        return []
    distance = ROUTE_FACTOR * np.hypot(index.x - x, index.y - y) + ROUTE_EXTRA_KM
    mask = distance <= MAX_DISTANCE_KM[source.medium]
    rule = spec_of(source.medium).quality_rule
    if rule is QualityRule.PRESSURE_AND_TEMPERATURE:
        with np.errstate(invalid="ignore"):
            mask &= ~(index.pressure > (source.pressure_mpa or 0.0))
            mask &= ~(index.temperature > (source.temperature_c or 0.0))
    elif rule is QualityRule.HEAT_CASCADE:
        with np.errstate(invalid="ignore"):
            mask &= index.temperature < index.target  # cold sinks only
            mask &= (source.temperature_c or 0.0) > index.temperature + dt_min_k
    elif rule is QualityRule.SAME_SUBSTANCE:
        mask &= index.substance == source.substance
    chosen = np.flatnonzero(mask)
    if chosen.size == 0:
        return []
    order = chosen[np.argsort(distance[chosen], kind="stable")][:limit]
    return [(index.sinks[position], float(distance[position])) for position in order]


def _link_values(
    park: Park, source: Stream, sink: Stream, km: float, amounts: dict[str, float], rng: np.random.Generator
) -> tuple[float, float, float, float, float]:
    """capacity, cost per unit, capex, lifetime and loss % of a candidate link."""
    cost = LINK_COSTS[source.medium]
    loss = round(min(20.0, cost.loss_pct_per_km * km), 2)
    gain = link_gain(park, source, sink, loss)
    need = amounts[sink.id] / gain if gain > 0 else amounts[source.id]
    capacity = max(0.001, min(amounts[source.id], need) * float(rng.uniform(1.0, 1.3)))
    capacity = float(f"{capacity:.4g}")
    capex = cost.fixed_cny + cost.per_km_cny * km * (capacity / cost.reference_capacity) ** 0.6
    return (
        capacity,
        round(cost.per_unit_km_cny * km, 4),
        round(capex, -3),
        spec_of(source.medium).link_lifetime_yr,
        loss,
    )


def _add_links(
    park: Park,
    positions: dict[str, tuple[float, float]],
    target_links: int,
    existing_fraction: float,
    rng: np.random.Generator,
) -> None:
    """Add about ``target_links`` compatible links, nearest pairs first, some existing."""
    sources = park.sources()
    sinks = park.sinks()
    if not sources or not sinks or target_links <= 0:
        return
    by_output = park.converter_of_output()
    indexes: dict[Medium, _SinkIndex] = {}
    for medium in Medium:
        compatible = [sink for sink in sinks if media_compatible(medium, sink.medium)]
        indexes[medium] = _SinkIndex(compatible, positions)
    per_source = max(1, math.ceil(2.0 * target_links / len(sources))) + 2
    candidates: list[list[tuple[Stream, float]]] = []
    for source in sources:
        x, y = positions[source.enterprise]
        candidates.append(_candidate_sinks(source, x, y, indexes[source.medium], park.dt_min_k, per_source))

    # Round robin over sources (nearest first) until the target is reached.
    chosen: list[tuple[Stream, Stream, float]] = []
    depth = 0
    longest = max(len(options) for options in candidates)
    while len(chosen) < target_links and depth < longest:
        for source, options in zip(sources, candidates, strict=True):
            if depth < len(options) and len(chosen) < target_links:
                sink, km = options[depth]
                if link_refusal(park, source, sink, by_output) is None:
                    chosen.append((source, sink, km))
        depth += 1

    amounts = {stream.id: canonical_amount(park, stream) for stream in park.streams.values()}
    for converter in park.converters.values():
        if converter.capacity is not None:
            amounts[converter.input] = converter.capacity
            amounts[converter.output] = converter.capacity * converter_ratios(park, converter)[0]
    source_left = dict(amounts)
    sink_left = dict(amounts)
    width = max(6, len(str(len(chosen))))
    existing_draw = rng.random(len(chosen))
    share_draw = rng.uniform(0.3, 0.9, len(chosen))
    for number, (source, sink, km) in enumerate(chosen, start=1):
        capacity, cost_per_unit, capex, lifetime, loss = _link_values(park, source, sink, km, amounts, rng)
        link = Link(
            f"L{number:0{width}d}",
            source.id,
            sink.id,
            LinkStatus.CANDIDATE,
            capacity=capacity,
            distance_km=round(km, 3),
            cost_cny_per_unit=cost_per_unit,
            capex_cny=capex,
            lifetime_yr=lifetime,
            loss_pct=loss,
        )
        # Existing links: short ones, not from a converter output, quality already adequate.
        if (
            existing_draw[number - 1] < existing_fraction
            and km <= 0.6 * MAX_DISTANCE_KM[source.medium]
            and source.id not in by_output
            and _meets_limit(source, sink)
        ):
            gain = link_gain(park, source, sink, loss)
            room = min(source_left[source.id], sink_left[sink.id] / gain if gain > 0 else 0.0, capacity)
            flow = math.floor(room * float(share_draw[number - 1]) * 1000.0) / 1000.0
            if flow > 0.0:
                link.status = LinkStatus.EXISTING
                link.current_flow = flow
                link.capacity = float(f"{max(capacity, flow * 1.2):.4g}")
                link.capex_cny = None
                link.lifetime_yr = None
                source_left[source.id] -= flow
                sink_left[sink.id] -= gain * flow
        park.links[link.id] = link


# ---------------------------------------------------------------------------
# the park
# ---------------------------------------------------------------------------


def generate_park(
    enterprises: int,
    seed: int,
    streams_per_enterprise: int = 6,
    links_per_enterprise: int = 50,
    *,
    existing_fraction: float = 0.12,
    name: str | None = None,
) -> Park:
    """A synthetic, valid and feasible park of ``enterprises`` enterprises.

    Parameters
    ----------
    enterprises:
        Number of enterprises (≥ 1).
    seed:
        Random seed; the same arguments always give the same park.
    streams_per_enterprise:
        Average number of streams per enterprise (converters bring two).
    links_per_enterprise:
        Links to create per enterprise; fewer when not enough compatible
        pairs lie within reach (small parks).
    existing_fraction:
        Share of links that exist today (with a current flow).
    name:
        Park name; default names the size and seed.
    """
    if enterprises < 1:
        raise ValueError("a park needs at least one enterprise")
    if streams_per_enterprise < 1:
        raise ValueError("streams_per_enterprise must be at least 1")
    if links_per_enterprise < 0:
        raise ValueError("links_per_enterprise cannot be negative")
    rng = np.random.default_rng(seed)
    maker = _Maker(rng)
    park = Park(
        name=name or f"Synthetic park ({enterprises} enterprises, seed {seed}) 合成园区",
        hours_per_year=8000.0,
        dt_min_k=10.0,
        discount_rate_pct=8.0,
        # National ETS allowance prices were 60–100 CNY/t in 2023–2024.
        co2_price_cny_per_t=80.0,
        # Environmental Protection Tax: 1 kg COD = 1 pollution equivalent, 1.4 CNY per
        # equivalent minimum for water pollutants → 1,400 CNY/t.
        cod_price_cny_per_t=1400.0,
    )
    park.utilities = standard_utilities()
    park.disposals = standard_disposals()

    sector_keys = [sector.key for sector in SECTORS]
    shares = np.array([SECTOR_SHARE[key] for key in sector_keys])
    sector_of = {sector.key: sector for sector in SECTORS}
    centres = {
        key: (float(rng.uniform(1.0, PARK_WIDTH_KM - 1.0)), float(rng.uniform(1.0, PARK_HEIGHT_KM - 1.0)))
        for key in sector_keys
    }
    width = max(4, len(str(enterprises)))
    positions: dict[str, tuple[float, float]] = {}
    sector_draw = rng.choice(len(sector_keys), size=enterprises, p=shares / shares.sum())
    for number in range(1, enterprises + 1):
        sector = sector_of[sector_keys[int(sector_draw[number - 1])]]
        enterprise_id = f"E{number:0{width}d}"
        centre_x, centre_y = centres[sector.key]
        x_km = round(float(np.clip(rng.normal(centre_x, ZONE_SIGMA_KM), 0.0, PARK_WIDTH_KM)), 3)
        y_km = round(float(np.clip(rng.normal(centre_y, ZONE_SIGMA_KM), 0.0, PARK_HEIGHT_KM)), 3)
        first, second = maker.choice(_SYLLABLES), maker.choice(_SYLLABLES)
        park.enterprises[enterprise_id] = Enterprise(
            enterprise_id,
            f"{first[0]}{second[0].lower()} {sector.name_en} {first[1]}{second[1]}{sector.name_zh}",
            sector.key,
            x_km,
            y_km,
        )
        positions[enterprise_id] = (x_km, y_km)

        count = max(1, int(rng.integers(max(1, streams_per_enterprise - 2), streams_per_enterprise + 3)))
        converters_here = 0
        for kind, probability in (sector.converters or {}).items():
            if count >= 2 and rng.random() < probability:
                converters_here += 1
                converter_id = f"{enterprise_id}-C{converters_here}"
                converter, intake, output = maker.converter(kind, converter_id, enterprise_id)
                park.converters[converter.id] = converter
                park.streams[intake.id] = intake
                park.streams[output.id] = output
                count -= 2
        kinds = list(sector.weights)
        weights = np.array([sector.weights[kind] for kind in kinds], dtype=float)
        drawn = rng.choice(len(kinds), size=count, p=weights / weights.sum())
        for position, kind_index in enumerate(drawn, start=1):
            stream = maker.make(
                kinds[int(kind_index)], f"{enterprise_id}-S{position:02d}", enterprise_id, sector
            )
            park.streams[stream.id] = stream

    _add_links(park, positions, links_per_enterprise * enterprises, existing_fraction, rng)
    return park


def describe(park: Park) -> str:
    """One line summarising a park's size (used by ``parkflow generate``)."""
    existing = sum(1 for link in park.links.values() if link.status is LinkStatus.EXISTING)
    media = sorted({stream.medium.value for stream in park.streams.values()})
    return (
        f"{len(park.enterprises)} enterprises, {len(park.streams)} streams "
        f"({len(park.sources())} sources, {len(park.sinks())} sinks), {len(park.links)} links "
        f"({existing} existing), {len(park.converters)} converters, {len(park.utilities)} utilities, "
        f"{len(park.disposals)} disposals; media: {', '.join(media)}"
    )


__all__ = [
    "LINK_COSTS",
    "MAX_DISTANCE_KM",
    "SECTORS",
    "SUBSTANCES",
    "describe",
    "generate_park",
    "route_km",
    "standard_disposals",
    "standard_utilities",
]
