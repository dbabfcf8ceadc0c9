"""The park's domain model: plain, Qt-free dataclasses (docs/design.md, "The park").

Every entity carries the fields of its workbook sheet (docs/workbook.md) under the
same names, so that import, export, the scenario file and the editor all
speak one vocabulary.  Quantities are stored as the user entered them
(``amount`` + ``unit``); :mod:`parkflow.model.units` converts them to each
medium's canonical unit when the optimizer or a report needs it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, ClassVar

# The media and their facts live in the media catalogue (parkflow/model/media.py);
# the optimizer and the accounting read its views under these names from here.
from parkflow.model.media import (  # noqa: F401
    BLEND_QUALITIES,
    BLEND_QUALITY,
    CANONICAL_UNIT,
    THERMAL_MEDIA,
    BlendQuality,
    Medium,
)
from parkflow.model.site_plan import SitePlan


@dataclass(frozen=True, slots=True)
class WaterPollutant:
    """A pollutant carried by water, accounted with one set of rules (effluent fate, treatment, balance).

    ``key`` prefixes its figures and KPIs (``cod`` → ``cod_discharged_t_per_yr``);
    the other names are the entity fields that carry it.
    """

    key: str
    #: Stream and utility field: concentration, mg/L.
    concentration: str
    #: Water-sink field: share of the mass received that leaves in the effluent, %.
    pass_pct: str
    #: Disposal field: share of the mass received that treatment removes, %.
    removal_pct: str
    label_en: str
    label_zh: str
    #: Utility and disposal field of a mass per unit (t per canonical unit), if any.
    per_unit: str | None = None


#: The water pollutants ParkFlow accounts, in display order.
WATER_POLLUTANTS: tuple[WaterPollutant, ...] = (
    WaterPollutant(
        "cod", "cod_mg_l", "cod_pass_pct", "cod_removal_pct", "COD", "化学需氧量", "cod_t_per_unit"
    ),
    WaterPollutant("nh3n", "nh3n_mg_l", "nh3n_pass_pct", "nh3n_removal_pct", "NH3-N", "氨氮"),
)


@dataclass(frozen=True, slots=True)
class AirPollutant:
    """An air pollutant emitted per unit of a utility, disposal or source burden (``<key>_t_per_unit``)."""

    key: str
    label_en: str
    label_zh: str

    @property
    def per_unit(self) -> str:
        return f"{self.key}_t_per_unit"


#: The air pollutants ParkFlow accounts, in display order.
AIR_POLLUTANTS: tuple[AirPollutant, ...] = (
    AirPollutant("nox", "NOx", "氮氧化物"),
    AirPollutant("so2", "SO2", "二氧化硫"),
    AirPollutant("pm", "Particulate matter", "颗粒物"),
    AirPollutant("vocs", "VOCs", "挥发性有机物"),
)


class Direction(str, Enum):
    SOURCE = "source"
    SINK = "sink"

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


class LinkStatus(str, Enum):
    EXISTING = "existing"
    CANDIDATE = "candidate"

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


class _Row:
    """Shared helpers of the entity dataclasses."""

    #: The kind's workbook sheet, store table and ``Park`` attribute (``"streams"``).
    SHEET: ClassVar[str] = ""
    #: One entity of the kind (``"stream"``): messages, problem locations, editor signals.
    SINGULAR: ClassVar[str] = ""
    #: Prefix of the ids the editor gives new entities (``"S"`` → ``S12``); blank for
    #: the kinds the editor does not create one by one (periods, profiles).
    ID_PREFIX: ClassVar[str] = ""
    #: True for the sheets that describe the park over the year rather than its network.
    OVER_THE_YEAR: ClassVar[bool] = False

    def to_row(self) -> dict[str, Any]:
        """Fields as a workbook row (enums as their text values)."""
        row: dict[str, Any] = {}
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            row[f.name] = value.value if isinstance(value, Enum) else value
        return row

    @classmethod
    def columns(cls) -> list[str]:
        return [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]

    def copy(self) -> Any:
        return dataclasses.replace(self)  # type: ignore[type-var]


@dataclass(slots=True)
class Enterprise(_Row):
    SHEET: ClassVar[str] = "enterprises"
    SINGULAR: ClassVar[str] = "enterprise"
    ID_PREFIX: ClassVar[str] = "E"
    id: str
    name: str = ""
    sector: str = ""
    x_km: float | None = None
    y_km: float | None = None
    notes: str = ""
    #: Operating hours per year of this enterprise's streams (blank: the park's).
    hours_per_year: float | None = None
    #: Industrial value added, CNY/yr: the base of the intensities per 10⁴ CNY.
    value_added_cny_per_yr: float | None = None
    #: Discharge permits (排污许可量), t/yr; surplus allowance = permit − discharged.
    cod_permit_t_per_yr: float | None = None
    nh3n_permit_t_per_yr: float | None = None


@dataclass(slots=True)
class Stream(_Row):
    """A stream offered (``source``) or needed (``sink``) by an enterprise.

    ``amount`` is a rate while operating, in ``unit`` (blank: the medium's
    canonical unit).  Quality fields that do not apply to the medium stay
    ``None``.
    """

    SHEET: ClassVar[str] = "streams"
    SINGULAR: ClassVar[str] = "stream"
    ID_PREFIX: ClassVar[str] = "S"
    id: str
    enterprise: str
    direction: Direction
    medium: Medium
    name: str = ""
    amount: float = 0.0
    unit: str = ""
    pressure_mpa: float | None = None
    temperature_c: float | None = None
    target_temperature_c: float | None = None
    purity_pct: float | None = None
    cod_mg_l: float | None = None
    substance: str = ""
    utility: str = ""
    #: A source's disposal route; for a water sink, the route its effluent takes.
    disposal: str = ""
    #: Water sinks: share of the water received that leaves as effluent (blank: 100).
    effluent_pct: float | None = None
    #: Water sinks: share of the COD mass received that leaves in the effluent (blank: 100).
    cod_pass_pct: float | None = None
    #: Ammonia nitrogen, the second water quality (the same rules as ``cod_mg_l``).
    nh3n_mg_l: float | None = None
    #: Water sinks: share of the NH3-N mass received that leaves in the effluent (blank: 100).
    nh3n_pass_pct: float | None = None
    #: Sources: the burden of producing one more unit sent over links, typed or
    #: computed from a factor-library entry (blank: a true by-product, no burden).
    factor: str = ""
    cost_cny_per_unit: float | None = None
    co2_t_per_unit: float | None = None
    energy_tce_per_unit: float | None = None
    #: Sources: air pollutants emitted per unit sent over links (part of the burden).
    nox_t_per_unit: float | None = None
    so2_t_per_unit: float | None = None
    pm_t_per_unit: float | None = None
    vocs_t_per_unit: float | None = None

    @property
    def is_source(self) -> bool:
        return self.direction is Direction.SOURCE

    @property
    def is_sink(self) -> bool:
        return self.direction is Direction.SINK


@dataclass(slots=True)
class Utility(_Row):
    """A conventional supply serving sinks of one medium (make-up)."""

    SHEET: ClassVar[str] = "utilities"
    SINGULAR: ClassVar[str] = "utility"
    ID_PREFIX: ClassVar[str] = "U"
    id: str
    medium: Medium
    name: str = ""
    unit: str = ""
    factor: str = ""
    cost_cny_per_unit: float | None = None
    co2_t_per_unit: float | None = None
    cod_t_per_unit: float | None = None
    pressure_mpa: float | None = None
    temperature_c: float | None = None
    purity_pct: float | None = None
    cod_mg_l: float | None = None
    energy_tce_per_unit: float | None = None
    #: Emission scope of its CO2: 1 inside the park, 2 purchased energy, 3 upstream.
    scope: float | None = None
    nh3n_mg_l: float | None = None
    #: Air pollutants emitted per unit (typed numbers win over the factor's).
    nox_t_per_unit: float | None = None
    so2_t_per_unit: float | None = None
    pm_t_per_unit: float | None = None
    vocs_t_per_unit: float | None = None


@dataclass(slots=True)
class Disposal(_Row):
    """What happens today to source flow that no link takes."""

    SHEET: ClassVar[str] = "disposals"
    SINGULAR: ClassVar[str] = "disposal"
    ID_PREFIX: ClassVar[str] = "D"
    id: str
    medium: Medium
    name: str = ""
    unit: str = ""
    factor: str = ""
    cost_cny_per_unit: float | None = None
    co2_t_per_unit: float | None = None
    cod_t_per_unit: float | None = None
    temperature_c: float | None = None
    cod_removal_pct: float | None = None
    energy_tce_per_unit: float | None = None
    #: Emission scope of its CO2: 1 inside the park, 2 purchased energy, 3 upstream.
    scope: float | None = None
    #: Share of the NH3-N received that treatment removes (like ``cod_removal_pct``).
    nh3n_removal_pct: float | None = None
    #: Air pollutants emitted per unit (typed numbers win over the factor's).
    nox_t_per_unit: float | None = None
    so2_t_per_unit: float | None = None
    pm_t_per_unit: float | None = None
    vocs_t_per_unit: float | None = None


@dataclass(slots=True)
class Link(_Row):
    """A pipe or delivery from a source stream to a sink stream.

    Capacity, current flow and variable cost are per canonical unit of the
    *source* sent, before loss.
    """

    SHEET: ClassVar[str] = "links"
    SINGULAR: ClassVar[str] = "link"
    ID_PREFIX: ClassVar[str] = "L"
    id: str
    source: str
    sink: str
    status: LinkStatus = LinkStatus.CANDIDATE
    capacity: float | None = None
    current_flow: float | None = None
    distance_km: float | None = None
    cost_cny_per_unit: float | None = None
    capex_cny: float | None = None
    lifetime_yr: float | None = None
    loss_pct: float | None = None
    #: nominal size DN in mm; blank: sized by :mod:`parkflow.model.pipes`
    diameter_mm: float | None = None


@dataclass(slots=True)
class Converter(_Row):
    """A unit turning intake (a sink stream) into output (a source stream).

    ``residue`` (a source stream) receives ``residue_ratio`` × intake of what
    the unit rejects; ``aux`` (a sink stream) demands ``aux_ratio`` × intake of
    the steam or power the unit itself uses.  Both keep the unit's mass and
    energy balances closed.  A blank ``ratio`` means 1, a blank ``aux_ratio``
    0, except on a heat pump (heat in and out, electricity as ``aux``), whose
    blanks follow from its COP (:mod:`parkflow.model.heat_pumps`).
    """

    SHEET: ClassVar[str] = "converters"
    SINGULAR: ClassVar[str] = "converter"
    ID_PREFIX: ClassVar[str] = "C"
    id: str
    enterprise: str
    input: str
    output: str
    ratio: float | None = None
    capacity: float | None = None
    residue: str = ""
    residue_ratio: float | None = None
    aux: str = ""
    aux_ratio: float | None = None


#: Separator of a profile's key: ``<period>/<item>``.
PROFILE_KEY_SEPARATOR = "/"


@dataclass(slots=True)
class Period(_Row):
    """A part of the year the park runs differently in (a season, a shutdown, a night).

    ``hours`` is how many hours per year the period stands for; with periods,
    their sum replaces the park's hours per year.  Periods of one ``cycle``
    follow each other in sheet order, each lasting ``duration_h`` (storage
    levels repeat over a cycle).
    """

    SHEET: ClassVar[str] = "periods"
    SINGULAR: ClassVar[str] = "period"
    ID_PREFIX: ClassVar[str] = "P"
    OVER_THE_YEAR: ClassVar[bool] = True
    id: str
    name: str = ""
    hours: float | None = None
    cycle: str = ""
    duration_h: float | None = None


@dataclass(slots=True)
class Profile(_Row):
    """How one stream, utility or disposal differs in one period from its sheet figures.

    ``amount_factor`` multiplies a stream's amount (0: shut down) and
    ``cost_factor`` a utility's or disposal's cost; blank (and a missing
    row) means 1.
    """

    SHEET: ClassVar[str] = "profiles"
    SINGULAR: ClassVar[str] = "profile"
    OVER_THE_YEAR: ClassVar[bool] = True
    period: str
    item: str
    amount_factor: float | None = None
    cost_factor: float | None = None

    @property
    def id(self) -> str:
        """The profile's key in :attr:`Park.profiles`: ``<period>/<item>``."""
        return profile_key(self.period, self.item)


def profile_key(period: str, item: str) -> str:
    """The key of the profile of ``item`` in ``period``."""
    return f"{period}{PROFILE_KEY_SEPARATOR}{item}"


#: Media a storage may hold: hot-water and heat tanks, steam accumulators, hydrogen and water tanks.
STORAGE_MEDIA: tuple[Medium, ...] = (
    Medium.HOT_WATER,
    Medium.HEAT,
    Medium.STEAM,
    Medium.HYDROGEN,
    Medium.WATER,
)


@dataclass(slots=True)
class Storage(_Row):
    """A tank or accumulator at an enterprise that holds one medium between periods.

    Hot-water and heat tanks, steam accumulators, hydrogen and water tanks.
    Links into the storage (its id as a link's ``sink``) charge it, links out
    of it (its id as a link's ``source``) discharge it.  ``capacity`` is in
    the medium's canonical unit × h (t for hot water, MWh for heat);
    ``charge_max`` and ``discharge_max`` are rates in the canonical unit; the
    level loses ``loss_pct_per_h`` per cent of itself each hour.  A
    ``candidate`` storage is built only if it pays its annualised capex.
    """

    SHEET: ClassVar[str] = "storages"
    SINGULAR: ClassVar[str] = "storage"
    ID_PREFIX: ClassVar[str] = "TK"
    OVER_THE_YEAR: ClassVar[bool] = True
    id: str
    enterprise: str
    medium: Medium
    capacity: float | None = None
    charge_max: float | None = None
    discharge_max: float | None = None
    loss_pct_per_h: float | None = None
    capex_cny: float | None = None
    lifetime_yr: float | None = None
    status: LinkStatus = LinkStatus.CANDIDATE

    @property
    def unit(self) -> str:
        """The canonical rate unit of its charge and discharge."""
        return CANONICAL_UNIT[self.medium]


class ElectricityTceBasis(str, Enum):
    """How electricity converts to standard coal (GB/T 2589)."""

    #: Energy content, 0.1229 kgce/kWh (当量值).
    CALORIFIC = "calorific"
    #: The supply coal rate of power generation (等价值).
    GENERATION = "generation"

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


#: Keys of the ``park`` sheet with their defaults (docs/design.md, "The park").
PARK_DEFAULTS: dict[str, Any] = {
    "name": "",
    "hours_per_year": 8000.0,
    "dt_min_k": 10.0,
    "discount_rate_pct": 8.0,
    "co2_price_cny_per_t": 0.0,
    "cod_price_cny_per_t": 0.0,
    #: 1: the cost (objective and KPI) includes the estimated environmental protection tax; 0: not.
    "environmental_tax_in_cost": 0.0,
    # pipes (parkflow/model/pipes.py): route length over straight distance, and how far
    # below its nominal pressure a steam sink may be served
    "pipe_routing_factor": 1.3,
    "steam_pressure_tolerance_pct": 5.0,
}


@dataclass(slots=True)
class Park:
    """One industrial park: settings and its entities keyed by id.

    ``links_declared`` is False when the workbook had no ``links`` sheet; the
    optimizer then treats every compatible source–sink pair as a candidate
    (docs/design.md, "The park").  ``factor_overrides`` maps factor-library keys to values
    the park uses instead of the library's.
    """

    name: str = ""
    hours_per_year: float = 8000.0
    dt_min_k: float = 10.0
    discount_rate_pct: float = 8.0
    co2_price_cny_per_t: float = 0.0
    cod_price_cny_per_t: float = 0.0
    environmental_tax_in_cost: float = 0.0
    pipe_routing_factor: float = 1.3
    steam_pressure_tolerance_pct: float = 5.0
    factor_region: str = "zhejiang"
    factor_year: int | None = None
    electricity_tce_basis: ElectricityTceBasis = ElectricityTceBasis.CALORIFIC
    factor_overrides: dict[str, float] = field(default_factory=dict)
    enterprises: dict[str, Enterprise] = field(default_factory=dict)
    streams: dict[str, Stream] = field(default_factory=dict)
    utilities: dict[str, Utility] = field(default_factory=dict)
    disposals: dict[str, Disposal] = field(default_factory=dict)
    links: dict[str, Link] = field(default_factory=dict)
    converters: dict[str, Converter] = field(default_factory=dict)
    links_declared: bool = True
    #: the site plan under the canvas (model/site_plan.py), if the park has one
    site_plan: SitePlan | None = None
    #: parts of the year the park runs differently in, in sheet order (none: one design point all year)
    periods: dict[str, Period] = field(default_factory=dict)
    #: per-period factors keyed by :func:`profile_key` (a missing profile means factor 1)
    profiles: dict[str, Profile] = field(default_factory=dict)
    #: tanks and accumulators that hold a medium between periods, keyed by id
    storages: dict[str, Storage] = field(default_factory=dict)

    # -- convenience -------------------------------------------------------
    def sources(self) -> list[Stream]:
        return [s for s in self.streams.values() if s.direction is Direction.SOURCE]

    def sinks(self) -> list[Stream]:
        return [s for s in self.streams.values() if s.direction is Direction.SINK]

    def streams_of(self, enterprise_id: str) -> list[Stream]:
        return [s for s in self.streams.values() if s.enterprise == enterprise_id]

    def links_of(self, stream_id: str) -> list[Link]:
        return [link for link in self.links.values() if link.source == stream_id or link.sink == stream_id]

    def converter_of_input(self) -> dict[str, Converter]:
        return {c.input: c for c in self.converters.values()}

    def converter_of_output(self) -> dict[str, Converter]:
        return {c.output: c for c in self.converters.values()}

    def converter_of_residue(self) -> dict[str, Converter]:
        return {c.residue: c for c in self.converters.values() if c.residue}

    def converter_of_aux(self) -> dict[str, Converter]:
        return {c.aux: c for c in self.converters.values() if c.aux}

    def period_hours(self) -> float:
        """Hours per year the periods stand for together (0 when the park has no periods)."""
        return float(sum(period.hours or 0.0 for period in self.periods.values()))

    def amount_factor(self, period_id: str, stream_id: str) -> float:
        """The factor on a stream's amount in a period (1 without a profile)."""
        profile = self.profiles.get(profile_key(period_id, stream_id))
        return 1.0 if profile is None or profile.amount_factor is None else float(profile.amount_factor)

    def cost_factor(self, period_id: str, item_id: str) -> float:
        """The factor on a utility's or disposal's cost in a period (1 without a profile)."""
        profile = self.profiles.get(profile_key(period_id, item_id))
        return 1.0 if profile is None or profile.cost_factor is None else float(profile.cost_factor)

    def hours_of(self, enterprise_id: str) -> float:
        """Operating hours per year of an enterprise (its own, else the park's)."""
        enterprise = self.enterprises.get(enterprise_id)
        if enterprise is not None and enterprise.hours_per_year is not None:
            return float(enterprise.hours_per_year)
        return float(self.hours_per_year)

    def settings(self) -> dict[str, Any]:
        """The ``park`` sheet as key → value."""
        return {key: getattr(self, key) for key in PARK_DEFAULTS}

    def copy(self) -> Park:
        """A deep copy (entities copied, so edits to it never touch self)."""
        return Park(
            name=self.name,
            hours_per_year=self.hours_per_year,
            dt_min_k=self.dt_min_k,
            discount_rate_pct=self.discount_rate_pct,
            co2_price_cny_per_t=self.co2_price_cny_per_t,
            cod_price_cny_per_t=self.cod_price_cny_per_t,
            environmental_tax_in_cost=self.environmental_tax_in_cost,
            pipe_routing_factor=self.pipe_routing_factor,
            steam_pressure_tolerance_pct=self.steam_pressure_tolerance_pct,
            factor_region=self.factor_region,
            factor_year=self.factor_year,
            electricity_tce_basis=self.electricity_tce_basis,
            factor_overrides=dict(self.factor_overrides),
            enterprises={k: v.copy() for k, v in self.enterprises.items()},
            streams={k: v.copy() for k, v in self.streams.items()},
            utilities={k: v.copy() for k, v in self.utilities.items()},
            disposals={k: v.copy() for k, v in self.disposals.items()},
            links={k: v.copy() for k, v in self.links.items()},
            converters={k: v.copy() for k, v in self.converters.items()},
            links_declared=self.links_declared,
            site_plan=self.site_plan,
            periods={k: v.copy() for k, v in self.periods.items()},
            profiles={k: v.copy() for k, v in self.profiles.items()},
            storages={k: v.copy() for k, v in self.storages.items()},
        )

    def collection(self, kind: str) -> dict[str, Any]:
        """The entity dict for a sheet name (``"streams"`` → ``self.streams``)."""
        return getattr(self, kind)


#: Every kind of entity, in workbook and store order and in the order they depend on
#: each other: the network's sheets, then those that describe the park over the year
#: (a profile's key is period and item; storages hold a medium from one period to the
#: next).  What a kind is called and how its ids start are class attributes
#: (``SHEET``, ``SINGULAR``, ``ID_PREFIX``); every other table of kinds derives from this one.
ENTITY_KINDS: tuple[type[_Row], ...] = (
    Enterprise,
    Utility,
    Disposal,
    Stream,
    Link,
    Converter,
    Period,
    Profile,
    Storage,
)
#: Entity class of each sheet name (``"streams"`` → :class:`Stream`).
KIND_BY_SHEET: dict[str, type[_Row]] = {kind.SHEET: kind for kind in ENTITY_KINDS}
#: Entity class of each singular name (``"stream"`` → :class:`Stream`).
KIND_BY_SINGULAR: dict[str, type[_Row]] = {kind.SINGULAR: kind for kind in ENTITY_KINDS}
#: The network's sheets and the sheets of the park over the year, each in workbook order.
ENTITY_SHEETS: dict[str, type[_Row]] = {kind.SHEET: kind for kind in ENTITY_KINDS if not kind.OVER_THE_YEAR}
TIME_SHEETS: dict[str, type[_Row]] = {kind.SHEET: kind for kind in ENTITY_KINDS if kind.OVER_THE_YEAR}
