"""The compare view: two parks side by side, what changed, and what it does.

:class:`CompareWindow` shows a baseline park (left) and one alternative
(right; a combo box picks it when there are several) as read-only networks.
Added items are drawn green, removed red and changed amber; a KPI table
lists every KPI in every state with its delta, and a difference list
selects the item on both canvases when clicked.

All comparison logic lives in :mod:`parkflow.report.compare`; this module
only draws a :class:`~parkflow.report.compare.Comparison`.

Entry points for the main window ("Compare with…")::

    # files: shows a message box and returns None when a file cannot be read
    self._compare_window = show_compare(self, baseline_path, [other_path, ...])

    # or the open document against files / parks in memory
    window = CompareWindow(self)
    window.setWindowFlag(Qt.WindowType.Window, True)
    window.set_parks(document.park, [other_park], labels=["current park", "other.parkflow"],
                     results=[document.result, None])
    window.show()

``set_scenarios`` raises ParkError (ScenarioFileError) for a broken, foreign
or newer file; ``show_compare`` turns that into a message box.  Stored
results are used when their ``park_hash`` matches the park
(:func:`parkflow.model.fingerprint.stamp_results`); the view never runs the
optimizer on the GUI thread unless asked (``optimize_missing=True``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from parkflow.model.entities import LinkStatus, Medium, Park
from parkflow.model.media import spec_of
from parkflow.model.problems import ParkError
from parkflow.report.compare import (
    KIND_SINGULAR,
    KIND_ZH,
    KINDS,
    KPI_LABEL,
    KPI_UNIT,
    STATES,
    Comparison,
    KpiProvider,
    ParkDiff,
    ScenarioData,
    compare_scenarios,
    format_number,
    load_scenario,
    prepare_results,
)

#: Colours of the difference statuses (the same meaning as in the compare report).
STATUS_COLOUR: dict[str, str] = {"added": "#2e7d32", "removed": "#c62828", "changed": "#ef8f00"}
STATUS_TEXT: dict[str, str] = {"added": "added 新增", "removed": "removed 删除", "changed": "changed 修改"}
NEUTRAL_COLOUR = "#8a8a8a"
#: Opacity (0–255) of unchanged links and ports: pale, so that differences stand out.
UNCHANGED_ALPHA = 90
#: Halo around the items a click in the difference list selected (translucent blue).
SELECTION_COLOUR = "#551e88e5"
BOX_WIDTH = 190.0
BOX_HEIGHT = 70.0
#: Nearest enterprises sit about this far apart (scene px): tighter than the
#: editing canvas, because two parks share the width of one window here.
SPACING_PX = 215.0
PORT_RADIUS = 6.0
#: Role in the item data holding (kind, id).
KEY_ROLE = Qt.ItemDataRole.UserRole
#: KPI deltas this small relative to the value count as no change.
NEGLIGIBLE = 1e-9


def _tr(text: str) -> str:
    """Hook for Qt translations (the strings already carry their Chinese)."""
    return text


# ---------------------------------------------------------------------------
# Read-only network scene
# ---------------------------------------------------------------------------
class CompareScene(QGraphicsScene):
    """One park drawn read-only, with items coloured by their difference status.

    ``items_by_key`` maps (kind, id) to the item that stands for it:
    enterprises are boxes, streams are ports on the box (sources on the right
    edge, sinks on the left), links are curves from port to port.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items_by_key: dict[tuple[str, str], QGraphicsItem] = {}
        self.park: Park | None = None
        self._halos: list[QGraphicsItem] = []

    def draw(
        self,
        park: Park,
        positions: dict[str, QPointF],
        status: dict[tuple[str, str], str],
        flows: dict[str, float] | None = None,
    ) -> None:
        """Draw ``park`` with enterprises at ``positions`` (scene px, box centre)."""
        self.clear()
        self.items_by_key = {}
        self._halos = []
        self.park = park
        port_positions: dict[str, QPointF] = {}
        for enterprise in park.enterprises.values():
            centre = positions.get(enterprise.id, QPointF(0, 0))
            box = QGraphicsRectItem(QRectF(-BOX_WIDTH / 2, -BOX_HEIGHT / 2, BOX_WIDTH, BOX_HEIGHT))
            box.setPos(centre)
            box.setBrush(QBrush(QColor("#fdfdfd")))
            state = status.get(("enterprises", enterprise.id))
            box.setPen(_status_pen(state, 1.2, NEUTRAL_COLOUR))
            box.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
            box.setData(0, ("enterprises", enterprise.id))
            box.setToolTip(f"enterprise {enterprise.id} {enterprise.name}\n{enterprise.sector}".strip())
            box.setZValue(1)
            self.addItem(box)
            _box_texts(
                box,
                enterprise.id,
                enterprise.name,
                STATUS_TEXT[state] if state else "",
                STATUS_COLOUR[state] if state else "",
            )
            self.items_by_key[("enterprises", enterprise.id)] = box
            streams = park.streams_of(enterprise.id)
            sources = [stream for stream in streams if stream.is_source]
            sinks = [stream for stream in streams if stream.is_sink]
            for side, group in ((1.0, sources), (-1.0, sinks)):
                for index, stream in enumerate(group):
                    offset_y = (index + 1) * BOX_HEIGHT / (len(group) + 1) - BOX_HEIGHT / 2
                    local = QPointF(side * BOX_WIDTH / 2, offset_y)
                    radius = PORT_RADIUS * (1.6 if status.get(("streams", stream.id)) else 1.0)
                    port = QGraphicsEllipseItem(QRectF(-radius, -radius, 2 * radius, 2 * radius), box)
                    port.setPos(local)
                    fill = QColor(spec_of(stream.medium).colour)
                    port_state = status.get(("streams", stream.id))
                    if not port_state:
                        fill.setAlpha(UNCHANGED_ALPHA)
                    port.setBrush(QBrush(fill))
                    port.setPen(_status_pen(port_state, 0.8, "#777777", wide=3.0))
                    port.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
                    port.setData(0, ("streams", stream.id))
                    unit = stream.unit or ""
                    port.setToolTip(
                        f"stream {stream.id} ({stream.direction.value} {stream.medium.value})\n"
                        f"{stream.name}\namount {format_number(stream.amount or 0.0)} {unit}".strip()
                    )
                    port.setZValue(2)
                    self.items_by_key[("streams", stream.id)] = port
                    port_positions[stream.id] = centre + local
        max_flow = max((flow for flow in (flows or {}).values()), default=0.0)
        for link in park.links.values():
            start, end = port_positions.get(link.source), port_positions.get(link.sink)
            if start is None or end is None:
                continue
            path = QPainterPath(start)
            bend = max(40.0, abs(end.x() - start.x()) * 0.35)
            path.cubicTo(start + QPointF(bend, 0), end - QPointF(bend, 0), end)
            edge = QGraphicsPathItem(path)
            source = park.streams.get(link.source)
            medium_colour = spec_of(source.medium if source else Medium.WATER).colour
            state = status.get(("links", link.id))
            flow = (flows or {}).get(link.id, 0.0)
            width = 1.5 + (4.0 * flow / max_flow if max_flow > 0 else 0.0)
            if state:
                pen = QPen(QColor(STATUS_COLOUR[state]), max(4.0, width + 1.5))
                edge.setZValue(0.5)
            else:
                # Unchanged links stay pale so that the differences stand out (steam is red too).
                colour = QColor(medium_colour)
                colour.setAlpha(UNCHANGED_ALPHA)
                pen = QPen(colour, width)
            if link.status is LinkStatus.CANDIDATE:
                pen.setStyle(Qt.PenStyle.DashLine)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            edge.setPen(pen)
            edge.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
            edge.setData(0, ("links", link.id))
            edge.setToolTip(
                f"link {link.id}: {link.source} → {link.sink} ({link.status.value})"
                + (f"\noptimized flow {format_number(flow)}" if flows else "")
            )
            self.addItem(edge)
            self.items_by_key[("links", link.id)] = edge
        rect = self.itemsBoundingRect().adjusted(-30, -30, 30, 30)
        self.setSceneRect(rect)

    def add_ghosts(self, enterprises: dict[str, str], positions: dict[str, QPointF], status: str) -> None:
        """Dashed outlines where enterprises of the other file stand (added or removed there).

        A click on such an enterprise in the difference list then shows the
        place on both canvases, not just on the one that has it.
        """
        for enterprise_id, name in enterprises.items():
            ghost = QGraphicsRectItem(QRectF(-BOX_WIDTH / 2, -BOX_HEIGHT / 2, BOX_WIDTH, BOX_HEIGHT))
            ghost.setPos(positions.get(enterprise_id, QPointF(0, 0)))
            pen = QPen(QColor(STATUS_COLOUR[status]), 1.5, Qt.PenStyle.DashLine)
            ghost.setPen(pen)
            ghost.setBrush(QBrush(Qt.BrushStyle.NoBrush))
            ghost.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
            ghost.setData(0, ("enterprises", enterprise_id))
            where = (
                "only in the alternative 仅在方案中"
                if status == "added"
                else "only in the baseline 仅在基准中"
            )
            _box_texts(ghost, enterprise_id, name, where, STATUS_COLOUR[status])
            ghost.setToolTip(f"enterprise {enterprise_id}: {where}")
            self.addItem(ghost)
            self.items_by_key[("enterprises", enterprise_id)] = ghost
        self.setSceneRect(self.itemsBoundingRect().adjusted(-30, -30, 30, 30))

    def select_keys(self, keys: Sequence[tuple[str, str]]) -> list[QGraphicsItem]:
        """Select the items of ``keys`` (those drawn here) and ring them; returns them.

        Qt's own selection outline is a thin dotted box, easy to miss on a
        port or a curve, so each selected item also gets a translucent halo.
        """
        self.clearSelection()
        for old_halo in self._halos:
            self.removeItem(old_halo)
        self._halos = []
        chosen = [self.items_by_key[key] for key in keys if key in self.items_by_key]
        for item in chosen:
            item.setSelected(True)
            halo: QGraphicsPathItem | QGraphicsRectItem
            if isinstance(item, QGraphicsPathItem):
                halo = QGraphicsPathItem(item.path())
                halo.setPen(
                    QPen(
                        QColor(SELECTION_COLOUR),
                        item.pen().widthF() + 10,
                        Qt.PenStyle.SolidLine,
                        Qt.PenCapStyle.RoundCap,
                    )
                )
            else:
                halo = QGraphicsRectItem(item.sceneBoundingRect().adjusted(-6, -6, 6, 6))
                halo.setPen(QPen(QColor(SELECTION_COLOUR), 6))
            halo.setZValue(-1 if isinstance(item, QGraphicsPathItem) else 3)
            self.addItem(halo)
            self._halos.append(halo)
        return chosen

    def selected_keys(self) -> list[tuple[str, str]]:
        return [item.data(0) for item in self.selectedItems() if item.data(0)]


def _box_texts(box: QGraphicsRectItem, enterprise_id: str, name: str, tag: str, colour: str) -> None:
    """Id (bold), name and an optional status tag, each on its own line inside the box."""
    lines = [(enterprise_id, 11.0, True, colour or "#222222"), (name, 9.0, False, colour or "#444444")]
    if tag:
        lines.append((tag, 8.5, True, colour))
    y = -BOX_HEIGHT / 2 + 4
    for text, size, bold, text_colour in lines:
        item = QGraphicsSimpleTextItem(_elide(text, 24 if size < 10 else 20), box)
        font = QFont()
        font.setPointSizeF(size)
        font.setBold(bold)
        item.setFont(font)
        item.setBrush(QBrush(QColor(text_colour)))
        item.setPos(-BOX_WIDTH / 2 + 10, y)
        y += item.boundingRect().height() + 1


def _status_pen(state: str | None, width: float, neutral: str, wide: float = 3.5) -> QPen:
    if state:
        return QPen(QColor(STATUS_COLOUR[state]), wide)
    return QPen(QColor(neutral), width)


def _elide(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


class CompareView(QGraphicsView):
    """A view that fits its scene and zooms with the wheel."""

    def __init__(self, scene: CompareScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)

    def fit(self) -> None:
        scene = self.scene()
        if scene is not None and not scene.sceneRect().isEmpty():
            self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def wheelEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
        self.scale(factor, factor)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit()


# ---------------------------------------------------------------------------
# Layout shared by both canvases
# ---------------------------------------------------------------------------
def shared_positions(park_a: Park, park_b: Park) -> dict[str, QPointF]:
    """Scene positions of every enterprise of either park, the same on both sides.

    Enterprises with a position (x_km, y_km) are drawn there (the
    alternative's position wins when both have one); the rest are laid out
    with the canvas's auto layout over the union of both parks.
    """
    union = park_a.copy()
    for enterprise_id, enterprise in park_b.enterprises.items():
        union.enterprises[enterprise_id] = enterprise.copy()
    for stream_id, stream in park_b.streams.items():
        union.streams.setdefault(stream_id, stream.copy())
    for link_id, link in park_b.links.items():
        union.links.setdefault(link_id, link.copy())
    km: dict[str, tuple[float, float]] = {
        enterprise.id: (enterprise.x_km, enterprise.y_km)
        for enterprise in union.enterprises.values()
        if enterprise.x_km is not None and enterprise.y_km is not None
    }
    try:
        from parkflow.ui.canvas.layout import TARGET_SPACING_PX, auto_layout, pixels_per_km

        km.update(auto_layout(union))
        scale = pixels_per_km(list(km.values())) * SPACING_PX / TARGET_SPACING_PX
    except Exception:  # the canvas layout is a convenience; a circle always works
        missing = [eid for eid in union.enterprises if eid not in km]
        for index, enterprise_id in enumerate(missing):
            angle = 2 * math.pi * index / max(1, len(missing))
            km[enterprise_id] = (2.0 * math.cos(angle), 2.0 * math.sin(angle))
        scale = 150.0
    return {eid: QPointF(x * scale, -y * scale) for eid, (x, y) in km.items()}


def status_map(diff: ParkDiff, side: str) -> dict[tuple[str, str], str]:
    """(kind, id) → status for the items drawn on ``side`` ("a" or "b").

    Removed items exist only on the baseline side, added ones only on the
    alternative side; changed ones on both.
    """
    status: dict[tuple[str, str], str] = {}
    for kind in KINDS:
        if side == "b":
            status.update({(kind, entity_id): "added" for entity_id in diff.added[kind]})
        else:
            status.update({(kind, entity_id): "removed" for entity_id in diff.removed[kind]})
        status.update({(kind, change.entity_id): "changed" for change in diff.changed[kind]})
    return status


def canvas_keys(comparison: Comparison, kind: str, entity_id: str) -> list[tuple[str, str]]:
    """The canvas items that stand for a difference.

    Enterprises, streams and links are drawn themselves; a utility or
    disposal is shown by the streams it serves; a converter by its input and
    output streams; factors and settings have no item.
    """
    if kind in ("enterprises", "streams", "links"):
        return [(kind, entity_id)]
    keys: list[tuple[str, str]] = []
    for park in (comparison.a.park, comparison.b.park):
        if kind in ("utilities", "disposals"):
            attribute = "utility" if kind == "utilities" else "disposal"
            keys += [("streams", s.id) for s in park.streams.values() if getattr(s, attribute) == entity_id]
        elif kind == "converters" and entity_id in park.converters:
            converter = park.converters[entity_id]
            keys += [("streams", converter.input), ("streams", converter.output)]
    return list(dict.fromkeys(keys))


# ---------------------------------------------------------------------------
# The window
# ---------------------------------------------------------------------------
class CompareWindow(QWidget):
    """Baseline against one or more alternatives: networks, KPI table, difference list.

    Signals
    -------
    difference_selected(kind, id):
        After a click in the difference list selected the item's canvas items.
    """

    difference_selected = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Compare scenarios 情景对比"))
        self.resize(1400, 900)
        self.comparisons: list[Comparison] = []
        self.comparison: Comparison | None = None

        self.alternative_box = QComboBox()
        self.alternative_box.currentIndexChanged.connect(self._on_alternative_chosen)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        legend = QLabel(
            " ".join(
                f'<span style="color:{STATUS_COLOUR[status]}; font-weight:600">■ {STATUS_TEXT[status]}</span>'
                for status in ("added", "removed", "changed")
            )
        )
        legend.setText(legend.text() + " <span style='color:#777'>· unchanged items pale 未变项淡色</span>")
        legend.setTextFormat(Qt.TextFormat.RichText)
        # the heading wraps and the legend has its own line, so the window fits a 1366-pixel-wide screen
        self.heading.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        self.alternative_label = QLabel(_tr("Alternative 方案:"))
        top.addWidget(self.alternative_label)
        top.addWidget(self.alternative_box)
        self.export_button = QPushButton(_tr("Export compare report… 导出对比报告…"))
        self.export_button.setObjectName("compare_export_button")
        self.export_button.setToolTip(
            _tr("Write this comparison as an HTML or Excel report 将此对比写成 HTML 或 Excel 报告")
        )
        self.export_button.clicked.connect(self.export_report_dialog)
        self.export_button.setEnabled(False)
        top.addSpacing(16)
        top.addWidget(self.export_button)
        self.legend = legend

        self.scene_a, self.scene_b = CompareScene(self), CompareScene(self)
        self._selecting = False
        self.scene_a.selectionChanged.connect(lambda: self._on_canvas_selection(self.scene_a))
        self.scene_b.selectionChanged.connect(lambda: self._on_canvas_selection(self.scene_b))
        self.view_a, self.view_b = CompareView(self.scene_a), CompareView(self.scene_b)
        self.title_a, self.title_b = QLabel(), QLabel()
        networks = QSplitter(Qt.Orientation.Horizontal)
        for title, view in ((self.title_a, self.view_a), (self.title_b, self.view_b)):
            panel = QWidget()
            layout = QVBoxLayout(panel)
            layout.setContentsMargins(0, 0, 0, 0)
            title.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(title)
            layout.addWidget(view, 1)
            networks.addWidget(panel)

        self.difference_list = QTreeWidget()
        self.difference_list.setHeaderLabels([_tr("Difference 差异"), _tr("Details 详情")])
        self.difference_list.setAlternatingRowColors(True)
        self.difference_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.difference_list.itemClicked.connect(self._on_difference_clicked)
        self.difference_list.currentItemChanged.connect(
            lambda item, _previous: self._on_difference_clicked(item)
        )

        self.kpi_table = QTableWidget(0, 6)
        self.kpi_table.setHorizontalHeaderLabels(["KPI 指标", "state 状态", "A", "B", "Δ", "Δ %"])
        self.kpi_table.verticalHeader().setVisible(False)
        self.kpi_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.kpi_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.kpi_table.horizontalHeader().setStretchLastSection(True)
        self.drivers = QPlainTextEdit()
        self.drivers.setReadOnly(True)
        self.drivers.setPlaceholderText(_tr("What drives the changes 变化原因"))
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.kpi_table)
        right.addWidget(self.drivers)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.difference_list)
        lower.addWidget(right)
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 1)

        main = QSplitter(Qt.Orientation.Vertical)
        main.addWidget(networks)
        main.addWidget(lower)
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 2)
        main.setSizes([560, 340])
        networks.setSizes([700, 700])
        lower.setSizes([600, 800])
        right.setSizes([250, 90])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.legend)
        layout.addWidget(main, 1)

    # -- public API ----------------------------------------------------------------
    def set_scenarios(
        self,
        baseline_path: str | Path,
        other_paths: Sequence[str | Path],
        optimize_missing: bool = False,
        kpi_provider: KpiProvider | None = None,
    ) -> None:
        """Open the files and compare ``baseline_path`` with each of ``other_paths``.

        Stored results are used when they are fresh; otherwise the optimized
        state is left out (``optimize_missing=False``, the default: the GUI
        must not block on solves) or computed here (``True``).

        Raises
        ------
        ParkError
            ScenarioFileError for a broken or too-new file; nothing changes in the view.
        """
        from parkflow.report.compare import check_schema_versions

        scenarios = [load_scenario(path) for path in [baseline_path, *other_paths]]
        check_schema_versions(scenarios)
        for scenario in scenarios:
            prepare_results(scenario, optimize_missing=optimize_missing)
        self._compare(scenarios[0], scenarios[1:], kpi_provider)

    def set_parks(
        self,
        baseline: Park,
        others: Sequence[Park],
        labels: Sequence[str] | None = None,
        results: Sequence[Any] | None = None,
        kpi_provider: KpiProvider | None = None,
    ) -> None:
        """Compare parks already in memory (for example the open document and a file).

        ``labels`` name the parks (baseline first); ``results`` are their
        optimization results (baseline first, None where there is none).
        """
        parks = [baseline, *others]
        names = list(labels) if labels else ["A"] + [chr(ord("B") + index) for index in range(len(others))]
        outcomes = list(results) if results else [None] * len(parks)
        scenarios = [
            ScenarioData(name, park, result=outcome, result_note="given" if outcome is not None else "none")
            for name, park, outcome in zip(names, parks, outcomes, strict=True)
        ]
        self._compare(scenarios[0], scenarios[1:], kpi_provider)

    def set_scenario_data(
        self, baseline: ScenarioData, others: Sequence[ScenarioData], kpi_provider: KpiProvider | None = None
    ) -> None:
        """Compare scenarios already read (e.g. a file against the park open in the editor)."""
        self._compare(baseline, others, kpi_provider)

    def export_report(self, path: str | Path) -> Path:
        """Write the compare report (``.html`` or ``.xlsx``) of what the window shows."""
        from parkflow.report.compare_render import render_compare_report

        return render_compare_report(self.comparisons, path)

    def export_report_dialog(self) -> None:
        if not self.comparisons:
            return
        suggestion = f"compare_{Path(self.comparisons[0].a.label).stem}.html"
        path, _ = QFileDialog.getSaveFileName(
            self,
            _tr("Export compare report 导出对比报告"),
            suggestion,
            _tr("HTML report (*.html);;Excel report (*.xlsx)"),
        )
        if not path:
            return
        if Path(path).suffix.lower() not in (".html", ".htm", ".xlsx"):
            path += ".html"
        try:
            self.export_report(path)
        except (ParkError, OSError, ValueError) as error:
            QMessageBox.warning(self, _tr("Cannot write the report 无法写入报告"), str(error))
            return
        QMessageBox.information(self, _tr("Report written 报告已写入"), str(path))

    def set_comparisons(self, comparisons: Sequence[Comparison]) -> None:
        """Show comparisons already computed (one baseline, any number of alternatives)."""
        self.comparisons = list(comparisons)
        self.export_button.setEnabled(bool(self.comparisons))
        self.alternative_box.blockSignals(True)
        self.alternative_box.clear()
        for comparison in self.comparisons:
            self.alternative_box.addItem(comparison.b.label)
        self.alternative_box.blockSignals(False)
        several = len(self.comparisons) > 1
        self.alternative_box.setVisible(several)
        self.alternative_label.setVisible(several)
        if self.comparisons:
            self.show_comparison(0)

    def show_comparison(self, index: int) -> None:
        """Show alternative ``index`` against the baseline."""
        comparison = self.comparisons[index]
        self.comparison = comparison
        if self.alternative_box.currentIndex() != index:
            self.alternative_box.setCurrentIndex(index)
        a, b = comparison.a, comparison.b
        counts = comparison.diff.count()
        self.heading.setText(
            f"<b>{_html(b.label)}</b> against baseline <b>{_html(a.label)}</b> — "
            f"{counts['added']} added, {counts['removed']} removed, {counts['changed']} changed"
        )
        self.title_a.setText(
            f"<b>A</b> baseline 基准: {_html(a.label)} <span style='color:#777'>({_html(a.result_note or 'no optimized state')})</span>"
        )
        self.title_b.setText(
            f"<b>B</b> alternative 方案: {_html(b.label)} <span style='color:#777'>({_html(b.result_note or 'no optimized state')})</span>"
        )
        positions = shared_positions(a.park, b.park)
        flows_a = {
            change.link_id: change.optimized_a or 0.0
            for change in comparison.link_flows
            if change.optimized_a
        }
        flows_b = {
            change.link_id: change.optimized_b or 0.0
            for change in comparison.link_flows
            if change.optimized_b
        }
        self.scene_a.draw(a.park, positions, status_map(comparison.diff, "a"), flows_a)
        self.scene_b.draw(b.park, positions, status_map(comparison.diff, "b"), flows_b)
        self.scene_b.add_ghosts(
            {eid: a.park.enterprises[eid].name for eid in comparison.diff.removed["enterprises"]},
            positions,
            "removed",
        )
        self.scene_a.add_ghosts(
            {eid: b.park.enterprises[eid].name for eid in comparison.diff.added["enterprises"]},
            positions,
            "added",
        )
        # Same scene rectangle on both sides, so that an enterprise sits at the same place in both views.
        united = self.scene_a.sceneRect().united(self.scene_b.sceneRect())
        self.scene_a.setSceneRect(united)
        self.scene_b.setSceneRect(united)
        self.view_a.fit()
        self.view_b.fit()
        self._fill_differences(comparison)
        self._fill_kpis(comparison)
        lines = comparison.summary_lines() + [f"note: {note}" for note in comparison.attribution.notes]
        self.drivers.setPlainText("\n".join(lines) if lines else "No KPI changes. 指标无变化。")

    def select_difference(self, kind: str, entity_id: str) -> None:
        """Select a difference's items on both canvases and bring them into view."""
        if self.comparison is None:
            return
        keys = canvas_keys(self.comparison, kind, entity_id)
        self._selecting = True
        try:
            for scene, view in ((self.scene_a, self.view_a), (self.scene_b, self.view_b)):
                chosen = scene.select_keys(keys)
                if chosen:
                    rect = chosen[0].sceneBoundingRect()
                    for item in chosen[1:]:
                        rect = rect.united(item.sceneBoundingRect())
                    view.centerOn(rect.center())
        finally:
            self._selecting = False
        self.difference_selected.emit(kind, entity_id)

    # -- filling ------------------------------------------------------------------
    def _compare(
        self, baseline: ScenarioData, others: Sequence[ScenarioData], kpi_provider: KpiProvider | None
    ) -> None:
        comparisons = [compare_scenarios(baseline, other, kpi_provider) for other in others]
        self.set_comparisons(comparisons)

    def _fill_differences(self, comparison: Comparison) -> None:
        tree = self.difference_list
        tree.clear()
        items = comparison.diff.items()
        if not items:
            QTreeWidgetItem(tree, [_tr("No differences 无差异"), _tr("the two parks have the same inputs")])
            return
        groups: dict[str, QTreeWidgetItem] = {}
        for item in items:
            group = groups.get(item.kind)
            if group is None:
                count = sum(1 for other in items if other.kind == item.kind)
                group = QTreeWidgetItem(tree, [f"{item.kind} {KIND_ZH.get(item.kind, '')} ({count})", ""])
                group.setFirstColumnSpanned(False)
                group.setExpanded(True)
                groups[item.kind] = group
            name = "park" if item.kind == "settings" else f"{KIND_SINGULAR[item.kind]} {item.entity_id}"
            child = QTreeWidgetItem(group, [f"{STATUS_TEXT[item.status]}  {name}", item.detail])
            child.setForeground(0, QBrush(QColor(STATUS_COLOUR[item.status])))
            child.setToolTip(1, item.text)
            child.setData(0, KEY_ROLE, (item.kind, item.entity_id))

    def _fill_kpis(self, comparison: Comparison) -> None:
        table = self.kpi_table
        table.setHorizontalHeaderLabels(
            [
                "KPI 指标",
                "state 状态",
                f"A {comparison.a.label}",
                f"B {comparison.b.label}",
                "Δ (B − A)",
                "Δ %",
            ]
        )
        rows = [(kpi, state) for kpi in comparison.kpis for state in STATES]
        table.setRowCount(len(rows))
        for row, (kpi, state) in enumerate(rows):
            pair = comparison.kpis[kpi][state]
            values = [
                f"{KPI_LABEL.get(kpi, kpi)} [{KPI_UNIT.get(kpi, '')}]" if state == STATES[0] else "",
                state,
                "n/a" if pair.a is None else format_number(pair.a),
                "n/a" if pair.b is None else format_number(pair.b),
                "n/a" if pair.delta is None else format_number(pair.delta, signed=True),
                "" if pair.percent is None or abs(pair.percent) < 0.05 else f"{pair.percent:+.1f} %",
            ]
            for column, text in enumerate(values):
                cell = QTableWidgetItem(text)
                if column >= 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column >= 4 and pair.delta is not None:
                    scale = max(1.0, abs(pair.a or 0.0))
                    if abs(pair.delta) > NEGLIGIBLE * scale:
                        cell.setForeground(QBrush(QColor("#1a7f37" if pair.delta < 0 else "#c62828")))
                table.setItem(row, column, cell)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()

    # -- slots ---------------------------------------------------------------------
    def _on_alternative_chosen(self, index: int) -> None:
        if 0 <= index < len(self.comparisons):
            self.show_comparison(index)

    def _on_canvas_selection(self, scene: CompareScene) -> None:
        """A click on a canvas item: select the same item on the other canvas and its difference."""
        if self._selecting or self.comparison is None or not shiboken6.isValid(scene):
            return  # the scene also signals while it is being destroyed with the window
        keys = scene.selected_keys()
        if len(keys) != 1:
            return
        kind, entity_id = keys[0]
        tree_item = self.difference_item(kind, entity_id)
        if tree_item is not None:
            self.difference_list.setCurrentItem(tree_item)  # selects on both canvases
            return
        other = self.scene_b if scene is self.scene_a else self.scene_a
        if not shiboken6.isValid(other):
            return
        self._selecting = True
        try:
            other.select_keys([(kind, entity_id)])
        finally:
            self._selecting = False

    def difference_item(self, kind: str, entity_id: str) -> QTreeWidgetItem | None:
        """The difference-list entry of an item, or None when it did not change."""
        tree = self.difference_list
        for group_index in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(group_index)
            if group is None:
                continue
            for child_index in range(group.childCount()):
                child = group.child(child_index)
                if child is not None and tuple(child.data(0, KEY_ROLE) or ()) == (kind, entity_id):
                    return child
        return None

    def _on_difference_clicked(self, item: QTreeWidgetItem | None, _column: int = 0) -> None:
        if item is None:
            return
        key = item.data(0, KEY_ROLE)
        if key:
            self.select_difference(str(key[0]), str(key[1]))


def _html(text: str) -> str:
    import html

    return html.escape(str(text))


def show_compare(
    parent: QWidget | None,
    baseline_path: str | Path,
    other_paths: Sequence[str | Path],
    optimize_missing: bool = False,
) -> CompareWindow | None:
    """Open a compare window for files; a broken file gives a message box and None."""
    window = CompareWindow(parent)
    window.setWindowFlag(Qt.WindowType.Window, True)
    try:
        window.set_scenarios(baseline_path, other_paths, optimize_missing=optimize_missing)
    except ParkError as error:
        QMessageBox.warning(parent, _tr("Cannot compare 无法对比"), "\n".join(str(p) for p in error.problems))
        window.deleteLater()
        return None
    window.show()
    return window
