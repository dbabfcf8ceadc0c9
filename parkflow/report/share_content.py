"""The "Who gains" section of reports: tables and a chart from a :class:`ShareResult`.

Kept apart from :mod:`parkflow.report.content` so that the committee report
gains the section with one call (:func:`add_share_section`) and ``parkflow
share -o`` writes the same section on its own (:func:`share_report`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from parkflow import __version__
from parkflow.model.entities import Park
from parkflow.report.content import Chart, Report, Table, number, text, thousands_axis
from parkflow.report.share import APPRAISAL_HORIZON_YR, SHAPLEY_EXACT_LIMIT, ShareResult

#: Wan yuan: reports give yearly money in 10⁴ CNY (万元), the unit Chinese parks report in.
WAN = 1e4


def _wan(value: float | None) -> float | None:
    return None if value is None else value / WAN


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"


def _years(value: float | None) -> str:
    return "never · 不回收" if value is None else f"{value:.1f}"


def core_sentence(result: ShareResult) -> tuple[str, str]:
    """The core check in words, in English and Chinese."""
    if not result.core_checked:
        return (
            f"Core not checked: the park has more than {SHAPLEY_EXACT_LIMIT} enterprises "
            "(every coalition would have to be solved).",
            f"未做核心检验：园区企业多于{SHAPLEY_EXACT_LIMIT}家（需求解所有联盟）。",
        )
    allocation_en = "Shapley shares" if result.core_allocation == "shapley" else "shadow-price settlement"
    allocation_zh = "Shapley分配" if result.core_allocation == "shapley" else "影子价格结算"
    if not result.blocking:
        english = (
            f"Stable: no group of enterprises would save more on its own than the {allocation_en} give it."
        )
        chinese = f"稳定：按{allocation_zh}，任何企业组合单独合作都不会比现在获益更多。"
    else:
        worst = result.blocking[0]
        members = ", ".join(worst.enterprises)
        english = (
            f"Not stable: {members} would save {number(_wan(worst.value_cny_per_yr))} 10⁴ CNY/yr on their own, "
            f"{number(_wan(worst.shortfall_cny_per_yr))} 10⁴ CNY/yr more than the {allocation_en} give them "
            f"({len(result.blocking)} such group{'s' if len(result.blocking) != 1 else ''} listed)."
        )
        chinese = (
            f"不稳定：{members}单独合作每年可节省{number(_wan(worst.value_cny_per_yr))}万元，"
            f"比{allocation_zh}多{number(_wan(worst.shortfall_cny_per_yr))}万元（共列出{len(result.blocking)}个此类组合）。"
        )
    if result.core_allocation == "shapley" and result.method == "both":
        if result.prices_blocking:
            # "too" only where the Shapley shares are blocked as well
            english += (
                " The shadow-price settlement is blocked too."
                if result.blocking
                else " The shadow-price settlement, however, is blocked."
            )
            chinese += "影子价格结算同样不稳定。" if result.blocking else "但影子价格结算不稳定。"
        else:
            english += " The shadow-price settlement is stable."
            chinese += "影子价格结算是稳定的。"
    if result.least_core_cny_per_yr is not None and result.least_core_cny_per_yr > 1e-6 * max(
        1.0, abs(result.park_saving_cny_per_yr)
    ):
        english += " No allocation at all is stable (the core is empty)."
        chinese += "不存在任何稳定的分配（核心为空）。"
    return english, chinese


def refusal_sentence(result: ShareResult) -> tuple[str, str]:
    """Who is worse off in the network than alone when no money changes hands."""
    refusers = result.refusers
    if not refusers:
        return (
            "Without any transfer every enterprise is at least as well off as alone.",
            "即使没有转移支付，每家企业也不比单独运行差。",
        )
    listed = ", ".join(f"{share.id} ({number(_wan(share.no_transfer_cny_per_yr))})" for share in refusers)
    return (
        f"Without a transfer these enterprises would be worse off than alone and would refuse the network "
        f"(10⁴ CNY/yr): {listed}.",
        f"若无转移支付，以下企业比单独运行更差、不会加入网络（万元/年）：{listed}。",
    )


def share_tables(result: ShareResult) -> list[Table]:
    """The section's tables: shares per enterprise, enterprise appraisal, link appraisal."""
    sampled = (
        not result.exact
        and result.enterprises
        and result.enterprises[0].shapley_stderr_cny_per_yr is not None
    )
    shares = Table(
        key="who_gains",
        title=("Who gains (10⁴ CNY/yr)", "谁受益（万元/年）"),
        columns=[
            ("Enterprise", "企业"),
            ("Standalone cost", "独立运行成本"),
            ("Cost in the network", "网络中成本"),
            ("Saving without transfer", "无转移支付时节省"),
            ("Shapley share", "Shapley分配"),
            *([("± standard error", "±标准误差")] if sampled else []),
            ("Shadow-price share", "影子价格结算"),
        ],
        rows=[
            [
                share.id,
                _wan(share.standalone_cost_cny_per_yr),
                _wan(share.optimized_cost_cny_per_yr),
                _wan(share.no_transfer_cny_per_yr),
                _wan(share.shapley_cny_per_yr),
                *([_wan(share.shapley_stderr_cny_per_yr)] if sampled else []),
                _wan(share.prices_cny_per_yr),
            ]
            for share in result.enterprises
        ],
        note=(
            f"Park saving v(park) = {number(_wan(result.park_saving_cny_per_yr))} 10⁴ CNY/yr. "
            + (
                "Shapley values exact over all coalitions. "
                if result.exact
                else f"Shapley values sampled over {result.permutations} random orders. "
            )
            + core_sentence(result)[0]
            + " "
            + refusal_sentence(result)[0],
            f"园区总节省 v(园区) = {number(_wan(result.park_saving_cny_per_yr))} 万元/年。"
            + (
                "Shapley值按全部联盟精确计算。"
                if result.exact
                else f"Shapley值由{result.permutations}个随机顺序抽样估计。"
            )
            + core_sentence(result)[1]
            + refusal_sentence(result)[1],
        ),
        id_columns=(0,),
    )
    enterprise_appraisal = Table(
        key="who_gains_enterprises",
        title=("Investment appraisal by enterprise", "按企业的投资评价"),
        columns=[
            ("Enterprise", "企业"),
            ("Capex (10⁴ CNY)", "投资（万元）"),
            ("Annual saving (10⁴ CNY/yr)", "年节省（万元/年）"),
            ("NPV (10⁴ CNY)", "净现值（万元）"),
            ("IRR", "内部收益率"),
            ("Simple payback (yr)", "静态回收期（年）"),
        ],
        rows=[
            [
                share.id,
                _wan(share.appraisal.capex_cny),
                _wan(share.appraisal.annual_saving_cny_per_yr),
                _wan(share.appraisal.npv_cny),
                _percent(share.appraisal.irr),
                _years(share.appraisal.payback_yr) if share.appraisal.capex_cny else "–",
            ]
            for share in result.enterprises
        ],
        note=(
            f"Each enterprise pays for the new links it receives through; its annual saving is its "
            f"{'Shapley share' if result.core_allocation == 'shapley' else 'shadow-price share'} before "
            f"those links' capital charge; NPV over the longest lifetime of its links ({APPRAISAL_HORIZON_YR:g} years when it "
            f"pays for none); discount rate {result.discount_rate_pct:g} %.",
            f"每家企业承担其接收的新建管线投资；年节省为其"
            f"{'Shapley分配' if result.core_allocation == 'shapley' else '影子价格结算'}加回这些管线的年化投资；"
            f"净现值按其管线的最长寿命计（无新建管线时按{APPRAISAL_HORIZON_YR:g}年）；折现率 {result.discount_rate_pct:g}%。",
        ),
        id_columns=(0,),
    )
    links = Table(
        key="who_gains_links",
        title=("Investment appraisal by link", "按管线的投资评价"),
        columns=[
            ("Link", "管线"),
            ("From", "供方"),
            ("To (pays)", "受方（付费）"),
            ("Status", "状态"),
            ("Capex (10⁴ CNY)", "投资（万元）"),
            ("Annual saving (10⁴ CNY/yr)", "年节省（万元/年）"),
            ("Lifetime (yr)", "寿命（年）"),
            ("NPV (10⁴ CNY)", "净现值（万元）"),
            ("IRR", "内部收益率"),
            ("Simple payback (yr)", "静态回收期（年）"),
        ],
        rows=[
            [
                item.id,
                item.source_enterprise,
                item.sink_enterprise,
                ("existing", "已有") if item.status == "existing" else ("candidate", "新建"),
                _wan(item.appraisal.capex_cny),
                _wan(item.appraisal.annual_saving_cny_per_yr),
                item.appraisal.lifetime_yr,
                _wan(item.appraisal.npv_cny),
                _percent(item.appraisal.irr),
                _years(item.appraisal.payback_yr) if item.status != "existing" else "–",
            ]
            for item in result.links
        ],
        note=(
            "Annual saving: utilities and disposals the link avoids minus its operating cost, before its "
            "capital charge. Capex is the whole pipe's, even where the optimum (an LP) uses only part of it. "
            "Existing links are sunk investments: no NPV.",
            "年节省：管线避免的公用工程与处置费用减去其运行费用（未扣年化投资）。投资按整条管线计，"
            "即使优化（线性规划）只用到其一部分。已有管线为沉没投资，不计净现值。",
        ),
        id_columns=(0, 1, 2),
    )
    return [shares, enterprise_appraisal, links]


def share_chart(result: ShareResult) -> Chart:
    """One group of bars per enterprise: standalone cost, Shapley share, shadow-price share."""

    def draw(language: str) -> Any:
        from parkflow.report.fonts import configure_matplotlib

        configure_matplotlib()
        from matplotlib.figure import Figure

        ids = [share.id for share in result.enterprises]
        series = [
            (
                ("Standalone cost", "独立运行成本"),
                [share.standalone_cost_cny_per_yr / WAN for share in result.enterprises],
                "#999999",
            ),
            (
                ("Shapley share", "Shapley分配"),
                [(share.shapley_cny_per_yr or 0.0) / WAN for share in result.enterprises],
                "#1f77b4",
            ),
            (
                ("Shadow-price share", "影子价格结算"),
                [(share.prices_cny_per_yr or 0.0) / WAN for share in result.enterprises],
                "#ff7f0e",
            ),
        ]
        figure = Figure(figsize=(8.0, 3.4), dpi=100, layout="constrained")
        axes = figure.subplots()
        width = 0.27
        for number_, (label, values, colour) in enumerate(series):
            positions = [index + (number_ - 1) * width for index in range(len(ids))]
            axes.bar(positions, values, width, label=text(label, language), color=colour)
        axes.set_xticks(range(len(ids)), ids, rotation=30, fontsize=8)
        axes.set_ylabel("10⁴ CNY/yr" if language == "en" else "万元/年")
        thousands_axis(axes.yaxis)
        axes.axhline(0, color="#333333", linewidth=0.6)
        axes.legend(fontsize=8, ncols=3, loc="lower center", bbox_to_anchor=(0.5, 1.0), frameon=False)
        axes.spines[["top", "right"]].set_visible(False)
        return figure

    return Chart(("Who gains: standalone cost and shares", "谁受益：独立运行成本与分配"), draw)


def add_share_section(report: Report, result: ShareResult) -> Report:
    """Append the section to a report (the committee report calls this)."""
    report.tables.extend(share_tables(result))
    report.charts.append(share_chart(result))
    return report


def share_report(park: Park, result: ShareResult) -> Report:
    """A report holding only the "Who gains" section (``parkflow share -o``)."""
    from parkflow.report.kpis import park_kpis

    report = Report(
        park=park,
        kpis=park_kpis(park),
        title=("Who gains: benefit sharing and investment appraisal", "谁受益：效益分配与投资评价"),
        meta=[
            (("Park", "园区"), park.name or ""),
            (("Method", "方法"), result.method),
            (("Coalitions solved", "求解联盟数"), str(result.coalitions_solved)),
            (("Written", "生成时间"), datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")),
            (("ParkFlow", "ParkFlow"), __version__),
        ],
        tables=[],
        charts=[],
        notes=[(note, note) for note in result.notes],
    )
    return add_share_section(report, result)


def committee_share_section(report: Report, park: Park, result: Any | None) -> None:
    """The committee report's "Who gains" section: computed when the park was optimized and
    is small enough for exact Shapley values; otherwise a note says how to get it."""
    if result is None:
        return
    if park.periods:
        report.notes.append(
            (
                "Who gains: not computed for a park with periods (the benefit sharing works on one design point "
                "for the year; the figures above are the sums over the periods).",
                "谁受益：分时段园区暂不计算（收益分配按全年单一工况计算；上文数字为各时段之和）。",
            )
        )
        return
    if len(park.enterprises) > SHAPLEY_EXACT_LIMIT:
        report.notes.append(
            (
                f"Who gains: the park has more than {SHAPLEY_EXACT_LIMIT} enterprises; run `parkflow share` "
                "for sampled Shapley shares.",
                f"谁受益：园区企业多于{SHAPLEY_EXACT_LIMIT}家，请运行 `parkflow share` 获取抽样Shapley分配。",
            )
        )
        return
    from parkflow.optimize.errors import OptimizeError
    from parkflow.report.share import share_benefits

    try:
        shared = share_benefits(park)
    except OptimizeError as exc:
        report.notes.append((f"Who gains: not computed ({exc}).", f"谁受益：未能计算（{exc}）。"))
        return
    add_share_section(report, shared)
