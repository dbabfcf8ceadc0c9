"""The storage tab of the results dock: each storage's level over one cycle of periods.

A storage (hot-water tank, steam accumulator …) fills in some periods and
gives back in others; its level repeats every cycle (a winter day and a
winter night, for example).  The upper chart is the level through the
cycle — x = hours into the cycle, y = level in the medium's unit × h — with
the storage's capacity as a dashed line; the lower one the charge (up) and
discharge (down) rates as bars over each period.

The optimizer gives the level at the *end* of each period and constant
rates within it, so the level goes in a straight line from one period's
end to the next (a tank filling at a steady rate); the cycle starts at the
level its last period ends with (the level is cyclic).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from parkflow.model.entities import Park
from parkflow.optimize.results import OptimizationResult
from parkflow.ui.results.charts import LEFT_AXIS_WIDTH, _QuantityAxis, _style_plot
from parkflow.ui.results.formatting import format_quantity, unit_title

_LEVEL_COLOUR = "#1f77b4"
_CAPACITY_COLOUR = "#b00020"
_CHARGE_COLOUR = "#2ca02c"
_DISCHARGE_COLOUR = "#ff7f0e"


@dataclass(frozen=True)
class CycleLevels:
    """One storage over one cycle, ready to draw.

    ``boundaries`` are the hours into the cycle where each period starts and
    the last ends (one more than the periods); ``levels`` the level at each
    boundary (the first is the last period's end: the level is cyclic).
    """

    storage: str
    cycle: str
    periods: tuple[str, ...]
    names: tuple[str, ...]
    boundaries: tuple[float, ...]
    levels: tuple[float, ...]
    charge: tuple[float, ...]
    discharge: tuple[float, ...]
    rate_unit: str
    capacity: float | None

    @property
    def level_unit(self) -> str:
        """The level's unit: the rate unit × h (t/h → t, MW → MWh, Nm3/h → Nm3)."""
        return level_unit(self.rate_unit)


def level_unit(rate_unit: str) -> str:
    """The unit of a quantity held, from the unit of its rate (``t/h`` → ``t``, ``MW`` → ``MWh``)."""
    if rate_unit.endswith("/h"):
        return rate_unit[:-2]
    return f"{rate_unit}h" if rate_unit else ""


def storage_ids(result: OptimizationResult | None) -> list[str]:
    """Storages of the result, in the order the optimizer wrote them."""
    if result is None or result.storages.empty:
        return []
    return list(dict.fromkeys(str(storage) for storage in result.storages["storage"]))


def cycles(park: Park, result: OptimizationResult) -> dict[str, list[str]]:
    """Cycle key → its periods in sheet order (the result's period order).

    A period without a cycle is a cycle of its own (its storages end it as
    they began), keyed ``/<period id>`` so that no cycle name can clash.
    """
    found: dict[str, list[str]] = {}
    for period_id in result.periods:
        period = park.periods.get(period_id)
        cycle = period.cycle if period is not None else ""
        found.setdefault(cycle or f"/{period_id}", []).append(period_id)
    return found


def cycle_title(park: Park, key: str) -> str:
    """A cycle's name, or for a period without a cycle that period's name."""
    if not key.startswith("/"):
        return key
    period = park.periods.get(key[1:])
    return (period.name if period is not None else "") or key[1:]


def storage_capacity(park: Park, storage_id: str) -> float | None:
    """The storage's capacity (canonical unit × h), None when unknown or unlimited."""
    storage = park.storages.get(storage_id)
    return None if storage is None or storage.capacity is None else float(storage.capacity)


def cycle_levels(park: Park, result: OptimizationResult, storage_id: str, cycle: str) -> CycleLevels | None:
    """The level, charge and discharge of ``storage_id`` over the periods of ``cycle``; None without rows."""
    period_ids = cycles(park, result).get(cycle, [])
    frame = result.storages
    rows = frame[frame["storage"].astype(str) == storage_id]
    by_period = {str(row["period"]): row for _, row in rows.iterrows()}
    shown = [period_id for period_id in period_ids if period_id in by_period]
    if not shown:
        return None
    boundaries = [0.0]
    for period_id in shown:
        period = park.periods.get(period_id)
        duration = (period.duration_h or period.hours or 0.0) if period is not None else 0.0
        boundaries.append(boundaries[-1] + float(duration))
    ends = [_number(by_period[period_id]["level"]) for period_id in shown]
    names = tuple((park.periods[p].name if p in park.periods else "") or p for p in shown)
    unit = str(by_period[shown[0]].get("unit", "") or "")
    return CycleLevels(
        storage=storage_id,
        cycle=cycle,
        periods=tuple(shown),
        names=names,
        boundaries=tuple(boundaries),
        levels=(ends[-1], *ends),
        charge=tuple(_number(by_period[p]["charge"]) for p in shown),
        discharge=tuple(_number(by_period[p]["discharge"]) for p in shown),
        rate_unit=unit,
        capacity=storage_capacity(park, storage_id),
    )


def _number(value: Any) -> float:
    number = pd.to_numeric(value, errors="coerce")
    return 0.0 if pd.isna(number) else float(number)


class StorageTab(QWidget):
    """Pick a storage (and a cycle); see its level, capacity, charge and discharge."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storage_tab")
        self._park: Park | None = None
        self._result: OptimizationResult | None = None
        #: what the charts show (tests read it)
        self.levels: CycleLevels | None = None
        #: the period picked in the results dock, shaded on the charts (None: the whole year)
        self.period: str | None = None
        self.storage_label = QLabel()
        self.storage_combo = QComboBox()
        self.storage_combo.setObjectName("storage_combo")
        self.storage_combo.currentIndexChanged.connect(self._redraw)
        self.cycle_label = QLabel()
        self.cycle_combo = QComboBox()
        self.cycle_combo.setObjectName("cycle_combo")
        self.cycle_combo.currentIndexChanged.connect(self._redraw)
        row = QHBoxLayout()
        row.addWidget(self.storage_label)
        row.addWidget(self.storage_combo, 2)
        row.addWidget(self.cycle_label)
        row.addWidget(self.cycle_combo, 1)
        self.summary = QLabel()
        self.summary.setObjectName("storage_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.level_plot = pg.PlotWidget(axisItems={"left": _QuantityAxis("left")})
        self.rate_plot = pg.PlotWidget(axisItems={"left": _QuantityAxis("left")})
        for plot in (self.level_plot, self.rate_plot):
            _style_plot(plot)
            plot.getAxis("left").setWidth(LEFT_AXIS_WIDTH + 22)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.setMinimumHeight(150)
        self.rate_plot.setXLink(self.level_plot)
        self.level_plot.addLegend(
            offset=(-10, 10),
            labelTextColor="#222222",
            brush=pg.mkBrush(255, 255, 255, 220),
            pen=pg.mkPen("#d0d7de"),
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.level_plot)
        splitter.addWidget(self.rate_plot)
        splitter.setSizes([300, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.retranslate_ui()

    def set_result(self, park: Park | None, result: OptimizationResult | None) -> bool:
        """Show the storages of ``result``; False (nothing shown) when it has none."""
        self._park, self._result = park, result
        storages = storage_ids(result) if park is not None and result is not None and result.periods else []
        for combo in (self.storage_combo, self.cycle_combo):
            combo.blockSignals(True)
            combo.clear()
        try:
            if park is not None and result is not None:
                for storage_id in storages:
                    self.storage_combo.addItem(self._storage_text(park, storage_id), storage_id)
                for cycle in cycles(park, result) if storages else ():
                    self.cycle_combo.addItem(cycle_title(park, cycle), cycle)
        finally:
            for combo in (self.storage_combo, self.cycle_combo):
                combo.blockSignals(False)
        several_cycles = self.cycle_combo.count() > 1
        self.cycle_label.setVisible(several_cycles)
        self.cycle_combo.setVisible(several_cycles)
        self._redraw()
        return bool(storages)

    def set_period(self, period_id: str | None) -> None:
        """Shade ``period_id`` (the period picked in the results dock) on the charts; None: no shading."""
        if period_id != self.period:
            self.period = period_id
            self._redraw()

    def retranslate_ui(self) -> None:
        self.storage_label.setText(self.tr("Storage:"))
        self.cycle_label.setText(self.tr("Cycle:"))
        self.storage_combo.setToolTip(self.tr("The tank or accumulator whose level is drawn."))
        self.cycle_combo.setToolTip(
            self.tr(
                "Periods of one cycle follow each other and repeat (e.g. a winter day and a winter night); "
                "the level at the end of the cycle is the level it starts with."
            )
        )
        if self._park is not None:
            for index in range(self.storage_combo.count()):
                self.storage_combo.setItemText(
                    index, self._storage_text(self._park, str(self.storage_combo.itemData(index)))
                )
        self._redraw()

    def _storage_text(self, park: Park, storage_id: str) -> str:
        storage = park.storages.get(storage_id)
        if storage is None:
            return storage_id
        enterprise = park.enterprises.get(storage.enterprise)
        where = (enterprise.name or enterprise.id) if enterprise is not None else storage.enterprise
        from parkflow.ui.results.formatting import medium_title

        return (
            self.tr("%1 · %2 at %3")
            .replace("%1", storage_id)
            .replace("%2", medium_title(storage.medium))
            .replace("%3", where)
        )

    def _redraw(self, *_args: Any) -> None:
        self.level_plot.clear()
        self.rate_plot.clear()
        legend = self.level_plot.plotItem.legend
        if legend is not None:
            legend.clear()
        park, result = self._park, self._result
        storage_id = self.storage_combo.currentData()
        cycle = self.cycle_combo.currentData()
        self.levels = None
        if park is not None and result is not None and storage_id is not None and cycle is not None:
            self.levels = cycle_levels(park, result, str(storage_id), str(cycle))
        levels = self.levels
        if levels is None:
            self.summary.setText(self.tr("The result has no storage."))
            return
        hours_label = self.tr("Hours into the cycle (h)")
        level_name = self.tr("Level")
        capacity_name = self.tr("Capacity")
        self.level_plot.setTitle(
            self.tr("Level of %1 at the end of each period of the cycle (%2)")
            .replace("%1", levels.storage)
            .replace("%2", unit_title(levels.level_unit)),
            color="#222222",
            size="10pt",
        )
        self.level_plot.setLabel("left", f"{level_name} ({unit_title(levels.level_unit)})")
        self.level_plot.setLabel("bottom", hours_label)
        self.level_plot.plot(
            list(levels.boundaries),
            list(levels.levels),
            pen=pg.mkPen(_LEVEL_COLOUR, width=2.5),
            symbol="o",
            symbolSize=6,
            symbolBrush=_LEVEL_COLOUR,
            symbolPen=None,
            name=level_name,
        )
        top = max(levels.levels) if levels.levels else 0.0
        if levels.capacity is not None:
            self.level_plot.plot(
                [levels.boundaries[0], levels.boundaries[-1]],
                [levels.capacity, levels.capacity],
                pen=pg.mkPen(_CAPACITY_COLOUR, width=1.5, style=Qt.PenStyle.DashLine),
                name=capacity_name,
            )
            top = max(top, levels.capacity)
        # room above the capacity line for the legend; a little below zero so an empty tank shows
        top = top * 1.6 if top > 0 else 1.0
        self.level_plot.setYRange(-0.03 * top, top, padding=0)
        self._draw_rates(levels)
        self._draw_period_names(levels)
        self._shade_period(levels)
        self.summary.setText(self._summary_text(levels))

    def _shade_period(self, levels: CycleLevels) -> None:
        if self.period not in levels.periods:
            return
        index = levels.periods.index(str(self.period))
        span = (levels.boundaries[index], levels.boundaries[index + 1])
        for plot in (self.level_plot, self.rate_plot):
            region = pg.LinearRegionItem(
                values=span, movable=False, brush=pg.mkBrush(255, 200, 0, 45), pen=pg.mkPen(None)
            )
            region.setZValue(-10)
            plot.addItem(region)

    def _draw_rates(self, levels: CycleLevels) -> None:
        starts, ends = levels.boundaries[:-1], levels.boundaries[1:]
        centres = [(start + end) / 2.0 for start, end in zip(starts, ends, strict=True)]
        widths = [0.8 * (end - start) for start, end in zip(starts, ends, strict=True)]
        charge_name, discharge_name = self.tr("Charge"), self.tr("Discharge")
        self.rate_plot.addLegend(
            offset=(-10, 10), labelTextColor="#222222", brush=pg.mkBrush(255, 255, 255, 220)
        )
        self.rate_plot.addItem(
            pg.BarGraphItem(
                x=centres,
                height=list(levels.charge),
                width=widths,
                brush=pg.mkBrush(_CHARGE_COLOUR),
                pen=pg.mkPen("#333333", width=0.5),
                name=charge_name,
            )
        )
        self.rate_plot.addItem(
            pg.BarGraphItem(
                x=centres,
                height=[-value for value in levels.discharge],
                width=widths,
                brush=pg.mkBrush(_DISCHARGE_COLOUR),
                pen=pg.mkPen("#333333", width=0.5),
                name=discharge_name,
            )
        )
        self.rate_plot.addItem(pg.InfiniteLine(pos=0.0, angle=0, pen=pg.mkPen("#444444", width=1)))
        rate = unit_title(levels.rate_unit)
        self.rate_plot.setTitle(
            self.tr("Charge (up) and discharge (down) per period (%1)").replace("%1", rate),
            color="#222222",
            size="10pt",
        )
        rate_name = self.tr("Rate")
        self.rate_plot.setLabel("left", f"{rate_name} ({rate})")
        self.rate_plot.setLabel("bottom", self.tr("Hours into the cycle (h)"))
        high = max([*levels.charge, 0.0])
        low = -max([*levels.discharge, 0.0])
        span = (high - low) or 1.0
        self.rate_plot.setYRange(low - 0.25 * span, high + 0.25 * span, padding=0)
        self.level_plot.setXRange(levels.boundaries[0], levels.boundaries[-1], padding=0.02)

    def _draw_period_names(self, levels: CycleLevels) -> None:
        """Period boundaries as thin lines, each period's name at its middle (on the rate chart)."""
        axis_ticks: list[tuple[float, str]] = [(hours, f"{hours:g}") for hours in levels.boundaries]
        for plot in (self.level_plot, self.rate_plot):
            plot.getAxis("bottom").setTicks([axis_ticks])
            for hours in levels.boundaries[1:-1]:
                plot.addItem(
                    pg.InfiniteLine(
                        pos=hours, angle=90, pen=pg.mkPen("#c0c0c0", width=1, style=Qt.PenStyle.DotLine)
                    )
                )
        high = max([*levels.charge, 0.0])
        low = -max([*levels.discharge, 0.0])
        span = (high - low) or 1.0
        for name, start, end in zip(levels.names, levels.boundaries[:-1], levels.boundaries[1:], strict=True):
            text = pg.TextItem(name, color="#57606a", anchor=(0.5, 0.0))
            text.setPos((start + end) / 2.0, high + 0.22 * span)
            self.rate_plot.addItem(text)

    def _summary_text(self, levels: CycleLevels) -> str:
        """One plain sentence: how full the storage gets, when it charges and when it gives back."""
        unit = unit_title(levels.level_unit)
        rate = unit_title(levels.rate_unit)
        peak = max(levels.levels)
        parts = [self.tr("Highest level %1 %2").replace("%1", format_quantity(peak)).replace("%2", unit)]
        if levels.capacity:
            parts[0] += (
                self.tr(" of %1 %2 (%3 % full)")
                .replace("%1", format_quantity(levels.capacity))
                .replace("%2", unit)
                .replace("%3", f"{100.0 * peak / levels.capacity:.0f}")
            )
        charging = _named_rates(levels.names, levels.charge)
        giving = _named_rates(levels.names, levels.discharge)
        if charging:
            parts.append(
                self.tr("charges in %1").replace(
                    "%1", ", ".join(f"{name} ({format_quantity(value)} {rate})" for name, value in charging)
                )
            )
        if giving:
            parts.append(
                self.tr("gives back in %1").replace(
                    "%1", ", ".join(f"{name} ({format_quantity(value)} {rate})" for name, value in giving)
                )
            )
        if not charging and not giving:
            parts.append(self.tr("unused: no period charges or discharges it"))
        return "; ".join(parts) + "."


def _named_rates(names: Sequence[str], rates: Sequence[float]) -> list[tuple[str, float]]:
    return [(name, value) for name, value in zip(names, rates, strict=True) if value > 1e-9]


__all__ = [
    "CycleLevels",
    "StorageTab",
    "cycle_levels",
    "cycle_title",
    "cycles",
    "level_unit",
    "storage_capacity",
    "storage_ids",
]
