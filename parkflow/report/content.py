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
from typing import Any

import pandas as pd

from parkflow import __version__
from parkflow.model.entities import MEDIUM_COLOUR, MEDIUM_ZH, Medium, Park
from parkflow.report.kpis import (
    KPI_KEYS,
    KPI_LABELS,
    STATE_LABELS,
    KpiTable,
    breakdown_by_enterprise,
    breakdown_by_link,
    breakdown_by_medium,
    park_kpis,
)
from parkflow.report.published import published_comparison

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


def text(pair: tuple[str, str], language: str) -> str:
    """A label in the chosen language: ``en``, ``zh`` or ``both`` ("English · 中文")."""
    english, chinese = pair
    if language == "en" or not chinese:
        return english
    if language == "zh":
        return chinese or english
    return f"{english} · {chinese}" if english != chinese else english


def number(value: Any, digits: int = 3) -> str:
    """Readable number: thousands separators, about ``digits`` significant figures."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, str):
        return value
    value = float(value)
    if abs(value) < 1e-9:
        return "0"
    magnitude = math.floor(math.log10(abs(value)))
    decimals = max(0, digits - 1 - magnitude)
    return f"{value:,.{min(decimals, 6)}f}"


def _state_pair(state: str) -> tuple[str, str]:
    return STATE_LABELS.get(state, (state, state))


def _medium_pair(medium: str) -> tuple[str, str]:
    try:
        return medium.replace("_", " "), MEDIUM_ZH[Medium(medium)]
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
    library = table.library
    has_optimized = table.has_optimized
    states: list[str] = [state for state in ("standalone", "current", "optimized") if state in table.states]
    link_state = "optimized" if has_optimized else "current"
    links = breakdown_by_link(park, result, state=link_state, table=table)
    current_links = breakdown_by_link(park, result, state="current", table=table)
    published = published_comparison(
        park, current_links, library,
        park_reductions={key: table.reduction(key, "standalone", "current") for key in KPI_KEYS},
    )
    if isinstance(saved_at, datetime):
        saved_text = saved_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    else:
        saved_text = str(saved_at or "not saved (read from a workbook)")
    grid = library.get("electricity.co2")
    meta: list[tuple[tuple[str, str], str]] = [
        (("Park", "园区"), park.name or "(unnamed)"),
        (("Scenario file", "方案文件"), scenario_name or "–"),
        (("Saved at", "保存时间"), saved_text),
        (("Report generated", "报告生成"), datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
         + f" · ParkFlow {__version__}"),
        (("Solver status", "求解状态"), _status_of(result)[0]),
        (("Operating hours", "年运行小时"), f"{number(park.hours_per_year)} h/yr"),
        (("Factor region and year", "因子地区与年份"), f"{grid.region} {grid.year} (grid {grid.value:g} tCO2/MWh)"),
        (("Electricity → tce", "电力折标"), table.accounting.convention_en),
        (("CO2 and COD prices", "碳价与COD价"),
         f"{number(park.co2_price_cny_per_t)} CNY/t CO2; {number(park.cod_price_cny_per_t)} CNY/t COD"),
    ]

    tables: list[Table] = []
    # -- KPI summary -------------------------------------------------------
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
        kpi_row.append(table.reduction(key, "standalone", "current"))
        if has_optimized:
            kpi_row += [table.reduction(key, "standalone", "optimized"), table.reduction(key, "current", "optimized")]
        rows.append(kpi_row)
    missing_en = missing_zh = ""
    if not_modelled:
        missing_en = (" Not modelled in this park (no utility supplies it), so not counted, which is not "
                      "the same as none used: " + ", ".join(KPI_LABELS[key][0].lower() for key in not_modelled) + ".")
        missing_zh = ("本园区未建模（没有公用工程提供）的指标，表示“未计入”而非“未使用”："
                      + "、".join(KPI_LABELS[key][1] for key in not_modelled) + "。")
    tables.append(Table(
        "kpis", ("Key indicators per year", "年度关键指标"), columns, rows,
        note=(
            "Savings are standalone minus the state (positive = less)." + missing_en,
            "减少量＝独立运行减去该状态（正值为减少）。" + missing_zh,
        ),
        text_columns=(0,),
    ))

    # -- by enterprise and by medium ------------------------------------------
    focus = ("co2_t_per_yr", "cod_discharged_t_per_yr", "energy_tce_per_yr", "cost_cny_per_yr")
    for key_name, title, frame, label in (
        ("by_enterprise", ("By enterprise", "按企业"), breakdown_by_enterprise(park, table=table), "enterprise"),
        ("by_medium", ("By medium", "按介质"), breakdown_by_medium(park, table=table), "medium"),
    ):
        columns = [("Enterprise", "企业") if label == "enterprise" else ("Medium", "介质")]
        for key in focus:
            for state in states:
                columns.append((f"{KPI_LABELS[key][0]} {_state_pair(state)[0].lower()} ({KPI_LABELS[key][2]})",
                                f"{KPI_LABELS[key][1]}·{_state_pair(state)[1]}"))
        rows = []
        for group, values in frame.iterrows():
            if label == "enterprise":
                enterprise = park.enterprises.get(str(group))
                name = f"{group} {enterprise.name}" if enterprise and enterprise.name else str(group)
                first: Any = (name, name) if group != "(links)" else ("(links: cost and capex)", "（管线：费用与投资）")
            else:
                first = _medium_pair(str(group))
            rows.append([first] + [values[(key, state)] for key in focus for state in states])
        tables.append(Table(key_name, title, columns, rows, text_columns=(0,), note=(
            "Utilities count for the enterprise that receives them, disposals for the one that sends.",
            "公用工程计入使用企业，处置计入排出企业。") if label == "enterprise" else ("", "")))

    # -- by link -----------------------------------------------------------------
    link_columns = [("Link", "连接"), ("From → to", "从 → 到"), ("Medium", "介质"), ("Status", "状态"),
                    ("Flow", "流量"), ("Unit", "单位")]
    link_columns += [(f"{KPI_LABELS[k][0]} avoided ({KPI_LABELS[k][2]})", f"{KPI_LABELS[k][1]}减少")
                     for k in KPI_KEYS]
    link_rows = []
    ordered = links.sort_values("avoided_co2_t_per_yr", ascending=False) if not links.empty else links
    for link_id, row in ordered.iterrows():
        route = f"{row['source']} → {row['sink']}" if row["source"] else ""
        link_rows.append([str(link_id), route, _medium_pair(str(row["medium"])) if row["medium"] else "",
                          str(row["status"]), row["flow"], row["unit"]]
                         + [row[f"avoided_{k}"] for k in KPI_KEYS])
    tables.append(Table(
        "by_link", (f"By link ({link_state} state, against standalone)",
                    f"按连接（{_state_pair(link_state)[1]}，相对独立运行）"),
        link_columns, link_rows, text_columns=(1,), id_columns=(0, 2),
        note=("Each link avoids its sink's utility and its source's disposal, less its own cost and "
              "annualised capex. (other) reconciles converters and over-delivery so rows add up to the total.",
              "每条连接减少接收方公用工程与供给方处置，扣除自身运行费与年化投资；(other) 行使合计与总量一致。"),
    ))

    # -- published figures ---------------------------------------------------------
    pub_columns = [("Exchange", "交换"), ("Indicator", "指标"), ("Published", "公开数据"), ("Unit", "单位"),
                   ("Period", "周期"), ("ParkFlow", "ParkFlow计算"), ("Gap (published vs ours)", "差异（公开较计算）"),
                   ("Verdict", "结论"), ("Why they differ", "差异原因"), ("Method", "方法"), ("Source", "来源")]
    pub_rows = [[r["item"], _kpi_pair(str(r["kpi"])), r["published"], r["unit"], r["period"], r["parkflow"],
                 f"{r['gap_pct']:+.0f} %" if r["gap_pct"] is not None and not pd.isna(r["gap_pct"]) else "–",
                 (r["verdict"].en, r["verdict"].zh), r["explanation"], r["method"], r["source"]]
                for _, r in published.iterrows()]
    tables.append(Table(
        "published", ("Published figures next to ours", "公开数据与本软件计算对照"), pub_columns, pub_rows,
        text_columns=(8, 9, 10), id_columns=(0, 1, 7),
        note=("ParkFlow's figure is the exchange as it runs today (current state), per the published period; "
              "gap = (published − ParkFlow) / ParkFlow. A gap of 5 % or less agrees; every larger gap carries its "
              "reason." if pub_rows else
              "No published figures for this park (sample_parks/published.csv).",
              "ParkFlow 数值为现状运行下该交换的计算值，按公开数据周期折算；差异＝(公开−计算)/计算。差异不超过 5 % "
              "视为一致，超过者均注明原因。" if pub_rows
              else "本园区无公开数据对照。"),
    ))

    # -- factors and conventions -------------------------------------------------
    used = sorted(library.used.values(), key=lambda f: (f.kind != "profile", f.key, f.region, f.year or 0))
    factor_rows = [[(f.label_en or f.key, f.label_zh or f.label_en or f.key), f.key, f"{f.value:.6g}", f.unit,
                     str(f.year or ""), f.region, f.source, f.note] for f in used]
    tables.append(Table(
        "factors", ("Factors and conventions used", "所用因子与约定"),
        [("Factor", "因子"), ("Key", "键"), ("Value", "数值"), ("Unit", "单位"), ("Year", "年份"),
         ("Region", "地区"), ("Source", "来源"), ("Note", "说明")],
        factor_rows, text_columns=(0, 1, 6, 7),
        note=("⚠ marks values not checked against the standard's full text. Park overrides say so in the source.",
              "⚠ 表示未能与标准全文核对的数值；园区自定值在来源中注明。"),
    ))

    # -- utilities and disposals: what each unit means ------------------------------
    unit_rows = []
    for kind, collection, values in (("utility", park.utilities, table.accounting.utility_values),
                                     ("disposal", park.disposals, table.accounting.disposal_values)):
        for row_id, row in collection.items():
            pv = values[row_id]
            unit_rows.append([f"{kind} {row_id}", row.name, _medium_pair(row.medium.value), row.factor or "–",
                              pv.co2_t, pv.cod_t, pv.cost_cny, pv.energy_tce, pv.natural_gas_nm3, pv.method])
    tables.append(Table(
        "per_unit", ("Utilities and disposals per canonical unit", "公用工程与处置（每标准单位）"),
        [("Item", "项目"), ("Name", "名称"), ("Medium", "介质"), ("Factor", "因子"), ("CO2 t", "CO2 吨"),
         ("COD t", "COD 吨"), ("Cost CNY", "费用 元"), ("Energy tce", "能耗 tce"), ("Gas Nm³", "天然气 Nm³"),
         ("Method", "方法")],
        unit_rows, text_columns=(1, 9),
        note=("Per t (steam, water), MWh (heat, fuel, electricity) or Nm³ (hydrogen); typed numbers win over factors.",
              "每吨（蒸汽、水）、每MWh（热、燃料、电）或每Nm³（氢气）；表中填写的数值优先于因子。"),
    ))

    notes: list[tuple[str, str]] = list(extra_notes or [])
    for problem in table.accounting.problems:
        notes.append((problem, problem))
    for note in getattr(result, "notes", ()) or ():
        notes.append((str(note), str(note)))
    optimized_cost = table.values["cost_cny_per_yr"].get("optimized")
    objective = getattr(result, "objective_value", None)
    if (
        result is not None and getattr(result, "objective_name", "") == "cost" and optimized_cost is not None
        and objective is not None and abs(optimized_cost - float(objective)) > 1e-6 * max(1.0, abs(optimized_cost))
    ):
        gap = optimized_cost - float(objective)
        why_en = ("LP mode counts only a share of each candidate link's capex (build decisions relaxed); "
                  "this report counts the full annualised capex of every candidate link used"
                  if getattr(result, "mode", "") == "lp" else "see the factors and per-unit tables")
        why_zh = ("LP 模式仅计入候选连接投资的一部分（建设决策松弛）；本报告计入所用候选连接的全部年化投资"
                  if getattr(result, "mode", "") == "lp" else "见因子与单位价值表")
        notes.append((
            f"Optimized cost {number(optimized_cost)} CNY/yr differs from the solver's objective "
            f"{number(float(objective))} CNY/yr by {number(gap)}: {why_en}.",
            f"优化成本 {number(optimized_cost)} 元/年 与求解目标值 {number(float(objective))} 元/年 相差 "
            f"{number(gap)}：{why_zh}。",
        ))

    charts = [
        Chart(("Each indicator as % of standalone", "各指标占独立运行的百分比"),
              lambda language: _chart_percent(table, states, language)),
        Chart(("CO2 by medium (t/yr)", "按介质的CO2排放（吨/年）"),
              lambda language: _chart_by_medium(breakdown_by_medium(park, table=table), states, language)),
    ]
    if not links.empty:
        charts.append(Chart(("CO2 avoided by link (t/yr)", "各连接减少的CO2（吨/年）"),
                            lambda language: _chart_links(links, language)))
    return Report(park, table, ("ParkFlow park report", "ParkFlow 园区报告"), meta, tables, charts, notes)


# -- charts (matplotlib; fonts set up by parkflow.report.fonts) ------------------------
def _figure(width: float, height: float) -> Any:
    from parkflow.report.fonts import configure_matplotlib

    configure_matplotlib()
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=100, layout="constrained")


def _chart_percent(table: KpiTable, states: list[str], language: str) -> Any:
    figure = _figure(8.0, 3.4)
    axes = figure.subplots()
    keys = list(KPI_KEYS)
    width = 0.8 / len(states)
    colours = {"standalone": "#9e9e9e", "current": "#1f77b4", "optimized": "#2ca02c"}
    for offset, state in enumerate(states):
        heights = []
        for key in keys:
            base = table.values[key].get("standalone") or 0.0
            value = table.values[key].get(state)
            heights.append(100.0 * (value or 0.0) / base if base else 0.0)
        positions = [index + (offset - (len(states) - 1) / 2) * width for index in range(len(keys))]
        axes.bar(positions, heights, width, label=text(_state_pair(state), language), color=colours[state])
    axes.set_xticks(range(len(keys)))
    labels = [text((KPI_LABELS[k][0], KPI_LABELS[k][1]), "zh" if language == "zh" else "en") for k in keys]
    if language == "both":
        labels = [f"{KPI_LABELS[k][0]}\n{KPI_LABELS[k][1]}" for k in keys]
    axes.set_xticklabels(labels, fontsize=8)
    axes.set_ylabel("% of standalone" if language != "zh" else "占独立运行 %")
    axes.axhline(100, color="#555555", linewidth=0.6)
    axes.legend(fontsize=8, ncols=3, loc="lower center", bbox_to_anchor=(0.5, 1.0), frameon=False)
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
            colour = MEDIUM_COLOUR[Medium(str(medium))]
        except ValueError:
            colour = "#999999"
        axes.barh([text(_state_pair(s), language) for s in states], heights, left=bottoms,
                  label=text(_medium_pair(str(medium)), language), color=colour)
        bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
    axes.set_xlabel("t CO2/yr" if language != "zh" else "吨CO2/年")
    axes.invert_yaxis()
    if axes.get_legend_handles_labels()[0]:
        axes.legend(fontsize=8, loc="best")
    axes.spines[["top", "right"]].set_visible(False)
    return figure


def _chart_links(links: pd.DataFrame, language: str) -> Any:
    top = links[links.index != "(other)"].sort_values("avoided_co2_t_per_yr", ascending=False).head(12)
    figure = _figure(8.0, max(1.6, 0.32 * len(top) + 0.8))
    axes = figure.subplots()
    colours = []
    for medium in top["medium"]:
        try:
            colours.append(MEDIUM_COLOUR[Medium(str(medium))])
        except ValueError:
            colours.append("#999999")
    labels = [f"{lid}  {row['source']}→{row['sink']}" for lid, row in top.iterrows()]
    axes.barh(labels, top["avoided_co2_t_per_yr"].astype(float), color=colours)
    axes.invert_yaxis()
    axes.tick_params(axis="y", labelsize=7)
    axes.set_xlabel("t CO2/yr avoided" if language != "zh" else "减少吨CO2/年")
    axes.spines[["top", "right"]].set_visible(False)
    return figure
