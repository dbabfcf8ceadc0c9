"""The one catalogue of ParkFlow's KPIs: key, unit, labels, boundary, aggregation.

Every place that shows or compares a KPI reads it from here: the accounting
(:mod:`parkflow.report.kpis`), the compare engine, the report renderers, the
command line and the desktop results dock.  Adding a KPI means adding its
:class:`KpiDefinition` here and its computation in the accounting; nothing
else names KPI keys or their labels.

Labels say what a figure covers: the totals are sums over the modelled
exchanges of the park, never the park's whole 综合能耗 or CO2 inventory, and
the report's boundary statement says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, slots=True)
class KpiDefinition:
    """One KPI as users and scripts see it."""

    key: str
    unit: str
    label_en: str
    label_zh: str
    #: What the figure covers (English, Chinese): its boundary or scope.
    covers_en: str
    covers_zh: str
    #: How the figure combines over enterprises, links and periods: ``sum``
    #: (a flow or an emission adds up) or ``ratio`` (an intensity: the sum of
    #: its numerator over the sum of its denominator, never a sum of ratios).
    aggregation: Literal["sum", "ratio"] = "sum"
    #: Which way is better: ``lower`` for every emission, use and cost.
    better: Literal["lower", "higher"] = "lower"
    #: True for the figures shown first (cards, headline table rows).
    headline: bool = True

    def label(self, language: str = "en") -> str:
        return self.label_zh if language.startswith("zh") else self.label_en

    def covers(self, language: str = "en") -> str:
        return self.covers_zh if language.startswith("zh") else self.covers_en


_MODELLED_EN = "the modelled exchanges, utilities and disposals of the enterprises in the park"
_MODELLED_ZH = "园区内各企业已建模的交换、公用工程与处置"

#: Every KPI, in display order.
CATALOGUE: tuple[KpiDefinition, ...] = (
    KpiDefinition(
        "co2_t_per_yr",
        "t/yr",
        "CO2 emissions, scope 1 + 2",
        "二氧化碳排放量（范围一+二）",
        "direct emissions inside the park (scope 1) and purchased electricity, steam and heat (scope 2), "
        "GB/T 32150 boundary; " + _MODELLED_EN,
        "园区内直接排放（范围一）与外购电力、蒸汽、热力（范围二），按 GB/T 32150 边界；" + _MODELLED_ZH,
    ),
    KpiDefinition(
        "co2_scope1_t_per_yr",
        "t/yr",
        "CO2, scope 1 (direct)",
        "二氧化碳直接排放（范围一）",
        "fuel burned and process emissions inside the park, source burdens and CO2 released where a "
        "CO2 product is used",
        "园区内燃料燃烧与工艺排放、供方负担，以及二氧化碳产品使用时的释放",
        headline=False,
    ),
    KpiDefinition(
        "co2_scope2_t_per_yr",
        "t/yr",
        "CO2, scope 2 (purchased energy)",
        "二氧化碳间接排放（范围二）",
        "purchased electricity, steam and heat",
        "外购电力、蒸汽、热力",
        headline=False,
    ),
    KpiDefinition(
        "co2_upstream_t_per_yr",
        "t/yr",
        "CO2 upstream, scope 3 (not in the total)",
        "上游二氧化碳（范围三，不计入总量）",
        "producing purchased materials and water outside the park; reported apart, never added",
        "园区外生产外购物料与水的排放；单列，不计入总量",
        headline=False,
    ),
    KpiDefinition(
        "co2_utilised_t_per_yr",
        "t/yr",
        "CO2 utilised as a product (still emitted)",
        "作为产品利用的二氧化碳（仍计入排放）",
        "CO2 sent over links as a product: it stays in the park's CO2 because it is released where it is "
        "used; GB/T 32150 lets the supplying enterprise deduct it as 回收利用量",
        "经连接作为产品输出的二氧化碳：使用时仍会释放，故仍计入园区排放；按 GB/T 32150，供方企业可作为回收利用量扣减",
        headline=False,
    ),
    KpiDefinition(
        "cod_generated_t_per_yr",
        "t/yr",
        "COD generated",
        "COD产生量",
        "COD leaving processes in effluents before any treatment (sources sent to disposals and water "
        "sinks' effluents)",
        "处理前随废水离开工艺的COD（送处置的供方物流与用水企业的排水）",
    ),
    KpiDefinition(
        "cod_discharged_t_per_yr",
        "t/yr",
        "COD discharged",
        "COD排放量",
        "COD leaving the park after the disposals' treatment",
        "经处置设施处理后排出园区的COD",
    ),
    KpiDefinition(
        "nh3n_generated_t_per_yr",
        "t/yr",
        "NH3-N generated",
        "氨氮产生量",
        "ammonia nitrogen leaving processes in effluents before any treatment (the same rules as COD)",
        "处理前随废水离开工艺的氨氮（与COD同一规则）",
        headline=False,
    ),
    KpiDefinition(
        "nh3n_discharged_t_per_yr",
        "t/yr",
        "NH3-N discharged",
        "氨氮排放量",
        "ammonia nitrogen leaving the park after the disposals' treatment",
        "经处置设施处理后排出园区的氨氮",
    ),
    KpiDefinition(
        "nox_t_per_yr",
        "t/yr",
        "NOx emitted",
        "氮氧化物排放量",
        "NOx from the modelled utilities, disposals and source burdens (boilers, CHP, flares, incineration)",
        "建模公用工程、处置与供方负担（锅炉、热电联产、火炬、焚烧）排放的氮氧化物",
        headline=False,
    ),
    KpiDefinition(
        "so2_t_per_yr",
        "t/yr",
        "SO2 emitted",
        "二氧化硫排放量",
        "SO2 from the modelled utilities, disposals and source burdens",
        "建模公用工程、处置与供方负担排放的二氧化硫",
        headline=False,
    ),
    KpiDefinition(
        "pm_t_per_yr",
        "t/yr",
        "Particulate matter emitted",
        "颗粒物排放量",
        "particulate matter from the modelled utilities, disposals and source burdens",
        "建模公用工程、处置与供方负担排放的颗粒物",
        headline=False,
    ),
    KpiDefinition(
        "vocs_t_per_yr",
        "t/yr",
        "VOCs emitted",
        "挥发性有机物排放量",
        "VOCs from the modelled utilities, disposals and source burdens (flares, incineration, typed figures)",
        "建模公用工程、处置与供方负担（火炬、焚烧、填写数值）排放的挥发性有机物",
        headline=False,
    ),
    KpiDefinition(
        "water_pollution_equivalents_per_yr",
        "PE/yr",
        "Water pollution equivalents",
        "水污染当量数",
        "COD and NH3-N discharged, each in kg ÷ its pollution-equivalent value (Environmental Protection Tax "
        "Law annex 2: COD 1 kg, NH3-N 0.8 kg); other water pollutants are not modelled",
        "排放的COD与氨氮按污染当量值折算（环境保护税法附表二：COD 1千克，氨氮 0.8千克）；其他水污染物未建模",
        headline=False,
    ),
    KpiDefinition(
        "air_pollution_equivalents_per_yr",
        "PE/yr",
        "Air pollution equivalents",
        "大气污染当量数",
        "NOx, SO2 and particulate matter emitted, each in kg ÷ its pollution-equivalent value (the law's annex 2: "
        "NOx 0.95 kg, SO2 0.95 kg, soot 2.18 kg); VOCs as a total have no equivalent value and are not included",
        "排放的氮氧化物、二氧化硫、颗粒物按污染当量值折算（附表二：氮氧化物 0.95千克、二氧化硫 0.95千克、烟尘 2.18千克）；"
        "挥发性有机物总量无当量值，不计入",
        headline=False,
    ),
    KpiDefinition(
        "environmental_tax_cny_per_yr",
        "CNY/yr",
        "Environmental protection tax (estimate)",
        "环境保护税（估算）",
        "pollution equivalents × Zhejiang's rates (air 1.2, water 1.4 CNY per equivalent; 2017 decision of the "
        "provincial people's congress standing committee); every modelled pollutant counted, where the law taxes "
        "the three largest of each outlet, and discharges into a centralised treatment plant pay none: an estimate",
        "污染当量数 × 浙江省适用税额（大气 1.2 元、水 1.4 元/污染当量；2017 年省人大常委会决定）；"
        "计入全部已建模污染物（税法按每一排放口前三项征收，向集中处理设施排放者不缴纳）：估算值",
        headline=False,
    ),
    KpiDefinition(
        "energy_tce_per_yr",
        "tce/yr",
        "Energy use of the modelled exchanges",
        "建模范围能源消费量",
        "utilities, disposals and source burdens in standard coal (GB/T 2589); not the park's 综合能耗",
        "公用工程、处置与供方负担折标准煤（GB/T 2589）；不是园区综合能耗",
    ),
    KpiDefinition(
        "natural_gas_nm3_per_yr",
        "Nm³/yr",
        "Natural gas",
        "天然气消费量",
        "natural gas burned by the modelled utilities and source burdens",
        "建模公用工程与供方负担消耗的天然气",
    ),
    KpiDefinition(
        "fresh_water_t_per_yr",
        "t/yr",
        "Fresh water",
        "新鲜水用量",
        "fresh water taken by the modelled water utilities",
        "建模供水公用工程的新鲜水",
    ),
    KpiDefinition(
        "cost_cny_per_yr",
        "CNY/yr",
        "Cost",
        "成本",
        "utilities, disposals, source burdens, links and annualised capex, plus priced CO2 and COD",
        "公用工程、处置、供方负担、连接与年化投资，以及按价格计入的CO2与COD",
    ),
    KpiDefinition(
        "co2_t_per_10k_cny",
        "t/10⁴ CNY",
        "CO2 per 10⁴ CNY of value added",
        "单位工业增加值二氧化碳排放",
        "CO2 (scope 1 + 2) of the enterprises that state their value added ÷ their value added, per 万元",
        "填报工业增加值的企业的二氧化碳排放（范围一+二）÷ 其工业增加值，每万元",
        aggregation="ratio",
        headline=False,
    ),
    KpiDefinition(
        "energy_tce_per_10k_cny",
        "tce/10⁴ CNY",
        "Energy per 10⁴ CNY of value added",
        "单位工业增加值能耗",
        "modelled energy use of the enterprises that state their value added ÷ their value added, per 万元",
        "填报工业增加值的企业的建模能源消费 ÷ 其工业增加值，每万元",
        aggregation="ratio",
        headline=False,
    ),
)

#: Per-enterprise figures beside the KPIs (``by_enterprise`` in the result file).
PERMIT_SURPLUS_KEYS: dict[str, tuple[str, str]] = {
    # surplus key: (permit field of the enterprise, the KPI it is measured against)
    "cod_permit_surplus_t_per_yr": ("cod_permit_t_per_yr", "cod_discharged_t_per_yr"),
    "nh3n_permit_surplus_t_per_yr": ("nh3n_permit_t_per_yr", "nh3n_discharged_t_per_yr"),
}
#: Intensity KPIs: key → (numerator KPI, CNY of value added per unit of the denominator).
INTENSITY_KEYS: dict[str, str] = {
    "co2_t_per_10k_cny": "co2_t_per_yr",
    "energy_tce_per_10k_cny": "energy_tce_per_yr",
}

#: KPI key → definition.
KPI: dict[str, KpiDefinition] = {definition.key: definition for definition in CATALOGUE}
#: KPI keys in display order.
KPI_KEYS: tuple[str, ...] = tuple(definition.key for definition in CATALOGUE)
#: KPI keys shown first (cards, headline rows).
HEADLINE_KEYS: tuple[str, ...] = tuple(definition.key for definition in CATALOGUE if definition.headline)


def kpi_unit(key: str) -> str:
    """The KPI's unit; ``t/yr`` for unknown keys ending ``_t_per_yr``, else blank."""
    definition = KPI.get(key)
    if definition is not None:
        return definition.unit
    return "t/yr" if key.endswith("_t_per_yr") else ""
