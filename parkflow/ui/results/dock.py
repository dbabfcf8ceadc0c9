"""The results dock: KPI cards, charts, shadow prices, Pareto front and heat curves.

The dock shows what it is given and never runs the optimizer; it reads KPIs
and breakdowns from :mod:`parkflow.report.kpis` and heat targets from
:func:`parkflow.optimize.heat_targets`.  Everything that can fail there
(a park the accounting cannot read yet) becomes a line of text in the dock,
never an exception in the window.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import Any

import pandas as pd
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from parkflow.model.entities import Park
from parkflow.model.media import spec_of
from parkflow.optimize import OptimizationResult
from parkflow.optimize.targets import HeatTargets
from parkflow.report.kpis import KpiTable, breakdown_by_enterprise, breakdown_by_medium, park_kpis
from parkflow.ui import catalogue
from parkflow.ui.results.cards import KpiCard
from parkflow.ui.results.charts import BarChart, CurvePlot, ParetoPlot
from parkflow.ui.results.formatting import (
    KPI_UNITS,
    STATES,
    family_title,
    format_quantity,
    kpi_title,
    kpi_unit,
    medium_title,
    objective_title,
    state_title,
    status_title,
    unit_title,
)
from parkflow.ui.results.frame_model import FrameTableModel
from parkflow.ui.results.periods import PeriodSelector, flow_caption, period_unit, with_period_names
from parkflow.ui.results.storage_chart import StorageTab
from parkflow.ui.results.who_gains import WhoGainsTab
from parkflow.ui.stale import StaleBanner

LOG = logging.getLogger(__name__)

#: Price-table columns kept in the model (and the item lookup) but not shown: the
#: per-year forms repeat the per-hour ones, and the constraint name repeats family + key.
_HIDDEN_PRICE_COLUMNS = frozenset({"constraint", "shadow_price", "shadow_price_unit", "reduced_cost", "unit"})
#: Each price table's value and unit columns, and the column naming the park item a row is
#: about, as the optimizer writes them (parkflow/optimize/results.py: ``_duals_frame``,
#: ``_reduced_costs_frame``): a shadow price per hour of a balance or capacity, or what an
#: unused candidate link would have to cost less per unit to be used.
_PRICE_COLUMNS = {
    "duals": ("hourly_value", "hourly_unit", "key"),
    "reduced_costs": ("per_unit", "per_unit_unit", "link_id"),
}

_STATE_COLOUR = {"standalone": "#8c8c8c", "current": "#4c72b0", "optimized": "#2ca02c"}


#: The optimizer's note on figures a factor profile filled in ("U1: co2_t_per_unit = 0.175 from factor 'x'").
_FACTOR_NOTE = re.compile(r"^(?P<row>[^:]+): (?P<figures>.+) from factor '(?P<profile>[^']+)'$")


def factor_note_text(note: str) -> str:
    """A factor-filled figures note in words of the current language; other notes as written."""
    match = _FACTOR_NOTE.match(note)
    if match is None:
        return note
    figures = []
    for part in match["figures"].split(", "):
        name, _, value = part.partition(" = ")
        label = catalogue.field_text("utilities", name.strip()).label
        figures.append(f"{label} {value.strip()}")
    return QCoreApplication.translate(
        "ResultsDock", "{row}: {figures} from the factor profile “{profile}”"
    ).format(row=match["row"], figures=", ".join(figures), profile=catalogue.profile_title(match["profile"]))


class ResultsDock(QDockWidget):
    """Results of the last optimization (or Pareto sweep) and the park's heat targets.

    Signals
    -------
    pareto_point_selected(object)
        The ``OptimizationResult`` of the clicked Pareto point.
    item_activated(str, str)
        ``(kind, id)`` of the row clicked in a price table; kind is
        ``"link"``, ``"stream"``, ``"converter"`` or ``"enterprise"``.
    """

    pareto_point_selected = Signal(object)
    item_activated = Signal(str, str)
    #: Enterprise id → grade colour to paint on the canvas ({}: plain boxes).
    grades_changed = Signal(dict)
    #: The result as the canvas and the Sankey draw it for the period selected (a result
    #: without periods); emitted only for results with periods.
    flows_shown_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("results_dock")
        self.setWindowTitle(self.tr("Results"))
        self._park: Park | None = None
        self._result: OptimizationResult | None = None
        self._kpis: dict[str, dict[str, float | None]] = {}
        self._pareto_results: list[OptimizationResult] = []
        self._breakdowns: dict[str, pd.DataFrame | None] = {}
        self._kpi_table: KpiTable | None = None
        #: the year's KPI table (the same as ``_kpi_table`` unless a period is picked): grades and
        #: permits are annual, so the enterprises tab reads it whatever the period
        self._year_table: KpiTable | None = None
        self._targets: HeatTargets | None = None
        #: KPI key → card, rebuilt by :meth:`set_result`
        self.kpi_cards: dict[str, KpiCard] = {}

        #: True while the language changes: the "Who gains" tab keeps its shares
        self._keep_share = False
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_summary_tab(), self.tr("Summary"))
        self.tabs.addTab(self._build_charts_tab(), self.tr("Charts"))
        self.tabs.addTab(self._build_prices_tab(), self.tr("Prices"))
        self.tabs.addTab(self._build_pareto_tab(), self.tr("Pareto"))
        self.tabs.addTab(self._build_heat_tab(), self.tr("Heat"))
        self.tabs.addTab(self._build_enterprises_tab(), self.tr("Enterprises"))
        self.who_gains = WhoGainsTab()
        self.tabs.addTab(self.who_gains, self.tr("Who gains"))
        self.storage_tab = StorageTab()
        self.tabs.addTab(self.storage_tab, self.tr("Storage"))
        #: "Whole year" or one period, above the tabs it applies to (shown for results with periods)
        self.period_selector = PeriodSelector()
        self.period_selector.period_changed.connect(self._on_period_changed)
        #: "results are out of date" with a Re-optimize button, shown after an edit
        self.stale_banner = StaleBanner(self, "results_stale_banner")
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.setSpacing(2)
        holder_layout.addWidget(self.stale_banner)
        holder_layout.addWidget(self.period_selector)
        holder_layout.addWidget(self.tabs, 1)
        self.setWidget(holder)
        self.clear()

    # ---------------------------------------------------------------- building
    def _build_summary_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)
        self.notes_label = QLabel()
        self.notes_label.setObjectName("notes_label")
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet("color: #555;")
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.notes_label)

        self.diagnosis_box = QPlainTextEdit()
        self.diagnosis_box.setObjectName("diagnosis_box")
        self.diagnosis_box.setReadOnly(True)
        self.diagnosis_box.setStyleSheet(
            "QPlainTextEdit { background: #fff4f4; border: 1px solid #b00020; color: #5c0011; }"
        )
        self.diagnosis_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.diagnosis_box)

        self.cards_area = QScrollArea()
        self.cards_area.setWidgetResizable(True)
        self.cards_area.setFrameShape(QFrame.Shape.NoFrame)
        self.cards_holder = QWidget()
        holder_layout = QVBoxLayout(self.cards_holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_grid = QWidget()
        self.cards_layout = QGridLayout(self.cards_grid)
        self.cards_layout.setSpacing(8)
        holder_layout.addWidget(self.cards_grid)
        self.convention_label = QLabel()
        self.convention_label.setObjectName("convention_label")
        self.convention_label.setWordWrap(True)
        self.convention_label.setStyleSheet("color: #57606a;")
        holder_layout.addWidget(self.convention_label)
        holder_layout.addStretch(1)
        self.cards_area.setWidget(self.cards_holder)
        self._card_columns = 2
        # two columns of cards where they fit, one where the dock is narrow (no sideways scrolling)
        self.cards_area.viewport().installEventFilter(self)
        layout.addWidget(self.cards_area, 1)
        return page

    def _build_charts_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.quantity_label = QLabel(self.tr("Quantity:"))
        row.addWidget(self.quantity_label)
        self.kpi_combo = QComboBox()
        self.kpi_combo.setObjectName("kpi_combo")
        for key in KPI_UNITS:
            self.kpi_combo.addItem(f"{kpi_title(key)} ({kpi_unit(key)})", key)
        self.kpi_combo.currentIndexChanged.connect(self._update_charts)
        row.addWidget(self.kpi_combo, 1)
        layout.addLayout(row)
        self.chart_note = QLabel()
        self.chart_note.setWordWrap(True)
        self.chart_note.setStyleSheet("color: #57606a;")
        layout.addWidget(self.chart_note)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.state_chart = BarChart()
        self.enterprise_chart = BarChart(horizontal=True)
        self.medium_chart = BarChart()
        for chart in (self.state_chart, self.enterprise_chart, self.medium_chart):
            chart.setMinimumHeight(150)
            splitter.addWidget(chart)
        # three charts need 450 px: on a short screen (1366×768) they scroll instead of making
        # the window taller than the screen
        charts_area = QScrollArea()
        charts_area.setWidgetResizable(True)
        charts_area.setFrameShape(QFrame.Shape.NoFrame)
        charts_area.setWidget(splitter)
        layout.addWidget(charts_area, 1)
        return page

    def _build_prices_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.duals_model = FrameTableModel()
        self.duals_view, self.duals_reading, self.duals_heading = self._price_table(
            splitter,
            self.tr("Shadow prices of balances and binding capacities"),
            self.duals_model,
            "duals",
        )
        self.reduced_costs_model = FrameTableModel()
        self.reduced_costs_view, self.reduced_costs_reading, self.reduced_costs_heading = self._price_table(
            splitter,
            self.tr("Reduced costs of unused candidate links"),
            self.reduced_costs_model,
            "reduced_costs",
        )
        layout.addWidget(splitter)
        return page

    def _price_table(
        self, splitter: QSplitter, title: str, model: FrameTableModel, which: str
    ) -> tuple[QTableView, QLabel, QLabel]:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(f"<b>{title}</b>")
        layout.addWidget(heading)
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(view, 1)
        reading = QLabel()
        reading.setWordWrap(True)
        reading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        reading.setStyleSheet("background: #f6f8fa; border: 1px solid #d0d7de; padding: 4px;")
        layout.addWidget(reading)
        splitter.addWidget(box)
        view.clicked.connect(lambda index, m=model, r=reading, w=which: self._on_price_row(m, r, w, index))
        view.activated.connect(lambda index, m=model, r=reading, w=which: self._on_price_row(m, r, w, index))
        return view, reading, heading

    def _build_pareto_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.pareto_label = QLabel()
        self.pareto_label.setWordWrap(True)
        layout.addWidget(self.pareto_label)
        self.pareto_plot = ParetoPlot()
        self.pareto_plot.point_clicked.connect(self._on_pareto_point)
        layout.addWidget(self.pareto_plot, 1)
        return page

    def _build_enterprises_tab(self) -> QWidget:
        """Indicators per enterprise, sortable, with the grade of the example (or chosen) rules."""
        page = QWidget()
        layout = QVBoxLayout(page)
        self.grading_label = QLabel()
        self.grading_label.setWordWrap(True)
        layout.addWidget(self.grading_label)
        self.grade_canvas_box = QCheckBox(self.tr("Colour enterprises on the canvas by grade"))
        self.grade_canvas_box.toggled.connect(self._emit_grades)
        layout.addWidget(self.grade_canvas_box)
        self.enterprises_model = FrameTableModel()
        self.enterprises_proxy = QSortFilterProxyModel(self)
        self.enterprises_proxy.setSourceModel(self.enterprises_model)
        self.enterprises_proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.enterprises_view = QTableView()
        self.enterprises_view.setModel(self.enterprises_proxy)
        self.enterprises_view.setSortingEnabled(True)
        self.enterprises_view.setAlternatingRowColors(True)
        self.enterprises_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.enterprises_view.verticalHeader().setVisible(False)
        self.enterprises_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.enterprises_view.activated.connect(self._on_enterprise_row)
        layout.addWidget(self.enterprises_view, 1)
        self._grade_colours: dict[str, str] = {}
        return page

    def _update_enterprises(self) -> None:
        """Fill the enterprises tab from the year's KPI table (the optimized state, else current)."""
        table = self._year_table
        if table is None:
            self.enterprises_model.set_frame(None)
            self._grade_colours = {}
            self.grading_label.setText(
                self.tr("Run an optimization to see the indicators of each enterprise.")
            )
            self._emit_grades()
            return
        from parkflow.report.grading import GradingError, enterprise_frame, grade_colours, load_rules

        state = "optimized" if table.has_optimized else "current"
        language = reading_language()
        try:
            rules = load_rules()
        except GradingError as error:
            self.grading_label.setText(
                self.tr("Grading rules could not be read: %1").replace("%1", str(error))
            )
            self.enterprises_model.set_frame(None)
            return
        frame = enterprise_frame(table, rules, state, "zh" if language.startswith("zh") else "en")
        self.enterprises_model.set_frame(frame)
        titles = {
            "enterprise_id": self.tr("Enterprise"),
            "name": self.tr("Name"),
            "grade": self.tr("Grade"),
            "score": self.tr("Score"),
        }
        titles.update(
            {key: f"{kpi_title(key)} ({kpi_unit(key)})" for key in frame.columns if key not in titles}
        )
        titles["cod_permit_surplus_t_per_yr"] = self.tr("COD permit surplus (t/yr)")
        titles["nh3n_permit_surplus_t_per_yr"] = self.tr("NH3-N permit surplus (t/yr)")
        self.enterprises_model.set_titles(titles)
        self.enterprises_view.resizeColumnsToContents()
        name = rules.name_zh if language.startswith("zh") else rules.name_en
        text = self.tr("Grades by %1 (state: %2).").replace("%1", name).replace("%2", state_title(state))
        if rules.example:
            text += " " + self.tr(
                "These rules are an example built from the dimensions the provincial reports "
                "name, not an official index."
            )
        if self.period_selector.period_id() is not None:
            text += " " + self.tr(
                "Indicators and grades are the whole year's: permits and intensities are annual."
            )
        self.grading_label.setText(text)
        self._grade_colours = grade_colours(table, rules, state)
        self._emit_grades()

    def _emit_grades(self) -> None:
        self.grades_changed.emit(dict(self._grade_colours) if self.grade_canvas_box.isChecked() else {})

    def _on_enterprise_row(self, index: QModelIndex) -> None:
        source = self.enterprises_proxy.mapToSource(index)
        values = self.enterprises_model.row_values(source.row())
        self.item_activated.emit("enterprises", str(values.get("enterprise_id", "")))

    def _build_heat_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.targets_label = QLabel()
        self.targets_label.setObjectName("targets_label")
        self.targets_label.setWordWrap(True)
        self.targets_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.targets_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.composite_plot = CurvePlot()
        self.grand_composite_plot = CurvePlot()
        splitter.addWidget(self.composite_plot)
        splitter.addWidget(self.grand_composite_plot)
        self.heat_plots = splitter
        layout.addWidget(splitter, 1)
        return page

    def _show_plots(self, label: QLabel, plots: QWidget, shown: bool) -> None:
        """Plots only with something to plot; otherwise the hint alone, in the middle of the tab."""
        plots.setVisible(shown)
        label.setAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop if shown else Qt.AlignmentFlag.AlignCenter
        )
        label.setStyleSheet("" if shown else "color: #57606a; font-size: 11pt; padding: 24px;")
        page = label.parentWidget()
        layout = page.layout() if page is not None else None
        if isinstance(layout, QVBoxLayout):
            layout.setStretchFactor(label, 0 if shown else 1)

    # ------------------------------------------------------------------ public
    def clear(self) -> None:
        """Forget the result, the Pareto front and the heat targets."""
        self._park, self._result, self._kpis, self._kpi_table, self._year_table = None, None, {}, None, None
        self._pareto_results = []
        self._breakdowns = {}
        self.status_label.setText(self.tr("No optimization result yet: run Optimize."))
        self.notes_label.setText("")
        self.notes_label.setVisible(False)
        self._set_diagnosis("")
        self._set_cards({})
        self._update_enterprises()
        self.convention_label.setText("")
        self.duals_model.set_frame(None)
        self.reduced_costs_model.set_frame(None)
        self.duals_reading.setText(self.tr("Run an optimization to see shadow prices."))
        self.reduced_costs_reading.setText(self.tr("Run an optimization to see reduced costs."))
        self.pareto_plot.set_points([], [])
        self.pareto_label.setText(
            self.tr(
                "No Pareto front yet. Optimize ▸ Pareto Front… (Shift+F5) solves several points between the "
                "cheapest and the lowest-CO₂ operation and plots them here."
            )
        )
        self.targets_label.setText(
            self.tr(
                "Heat targets have not been computed. Optimize ▸ Heat Targets (F6) draws the composite curves "
                "of the park's heat and hot-water streams here."
            )
        )
        self._show_plots(self.pareto_label, self.pareto_plot, False)
        self._show_plots(self.targets_label, self.heat_plots, False)
        self._targets = None
        self.composite_plot.set_curves([], "", "", "")
        self.grand_composite_plot.set_curves([], "", "", "")
        self._update_charts()
        self.period_selector.set_result(None, None)
        self._show_storage(None)
        if not self._keep_share:
            self.who_gains.clear()

    def shutdown(self) -> None:
        """Stop and join the "Who gains" run (window closing, tests)."""
        self.who_gains.runner.shutdown()

    def set_result(self, park: Park, result: OptimizationResult) -> None:
        """Show one optimization result of ``park`` (a feasible or diagnosed one)."""
        self._show_result(park, result)
        feasible = result.status != "infeasible"
        self.who_gains.set_park(park if feasible else None)

    def set_stale(self, stale: bool) -> None:
        """Mark the figures shown as out of date (the park changed since) or current."""
        self.stale_banner.setVisible(stale)
        self.cards_grid.setEnabled(not stale)  # greyed figures read as "not for this park"

    def set_pareto(self, park: Park, results: Sequence[OptimizationResult]) -> None:
        """Show a Pareto sweep: the front, and the cheapest point's result in the other tabs."""
        self._pareto_results = list(results)
        co2_values: list[float] = []
        cost_values: list[float] = []
        for result in self._pareto_results:
            kpis = self._kpi_dict(park, result)
            co2_values.append(_kpi_value(kpis, "co2_t_per_yr", "optimized"))
            cost = _kpi_value(kpis, "cost_cny_per_yr", "optimized")
            if result.objective_name == "cost":
                cost = float(result.objective_value)
            cost_values.append(cost)
        self.pareto_plot.set_points(co2_values, cost_values)
        self._show_plots(self.pareto_label, self.pareto_plot, bool(self._pareto_results))
        if self._pareto_results:
            self.pareto_label.setText(
                self.tr(
                    "%n trade-off point(s). Click a point to show its network and figures.",
                    "",
                    len(self._pareto_results),
                )
            )
            if self.pareto_plot.is_degenerate():
                self.pareto_label.setText(
                    self.tr(
                        "All %n point(s) coincide: the cheapest operation is also the lowest-CO₂ one, "
                        "so there is no trade-off to choose.",
                        "",
                        len(self._pareto_results),
                    )
                )
            cheapest = min(range(len(cost_values)), key=lambda index: cost_values[index])
            self._show_result(park, self._pareto_results[cheapest])
            self.pareto_plot.highlight(cheapest)
        else:
            self.pareto_label.setText(self.tr("The Pareto sweep gave no points."))
        self.tabs.setCurrentIndex(3)

    def set_targets(self, park: Park) -> None:
        """Compute and show the park's heat-cascade (pinch) targets and curves."""
        try:
            from parkflow.optimize import heat_targets

            targets = heat_targets(park)
        except Exception as error:  # noqa: BLE001 - shown to the user
            LOG.exception("heat targets failed")
            self.targets_label.setText(
                self.tr("Heat targets could not be computed: %1").replace("%1", str(error))
            )
            self.composite_plot.set_curves([], "", "", "")
            self.grand_composite_plot.set_curves([], "", "", "")
            return
        self._show_targets(targets)

    def show_failure(self, message: str) -> None:
        """Show why an optimization failed (``OptimizeRunner.failed``): the diagnosis, no figures."""
        self._result, self._kpis, self._kpi_table, self._year_table = None, {}, None, None
        self._breakdowns = {}
        self.status_label.setText(self.tr("The optimization gave no result."))
        self.notes_label.setText("")
        self.notes_label.setVisible(False)
        self._set_diagnosis(message)
        self._set_cards({})
        self._update_enterprises()
        self.convention_label.setText("")
        self.duals_model.set_frame(None)
        self.reduced_costs_model.set_frame(None)
        self._update_charts()
        self.period_selector.set_result(None, None)
        self._show_storage(None)
        self.tabs.setCurrentIndex(0)

    def flows_shown(self, result: OptimizationResult | None) -> tuple[OptimizationResult | None, str]:
        """``result`` as the canvas and the Sankey draw it for the period selected, and a caption saying which.

        A result without periods (or not the one shown here) comes back as it is, without caption.
        """
        if result is not self._result or not self.period_selector.choices:
            return result, ""
        return self.period_selector.shown_result(), flow_caption(self.period_selector.choice())

    def kpis(self) -> dict[str, dict[str, float | None]]:
        """The KPI table shown (key → state → value)."""
        return self._kpis

    def pareto_results(self) -> list[OptimizationResult]:
        return list(self._pareto_results)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Redo every text in the current language (after a language switch)."""
        self.setWindowTitle(self.tr("Results"))
        for index, title in enumerate(
            (
                self.tr("Summary"),
                self.tr("Charts"),
                self.tr("Prices"),
                self.tr("Pareto"),
                self.tr("Heat"),
                self.tr("Enterprises"),
                self.tr("Who gains"),
            )
        ):
            self.tabs.setTabText(index, title)
        self.tabs.setTabText(self.tabs.indexOf(self.storage_tab), self.tr("Storage"))
        self.period_selector.retranslate_ui()
        self.storage_tab.retranslate_ui()
        self.quantity_label.setText(self.tr("Quantity:"))
        self.grade_canvas_box.setText(self.tr("Colour enterprises on the canvas by grade"))
        self.duals_heading.setText(f"<b>{self.tr('Shadow prices of balances and binding capacities')}</b>")
        self.reduced_costs_heading.setText(f"<b>{self.tr('Reduced costs of unused candidate links')}</b>")
        for index in range(self.kpi_combo.count()):
            key = str(self.kpi_combo.itemData(index))
            self.kpi_combo.setItemText(index, f"{kpi_title(key)} ({kpi_unit(key)})")
        self.pareto_plot.retranslate_ui()
        park, result, pareto_results, targets = self._park, self._result, self._pareto_results, self._targets
        current_tab = self.tabs.currentIndex()
        diagnosis = self.diagnosis_box.toPlainText() if result is None else ""
        self._keep_share = True
        try:
            self.clear()
        finally:
            self._keep_share = False
        selected_point = self.pareto_plot.selected_index
        if park is not None and pareto_results:
            self.set_pareto(park, pareto_results)
            if selected_point is not None:
                self.pareto_plot.highlight(selected_point)
        if park is not None and result is not None:
            self._show_result(park, result)
        elif diagnosis:
            self.show_failure(diagnosis)
        if targets is not None:
            self._show_targets(targets)
        self.tabs.setCurrentIndex(current_tab)

    # --------------------------------------------------------------- internals
    def _show_result(self, park: Park, result: OptimizationResult) -> None:
        self._park, self._result, self._kpi_table = park, result, None
        self._set_diagnosis(str(result.diagnosis) if result.diagnosis is not None else "")
        self.status_label.setText(self._status_text(result))
        feasible = result.status != "infeasible"
        self.period_selector.set_result(park, result if feasible else None)
        period = self.period_selector.period_id()
        self._kpis = self._kpi_dict(park, result) if feasible else {}
        self._year_table = self._kpi_table
        notes = self._notes_text(result)  # the objective is the year's: compared with the year's cost
        self.notes_label.setText(notes)
        self.notes_label.setVisible(bool(notes))
        if feasible and period is not None:
            self._kpis = self._kpi_dict(park, result, period)
        self._show_period_figures()
        self._set_price_frame(
            self.reduced_costs_model, self.reduced_costs_reading, result.reduced_costs, "reduced_costs"
        )

    def _on_period_changed(self, period: str | None) -> None:
        """Another period selected: KPIs, charts, prices and storage of that period (or the year)."""
        park, result = self._park, self._result
        if park is None or result is None:
            return
        self._kpis = self._kpi_dict(park, result, period)
        self._show_period_figures()

    def _show_period_figures(self) -> None:
        """Cards, charts, enterprises, shadow prices and storages of the period selected."""
        park, result = self._park, self._result
        self._set_cards(self._kpis)
        self._update_enterprises()
        self.convention_label.setText(self._convention_text())
        self._breakdowns = {}
        self._update_charts()
        shown = self.period_selector.shown_result() or result
        duals = shown.duals if shown is not None else None
        if park is not None and duals is not None:
            duals = with_period_names(park, duals)
        self._set_price_frame(self.duals_model, self.duals_reading, duals, "duals")
        self._show_storage(result)
        if self.period_selector.choices:
            self.flows_shown_changed.emit(shown)

    def _show_storage(self, result: OptimizationResult | None) -> None:
        """The storage tab, only when the result has storages."""
        self.storage_tab.period = self.period_selector.period_id()
        shown = self.storage_tab.set_result(self._park, result)
        self.tabs.setTabVisible(self.tabs.indexOf(self.storage_tab), shown)

    def _status_text(self, result: OptimizationResult) -> str:
        parts = [
            self.tr("Status: <b>%1</b>").replace("%1", status_title(result.status or "?")),
            self.tr("objective %1 = <b>%2</b> %3")
            .replace("%1", objective_title(result.objective_name))
            .replace("%2", format_quantity(result.objective_value, digits=4))
            .replace("%3", unit_title(result.objective_unit)),
        ]
        # with a savings gap, the notes line says how far a MILP got, as the share of the savings asked for
        gap = None if "savings_gap" in result.totals else result.gap
        if gap is not None and gap == gap and gap > 0:
            parts.append(self.tr("gap %1 %").replace("%1", f"{100.0 * float(gap):.2f}"))
        parts.append(self.tr("solved in %1 s").replace("%1", f"{float(result.solve_time_s):.2f}"))
        return " · ".join(parts)

    def _notes_text(self, result: OptimizationResult) -> str:
        """How far a MILP search got (translated) and the optimizer's own notes (as it wrote them)."""
        from parkflow.optimize.solve import MILP_GAP_NOTE

        lines: list[str] = []
        objective = result.objective_value
        cost = self._kpis.get("cost_cny_per_yr", {}).get("optimized")
        if (
            result.objective_name == "cost"
            and cost is not None
            and abs(float(cost) - float(objective)) > 5e-4 * max(abs(float(cost)), 1.0)
        ):
            # both are read side by side: say why they differ
            lines.append(
                self.tr(
                    "The objective (%1) and the Cost card (%2) differ: in LP mode the optimizer charges a new "
                    "link's capital cost in proportion to the share of its capacity used (a lower bound), while "
                    "the Cost card counts the full annualised capital cost of every new link that carries flow. "
                    "MILP mode charges it in full, and the two agree."
                )
                .replace("%1", format_quantity(float(objective), digits=4))
                .replace("%2", format_quantity(float(cost), digits=4))
            )
        at_stake, short = result.totals.get("savings_at_stake"), result.totals.get("savings_gap")
        if at_stake is not None and short is not None:
            lines.append(
                self.tr(
                    "The network found is within %1 % of the savings at stake (%2 %3: the existing "
                    "links alone minus the best bound)."
                )
                .replace("%1", f"{100.0 * float(short):.2f}")
                .replace("%2", format_quantity(float(at_stake), digits=4))
                .replace("%3", unit_title(result.objective_unit))
            )
        for note in result.notes:
            if not (at_stake is not None and note.startswith(MILP_GAP_NOTE)):
                lines.append(factor_note_text(note))
        return "\n".join(lines)

    def _convention_text(self) -> str:
        """Which electricity convention the energy figures use (reports label it: docs/design.md, "Energy")."""
        table = self._kpi_table
        if table is None or not self._kpis:
            return ""
        chinese = reading_language() == "zh"
        convention = table.accounting.convention_zh if chinese else table.accounting.convention_en
        if not convention:
            return ""
        return self.tr("Energy counts electricity as: %1").replace("%1", str(convention))

    def _set_diagnosis(self, text: str) -> None:
        self.diagnosis_box.setPlainText(text)
        self.diagnosis_box.setVisible(bool(text))

    def _kpi_dict(
        self, park: Park, result: OptimizationResult, period: str | None = None
    ) -> dict[str, dict[str, float | None]]:
        """KPIs of the year (``period`` None) or of one period's share of it."""
        try:
            table = park_kpis(park, result, period=period)
            self._kpi_table = table
            as_dict = table.as_dict()
        except Exception as error:  # noqa: BLE001 - shown to the user
            LOG.exception("KPIs failed")
            self.status_label.setText(
                self.status_label.text()
                + "<br>"
                + self.tr("KPIs could not be computed: %1").replace("%1", str(error))
            )
            return {}
        return {str(key): dict(values) for key, values in as_dict.items()}

    def _set_cards(self, kpis: dict[str, dict[str, float | None]]) -> None:
        while self.cards_layout.count():
            item = self.cards_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.kpi_cards = {}
        ordered = [key for key in KPI_UNITS if key in kpis] + [key for key in kpis if key not in KPI_UNITS]
        columns = 2
        not_modelled = set(self._kpi_table.not_modelled()) if self._kpi_table is not None else set()
        for position, key in enumerate(ordered):
            if key in not_modelled:  # a 0 would read as "none used"
                card = KpiCard(
                    key, {}, note=self.tr("Not modelled in this park: nothing in it carries this quantity.")
                )
            else:
                card = KpiCard(key, kpis[key], unit=period_unit(key, self.period_selector.choice()))
            self.cards_layout.addWidget(card, position // columns, position % columns)
            self.kpi_cards[key] = card
        self._card_columns = columns
        self._reflow_cards()

    def _columns_that_fit(self) -> int:
        cards = list(self.kpi_cards.values())
        if len(cards) < 2:
            return 1
        widths = sorted((card.minimumSizeHint().width() for card in cards), reverse=True)
        margins = self.cards_layout.contentsMargins()
        needed = (
            widths[0] + widths[1] + self.cards_layout.horizontalSpacing() + margins.left() + margins.right()
        )
        return 2 if self.cards_area.viewport().width() >= needed else 1

    def _reflow_cards(self) -> None:
        """Lay the cards out in as many columns (1 or 2) as the dock's width allows."""
        columns = self._columns_that_fit()
        if columns == self._card_columns or not self.kpi_cards:
            return
        cards = list(self.kpi_cards.values())
        for card in cards:
            self.cards_layout.removeWidget(card)
        for position, card in enumerate(cards):
            self.cards_layout.addWidget(card, position // columns, position % columns)
        self._card_columns = columns

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and watched is self.cards_area.viewport():
            self._reflow_cards()
        return super().eventFilter(watched, event)

    # charts ---------------------------------------------------------------
    def _selected_kpi(self) -> str:
        return str(self.kpi_combo.currentData() or "co2_t_per_yr")

    def _update_charts(self) -> None:
        key = self._selected_kpi()
        unit = period_unit(key, self.period_selector.choice()) or kpi_unit(key)
        values = self._kpis.get(key, {})
        states = [state for state in STATES if values.get(state) is not None]
        self.state_chart.set_bars(
            [state_title(state) for state in states],
            [float(values[state]) for state in states],  # type: ignore[arg-type]
            [_STATE_COLOUR[state] for state in states],
            title=self.tr("%1 by state").replace("%1", kpi_title(key)),
            unit=unit,
        )
        notes: list[str] = []
        for by, chart in (("enterprise", self.enterprise_chart), ("medium", self.medium_chart)):
            labels, reductions, colours, note = self._breakdown_bars(by, key)
            title = (
                self.tr("Reduction by enterprise (standalone − optimized)")
                if by == "enterprise"
                else self.tr("Reduction by medium (standalone − optimized)")
            )
            chart.set_bars(labels, reductions, colours, title=title, unit=unit)
            if note:
                notes.append(note)
        self.chart_note.setText(" ".join(notes))
        self.chart_note.setVisible(bool(notes))

    def _breakdown_bars(self, by: str, key: str) -> tuple[list[str], list[float], list[str], str]:
        """Bars of the reduction of KPI ``key`` per enterprise or medium."""
        if self._park is None or self._result is None or not self._kpis:
            return [], [], [], ""
        if by not in self._breakdowns:
            self._breakdowns[by] = _breakdown_frame(self._park, self._result, by, self._kpi_table)
        frame = self._breakdowns[by]
        if frame is None:
            return [], [], [], self.tr("Breakdowns are not available.")
        # the breakdown has a (KPI, state) column for every KPI key and state of the table
        series = frame[(key, "standalone")] - frame[(key, "optimized")]
        if series.empty:
            return [], [], [], ""
        series = series[series.abs() > 1e-9]
        series = series.reindex(series.abs().sort_values(ascending=False).index)
        limit = 12
        labels: list[str] = []
        colours: list[str] = []
        for group in series.index[:limit]:
            labels.append(self._group_label(by, str(group)))
            colours.append(_group_colour(by, str(group)))
        values = [float(value) for value in series.iloc[:limit]]
        note = ""
        if len(series) > limit:
            note = (
                self.tr("Showing the %1 largest of %2 %3.")
                .replace("%1", str(limit))
                .replace("%2", str(len(series)))
                .replace("%3", self.tr("enterprises") if by == "enterprise" else self.tr("media"))
            )
        return labels, values, colours, note

    def _group_label(self, by: str, group: str) -> str:
        if by == "medium":
            return medium_title(group)
        if group == "(links)":
            return self.tr("Links")
        if by == "enterprise" and self._park is not None:
            enterprise = self._park.enterprises.get(group)
            if enterprise is not None and enterprise.name:
                return enterprise.name
        return group

    # price tables ---------------------------------------------------------
    def _set_price_frame(
        self, model: FrameTableModel, reading: QLabel, frame: pd.DataFrame | None, which: str
    ) -> None:
        if frame is None or frame.empty:
            model.set_frame(None)
            reading.setText(
                self.tr("No shadow prices: the result has none.")
                if which == "duals"
                else self.tr("No reduced costs: every candidate link is used, or there are none.")
            )
            return
        language = reading_language()
        shown = frame.drop(
            columns=[c for c in frame.columns if str(c).startswith("reading_") and c != f"reading_{language}"]
        )
        if "family" in shown.columns:
            shown = shown.assign(family=shown["family"].map(lambda family: family_title(str(family))))
        model.set_frame(shown)
        view = self.duals_view if model is self.duals_model else self.reduced_costs_view
        model.set_titles(self._price_titles(language))
        for column, name in enumerate(model.column_names):
            view.setColumnHidden(column, name in _HIDDEN_PRICE_COLUMNS)
        view.resizeColumnsToContents()
        for column in range(model.columnCount() - 1):
            view.setColumnWidth(column, min(view.columnWidth(column), 220))
        # Read the most telling row first: the largest magnitude value.
        numbers = pd.to_numeric(frame[_PRICE_COLUMNS[which][0]], errors="coerce").abs()
        row = int(numbers.reset_index(drop=True).idxmax()) if numbers.notna().any() else 0
        reading.setText(_row_reading(model.row_values(row), which))

    def _price_titles(self, language: str) -> dict[str, str]:
        return {
            "constraint": self.tr("Constraint"),
            "period": self.tr("Period"),
            "key": self.tr("Item"),
            "link_id": self.tr("Link"),
            "family": self.tr("Balance or limit"),
            "hourly_value": self.tr("Value"),
            "hourly_unit": self.tr("Unit"),
            "per_unit": self.tr("Cheaper by"),
            "per_unit_unit": self.tr("Unit"),
            "annual_capex": self.tr("Annual capex (CNY/yr)"),
            f"reading_{language}": self.tr("Reading"),
        }

    def _on_price_row(self, model: FrameTableModel, reading: QLabel, which: str, index: QModelIndex) -> None:
        if not index.isValid():
            return
        values = model.row_values(index.row())
        reading.setText(_row_reading(values, which))
        kind, item_id = self._row_item(str(values[_PRICE_COLUMNS[which][2]]))
        if kind:
            self.item_activated.emit(kind, item_id)

    def _row_item(self, item_id: str) -> tuple[str, str]:
        """(kind, id) of the park item a price row is about (a stream, link or converter), or ("", "")."""
        park = self._park
        if park is None:
            return "", ""
        for kind, collection in (
            ("link", park.links),
            ("stream", park.streams),
            ("converter", park.converters),
        ):
            if item_id in collection:
                return kind, item_id
        return "", ""

    # pareto ---------------------------------------------------------------
    def _on_pareto_point(self, index: int) -> None:
        if not 0 <= index < len(self._pareto_results) or self._park is None:
            return
        result = self._pareto_results[index]
        # the canvas draws the point's network first; then the period view of it, for a park with periods
        self.pareto_point_selected.emit(result)
        self._show_result(self._park, result)

    # heat -----------------------------------------------------------------
    def _show_targets(self, targets: HeatTargets) -> None:
        self._targets = targets
        text = (
            self.tr("Minimum hot utility <b>%1 MW</b>, minimum cold utility <b>%2 MW</b>.")
            .replace("%1", format_quantity(targets.hot_utility_mw))
            .replace("%2", format_quantity(targets.cold_utility_mw))
        )
        if targets.pinch_hot_c is None:
            text += " " + self.tr("No pinch: one utility alone balances the park.")
        else:
            text += " " + self.tr("Pinch at %1 °C (hot) / %2 °C (cold).").replace(
                "%1", format_quantity(targets.pinch_hot_c)
            ).replace("%2", format_quantity(targets.pinch_cold_c))
        network_hot, network_cold = targets.network_hot_utility_mw, targets.network_cold_utility_mw
        if network_hot is not None and network_cold is not None:
            text += "<br>" + self.tr(
                "With the park's own pipes: hot utility <b>%1 MW</b>, cold utility <b>%2 MW</b> "
                "(the difference to the targets is what new links could still recover)."
            ).replace("%1", format_quantity(network_hot)).replace("%2", format_quantity(network_cold))
        self.targets_label.setText(text)
        heat_label = self.tr("Heat flow (MW)")
        curves: list[tuple[str, list[float], list[float], str]] = []
        for name, colour, xs, ys in _composite_curves(targets.composite):
            label = self.tr("Hot composite") if name == "hot" else self.tr("Cold composite")
            curves.append((label, xs, ys, colour))
        self.composite_plot.set_curves(
            curves, heat_label, self.tr("Temperature (°C)"), self.tr("Composite curves")
        )
        grand = targets.grand_composite[["heat_flow_mw", "shifted_temperature_c"]].dropna()
        grand_curves: list[tuple[str, list[float], list[float], str]] = []
        if not grand.empty:
            grand_curves.append(
                (
                    self.tr("Grand composite"),
                    grand["heat_flow_mw"].astype(float).tolist(),
                    grand["shifted_temperature_c"].astype(float).tolist(),
                    "#9467bd",
                )
            )
        self.grand_composite_plot.set_curves(
            grand_curves, heat_label, self.tr("Shifted temperature (°C)"), self.tr("Grand composite curve")
        )
        self._show_plots(self.targets_label, self.heat_plots, bool(curves or grand_curves))


# ---------------------------------------------------------------------------
# Helpers that read frames whose exact columns the optimizer and report define.


def _kpi_value(kpis: dict[str, dict[str, float | None]], key: str, state: str) -> float:
    value = kpis.get(key, {}).get(state)
    return float("nan") if value is None else float(value)


def reading_language() -> str:
    """``en`` or ``zh``: which of the optimizer's ``reading_<language>`` columns to show.

    The Chinese translation file translates this marker to ``zh``, so the
    readings follow the language the user picked for the window.
    """
    code = (
        QCoreApplication.translate(
            "ResultsDock", "en", "language code of the shadow-price readings: en or zh"
        )
        .strip()
        .lower()
    )
    return code if code in {"en", "zh"} else "en"


def _row_reading(values: dict[str, Any], which: str) -> str:
    """The optimizer's one-line reading of a price row in the window's language.

    A result stored without readings gets one made from the row's value and unit.
    """
    text = values.get(f"reading_{reading_language()}")
    if isinstance(text, str) and text:
        return text
    value_column, unit_column, item_column = _PRICE_COLUMNS[which]
    return f"{values[item_column]}: {format_quantity(values[value_column], digits=4)} {values[unit_column]}".strip()


def _breakdown_frame(
    park: Park, result: OptimizationResult, by: str, table: KpiTable | None
) -> pd.DataFrame | None:
    """The KPIs of ``table`` per ``enterprise`` or ``medium`` (columns (kpi, state)); None when they fail."""
    breakdown = breakdown_by_enterprise if by == "enterprise" else breakdown_by_medium
    try:
        return breakdown(park, result, table=table)
    except Exception:  # noqa: BLE001 - a chart must not break the window
        LOG.exception("breakdown by %s failed", by)
        return None


def _group_colour(by: str, group: str) -> str:
    if by == "medium":
        try:
            return spec_of(group).colour
        except ValueError:
            return "#4c72b0"
    return "#4c72b0"


def _composite_curves(composite: pd.DataFrame) -> list[tuple[str, str, list[float], list[float]]]:
    """(curve, colour, heat MW, temperature °C) of the hot and cold composite curves (:mod:`parkflow.optimize.targets`)."""
    curves: list[tuple[str, str, list[float], list[float]]] = []
    for curve, points in composite.groupby("curve", sort=False):
        colour = "#d62728" if curve == "hot" else "#1f77b4"
        curves.append(
            (
                str(curve),
                colour,
                points["enthalpy_mw"].astype(float).tolist(),
                points["temperature_c"].astype(float).tolist(),
            )
        )
    return curves
