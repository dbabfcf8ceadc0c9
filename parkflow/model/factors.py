"""The factor library: every accounting factor with its value, unit, year and source.

The numbers live in ``resources/factors.csv`` (each row with its source), never in code.
This module reads them, picks the park's region and year, applies the park's
overrides and combines factors into *profiles*: the entries a utility or
disposal may name in its ``factor`` column (gas-boiler steam, grid
electricity, SMR hydrogen, fresh water, cooling tower, flare, wastewater
plant, …).  A profile turns one canonical unit of its medium into CO2, COD,
cost, energy (tce), natural gas and fresh water, from the physics in
:mod:`parkflow.model.physics`.

Typical use::

    library = FactorLibrary.load().for_park(park)
    library.get("electricity.co2")            # Zhejiang, newest year
    utility = library.fill_defaults(utility)  # blank numbers from its factor

Importing this module tells the validator which ``factor`` names exist
(:func:`parkflow.model.validate.register_factor_names`).
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from parkflow.model import physics
from parkflow.model.entities import (
    AIR_POLLUTANTS,
    Disposal,
    ElectricityTceBasis,
    Medium,
    Park,
    Stream,
    Utility,
)
from parkflow.model.media import EnergyBasis, spec_of
from parkflow.model.units import UnitError, per_unit_factor
from parkflow.model.validate import register_factor_names

#: Library key of each electricity tce basis (GB/T 2589: 当量值 and 等价值).
ELECTRICITY_BASIS_KEYS: dict[ElectricityTceBasis, str] = {
    ElectricityTceBasis.CALORIFIC: "electricity.kgce_energy_content",
    ElectricityTceBasis.GENERATION: "electricity.kgce_supply_coal_rate",
}
#: Region used when neither the caller nor the park chooses one (docs/design.md, "The park").
DEFAULT_REGION = "zhejiang"
#: Columns of the library file, in order.
COLUMNS = (
    "key",
    "value",
    "unit",
    "year",
    "region",
    "kind",
    "medium",
    "label_en",
    "label_zh",
    "source",
    "note",
)
#: Region spellings users type, mapped to the library's region names.
REGION_ALIASES = {
    "zhejiang": "zhejiang",
    "浙江": "zhejiang",
    "浙江省": "zhejiang",
    "east_china": "east_china",
    "east china": "east_china",
    "华东": "east_china",
    "eastchina": "east_china",
    "national": "national",
    "china": "national",
    "全国": "national",
    "carbon_market": "carbon_market",
    "carbon market": "carbon_market",
    "碳市场": "carbon_market",
}
#: Other names users write in a ``factor`` cell, mapped to profile names.
PROFILE_ALIASES = {
    "gas_boiler_steam": "steam_gas_boiler",
    "smr_hydrogen": "hydrogen_smr",
    "coal_hydrogen": "hydrogen_coal",
    "grid_power": "grid_electricity",
    "wastewater_treatment": "wastewater_plant",
    "natural_gas": "natural_gas_fuel",
}
#: Reference steam for the library's own gas-boiler-steam value: saturated
#: at 1.0 MPa (the IAPWS-IF97 check value ``steam.check_h_sat_1mpa``, h = 2777.1 kJ/kg).
REFERENCE_STEAM_PRESSURE_MPA = 1.0

Row = TypeVar("Row", Utility, Disposal)


class FactorError(ValueError):
    """A factor that does not exist, or a profile used with the wrong medium."""


@dataclass(frozen=True, slots=True)
class Factor:
    """One entry of the library, resolved for a region and year."""

    key: str
    value: float
    unit: str
    year: int | None = None
    region: str = ""
    source: str = ""
    note: str = ""
    label_en: str = ""
    label_zh: str = ""
    kind: str = "factor"
    medium: str = ""
    overridden: bool = False

    @property
    def uncertain(self) -> bool:
        """True when the note carries the ⚠ mark (value not checked against the standard)."""
        return "⚠" in self.note


@dataclass(frozen=True, slots=True)
class ProfileValues:
    """What one canonical unit of a utility's or disposal's medium costs the park.

    All values are per canonical amount (t for t/h, MWh for MW, Nm³ for
    Nm³/h).  ``None`` means "no default": cost when ParkFlow ships no price.
    """

    name: str
    medium: Medium
    co2_t: float = 0.0
    cod_t: float = 0.0
    cost_cny: float | None = None
    energy_tce: float = 0.0
    natural_gas_nm3: float = 0.0
    fresh_water_t: float = 0.0
    method: str = ""
    factor_keys: tuple[str, ...] = ()
    #: Emission scope of its CO2 (1 inside the park, 2 purchased energy, 3 upstream).
    scope: int = 1
    #: Ammonia nitrogen (t) per unit, like ``cod_t``.
    nh3n_t: float = 0.0
    #: Air pollutants (t) per unit.
    nox_t: float = 0.0
    so2_t: float = 0.0
    pm_t: float = 0.0
    vocs_t: float = 0.0


#: Air-pollutant fields of :class:`ProfileValues` and the typed column that wins over each.
AIR_FIELDS: tuple[tuple[str, str], ...] = tuple(
    (f"{pollutant.key}_t", pollutant.per_unit) for pollutant in AIR_POLLUTANTS
)


def _resource_path() -> Path:
    """``resources/factors.csv`` in a source tree, else the installed package data."""
    local = Path(__file__).resolve().parents[2] / "resources" / "factors.csv"
    if local.exists():
        return local
    from importlib.resources import files

    return Path(str(files("parkflow.resources") / "factors.csv"))


def normalise_region(region: str | None) -> str | None:
    """Library region name for what a user typed (``"East China"`` → ``east_china``)."""
    if region is None or not str(region).strip():
        return None
    text = str(region).strip().lower()
    return REGION_ALIASES.get(text, text.replace(" ", "_").replace("-", "_"))


def normalise_profile_name(name: str) -> str:
    """Profile name for a ``factor`` cell (case, spaces and hyphens ignored; aliases)."""
    text = str(name).strip().lower().replace("-", "_").replace(" ", "_")
    return PROFILE_ALIASES.get(text, text)


def _parse_rows(path: Path) -> list[Factor]:
    rows: list[Factor] = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise FactorError(f"{path}: the factor library lacks columns {', '.join(missing)}")
        for line, record in enumerate(reader, start=2):
            text = (record["value"] or "").strip()
            try:
                value = float(text) if text else math.nan
            except ValueError as exc:
                raise FactorError(f"{path}:{line}:value: {text!r} is not a number") from exc
            year_text = (record["year"] or "").strip()
            rows.append(
                Factor(
                    key=record["key"].strip(),
                    value=value,
                    unit=record["unit"].strip(),
                    year=int(year_text) if year_text else None,
                    region=normalise_region(record["region"]) or "",
                    source=record["source"].strip(),
                    note=record["note"].strip(),
                    label_en=record["label_en"].strip(),
                    label_zh=record["label_zh"].strip(),
                    kind=record["kind"].strip() or "factor",
                    medium=record["medium"].strip(),
                )
            )
    return rows


@lru_cache(maxsize=8)
def _load_rows(path: str) -> tuple[Factor, ...]:
    return tuple(_parse_rows(Path(path)))


@dataclass
class FactorLibrary:
    """The factor library for one region, year and set of overrides.

    ``get`` resolves a key; ``profile`` evaluates a utility or disposal
    factor; every factor resolved is remembered in ``used`` so that reports
    list exactly the factors behind their figures.
    """

    rows: tuple[Factor, ...]
    region: str = DEFAULT_REGION
    year: int | None = None
    overrides: dict[str, float] = field(default_factory=dict)
    path: Path | None = None
    used: dict[str, Factor] = field(default_factory=dict)
    #: Which kgce per kWh ``electricity.kgce_per_kwh`` stands for (unless overridden).
    electricity_basis: ElectricityTceBasis = ElectricityTceBasis.CALORIFIC

    def __post_init__(self) -> None:
        self._by_key: dict[str, list[Factor]] = {}
        for row in self.rows:
            self._by_key.setdefault(row.key, []).append(row)
        self.region = normalise_region(self.region) or DEFAULT_REGION

    # -- loading ---------------------------------------------------------
    @classmethod
    def load(cls, path: Path | str | None = None) -> FactorLibrary:
        """Read the library file (default ``resources/factors.csv``)."""
        source = Path(path) if path is not None else _resource_path()
        if not source.exists():
            raise FactorError(f"factor library {source} not found; reinstall ParkFlow")
        return cls(rows=_load_rows(str(source.resolve())), path=source)

    def for_park(self, park: Park) -> FactorLibrary:
        """This library with the park's region, year and overrides applied.

        ``park.factor_overrides`` maps library keys to values; unknown keys
        are kept and reported by :meth:`unknown_overrides`.
        """
        overrides = {str(k): float(v) for k, v in (getattr(park, "factor_overrides", None) or {}).items()}
        return FactorLibrary(
            rows=self.rows,
            region=normalise_region(getattr(park, "factor_region", None)) or DEFAULT_REGION,
            year=getattr(park, "factor_year", None),
            overrides=overrides,
            path=self.path,
            electricity_basis=ElectricityTceBasis(
                getattr(park, "electricity_tce_basis", ElectricityTceBasis.CALORIFIC)
            ),
        )

    def electricity_kgce_per_kwh(self, basis: ElectricityTceBasis) -> float:
        """kgce per kWh of electricity on ``basis`` (the library's values, overrides applied)."""
        return self.value(ELECTRICITY_BASIS_KEYS[basis])

    def with_overrides(self, overrides: dict[str, float]) -> FactorLibrary:
        """A copy with more overrides (later ones win)."""
        return FactorLibrary(
            self.rows,
            self.region,
            self.year,
            {**self.overrides, **overrides},
            self.path,
            electricity_basis=self.electricity_basis,
        )

    def with_electricity_basis(self, basis: ElectricityTceBasis) -> FactorLibrary:
        """A copy whose electricity tce conversion uses ``basis``."""
        return FactorLibrary(
            self.rows, self.region, self.year, dict(self.overrides), self.path, electricity_basis=basis
        )

    # -- look-up ---------------------------------------------------------
    def keys(self) -> list[str]:
        """Every key of the library, in file order."""
        return list(self._by_key)

    def regions(self, key: str = "electricity.co2") -> list[str]:
        """Regions for which ``key`` has values."""
        return sorted({row.region for row in self._by_key.get(key, [])})

    def years(self, key: str = "electricity.co2", region: str | None = None) -> list[int]:
        region_name = normalise_region(region) or self.region
        return sorted(
            row.year
            for row in self._by_key.get(key, [])
            if row.region == region_name and row.year is not None
        )

    def unknown_overrides(self) -> list[str]:
        """Override keys that name no library entry (shown by reports)."""
        return sorted(key for key in self.overrides if key not in self._by_key)

    def get(self, key: str, region: str | None = None, year: int | None = None) -> Factor:
        """The factor ``key`` for a region and year.

        Region defaults to the library's (Zhejiang unless the park chose
        another) and year to the newest available; a year the library does
        not have falls back to the newest earlier one (else the oldest) and
        says so in the note.  Park overrides replace the value and say so in
        the source.
        """
        factor = self._resolve(key, region, year)
        self.used.setdefault(_used_key(factor), factor)
        return factor

    def value(self, key: str, region: str | None = None, year: int | None = None) -> float:
        """Shorthand for ``get(key, region, year).value``."""
        return self.get(key, region, year).value

    def _resolve(self, key: str, region: str | None, year: int | None) -> Factor:
        candidates = self._by_key.get(key)
        if not candidates:
            raise FactorError(
                f"no factor {key!r} in the library; known keys include: {', '.join(self.keys()[:10])}"
            )
        regional = len({row.region for row in candidates}) > 1
        if regional:
            row = self._pick(key, candidates, region, year)
        elif len(candidates) == 1:
            row = candidates[0]  # one value, whatever year the park chose
        else:
            row = self._pick_year(candidates, year)
        if row.kind == "derived" or (row.kind == "profile" and math.isnan(row.value)):
            row = dataclasses.replace(row, value=self._derive(key))
        if key in self.overrides:
            row = dataclasses.replace(
                row,
                value=self.overrides[key],
                overridden=True,
                source=f"park override (library value {row.value:.6g} — {row.source})",
            )
        return row

    def _pick(self, key: str, candidates: list[Factor], region: str | None, year: int | None) -> Factor:
        region_name = normalise_region(region) or self.region
        in_region = [row for row in candidates if row.region == region_name]
        if not in_region:
            raise FactorError(
                f"factor {key!r} has no value for region {region_name!r}; "
                f"choose one of: {', '.join(sorted({row.region for row in candidates}))}"
            )
        return self._pick_year(in_region, year)

    def _pick_year(self, candidates: list[Factor], year: int | None) -> Factor:
        wanted = year if year is not None else self.year
        dated = [row for row in candidates if row.year is not None]
        if wanted is None or not dated:
            return max(candidates, key=lambda row: row.year or 0)
        exact = [row for row in dated if row.year == wanted]
        if exact:
            return exact[0]
        earlier = [row for row in dated if row.year is not None and row.year < wanted]
        chosen = (
            max(earlier, key=lambda row: row.year or 0)
            if earlier
            else min(dated, key=lambda row: row.year or 0)
        )
        return dataclasses.replace(
            chosen, note=f"{chosen.note}; year {wanted} not in the library, {chosen.year} used".lstrip("; ")
        )

    # -- derived factors -------------------------------------------------
    def _derive(self, key: str) -> float:
        derive = _DERIVED.get(key)
        if derive is not None:
            return derive(self)
        if key in _PROFILES:
            values = self.profile(key)
            return values.cod_t if key == "wastewater_plant" else values.co2_t
        raise FactorError(f"factor {key!r} has no value and no formula")

    # -- profiles (names a utility or disposal may give as `factor`) -------
    def profile_names(self) -> list[str]:
        """Names usable in a utility's or disposal's ``factor`` column."""
        return [key for key in self._by_key if key in _PROFILES]

    def profile(self, name: str, row: Utility | Disposal | Stream | None = None) -> ProfileValues:
        """Per-canonical-unit values of a profile, for ``row``'s medium and quality.

        Raises
        ------
        FactorError
            When the name is unknown, or the row's medium does not fit it.
        """
        profile_name = normalise_profile_name(name)
        if profile_name not in _PROFILES:
            raise FactorError(f"unknown factor {name!r}; use one of: {', '.join(self.profile_names())}")
        media, compute = _PROFILES[profile_name]
        medium = Medium(row.medium) if row is not None else media[0]
        if medium not in media:
            raise FactorError(
                f"factor {profile_name!r} is for {' or '.join(m.value for m in media)}, not {medium.value}"
            )
        values = dataclasses.replace(compute(self, medium, row), scope=_PROFILE_SCOPE.get(profile_name, 1))
        base = self._by_key[profile_name][0]
        if _used_key(base) not in self.used:
            # The library shows each profile at its reference state (row=None).
            reference = compute(self, media[0], None) if row is not None else values
            shown = reference.cod_t if profile_name == "wastewater_plant" else reference.co2_t
            self.used[_used_key(base)] = (
                dataclasses.replace(base, value=shown) if math.isnan(base.value) else base
            )
        return values

    def accounting_values(self, row: Utility | Disposal) -> ProfileValues:
        """What one canonical unit of ``row`` means for every KPI.

        Typed numbers (cost, CO2, COD per ``unit``) win; the named factor
        fills the rest; without a factor, energy, natural gas and fresh water
        come from the medium (:func:`medium_defaults`).
        """
        base: ProfileValues | None = None
        if row.factor:
            try:
                base = self.profile(row.factor, row)
            except FactorError:
                base = None
        if base is None:
            base = medium_defaults(self, row)
        try:
            per_unit = per_unit_factor(row.unit, row.medium)
        except UnitError:
            per_unit = 1.0

        def typed(value: float | None, default: float | None) -> float | None:
            return default if value is None else float(value) / per_unit

        air: dict[str, Any] = {
            name: typed(getattr(row, column), getattr(base, name)) or 0.0 for name, column in AIR_FIELDS
        }
        return dataclasses.replace(
            base,
            co2_t=typed(row.co2_t_per_unit, base.co2_t) or 0.0,
            cod_t=typed(row.cod_t_per_unit, base.cod_t) or 0.0,
            cost_cny=typed(row.cost_cny_per_unit, base.cost_cny),
            energy_tce=typed(row.energy_tce_per_unit, base.energy_tce) or 0.0,
            scope=default_scope(
                row, base if row.factor and base.name != f"({Medium(row.medium).value})" else None
            ),
            **air,
        )

    def burden_values(self, stream: Stream) -> ProfileValues | None:
        """The burden of one canonical unit of a source sent over links (None: no burden).

        Typed ``cost_cny_per_unit``, ``co2_t_per_unit`` and
        ``energy_tce_per_unit`` (per canonical unit) win; the named ``factor``
        fills the rest.  The burden is produced inside the park: scope 1.
        """
        if not stream.is_source:
            return None
        typed_any = any(
            value is not None
            for value in (
                stream.cost_cny_per_unit,
                stream.co2_t_per_unit,
                stream.energy_tce_per_unit,
                *(getattr(stream, column) for _, column in AIR_FIELDS),
            )
        )
        if not stream.factor and not typed_any:
            return None
        base = ProfileValues(f"({stream.medium.value})", stream.medium, method="typed values only")
        if stream.factor:
            with contextlib.suppress(FactorError):  # reported by factor_problems
                base = self.profile(stream.factor, stream)
        air: dict[str, Any] = {
            name: getattr(base, name) if getattr(stream, column) is None else float(getattr(stream, column))
            for name, column in AIR_FIELDS
        }
        return dataclasses.replace(
            base,
            co2_t=base.co2_t if stream.co2_t_per_unit is None else float(stream.co2_t_per_unit),
            cost_cny=base.cost_cny if stream.cost_cny_per_unit is None else float(stream.cost_cny_per_unit),
            energy_tce=base.energy_tce
            if stream.energy_tce_per_unit is None
            else float(stream.energy_tce_per_unit),
            cod_t=0.0,
            nh3n_t=0.0,
            fresh_water_t=0.0,
            scope=1,
            **air,
        )

    def fill_defaults(self, row: Row) -> Row:
        """A copy of ``row`` with blank cost/CO2/COD computed from its ``factor``.

        Numbers typed in the row always win; a row without a factor, or
        whose factor does not fit its medium, comes back unchanged.  Values
        are per the row's ``unit`` (blank: canonical).  A disposal with
        ``cod_removal_pct`` keeps COD blank: its COD comes from the source.
        """
        if not row.factor:
            return row
        try:
            values = self.profile(row.factor, row)
            per_unit = per_unit_factor(row.unit, row.medium)
        except (FactorError, UnitError):
            return row
        changes: dict[str, Any] = {}  # float values for dataclasses.replace
        if row.cost_cny_per_unit is None and values.cost_cny is not None:
            changes["cost_cny_per_unit"] = values.cost_cny * per_unit
        if row.co2_t_per_unit is None:
            changes["co2_t_per_unit"] = values.co2_t * per_unit
        removal = getattr(row, "cod_removal_pct", None)
        if row.cod_t_per_unit is None and removal is None:
            changes["cod_t_per_unit"] = values.cod_t * per_unit
        return dataclasses.replace(row, **changes) if changes else row

    def factor_problems(self, park: Park) -> list[str]:
        """Sentences about factors a park names but the library cannot apply."""
        problems: list[str] = []
        for kind, rows in (("utility", park.utilities), ("disposal", park.disposals)):
            for row in rows.values():
                if not row.factor:
                    continue
                try:
                    self.profile(row.factor, row)
                except FactorError as exc:
                    problems.append(f"{kind} {row.id}: {exc}")
        for stream in park.streams.values():
            if stream.factor and stream.is_source:
                try:
                    self.profile(stream.factor, stream)
                except FactorError as exc:
                    problems.append(f"stream {stream.id}: {exc}")
        for key in self.unknown_overrides():
            problems.append(f"factor override {key!r} names no library entry; it is ignored")
        return problems

    def electricity_convention(self) -> tuple[str, str]:
        """(English, Chinese) label of the electricity tce convention in use."""
        value = self.value("electricity.kgce_per_kwh")
        energy = self.value("electricity.kgce_energy_content")
        supply = self.value("electricity.kgce_supply_coal_rate")
        if math.isclose(value, supply, rel_tol=1e-9):
            return (f"supply coal rate (等价值), {value:g} kgce/kWh", f"等价值（供电煤耗）{value:g} kgce/kWh")
        if math.isclose(value, energy, rel_tol=1e-9):
            return (f"energy content (当量值), {value:g} kgce/kWh", f"当量值 {value:g} kgce/kWh")
        return (f"park's own value, {value:g} kgce/kWh", f"园区自定 {value:g} kgce/kWh")


def _used_key(factor: Factor) -> str:
    return f"{factor.key}|{factor.region}|{factor.year}"


# -- derived factor formulas ----------------------------------------------------
def _natural_gas_co2_kg_per_nm3(library: FactorLibrary) -> float:
    ncv_gj_per_nm3 = library.value("natural_gas.ncv") / 1e4
    return 1000.0 * physics.fuel_co2(
        ncv_gj_per_nm3, library.value("natural_gas.carbon_content"), library.value("natural_gas.oxidation")
    )


def _coal_co2_per_tce(library: FactorLibrary) -> float:
    return physics.fuel_co2(library.value("tce.gj"), library.value("coal.carbon_content"), 1.0)


def _natural_gas_kgce_per_nm3(library: FactorLibrary) -> float:
    return 1000.0 * physics.gj_to_tce(library.value("natural_gas.ncv") / 1e4, library.value("tce.gj"))


_DERIVED: dict[str, Callable[[FactorLibrary], float]] = {
    "natural_gas.co2": _natural_gas_co2_kg_per_nm3,
    "coal.co2_per_tce": _coal_co2_per_tce,
    "electricity.kgce_per_kwh": lambda library: library.value(
        ELECTRICITY_BASIS_KEYS[library.electricity_basis]
    ),
    "natural_gas.kgce_per_nm3": _natural_gas_kgce_per_nm3,
}


# -- profiles ---------------------------------------------------------------
def _natural_gas_values(library: FactorLibrary, nm3: float) -> tuple[float, float]:
    """(tCO2, tce) of burning ``nm3`` of natural gas."""
    co2_t = nm3 * library.value("natural_gas.co2") / 1000.0
    tce = nm3 * library.value("natural_gas.kgce_per_nm3") / 1000.0
    return co2_t, tce


def steam_heat_gj_per_t(
    library: FactorLibrary, pressure_mpa: float | None, temperature_c: float | None
) -> float:
    """Heat of one tonne of steam over 20 °C make-up water, GJ (IF97 enthalpy)."""
    if pressure_mpa is None and temperature_c is None:
        pressure_mpa = REFERENCE_STEAM_PRESSURE_MPA
    enthalpy = physics.steam_enthalpy_kj_per_kg(pressure_mpa, temperature_c)
    return physics.steam_heat_gj_per_t(enthalpy, library.value("heat.makeup_water_enthalpy"))


def _steam_state(row: Utility | Disposal | Stream | None) -> tuple[float | None, float | None, str]:
    pressure = getattr(row, "pressure_mpa", None)
    temperature = getattr(row, "temperature_c", None)
    if pressure is None and temperature is None:
        return (
            REFERENCE_STEAM_PRESSURE_MPA,
            None,
            "saturated steam at 1.0 MPa (no pressure or temperature given)",
        )
    described = ", ".join(
        part
        for part in (f"{pressure:g} MPa" if pressure else "", f"{temperature:g} °C" if temperature else "")
        if part
    )
    return pressure, temperature, f"steam at {described}"


#: Air pollutants a combustion profile emits at its emission limits, by the fuel's limit-key prefix.
_COMBUSTION_AIR: tuple[str, ...] = ("nox", "so2", "pm")


def _combustion_air(
    library: FactorLibrary, fuel: str, flue_gas_nm3: float
) -> tuple[dict[str, Any], tuple[str, ...], str]:
    """t of NOx, SO2 and PM per unit burning ``flue_gas_nm3`` Nm³ of dry flue gas at ``fuel``'s limits.

    Each pollutant leaves at its emission limit ``air_limit.<fuel>_<pollutant>`` (mg/Nm³ at the
    standard's reference O2): the most a compliant unit emits.  Returns the figures, the factor
    keys used and a sentence for the method column.
    """
    figures: dict[str, Any] = {}
    keys: list[str] = []
    for pollutant in _COMBUSTION_AIR:
        key = f"air_limit.{fuel}_{pollutant}"
        figures[f"{pollutant}_t"] = flue_gas_nm3 * library.value(key) * 1e-9  # mg → t
        keys.append(key)
    limits = ", ".join(f"{p.upper()} {library.value(f'air_limit.{fuel}_{p}'):g}" for p in _COMBUSTION_AIR)
    return figures, tuple(keys), f"; {flue_gas_nm3:.0f} Nm³ flue gas at the limits ({limits} mg/Nm³)"


def _steam_gas_boiler(
    library: FactorLibrary, medium: Medium, row: Utility | Disposal | Stream | None
) -> ProfileValues:
    pressure, temperature, described = _steam_state(row)
    heat_gj = steam_heat_gj_per_t(library, pressure, temperature)
    fuel_gj = physics.fuel_for_heat_gj(heat_gj, library.value("boiler.efficiency"))
    nm3 = fuel_gj / (library.value("natural_gas.ncv") / 1e4)
    co2_t, tce = _natural_gas_values(library, nm3)
    air, air_keys, air_method = _combustion_air(
        library, "gas_boiler", nm3 * library.value("flue_gas.natural_gas_nm3_per_nm3")
    )
    return ProfileValues(
        "steam_gas_boiler",
        medium,
        co2_t=co2_t,
        energy_tce=tce,
        natural_gas_nm3=nm3,
        method=(
            f"{described}: {heat_gj:.4f} GJ/t over 20 °C make-up ÷ boiler efficiency "
            f"{library.value('boiler.efficiency'):g} = {nm3:.2f} Nm³ gas/t → {co2_t:.4f} tCO2/t{air_method}"
        ),
        factor_keys=(
            "heat.makeup_water_enthalpy",
            "boiler.efficiency",
            "natural_gas.ncv",
            "natural_gas.co2",
            "natural_gas.kgce_per_nm3",
            "flue_gas.natural_gas_nm3_per_nm3",
            *air_keys,
        ),
        **air,
    )


def _grid_electricity(
    library: FactorLibrary, medium: Medium, row: Utility | Disposal | Stream | None
) -> ProfileValues:
    grid = library.get("electricity.co2")
    kgce = library.value("electricity.kgce_per_kwh")
    return ProfileValues(
        "grid_electricity",
        medium,
        co2_t=grid.value,
        energy_tce=kgce,  # kgce/kWh = tce/MWh
        method=f"{grid.value:g} tCO2/MWh ({grid.region} {grid.year}); {kgce:g} tce/MWh",
        factor_keys=("electricity.co2", "electricity.kgce_per_kwh"),
    )


def _hydrogen(
    kind: str,
) -> Callable[[FactorLibrary, Medium, Utility | Disposal | Stream | None], ProfileValues]:
    def compute(
        library: FactorLibrary, medium: Medium, row: Utility | Disposal | Stream | None
    ) -> ProfileValues:
        density = library.value("hydrogen.density")
        if kind == "smr":
            co2_t = library.value("hydrogen.smr_co2") * density / 1000.0
            nm3 = co2_t * 1000.0 / library.value("natural_gas.co2")
            _, tce = _natural_gas_values(library, nm3)
            return ProfileValues(
                "hydrogen_smr",
                medium,
                co2_t=co2_t,
                energy_tce=tce,
                natural_gas_nm3=nm3,
                method=f"{library.value('hydrogen.smr_co2'):g} kgCO2/kgH2 × {density:g} kg/Nm³; "
                f"{nm3:.3f} Nm³ natural gas per Nm³ H2 (all CO2 from gas)",
                factor_keys=(
                    "hydrogen.smr_co2",
                    "hydrogen.density",
                    "natural_gas.co2",
                    "natural_gas.kgce_per_nm3",
                ),
            )
        co2_t = library.value("hydrogen.coal_co2") * density / 1000.0
        tce = co2_t / library.value("coal.co2_per_tce")
        return ProfileValues(
            "hydrogen_coal",
            medium,
            co2_t=co2_t,
            energy_tce=tce,
            method=f"{library.value('hydrogen.coal_co2'):g} kgCO2/kgH2 × {density:g} kg/Nm³; coal tce = CO2 ÷ "
            f"{library.value('coal.co2_per_tce'):.3g} tCO2/tce",
            factor_keys=("hydrogen.coal_co2", "hydrogen.density", "coal.co2_per_tce"),
        )

    return compute


def _natural_gas_fuel(
    library: FactorLibrary, medium: Medium, row: Utility | Disposal | Stream | None
) -> ProfileValues:
    nm3 = 3.6 / (library.value("natural_gas.ncv") / 1e4)
    co2_t, tce = _natural_gas_values(library, nm3)
    return ProfileValues(
        "natural_gas_fuel",
        medium,
        co2_t=co2_t,
        energy_tce=tce,
        natural_gas_nm3=nm3,
        method=f"3.6 GJ/MWh ÷ NCV = {nm3:.2f} Nm³/MWh × natural-gas CO2",
        factor_keys=("natural_gas.ncv", "natural_gas.co2", "natural_gas.kgce_per_nm3"),
    )


def _purchased_heat(
    library: FactorLibrary, medium: Medium, row: Utility | Disposal | Stream | None
) -> ProfileValues:
    if medium is Medium.HEAT:
        heat_gj, described = 3.6, "3.6 GJ per MWh"
    elif medium is Medium.STEAM:
        pressure, temperature, described = _steam_state(row)
        heat_gj = steam_heat_gj_per_t(library, pressure, temperature)
    else:
        temperature = getattr(row, "temperature_c", None)
        if temperature is None:
            raise FactorError("factor 'purchased_heat' for hot water needs the utility's temperature_c")
        heat_gj = physics.hot_water_heat_gj_per_t(
            temperature, library.value("heat.makeup_water_temperature"), library.value("heat.water_cp")
        )
        described = f"hot water at {temperature:g} °C"
    co2_t = heat_gj * library.value("heat.purchased_co2")
    # One fuel basis for energy and CO2: the default factor stands for heat
    # raised from coal, so the energy is the coal whose CO2 that is.
    coal = library.value("coal.co2_per_tce")
    tce = co2_t / coal
    return ProfileValues(
        "purchased_heat",
        medium,
        co2_t=co2_t,
        energy_tce=tce,
        method=(
            f"{described}: {heat_gj:.4f} GJ × {library.value('heat.purchased_co2'):g} tCO2/GJ; "
            f"energy = that CO2 ÷ {coal:.3g} tCO2/tce of coal"
        ),
        factor_keys=("heat.purchased_co2", "coal.co2_per_tce", "heat.makeup_water_enthalpy"),
    )


def _chp_steam_coal(
    library: FactorLibrary, medium: Medium, row: Utility | Disposal | Stream | None
) -> ProfileValues:
    pressure, temperature, described = _steam_state(row)
    heat_gj = steam_heat_gj_per_t(library, pressure, temperature)
    efficiency = library.value("boiler.efficiency_coal")
    tce = physics.gj_to_tce(physics.fuel_for_heat_gj(heat_gj, efficiency), library.value("tce.gj"))
    coal = library.value("coal.co2_per_tce")
    co2_t = tce * coal
    flue_gas = tce * library.value("tce.gj") * library.value("flue_gas.coal_nm3_per_gj")
    air, air_keys, air_method = _combustion_air(library, "coal_chp", flue_gas)
    return ProfileValues(
        "chp_steam_coal",
        medium,
        co2_t=co2_t,
        energy_tce=tce,
        method=(
            f"{described}: {heat_gj:.4f} GJ/t over 20 °C make-up ÷ coal-boiler efficiency {efficiency:g} "
            f"= {tce:.4f} tce/t × {coal:.3g} tCO2/tce → {co2_t:.4f} tCO2/t{air_method}"
        ),
        factor_keys=(
            "heat.makeup_water_enthalpy",
            "boiler.efficiency_coal",
            "tce.gj",
            "coal.co2_per_tce",
            "flue_gas.coal_nm3_per_gj",
            *air_keys,
        ),
        **air,
    )


def _chp_steam_gas(
    library: FactorLibrary, medium: Medium, row: Utility | Disposal | Stream | None
) -> ProfileValues:
    values = _steam_gas_boiler(library, medium, row)
    return dataclasses.replace(values, name="chp_steam_gas")


def _zero(
    name: str, method: str
) -> Callable[[FactorLibrary, Medium, Utility | Disposal | Stream | None], ProfileValues]:
    def compute(
        library: FactorLibrary, medium: Medium, row: Utility | Disposal | Stream | None
    ) -> ProfileValues:
        if name == "fresh_water":
            return ProfileValues(name, medium, cost_cny=0.0, fresh_water_t=1.0, method=method)
        return ProfileValues(name, medium, method=method)

    return compute


def _wastewater_plant(
    library: FactorLibrary, medium: Medium, row: Utility | Disposal | Stream | None
) -> ProfileValues:
    limit = library.value("cod_limit.gb18918_1a")
    nh3n_limit = library.value("nh3n_limit.gb18918_1a")
    return ProfileValues(
        "wastewater_plant",
        medium,
        cod_t=limit * 1e-6,
        nh3n_t=nh3n_limit * 1e-6,
        method=(
            f"discharge at {limit:g} mg/L COD and {nh3n_limit:g} mg/L NH3-N (GB 18918 class 1A): "
            f"{limit * 1e-6:.2e} t COD and {nh3n_limit * 1e-6:.2e} t NH3-N per t"
        ),
        factor_keys=("cod_limit.gb18918_1a", "nh3n_limit.gb18918_1a"),
    )


def _flare(library: FactorLibrary, medium: Medium, row: Utility | Disposal | Stream | None) -> ProfileValues:
    """A flare: no CO2 for hydrogen (pilot gas not counted); NOx per GJ of heat released."""
    per_gj = library.value("flare.nox_kg_per_gj")
    if medium is Medium.HYDROGEN:
        purity = getattr(row, "purity_pct", None)
        gj = 10.79e-3 * (100.0 if purity is None else float(purity)) / 100.0  # GJ per Nm³ at its purity
        described = f"{gj * 1e3:.3g} MJ/Nm³ of hydrogen"
    else:
        gj, described = 3.6, "3.6 GJ per MWh of fuel"
    nox_t = gj * per_gj * 1e-3
    return ProfileValues(
        "flare",
        medium,
        nox_t=nox_t,
        method=(
            f"hydrogen burned: no CO2 counted; NOx {per_gj:g} kg/GJ × {described} = {nox_t:.3g} t per unit"
        ),
        factor_keys=("flare.nox_kg_per_gj",),
    )


_THERMAL = (Medium.HEAT, Medium.HOT_WATER, Medium.STEAM)
_PROFILES: dict[
    str,
    tuple[
        tuple[Medium, ...],
        Callable[[FactorLibrary, Medium, Utility | Disposal | Stream | None], ProfileValues],
    ],
] = {
    "steam_gas_boiler": ((Medium.STEAM,), _steam_gas_boiler),
    "chp_steam_coal": ((Medium.STEAM,), _chp_steam_coal),
    "chp_steam_gas": ((Medium.STEAM,), _chp_steam_gas),
    "grid_electricity": ((Medium.ELECTRICITY,), _grid_electricity),
    "hydrogen_smr": ((Medium.HYDROGEN,), _hydrogen("smr")),
    "hydrogen_coal": ((Medium.HYDROGEN,), _hydrogen("coal")),
    "natural_gas_fuel": ((Medium.FUEL,), _natural_gas_fuel),
    "purchased_heat": ((Medium.HEAT, Medium.HOT_WATER, Medium.STEAM), _purchased_heat),
    "fresh_water": (
        (Medium.WATER,),
        _zero("fresh_water", "fresh water counted in t; no CO2, no COD, cost 0 unless typed"),
    ),
    "cooling_tower": (
        _THERMAL + (Medium.WATER,),
        _zero("cooling_tower", "heat rejected: no CO2, no COD counted"),
    ),
    "flare": ((Medium.HYDROGEN, Medium.FUEL), _flare),
    "wastewater_plant": ((Medium.WATER,), _wastewater_plant),
}


#: Emission scope of each profile's CO2: purchased electricity and heat are
#: scope 2, purchased fresh water scope 3, fuel burned in the park scope 1.
_PROFILE_SCOPE: dict[str, int] = {
    "grid_electricity": 2,
    "purchased_heat": 2,
    "fresh_water": 3,
}


def default_scope(row: Utility | Disposal, profile: ProfileValues | None) -> int:
    """The row's typed scope, else its factor's, else by medium.

    Utilities: electricity 2 (purchased), material and water 3 (produced
    upstream), the rest 1 (burned in the park).  Disposals treat what the
    park's own plants reject, where it happens: 1 (electricity exported: 2);
    a disposal outside the park (a contractor's incinerator) types 3.
    """
    if row.scope is not None:
        return int(row.scope)
    if profile is not None:
        return profile.scope
    spec = spec_of(row.medium)
    return spec.utility_scope if isinstance(row, Utility) else spec.disposal_scope


def medium_defaults(library: FactorLibrary, row: Utility | Disposal) -> ProfileValues:
    """Energy, natural gas and fresh water of a row that names no factor.

    Only utilities consume energy; disposals get zeros.  Utilities: water
    counts as fresh water; electricity by the labelled convention; steam by
    its IF97 heat over make-up ÷ boiler efficiency (fuel unknown: no natural
    gas); heat, hot water, fuel and hydrogen by their heat content.
    """
    medium = Medium(row.medium)
    name = f"({medium.value})"
    if isinstance(row, Disposal):
        return ProfileValues(name, medium, method="typed values only")
    return _ENERGY_WITHOUT_FACTOR[spec_of(medium).energy_basis](library, row, name)


def _no_energy(library: FactorLibrary, row: Utility, name: str) -> ProfileValues:
    return ProfileValues(name, Medium(row.medium), method="no energy counted")


def _fresh_water(library: FactorLibrary, row: Utility, name: str) -> ProfileValues:
    return ProfileValues(
        name, Medium(row.medium), fresh_water_t=1.0, method="water utility counted as fresh water"
    )


def _electricity_energy(library: FactorLibrary, row: Utility, name: str) -> ProfileValues:
    return ProfileValues(
        name,
        Medium(row.medium),
        energy_tce=library.value("electricity.kgce_per_kwh"),
        method="electricity tce by the park's convention",
    )


def _steam_energy(library: FactorLibrary, row: Utility, name: str) -> ProfileValues:
    pressure, temperature, described = _steam_state(row)
    heat_gj = steam_heat_gj_per_t(library, pressure, temperature)
    fuel_gj = physics.fuel_for_heat_gj(heat_gj, library.value("boiler.efficiency"))
    return ProfileValues(
        name,
        Medium(row.medium),
        energy_tce=physics.gj_to_tce(fuel_gj, library.value("tce.gj")),
        method=f"{described}: IF97 heat ÷ boiler efficiency",
    )


def _heat_content_energy(library: FactorLibrary, row: Utility, name: str) -> ProfileValues:
    return ProfileValues(
        name,
        Medium(row.medium),
        energy_tce=physics.gj_to_tce(3.6, library.value("tce.gj")),
        method="3.6 GJ per MWh",
    )


def _hot_water_energy(library: FactorLibrary, row: Utility, name: str) -> ProfileValues:
    if row.temperature_c is None:
        return _no_energy(library, row, name)
    heat_gj = physics.hot_water_heat_gj_per_t(
        row.temperature_c, library.value("heat.makeup_water_temperature"), library.value("heat.water_cp")
    )
    return ProfileValues(
        name,
        Medium(row.medium),
        energy_tce=physics.gj_to_tce(heat_gj, library.value("tce.gj")),
        method="hot water: (T − 20) × 4.1868",
    )


def _hydrogen_energy(library: FactorLibrary, row: Utility, name: str) -> ProfileValues:
    gj = physics.hydrogen_energy_gj_per_nm3(library.value("hydrogen.lhv"), getattr(row, "purity_pct", None))
    return ProfileValues(
        name,
        Medium(row.medium),
        energy_tce=physics.gj_to_tce(gj, library.value("tce.gj")),
        method="hydrogen LHV",
    )


#: How a utility's energy, gas and water are counted without a factor, by its medium's basis.
_ENERGY_WITHOUT_FACTOR: dict[EnergyBasis, Callable[[FactorLibrary, Utility, str], ProfileValues]] = {
    EnergyBasis.NONE: _no_energy,
    EnergyBasis.FRESH_WATER: _fresh_water,
    EnergyBasis.ELECTRICITY: _electricity_energy,
    EnergyBasis.STEAM_HEAT: _steam_energy,
    EnergyBasis.HEAT_CONTENT: _heat_content_energy,
    EnergyBasis.HOT_WATER_HEAT: _hot_water_energy,
    EnergyBasis.HYDROGEN_LHV: _hydrogen_energy,
}


@lru_cache(maxsize=1)
def default_library() -> FactorLibrary:
    """The shipped library (read once); use ``for_park`` for a park's view."""
    return FactorLibrary.load()


def fill_defaults(row: Row, library: FactorLibrary | None = None) -> Row:
    """Module-level :meth:`FactorLibrary.fill_defaults` with the shipped library."""
    return (library or default_library()).fill_defaults(row)


def known_factor_names() -> Iterable[str]:
    """Profile names and their aliases (what the validator accepts in ``factor``)."""
    try:
        names = default_library().profile_names()
    except FactorError:
        names = list(_PROFILES)
    return [*names, *PROFILE_ALIASES]


register_factor_names(known_factor_names)
