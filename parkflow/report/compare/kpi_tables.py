"""The KPIs of one scenario in every state, and their deltas between two scenarios."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from parkflow.model.entities import Park
from parkflow.report.compare.terms import KPI_KEYS, STATES, is_number, natural_key

# ---------------------------------------------------------------------------
# KPIs of one scenario
# ---------------------------------------------------------------------------
#: kpi → state → value (None where the state is not available).
KpiTable = dict[str, dict[str, float | None]]


@dataclass
class KpiSet:
    """The KPIs of one park in every state, in total and broken down.

    ``by_enterprise``, ``by_medium`` and ``by_link`` map an enterprise id,
    a medium or a link id to a :data:`KpiTable`; they stay empty when the
    accounting cannot break a figure down.
    """

    totals: KpiTable
    by_enterprise: dict[str, KpiTable] = field(default_factory=dict)
    by_medium: dict[str, KpiTable] = field(default_factory=dict)
    by_link: dict[str, KpiTable] = field(default_factory=dict)


#: Computes a park's KPIs: ``provider(park, result, breakdowns=True)``, where
#: ``result`` is the optimization result or None and ``breakdowns=False`` asks
#: for the totals only (attribution calls it once per change).
KpiProvider = Callable[..., KpiSet]


def _as_table(raw: Mapping[str, Any]) -> KpiTable:
    """Normalise ``{kpi: {state: value}}`` to floats/None for the known KPIs and states."""
    table: KpiTable = {}
    for kpi, states in raw.items():
        if not isinstance(states, Mapping):
            continue
        table[kpi] = {}
        for state in STATES:
            value = states.get(state)
            table[kpi][state] = float(value) if value is not None and is_number(value) else None
    return table


def _frame_breakdown(frame: Any) -> dict[str, KpiTable]:
    """``{key: {kpi: {state: value}}}`` from a frame indexed by key with (kpi, state) columns."""
    out: dict[str, KpiTable] = {}
    for key, row in frame.to_dict("index").items():
        table: KpiTable = {}
        for (kpi, state), value in row.items():
            table.setdefault(str(kpi), {state_name: None for state_name in STATES})[str(state)] = (
                float(value) if is_number(value) else None
            )
        out[str(key)] = table
    return out


def _link_breakdown(frame: Any, state: str, into: dict[str, KpiTable]) -> None:
    """Add a link frame's ``avoided_<kpi>`` columns (against standalone) as ``into[link][kpi][state]``."""
    for link_id, row in frame.to_dict("index").items():
        for kpi in KPI_KEYS:
            value = row.get(f"avoided_{kpi}")
            into.setdefault(str(link_id), {}).setdefault(kpi, {s: None for s in STATES})[state] = (
                float(value) if is_number(value) else None
            )


def default_kpi_provider(park: Park, result: Any = None, breakdowns: bool = True) -> KpiSet:
    """KPIs from :mod:`parkflow.report.kpis`.

    ``totals`` from ``park_kpis``; with ``breakdowns`` also per enterprise
    and per medium (``breakdown_by_enterprise``/``_by_medium``) and, per
    link, what the link avoids against standalone in the current and the
    optimized state (``breakdown_by_link``; its ``(other)`` row holds what
    no single link carries).
    """
    from parkflow.report import kpis as accounting

    table = accounting.park_kpis(park, result)
    totals = _as_table(table.as_dict())
    for kpi in table.not_modelled():  # not counted is not "none used": no figure to compare
        totals[kpi] = {state: None for state in totals.get(kpi, {})}
    kpi_set = KpiSet(totals)
    if not breakdowns:
        return kpi_set
    kpi_set.by_enterprise = _frame_breakdown(accounting.breakdown_by_enterprise(park, result, table=table))
    # each enterprise's own figures: intensities over its value added, permit surpluses, None where not modelled
    for enterprise_id, rows in table.by_enterprise().items():
        kpi_set.by_enterprise[enterprise_id] = _as_table(rows)
    kpi_set.by_medium = _frame_breakdown(accounting.breakdown_by_medium(park, result, table=table))
    by_link: dict[str, KpiTable] = {}
    _link_breakdown(
        accounting.breakdown_by_link(park, result, state="current", table=table), "current", by_link
    )
    if result is not None:
        _link_breakdown(
            accounting.breakdown_by_link(park, result, state="optimized", table=table), "optimized", by_link
        )
    kpi_set.by_link = by_link
    return kpi_set


# ---------------------------------------------------------------------------
# Deltas between two scenarios
# ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class KpiDelta:
    """One KPI in one state: baseline ``a``, alternative ``b``, ``delta = b − a``."""

    a: float | None
    b: float | None

    @property
    def delta(self) -> float | None:
        if self.a is None or self.b is None:
            return None
        return self.b - self.a

    @property
    def percent(self) -> float | None:
        """Delta as a percentage of ``a`` (None when ``a`` is 0 or missing)."""
        delta = self.delta
        if delta is None or not self.a:
            return None
        return 100.0 * delta / abs(self.a)

    def to_dict(self) -> dict[str, float | None]:
        return {"a": self.a, "b": self.b, "delta": self.delta}


KpiComparison = dict[str, dict[str, KpiDelta]]


def compare_tables(table_a: KpiTable, table_b: KpiTable) -> KpiComparison:
    """Pair two KPI tables; KPIs of docs/design.md, "KPIs", first, then any extra ones."""
    keys = [kpi for kpi in KPI_KEYS if kpi in table_a or kpi in table_b]
    keys += sorted((set(table_a) | set(table_b)) - set(keys))
    return {
        kpi: {
            state: KpiDelta(table_a.get(kpi, {}).get(state), table_b.get(kpi, {}).get(state))
            for state in STATES
        }
        for kpi in keys
    }


def compare_breakdowns(
    breakdown_a: Mapping[str, KpiTable], breakdown_b: Mapping[str, KpiTable]
) -> dict[str, KpiComparison]:
    """Pair two breakdowns key by key (an enterprise only in one side counts 0 on the other)."""
    out: dict[str, KpiComparison] = {}
    for key in sorted(set(breakdown_a) | set(breakdown_b), key=natural_key):
        table_a = breakdown_a.get(key) or _zero_like(breakdown_b.get(key, {}))
        table_b = breakdown_b.get(key) or _zero_like(breakdown_a.get(key, {}))
        out[key] = compare_tables(table_a, table_b)
    return out


def _zero_like(table: KpiTable) -> KpiTable:
    return {
        kpi: {state: (0.0 if value is not None else None) for state, value in states.items()}
        for kpi, states in table.items()
    }
