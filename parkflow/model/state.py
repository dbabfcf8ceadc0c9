"""Operating states of a park: who sends how much to whom, per hour.

A :class:`FlowState` is what accounting needs from any state of the park
(docs/design.md, "Accounting"): flow on every link, make-up from every utility, disposal of
every source and converter intakes, all as rates in canonical units.  The
*standalone* and *current* states follow from the park alone and are built
here; the *optimized* state comes from an optimization result
(``OptimizationResult.to_state()``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from parkflow.model.compat import conversion_factor
from parkflow.model.entities import Converter, LinkStatus, Park, Stream
from parkflow.model.factors import FactorError
from parkflow.model.heat_pumps import HeatPumpError, converter_ratios
from parkflow.model.periods import has_periods, period_parks
from parkflow.model.pipes import link_pipe
from parkflow.model.units import UnitError, to_canonical


@dataclass(frozen=True, slots=True)
class LinkFlow:
    """Flow on one link: amount sent in the source's canonical unit, before loss."""

    source: str
    sink: str
    amount: float
    #: sink canonical units received per unit sent (loss and conversion included)
    gain: float = 1.0


@dataclass(frozen=True)
class FlowState:
    """Rates of one state of the park (per operating hour, canonical units)."""

    name: str
    link_flows: dict[str, LinkFlow] = field(default_factory=dict)
    utility_use: dict[str, float] = field(default_factory=dict)
    disposal_use: dict[str, float] = field(default_factory=dict)
    converter_intake: dict[str, float] = field(default_factory=dict)
    #: a park with periods: each period's state (rates in that period), by period id; the rates
    #: above are then their average weighted by the periods' hours (accounting sums the periods)
    periods: dict[str, FlowState] = field(default_factory=dict)


def over_periods(name: str, states: dict[str, FlowState], hours: dict[str, float]) -> FlowState:
    """A state over periods: ``periods`` = ``states``, its own rates their average weighted by ``hours``."""
    total = sum(hours.get(pid, 0.0) for pid in states) or 1.0
    link_flows: dict[str, LinkFlow] = {}
    sums: dict[str, dict[str, float]] = {"utility_use": {}, "disposal_use": {}, "converter_intake": {}}
    for pid, state in states.items():
        weight = hours.get(pid, 0.0) / total
        for link_id, flow in state.link_flows.items():
            before = link_flows.get(link_id)
            amount = (before.amount if before else 0.0) + weight * flow.amount
            link_flows[link_id] = LinkFlow(flow.source, flow.sink, amount, flow.gain)
        for attribute, target in sums.items():
            for key, value in getattr(state, attribute).items():
                target[key] = target.get(key, 0.0) + weight * value
    return FlowState(
        name,
        link_flows=link_flows,
        utility_use=sums["utility_use"],
        disposal_use=sums["disposal_use"],
        converter_intake=sums["converter_intake"],
        periods=states,
    )


def _per_period(park: Park, name: str, state_of: Callable[[Park], FlowState]) -> FlowState:
    """``state_of`` of every period's derived park, as one state over periods."""
    derived = period_parks(park)
    return over_periods(
        name,
        {period.id: state_of(child) for period, child in derived},
        {period.id: float(period.hours or 0.0) for period, _ in derived},
    )


def canonical_amount(park: Park, stream: Stream) -> float:
    """The stream's amount as a canonical rate; 0 when its unit is unreadable.

    Validation reports unreadable units; here they must not crash a report.
    """
    try:
        return to_canonical(
            stream.amount or 0.0, stream.unit, stream.medium, park.hours_of(stream.enterprise)
        )
    except (UnitError, TypeError, ValueError):
        return 0.0


def source_available(park: Park, stream: Stream, intake: dict[str, float]) -> float:
    """What a source offers in a state: its amount, or ratio × intake for a converter's output or residue.

    ``intake`` maps converter id → its intake in the state (canonical rate).
    """
    for converter in park.converters.values():
        if converter.output == stream.id:
            return _ratios(park, converter)[0] * intake.get(converter.id, 0.0)
        if converter.residue and converter.residue == stream.id:
            return float(converter.residue_ratio or 0.0) * intake.get(converter.id, 0.0)
    return canonical_amount(park, stream)


def sink_demand(park: Park, stream: Stream, intake: dict[str, float]) -> float:
    """What a sink needs in a state: its amount, aux_ratio × intake for a converter's own use."""
    for converter in park.converters.values():
        if converter.aux and converter.aux == stream.id:
            return _ratios(park, converter)[1] * intake.get(converter.id, 0.0)
    return canonical_amount(park, stream)


def _ratios(park: Park, converter: Converter) -> tuple[float, float]:
    """The converter's (ratio, aux_ratio); 0 when a heat pump's cannot be derived (validation says why)."""
    try:
        return converter_ratios(park, converter)
    except (HeatPumpError, FactorError):
        return 0.0, 0.0


def link_gain(park: Park, source: Stream, sink: Stream, loss_pct: float | None) -> float:
    """Link gain a_l (docs/design.md, "Media and compatibility"): (1 − loss) × unit conversion source → sink."""
    loss = (loss_pct or 0.0) / 100.0
    return (1.0 - loss) * conversion_factor(source, sink)


def standalone_state(park: Park) -> FlowState:
    """No exchange: every sink from its utility, every source to its disposal.

    Converters take no intake and so produce nothing, leave no residue and
    use nothing themselves.  A park with periods: per period, from its
    derived park (a shut-down period needs and disposes of nothing).
    """
    if has_periods(park):
        return _per_period(park, "standalone", standalone_state)
    converter_inputs = park.converter_of_input()
    idle = {cid: 0.0 for cid in park.converters}
    utility_use: dict[str, float] = {}
    disposal_use: dict[str, float] = {}
    for stream in park.streams.values():
        if stream.is_sink and stream.utility and stream.id not in converter_inputs:
            utility_use[stream.id] = sink_demand(park, stream, idle)
        elif stream.is_source and stream.disposal:
            available = source_available(park, stream, idle)
            if available or stream.id not in park.converter_of_output():
                disposal_use[stream.id] = available
    return FlowState(
        "standalone",
        utility_use=utility_use,
        disposal_use=disposal_use,
        converter_intake={cid: 0.0 for cid in park.converters},
    )


def current_state(park: Park) -> FlowState:
    """Existing links at today's flows; everything else as standalone.

    Converter intake is what existing links deliver to its input; its output
    then goes to the output's own links and disposal.  A sink's utility makes
    up what the links do not deliver (never below zero); a source's disposal
    takes what the links do not send.  A park with periods: per period, from
    its derived park (today's flows follow the amounts, :mod:`parkflow.model.periods`).
    """
    if has_periods(park):
        return _per_period(park, "current", current_state)
    converter_inputs = park.converter_of_input()
    flows: dict[str, LinkFlow] = {}
    received: dict[str, float] = {}
    sent: dict[str, float] = {}
    for link in park.links.values():
        if link.status is not LinkStatus.EXISTING or not link.current_flow:
            continue
        source = park.streams.get(link.source)
        sink = park.streams.get(link.sink)
        if source is None or sink is None:
            continue
        gain = link_gain(park, source, sink, link_pipe(park, link, source, sink).loss_pct)
        flows[link.id] = LinkFlow(source.id, sink.id, float(link.current_flow), gain)
        received[sink.id] = received.get(sink.id, 0.0) + gain * float(link.current_flow)
        sent[source.id] = sent.get(source.id, 0.0) + float(link.current_flow)

    intake = {cid: received.get(c.input, 0.0) for cid, c in park.converters.items()}
    utility_use: dict[str, float] = {}
    disposal_use: dict[str, float] = {}
    for stream in park.streams.values():
        if stream.is_sink:
            if stream.id in converter_inputs or not stream.utility:
                continue
            need = sink_demand(park, stream, intake)
            utility_use[stream.id] = max(0.0, need - received.get(stream.id, 0.0))
        else:
            if not stream.disposal:
                continue
            available = source_available(park, stream, intake)
            disposal_use[stream.id] = max(0.0, available - sent.get(stream.id, 0.0))
    return FlowState(
        "current",
        link_flows=flows,
        utility_use=utility_use,
        disposal_use=disposal_use,
        converter_intake=intake,
    )
