"""Graphics items of the park canvas: enterprise boxes, stream ports, link edges.

Items only draw and report; they never write to the park (STYLE.md: the
scene follows the model).  Performance choices (MEASURED.md, 50k edges):

* edges recompute their path only when one of their ends moves
  (:meth:`EnterpriseItem.itemChange` calls :meth:`EdgeItem.update_path`);
* edges use cosmetic pens and skip antialiasing when the scene is dense;
* boxes are cached (``DeviceCoordinateCache``) and draw only a filled
  rectangle when zoomed far out (level of detail);
* ports are children of their box, so a drag moves one item tree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from parkflow.model.entities import MEDIUM_COLOUR, MEDIUM_ZH, Enterprise, LinkStatus, Medium, Stream

if TYPE_CHECKING:  # pragma: no cover
    from parkflow.ui.canvas.scene import ParkScene

BOX_WIDTH = 190.0
HEADER_HEIGHT = 40.0
PORT_PITCH = 16.0
PORT_RADIUS = 5.5
#: Below this zoom only filled boxes are drawn (no text, no ports).
DETAIL_ZOOM = 0.35

ENTERPRISE_TYPE = QGraphicsItem.UserType + 1
PORT_TYPE = QGraphicsItem.UserType + 2
EDGE_TYPE = QGraphicsItem.UserType + 3

_COLOURS: dict[Medium, QColor] = {medium: QColor(colour) for medium, colour in MEDIUM_COLOUR.items()}


def medium_colour(medium: Medium) -> QColor:
    return _COLOURS[medium]


class PortItem(QGraphicsItem):
    """One stream as a coloured dot on its enterprise's box: sinks left, sources right."""

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
        self.set_stream(stream)

    def set_stream(self, stream: Stream) -> None:
        self.is_source = stream.is_source
        self.medium = stream.medium
        self.label = stream.name or stream.id
        unit = stream.unit or ""
        direction = "source" if stream.is_source else "sink"
        self.setToolTip(
            f"{stream.id} · {stream.name}\n{direction}, {stream.medium.value} "
            f"({MEDIUM_ZH[stream.medium]}): {stream.amount:g} {unit}"
        )
        self.update()

    def type(self) -> int:  # noqa: A003 - Qt's name
        return PORT_TYPE

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        radius = PORT_RADIUS + 1
        return QRectF(-radius, -radius, 2 * radius, 2 * radius)

    def connection_point(self) -> QPointF:
        return self.scenePos()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setPen(QPen(QColor("#333333"), 0))
        painter.setBrush(QBrush(_COLOURS[self.medium]))
        if self.is_converter_port:
            painter.drawRect(QRectF(-PORT_RADIUS, -PORT_RADIUS, 2 * PORT_RADIUS, 2 * PORT_RADIUS))
        else:
            painter.drawEllipse(QPointF(0, 0), PORT_RADIUS, PORT_RADIUS)


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
        self._sink_labels: list[tuple[float, str]] = []
        self._source_labels: list[tuple[float, str]] = []
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

    def set_streams(self, streams: list[Stream], converter_ports: set[str]) -> None:
        """Rebuild the ports: sinks down the left edge, sources down the right."""
        for port in self.ports.values():
            port.setParentItem(None)
            if port.scene() is not None:
                port.scene().removeItem(port)
        self.ports = {}
        sinks = [s for s in streams if s.is_sink]
        sources = [s for s in streams if s.is_source]
        rows = max(len(sinks), len(sources), 1)
        self.prepareGeometryChange()
        self._height = HEADER_HEIGHT + rows * PORT_PITCH + 6
        self._sink_labels = []
        self._source_labels = []
        for column, group in ((0.0, sinks), (BOX_WIDTH, sources)):
            for index, stream in enumerate(group):
                port = PortItem(stream, self)
                port.is_converter_port = stream.id in converter_ports
                y = HEADER_HEIGHT + index * PORT_PITCH + PORT_PITCH / 2
                port.setPos(column, y)
                self.ports[stream.id] = port
                label = stream.name or stream.id
                (self._sink_labels if column == 0.0 else self._source_labels).append((y, label))
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return QRectF(-1, -1, BOX_WIDTH + 2, self._height + 2)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self._scene_ref.enterprise_item_moved(self)
        return super().itemChange(change, value)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = QRectF(0, 0, BOX_WIDTH, self._height)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        border = QColor("#1f4e79") if selected else QColor("#5b6770")
        if lod < DETAIL_ZOOM:
            painter.fillRect(rect, QColor("#9fc5e8") if selected else QColor("#d9e2ea"))
            return
        painter.setPen(QPen(border, 2.5 if selected else 1.0))
        painter.setBrush(QColor("#f7f9fb"))
        painter.drawRoundedRect(rect, 6, 6)
        painter.fillRect(QRectF(1, 1, BOX_WIDTH - 2, HEADER_HEIGHT - 4), QColor("#e4ecf4"))
        font = QFont(painter.font())
        font.setPointSizeF(9.0)
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        painter.setPen(QColor("#111111"))
        name = metrics.elidedText(self.name, Qt.TextElideMode.ElideRight, BOX_WIDTH - 12)
        painter.drawText(QRectF(6, 3, BOX_WIDTH - 12, 18), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        font.setBold(False)
        font.setPointSizeF(7.5)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        painter.setPen(QColor("#555555"))
        sector = metrics.elidedText(self.sector, Qt.TextElideMode.ElideRight, BOX_WIDTH - 12)
        painter.drawText(QRectF(6, 20, BOX_WIDTH - 12, 15), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, sector)
        if lod < 0.6:
            return
        painter.setPen(QColor("#333333"))
        half = BOX_WIDTH / 2 - 12
        for y, label in self._sink_labels:
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, half)
            painter.drawText(QRectF(9, y - 7, half, 14), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        for y, label in self._source_labels:
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, half)
            painter.drawText(QRectF(BOX_WIDTH / 2 + 3, y - 7, half, 14), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)


class EdgeItem(QGraphicsPathItem):
    """A link (or, in a result overlay, an implicit candidate) as a curved edge."""

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
        super().__init__()
        self.link_id = link_id
        self.source_id = source_id
        self.sink_id = sink_id
        self.medium = medium
        self.status = status
        self.overlay_only = overlay_only
        self.flow: float | None = None
        self.filtered_out = False
        self.lod_hidden = False
        self._scene_ref = scene_ref
        self.setZValue(0)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, not overlay_only)
        self.setAcceptHoverEvents(False)
        self.apply_style(None, 1.0)

    def type(self) -> int:  # noqa: A003 - Qt's name
        return EDGE_TYPE

    @property
    def is_candidate(self) -> bool:
        return self.status is LinkStatus.CANDIDATE

    def apply_style(self, width_px: float | None, opacity: float) -> None:
        colour = QColor(_COLOURS[self.medium])
        pen = QPen(colour, width_px if width_px is not None else 1.6)
        pen.setCosmetic(True)
        if self.is_candidate and not (self.flow and self.flow > 0):
            pen.setStyle(Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.setPen(pen)
        self.setOpacity(opacity)

    def update_path(self, start: QPointF, end: QPointF) -> None:
        """A cubic from the source port (right side) to the sink port (left side)."""
        path = QPainterPath(start)
        reach = max(40.0, abs(end.x() - start.x()) * 0.5)
        path.cubicTo(QPointF(start.x() + reach, start.y()), QPointF(end.x() - reach, end.y()), end)
        self.setPath(path)

    def refresh_visibility(self) -> None:
        self.setVisible(not self.filtered_out and not self.lod_hidden)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._scene_ref.dense:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if option.state & QStyle.StateFlag.State_Selected:
            pen = QPen(self.pen())
            pen.setWidthF(pen.widthF() + 2.5)
            pen.setColor(QColor("#1f4e79"))
            painter.setPen(pen)
            painter.drawPath(self.path())
            return
        painter.setPen(self.pen())
        painter.drawPath(self.path())
