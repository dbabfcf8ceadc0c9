"""Canvas gestures as small objects with start, move, finish and cancel.

Like orange-canvas-core's ``document/interactions.py`` (``NewLinkAction``),
a gesture keeps its own state and ends in one undo command, so the scene
only routes mouse events to the gesture under way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QToolTip

from parkflow.model.compat import link_refusal
from parkflow.model.entities import Link, LinkStatus
from parkflow.ui import undo
from parkflow.ui.document import EditRefused

if TYPE_CHECKING:
    from parkflow.ui.canvas.items import PortItem
    from parkflow.ui.canvas.scene import ParkScene


class NewLinkAction:
    """Draw a link: press on a stream's port, drag a dashed line, release on another port.

    Releasing on a port of the other direction adds a candidate link
    source → sink through an undo command, or says in the status bar (and a
    tooltip) why the two streams cannot be linked; releasing on the first
    port again is a click on that stream; releasing anywhere else draws
    nothing.
    """

    def __init__(self, scene: ParkScene, port: PortItem) -> None:
        self.scene = scene
        self.port = port
        self.line = QGraphicsPathItem()
        pen = QPen(QColor("#444444"), 1.5, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.line.setPen(pen)
        self.line.setZValue(10)
        scene.addItem(self.line)

    def move(self, point: QPointF) -> None:
        """Draw the dashed line from the port to ``point`` (scene px)."""
        path = QPainterPath(self.port.scenePos())
        path.lineTo(point)
        self.line.setPath(path)

    def cancel(self) -> None:
        """Stop without a link: the dashed line goes."""
        self.scene.removeItem(self.line)

    def finish(self, point: QPointF, screen_point: QPoint) -> None:
        """The button was released at ``point`` (scene px; ``screen_point`` for the refusal's tooltip)."""
        self.cancel()
        target = self.scene.port_at(point)
        if target is self.port:
            self.scene.entity_clicked.emit(
                "storages" if self.port.is_storage else "streams", self.port.stream_id
            )
        elif target is not None:
            self._link(self.port, target, screen_point)

    def _link(self, first: PortItem, second: PortItem, screen_point: QPoint) -> None:
        """Create a link source → sink through a command, or say why not."""
        scene = self.scene
        document = scene.document
        assert document is not None
        park = document.park
        if first.is_storage or second.is_storage:
            self._storage_link(first, second, screen_point)
            return
        source_port, sink_port = (first, second) if first.is_source else (second, first)
        source = park.streams[source_port.stream_id]
        sink = park.streams[sink_port.stream_id]
        reason = link_refusal(park, source, sink)
        if reason is None:
            existing = [lk.id for lk in park.links.values() if lk.source == source.id and lk.sink == sink.id]
            if existing:
                reason = QCoreApplication.translate(
                    "ParkScene", "link {id} already joins these streams"
                ).format(id=existing[0])
        if reason is None:
            link = Link(document.new_id("links"), source.id, sink.id, LinkStatus.CANDIDATE)
            try:
                document.undo_stack.push(undo.add_command(document, "links", link))
            except EditRefused as exc:
                reason = str(exc)
            else:
                scene.status_message.emit(
                    QCoreApplication.translate("ParkScene", "Added link {id}: {source} → {sink}").format(
                        id=link.id, source=source.id, sink=sink.id
                    )
                )
                return
        self._refuse(reason, screen_point)

    def _storage_link(self, first: PortItem, second: PortItem, screen_point: QPoint) -> None:
        """A drag between a tank and a stream: a source charges the storage, the storage serves a sink."""
        scene = self.scene
        document = scene.document
        assert document is not None
        tank, other = (first, second) if first.is_storage else (second, first)
        stream = document.park.streams.get(other.stream_id)
        if other.is_storage or stream is None:
            reason = QCoreApplication.translate(
                "ParkScene", "a link joins a storage to a stream, not to another storage"
            )
        else:
            source, sink = (stream.id, tank.stream_id) if stream.is_source else (tank.stream_id, stream.id)
            link = Link(document.new_id("links"), source, sink, LinkStatus.CANDIDATE)
            try:
                document.undo_stack.push(undo.add_command(document, "links", link))
            except EditRefused as exc:
                reason = str(exc)
            else:
                scene.status_message.emit(
                    QCoreApplication.translate("ParkScene", "Added link {id}: {source} → {sink}").format(
                        id=link.id, source=source, sink=sink
                    )
                )
                return
        self._refuse(reason, screen_point)

    def _refuse(self, reason: str, screen_point: QPoint) -> None:
        """Say in the status bar and a tooltip why no link was drawn."""
        message = QCoreApplication.translate("ParkScene", "Link refused: {reason}").format(reason=reason)
        self.scene.last_refusal = message
        self.scene.status_message.emit(message)
        QToolTip.showText(screen_point, message)
