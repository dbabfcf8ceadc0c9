"""What every report says, independent of its format (HTML, PDF, XLSX).

:func:`build_report` gathers the park's KPIs for the three states, the
breakdowns, the published figures next to ParkFlow's, the factors and
conventions used with their sources, and the metadata a committee needs
(scenario file and time, solver status).  The renderers only lay it out.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from parkflow import __version__
from parkflow.model.compat import is_heat_pump
from parkflow.model.entities import (
    AIR_POLLUTANTS,
    WATER_POLLUTANTS,
    ElectricityTceBasis,
    LinkStatus,
    Park,
)
from parkflow.model.factors import FactorError, FactorLibrary
from parkflow.model.heat_pumps import HeatPumpError, converter_ratios, heat_pump
from parkflow.model.media import spec_of
from parkflow.report.catalogue import CATALOGUE, INTENSITY_KEYS, KPI
from parkflow.report.grading import GradingRules, grade_enterprises, load_rules
from parkflow.report.kpis import (
    COD_BALANCE_KEYS,
    KPI_KEYS,
    KPI_LABELS,
    STATE_LABELS,
    KpiTable,
    breakdown_by_enterprise,
    breakdown_by_link,
    breakdown_by_medium,
    park_kpis,
)
from parkflow.report.period_table import periods_table_parts
from parkflow.report.published import OPPOSITE_SIGN, opposite_signs, published_comparison

LANGUAGES = ("en", "zh", "both")


@dataclass
class Table:
    """One table: a sheet in XLSX, a section in HTML and PDF."""

    key: str
    title: tuple[str, str]
    columns: list[tuple[str, str]]
    rows: list[list[Any]]
    note: tuple[str, str] = ("", "")
    #: columns holding text that may be long (wrapped, narrower numbers elsewhere)
    text_columns: tuple[int, ...] = ()
    #: columns holding ids or short labels (a little wider than numbers)
    id_columns: tuple[int, ...] = ()


@dataclass
class Chart:
    title: tuple[str, str]
    draw: Callable[[str], Any]  # language -> matplotlib Figure


@dataclass
class Report:
    park: Park
    kpis: KpiTable
    title: tuple[str, str]
    meta: list[tuple[tuple[str, str], str]]
    tables: list[Table]
    charts: list[Chart]
    notes: list[tuple[str, str]] = field(default_factory=list)


#: the cell of a KPI the park cannot count (no utility carries it)
NOT_MODELLED: tuple[str, str] = ("not modelled", "未建模")


#: KPIs reported beside the others but never a saving: their "saves" columns show –.
REPORTED_NOT_SAVED: frozenset[str] = frozenset({"co2_utilised_t_per_yr"})

#: Label of the line that closes each figure on the reviewer's page (text, never a formula).
REVIEW_TOTAL = ("Total (sum of the rows above)", "合计（以上各行之和）")


def text(pair: tuple[str, str], language: str) -> str:
    """A label in the chosen language: ``en``, ``zh`` or ``both`` ("English · 中文")."""
    english, chinese = pair
    if language == "en" or not chinese:
        return english
    if language == "zh":
        return chinese or english
    return f"{english} · {chinese}" if english != chinese else english


#: The most decimals a report prints; anything smaller reads as 0.
NUMBER_MAX_DECIMALS = 4


def number(value: Any, digits: int = 3) -> str:
    """Readable number: thousands separators, about ``digits`` significant figures."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, str):
        return value
    value = float(value)
    if abs(value) < 0.5 * 10.0**-NUMBER_MAX_DECIMALS:  # below what is printed: solver noise, never "-0"
        return "0"
    magnitude = math.floor(math.log10(abs(value)))
    decimals = min(max(0, digits - 1 - magnitude), NUMBER_MAX_DECIMALS)
    shown = f"{value:,.{decimals}f}"
    return "0" if float(shown.replace(",", "")) == 0 else shown


def _state_pair(state: str) -> tuple[str, str]:
    return STATE_LABELS.get(state, (state, state))


def _medium_pair(medium: str) -> tuple[str, str]:
    try:
        spec = spec_of(medium)
        return spec.name_en, spec.name_zh
    except ValueError:
        return medium, medium


def _kpi_pair(name: str) -> tuple[str, str] | str:
    """KPI name for people when ``name`` is a KPI key, else ``name``."""
    if name in KPI_LABELS:
        english, chinese, _unit = KPI_LABELS[name]
        return english, chinese
    if "mwh" in name.lower():
        return "Electricity delivered", "供电量"
    if name.lower().startswith("recovered"):
        return "Amount recovered", "回收量"
    return name


def _status_of(result: Any | None) -> tuple[str, str]:
    if result is None:
        return "no optimization result", "无优化结果"
    parts = [str(getattr(result, "status", "?"))]
    name = getattr(result, "objective_name", "")
    value = getattr(result, "objective_value", None)
    if name:
        parts.append(f"objective {name} = {number(value)} {getattr(result, 'objective_unit', '')}".strip())
    gap = getattr(result, "gap", None)
    if gap is not None:
        parts.append(f"gap {float(gap):.2%}")
    seconds = getattr(result, "solve_time_s", None)
    if seconds:
        parts.append(f"{float(seconds):.2f} s")
    solver = getattr(result, "solver", "")
    if solver:
        parts.append(f"solver {solver} ({getattr(result, 'mode', '')})")
    line = ", ".join(parts)
    return line, line.replace("objective", "目标").replace("gap", "间隙").replace("solver", "求解器")


def build_report(
    park: Park,
    result: Any | None,
    scenario_name: str = "",
    saved_at: str | datetime | None = None,
    electricity_convention: str | None = None,
    extra_notes: list[tuple[str, str]] | None = None,
) -> Report:
    """Everything a report shows (see the module docstring)."""
    table = park_kpis(park, result, electricity_convention=electricity_convention)
    has_optimized = table.has_optimized
    states: list[str] = [state for state in ("standalone", "current", "optimized") if state in table.states]
    link_state = "optimized" if has_optimized else "current"
    links = breakdown_by_link(park, result, state=link_state, table=table)
    current_links = breakdown_by_link(park, result, state="current", table=table)
    published = published_comparison(
        park,
        current_links,
        table.library,
        park_reductions={key: table.reduction(key, "standalone", "current") for key in KPI_KEYS},
    )
    # the order matters: the factors table lists the factors looked up before it
    meta = _report_meta(park, result, table, scenario_name, saved_at)
    not_modelled = table.not_modelled()
    tables: list[Table] = [boundary_table(park, table), _kpi_summary_table(table, states)]
    tables += _periods_tables(park, table)
    tables.append(cod_balance_table(table, states))
    if "nh3n_discharged_t_per_yr" not in not_modelled:
        tables.append(water_balance_table(table, states, "nh3n"))
    tables += _breakdown_tables(park, table, states)
    tables += [
        enterprise_indicators_table(park, table, states),
        grading_table(park, table, "optimized" if has_optimized else "current"),
        _link_table(links, link_state, not_modelled),
        *_storage_tables(park, result),
        *([converter_table(park, table.library, result)] if park.converters else []),
        _published_table(published),
        _factors_table(table.library),
        _kpi_definitions_table(),
        _per_unit_table(park, table),
        reviewer_table(park, table, states),
    ]
    notes = _report_notes(table, result, extra_notes)
    charts = _report_charts(park, table, states, links)
    return Report(park, table, ("ParkFlow park report", "ParkFlow 园区报告"), meta, tables, charts, notes)


def _periods_tables(park: Park, table: KpiTable) -> list[Table]:
    """The headline indicators per period (a park with periods), each period's share of the year."""
    period_parts = periods_table_parts(park, table)
    if period_parts is None:
        return []
    return [
        Table(
            "periods",
            ("Per period, share of the year", "分时段（占全年）"),
            *period_parts,
            note=(
                "Each period is the park at its profiles' amounts and prices for its hours; the rows add up to the year.",
                "各时段按其曲线的流量与价格、在其小时数内计算；各行之和为全年。",
            ),
            id_columns=(0,),
        )
    ]


def _storage_tables(park: Park, result: Any | None) -> list[Table]:
    """Each storage's level, charge and discharge per period, when the park has storages."""
    storage_table = storages_table(park, result)
    return [] if storage_table is None else [storage_table]


def _report_meta(
    park: Park, result: Any | None, table: KpiTable, scenario_name: str, saved_at: str | datetime | None
) -> list[tuple[tuple[str, str], str]]:
    """The report's heading lines: the park, the file, when, the solver, hours, factors, conventions, prices."""
    library = table.library
    if isinstance(saved_at, datetime):
        saved_text = saved_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    else:
        saved_text = str(saved_at or "not saved (read from a workbook)")
    grid = library.get("electricity.co2")
    meta: list[tuple[tuple[str, str], str]] = [
        (("Park", "园区"), park.name or "(unnamed)"),
        (("Scenario file", "方案文件"), scenario_name or "–"),
        (("Saved at", "保存时间"), saved_text),
        (
            ("Report generated", "报告生成"),
            datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC") + f" · ParkFlow {__version__}",
        ),
        (("Solver status", "求解状态"), _status_of(result)[0]),
        (
            ("Operating hours", "年运行小时"),
            f"{number(park.period_hours() or park.hours_per_year)} h/yr"
            + (f" in {len(park.periods)} periods" if park.periods else ""),
        ),
        (
            ("Factor region and year", "因子地区与年份"),
            f"{grid.region} {grid.year} (grid {grid.value:g} tCO2/MWh)",
        ),
        (("Electricity → tce", "电力折标"), table.accounting.convention_en),
        (
            ("CO2 and COD prices", "碳价与COD价"),
            f"{number(park.co2_price_cny_per_t)} CNY/t CO2; {number(park.cod_price_cny_per_t)} CNY/t COD",
        ),
    ]
    return meta


def _kpi_summary_table(table: KpiTable, states: list[str]) -> Table:
    """The key indicators per year in every state, and what the current and optimized states save."""
    has_optimized = table.has_optimized
    columns = [("Indicator", "指标"), ("Unit", "单位")] + [_state_pair(s) for s in states]
    columns.append(("Current saves", "现状减少"))
    if has_optimized:
        columns += [("Optimized saves", "优化减少"), ("Optimized vs current", "优化较现状再减")]
    rows = []
    not_modelled = table.not_modelled()
    for key in KPI_KEYS:
        english, chinese, unit = KPI_LABELS[key]
        if key in not_modelled:  # a 0 would read as "none used"
            rows.append([(english, chinese), unit] + [NOT_MODELLED] * (len(columns) - 2))
            continue
        if key == "energy_tce_per_yr":
            english = f"{english} (electricity at {table.accounting.convention_en.split(',')[0]})"
            chinese = f"{chinese}（电力按{table.accounting.convention_zh}）"
        kpi_row: list[Any] = [(english, chinese), unit] + [table.values[key].get(s) for s in states]
        if key in REPORTED_NOT_SAVED:  # reported for the supplier's inventory, not a saving
            kpi_row += ["–"] * (len(columns) - len(kpi_row))
        else:
            kpi_row.append(table.reduction(key, "standalone", "current"))
            if has_optimized:
                kpi_row += [
                    table.reduction(key, "standalone", "optimized"),
                    table.reduction(key, "current", "optimized"),
                ]
        rows.append(kpi_row)
        if key == "co2_utilised_t_per_yr":  # the enterprise-level deduction, labelled as such
            deduction: list[Any] = [
                (
                    "of which the supplier may deduct as 回收利用量 (GB/T 32150, enterprise level; "
                    "not a park reduction)",
                    "其中供方企业可按 GB/T 32150 扣减的回收利用量（企业层面，非园区减排）",
                ),
                unit,
            ] + kpi_row[2:]
            rows.append(deduction)
        if key == "energy_tce_per_yr":  # the other electricity basis, beside it
            other = BASIS_LABELS[table.other_basis]
            other_values = table.energy_other_basis
            other_row: list[Any] = [
                (
                    f"{english.split(' (')[0]} (electricity at {other[0]})",
                    f"{chinese.split('（')[0]}（电力按{other[1]}）",
                ),
                unit,
            ]
            other_row += [other_values.get(s) for s in states]
            other_row.append(_difference(other_values, "standalone", "current"))
            if has_optimized:
                other_row += [
                    _difference(other_values, "standalone", "optimized"),
                    _difference(other_values, "current", "optimized"),
                ]
            rows.append(other_row)
    missing_en = missing_zh = ""
    if not_modelled:
        missing_en = (
            " Not modelled in this park (nothing in it carries the quantity), so not counted, which is "
            "not the same as none used: " + ", ".join(KPI_LABELS[key][0] for key in not_modelled) + "."
        )
        missing_zh = (
            "本园区未建模（没有公用工程提供）的指标，表示“未计入”而非“未使用”："
            + "、".join(KPI_LABELS[key][1] for key in not_modelled)
            + "。"
        )
    return Table(
        "kpis",
        ("Key indicators per year", "年度关键指标"),
        columns,
        rows,
        note=(
            "Savings are standalone minus the state (positive = less). CO2 emissions are scope 1 + scope 2; "
            "upstream (scope 3) and utilised CO2 are shown apart and never added. CO2 utilised as a product "
            "is the recovered-and-used amount (回收利用量) that GB/T 32150 lets the supplying enterprise "
            "deduct in its own inventory; it stays in the park's CO2 because it is released where it is used."
            + missing_en,
            "减少量＝独立运行减去该状态（正值为减少）。二氧化碳排放量为范围一＋范围二；上游（范围三）与作为产品利用的"
            "二氧化碳单列，不计入总量。作为产品利用的二氧化碳即 GB/T 32150 允许供方企业在其核算中扣减的回收利用量；"
            "因其在使用处释放，仍计入园区排放。" + missing_zh,
        ),
        text_columns=(0,),
    )


def _breakdown_tables(park: Park, table: KpiTable, states: list[str]) -> list[Table]:
    """The headline indicators by enterprise and by medium."""
    tables: list[Table] = []
    focus = ("co2_t_per_yr", "cod_discharged_t_per_yr", "energy_tce_per_yr", "cost_cny_per_yr")
    for key_name, title, frame, label in (
        (
            "by_enterprise",
            ("By enterprise", "按企业"),
            breakdown_by_enterprise(park, table=table),
            "enterprise",
        ),
        ("by_medium", ("By medium", "按介质"), breakdown_by_medium(park, table=table), "medium"),
    ):
        columns = [("Enterprise", "企业") if label == "enterprise" else ("Medium", "介质")]
        for key in focus:
            for state in states:
                columns.append(
                    (
                        f"{KPI_LABELS[key][0]} {_state_pair(state)[0].lower()} ({KPI_LABELS[key][2]})",
                        f"{KPI_LABELS[key][1]}·{_state_pair(state)[1]}",
                    )
                )
        rows = []
        for group, values in frame.iterrows():
            if label == "enterprise":
                enterprise = park.enterprises.get(str(group))
                name = f"{group} {enterprise.name}" if enterprise and enterprise.name else str(group)
                first: Any = (
                    (name, name)
                    if group != "(links)"
                    else ("(links: cost and capex)", "（管线：费用与投资）")
                )
            else:
                first = _medium_pair(str(group))
            rows.append([first] + [values[(key, state)] for key in focus for state in states])
        tables.append(
            Table(
                key_name,
                title,
                columns,
                rows,
                text_columns=(0,),
                note=(
                    "Utilities count for the enterprise that receives them, disposals for the one that sends.",
                    "公用工程计入使用企业，处置计入排出企业。",
                )
                if label == "enterprise"
                else ("", ""),
            )
        )
    return tables


def _link_table(links: pd.DataFrame, link_state: str, not_modelled: list[str]) -> Table:
    """What each link avoids against standalone, largest CO2 first."""
    link_columns = [
        ("Link", "连接"),
        ("From → to", "从 → 到"),
        ("Medium", "介质"),
        ("Status", "状态"),
        ("Flow", "流量"),
        ("Unit", "单位"),
    ]
    summed = [k for k in KPI_KEYS if KPI[k].aggregation == "sum"]  # an intensity is no link's to avoid
    link_columns += [
        (f"{KPI_LABELS[k][0]} avoided ({KPI_LABELS[k][2]})", f"{KPI_LABELS[k][1]}减少") for k in summed
    ]
    link_rows = []
    ordered = links.sort_values("avoided_co2_t_per_yr", ascending=False) if not links.empty else links
    for link_id, row in ordered.iterrows():
        route = f"{row['source']} → {row['sink']}" if row["source"] else ""
        link_rows.append(
            [
                str(link_id),
                route,
                _medium_pair(str(row["medium"])) if row["medium"] else "",
                str(row["status"]),
                row["flow"],
                row["unit"],
            ]
            + [NOT_MODELLED if k in not_modelled else row[f"avoided_{k}"] for k in summed]
        )
    return Table(
        "by_link",
        (
            f"By link ({link_state} state, against standalone)",
            f"按连接（{_state_pair(link_state)[1]}，相对独立运行）",
        ),
        link_columns,
        link_rows,
        text_columns=(1,),
        id_columns=(0, 2),
        note=(
            "Each link avoids its sink's utility and its source's disposal, less its own cost and "
            "annualised capex. (other) reconciles converters and over-delivery so rows add up to the total.",
            "每条连接减少接收方公用工程与供给方处置，扣除自身运行费与年化投资；(other) 行使合计与总量一致。",
        ),
    )


def _published_table(published: pd.DataFrame) -> Table:
    """Published figures of the park's exchanges next to ParkFlow's, with the verdict and why they differ."""
    pub_columns = [
        ("Exchange", "交换"),
        ("Indicator", "指标"),
        ("Published", "公开数据"),
        ("Unit", "单位"),
        ("Period", "周期"),
        ("ParkFlow", "ParkFlow计算"),
        ("Gap (published vs ours)", "差异（公开较计算）"),
        ("Verdict", "结论"),
        ("Why they differ", "差异原因"),
        ("Method", "方法"),
        ("Source", "来源"),
    ]
    pub_rows = [
        [
            r["item"],
            _kpi_pair(str(r["kpi"])),
            r["published"],
            r["unit"],
            r["period"],
            r["parkflow"],
            _gap_cell(r["published"], r["parkflow"], r["gap_pct"]),
            (r["verdict"].en, r["verdict"].zh),
            (r["explanation"], r["explanation_zh"]),
            r["method"],
            r["source"],
        ]
        for _, r in published.iterrows()
    ]
    return Table(
        "published",
        ("Published figures next to ours", "公开数据与本软件计算对照"),
        pub_columns,
        pub_rows,
        text_columns=(8, 9, 10),
        id_columns=(0, 1, 7),
        note=(
            "ParkFlow's figure is the exchange as it runs today (current state), per the published period; "
            "gap = (published − ParkFlow) / ParkFlow. A gap of 5 % or less agrees; every larger gap carries its "
            "reason."
            if pub_rows
            else "No published figures for this park (sample_parks/published.csv).",
            "ParkFlow 数值为现状运行下该交换的计算值，按公开数据周期折算；差异＝(公开−计算)/计算。差异不超过 5 % "
            "视为一致，超过者均注明原因。"
            if pub_rows
            else "本园区无公开数据对照。",
        ),
    )


def _factors_table(library: FactorLibrary) -> Table:
    """Every factor looked up so far, with its source."""
    used = sorted(library.used.values(), key=lambda f: (f.kind != "profile", f.key, f.region, f.year or 0))
    factor_rows = [
        [
            (f.label_en or f.key, f.label_zh or f.label_en or f.key),
            f.key,
            f"{f.value:.6g}",
            f.unit,
            str(f.year or ""),
            f.region,
            f.source,
            f.note,
        ]
        for f in used
    ]
    return Table(
        "factors",
        ("Factors and conventions used", "所用因子与约定"),
        [
            ("Factor", "因子"),
            ("Key", "键"),
            ("Value", "数值"),
            ("Unit", "单位"),
            ("Year", "年份"),
            ("Region", "地区"),
            ("Source", "来源"),
            ("Note", "说明"),
        ],
        factor_rows,
        text_columns=(0, 1, 6, 7),
        note=(
            "⚠ marks values not checked against the standard's full text. Park overrides say so in the source.",
            "⚠ 表示未能与标准全文核对的数值；园区自定值在来源中注明。",
        ),
    )


def _kpi_definitions_table() -> Table:
    """What each indicator covers, how it adds up and which way is better."""
    return Table(
        "kpi_definitions",
        ("What each indicator covers", "各指标的范围"),
        [
            ("Indicator", "指标"),
            ("Key", "键"),
            ("Unit", "单位"),
            ("Covers", "范围"),
            ("Adds up", "汇总方式"),
            ("Better", "方向"),
        ],
        [
            [
                (d.label_en, d.label_zh),
                d.key,
                d.unit,
                (d.covers_en, d.covers_zh),
                ("sum over enterprises, links and states' rows", "按企业、连接与来源行求和")
                if d.aggregation == "sum"
                else ("ratio of sums (never a sum of ratios)", "分子合计÷分母合计（不是比值相加）"),
                ("lower", "越低越好") if d.better == "lower" else ("higher", "越高越好"),
            ]
            for d in CATALOGUE
        ],
        text_columns=(0, 3),
        id_columns=(1,),
    )


def _per_unit_table(park: Park, table: KpiTable) -> Table:
    """What one canonical unit of each utility, disposal and source burden costs and emits."""
    unit_rows: list[list[Any]] = []
    for kind, collection, values in (
        ("utility", park.utilities, table.accounting.utility_values),
        ("disposal", park.disposals, table.accounting.disposal_values),
    ):
        for row_id, row in collection.items():
            pv = values[row_id]
            unit_rows.append(
                [
                    f"{kind} {row_id}",
                    row.name,
                    _medium_pair(row.medium.value),
                    row.factor or "–",
                    pv.scope,
                    pv.co2_t,
                    pv.cod_t,
                    pv.cost_cny,
                    pv.energy_tce,
                    pv.natural_gas_nm3,
                    pv.method,
                ]
            )
    for stream_id, pv in table.accounting.rules.burden_values.items():
        stream = park.streams[stream_id]
        unit_rows.append(
            [
                f"source burden {stream_id}",
                stream.name,
                _medium_pair(stream.medium.value),
                stream.factor or "–",
                1,
                pv.co2_t,
                0.0,
                pv.cost_cny,
                pv.energy_tce,
                pv.natural_gas_nm3,
                pv.method,
            ]
        )
    return Table(
        "per_unit",
        (
            "Utilities, disposals and source burdens per canonical unit",
            "公用工程、处置与供方负担（每标准单位）",
        ),
        [
            ("Item", "项目"),
            ("Name", "名称"),
            ("Medium", "介质"),
            ("Factor", "因子"),
            ("Scope", "范围"),
            ("CO2 t", "CO2 吨"),
            ("COD t", "COD 吨"),
            ("Cost CNY", "费用 元"),
            ("Energy tce", "能耗 tce"),
            ("Gas Nm³", "天然气 Nm³"),
            ("Method", "方法"),
        ],
        unit_rows,
        text_columns=(1, 10),
        note=(
            "Per t (steam, water), MWh (heat, fuel, electricity) or Nm³ (hydrogen); typed numbers win over factors. "
            "A source's burden applies to every unit it sends over links.",
            "每吨（蒸汽、水）、每MWh（热、燃料、电）或每Nm³（氢气）；表中填写的数值优先于因子。供方负担按经连接输送的每单位计。",
        ),
    )


def _report_notes(
    table: KpiTable, result: Any | None, extra_notes: list[tuple[str, str]] | None
) -> list[tuple[str, str]]:
    """The caller's notes, the accounting's problems, the solver's notes, and why cost and objective differ."""
    notes: list[tuple[str, str]] = list(extra_notes or [])
    for problem in table.accounting.problems:
        notes.append((problem, problem))
    for note in getattr(result, "notes", ()) or ():
        notes.append((str(note), str(note)))
    optimized_cost = table.values["cost_cny_per_yr"].get("optimized")
    objective = getattr(result, "objective_value", None)
    if (
        result is not None
        and getattr(result, "objective_name", "") == "cost"
        and optimized_cost is not None
        and objective is not None
        and abs(optimized_cost - float(objective)) > 1e-6 * max(1.0, abs(optimized_cost))
    ):
        gap = optimized_cost - float(objective)
        why_en = (
            "LP mode counts only a share of each candidate link's capex (build decisions relaxed); "
            "this report counts the full annualised capex of every candidate link used"
            if getattr(result, "mode", "") == "lp"
            else "see the factors and per-unit tables"
        )
        why_zh = (
            "LP 模式仅计入候选连接投资的一部分（建设决策松弛）；本报告计入所用候选连接的全部年化投资"
            if getattr(result, "mode", "") == "lp"
            else "见因子与单位价值表"
        )
        notes.append(
            (
                f"Optimized cost {number(optimized_cost)} CNY/yr differs from the solver's objective "
                f"{number(float(objective))} CNY/yr by {number(gap)}: {why_en}.",
                f"优化成本 {number(optimized_cost)} 元/年 与求解目标值 {number(float(objective))} 元/年 相差 "
                f"{number(gap)}：{why_zh}。",
            )
        )
    return notes


def _report_charts(park: Park, table: KpiTable, states: list[str], links: pd.DataFrame) -> list[Chart]:
    charts = [
        Chart(
            ("Each indicator as % of standalone", "各指标占独立运行的百分比"),
            lambda language: _chart_percent(table, states, language),
        ),
        Chart(
            ("CO2 by medium (t/yr)", "按介质的CO2排放（吨/年）"),
            lambda language: _chart_by_medium(breakdown_by_medium(park, table=table), states, language),
        ),
    ]
    if not links.empty:
        charts.append(
            Chart(
                ("CO2 avoided by link (t/yr; negative: added)", "各连接减少的CO2（吨/年；负值为增加）"),
                lambda language: _chart_links(links, language),
            )
        )
    return charts


#: Tables every format shows before the charts: the boundary statement, then the KPIs.
LEAD_TABLES: tuple[str, ...] = ("boundary", "kpis", "cod_balance")
#: How each electricity basis is named in documents.
BASIS_LABELS: dict[ElectricityTceBasis, tuple[str, str]] = {
    ElectricityTceBasis.CALORIFIC: ("calorific equivalent 0.1229 kgce/kWh (当量值)", "当量值"),
    ElectricityTceBasis.GENERATION: ("supply coal rate (等价值)", "等价值（供电煤耗）"),
}
_COD_BALANCE_LABELS: dict[str, tuple[str, str]] = {
    "in": ("COD in (sources, utilities' water, disposals' own)", "COD 输入（供方、公用工程水、处置自身）"),
    "discharged": ("discharged from the park", "排出园区"),
    "removed": ("removed by treatment", "处理去除"),
    "retained": ("retained in processes (incl. no declared fate)", "工艺内截留（含未声明去向）"),
    "kept_at_sources": ("kept at sources (unused, no disposal)", "留在供方（未利用且无处置）"),
    "residual": ("residual (in − all the above)", "残差（输入−以上各项）"),
}


def _gap_cell(published: float, ours: float | None, gap_pct: float | None) -> Any:
    """The gap column of the published table: a signed percentage, "opposite sign", or – ."""
    if ours is not None and not pd.isna(ours) and opposite_signs(float(published), float(ours)):
        return OPPOSITE_SIGN
    if gap_pct is None or pd.isna(gap_pct):
        return "–"
    return f"{gap_pct:+.0f} %"


def _difference(values: dict[str, float], frm: str, to: str) -> float | None:
    before, after = values.get(frm), values.get(to)
    return None if before is None or after is None else before - after


def storages_table(park: Park, result: Any | None) -> Table | None:
    """Each storage in each period of the optimized network: its cycle, level, charge and discharge."""
    frame = getattr(result, "storages", None)
    if not isinstance(frame, pd.DataFrame) or frame.empty:
        return None
    built = set(getattr(result, "storages_built", ()) or ())
    rows: list[list[Any]] = []
    for row in frame.itertuples(index=False):
        storage = park.storages.get(str(row.storage))
        period = park.periods.get(str(row.period))
        cycle: Any = period.cycle if period is not None and period.cycle else ("none", "无")
        if storage is None:
            status: Any = ""
        elif storage.status is LinkStatus.EXISTING:
            status = ("existing", "现有")
        else:
            status = ("built", "建设") if storage.id in built else ("not built", "不建设")
        rows.append(
            [
                str(row.storage),
                storage.enterprise if storage else "",
                _medium_pair(storage.medium.value) if storage else "",
                cycle,
                status,
                str(row.period) or ("the year", "全年"),
                row.level,
                row.charge,
                row.discharge,
                str(row.unit),
            ]
        )
    return Table(
        "storages",
        ("Storages: level, charge and discharge by period", "储罐：各时段的存量、充入与释放"),
        [
            ("Storage", "储罐"),
            ("Enterprise", "企业"),
            ("Medium", "介质"),
            ("Cycle", "周期"),
            ("Status", "状态"),
            ("Period", "时段"),
            ("Level at the end (unit × h)", "时段末存量（单位×小时）"),
            ("Charge", "充入速率"),
            ("Discharge", "释放速率"),
            ("Unit", "单位"),
        ],
        rows,
        id_columns=(0, 1, 3, 5),
        note=(
            "A storage's level carries from one period to the next of its cycle and comes back to where it "
            "started when the cycle repeats; a period without a cycle gives out what it takes.",
            "储罐存量在同一周期的各时段间结转，周期重复时回到起点；不属于任何周期的时段充入等于释放。",
        ),
    )


def pollutants_statement(not_modelled: list[str]) -> tuple[str, str]:
    """Which pollutants the figures count, and which not, in English and Chinese."""
    missing = set(not_modelled)
    water = [p for p in WATER_POLLUTANTS if f"{p.key}_discharged_t_per_yr" not in missing]
    air = [p for p in AIR_POLLUTANTS if f"{p.key}_t_per_yr" not in missing]
    absent = [p for p in WATER_POLLUTANTS if p not in water] + [p for p in AIR_POLLUTANTS if p not in air]
    water_en = ", ".join(p.label_en for p in water) or "none"
    water_zh = "、".join(p.label_zh for p in water) or "无"
    air_en = ", ".join(p.label_en for p in air) or "none"
    air_zh = "、".join(p.label_zh for p in air) or "无"
    absent_en = ", ".join(p.label_en for p in absent) or "none"
    absent_zh = "、".join(p.label_zh for p in absent) or "无"
    water_en += (
        " (generated before treatment, discharged after it, with a balance per state)" if water else ""
    )
    water_zh += "（处理前产生量、处理后排放量，各状态均有平衡）" if water else ""
    air_en += " (emitted by the modelled utilities, disposals and source burdens)" if air else ""
    air_zh += "（建模公用工程、处置与供方负担的排放）" if air else ""
    return (
        f"CO2 (by scope). Water: {water_en}. Air: {air_en}. Not modelled: {absent_en}; no other pollutant "
        "(SS, TP, heavy metals, CO …) is counted.",
        f"二氧化碳（分范围）。水：{water_zh}。大气：{air_zh}。未建模：{absent_zh}；"
        "其他污染物（悬浮物、总磷、重金属、一氧化碳等）均不计。",
    )


def boundary_table(park: Park, table: KpiTable) -> Table:
    """What the figures cover and what they do not: the first thing a reviewer reads."""
    enterprises = list(park.enterprises.values())
    names = ", ".join(f"{e.id} {e.name}".strip() for e in enterprises[:40])
    if len(enterprises) > 40:
        names += f", … ({len(enterprises) - 40} more)"
    own_hours = [e for e in enterprises if e.hours_per_year is not None]
    hours_en = f"{number(park.hours_per_year)} h/yr for every enterprise"
    hours_zh = f"各企业均按 {number(park.hours_per_year)} 小时/年"
    if own_hours:
        listed = ", ".join(f"{e.id} {number(e.hours_per_year)} h" for e in own_hours[:20])
        hours_en = f"{number(park.hours_per_year)} h/yr, except {listed}"
        hours_zh = f"{number(park.hours_per_year)} 小时/年，以下企业按自身小时数：{listed}"
    basis, other = BASIS_LABELS[table.electricity_basis], BASIS_LABELS[table.other_basis]
    unfated = [s.id for s in park.sinks() if spec_of(s.medium).carries_water_pollutants and not s.disposal]
    unfated_set = set(unfated)
    retained = (
        {
            state: sum(
                c.cod.get("retained", 0.0)
                for c in table.accounting.contributions(flows, table.built.get(state))
                if c.stream in unfated_set
            )
            for state, flows in table.states.items()
        }
        if unfated
        else {}
    )
    not_modelled = table.not_modelled()
    missing_en = ", ".join(KPI_LABELS[key][0] for key in not_modelled) or "none"
    missing_zh = "、".join(KPI_LABELS[key][1] for key in not_modelled) or "无"
    rows: list[list[Any]] = [
        [
            ("Inside the boundary", "边界之内"),
            (
                "The modelled streams of the listed enterprises: the utilities that serve their sinks, the disposals "
                "that take their sources, the burden of sources sent over links (scope 1, produced in the park), the "
                "effluent of water sinks, the links and their annualised capex. The park is the boundary: CO2 is "
                "scope 1 (inside the park) + scope 2 (purchased electricity, steam and heat).",
                "所列企业已建模的物流：为其需方供应的公用工程、接收其供方的处置、经连接输送的供方负担（范围一，园区内生产）、"
                "用水企业的排水、连接及其年化投资。以园区为边界：二氧化碳为范围一（园区内）＋范围二（外购电力、蒸汽、热力）。",
            ),
        ],
        [
            ("Outside the boundary", "边界之外"),
            (
                "Anything not modelled as a stream: the enterprises' other fuels, processes and products, so these totals "
                "are partial sums of the modelled exchanges and not the park's 综合能耗 or CO2 inventory. Upstream "
                "(scope 3) CO2 of purchased materials and water is reported apart, never added. KPIs not modelled: "
                f"{missing_en}.",
                "未作为物流建模的一切：企业的其他燃料、工艺与产品；因此各合计为已建模交换的部分和，不是园区综合能耗或碳排放清单。"
                f"外购物料与水的上游（范围三）排放单列，不计入总量。未建模指标：{missing_zh}。",
            ),
        ],
        [("Enterprises", "企业"), (f"{len(enterprises)}: {names}", f"{len(enterprises)} 家：{names}")],
        [("Pollutants", "污染物"), pollutants_statement(not_modelled)],
        [("Hours basis", "小时基准"), (hours_en, hours_zh)],
        [
            ("Energy basis", "能源折标基准"),
            (
                f"GB/T 2589; electricity at the {basis[0]}; the same figure on the {other[0]} is shown beside it. "
                "A utility's energy and CO2 come from the same fuel.",
                f"GB/T 2589；电力按{basis[1]}折标，并列给出按{other[1]}的数值。公用工程的能耗与排放取自同一燃料。",
            ),
        ],
    ]
    if unfated:
        shown = ", ".join(
            f"{_state_pair(state)[0].lower()} {number(value)} t/yr" for state, value in retained.items()
        )
        shown_zh = "，".join(
            f"{_state_pair(state)[1]} {number(value)} 吨/年" for state, value in retained.items()
        )
        rows.append(
            [
                ("COD without a declared fate", "未声明去向的COD"),
                (
                    f"Water sinks without an effluent route ({', '.join(unfated[:20])}) keep what they receive, "
                    f"counted as retained in their processes: {shown}.",
                    f"无排水去向的用水需方（{', '.join(unfated[:20])}）截留其接收的COD，计为工艺内截留：{shown_zh}。",
                ),
            ]
        )
    return Table(
        "boundary",
        ("Boundary of these figures", "本报告数据的边界"),
        [("Aspect", "方面"), ("Statement", "说明")],
        rows,
        text_columns=(1,),
        id_columns=(0,),
    )


def water_balance_table(table: KpiTable, states: list[str], pollutant: str) -> Table:
    """The balance of one water pollutant other than COD (NH3-N), with the same rows as COD's."""
    balances = table.water_balances.get(pollutant, {})
    name = next(p for p in WATER_POLLUTANTS if p.key == pollutant)
    labels = {
        key: (
            f"{name.label_en}{english[3:]}" if english.startswith("COD") else english,
            f"{name.label_zh}{chinese[3:]}" if chinese.startswith("COD") else chinese,
        )
        for key, (english, chinese) in _COD_BALANCE_LABELS.items()
    }
    rows = [
        [labels[key], "t/yr", *[balances.get(state, {}).get(key) for state in states]]
        for key in COD_BALANCE_KEYS
    ]
    return Table(
        f"{pollutant}_balance",
        (f"{name.label_en} balance per state", f"各状态{name.label_zh}平衡"),
        [("Item", "项目"), ("Unit", "单位"), *[_state_pair(state) for state in states]],
        rows,
        text_columns=(0,),
        note=(
            "The same rules as COD: what enters leaves the park, is removed by treatment, stays in a "
            "process or stays unused at its source; the residual is zero to rounding.",
            f"与COD同一规则：进入的{name.label_zh}或排出园区，或被处理去除，或截留于工艺，或未利用留在供方；"
            "残差在舍入范围内为零。",
        ),
    )


#: Per-enterprise columns of the indicators table: key, English and Chinese headings.
_ENTERPRISE_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("co2_t_per_10k_cny", "CO2 t/10⁴ CNY", "碳排放 t/万元"),
    ("energy_tce_per_10k_cny", "Energy tce/10⁴ CNY", "能耗 tce/万元"),
    ("cod_discharged_t_per_yr", "COD discharged t/yr", "COD排放 t/a"),
    ("nh3n_discharged_t_per_yr", "NH3-N discharged t/yr", "氨氮排放 t/a"),
    ("cod_permit_surplus_t_per_yr", "COD permit surplus t/yr", "COD节余指标 t/a"),
    ("nh3n_permit_surplus_t_per_yr", "NH3-N permit surplus t/yr", "氨氮节余指标 t/a"),
    ("nox_t_per_yr", "NOx t/yr", "氮氧化物 t/a"),
    ("environmental_tax_cny_per_yr", "Env. tax CNY/yr", "环保税 元/a"),
)


def enterprise_indicators_table(park: Park, table: KpiTable, states: list[str]) -> Table:
    """The province's indicators per enterprise: intensities, discharges, permit surpluses, tax."""
    by_enterprise = table.by_enterprise()
    shown = [state for state in ("standalone", "optimized" if "optimized" in states else "current")]
    columns: list[tuple[str, str]] = [("Enterprise", "企业"), ("Value added 10⁴ CNY/yr", "工业增加值 万元/a")]
    for _key, english, chinese in _ENTERPRISE_COLUMNS:
        for state in shown:
            columns.append(
                (f"{english}, {_state_pair(state)[0].lower()}", f"{chinese}·{_state_pair(state)[1]}")
            )
    rows: list[list[Any]] = []
    for enterprise_id, values in by_enterprise.items():
        enterprise = park.enterprises[enterprise_id]
        name = f"{enterprise_id} {enterprise.name}".strip()
        value_added = enterprise.value_added_cny_per_yr
        row: list[Any] = [(name, name), value_added / 1e4 if value_added else NOT_MODELLED]
        for key, _, _ in _ENTERPRISE_COLUMNS:
            for state in shown:
                value = values[key][state]
                row.append(NOT_MODELLED if value is None else value)
        rows.append(row)
    return Table(
        "enterprise_indicators",
        ("Indicators per enterprise", "各企业指标"),
        columns,
        rows,
        text_columns=(0,),
        note=(
            "Intensities per 10⁴ CNY (万元) of the enterprise's own value added; permit surplus (节余排污指标) = "
            "permit − discharged. Utilities count for the enterprise that receives them, disposals and source "
            "burdens for the one that sends. 'not modelled': no value added, no permit, or nothing in the park "
            "carries the quantity.",
            "强度按企业自身工业增加值（每万元）计；节余排污指标＝许可排放量−排放量。公用工程计入使用企业，处置与供方负担计入"
            "排出企业。“未建模”：无工业增加值、无许可量，或园区内无物流携带该项。",
        ),
    )


def grading_table(park: Park, table: KpiTable, state: str, rules: GradingRules | None = None) -> Table:
    """Each enterprise's score and grade under the rules (the shipped example unless given)."""
    rules = rules or load_rules()
    graded = grade_enterprises(table, rules, state)
    columns = [("Enterprise", "企业"), ("Score", "得分"), ("Grade", "等级")]
    columns += [
        (f"{rule.label_en} (weight {rule.weight:g})", f"{rule.label_zh}（权重 {rule.weight:g}）")
        for rule in rules.rules
    ]
    rows: list[list[Any]] = []
    for enterprise_id, result in graded.items():
        enterprise = park.enterprises[enterprise_id]
        name = f"{enterprise_id} {enterprise.name}".strip()
        grade: Any = (
            (result.grade.label_en, result.grade.label_zh)
            if result.grade
            else ("too few figures (value added?)", "数据不足（工业增加值？）")
        )
        row: list[Any] = [(name, name), result.score if result.score is not None else NOT_MODELLED, grade]
        for rule in rules.rules:
            value, points = result.points[rule.indicator]
            row.append(NOT_MODELLED if value is None else f"{number(value)} → {points:.0f}")
        rows.append(row)
    example_en = " This is an EXAMPLE rule set, not an official index." if rules.example else ""
    example_zh = "此为示例规则，非官方指数。" if rules.example else ""
    title = (
        f"Enterprise grades: {rules.name_en} ({_state_pair(state)[0].lower()})",
        f"企业分级：{rules.name_zh}（{_state_pair(state)[1]}）",
    )
    if not any(result.grade for result in graded.values()):  # a grid of "too few figures" says nothing
        return Table(
            "grading",
            title,
            columns,
            [],
            note=(
                "No enterprise can be graded: the rules need figures per 10⁴ CNY of value added for at least "
                f"{rules.min_weight_share:.0%} of their weight, and no enterprise in this park file states its value "
                f"added (工业增加值).{example_en}",
                f"无法为任何企业分级：规则须按工业增加值（每万元）计算、覆盖至少 {rules.min_weight_share:.0%} 的权重，"
                f"而本方案文件中没有企业填报工业增加值。{example_zh}",
            ),
        )
    return Table(
        "grading",
        (
            f"Enterprise grades: {rules.name_en} ({_state_pair(state)[0].lower()})",
            f"企业分级：{rules.name_zh}（{_state_pair(state)[1]}）",
        ),
        columns,
        rows,
        text_columns=(0, 2),
        note=(
            "Each rule gives 100 points at its 'good' value or better and 0 at 'poor' or worse, linear between; "
            f"the score is the weighted mean over the rules an enterprise has figures for (at least "
            f"{rules.min_weight_share:.0%} of the weight, else no grade). Grades: "
            + ", ".join(f"{g.label_en} ≥ {g.min_score:g}" for g in rules.grades)
            + f". Rules: {Path(rules.source).name}.{example_en}",
            "每条规则在“良好”值及以上得 100 分，“较差”值及以下得 0 分，其间线性；得分为企业有数据的各规则的加权平均"
            f"（须覆盖至少 {rules.min_weight_share:.0%} 的权重，否则不分级）。等级："
            + "，".join(f"{g.label_zh} ≥ {g.min_score:g}" for g in rules.grades)
            + f"。规则文件：{Path(rules.source).name}。{example_zh}",
        ),
    )


def cod_balance_table(table: KpiTable, states: list[str]) -> Table:
    """The COD balance of every state: in = discharged + removed + retained + kept at sources."""
    rows = [
        [_COD_BALANCE_LABELS[key], "t/yr", *[table.balances.get(state, {}).get(key) for state in states]]
        for key in COD_BALANCE_KEYS
    ]
    return Table(
        "cod_balance",
        ("COD balance per state", "各状态COD平衡"),
        [("Item", "项目"), ("Unit", "单位"), *[_state_pair(state) for state in states]],
        rows,
        text_columns=(0,),
        note=(
            "Every t of COD that enters (sources' water, utilities' water, what a disposal's own factor "
            "adds) leaves the park, is removed by treatment, stays in a process or stays unused at its "
            "source; the residual is zero to rounding.",
            "进入的每吨COD（供方水、公用工程水、处置因子自身增加的量）或排出园区，或被处理去除，或截留于工艺，"
            "或未利用留在供方；残差在舍入范围内为零。",
        ),
    )


_CATEGORY_LABELS: dict[str, tuple[str, str]] = {
    "utility": ("utility", "公用工程"),
    "disposal": ("disposal", "处置"),
    "burden": ("source burden", "供方负担"),
    "effluent": ("sink effluent", "需方排水"),
    "link": ("link cost", "连接费用"),
    "capex": ("annualised capex", "年化投资"),
}


def _ratio_rows(park: Park, table: KpiTable, state: str, key: str) -> list[list[Any]]:
    """An intensity traced to its parts: each enterprise's numerator ÷ its value added, then the park's."""
    english, chinese, _ = KPI_LABELS[key]
    numerator = INTENSITY_KEYS[key]
    per_enterprise = table.enterprise_values.get(state, {})
    rows: list[list[Any]] = []
    amount = value_added = 0.0
    for enterprise_id, enterprise in park.enterprises.items():
        if not enterprise.value_added_cny_per_yr:
            continue
        part = per_enterprise.get(enterprise_id, {}).get(numerator, 0.0)
        ten_thousands = float(enterprise.value_added_cny_per_yr) / 1e4
        amount, value_added = amount + part, value_added + ten_thousands
        rows.append(
            [
                _state_pair(state),
                (english, chinese),
                (
                    f"{enterprise_id}: {KPI_LABELS[numerator][0]} {part:.6g} {KPI_LABELS[numerator][2]} ÷ "
                    f"{ten_thousands:.6g} × 10⁴ CNY",
                    f"{enterprise_id}：{KPI_LABELS[numerator][1]} {part:.6g} ÷ {ten_thousands:.6g} 万元",
                ),
                "",
                None,
                "",
                None,
                "",
                "",
                part / ten_thousands,
            ]
        )
    value = table.values[key].get(state)
    how = (
        f"{amount:.6g} ÷ {value_added:.6g} × 10⁴ CNY (ratio of the sums 合计之比)"
        if rows
        else "no enterprise states its value added (无企业填报工业增加值)"
    )
    rows.append([_state_pair(state), (english, chinese), REVIEW_TOTAL, how, None, "", None, "", "", value])
    return rows


def fixed_figures(value: float, significant: int = 6) -> str:
    """``value`` in fixed notation with about ``significant`` figures (never 1.2e-05), trailing zeros dropped."""
    if value == 0 or not math.isfinite(value):
        return "0"
    magnitude = math.floor(math.log10(abs(value)))
    decimals = min(max(0, significant - 1 - magnitude), 12)
    shown = f"{value:,.{decimals}f}"
    if "." in shown:
        shown = shown.rstrip("0").rstrip(".")
    return "0" if shown in ("-0", "") else shown


def _factor_unit(kpi_unit: str, contribution: Any) -> str:
    """The unit of a reviewer row's factor: the KPI's quantity per unit of the row (t/t, t/Nm³, CNY/MWh …)."""
    quantity = kpi_unit.split("/")[0].strip() or kpi_unit
    if contribution.category == "capex" or not contribution.amount * contribution.hours:
        return f"{quantity} (annual)"
    return f"{quantity}/{annual_unit(contribution.unit)}" if contribution.unit else quantity


def annual_unit(hourly: str) -> str:
    """What an hourly amount's unit becomes once multiplied by hours: t/h → t, MW → MWh, Nm3/h → Nm³."""
    unit = hourly.strip()
    if unit.endswith("/h"):
        unit = unit[:-2]
    elif unit in ("MW", "kW", "GW"):
        unit += "h"
    return unit.replace("m3", "m³")


def _row_name(park: Park, category: str, item: str) -> str:
    """The human name of a reviewer row's utility, disposal, link or stream (empty when it has none)."""
    for collection in (
        park.utilities if category == "utility" else {},
        park.disposals if category == "disposal" else {},
        park.links if category in ("link", "capex") else {},
        park.streams,
    ):
        found = collection.get(item) if hasattr(collection, "get") else None
        if found is not None:
            return str(getattr(found, "name", "") or "")
    return ""


def reviewer_table(park: Park, table: KpiTable, states: list[str]) -> Table:
    """Every KPI of every state traced to its rows: amount × hours × factor = figure, then the total."""
    rows: list[list[Any]] = []
    accounting = table.accounting
    not_modelled = table.not_modelled()
    for state in states:
        contributions = accounting.contributions(table.states[state], table.built.get(state))
        for key in KPI_KEYS:
            english, chinese, unit = KPI_LABELS[key]
            total = 0.0
            if key in not_modelled:  # one line saying so, not a total of 0
                rows.append(
                    [
                        _state_pair(state),
                        (english, chinese),
                        NOT_MODELLED,
                        "",
                        None,
                        "",
                        None,
                        "",
                        "",
                        NOT_MODELLED,
                    ]
                )
                continue
            if KPI[key].aggregation == "ratio":
                rows += _ratio_rows(park, table, state, key)
                continue
            for contribution in contributions:
                figure = contribution.values.get(key, 0.0)
                if abs(figure) < 1e-9 or contribution.category == "kept":
                    continue
                total += figure
                annual = contribution.amount * contribution.hours
                per_unit = figure / annual if annual else figure
                label = _CATEGORY_LABELS.get(
                    contribution.category, (contribution.category, contribution.category)
                )
                name = _row_name(park, contribution.category, contribution.item)
                # a park with periods: the row's period, so its hours can be checked against the periods table
                period = park.periods.get(contribution.period) if contribution.period else None
                when = (
                    ("", "")
                    if period is None
                    else (f" (period {period.name or period.id})", f"（时段 {period.name or period.id}）")
                )
                # the factor with six significant figures, so the product can be redone by hand
                rows.append(
                    [
                        _state_pair(state),
                        (english, chinese),
                        (
                            f"{label[0]} {contribution.item} {name}".strip() + when[0],
                            f"{label[1]} {contribution.item} {name}".strip() + when[1],
                        ),
                        contribution.stream,
                        contribution.amount,
                        contribution.unit,
                        contribution.hours,
                        fixed_figures(per_unit),
                        _factor_unit(unit, contribution),
                        figure,
                    ]
                )
            value = table.values[key].get(state)
            rows.append(
                [
                    _state_pair(state),
                    (english, chinese),
                    REVIEW_TOTAL,
                    "",
                    None,
                    "",
                    None,
                    "",
                    "",
                    value if value is not None else total,
                ]
            )
    return Table(
        "reviewer",
        ("Reviewer's page: every figure traced to its rows", "核查页：每个数据追溯至其来源行"),
        [
            ("State", "状态"),
            ("Indicator", "指标"),
            ("Row", "来源行"),
            ("Stream", "物流"),
            ("Amount per h", "小时量"),
            ("Unit", "单位"),
            ("Hours", "小时"),
            ("Factor per unit", "单位因子"),
            ("Factor unit", "因子单位"),
            ("Figure per yr", "年度数值"),
        ],
        rows,
        text_columns=(1, 2),
        id_columns=(3,),
        note=(
            "Figure = amount per hour × hours × factor per unit (per t, MWh or Nm³ of the stream's canonical unit; "
            "cost includes priced CO2 and COD, and the estimated tax when the park prices it; the capex row is "
            "already annual). Each total is the sum of the rows above it and equals the key-indicator table; an "
            "intensity is the sum of its numerators over the sum of the value added.",
            "年度数值＝小时量×小时数×单位因子（每吨、每MWh或每Nm³；成本含按价格计入的CO2与COD，园区选择时含估算环保税；"
            "年化投资行已为年度值）。每个合计为其上各行之和，与年度关键指标表一致；强度指标为分子合计除以工业增加值合计。",
        ),
    )


# -- charts (matplotlib; fonts set up by parkflow.report.fonts) ------------------------
def _figure(width: float, height: float) -> Any:
    from parkflow.report.fonts import configure_matplotlib

    configure_matplotlib()
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=100, layout="constrained")


def thousands_axis(axis: Any) -> None:
    """Tick labels with thousands separators (20,000 rather than 20000)."""
    from matplotlib.ticker import FuncFormatter

    axis.set_major_formatter(
        FuncFormatter(lambda value, _position: f"{value:,.0f}" if abs(value) >= 10 else f"{value:,.2g}")
    )


def _chart_percent(table: KpiTable, states: list[str], language: str) -> Any:
    """Each summed indicator as % of standalone, as horizontal bars so that every label reads on its line."""
    keys = [key for key in KPI_KEYS if key not in table.not_modelled()]
    figure = _figure(8.0, max(2.6, 0.085 * len(keys) * len(states) + 1.0))
    axes = figure.subplots()
    height = 0.8 / len(states)
    colours = {"standalone": "#9e9e9e", "current": "#1f77b4", "optimized": "#2ca02c"}
    for offset, state in enumerate(states):
        widths = []
        for key in keys:
            base = table.values[key].get("standalone") or 0.0
            value = table.values[key].get(state)
            widths.append(100.0 * (value or 0.0) / base if base else 0.0)
        positions = [index + (offset - (len(states) - 1) / 2) * height for index in range(len(keys))]
        axes.barh(positions, widths, height, label=text(_state_pair(state), language), color=colours[state])
    axes.set_yticks(range(len(keys)))
    labels = [text((KPI_LABELS[k][0], KPI_LABELS[k][1]), "zh" if language == "zh" else "en") for k in keys]
    if language == "both":
        labels = [f"{KPI_LABELS[k][0]} · {KPI_LABELS[k][1]}" for k in keys]
    axes.set_yticklabels(labels, fontsize=7)
    axes.invert_yaxis()
    axes.set_xlabel(
        "% of standalone"
        if language == "en"
        else "占独立运行 %"
        if language == "zh"
        else "% of standalone · 占独立运行 %"
    )
    axes.axvline(100, color="#555555", linewidth=0.6)
    thousands_axis(axes.xaxis)
    figure.legend(fontsize=8, ncols=3, loc="outside upper center", frameon=False)
    axes.spines[["top", "right"]].set_visible(False)
    return figure


def _chart_by_medium(frame: pd.DataFrame, states: list[str], language: str) -> Any:
    figure = _figure(8.0, 3.0)
    axes = figure.subplots()
    bottoms = [0.0] * len(states)
    for medium, values in frame.iterrows():
        heights = [float(values[("co2_t_per_yr", state)]) for state in states]
        if not any(abs(h) > 0 for h in heights):
            continue
        try:
            colour = spec_of(str(medium)).colour
        except ValueError:
            colour = "#999999"
        axes.barh(
            [text(_state_pair(s), language) for s in states],
            heights,
            left=bottoms,
            label=text(_medium_pair(str(medium)), language),
            color=colour,
        )
        bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
    axes.set_xlabel("t CO2/yr" if language != "zh" else "吨CO2/年")
    thousands_axis(axes.xaxis)
    axes.invert_yaxis()
    if axes.get_legend_handles_labels()[0]:
        axes.legend(fontsize=8, loc="best")
    axes.spines[["top", "right"]].set_visible(False)
    return figure


def _chart_links(links: pd.DataFrame, language: str) -> Any:
    # The largest effects either way: a link that adds CO2 (a source's burden above what it replaces) counts too.
    shown = links[links.index != "(other)"]
    top = shown.loc[
        shown["avoided_co2_t_per_yr"].astype(float).abs().sort_values(ascending=False).index
    ].head(12)
    top = top.sort_values("avoided_co2_t_per_yr", ascending=False)
    figure = _figure(8.0, max(1.6, 0.32 * len(top) + 0.8))
    axes = figure.subplots()
    colours = []
    for medium in top["medium"]:
        try:
            colours.append(spec_of(str(medium)).colour)
        except ValueError:
            colours.append("#999999")
    labels = [f"{lid}  {row['source']}→{row['sink']}" for lid, row in top.iterrows()]
    axes.barh(labels, top["avoided_co2_t_per_yr"].astype(float), color=colours)
    axes.invert_yaxis()
    axes.tick_params(axis="y", labelsize=7)
    axes.axvline(0, color="#555555", linewidth=0.6)
    axes.set_xlabel(
        "t CO2/yr avoided (negative: added)" if language != "zh" else "减少吨CO2/年（负值为增加）"
    )
    thousands_axis(axes.xaxis)
    axes.spines[["top", "right"]].set_visible(False)
    return figure


def _mean_intake(park: Park, result: Any | None) -> dict[str, float]:
    """Each converter's optimized intake as a rate; a park with periods: its hours-weighted mean over the year."""
    frame = getattr(result, "converters", None)
    if frame is None or frame.empty:
        return {}
    if "period" not in frame.columns:
        return {str(key): float(value) for key, value in frame["intake"].items()}
    hours = {period.id: float(period.hours or 0.0) for period in park.periods.values()}
    total = sum(hours.values()) or 1.0
    means: dict[str, float] = {}
    for key, row in frame.iterrows():
        means[str(key)] = (
            means.get(str(key), 0.0) + float(row["intake"]) * hours.get(str(row["period"]), 0.0) / total
        )
    return means


def converter_table(park: Park, library: FactorLibrary, result: Any | None) -> Table:
    """Every converter's figures per unit of intake, and how a heat pump's came from its COP."""
    intake = _mean_intake(park, result)
    rows: list[list[Any]] = []
    for converter in park.converters.values():
        how: tuple[str, str] = ("typed", "填写值")
        cop: Any = "–"
        try:
            ratio, aux_ratio = converter_ratios(park, converter, library)
            if is_heat_pump(park, converter):
                pump = heat_pump(park, converter, library)
                cop = pump.cop
                how = (pump.describe(), pump.describe_zh())
        except (HeatPumpError, FactorError) as exc:
            ratio, aux_ratio, how = math.nan, math.nan, (str(exc), str(exc))
        rows.append(
            [
                converter.id,
                f"{converter.input} → {converter.output}",
                ratio,
                converter.aux or "–",
                aux_ratio if converter.aux else "–",
                cop,
                how,
                intake.get(converter.id, "–"),
            ]
        )
    return Table(
        "converters",
        ("Converters and heat pumps", "转换装置与热泵"),
        [
            ("Converter", "转换装置"),
            ("Intake → output", "输入 → 输出"),
            ("Output per unit of intake", "单位输入产出"),
            ("Own use (aux)", "自用（辅助）"),
            ("Own use per unit of intake", "单位输入自用"),
            ("COP", "COP"),
            ("Where the figures come from", "数值来源"),
            ("Intake (optimized, mean rate)", "输入量（优化，平均）"),
        ],
        rows,
        text_columns=(1, 6),
        id_columns=(0, 3),
        note=(
            "Per canonical unit of intake. A heat pump (heat in and out, grid power as own use) delivers its intake "
            "plus the electricity it uses; blank figures follow from its COP, estimated from the streams' "
            "temperatures with the factor library's heat-pump entries (listed under factors).",
            "按每标准单位输入计。热泵（热量进出、以电网电力为自用）输出热量＝输入热量＋耗电量；未填写的数值由COP推算，"
            "COP依据物流温度与因子库中的热泵条目估算（见因子表）。",
        ),
    )
