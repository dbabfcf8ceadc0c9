"""The media catalogue: everything ParkFlow knows about a medium, one row each.

A medium's canonical unit, the units a user may type, its colour, its names,
the rule that decides which source may serve which sink, whether it takes
part in the heat cascade, how its amounts convert, how its pipes are sized
and what a unit of it stands for when no factor says so: all in its
:class:`MediumSpec` below (docs/design.md, "Media and compatibility").
The modules that apply these facts — units, compat, factors, pipes, the
canvas, the reports — read them here, so adding a medium is one row here,
its quality rule in :mod:`parkflow.model.compat` if none of the existing
ones fits, and its factors (CONTRIBUTING.md, "Add a medium").
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Medium(str, Enum):
    """What flows in a stream; the value is what the workbook's ``medium`` column holds."""

    STEAM = "steam"
    HEAT = "heat"
    HOT_WATER = "hot_water"
    HYDROGEN = "hydrogen"
    WATER = "water"
    MATERIAL = "material"
    FUEL = "fuel"
    ELECTRICITY = "electricity"

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


class QualityRule(str, Enum):
    """Which check :func:`parkflow.model.compat.link_refusal` makes between a source and a sink.

    Whatever the rule, a sink that limits one of the medium's blend qualities
    then needs that quality stated on the source.
    """

    #: The source's pressure and temperature at least the sink's (let-down allowed).
    PRESSURE_AND_TEMPERATURE = "pressure_and_temperature"
    #: A hot stream warms a cold one whose supply is more than ΔTmin below its own.
    HEAT_CASCADE = "heat_cascade"
    #: The same substance (case and spaces ignored); a stream must name it.
    SAME_SUBSTANCE = "same_substance"
    #: Only the blend limits (none when the medium has no blend quality).
    BLEND_LIMITS = "blend_limits"


class HeatDuty(str, Enum):
    """How a stream in the heat cascade carries its duty (docs/design.md, "Heat cascade")."""

    #: The amount is the duty, MW.
    AMOUNT = "amount"
    #: The amount is a water mass flow, t/h: duty = t/h × cp × |ΔT| / 3600.
    WATER_MASS_FLOW = "water_mass_flow"


class PipeSizing(str, Enum):
    """How :mod:`parkflow.model.pipes` sizes a link of the medium and reckons its heat loss."""

    #: Not sized: trucks, cables, gas lines.
    NONE = "none"
    #: Steam pipe: velocity by size and superheat, pressure drop, condensate loss.
    STEAM = "steam"
    #: Water pipe sized on its mass at 1,000 kg/m³; no heat loss.
    WATER = "water"
    #: Insulated water loop sized on its water mass; heat lost through its insulation.
    INSULATED_WATER = "insulated_water"


class EnergyBasis(str, Enum):
    """What one unit of a utility stands for when it names no factor (``factors.medium_defaults``)."""

    #: No energy counted.
    NONE = "none"
    #: Fresh water, t (no energy).
    FRESH_WATER = "fresh_water"
    #: Electricity by the park's tce convention.
    ELECTRICITY = "electricity"
    #: Steam: IF97 heat over make-up water ÷ boiler efficiency.
    STEAM_HEAT = "steam_heat"
    #: An amount of heat: 3.6 GJ per MWh.
    HEAT_CONTENT = "heat_content"
    #: Hot water: its heat over make-up water, when its temperature is given.
    HOT_WATER_HEAT = "hot_water_heat"
    #: A gas by its lower heating value (``hydrogen.lhv``) at its purity.
    HYDROGEN_LHV = "hydrogen_lhv"


@dataclass(frozen=True, slots=True)
class BlendQuality:
    """A quality whose blend a sink may limit: the field, minimum or maximum, its row family."""

    field: str
    is_minimum: bool
    #: Name of the optimizer's row family that holds these limits.
    family: str


@dataclass(frozen=True, slots=True)
class MediumSpec:
    """One medium's facts, read by every module that treats media differently."""

    medium: Medium
    #: How the product names it in a sentence, in English ("hot water"); the
    #: UI translates it (context ``MediaCatalogue``) and :attr:`title_en`.
    name_en: str
    #: Its Chinese name, for reports and the UI's translation.
    name_zh: str
    #: The rate every amount converts to (docs/design.md, "Units").
    canonical_unit: str
    #: Units a user may type, named when a unit is refused.
    unit_examples: str
    #: Display colour (canvas, charts, reports).
    colour: str
    quality_rule: QualityRule
    #: Qualities a sink may limit, the first being the main one (docs/design.md, "Blending").
    blend_qualities: tuple[BlendQuality, ...] = ()
    #: How its duty is carried, for media in the heat cascade; None outside it.
    heat_duty: HeatDuty | None = None
    #: Heating value of one canonical unit at 100 % purity, MJ: a medium that
    #: has one may also feed a :attr:`burner` sink, at that value × purity.
    heating_value_mj: float | None = None
    #: Its sinks burn what they take, in MW of heating value: any medium with
    #: a heating value may serve them.
    burner: bool = False
    #: A volume typed (m³) is a mass at 1 t/m³.
    volume_is_mass: bool = False
    #: A gas counted at normal conditions: kg per Nm³, so a mass converts and
    #: a plain m³ is refused.
    gas_density_kg_per_nm3: float | None = None
    pipe: PipeSizing = PipeSizing.NONE
    #: Service life of a new link, years: the annuity of its capex needs one.
    link_lifetime_yr: float = 25.0
    #: Emission scope of a utility's CO2 when neither the row nor its factor gives one.
    utility_scope: int = 1
    #: Emission scope of a disposal's CO2 when neither the row nor its factor gives one.
    disposal_scope: int = 1
    energy_basis: EnergyBasis = EnergyBasis.NONE
    #: Carries the water pollutants (COD, NH3-N): effluent routes, treatment, discharge.
    carries_water_pollutants: bool = False

    @property
    def title_en(self) -> str:
        """The English name as a title ("Hot water")."""
        return self.name_en[:1].upper() + self.name_en[1:]

    @property
    def in_heat_cascade(self) -> bool:
        return self.heat_duty is not None


_PURITY = BlendQuality("purity_pct", True, "blend")

#: Every medium, in display order (legends, menus, tables): the order of ``Medium``.
MEDIA: tuple[MediumSpec, ...] = (
    MediumSpec(
        medium=Medium.STEAM,
        name_en="steam",
        name_zh="蒸汽",
        canonical_unit="t/h",
        unit_examples="t/h, kg/h, kg/s, t/d, t/yr",
        colour="#d62728",
        quality_rule=QualityRule.PRESSURE_AND_TEMPERATURE,
        pipe=PipeSizing.STEAM,
        link_lifetime_yr=20.0,
        energy_basis=EnergyBasis.STEAM_HEAT,
    ),
    MediumSpec(
        medium=Medium.HEAT,
        name_en="heat",
        name_zh="热量",
        canonical_unit="MW",
        unit_examples="MW, kW, GJ/h, MWh/yr",
        colour="#ff7f0e",
        quality_rule=QualityRule.HEAT_CASCADE,
        heat_duty=HeatDuty.AMOUNT,
        pipe=PipeSizing.INSULATED_WATER,
        link_lifetime_yr=20.0,
        energy_basis=EnergyBasis.HEAT_CONTENT,
    ),
    MediumSpec(
        medium=Medium.HOT_WATER,
        name_en="hot water",
        name_zh="热水",
        canonical_unit="t/h",
        unit_examples="t/h, m3/h, kg/s, t/d",
        colour="#e377c2",
        quality_rule=QualityRule.HEAT_CASCADE,
        heat_duty=HeatDuty.WATER_MASS_FLOW,
        volume_is_mass=True,
        pipe=PipeSizing.INSULATED_WATER,
        link_lifetime_yr=25.0,
        energy_basis=EnergyBasis.HOT_WATER_HEAT,
    ),
    MediumSpec(
        medium=Medium.HYDROGEN,
        name_en="hydrogen",
        name_zh="氢气",
        canonical_unit="Nm3/h",
        unit_examples="Nm3/h, kg/h, mol/s, Nm3/yr",
        colour="#17becf",
        quality_rule=QualityRule.BLEND_LIMITS,
        blend_qualities=(_PURITY,),
        # 10.79 MJ/Nm³ and 0.08988 kg/Nm³: ``hydrogen.lhv`` and ``hydrogen.density`` in resources/factors.csv
        heating_value_mj=10.79,
        gas_density_kg_per_nm3=0.08988,
        link_lifetime_yr=30.0,
        energy_basis=EnergyBasis.HYDROGEN_LHV,
    ),
    MediumSpec(
        medium=Medium.WATER,
        name_en="water",
        name_zh="水",
        canonical_unit="t/h",
        unit_examples="t/h, m3/h, m3/d, t/yr",
        colour="#1f77b4",
        quality_rule=QualityRule.BLEND_LIMITS,
        blend_qualities=(
            BlendQuality("cod_mg_l", False, "blend"),
            BlendQuality("nh3n_mg_l", False, "blend_nh3n"),
        ),
        volume_is_mass=True,
        pipe=PipeSizing.WATER,
        link_lifetime_yr=30.0,
        utility_scope=3,
        energy_basis=EnergyBasis.FRESH_WATER,
        carries_water_pollutants=True,
    ),
    MediumSpec(
        medium=Medium.MATERIAL,
        name_en="material",
        name_zh="物料",
        canonical_unit="t/h",
        unit_examples="t/h, kg/h, t/d, t/yr",
        colour="#8c564b",
        quality_rule=QualityRule.SAME_SUBSTANCE,
        blend_qualities=(_PURITY,),
        link_lifetime_yr=10.0,
        utility_scope=3,
    ),
    MediumSpec(
        medium=Medium.FUEL,
        name_en="fuel",
        name_zh="燃料",
        canonical_unit="MW",
        unit_examples="MW, kW, GJ/h, MWh/yr (heating value)",
        colour="#7f7f7f",
        quality_rule=QualityRule.BLEND_LIMITS,
        burner=True,
        link_lifetime_yr=25.0,
        energy_basis=EnergyBasis.HEAT_CONTENT,
    ),
    MediumSpec(
        medium=Medium.ELECTRICITY,
        name_en="electricity",
        name_zh="电力",
        canonical_unit="MW",
        unit_examples="MW, kW, MWh/yr, GWh/yr",
        colour="#bcbd22",
        quality_rule=QualityRule.BLEND_LIMITS,
        link_lifetime_yr=25.0,
        utility_scope=2,
        disposal_scope=2,
        energy_basis=EnergyBasis.ELECTRICITY,
    ),
)

SPECS: dict[Medium, MediumSpec] = {spec.medium: spec for spec in MEDIA}
if tuple(SPECS) != tuple(Medium) or len(SPECS) != len(MEDIA):
    raise RuntimeError("parkflow.model.media: MEDIA needs one MediumSpec per Medium, in the order of Medium")


def spec_of(medium: Medium | str) -> MediumSpec:
    """The catalogue row of ``medium`` (a member or its workbook value)."""
    return SPECS[Medium(medium)]


# Views of the catalogue under the names the optimizer and the accounting read.

#: Canonical rate unit of each medium.
CANONICAL_UNIT: dict[Medium, str] = {spec.medium: spec.canonical_unit for spec in MEDIA}
#: Media whose streams take part in the heat cascade (docs/design.md, "Heat cascade").
THERMAL_MEDIA: frozenset[Medium] = frozenset(spec.medium for spec in MEDIA if spec.in_heat_cascade)
#: Qualities a sink of each medium may limit, for the media that have any.
BLEND_QUALITIES: dict[Medium, tuple[BlendQuality, ...]] = {
    spec.medium: spec.blend_qualities for spec in MEDIA if spec.blend_qualities
}
#: The main blend quality of each medium: field and whether the limit is a minimum.
BLEND_QUALITY: dict[Medium, tuple[str, bool]] = {
    medium: (qualities[0].field, qualities[0].is_minimum) for medium, qualities in BLEND_QUALITIES.items()
}
