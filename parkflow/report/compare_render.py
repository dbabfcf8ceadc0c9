"""Compare reports a planner can hand to the park committee: HTML and XLSX.

* HTML: one self-contained file (inline CSS, inline SVG charts drawn with
  matplotlib, no scripts, no external links), headings in English and
  Chinese, printable.
* XLSX: one sheet per table (files, KPIs, attribution, differences, per
  enterprise, per medium, link flows), numbers as numbers.

Both are written atomically: an existing file stays intact until the new
one is complete.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from parkflow import __version__
from parkflow.model.fileio import write_atomically
from parkflow.model.problems import ParkError, Problem
from parkflow.report.compare import (
    KIND_SINGULAR,
    KIND_ZH,
    KINDS,
    KPI_KEYS,
    KPI_LABEL,
    KPI_UNIT,
    KPI_ZH,
    STATE_ZH,
    STATES,
    Comparison,
    KpiComparison,
    format_number,
    format_value,
    medium_label,
    scenarios_of,
)
from parkflow.report.spreadsheet import strings_as_text

#: Deltas smaller than this share of the larger value are shown as no change.
NEGLIGIBLE = 1e-9

#: One colour per alternative in charts (matplotlib's tab10, colour-blind friendly order).
ALTERNATIVE_COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22")


def render_compare_report(comparisons: Sequence[Comparison], path: Path | str) -> Path:
    """Write the compare report for ``comparisons`` (one baseline) to ``path`` (.html/.htm or .xlsx)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not comparisons:
        raise ValueError("nothing to compare")
    if suffix in (".html", ".htm"):
        data = compare_html(comparisons).encode("utf-8")
        write_atomically(path, lambda temporary: temporary.write_bytes(data))
    elif suffix == ".xlsx":
        workbook = compare_workbook(comparisons)
        write_atomically(path, lambda temporary: workbook.save(temporary))
    else:
        raise ParkError(Problem(f"{path}: a compare report is .html or .xlsx, not {suffix or 'no suffix'!r}"))
    return path


# ---------------------------------------------------------------------------
# Shared table content
# ---------------------------------------------------------------------------
def _is_change(value: float | None, reference: float | None = None) -> bool:
    if value is None:
        return False
    scale = max(1.0, abs(reference or 0.0))
    return abs(value) > NEGLIGIBLE * scale


def _kpis_present(comparisons: Sequence[Comparison]) -> list[str]:
    keys: list[str] = [kpi for kpi in KPI_KEYS if any(kpi in c.kpis for c in comparisons)]
    for comparison in comparisons:
        keys += [kpi for kpi in comparison.kpis if kpi not in keys]
    return keys


def _kpi_name(kpi: str) -> str:
    return f"{KPI_LABEL.get(kpi, kpi)} {KPI_ZH.get(kpi, '')}".strip()


def _difference_rows(comparison: Comparison) -> list[tuple[str, str, str, str, str, str]]:
    """(status, kind, id, field, old, new) rows, one per added/removed item or changed field."""
    diff = comparison.diff
    rows: list[tuple[str, str, str, str, str, str]] = []
    for kind in KINDS:
        for entity_id in diff.added[kind]:
            rows.append(("added", kind, entity_id, "", "", _row_text(diff.rows_b[(kind, entity_id)])))
        for entity_id in diff.removed[kind]:
            rows.append(("removed", kind, entity_id, "", _row_text(diff.rows_a[(kind, entity_id)]), ""))
        for change in diff.changed[kind]:
            for field_change in change.fields:
                rows.append(
                    (
                        "changed",
                        kind,
                        change.entity_id,
                        field_change.field,
                        format_value(field_change.old, field_change.old_unit),
                        format_value(field_change.new, field_change.new_unit),
                    )
                )
    for setting in diff.settings:
        rows.append(
            (
                "changed",
                "settings",
                "park",
                setting.field,
                format_value(setting.old, setting.old_unit),
                format_value(setting.new, setting.new_unit),
            )
        )
    return rows


def _row_text(row: dict[str, Any]) -> str:
    """Non-blank fields of an added or removed row: ``enterprise=E3, medium=steam, …``."""
    parts = []
    for key, value in row.items():
        if key in ("id", "notes") or value in (None, ""):
            continue
        text = format_value(value)
        parts.append(f"{key}={text if len(text) <= 60 else text[:59] + '…'}")
    return ", ".join(parts)


def _breakdown_rows(
    table: dict[str, KpiComparison],
) -> list[tuple[str, str, str, float | None, float | None, float | None]]:
    """(key, kpi, state, a, b, delta) rows with a real change."""
    rows = []
    for key, kpis in table.items():
        for kpi, states in kpis.items():
            for state in STATES:
                pair = states[state]
                if _is_change(pair.delta, max(abs(pair.a or 0.0), abs(pair.b or 0.0))):
                    rows.append((key, kpi, state, pair.a, pair.b, pair.delta))
    return rows


# ---------------------------------------------------------------------------
# Charts
# ---------------------------------------------------------------------------
def delta_chart_svg(comparisons: Sequence[Comparison]) -> str:
    """Small multiples: per KPI, the delta of each alternative in each state (inline SVG).

    Drawn on a bare :class:`matplotlib.figure.Figure` (no pyplot), so the
    report never touches a GUI backend.  Text stays text (``svg.fonttype``
    none), which keeps the file small and searchable.
    """
    from matplotlib import rcParams
    from matplotlib.figure import Figure

    kpis = [
        kpi
        for kpi in _kpis_present(comparisons)
        if any(
            _is_change(c.kpis[kpi][state].delta, c.kpis[kpi][state].a)
            for c in comparisons
            if kpi in c.kpis
            for state in STATES
        )
    ]
    if not kpis:
        return ""
    columns = 2 if len(kpis) > 1 else 1
    rows = (len(kpis) + columns - 1) // columns
    with rcParams_context(rcParams, {"svg.fonttype": "none", "font.size": 9}):
        figure = Figure(figsize=(9.0, 2.5 * rows + 0.6))
        axes_list = figure.subplots(rows, columns, squeeze=False).flatten()
        width = 0.8 / max(1, len(comparisons))
        for axes, kpi in zip(axes_list, kpis, strict=False):
            for index, comparison in enumerate(comparisons):
                deltas = [comparison.kpis.get(kpi, {}).get(state) for state in STATES]
                values = [
                    pair.delta if pair is not None and pair.delta is not None else 0.0 for pair in deltas
                ]
                positions = [
                    state_index + (index - (len(comparisons) - 1) / 2) * width
                    for state_index in range(len(STATES))
                ]
                bars = axes.bar(
                    positions,
                    values,
                    width * 0.92,
                    color=ALTERNATIVE_COLOURS[index % len(ALTERNATIVE_COLOURS)],
                    label=comparison.b.label,
                )
                axes.bar_label(
                    bars,
                    labels=[
                        format_number(value, signed=True) if _is_change(value) else "" for value in values
                    ],
                    fontsize=7,
                    padding=2,
                )
                for bar, pair in zip(bars, deltas, strict=True):
                    if pair is None or pair.delta is None:
                        axes.annotate(
                            "n/a",
                            (bar.get_x() + bar.get_width() / 2, 0),
                            ha="center",
                            va="bottom",
                            fontsize=7,
                            color="#666666",
                        )
            axes.axhline(0, color="#444444", linewidth=0.8)
            axes.margins(y=0.18)
            axes.set_xticks(range(len(STATES)), list(STATES))
            axes.set_title(f"Δ {KPI_LABEL.get(kpi, kpi)} [{KPI_UNIT.get(kpi, '')}]", fontsize=9)
            axes.ticklabel_format(axis="y", style="sci", scilimits=(-3, 5), useMathText=True)
            axes.grid(axis="y", color="#dddddd", linewidth=0.6)
            axes.set_axisbelow(True)
        for axes in axes_list[len(kpis) :]:
            axes.set_visible(False)
        handles, labels = axes_list[0].get_legend_handles_labels()
        figure.legend(
            handles,
            labels,
            loc="upper center",
            ncol=min(4, len(labels)),
            frameon=False,
            title=f"change against {comparisons[0].a.label} (below zero = reduction)",
        )
        figure.tight_layout(rect=(0, 0, 1, 1 - 0.55 / (2.5 * rows + 0.6)))
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg")
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]
    # Unique ids per chart so several inline SVGs can share one page.
    return re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.S)


class rcParams_context:  # noqa: N801 - reads like matplotlib's rc_context
    """Temporarily set matplotlib rcParams without importing pyplot."""

    def __init__(self, params: Any, values: dict[str, Any]) -> None:
        self.params, self.values = params, values
        self.saved: dict[str, Any] = {}

    def __enter__(self) -> None:
        self.saved = {key: self.params[key] for key in self.values}
        self.params.update(self.values)

    def __exit__(self, *exc: object) -> None:
        self.params.update(self.saved)


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------
_CSS = """
body { font-family: "Segoe UI", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif;
       margin: 2em auto; max-width: 1300px; color: #222; line-height: 1.4; padding: 0 1em; }
h1 { font-size: 1.6em; border-bottom: 3px solid #1f4e79; padding-bottom: .2em; }
h2 { font-size: 1.25em; color: #1f4e79; margin-top: 2em; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.05em; margin-top: 1.4em; }
table { border-collapse: collapse; margin: .6em 0 1.2em; font-size: .9em; }
th, td { border: 1px solid #ccc; padding: .25em .55em; vertical-align: top; }
th { background: #eef3f8; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.state-standalone td.state, tr.state-current td.state, tr.state-optimized td.state { white-space: nowrap; }
tr.kpi-first td { border-top: 2px solid #999; }
.better { color: #1a7f37; font-weight: 600; }
.worse { color: #c62828; font-weight: 600; }
.added { color: #1a7f37; font-weight: 600; }
.removed { color: #c62828; font-weight: 600; }
.changed { color: #b26a00; font-weight: 600; }
.muted { color: #777; }
.note { background: #fff8e1; border-left: 4px solid #f0b400; padding: .5em .8em; margin: .8em 0; }
ul.summary li { margin: .2em 0; }
.chart svg { max-width: 100%; height: auto; }
td.label { min-width: 14em; }
.wide { overflow-x: auto; }
@media print { h2 { page-break-after: avoid; } table { page-break-inside: avoid; } }
"""


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _num_cell(value: float | None, signed: bool = False, reference: float | None = None) -> str:
    if value is None:
        return '<td class="num muted">n/a</td>'
    css = "num"
    if signed and _is_change(value, reference):
        css += " better" if value < 0 else " worse"
    elif signed:
        return '<td class="num muted">0</td>'
    return f'<td class="{css}">{_esc(format_number(value, signed=signed))}</td>'


def _pct_cell(value: float | None) -> str:
    if value is None or abs(value) < 0.05:
        return '<td class="num muted"></td>'
    css = "better" if value < 0 else "worse"
    return f'<td class="num {css}">{value:+.1f} %</td>'


def _heading(level: int, english: str, chinese: str, anchor: str = "") -> str:
    anchor_attr = f' id="{_esc(anchor)}"' if anchor else ""
    return f'<h{level}{anchor_attr}>{_esc(english)} <span lang="zh-CN">{_esc(chinese)}</span></h{level}>'


def _files_table(comparisons: Sequence[Comparison]) -> str:
    scenarios = [comparisons[0].a, *(c.b for c in comparisons)]
    out = [
        "<table><tr><th>Role 角色</th><th>File 文件</th><th>Park 园区</th><th>Optimized state 优化结果</th></tr>"
    ]
    for index, scenario in enumerate(scenarios):
        role = "baseline 基准" if index == 0 else f"alternative 方案 {index}"
        out.append(
            f"<tr><td>{role}</td><td>{_esc(scenario.label)}</td><td>{_esc(scenario.park.name)}</td>"
            f"<td>{_esc(scenario.result_note or ('stored result' if scenario.has_result else 'none'))}</td></tr>"
        )
    out.append("</table>")
    return "".join(out)


def _kpi_overview_table(comparisons: Sequence[Comparison]) -> str:
    """KPI × state rows; baseline value, then value, delta and % per alternative."""
    baseline = comparisons[0].a.label
    head = [
        f"<tr><th rowspan=2>KPI 指标</th><th rowspan=2>State 状态</th><th rowspan=2>{_esc(baseline)}<br>"
        "<span class=muted>baseline 基准</span></th>"
    ]
    head += [f"<th colspan=3>{_esc(c.b.label)}</th>" for c in comparisons]
    head.append("</tr><tr>" + "<th>value 数值</th><th>Δ</th><th>Δ %</th>" * len(comparisons) + "</tr>")
    out = ["<table>", "".join(head)]
    for kpi in _kpis_present(comparisons):
        for state_index, state in enumerate(STATES):
            first = comparisons[0].kpis.get(kpi, {}).get(state)
            css = f"state-{state}" + (" kpi-first" if state_index == 0 else "")
            cells = []
            if state_index == 0:
                cells.append(
                    f"<td rowspan={len(STATES)}><b>{_esc(_kpi_name(kpi))}</b><br>"
                    f"<span class=muted>{_esc(KPI_UNIT.get(kpi, ''))}</span></td>"
                )
            cells.append(f'<td class="state">{state} {STATE_ZH[state]}</td>')
            cells.append(_num_cell(first.a if first else None))
            for comparison in comparisons:
                pair = comparison.kpis.get(kpi, {}).get(state)
                cells.append(_num_cell(pair.b if pair else None))
                cells.append(
                    _num_cell(pair.delta if pair else None, signed=True, reference=pair.a if pair else None)
                )
                cells.append(_pct_cell(pair.percent if pair else None))
            out.append(f'<tr class="{css}">' + "".join(cells) + "</tr>")
    out.append("</table>")
    return "".join(out)


def _attribution_section(comparison: Comparison) -> str:
    attribution = comparison.attribution
    out: list[str] = []
    lines = comparison.summary_lines()
    if lines:
        out.append('<ul class="summary">' + "".join(f"<li>{_esc(line)}</li>" for line in lines) + "</ul>")
    else:
        out.append("<p>No KPI changes. 指标无变化。</p>")
    kpis = [
        kpi
        for kpi in _kpis_present([comparison])
        if any(
            _is_change(comparison.kpis[kpi][state].delta, comparison.kpis[kpi][state].a)
            for state in ("standalone", "current")
        )
    ]
    if attribution.effects and kpis:
        out.append(
            "<p>Effect of each change applied to the baseline on its own "
            "(standalone / current state) 各项变更单独作用于基准方案的影响（独立运行 / 现状）:</p>"
        )
        header = "".join(
            f"<th colspan=2>{_esc(KPI_LABEL.get(kpi, kpi))}<br><span class=muted>"
            f"{_esc(KPI_UNIT.get(kpi, ''))}</span></th>"
            for kpi in kpis
        )
        out.append(
            f"<table><tr><th rowspan=2>Change 变更</th>{header}</tr><tr>"
            + "<th>standalone</th><th>current</th>" * len(kpis)
            + "</tr>"
        )
        for effect in attribution.effects:
            cells = "".join(
                _num_cell(
                    effect.effects.get(kpi, {}).get(state),
                    signed=True,
                    reference=comparison.kpis[kpi][state].a,
                )
                for kpi in kpis
                for state in ("standalone", "current")
            )
            out.append(f'<tr><td class="label">{_esc(effect.group.label)}</td>{cells}</tr>')
        cells = "".join(
            _num_cell(
                attribution.interaction.get(kpi, {}).get(state),
                signed=True,
                reference=comparison.kpis[kpi][state].a,
            )
            for kpi in kpis
            for state in ("standalone", "current")
        )
        out.append(f"<tr><td><i>interaction of changes 变更间相互作用</i></td>{cells}</tr>")
        cells = "".join(
            _num_cell(comparison.kpis[kpi][state].delta, signed=True, reference=comparison.kpis[kpi][state].a)
            for kpi in kpis
            for state in ("standalone", "current")
        )
        out.append(f"<tr><th>total Δ 合计</th>{cells}</tr></table>")
    links = _links_worth_showing(comparison)
    if links:
        out.append(
            "<p>Links that were added, removed or edited, or whose flow changed (largest optimized change "
            "first); flows per hour in the source's unit. 新增、删除、修改或流量变化的连接（按优化后变化量排序）:</p>"
        )
        out.append(
            "<table><tr><th>Link 连接</th><th>link itself 连接本身</th><th>from → to</th>"
            "<th>medium 介质</th><th>current a<br>现状</th><th>current b</th><th>optimized a<br>优化后</th>"
            "<th>optimized b</th><th>Δ optimized</th><th>unit 单位</th></tr>"
        )
        for change in links[:LINK_ROWS]:
            status = change.status or "same"
            status_text = {
                "added": "added 新增",
                "removed": "removed 删除",
                "changed": "edited 修改",
                "same": "same 未变",
            }[status]
            out.append(
                f'<tr><td>{_esc(change.link_id)}</td><td class="{_esc(status)}">{status_text}</td>'
                f"<td>{_esc(change.source)} → {_esc(change.sink)}</td><td>{_esc(medium_label(change.medium))}</td>"
                f"{_num_cell(change.current_a)}{_num_cell(change.current_b)}"
                f"{_num_cell(change.optimized_a)}{_num_cell(change.optimized_b)}"
                f"{_flow_delta_cell(change.optimized_delta)}<td>{_esc(change.unit)}</td></tr>"
            )
        out.append("</table>")
        if len(links) > LINK_ROWS:
            out.append(f"<p class=muted>… and {len(links) - LINK_ROWS} more links (see the XLSX report).</p>")
    for note in attribution.notes:
        out.append(f'<div class="note">{_esc(note)}</div>')
    return "".join(out)


#: Most link rows an HTML report shows per alternative (the XLSX has all).
LINK_ROWS = 25


def _links_worth_showing(comparison: Comparison) -> list[Any]:
    """Links added/removed/edited or with a changed flow, largest optimized change first."""
    rows = [
        change
        for change in comparison.link_flows
        if change.status
        or _is_change(change.current_b - change.current_a)
        or _is_change(change.optimized_delta)
    ]
    rows.sort(
        key=lambda change: (-abs(change.optimized_delta or 0.0), -abs(change.current_b - change.current_a))
    )
    return rows


def _flow_delta_cell(value: float | None) -> str:
    if value is None:
        return '<td class="num muted">n/a</td>'
    if not _is_change(value):
        return '<td class="num muted">0</td>'
    return f'<td class="num">{_esc(format_number(value, signed=True))}</td>'


def _differences_section(comparison: Comparison) -> str:
    rows = _difference_rows(comparison)
    counts = comparison.diff.count()
    out = [
        f"<p>{counts['added']} added 新增, {counts['removed']} removed 删除, {counts['changed']} changed 修改.</p>"
    ]
    if not rows:
        out.append("<p>The two parks have the same inputs. 两个方案输入相同。</p>")
        return "".join(out)
    out.append(
        "<table><tr><th>What 类别</th><th>Id</th><th>Change 变更</th><th>Field 字段</th>"
        "<th>Baseline 基准</th><th>Alternative 方案</th></tr>"
    )
    for status, kind, entity_id, field_name, old, new in rows:
        label = f"{KIND_SINGULAR.get(kind, kind)} {KIND_ZH.get(kind, '')}"
        out.append(
            f'<tr><td>{_esc(label)}</td><td>{_esc(entity_id)}</td><td class="{status}">{status}</td>'
            f"<td>{_esc(field_name)}</td><td>{_esc(old)}</td><td>{_esc(new)}</td></tr>"
        )
    out.append("</table>")
    return "".join(out)


def _breakdown_section(
    comparison: Comparison, table: dict[str, KpiComparison], what: str, label: Callable[[str], str]
) -> str:
    """One row per (key, KPI) with a change: Δ in each state."""
    if not table:
        return f"<p class=muted>The accounting gave no breakdown by {what}.</p>"
    changed: list[tuple[str, str]] = []
    for key, kpis in table.items():
        for kpi, states in kpis.items():
            if any(_is_change(states[state].delta, states[state].a) for state in STATES):
                changed.append((key, kpi))
    if not changed:
        return f"<p>No change in any {what}. 无变化。</p>"
    out = [
        f"<table><tr><th>{_esc(what.capitalize())}</th><th>KPI 指标</th>"
        + "".join(f"<th>Δ {state}<br>{STATE_ZH[state]}</th>" for state in STATES)
        + "</tr>"
    ]
    previous = None
    for key, kpi in changed:
        states = table[key][kpi]
        name = _esc(label(key)) if key != previous else ""
        previous = key
        cells = "".join(
            _num_cell(states[state].delta, signed=True, reference=states[state].a) for state in STATES
        )
        out.append(
            f"<tr><td>{name}</td><td>{_esc(_kpi_name(kpi))} [{_esc(KPI_UNIT.get(kpi, ''))}]</td>{cells}</tr>"
        )
    out.append("</table>")
    return "".join(out)


def _headline_state(comparison: Comparison) -> str:
    """The state the headline quotes: optimized when both files have it, else current."""
    return "optimized" if comparison.a.has_result and comparison.b.has_result else "current"


HEADLINE_KPIS = (
    "co2_t_per_yr",
    "cod_discharged_t_per_yr",
    "energy_tce_per_yr",
    "fresh_water_t_per_yr",
    "cost_cny_per_yr",
)


def _headline_table(comparisons: Sequence[Comparison]) -> str:
    """Alternatives × the main KPIs: Δ and Δ % in the optimized (or current) state."""
    kpis = [kpi for kpi in HEADLINE_KPIS if any(kpi in c.kpis for c in comparisons)]
    head = "".join(
        f"<th>{_esc(_kpi_name(kpi))}<br><span class=muted>{_esc(KPI_UNIT.get(kpi, ''))}</span></th>"
        for kpi in kpis
    )
    out = [
        f"<table><tr><th>Alternative 方案</th><th>State 状态</th><th>Inputs changed 输入变更</th>{head}</tr>"
    ]
    for comparison in comparisons:
        state = _headline_state(comparison)
        counts = comparison.diff.count()
        changes = f"+{counts['added']} / −{counts['removed']} / ~{counts['changed']}"
        cells = []
        for kpi in kpis:
            pair = comparison.kpis.get(kpi, {}).get(state)
            if pair is None or pair.delta is None:
                cells.append('<td class="num muted">n/a</td>')
                continue
            text = format_number(pair.delta, signed=True)
            if pair.percent is not None and abs(pair.percent) >= 0.05:
                text += f" ({pair.percent:+.1f} %)"
            if _is_change(pair.delta, pair.a):
                css = "better" if pair.delta < 0 else "worse"
                cells.append(f'<td class="num {css}">{_esc(text)}</td>')
            else:
                cells.append('<td class="num muted">0</td>')
        out.append(
            f'<tr><td><a href="#alt{comparisons.index(comparison) + 1}">{_esc(comparison.b.label)}</a></td>'
            f"<td>{state} {STATE_ZH[state]}</td><td>{_esc(changes)}</td>{''.join(cells)}</tr>"
        )
    out.append(
        "</table><p class=muted>Inputs changed: added / removed / changed items. "
        "输入变更：新增 / 删除 / 修改 项数。</p>"
    )
    return "".join(out)


#: Appraisal money is written in 10⁴ CNY (万元), as in the committee report's "Who gains" section.
WAN = 1e4

#: Columns of the appraisal tables: (row key, English, Chinese); money in 10⁴ CNY.
_APPRAISAL_HEADERS: tuple[tuple[str, str, str], ...] = (
    ("capex_cny", "Capex (10⁴ CNY)", "投资（万元）"),
    ("annual_saving_cny_per_yr", "Annual saving (10⁴ CNY/yr)", "年节省（万元/年）"),
    ("npv_cny", "NPV (10⁴ CNY)", "净现值（万元）"),
    ("irr", "IRR", "内部收益率"),
    ("payback_yr", "Payback (yr)", "回收期（年）"),
)


def _appraisal_value(key: str, row: dict[str, Any]) -> str:
    """One appraisal cell as text: money in 10⁴ CNY, IRR in %, payback in years."""
    value = row.get(key)
    if key == "payback_yr":
        if not row.get("capex_cny"):
            return "–"
        return "never 不回收" if value is None else f"{value:.1f}"
    if value is None:
        return "–"
    if key == "irr":
        return f"{value:.1%}"
    return format_number(value / WAN)


def _appraisal_section(comparisons: Sequence[Comparison]) -> str:
    """Per file: the appraisal of its built links and of its enterprises (when the files were appraised)."""
    scenarios = [scenario for scenario in scenarios_of(comparisons) if scenario.appraisal is not None]
    if not scenarios:
        return ""
    money = "".join(
        f'<th>{_esc(english)}<br><span lang="zh-CN">{_esc(chinese)}</span></th>'
        for _key, english, chinese in _APPRAISAL_HEADERS
    )
    parts = [
        _heading(2, "Investment appraisal", "投资评价", "appraisal"),
        "<p>For each file, the links carrying flow in its cost-optimal network and each enterprise: capex, "
        "annual cash saving, net present value at the park's discount rate, internal rate of return and "
        "simple payback. An enterprise pays for the new links it receives through and gains its "
        "shadow-price settlement (what it saves in the network plus what its sales earn at the optimum's "
        "shadow prices) before those links' capital charge.</p>"
        '<p lang="zh-CN">各文件成本最优网络中有流量的连接及各企业的投资、年节省、按园区折现率计算的净现值、内部收益率和'
        "静态回收期。企业承担其接收的新建管线投资，年节省为其影子价格结算（在网络中节省的成本加上按最优解影子价格"
        "出售所得）加回这些管线的年化投资。</p>",
    ]
    for scenario in scenarios:
        appraisal = scenario.appraisal or {}
        parts.append(
            _heading(
                3,
                f"{scenario.label}: discount rate {appraisal.get('discount_rate_pct', 0):g} %",
                f"折现率 {appraisal.get('discount_rate_pct', 0):g} %",
            )
        )
        if appraisal.get("note"):
            parts.append(f"<p class=muted>{_esc(appraisal['note'])}</p>")
        links = appraisal.get("links") or []
        if links:
            rows = [
                "<table><tr><th>Link 连接</th><th>From 供方</th><th>To (pays) 受方（出资）</th>"
                f"<th>Status 状态</th>{money}</tr>"
            ]
            for row in links:
                status = "existing 现有" if row.get("status") == "existing" else "candidate 新建"
                cells = "".join(
                    f'<td class="num">{_esc(_appraisal_value(key, row))}</td>'
                    for key, _english, _chinese in _APPRAISAL_HEADERS
                )
                rows.append(
                    f"<tr><td>{_esc(row.get('link'))}</td><td>{_esc(row.get('source_enterprise'))}</td>"
                    f"<td>{_esc(row.get('sink_enterprise'))}</td><td>{status}</td>{cells}</tr>"
                )
            rows.append("</table>")
            parts.append("".join(rows))
        enterprises = appraisal.get("enterprises") or []
        if enterprises:
            rows = [f"<table><tr><th>Enterprise 企业</th>{money}</tr>"]
            for row in enterprises:
                name = (
                    f"{row.get('id')} {row.get('name')}"
                    if row.get("name") not in (None, "", row.get("id"))
                    else str(row.get("id"))
                )
                cells = "".join(
                    f'<td class="num">{_esc(_appraisal_value(key, row))}</td>'
                    for key, _english, _chinese in _APPRAISAL_HEADERS
                )
                rows.append(f"<tr><td>{_esc(name)}</td>{cells}</tr>")
            rows.append("</table>")
            parts.append("".join(rows))
    return "\n".join(parts)


def compare_html(comparisons: Sequence[Comparison]) -> str:
    """The whole report as one HTML document (UTF-8 text)."""
    baseline = comparisons[0].a
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    title = f"Scenario comparison 情景对比: {baseline.park.name or baseline.label}"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{_esc(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_esc(title)}</h1>",
        f"<p class=muted>Made with ParkFlow {_esc(__version__)} on {now}. "
        "Δ = alternative − baseline; every KPI is lower-is-better, so "
        f'<span class="better">green</span> is a reduction and <span class="worse">red</span> an increase. '
        "Δ = 方案 − 基准；绿色为减少，红色为增加。</p>",
        _heading(2, "In short", "要点"),
        _headline_table(comparisons),
        _heading(2, "Files compared", "对比文件"),
        _files_table(comparisons),
        _heading(2, "Key figures", "关键指标"),
        _kpi_overview_table(comparisons),
    ]
    chart = delta_chart_svg(comparisons)
    if chart:
        parts += [_heading(2, "Changes at a glance", "变化图示"), f'<div class="chart">{chart}</div>']
    appraisal = _appraisal_section(comparisons)
    if appraisal:
        parts.append(appraisal)
    for index, comparison in enumerate(comparisons, start=1):
        anchor = f"alt{index}"
        parts.append(
            _heading(
                2, f"{comparison.b.label} against {comparison.a.label}", f"方案 {index} 与基准对比", anchor
            )
        )
        parts.append(_heading(3, "What drives the changes", "变化原因"))
        parts.append(_attribution_section(comparison))
        parts.append(_heading(3, "Differences in the inputs", "输入差异"))
        parts.append(_differences_section(comparison))
        parts.append(_heading(3, "By enterprise", "按企业"))
        enterprises = {**comparison.a.park.enterprises, **comparison.b.park.enterprises}
        parts.append(
            _breakdown_section(
                comparison,
                comparison.by_enterprise,
                "enterprise",
                lambda key, names=enterprises: (
                    f"{key} {names[key].name}" if key in names and names[key].name else key
                ),  # type: ignore[misc]
            )
        )
        parts.append(_heading(3, "By medium", "按介质"))
        parts.append(_breakdown_section(comparison, comparison.by_medium, "medium", medium_label))
    parts += [
        _heading(2, "How to read the attribution", "归因说明"),
        "<p>Standalone and current states follow from the park alone, so each change (grouped with what "
        "cannot exist without it, such as an enterprise with its streams and links) is applied to the "
        "baseline on its own and its effect measured; what does not add up is the interaction of changes. "
        "The optimized state is one solution of the whole park: its Δ is the standalone Δ (what the inputs "
        "change) plus the change in what exchange saves. That exchange part is split among links by what each "
        "link avoids against standalone in either file; this is bookkeeping, because re-optimization moves "
        "the flows of all links together, so no single link would have that effect on its own.</p>"
        '<p lang="zh-CN">独立运行和现状两种状态只取决于园区输入，因此把每项变更（连同依附于它的对象，如企业及其物流和连接）'
        "单独施加到基准方案上计算其影响；不能相加的部分为变更间相互作用。优化状态是整个园区的整体最优解，其变化等于"
        "独立运行状态的变化加上交换节约量的变化；后者按各连接相对独立运行所避免的量拆分到连接，仅为核算拆分，"
        "因为重新优化会同时改变所有连接的流量，单条连接并不能单独产生该效果。</p>",
        "</body></html>",
    ]
    return re.sub(
        r"<table>(.*?)</table>", r'<div class="wide"><table>\1</table></div>', "\n".join(parts), flags=re.S
    )


# ---------------------------------------------------------------------------
# XLSX
# ---------------------------------------------------------------------------
def compare_workbook(comparisons: Sequence[Comparison]) -> Any:
    """An openpyxl workbook with one sheet per table."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheets: list[tuple[str, Sequence[str], Sequence[Sequence[Any]]]] = [
        (
            "Files 文件",
            ["role 角色", "label 名称", "file 文件", "park 园区", "optimized state 优化结果"],
            _xlsx_file_rows(comparisons),
        ),
        (
            "KPIs 指标",
            ["alternative 方案", "kpi", "KPI 指标", "unit 单位", "state 状态", "a", "b", "delta", "delta %"],
            _xlsx_kpi_rows(comparisons),
        ),
        (
            "Differences 差异",
            [
                "alternative 方案",
                "kind 类别",
                "id",
                "change 变更",
                "field 字段",
                "baseline 基准",
                "baseline unit",
                "alternative value 方案值",
                "alternative unit",
                "delta",
                "description 说明",
            ],
            [row for comparison in comparisons for row in _xlsx_difference_rows(comparison)],
        ),
        (
            "Attribution 归因",
            ["alternative 方案", "change 变更", "kpi", "unit 单位", "state 状态", "effect 影响"],
            [row for comparison in comparisons for row in _xlsx_attribution_rows(comparison)],
        ),
        (
            "By enterprise 按企业",
            ["alternative 方案", "enterprise 企业", "kpi", "unit 单位", "state 状态", "a", "b", "delta"],
            _xlsx_breakdown_rows(comparisons, "by_enterprise"),
        ),
        (
            "By medium 按介质",
            ["alternative 方案", "medium 介质", "kpi", "unit 单位", "state 状态", "a", "b", "delta"],
            _xlsx_breakdown_rows(comparisons, "by_medium"),
        ),
    ]
    appraisal_rows = _xlsx_appraisal_rows(comparisons)
    if appraisal_rows:
        sheets.append(
            (
                "Appraisal 投资评价",
                [
                    "file 文件",
                    "kind 类别",
                    "id",
                    "status 状态",
                    *(f"{english} {chinese}" for _key, english, chinese in _APPRAISAL_HEADERS),
                ],
                appraisal_rows,
            )
        )
    sheets.append(
        (
            "Link flows 连接流量",
            [
                "alternative 方案",
                "link 连接",
                "status 状态",
                "source",
                "sink",
                "medium 介质",
                "unit 单位",
                "current a",
                "current b",
                "optimized a",
                "optimized b",
                "delta optimized",
            ],
            _xlsx_flow_rows(comparisons),
        )
    )
    for position, (title, header, rows) in enumerate(sheets):
        _xlsx_sheet(workbook, title, header, rows, first=position == 0)
    return strings_as_text(workbook)


#: Columns of a compare workbook that hold figures (a thousands separator, up to 4 decimals).
_XLSX_NUMBER_COLUMNS = ("a", "b", "delta", "Δ", "value")
_XLSX_NUMBER_COLUMN_PREFIXES = (
    "a ",
    "b ",
    "delta",
    "Δ",
    "effect",
    "current ",
    "optimized ",
    "baseline 基准",
    "alternative value",
)


def _xlsx_sheet(
    workbook: Any, title: str, header: Sequence[str], rows: Sequence[Sequence[Any]], first: bool
) -> None:
    """One sheet: a bold header row, frozen; columns as wide as their text; figures formatted."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    worksheet = workbook.active if first else workbook.create_sheet()
    assert worksheet is not None
    worksheet.title = title[:31]
    worksheet.append(list(header))
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="EEF3F8")
    for cell in worksheet[1]:
        cell.font, cell.fill = header_font, header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        worksheet.append([_cell(value) for value in row])
    worksheet.freeze_panes = "A2"
    for index, name in enumerate(header, start=1):
        longest = max(
            [len(str(name))] + [len(str(row[index - 1])) for row in rows[:500] if index - 1 < len(row)]
        )
        worksheet.column_dimensions[get_column_letter(index)].width = min(60, max(10, longest + 2))
    for column_index, name in enumerate(header, start=1):
        if name in _XLSX_NUMBER_COLUMNS or name.startswith(_XLSX_NUMBER_COLUMN_PREFIXES):
            for (cell,) in worksheet.iter_rows(min_row=2, min_col=column_index, max_col=column_index):
                cell.number_format = "#,##0.####"


def _xlsx_file_rows(comparisons: Sequence[Comparison]) -> list[list[Any]]:
    baseline = comparisons[0].a
    return [
        ["baseline 基准", baseline.label, str(baseline.path or ""), baseline.park.name, baseline.result_note]
    ] + [
        [f"alternative 方案 {i}", c.b.label, str(c.b.path or ""), c.b.park.name, c.b.result_note]
        for i, c in enumerate(comparisons, start=1)
    ]


def _xlsx_kpi_rows(comparisons: Sequence[Comparison]) -> list[list[Any]]:
    kpi_rows = []
    for comparison in comparisons:
        for kpi, states in comparison.kpis.items():
            for state in STATES:
                pair = states[state]
                kpi_rows.append(
                    [
                        comparison.b.label,
                        kpi,
                        _kpi_name(kpi),
                        KPI_UNIT.get(kpi, ""),
                        state,
                        pair.a,
                        pair.b,
                        pair.delta,
                        pair.percent,
                    ]
                )
    return kpi_rows


def _xlsx_attribution_rows(comparison: Comparison) -> list[list[Any]]:
    """Group effects, interaction, the exchange part and its split by link, then the notes."""
    label, attribution, kpis = comparison.b.label, comparison.attribution, comparison.kpis
    rows: list[list[Any]] = []
    for effect in attribution.effects:
        for kpi, effect_by_state in effect.effects.items():
            for state, effect_value in effect_by_state.items():
                if _is_change(effect_value, kpis[kpi][state].a):
                    rows.append([label, effect.group.label, kpi, KPI_UNIT.get(kpi, ""), state, effect_value])
    for kpi, interaction_by_state in attribution.interaction.items():
        for state, interaction in interaction_by_state.items():
            if _is_change(interaction, kpis[kpi][state].a):
                rows.append([label, "interaction of changes", kpi, KPI_UNIT.get(kpi, ""), state, interaction])
    for kpi, exchange in attribution.exchange.items():
        if _is_change(exchange, kpis[kpi]["optimized"].a):
            rows.append(
                [
                    label,
                    "change in exchange savings (optimized)",
                    kpi,
                    KPI_UNIT.get(kpi, ""),
                    "optimized",
                    exchange,
                ]
            )
    for link_id, effects_of_link in attribution.link_effects.items():
        for kpi, link_effect in effects_of_link.items():
            if _is_change(link_effect, kpis[kpi]["optimized"].a):
                rows.append(
                    [
                        label,
                        f"exchange share of link {link_id} (bookkeeping)",
                        kpi,
                        KPI_UNIT.get(kpi, ""),
                        "optimized",
                        link_effect,
                    ]
                )
    for note in attribution.notes:
        rows.append([label, f"note: {note}", "", "", "", None])
    return rows


def _xlsx_breakdown_rows(comparisons: Sequence[Comparison], breakdown: str) -> list[list[Any]]:
    """``by_enterprise`` or ``by_medium`` of every comparison, one row per key, KPI and state."""
    rows = []
    for comparison in comparisons:
        for key, kpi, state, value_a, value_b, delta in _breakdown_rows(getattr(comparison, breakdown)):
            rows.append([comparison.b.label, key, kpi, KPI_UNIT.get(kpi, ""), state, value_a, value_b, delta])
    return rows


def _xlsx_flow_rows(comparisons: Sequence[Comparison]) -> list[list[Any]]:
    return [
        [
            comparison.b.label,
            change.link_id,
            change.status or "unchanged",
            change.source,
            change.sink,
            change.medium,
            change.unit,
            change.current_a,
            change.current_b,
            change.optimized_a,
            change.optimized_b,
            change.optimized_delta,
        ]
        for comparison in comparisons
        for change in comparison.link_flows
    ]


def _xlsx_appraisal_rows(comparisons: Sequence[Comparison]) -> list[list[Any]]:
    """Each appraised file's links and enterprises (money in 10,000 CNY), then its note."""
    appraisal_rows: list[list[Any]] = []
    for scenario in scenarios_of(comparisons):
        appraisal = scenario.appraisal
        if appraisal is None:
            continue
        for kind, key, rows_of_kind in (
            ("link 连接", "link", appraisal.get("links") or []),
            ("enterprise 企业", "id", appraisal.get("enterprises") or []),
        ):
            for row in rows_of_kind:
                appraisal_rows.append(
                    [
                        scenario.label,
                        kind,
                        row.get(key),
                        row.get("status", ""),
                        *(
                            None
                            if row.get(name) is None
                            else (row[name] / WAN if name.endswith(("_cny", "_cny_per_yr")) else row[name])
                            for name, _english, _chinese in _APPRAISAL_HEADERS
                        ),
                    ]
                )
        if appraisal.get("note"):
            appraisal_rows.append(
                [scenario.label, f"note: {appraisal['note']}", "", "", None, None, None, None, None]
            )
    return appraisal_rows


def _xlsx_difference_rows(comparison: Comparison) -> list[list[Any]]:
    """Differences with raw values and units in their own columns (numbers stay numbers)."""
    diff = comparison.diff
    label = comparison.b.label
    rows: list[list[Any]] = []
    for kind in KINDS:
        for entity_id in diff.added[kind]:
            rows.append(
                [
                    label,
                    kind,
                    entity_id,
                    "added",
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    _row_text(diff.rows_b[(kind, entity_id)]),
                ]
            )
        for entity_id in diff.removed[kind]:
            rows.append(
                [
                    label,
                    kind,
                    entity_id,
                    "removed",
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    _row_text(diff.rows_a[(kind, entity_id)]),
                ]
            )
        for change in diff.changed[kind]:
            for field_change in change.fields:
                rows.append(
                    [
                        label,
                        kind,
                        change.entity_id,
                        "changed",
                        field_change.field,
                        field_change.old,
                        field_change.old_unit or None,
                        field_change.new,
                        field_change.new_unit or None,
                        field_change.delta,
                        field_change.describe(),
                    ]
                )
    for setting in diff.settings:
        rows.append(
            [
                label,
                "settings",
                "park",
                "changed",
                setting.field,
                setting.old,
                setting.old_unit or None,
                setting.new,
                setting.new_unit or None,
                setting.delta,
                setting.describe(),
            ]
        )
    return rows


def _cell(value: Any) -> Any:
    if value is None or isinstance(value, int | float | str):
        return value
    return str(value)
