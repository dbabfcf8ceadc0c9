"""Pipes that obey physics: length, size, steam pressure drop, heat loss and cost of a link.

A link's typed ``distance_km``, ``diameter_mm``, ``loss_pct`` and
``capex_cny`` always win; a blank one is computed here, and
:class:`LinkPipe` says which were computed.  Every caller (tables,
inspector, validator, optimizer, ``parkflow candidates``) asks
:func:`link_pipe`, so the rules live in one place.

Why these libraries
-------------------
* ``fluids`` (MIT, Caleb Bell's Chemical Engineering Design Library): the
  ASME B36.10M standard-wall pipe schedule (inner and outer diameters by
  nominal size), the Colebrook friction factor and the isothermal
  compressible-flow form of Darcy–Weisbach.  Maintained, tested against
  Crane TP-410, and pure Python (imports in milliseconds).
* ``ht`` (MIT, same library family): conduction through a cylindrical
  insulation layer and forced convection from a cylinder in wind
  (Churchill–Bernstein).
* Steam densities and enthalpies come from IAPWS-IF97 (seuif97), as in
  :mod:`parkflow.model.physics`.

Rules and their sources
-----------------------
* Length: straight distance between the two enterprises × the park's
  ``pipe_routing_factor`` (pipes follow racks and roads); no positions: 0.
* Size: the smallest nominal size whose velocity at the design flow (the
  link's capacity, else the source amount) stays within the design
  velocity of its medium, and, for steam, whose outlet pressure stays
  within the park's ``steam_pressure_tolerance_pct`` of the sink's pressure.
  Design velocities are the upper ends of the recommended ranges of the
  Chinese boiler-house design standard GB 50041 (saturated steam 15–30 m/s
  below DN100, 25–35 m/s DN100–200, 30–40 m/s above; superheated 20–40,
  30–50, 40–60 m/s) and 2.5 m/s for water and hot water, the top of the
  1.5–2.5 m/s usual for plant water mains.
* Pressure drop: Darcy–Weisbach with the Colebrook friction factor; the
  steam density varies along the line, so the isothermal compressible form
  p₁² − p₂² = f L G² p₁ / (D ρ₁) is used (a long steam main loses its heat
  to the insulation and stays close to saturation).  Steel roughness
  0.2 mm for steam and 0.5 mm for water networks (CJJ 34, the Chinese
  urban heating-network design code).
* Heat loss: rock-wool pipe sections (λ = 0.0314 + 0.00018·t_m W/(m·K),
  the rock-wool line of GB 50264's insulation material table) just thick
  enough (10 mm steps) that the loss per m² of outer surface stays within
  the year-round limit of GB/T 4272 (the national limits of heat loss of
  insulated equipment and pipes), aluminium cladding (emissivity 0.2),
  20 °C air and 3 m/s wind.  Steam loses the heat as condensate (share of
  the latent heat carried), hot water and heat as temperature (share of
  the duty carried).
* Capex: length × cost per km of the medium and size from
  ``resources/pipe_costs.csv`` (each row with its source and price year).
"""

from __future__ import annotations

import bisect
import csv
import dataclasses
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import ht
from fluids.friction import Clamond
from fluids.numerics import brenth
from fluids.piping import nearest_pipe

from parkflow.model.entities import Enterprise, Link, LinkStatus, Medium, Park, Stream
from parkflow.model.media import MEDIA, HeatDuty, PipeSizing, spec_of
from parkflow.model.physics import (
    PhysicsError,
    liquid_enthalpy_kj_per_kg,
    saturation_temperature_c,
    steam_enthalpy_kj_per_kg,
)
from parkflow.model.units import WATER_CP_KJ_PER_KG_K, to_canonical

# -- standard sizes ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PipeSize:
    """One nominal size: DN (mm), inner and outer diameter (m)."""

    dn_mm: int
    inner_m: float
    outer_m: float


#: DN of each NPS (inches) that Chinese and ISO practice use (GB/T 1047).
_DN_OF_NPS: dict[float, int] = {
    0.5: 15,
    0.75: 20,
    1.0: 25,
    1.25: 32,
    1.5: 40,
    2.0: 50,
    2.5: 65,
    3.0: 80,
    4.0: 100,
    5.0: 125,
    6.0: 150,
    8.0: 200,
    10.0: 250,
    12.0: 300,
    14.0: 350,
    16.0: 400,
    18.0: 450,
    20.0: 500,
    24.0: 600,
    28.0: 700,
    32.0: 800,
    36.0: 900,
    40.0: 1000,
    48.0: 1200,
}


def _standard_sizes() -> tuple[PipeSize, ...]:
    sizes = []
    for nps, dn in _DN_OF_NPS.items():
        _, inner, outer, _ = nearest_pipe(NPS=nps, schedule="STD")  # type: ignore[arg-type]  # fractional NPS are valid
        sizes.append(PipeSize(dn, float(inner), float(outer)))
    return tuple(sorted(sizes, key=lambda size: size.dn_mm))


#: Standard-wall steel pipe (ASME B36.10M "STD", from ``fluids``) by DN.
STANDARD_SIZES: tuple[PipeSize, ...] = _standard_sizes()
_SIZE_OF_DN: dict[int, PipeSize] = {size.dn_mm: size for size in STANDARD_SIZES}
_POSITION_OF_DN: dict[int, int] = {size.dn_mm: position for position, size in enumerate(STANDARD_SIZES)}


def size_of(diameter_mm: float) -> PipeSize:
    """The size a typed ``diameter_mm`` means: a standard DN, else that inner diameter."""
    size = _SIZE_OF_DN.get(round(diameter_mm))
    if size is not None and abs(size.dn_mm - diameter_mm) < 1e-9:
        return size
    inner = diameter_mm / 1000.0
    return PipeSize(round(diameter_mm), inner, inner + 0.02)


# -- design velocity -------------------------------------------------------------

#: Media carried in pipes that ParkFlow sizes (others: trucks, cables, no size).
SIZED_MEDIA: frozenset[Medium] = frozenset(spec.medium for spec in MEDIA if spec.pipe is not PipeSizing.NONE)
#: Media whose pipes lose heat (steam as condensate, hot water/heat as temperature).
INSULATED_MEDIA: frozenset[Medium] = frozenset(
    spec.medium for spec in MEDIA if spec.pipe in (PipeSizing.STEAM, PipeSizing.INSULATED_WATER)
)
#: Upper design velocity of water and hot water, m/s.
WATER_VELOCITY_M_S = 2.5
#: Steel pipe roughness, m (CJJ 34: steam 0.2 mm, water networks 0.5 mm).
STEAM_ROUGHNESS_M = 0.0002
WATER_ROUGHNESS_M = 0.0005


def design_velocity_m_s(medium: Medium, dn_mm: int, superheated: bool = False) -> float:
    """Upper design velocity of a pipe of size ``dn_mm`` (GB 50041 ranges, see module doc)."""
    if spec_of(medium).pipe is PipeSizing.STEAM:
        if dn_mm < 100:
            return 40.0 if superheated else 30.0
        if dn_mm <= 200:
            return 50.0 if superheated else 35.0
        return 60.0 if superheated else 40.0
    return WATER_VELOCITY_M_S


# -- steam pressure drop -----------------------------------------------------------


def steam_viscosity_pa_s(temperature_c: float) -> float:
    """Dynamic viscosity of low-pressure steam, Pa·s.

    A straight line through IAPWS 2008 values of steam near saturation
    (12.3 µPa·s at 100 °C, 16.2 at 200 °C, 20.2 at 300 °C, within 2 %); at
    the Reynolds numbers of steam mains (10⁵–10⁷) the friction factor
    hardly depends on it.
    """
    return (8.2 + 0.040 * temperature_c) * 1e-6


def steam_density_kg_m3(pressure_mpa: float, temperature_c: float | None) -> float:
    """Density of steam (IAPWS-IF97); at or below saturation: saturated vapour."""
    import seuif97

    if temperature_c is None or temperature_c <= saturation_temperature_c(pressure_mpa) + 1e-6:
        return 1.0 / float(seuif97.px2v(pressure_mpa, 1.0))
    return 1.0 / float(seuif97.pt2v(pressure_mpa, temperature_c))


def darcy_friction_factor(reynolds: float, relative_roughness: float) -> float:
    """Darcy friction factor by the Colebrook equation (``fluids``: Clamond's exact solution of it)."""
    if not reynolds > 0:
        return 0.0
    if reynolds < 2300.0:  # laminar (Hagen–Poiseuille); Colebrook holds for turbulent flow
        return 64.0 / reynolds
    return float(Clamond(reynolds, relative_roughness))


def liquid_pressure_drop_pa(
    mass_flow_kg_s: float,
    inner_m: float,
    length_m: float,
    density: float,
    viscosity: float,
    roughness_m: float,
) -> float:
    """Darcy–Weisbach pressure drop of an incompressible flow: f L/D ρ v²/2."""
    velocity = mass_flow_kg_s / density / (math.pi * inner_m**2 / 4.0)
    reynolds = density * velocity * inner_m / viscosity
    friction = darcy_friction_factor(reynolds, roughness_m / inner_m)
    return friction * length_m / inner_m * density * velocity**2 / 2.0


def isothermal_outlet_pa(
    inlet_pa: float, density: float, friction: float, length_m: float, inner_m: float, mass_kg_s: float
) -> float:
    """Outlet pressure of isothermal compressible pipe flow, Pa (0 when the flow chokes).

    Solves p₁² − p₂² = G² (p₁/ρ₁) [f L/D + 2 ln(p₁/p₂)], the integrated
    Darcy–Weisbach equation of a gas at constant temperature (the equation
    ``fluids.compressible.isothermal_gas`` implements; its closed form for
    p₂ fails close to the choke point, so the root is bracketed here: the
    right side is largest at p₂* = G √(p₁/ρ₁), the isothermal choke).
    """
    area = math.pi * inner_m**2 / 4.0
    flux = mass_kg_s / area
    rt = inlet_pa / density
    resistance = friction * length_m / inner_m

    def excess(outlet_pa: float) -> float:
        return inlet_pa**2 - outlet_pa**2 - flux**2 * rt * (resistance + 2.0 * math.log(inlet_pa / outlet_pa))

    choke = flux * math.sqrt(rt)
    if choke == 0.0:  # a flow too small for its square to be a float (5e-324 t/h): no pressure drop
        return inlet_pa
    if choke >= inlet_pa or excess(choke) < 0:
        return 0.0
    if excess(inlet_pa) >= 0:
        return inlet_pa
    # far from the choke point the fixed point p₂ = √(p₁² − G²RT(fL/D + 2 ln p₁/p₂)) converges in
    # a few steps; near it, bracket the root
    outlet = inlet_pa
    for _ in range(8):
        square = inlet_pa**2 - flux**2 * rt * (resistance + 2.0 * math.log(inlet_pa / outlet))
        if square <= choke**2:
            break
        new_outlet = math.sqrt(square)
        if abs(new_outlet - outlet) < 1e-3:
            return new_outlet
        outlet = new_outlet
    return float(brenth(excess, choke, inlet_pa, xtol=1e-3))


@lru_cache(maxsize=65536)
def steam_outlet_pressure_mpa(
    flow_t_h: float, inlet_mpa: float, temperature_c: float | None, inner_m: float, length_km: float
) -> float:
    """Pressure at the far end of a steam line, MPa (0 when the line cannot carry the flow).

    Darcy–Weisbach with the Colebrook friction factor at the inlet state, in
    the isothermal compressible form (:func:`isothermal_outlet_pa`).
    """
    if flow_t_h <= 0 or length_km <= 0:
        return inlet_mpa
    mass = flow_t_h * 1000.0 / 3600.0
    density = steam_density_kg_m3(inlet_mpa, temperature_c)
    temperature = temperature_c if temperature_c is not None else saturation_temperature_c(inlet_mpa)
    area = math.pi * inner_m**2 / 4.0
    reynolds = mass / area * inner_m / steam_viscosity_pa_s(temperature)
    friction = darcy_friction_factor(reynolds, STEAM_ROUGHNESS_M / inner_m)
    outlet_pa = isothermal_outlet_pa(inlet_mpa * 1e6, density, friction, length_km * 1000.0, inner_m, mass)
    return max(0.0, outlet_pa / 1e6)


# -- heat loss --------------------------------------------------------------------

#: GB/T 4272 limits of heat loss of insulated surfaces in year-round operation,
#: W/m² of outer surface, by the medium's temperature in °C.
HEAT_LOSS_LIMIT_W_M2: tuple[tuple[float, float], ...] = (
    (50.0, 52.0),
    (100.0, 84.0),
    (150.0, 104.0),
    (200.0, 126.0),
    (250.0, 147.0),
    (300.0, 167.0),
    (350.0, 188.0),
    (400.0, 204.0),
    (450.0, 220.0),
    (500.0, 236.0),
    (550.0, 251.0),
    (600.0, 266.0),
)
AMBIENT_C = 20.0
WIND_M_S = 3.0
CLADDING_EMISSIVITY = 0.2
#: Air at 20 °C: thermal conductivity W/(m·K), kinematic viscosity m²/s, Prandtl number.
_AIR_K, _AIR_NU, _AIR_PR = 0.0259, 1.51e-5, 0.71
_STEFAN_BOLTZMANN = 5.670374419e-8


def heat_loss_limit_w_m2(temperature_c: float) -> float:
    """GB/T 4272 year-round heat-loss limit at ``temperature_c``, linear between table rows."""
    temps = [t for t, _ in HEAT_LOSS_LIMIT_W_M2]
    limits = [q for _, q in HEAT_LOSS_LIMIT_W_M2]
    if temperature_c <= temps[0]:
        return limits[0]
    if temperature_c >= temps[-1]:
        return limits[-1]
    upper = bisect.bisect_left(temps, temperature_c)
    t0, t1, q0, q1 = temps[upper - 1], temps[upper], limits[upper - 1], limits[upper]
    return q0 + (q1 - q0) * (temperature_c - t0) / (t1 - t0)


def rock_wool_conductivity(mean_temperature_c: float) -> float:
    """λ of rock-wool pipe sections, W/(m·K) = 0.0314 + 0.00018 t_m (GB 50264 material table)."""
    return 0.0314 + 0.00018 * mean_temperature_c


def surface_coefficient_w_m2k(outer_m: float, surface_c: float) -> float:
    """Convection (``ht``, wind across a cylinder) plus radiation from the cladding."""
    reynolds = WIND_M_S * outer_m / _AIR_NU
    nusselt = float(ht.Nu_external_cylinder(reynolds, _AIR_PR))
    convection = nusselt * _AIR_K / outer_m
    surface_k, air_k = surface_c + 273.15, AMBIENT_C + 273.15
    if abs(surface_k - air_k) < 1e-6:
        radiation = 4.0 * CLADDING_EMISSIVITY * _STEFAN_BOLTZMANN * air_k**3
    else:
        radiation = CLADDING_EMISSIVITY * _STEFAN_BOLTZMANN * (surface_k**4 - air_k**4) / (surface_k - air_k)
    return convection + radiation


def insulated_heat_loss_w_per_m(
    temperature_c: float,
    layers: list[tuple[float, float, float]],
    outside_w_m2k: float,
    inside_w_m2k: float | None = None,
    ambient_c: float = AMBIENT_C,
) -> float:
    """Heat lost per metre of pipe through cylindrical layers in series, W/m.

    ``layers`` are (inner diameter m, outer diameter m, λ W/(m·K)) from the
    inside out, each a conduction resistance ``ht.R_cylinder``; the film
    resistances are 1/(h π D) at the innermost and outermost surfaces.
    """
    resistance = sum(float(ht.R_cylinder(inner, outer, k, 1.0)) for inner, outer, k in layers)
    if inside_w_m2k is not None:
        resistance += 1.0 / (inside_w_m2k * math.pi * layers[0][0])
    resistance += 1.0 / (outside_w_m2k * math.pi * layers[-1][1])
    return (temperature_c - ambient_c) / resistance


@dataclass(frozen=True, slots=True)
class Insulation:
    """The insulation a pipe of one size at one temperature gets, and what it still loses."""

    thickness_mm: int
    loss_w_per_m: float
    surface_c: float


@lru_cache(maxsize=4096)
def standard_insulation(outer_m: float, temperature_c: float) -> Insulation:
    """The thinnest rock-wool layer (10 mm steps) that meets the GB/T 4272 limit."""
    limit = heat_loss_limit_w_m2(temperature_c)
    result = Insulation(0, 0.0, temperature_c)
    for thickness_mm in range(30, 410, 10):
        jacket = outer_m + 2.0 * thickness_mm / 1000.0
        surface = AMBIENT_C + 5.0
        for _ in range(30):  # surface temperature: fixed point of the film balance
            conductivity = rock_wool_conductivity((temperature_c + surface) / 2.0)
            coefficient = surface_coefficient_w_m2k(jacket, surface)
            loss = insulated_heat_loss_w_per_m(temperature_c, [(outer_m, jacket, conductivity)], coefficient)
            new_surface = AMBIENT_C + loss / (coefficient * math.pi * jacket)
            if abs(new_surface - surface) < 1e-4:
                break
            surface = new_surface
        result = Insulation(thickness_mm, loss, surface)
        if loss / (math.pi * jacket) <= limit:
            break
    return result


# -- costs ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PipeCost:
    medium: Medium
    dn_mm: int | None
    cny_per_km: float
    year: int
    source: str


def _costs_path() -> Path:
    """``resources/pipe_costs.csv`` in a source tree, else the installed package data."""
    local = Path(__file__).resolve().parents[2] / "resources" / "pipe_costs.csv"
    if local.is_file():
        return local
    return Path(str(resources.files("parkflow.resources") / "pipe_costs.csv"))


def _read_costs() -> dict[Medium, list[PipeCost]]:
    table: dict[Medium, list[PipeCost]] = {}
    with _costs_path().open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            medium = Medium(row["medium"])
            dn = int(row["dn_mm"]) if row["dn_mm"] else None
            table.setdefault(medium, []).append(
                PipeCost(medium, dn, float(row["cny_per_km"]), int(row["year"]), row["source"])
            )
    for costs in table.values():
        costs.sort(key=lambda cost: cost.dn_mm or 0)
    return table


@lru_cache(maxsize=1)
def pipe_costs() -> dict[Medium, list[PipeCost]]:
    """The cost table, medium → rows sorted by DN (``resources/pipe_costs.csv``)."""
    return _read_costs()


def cost_per_km(medium: Medium, dn_mm: int | None) -> PipeCost | None:
    """Cost per km of a pipe of ``medium`` and size: the row of the next DN up (or the flat row)."""
    rows = pipe_costs().get(medium, [])
    if not rows:
        return None
    if dn_mm is None or rows[0].dn_mm is None:
        return rows[0]
    for row in rows:
        if row.dn_mm is not None and row.dn_mm >= dn_mm:
            return row
    return rows[-1]


# -- one link ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LinkPipe:
    """What a link's pipe is: typed values, or computed ones (``*_computed`` True).

    ``inlet_mpa`` / ``outlet_mpa`` are the steam pressures at both ends at the
    design flow (None for other media); ``refusal`` says why the line cannot
    deliver its sink's pressure (None when it can).
    """

    distance_km: float
    distance_computed: bool
    diameter_mm: float | None
    diameter_computed: bool
    loss_pct: float
    loss_computed: bool
    capex_cny: float | None
    capex_computed: bool
    design_flow: float
    inlet_mpa: float | None = None
    outlet_mpa: float | None = None
    insulation_mm: int | None = None
    refusal: str | None = None


def straight_distance_km(first: Enterprise | None, second: Enterprise | None) -> float | None:
    """Straight-line distance between two enterprises' positions, km (None without positions)."""
    if first is None or second is None:
        return None
    if None in (first.x_km, first.y_km, second.x_km, second.y_km):
        return None
    assert first.x_km is not None and first.y_km is not None
    assert second.x_km is not None and second.y_km is not None
    return math.hypot(first.x_km - second.x_km, first.y_km - second.y_km)


def route_length_km(park: Park, source: Stream, sink: Stream) -> float:
    """Computed length: straight distance × the park's routing factor; 0 without positions."""
    straight = straight_distance_km(
        park.enterprises.get(source.enterprise), park.enterprises.get(sink.enterprise)
    )
    factor = park.pipe_routing_factor
    if straight is None or not isinstance(factor, int | float) or not math.isfinite(factor):
        return 0.0
    return straight * factor


def length_rule(park: Park) -> str:
    """The rule of a computed length, for tooltips and notes."""
    return (
        f"straight distance between the two enterprises × routing factor {park.pipe_routing_factor:g} "
        "(type a number to override)"
    )


def _canonical_amount(park: Park, stream: Stream) -> float:
    try:
        return float(to_canonical(stream.amount, stream.unit, stream.medium, park.hours_per_year))
    except Exception:  # an invalid unit is the validator's to report
        return 0.0


def _water_mass_t_h(medium: Medium, supply: float | None, target: float | None, flow: float) -> float:
    """Water mass flow, t/h, of ``flow`` canonical units of a hot-water or heat stream."""
    if spec_of(medium).heat_duty is HeatDuty.AMOUNT:
        if supply is None or target is None or supply == target:
            return 0.0
        return flow * 3600.0 / (WATER_CP_KJ_PER_KG_K * abs(supply - target))
    return flow


@lru_cache(maxsize=16)
def _volume_limits_m3_s(medium: Medium, superheated: bool) -> tuple[float, ...]:
    """Largest volume flow of each standard size at its design velocity (rising with size)."""
    limits = [
        design_velocity_m_s(medium, size.dn_mm, superheated) * math.pi * size.inner_m**2 / 4.0
        for size in STANDARD_SIZES
    ]
    return tuple(max(limits[: position + 1]) for position in range(len(limits)))


def _smallest_size(medium: Medium, flow_t_h: float, density: float, superheated: bool = False) -> PipeSize:
    volume_m3_s = flow_t_h * 1000.0 / 3600.0 / density
    position = bisect.bisect_left(_volume_limits_m3_s(medium, superheated), volume_m3_s)
    return STANDARD_SIZES[min(position, len(STANDARD_SIZES) - 1)]


def _fmt_mpa(value: float) -> str:
    return f"{value:.2f}"


def _steam_refusal(
    link_id: str,
    flow: float,
    size: PipeSize,
    length: float,
    inlet: float,
    outlet: float,
    minimum: float,
    sink_mpa: float,
    tolerance_pct: float,
    typed: bool,
) -> str:
    """The sentence that refuses a steam line: link, flow, size, length and both pressures."""
    falls = (
        f"at {flow:g} t/h through DN{size.dn_mm} over {length:.3g} km the pressure falls from "
        f"{_fmt_mpa(inlet)} to below {_fmt_mpa(minimum)} MPa "
        f"({f'{outlet:.3f} MPa' if outlet > 0 else 'the line chokes'}), the least the "
        f"{sink_mpa:g} MPa sink accepts ({tolerance_pct:g} % tolerance)"
    )
    if typed:
        return f"link {link_id}: {falls}; choose a larger diameter_mm, a shorter route or less capacity"
    return (
        f"link {link_id}: no standard size up to DN{STANDARD_SIZES[-1].dn_mm} holds the sink's pressure: "
        f"{falls}"
    )


def link_pipe(park: Park, link: Link, source: Stream, sink: Stream) -> LinkPipe:
    """The link's pipe with blanks computed (see the module doc for the rules)."""
    distance_computed = link.distance_km is None
    length = route_length_km(park, source, sink) if distance_computed else float(link.distance_km or 0.0)
    length = length if math.isfinite(length) and length > 0 else 0.0  # bad numbers: the validator's to report
    design_flow = float(link.capacity) if link.capacity is not None else _canonical_amount(park, source)
    design_flow = max(design_flow, 0.0) if math.isfinite(design_flow) else 0.0
    tolerance = park.steam_pressure_tolerance_pct
    tolerance = tolerance if isinstance(tolerance, int | float) and 0 <= tolerance < 100 else 5.0
    pipe = _computed_pipe(
        source.medium,
        source.pressure_mpa,
        source.temperature_c,
        source.target_temperature_c,
        sink.medium,
        sink.pressure_mpa,
        length,
        distance_computed,
        design_flow,
        float(tolerance),
        link.diameter_mm,
        link.loss_pct,
        link.capex_cny,
        link.status,
    )
    if pipe.refusal is not None:
        return dataclasses.replace(pipe, refusal=pipe.refusal.replace(_LINK_ID, link.id))
    return pipe


#: Stands for the link's id in a cached refusal (the physics does not depend on the id).
_LINK_ID = "\x00link\x00"


@lru_cache(maxsize=131072)
def _computed_pipe(
    medium: Medium,
    source_mpa: float | None,
    source_c: float | None,
    source_target_c: float | None,
    sink_medium: Medium,
    sink_mpa: float | None,
    length: float,
    distance_computed: bool,
    design_flow: float,
    tolerance: float,
    typed_diameter_mm: float | None,
    typed_loss_pct: float | None,
    typed_capex_cny: float | None,
    status: LinkStatus,
) -> LinkPipe:
    """The physics of :func:`link_pipe`, cached on everything it depends on."""
    typed_size = typed_diameter_mm is not None and math.isfinite(typed_diameter_mm) and typed_diameter_mm > 0
    size: PipeSize | None = size_of(float(typed_diameter_mm)) if typed_size and typed_diameter_mm else None
    if (
        spec_of(medium).pipe is PipeSizing.STEAM
        and source_mpa is not None
        and math.isfinite(source_mpa)
        and design_flow > 0
    ):
        line = _steam_line(
            float(source_mpa),
            source_c,
            sink_medium,
            sink_mpa,
            length,
            design_flow,
            tolerance,
            size,
            typed_size,
            typed_loss_pct,
        )
    elif medium in SIZED_MEDIA and design_flow > 0:
        line = _water_line(medium, source_c, source_target_c, length, design_flow, size, typed_loss_pct)
    else:
        line = _Line(size)
    size = line.size
    diameter = (
        float(typed_diameter_mm)
        if typed_size and typed_diameter_mm
        else (float(size.dn_mm) if size is not None else None)
    )
    loss_computed = typed_loss_pct is None
    loss = float(typed_loss_pct or 0.0) if not loss_computed else round(min(99.0, 100.0 * line.heat_share), 3)
    capex_computed = typed_capex_cny is None and status is LinkStatus.CANDIDATE
    capex: float | None = typed_capex_cny
    if capex_computed:
        cost = cost_per_km(medium, int(diameter) if diameter is not None else None)
        capex = round(cost.cny_per_km * length, -3) if cost is not None else None
    return LinkPipe(
        distance_km=length,
        distance_computed=distance_computed,
        diameter_mm=diameter,
        diameter_computed=not typed_size and diameter is not None,
        loss_pct=loss,
        loss_computed=loss_computed,
        capex_cny=capex,
        capex_computed=capex_computed and capex is not None,
        design_flow=design_flow,
        inlet_mpa=line.inlet_mpa,
        outlet_mpa=line.outlet_mpa,
        insulation_mm=line.insulation_mm,
        refusal=line.refusal,
    )


@dataclass(frozen=True, slots=True)
class _Line:
    """What the physics of one medium gives a pipe: its size, pressures, refusal and heat loss."""

    size: PipeSize | None
    inlet_mpa: float | None = None
    outlet_mpa: float | None = None
    refusal: str | None = None
    heat_share: float = 0.0
    insulation_mm: int | None = None


def _steam_line(
    inlet: float,
    source_c: float | None,
    sink_medium: Medium,
    sink_mpa: float | None,
    length: float,
    design_flow: float,
    tolerance: float,
    size: PipeSize | None,
    typed_size: bool,
    typed_loss_pct: float | None,
) -> _Line:
    """A steam line: the smallest size that holds the sink's pressure, the outlet pressure, the heat lost."""
    try:
        density = steam_density_kg_m3(inlet, source_c)
        superheated = source_c is not None and source_c > saturation_temperature_c(inlet) + 1.0
    except PhysicsError:
        density, superheated = 0.0, False
    if density <= 0:
        return _Line(size, inlet_mpa=inlet)
    minimum = None
    if sink_mpa is not None and spec_of(sink_medium).pipe is PipeSizing.STEAM:
        minimum = float(sink_mpa) * (1.0 - tolerance / 100.0)
    if size is None:
        size = _smallest_size(Medium.STEAM, design_flow, density, superheated)
        if minimum is not None:
            position = _POSITION_OF_DN.get(size.dn_mm, 0)
            for candidate in STANDARD_SIZES[position:]:
                size = candidate
                if steam_outlet_pressure_mpa(design_flow, inlet, source_c, size.inner_m, length) >= minimum:
                    break
    outlet = steam_outlet_pressure_mpa(design_flow, inlet, source_c, size.inner_m, length)
    refusal = None
    if minimum is not None and outlet < minimum - 1e-9:
        assert sink_mpa is not None
        refusal = _steam_refusal(
            _LINK_ID,
            design_flow,
            size,
            length,
            inlet,
            outlet,
            minimum,
            float(sink_mpa),
            tolerance,
            typed_size,
        )
    if typed_loss_pct is not None:
        return _Line(size, inlet, outlet, refusal)
    temperature = source_c if source_c is not None else saturation_temperature_c(inlet)
    insulation = standard_insulation(size.outer_m, round(temperature, 1))
    try:
        latent = steam_enthalpy_kj_per_kg(inlet, source_c) - liquid_enthalpy_kj_per_kg(
            saturation_temperature_c(inlet)
        )
    except PhysicsError:
        latent = 0.0
    carried_w = design_flow * 1000.0 / 3600.0 * latent * 1000.0
    heat_share = insulation.loss_w_per_m * length * 1000.0 / carried_w if carried_w > 0 else 0.0
    return _Line(size, inlet, outlet, refusal, heat_share, insulation.thickness_mm)


def _water_line(
    medium: Medium,
    source_c: float | None,
    source_target_c: float | None,
    length: float,
    design_flow: float,
    size: PipeSize | None,
    typed_loss_pct: float | None,
) -> _Line:
    """A water, hot-water or other sized line: the smallest size for the flow, the heat a hot line loses."""
    mass_t_h = (
        _water_mass_t_h(medium, source_c, source_target_c, design_flow)
        if medium in INSULATED_MEDIA
        else design_flow
    )
    if size is None and mass_t_h > 0:
        size = _smallest_size(medium, mass_t_h, 1000.0)
    if typed_loss_pct is not None or medium not in INSULATED_MEDIA or size is None or source_c is None:
        return _Line(size)
    supply, target = source_c, source_target_c
    if target is None or not (supply > target and supply > AMBIENT_C):
        return _Line(size)
    insulation = standard_insulation(size.outer_m, round(supply, 1))
    duty_w = mass_t_h * 1000.0 / 3600.0 * WATER_CP_KJ_PER_KG_K * 1000.0 * (supply - target)
    heat_share = insulation.loss_w_per_m * length * 1000.0 / duty_w if duty_w > 0 else 0.0
    return _Line(size, heat_share=heat_share, insulation_mm=insulation.thickness_mm)


def link_pipes(park: Park) -> dict[str, LinkPipe]:
    """:func:`link_pipe` of every link whose two streams exist."""
    pipes: dict[str, LinkPipe] = {}
    for link in park.links.values():
        source, sink = park.streams.get(link.source), park.streams.get(link.sink)
        if source is not None and sink is not None:
            pipes[link.id] = link_pipe(park, link, source, sink)
    return pipes
