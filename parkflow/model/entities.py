"""The park's domain model: plain, Qt-free dataclasses (DESIGN §2).

Every entity carries the fields of its workbook sheet (DESIGN §5) under the
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

from parkflow.model.site_plan import SitePlan


class Medium(str, Enum):
    """What flows in a stream (DESIGN §2, "Media and what compatible means")."""

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


#: Canonical rate unit of each medium (DESIGN §2 table).
CANONICAL_UNIT: dict[Medium, str] = {
    Medium.STEAM: "t/h",
    Medium.HEAT: "MW",
    Medium.HOT_WATER: "t/h",
    Medium.HYDROGEN: "Nm3/h",
    Medium.WATER: "t/h",
    Medium.MATERIAL: "t/h",
    Medium.FUEL: "MW",
    Medium.ELECTRICITY: "MW",
}

#: Media whose streams take part in the heat cascade (DESIGN §3.3).
THERMAL_MEDIA: frozenset[Medium] = frozenset({Medium.HEAT, Medium.HOT_WATER})

#: Media whose sinks blend incoming qualities (DESIGN §3.2), with the quality
#: field and whether the sink's value is a minimum (True) or a maximum.
BLEND_QUALITY: dict[Medium, tuple[str, bool]] = {
    Medium.HYDROGEN: ("purity_pct", True),
    Medium.WATER: ("cod_mg_l", False),
    Medium.MATERIAL: ("purity_pct", True),
}

#: Display colour of each medium (canvas, charts, reports).
MEDIUM_COLOUR: dict[Medium, str] = {
    Medium.STEAM: "#d62728",
    Medium.HEAT: "#ff7f0e",
    Medium.HOT_WATER: "#e377c2",
    Medium.HYDROGEN: "#17becf",
    Medium.WATER: "#1f77b4",
    Medium.MATERIAL: "#8c564b",
    Medium.FUEL: "#7f7f7f",
    Medium.ELECTRICITY: "#bcbd22",
}

#: Chinese names of the media, for the UI and reports.
MEDIUM_ZH: dict[Medium, str] = {
    Medium.STEAM: "蒸汽",
    Medium.HEAT: "热量",
    Medium.HOT_WATER: "热水",
    Medium.HYDROGEN: "氢气",
    Medium.WATER: "水",
    Medium.MATERIAL: "物料",
    Medium.FUEL: "燃料",
    Medium.ELECTRICITY: "电力",
}


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

    SHEET: ClassVar[str] = ""

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
    id: str
    name: str = ""
    sector: str = ""
    x_km: float | None = None
    y_km: float | None = None
    notes: str = ""


@dataclass(slots=True)
class Stream(_Row):
    """A stream offered (``source``) or needed (``sink``) by an enterprise.

    ``amount`` is a rate while operating, in ``unit`` (blank: the medium's
    canonical unit).  Quality fields that do not apply to the medium stay
    ``None``.
    """

    SHEET: ClassVar[str] = "streams"
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
    disposal: str = ""

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


@dataclass(slots=True)
class Disposal(_Row):
    """What happens today to source flow that no link takes."""

    SHEET: ClassVar[str] = "disposals"
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


@dataclass(slots=True)
class Link(_Row):
    """A pipe or delivery from a source stream to a sink stream.

    Capacity, current flow and variable cost are per canonical unit of the
    *source* sent, before loss (DESIGN §3.6).
    """

    SHEET: ClassVar[str] = "links"
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
    """A unit turning intake (a sink stream) into output (a source stream)."""

    SHEET: ClassVar[str] = "converters"
    id: str
    enterprise: str
    input: str
    output: str
    ratio: float = 1.0
    capacity: float | None = None


#: Keys of the ``park`` sheet with their defaults (DESIGN §2, §5).
PARK_DEFAULTS: dict[str, Any] = {
    "name": "",
    "hours_per_year": 8000.0,
    "dt_min_k": 10.0,
    "discount_rate_pct": 8.0,
    "co2_price_cny_per_t": 0.0,
    "cod_price_cny_per_t": 0.0,
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
    (DESIGN §3.6).  ``factor_overrides`` maps factor-library keys to values
    the park uses instead of the library's.
    """

    name: str = ""
    hours_per_year: float = 8000.0
    dt_min_k: float = 10.0
    discount_rate_pct: float = 8.0
    co2_price_cny_per_t: float = 0.0
    cod_price_cny_per_t: float = 0.0
    pipe_routing_factor: float = 1.3
    steam_pressure_tolerance_pct: float = 5.0
    factor_region: str = "zhejiang"
    factor_year: int | None = None
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

    # -- convenience -------------------------------------------------------
    def sources(self) -> list[Stream]:
        return [s for s in self.streams.values() if s.direction is Direction.SOURCE]

    def sinks(self) -> list[Stream]:
        return [s for s in self.streams.values() if s.direction is Direction.SINK]

    def streams_of(self, enterprise_id: str) -> list[Stream]:
        return [s for s in self.streams.values() if s.enterprise == enterprise_id]

    def links_of(self, stream_id: str) -> list[Link]:
        return [
            link
            for link in self.links.values()
            if link.source == stream_id or link.sink == stream_id
        ]

    def converter_of_input(self) -> dict[str, Converter]:
        return {c.input: c for c in self.converters.values()}

    def converter_of_output(self) -> dict[str, Converter]:
        return {c.output: c for c in self.converters.values()}

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
            pipe_routing_factor=self.pipe_routing_factor,
            steam_pressure_tolerance_pct=self.steam_pressure_tolerance_pct,
            factor_region=self.factor_region,
            factor_year=self.factor_year,
            factor_overrides=dict(self.factor_overrides),
            enterprises={k: v.copy() for k, v in self.enterprises.items()},
            streams={k: v.copy() for k, v in self.streams.items()},
            utilities={k: v.copy() for k, v in self.utilities.items()},
            disposals={k: v.copy() for k, v in self.disposals.items()},
            links={k: v.copy() for k, v in self.links.items()},
            converters={k: v.copy() for k, v in self.converters.items()},
            links_declared=self.links_declared,
            site_plan=self.site_plan,
        )

    def collection(self, kind: str) -> dict[str, Any]:
        """The entity dict for a sheet name (``"streams"`` → ``self.streams``)."""
        return getattr(self, kind)  # type: ignore[no-any-return]


#: Entity class of each entity sheet, in workbook order.
ENTITY_SHEETS: dict[str, type[_Row]] = {
    "enterprises": Enterprise,
    "utilities": Utility,
    "disposals": Disposal,
    "streams": Stream,
    "links": Link,
    "converters": Converter,
}
