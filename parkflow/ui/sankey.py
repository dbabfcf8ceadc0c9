"""Sankey view of one state of the park: who sends how much of what to whom.

Nodes sit in two columns.  On the left are the *senders*: utilities (the
conventional supplies) and enterprises as senders of their source streams.
On the right are the *receivers*: enterprises as receivers of their sink
streams and the disposal routes.  Every band is one (sender, receiver,
medium) triple of the :class:`~parkflow.model.state.FlowState`:

* a link flow goes from the source's enterprise to the sink's enterprise,
  in the source's medium and canonical unit (amount sent);
* a utility's make-up goes from the utility to the sink's enterprise;
* a disposal goes from the source's enterprise to the disposal.

Band widths are proportional to the rate within one medium.  Media have
different units (t/h, MW, Nm³/h), so with "all media" each medium is scaled
on its own so that every medium's total gets the same share of the height;
the view says so, and a single medium can be picked to compare exactly.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPen, QResizeEvent
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from parkflow.model.entities import Medium, Park
from parkflow.model.media import spec_of
from parkflow.model.state import FlowState
from parkflow.ui.results.formatting import medium_title

#: Total height of all bands of one side when every medium is shown, in scene pixels.
BAND_HEIGHT_BUDGET = 520.0
#: Thinnest band drawn, so that small flows stay visible (pixels).
MIN_BAND_WIDTH = 1.5
NODE_WIDTH = 14.0
NODE_GAP = 14.0
COLUMN_GAP = 440.0
LABEL_SPACE = 250.0
#: Flows below this rate (canonical units) are not drawn.
NEGLIGIBLE_FLOW = 1e-9


@dataclass(frozen=True)
class SankeyBand:
    """One band: ``amount`` of ``medium`` (canonical unit) from sender to receiver node."""

    sender: str
    receiver: str
    medium: Medium
    amount: float


def sankey_bands(park: Park, state: FlowState) -> list[SankeyBand]:
    """The bands of a flow state, aggregated per (sender, receiver, medium).

    Node keys are ``enterprise:<id>``, ``utility:<id>`` and ``disposal:<id>``.
    Flows whose streams are unknown to the park are skipped (a stale state).
    """
    totals: dict[tuple[str, str, Medium], float] = defaultdict(float)
    streams = park.streams
    for link_flow in state.link_flows.values():
        source, sink = streams.get(link_flow.source), streams.get(link_flow.sink)
        if source is None or sink is None or link_flow.amount <= NEGLIGIBLE_FLOW:
            continue
        totals[(f"enterprise:{source.enterprise}", f"enterprise:{sink.enterprise}", source.medium)] += (
            link_flow.amount
        )
    for sink_id, amount in state.utility_use.items():
        sink = streams.get(sink_id)
        if sink is None or not sink.utility or amount <= NEGLIGIBLE_FLOW:
            continue
        totals[(f"utility:{sink.utility}", f"enterprise:{sink.enterprise}", sink.medium)] += amount
    for source_id, amount in state.disposal_use.items():
        source = streams.get(source_id)
        if source is None or not source.disposal or amount <= NEGLIGIBLE_FLOW:
            continue
        totals[(f"enterprise:{source.enterprise}", f"disposal:{source.disposal}", source.medium)] += amount
    return [
        SankeyBand(sender, receiver, medium, amount) for (sender, receiver, medium), amount in totals.items()
    ]


def merge_small_nodes(bands: list[SankeyBand], keep: int) -> tuple[list[SankeyBand], int, int]:
    """Keep the ``keep`` largest senders and receivers; merge the rest into one "others" node per side.

    Size is a node's share of each medium's total flow, summed over media
    (media have different units, so raw amounts cannot be added).  Returns
    the merged bands and how many senders and receivers were merged.
    """
    medium_totals: dict[Medium, float] = defaultdict(float)
    for band in bands:
        medium_totals[band.medium] += band.amount
    sender_size: dict[str, float] = defaultdict(float)
    receiver_size: dict[str, float] = defaultdict(float)
    for band in bands:
        share = band.amount / medium_totals[band.medium] if medium_totals[band.medium] > 0 else 0.0
        sender_size[band.sender] += share
        receiver_size[band.receiver] += share

    def kept(sizes: dict[str, float]) -> set[str]:
        if len(sizes) <= keep:
            return set(sizes)
        return set(sorted(sizes, key=lambda key: (-sizes[key], key))[: keep - 1])

    kept_senders, kept_receivers = kept(sender_size), kept(receiver_size)
    merged: dict[tuple[str, str, Medium], float] = defaultdict(float)
    for band in bands:
        sender = band.sender if band.sender in kept_senders else OTHERS_SENDER
        receiver = band.receiver if band.receiver in kept_receivers else OTHERS_RECEIVER
        merged[(sender, receiver, band.medium)] += band.amount
    result = [
        SankeyBand(sender, receiver, medium, amount) for (sender, receiver, medium), amount in merged.items()
    ]
    return result, len(sender_size) - len(kept_senders), len(receiver_size) - len(kept_receivers)


#: Node keys of the merged small senders and receivers (see :func:`merge_small_nodes`).
OTHERS_SENDER = "others:senders"
OTHERS_RECEIVER = "others:receivers"
#: Most nodes drawn per column; a large park's smaller ones are merged so names stay readable.
MAX_NODES_PER_SIDE = 24


def _band_widths(bands: list[SankeyBand], media: list[Medium]) -> list[float]:
    """Each band's width in pixels: every medium's total gets an equal share of the height."""
    medium_totals = {medium: sum(b.amount for b in bands if b.medium is medium) for medium in media}
    # pixels per canonical unit, per medium: each medium's total gets an equal share
    share = BAND_HEIGHT_BUDGET / len(media)
    scale = {medium: share / total if total > 0 else 0.0 for medium, total in medium_totals.items()}
    return [max(band.amount * scale[band.medium], MIN_BAND_WIDTH) for band in bands]


@dataclass(frozen=True)
class _NodeLayout:
    """Where the nodes were drawn: their order on each side, their tops and the two columns' x."""

    left_keys: list[str]
    right_keys: list[str]
    node_top: dict[tuple[str, str], float]
    left_x: float
    right_x: float


class _FittingView(QGraphicsView):
    """A view that keeps the whole diagram in sight whenever it is resized."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        scene = self.scene()
        if scene is not None and not scene.sceneRect().isEmpty():
            self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


class SankeyWindow(QWidget):
    """A Sankey diagram of one flow state, with a medium filter and SVG/PNG export."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sankey_window")
        self.setWindowTitle(self.tr("Sankey diagram"))
        self._park: Park | None = None
        self._state: FlowState | None = None
        self.bands: list[SankeyBand] = []
        self._merged_senders = 0
        self._merged_receivers = 0
        #: band → its path item (tests count these)
        self.band_items: list[QGraphicsPathItem] = []
        #: node key → its bar item
        self.node_items: dict[tuple[str, str], QGraphicsRectItem] = {}

        self.scene = QGraphicsScene(self)
        self.view = _FittingView(self.scene)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setBackgroundBrush(QBrush(QColor("#ffffff")))

        self.medium_combo = QComboBox()
        self.medium_combo.setObjectName("medium_filter")
        self.medium_combo.addItem(self.tr("All media"), None)
        for medium in Medium:
            self.medium_combo.addItem(medium_title(medium), medium.value)
        self.medium_combo.currentIndexChanged.connect(self._redraw)

        self.svg_button = QPushButton(self.tr("Export SVG…"))
        self.svg_button.clicked.connect(self._ask_export_svg)
        self.png_button = QPushButton(self.tr("Export PNG…"))
        self.png_button.clicked.connect(self._ask_export_png)

        self.period_label = QLabel()
        self.period_label.setObjectName("sankey_period")
        self.period_label.setWordWrap(True)
        self.period_label.setStyleSheet("color: #0550ae; font-weight: bold;")
        self.period_label.setVisible(False)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #57606a;")

        toolbar = QHBoxLayout()
        self.medium_label = QLabel(self.tr("Medium:"))
        toolbar.addWidget(self.medium_label)
        toolbar.addWidget(self.medium_combo)
        toolbar.addStretch(1)
        toolbar.addWidget(self.svg_button)
        toolbar.addWidget(self.png_button)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.period_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.view, 1)
        self.resize(1000, 720)
        self._redraw()

    # ------------------------------------------------------------------ public
    def set_state(self, park: Park, flow_state: FlowState, caption: str = "") -> None:
        """Draw ``flow_state`` of ``park`` (standalone, current or optimized).

        ``caption`` says which period the flows are of (parks with periods), above the diagram.
        """
        self._park, self._state = park, flow_state
        self.period_label.setText(caption)
        self.period_label.setVisible(bool(caption))
        self.bands = sankey_bands(park, flow_state)
        present = {band.medium.value for band in self.bands}
        model = self.medium_combo.model()
        for index in range(1, self.medium_combo.count()):
            item = model.item(index)  # type: ignore[attr-defined]
            if item is not None:
                item.setEnabled(self.medium_combo.itemData(index) in present)
        self._redraw()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Redo every text in the current language (after a language switch)."""
        self.setWindowTitle(self.tr("Sankey diagram"))
        self.medium_label.setText(self.tr("Medium:"))
        self.svg_button.setText(self.tr("Export SVG…"))
        self.png_button.setText(self.tr("Export PNG…"))
        self.medium_combo.setItemText(0, self.tr("All media"))
        for index in range(1, self.medium_combo.count()):
            self.medium_combo.setItemText(index, medium_title(str(self.medium_combo.itemData(index))))
        self._redraw()

    def set_medium_filter(self, medium: Medium | None) -> None:
        """Show one medium only, or all media (None)."""
        index = self.medium_combo.findData(None if medium is None else medium.value)
        self.medium_combo.setCurrentIndex(max(index, 0))

    def export_svg(self, path: str | Path) -> None:
        """Write the diagram as an SVG file."""
        rect = self._export_rect()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(int(rect.width()), int(rect.height())))
        generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
        generator.setTitle(self.windowTitle())
        generator.setDescription(
            " ".join(text for text in (self.period_label.text(), self.note_label.text()) if text)
        )
        painter = QPainter(generator)
        try:
            painter.fillRect(QRectF(0, 0, rect.width(), rect.height()), QColor("#ffffff"))
            self.scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
        finally:
            painter.end()

    def export_png(self, path: str | Path, scale: float = 2.0) -> None:
        """Write the diagram as a PNG image, ``scale`` pixels per scene unit."""
        rect = self._export_rect()
        image = QImage(int(rect.width() * scale), int(rect.height() * scale), QImage.Format.Format_ARGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self.scene.render(painter, QRectF(0, 0, image.width(), image.height()), rect)
        finally:
            painter.end()
        if not image.save(str(path), "PNG"):  # type: ignore[call-overload]  # the stub wants bytes; only str works
            raise OSError(self.tr("Could not write %1").replace("%1", str(path)))

    # --------------------------------------------------------------- internals
    def _export_rect(self) -> QRectF:
        return self.scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)

    def _ask_export_svg(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export SVG"), "sankey.svg", self.tr("SVG images (*.svg)")
        )
        if path:
            self.export_svg(path)

    def _ask_export_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PNG"), "sankey.png", self.tr("PNG images (*.png)")
        )
        if path:
            self.export_png(path)

    def _node_label(self, key: str) -> str:
        if key == OTHERS_SENDER:
            return self.tr("%n other sender(s)", "", self._merged_senders)
        if key == OTHERS_RECEIVER:
            return self.tr("%n other receiver(s)", "", self._merged_receivers)
        kind, _, item_id = key.partition(":")
        park = self._park
        if park is None:
            return item_id
        if kind == "enterprise":
            entity = park.enterprises.get(item_id)
            return (entity.name or item_id) if entity is not None else item_id
        if kind == "utility":
            utility = park.utilities.get(item_id)
            return (utility.name or item_id) if utility is not None else item_id
        disposal = park.disposals.get(item_id)
        return (disposal.name or item_id) if disposal is not None else item_id

    def _shown_bands(self) -> list[SankeyBand]:
        wanted = self.medium_combo.currentData()
        return [band for band in self.bands if wanted is None or band.medium.value == wanted]

    def _redraw(self) -> None:
        self.scene.clear()
        self.band_items = []
        self.node_items = {}
        bands = self._shown_bands()
        if not bands:
            text = self.scene.addSimpleText(
                self.tr("No flows to show.")
                if self._state is not None
                else self.tr("Run an optimization to see its flows.")
            )
            text.setBrush(QBrush(QColor("#57606a")))
            self.note_label.setText("")
            return
        bands, self._merged_senders, self._merged_receivers = merge_small_nodes(bands, MAX_NODES_PER_SIDE)
        media = sorted({band.medium for band in bands}, key=lambda medium: list(Medium).index(medium))
        widths = _band_widths(bands, media)
        self._explain_scale(media)
        label_font = QFont(self.font())
        label_font.setPointSizeF(10.0)
        layout = self._draw_nodes(bands, widths, label_font)
        self._draw_bands(bands, widths, layout)
        self._draw_legend(media, label_font)
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-10, -10, 10, 10))
        self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def _explain_scale(self, media: list[Medium]) -> None:
        """Say under the diagram what a band's width means, and that small nodes are merged."""
        if len(media) == 1:
            medium = media[0]
            self.note_label.setText(
                self.tr("%1: band widths are proportional to the rate in %2.")
                .replace("%1", medium_title(medium))
                .replace("%2", spec_of(medium).canonical_unit)
            )
        else:
            self.note_label.setText(
                self.tr(
                    "Band widths are proportional within each medium; media have different units, "
                    "so each medium is scaled on its own. Pick one medium to compare its flows exactly."
                )
            )

        if self._merged_senders or self._merged_receivers:
            self.note_label.setText(
                self.note_label.text()
                + " "
                + self.tr("Smaller senders and receivers are merged so that names stay readable.")
            )

    def _draw_nodes(self, bands: list[SankeyBand], widths: list[float], label_font: QFont) -> _NodeLayout:
        """Senders on the left, receivers on the right, each as tall as its bands, with its label beside it."""
        left_keys = _ordered_nodes([band.sender for band in bands], ("utility", "enterprise", "others"))
        right_keys = _ordered_nodes([band.receiver for band in bands], ("enterprise", "disposal", "others"))
        left_height = {key: 0.0 for key in left_keys}
        right_height = {key: 0.0 for key in right_keys}
        for band, width in zip(bands, widths, strict=True):
            left_height[band.sender] += width
            right_height[band.receiver] += width
        node_flows: dict[str, dict[Medium, float]] = defaultdict(lambda: defaultdict(float))
        for band in bands:
            node_flows["L" + band.sender][band.medium] += band.amount
            node_flows["R" + band.receiver][band.medium] += band.amount

        # Each node gets a slot at least as tall as its two-line label, so labels never overlap.
        labels: dict[tuple[str, str], QGraphicsSimpleTextItem] = {}
        slots: dict[str, dict[str, float]] = {"L": {}, "R": {}}
        for side, keys, heights in (("L", left_keys, left_height), ("R", right_keys, right_height)):
            for key in keys:
                amounts = " · ".join(
                    f"{medium_title(medium)} {_amount_text(amount)} {spec_of(medium).canonical_unit}"
                    for medium, amount in node_flows[side + key].items()
                )
                label = self.scene.addSimpleText(f"{_elide(self._node_label(key))}\n{amounts}", label_font)
                label.setBrush(QBrush(QColor("#24292f")))
                label.setToolTip(self._node_tooltip(key, node_flows[side + key]))
                labels[(side, key)] = label
                slots[side][key] = max(heights[key], label.boundingRect().height() + 2.0)
        left_top = _stack(left_keys, slots["L"])
        right_top = _stack(right_keys, slots["R"])
        # centre the shorter column against the taller one
        left_total = _column_extent(left_keys, slots["L"])
        right_total = _column_extent(right_keys, slots["R"])
        offset_left = max(0.0, (right_total - left_total) / 2)
        offset_right = max(0.0, (left_total - right_total) / 2)
        legend_height = 36.0
        left_x = LABEL_SPACE
        right_x = LABEL_SPACE + NODE_WIDTH + COLUMN_GAP

        node_top: dict[tuple[str, str], float] = {}
        for side, keys, tops, heights, x, offset in (
            ("L", left_keys, left_top, left_height, left_x, offset_left),
            ("R", right_keys, right_top, right_height, right_x, offset_right),
        ):
            for key in keys:
                slot = slots[side][key]
                top = legend_height + offset + tops[key] + (slot - heights[key]) / 2
                node_top[(side, key)] = top
                rect = self.scene.addRect(
                    QRectF(x, top, NODE_WIDTH, heights[key]),
                    QPen(Qt.PenStyle.NoPen),
                    QBrush(QColor(_node_colour(key))),
                )
                rect.setToolTip(self._node_tooltip(key, node_flows[side + key]))
                self.node_items[(side, key)] = rect
                label = labels[(side, key)]
                label_rect = label.boundingRect()
                label_y = top + heights[key] / 2 - label_rect.height() / 2
                if side == "L":
                    label.setPos(x - 6 - label_rect.width(), label_y)
                else:
                    label.setPos(x + NODE_WIDTH + 6, label_y)
        return _NodeLayout(left_keys, right_keys, node_top, left_x, right_x)

    def _draw_bands(self, bands: list[SankeyBand], widths: list[float], layout: _NodeLayout) -> None:
        """One band per (sender, receiver, medium), stacked in each node in the order of its other end."""
        left_keys, right_keys, node_top = layout.left_keys, layout.right_keys, layout.node_top
        left_x, right_x = layout.left_x, layout.right_x
        # stack bands inside each node in the order of their other end, to avoid crossings
        left_index = {key: position for position, key in enumerate(left_keys)}
        right_index = {key: position for position, key in enumerate(right_keys)}
        order = sorted(
            range(len(bands)), key=lambda i: (right_index[bands[i].receiver], left_index[bands[i].sender])
        )
        left_cursor = {key: node_top[("L", key)] for key in left_keys}
        right_cursor = {key: node_top[("R", key)] for key in right_keys}
        start_y: dict[int, float] = {}
        for position in sorted(
            range(len(bands)), key=lambda i: (left_index[bands[i].sender], right_index[bands[i].receiver])
        ):
            start_y[position] = left_cursor[bands[position].sender]
            left_cursor[bands[position].sender] += widths[position]
        x0, x1 = left_x + NODE_WIDTH, right_x
        for position in order:
            band, width = bands[position], widths[position]
            y0 = start_y[position]
            y1 = right_cursor[band.receiver]
            right_cursor[band.receiver] += width
            path = _band_path(x0, y0, x1, y1, width)
            colour = QColor(spec_of(band.medium).colour)
            colour.setAlpha(150)
            item = self.scene.addPath(path, QPen(Qt.PenStyle.NoPen), QBrush(colour))
            item.setToolTip(
                f"{self._node_label(band.sender)} → {self._node_label(band.receiver)}: "
                f"{_amount_text(band.amount)} {spec_of(band.medium).canonical_unit} {medium_title(band.medium)}"
            )
            item.setZValue(-1)
            self.band_items.append(item)

    def _draw_legend(self, media: list[Medium], font: QFont) -> None:
        x = LABEL_SPACE
        for medium in media:
            swatch = self.scene.addRect(
                QRectF(x, 8, 14, 14), QPen(Qt.PenStyle.NoPen), QBrush(QColor(spec_of(medium).colour))
            )
            swatch.setToolTip(medium_title(medium))
            text = QGraphicsSimpleTextItem(f"{medium_title(medium)} ({spec_of(medium).canonical_unit})")
            text.setFont(font)
            text.setPos(x + 18, 7)
            self.scene.addItem(text)
            x += 18 + text.boundingRect().width() + 16

    def _node_tooltip(self, key: str, flows: dict[Medium, float]) -> str:
        lines = [self._node_label(key)]
        for medium, amount in flows.items():
            lines.append(f"{medium_title(medium)}: {_amount_text(amount)} {spec_of(medium).canonical_unit}")
        return "\n".join(lines)


def _ordered_nodes(keys: list[str], kind_order: tuple[str, ...]) -> list[str]:
    unique = dict.fromkeys(keys)
    return sorted(unique, key=lambda key: (kind_order.index(key.partition(":")[0]), key))


def _stack(keys: list[str], heights: dict[str, float]) -> dict[str, float]:
    tops: dict[str, float] = {}
    cursor = 0.0
    for key in keys:
        tops[key] = cursor
        cursor += heights[key] + NODE_GAP
    return tops


def _column_extent(keys: list[str], heights: dict[str, float]) -> float:
    return sum(heights[key] for key in keys) + NODE_GAP * max(len(keys) - 1, 0)


def _node_colour(key: str) -> str:
    kind = key.partition(":")[0]
    return {"enterprise": "#57606a", "utility": "#9a6700", "disposal": "#8250df", "others": "#afb8c1"}.get(
        kind, "#57606a"
    )


def _band_path(x0: float, y0: float, x1: float, y1: float, width: float) -> QPainterPath:
    """A ribbon of constant ``width`` from (x0, y0) to (x1, y1), tops given, S-shaped (cubic)."""
    middle = (x0 + x1) / 2
    path = QPainterPath()
    path.moveTo(x0, y0)
    path.cubicTo(middle, y0, middle, y1, x1, y1)
    path.lineTo(x1, y1 + width)
    path.cubicTo(middle, y1 + width, middle, y0 + width, x0, y0 + width)
    path.closeSubpath()
    return path


#: Longest node name drawn in full; longer names are cut with "…" (the tooltip has all of it).
NAME_LIMIT = 44


def _elide(name: str) -> str:
    return name if len(name) <= NAME_LIMIT else name[: NAME_LIMIT - 1] + "…"


def _amount_text(amount: float) -> str:
    if abs(amount) >= 100:
        return f"{amount:,.0f}"
    return f"{amount:,.3g}"
