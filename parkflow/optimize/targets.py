"""Heat-cascade (pinch) targets of the whole park (docs/design.md, "Heat targets").

The problem table algorithm (Linnhoff & Flower 1978; Kemp, *Pinch Analysis
and Process Integration*, 2nd ed., 2007, ch. 2): shift hot streams down and
cold streams up by ΔTmin/2, cut the shifted range into intervals, take each
interval's surplus Σ CP_hot ΔT − Σ CP_cold ΔT, cascade it from the top, and
add the largest deficit as hot utility:

    F_0 = Q_h,  F_i = F_{i−1} + surplus_i,  Q_h = max(0, −min_i F_i|_{Q_h=0}),  Q_c = F_n.

The pinch is where the cascaded heat is zero (none when Q_h or Q_c is zero:
a threshold problem).  Streams: every hot source and cold sink of heat or
hot water with a fixed amount (converter inputs and outputs have flexible
amounts and are left out).  Next to the targets, :func:`heat_targets`
reports what the park's own links achieve, from an optimization.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from parkflow.model.entities import Park
from parkflow.optimize.data import ParkData, refuse_periods
from parkflow.optimize.heat import build_intervals, shifted_range

ZERO_MW = 1e-9


@dataclass(frozen=True)
class HeatTargets:
    """Minimum utilities, pinch and curves of the park, and what its network achieves."""

    hot_utility_mw: float
    cold_utility_mw: float
    pinch_hot_c: float | None
    pinch_cold_c: float | None
    dt_min_k: float
    composite: pd.DataFrame
    grand_composite: pd.DataFrame
    network_hot_utility_mw: float | None = None
    network_cold_utility_mw: float | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)

    def to_document(self) -> dict[str, object]:
        """JSON document of ``parkflow targets --json`` (docs/design.md, "The command line")."""
        return {
            "hot_utility_mw": self.hot_utility_mw,
            "cold_utility_mw": self.cold_utility_mw,
            "pinch_hot_c": self.pinch_hot_c,
            "pinch_cold_c": self.pinch_cold_c,
            "dt_min_k": self.dt_min_k,
            "network_hot_utility_mw": self.network_hot_utility_mw,
            "network_cold_utility_mw": self.network_cold_utility_mw,
            "composite": self.composite.to_dict("records"),
            "grand_composite": self.grand_composite.to_dict("records"),
            "notes": list(self.notes),
        }


def problem_table(
    supply_c: np.ndarray, target_c: np.ndarray, duty_mw: np.ndarray, dt_min: float
) -> tuple[float, float, float | None, pd.DataFrame, pd.DataFrame]:
    """Targets of a set of streams: (Q_h, Q_c, shifted pinch or None, composites, GCC)."""
    supply_c = np.asarray(supply_c, dtype=float)
    target_c = np.asarray(target_c, dtype=float)
    duty_mw = np.asarray(duty_mw, dtype=float)
    hot = supply_c > target_c
    if not len(supply_c):
        empty = pd.DataFrame(columns=["curve", "temperature_c", "enthalpy_mw"])
        return 0.0, 0.0, None, empty, pd.DataFrame(columns=["shifted_temperature_c", "heat_flow_mw"])
    cp = duty_mw / np.abs(supply_c - target_c)
    low, high = shifted_range(supply_c, target_c, hot, dt_min)
    intervals = build_intervals(low, high, np.arange(len(supply_c)))
    width = intervals.top - intervals.bottom
    # heat each stream gives (+) or takes (−) in each interval
    signed = np.where(hot, 1.0, -1.0)[:, None] * cp[:, None] * width[None, :] * (intervals.share > 0)
    surplus = signed.sum(axis=0)
    cascade = np.concatenate([[0.0], np.cumsum(surplus)])
    hot_utility = max(0.0, -float(cascade.min()))
    flows = cascade + hot_utility
    cold_utility = float(flows[-1])
    pinch: float | None = None
    if hot_utility > ZERO_MW and cold_utility > ZERO_MW:
        zero = np.flatnonzero(np.abs(flows) <= ZERO_MW * max(1.0, float(np.abs(duty_mw).max())))
        if len(zero):
            pinch = float(intervals.bounds[zero[0]])
    gcc = pd.DataFrame({"shifted_temperature_c": intervals.bounds, "heat_flow_mw": flows})
    composite = pd.concat(
        [
            _composite(supply_c[hot], target_c[hot], cp[hot], "hot", 0.0),
            _composite(supply_c[~hot], target_c[~hot], cp[~hot], "cold", cold_utility),
        ],
        ignore_index=True,
    )
    return hot_utility, cold_utility, pinch, composite, gcc


def _composite(
    supply: np.ndarray, target: np.ndarray, cp: np.ndarray, curve: str, start_mw: float
) -> pd.DataFrame:
    """Composite curve points (temperature, cumulative enthalpy from the cold end)."""
    if not len(supply):
        return pd.DataFrame(columns=["curve", "temperature_c", "enthalpy_mw"])
    low, high = np.minimum(supply, target), np.maximum(supply, target)
    temperatures = np.unique(np.concatenate([low, high]))
    enthalpy = [start_mw]
    for lower, upper in zip(temperatures[:-1], temperatures[1:], strict=True):
        active = (low <= lower) & (high >= upper)
        enthalpy.append(enthalpy[-1] + float(cp[active].sum()) * (upper - lower))
    return pd.DataFrame({"curve": curve, "temperature_c": temperatures, "enthalpy_mw": enthalpy})


def heat_targets(park: Park, *, with_network: bool = True) -> HeatTargets:
    """Pinch targets of the whole park, and what the drawn network achieves next to them."""
    refuse_periods(park, "the pinch-target calculation (parkflow targets)")
    data = ParkData(park)
    notes: list[str] = []
    chosen = np.flatnonzero(data.cascade & ~data.is_converter_stream)
    if np.any(data.cascade & data.is_converter_stream):
        notes.append("converter inputs and outputs have flexible amounts and are left out of the targets")
    streams = [data.streams[int(p)] for p in chosen]
    supply = np.array([s.temperature_c for s in streams], dtype=float)
    target = np.array([s.target_temperature_c for s in streams], dtype=float)
    duty = data.amount[chosen] * data.mw_per_unit[chosen]
    hot_utility, cold_utility, pinch, composite, gcc = problem_table(supply, target, duty, data.dt_min)
    half = data.dt_min / 2.0
    network_hot = network_cold = None
    if with_network and len(chosen):
        network_hot, network_cold = _network_utilities(park, data, chosen, duty, notes)
    return HeatTargets(
        hot_utility_mw=hot_utility,
        cold_utility_mw=cold_utility,
        pinch_hot_c=None if pinch is None else pinch + half,
        pinch_cold_c=None if pinch is None else pinch - half,
        dt_min_k=data.dt_min,
        composite=composite,
        grand_composite=gcc,
        network_hot_utility_mw=network_hot,
        network_cold_utility_mw=network_cold,
        notes=tuple(notes),
    )


def _network_utilities(
    park: Park, data: ParkData, chosen: np.ndarray, duty: np.ndarray, notes: list[str]
) -> tuple[float | None, float | None]:
    """Hot and cold utility (MW) the park's links leave: duty minus heat they carry."""
    from parkflow.model.problems import ParkError
    from parkflow.optimize.core import optimize
    from parkflow.optimize.errors import OptimizeError

    try:
        result = optimize(park)
    except (OptimizeError, ParkError) as exc:
        notes.append(f"the drawn network could not be optimized ({exc}); only targets are given")
        return None, None
    hot_ids = {data.stream_ids[int(p)] for p in chosen if data.is_source[int(p)]}
    cold_ids = {data.stream_ids[int(p)] for p in chosen if not data.is_source[int(p)]}
    flows = result.flows
    heat = result.heat
    if len(heat):
        per_link = heat["heat_mw"].groupby(level="link_id").sum()
        sent = per_link.reindex(flows.index, fill_value=0.0)
    else:
        sent = pd.Series(0.0, index=flows.index)
    loss = 1.0 - data.link_loss
    received = sent.to_numpy() * loss if len(flows) else np.zeros(0)
    from_hot = flows["source"].isin(hot_ids).to_numpy()
    into_cold = flows["sink"].isin(cold_ids).to_numpy()
    hot_duty = float(duty[data.is_source[chosen]].sum())
    cold_duty = float(duty[~data.is_source[chosen]].sum())
    network_cold = hot_duty - float(sent.to_numpy()[from_hot].sum())
    network_hot = cold_duty - float(received[into_cold].sum())
    return max(network_hot, 0.0), max(network_cold, 0.0)
