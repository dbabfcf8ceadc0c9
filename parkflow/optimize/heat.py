"""Shifted temperature intervals of the heat cascade (docs/design.md, "Heat cascade").

Hot streams are shifted down by ΔTmin/2 and cold streams up by ΔTmin/2; the
shifted supply and target temperatures (and the shifted temperatures of heat
utilities and disposals, so that "hot enough" is exact) cut the range into
intervals numbered from the top (0) down.  Each stream's duty spreads evenly
over its shifted range (constant heat-capacity flow), so its share in
interval i is overlap(i, range) / width(range).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Intervals:
    """Interval boundaries (descending) and each cascade stream's shares."""

    #: shifted boundaries, descending; interval i spans [bounds[i+1], bounds[i]]
    bounds: np.ndarray
    #: stream positions (into ParkData.streams) of the cascade streams
    streams: np.ndarray
    #: share of each cascade stream's duty in each interval, (streams × intervals)
    share: np.ndarray
    #: first and last interval in which each cascade stream has duty
    first: np.ndarray
    last: np.ndarray

    @property
    def count(self) -> int:
        return max(len(self.bounds) - 1, 0)

    @property
    def top(self) -> np.ndarray:
        return self.bounds[:-1]

    @property
    def bottom(self) -> np.ndarray:
        return self.bounds[1:]

    def label(self, interval: int) -> str:
        return f"{self.bounds[interval]:g}–{self.bounds[interval + 1]:g} °C"


def shifted_range(
    supply_c: np.ndarray, target_c: np.ndarray, hot: np.ndarray, dt_min: float
) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) shifted temperatures: hot streams −ΔTmin/2, cold +ΔTmin/2."""
    shift = np.where(hot, -dt_min / 2.0, dt_min / 2.0)
    low = np.minimum(supply_c, target_c) + shift
    high = np.maximum(supply_c, target_c) + shift
    return low, high


def build_intervals(
    low: np.ndarray,
    high: np.ndarray,
    stream_positions: np.ndarray,
    extra_bounds: np.ndarray | None = None,
) -> Intervals:
    """Intervals from the shifted ranges of the cascade streams.

    ``extra_bounds`` (shifted utility and disposal temperatures) are added
    where they fall strictly inside the streams' range.
    """
    if len(low) == 0:
        empty = np.zeros(0)
        return Intervals(empty, stream_positions, np.zeros((0, 0)), empty.astype(int), empty.astype(int))
    values = np.concatenate([low, high])
    if extra_bounds is not None and len(extra_bounds):
        inside = extra_bounds[(extra_bounds > values.min()) & (extra_bounds < values.max())]
        values = np.concatenate([values, inside])
    bounds = np.unique(np.round(values, 9))[::-1]
    tops = bounds[:-1]
    bottoms = bounds[1:]
    overlap = np.clip(
        np.minimum(high[:, None], tops[None, :]) - np.maximum(low[:, None], bottoms[None, :]), 0.0, None
    )
    width = (high - low)[:, None]
    share = np.divide(overlap, width, out=np.zeros_like(overlap), where=width > 0)
    share[share < 1e-12] = 0.0
    has = share > 0
    first = np.where(has.any(axis=1), has.argmax(axis=1), 0)
    last = np.where(has.any(axis=1), has.shape[1] - 1 - has[:, ::-1].argmax(axis=1), -1)
    return Intervals(bounds, stream_positions, share, first, last)


#: Steps (K) tried when a park has too many distinct temperatures; 0 is exact.
RESOLUTION_STEPS = (0.0, 0.5, 1.0, 2.0, 5.0, 10.0)
#: Largest number of intervals solved exactly before temperatures are rounded.
MAX_EXACT_INTERVALS = 120


def round_conservatively(
    low: np.ndarray, high: np.ndarray, hot: np.ndarray, step: float
) -> tuple[np.ndarray, np.ndarray]:
    """Shifted ranges rounded to ``step`` K so that no recovery is overstated.

    Hot streams round down (they look colder), cold streams up (they look
    hotter); a range that would vanish keeps one step of width on the safe side.
    """
    if step <= 0:
        return low, high
    new_low = np.where(hot, np.floor(low / step), np.ceil(low / step)) * step
    new_high = np.where(hot, np.floor(high / step), np.ceil(high / step)) * step
    empty = new_high <= new_low
    new_low = np.where(empty & hot, new_high - step, new_low)
    new_high = np.where(empty & ~hot, new_low + step, new_high)
    return new_low, new_high


def choose_resolution(low: np.ndarray, high: np.ndarray, requested: float | None) -> float:
    """The rounding step: ``requested`` if given, else 0 (exact) unless that gives
    more than :data:`MAX_EXACT_INTERVALS` intervals, then the smallest step that does not."""
    if requested is not None:
        return float(requested)
    values = np.concatenate([low, high])
    for step in RESOLUTION_STEPS:
        rounded = values if step == 0 else np.round(values / step) * step
        if len(np.unique(np.round(rounded, 9))) - 1 <= MAX_EXACT_INTERVALS:
            return step
    return RESOLUTION_STEPS[-1]
