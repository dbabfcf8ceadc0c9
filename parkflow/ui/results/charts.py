"""pyqtgraph charts of the results dock: bars, the Pareto front, heat curves."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from parkflow.ui.results.formatting import format_quantity

#: Width of the value axis in pixels: room for labels like "−12.70 M".
LEFT_AXIS_WIDTH = 64


def _style_plot(plot: pg.PlotWidget) -> None:
    plot.setBackground("w")
    plot.showGrid(x=False, y=True, alpha=0.25)
    font = QFont(plot.font())
    font.setPointSizeF(max(font.pointSizeF(), 8.0))
    for axis_name in ("left", "bottom"):
        axis = plot.getAxis(axis_name)
        axis.setPen(pg.mkPen("#444444"))
        axis.setTextPen(pg.mkPen("#222222"))
        axis.setTickFont(font)
    plot.setMenuEnabled(False)
    # pyqtgraph widens the axis for its tick labels only after a first paint;
    # a fixed width keeps "45,000" or "12.70 M" readable in the very first frame (and in grabs).
    plot.getAxis("left").setWidth(LEFT_AXIS_WIDTH)


class _QuantityAxis(pg.AxisItem):
    """A value axis whose tick labels read like the KPI cards (1.2 M, 34,500)."""

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        return [format_quantity(value * scale, digits=3) for value in values]


class BarChart(pg.PlotWidget):
    """Vertical bars over named categories, one colour per bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, axisItems={"left": _QuantityAxis("left")})
        _style_plot(self)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.bar_item: pg.BarGraphItem | None = None
        self.labels: list[str] = []
        self.values: list[float] = []
        self._value_texts: list[pg.TextItem] = []

    def set_bars(
        self,
        labels: Sequence[str],
        values: Sequence[float],
        colours: Sequence[str] | None = None,
        title: str = "",
        unit: str = "",
    ) -> None:
        """Show one bar per label; ``colours`` as ``#rrggbb`` (default: one blue)."""
        self.clear_bars()
        self.labels = [str(label) for label in labels]
        self.values = [float(value) for value in values]
        if title:
            heading = f"{title} ({unit})" if unit else title
            self.setTitle(heading, color="#222222", size="10pt")
        if not self.values:
            return
        positions = list(range(len(self.values)))
        brushes = [
            pg.mkBrush(QColor(colour)) for colour in (colours or ["#4c72b0"] * len(self.values))
        ]
        self.bar_item = pg.BarGraphItem(x=positions, height=self.values, width=0.6, brushes=brushes, pen=pg.mkPen("#333333", width=0.5))
        self.addItem(self.bar_item)
        axis = self.getAxis("bottom")
        axis.setTicks([[(position, _shorten(label)) for position, label in zip(positions, self.labels, strict=True)]])
        top = max(max(self.values), 0.0)
        bottom = min(min(self.values), 0.0)
        span = (top - bottom) or 1.0
        for position, value in zip(positions, self.values, strict=True):
            text = pg.TextItem(format_quantity(value), color="#222222", anchor=(0.5, 1.0 if value >= 0 else 0.0))
            text.setPos(position, value)
            self.addItem(text)
            self._value_texts.append(text)
        self.setXRange(-0.6, len(self.values) - 0.4, padding=0)
        self.setYRange(bottom - 0.15 * span * (bottom < 0), top + 0.15 * span, padding=0)

    def clear_bars(self) -> None:
        self.clear()
        self.bar_item = None
        self._value_texts = []
        self.labels, self.values = [], []
        self.getAxis("bottom").setTicks([[]])


def _shorten(label: str, limit: int = 14) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


class ParetoPlot(pg.PlotWidget):
    """The cost–CO₂ trade-off: one clickable point per Pareto result."""

    #: index of the clicked point in the list given to :meth:`set_points`
    point_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent, axisItems={"left": _QuantityAxis("left"), "bottom": _QuantityAxis("bottom")}
        )
        _style_plot(self)
        self.getAxis("left").setWidth(LEFT_AXIS_WIDTH + 22)  # room for the axis title too
        self.showGrid(x=True, y=True, alpha=0.25)
        self.retranslate_ui()
        self.line_item: pg.PlotDataItem | None = None
        self.scatter: pg.ScatterPlotItem = pg.ScatterPlotItem()
        self.scatter.sigClicked.connect(self._on_clicked)
        self.selected_index: int | None = None
        self._points: list[tuple[float, float]] = []

    def retranslate_ui(self) -> None:
        """Axis titles in the current language."""
        self.setLabel("bottom", QCoreApplication.translate("ResultsCharts", "CO₂ emissions") + " (t/yr)")
        self.setLabel("left", QCoreApplication.translate("ResultsCharts", "Cost") + " (CNY/yr)")

    def set_points(self, co2_values: Sequence[float], cost_values: Sequence[float]) -> None:
        """Show points (CO₂, cost) in sweep order, joined by a line."""
        self.clear()
        self._points = [(float(co2), float(cost)) for co2, cost in zip(co2_values, cost_values, strict=True)]
        self.selected_index = None
        if not self._points:
            return
        cost_word = QCoreApplication.translate("ResultsCharts", "Cost")
        xs = [point[0] for point in self._points]
        ys = [point[1] for point in self._points]
        self.line_item = self.plot(xs, ys, pen=pg.mkPen("#999999", width=1))
        self.scatter = pg.ScatterPlotItem(
            x=xs, y=ys, data=list(range(len(xs))), size=12,
            brush=pg.mkBrush("#1f77b4"), pen=pg.mkPen("#ffffff", width=1), hoverable=True,
            tip=lambda x, y, data, cost=cost_word: f"CO₂ {format_quantity(x)} t/yr\n{cost} {format_quantity(y)} CNY/yr",
        )
        self.scatter.sigClicked.connect(self._on_clicked)
        self.addItem(self.scatter)

    def point_count(self) -> int:
        return len(self._points)

    def highlight(self, index: int) -> None:
        """Mark point ``index`` as the one shown (red), without emitting."""
        if not 0 <= index < len(self._points):
            return
        self.selected_index = index
        brushes = [pg.mkBrush("#d62728" if i == index else "#1f77b4") for i in range(len(self._points))]
        self.scatter.setBrush(brushes)

    def select(self, index: int) -> None:
        """Highlight point ``index`` and emit :attr:`point_clicked`."""
        if not 0 <= index < len(self._points):
            return
        self.highlight(index)
        self.point_clicked.emit(index)

    def _on_clicked(self, _item: Any, points: Any, *_: Any) -> None:
        if points is None or len(points) == 0:
            return
        self.select(int(points[0].data()))


class CurvePlot(pg.PlotWidget):
    """Line curves (heat composite and grand composite curves)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, axisItems={"bottom": _QuantityAxis("bottom")})
        _style_plot(self)
        self.getAxis("left").setWidth(LEFT_AXIS_WIDTH + 22)  # room for the axis title too
        self.showGrid(x=True, y=True, alpha=0.25)
        self.addLegend(offset=(-10, 10))
        self.curve_items: list[pg.PlotDataItem] = []

    def set_curves(self, curves: Sequence[tuple[str, Sequence[float], Sequence[float], str]], x_label: str, y_label: str, title: str) -> None:
        """``curves``: (name, x values, y values, colour) each."""
        self.clear()
        self.curve_items = []
        self.setTitle(title, color="#222222", size="10pt")
        self.setLabel("bottom", x_label)
        self.setLabel("left", y_label)
        for name, xs, ys, colour in curves:
            item = self.plot(list(xs), list(ys), pen=pg.mkPen(colour, width=2), name=name, symbol="o", symbolSize=4, symbolBrush=colour, symbolPen=None)
            self.curve_items.append(item)
