"""The period a park manager is looking at: the whole year or one period of it.

A result of a park with periods holds one row per item per period (rates in
that period, see :class:`~parkflow.optimize.results.OptimizationResult`).
The canvas overlay, the Sankey and the links table draw one flow per link
from ``result.to_state()``:

* the whole year: the result itself, whose state's rates are the
  hours-weighted average of the periods' rates, Σ rate_p × hours_p ÷
  Σ hours_p.  Link widths and labels stay in the stream's unit per hour,
  the way a park manager reads a pipe (a pipe carrying 15 t/h in winter and
  nothing in summer averages 7.5 t/h over a year of equal halves); times
  the year's hours it is the annual quantity the KPI cards count;
* one period: :func:`result_in_period`, a result without periods holding
  that period's rows, rates as the optimizer found them.

KPIs are not computed from the view: the dock asks the accounting for the
period's share of the year (``park_kpis(..., period=...)``), which adds up
over the periods to the year.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import pandas as pd
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from parkflow.model.entities import Park
from parkflow.optimize.results import OptimizationResult
from parkflow.report.catalogue import kpi_unit as kpi_catalogue_unit

#: The column the period frames carry (the period id).
PERIOD_COLUMN = "period"


@dataclass(frozen=True)
class PeriodChoice:
    """One entry of the period selector: a period (``id``) or the whole year (``id`` None)."""

    id: str | None
    name: str
    hours: float


def period_choices(result: OptimizationResult | None) -> list[PeriodChoice]:
    """The whole year, then each period of the result; empty when the result has no periods."""
    if result is None or not result.periods:
        return []
    details = [
        PeriodChoice(period_id, name or period_id, float(hours))
        for period_id, name, hours in result.period_details
    ]
    whole_year = QCoreApplication.translate("PeriodSelector", "Whole year")
    return [PeriodChoice(None, whole_year, sum(choice.hours for choice in details)), *details]


def choice_text(choice: PeriodChoice) -> str:
    """``Summer (2,928 h)``: a period's name with the hours a year it stands for."""
    return (
        QCoreApplication.translate("PeriodSelector", "%1 (%2 h)")
        .replace("%1", choice.name)
        .replace("%2", f"{choice.hours:,.0f}")
    )


def _one_period(frame: pd.DataFrame, period_id: str) -> pd.DataFrame:
    if PERIOD_COLUMN not in frame.columns:
        return frame
    return frame[frame[PERIOD_COLUMN] == period_id].drop(columns=PERIOD_COLUMN)


def result_in_period(result: OptimizationResult, period_id: str) -> OptimizationResult:
    """The result as a result without periods: ``period_id``'s rows and rates."""
    return dataclasses.replace(
        result,
        flows=_one_period(result.flows, period_id),
        utilities=_one_period(result.utilities, period_id),
        disposals=_one_period(result.disposals, period_id),
        converters=_one_period(result.converters, period_id),
        heat=_one_period(result.heat, period_id),
        duals=_one_period(result.duals, period_id),
        storages=_one_period(result.storages, period_id),
        storage_flows=_one_period(result.storage_flows, period_id),
        periods=(),
        period_details=(),
    )


def with_period_names(park: Park, frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with its period ids replaced by the periods' names (a frame without periods as is)."""
    if PERIOD_COLUMN not in frame.columns:
        return frame
    names = {period_id: period.name or period_id for period_id, period in park.periods.items()}
    return frame.assign(
        **{PERIOD_COLUMN: frame[PERIOD_COLUMN].map(lambda period_id: names.get(str(period_id), period_id))}
    )


def shown_result(result: OptimizationResult, period_id: str | None) -> OptimizationResult:
    """What the canvas, the Sankey and the tables draw for the selected period (None: the whole year)."""
    if not result.periods or period_id is None or period_id not in result.periods:
        return result
    return result_in_period(result, period_id)


def flow_caption(choice: PeriodChoice | None) -> str:
    """How the flows drawn for ``choice`` read (a line under a flow picture); empty without periods."""
    if choice is None:
        return ""
    if choice.id is None:
        return QCoreApplication.translate(
            "PeriodSelector",
            "Whole year: flows are hours-weighted average rates over the %1 h of all periods "
            "(rate × hours = the annual quantity).",
        ).replace("%1", f"{choice.hours:,.0f}")
    return (
        QCoreApplication.translate(
            "PeriodSelector", "%1: flows are the rates while this period lasts (%2 h a year)."
        )
        .replace("%1", choice.name)
        .replace("%2", f"{choice.hours:,.0f}")
    )


def kpi_caption(choice: PeriodChoice | None) -> str:
    """What the KPI figures mean for ``choice``; empty without periods."""
    if choice is None:
        return ""
    if choice.id is None:
        return QCoreApplication.translate(
            "PeriodSelector", "Whole year: the sum of all periods, each weighted by its hours."
        )
    return (
        QCoreApplication.translate(
            "PeriodSelector",
            "%1's share of the year: the figures count only its %2 h, so the periods add up to the whole year.",
        )
        .replace("%1", choice.name)
        .replace("%2", f"{choice.hours:,.0f}")
    )


def period_unit(key: str, choice: PeriodChoice | None) -> str | None:
    """The unit a KPI card shows for one period's share (``t in this period``); None for the year or a ratio.

    A period's figures are the quantities of its hours, not rates per year:
    ``t/yr`` becomes ``t`` counted in that period.
    """
    if choice is None or choice.id is None:
        return None
    unit = kpi_catalogue_unit(key)
    if not unit.endswith("/yr"):
        return None  # an intensity (per 10⁴ CNY of value added) is the same kind of figure in a period
    amounts = {
        "t": QCoreApplication.translate("PeriodSelector", "t"),
        "tce": QCoreApplication.translate("PeriodSelector", "tce"),
        "Nm³": QCoreApplication.translate("PeriodSelector", "Nm³"),
        "PE": QCoreApplication.translate("PeriodSelector", "PE"),
        "CNY": QCoreApplication.translate("PeriodSelector", "CNY"),
    }
    amount = unit[: -len("/yr")]
    # the selector above the cards names the period: the unit only says "of this period"
    return QCoreApplication.translate("PeriodSelector", "%1 in this period").replace(
        "%1", amounts.get(amount, amount)
    )


class PeriodSelector(QWidget):
    """ "Whole year" or one period of the result; hidden when the result has no periods.

    Signals
    -------
    period_changed(object)
        The period id selected, or None for the whole year.
    """

    period_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("period_selector")
        self._park: Park | None = None
        self._result: OptimizationResult | None = None
        self.choices: list[PeriodChoice] = []
        #: the period last picked: kept while results come and go (re-optimize, language switch)
        self._wanted: str | None = None
        self.label = QLabel()
        self.combo = QComboBox()
        self.combo.setObjectName("period_combo")
        self.combo.currentIndexChanged.connect(self._on_index)
        self.caption = QLabel()
        self.caption.setObjectName("period_caption")
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: #57606a;")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.caption)
        self.retranslate_ui()
        self.setVisible(False)

    def set_result(self, park: Park | None, result: OptimizationResult | None) -> None:
        """Offer the periods of ``result``; keeps the period picked last when the new result has it too."""
        previous = self._wanted
        self._park, self._result = park, result
        self.choices = period_choices(result) if park is not None else []
        self.combo.blockSignals(True)
        try:
            self.combo.clear()
            for choice in self.choices:
                self.combo.addItem(choice_text(choice), choice.id)
            kept = next((index for index, choice in enumerate(self.choices) if choice.id == previous), 0)
            if self.choices:
                self.combo.setCurrentIndex(kept)
        finally:
            self.combo.blockSignals(False)
        self.setVisible(bool(self.choices))
        self._update_caption()

    def period_id(self) -> str | None:
        """The period selected (None: the whole year, or no periods)."""
        data = self.combo.currentData()
        return None if data is None else str(data)

    def choice(self) -> PeriodChoice | None:
        """The entry selected; None when the result has no periods."""
        index = self.combo.currentIndex()
        return self.choices[index] if 0 <= index < len(self.choices) else None

    def select(self, period_id: str | None) -> None:
        """Select a period (None: the whole year)."""
        index = self.combo.findData(period_id) if period_id is not None else 0
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def shown_result(self) -> OptimizationResult | None:
        """The result as the canvas and the Sankey draw it for the selection."""
        if self._result is None:
            return None
        return shown_result(self._result, self.period_id())

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Period:"))
        self.combo.setToolTip(
            self.tr(
                "Show the figures, flows and Sankey of the whole year or of one period (season, shutdown, day or night)."
            )
        )
        if self._park is not None:
            selected = self.period_id()
            self.choices = period_choices(self._result)
            for index, choice in enumerate(self.choices):
                if index < self.combo.count():
                    self.combo.setItemText(index, choice_text(choice))
            self.select(selected)
        self._update_caption()

    def _on_index(self, _index: int) -> None:
        self._wanted = self.period_id()
        self._update_caption()
        self.period_changed.emit(self.period_id())

    def _update_caption(self) -> None:
        self.caption.setText(kpi_caption(self.choice()))


__all__ = [
    "PERIOD_COLUMN",
    "PeriodChoice",
    "PeriodSelector",
    "choice_text",
    "flow_caption",
    "kpi_caption",
    "period_unit",
    "period_choices",
    "result_in_period",
    "shown_result",
    "with_period_names",
]
