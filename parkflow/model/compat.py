"""Which source may serve which sink: the one place the rules live.

The validator, the editor (refusing a drawn link on the spot) and the
optimizer (generating candidate links, conversion factors) all ask this
module, so they can never disagree.  Rules: docs/design.md, "Media and compatibility".
"""

from __future__ import annotations

from collections.abc import Callable

from parkflow.model.entities import (
    BLEND_QUALITIES,
    THERMAL_MEDIA,
    Converter,
    Direction,
    Park,
    Storage,
    Stream,
)
from parkflow.model.media import HeatDuty, Medium, QualityRule, spec_of
from parkflow.model.units import WATER_CP_KJ_PER_KG_K, burned_mw_per_unit


def _fmt(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:g}"


def media_compatible(source: Medium, sink: Medium) -> bool:
    """True when a ``source`` medium can physically serve a ``sink`` medium."""
    if source is sink:
        return True
    offered, needed = spec_of(source), spec_of(sink)
    if offered.in_heat_cascade and needed.in_heat_cascade:
        return True
    return needed.burner and offered.heating_value_mj is not None


def is_hot(stream: Stream) -> bool | None:
    """For a heat or hot-water stream: True if it releases heat (supply > target).

    None when a temperature is missing or both are equal.
    """
    supply, target = stream.temperature_c, stream.target_temperature_c
    if supply is None or target is None or supply == target:
        return None
    return supply > target


def thermal_mw_per_unit(stream: Stream) -> float:
    """Heat duty in MW carried by one canonical unit of a thermal stream.

    Heat is already in MW (1); hot water in t/h carries
    4.186 kJ/(kg·K) × |ΔT| / 3600 MW per t/h (docs/design.md, "Media and compatibility").
    """
    if spec_of(stream.medium).heat_duty is HeatDuty.WATER_MASS_FLOW:
        supply, target = stream.temperature_c, stream.target_temperature_c
        if supply is None or target is None:
            return 0.0
        return WATER_CP_KJ_PER_KG_K * abs(supply - target) / 3600.0
    return 1.0


def conversion_factor(source: Stream, sink: Stream) -> float:
    """Sink canonical units received per source canonical unit sent, before loss.

    1 for the same medium; a gas into a burner delivers its heating value
    × purity (hydrogen 10.79 MJ/Nm³); thermal streams convert through their
    heat duty.
    """
    offered, needed = spec_of(source.medium), spec_of(sink.medium)
    if source.medium is not sink.medium and needed.burner and offered.heating_value_mj is not None:
        return burned_mw_per_unit(source.medium, source.purity_pct)
    if offered.in_heat_cascade and needed.in_heat_cascade:
        sink_mw = thermal_mw_per_unit(sink)
        if sink_mw <= 0:
            return 0.0
        return thermal_mw_per_unit(source) / sink_mw
    return 1.0


def link_refusal(
    park: Park,
    source: Stream,
    sink: Stream,
    converters_by_output: dict[str, Converter] | None = None,
) -> str | None:
    """Why ``source`` cannot serve ``sink`` through a link, or None if it can.

    The reason is a sentence a park manager understands, naming both streams
    and the values that clash ("steam at 0.6 MPa cannot serve a 1.0 MPa sink").
    """
    if not source.is_source:
        return f"{source.id} is a sink: a link must start at a source stream"
    if not sink.is_sink:
        return f"{sink.id} is a source: a link must end at a sink stream"
    if not media_compatible(source.medium, sink.medium):
        return f"{source.medium.value} from {source.id} cannot serve the {sink.medium.value} sink {sink.id}"
    if converters_by_output is None:
        converters_by_output = park.converter_of_output()
    converter = converters_by_output.get(source.id)
    if converter is not None and converter.input == sink.id:
        return f"{source.id} is the output of converter {converter.id}, which takes {sink.id} as input"

    refusal = _QUALITY_REFUSALS[spec_of(sink.medium).quality_rule](park, source, sink)
    if refusal is not None or source.medium is not sink.medium:
        return refusal
    for quality in spec_of(sink.medium).blend_qualities:
        field_name = quality.field
        if getattr(sink, field_name) is not None and getattr(source, field_name) is None:
            return (
                f"sink {sink.id} limits {field_name}, but source {source.id} gives no "
                f"{field_name}: enter it so the blend can be checked"
            )
    return None


def _pressure_and_temperature_refusal(park: Park, source: Stream, sink: Stream) -> str | None:
    """Steam: pressure and temperature at least the sink's, when the sink states them."""
    name = source.medium.value
    if sink.pressure_mpa is not None:
        if source.pressure_mpa is None:
            return f"{name} source {source.id} has no pressure, but sink {sink.id} needs {_fmt(sink.pressure_mpa)} MPa"
        if source.pressure_mpa < sink.pressure_mpa:
            return (
                f"{name} at {_fmt(source.pressure_mpa)} MPa cannot serve a "
                f"{_fmt(sink.pressure_mpa)} MPa sink ({source.id} → {sink.id})"
            )
    if sink.temperature_c is not None:
        if source.temperature_c is None:
            return f"{name} source {source.id} has no temperature, but sink {sink.id} needs {_fmt(sink.temperature_c)} °C"
        if source.temperature_c < sink.temperature_c:
            return (
                f"{name} at {_fmt(source.temperature_c)} °C cannot serve a "
                f"{_fmt(sink.temperature_c)} °C sink ({source.id} → {sink.id})"
            )
    return None


def _heat_cascade_refusal(park: Park, source: Stream, sink: Stream) -> str | None:
    """Heat and hot water: a hot source warms a cold sink starting more than ΔTmin below it."""
    hot, cold = is_hot(source), is_hot(sink)
    if hot is None:
        return f"{source.id} needs different supply and target temperatures to carry heat"
    if cold is None:
        return f"{sink.id} needs different supply and target temperatures to take heat"
    if not hot:
        return f"{source.id} is a cold stream (supply {_fmt(source.temperature_c)} °C below target {_fmt(source.target_temperature_c)} °C): it cannot release heat"
    if cold:
        return f"{sink.id} is a hot stream (supply {_fmt(sink.temperature_c)} °C above target {_fmt(sink.target_temperature_c)} °C): it cannot take heat"
    assert source.temperature_c is not None and sink.temperature_c is not None
    if source.temperature_c <= sink.temperature_c + park.dt_min_k:
        return (
            f"heat at {_fmt(source.temperature_c)} °C cannot warm a sink that starts at "
            f"{_fmt(sink.temperature_c)} °C with ΔTmin {_fmt(park.dt_min_k)} K "
            f"({source.id} → {sink.id})"
        )
    return None


def _same_substance_refusal(park: Park, source: Stream, sink: Stream) -> str | None:
    """Material: the same substance, case and spaces ignored."""
    if (source.substance or "").strip().lower() != (sink.substance or "").strip().lower():
        return (
            f"{source.id} offers {source.substance or 'an unnamed substance'}, "
            f"but {sink.id} needs {sink.substance or 'an unnamed substance'}"
        )
    return None


def _no_refusal(park: Park, source: Stream, sink: Stream) -> str | None:
    """Only the blend limits, checked for every rule by :func:`link_refusal`."""
    return None


#: The check of each quality rule a medium's catalogue row names (parkflow/model/media.py).
_QUALITY_REFUSALS: dict[QualityRule, Callable[[Park, Stream, Stream], str | None]] = {
    QualityRule.PRESSURE_AND_TEMPERATURE: _pressure_and_temperature_refusal,
    QualityRule.HEAT_CASCADE: _heat_cascade_refusal,
    QualityRule.SAME_SUBSTANCE: _same_substance_refusal,
    QualityRule.BLEND_LIMITS: _no_refusal,
}


def compatible_pairs(park: Park) -> list[tuple[Stream, Stream]]:
    """Every (source, sink) pair a link could join: the implicit candidates.

    Used when the park has no ``links`` sheet (docs/design.md, "The park").  Pairs are
    grouped by medium first, so the cost is the sum over media of
    sources × sinks, not all streams squared.
    """
    by_output = park.converter_of_output()
    sinks_by_medium: dict[Medium, list[Stream]] = {}
    for sink in park.sinks():
        sinks_by_medium.setdefault(sink.medium, []).append(sink)
    pairs: list[tuple[Stream, Stream]] = []
    for source in park.sources():
        targets = [m for m in Medium if media_compatible(source.medium, m)]
        for medium in targets:
            for sink in sinks_by_medium.get(medium, []):
                if link_refusal(park, source, sink, by_output) is None:
                    pairs.append((source, sink))
    return pairs


#: Media a heat pump takes in and delivers: heat carriers, steam included.
HEAT_PUMP_MEDIA: frozenset[Medium] = THERMAL_MEDIA | {Medium.STEAM}


def is_heat_pump(park: Park, converter: Converter) -> bool:
    """True when the converter is a heat pump (:mod:`parkflow.model.heat_pumps`).

    Its intake and output are heat media (heat, hot water, steam) and its
    own use (``aux``) is an electricity sink.
    """
    intake, output = park.streams.get(converter.input), park.streams.get(converter.output)
    aux = park.streams.get(converter.aux) if converter.aux else None
    return (
        intake is not None
        and output is not None
        and aux is not None
        and intake.medium in HEAT_PUMP_MEDIA
        and output.medium in HEAT_PUMP_MEDIA
        and aux.medium is Medium.ELECTRICITY
        and aux.direction is Direction.SINK
    )


# ---------------------------------------------------------------------------
# Storages: a link may charge a storage (its id as the link's sink) or be
# discharged by one (its id as the link's source).
# ---------------------------------------------------------------------------
def storage_feeds(park: Park, storage_id: str) -> list[Stream]:
    """The source streams linked into a storage (what charges it), in link order."""
    feeds = (park.streams.get(link.source) for link in park.links.values() if link.sink == storage_id)
    return [stream for stream in feeds if stream is not None]


def storage_serves(park: Park, storage_id: str) -> list[Stream]:
    """The sink streams a storage is linked to (what it discharges into), in link order."""
    served = (park.streams.get(link.sink) for link in park.links.values() if link.source == storage_id)
    return [stream for stream in served if stream is not None]


def _stored_limit_refusal(
    park: Park, source: Stream, sink: Stream, converters_by_output: dict[str, Converter] | None
) -> str | None:
    """Why ``source``, held in a storage and delivered later, cannot meet the limits of ``sink``.

    A storage mixes what it receives, and what leaves it cannot be told
    apart, so each source on its own must meet the sink's limits: the
    direct-link rules, and besides them every blend quality the sink
    limits (purity, COD, NH3-N), which a direct link leaves to the blend.
    """
    reason = link_refusal(park, source, sink, converters_by_output)
    if reason is not None:
        return reason
    for quality in BLEND_QUALITIES.get(sink.medium, ()):
        limit, value = getattr(sink, quality.field), getattr(source, quality.field)
        if limit is None or value is None:
            continue
        if quality.is_minimum and value < limit:
            return (
                f"{source.id} has {quality.field} {_fmt(value)}, below the {_fmt(limit)} sink {sink.id} needs"
            )
        if not quality.is_minimum and value > limit:
            return f"{source.id} has {quality.field} {_fmt(value)}, above the {_fmt(limit)} sink {sink.id} allows"
    return None


def storage_link_refusal(
    park: Park,
    source_id: str,
    sink_id: str,
    *,
    check_served_sinks: bool = True,
    converters_by_output: dict[str, Converter] | None = None,
) -> str | None:
    """Why a link from ``source_id`` to ``sink_id``, one of them a storage, cannot exist; None if it can.

    A storage takes and gives only its own medium.  It mixes what it
    receives, so a link from a storage to a sink is allowed only if every
    source linked into the storage meets that sink's limits; a link into a
    storage is checked against every sink the storage already serves
    (``check_served_sinks=False`` leaves that to the links out of it, so the
    validator reports a clash once).  Unknown ids are left to the caller.
    """
    charged: Storage | None = park.storages.get(sink_id)
    discharged: Storage | None = park.storages.get(source_id)
    if charged is not None and discharged is not None:
        return f"{source_id} and {sink_id} are both storages: a link joins a storage to a stream"
    if charged is not None:
        source = park.streams.get(source_id)
        if source is None:
            return None
        if not source.is_source:
            return f"{source.id} is a sink: a link into storage {charged.id} must start at a source stream"
        if source.medium is not charged.medium:
            return (
                f"{source.medium.value} from {source.id} cannot charge storage {charged.id}, "
                f"which holds {charged.medium.value}"
            )
        if check_served_sinks:
            for served in storage_serves(park, charged.id):
                reason = _stored_limit_refusal(park, source, served, converters_by_output)
                if reason is not None:
                    return (
                        f"storage {charged.id} mixes what it receives and serves sink {served.id}, so each "
                        f"source charging it must meet {served.id}'s limits: {reason}"
                    )
        return None
    if discharged is not None:
        sink = park.streams.get(sink_id)
        if sink is None:
            return None
        if not sink.is_sink:
            return f"{sink.id} is a source: a link out of storage {discharged.id} must end at a sink stream"
        if sink.medium is not discharged.medium:
            return (
                f"storage {discharged.id} holds {discharged.medium.value} and cannot serve the "
                f"{sink.medium.value} sink {sink.id}"
            )
        for feed in storage_feeds(park, discharged.id):
            reason = _stored_limit_refusal(park, feed, sink, converters_by_output)
            if reason is not None:
                return (
                    f"storage {discharged.id} mixes what it receives, so every source charging it must "
                    f"meet the limits of sink {sink.id}: {reason}"
                )
        return None
    return None
