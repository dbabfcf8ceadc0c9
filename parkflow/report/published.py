"""Published figures next to ParkFlow's own (the sample parks' ``published.csv``).

``sample_parks/published.csv`` holds what a park's source report publishes
about one exchange (columns ``park, item, kpi, published_value, unit,
period, source, note``; ``item`` is a link or stream id).  For a park whose
name matches, :func:`published_comparison` puts beside each figure
ParkFlow's own for the same exchange (from the by-link breakdown), the
method and the gap with an explanation computed from the factor library.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from parkflow.model import physics
from parkflow.model.entities import Park
from parkflow.model.factors import FactorLibrary
from parkflow.model.heat_pumps import converter_ratios
from parkflow.model.media import spec_of

COLUMNS = ("park", "item", "kpi", "published_value", "unit", "period", "source", "note", "gap_reason")
#: Published KPI spellings → ParkFlow KPI keys.
_KPI_WORDS = (
    ("cod", "cod_discharged_t_per_yr"),
    ("co2", "co2_t_per_yr"),
    ("carbon", "co2_t_per_yr"),
    ("tce", "energy_tce_per_yr"),
    ("energy", "energy_tce_per_yr"),
    ("gas", "natural_gas_nm3_per_yr"),
    ("water", "fresh_water_t_per_yr"),
    ("cost", "cost_cny_per_yr"),
)
#: Condensate return bounds for the explanation (the Jiaxing condensate figure):
#: atmospheric return at 100 °C to saturated condensate of 1.0 MPa steam, boiler 85–100 %.
CONDENSATE_LOW_C = 100.0
CONDENSATE_HIGH_PRESSURE_MPA = 1.0
BOILER_EFFICIENCY_RANGE = (0.85, 1.0)


@dataclass(frozen=True)
class PublishedFigure:
    park: str
    item: str
    kpi: str
    published_value: float
    unit: str
    period: str
    source: str
    note: str
    #: why ParkFlow's figure differs where no computation can tell (boundary, counterfactual)
    gap_reason: str = ""


def published_path() -> Path:
    """``sample_parks/published.csv`` of a source tree or of the installed package."""
    local = Path(__file__).resolve().parents[2] / "sample_parks" / "published.csv"
    if local.exists():
        return local
    try:
        from importlib.resources import files

        return Path(str(files("parkflow.sample_parks") / "published.csv"))
    except (ModuleNotFoundError, TypeError):
        return local


def read_published(path: Path | None = None) -> list[PublishedFigure]:
    """Every published figure; [] when the file is absent or unreadable."""
    path = path or published_path()
    if not path.exists():
        return []
    figures: list[PublishedFigure] = []
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for record in csv.DictReader(handle):
                try:
                    value = float(str(record.get("published_value", "")).replace(",", ""))
                except ValueError:
                    continue
                figures.append(
                    PublishedFigure(
                        park=(record.get("park") or "").strip(),
                        item=(record.get("item") or "").strip(),
                        kpi=(record.get("kpi") or "").strip(),
                        published_value=value,
                        unit=(record.get("unit") or "").strip(),
                        period=(record.get("period") or "").strip(),
                        source=(record.get("source") or "").strip(),
                        note=(record.get("note") or "").strip(),
                        gap_reason=(record.get("gap_reason") or "").strip(),
                    )
                )
    except (OSError, csv.Error):
        return []
    return figures


def _matches(park: Park, name: str) -> bool:
    own = (park.name or "").strip().lower()
    other = name.strip().lower()
    return bool(own and other) and (own == other or other in own or own in other)


#: Published quantities that are flows of the exchange itself, not KPIs.
FLOW_KPI = "flow"


def kpi_key(text: str) -> str | None:
    """ParkFlow KPI key for a published KPI name (``"CO2 saved"`` → ``co2_t_per_yr``).

    Quantities of the exchange itself (``electricity_mwh_per_yr``, ``flow``,
    ``recovered_t_per_yr``) map to :data:`FLOW_KPI`: the link's annual flow in
    canonical units × h, or a converter's annual output.
    """
    from parkflow.report.kpis import KPI_KEYS

    lowered = text.lower()
    if lowered in KPI_KEYS:
        return lowered
    if "mwh" in lowered or lowered.startswith(("flow", "recovered")):
        return FLOW_KPI
    for word, key in _KPI_WORDS:
        if word in lowered:
            return key
    return None


def _per_period(period: str, hours_per_year: float = 8760.0) -> float:
    """Share of a year in one published period.

    A month is 1/12 of the year; a day is one *operating* day
    (24 h / operating hours), as plant capacities in t/d are quoted.
    """
    lowered = period.lower()
    if "month" in lowered or "月" in lowered:
        return 1.0 / 12.0
    if "day" in lowered or "日" in lowered or lowered in ("d", "/d"):
        return 24.0 / (hours_per_year or 8760.0)
    return 1.0


def condensate_saving_tce(
    library: FactorLibrary, tonnes: float, temperature_c: float, boiler_efficiency: float
) -> float:
    """Fuel (tce) saved by returning ``tonnes`` of condensate at ``temperature_c``.

    tce = t × (h_liquid(T) − 83.74 kJ/kg) / 1000 / efficiency / 29.3076,
    h from IAPWS-IF97 (83.74 kJ/kg: NDRC accounting guidelines).
    """
    heat_gj = tonnes * physics.steam_heat_gj_per_t(
        physics.liquid_enthalpy_kj_per_kg(temperature_c), library.value("heat.makeup_water_enthalpy")
    )
    return physics.gj_to_tce(physics.fuel_for_heat_gj(heat_gj, boiler_efficiency), library.value("tce.gj"))


def condensate_range_tce(
    library: FactorLibrary, tonnes: float, temperature_c: float | None = None
) -> tuple[float, float]:
    """(lowest, highest) tce saved by returning ``tonnes`` of condensate.

    With ``temperature_c`` (the return temperature a park models): that
    temperature at boiler efficiency 100 % and 85 %.  Without it, the widest
    physical range: atmospheric return at 100 °C and 100 % to
    saturated condensate of 1.0 MPa steam at 85 %.
    """
    best, worst = BOILER_EFFICIENCY_RANGE[1], BOILER_EFFICIENCY_RANGE[0]
    if temperature_c is not None:
        return (
            condensate_saving_tce(library, tonnes, temperature_c, best),
            condensate_saving_tce(library, tonnes, temperature_c, worst),
        )
    high_c = physics.saturation_temperature_c(CONDENSATE_HIGH_PRESSURE_MPA)
    return (
        condensate_saving_tce(library, tonnes, CONDENSATE_LOW_C, best),
        condensate_saving_tce(library, tonnes, high_c, worst),
    )


#: A published period in Chinese ("per yr" → "每年").
_PERIOD_ZH: dict[str, str] = {
    "yr": "年",
    "year": "年",
    "month": "月",
    "day": "日",
    "h": "小时",
    "hour": "小时",
}

#: Largest gap (per cent of ParkFlow's figure) read as agreement.
AGREEMENT_PCT = 5.0


@dataclass(frozen=True)
class Verdict:
    """What a published figure is, next to ParkFlow's: a short bilingual label."""

    key: str
    en: str
    zh: str


AGREES = Verdict("agrees", "agrees (gap ≤ 5 %)", "一致（差异 ≤ 5 %）")
EXPLAINED = Verdict("explained", "differs: reason given", "有差异：原因已说明")
NOT_REPRODUCIBLE = Verdict(
    "not_reproducible", "not reproducible: beyond the physical bounds", "无法复现：超出物理上限"
)
NO_FIGURE = Verdict("no_figure", "no ParkFlow figure for this exchange", "本软件无对应数值")
UNEXPLAINED = Verdict("unexplained", "differs: no reason known", "有差异：原因未知")
#: The published figure is a reduction and ParkFlow's an increase (or the reverse): no percentage means anything.
NET_INCREASE = Verdict(
    "opposite_sign",
    "opposite sign: ParkFlow finds a net increase, not a reduction",
    "符号相反：本软件计算为净增加，而非减少",
)
NET_DECREASE = Verdict(
    "opposite_sign",
    "opposite sign: ParkFlow finds a net reduction, not an increase",
    "符号相反：本软件计算为净减少，而非增加",
)
#: What the gap column says when the two figures have opposite signs.
OPPOSITE_SIGN = ("opposite sign", "符号相反")


def opposite_signs(published: float, ours: float | None) -> bool:
    """True when ParkFlow's figure and the published one point in opposite directions."""
    return (
        ours is not None and abs(ours) >= 1e-12 and abs(published) >= 1e-12 and (published > 0) != (ours > 0)
    )


@dataclass(frozen=True)
class Bounds:
    """Physical bounds of an exchange in the published figure's unit and period."""

    low: float
    high: float
    text: str
    text_zh: str = ""

    def holds(self, value: float) -> bool:
        return self.low * (1 - 1e-9) <= value <= self.high * (1 + 1e-9)


def _is_condensate(figure: PublishedFigure) -> bool:
    return "condensate" in (figure.note + figure.item).lower() or "凝结水" in figure.note


def _modelled_temperature_c(park: Park, links: pd.DataFrame) -> float | None:
    """Flow-weighted supply temperature of the hot-water or heat sources of ``links``."""
    weighted = total = 0.0
    for _, row in links.iterrows():
        source = park.streams.get(str(row.get("source", "")))
        flow = float(row.get("flow_per_yr", 0.0) or 0.0)
        if source is None or source.temperature_c is None or flow <= 0:
            continue
        weighted += source.temperature_c * flow
        total += flow
    return weighted / total if total > 0 else None


def _condensate_bounds(
    park: Park,
    figure: PublishedFigure,
    key: str,
    links: pd.DataFrame,
    flow_per_period: float,
    library: FactorLibrary,
) -> Bounds | None:
    """IF97 bounds of a condensate-return figure at the park's modelled return temperature."""
    temperature = _modelled_temperature_c(park, links)
    if temperature is None or flow_per_period <= 0:
        return None
    low, high = condensate_range_tce(library, flow_per_period, temperature)
    _, widest = condensate_range_tce(library, flow_per_period)
    saturation = physics.saturation_temperature_c(CONDENSATE_HIGH_PRESSURE_MPA)
    basis = (
        f"{flow_per_period:,.0f} t of condensate returned at the {temperature:.0f} °C this park models, "
        f"over 20 °C make-up, boiler efficiency 85–100 %, saves {low:,.0f}–{high:,.0f} tce "
        f"(IF97 enthalpy; even at {saturation:.0f} °C saturation of 1.0 MPa steam and 85 % it is at most "
        f"{widest:,.0f} tce)"
    )
    basis_zh = (
        f"以本园区建模的 {temperature:.0f} °C 回收 {flow_per_period:,.0f} 吨凝结水，替代 20 °C 补水，锅炉效率 "
        f"85–100 %，节约 {low:,.0f}–{high:,.0f} tce（IF97 焓值；即使按 1.0 MPa 蒸汽饱和温度 {saturation:.0f} °C、"
        f"效率 85 %，最多 {widest:,.0f} tce）"
    )
    if key == "energy_tce_per_yr":
        return Bounds(low, high, basis, basis_zh)
    if key == "co2_t_per_yr":
        coal = library.value("coal.co2_per_tce")
        return Bounds(
            low * coal,
            high * coal,
            f"{basis}; × {coal:.2f} tCO2/tce of the coal the CHP burns = {low * coal:,.0f}–"
            f"{high * coal:,.0f} t CO2",
            f"{basis_zh}；× 热电厂燃煤 {coal:.2f} tCO2/tce = {low * coal:,.0f}–{high * coal:,.0f} 吨CO2",
        )
    return None


def _per_unit_reason(
    figure: PublishedFigure,
    key: str,
    ours: float | None,
    flow_per_period: float,
    medium: str,
    library: FactorLibrary,
) -> tuple[str, str]:
    """The published figure per unit of the exchange against ParkFlow's, for steam and power (English, Chinese)."""
    if ours is None or flow_per_period <= 0 or key not in ("energy_tce_per_yr", "co2_t_per_yr"):
        return "", ""
    implied = figure.published_value / flow_per_period
    own = ours / flow_per_period
    if medium == "electricity" and key == "energy_tce_per_yr":
        generation = library.value("electricity.kgce_supply_coal_rate")
        calorific = library.value("electricity.kgce_energy_content")
        return (
            f"published ÷ {flow_per_period:,.0f} MWh = {implied:.4f} kgce/kWh; the supply coal rate (等价值, "
            f"{generation:g} kgce/kWh) gives {flow_per_period * generation:,.0f} tce and the calorific "
            f"equivalent (当量值, {calorific:g} kgce/kWh) {flow_per_period * calorific:,.0f} tce; ParkFlow "
            f"counts {own:.4f} kgce/kWh, the electricity basis of this park",
            f"公开值 ÷ {flow_per_period:,.0f} MWh = {implied:.4f} kgce/kWh；按供电煤耗（等价值，{generation:g} "
            f"kgce/kWh）为 {flow_per_period * generation:,.0f} tce，按当量值（{calorific:g} kgce/kWh）为 "
            f"{flow_per_period * calorific:,.0f} tce；本软件按本园区的电力折标基准计 {own:.4f} kgce/kWh",
        )
    if medium == "steam" and key == "energy_tce_per_yr":
        reference = library.value("steam.lp_kgce_per_kg")
        return (
            f"published ÷ {flow_per_period:,.0f} t of steam = {implied:.4f} tce/t; the GB/T 2589 reference "
            f"coefficient for low-pressure steam, {reference:g} kgce/kg, gives {flow_per_period * reference:,.0f}"
            f" tce; ParkFlow values each tonne by the utility it replaces, {own:.4f} tce/t",
            f"公开值 ÷ {flow_per_period:,.0f} 吨蒸汽 = {implied:.4f} tce/t；按 GB/T 2589 低压蒸汽参考折标系数 "
            f"{reference:g} kgce/kg 为 {flow_per_period * reference:,.0f} tce；本软件按每吨替代的公用工程计 "
            f"{own:.4f} tce/t",
        )
    if medium == "steam" and key == "co2_t_per_yr":
        return (
            f"published ÷ {flow_per_period:,.0f} t of steam = {implied:.4f} t CO2/t; ParkFlow values each "
            f"tonne by the CO2 of the utility it replaces, {own:.4f} t CO2/t",
            f"公开值 ÷ {flow_per_period:,.0f} 吨蒸汽 = {implied:.4f} 吨CO2/吨；本软件按每吨替代的公用工程的CO2计 "
            f"{own:.4f} 吨CO2/吨",
        )
    return "", ""


def _gas_reason(
    figure: PublishedFigure,
    row: pd.Series,
    period_years: float,
    library: FactorLibrary,
) -> tuple[str, str]:
    """Why a CO2 figure for natural gas replaced differs: the heating value behind it (English, Chinese)."""
    gas = float(row.get("avoided_natural_gas_nm3_per_yr", 0.0)) * period_years
    if gas <= 0:
        return "", ""
    implied = figure.published_value * 1000.0 / gas
    statistical = library.value("natural_gas.kgce_per_m3_statistical")
    basis = (
        physics.fuel_co2(
            statistical * library.value("tce.gj") / 1000.0,
            library.value("natural_gas.carbon_content"),
            library.value("natural_gas.oxidation"),
        )
        * 1000.0
    )
    return (
        f"published ÷ natural gas replaced = {implied:.3f} kgCO2/Nm³; GB/T 32150 gives "
        f"{library.value('natural_gas.co2'):.3f}; a heating value of {statistical:g} kgce/m³ "
        f"({statistical * library.value('tce.gj'):.2f} MJ/m³) gives {basis:.3f} kg/Nm³ → "
        f"{gas * basis / 1000.0:,.0f} t, the published basis",
        f"公开值 ÷ 替代的天然气 = {implied:.3f} kgCO2/Nm³；GB/T 32150 为 {library.value('natural_gas.co2'):.3f}；"
        f"按低位发热量 {statistical:g} kgce/m³（{statistical * library.value('tce.gj'):.2f} MJ/m³）为 {basis:.3f} "
        f"kg/Nm³ → {gas * basis / 1000.0:,.0f} 吨，即公开数据的口径",
    )


@dataclass(frozen=True)
class _Judgement:
    verdict: Verdict
    explanation: str
    explanation_zh: str = ""


def _judge(
    park: Park,
    figure: PublishedFigure,
    key: str,
    ours: float | None,
    row: pd.Series | None,
    links: pd.DataFrame,
    library: FactorLibrary,
    period_years: float,
) -> _Judgement:
    """The verdict on one published figure and why it and ParkFlow's differ.

    The verdict is worked out for this row alone: a figure beyond the
    physical bounds of the exchange (condensate return) is not
    reproducible; within 5 % of ParkFlow's it agrees; otherwise the reasons
    that can be computed (the basis behind the published figure) come first,
    then the park file's own ``gap_reason``.
    """
    reasons: list[tuple[str, str]] = []
    medium = str(row.get("medium", "")) if row is not None else ""
    flow_per_period = float(row.get("flow_per_yr", math.nan)) * period_years if row is not None else math.nan
    if not flow_per_period > 0:
        flow_per_period = 0.0
    bounds = None
    if row is not None and medium in ("water", "hot_water", "heat") and _is_condensate(figure):
        bounds = _condensate_bounds(park, figure, key, links, flow_per_period, library)
    sink = park.streams.get(str(row.get("sink", ""))) if row is not None else None
    if row is not None and key == "co2_t_per_yr" and sink is not None and spec_of(sink.medium).burner:
        reasons.append(_gas_reason(figure, row, period_years, library))
    if row is not None:
        reasons.append(_per_unit_reason(figure, key, ours, flow_per_period, medium, library))
    if bounds is not None:
        where = (
            "lies within"
            if bounds.holds(figure.published_value)
            else ("is above" if figure.published_value > bounds.high else "is below")
        )
        where_zh = {"lies within": "在此范围内", "is above": "高于此范围", "is below": "低于此范围"}[where]
        reasons.insert(
            0,
            (
                f"{bounds.text}: the published {figure.published_value:,.0f} {figure.unit} per "
                f"{figure.period} {where} these bounds",
                f"{bounds.text_zh}：公开的每{_PERIOD_ZH.get(figure.period, figure.period)} "
                f"{figure.published_value:,.0f} {figure.unit} {where_zh}",
            ),
        )
        if key == "co2_t_per_yr":
            reported = library.value("coal.co2_per_tce_reported")
            reasons.append(
                (
                    f"the published CO2 is its tce × {reported:g} tCO2/tce, a factor with no standard "
                    "behind it, so it inherits the tce figure's gap",
                    f"公开的CO2为其 tce × {reported:g} tCO2/tce，该系数无标准依据，因此沿袭 tce 数值的差异",
                )
            )
    if figure.gap_reason:  # the park file's words, as written there
        reasons.append((figure.gap_reason, f"园区文件说明（原文）：{figure.gap_reason}"))
    reasons = [reason for reason in reasons if reason[0]]
    gap = _gap(figure.published_value, ours)
    if bounds is not None and not bounds.holds(figure.published_value):
        verdict = NOT_REPRODUCIBLE
    elif ours is None:
        verdict = NO_FIGURE
    elif opposite_signs(figure.published_value, ours):
        verdict = NET_INCREASE if ours < 0 else NET_DECREASE
        reasons.insert(
            0,
            (
                f"the published figure is {figure.published_value:,.0f} {figure.unit} per {figure.period}"
                f" and ParkFlow's is {ours:,.0f}: opposite signs, so no percentage gap is given",
                f"公开值为每{_PERIOD_ZH.get(figure.period, figure.period)} {figure.published_value:,.0f} "
                f"{figure.unit}，本软件为 {ours:,.0f}：符号相反，不给出百分比差异",
            ),
        )
    elif gap is not None and abs(gap) <= AGREEMENT_PCT:
        verdict = AGREES
    elif reasons:
        verdict = EXPLAINED
    else:
        verdict = UNEXPLAINED
    parts = list(reasons)
    if figure.note:
        parts.append((f"park file: {figure.note}", f"园区文件（原文）：{figure.note}"))
    return _Judgement(
        verdict, " ".join(_sentence(en) for en, _ in parts), "".join(_sentence(zh) for _, zh in parts)
    )


def _sentence(text: str) -> str:
    """``text`` as a sentence: capital first letter, closing full stop."""
    text = text.strip()
    if any("\u4e00" <= character <= "\u9fff" for character in text[:12]):  # a Chinese sentence
        return text + ("" if text.endswith((".", "。")) else "。")
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "。")) else ".")


def _hours_of(park: Park, stream_id: str) -> float:
    """Operating hours of the enterprise a stream belongs to (the park's without one)."""
    stream = park.streams.get(stream_id)
    hours_of = getattr(park, "hours_of", None)
    if stream is not None and hours_of is not None:
        return float(hours_of(stream.enterprise))
    return float(park.hours_per_year)


def published_comparison(
    park: Park,
    link_breakdown: pd.DataFrame,
    library: FactorLibrary,
    path: Path | None = None,
    park_reductions: dict[str, float | None] | None = None,
) -> pd.DataFrame:
    """Published figures of this park beside ParkFlow's for the same exchange.

    Columns: item, kpi, published, unit, period, source, parkflow, gap_pct,
    verdict (a :class:`Verdict`), method, explanation.  ``link_breakdown``
    is :func:`breakdown_by_link` (what each link avoids per year); an item
    that is a stream sums its links; the item ``park`` compares with
    ``park_reductions`` (standalone − current).
    """
    rows = []
    for figure in read_published(path):
        if not _matches(park, figure.park):
            continue
        key = kpi_key(figure.kpi)
        row: pd.Series | None = None
        ours: float | None = None
        links = link_breakdown.iloc[0:0]
        if figure.item.lower() == "park":
            period_years = _per_period(figure.period, park.hours_per_year)
            if key is not None and park_reductions is not None:
                ours = park_reductions.get(key)
                ours = None if ours is None else ours * period_years
            judgement = _judge(park, figure, key or "", ours, None, links, library, period_years)
            method = "whole park: standalone − current, all exchanges in this park file"
            rows.append(_comparison_row(figure, ours, judgement, method))
            continue
        period_years = 1.0
        converter = park.converters.get(figure.item)
        if key is not None and not link_breakdown.empty:
            frame = link_breakdown
            if figure.item in frame.index:
                links = frame.loc[[figure.item]]
                row = frame.loc[figure.item]
            else:
                if converter is not None:  # what today's links feed it
                    links = frame[frame["sink"] == converter.input]
                else:
                    links = frame[(frame["source"] == figure.item) | (frame["sink"] == figure.item)]
                if not links.empty:
                    row = links.iloc[0].copy()
                    for column in links.columns:
                        if column.startswith("avoided_") or column == "flow_per_yr":
                            row[column] = links[column].astype(float).sum()
            if row is not None:
                period_years = _per_period(figure.period, _hours_of(park, str(row.get("source", ""))))
            column = "flow_per_yr" if key == FLOW_KPI else f"avoided_{key}"
            if row is not None and column in row.index:
                ours = float(row[column]) * period_years
                if converter is not None and key == FLOW_KPI:
                    ours *= converter_ratios(park, converter)[0]  # its output: intake × ratio
        judgement = _judge(park, figure, key or "", ours, row, links, library, period_years)
        method = _method(key, library) if row is not None else "exchange not found in this park"
        rows.append(_comparison_row(figure, ours, judgement, method))
    return pd.DataFrame(rows, columns=list(COMPARISON_COLUMNS))


def _comparison_row(
    figure: PublishedFigure, ours: float | None, judgement: _Judgement, method: str
) -> dict[str, object]:
    """One row of :func:`published_comparison`: the published figure, ours, the gap and the verdict."""
    return {
        "item": figure.item,
        "kpi": figure.kpi,
        "published": figure.published_value,
        "unit": figure.unit,
        "period": figure.period,
        "source": figure.source,
        "parkflow": ours,
        "gap_pct": _gap(figure.published_value, ours),
        "verdict": judgement.verdict,
        "method": method,
        "explanation": judgement.explanation,
        "explanation_zh": judgement.explanation_zh,
    }


#: Columns of :func:`published_comparison`.
COMPARISON_COLUMNS = (
    "item",
    "kpi",
    "published",
    "unit",
    "period",
    "source",
    "parkflow",
    "gap_pct",
    "verdict",
    "method",
    "explanation",
    "explanation_zh",
)


def _gap(published: float, ours: float | None) -> float | None:
    """(published − ours) / |ours| in %; None when ours is missing or zero or of the other sign."""
    if ours is None or abs(ours) < 1e-12 or opposite_signs(published, ours):
        return None
    return (published - ours) / abs(ours) * 100.0


def _method(key: str | None, library: FactorLibrary) -> str:
    """How ParkFlow's figure for one exchange is computed (its factors are in the factors table)."""
    if key == FLOW_KPI:
        return (
            "annual flow of the exchange (canonical unit × operating hours); for a converter its output, "
            "today's intake × ratio"
        )
    if key == "co2_t_per_yr":
        return (
            "CO2 (scope 1 + 2) of the sink's utility and the source's disposal the exchange avoids, less the "
            "source's burden; factors as listed in the factors table"
        )
    if key == "energy_tce_per_yr":
        return (
            f"tce of the utility avoided, less the source's burden; electricity "
            f"{library.electricity_convention()[0]}; fuels NCV ÷ 29.3076"
        )
    if key == "natural_gas_nm3_per_yr":
        return "natural gas of the utility avoided (NCV 389.31 GJ/10⁴Nm³)"
    if key == "fresh_water_t_per_yr":
        return "fresh water of the utility avoided (1 m³ = 1 t)"
    if key in ("cod_discharged_t_per_yr", "cod_generated_t_per_yr"):
        return "flow × concentration × 10⁻⁶ (× (1 − removal) when discharged), sink effluents included"
    return "by-link breakdown"
