"""What every field is called where people read it: label with unit, tooltip, editor.

One table for the inspector, the entity tables and the dialogs: a field's
label carries its unit in the current language ("Hours per year (h/yr)",
"年运行小时数（h/年）"), its tooltip says what it means and where a blank or
default comes from, and its editor kind says how it is edited (a number, a
drop-down of enterprises, utilities, disposals, streams or factor profiles,
a drop-down of an enum, a multi-line note).  The workbook column names
(``hours_per_year``, ``dt_min_k`` …) stay the names files and scripts use;
people never have to read them.

Texts are built with ``QCoreApplication.translate("Fields", …)`` on each
call of :func:`catalogue` and cached per language, so a language switch
shows the new language at once.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QTranslator

from parkflow.model.entities import PARK_DEFAULTS, Direction, ElectricityTceBasis, LinkStatus, Medium, Park
from parkflow.ui import i18n
from parkflow.ui.document import PROFILE_ITEM_KINDS

#: The pseudo-kind of the park settings (the ``park`` sheet).
PARK = "park"

#: How a field is edited.
TEXT = "text"
NUMBER = "number"
NOTES = "notes"
ENUM = "enum"
#: A drop-down of the ids of one kind (``reference:<kind>``), blank allowed where noted.
REFERENCE = "reference"
FACTOR = "factor"

#: Reference fields: (kind, column) → (kind referred to, blank allowed, stream direction wanted).
REFERENCES: dict[tuple[str, str], tuple[str, bool, Direction | None]] = {
    ("streams", "enterprise"): ("enterprises", False, None),
    ("streams", "utility"): ("utilities", True, None),
    ("streams", "disposal"): ("disposals", True, None),
    ("links", "source"): ("streams", False, Direction.SOURCE),
    ("links", "sink"): ("streams", False, Direction.SINK),
    ("converters", "enterprise"): ("enterprises", False, None),
    ("converters", "input"): ("streams", False, Direction.SINK),
    ("converters", "output"): ("streams", False, Direction.SOURCE),
    ("converters", "residue"): ("streams", True, Direction.SOURCE),
    ("converters", "aux"): ("streams", True, Direction.SINK),
    ("profiles", "period"): ("periods", False, None),
    # a stream, a utility or a disposal: reference_choices lists all three kinds
    ("profiles", "item"): ("streams", False, None),
    ("storages", "enterprise"): ("enterprises", False, None),
}

ENUMS: dict[str, type[Enum]] = {
    "direction": Direction,
    "medium": Medium,
    "status": LinkStatus,
    "electricity_tce_basis": ElectricityTceBasis,
}


class Translator(Protocol):
    """Anything with Qt's ``translate(context, text)``: QCoreApplication, or one language's table."""

    def translate(self, context: str, text: str) -> str: ...


class _InstalledLanguage:
    """The application's current language (the installed translators)."""

    def translate(self, context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)


class _OneLanguage:
    """One language's compiled texts, whatever language the application shows (English: the sources)."""

    def __init__(self, language: str) -> None:
        self.translator: QTranslator | None = None
        if language != i18n.DEFAULT_LANGUAGE:
            self.translator = QTranslator()
            self.translator.load(f"parkflow_{language}", str(i18n.translations_dir()))

    def translate(self, context: str, text: str) -> str:
        if self.translator is None:
            return text
        return self.translator.translate(context, text) or text


@dataclass(frozen=True)
class FieldText:
    """A field as people see it: label (with unit), tooltip and how it is edited."""

    label: str
    tooltip: str
    editor: str = NUMBER


def _build(tr: Translator) -> dict[tuple[str, str], FieldText]:
    """Every field of every kind; a ``("*", column)`` entry serves all kinds with that column.

    ``tr.translate("Fields", text)`` gives each text in the wanted language.
    """
    blank_from_factor = tr.translate(
        "Fields", "Blank: computed from the factor profile chosen above (factor library)."
    )
    per_unit = tr.translate("Fields", "per unit of this row's unit (blank unit: the medium's canonical unit)")
    entries: dict[tuple[str, str], FieldText] = {
        # park settings (the park sheet)
        (PARK, "name"): FieldText(
            tr.translate("Fields", "Park name"),
            tr.translate("Fields", "The park's name, shown in titles and reports."),
            TEXT,
        ),
        (PARK, "hours_per_year"): FieldText(
            tr.translate("Fields", "Operating hours per year (h/yr)"),
            tr.translate(
                "Fields",
                "Hours a year the streams flow; annual figures are hourly rates × these hours. Default {value} h.",
            ).format(value=f"{PARK_DEFAULTS['hours_per_year']:g}"),
        ),
        (PARK, "dt_min_k"): FieldText(
            tr.translate("Fields", "Minimum approach temperature ΔTmin (K)"),
            tr.translate(
                "Fields",
                "Smallest temperature difference a heat exchanger needs between hot and cold sides "
                "(heat cascade). Default {value} K.",
            ).format(value=f"{PARK_DEFAULTS['dt_min_k']:g}"),
        ),
        (PARK, "discount_rate_pct"): FieldText(
            tr.translate("Fields", "Discount rate (%)"),
            tr.translate(
                "Fields",
                "Annualises the capital cost of candidate links over their lifetime. Default {value} %.",
            ).format(value=f"{PARK_DEFAULTS['discount_rate_pct']:g}"),
        ),
        (PARK, "co2_price_cny_per_t"): FieldText(
            tr.translate("Fields", "CO₂ price (CNY/t)"),
            tr.translate(
                "Fields",
                "Price of one tonne of CO₂ in the cost objective (e.g. the carbon market price). "
                "Default 0: CO₂ counts in the KPIs but not in the cost.",
            ),
        ),
        (PARK, "cod_price_cny_per_t"): FieldText(
            tr.translate("Fields", "COD price (CNY/t)"),
            tr.translate(
                "Fields",
                "Price of one tonne of COD discharged in the cost objective (e.g. the discharge fee). Default 0.",
            ),
        ),
        (PARK, "electricity_tce_basis"): FieldText(
            tr.translate("Fields", "Electricity in energy (tce) counted at"),
            tr.translate(
                "Fields",
                "Calorific equivalent 0.1229 kgce/kWh (GB/T 2589, the default) or the supply coal rate of "
                "power generation; reports show the other basis beside it.",
            ),
            ENUM,
        ),
        # shared columns
        ("*", "id"): FieldText(
            tr.translate("Fields", "ID"),
            tr.translate(
                "Fields", "Short identifier used by links and other rows; set when the item is made."
            ),
            TEXT,
        ),
        ("*", "name"): FieldText(
            tr.translate("Fields", "Name"),
            tr.translate("Fields", "Name shown on the canvas and in reports (Chinese and/or English)."),
            TEXT,
        ),
        ("*", "medium"): FieldText(
            tr.translate("Fields", "Medium"),
            tr.translate(
                "Fields",
                "What flows: steam, heat, hot water, hydrogen, water, material, fuel or electricity.",
            ),
            ENUM,
        ),
        ("*", "unit"): FieldText(
            tr.translate("Fields", "Unit"),
            tr.translate(
                "Fields",
                "Unit of the amount, e.g. t/h, kg/h, MW, GJ/h, Nm3/h, t/d. Blank: the medium's canonical unit.",
            ),
            TEXT,
        ),
        ("*", "pressure_mpa"): FieldText(
            tr.translate("Fields", "Pressure (MPa, absolute)"),
            tr.translate(
                "Fields",
                "Steam only. A source may serve a sink whose pressure is not higher. Blank: not given.",
            ),
        ),
        ("*", "temperature_c"): FieldText(
            tr.translate("Fields", "Temperature (°C)"),
            tr.translate("Fields", "Steam, heat and hot water: the supply temperature. Blank: not given."),
        ),
        ("*", "purity_pct"): FieldText(
            tr.translate("Fields", "Purity (%)"),
            tr.translate(
                "Fields",
                "Hydrogen and material: purity; for a sink the minimum the blend it receives must reach.",
            ),
        ),
        ("*", "cod_mg_l"): FieldText(
            tr.translate("Fields", "COD (mg/L)"),
            tr.translate(
                "Fields",
                "Water: chemical oxygen demand; for a sink the maximum the blend it receives may have.",
            ),
        ),
        ("*", "factor"): FieldText(
            tr.translate("Fields", "Factor profile"),
            tr.translate(
                "Fields",
                "A profile of the factor library (resources/factors.csv) that fills blank cost, CO₂ and COD "
                "figures below, e.g. gas-boiler steam or grid electricity. Typed figures always win.",
            ),
            FACTOR,
        ),
        ("*", "cost_cny_per_unit"): FieldText(
            tr.translate("Fields", "Cost (CNY per unit)"),
            tr.translate("Fields", "Price paid {per_unit}.").format(per_unit=per_unit)
            + " "
            + blank_from_factor,
        ),
        ("*", "co2_t_per_unit"): FieldText(
            tr.translate("Fields", "CO₂ (t per unit)"),
            tr.translate("Fields", "CO₂ emitted {per_unit}.").format(per_unit=per_unit)
            + " "
            + blank_from_factor,
        ),
        ("*", "cod_t_per_unit"): FieldText(
            tr.translate("Fields", "COD (t per unit)"),
            tr.translate("Fields", "COD discharged {per_unit}.").format(per_unit=per_unit)
            + " "
            + blank_from_factor,
        ),
        ("*", "capacity"): FieldText(
            tr.translate("Fields", "Capacity (source units per hour)"),
            tr.translate("Fields", "Most it can carry or take per hour. Blank: no limit."),
        ),
        # enterprises
        ("enterprises", "sector"): FieldText(
            tr.translate("Fields", "Sector"),
            tr.translate("Fields", "Industry, e.g. chemicals, textiles, power."),
            TEXT,
        ),
        ("enterprises", "x_km"): FieldText(
            tr.translate("Fields", "Position east (km)"),
            tr.translate(
                "Fields",
                "East–west position on the park map; drag the box to change it. Blank: placed automatically.",
            ),
        ),
        ("enterprises", "y_km"): FieldText(
            tr.translate("Fields", "Position north (km)"),
            tr.translate("Fields", "North–south position on the park map. Blank: placed automatically."),
        ),
        ("enterprises", "notes"): FieldText(
            tr.translate("Fields", "Notes"),
            tr.translate("Fields", "Free text: contacts, sources of the figures, open questions."),
            NOTES,
        ),
        # streams
        ("streams", "enterprise"): FieldText(
            tr.translate("Fields", "Enterprise"),
            tr.translate("Fields", "The enterprise that offers or needs this stream."),
            REFERENCE,
        ),
        ("streams", "direction"): FieldText(
            tr.translate("Fields", "Offered or needed"),
            tr.translate(
                "Fields",
                "Source: the enterprise offers it (by-product, waste heat). Sink: the enterprise needs it.",
            ),
            ENUM,
        ),
        ("streams", "amount"): FieldText(
            tr.translate("Fields", "Amount (per hour, in the unit below)"),
            tr.translate(
                "Fields",
                "Rate while operating, in the stream's unit. Annual figures multiply it by the park's hours per year.",
            ),
        ),
        ("streams", "target_temperature_c"): FieldText(
            tr.translate("Fields", "Target temperature (°C)"),
            tr.translate(
                "Fields",
                "Heat and hot water: the temperature the stream is cooled or heated to (return temperature).",
            ),
        ),
        ("streams", "substance"): FieldText(
            tr.translate("Fields", "Substance"),
            tr.translate(
                "Fields", "Material only: what it is; a source serves only sinks of the same substance."
            ),
            TEXT,
        ),
        ("streams", "utility"): FieldText(
            tr.translate("Fields", "Supplied today by (utility)"),
            tr.translate(
                "Fields",
                "Sink only: the conventional supply that makes up what the exchange does not deliver (e.g. gas-boiler steam).",
            ),
            REFERENCE,
        ),
        ("streams", "disposal"): FieldText(
            tr.translate("Fields", "Disposed of today by"),
            tr.translate(
                "Fields",
                "Source only: where unused flow goes today (cooling tower, flare, wastewater plant).",
            ),
            REFERENCE,
        ),
        # disposals
        ("disposals", "cod_removal_pct"): FieldText(
            tr.translate("Fields", "COD removal (%)"),
            tr.translate(
                "Fields",
                "Share of the source's COD the treatment removes before discharge. Blank: none removed.",
            ),
        ),
        # links
        ("links", "source"): FieldText(
            tr.translate("Fields", "From (source stream)"),
            tr.translate("Fields", "The offered stream the pipe or delivery starts from."),
            REFERENCE,
        ),
        ("links", "sink"): FieldText(
            tr.translate("Fields", "To (sink stream)"),
            tr.translate("Fields", "The needed stream the pipe or delivery serves."),
            REFERENCE,
        ),
        ("links", "status"): FieldText(
            tr.translate("Fields", "Status"),
            tr.translate(
                "Fields", "Existing: built, with today's flow. Candidate: may be built, at its capital cost."
            ),
            ENUM,
        ),
        ("links", "capacity"): FieldText(
            tr.translate("Fields", "Capacity (source units per hour)"),
            tr.translate("Fields", "Most the link carries per hour, in the source's unit. Blank: no limit."),
        ),
        ("links", "current_flow"): FieldText(
            tr.translate("Fields", "Flow today (source units per hour)"),
            tr.translate("Fields", "Existing links: what flows today (the 'current' state of the KPIs)."),
        ),
        ("links", "distance_km"): FieldText(
            tr.translate("Fields", "Length (km)"),
            tr.translate(
                "Fields",
                "Pipe length. Blank: straight line between the enterprises × the park's routing factor.",
            ),
        ),
        ("links", "cost_cny_per_unit"): FieldText(
            tr.translate("Fields", "Transport cost (CNY per unit)"),
            tr.translate("Fields", "Cost of carrying one unit of the source's flow. Blank: 0."),
        ),
        ("links", "capex_cny"): FieldText(
            tr.translate("Fields", "Capital cost (CNY)"),
            tr.translate(
                "Fields",
                "Candidate links: cost to build, annualised over the lifetime at the park's discount rate.",
            ),
        ),
        ("links", "lifetime_yr"): FieldText(
            tr.translate("Fields", "Lifetime (years)"),
            tr.translate("Fields", "Years over which the capital cost is annualised."),
        ),
        ("links", "loss_pct"): FieldText(
            tr.translate("Fields", "Loss (%)"),
            tr.translate("Fields", "Share of the flow lost on the way (heat loss, leaks). Blank: 0."),
        ),
        ("links", "optimized_flow"): FieldText(
            tr.translate("Fields", "Optimized flow (source units per hour)"),
            tr.translate(
                "Fields",
                "What the last optimization sends through the link, in the source's unit. "
                "Blank until you optimize; grey when the park changed since.",
            ),
            TEXT,
        ),
        ("links", "diameter_mm"): FieldText(
            tr.translate("Fields", "Diameter (mm)"),
            tr.translate(
                "Fields", "Pipe size. Blank: the smallest standard size that carries the design flow."
            ),
        ),
        # accounting, indicators and pipes
        (PARK, "environmental_tax_in_cost"): FieldText(
            tr.translate("Fields", "Environmental tax in the cost (0 or 1)"),
            tr.translate(
                "Fields",
                "1: the cost (KPI and cost objective) includes the estimated environmental protection tax at the factor library's rates (Zhejiang's by default). Default 0.",
            ),
            NUMBER,
        ),
        (PARK, "pipe_routing_factor"): FieldText(
            tr.translate("Fields", "Pipe routing factor"),
            tr.translate(
                "Fields",
                "Pipe length over the straight distance between two enterprises (pipes follow racks and roads). Default 1.3.",
            ),
            NUMBER,
        ),
        (PARK, "steam_pressure_tolerance_pct"): FieldText(
            tr.translate("Fields", "Steam pressure tolerance (%)"),
            tr.translate(
                "Fields",
                "How far below its nominal pressure a steam sink may still be served at the pipe's end. Default 5 %.",
            ),
            NUMBER,
        ),
        ("enterprises", "hours_per_year"): FieldText(
            tr.translate("Fields", "Operating hours per year (h/yr)"),
            tr.translate(
                "Fields",
                "Hours a year this enterprise's streams flow (e.g. 8,760 for a plant that runs every day). Blank: the park's.",
            ),
            NUMBER,
        ),
        ("enterprises", "value_added_cny_per_yr"): FieldText(
            tr.translate("Fields", "Industrial value added (CNY/yr)"),
            tr.translate(
                "Fields",
                "Gives the intensities per 10⁴ CNY of value added (CO₂ and energy). Blank: no intensity for this enterprise.",
            ),
            NUMBER,
        ),
        ("enterprises", "cod_permit_t_per_yr"): FieldText(
            tr.translate("Fields", "COD discharge permit (t/yr)"),
            tr.translate(
                "Fields",
                "The enterprise's permitted COD discharge; the surplus allowance is permit − discharged. Blank: no permit entered.",
            ),
            NUMBER,
        ),
        ("enterprises", "nh3n_permit_t_per_yr"): FieldText(
            tr.translate("Fields", "NH₃-N discharge permit (t/yr)"),
            tr.translate(
                "Fields",
                "The enterprise's permitted ammonia-nitrogen discharge; the surplus allowance is permit − discharged.",
            ),
            NUMBER,
        ),
        ("*", "energy_tce_per_unit"): FieldText(
            tr.translate("Fields", "Energy (tce per unit)"),
            tr.translate(
                "Fields", "Standard coal per unit (GB/T 2589). Blank: computed from the factor profile."
            ),
            NUMBER,
        ),
        ("*", "scope"): FieldText(
            tr.translate("Fields", "Emission scope (1, 2 or 3)"),
            tr.translate(
                "Fields",
                "1: burned or emitted inside the park; 2: purchased power, steam or heat; 3: upstream (materials, water), reported apart and never added to the CO₂ total. Blank: from the factor profile.",
            ),
            NUMBER,
        ),
        ("*", "nh3n_mg_l"): FieldText(
            tr.translate("Fields", "NH₃-N (mg/L)"),
            tr.translate(
                "Fields",
                "Water: ammonia nitrogen; for a sink the maximum the blend it receives may have. Blank: not given.",
            ),
            NUMBER,
        ),
        ("*", "nox_t_per_unit"): FieldText(
            tr.translate("Fields", "NOx (t per unit)"),
            tr.translate("Fields", "NOx emitted per unit. Blank: from the factor profile."),
            NUMBER,
        ),
        ("*", "so2_t_per_unit"): FieldText(
            tr.translate("Fields", "SO₂ (t per unit)"),
            tr.translate("Fields", "SO₂ emitted per unit. Blank: from the factor profile."),
            NUMBER,
        ),
        ("*", "pm_t_per_unit"): FieldText(
            tr.translate("Fields", "Particulates (t per unit)"),
            tr.translate("Fields", "Particulate matter emitted per unit. Blank: from the factor profile."),
            NUMBER,
        ),
        ("*", "vocs_t_per_unit"): FieldText(
            tr.translate("Fields", "VOCs (t per unit)"),
            tr.translate(
                "Fields", "Volatile organic compounds emitted per unit. Blank: from the factor profile."
            ),
            NUMBER,
        ),
        ("disposals", "nh3n_removal_pct"): FieldText(
            tr.translate("Fields", "NH₃-N removal (%)"),
            tr.translate(
                "Fields",
                "Share of the ammonia nitrogen received that the treatment removes before discharge. Blank: from the factor profile, else none.",
            ),
            NUMBER,
        ),
        ("streams", "effluent_pct"): FieldText(
            tr.translate("Fields", "Effluent share (%)"),
            tr.translate(
                "Fields",
                "Water sinks: share of the water received that leaves as effluent (e.g. cooling-tower blowdown). Default 100.",
            ),
            NUMBER,
        ),
        ("streams", "cod_pass_pct"): FieldText(
            tr.translate("Fields", "COD passed to effluent (%)"),
            tr.translate(
                "Fields",
                "Water sinks: share of the COD received that leaves in the effluent; the rest is destroyed or retained in the process. Default 100.",
            ),
            NUMBER,
        ),
        ("streams", "nh3n_pass_pct"): FieldText(
            tr.translate("Fields", "NH₃-N passed to effluent (%)"),
            tr.translate(
                "Fields",
                "Water sinks: share of the ammonia nitrogen received that leaves in the effluent. Default 100.",
            ),
            NUMBER,
        ),
        ("converters", "residue"): FieldText(
            tr.translate("Fields", "Residue (source stream)"),
            tr.translate(
                "Fields",
                "The source stream of what the unit leaves over (mother liquor, bottoms, unrecovered gas): residue ratio × intake.",
            ),
            REFERENCE,
        ),
        ("converters", "residue_ratio"): FieldText(
            tr.translate("Fields", "Residue per unit of intake"),
            tr.translate("Fields", "Units of residue per unit of intake."),
            NUMBER,
        ),
        ("converters", "aux"): FieldText(
            tr.translate("Fields", "Own use (sink stream)"),
            tr.translate(
                "Fields",
                "The sink stream of the steam or power the unit itself uses: own-use ratio × intake, met by links or its utility.",
            ),
            REFERENCE,
        ),
        ("converters", "aux_ratio"): FieldText(
            tr.translate("Fields", "Own use per unit of intake"),
            tr.translate(
                "Fields",
                "Units of own use per unit of intake. A heat pump (heat in and out, power as own use) left blank takes 1 ÷ (COP − 1) MW of power per MW of heat taken in.",
            ),
            NUMBER,
        ),
        # converters
        ("converters", "enterprise"): FieldText(
            tr.translate("Fields", "Enterprise"),
            tr.translate("Fields", "The enterprise the converter belongs to."),
            REFERENCE,
        ),
        ("converters", "input"): FieldText(
            tr.translate("Fields", "Intake (sink stream)"),
            tr.translate("Fields", "The sink stream the converter takes in (no utility: flexible demand)."),
            REFERENCE,
        ),
        ("converters", "output"): FieldText(
            tr.translate("Fields", "Output (source stream)"),
            tr.translate("Fields", "The source stream the converter produces: ratio × intake."),
            REFERENCE,
        ),
        ("converters", "ratio"): FieldText(
            tr.translate("Fields", "Output per unit of intake"),
            tr.translate(
                "Fields",
                "Units of output per unit of intake, e.g. MW of power per t/h of steam; blank means 1, and on a heat pump COP ÷ (COP − 1) MW of heat per MW taken in, its COP estimated from the streams' temperatures.",
            ),
        ),
        # periods and profiles: how the park differs over the year
        ("periods", "name"): FieldText(
            tr.translate("Fields", "Name"),
            tr.translate(
                "Fields",
                "The period as people say it (summer, maintenance month, winter night); shown in the results' period selector.",
            ),
            TEXT,
        ),
        ("periods", "hours"): FieldText(
            tr.translate("Fields", "Hours per year (h/yr)"),
            tr.translate(
                "Fields",
                "Hours a year this period stands for (summer: about 2,928 h). With periods, their sum replaces the park's "
                "operating hours; together at most 8,760 h.",
            ),
        ),
        ("periods", "cycle"): FieldText(
            tr.translate("Fields", "Cycle"),
            tr.translate(
                "Fields",
                "Periods with the same cycle follow each other in table order and repeat (a winter day and a winter "
                "night): a storage's level at the end of the cycle is the level it starts with. Blank: no cycle.",
            ),
            TEXT,
        ),
        ("periods", "duration_h"): FieldText(
            tr.translate("Fields", "Duration in the cycle (h)"),
            tr.translate(
                "Fields",
                "How long the period lasts each time its cycle comes round (12 h for a day in a day/night cycle); "
                "storages charge and discharge over it. Blank: not part of a storage cycle.",
            ),
        ),
        ("profiles", "period"): FieldText(
            tr.translate("Fields", "Period"),
            tr.translate("Fields", "The period this row changes the item in."),
            REFERENCE,
        ),
        ("profiles", "item"): FieldText(
            tr.translate("Fields", "Stream, utility or disposal"),
            tr.translate(
                "Fields",
                "The item that differs in this period: a stream (its amount) or a utility or disposal (its cost).",
            ),
            REFERENCE,
        ),
        ("profiles", "amount_factor"): FieldText(
            tr.translate("Fields", "Amount factor (× the stream's amount)"),
            tr.translate(
                "Fields",
                "Streams only: multiplies the stream's hourly amount in this period (0.4: 40 % of it; 0: shut down). "
                "Blank: 1, the amount as in the Streams table.",
            ),
        ),
        ("profiles", "cost_factor"): FieldText(
            tr.translate("Fields", "Cost factor (× the price)"),
            tr.translate(
                "Fields",
                "Utilities and disposals only: multiplies the price in this period (0.5: off-peak power at half price). "
                "Blank: 1, the price as in its table.",
            ),
        ),
        # storages
        ("storages", "enterprise"): FieldText(
            tr.translate("Fields", "Enterprise"),
            tr.translate("Fields", "The enterprise the tank or accumulator stands at."),
            REFERENCE,
        ),
        ("storages", "medium"): FieldText(
            tr.translate("Fields", "Medium"),
            tr.translate(
                "Fields",
                "What it holds: hot water, heat, steam, hydrogen or water. Links into it bring this medium, links out of it deliver it.",
            ),
            ENUM,
        ),
        ("storages", "capacity"): FieldText(
            tr.translate("Fields", "Capacity (t, MWh or Nm³)"),
            tr.translate(
                "Fields",
                "Most the storage holds, in the medium's canonical unit × hours: t of hot water, steam or water, MWh of heat, Nm³ of hydrogen.",
            ),
        ),
        ("storages", "charge_max"): FieldText(
            tr.translate("Fields", "Largest charge rate (t/h, MW or Nm³/h)"),
            tr.translate(
                "Fields", "Most the links into it may bring per hour, in the medium's canonical unit."
            ),
        ),
        ("storages", "discharge_max"): FieldText(
            tr.translate("Fields", "Largest discharge rate (t/h, MW or Nm³/h)"),
            tr.translate(
                "Fields", "Most the links out of it may deliver per hour, in the medium's canonical unit."
            ),
        ),
        ("storages", "loss_pct_per_h"): FieldText(
            tr.translate("Fields", "Standing loss (% per hour)"),
            tr.translate(
                "Fields",
                "Share of what it holds that is lost each hour (heat through the tank wall, leaks). Blank: 0.",
            ),
        ),
        ("storages", "capex_cny"): FieldText(
            tr.translate("Fields", "Capital cost (CNY)"),
            tr.translate(
                "Fields",
                "Candidate storages: cost to build, annualised over the lifetime at the park's discount rate.",
            ),
        ),
        ("storages", "lifetime_yr"): FieldText(
            tr.translate("Fields", "Lifetime (years)"),
            tr.translate("Fields", "Years over which the storage's capital cost is annualised."),
        ),
        ("storages", "status"): FieldText(
            tr.translate("Fields", "Status"),
            tr.translate("Fields", "Existing: built. Candidate: may be built, at its capital cost."),
            ENUM,
        ),
    }
    return entries


_cache: dict[str, dict[tuple[str, str], FieldText]] = {}


def catalogue() -> dict[tuple[str, str], FieldText]:
    """The field table in the current language."""
    language = i18n.current_language()
    if language not in _cache:
        _cache[language] = _build(_InstalledLanguage())
    return _cache[language]


def catalogue_in(language: str) -> dict[tuple[str, str], FieldText]:
    """The field table in ``language`` whatever the application shows (for bilingual files)."""
    return _build(_OneLanguage(language))


def field_text(kind: str, column: str) -> FieldText:
    """Label, tooltip and editor kind of ``column`` of ``kind`` (``"park"`` for settings)."""
    table = catalogue()
    found = table.get((kind, column)) or table.get(("*", column))
    if found is None:  # a column added to the model but not described here yet: readable, never a code name
        return FieldText(column.replace("_", " ").capitalize(), "", NUMBER)
    return found


def enum_title(value: Enum | str) -> str:
    """An enum member for people (medium, direction, link status), translated."""
    if isinstance(value, Medium) or value in {member.value for member in Medium}:
        from parkflow.ui.results.formatting import medium_title

        return medium_title(value)
    titles = {
        Direction.SOURCE.value: QCoreApplication.translate("Fields", "Offered (source)"),
        Direction.SINK.value: QCoreApplication.translate("Fields", "Needed (sink)"),
        LinkStatus.EXISTING.value: QCoreApplication.translate("Fields", "Existing"),
        LinkStatus.CANDIDATE.value: QCoreApplication.translate("Fields", "Candidate (may be built)"),
        ElectricityTceBasis.CALORIFIC.value: QCoreApplication.translate(
            "Fields", "Calorific equivalent (当量值)"
        ),
        ElectricityTceBasis.GENERATION.value: QCoreApplication.translate(
            "Fields", "Supply coal rate (等价值)"
        ),
    }
    text = value.value if isinstance(value, Enum) else str(value)
    return titles.get(text, text)


def kind_title(kind: str) -> str:
    """An entity kind's singular name, translated."""
    titles = {
        "enterprises": QCoreApplication.translate("Fields", "Enterprise"),
        "streams": QCoreApplication.translate("Fields", "Stream"),
        "links": QCoreApplication.translate("Fields", "Link"),
        "utilities": QCoreApplication.translate("Fields", "Utility"),
        "disposals": QCoreApplication.translate("Fields", "Disposal"),
        "converters": QCoreApplication.translate("Fields", "Converter"),
        "periods": QCoreApplication.translate("Fields", "Period"),
        "profiles": QCoreApplication.translate("Fields", "Profile"),
        "storages": QCoreApplication.translate("Fields", "Storage"),
    }
    return titles.get(kind, kind)


__all__ = [
    "ENUM",
    "ENUMS",
    "FACTOR",
    "NOTES",
    "NUMBER",
    "PARK",
    "REFERENCE",
    "REFERENCES",
    "TEXT",
    "FieldText",
    "catalogue",
    "catalogue_in",
    "enum_title",
    "field_text",
    "kind_title",
    "reference_choices",
]


def reference_choices(park: Park, kind: str, column: str) -> list[tuple[str, str]]:
    """(value, text) pairs for a reference or factor drop-down; a blank first where blank is allowed."""
    none_text = QCoreApplication.translate("Fields", "(none)")
    if column == "factor":
        return [("", none_text)] + [(name, profile_title(name)) for name in _factor_profiles()]
    target, blank_allowed, direction = REFERENCES[(kind, column)]
    choices: list[tuple[str, str]] = [("", none_text)] if blank_allowed else []
    targets = PROFILE_ITEM_KINDS if (kind, column) == ("profiles", "item") else (target,)
    for target_kind in targets:
        for entity_id, entity in park.collection(target_kind).items():
            if direction is not None and getattr(entity, "direction", direction) is not direction:
                continue
            name = getattr(entity, "name", "")
            choices.append((entity_id, f"{entity_id} · {name}" if name else entity_id))
    if kind == "links":  # a link may also charge a storage or be discharged by one
        storage_text = QCoreApplication.translate("Fields", "storage")
        choices += [(storage_id, f"{storage_id} · {storage_text}") for storage_id in park.storages]
    return choices


def profile_title(name: str) -> str:
    """A factor-library profile for people, translated (unknown names as typed)."""
    titles = {
        "steam_gas_boiler": QCoreApplication.translate("Fields", "Steam from a gas boiler"),
        "grid_electricity": QCoreApplication.translate("Fields", "Grid electricity"),
        "hydrogen_smr": QCoreApplication.translate("Fields", "Hydrogen from natural gas (SMR)"),
        "hydrogen_coal": QCoreApplication.translate("Fields", "Hydrogen from coal"),
        "natural_gas_fuel": QCoreApplication.translate("Fields", "Natural gas as fuel"),
        "purchased_heat": QCoreApplication.translate("Fields", "Purchased heat"),
        "fresh_water": QCoreApplication.translate("Fields", "Fresh water"),
        "cooling_tower": QCoreApplication.translate("Fields", "Cooling tower"),
        "flare": QCoreApplication.translate("Fields", "Flare"),
        "wastewater_plant": QCoreApplication.translate("Fields", "Wastewater plant"),
    }
    return titles.get(name, name)


_profiles: list[str] = []


def _factor_profiles() -> list[str]:
    if not _profiles:
        from parkflow.model.factors import FactorLibrary

        # a damaged library: the drop-down lists no profiles (the file's own value is still shown)
        with contextlib.suppress(Exception):
            _profiles.extend(FactorLibrary.load().profile_names())
    return _profiles
