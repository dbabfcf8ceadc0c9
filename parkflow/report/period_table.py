"""The report's table of a park's periods: each period's hours and its share of the main KPIs.

A park with periods is reported for the year (the sums over its periods);
this table shows what each period adds to that year, so a planner sees the
season in which the exchange network saves little (a summer with little
steam, a maintenance stop) next to the one in which it saves most.
"""

from __future__ import annotations

from typing import Any

from parkflow.model.entities import Park
from parkflow.report.kpis import KPI_LABELS, STATE_LABELS, KpiTable, compute_kpis

#: The KPIs the periods table shows, per period.
PERIOD_KPIS: tuple[str, ...] = ("cost_cny_per_yr", "co2_t_per_yr", "energy_tce_per_yr")


def periods_table_parts(park: Park, table: KpiTable) -> tuple[list[tuple[str, str]], list[list[Any]]] | None:
    """Columns and rows of the periods table (None for a park without periods).

    One row per period (its hours and, for each KPI of :data:`PERIOD_KPIS`,
    its standalone and optimized figure, or current without a result) and a
    last row for the year; the periods' rows add up to it.
    """
    accounting = table.accounting
    if not accounting.period_accountings:
        return None
    last = "optimized" if table.has_optimized else "current"
    states = ["standalone", last]
    columns: list[tuple[str, str]] = [("Period", "时段"), ("Hours per year", "年小时数")]
    for key in PERIOD_KPIS:
        english, chinese, unit = KPI_LABELS[key]
        for state in states:
            state_en, state_zh = STATE_LABELS[state]
            columns.append((f"{english} {state_en.lower()} ({unit})", f"{chinese}·{state_zh}"))
    rows: list[list[Any]] = []
    for period, _ in accounting.period_accountings:
        share = compute_kpis(
            park, table.states, accounting.library, table.built, accounting.basis.value, period=period.id
        )
        name = f"{period.id} {period.name}".strip() if period.name and period.name != period.id else period.id
        rows.append(
            [(name, name), period.hours]
            + [share.values[key].get(state) for key in PERIOD_KPIS for state in states]
        )
    rows.append(
        [("Year", "全年"), park.period_hours()]
        + [table.values[key].get(state) for key in PERIOD_KPIS for state in states]
    )
    return columns, rows
