"""pyqtgraph charts of the results dock: bars, the Pareto front, heat curves."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QWidget

from parkflow.ui.results.formatting import format_quantity, unit_title

#: Width of the category axis of horizontal bar charts: room for about 22 characters of a name.
CATEGORY_AXIS_WIDTH = 180
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
        # more significant figures until neighbouring ticks read differently
        for digits in range(3, 9):
            texts = [format_quantity(value * scale, digits=digits) for value in values]
            if len(set(texts)) == len(texts):
                return texts
        return texts


class BarChart(pg.PlotWidget):
    """Bars over named categories, one colour per bar.

    ``horizontal=True`` puts the categories on the left axis, largest on top:
    the readable choice for long names (enterprises).
    """

    def __init__(self, parent: QWidget | None = None, horizontal: bool = False) -> None:
        value_axis = "bottom" if horizontal else "left"
        super().__init__(parent, axisItems={value_axis: _QuantityAxis(value_axis)})
        _style_plot(self)
        self.horizontal = horizontal
        if horizontal:
            self.showGrid(x=True, y=False, alpha=0.25)
            self.getAxis("left").setWidth(CATEGORY_AXIS_WIDTH)
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
        """Show one bar per label, in order; ``colours`` as ``#rrggbb`` (default: one blue)."""
        self.clear_bars()
        self.labels = [str(label) for label in labels]
        self.values = [float(value) for value in values]
        if title:
            heading = f"{title} ({unit})" if unit else title
            self.setTitle(heading, color="#222222", size="10pt")
        if not self.values:
            return
        count = len(self.values)
        # horizontal: the first bar on top
        positions = [count - 1 - index for index in range(count)] if self.horizontal else list(range(count))
        brushes = [pg.mkBrush(QColor(colour)) for colour in (colours or ["#4c72b0"] * count)]
        pen = pg.mkPen("#333333", width=0.5)
        if self.horizontal:
            self.bar_item = pg.BarGraphItem(
                x0=0, y=positions, width=self.values, height=0.6, brushes=brushes, pen=pen
            )
            category_axis = self.getAxis("left")
            limit = 22
        else:
            self.bar_item = pg.BarGraphItem(
                x=positions, height=self.values, width=0.6, brushes=brushes, pen=pen
            )
            category_axis = self.getAxis("bottom")
            limit = 14
        self.addItem(self.bar_item)
        if self.horizontal:
            # pyqtgraph silently drops a tick label wider than its axis: elide to fit
            metrics = QFontMetrics(category_axis.style.get("tickFont") or self.font())
            room = CATEGORY_AXIS_WIDTH - 14
            ticks = [
                (position, metrics.elidedText(label, Qt.TextElideMode.ElideRight, room))
                for position, label in zip(positions, self.labels, strict=True)
            ]
        else:
            ticks = [
                (position, _shorten(label, limit))
                for position, label in zip(positions, self.labels, strict=True)
            ]
        category_axis.setTicks([ticks])
        high = max(max(self.values), 0.0)
        low = min(min(self.values), 0.0)
        span = (high - low) or 1.0
        for position, value in zip(positions, self.values, strict=True):
            if self.horizontal:
                anchor = (0.0, 0.5) if value >= 0 else (1.0, 0.5)
            else:
                anchor = (0.5, 1.0) if value >= 0 else (0.5, 0.0)
            text = pg.TextItem(format_quantity(value), color="#222222", anchor=anchor)
            text.setPos(value, position) if self.horizontal else text.setPos(position, value)
            self.addItem(text)
            self._value_texts.append(text)
        category_range = (-0.6, count - 0.4)
        value_range = (low - 0.2 * span * (low < 0), high + 0.2 * span)
        if self.horizontal:
            self.setYRange(*category_range, padding=0)
            self.setXRange(*value_range, padding=0)
        else:
            self.setXRange(*category_range, padding=0)
            self.setYRange(*value_range, padding=0)

    def clear_bars(self) -> None:
        self.clear()
        self.bar_item = None
        self._value_texts = []
        self.labels, self.values = [], []
        self.getAxis("left" if self.horizontal else "bottom").setTicks([[]])


def _shorten(label: str, limit: int = 14) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


class ParetoPlot(pg.PlotWidget):
    """The cost–CO₂ trade-off: one clickable point per Pareto result."""

    #: index of the clicked point in the list given to :meth:`set_points`
    point_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, axisItems={"left": _QuantityAxis("left"), "bottom": _QuantityAxis("bottom")})
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
        self.setLabel(
            "bottom",
            QCoreApplication.translate("ResultsCharts", "CO₂ emissions") + f" ({unit_title('t/yr')})",
        )
        self.setLabel(
            "left", QCoreApplication.translate("ResultsCharts", "Cost") + f" ({unit_title('CNY/yr')})"
        )

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
            x=xs,
            y=ys,
            data=list(range(len(xs))),
            size=12,
            brush=pg.mkBrush("#1f77b4"),
            pen=pg.mkPen("#ffffff", width=1),
            hoverable=True,
            tip=lambda x, y, data, cost=cost_word: (
                f"CO₂ {format_quantity(x)} {unit_title('t/yr')}\n{cost} {format_quantity(y)} {unit_title('CNY/yr')}"
            ),
        )
        self.scatter.sigClicked.connect(self._on_clicked)
        self.addItem(self.scatter)
        for values, set_range in ((xs, self.setXRange), (ys, self.setYRange)):
            low, high = min(values), max(values)
            if high - low <= 1e-6 * max(abs(high), 1.0):
                # every point at one value: show ±1 % around it instead of a zero-width axis
                margin = 0.01 * max(abs(high), 1.0)
                set_range(low - margin, high + margin, padding=0)

    def is_degenerate(self) -> bool:
        """True when every point has the same cost and CO₂ (cheapest is also cleanest)."""
        if not self._points:
            return False
        first = self._points[0]
        return all(
            abs(x - first[0]) <= 1e-6 * max(abs(first[0]), 1.0)
            and abs(y - first[1]) <= 1e-6 * max(abs(first[1]), 1.0)
            for x, y in self._points
        )

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
        self.addLegend(
            offset=(10, 10),
            labelTextColor="#222222",
            brush=pg.mkBrush(255, 255, 255, 220),
            pen=pg.mkPen("#d0d7de"),
        )
        self.curve_items: list[pg.PlotDataItem] = []

    def set_curves(
        self,
        curves: Sequence[tuple[str, Sequence[float], Sequence[float], str]],
        x_label: str,
        y_label: str,
        title: str,
    ) -> None:
        """``curves``: (name, x values, y values, colour) each."""
        self.clear()
        self.curve_items = []
        self.setTitle(title, color="#222222", size="10pt")
        self.setLabel("bottom", x_label)
        self.setLabel("left", y_label)
        for name, xs, ys, colour in curves:
            item = self.plot(
                list(xs),
                list(ys),
                pen=pg.mkPen(colour, width=2),
                name=name,
                symbol="o",
                symbolSize=4,
                symbolBrush=colour,
                symbolPen=None,
            )
            self.curve_items.append(item)
