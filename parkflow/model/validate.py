"""Find every problem in a park at once (docs/design.md, "The park", "Media and compatibility", "Units").

:func:`validate_park` never stops at the first problem: it returns all of
them, each naming the entity and field and saying how to fix it.  The
workbook importer turns entity locations into ``sheet:row:column`` with
:func:`locate`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from parkflow.model.compat import is_heat_pump, is_hot, link_refusal, storage_link_refusal
from parkflow.model.entities import (
    AIR_POLLUTANTS,
    BLEND_QUALITY,
    ENTITY_KINDS,
    STORAGE_MEDIA,
    THERMAL_MEDIA,
    WATER_POLLUTANTS,
    Converter,
    Direction,
    LinkStatus,
    Park,
    Stream,
)
from parkflow.model.media import Medium, QualityRule, spec_of
from parkflow.model.pipes import link_pipe
from parkflow.model.problems import Problem
from parkflow.model.units import UnitError, check_unit, per_unit_factor

#: Optional hook: returns the known factor-library keys (set by the factor
#: library module so the model's validator can check ``factor`` names
#: without importing report code).
FactorNames = Callable[[], Iterable[str]]
_factor_names: FactorNames | None = None


def register_factor_names(provider: FactorNames) -> None:
    """Let the factor library tell the validator which factor names exist."""
    global _factor_names
    _factor_names = provider


#: Larger numbers are typing or unit mistakes: no park quantity, price or capex
#: in CNY comes near 10^15 (the workbook reader refuses them too).
MAX_ABS_NUMBER = 1e15


def _finite(value: Any) -> bool:
    return isinstance(value, (int, float)) and math.isfinite(value)


class _Collector:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(
        self,
        kind: str,
        entity_id: str | None,
        message: str,
        column: str | None = None,
        severity: str = "error",
    ) -> None:
        self.problems.append(
            Problem(message, column=column, kind=kind, entity_id=entity_id, severity=severity)
        )

    def number(
        self,
        kind: str,
        entity_id: str | None,
        column: str,
        value: Any,
        *,
        low: float | None = None,
        high: float | None = None,
        low_open: bool = False,
        high_open: bool = False,
        required: bool = False,
    ) -> None:
        """Check a numeric field: present if required, finite, within bounds."""
        if value is None:
            if required:
                self.add(kind, entity_id, f"{column} is required", column)
            return
        if not _finite(value):
            self.add(kind, entity_id, f"{column} must be a finite number, not {value!r}", column)
            return
        if abs(value) > MAX_ABS_NUMBER:
            self.add(
                kind,
                entity_id,
                f"{column} is {value:g}, larger than {MAX_ABS_NUMBER:g}; check the value and its unit",
                column,
            )
            return
        too_low = low is not None and (value <= low if low_open else value < low)
        too_high = high is not None and (value >= high if high_open else value > high)
        if too_low or too_high:
            lo = "" if low is None else (f"> {low:g}" if low_open else f"≥ {low:g}")
            hi = "" if high is None else (f"< {high:g}" if high_open else f"≤ {high:g}")
            bounds = " and ".join(b for b in (lo, hi) if b)
            self.add(kind, entity_id, f"{column} is {value:g}; it must be {bounds}", column)


def validate_park(park: Park) -> list[Problem]:
    """Every problem in ``park``: errors block optimization, warnings do not."""
    out = _Collector()
    _check_settings(park, out)
    _check_enterprises(park, out)
    _check_utilities_disposals(park, out)
    _check_streams(park, out)
    _check_links(park, out)
    _check_converters(park, out)
    _check_periods(park, out)
    _check_profiles(park, out)
    _check_storages(park, out)
    return out.problems + check_operating_assumptions(park)


def _check_settings(park: Park, out: _Collector) -> None:
    out.number("park", None, "hours_per_year", park.hours_per_year, low=0, high=8784, low_open=True)
    out.number("park", None, "dt_min_k", park.dt_min_k, low=0)
    out.number("park", None, "discount_rate_pct", park.discount_rate_pct, low=0, high=100, high_open=True)
    out.number("park", None, "co2_price_cny_per_t", park.co2_price_cny_per_t, low=0)
    out.number("park", None, "cod_price_cny_per_t", park.cod_price_cny_per_t, low=0)
    if park.environmental_tax_in_cost not in (0, 1):
        out.add(
            "park",
            None,
            "environmental_tax_in_cost must be 0 (no) or 1 (the cost includes the estimated "
            f"environmental protection tax), not {park.environmental_tax_in_cost!r}",
            "environmental_tax_in_cost",
        )
    out.number("park", None, "pipe_routing_factor", park.pipe_routing_factor, low=1, high=5)
    out.number(
        "park",
        None,
        "steam_pressure_tolerance_pct",
        park.steam_pressure_tolerance_pct,
        low=0,
        high=100,
        high_open=True,
    )


def _check_enterprises(park: Park, out: _Collector) -> None:
    for enterprise in park.enterprises.values():
        if not str(enterprise.id).strip():
            out.add("enterprise", enterprise.id, "id is empty", "id")
        out.number(
            "enterprise",
            enterprise.id,
            "hours_per_year",
            enterprise.hours_per_year,
            low=0,
            high=8784,
            low_open=True,
        )
        out.number(
            "enterprise",
            enterprise.id,
            "value_added_cny_per_yr",
            enterprise.value_added_cny_per_yr,
            low=0,
            low_open=True,
        )
        for column in ("cod_permit_t_per_yr", "nh3n_permit_t_per_yr"):
            out.number("enterprise", enterprise.id, column, getattr(enterprise, column), low=0)
        for column in ("x_km", "y_km"):
            value = getattr(enterprise, column)
            if value is not None and not _finite(value):
                out.add("enterprise", enterprise.id, f"{column} must be a finite number", column)


def _check_factor(kind: str, entity_id: str, factor: str, out: _Collector) -> None:
    if factor and _factor_names is not None:
        known = set(_factor_names())
        if factor not in known:
            sample = ", ".join(sorted(known)[:8])
            out.add(kind, entity_id, f"unknown factor {factor!r}; known factors include: {sample}", "factor")


#: Columns of air pollutants per unit (utilities, disposals, source burdens).
AIR_COLUMNS: tuple[str, ...] = tuple(pollutant.per_unit for pollutant in AIR_POLLUTANTS)
#: Water-sink columns of the effluent fate: the water's share, then each water pollutant's.
EFFLUENT_COLUMNS: tuple[str, ...] = ("effluent_pct", *(pollutant.pass_pct for pollutant in WATER_POLLUTANTS))

#: The emission scopes a utility or disposal may name.
SCOPES: frozenset[int] = frozenset({1, 2, 3})


def _check_scope(kind: str, entity_id: str, scope: float | None, out: _Collector) -> None:
    if scope is not None and (not _finite(scope) or scope not in SCOPES):
        out.add(
            kind,
            entity_id,
            f"scope must be 1 (inside the park), 2 (purchased energy) or 3 (upstream), not {scope!r}",
            "scope",
        )


def _check_utilities_disposals(park: Park, out: _Collector) -> None:
    for utility in park.utilities.values():
        _check_per_unit("utility", utility.id, utility.unit, utility.medium, out)
        _check_factor("utility", utility.id, utility.factor, out)
        _check_scope("utility", utility.id, utility.scope, out)
        for column in ("cost_cny_per_unit", "co2_t_per_unit", "cod_t_per_unit", "energy_tce_per_unit"):
            out.number("utility", utility.id, column, getattr(utility, column))
        for column in AIR_COLUMNS:
            out.number("utility", utility.id, column, getattr(utility, column), low=0)
        out.number("utility", utility.id, "purity_pct", utility.purity_pct, low=0, high=100)
        out.number("utility", utility.id, "cod_mg_l", utility.cod_mg_l, low=0)
        out.number("utility", utility.id, "nh3n_mg_l", utility.nh3n_mg_l, low=0)
        out.number("utility", utility.id, "pressure_mpa", utility.pressure_mpa, low=0, low_open=True)
        out.number("utility", utility.id, "temperature_c", utility.temperature_c, low=-273.15)
    for disposal in park.disposals.values():
        _check_per_unit("disposal", disposal.id, disposal.unit, disposal.medium, out)
        _check_factor("disposal", disposal.id, disposal.factor, out)
        _check_scope("disposal", disposal.id, disposal.scope, out)
        for column in ("cost_cny_per_unit", "co2_t_per_unit", "cod_t_per_unit", "energy_tce_per_unit"):
            out.number("disposal", disposal.id, column, getattr(disposal, column))
        out.number("disposal", disposal.id, "cod_removal_pct", disposal.cod_removal_pct, low=0, high=100)
        out.number("disposal", disposal.id, "nh3n_removal_pct", disposal.nh3n_removal_pct, low=0, high=100)
        for column in AIR_COLUMNS:
            out.number("disposal", disposal.id, column, getattr(disposal, column), low=0)
        out.number("disposal", disposal.id, "temperature_c", disposal.temperature_c, low=-273.15)


def _check_per_unit(kind: str, entity_id: str, unit: str, medium: Medium, out: _Collector) -> None:
    if not unit:
        return
    try:
        per_unit_factor(unit, medium)
    except UnitError as exc:
        out.add(kind, entity_id, f"{exc}", "unit")


def _check_streams(park: Park, out: _Collector) -> None:
    converter_inputs = park.converter_of_input()
    for stream in park.streams.values():
        _check_stream_figures(park, stream, out)
        _check_stream_medium(stream, out)
        if stream.direction is Direction.SINK:
            _check_sink(park, stream, converter_inputs, out)
        else:
            _check_source(park, stream, out)


def _check_stream_figures(park: Park, stream: Stream, out: _Collector) -> None:
    """What every stream has: its enterprise, amount and unit, and numbers in range."""
    sid = stream.id
    _referenced(out, sid, "enterprise", stream.enterprise, park.enterprises, "enterprises")
    out.number("stream", sid, "amount", stream.amount, low=0, required=True)
    reason = check_unit(stream.unit, stream.medium)
    if reason:
        out.add("stream", sid, reason, "unit")
    out.number("stream", sid, "purity_pct", stream.purity_pct, low=0, high=100)
    out.number("stream", sid, "cod_mg_l", stream.cod_mg_l, low=0)
    out.number("stream", sid, "nh3n_mg_l", stream.nh3n_mg_l, low=0)
    out.number("stream", sid, "pressure_mpa", stream.pressure_mpa, low=0, low_open=True)
    out.number("stream", sid, "temperature_c", stream.temperature_c, low=-273.15)
    out.number("stream", sid, "target_temperature_c", stream.target_temperature_c, low=-273.15)


def _check_stream_medium(stream: Stream, out: _Collector) -> None:
    """What the stream's medium asks for: temperatures of heat, a material's substance, a source's quality."""
    sid = stream.id
    if stream.medium in THERMAL_MEDIA:
        if stream.temperature_c is None or stream.target_temperature_c is None:
            out.add(
                "stream",
                sid,
                f"a {stream.medium.value} stream needs temperature_c (supply) and target_temperature_c",
                "target_temperature_c" if stream.temperature_c is not None else "temperature_c",
            )
        elif is_hot(stream) is None:
            out.add(
                "stream",
                sid,
                f"target_temperature_c equals temperature_c ({stream.temperature_c:g} °C): a heat stream must change temperature",
                "target_temperature_c",
            )
    if spec_of(stream.medium).quality_rule is QualityRule.SAME_SUBSTANCE and not stream.substance:
        out.add(
            "stream",
            sid,
            f"a {stream.medium.value} stream needs a substance so it can be matched",
            "substance",
        )
    if stream.medium in BLEND_QUALITY and stream.is_source:
        field_name, _ = BLEND_QUALITY[stream.medium]
        if getattr(stream, field_name) is None:
            out.add(
                "stream",
                sid,
                f"no {field_name}: this source can only serve sinks without a {field_name} limit",
                field_name,
                severity="warning",
            )


def _check_sink(
    park: Park, stream: Stream, converter_inputs: Mapping[str, Converter], out: _Collector
) -> None:
    """A sink: its effluent route, no source burden, and the utility that serves it."""
    sid = stream.id
    _check_sink_effluent(park, stream, out)
    for column in _BURDEN_COLUMNS:
        if getattr(stream, column) not in (None, ""):
            out.add(
                "stream",
                sid,
                f"{column} is the burden of a source sent over links; a sink has none: clear the cell",
                column,
            )
    if stream.utility:
        utility = _referenced(out, sid, "utility", stream.utility, park.utilities, "utilities")
        if utility is not None and utility.medium is not stream.medium:
            out.add(
                "stream",
                sid,
                f"utility {utility.id} supplies {utility.medium.value}, but this sink needs {stream.medium.value}",
                "utility",
            )
        if sid in converter_inputs:
            out.add(
                "stream",
                sid,
                f"the input of converter {converter_inputs[sid].id} takes no utility; clear the utility cell",
                "utility",
            )


def _check_source(park: Park, stream: Stream, out: _Collector) -> None:
    """A source: no utility or effluent, its burden per unit, and the disposal that takes what is not sent."""
    sid = stream.id
    if stream.utility:
        out.add(
            "stream",
            sid,
            "a source has no utility; clear the utility cell (utilities serve sinks)",
            "utility",
        )
    for column in EFFLUENT_COLUMNS:
        if getattr(stream, column) is not None:
            out.add(
                "stream",
                sid,
                f"{column} describes a water sink's effluent; a source has none: clear the cell",
                column,
            )
    _check_factor("stream", sid, stream.factor, out)
    for column in ("cost_cny_per_unit", "co2_t_per_unit", "energy_tce_per_unit"):
        out.number("stream", sid, column, getattr(stream, column))
    for column in AIR_COLUMNS:
        out.number("stream", sid, column, getattr(stream, column), low=0)
    if stream.disposal:
        disposal = _referenced(out, sid, "disposal", stream.disposal, park.disposals, "disposals")
        if disposal is not None and disposal.medium is not stream.medium:
            out.add(
                "stream",
                sid,
                f"disposal {disposal.id} takes {disposal.medium.value}, but this source offers {stream.medium.value}",
                "disposal",
            )


_Row = TypeVar("_Row")


def _referenced(
    out: _Collector, stream_id: str, column: str, row_id: str, rows: Mapping[str, _Row], sheet: str
) -> _Row | None:
    """The row a stream's ``column`` names, or None with the problem that it does not exist."""
    row = rows.get(row_id)
    if row is None:
        out.add(
            "stream",
            stream_id,
            f"{column} {row_id!r} does not exist; add it to the {sheet} sheet or correct the id",
            column,
        )
    return row


#: Stream columns that describe a source's burden per unit sent over links.
_BURDEN_COLUMNS: tuple[str, ...] = (
    "factor",
    "cost_cny_per_unit",
    "co2_t_per_unit",
    "energy_tce_per_unit",
    *AIR_COLUMNS,
)


def _check_sink_effluent(park: Park, stream: Stream, out: _Collector) -> None:
    """A water sink may name its effluent route; other sinks have none."""
    sid = stream.id
    if not spec_of(stream.medium).carries_water_pollutants:
        if stream.disposal:
            out.add(
                "stream",
                sid,
                "only a water sink has an effluent route; clear the disposal cell (disposals belong to sources and water sinks)",
                "disposal",
            )
        for column in EFFLUENT_COLUMNS:
            if getattr(stream, column) is not None:
                out.add(
                    "stream",
                    sid,
                    f"{column} describes a water sink's effluent; clear the cell for a {stream.medium.value} sink",
                    column,
                )
        return
    for column in EFFLUENT_COLUMNS:
        out.number("stream", sid, column, getattr(stream, column), low=0, high=100)
    if stream.disposal:
        disposal = _referenced(out, sid, "disposal", stream.disposal, park.disposals, "disposals")
        if disposal is not None and disposal.medium is not stream.medium:
            out.add(
                "stream",
                sid,
                f"disposal {disposal.id} takes {disposal.medium.value}, but this sink's effluent is {stream.medium.value}",
                "disposal",
            )
    elif stream.id not in park.converter_of_input() and _cod_may_reach(park, stream):
        # a converter's intake is transformed by it: its output and residue carry what it becomes
        out.add(
            "stream",
            sid,
            "the COD this water sink receives has no declared fate: it counts as retained in the process; "
            "name its effluent route in disposal (and effluent_pct, cod_pass_pct)",
            "disposal",
            severity="warning",
        )


def _cod_may_reach(park: Park, sink: Stream) -> bool:
    """True when water with COD can enter ``sink`` (from its utility or any link)."""
    utility = park.utilities.get(sink.utility) if sink.utility else None
    if utility is not None and (utility.cod_mg_l or 0) > 0:
        return True
    if park.links_declared:
        sources = (park.streams.get(link.source) for link in park.links.values() if link.sink == sink.id)
    else:
        sources = (
            stream for stream in park.streams.values() if stream.is_source and stream.medium is sink.medium
        )
    return any(source is not None and (source.cod_mg_l or 0) > 0 for source in sources)


def _check_links(park: Park, out: _Collector) -> None:
    by_output = park.converter_of_output()
    fed: set[str] = set()
    for link in park.links.values():
        lid = link.id
        source = park.streams.get(link.source)
        sink = park.streams.get(link.sink)
        if link.source in park.storages or link.sink in park.storages:
            _check_storage_link(park, link.id, link.source, link.sink, out)
            if sink is not None and link.source in park.storages:
                fed.add(sink.id)
        elif source is None:
            out.add("link", lid, f"source stream {link.source!r} does not exist", "source")
        if sink is None and link.sink not in park.storages:
            out.add("link", lid, f"sink stream {link.sink!r} does not exist", "sink")
        if source is not None and sink is not None:
            reason = link_refusal(park, source, sink, by_output)
            pipe_reason = None if reason else link_pipe(park, link, source, sink).refusal
            if reason:
                column = "source" if not source.is_source else "sink"
                out.add("link", lid, f"incompatible: {reason}", column)
            elif pipe_reason:
                out.add(
                    "link",
                    lid,
                    f"incompatible: {pipe_reason}",
                    "diameter_mm" if link.diameter_mm else "distance_km",
                )
            else:
                fed.add(sink.id)
        out.number("link", lid, "capacity", link.capacity, low=0)
        out.number("link", lid, "current_flow", link.current_flow, low=0)
        out.number("link", lid, "distance_km", link.distance_km, low=0)
        out.number("link", lid, "cost_cny_per_unit", link.cost_cny_per_unit)
        out.number("link", lid, "capex_cny", link.capex_cny, low=0)
        out.number("link", lid, "lifetime_yr", link.lifetime_yr, low=0, low_open=True)
        out.number("link", lid, "loss_pct", link.loss_pct, low=0, high=100, high_open=True)
        out.number("link", lid, "diameter_mm", link.diameter_mm, low=0, low_open=True)
        if (
            link.capacity is not None
            and link.current_flow is not None
            and _finite(link.capacity)
            and _finite(link.current_flow)
            and link.current_flow > link.capacity * (1 + 1e-9)
        ):
            out.add(
                "link",
                lid,
                f"current_flow {link.current_flow:g} exceeds capacity {link.capacity:g}",
                "current_flow",
            )
        if link.status is LinkStatus.CANDIDATE and link.capex_cny and not link.lifetime_yr:
            out.add(
                "link",
                lid,
                "a candidate link with capex_cny needs lifetime_yr to annualise it",
                "lifetime_yr",
            )
        if link.status is LinkStatus.CANDIDATE and link.current_flow:
            out.add(
                "link",
                lid,
                "a candidate link carries no flow today; set status to existing or clear current_flow",
                "current_flow",
            )
    if park.links_declared:
        converter_inputs = park.converter_of_input()
        for sink in park.sinks():
            if not sink.utility and sink.id not in fed and sink.id not in converter_inputs and sink.amount:
                out.add(
                    "stream",
                    sink.id,
                    "this sink has no utility and no link can serve it: add a utility or a link",
                    "utility",
                )


def _check_storage_link(park: Park, link_id: str, source_id: str, sink_id: str, out: _Collector) -> None:
    """A link that charges or discharges a storage joins it to a stream of its medium that meets the rules."""
    for column, end in (("source", source_id), ("sink", sink_id)):
        if end not in park.storages and end not in park.streams:
            out.add("link", link_id, f"{column} {end!r} is neither a stream nor a storage", column)
    reason = storage_link_refusal(park, source_id, sink_id, check_served_sinks=False)
    if reason:
        out.add("link", link_id, f"incompatible: {reason}", "source" if source_id in park.streams else "sink")
    if park.links[link_id].current_flow:
        out.add(
            "link",
            link_id,
            "today's flow into or out of a storage is not counted: the current state runs "
            "without storages (the optimizer schedules them per period); clear current_flow",
            "current_flow",
            severity="warning",
        )


def _check_storages(park: Park, out: _Collector) -> None:
    """Each storage sits at a known enterprise, with a capacity, limits and a loss that make sense."""
    for storage in park.storages.values():
        sid = storage.id
        if not str(sid).strip():
            out.add("storage", sid, "id is empty", "id")
        if sid in park.streams:
            out.add(
                "storage",
                sid,
                f"id {sid!r} is also a stream's id; links name storages and streams alike, so "
                "give the storage an id of its own",
                "id",
            )
        if storage.enterprise not in park.enterprises:
            out.add(
                "storage",
                sid,
                f"enterprise {storage.enterprise!r} does not exist; add it to the enterprises "
                "sheet or correct the id",
                "enterprise",
            )
        if storage.medium not in STORAGE_MEDIA:
            kinds = ", ".join(medium.value for medium in STORAGE_MEDIA)
            out.add("storage", sid, f"a storage holds {kinds}, not {storage.medium.value}", "medium")
        out.number("storage", sid, "capacity", storage.capacity, low=0, required=True)
        out.number("storage", sid, "charge_max", storage.charge_max, low=0, required=True)
        out.number("storage", sid, "discharge_max", storage.discharge_max, low=0, required=True)
        out.number("storage", sid, "loss_pct_per_h", storage.loss_pct_per_h, low=0, high=100)
        out.number("storage", sid, "capex_cny", storage.capex_cny, low=0)
        out.number("storage", sid, "lifetime_yr", storage.lifetime_yr, low=0, low_open=True)
        if storage.status is LinkStatus.CANDIDATE and storage.capex_cny and not storage.lifetime_yr:
            out.add(
                "storage",
                sid,
                "a candidate storage with capex_cny needs lifetime_yr to annualise it",
                "lifetime_yr",
            )
    if park.storages and not any(period.cycle for period in park.periods.values()):
        first = next(iter(park.storages))
        out.add(
            "storage",
            first,
            "the park has storages but no periods of a cycle, so a storage must give out "
            "what it takes within the one period and can shift nothing in time; add periods that share a "
            "cycle (for example a day and a night of 12 h) on the periods sheet",
            severity="warning",
        )


def _check_converters(park: Park, out: _Collector) -> None:
    used: dict[str, str] = {}
    for converter in park.converters.values():
        cid = converter.id
        if converter.enterprise not in park.enterprises:
            out.add("converter", cid, f"enterprise {converter.enterprise!r} does not exist", "enterprise")
        for column, want in (("input", Direction.SINK), ("output", Direction.SOURCE)):
            stream_id = getattr(converter, column)
            stream = park.streams.get(stream_id)
            if stream is None:
                out.add("converter", cid, f"{column} stream {stream_id!r} does not exist", column)
                continue
            if stream.direction is not want:
                out.add(
                    "converter",
                    cid,
                    f"{column} stream {stream_id} must be a {want.value}, it is a {stream.direction.value}",
                    column,
                )
            if stream_id in used:
                out.add(
                    "converter",
                    cid,
                    f"stream {stream_id} already belongs to converter {used[stream_id]}",
                    column,
                )
            used[stream_id] = cid
        out.number("converter", cid, "ratio", converter.ratio, low=0, low_open=True)
        out.number("converter", cid, "capacity", converter.capacity, low=0)
        pump = is_heat_pump(park, converter)
        for column, ratio_column, want in (
            ("residue", "residue_ratio", Direction.SOURCE),
            ("aux", "aux_ratio", Direction.SINK),
        ):
            stream_id = getattr(converter, column)
            ratio = getattr(converter, ratio_column)
            if not stream_id:
                if ratio is not None:
                    out.add(
                        "converter",
                        cid,
                        f"{ratio_column} needs a {column} stream; name it or clear {ratio_column}",
                        ratio_column,
                    )
                continue
            # a heat pump's blank aux_ratio follows from its COP
            out.number("converter", cid, ratio_column, ratio, low=0, required=not (pump and column == "aux"))
            stream = park.streams.get(stream_id)
            if stream is None:
                out.add("converter", cid, f"{column} stream {stream_id!r} does not exist", column)
                continue
            if stream.direction is not want:
                out.add(
                    "converter",
                    cid,
                    f"{column} stream {stream_id} must be a {want.value}, it is a {stream.direction.value}",
                    column,
                )
            if stream.medium in THERMAL_MEDIA:
                out.add(
                    "converter",
                    cid,
                    f"{column} stream {stream_id} is {stream.medium.value}; a converter's {column} must be "
                    "a stream outside the heat cascade (steam, electricity, water, material …)",
                    column,
                )
            if stream_id in used:
                out.add(
                    "converter",
                    cid,
                    f"stream {stream_id} already belongs to converter {used[stream_id]}",
                    column,
                )
            used[stream_id] = cid
    if not any(problem.severity == "error" for problem in out.problems if problem.kind == "converter"):
        out.problems.extend(_heat_pump_problems(park))


def _heat_pump_problems(park: Park) -> list[Problem]:
    """Heat pumps whose blank figures cannot be derived from their COP (and typed ones off balance)."""
    # imported here: the heat-pump rules read the factor library, which imports this module
    from parkflow.model.heat_pumps import heat_pump_problems

    return heat_pump_problems(park)


#: Hours in a (non-leap) year: the periods of a park cannot stand for more.
HOURS_IN_YEAR = 8760.0


def _check_periods(park: Park, out: _Collector) -> None:
    """Each period lasts a positive number of hours, and together no more than a year."""
    total = 0.0
    for period in park.periods.values():
        if not str(period.id).strip():
            out.add("period", period.id, "id is empty", "id")
        out.number(
            "period",
            period.id,
            "hours",
            period.hours,
            low=0,
            high=HOURS_IN_YEAR,
            low_open=True,
            required=True,
        )
        out.number("period", period.id, "duration_h", period.duration_h, low=0, low_open=True)
        if period.hours is None or not _finite(period.hours):
            continue
        before, total = total, total + period.hours
        if before <= HOURS_IN_YEAR < total:
            out.add(
                "period",
                period.id,
                f"the periods' hours add up to {total:,.6g} h by this one, more than the "
                f"{HOURS_IN_YEAR:,.0f} h of a year; each period's hours are the hours per year it stands for",
                "hours",
            )


def _check_profiles(park: Park, out: _Collector) -> None:
    """A profile names a known period and item, with factors that apply to that item and are not negative."""
    for key, profile in park.profiles.items():
        if profile.period not in park.periods:
            known = ", ".join(park.periods) or "none: add a periods sheet"
            out.add(
                "profile",
                key,
                f"period {profile.period!r} is not on the periods sheet (periods: {known})",
                "period",
            )
        is_stream = profile.item in park.streams
        is_priced = profile.item in park.utilities or profile.item in park.disposals
        if not is_stream and not is_priced:
            out.add(
                "profile", key, f"item {profile.item!r} is neither a stream, a utility nor a disposal", "item"
            )
        for column in ("amount_factor", "cost_factor"):
            out.number("profile", key, column, getattr(profile, column), low=0)
        if profile.amount_factor is not None and not is_stream and is_priced:
            out.add(
                "profile",
                key,
                f"amount_factor multiplies a stream's amount, and {profile.item!r} is a utility "
                "or disposal; give its cost_factor instead",
                "amount_factor",
            )
        if profile.cost_factor is not None and is_stream and not is_priced:
            out.add(
                "profile",
                key,
                f"cost_factor multiplies a utility's or disposal's cost, and {profile.item!r} is "
                "a stream; give its amount_factor instead",
                "cost_factor",
            )


def locate(problems: list[Problem], rows: dict[tuple[str, str], int]) -> list[Problem]:
    """Give entity problems their workbook place, from ``(sheet, id) → row``.

    ``rows`` also maps ``("park", key) → row`` for park settings.
    """
    sheet_of_kind = {kind.SINGULAR: kind.SHEET for kind in ENTITY_KINDS} | {"park": "park"}
    located: list[Problem] = []
    for problem in problems:
        if problem.sheet is None and problem.kind is not None:
            sheet = sheet_of_kind.get(problem.kind)
            key = problem.entity_id if problem.kind != "park" else problem.column
            row = rows.get((sheet, key or "")) if sheet else None
            if sheet is not None and row is not None:
                column = problem.column if problem.kind != "park" else "value"
                located.append(
                    Problem(
                        problem.message,
                        sheet=sheet,
                        row=row,
                        column=column,
                        kind=problem.kind,
                        entity_id=problem.entity_id,
                        severity=problem.severity,
                    )
                )
                continue
        located.append(problem)
    return located


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


# ---------------------------------------------------------------------------
# What the optimizer and the renderers assume
#
# Every value validation accepts must be one the optimizer, the KPIs and
# every report can handle; these checks find the rest, located.  Kept in
# their own functions, called once from validate_park.
# ---------------------------------------------------------------------------

#: Operating hours below this are a typing mistake (rates per year divide by them).
MIN_HOURS_PER_YEAR = 1.0
#: A link's lifetime range in years: the annuity (1 + r)^n overflows beyond a few hundred years.
LIFETIME_RANGE_YR = (1.0, 100.0)
#: Factor overrides ParkFlow divides by (they must be > 0), with their upper bound where one exists.
DIVISOR_OVERRIDES: dict[str, float | None] = {
    "boiler.efficiency": 1.0,
    "natural_gas.oxidation": 1.0,
    "tce.gj": None,
    "natural_gas.ncv": None,
    "hydrogen.density": None,
    "hydrogen.lhv": None,
    "heat.water_cp": None,
}
#: Columns of free text: tab and line breaks are allowed there, other control characters nowhere.
FREE_TEXT_COLUMNS = frozenset({"name", "description", "notes", "sector", "substance"})
_LINE_BREAKS = frozenset("\t\n\r")


def check_operating_assumptions(park: Park) -> list[Problem]:
    """Problems with values the model's types accept but the optimizer or a renderer cannot use."""
    out = _Collector()
    _check_park_is_not_empty(park, out)
    _check_operating_hours(park, out)
    _check_lifetimes(park, out)
    _check_factor_overrides(park, out)
    _check_factors_apply(park, out)
    _check_control_characters(park, out)
    return out.problems


def _check_park_is_not_empty(park: Park, out: _Collector) -> None:
    """A park being drawn may be empty (a warning); the optimizer refuses it (``optimize.core.prepare``)."""
    if not park.enterprises:
        out.add(
            "sheet",
            "enterprises",
            "the park has no enterprises yet: nothing to optimize or report; add "
            "at least one enterprise with its streams",
            severity="warning",
        )
    elif not park.streams:
        out.add(
            "sheet",
            "streams",
            "the park has no streams yet: nothing to optimize; add the streams its "
            "enterprises supply or need",
            severity="warning",
        )


def _check_operating_hours(park: Park, out: _Collector) -> None:
    hours = park.hours_per_year
    if _finite(hours) and 0 < hours < MIN_HOURS_PER_YEAR:
        out.add(
            "park",
            None,
            f"hours_per_year is {hours:g}; give the operating hours per year, {MIN_HOURS_PER_YEAR:g} to 8784",
            "hours_per_year",
        )


def _check_lifetimes(park: Park, out: _Collector) -> None:
    low, high = LIFETIME_RANGE_YR
    for link in park.links.values():
        value = link.lifetime_yr
        if _finite(value) and value > 0 and not low <= value <= high:  # type: ignore[operator]
            out.add(
                "link",
                link.id,
                f"lifetime_yr is {value:g}; give the years the link serves, {low:g} to {high:g}",
                "lifetime_yr",
            )
    for storage in park.storages.values():
        value = storage.lifetime_yr
        if _finite(value) and value > 0 and not low <= value <= high:  # type: ignore[operator]
            out.add(
                "storage",
                storage.id,
                f"lifetime_yr is {value:g}; give the years the storage serves, {low:g} to {high:g}",
                "lifetime_yr",
            )


def _check_factor_overrides(park: Park, out: _Collector) -> None:
    for key, value in (park.factor_overrides or {}).items():
        if not _finite(value):
            out.add(
                "park",
                None,
                f"factor override {key!r} is {value!r}; give a finite number or remove it",
                f"factor:{key}",
            )
            continue
        if key in DIVISOR_OVERRIDES:
            upper = DIVISOR_OVERRIDES[key]
            if value <= 0 or (upper is not None and value > upper):
                bounds = f"above 0 and at most {upper:g}" if upper is not None else "above 0"
                out.add(
                    "park",
                    None,
                    f"factor override {key!r} is {value:g}; it must be {bounds} (ParkFlow divides by it)",
                    f"factor:{key}",
                )


def _check_factors_apply(park: Park, out: _Collector) -> None:
    """Apply each utility's and disposal's factor as the KPIs will, and report what fails, located."""
    from parkflow.model.factors import FactorError, default_library, normalise_region
    from parkflow.model.physics import PhysicsError

    try:
        library = default_library().for_park(park)
    except (FactorError, ValueError, TypeError):
        return  # bad overrides are reported by _check_factor_overrides
    region = normalise_region(park.factor_region)
    regions = library.regions()
    if park.factor_region and region not in regions:
        out.add(
            "park",
            None,
            f"factor_region {park.factor_region!r} is not in the factor library; "
            f"use one of {', '.join(regions)} (grid factors of {library.region} are used meanwhile)",
            "factor_region",
            severity="warning",
        )
    for kind, rows in (("utility", park.utilities), ("disposal", park.disposals)):
        for row in rows.values():
            if row.factor and (_factor_names is None or row.factor in set(_factor_names())):
                try:
                    values = library.profile(row.factor, row)
                except FactorError as error:
                    out.add(kind, row.id, f"factor {row.factor!r}: {error}", "factor")
                    continue
                except (PhysicsError, ArithmeticError, ValueError) as error:
                    out.add(
                        kind,
                        row.id,
                        f"factor {row.factor!r} cannot be applied: {error}; check "
                        "pressure_mpa and temperature_c (steam tables cover 0–100 MPa, 0–800 °C)",
                        "factor",
                    )
                    continue
                if not all(_finite(value) for value in (values.co2_t, values.cod_t) if value is not None):
                    out.add(
                        kind,
                        row.id,
                        f"factor {row.factor!r} gives no finite value for this row; check its "
                        "pressure_mpa and temperature_c",
                        "factor",
                    )
            try:
                library.accounting_values(row)
            except (FactorError, PhysicsError, ArithmeticError, ValueError) as error:
                out.add(kind, row.id, f"its energy cannot be counted: {error}", "factor")


def _check_control_characters(park: Park, out: _Collector) -> None:
    """No id or reference holds a control character; free text only tab and line breaks."""
    for entity_kind in ENTITY_KINDS:
        kind = entity_kind.SINGULAR
        for entity in park.collection(entity_kind.SHEET).values():
            for column in type(entity).columns():
                value = getattr(entity, column)
                if not isinstance(value, str):
                    continue
                allowed = _LINE_BREAKS if column in FREE_TEXT_COLUMNS else frozenset()
                bad = sorted({char for char in value if _is_control(char) and char not in allowed})
                if bad:
                    codes = ", ".join(f"U+{ord(char):04X}" for char in bad)
                    out.add(
                        kind,
                        str(entity.id),
                        f"{column} holds a control character ({codes}), which "
                        "reports and spreadsheets cannot show; remove it",
                        column,
                    )
    if any(_is_control(char) and char not in _LINE_BREAKS for char in park.name or ""):
        out.add("park", None, "name holds a control character, which reports cannot show; remove it", "name")


def _is_control(char: str) -> bool:
    import unicodedata

    return unicodedata.category(char) == "Cc"
