"""Helpers of the optimizer tests: recompute physics from result frames, independent targets."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from parkflow.model.compat import thermal_mw_per_unit
from parkflow.model.entities import BLEND_QUALITY, THERMAL_MEDIA, Park
from parkflow.model.heat_pumps import converter_ratios
from parkflow.model.state import canonical_amount, sink_demand, source_available
from parkflow.optimize import OptimizationResult
from parkflow.optimize.data import ParkData

TOL = 1e-5


def _close(left: float, right: float, scale: float = 1.0) -> bool:
    return abs(left - right) <= TOL * max(1.0, abs(scale), abs(left), abs(right))


def check_result(park: Park, result: OptimizationResult) -> None:
    """Recompute every balance, blend, capacity and heat interval from the frames (raises AssertionError)."""
    flows, utilities, disposals, converters = (
        result.flows,
        result.utilities,
        result.disposals,
        result.converters,
    )
    assert (flows["amount"] >= -TOL).all()
    converter_in = {c.input: c for c in park.converters.values()}
    converter_out = {c.output: c for c in park.converters.values()}
    intake = converters["intake"].to_dict() if len(converters) else {}
    sent = flows.groupby("source")["amount"].sum()
    received = flows.groupby("sink")["delivered"].sum()
    for stream in park.streams.values():
        amount = canonical_amount(park, stream)
        if stream.is_source:
            available = source_available(park, stream, intake) if stream.id in converter_out else amount
            out = float(sent.get(stream.id, 0.0)) + float(disposals["amount"].get(stream.id, 0.0))
            if stream.disposal:
                assert _close(out, available), f"source {stream.id}: sends {out}, has {available}"
            else:
                assert out <= available + TOL * max(1, available), (
                    f"source {stream.id}: sends {out} > {available}"
                )
        else:
            got = float(received.get(stream.id, 0.0)) + float(utilities["amount"].get(stream.id, 0.0))
            if stream.id in converter_in:
                converter = converter_in[stream.id]
                assert _close(got, intake[converter.id]), f"converter input {stream.id}"
                capacity = converter.capacity if converter.capacity is not None else amount
                assert intake[converter.id] <= capacity + TOL * max(1, capacity)
            else:  # a converter's own use (aux) needs aux_ratio × intake
                needed = sink_demand(park, stream, intake)
                assert _close(got, needed), f"sink {stream.id}: receives {got}, needs {needed}"
            if stream.medium in BLEND_QUALITY:
                field, is_minimum = BLEND_QUALITY[stream.medium]
                limit = getattr(stream, field)
                if limit is not None and got > TOL:
                    into = flows[(flows["sink"] == stream.id) & (flows["delivered"] > 0)]
                    quality = sum(
                        row.delivered * getattr(park.streams[row.source], field) for row in into.itertuples()
                    )
                    utility_amount = float(utilities["amount"].get(stream.id, 0.0))
                    if utility_amount > 0:
                        utility_quality = getattr(park.utilities[stream.utility], field)
                        quality += utility_amount * (limit if utility_quality is None else utility_quality)
                    blend = quality / got
                    if is_minimum:
                        assert blend >= limit - 1e-4 * max(1, abs(limit)), (
                            f"blend into {stream.id}: {blend} < {limit}"
                        )
                    else:
                        assert blend <= limit + 1e-4 * max(1, abs(limit)), (
                            f"blend into {stream.id}: {blend} > {limit}"
                        )
    capacity = flows["capacity"].to_numpy(dtype=float)
    has = ~np.isnan(capacity)
    assert (flows["amount"].to_numpy()[has] <= capacity[has] * (1 + 1e-7) + 1e-7).all()
    check_heat(park, result)


def check_heat(park: Park, result: OptimizationResult) -> None:
    """Heat frames: per-link sums match flows; overlap heat lies in both shifted ranges; cascades hold."""
    heat = result.heat
    flows = result.flows
    half = park.dt_min_k / 2.0
    thermal = flows[flows["medium"].isin([m.value for m in THERMAL_MEDIA]) & (flows["amount"] > 1e-7)]
    if not len(thermal):
        return
    per_link = heat["heat_mw"].groupby(level="link_id").sum() if len(heat) else {}
    for link_id, row in thermal.iterrows():
        source = park.streams[row.source]
        expected = row.amount * thermal_mw_per_unit(source)
        assert _close(float(per_link.get(link_id, 0.0)), expected), f"heat on {link_id}"
    frame = heat.reset_index()
    frame = frame.merge(flows[["source", "sink"]], left_on="link_id", right_index=True)
    for item in frame.itertuples():
        source, sink = park.streams[item.source], park.streams[item.sink]
        hot_low = min(source.temperature_c, source.target_temperature_c) - half
        hot_high = max(source.temperature_c, source.target_temperature_c) - half
        cold_low = min(sink.temperature_c, sink.target_temperature_c) + half
        cold_high = max(sink.temperature_c, sink.target_temperature_c) + half
        # heat never flows up: the interval it serves lies at or below the hot stream's top
        assert item.interval_top_c <= hot_high + 1e-6, f"{item.link_id} serves above its hot supply"
        assert item.interval_bottom_c >= cold_low - 1e-6 and item.interval_top_c <= cold_high + 1e-6
        if item.kind == "overlap":
            assert item.interval_bottom_c >= hot_low - 1e-6
        else:  # below / full: the whole interval lies under the hot range
            assert item.interval_top_c <= hot_low + 1e-6
    # hot side: heat sent above any temperature ≤ heat the stream releases above it
    for source_id, part in frame.groupby("source"):
        source = park.streams[source_id]
        low = min(source.temperature_c, source.target_temperature_c) - half
        high = max(source.temperature_c, source.target_temperature_c) - half
        duty = canonical_amount(park, source) * thermal_mw_per_unit(source)
        converter = {c.output: c for c in park.converters.values()}.get(source_id)
        if converter is not None:
            duty = (
                converter_ratios(park, converter)[0]
                * float(result.converters.loc[converter.id, "intake"])
                * thermal_mw_per_unit(source)
            )
        overlap = part[part["kind"] == "overlap"]
        for level in sorted(set(overlap["interval_bottom_c"])):
            used = overlap.loc[overlap["interval_bottom_c"] >= level - 1e-9, "heat_mw"].sum()
            released = duty * (high - max(level, low)) / (high - low)
            assert used <= released + 1e-6 * max(1, duty), (
                f"{source_id} sends more above {level} than it releases"
            )


def standalone_cost(park: Park) -> float:
    """Cost (CNY/yr) of the standalone park: every sink from its utility, every source to its disposal."""
    data = ParkData(park)
    per_hour = (
        data.unit_cost + park.co2_price_cny_per_t * data.unit_co2 + park.cod_price_cny_per_t * data.unit_cod
    )
    used = (data.has_utility | data.has_disposal) & ~data.is_converter_stream
    return float(data.hours * (per_hour[used] * data.amount[used]).sum())


def fresh_target(
    sinks: Sequence[tuple[float, float]], sources: Sequence[tuple[float, float]], fresh_quality: float
) -> float:
    """Minimum fresh flow by the material-recovery cascade (water cascade analysis).

    ``sinks`` and ``sources`` are (flow, impurity) pairs; impurity is a
    concentration (mg/L COD) or 100 − purity (%).  For a fresh flow F,
    cascade all streams from the cleanest impurity level upwards; F is
    feasible when the impurity "load headroom" Σ flow × (level − impurity)
    of everything below each level is never negative (Manan, Tan & Foo
    2004, AIChE J. 50(12):3169–3183; El-Halwagi 2006, ch. 4).  Bisection on F.
    """
    levels = sorted({quality for _, quality in sinks} | {quality for _, quality in sources} | {fresh_quality})

    def feasible(fresh: float) -> bool:
        for level in levels:
            headroom = fresh * (level - fresh_quality) if fresh_quality <= level else 0.0
            flow_left = fresh if fresh_quality <= level else 0.0
            for flow, quality in sources:
                if quality <= level:
                    headroom += flow * (level - quality)
                    flow_left += flow
            for flow, quality in sinks:
                # sinks served below this level take flow (and their limit's headroom is theirs)
                if quality <= level:
                    headroom -= flow * (level - quality)
                    flow_left -= flow
            if headroom < -1e-9 or (level == levels[-1] and flow_left < -1e-9):
                return False
        return True

    low, high = 0.0, sum(flow for flow, _ in sinks)
    for _ in range(200):
        middle = (low + high) / 2.0
        low, high = (low, middle) if feasible(middle) else (middle, high)
    return high
