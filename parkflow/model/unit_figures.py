"""What one unit of each flow of a park means for every figure: the accounting rules.

The optimizer's objectives and the reported KPIs price the same flows, so
the rules live here once and both read them (:mod:`parkflow.optimize.data`,
:mod:`parkflow.report.kpis`).  Every figure is per canonical unit of the
flow (t for t/h, MWh for MW, Nm³ for Nm³/h); annual figures multiply by the
operating hours of the enterprise the flow belongs to (a link and a
disposal: the source's; a utility: the sink's).

The rules, with the park as the boundary:

* **Utility make-up** u of sink k: the utility's cost, CO2 (in its scope),
  energy, natural gas and fresh water; its own ``cod_t_per_unit`` enters
  and is discharged as it stands; the COD its water carries
  (``cod_mg_l``) enters and follows the sink's effluent.
* **Disposal** w of source s: the disposal's cost, CO2 and energy; the COD
  the source carries (water: ``cod_mg_l``) enters and leaves through the
  disposal: ``cod_removal_pct`` removes that share; else a per-unit COD
  (typed or from the factor) is what leaves per t of water (the difference
  removed, or, when it is larger than what came in, added by the disposal
  itself); else the COD leaves untreated.
* **Link** x from source s to sink k, per unit sent: the link's variable
  cost; the source's **burden** (``cost_cny_per_unit``, ``co2_t_per_unit``,
  ``energy_tce_per_unit`` or its ``factor``: scope 1, produced in the
  park on demand); CO2 sent as a product (a material whose substance is
  CO2) stays in the park's CO2 (scope 1) and is also reported as utilised;
  the COD the water carries enters and follows the sink's effluent.
* **Effluent** of a water sink k: of the water it receives, ``effluent_pct``
  leaves through its ``disposal`` (cost, CO2, energy per t of effluent); of
  the COD mass it receives, ``cod_pass_pct`` leaves in the effluent
  (generated COD; the disposal's removal applies) and the rest is retained
  in the process.  A water sink with no disposal retains all it receives.

Every water pollutant of :data:`~parkflow.model.entities.WATER_POLLUTANTS`
(COD and ammonia nitrogen) follows these same rules with its own fields
(``nh3n_mg_l``, ``nh3n_pass_pct``, ``nh3n_removal_pct``), so each balances
flow by flow: what enters = discharged + removed + retained, and a source's
unused load is kept at the source.

Air pollutants (:data:`~parkflow.model.entities.AIR_POLLUTANTS`) are emitted
per unit like CO2: by utilities, disposals (and effluent routes) and source
burdens, from their typed ``<pollutant>_t_per_unit`` or their factor.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from parkflow.model.entities import (
    AIR_POLLUTANTS,
    WATER_POLLUTANTS,
    Disposal,
    Medium,
    Park,
    Stream,
    Utility,
    WaterPollutant,
)
from parkflow.model.factors import FactorError, FactorLibrary, ProfileValues, default_library
from parkflow.model.media import spec_of

#: t COD per t of water per mg/L (1 mg/L = 1 g/m³; 1 m³ = 1 t).
COD_T_PER_T_PER_MG_L = 1e-6
#: Air pollutants with a pollution-equivalent value in the tax law (VOCs as a total have none).
TAXED_AIR_POLLUTANTS: tuple[str, ...] = ("nox", "so2", "pm")
#: Substance names of a material stream that mean carbon dioxide.
CO2_SUBSTANCES: frozenset[str] = frozenset({"co2", "carbon dioxide", "carbon_dioxide", "二氧化碳"})


def is_co2_product(stream: Stream) -> bool:
    """True for a material source whose substance is CO2 (sent over links it is a product)."""
    return stream.medium is Medium.MATERIAL and stream.substance.strip().lower() in CO2_SUBSTANCES


def carries_water_pollutants(stream: Stream) -> bool:
    """True when the stream's medium carries the water pollutants (its row in :mod:`parkflow.model.media`)."""
    return spec_of(stream.medium).carries_water_pollutants


def link_carries_water_pollutants(source: Stream, sink: Stream) -> bool:
    """True when a link's flow brings its source's water pollutants into the sink's effluent: both ends carry them."""
    return carries_water_pollutants(source) and carries_water_pollutants(sink)


@dataclass(frozen=True, slots=True)
class UnitFigures:
    """Every figure of one canonical unit of a flow (see the module docstring)."""

    cost_cny: float = 0.0
    co2_scope1_t: float = 0.0
    co2_scope2_t: float = 0.0
    co2_scope3_t: float = 0.0
    co2_utilised_t: float = 0.0
    energy_tce: float = 0.0
    natural_gas_nm3: float = 0.0
    fresh_water_t: float = 0.0
    #: COD entering the accounting with this unit, and where it goes.
    cod_in_t: float = 0.0
    cod_generated_t: float = 0.0
    cod_discharged_t: float = 0.0
    cod_removed_t: float = 0.0
    cod_retained_t: float = 0.0
    #: Ammonia nitrogen, with the same meaning as the COD figures.
    nh3n_in_t: float = 0.0
    nh3n_generated_t: float = 0.0
    nh3n_discharged_t: float = 0.0
    nh3n_removed_t: float = 0.0
    nh3n_retained_t: float = 0.0
    #: Air pollutants emitted.
    nox_t: float = 0.0
    so2_t: float = 0.0
    pm_t: float = 0.0
    vocs_t: float = 0.0

    @property
    def co2_t(self) -> float:
        """The headline CO2: scope 1 + scope 2."""
        return self.co2_scope1_t + self.co2_scope2_t

    def plus(self, other: UnitFigures, scale: float = 1.0) -> UnitFigures:
        """This unit's figures plus ``scale`` × ``other``'s."""
        return UnitFigures(*(getattr(self, name) + scale * getattr(other, name) for name in _FIELD_NAMES))

    def water(self, pollutant: str, part: str) -> float:
        """One part (``in``, ``generated``, ``discharged``, ``removed``, ``retained``) of a water pollutant, t."""
        return float(getattr(self, f"{pollutant}_{part}_t"))


_FIELD_NAMES: tuple[str, ...] = tuple(field.name for field in dataclasses.fields(UnitFigures))
NOTHING = UnitFigures()


def _co2_by_scope(co2_t: float, scope: int) -> dict[str, float]:
    return {
        "co2_scope1_t": co2_t if scope == 1 else 0.0,
        "co2_scope2_t": co2_t if scope == 2 else 0.0,
        "co2_scope3_t": co2_t if scope == 3 else 0.0,
    }


def _treated(
    pollutant: WaterPollutant, values: ProfileValues, disposal: Disposal, water_t: float, mass_t: float
) -> dict[str, float]:
    """Figures of ``water_t`` of water carrying ``mass_t`` of ``pollutant`` through ``disposal``.

    The disposal's removal share wins; else its mass per t of water (typed or
    from its factor) is what leaves (the difference removed, or added by the
    disposal itself when larger); else the load leaves untreated.
    """
    key = pollutant.key
    removal_pct = getattr(disposal, pollutant.removal_pct)
    if removal_pct is not None:
        removal = float(removal_pct) / 100.0
        return {
            f"{key}_in_t": mass_t,
            f"{key}_generated_t": mass_t,
            f"{key}_discharged_t": mass_t * (1.0 - removal),
            f"{key}_removed_t": mass_t * removal,
        }
    per_t = float(getattr(values, f"{key}_t"))
    per_unit = per_t * water_t
    if per_t > 0:
        added = max(per_unit - mass_t, 0.0)
        return {
            f"{key}_in_t": mass_t + added,
            f"{key}_generated_t": mass_t if mass_t > 0 else per_unit,
            f"{key}_discharged_t": per_unit,
            f"{key}_removed_t": max(mass_t - per_unit, 0.0),
        }
    return {f"{key}_in_t": mass_t, f"{key}_generated_t": mass_t, f"{key}_discharged_t": mass_t}


def _treated_all(
    values: ProfileValues,
    disposal: Disposal,
    water_t: float,
    load: Mapping[str, float],
    passing: Mapping[str, float] | None = None,
) -> dict[str, float]:
    """:func:`_treated` for every water pollutant; ``passing`` (default 1) is the share reaching the disposal.

    What does not pass is retained in the process (it entered all the same).
    """
    figures: dict[str, float] = {}
    for pollutant in WATER_POLLUTANTS:
        mass = load.get(pollutant.key, 0.0)
        share = 1.0 if passing is None else passing[pollutant.key]
        figures.update(_treated(pollutant, values, disposal, water_t, mass * share))
        figures[f"{pollutant.key}_in_t"] += mass * (1.0 - share)
        figures[f"{pollutant.key}_retained_t"] = mass * (1.0 - share)
    return figures


def _air(values: ProfileValues) -> dict[str, float]:
    return {
        f"{pollutant.key}_t": float(getattr(values, f"{pollutant.key}_t")) for pollutant in AIR_POLLUTANTS
    }


class UnitRules:
    """The per-unit figures of one park's utilities, disposals, sources and links.

    Parameters
    ----------
    park:
        The park; its factor selection, overrides and electricity basis apply.
    library:
        A factor library already set for the park (default: the shipped one,
        ``for_park`` applied).
    """

    def __init__(self, park: Park, library: FactorLibrary | None = None) -> None:
        self.park = park
        self.library = library if library is not None else default_library().for_park(park)
        self.utility_values: dict[str, ProfileValues] = {
            uid: self.library.accounting_values(row) for uid, row in park.utilities.items()
        }
        self.disposal_values: dict[str, ProfileValues] = {
            did: self.library.accounting_values(row) for did, row in park.disposals.items()
        }
        self.burden_values: dict[str, ProfileValues] = {}
        for stream in park.streams.values():
            if stream.is_source:
                try:
                    burden = self.library.burden_values(stream)
                except FactorError:
                    burden = None
                if burden is not None:
                    self.burden_values[stream.id] = burden
        self.converter_inputs = park.converter_of_input()
        # pollution equivalents per t (kg ÷ the Environmental Protection Tax Law's equivalent value)
        # and the tax per equivalent at the park's (Zhejiang's by default) rates
        try:
            self.water_equivalents: dict[str, float] = {
                pollutant.key: 1000.0 / self.library.value(f"pollution_equivalent.{pollutant.key}")
                for pollutant in WATER_POLLUTANTS
            }
            self.air_equivalents: dict[str, float] = {
                key: 1000.0 / self.library.value(f"pollution_equivalent.{key}")
                for key in TAXED_AIR_POLLUTANTS
            }
            self.water_tax_cny = self.library.value("environmental_tax.water_cny_per_equivalent")
            self.air_tax_cny = self.library.value("environmental_tax.air_cny_per_equivalent")
        except FactorError:  # a library without the tax tables: no equivalents, no tax
            self.water_equivalents, self.air_equivalents = {}, {}
            self.water_tax_cny = self.air_tax_cny = 0.0
        #: True when the park's cost (objective and KPI) includes the estimated tax.
        self.tax_in_cost = bool(park.environmental_tax_in_cost)

    # -- pollution equivalents and tax ---------------------------------------
    def water_equivalents_of(self, figures: UnitFigures) -> float:
        """Water pollution equivalents of what ``figures`` discharge (COD and NH3-N)."""
        return sum(figures.water(key, "discharged") * per_t for key, per_t in self.water_equivalents.items())

    def air_equivalents_of(self, figures: UnitFigures) -> float:
        """Air pollution equivalents of what ``figures`` emit (NOx, SO2, PM; VOCs have no value)."""
        return sum(getattr(figures, f"{key}_t") * per_t for key, per_t in self.air_equivalents.items())

    def tax_cny(self, figures: UnitFigures) -> float:
        """Estimated environmental protection tax of ``figures``, CNY (every modelled pollutant counted)."""
        return (
            self.water_equivalents_of(figures) * self.water_tax_cny
            + self.air_equivalents_of(figures) * self.air_tax_cny
        )

    def priced_tax_cny(self, figures: UnitFigures) -> float:
        """The tax the park's cost carries: :meth:`tax_cny` when ``environmental_tax_in_cost`` is set, else 0."""
        return self.tax_cny(figures) if self.tax_in_cost else 0.0

    # -- the pieces --------------------------------------------------------
    def _supply(self, values: ProfileValues, scope: int) -> dict[str, float]:
        return {
            "cost_cny": values.cost_cny or 0.0,
            **_co2_by_scope(values.co2_t, scope),
            "energy_tce": values.energy_tce,
            "natural_gas_nm3": values.natural_gas_nm3,
            "fresh_water_t": values.fresh_water_t,
            **_air(values),
        }

    def effluent(self, sink: Stream, water_t: float, load: Mapping[str, float]) -> UnitFigures:
        """Figures of ``water_t`` of water received by water sink ``sink`` with ``load``.

        ``load`` maps a water pollutant's key to the t it brings (missing: 0).
        """
        if not carries_water_pollutants(sink):
            return NOTHING
        disposal = self.park.disposals.get(sink.disposal) if sink.disposal else None
        if disposal is None or sink.disposal not in self.disposal_values:
            retained: dict[str, float] = {}
            for pollutant in WATER_POLLUTANTS:
                mass = load.get(pollutant.key, 0.0)
                retained[f"{pollutant.key}_in_t"] = mass
                retained[f"{pollutant.key}_retained_t"] = mass
            return UnitFigures(**retained)
        values = self.disposal_values[sink.disposal]
        share = (100.0 if sink.effluent_pct is None else float(sink.effluent_pct)) / 100.0
        passing = {
            pollutant.key: (
                100.0
                if getattr(sink, pollutant.pass_pct) is None
                else float(getattr(sink, pollutant.pass_pct))
            )
            / 100.0
            for pollutant in WATER_POLLUTANTS
        }
        effluent_t = water_t * share
        return UnitFigures(
            **{key: value * effluent_t for key, value in self._supply(values, values.scope).items()},
            **_treated_all(values, disposal, effluent_t, load, passing),
        )

    def utility(self, sink: Stream) -> UnitFigures | None:
        """One unit of make-up for ``sink`` (None: it has no usable utility)."""
        if not sink.utility or sink.id in self.converter_inputs or sink.utility not in self.utility_values:
            return None
        values = self.utility_values[sink.utility]
        utility: Utility = self.park.utilities[sink.utility]
        own = {pollutant.key: float(getattr(values, f"{pollutant.key}_t")) for pollutant in WATER_POLLUTANTS}
        figures = UnitFigures(
            **self._supply(values, values.scope),
            **{
                f"{key}_{part}_t": mass
                for key, mass in own.items()
                for part in ("in", "generated", "discharged")
            },
        )
        if not carries_water_pollutants(sink):
            return figures
        load = {
            pollutant.key: (getattr(utility, pollutant.concentration) or 0.0) * COD_T_PER_T_PER_MG_L
            for pollutant in WATER_POLLUTANTS
        }
        return figures.plus(self.effluent(sink, 1.0, load))

    def source_load(self, source: Stream) -> dict[str, float]:
        """t of each water pollutant in one canonical unit of ``source`` (water with a concentration)."""
        if not carries_water_pollutants(source):
            return {pollutant.key: 0.0 for pollutant in WATER_POLLUTANTS}
        return {
            pollutant.key: float(getattr(source, pollutant.concentration) or 0.0) * COD_T_PER_T_PER_MG_L
            for pollutant in WATER_POLLUTANTS
        }

    def source_cod(self, source: Stream) -> float:
        """t of COD in one canonical unit of ``source`` (water with ``cod_mg_l``; else 0)."""
        return self.source_load(source)["cod"]

    def disposal(self, source: Stream) -> UnitFigures | None:
        """One unit of ``source`` sent to its disposal (None: it has none)."""
        if not source.disposal or source.disposal not in self.disposal_values:
            return None
        values = self.disposal_values[source.disposal]
        disposal = self.park.disposals[source.disposal]
        return UnitFigures(
            **self._supply(values, values.scope),
            **_treated_all(values, disposal, 1.0, self.source_load(source)),
        )

    def burden(self, source: Stream) -> UnitFigures:
        """The burden of one unit of ``source`` sent over links (scope 1), CO2 products included."""
        figures = NOTHING
        values = self.burden_values.get(source.id)
        if values is not None:
            figures = UnitFigures(**self._supply(values, 1))
        if is_co2_product(source):
            figures = figures.plus(UnitFigures(co2_scope1_t=1.0, co2_utilised_t=1.0))
        return figures

    def link(self, link_cost_cny: float, source: Stream, sink: Stream, gain: float) -> UnitFigures:
        """One unit sent on a link: its cost, the source's burden and the water's COD at the sink."""
        figures = self.burden(source).plus(UnitFigures(cost_cny=link_cost_cny))
        if link_carries_water_pollutants(source, sink):
            figures = figures.plus(self.effluent(sink, gain, self.source_load(source)))
        return figures

    def scope_of(self, kind: str, row_id: str) -> int:
        """Scope of a utility's or disposal's CO2."""
        values = (self.utility_values if kind == "utility" else self.disposal_values).get(row_id)
        return values.scope if values is not None else 1
