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

from PySide6.QtCore import QCoreApplication

from parkflow.model.entities import PARK_DEFAULTS, Direction, LinkStatus, Medium, Park
from parkflow.ui import i18n

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
}

ENUMS: dict[str, type[Enum]] = {"direction": Direction, "medium": Medium, "status": LinkStatus}


@dataclass(frozen=True)
class FieldText:
    """A field as people see it: label (with unit), tooltip and how it is edited."""

    label: str
    tooltip: str
    editor: str = NUMBER


def _build() -> dict[tuple[str, str], FieldText]:
    """Every field of every kind; a ``("*", column)`` entry serves all kinds with that column."""
    blank_from_factor = QCoreApplication.translate("Fields", "Blank: computed from the factor profile chosen above (factor library).")
    per_unit = QCoreApplication.translate("Fields", "per unit of this row's unit (blank unit: the medium's canonical unit)")
    entries: dict[tuple[str, str], FieldText] = {
        # park settings (the park sheet)
        (PARK, "name"): FieldText(QCoreApplication.translate("Fields", "Park name"), QCoreApplication.translate("Fields", "The park's name, shown in titles and reports."), TEXT),
        (PARK, "hours_per_year"): FieldText(
            QCoreApplication.translate("Fields", "Operating hours per year (h/yr)"),
            QCoreApplication.translate("Fields", "Hours a year the streams flow; annual figures are hourly rates × these hours. Default {value} h.").format(
                value=f"{PARK_DEFAULTS['hours_per_year']:g}"),
        ),
        (PARK, "dt_min_k"): FieldText(
            QCoreApplication.translate("Fields", "Minimum approach temperature ΔTmin (K)"),
            QCoreApplication.translate("Fields", "Smallest temperature difference a heat exchanger needs between hot and cold sides "
               "(heat cascade). Default {value} K.").format(value=f"{PARK_DEFAULTS['dt_min_k']:g}"),
        ),
        (PARK, "discount_rate_pct"): FieldText(
            QCoreApplication.translate("Fields", "Discount rate (%)"),
            QCoreApplication.translate("Fields", "Annualises the capital cost of candidate links over their lifetime. Default {value} %.").format(
                value=f"{PARK_DEFAULTS['discount_rate_pct']:g}"),
        ),
        (PARK, "co2_price_cny_per_t"): FieldText(
            QCoreApplication.translate("Fields", "CO₂ price (CNY/t)"),
            QCoreApplication.translate("Fields", "Price of one tonne of CO₂ in the cost objective (e.g. the carbon market price). "
               "Default 0: CO₂ counts in the KPIs but not in the cost."),
        ),
        (PARK, "cod_price_cny_per_t"): FieldText(
            QCoreApplication.translate("Fields", "COD price (CNY/t)"),
            QCoreApplication.translate("Fields", "Price of one tonne of COD discharged in the cost objective (e.g. the discharge fee). Default 0."),
        ),
        # shared columns
        ("*", "id"): FieldText(QCoreApplication.translate("Fields", "ID"), QCoreApplication.translate("Fields", "Short identifier used by links and other rows; set when the item is made."), TEXT),
        ("*", "name"): FieldText(QCoreApplication.translate("Fields", "Name"), QCoreApplication.translate("Fields", "Name shown on the canvas and in reports (Chinese and/or English)."), TEXT),
        ("*", "medium"): FieldText(QCoreApplication.translate("Fields", "Medium"), QCoreApplication.translate("Fields", "What flows: steam, heat, hot water, hydrogen, water, material, fuel or electricity."), ENUM),
        ("*", "unit"): FieldText(
            QCoreApplication.translate("Fields", "Unit"),
            QCoreApplication.translate("Fields", "Unit of the amount, e.g. t/h, kg/h, MW, GJ/h, Nm3/h, t/d. Blank: the medium's canonical unit."), TEXT),
        ("*", "pressure_mpa"): FieldText(
            QCoreApplication.translate("Fields", "Pressure (MPa, absolute)"),
            QCoreApplication.translate("Fields", "Steam only. A source may serve a sink whose pressure is not higher. Blank: not given."),
        ),
        ("*", "temperature_c"): FieldText(
            QCoreApplication.translate("Fields", "Temperature (°C)"),
            QCoreApplication.translate("Fields", "Steam, heat and hot water: the supply temperature. Blank: not given."),
        ),
        ("*", "purity_pct"): FieldText(
            QCoreApplication.translate("Fields", "Purity (%)"),
            QCoreApplication.translate("Fields", "Hydrogen and material: purity; for a sink the minimum the blend it receives must reach."),
        ),
        ("*", "cod_mg_l"): FieldText(
            QCoreApplication.translate("Fields", "COD (mg/L)"),
            QCoreApplication.translate("Fields", "Water: chemical oxygen demand; for a sink the maximum the blend it receives may have."),
        ),
        ("*", "factor"): FieldText(
            QCoreApplication.translate("Fields", "Factor profile"),
            QCoreApplication.translate("Fields", "A profile of the factor library (resources/factors.csv) that fills blank cost, CO₂ and COD "
               "figures below, e.g. gas-boiler steam or grid electricity. Typed figures always win."), FACTOR),
        ("*", "cost_cny_per_unit"): FieldText(
            QCoreApplication.translate("Fields", "Cost (CNY per unit)"), QCoreApplication.translate("Fields", "Price paid {per_unit}.").format(per_unit=per_unit) + " " + blank_from_factor),
        ("*", "co2_t_per_unit"): FieldText(
            QCoreApplication.translate("Fields", "CO₂ (t per unit)"), QCoreApplication.translate("Fields", "CO₂ emitted {per_unit}.").format(per_unit=per_unit) + " " + blank_from_factor),
        ("*", "cod_t_per_unit"): FieldText(
            QCoreApplication.translate("Fields", "COD (t per unit)"), QCoreApplication.translate("Fields", "COD discharged {per_unit}.").format(per_unit=per_unit) + " " + blank_from_factor),
        ("*", "capacity"): FieldText(QCoreApplication.translate("Fields", "Capacity (source units per hour)"), QCoreApplication.translate("Fields", "Most it can carry or take per hour. Blank: no limit.")),
        # enterprises
        ("enterprises", "sector"): FieldText(QCoreApplication.translate("Fields", "Sector"), QCoreApplication.translate("Fields", "Industry, e.g. chemicals, textiles, power."), TEXT),
        ("enterprises", "x_km"): FieldText(QCoreApplication.translate("Fields", "Position east (km)"), QCoreApplication.translate("Fields", "East–west position on the park map; drag the box to change it. Blank: placed automatically.")),
        ("enterprises", "y_km"): FieldText(QCoreApplication.translate("Fields", "Position north (km)"), QCoreApplication.translate("Fields", "North–south position on the park map. Blank: placed automatically.")),
        ("enterprises", "notes"): FieldText(QCoreApplication.translate("Fields", "Notes"), QCoreApplication.translate("Fields", "Free text: contacts, sources of the figures, open questions."), NOTES),
        # streams
        ("streams", "enterprise"): FieldText(QCoreApplication.translate("Fields", "Enterprise"), QCoreApplication.translate("Fields", "The enterprise that offers or needs this stream."), REFERENCE),
        ("streams", "direction"): FieldText(QCoreApplication.translate("Fields", "Offered or needed"), QCoreApplication.translate("Fields", "Source: the enterprise offers it (by-product, waste heat). Sink: the enterprise needs it."), ENUM),
        ("streams", "amount"): FieldText(QCoreApplication.translate("Fields", "Amount (per hour, in the unit below)"), QCoreApplication.translate("Fields", "Rate while operating, in the stream's unit. Annual figures multiply it by the park's hours per year.")),
        ("streams", "target_temperature_c"): FieldText(
            QCoreApplication.translate("Fields", "Target temperature (°C)"),
            QCoreApplication.translate("Fields", "Heat and hot water: the temperature the stream is cooled or heated to (return temperature).")),
        ("streams", "substance"): FieldText(QCoreApplication.translate("Fields", "Substance"), QCoreApplication.translate("Fields", "Material only: what it is; a source serves only sinks of the same substance."), TEXT),
        ("streams", "utility"): FieldText(
            QCoreApplication.translate("Fields", "Supplied today by (utility)"),
            QCoreApplication.translate("Fields", "Sink only: the conventional supply that makes up what the exchange does not deliver (e.g. gas-boiler steam)."), REFERENCE),
        ("streams", "disposal"): FieldText(
            QCoreApplication.translate("Fields", "Disposed of today by"),
            QCoreApplication.translate("Fields", "Source only: where unused flow goes today (cooling tower, flare, wastewater plant)."), REFERENCE),
        # disposals
        ("disposals", "cod_removal_pct"): FieldText(
            QCoreApplication.translate("Fields", "COD removal (%)"), QCoreApplication.translate("Fields", "Share of the source's COD the treatment removes before discharge. Blank: none removed.")),
        # links
        ("links", "source"): FieldText(QCoreApplication.translate("Fields", "From (source stream)"), QCoreApplication.translate("Fields", "The offered stream the pipe or delivery starts from."), REFERENCE),
        ("links", "sink"): FieldText(QCoreApplication.translate("Fields", "To (sink stream)"), QCoreApplication.translate("Fields", "The needed stream the pipe or delivery serves."), REFERENCE),
        ("links", "status"): FieldText(QCoreApplication.translate("Fields", "Status"), QCoreApplication.translate("Fields", "Existing: built, with today's flow. Candidate: may be built, at its capital cost."), ENUM),
        ("links", "capacity"): FieldText(QCoreApplication.translate("Fields", "Capacity (source units per hour)"), QCoreApplication.translate("Fields", "Most the link carries per hour, in the source's unit. Blank: no limit.")),
        ("links", "current_flow"): FieldText(QCoreApplication.translate("Fields", "Flow today (source units per hour)"), QCoreApplication.translate("Fields", "Existing links: what flows today (the 'current' state of the KPIs).")),
        ("links", "distance_km"): FieldText(QCoreApplication.translate("Fields", "Length (km)"), QCoreApplication.translate("Fields", "Pipe length. Blank: straight line between the enterprises × the park's routing factor.")),
        ("links", "cost_cny_per_unit"): FieldText(QCoreApplication.translate("Fields", "Transport cost (CNY per unit)"), QCoreApplication.translate("Fields", "Cost of carrying one unit of the source's flow. Blank: 0.")),
        ("links", "capex_cny"): FieldText(QCoreApplication.translate("Fields", "Capital cost (CNY)"), QCoreApplication.translate("Fields", "Candidate links: cost to build, annualised over the lifetime at the park's discount rate.")),
        ("links", "lifetime_yr"): FieldText(QCoreApplication.translate("Fields", "Lifetime (years)"), QCoreApplication.translate("Fields", "Years over which the capital cost is annualised.")),
        ("links", "loss_pct"): FieldText(QCoreApplication.translate("Fields", "Loss (%)"), QCoreApplication.translate("Fields", "Share of the flow lost on the way (heat loss, leaks). Blank: 0.")),
        ("links", "diameter_mm"): FieldText(QCoreApplication.translate("Fields", "Diameter (mm)"), QCoreApplication.translate("Fields", "Pipe size. Blank: the smallest standard size that carries the design flow.")),
        # converters
        ("converters", "enterprise"): FieldText(QCoreApplication.translate("Fields", "Enterprise"), QCoreApplication.translate("Fields", "The enterprise the converter belongs to."), REFERENCE),
        ("converters", "input"): FieldText(QCoreApplication.translate("Fields", "Intake (sink stream)"), QCoreApplication.translate("Fields", "The sink stream the converter takes in (no utility: flexible demand)."), REFERENCE),
        ("converters", "output"): FieldText(QCoreApplication.translate("Fields", "Output (source stream)"), QCoreApplication.translate("Fields", "The source stream the converter produces: ratio × intake."), REFERENCE),
        ("converters", "ratio"): FieldText(QCoreApplication.translate("Fields", "Output per unit of intake"), QCoreApplication.translate("Fields", "Units of output per unit of intake, e.g. MW of power per t/h of steam.")),
    }
    return entries


_cache: dict[str, dict[tuple[str, str], FieldText]] = {}


def catalogue() -> dict[tuple[str, str], FieldText]:
    """The field table in the current language."""
    language = i18n.current_language()
    if language not in _cache:
        _cache[language] = _build()
    return _cache[language]


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
    for entity_id, entity in park.collection(target).items():
        if direction is not None and getattr(entity, "direction", direction) is not direction:
            continue
        name = getattr(entity, "name", "")
        choices.append((entity_id, f"{entity_id} · {name}" if name else entity_id))
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
