"""A park with periods as one derived park per period.

A park whose ``periods`` sheet cuts the year into parts (a winter, a summer,
a maintenance month) runs differently in each.  The optimizer and the
accounting treat each period as a park of its own, derived here by one set
of rules, and add the periods up:

* **amounts**: every stream's amount, as a canonical rate of the whole park,
  × its ``amount_factor`` in the period (0: shut down).  A changed amount is
  written in the canonical unit, so a per-year unit keeps meaning "per year
  of the whole park" (it is converted with the whole park's hours first);
* **prices**: every utility's and disposal's cost per unit × its
  ``cost_factor``; a blank cost computed from a factor-library entry is
  computed first and then multiplied.  CO2, COD and energy per unit do not
  change;
* **hours**: the park's ``hours_per_year`` is the period's hours.  An
  enterprise that states its own ``hours_per_year`` H_e runs, in period p,
  H_e × hours_p / Σ hours (its hours spread over the periods in proportion
  to their hours), so over the periods it runs exactly its H_e;
* **existing links**: today's flow × the smaller of the source's and the
  sink's amount factor (a shut-down sink takes nothing; a half-load source
  sends half);
* **pipes**: a pipe whose size, loss or capital cost is left blank is sized
  for the largest period (each source's amount × its largest factor), and
  every period uses that one pipe: a candidate link is built once.

A derived park has no periods or profiles of its own.  Converters keep their
typed capacity (a converter whose capacity is blank follows its input
stream's amount, so it shuts down with it).
"""

from __future__ import annotations

import dataclasses
import math

from parkflow.model.entities import Disposal, LinkStatus, Park, Period, Utility
from parkflow.model.factors import FactorError, FactorLibrary, default_library
from parkflow.model.pipes import LinkPipe, link_pipe
from parkflow.model.units import UnitError, to_canonical


def has_periods(park: Park) -> bool:
    """True when the park cuts its year into periods (a ``periods`` sheet with rows)."""
    return bool(park.periods)


def annual_park(park: Park) -> Park:
    """The park's own settings with ``hours_per_year`` = the periods' hours together (a shallow copy)."""
    total = park.period_hours()
    if not has_periods(park) or not total or total == park.hours_per_year:
        return park
    return dataclasses.replace(park, hours_per_year=total)


def _canonical(park: Park, stream_id: str) -> float:
    stream = park.streams[stream_id]
    try:
        return to_canonical(
            stream.amount or 0.0, stream.unit, stream.medium, park.hours_of(stream.enterprise)
        )
    except (UnitError, TypeError, ValueError):
        return math.nan  # an unreadable unit: the validator reports it, the amount stays as typed


def design_factors(park: Park) -> dict[str, float]:
    """Each stream's largest amount factor over the periods (what its pipes are sized for)."""
    return {
        stream_id: max((park.amount_factor(period_id, stream_id) for period_id in park.periods), default=1.0)
        for stream_id in park.streams
    }


def design_park(park: Park) -> Park:
    """The park at each stream's largest amount over the periods: the basis of pipe sizes."""
    design = annual_park(park).copy()
    for stream_id, factor in design_factors(park).items():
        if factor == 1.0:
            continue
        amount = _canonical(design, stream_id)
        if math.isfinite(amount):
            stream = design.streams[stream_id]
            stream.amount, stream.unit = amount * factor, ""
    return design


def period_parks(park: Park) -> list[tuple[Period, Park]]:
    """One derived park per period, in sheet order (see the module doc); ``[]`` without periods."""
    if not has_periods(park):
        return []
    annual = annual_park(park)
    pipes = _design_pipes(park)
    factors = design_factors(park)
    prices = _PriceFill(park)
    derived: list[tuple[Period, Park]] = []
    for period in park.periods.values():
        child = annual.copy()
        child.hours_per_year = float(period.hours or 0.0)
        child.periods, child.profiles = {}, {}
        _scale_hours(child, annual.hours_per_year)
        _scale_amounts(park, annual, child, period.id)
        _scale_links(park, child, period.id, pipes, factors)
        prices.scale(child, period.id)
        derived.append((period, child))
    return derived


def _design_pipes(park: Park) -> dict[str, LinkPipe]:
    """The pipe of every link whose size, loss or capex is computed, sized for the largest period."""
    design = design_park(park)
    pipes: dict[str, LinkPipe] = {}
    for link in park.links.values():
        source, sink = design.streams.get(link.source), design.streams.get(link.sink)
        if source is None or sink is None or link.capacity is not None:
            continue
        if link.diameter_mm is not None and link.loss_pct is not None and link.capex_cny is not None:
            continue
        pipe = link_pipe(design, link, source, sink)
        if pipe.refusal is None:
            pipes[link.id] = pipe
    return pipes


def _scale_hours(child: Park, total_hours: float) -> None:
    """An enterprise's own hours per year spread over the periods in proportion to their hours."""
    for enterprise in child.enterprises.values():
        if enterprise.hours_per_year is not None and total_hours:
            enterprise.hours_per_year = float(enterprise.hours_per_year) * child.hours_per_year / total_hours


def _scale_amounts(park: Park, annual: Park, child: Park, period_id: str) -> None:
    """Stream amounts × the period's amount factor, written as canonical rates when they change."""
    for stream_id, stream in child.streams.items():
        factor = park.amount_factor(period_id, stream_id)
        if factor == 1.0 and _same_rate(annual, child, stream_id):
            continue
        amount = _canonical(annual, stream_id)
        if math.isfinite(amount):
            stream.amount, stream.unit = amount * factor, ""


def _scale_links(
    park: Park, child: Park, period_id: str, pipes: dict[str, LinkPipe], factors: dict[str, float]
) -> None:
    """Today's flows follow the smaller amount factor of their ends; computed pipes are the design ones."""
    for link in child.links.values():
        if link.status is LinkStatus.EXISTING and link.current_flow:
            scale = min(park.amount_factor(period_id, link.source), park.amount_factor(period_id, link.sink))
            if scale != 1.0:
                link.current_flow = float(link.current_flow) * scale
        pipe = pipes.get(link.id)
        if pipe is not None and park.amount_factor(period_id, link.source) != factors.get(link.source, 1.0):
            link.diameter_mm = link.diameter_mm if link.diameter_mm is not None else pipe.diameter_mm
            link.loss_pct = link.loss_pct if link.loss_pct is not None else pipe.loss_pct
            link.capex_cny = link.capex_cny if link.capex_cny is not None else pipe.capex_cny


class _PriceFill:
    """Utility and disposal costs × the period's cost factor (a blank cost from its factor entry first)."""

    def __init__(self, park: Park) -> None:
        self.park = park
        self._library: FactorLibrary | None = None
        self._failed = False

    def library(self) -> FactorLibrary | None:
        if self._library is None and not self._failed:
            try:
                self._library = default_library().for_park(self.park)
            except (FactorError, OSError, ValueError):  # the optimizer notes a broken library
                self._failed = True
        return self._library

    def scale(self, child: Park, period_id: str) -> None:
        for row in child.utilities.values():
            self._scale_row(row, period_id)
        for other in child.disposals.values():
            self._scale_row(other, period_id)

    def _scale_row(self, row: Utility | Disposal, period_id: str) -> None:
        factor = self.park.cost_factor(period_id, row.id)
        if factor == 1.0:
            return
        if row.cost_cny_per_unit is None and row.factor:
            library = self.library()
            if library is not None:
                filled = (
                    library.fill_defaults(row) if isinstance(row, Utility) else library.fill_defaults(row)
                )
                row.cost_cny_per_unit = filled.cost_cny_per_unit
        if row.cost_cny_per_unit is not None:
            row.cost_cny_per_unit = float(row.cost_cny_per_unit) * factor


def _same_rate(annual: Park, child: Park, stream_id: str) -> bool:
    """True when the stream's amount reads as the same rate in the period as over the year."""
    stream = annual.streams[stream_id]
    if child.hours_of(stream.enterprise) == annual.hours_of(stream.enterprise):
        return True
    return _canonical(annual, stream_id) == _canonical(child, stream_id)
