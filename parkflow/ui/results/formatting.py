"""Number formatting and KPI names shared by the results widgets."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from parkflow.model.media import Medium, spec_of
from parkflow.report.catalogue import CATALOGUE, KPI
from parkflow.report.catalogue import kpi_unit as catalogue_unit
from parkflow.ui import i18n

#: KPI keys in display order with their unit, from the one KPI catalogue.
KPI_UNITS: dict[str, str] = {definition.key: definition.unit for definition in CATALOGUE}

#: Magnitudes below this are solver round-off (HiGHS feasibility tolerance 1e-7) and read as 0.
ZERO_BELOW = 1e-6

#: States of the park in display order (docs/design.md, "Accounting").
STATES: tuple[str, ...] = ("standalone", "current", "optimized")


#: Translation context of the KPI catalogue's labels: scripts/update_translations.py
#: writes each English label with the catalogue's Chinese one into the translation file.
KPI_CONTEXT = "KpiCatalogue"


#: Translation context of the media catalogue's names (parkflow/model/media.py):
#: scripts/update_translations.py writes each English name with the catalogue's Chinese one.
MEDIA_CONTEXT = "MediaCatalogue"


def kpi_title(key: str) -> str:
    """The KPI's name for people (the catalogue's label, translated in context ``KpiCatalogue``)."""
    definition = KPI.get(key)
    if definition is None:
        return key.replace("_", " ")
    return QCoreApplication.translate(KPI_CONTEXT, definition.label_en)


def state_title(state: str) -> str:
    """The park state's name for people (translated, context ``ResultsDock``)."""
    titles = {
        "standalone": QCoreApplication.translate("ResultsDock", "Standalone"),
        "current": QCoreApplication.translate("ResultsDock", "Current"),
        "optimized": QCoreApplication.translate("ResultsDock", "Optimized"),
    }
    return titles.get(state, state)


def unit_title(unit: str) -> str:
    """A unit as people of the current language write it (元/年 for CNY/yr in Chinese)."""
    titles = {
        "CNY/yr": QCoreApplication.translate("Units", "CNY/yr"),
        "CNY": QCoreApplication.translate("Units", "CNY"),
        "t/yr": QCoreApplication.translate("Units", "t/yr"),
        "tce/yr": QCoreApplication.translate("Units", "tce/yr"),
        "Nm³/yr": QCoreApplication.translate("Units", "Nm³/yr"),
        "tCO2/yr": QCoreApplication.translate("Units", "t CO₂/yr"),
        "t CO2/yr": QCoreApplication.translate("Units", "t CO₂/yr"),
        "t/10⁴ CNY": QCoreApplication.translate("Units", "t/10⁴ CNY"),
        "tce/10⁴ CNY": QCoreApplication.translate("Units", "tce/10⁴ CNY"),
        "PE/yr": QCoreApplication.translate("Units", "PE/yr"),
        "10⁴ CNY/yr": QCoreApplication.translate("Units", "10⁴ CNY/yr"),
        "10⁴ CNY": QCoreApplication.translate("Units", "10⁴ CNY"),
    }
    return titles.get(unit, unit)


def kpi_unit(key: str) -> str:
    """Unit of a KPI key in the current language (from the KPI catalogue; guessed from the key's suffix for others)."""
    return unit_title(catalogue_unit(key))


#: Money in the who-gains views is counted in 10⁴ CNY (万元), as in the committee report.
WAN = 1e4


def format_wan(value_cny: float | None) -> str:
    """Money in 10⁴ CNY (万元) without any further k/M/万 suffix: the unit stands in the header."""
    return format_quantity(None if value_cny is None else float(value_cny) / WAN, scale=False)


def format_quantity(value: float | None, digits: int = 3, scale: bool = True) -> str:
    """A readable number: thousands separators, ``digits`` significant figures, k/M/G beyond 10⁶.

    ``None`` and NaN read as an en dash; solver noise (|v| < :data:`ZERO_BELOW`) as 0.
    ``scale=False`` keeps the plain number (for columns whose header already names a unit).
    """
    if value is None:
        return "–"
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if math.isnan(number):
        return "–"
    if math.isinf(number):
        return "∞" if number > 0 else "−∞"
    if abs(number) < ZERO_BELOW:
        return "0"
    magnitude = abs(number)
    # Chinese readers count large numbers in 万 (10⁴) and 亿 (10⁸): 2.54 亿, 1,270 万
    steps = (
        ((1e8, " 亿", 1e8), (1e6, " 万", 1e4))
        if i18n.current_language() == "zh_CN"
        else ((1e9, " G", 1e9), (1e6, " M", 1e6))
    )
    for threshold, suffix, divisor in steps if scale else ():
        if magnitude >= threshold:
            if divisor == 1e4:
                return f"{number / divisor:,.0f}{suffix}".replace("-", "−")
            return f"{number / divisor:,.{max(digits - 1, 0)}f}{suffix}".replace("-", "−")
    if magnitude >= 10 ** (digits - 1):
        return f"{number:,.0f}".replace("-", "−")
    decimals = max(digits - 1 - int(math.floor(math.log10(magnitude))), 0)
    return f"{number:,.{decimals}f}".replace("-", "−")


def format_change(before: float | None, after: float | None) -> str:
    """Reduction from ``before`` to ``after``: "−1,234 (−12.3 %)"; en dash when unknown.

    The percentage reads "–" when the base is 0 (within :data:`ZERO_BELOW`: no share of
    nothing), and a change that rounds to zero never carries a minus sign.
    """
    if before is None or after is None:
        return "–"
    try:
        before_value, after_value = float(before), float(after)
    except (TypeError, ValueError):
        return "–"
    if math.isnan(before_value) or math.isnan(after_value):
        return "–"
    change = after_value - before_value
    text = format_quantity(change)
    if change > 0 and text != "0":
        text = "+" + text
    if abs(before_value) < ZERO_BELOW:
        return f"{text} (–)"
    percent = round(100.0 * change / abs(before_value), 1)
    if percent == 0.0 or text == "0":
        return f"{text} (0.0 %)"
    return f"{text} ({percent:+.1f} %)".replace("-", "−")


def medium_title(medium: Medium | str) -> str:
    """The medium's name as a title ("Hot water"), translated in context ``MediaCatalogue``."""
    try:
        spec = spec_of(medium)
    except ValueError:
        return str(medium)
    return QCoreApplication.translate(MEDIA_CONTEXT, spec.title_en)


def medium_name(medium: Medium) -> str:
    """The medium as people say it in a sentence ("hot water"), translated in context ``MediaCatalogue``."""
    return QCoreApplication.translate(MEDIA_CONTEXT, spec_of(medium).name_en)


def status_title(status: str) -> str:
    """The solver status for people (translated, context ``ResultsDock``)."""
    titles = {
        "optimal": QCoreApplication.translate("ResultsDock", "optimal"),
        "time_limit": QCoreApplication.translate("ResultsDock", "time limit reached (best solution found)"),
        "infeasible": QCoreApplication.translate("ResultsDock", "infeasible"),
        "unbounded": QCoreApplication.translate("ResultsDock", "unbounded"),
    }
    return titles.get(status, status)


def objective_title(name: str) -> str:
    """The objective's name for people (translated, context ``ResultsDock``)."""
    titles = {
        "cost": QCoreApplication.translate("ResultsDock", "cost"),
        "co2": QCoreApplication.translate("ResultsDock", "CO₂"),
        "cod": QCoreApplication.translate("ResultsDock", "COD"),
    }
    return titles.get(name, name)


def family_title(family: str) -> str:
    """A shadow-price row's constraint family for people (translated, context ``ResultsDock``)."""
    titles = {
        "source_balance": QCoreApplication.translate("ResultsDock", "source balance"),
        "sink_balance": QCoreApplication.translate("ResultsDock", "sink balance"),
        "link_capacity": QCoreApplication.translate("ResultsDock", "link capacity"),
        "converter_capacity": QCoreApplication.translate("ResultsDock", "converter capacity"),
    }
    return titles.get(family, str(family).replace("_", " "))
