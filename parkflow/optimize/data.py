"""The park as arrays: everything the problem builder needs, prepared in bulk.

:class:`ParkData` turns a :class:`~parkflow.model.entities.Park` into numpy
arrays indexed by stream, link, converter and heat interval, so that
:mod:`parkflow.optimize.problem` can build the constraint matrix by index
arithmetic instead of expression by expression.  Rules: docs/design.md, "The park" and "Units".
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from parkflow.model.compat import (
    compatible_pairs,
    conversion_factor,
    is_hot,
    link_refusal,
    thermal_mw_per_unit,
)
from parkflow.model.entities import (
    BLEND_QUALITIES,
    CANONICAL_UNIT,
    THERMAL_MEDIA,
    WATER_POLLUTANTS,
    LinkStatus,
    Park,
    Stream,
)
from parkflow.model.factors import FactorError, FactorLibrary, default_library
from parkflow.model.heat_pumps import HeatPumpError, converter_ratios
from parkflow.model.physics import capital_recovery_factor
from parkflow.model.pipes import link_pipe
from parkflow.model.problems import ParkError, Problem
from parkflow.model.state import canonical_amount
from parkflow.model.unit_figures import (
    UnitFigures,
    UnitRules,
    carries_water_pollutants,
    link_carries_water_pollutants,
)
from parkflow.model.units import UnitError, per_unit_factor


def implicit_link_id(source_id: str, sink_id: str) -> str:
    """Id of an implicit candidate link (park without a links sheet)."""
    return f"{source_id}>{sink_id}"


def refuse_periods(park: Park, what: str = "this calculation") -> None:
    """Raise ParkError when the park has periods or profiles and ``what`` works on one design point only.

    The optimizer and the Pareto sweep work over periods
    (:mod:`parkflow.optimize.stacking`); a calculation that reads the park
    as one design point (``what``: the pinch targets, who gains) would
    report the annual average as if it held all year, so it refuses such a
    park rather than answer wrongly.
    """
    if not park.periods and not park.profiles:
        return
    sheets = [sheet for sheet in ("periods", "profiles") if park.collection(sheet)]
    raise ParkError(
        Problem(
            f"the park has {' and '.join(sheets)}: {what} works on one design point for the park's hours_per_year "
            "and does not work over periods yet (optimize and pareto do); to run it, remove the "
            f"{' and '.join(sheets)} sheet{'s' if len(sheets) > 1 else ''} (keep a copy of the workbook with them)",
            sheet=sheets[0],
        )
    )


def refuse_storages(park: Park, what: str) -> None:
    """Raise ParkError when the park has storages and ``what`` leaves them out.

    The optimizer and the Pareto sweep schedule storages
    (:mod:`parkflow.optimize.storage`); a calculation that solves the network
    without them (``what``: who gains) would drop the links into and out of
    each storage silently, so it refuses such a park instead.
    """
    if not park.storages:
        return
    names = ", ".join(park.storages)
    raise ParkError(
        Problem(
            f"the park has storages ({names}): {what} does not schedule storages yet (optimize and pareto do); "
            "to run it, remove the storages sheet and the links into and out of its storages (keep a copy of "
            "the workbook with them)",
            sheet="storages",
        )
    )


class _LinkRow(NamedTuple):
    """One link as read: its ends, status, price and pipe, and whether it may carry flow."""

    link_id: str
    source_pos: int
    sink_pos: int
    existing: bool
    capacity: float
    cost: float
    capex: float
    lifetime: float
    loss: float
    allowed: bool
    distance: float
    diameter: float


@dataclass
class ParkData:
    """Arrays of one park, ready for the problem builder."""

    park: Park
    notes: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        park = self.park
        refuse_periods(park, "a single design point's matching")
        self.hours = float(park.hours_per_year or 8000.0)
        self.dt_min = float(park.dt_min_k if park.dt_min_k is not None else 10.0)
        self.streams: list[Stream] = list(park.streams.values())
        self.stream_ids: list[str] = [stream.id for stream in self.streams]
        self.stream_index: dict[str, int] = {sid: pos for pos, sid in enumerate(self.stream_ids)}
        count = len(self.streams)
        self.is_source = np.array([stream.is_source for stream in self.streams], dtype=bool)
        self.amount = np.array([canonical_amount(park, stream) for stream in self.streams], dtype=float)
        self.mw_per_unit = np.array(
            [thermal_mw_per_unit(s) if s.medium in THERMAL_MEDIA else 0.0 for s in self.streams], dtype=float
        )
        # A stream takes part in the heat cascade when it is a hot source or a cold sink.
        self.cascade = np.zeros(count, dtype=bool)
        for pos, stream in enumerate(self.streams):
            if stream.medium in THERMAL_MEDIA and self.mw_per_unit[pos] > 0:
                hot = is_hot(stream)
                self.cascade[pos] = hot is not None and hot == stream.is_source
        self._prepare_converters()
        self._prepare_prices()
        self._prepare_links()

    # -- converters -----------------------------------------------------------
    def _prepare_converters(self) -> None:
        park = self.park
        self.converters = list(park.converters.values())
        self.converter_ids = [converter.id for converter in self.converters]
        self.converter_of_stream: dict[int, int] = {}
        self.converter_input = np.zeros(len(self.converters), dtype=np.int64)
        self.converter_output = np.zeros(len(self.converters), dtype=np.int64)
        self.converter_ratio = np.ones(len(self.converters), dtype=float)
        self.converter_capacity = np.zeros(len(self.converters), dtype=float)
        # a converter's residue (a source) and own use (an aux sink): position or −1
        self.converter_residue = np.full(len(self.converters), -1, dtype=np.int64)
        self.converter_residue_ratio = np.zeros(len(self.converters), dtype=float)
        self.converter_aux = np.full(len(self.converters), -1, dtype=np.int64)
        self.converter_aux_ratio = np.zeros(len(self.converters), dtype=float)
        problems: list[Problem] = []
        for pos, converter in enumerate(self.converters):
            input_pos = self.stream_index.get(converter.input)
            output_pos = self.stream_index.get(converter.output)
            if input_pos is None or output_pos is None:
                problems.append(
                    Problem(
                        f"input {converter.input!r} or output {converter.output!r} is not a stream",
                        kind="converter",
                        entity_id=converter.id,
                    )
                )
                continue
            self.converter_input[pos] = input_pos
            self.converter_output[pos] = output_pos
            try:  # a heat pump's blank ratios follow from its COP
                ratio, aux_ratio = converter_ratios(park, converter)
            except (HeatPumpError, FactorError) as exc:
                problems.append(
                    Problem(
                        str(exc),
                        kind="converter",
                        entity_id=converter.id,
                        column=getattr(exc, "column", "ratio"),
                    )
                )
                continue
            self.converter_ratio[pos] = ratio
            # capacity defaults to the input stream's amount (docs/design.md, "The park", Converter)
            self.converter_capacity[pos] = (
                float(converter.capacity) if converter.capacity is not None else self.amount[input_pos]
            )
            self.converter_of_stream[input_pos] = pos
            self.converter_of_stream[output_pos] = pos
            for column, ratio_column, positions, ratios in (
                ("residue", "residue_ratio", self.converter_residue, self.converter_residue_ratio),
                ("aux", "aux_ratio", self.converter_aux, self.converter_aux_ratio),
            ):
                stream_id = getattr(converter, column)
                if not stream_id:
                    continue
                stream_pos = self.stream_index.get(stream_id)
                if stream_pos is None:
                    problems.append(
                        Problem(
                            f"{column} {stream_id!r} is not a stream",
                            kind="converter",
                            entity_id=converter.id,
                            column=column,
                        )
                    )
                    continue
                if self.cascade[stream_pos]:
                    problems.append(
                        Problem(
                            f"{column} {stream_id} is a heat stream; a converter's {column} must be a stream "
                            "outside the heat cascade (steam, electricity, water, material …)",
                            kind="converter",
                            entity_id=converter.id,
                            column=column,
                        )
                    )
                    continue
                positions[pos] = stream_pos
                ratios[pos] = aux_ratio if column == "aux" else float(getattr(converter, ratio_column) or 0.0)
        if problems:
            raise ParkError(problems)
        self.is_converter_stream = np.zeros(len(self.streams), dtype=bool)
        if self.converters:
            self.is_converter_stream[self.converter_input] = True
            self.is_converter_stream[self.converter_output] = True
        # largest amount each source can offer: its amount, or ratio × capacity
        self.source_max = self.amount.copy()
        if self.converters:
            self.source_max[self.converter_output] = self.converter_ratio * self.converter_capacity
            self.amount[self.converter_output] = 0.0
        # residue and own use follow the intake: their written amounts are ignored
        self.residue_of = {int(p): c for c, p in enumerate(self.converter_residue) if p >= 0}
        self.aux_of = {int(p): c for c, p in enumerate(self.converter_aux) if p >= 0}
        for stream_pos, owner in self.residue_of.items():
            self.source_max[stream_pos] = self.converter_residue_ratio[owner] * self.converter_capacity[owner]
            self.amount[stream_pos] = 0.0
        for stream_pos in self.aux_of:
            self.amount[stream_pos] = 0.0

    # -- what one unit of each flow costs and emits ----------------------------
    def _prepare_prices(self) -> None:
        """Per-unit cost, CO2 (scope 1 + 2) and COD discharged of every flow.

        The figures come from :class:`parkflow.model.unit_figures.UnitRules`,
        the same rules the KPIs use, so every objective prices a flow as the
        report counts it: utilities, disposals, the burden of sources sent
        over links, and the effluent of water sinks.
        """
        park = self.park
        from parkflow.optimize.factors import effective_rows

        utilities, disposals, notes = effective_rows(park)
        self.notes.extend(notes)
        problems: list[Problem] = []
        for kind, rows in (("utility", park.utilities), ("disposal", park.disposals)):
            for row in rows.values():
                try:
                    per_unit_factor(row.unit or "", row.medium)
                except UnitError as exc:
                    problems.append(Problem(str(exc), kind=kind, entity_id=row.id, column="unit"))
        if problems:
            raise ParkError(problems)
        self.utilities = utilities
        self.disposals = disposals
        try:
            library = default_library().for_park(park)
        except (FactorError, OSError, ValueError) as exc:  # a broken library must not stop an optimization
            self.notes.append(f"factor library could not be loaded ({exc}): factor-based figures count as 0")
            library = FactorLibrary(rows=(), electricity_basis=park.electricity_tce_basis)
        self.rules = rules = UnitRules(park, library)

        count = len(self.streams)
        self.stream_hours = np.array(
            [park.hours_of(stream.enterprise) for stream in self.streams], dtype=float
        )
        self.has_utility = np.zeros(count, dtype=bool)
        self.has_disposal = np.zeros(count, dtype=bool)
        self.unit_cost = np.zeros(count)
        self.unit_co2 = np.zeros(count)
        self.unit_cod = np.zeros(count)
        # per unit sent over links from a source: its burden
        self.burden_cost = np.zeros(count)
        self.burden_co2 = np.zeros(count)
        # COD (t) per unit of a water source
        self.source_cod = np.zeros(count)
        # a water sink's effluent: per t of water received and per t of COD received
        self.effluent_cost = np.zeros(count)
        self.effluent_co2 = np.zeros(count)
        self.effluent_cod_per_water = np.zeros(count)
        self.effluent_cod_per_cod = np.zeros(count)
        # the estimated environmental protection tax, when the park's cost carries it: per t of each
        # water pollutant a water source holds, and per t of it a water sink's effluent receives
        self.source_load = {pollutant.key: np.zeros(count) for pollutant in WATER_POLLUTANTS}
        self.effluent_tax_per_load = {pollutant.key: np.zeros(count) for pollutant in WATER_POLLUTANTS}
        for pos, stream in enumerate(self.streams):
            if stream.is_sink:
                if pos not in self.converter_of_stream:  # a converter input takes no utility
                    figures = rules.utility(stream)
                    if figures is not None:
                        self.has_utility[pos] = True
                        self._set_unit(pos, figures)
                if carries_water_pollutants(stream):
                    per_water = rules.effluent(stream, 1.0, {})
                    per_cod = rules.effluent(stream, 0.0, {"cod": 1.0})
                    self.effluent_cost[pos] = per_water.cost_cny + rules.priced_tax_cny(per_water)
                    self.effluent_co2[pos] = per_water.co2_t
                    if rules.tax_in_cost:
                        for pollutant in WATER_POLLUTANTS:
                            per_load = rules.effluent(stream, 0.0, {pollutant.key: 1.0})
                            self.effluent_tax_per_load[pollutant.key][pos] = rules.priced_tax_cny(per_load)
                    self.effluent_cod_per_water[pos] = per_water.cod_discharged_t
                    self.effluent_cod_per_cod[pos] = per_cod.cod_discharged_t
            else:
                figures = rules.disposal(stream)
                if figures is not None:
                    self.has_disposal[pos] = True
                    self._set_unit(pos, figures)
                burden = rules.burden(stream)
                self.burden_cost[pos] = burden.cost_cny + rules.priced_tax_cny(burden)
                self.burden_co2[pos] = burden.co2_t
                self.source_cod[pos] = rules.source_cod(stream)
                for key, mass in rules.source_load(stream).items():
                    self.source_load[key][pos] = mass

    def _set_unit(self, pos: int, figures: UnitFigures) -> None:
        self.unit_cost[pos] = figures.cost_cny + self.rules.priced_tax_cny(figures)
        self.unit_co2[pos] = figures.co2_t
        self.unit_cod[pos] = figures.cod_discharged_t

    # -- links ----------------------------------------------------------------
    def _prepare_links(self) -> None:
        """The links as arrays: declared or implicit, their gains, heat, unit figures, capex and bounds."""
        rows = self._declared_links() if self.park.links_declared else self._implicit_links()

        def column(name: str, dtype: type) -> np.ndarray:
            return np.array([getattr(row, name) for row in rows], dtype=dtype)

        self.link_ids = [row.link_id for row in rows]
        self.link_source = column("source_pos", np.int64)
        self.link_sink = column("sink_pos", np.int64)
        self.link_existing = column("existing", bool)
        self.link_capacity = column("capacity", float)
        self.link_cost = column("cost", float)
        self.link_capex = column("capex", float)
        self.link_lifetime = column("lifetime", float)
        self.link_loss = column("loss", float)
        self.link_distance = column("distance", float)
        self.link_diameter = column("diameter", float)
        self.link_allowed = column("allowed", bool)
        self._prepare_link_gains_and_heat()
        self._prepare_link_figures()
        # annualised capex (CNY/yr) of candidate links
        crf = np.array(
            [capital_recovery_factor(self.park.discount_rate_pct, life) for life in self.link_lifetime]
        )
        self.link_annual_capex = np.where(self.link_existing, 0.0, self.link_capex * crf)
        self.link_upper = self._natural_link_bounds()

    def _declared_links(self) -> list[_LinkRow]:
        """The park's links (a storage's are its charge and discharge), priced and sized from the site."""
        park = self.park
        problems: list[Problem] = []
        rows: list[_LinkRow] = []
        by_output = park.converter_of_output()
        for link in park.links.values():
            if link.source in park.storages or link.sink in park.storages:
                continue  # a storage's links are its charge and discharge (parkflow/optimize/storage.py)
            source = park.streams.get(link.source)
            sink = park.streams.get(link.sink)
            if source is None or sink is None:
                problems.append(
                    Problem(
                        f"link joins {link.source!r} → {link.sink!r}, but "
                        f"{link.source if source is None else link.sink!r} is not a stream",
                        kind="link",
                        entity_id=link.id,
                    )
                )
                continue
            # blank length, size, loss and capex are computed from the site (model/pipes.py)
            pipe = link_pipe(park, link, source, sink)
            rows.append(
                _LinkRow(
                    link.id,
                    self.stream_index[source.id],
                    self.stream_index[sink.id],
                    existing=link.status is LinkStatus.EXISTING,
                    capacity=math.nan if link.capacity is None else float(link.capacity),
                    cost=float(link.cost_cny_per_unit or 0.0),
                    capex=float(pipe.capex_cny or 0.0),
                    lifetime=float(link.lifetime_yr or 0.0),
                    loss=pipe.loss_pct / 100.0,
                    allowed=link_refusal(park, source, sink, by_output) is None and pipe.refusal is None,
                    distance=pipe.distance_km,
                    diameter=math.nan if pipe.diameter_mm is None else pipe.diameter_mm,
                )
            )
        if problems:
            raise ParkError(problems)
        return rows

    def _implicit_links(self) -> list[_LinkRow]:
        """A park without a links table: every compatible pair, new, free, lossless and unsized."""
        return [
            _LinkRow(
                implicit_link_id(source.id, sink.id),
                self.stream_index[source.id],
                self.stream_index[sink.id],
                existing=False,
                capacity=math.nan,
                cost=0.0,
                capex=0.0,
                lifetime=0.0,
                loss=0.0,
                allowed=True,
                distance=math.nan,
                diameter=math.nan,
            )
            for source, sink in compatible_pairs(self.park)
        ]

    def _prepare_link_gains_and_heat(self) -> None:
        """Each link's gain a_l = (1 − loss) × conversion, its medium, and whether it carries heat.

        Conversion is 1 between equal media outside the heat cascade; a link
        of a thermal medium with an end outside the cascade cannot carry heat.
        """
        conversion = np.ones(len(self.link_ids))
        source_media = [self.streams[pos].medium for pos in self.link_source]
        sink_media = [self.streams[pos].medium for pos in self.link_sink]
        for pos, (source_medium, sink_medium) in enumerate(zip(source_media, sink_media, strict=True)):
            if source_medium is not sink_medium or source_medium in THERMAL_MEDIA:
                conversion[pos] = conversion_factor(
                    self.streams[self.link_source[pos]], self.streams[self.link_sink[pos]]
                )
        self.link_gain = (1.0 - self.link_loss) * conversion
        self.link_medium = source_media
        self.link_thermal = (
            self.cascade[self.link_source] & self.cascade[self.link_sink]
            if self.link_ids
            else np.zeros(0, dtype=bool)
        )
        thermal_media = np.array([m in THERMAL_MEDIA for m in source_media], dtype=bool)
        self.link_allowed &= ~(thermal_media & ~self.link_thermal)

    def _prepare_link_figures(self) -> None:
        """Per unit sent on each link: its cost, CO2 and COD discharged, and its hours.

        cost = variable cost + the source's burden + the water sink's effluent
        cost on the a_l received; CO2 = burden + effluent; COD = the effluent's
        discharge of the water and COD received.  A link runs the source's hours.
        """
        source, sink = self.link_source, self.link_sink
        water = np.fromiter(
            (
                link_carries_water_pollutants(self.streams[source_pos], self.streams[sink_pos])
                for source_pos, sink_pos in zip(source, sink, strict=True)
            ),
            dtype=bool,
            count=len(source),
        )
        received = np.where(water, self.link_gain, 0.0)
        self.link_unit_cost = self.link_cost + self.burden_cost[source] + received * self.effluent_cost[sink]
        for (
            key,
            load,
        ) in self.source_load.items():  # the tax on the pollutants the water carries (0 unless priced)
            self.link_unit_cost = (
                self.link_unit_cost
                + np.where(water, load[source], 0.0) * self.effluent_tax_per_load[key][sink]
            )
        self.link_unit_co2 = self.burden_co2[source] + received * self.effluent_co2[sink]
        self.link_unit_cod = (
            received * self.effluent_cod_per_water[sink]
            + np.where(water, self.source_cod[source], 0.0) * self.effluent_cod_per_cod[sink]
        )
        self.link_hours = self.stream_hours[source] if len(source) else np.zeros(0)

    def _natural_link_bounds(self) -> np.ndarray:
        """Largest flow each link can ever carry: capacity, source amount, sink demand / gain.

        Used as the big-M of build decisions, so it is as tight as the data allow.
        """
        if not self.link_ids:
            return np.zeros(0)
        source_limit = self.source_max[self.link_source]
        demand = self.amount[self.link_sink].copy()
        inputs = [
            pos for pos in range(len(self.link_ids)) if int(self.link_sink[pos]) in self.converter_of_stream
        ]
        for pos in inputs:
            demand[pos] = self.converter_capacity[self.converter_of_stream[int(self.link_sink[pos])]]
        for stream_pos, converter in self.aux_of.items():
            demand[self.link_sink == stream_pos] = (
                self.converter_aux_ratio[converter] * self.converter_capacity[converter]
            )
        with np.errstate(divide="ignore", invalid="ignore"):
            sink_limit = np.where(self.link_gain > 0, demand / self.link_gain, np.inf)
        bound = np.minimum(source_limit, sink_limit)
        bound = np.where(np.isnan(self.link_capacity), bound, np.minimum(bound, self.link_capacity))
        bound = np.where(self.link_allowed, bound, 0.0)
        return np.maximum(bound, 0.0)

    # -- helpers ----------------------------------------------------------------
    def stream_index_array(self, stream_ids: list[str]) -> np.ndarray:
        """Positions of ``stream_ids`` in :attr:`streams`."""
        return np.array([self.stream_index[sid] for sid in stream_ids], dtype=np.int64)

    def unit_of(self, pos: int) -> str:
        return CANONICAL_UNIT[self.streams[pos].medium]

    def quality_limit(self, pos: int, family: str = "blend") -> tuple[str, bool, float] | None:
        """(field, is_minimum, limit) of a blend sink in row ``family``, or None when it has no limit."""
        stream = self.streams[pos]
        if not stream.is_sink:
            return None
        for quality in BLEND_QUALITIES.get(stream.medium, ()):
            if quality.family != family:
                continue
            limit = getattr(stream, quality.field)
            return None if limit is None else (quality.field, quality.is_minimum, float(limit))
        return None

    def label(self, pos: int) -> str:
        """``S3 (Zhenhai hot water)`` — id with its name, for readings."""
        stream = self.streams[pos]
        enterprise = self.park.enterprises.get(stream.enterprise)
        parts = [p for p in (enterprise.name if enterprise else "", stream.name) if p]
        return f"{stream.id} ({', '.join(parts)})" if parts else stream.id
