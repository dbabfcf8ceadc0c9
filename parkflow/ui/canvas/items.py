"""Graphics items of the park canvas: enterprise boxes, stream ports, link edges.

Items only draw and report; they never write to the park (the
scene follows the model).  Performance choices (measured with 50k edges,
benchmarks/bench_gui.py):

* edges recompute their path only when one of their ends moves
  (:meth:`EnterpriseItem.itemChange` calls :meth:`EdgeItem.update_path`);
* edges use cosmetic pens and skip antialiasing when the scene is dense;
* boxes are cached (``DeviceCoordinateCache``) and draw only a filled
  rectangle when zoomed far out (level of detail);
* ports are children of their box, so a drag moves one item tree.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from parkflow.model.entities import Enterprise, LinkStatus, Medium, Storage, Stream
from parkflow.model.media import MEDIA

if TYPE_CHECKING:  # pragma: no cover
    from parkflow.ui.canvas.scene import ParkScene

BOX_WIDTH = 220.0
#: How far a link within one enterprise swings out of the box's sides on its loop over the box (px).
LOOP_REACH = 45.0
HEADER_HEIGHT = 40.0
PORT_PITCH = 16.0
PORT_RADIUS = 5.5
#: A storage's tank at the foot of its enterprise's box, and the row it takes.
TANK_WIDTH = 16.0
TANK_HEIGHT = 12.0
TANK_ROW = 18.0
#: Below this zoom only filled boxes are drawn (a box is under ~45 screen px wide).
FILL_ZOOM = 0.2
#: Below this zoom a box shows its name alone, in a font that stays about
#: NAME_SCREEN_PX tall on screen; at and above it, name, sector and port labels.
DETAIL_ZOOM = 0.75
NAME_SCREEN_PX = 12.0
NAME_SMALLEST_SCREEN_PX = 10.0
#: Space between a port dot and its label, and between two labels of one row.
LABEL_INSET = 9.0
LABEL_GAP = 8.0
#: The port labels' font (points), also used to measure how much room each label needs.
LABEL_POINT_SIZE = 7.5

#: QGraphicsItem::UserType (65536); the PySide6 stubs omit this class attribute.
_USER_TYPE: int = QGraphicsItem.UserType  # type: ignore[attr-defined]
ENTERPRISE_TYPE = _USER_TYPE + 1
PORT_TYPE = _USER_TYPE + 2
EDGE_TYPE = _USER_TYPE + 3

_COLOURS: dict[Medium, QColor] = {spec.medium: QColor(spec.colour) for spec in MEDIA}


def medium_colour(medium: Medium) -> QColor:
    return _COLOURS[medium]


def port_tooltip(stream: Stream, unit: str) -> str:
    """A stream port's tooltip in the current language: id, name, offered or needed, medium, amount."""
    from parkflow.ui.catalogue import enum_title

    return f"{stream.id} · {stream.name}\n{enum_title(stream.direction)}, {enum_title(stream.medium)}: {stream.amount:g} {unit}"


class PortItem(QGraphicsItem):
    """One stream as a coloured dot on its enterprise's box: sinks left, sources right."""

    #: True for a storage's tank (:class:`TankItem`), whose id is a storage's
    is_storage = False

    def __init__(self, stream: Stream, parent: EnterpriseItem) -> None:
        super().__init__(parent)
        self.stream_id = stream.id
        self.is_source = stream.is_source
        self.medium = stream.medium
        self.label = stream.name or stream.id
        self.is_converter_port = False
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setZValue(2)
        # the box paints its ports into its cached pixmap; the port item is
        # only the hit target for drags and tooltips, so it is never painted
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.set_stream(stream)

    def set_stream(self, stream: Stream) -> None:
        self.is_source = stream.is_source
        self.medium = stream.medium
        self.label = stream.name or stream.id
        unit = stream.unit or ""
        self.setToolTip(port_tooltip(stream, unit))
        self.update()

    def type(self) -> int:  # noqa: A003 - Qt's name
        return PORT_TYPE

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        radius = PORT_RADIUS + 1
        return QRectF(-radius, -radius, 2 * radius, 2 * radius)

    def connection_point(self) -> QPointF:
        return self.scenePos()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        """Never called (ItemHasNoContents): the box paints its ports."""


def tank_tooltip(storage: Storage) -> str:
    """A tank's tooltip in the current language: id, medium, capacity and rates."""
    from parkflow.ui.catalogue import enum_title, kind_title

    unit = storage.unit
    return (
        f"{kind_title('storages')} {storage.id}: {enum_title(storage.medium)}, "
        f"{storage.capacity or 0:g} {unit.removesuffix('/h')}; ↓ {storage.charge_max or 0:g} {unit}, "
        f"↑ {storage.discharge_max or 0:g} {unit}"
    )


class TankItem(PortItem):
    """A storage as a small tank at the foot of its enterprise's box: links into it charge it, out of it discharge it."""

    is_storage = True

    def __init__(self, storage: Storage, parent: EnterpriseItem) -> None:
        QGraphicsItem.__init__(self, parent)
        self.stream_id = storage.id
        self.is_source = False
        self.is_converter_port = False
        self.medium = storage.medium
        self.label = storage.id
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setZValue(2)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.set_storage(storage)

    def set_storage(self, storage: Storage) -> None:
        self.medium = storage.medium
        self.setToolTip(tank_tooltip(storage))
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return QRectF(-TANK_WIDTH / 2 - 1, -TANK_HEIGHT / 2 - 1, TANK_WIDTH + 2, TANK_HEIGHT + 2)


class EnterpriseItem(QGraphicsItem):
    """An enterprise: a box with its name and sector, and its streams as ports."""

    def __init__(self, enterprise: Enterprise, scene_ref: ParkScene) -> None:
        super().__init__()
        self.enterprise_id = enterprise.id
        self.name = enterprise.name or enterprise.id
        self.sector = enterprise.sector
        self.ports: dict[str, PortItem] = {}
        self._scene_ref = scene_ref
        self._height = HEADER_HEIGHT + 8
        #: (y, full label, room in px) of each port label, sinks and sources
        self._sink_labels: list[tuple[float, str, float]] = []
        self._source_labels: list[tuple[float, str, float]] = []
        self._label_pairs: list[tuple[float, str | None, str | None]] = []
        self._labels_measured = True
        #: (x, y, medium, converter port) of each port, painted with the box
        self._port_marks: list[tuple[float, float, Medium, bool]] = []
        #: (x, y, medium) of each storage's tank, painted with the box
        self._tank_marks: list[tuple[float, float, Medium]] = []
        self._tank_room = 0.0
        self.hidden_media: set[Medium] = set()
        #: Colour of the enterprise's grade (red / yellow / green) when the canvas shows grades.
        self.grade_colour: str | None = None
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(1)
        self.set_enterprise(enterprise)

    def type(self) -> int:  # noqa: A003 - Qt's name
        return ENTERPRISE_TYPE

    def set_enterprise(self, enterprise: Enterprise) -> None:
        self.name = enterprise.name or enterprise.id
        self.sector = enterprise.sector
        self.setToolTip(f"{enterprise.id} · {self.name}\n{self.sector}")
        self.update()

    def set_streams(
        self, streams: list[Stream], converter_ports: set[str], storages: Sequence[Storage] = ()
    ) -> None:
        """Rebuild the ports: sinks down the left edge, sources down the right, storages as tanks at the foot."""
        for port in self.ports.values():
            port.setParentItem(None)  # type: ignore[arg-type]  # Qt accepts None (detach); stub says QGraphicsItem
            if port.scene() is not None:
                port.scene().removeItem(port)
        self.ports = {}
        sinks = [s for s in streams if s.is_sink]
        sources = [s for s in streams if s.is_source]
        rows = max(len(sinks), len(sources), 1)
        self.prepareGeometryChange()
        self._height = HEADER_HEIGHT + rows * PORT_PITCH + 6
        # tanks stand just below the box, so the links into and out of them are seen
        self._tank_room = TANK_ROW if storages else 0.0
        self._sink_labels = []
        self._source_labels = []
        self._port_marks = []
        for column, group in ((0.0, sinks), (BOX_WIDTH, sources)):
            for index, stream in enumerate(group):
                port = PortItem(stream, self)
                port.is_converter_port = stream.id in converter_ports
                y = HEADER_HEIGHT + index * PORT_PITCH + PORT_PITCH / 2
                port.setPos(column, y)
                self.ports[stream.id] = port
                self._port_marks.append((column, y, stream.medium, port.is_converter_port))
        self._tank_marks = []
        tank_y = self._height + TANK_ROW / 2
        for index, storage in enumerate(storages):
            tank = TankItem(storage, self)
            x = BOX_WIDTH / 2 + (index - (len(storages) - 1) / 2) * (TANK_WIDTH + 10)
            tank.setPos(x, tank_y)
            self.ports[storage.id] = tank
            self._tank_marks.append((x, tank_y, storage.medium))
        # (y, sink label, source label) per row; the rooms are measured on
        # the first close-up paint (opening 1,000 enterprises measures none)
        self._label_pairs = [
            (
                HEADER_HEIGHT + index * PORT_PITCH + PORT_PITCH / 2,
                (sinks[index].name or sinks[index].id) if index < len(sinks) else None,
                (sources[index].name or sources[index].id) if index < len(sources) else None,
            )
            for index in range(rows)
        ]
        self._labels_measured = False
        self.update()

    def _measure_labels(self) -> None:
        """Give each port label its room on its row (:func:`label_rooms`)."""
        if self._labels_measured:
            return
        metrics = QFontMetricsF(_label_font())
        self._sink_labels = []
        self._source_labels = []
        for y, sink, source in self._label_pairs:
            sink_room, source_room = label_rooms(
                metrics.horizontalAdvance(sink) if sink else None,
                metrics.horizontalAdvance(source) if source else None,
            )
            if sink:
                self._sink_labels.append((y, sink, sink_room))
            if source:
                self._source_labels.append((y, source, source_room))
        self._labels_measured = True

    def label_texts(self) -> list[tuple[str, str]]:
        """(full label, text drawn) of every port label at full detail, sinks first."""
        self._measure_labels()
        metrics = QFontMetricsF(_label_font())
        return [
            (label, metrics.elidedText(label, Qt.TextElideMode.ElideRight, room))
            for _y, label, room in self._sink_labels + self._source_labels
        ]

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        margin = PORT_RADIUS + 1
        return QRectF(-margin, -1, BOX_WIDTH + 2 * margin, self._height + self._tank_room + 2)

    def set_hidden_media(self, media: set[Medium]) -> None:
        if media != self.hidden_media:
            self.hidden_media = set(media)
            self.update()

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self._scene_ref.enterprise_item_moved(self)
        return super().itemChange(change, value)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = QRectF(0, 0, BOX_WIDTH, self._height)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        border = QColor("#1f4e79") if selected else QColor("#5b6770")
        if lod < FILL_ZOOM:
            fill = QColor(self.grade_colour) if self.grade_colour else QColor("#d9e2ea")
            painter.fillRect(rect, QColor("#9fc5e8") if selected else fill)
            return
        if lod < DETAIL_ZOOM:
            self._paint_name_alone(painter, rect, selected, border, lod)
        else:
            self._paint_box(painter, rect, selected, border)
        painter.setPen(QPen(QColor("#333333"), 0))
        for x, y, medium, converter_port in self._port_marks:
            if medium in self.hidden_media:
                continue
            painter.setBrush(QBrush(_COLOURS[medium]))
            if converter_port:
                painter.drawRect(QRectF(x - PORT_RADIUS, y - PORT_RADIUS, 2 * PORT_RADIUS, 2 * PORT_RADIUS))
            else:
                painter.drawEllipse(QPointF(x, y), PORT_RADIUS, PORT_RADIUS)
        for x, y, medium in self._tank_marks:
            if medium in self.hidden_media:
                continue
            # a tank: a rounded body in the medium's colour with a lighter band for its level
            body = QRectF(x - TANK_WIDTH / 2, y - TANK_HEIGHT / 2, TANK_WIDTH, TANK_HEIGHT)
            painter.setBrush(QBrush(_COLOURS[medium].lighter(150)))
            painter.drawRoundedRect(body, 3, 3)
            painter.fillRect(body.adjusted(1, TANK_HEIGHT / 2, -1, -1), _COLOURS[medium])

    def _paint_name_alone(
        self, painter: QPainter, rect: QRectF, selected: bool, border: QColor, lod: float
    ) -> None:
        """Zoomed out: the name alone, as large as reads well, over as many lines as fit."""
        painter.setPen(QPen(border, 2.5 if selected else 1.0))
        unselected = QColor(self.grade_colour).lighter(160) if self.grade_colour else QColor("#eef3f8")
        painter.setBrush(QColor("#dbe8f4") if selected else unselected)
        painter.drawRoundedRect(rect, 6, 6)
        room = rect.adjusted(6, 4, -6, -4)
        font = QFont(painter.font())
        font.setWeight(QFont.Weight.DemiBold)
        font.setPixelSize(max(1, int(min(NAME_SCREEN_PX / lod, room.height()))))
        metrics = QFontMetricsF(font)
        if metrics.horizontalAdvance(self.name) > room.width() and room.height() < 2 * metrics.lineSpacing():
            # a long name in a low box: a slightly smaller font that gives it two lines
            two_lines = room.height() / 2 / (metrics.lineSpacing() / font.pixelSize())
            if two_lines >= NAME_SMALLEST_SCREEN_PX / lod:
                font.setPixelSize(max(1, int(two_lines)))
                metrics = QFontMetricsF(font)
        line_count = max(1, int(room.height() // metrics.lineSpacing()))
        lines = wrap_lines(self.name, metrics, room.width(), line_count)
        painter.setFont(font)
        painter.setPen(QColor("#111111"))
        height = len(lines) * metrics.lineSpacing()
        top = room.top() + (room.height() - height) / 2
        for index, line in enumerate(lines):
            painter.drawText(
                QRectF(room.left(), top + index * metrics.lineSpacing(), room.width(), metrics.lineSpacing()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                line,
            )

    def _paint_box(self, painter: QPainter, rect: QRectF, selected: bool, border: QColor) -> None:
        painter.setPen(QPen(border, 2.5 if selected else 1.0))
        painter.setBrush(QColor("#f7f9fb"))
        painter.drawRoundedRect(rect, 6, 6)
        header = QColor("#e4ecf4")
        if self.grade_colour:
            header = QColor(self.grade_colour).lighter(160)
        painter.fillRect(QRectF(1, 1, BOX_WIDTH - 2, HEADER_HEIGHT - 4), header)
        if self.grade_colour:
            painter.fillRect(QRectF(1, 1, 6, self._height - 2), QColor(self.grade_colour))
        font = QFont(painter.font())
        font.setPointSizeF(9.0)
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        painter.setPen(QColor("#111111"))
        name = metrics.elidedText(self.name, Qt.TextElideMode.ElideRight, BOX_WIDTH - 12)
        painter.drawText(
            QRectF(6, 3, BOX_WIDTH - 12, 18), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name
        )
        font.setBold(False)
        font.setPointSizeF(7.5)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        painter.setPen(QColor("#555555"))
        sector = metrics.elidedText(self.sector, Qt.TextElideMode.ElideRight, BOX_WIDTH - 12)
        painter.drawText(
            QRectF(6, 20, BOX_WIDTH - 12, 15),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            sector,
        )
        self._measure_labels()
        painter.setFont(_label_font())
        metrics = QFontMetricsF(_label_font())
        painter.setPen(QColor("#333333"))
        for y, label, room in self._sink_labels:
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, room)
            painter.drawText(
                QRectF(LABEL_INSET, y - 7, room, 14),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        for y, label, room in self._source_labels:
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, room)
            painter.drawText(
                QRectF(BOX_WIDTH - LABEL_INSET - room, y - 7, room, 14),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )


def _label_font() -> QFont:
    font = QFont()
    font.setPointSizeF(LABEL_POINT_SIZE)
    return font


def label_rooms(sink_px: float | None, source_px: float | None) -> tuple[float, float]:
    """Widths (px) given to the sink label (left) and the source label (right) of one port row.

    A label alone on its row may use the whole box between the two port
    columns; two labels share it: each gets what it needs when both fit,
    otherwise the shorter keeps what it needs (up to half) and the longer
    takes the rest, so only the longer one is shortened with an ellipsis.
    """
    inner = BOX_WIDTH - 2 * LABEL_INSET
    if sink_px is None or source_px is None:
        return inner, inner
    shared = inner - LABEL_GAP
    if sink_px + source_px <= shared:
        return sink_px + 1, source_px + 1
    half = shared / 2
    if sink_px <= half:
        return sink_px + 1, shared - sink_px - 1
    if source_px <= half:
        return shared - source_px - 1, source_px + 1
    return half, half


def wrap_lines(text: str, metrics: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """``text`` broken into at most ``max_lines`` lines of ``width`` px; the last one elided.

    Breaks at spaces; a Chinese word wider than a line (Chinese names have
    no spaces) breaks between its characters, a long word in Latin letters
    is shortened with an ellipsis.
    """
    #: (piece, whether a space comes before it)
    pieces: list[tuple[str, bool]] = []
    for word in text.split():
        if metrics.horizontalAdvance(word) <= width or not any(char >= "\u2e80" for char in word):
            # a long word in Latin letters keeps its line and ends with an ellipsis
            pieces.append((word, bool(pieces)))
        else:
            pieces.extend((char, bool(pieces) and index == 0) for index, char in enumerate(word))
    lines: list[str] = []
    current = ""
    for index, (piece, spaced) in enumerate(pieces):
        candidate = f"{current}{' ' if spaced and current else ''}{piece}"
        if not current or metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            continue
        if len(lines) == max_lines - 1:
            rest = current + "".join(f"{' ' if sp else ''}{pc}" for pc, sp in pieces[index:])
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            return lines
        lines.append(metrics.elidedText(current, Qt.TextElideMode.ElideRight, width))
        current = piece
    if current:
        lines.append(metrics.elidedText(current, Qt.TextElideMode.ElideRight, width))
    return lines


#: Pens shared by all edges of one style: (medium, dashed, width in px tenths).
_PEN_CACHE: dict[tuple[Medium, bool, int], QPen] = {}


def edge_pen(medium: Medium, dashed: bool, width_px: float) -> QPen:
    """The (cosmetic) pen of an edge; one shared QPen per style."""
    key = (medium, dashed, int(round(width_px * 10)))
    pen = _PEN_CACHE.get(key)
    if pen is None:
        pen = QPen(_COLOURS[medium], key[2] / 10.0)
        pen.setCosmetic(True)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        _PEN_CACHE[key] = pen
    return pen


class EdgeRecord:
    """A link (or, in a result overlay, an implicit candidate) drawn as a curved edge.

    Edges are not graphics items: the scene paints them all into the view's
    cached background (:meth:`ParkScene.drawBackground`), so dragging a box
    repaints a few pixels instead of thousands of edges.  Only the edges of
    the box being dragged, and the selected link, become live
    :class:`EdgeItem` s for the duration.
    """

    __slots__ = (
        "link_id",
        "source_id",
        "sink_id",
        "medium",
        "status",
        "overlay_only",
        "flow",
        "filtered_out",
        "lod_hidden",
        "width_px",
        "opacity",
        "_path",
        "ends",
        "bounds",
        "live_item",
        "_scene_ref",
        "candidate",
        "_pen",
        "line",
        "over_y",
    )

    def __init__(
        self,
        link_id: str,
        source_id: str,
        sink_id: str,
        medium: Medium,
        status: LinkStatus,
        scene_ref: ParkScene,
        overlay_only: bool = False,
    ) -> None:
        self.link_id = link_id
        self.source_id = source_id
        self.sink_id = sink_id
        self.medium = medium
        self.status = status
        self.overlay_only = overlay_only
        self.flow: float | None = None
        self.filtered_out = False
        self.lod_hidden = False
        self.width_px = 1.6
        self.opacity = 1.0
        self._path: QPainterPath | None = None
        #: (x_start, y_start, x_end, y_end): source port → sink port, scene coordinates
        self.ends: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
        #: height of the loop over the box for a link within one enterprise (None: a plain curve)
        self.over_y: float | None = None
        #: (x0, y0, x1, y1) in scene coordinates, padded for the pen
        self.bounds: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
        self.live_item: EdgeItem | LiveEdgesItem | None = None
        self._scene_ref = scene_ref
        self.candidate = status is LinkStatus.CANDIDATE
        self._pen: QPen | None = None
        #: the straight line drawn when zoomed out, built on first use
        self.line: QLineF | None = None

    @property
    def is_candidate(self) -> bool:
        return self.candidate

    @property
    def dashed(self) -> bool:
        return self.candidate and not (self.flow and self.flow > 0)

    def pen(self) -> QPen:
        if self._pen is None:
            self._pen = edge_pen(self.medium, self.dashed, self.width_px)
        return self._pen

    def path(self) -> QPainterPath:
        """The curve, built on first use (most edges of a big park are never drawn as curves)."""
        if self._path is None:
            x_start, y_start, x_end, y_end = self.ends
            path = QPainterPath(QPointF(x_start, y_start))
            over_y = self.over_y
            if over_y is not None:  # out of the right side, over the box, into the left side
                middle = QPointF((x_start + x_end) / 2, over_y)
                path.cubicTo(
                    QPointF(x_start + LOOP_REACH, y_start), QPointF(x_start + LOOP_REACH, over_y), middle
                )
                path.cubicTo(
                    QPointF(x_end - LOOP_REACH, over_y),
                    QPointF(x_end - LOOP_REACH, y_end),
                    QPointF(x_end, y_end),
                )
            else:
                reach = max(40.0, abs(x_end - x_start) * 0.5)
                path.cubicTo(
                    QPointF(x_start + reach, y_start), QPointF(x_end - reach, y_end), QPointF(x_end, y_end)
                )
            self._path = path
        return self._path

    def isVisible(self) -> bool:  # noqa: N802 - reads like Qt's
        return not self.filtered_out and not self.lod_hidden

    def toolTip(self) -> str:  # noqa: N802 - reads like Qt's
        return self._scene_ref.edge_tooltip(self)

    def bounds_rect(self) -> QRectF:
        x0, y0, x1, y1 = self.bounds
        return QRectF(x0, y0, x1 - x0, y1 - y0)

    def set_style(self, width_px: float | None, opacity: float) -> None:
        self.width_px = width_px if width_px is not None else 1.6
        self.opacity = opacity
        self._pen = None
        if self.live_item is not None:
            self.live_item.follow(self)

    def route(
        self, x_start: float, y_start: float, x_end: float, y_end: float, over_y: float | None = None
    ) -> None:
        """A cubic from the source port (right side) to the sink port (left side).

        Control points sit ``reach`` = max(40, |Δx|/2) px out horizontally; the
        curve stays inside the hull of its control points, which gives the
        bounds without building the path.  With ``over_y`` (a link between two
        streams of one enterprise) the curve loops over the box at that height
        instead of running behind it.
        """
        self.ends = (x_start, y_start, x_end, y_end)
        self.over_y = over_y
        self._path = None
        self.line = None
        pad = 2.0
        if over_y is not None:
            reach = LOOP_REACH
            self.bounds = (
                x_end - reach - pad,
                over_y - pad,
                x_start + reach + pad,
                max(y_start, y_end) + pad,
            )
        else:
            reach = max(40.0, abs(x_end - x_start) * 0.5)
            self.bounds = (
                min(x_start, x_end - reach) - pad,
                min(y_start, y_end) - pad,
                max(x_start + reach, x_end) + pad,
                max(y_start, y_end) + pad,
            )
        if self.live_item is not None:
            self.live_item.setPath(self.path())


class EdgeItem(QGraphicsPathItem):
    """A live edge: one being dragged along with its box, or the selected link."""

    def __init__(self, record: EdgeRecord, selected: bool = False) -> None:
        super().__init__()
        self.link_id = record.link_id
        self.selected_link = selected
        self.setZValue(0.5)
        self.setAcceptHoverEvents(False)
        self.follow(record)
        self.setPath(record.path())

    def type(self) -> int:  # noqa: A003 - Qt's name
        return EDGE_TYPE

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        """No antialiasing: live edges move every frame and may be long."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(self.pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())

    def follow(self, record: EdgeRecord) -> None:
        pen = QPen(record.pen())
        if pen.style() != Qt.PenStyle.SolidLine:
            # dashing a long curve every frame is the slowest thing Qt draws;
            # a moving candidate is drawn thin, solid and faint instead
            pen.setStyle(Qt.PenStyle.SolidLine)
            pen.setWidthF(1.0)
            colour = QColor(pen.color())
            colour.setAlpha(140)
            pen.setColor(colour)
        if self.selected_link:
            pen.setWidthF(pen.widthF() + 2.5)
            pen.setColor(QColor("#1f4e79"))
        self.setPen(pen)
        self.setOpacity(record.opacity)
        self.setVisible(record.isVisible())


class LiveEdgesItem(QGraphicsItem):
    """All edges of the boxes being dragged, as one item.

    One item means one index update and one dirty rectangle per drag step,
    however many edges the dragged box has.  Dashed candidates are drawn
    thin, solid and faint while they move: dashing long curves every frame
    is the slowest thing Qt draws.
    """

    def __init__(self) -> None:
        super().__init__()
        self.records: dict[str, EdgeRecord] = {}
        self._bounds = QRectF()
        self.setZValue(0.5)
        self.setAcceptHoverEvents(False)

    def type(self) -> int:  # noqa: A003 - Qt's name
        return EDGE_TYPE

    def setPath(self, _path: QPainterPath) -> None:  # noqa: N802 - called like EdgeItem.setPath
        """Paths are re-read in :meth:`refresh`, once per drag step."""

    def follow(self, _record: EdgeRecord) -> None:
        self.update()

    def refresh(self) -> None:
        """Take the records' new paths: one geometry change for all of them."""
        self.prepareGeometryChange()
        bounds = QRectF()
        for record in self.records.values():
            bounds = bounds.united(record.bounds_rect())
        self._bounds = bounds
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for record in self.records.values():
            if not record.isVisible():
                continue
            pen = record.pen()
            if pen.style() != Qt.PenStyle.SolidLine:
                pen = QPen(pen)
                pen.setStyle(Qt.PenStyle.SolidLine)
                pen.setWidthF(1.0)
                colour = QColor(pen.color())
                colour.setAlpha(140)
                pen.setColor(colour)
            painter.setPen(pen)
            painter.setOpacity(record.opacity)
            painter.drawPath(record.path())
        painter.setOpacity(1.0)
