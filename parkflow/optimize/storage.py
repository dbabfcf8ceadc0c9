"""Storages in the matching: charge, discharge and a level carried from one period to the next.

A storage (hot-water or heat tank, steam accumulator, hydrogen or water
tank) is charged by the links whose sink is its id and discharges into the
links whose source is its id.  Its columns and rows are added to a problem
already built (one design point, or every period stacked by
:mod:`parkflow.optimize.stacking`), after the period blocks, so they couple
the periods.  Notation, per storage s and period p of ``duration_h`` d_p
(rates in the medium's canonical unit, levels in that unit × h):

    x_{l,p} ≥ 0                 flow on storage link l (charging: from its source stream;
                                discharging: out of the storage), x_{l,p} ≤ capacity_l
    C_{s,p} = Σ_{l into s} (1 − loss_l) x_{l,p}          charge rate
    E_{s,p} = Σ_{l out of s} x_{l,p}                     discharge rate
    C_{s,p} ≤ charge_max_s · b_s,   E_{s,p} ≤ discharge_max_s · b_s        (storage_charge, storage_discharge)
    L_{s,p} = (1 − loss_s)^{d_p} · L_{s,p−1} + (C_{s,p} − E_{s,p}) · d_p    (storage_level)
    0 ≤ L_{s,p} ≤ capacity_s · b_s                                            (storage_capacity)

where p − 1 is the period before p in its cycle (periods of one ``cycle`` in
sheet order, the first following the last: the level is cyclic), and b_s = 1
for an existing storage, a build decision for a candidate one (binary in
MILP, a fraction in LP) whose annualised capex, capex × CRF(discount rate,
lifetime), is paid once a year.  A period without a cycle, and a park
without periods, has no level to carry: C_{s,p} = E_{s,p} (storage_balance),
so the storage shifts nothing in time.

A charging link draws on its source like any link (its source balance, or
for a hot stream of the heat cascade the stream's lowest interval, mw_s per
unit); a discharging link feeds its sink (1 − loss_l) per unit (its sink
balance, or for a cold stream the first interval cold enough for the
coolest source charging the storage, like a utility at that temperature).
A storage mixes what it receives, so a sink's blend rows count stored flow
at the worst quality among the sources charging the storage (the
compatibility rules let a storage serve a sink only if each of them meets
the sink's limit: the blend stays feasible and is never overstated).  Hot
water carries, per t/h, the heat of the least energetic source charging
the storage.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from parkflow.model.compat import storage_feeds, thermal_mw_per_unit
from parkflow.model.entities import LinkStatus, Park, Period, Storage, Stream
from parkflow.model.media import HeatDuty, spec_of
from parkflow.model.physics import capital_recovery_factor
from parkflow.model.problems import ParkError, Problem
from parkflow.optimize.problem import BLEND_FAMILIES, INF, LinearProblem

#: Column and row families this module adds.
STORAGE_FAMILIES: tuple[str, ...] = (
    "storage_flow",
    "storage_level",
    "storage_build",
    "storage_link_build",
    "storage_charge",
    "storage_discharge",
    "storage_capacity",
    "storage_balance",
)
#: Columns of :attr:`OptimizationResult.storages`.
STORAGE_COLUMNS: list[str] = ["storage", "period", "level", "charge", "discharge", "unit"]
#: Columns of :attr:`OptimizationResult.storage_flows` (index ``link_id``).
STORAGE_FLOW_COLUMNS: list[str] = ["period", "source", "sink", "amount", "unit", "built"]


@dataclass(frozen=True)
class _Step:
    """One block of the problem as the storages see it: a period (or the one design point)."""

    period: Period | None
    problem: LinearProblem
    col_start: int
    row_start: int

    @property
    def period_id(self) -> str:
        return self.period.id if self.period is not None else ""

    @property
    def cyclic(self) -> bool:
        return self.period is not None and bool(self.period.cycle)


@dataclass
class StorageColumns:
    """Where each storage's columns and rows went, for reading the solution back."""

    #: (period id, link id) → column of x_{l,p}
    flow: dict[tuple[str, str], int]
    #: (period id, storage id) → column of L_{s,p} (periods of a cycle only)
    level: dict[tuple[str, str], int]
    #: storage id → column of b_s (candidate storages only)
    build: dict[str, int]
    #: link id → column of y_l (candidate links into or out of a storage with capex)
    link_build: dict[str, int]
    #: period ids in order ("" for one design point)
    periods: list[str]


def storage_links(park: Park) -> tuple[list[tuple[str, Storage, Stream]], list[tuple[str, Storage, Stream]]]:
    """(link id, storage, source) of every charging link and (link id, storage, sink) of every discharging one."""
    charging: list[tuple[str, Storage, Stream]] = []
    discharging: list[tuple[str, Storage, Stream]] = []
    for link in park.links.values():
        if link.sink in park.storages and link.source in park.streams:
            charging.append((link.id, park.storages[link.sink], park.streams[link.source]))
        elif link.source in park.storages and link.sink in park.streams:
            discharging.append((link.id, park.storages[link.source], park.streams[link.sink]))
    return charging, discharging


def _steps(problem: LinearProblem, park: Park) -> list[_Step]:
    if not problem.periods:
        return [_Step(None, problem, 0, 0)]
    return [
        _Step(park.periods[block.period_id], block.problem, block.col_start, block.row_start)
        for block in problem.periods
    ]


def _check_durations(park: Park) -> None:
    missing = [period.id for period in park.periods.values() if period.cycle and not period.duration_h]
    if missing:
        raise ParkError(
            [
                Problem(
                    f"period {period_id} belongs to cycle {park.periods[period_id].cycle!r} but has no duration_h; a "
                    "storage's level needs how long each period of a cycle lasts (for example 12 for a 12 h night)",
                    kind="period",
                    entity_id=period_id,
                    column="duration_h",
                )
                for period_id in missing
            ]
        )


def add_storages(problem: LinearProblem, park: Park) -> StorageColumns | None:
    """Add every storage of ``park`` to ``problem`` (see the module doc); None when the park has none."""
    if not park.storages:
        return None
    _check_durations(park)
    steps = _steps(problem, park)
    charging, discharging = storage_links(park)
    links = {link.id: link for link in park.links.values()}
    flow: dict[tuple[str, str], int] = {}
    level: dict[tuple[str, str], int] = {}
    build = _add_build_columns(problem, park)
    for step in steps:
        data = step.problem.data
        keys = [link_id for link_id, _, _ in charging + discharging]
        upper = np.array(
            [INF if links[key].capacity is None else float(links[key].capacity or 0.0) for key in keys]
        )
        ends = [stream for _, _, stream in charging + discharging]
        hours = np.array([data.stream_hours[data.stream_index[stream.id]] for stream in ends], dtype=float)
        cost = np.array([float(links[key].cost_cny_per_unit or 0.0) for key in keys])
        columns = problem.add_columns(
            "storage_flow",
            pd.Index(keys, name="link_id"),
            0.0,
            upper,
            cost=cost,
            hours=hours if len(hours) else data.hours,
        )
        _name_in_period(problem, step, columns=True)
        for key, column in zip(keys, columns, strict=True):
            flow[(step.period_id, key)] = int(column)
        for link_id, _, source in charging:
            _draw_on_source(problem, step, source, flow[(step.period_id, link_id)])
        for link_id, storage, sink in discharging:
            keep = 1.0 - float(links[link_id].loss_pct or 0.0) / 100.0
            _feed_sink(problem, step, park, storage, sink, flow[(step.period_id, link_id)], keep)
    for storage in park.storages.values():
        into = [
            (link_id, 1.0 - float(links[link_id].loss_pct or 0.0) / 100.0)
            for link_id, tank, _ in charging
            if tank.id == storage.id
        ]
        out = [link_id for link_id, tank, _ in discharging if tank.id == storage.id]
        _add_storage_rows(problem, steps, storage, into, out, flow, level, build.get(storage.id))
    link_build = _add_link_build(problem, park, steps, charging, discharging, flow)
    return StorageColumns(flow, level, build, link_build, [step.period_id for step in steps])


def _add_link_build(
    problem: LinearProblem,
    park: Park,
    steps: list[_Step],
    charging: list[tuple[str, Storage, Stream]],
    discharging: list[tuple[str, Storage, Stream]],
    flow: dict[tuple[str, str], int],
) -> dict[str, int]:
    """y_l for a candidate link into or out of a storage with a typed capex, and x_{l,p} − M_l y_l ≤ 0.

    Built once for all periods (binary in MILP, a fraction in LP), its
    annualised capex paid once; M_l is the link's capacity, else the most
    the storage takes (charge_max ÷ (1 − loss)) or gives (discharge_max).
    A blank capex is not priced from the site for a storage's link: only
    typed capex counts.
    """
    if not problem.options.uses_build_variables:
        return {}
    links = {link.id: link for link in park.links.values()}
    most: dict[str, float] = {}
    for link_id, storage, _ in charging:
        keep = 1.0 - float(links[link_id].loss_pct or 0.0) / 100.0
        most[link_id] = float(storage.charge_max or 0.0) / keep if keep > 0 else 0.0
    for link_id, storage, _ in discharging:
        most[link_id] = float(storage.discharge_max or 0.0)
    chosen = [
        link_id
        for link_id in most
        if links[link_id].status is LinkStatus.CANDIDATE
        and links[link_id].capex_cny
        and links[link_id].lifetime_yr
    ]
    if not chosen:
        return {}
    capex = np.array(
        [
            float(links[link_id].capex_cny or 0.0)
            * capital_recovery_factor(park.discount_rate_pct, links[link_id].lifetime_yr)
            for link_id in chosen
        ]
    )
    columns = problem.add_columns(
        "storage_link_build",
        pd.Index(chosen, name="link_id"),
        0.0,
        1.0,
        capex=capex,
        integer=problem.options.mode == "milp",
    )
    capacity = [links[link_id].capacity for link_id in chosen]
    bound = np.array(
        [
            most[link_id] if cap is None else min(most[link_id], float(cap))
            for link_id, cap in zip(chosen, capacity, strict=True)
        ]
    )
    for step in steps:
        rows = problem.add_rows("storage_link_build", pd.Index(chosen, name="link_id"), -INF, 0.0)
        _name_in_period(problem, step, columns=False)
        problem.add_entries(rows, np.array([flow[(step.period_id, link_id)] for link_id in chosen]), 1.0)
        problem.add_entries(rows, columns, -bound)
    return {link_id: int(column) for link_id, column in zip(chosen, columns, strict=True)}


def _name_in_period(problem: LinearProblem, step: _Step, *, columns: bool) -> None:
    """The block just added is of the step's period (its names read ``family__<period>__key``)."""
    if step.period is not None:
        (problem.column_blocks if columns else problem.row_blocks)[-1].period = step.period.id


def _add_build_columns(problem: LinearProblem, park: Park) -> dict[str, int]:
    """b_s ∈ [0, 1] (integer in MILP) for each candidate storage, its annualised capex on the objective."""
    candidates = [storage for storage in park.storages.values() if storage.status is LinkStatus.CANDIDATE]
    if not candidates:
        return {}
    capex = np.array(
        [
            float(storage.capex_cny or 0.0)
            * capital_recovery_factor(park.discount_rate_pct, storage.lifetime_yr)
            if problem.options.uses_build_variables
            else 0.0
            for storage in candidates
        ]
    )
    columns = problem.add_columns(
        "storage_build",
        pd.Index([storage.id for storage in candidates], name="storage_id"),
        0.0,
        1.0,
        capex=capex,
        integer=problem.options.mode == "milp",
    )
    return {storage.id: int(column) for storage, column in zip(candidates, columns, strict=True)}


def _row(step: _Step, family: str, key: object) -> int | None:
    row = step.problem.row_of(family, key)
    return None if row is None else row + step.row_start


def _cascade_rows(step: _Step, family: str, stream_id: str) -> dict[int, int]:
    """Interval → row of a cascade stream's rows of ``family`` (hot_cascade or cold_cascade)."""
    block = step.problem.rows(family)
    if block is None:
        return {}
    return {
        int(key[1]): block.start + offset + step.row_start
        for offset, key in enumerate(block.keys)
        if key[0] == stream_id
    }


def _draw_on_source(problem: LinearProblem, step: _Step, source: Stream, column: int) -> None:
    """A charging link takes from its source: its source balance, or the lowest interval of a hot stream."""
    data = step.problem.data
    position = data.stream_index[source.id]
    if data.cascade[position]:
        rows = _cascade_rows(step, "hot_cascade", source.id)
        if rows:
            problem.add_entries(
                np.array([rows[max(rows)]]), np.array([column]), float(data.mw_per_unit[position])
            )
        else:
            problem.set_upper(column, 0.0)
        return
    row = _row(step, "source_balance", source.id)
    if row is None:
        problem.set_upper(column, 0.0)
        return
    problem.add_entries(np.array([row]), np.array([column]), 1.0)


def stored_heat_mw_per_unit(park: Park, storage: Storage) -> float:
    """MW one canonical unit per hour out of a thermal storage carries: its least energetic source's."""
    if spec_of(storage.medium).heat_duty is HeatDuty.AMOUNT:
        return 1.0  # the amount is the duty, MW
    feeds = storage_feeds(park, storage.id)
    return min((thermal_mw_per_unit(source) for source in feeds), default=0.0)


def _feed_sink(
    problem: LinearProblem, step: _Step, park: Park, storage: Storage, sink: Stream, column: int, keep: float
) -> None:
    """A discharging link feeds its sink: its balance and blend rows, or the cold stream's cascade."""
    data = step.problem.data
    position = data.stream_index[sink.id]
    feeds = storage_feeds(park, storage.id)
    if not feeds:
        problem.set_upper(column, 0.0)  # nothing ever charges it
        return
    if data.cascade[position]:
        rows = _cascade_rows(step, "cold_cascade", sink.id)
        intervals = step.problem.intervals
        coolest = min(float(source.temperature_c or 0.0) for source in feeds)
        threshold = coolest - data.dt_min / 2.0
        level = next(
            (
                interval
                for interval in sorted(rows)
                if intervals is not None and intervals.top[interval] <= threshold + 1e-9
            ),
            None,
        )
        if level is None:
            problem.set_upper(column, 0.0)  # the stored heat is too cold for any of the sink's range
            return
        problem.add_entries(
            np.array([rows[level]]), np.array([column]), keep * stored_heat_mw_per_unit(park, storage)
        )
        return
    row = _row(step, "sink_balance", sink.id)
    if row is None:
        problem.set_upper(column, 0.0)
        return
    problem.add_entries(np.array([row]), np.array([column]), keep)
    for family in BLEND_FAMILIES:
        limit = data.quality_limit(position, family)
        blend_row = _row(step, family, sink.id)
        if limit is None or blend_row is None:
            continue
        field, is_minimum, bound = limit
        qualities = [getattr(source, field) for source in feeds]
        if any(quality is None for quality in qualities):
            problem.set_upper(column, 0.0)
            continue
        worst = min(qualities) if is_minimum else max(qualities)
        problem.add_entries(np.array([blend_row]), np.array([column]), keep * (float(worst) - bound))


def _add_storage_rows(
    problem: LinearProblem,
    steps: list[_Step],
    storage: Storage,
    into: list[tuple[str, float]],
    out: list[str],
    flow: dict[tuple[str, str], int],
    level: dict[tuple[str, str], int],
    build: int | None,
) -> None:
    """Charge and discharge limits, the level and its cycle (or the balance of a period without one)."""
    capacity = float(storage.capacity or 0.0)
    loss = float(storage.loss_pct_per_h or 0.0) / 100.0

    def limit(family: str, step: _Step, columns: list[int], coefficients: list[float], most: float) -> None:
        if build is None:
            rows = problem.add_rows(family, pd.Index([storage.id], name="storage_id"), -INF, most)
        else:
            rows = problem.add_rows(family, pd.Index([storage.id], name="storage_id"), -INF, 0.0)
            problem.add_entries(rows, np.array([build]), -most)
        _name_in_period(problem, step, columns=False)
        problem.add_entries(
            np.full(len(columns), rows[0]), np.array(columns, dtype=np.int64), np.array(coefficients)
        )

    for step in steps:
        pid = step.period_id
        charge = [flow[(pid, link_id)] for link_id, _ in into]
        keeps = [keep for _, keep in into]
        discharge = [flow[(pid, link_id)] for link_id in out]
        limit("storage_charge", step, charge, keeps, float(storage.charge_max or 0.0))
        limit(
            "storage_discharge", step, discharge, [1.0] * len(discharge), float(storage.discharge_max or 0.0)
        )
        if step.cyclic:
            columns = problem.add_columns(
                "storage_level",
                pd.Index([storage.id], name="storage_id"),
                0.0,
                capacity if build is None else INF,
            )
            _name_in_period(problem, step, columns=True)
            level[(pid, storage.id)] = int(columns[0])
            if build is not None:
                limit("storage_capacity", step, [int(columns[0])], [1.0], capacity)
        else:
            rows = problem.add_rows("storage_balance", pd.Index([storage.id], name="storage_id"), 0.0, 0.0)
            _name_in_period(problem, step, columns=False)
            problem.add_entries(
                np.full(len(charge) + len(discharge), rows[0]),
                np.array(charge + discharge),
                np.array(keeps + [-1.0] * len(discharge)),
            )
    cycles: dict[str, list[_Step]] = {}
    for step in steps:
        if step.cyclic and step.period is not None:
            cycles.setdefault(step.period.cycle, []).append(step)
    for members in cycles.values():
        for index, step in enumerate(members):
            before = members[index - 1]  # the first period follows the last: the level is cyclic
            assert step.period is not None
            duration = float(step.period.duration_h or 0.0)
            kept = (1.0 - loss) ** duration
            pid = step.period_id
            rows = problem.add_rows("storage_level", pd.Index([storage.id], name="storage_id"), 0.0, 0.0)
            _name_in_period(problem, step, columns=False)
            here, previous = level[(pid, storage.id)], level[(before.period_id, storage.id)]
            # L_p − kept·L_{p−1} − d_p·(Σ keep·x_in − Σ x_out) = 0; one period alone: L (1 − kept) = d (C − E)
            coefficients = {here: 1.0}
            coefficients[previous] = coefficients.get(previous, 0.0) - kept
            problem.add_entries(
                np.full(len(coefficients), rows[0]),
                np.array(list(coefficients)),
                np.array(list(coefficients.values())),
            )
            charge = [flow[(pid, link_id)] for link_id, _ in into]
            discharge = [flow[(pid, link_id)] for link_id in out]
            problem.add_entries(
                np.full(len(charge), rows[0]),
                np.array(charge, dtype=np.int64),
                -duration * np.array([keep for _, keep in into]),
            )
            problem.add_entries(
                np.full(len(discharge), rows[0]), np.array(discharge, dtype=np.int64), duration
            )


def read_storages(
    park: Park, placed: StorageColumns | None, values: np.ndarray, *, milp: bool
) -> tuple[pd.DataFrame, pd.DataFrame, tuple[str, ...]]:
    """The storages frame, the storage links' flows and the storages built, from a solution's values.

    A candidate storage is built when its decision is 1 (MILP) or, in LP, when
    any share of it is paid for.
    """
    if placed is None:
        return empty_storages(), empty_storage_flows(), ()
    charging, discharging = storage_links(park)
    links = {link.id: link for link in park.links.values()}
    rows: list[dict[str, object]] = []
    flow_rows: list[dict[str, object]] = []
    flow_ids: list[str] = []
    for pid in placed.periods:
        for storage in park.storages.values():
            charge = sum(
                (1.0 - float(links[link_id].loss_pct or 0.0) / 100.0)
                * float(values[placed.flow[(pid, link_id)]])
                for link_id, tank, _ in charging
                if tank.id == storage.id
            )
            discharge = sum(
                float(values[placed.flow[(pid, link_id)]])
                for link_id, tank, _ in discharging
                if tank.id == storage.id
            )
            column = placed.level.get((pid, storage.id))
            rows.append(
                {
                    "storage": storage.id,
                    "period": pid,
                    "level": _clean(float(values[column])) if column is not None else 0.0,
                    "charge": _clean(charge),
                    "discharge": _clean(discharge),
                    "unit": storage.unit,
                }
            )
    threshold = 0.5 if milp else 1e-7
    links_built = {
        link_id
        for link_id, _, _ in charging + discharging
        if links[link_id].status is LinkStatus.EXISTING
        or (
            float(values[placed.link_build[link_id]]) > threshold
            if link_id in placed.link_build
            else any(float(values[placed.flow[(pid, link_id)]]) > 1e-7 for pid in placed.periods)
        )
    }
    for pid in placed.periods:
        for link_id, storage, _stream in charging + discharging:
            flow_ids.append(link_id)
            flow_rows.append(
                {
                    "period": pid,
                    "source": links[link_id].source,
                    "sink": links[link_id].sink,
                    "amount": _clean(float(values[placed.flow[(pid, link_id)]])),
                    "unit": storage.unit,
                    "built": link_id in links_built,
                }
            )
    built = tuple(
        storage.id
        for storage in park.storages.values()
        if storage.status is LinkStatus.EXISTING
        or (storage.id in placed.build and float(values[placed.build[storage.id]]) > threshold)
    )
    flows = pd.DataFrame(flow_rows, index=pd.Index(flow_ids, name="link_id"), columns=STORAGE_FLOW_COLUMNS)
    return pd.DataFrame(rows, columns=STORAGE_COLUMNS), flows, built


def _clean(value: float) -> float:
    """A solver's value with its round-off below 1e-9 made 0 (never −0)."""
    return 0.0 if abs(value) < 1e-9 or not math.isfinite(value) else value


def empty_storages() -> pd.DataFrame:
    return pd.DataFrame(columns=STORAGE_COLUMNS)


def empty_storage_flows() -> pd.DataFrame:
    return pd.DataFrame(columns=STORAGE_FLOW_COLUMNS, index=pd.Index([], name="link_id"))


def storage_summaries(park: Park, storages: pd.DataFrame, built: tuple[str, ...]) -> list[str]:
    """One line per storage: its cycle, whether it is built, its largest level and when it charges and discharges."""
    lines: list[str] = []
    for storage in park.storages.values():
        rows = storages[storages["storage"] == storage.id]
        active = rows[(rows["charge"] > 1e-7) | (rows["discharge"] > 1e-7)]
        cycles = list(
            dict.fromkeys(
                park.periods[pid].cycle or "none" for pid in active["period"] if pid in park.periods
            )
        )
        where = (f"cycle {', '.join(cycles)}" if cycles else "no cycle") if park.periods else "no periods"
        state = (
            "built"
            if storage.id in built and storage.status is LinkStatus.CANDIDATE
            else ("existing" if storage.status is LinkStatus.EXISTING else "not built")
        )
        unit = storage.unit
        volume = unit.removesuffix("/h")
        charged = (
            ", ".join(
                f"{row.charge:,.4g} {unit} in {row.period or 'the year'}"
                for row in active.itertuples()
                if row.charge > 1e-7
            )
            or "nothing"
        )
        discharged = (
            ", ".join(
                f"{row.discharge:,.4g} {unit} in {row.period or 'the year'}"
                for row in active.itertuples()
                if row.discharge > 1e-7
            )
            or "nothing"
        )
        top = float(rows["level"].max()) if len(rows) else 0.0
        lines.append(
            f"storage {storage.id} ({storage.medium.value}, {state}, {where}): largest level "
            f"{top:,.4g} {volume} of {float(storage.capacity or 0.0):,.4g}; charges {charged}; "
            f"discharges {discharged}"
        )
    return lines
