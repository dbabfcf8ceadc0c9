"""The park scene: follows the Document, builds and updates the items.

Like orange-canvas-core's ``canvas/scene.py``, :meth:`ParkScene.set_document`
connects the document's signals, builds items for what exists and keeps an
item-for-entity map; ``_on_*`` handlers apply each change.  User gestures
(moving boxes, drawing a link from a source port to a sink port) become
commands pushed on the document's undo stack; the scene redraws only when
the document says so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QToolTip,
)

from parkflow.model.compat import link_refusal
from parkflow.model.entities import Link, LinkStatus, Medium
from parkflow.ui import commands
from parkflow.ui.canvas.items import EdgeItem, EnterpriseItem, PortItem
from parkflow.ui.canvas.layout import auto_layout, pixels_per_km
from parkflow.ui.document import Document, EditRefused

#: With more links than this, edges are drawn without antialiasing and
#: candidate links without flow are hidden when zoomed out.
DENSE_EDGES = 1500
#: Zoom below which unused candidate links of a dense park are hidden.
CANDIDATE_LOD_ZOOM = 0.45



class ParkScene(QGraphicsScene):
    """The drawn park.  Emits ``status_message`` for the status bar."""

    status_message = Signal(str)
    #: kind, id — a click on a port (stream) or an item that should show in the inspector
    entity_clicked = Signal(str, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self.enterprise_items: dict[str, EnterpriseItem] = {}
        self.port_items: dict[str, PortItem] = {}
        self.edge_items: dict[str, EdgeItem] = {}
        self._edges_of_stream: dict[str, set[str]] = {}
        self.scale_px_per_km = 300.0
        self._layout_km: dict[str, tuple[float, float]] = {}
        self.dense = False
        self._zoom = 1.0
        self._medium_filter: set[Medium] | None = None
        self._overlay: Any = None
        self._link_drag: tuple[PortItem, QGraphicsPathItem] | None = None
        self._press_positions: dict[str, QPointF] = {}
        self._pressed_port: PortItem | None = None
        self._flows: dict[str, float] = {}
        self._max_flow = 0.0
        self.last_refusal = ""
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)

    # -- document wiring -----------------------------------------------------------
    def set_document(self, document: Document) -> None:
        if self.document is not None:
            self.document.disconnect(self)
        self.document = document
        document.park_reset.connect(self.rebuild)
        document.enterprise_added.connect(self._on_enterprise_added)
        document.enterprise_removed.connect(self._on_enterprise_removed)
        document.enterprise_changed.connect(self._on_enterprise_changed)
        document.stream_added.connect(self._on_stream_changed)
        document.stream_removed.connect(self._on_stream_removed)
        document.stream_changed.connect(self._on_stream_changed)
        document.link_added.connect(self._on_link_added)
        document.link_removed.connect(self._on_link_removed)
        document.link_changed.connect(self._on_link_changed)
        document.converter_added.connect(self._on_converter_changed)
        document.converter_removed.connect(self._on_converter_changed)
        document.converter_changed.connect(self._on_converter_changed)
        document.result_changed.connect(self._on_result_changed)
        self.rebuild()

    @property
    def park(self) -> Any:
        assert self.document is not None
        return self.document.park

    # -- coordinates -------------------------------------------------------------------
    def km_to_scene(self, x_km: float, y_km: float) -> QPointF:
        """Map km (east, north) to scene pixels (y grows downwards)."""
        return QPointF(x_km * self.scale_px_per_km, -y_km * self.scale_px_per_km)

    def scene_to_km(self, point: QPointF) -> tuple[float, float]:
        """Scene pixels to km, rounded to 1 m."""
        return (
            round(point.x() / self.scale_px_per_km, 3),
            round(-point.y() / self.scale_px_per_km, 3),
        )

    def _position_km(self, enterprise_id: str) -> tuple[float, float]:
        enterprise = self.park.enterprises[enterprise_id]
        if enterprise.x_km is not None and enterprise.y_km is not None:
            return (enterprise.x_km, enterprise.y_km)
        if enterprise_id not in self._layout_km:
            self._layout_km.update(auto_layout(self.park, [enterprise_id]))
        return self._layout_km[enterprise_id]

    # -- building ---------------------------------------------------------------------
    def rebuild(self) -> None:
        """Drop every item and draw the document's park afresh."""
        self._link_drag = None
        self.clear()
        self.enterprise_items = {}
        self.port_items = {}
        self.edge_items = {}
        self._edges_of_stream = {}
        park = self.park
        self._layout_km = auto_layout(park)
        points = [self._position_km(eid) for eid in park.enterprises]
        self.scale_px_per_km = pixels_per_km(points)
        self.dense = len(park.links) > DENSE_EDGES
        converter_ports = self._converter_ports()
        streams_by_enterprise: dict[str, list[Any]] = {}
        for stream in park.streams.values():
            streams_by_enterprise.setdefault(stream.enterprise, []).append(stream)
        for enterprise in park.enterprises.values():
            item = self._make_enterprise(enterprise.id)
            item.set_streams(streams_by_enterprise.get(enterprise.id, []), converter_ports)
            self.port_items.update(item.ports)
        for link in park.links.values():
            self._make_edge(link)
        self._on_result_changed()
        self._apply_lod()
        self.update_scene_rect()

    def update_scene_rect(self) -> None:
        bounds = self.itemsBoundingRect()
        margin = max(400.0, 0.2 * max(bounds.width(), bounds.height()))
        self.setSceneRect(bounds.adjusted(-margin, -margin, margin, margin))

    def _converter_ports(self) -> set[str]:
        ports: set[str] = set()
        for converter in self.park.converters.values():
            ports.add(converter.input)
            ports.add(converter.output)
        return ports

    def _make_enterprise(self, enterprise_id: str) -> EnterpriseItem:
        item = EnterpriseItem(self.park.enterprises[enterprise_id], self)
        self.enterprise_items[enterprise_id] = item
        item.setPos(self.km_to_scene(*self._position_km(enterprise_id)))
        self.addItem(item)
        return item

    def _make_edge(self, link: Link, overlay_only: bool = False) -> EdgeItem | None:
        source = self.park.streams.get(link.source)
        if source is None or link.source not in self.port_items or link.sink not in self.port_items:
            return None
        edge = EdgeItem(link.id, link.source, link.sink, source.medium, link.status, self, overlay_only)
        self.edge_items[link.id] = edge
        self._edges_of_stream.setdefault(link.source, set()).add(link.id)
        self._edges_of_stream.setdefault(link.sink, set()).add(link.id)
        self._route(edge)
        edge.filtered_out = self._medium_filter is not None and edge.medium not in self._medium_filter
        edge.refresh_visibility()
        self._tooltip(edge)
        self.addItem(edge)
        return edge

    def _drop_edge(self, link_id: str) -> None:
        edge = self.edge_items.pop(link_id, None)
        if edge is None:
            return
        for stream_id in (edge.source_id, edge.sink_id):
            self._edges_of_stream.get(stream_id, set()).discard(link_id)
        self.removeItem(edge)

    def _route(self, edge: EdgeItem) -> None:
        edge.update_path(
            self.port_items[edge.source_id].scenePos(), self.port_items[edge.sink_id].scenePos()
        )

    # -- item callbacks -----------------------------------------------------------------
    def enterprise_item_moved(self, item: EnterpriseItem) -> None:
        """Re-route only the edges touching the moved box."""
        for stream_id in item.ports:
            for link_id in self._edges_of_stream.get(stream_id, ()):
                edge = self.edge_items.get(link_id)
                if edge is not None:
                    self._route(edge)

    # -- document change handlers ------------------------------------------------------
    def _on_enterprise_added(self, enterprise_id: str) -> None:
        item = self._make_enterprise(enterprise_id)
        item.set_streams(self.park.streams_of(enterprise_id), self._converter_ports())

    def _on_enterprise_removed(self, enterprise_id: str) -> None:
        item = self.enterprise_items.pop(enterprise_id, None)
        self._layout_km.pop(enterprise_id, None)
        if item is not None:
            for stream_id in item.ports:
                self.port_items.pop(stream_id, None)
            self.removeItem(item)

    def _on_enterprise_changed(self, enterprise_id: str) -> None:
        item = self.enterprise_items.get(enterprise_id)
        if item is None:
            return
        item.set_enterprise(self.park.enterprises[enterprise_id])
        target = self.km_to_scene(*self._position_km(enterprise_id))
        if (target - item.pos()).manhattanLength() > 0.5:
            item.setPos(target)

    def _refresh_ports(self, enterprise_id: str) -> None:
        item = self.enterprise_items.get(enterprise_id)
        if item is None:
            return
        for stream_id in item.ports:
            self.port_items.pop(stream_id, None)
        item.set_streams(self.park.streams_of(enterprise_id), self._converter_ports())
        self.port_items.update(item.ports)
        for port in item.ports.values():
            port.setVisible(self._medium_filter is None or port.medium in self._medium_filter)
        self.enterprise_item_moved(item)

    def _on_stream_changed(self, stream_id: str) -> None:
        stream = self.park.streams[stream_id]
        # a stream may have moved to another enterprise
        for enterprise_id, item in self.enterprise_items.items():
            if stream_id in item.ports and enterprise_id != stream.enterprise:
                self._refresh_ports(enterprise_id)
        self._refresh_ports(stream.enterprise)
        for link_id in self._edges_of_stream.get(stream_id, set()):
            edge = self.edge_items.get(link_id)
            if edge is not None and link_id in self.park.links:
                edge.medium = self.park.streams[self.park.links[link_id].source].medium
                edge.apply_style(None, 1.0)
        self._on_result_changed()

    def _on_stream_removed(self, stream_id: str) -> None:
        for enterprise_id, item in list(self.enterprise_items.items()):
            if stream_id in item.ports:
                self._refresh_ports(enterprise_id)
        self.port_items.pop(stream_id, None)

    def _on_converter_changed(self, _converter_id: str) -> None:
        ports = self._converter_ports()
        for port in self.port_items.values():
            if port.is_converter_port != (port.stream_id in ports):
                port.is_converter_port = port.stream_id in ports
                port.update()

    def _on_link_added(self, link_id: str) -> None:
        self._drop_edge(link_id)
        edge = self._make_edge(self.park.links[link_id])
        if edge is not None:
            self._style_edge(edge)
            self._apply_lod_to(edge)

    def _on_link_removed(self, link_id: str) -> None:
        self._drop_edge(link_id)

    def _on_link_changed(self, link_id: str) -> None:
        self._on_link_added(link_id)

    # -- result overlay --------------------------------------------------------------------
    def _on_result_changed(self) -> None:
        self.set_overlay(self.document.result if self.document is not None else None)

    def set_overlay(self, result: Any) -> None:
        """Show a result: edge width by flow, unused candidates dimmed, utilisation tooltips.

        ``result`` is an OptimizationResult (``to_state()`` gives the flows)
        or None to clear.  Flows on implicit candidates (parks without a links
        sheet) get temporary overlay edges.
        """
        for link_id in [k for k, edge in self.edge_items.items() if edge.overlay_only]:
            self._drop_edge(link_id)
        self._overlay = result
        flows: dict[str, Any] = {}
        if result is not None:
            try:
                flows = dict(result.to_state().link_flows)
            except Exception:  # a result of an unexpected shape must not break the canvas
                flows = {}
        park = self.park
        for link_id, link_flow in flows.items():
            if link_id not in park.links and link_flow.amount > 1e-9:
                self._make_edge(
                    Link(link_id, link_flow.source, link_flow.sink, LinkStatus.CANDIDATE), overlay_only=True
                )
        self._flows = {link_id: float(lf.amount) for link_id, lf in flows.items()}
        self._max_flow = max(self._flows.values(), default=0.0)
        for edge in self.edge_items.values():
            self._style_edge(edge)
        self._apply_lod()

    def _style_edge(self, edge: EdgeItem) -> None:
        flows: dict[str, float] = getattr(self, "_flows", {})
        if self._overlay is None:
            edge.flow = None
            edge.apply_style(None, 1.0)
        else:
            flow = flows.get(edge.link_id, 0.0)
            edge.flow = flow
            max_flow = getattr(self, "_max_flow", 0.0) or 1.0
            if flow > 1e-9:
                edge.apply_style(1.5 + 8.5 * (flow / max_flow) ** 0.5, 1.0)
            else:
                edge.apply_style(1.0, 0.25 if edge.is_candidate else 0.6)
        self._tooltip(edge)

    def _tooltip(self, edge: EdgeItem) -> None:
        link = self.park.links.get(edge.link_id)
        status = QCoreApplication.translate("ParkScene", "candidate") if edge.is_candidate else QCoreApplication.translate("ParkScene", "existing")
        lines = [f"{edge.link_id}: {edge.source_id} → {edge.sink_id}", f"{edge.medium.value}, {status}"]
        if link is not None and link.capacity:
            lines.append(QCoreApplication.translate("ParkScene", "capacity {value:g}").format(value=link.capacity))
        if edge.flow is not None:
            lines.append(QCoreApplication.translate("ParkScene", "optimized flow {value:.4g}").format(value=edge.flow))
            if link is not None and link.capacity:
                lines.append(QCoreApplication.translate("ParkScene", "utilisation {value:.0%}").format(value=edge.flow / link.capacity))
            elif edge.flow <= 1e-9:
                lines.append(QCoreApplication.translate("ParkScene", "unused"))
        edge.setToolTip("\n".join(lines))

    # -- level of detail and filters ---------------------------------------------------------
    def set_zoom(self, zoom: float) -> None:
        """Called by the view when its scale changes."""
        before = self._zoom < CANDIDATE_LOD_ZOOM
        self._zoom = zoom
        if before != (zoom < CANDIDATE_LOD_ZOOM):
            self._apply_lod()

    def _apply_lod(self) -> None:
        for edge in self.edge_items.values():
            self._apply_lod_to(edge)

    def _apply_lod_to(self, edge: EdgeItem) -> None:
        hide = (
            self.dense
            and self._zoom < CANDIDATE_LOD_ZOOM
            and edge.is_candidate
            and not (edge.flow and edge.flow > 1e-9)
        )
        if hide != edge.lod_hidden or edge.isVisible() == (edge.filtered_out or hide):
            edge.lod_hidden = hide
            edge.refresh_visibility()

    def set_medium_filter(self, media: set[Medium] | None) -> None:
        """Show only ports and links of ``media`` (None: everything)."""
        self._medium_filter = None if media is None else set(media)
        for port in self.port_items.values():
            port.setVisible(media is None or port.medium in media)
        for edge in self.edge_items.values():
            edge.filtered_out = media is not None and edge.medium not in media
            edge.refresh_visibility()

    # -- selection and find ----------------------------------------------------------------------
    def selected_entities(self) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        for item in self.selectedItems():
            if isinstance(item, EnterpriseItem):
                found.append(("enterprises", item.enterprise_id))
            elif isinstance(item, EdgeItem) and not item.overlay_only:
                found.append(("links", item.link_id))
        return found

    def select_entity(self, kind: str, entity_id: str) -> QGraphicsItem | None:
        """Select the item showing (kind, id) and return it (for centring)."""
        item: QGraphicsItem | None = None
        if kind == "enterprises":
            item = self.enterprise_items.get(entity_id)
        elif kind == "links":
            item = self.edge_items.get(entity_id)
        elif kind == "streams":
            stream = self.park.streams.get(entity_id)
            item = self.enterprise_items.get(stream.enterprise) if stream else None
        elif kind == "converters":
            converter = self.park.converters.get(entity_id)
            item = self.enterprise_items.get(converter.enterprise) if converter else None
        self.clearSelection()
        if item is not None:
            item.setSelected(True)
        return item

    def find(self, text: str) -> list[tuple[str, str]]:
        """Enterprises and streams whose id, name or sector contain ``text`` (any case)."""
        needle = text.strip().lower()
        if not needle:
            return []
        park = self.park
        hits = [
            ("enterprises", e.id)
            for e in park.enterprises.values()
            if needle in e.id.lower() or needle in e.name.lower() or needle in e.sector.lower()
        ]
        hits += [
            ("streams", s.id)
            for s in park.streams.values()
            if needle in s.id.lower() or needle in s.name.lower()
        ]
        return hits

    # -- mouse: moves and new links --------------------------------------------------------------
    def _port_at(self, position: QPointF) -> PortItem | None:
        for item in self.items(position, Qt.ItemSelectionMode.IntersectsItemShape, Qt.SortOrder.DescendingOrder, QTransform()):
            if isinstance(item, PortItem) and item.isVisible():
                return item
        return None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            port = self._port_at(event.scenePos())
            if port is not None:
                self._pressed_port = port
                line = QGraphicsPathItem()
                pen = QPen(QColor("#444444"), 1.5, Qt.PenStyle.DashLine)
                pen.setCosmetic(True)
                line.setPen(pen)
                line.setZValue(10)
                self.addItem(line)
                self._link_drag = (port, line)
                event.accept()
                return
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_positions = {
                item.enterprise_id: item.pos()
                for item in self.selectedItems()
                if isinstance(item, EnterpriseItem)
            }

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._link_drag is not None:
            port, line = self._link_drag
            start = port.scenePos()
            end = event.scenePos()
            path = QPainterPath(start)
            path.lineTo(end)
            line.setPath(path)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._link_drag is not None and event.button() == Qt.MouseButton.LeftButton:
            port, line = self._link_drag
            self._link_drag = None
            self.removeItem(line)
            target = self._port_at(event.scenePos())
            if target is port or target is None:
                if target is port:
                    self.entity_clicked.emit("streams", port.stream_id)
            else:
                self._finish_link(port, target, event)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self._press_positions:
            self._push_moves()

    def _push_moves(self) -> None:
        assert self.document is not None
        moves: dict[str, Any] = {}
        for enterprise_id, start in self._press_positions.items():
            item = self.enterprise_items.get(enterprise_id)
            enterprise = self.park.enterprises.get(enterprise_id)
            if item is None or enterprise is None or (item.pos() - start).manhattanLength() < 0.5:
                continue
            moves[enterprise_id] = ((enterprise.x_km, enterprise.y_km), self.scene_to_km(item.pos()))
        self._press_positions = {}
        command = commands.move_command(self.document, moves)
        if command is not None:
            self.document.undo_stack.push(command)
            self.update_scene_rect()

    def _finish_link(self, first: PortItem, second: PortItem, event: QGraphicsSceneMouseEvent) -> None:
        """Create a link source → sink through a command, or say why not."""
        assert self.document is not None
        park = self.park
        source_port, sink_port = (first, second) if first.is_source else (second, first)
        source = park.streams[source_port.stream_id]
        sink = park.streams[sink_port.stream_id]
        reason = link_refusal(park, source, sink)
        if reason is None:
            existing = [lk.id for lk in park.links.values() if lk.source == source.id and lk.sink == sink.id]
            if existing:
                reason = QCoreApplication.translate("ParkScene", "link {id} already joins these streams").format(id=existing[0])
        if reason is None:
            link = Link(self.document.new_id("links"), source.id, sink.id, LinkStatus.CANDIDATE)
            try:
                self.document.undo_stack.push(commands.add_command(self.document, "links", link))
            except EditRefused as exc:
                reason = str(exc)
            else:
                self.status_message.emit(QCoreApplication.translate("ParkScene", "Added link {id}: {source} → {sink}").format(
                    id=link.id, source=source.id, sink=sink.id))
                return
        message = QCoreApplication.translate("ParkScene", "Link refused: {reason}").format(reason=reason)
        self.last_refusal = message
        self.status_message.emit(message)
        QToolTip.showText(event.screenPos(), message)


def entity_rect(scene: ParkScene, kind: str, entity_id: str) -> QRectF | None:
    """Scene rectangle of the item showing (kind, id), for centring the view."""
    item = scene.select_entity(kind, entity_id)
    return item.sceneBoundingRect() if item is not None else None


__all__ = ["ParkScene", "entity_rect"]
