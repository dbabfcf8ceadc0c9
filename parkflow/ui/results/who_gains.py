"""The results dock's "Who gains" tab: how the park's saving is shared, and whether every
enterprise would agree.

One group of bars per enterprise (standalone cost, Shapley share,
shadow-price share), the core check and who would refuse without a
transfer in words, and the appraisal of every enterprise and built link.
The shares come from :func:`parkflow.report.share.share_benefits`, run on a
copy of the park in its own thread (like Optimize) with progress and
cancel; small parks (exact Shapley values) are shared as soon as a result
is shown, larger ones on request.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parkflow.model.entities import Park
from parkflow.ui.results.charts import _QuantityAxis, _style_plot
from parkflow.ui.results.formatting import WAN, format_wan, unit_title
from parkflow.ui.worker import BackgroundRunner, BackgroundThread

if TYPE_CHECKING:
    from parkflow.report.share import Appraisal, ShareResult

#: Units of the tab's money: every figure, in the sentences, the chart and the tables, in 10⁴ CNY (万元).
MONEY_PER_YR, MONEY = "10⁴ CNY/yr", "10⁴ CNY"

#: Bar colours: standalone cost, Shapley share, shadow-price share.
SERIES_COLOURS = ("#9e9e9e", "#1f77b4", "#ff7f0e")


class _ShareThread(BackgroundThread):
    """One benefit-sharing run; the outcome is left in ``result``."""

    progressed = Signal(float)

    def __init__(self, park: Park, cancel_event: threading.Event) -> None:
        super().__init__(cancel_event)
        self.park = park
        self.result: ShareResult | None = None

    def compute(self) -> None:
        from parkflow.report.share import share_benefits

        self.result = share_benefits(
            self.park,
            progress=lambda _stage, fraction: self.progressed.emit(float(fraction)),
            cancel=self.cancel_event,
        )


class ShareRunner(BackgroundRunner):
    """Starts and cancels benefit-sharing runs; ``finished(ShareResult)``, ``failed(str)``, ``cancelled()``."""

    progress = Signal(float)

    def start(self, park: Park) -> None:
        """Share the saving of a copy of ``park``; does nothing while a run is going."""
        if self.running:
            return
        thread = _ShareThread(park.copy(), self._new_cancel_event())
        thread.progressed.connect(self.progress)
        self._launch(thread)

    def _deliver(self, thread: BackgroundThread) -> None:
        assert isinstance(thread, _ShareThread)
        self.finished.emit(thread.result)


class WhoGainsTab(QWidget):
    """The tab: chart, sentences and appraisal tables of one :class:`ShareResult`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._park: Park | None = None
        self._result: ShareResult | None = None
        self._message = ""
        self.runner = ShareRunner(self)
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self.set_share)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._on_cancelled)

        layout = QVBoxLayout(self)
        controls = QHBoxLayout()
        self.compute_button = QPushButton()
        self.compute_button.clicked.connect(self.compute)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        controls.addWidget(self.compute_button)
        controls.addWidget(self.cancel_button)
        controls.addWidget(self.progress_bar, 1)
        layout.addLayout(controls)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.chart = pg.PlotWidget(axisItems={"left": _QuantityAxis("left")})
        _style_plot(self.chart)
        self.chart.setMinimumHeight(160)
        self.legend_label = QLabel()
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.legend_label)
        chart_layout.addWidget(self.chart)
        splitter.addWidget(chart_box)
        self.enterprise_table = QTableWidget()
        self.link_table = QTableWidget()
        for table in (self.enterprise_table, self.link_table):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            splitter.addWidget(table)
        splitter.setSizes([300, 220, 180])
        layout.addWidget(splitter, 1)
        self.retranslate_ui()
        self.clear()

    # -- public ---------------------------------------------------------------
    def set_park(self, park: Park | None) -> None:
        """A new result was shown for ``park``: shares of the old one no longer hold."""
        self.runner.shutdown()
        self._park = park
        self._result = None
        self._message = ""
        self._show()
        from parkflow.report.share import SHAPLEY_EXACT_LIMIT

        if park is not None and 0 < len(park.enterprises) <= SHAPLEY_EXACT_LIMIT:
            self.compute()

    def compute(self) -> None:
        if self._park is None or self.runner.running:
            return
        self._message = self.tr("Solving every coalition of enterprises…")
        self.progress_bar.setValue(0)
        self.runner.start(self._park)
        self._show()

    def clear(self) -> None:
        self.set_park(None)

    def set_share(self, result: ShareResult) -> None:
        self._result = result
        self._message = ""
        self.progress_bar.setValue(100)
        self._show()

    @property
    def result(self) -> ShareResult | None:
        return self._result

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.compute_button.setText(self.tr("Share the saving"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.legend_label.setText(
            " ".join(
                f'<span style="color:{colour}">■</span> {label}'
                for colour, label in zip(SERIES_COLOURS, self._series_names(), strict=True)
            )
            + "  ·  "
            + unit_title(MONEY_PER_YR)
        )
        self._show()

    # -- internals ------------------------------------------------------------
    def _series_names(self) -> tuple[str, str, str]:
        return (
            self.tr("Standalone cost"),
            self.tr("Shapley share of saving"),
            self.tr("Shadow-price share of saving"),
        )

    def _on_progress(self, fraction: float) -> None:
        self.progress_bar.setValue(int(round(100 * max(0.0, min(1.0, fraction)))))

    def _on_failed(self, message: str) -> None:
        self._message = self.tr("Could not share the saving: %1").replace("%1", message)
        self._show()

    def _on_cancelled(self) -> None:
        self._message = self.tr("Cancelled.")
        self._show()

    def _show(self) -> None:
        running = self.runner.running
        self.compute_button.setEnabled(self._park is not None and not running)
        self.cancel_button.setEnabled(running)
        self.progress_bar.setVisible(running)
        result = self._result
        self.chart.clear()
        if result is None:
            if self._message:
                self.summary_label.setText(self._message)
            elif self._park is None:
                self.summary_label.setText(self.tr("Optimize the park to see who gains."))
            else:
                self.summary_label.setText(
                    self.tr(
                        "Press “Share the saving” to solve the park's coalitions (sampled Shapley shares "
                        "for more than 12 enterprises)."
                    )
                )
            self.enterprise_table.setRowCount(0)
            self.link_table.setRowCount(0)
            return
        self.summary_label.setText(self._sentences(result))
        self._draw_bars(result)
        self._fill_enterprises(result)
        self._fill_links(result)

    def _sentences(self, result: ShareResult) -> str:
        from parkflow.report.share_content import core_sentence, refusal_sentence
        from parkflow.ui.i18n import current_language

        pick = 1 if current_language().startswith("zh") else 0
        saving = (
            self.tr("The park saves %1 %2 together.")
            .replace("%1", format_wan(result.park_saving_cny_per_yr))
            .replace("%2", unit_title(MONEY_PER_YR))
        )
        how = (
            self.tr("Shapley shares exact over all %1 coalitions.").replace(
                "%1", str(result.coalitions_solved)
            )
            if result.exact
            else self.tr(
                "Shapley shares sampled over %1 random orders (± one standard error in the table)."
            ).replace("%1", str(result.permutations))
        )
        return " ".join([saving, how, core_sentence(result)[pick], refusal_sentence(result)[pick]])

    def _draw_bars(self, result: ShareResult) -> None:
        enterprises = result.enterprises
        width = 0.26
        for offset, (values, colour) in enumerate(
            zip(
                (
                    [share.standalone_cost_cny_per_yr / WAN for share in enterprises],
                    [(share.shapley_cny_per_yr or 0.0) / WAN for share in enterprises],
                    [(share.prices_cny_per_yr or 0.0) / WAN for share in enterprises],
                ),
                SERIES_COLOURS,
                strict=True,
            )
        ):
            positions = [index + (offset - 1) * width for index in range(len(enterprises))]
            self.chart.addItem(
                pg.BarGraphItem(
                    x=positions, height=values, width=width, brush=pg.mkBrush(colour), pen=pg.mkPen(None)
                )
            )
        self.chart.getAxis("bottom").setTicks(
            [[(index, share.id) for index, share in enumerate(enterprises)]]
        )
        self.chart.autoRange()

    def _fill(self, table: QTableWidget, headers: list[str], rows: list[list[Any]]) -> None:
        """Fill ``table``; float cells are money in CNY, shown in 10⁴ CNY like the headers say."""
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for row_number, row in enumerate(rows):
            for column, value in enumerate(row):
                if isinstance(value, int | float) and not isinstance(value, bool):
                    item = QTableWidgetItem(format_wan(value))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                else:
                    item = QTableWidgetItem("–" if value is None else str(value))
                table.setItem(row_number, column, item)
        table.resizeColumnsToContents()

    def _fill_enterprises(self, result: ShareResult) -> None:
        sampled = not result.exact
        per_yr, money = unit_title(MONEY_PER_YR), unit_title(MONEY)
        headers = [
            self.tr("Enterprise"),
            self.tr("Standalone cost (%1)").replace("%1", per_yr),
            self.tr("Saving without transfer (%1)").replace("%1", per_yr),
            self.tr("Shapley share of saving (%1)").replace("%1", per_yr),
            *([self.tr("± standard error")] if sampled else []),
            self.tr("Shadow-price share of saving (%1)").replace("%1", per_yr),
            self.tr("Capex (%1)").replace("%1", money),
            self.tr("NPV (%1)").replace("%1", money),
            self.tr("IRR"),
            self.tr("Payback (yr)"),
        ]
        rows = [
            [
                share.id,
                share.standalone_cost_cny_per_yr,
                share.no_transfer_cny_per_yr,
                share.shapley_cny_per_yr,
                *([share.shapley_stderr_cny_per_yr] if sampled else []),
                share.prices_cny_per_yr,
                share.appraisal.capex_cny,
                share.appraisal.npv_cny,
                _percent(share.appraisal.irr),
                _payback(share.appraisal),
            ]
            for share in result.enterprises
        ]
        self._fill(self.enterprise_table, headers, rows)

    def _fill_links(self, result: ShareResult) -> None:
        per_yr, money = unit_title(MONEY_PER_YR), unit_title(MONEY)
        headers = [
            self.tr("Link"),
            self.tr("From"),
            self.tr("To (pays)"),
            self.tr("Status"),
            self.tr("Capex (%1)").replace("%1", money),
            self.tr("Annual saving (%1)").replace("%1", per_yr),
            self.tr("NPV (%1)").replace("%1", money),
            self.tr("IRR"),
            self.tr("Payback (yr)"),
        ]
        existing, candidate = self.tr("existing"), self.tr("candidate")
        rows = [
            [
                item.id,
                item.source_enterprise,
                item.sink_enterprise,
                existing if item.status == "existing" else candidate,
                item.appraisal.capex_cny,
                item.appraisal.annual_saving_cny_per_yr,
                item.appraisal.npv_cny,
                _percent(item.appraisal.irr),
                _payback(item.appraisal) if item.status != "existing" else "–",
            ]
            for item in result.links
        ]
        self._fill(self.link_table, headers, rows)


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"


def _payback(appraisal: Appraisal) -> str:
    if not appraisal.capex_cny:
        return "–"
    return "∞" if appraisal.payback_yr is None else f"{appraisal.payback_yr:.1f}"
