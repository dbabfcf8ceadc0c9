"""The park as arrays: everything the problem builder needs, prepared in bulk.

:class:`ParkData` turns a :class:`~parkflow.model.entities.Park` into numpy
arrays indexed by stream, link, converter and heat interval, so that
:mod:`parkflow.optimize.problem` can build the constraint matrix by index
arithmetic instead of expression by expression.  Rules: DESIGN §3.6.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from parkflow.model.compat import (
    compatible_pairs,
    conversion_factor,
    is_hot,
    link_refusal,
    thermal_mw_per_unit,
)
from parkflow.model.entities import (
    BLEND_QUALITY,
    CANONICAL_UNIT,
    THERMAL_MEDIA,
    LinkStatus,
    Medium,
    Park,
    Stream,
)
from parkflow.model.pipes import link_pipe
from parkflow.model.problems import ParkError, Problem
from parkflow.model.state import canonical_amount
from parkflow.model.units import UnitError, per_unit_factor

#: Tonnes of COD per tonne of water per mg/L (1 mg/L = 1 g/m³, 1 m³ = 1 t).
COD_T_PER_T_PER_MG_L = 1e-6


def capital_recovery_factor(discount_rate_pct: float, lifetime_yr: float) -> float:
    """Annuity factor turning a capital cost into an equal yearly payment.

    CRF = r (1 + r)^n / ((1 + r)^n − 1), r the discount rate, n the lifetime
    in years; 1/n when r = 0 (standard engineering-economics annuity).
    """
    if not lifetime_yr or lifetime_yr <= 0:
        return 0.0
    rate = (discount_rate_pct or 0.0) / 100.0
    if rate == 0:
        return 1.0 / lifetime_yr
    growth = (1.0 + rate) ** lifetime_yr
    return rate * growth / (growth - 1.0)


def implicit_link_id(source_id: str, sink_id: str) -> str:
    """Id of an implicit candidate link (park without a links sheet)."""
    return f"{source_id}>{sink_id}"


@dataclass
class Prices:
    """Cost, CO2 and COD of one utility or disposal per canonical unit of the stream."""

    cost: float = 0.0
    co2: float = 0.0
    cod: float = 0.0
    #: for disposals with cod_removal_pct: share of the source's COD discharged
    cod_discharged_share: float | None = None


@dataclass
class ParkData:
    """Arrays of one park, ready for the problem builder."""

    park: Park
    notes: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        park = self.park
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
            self.converter_ratio[pos] = float(converter.ratio or 0.0)
            # capacity defaults to the input stream's amount (DESIGN §3.6)
            self.converter_capacity[pos] = (
                float(converter.capacity) if converter.capacity is not None else self.amount[input_pos]
            )
            self.converter_of_stream[input_pos] = pos
            self.converter_of_stream[output_pos] = pos
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

    # -- utility and disposal prices ------------------------------------------
    def _prepare_prices(self) -> None:
        park = self.park
        from parkflow.optimize.factors import effective_rows

        utilities, disposals, notes = effective_rows(park)
        self.notes.extend(notes)
        problems: list[Problem] = []

        def per_canonical(kind: str, row_id: str, unit: str, medium: Medium) -> float:
            try:
                return per_unit_factor(unit or "", medium)
            except UnitError as exc:
                problems.append(Problem(str(exc), kind=kind, entity_id=row_id, column="unit"))
                return 1.0

        self.utility_prices: dict[str, Prices] = {}
        for utility in utilities.values():
            factor = per_canonical("utility", utility.id, utility.unit, utility.medium)
            self.utility_prices[utility.id] = Prices(
                cost=(utility.cost_cny_per_unit or 0.0) / factor,
                co2=(utility.co2_t_per_unit or 0.0) / factor,
                cod=(utility.cod_t_per_unit or 0.0) / factor,
            )
        self.disposal_prices: dict[str, Prices] = {}
        for disposal in disposals.values():
            factor = per_canonical("disposal", disposal.id, disposal.unit, disposal.medium)
            share = None
            if disposal.cod_removal_pct is not None:
                share = 1.0 - disposal.cod_removal_pct / 100.0
            self.disposal_prices[disposal.id] = Prices(
                cost=(disposal.cost_cny_per_unit or 0.0) / factor,
                co2=(disposal.co2_t_per_unit or 0.0) / factor,
                cod=(disposal.cod_t_per_unit or 0.0) / factor,
                cod_discharged_share=share,
            )
        self.utilities = utilities
        self.disposals = disposals
        if problems:
            raise ParkError(problems)

        count = len(self.streams)
        self.has_utility = np.zeros(count, dtype=bool)
        self.has_disposal = np.zeros(count, dtype=bool)
        self.unit_cost = np.zeros(count)
        self.unit_co2 = np.zeros(count)
        self.unit_cod = np.zeros(count)
        for pos, stream in enumerate(self.streams):
            if stream.is_sink and stream.utility and stream.utility in self.utility_prices:
                if pos in self.converter_of_stream:
                    continue  # a converter input takes no utility (DESIGN §3.6)
                prices = self.utility_prices[stream.utility]
                self.has_utility[pos] = True
            elif stream.is_source and stream.disposal and stream.disposal in self.disposal_prices:
                prices = self.disposal_prices[stream.disposal]
                self.has_disposal[pos] = True
            else:
                continue
            self.unit_cost[pos] = prices.cost
            self.unit_co2[pos] = prices.co2
            if prices.cod_discharged_share is not None:
                concentration = stream.cod_mg_l or 0.0
                self.unit_cod[pos] = concentration * COD_T_PER_T_PER_MG_L * prices.cod_discharged_share
            else:
                self.unit_cod[pos] = prices.cod

    # -- links ----------------------------------------------------------------
    def _prepare_links(self) -> None:
        park = self.park
        problems: list[Problem] = []
        link_ids: list[str] = []
        source_pos: list[int] = []
        sink_pos: list[int] = []
        existing: list[bool] = []
        capacity: list[float] = []
        cost: list[float] = []
        capex: list[float] = []
        lifetime: list[float] = []
        loss: list[float] = []
        allowed: list[bool] = []
        distance: list[float] = []
        diameter: list[float] = []
        if park.links_declared:
            by_output = park.converter_of_output()
            for link in park.links.values():
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
                link_ids.append(link.id)
                source_pos.append(self.stream_index[source.id])
                sink_pos.append(self.stream_index[sink.id])
                existing.append(link.status is LinkStatus.EXISTING)
                capacity.append(math.nan if link.capacity is None else float(link.capacity))
                cost.append(float(link.cost_cny_per_unit or 0.0))
                # blank length, size, loss and capex are computed from the site (model/pipes.py)
                pipe = link_pipe(park, link, source, sink)
                capex.append(float(pipe.capex_cny or 0.0))
                lifetime.append(float(link.lifetime_yr or 0.0))
                loss.append(pipe.loss_pct / 100.0)
                distance.append(pipe.distance_km)
                diameter.append(math.nan if pipe.diameter_mm is None else pipe.diameter_mm)
                allowed.append(link_refusal(park, source, sink, by_output) is None and pipe.refusal is None)
        else:
            for source, sink in compatible_pairs(park):
                link_ids.append(implicit_link_id(source.id, sink.id))
                source_pos.append(self.stream_index[source.id])
                sink_pos.append(self.stream_index[sink.id])
            count = len(link_ids)
            existing = [False] * count
            capacity = [math.nan] * count
            cost = [0.0] * count
            capex = [0.0] * count
            lifetime = [0.0] * count
            loss = [0.0] * count
            allowed = [True] * count
            distance = [math.nan] * count
            diameter = [math.nan] * count
        if problems:
            raise ParkError(problems)
        self.link_ids = link_ids
        self.link_source = np.asarray(source_pos, dtype=np.int64)
        self.link_sink = np.asarray(sink_pos, dtype=np.int64)
        self.link_existing = np.asarray(existing, dtype=bool)
        self.link_capacity = np.asarray(capacity, dtype=float)
        self.link_cost = np.asarray(cost, dtype=float)
        self.link_capex = np.asarray(capex, dtype=float)
        self.link_lifetime = np.asarray(lifetime, dtype=float)
        self.link_loss = np.asarray(loss, dtype=float)
        self.link_distance = np.asarray(distance, dtype=float)
        self.link_diameter = np.asarray(diameter, dtype=float)
        self.link_allowed = np.asarray(allowed, dtype=bool)
        # gain a_l = (1 − loss) × conversion; conversion is 1 between equal media
        conversion = np.ones(len(link_ids))
        source_media = [self.streams[pos].medium for pos in source_pos]
        sink_media = [self.streams[pos].medium for pos in sink_pos]
        for pos, (source_medium, sink_medium) in enumerate(zip(source_media, sink_media, strict=True)):
            if source_medium is not sink_medium or source_medium in THERMAL_MEDIA:
                conversion[pos] = conversion_factor(
                    self.streams[source_pos[pos]], self.streams[sink_pos[pos]]
                )
        self.link_gain = (1.0 - self.link_loss) * conversion
        self.link_medium = source_media
        self.link_thermal = (
            self.cascade[self.link_source] & self.cascade[self.link_sink]
            if link_ids
            else np.zeros(0, dtype=bool)
        )
        # a thermal link with a non-cascade end cannot carry heat
        thermal_media = np.array([m in THERMAL_MEDIA for m in source_media], dtype=bool)
        self.link_allowed &= ~(thermal_media & ~self.link_thermal)
        # annualised capex (CNY/yr) of candidate links
        crf = np.array(
            [capital_recovery_factor(park.discount_rate_pct, life) for life in self.link_lifetime]
        )
        self.link_annual_capex = np.where(self.link_existing, 0.0, self.link_capex * crf)
        self.link_upper = self._natural_link_bounds()

    def _natural_link_bounds(self) -> np.ndarray:
        """Largest flow each link can ever carry: capacity, source amount, sink demand / gain.

        Used as the big-M of build decisions, so it is as tight as the data allow.
        """
        if not self.link_ids:
            return np.zeros(0)
        source_limit = self.source_max[self.link_source]
        demand = self.amount[self.link_sink].copy()
        inputs = [pos for pos in range(len(self.link_ids)) if int(self.link_sink[pos]) in self.converter_of_stream]
        for pos in inputs:
            demand[pos] = self.converter_capacity[self.converter_of_stream[int(self.link_sink[pos])]]
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

    def quality_limit(self, pos: int) -> tuple[str, bool, float] | None:
        """(field, is_minimum, limit) of a blend sink, or None when it has no limit."""
        stream = self.streams[pos]
        if stream.medium not in BLEND_QUALITY or not stream.is_sink:
            return None
        field_name, is_minimum = BLEND_QUALITY[stream.medium]
        limit = getattr(stream, field_name)
        if limit is None:
            return None
        return field_name, is_minimum, float(limit)

    def label(self, pos: int) -> str:
        """``S3 (Zhenhai hot water)`` — id with its name, for readings."""
        stream = self.streams[pos]
        enterprise = self.park.enterprises.get(stream.enterprise)
        parts = [p for p in (enterprise.name if enterprise else "", stream.name) if p]
        return f"{stream.id} ({', '.join(parts)})" if parts else stream.id
