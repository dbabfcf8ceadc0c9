"""Published figures next to ParkFlow's own (issue 4; CASES.md).

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
from parkflow.model.entities import Medium, Park
from parkflow.model.factors import FactorLibrary

COLUMNS = ("park", "item", "kpi", "published_value", "unit", "period", "source", "note")
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
#: Condensate return bounds for the explanation (FACTORS.md sanity check 3):
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
                figures.append(PublishedFigure(
                    park=(record.get("park") or "").strip(),
                    item=(record.get("item") or "").strip(),
                    kpi=(record.get("kpi") or "").strip(),
                    published_value=value,
                    unit=(record.get("unit") or "").strip(),
                    period=(record.get("period") or "").strip(),
                    source=(record.get("source") or "").strip(),
                    note=(record.get("note") or "").strip(),
                ))
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

    Quantities of the exchange itself (``electricity_mwh_per_yr``, ``flow``)
    map to :data:`FLOW_KPI`: the link's annual flow in canonical units × h.
    """
    from parkflow.report.kpis import KPI_KEYS

    lowered = text.lower()
    if lowered in KPI_KEYS:
        return lowered
    if "mwh" in lowered or lowered.startswith("flow"):
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
    h from IAPWS-IF97 (FACTORS.md sanity check 3).
    """
    heat_gj = tonnes * physics.steam_heat_gj_per_t(
        physics.liquid_enthalpy_kj_per_kg(temperature_c), library.value("heat.makeup_water_enthalpy")
    )
    return physics.gj_to_tce(physics.fuel_for_heat_gj(heat_gj, boiler_efficiency), library.value("tce.gj"))


def condensate_range_tce(library: FactorLibrary, tonnes: float) -> tuple[float, float]:
    """(lowest, highest) tce saved: 100 °C at 100 % efficiency to 1.0 MPa saturation at 85 %."""
    high_c = physics.saturation_temperature_c(CONDENSATE_HIGH_PRESSURE_MPA)
    low = condensate_saving_tce(library, tonnes, CONDENSATE_LOW_C, BOILER_EFFICIENCY_RANGE[1])
    high = condensate_saving_tce(library, tonnes, high_c, BOILER_EFFICIENCY_RANGE[0])
    return low, high


def _explain(
    park: Park,
    figure: PublishedFigure, key: str, ours: float | None, row: pd.Series | None, library: FactorLibrary,
    period_years: float,
) -> str:
    """A sentence on why the published figure and ours differ."""
    parts: list[str] = []
    medium = str(row.get("medium", "")) if row is not None else ""
    flow_per_period = float(row.get("flow_per_yr", math.nan)) * period_years if row is not None else math.nan
    sink = park.streams.get(str(row.get("sink", ""))) if row is not None else None
    burns_gas = sink is not None and sink.medium is Medium.FUEL
    if row is not None and key == "co2_t_per_yr" and burns_gas:
        gas = float(row.get("avoided_natural_gas_nm3_per_yr", 0.0)) * period_years
        if gas > 0:
            implied = figure.published_value * 1000.0 / gas
            statistical = library.value("natural_gas.kgce_per_m3_statistical")
            basis = physics.fuel_co2(
                statistical * library.value("tce.gj") / 1000.0,
                library.value("natural_gas.carbon_content"), library.value("natural_gas.oxidation"),
            ) * 1000.0
            parts.append(
                f"published ÷ natural gas replaced = {implied:.3f} kgCO2/Nm³; GB/T 32150 gives "
                f"{library.value('natural_gas.co2'):.3f}; a heating value of {statistical:g} kgce/m³ "
                f"({statistical * library.value('tce.gj'):.2f} MJ/m³) gives {basis:.3f} kg/Nm³ → "
                f"{gas * basis / 1000.0:,.0f} t, the published basis"
            )
    if row is not None and key == "energy_tce_per_yr" and medium == "electricity" and flow_per_period > 0:
        implied = figure.published_value / flow_per_period  # tce/MWh = kgce/kWh
        parts.append(
            f"published ÷ electricity = {implied:.4f} kgce/kWh; ParkFlow uses the "
            f"{library.electricity_convention()[0]}"
        )
    if medium in ("water", "hot_water", "heat") and key in ("energy_tce_per_yr", "co2_t_per_yr") and (
        "condensate" in (figure.note + figure.item).lower() or "凝结水" in figure.note
    ) and flow_per_period > 0:
        low, high = condensate_range_tce(library, flow_per_period)
        verdict = (
            "the published figure is not reproducible for this period (plausible only as a yearly figure "
            "or under another convention)" if key == "energy_tce_per_yr" and figure.published_value > high
            else "the published figure lies within these bounds"
        )
        parts.append(
            f"bounds from IF97 enthalpy: {flow_per_period:,.0f} t of condensate at 100–"
            f"{physics.saturation_temperature_c(CONDENSATE_HIGH_PRESSURE_MPA):.0f} °C over 20 °C make-up, "
            f"boiler efficiency 85–100 %, saves {low:,.0f}–{high:,.0f} tce; {verdict}; ParkFlow's own figure "
            "follows this park file's model of the loop"
        )
        if key == "co2_t_per_yr":
            parts.append(
                f"its CO2 follows from tce × {library.value('coal.co2_per_tce_reported'):g} tCO2/tce, "
                "a factor with no standard behind it"
            )
    if figure.note:
        parts.append(f"park file: {figure.note}")
    return "; ".join(parts)


def published_comparison(
    park: Park,
    link_breakdown: pd.DataFrame,
    library: FactorLibrary,
    path: Path | None = None,
    park_reductions: dict[str, float | None] | None = None,
) -> pd.DataFrame:
    """Published figures of this park beside ParkFlow's for the same exchange.

    Columns: item, kpi, published, unit, period, source, parkflow, gap_pct,
    method, explanation.  ``link_breakdown`` is :func:`breakdown_by_link`
    (what each link avoids per year); an item that is a stream sums its links;
    the item ``park`` compares with ``park_reductions`` (standalone − current).
    """
    rows = []
    for figure in read_published(path):
        if not _matches(park, figure.park):
            continue
        key = kpi_key(figure.kpi)
        period_years = _per_period(figure.period, park.hours_per_year)
        row: pd.Series | None = None
        ours: float | None = None
        if figure.item.lower() == "park" and key is not None and park_reductions is not None:
            ours = park_reductions.get(key)
            ours = None if ours is None else ours * period_years
            rows.append({
                "item": figure.item, "kpi": figure.kpi, "published": figure.published_value,
                "unit": figure.unit, "period": figure.period, "source": figure.source, "parkflow": ours,
                "gap_pct": _gap(figure.published_value, ours),
                "method": "whole park: standalone − current, all exchanges in this park file",
                "explanation": figure.note,
            })
            continue
        if key is not None and not link_breakdown.empty:
            frame = link_breakdown
            if figure.item in frame.index:
                row = frame.loc[figure.item]
            else:
                touching = frame[(frame["source"] == figure.item) | (frame["sink"] == figure.item)]
                if not touching.empty:
                    row = touching.iloc[0].copy()
                    for column in touching.columns:
                        if column.startswith("avoided_") or column == "flow_per_yr":
                            row[column] = touching[column].astype(float).sum()
            column = "flow_per_yr" if key == FLOW_KPI else f"avoided_{key}"
            if row is not None and column in row.index:
                ours = float(row[column]) * period_years
        gap = _gap(figure.published_value, ours)
        method = _method(key, library)
        rows.append({
            "item": figure.item,
            "kpi": figure.kpi,
            "published": figure.published_value,
            "unit": figure.unit,
            "period": figure.period,
            "source": figure.source,
            "parkflow": ours,
            "gap_pct": gap,
            "method": method if row is not None else "exchange not found in this park",
            "explanation": _explain(park, figure, key or "", ours, row, library, period_years),
        })
    return pd.DataFrame(rows, columns=["item", "kpi", "published", "unit", "period", "source", "parkflow",
                                       "gap_pct", "method", "explanation"])


def _gap(published: float, ours: float | None) -> float | None:
    """(published − ours) / |ours| in %; None when ours is missing or zero."""
    if ours is None or abs(ours) < 1e-12:
        return None
    return (published - ours) / abs(ours) * 100.0


def _method(key: str | None, library: FactorLibrary) -> str:
    if key == FLOW_KPI:
        return "annual flow of the exchange (canonical unit × operating hours)"
    if key == "co2_t_per_yr":
        return ("utility avoided × its factor (natural gas "
                f"{library.value('natural_gas.co2'):.3f} kg/Nm³, GB/T 32150; grid "
                f"{library.value('electricity.co2'):g} t/MWh)")
    if key == "energy_tce_per_yr":
        return f"utility avoided in tce; electricity {library.electricity_convention()[0]}; fuels NCV ÷ 29.3076"
    if key == "natural_gas_nm3_per_yr":
        return "natural gas of the utility avoided (NCV 389.31 GJ/10⁴Nm³)"
    if key in ("cod_discharged_t_per_yr", "cod_generated_t_per_yr"):
        return "flow × concentration × 10⁻⁶ (× (1 − removal) when discharged)"
    return "by-link breakdown"
