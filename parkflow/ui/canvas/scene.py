"""The park scene: follows the Document, builds and updates the items.

Like orange-canvas-core's ``canvas/scene.py``, :meth:`ParkScene.set_document`
connects the document's signals, builds items for what exists and keeps an
item-for-entity map; ``_on_*`` handlers apply each change.  User gestures
(moving boxes, drawing a link from a source port to a sink port) become
commands pushed on the document's undo stack; drawing a link is a
:class:`~parkflow.ui.canvas.interactions.NewLinkAction` that the scene
hands the mouse to.  The scene redraws only when the document says so.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPathStroker, QPen, QPixmap, QTransform
from PySide6.QtWidgets import (
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QToolTip,
)

from parkflow.model.entities import Link, LinkStatus, Medium, Park
from parkflow.ui import undo
from parkflow.ui.canvas.interactions import NewLinkAction
from parkflow.ui.canvas.items import (
    BOX_WIDTH,
    EdgeItem,
    EdgeRecord,
    EnterpriseItem,
    LiveEdgesItem,
    PortItem,
    edge_pen,
)
from parkflow.ui.canvas.layout import auto_layout, pixels_per_km
from parkflow.ui.document import Document

if TYPE_CHECKING:
    from parkflow.optimize import OptimizationResult

#: With more links than this, edges are drawn without antialiasing and
#: candidate links without flow are hidden when zoomed out.
DENSE_EDGES = 1500
#: Zoom below which unused candidate links of a dense park are hidden.
CANDIDATE_LOD_ZOOM = 0.45
#: Zoom below which edges are drawn as straight lines (curves are not visible).
CURVE_ZOOM = 0.3


class ParkScene(QGraphicsScene):
    """The drawn park.  Emits ``status_message`` for the status bar."""

    status_message = Signal(str)
    #: kind, id — a click on a port (stream) or an item that should show in the inspector
    entity_clicked = Signal(str, str)
    #: the selected link changed (links are not graphics items)
    links_selection_changed = Signal()
    #: what is filtered out changed (media, candidate or unused links)
    filters_changed = Signal()
    #: a result overlay was applied or cleared (the legend shows flow widths then)
    overlay_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self.enterprise_items: dict[str, EnterpriseItem] = {}
        self.port_items: dict[str, PortItem] = {}
        #: link id → its edge (painted in the background; see EdgeRecord)
        self.edge_items: dict[str, EdgeRecord] = {}
        self._order: list[EdgeRecord] | None = None
        self._dragging = False
        self.selected_link: str | None = None
        self._edges_of_stream: dict[str, set[str]] = {}
        self.scale_px_per_km = 300.0
        self._layout_km: dict[str, tuple[float, float]] = {}
        self.dense = False
        self._zoom = 1.0
        self._medium_filter: set[Medium] | None = None
        self.hide_candidates = False
        self.hide_unused = False
        self._overlay: OptimizationResult | None = None
        #: the link being drawn, from mouse press on a port to release
        self._new_link: NewLinkAction | None = None
        self._press_positions: dict[str, QPointF] = {}
        self._flows: dict[str, float] = {}
        #: which period's flows the overlay draws ("" without periods), for the legend
        self.overlay_caption = ""
        self._live_layer = LiveEdgesItem()
        self._max_flow_by_medium: dict[Medium, float] = {}
        self.last_refusal = ""
        #: the site plan drawn under everything, and where (scene rect)
        self._plan_pixmap: QPixmap | None = None
        self._plan_rect = QRectF()
        #: while set, a left click on the canvas gives its scene point here (site-plan calibration)
        self.point_picker: Callable[[QPointF], None] | None = None
        # BSP index: measured faster than NoIndex for dragging a box with
        # dozens of live edges on a 1,000-enterprise park (benchmarks/bench_gui.py)
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
        document.storage_added.connect(self._on_storage_changed)
        document.storage_removed.connect(self._on_storage_changed)
        document.storage_changed.connect(self._on_storage_changed)
        document.result_changed.connect(self._on_result_changed)
        document.site_plan_changed.connect(self._on_site_plan_changed)
        self.rebuild()

    @property
    def park(self) -> Park:
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
        """Drop every item and draw the document's park afresh.

        The cyclic garbage collector is paused meanwhile: building 50,000
        edge records otherwise triggers full collections over the whole park
        (measured: most of the build time on a 1,000-enterprise park).
        """
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._rebuild()
        finally:
            if collecting:
                gc.enable()

    def _rebuild(self) -> None:
        self._link_drag = None
        self.clear()
        self.enterprise_items = {}
        self.port_items = {}
        self.edge_items = {}
        self._order = None
        self.selected_link = None
        self._live_layer = LiveEdgesItem()
        self.addItem(self._live_layer)
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
        storages_by_enterprise: dict[str, list[Any]] = {}
        for storage in park.storages.values():
            storages_by_enterprise.setdefault(storage.enterprise, []).append(storage)
        for enterprise in park.enterprises.values():
            item = self._make_enterprise(enterprise.id)
            item.set_streams(
                streams_by_enterprise.get(enterprise.id, []),
                converter_ports,
                storages_by_enterprise.get(enterprise.id, []),
            )
            self.port_items.update(item.ports)
        self._make_edges(list(park.links.values()))
        self._on_result_changed()
        self._load_site_plan()
        self.update_scene_rect()
        self.invalidate_edges()

    # -- site plan -----------------------------------------------------------------------
    def _load_site_plan(self) -> None:
        """Decode the park's site plan and place it: pixel (u, v) at km (x0 + u·k, y0 − v·k)."""
        plan = self.park.site_plan
        self._plan_pixmap = None
        self._plan_rect = QRectF()
        if plan is None:
            return
        pixmap = QPixmap()
        if not pixmap.loadFromData(plan.image):
            self.status_message.emit(self.tr("The site plan image cannot be read"))
            return
        self._plan_pixmap = pixmap
        top_left = self.km_to_scene(plan.x0_km, plan.y0_km)
        size = plan.km_per_px * self.scale_px_per_km
        self._plan_rect = QRectF(top_left.x(), top_left.y(), pixmap.width() * size, pixmap.height() * size)

    def _on_site_plan_changed(self) -> None:
        self._load_site_plan()
        self.update_scene_rect()
        self.invalidate_edges()

    def site_plan_pixel(self, point: QPointF) -> tuple[float, float] | None:
        """The site-plan image pixel under a scene point (None without a plan)."""
        plan = self.park.site_plan
        if plan is None:
            return None
        return plan.to_px(point.x() / self.scale_px_per_km, -point.y() / self.scale_px_per_km)

    def content_rect(self) -> QRectF:
        """Boxes, the curves of every visible edge (edges are not items) and the site plan."""
        bounds = self.itemsBoundingRect()
        if not self._plan_rect.isEmpty():
            bounds = bounds.united(self._plan_rect) if not bounds.isEmpty() else QRectF(self._plan_rect)
        visible = [edge for edge in self.edge_items.values() if edge.isVisible()]
        if len(visible) <= 5000:
            # true curve extents (the control-point hull overshoots a lot)
            for edge in visible:
                bounds = bounds.united(edge.path().boundingRect())
            return bounds
        edges = [edge.bounds for edge in visible]
        if edges:
            edge_rect = QRectF(min(b[0] for b in edges), min(b[1] for b in edges), 0.0, 0.0)
            edge_rect.setRight(max(b[2] for b in edges))
            edge_rect.setBottom(max(b[3] for b in edges))
            bounds = bounds.united(edge_rect) if not bounds.isEmpty() else edge_rect
        return bounds

    def update_scene_rect(self) -> None:
        bounds = self.content_rect()
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

    def _make_edges(self, links: list[Link]) -> None:
        """Edges for many links at once (opening a park): port positions looked up once."""
        ends: dict[str, tuple[float, float]] = {}
        for item in self.enterprise_items.values():
            x, y = item.x(), item.y()
            for stream_id, port in item.ports.items():
                ends[stream_id] = (x + port.x(), y + port.y())
        streams = self.park.streams
        hidden = self._hidden_media()
        by_status = self.hide_candidates or (self.hide_unused and self._overlay is not None)
        edges_of_stream = self._edges_of_stream
        for link in links:
            source = streams.get(link.source) or self.park.storages.get(link.source)
            start = ends.get(link.source)
            end = ends.get(link.sink)
            if source is None or start is None or end is None:
                continue
            edge = EdgeRecord(link.id, link.source, link.sink, source.medium, link.status, self)
            self.edge_items[link.id] = edge
            edges_of_stream.setdefault(link.source, set()).add(link.id)
            edges_of_stream.setdefault(link.sink, set()).add(link.id)
            edge.route(start[0], start[1], end[0], end[1])
            edge.filtered_out = edge.medium in hidden or (by_status and self._filtered_by_status(edge))

    def _make_edge(self, link: Link, overlay_only: bool = False) -> EdgeRecord | None:
        source = self.park.streams.get(link.source) or self.park.storages.get(link.source)
        if source is None or link.source not in self.port_items or link.sink not in self.port_items:
            return None
        edge = EdgeRecord(link.id, link.source, link.sink, source.medium, link.status, self, overlay_only)
        self.edge_items[link.id] = edge
        self._edges_of_stream.setdefault(link.source, set()).add(link.id)
        self._edges_of_stream.setdefault(link.sink, set()).add(link.id)
        self._route(edge)
        edge.filtered_out = self.is_filtered(edge)
        return edge

    def _drop_edge(self, link_id: str) -> None:
        edge = self.edge_items.pop(link_id, None)
        if edge is None:
            return
        for stream_id in (edge.source_id, edge.sink_id):
            self._edges_of_stream.get(stream_id, set()).discard(link_id)
        self._unlive(edge)
        if self.selected_link == link_id:
            self.selected_link = None
        self.invalidate_edges(edge.bounds_rect())

    def _route(self, edge: EdgeRecord) -> None:
        source = self.port_items[edge.source_id]
        sink = self.port_items[edge.sink_id]
        source_box = source.parentItem()
        sink_box = sink.parentItem()
        # a link between two streams of one enterprise loops over its box (it would run hidden behind it)
        over_y = source_box.y() - 28.0 if source_box is sink_box else None
        edge.route(
            source_box.x() + source.x(),
            source_box.y() + source.y(),
            sink_box.x() + sink.x(),
            sink_box.y() + sink.y(),
            over_y,
        )

    # -- edges painted in the cached background -----------------------------------------
    def invalidate_edges(self, rect: QRectF | None = None) -> None:
        """Repaint the background edges in ``rect`` (all when None), where a view shows them."""
        if rect is None:
            self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)
            return
        for view in self.views():
            shown = view.mapToScene(view.viewport().rect()).boundingRect()
            part = rect.intersected(shown)
            if not part.isEmpty():
                self.invalidate(part, QGraphicsScene.SceneLayer.BackgroundLayer)
        if not self.views():
            self.invalidate(rect, QGraphicsScene.SceneLayer.BackgroundLayer)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802
        """Paint every visible edge that is not live and crosses ``rect``.

        The view caches the background (CacheBackground), so this runs when
        the view scrolls, zooms or the edges change, not on every box drag.
        Zoomed out (below CURVE_ZOOM) edges are straight lines drawn in one
        ``drawLines`` call per pen; closer in, curves.
        """
        rect = QRectF(rect)  # Qt passes a QRectF; the PySide6 signature also admits QRect
        inverse, invertible = painter.worldTransform().inverted()
        if invertible:
            # Qt may hand over a rect far larger than the device: draw what shows
            rect = rect.intersected(inverse.mapRect(QRectF(painter.viewport())))
        painter.fillRect(rect, QColor("#ffffff"))
        if self._plan_pixmap is not None and self._plan_rect.intersects(rect):
            painter.save()
            painter.setOpacity(0.55)  # the network stays readable over the plan
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawPixmap(self._plan_rect, self._plan_pixmap, QRectF(self._plan_pixmap.rect()))
            painter.restore()
        if self.dense:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
        visible = [
            edge
            for edge in self._paint_order()
            if edge.live_item is None
            and not edge.filtered_out
            and not edge.lod_hidden
            and edge.bounds[2] >= left
            and edge.bounds[0] <= right
            and edge.bounds[3] >= top
            and edge.bounds[1] <= bottom
        ]
        if painter.worldTransform().m11() < CURVE_ZOOM:
            groups: dict[tuple[float, float, int], tuple[QPen, list[QLineF]]] = {}
            for edge in visible:
                pen = edge.pen()
                if edge.width_px > 3.0:
                    # zoomed out, wide flows would cover the park: cap them at 3 px
                    pen = edge_pen(edge.medium, edge.dashed, 3.0)
                key = (edge.opacity, min(edge.width_px, 3.0), id(pen))
                group = groups.get(key)
                if group is None:
                    group = groups[key] = (pen, [])
                line = edge.line
                if line is None:
                    line = edge.line = QLineF(*edge.ends)
                group[1].append(line)
            # dimmed and thin first, the widest flows last (on top)
            for (opacity, _width, _pen_id), (pen, lines) in sorted(
                groups.items(), key=lambda item: item[0][:2]
            ):
                painter.setOpacity(opacity)
                painter.setPen(pen)
                painter.drawLines(lines)
            painter.setOpacity(1.0)
            return
        current_pen = None
        current_opacity = 1.0
        visible.sort(key=lambda edge: (edge.opacity, edge.width_px))
        for edge in visible:
            pen = edge.pen()
            if pen is not current_pen:
                painter.setPen(pen)
                current_pen = pen
            if edge.opacity != current_opacity:
                painter.setOpacity(edge.opacity)
                current_opacity = edge.opacity
            painter.drawPath(edge.path())
        painter.setOpacity(1.0)

    def _paint_order(self) -> list[EdgeRecord]:
        """The edges as a list (kept until edges are added or removed)."""
        if self._order is None:
            self._order = list(self.edge_items.values())
        return self._order

    def _make_live(self, edge: EdgeRecord, selected: bool = False) -> None:
        """Draw ``edge`` as an item: the selected link alone, dragged edges in one layer."""
        if edge.live_item is not None:
            return
        if selected:
            item = EdgeItem(edge, selected)
            edge.live_item = item
            self.addItem(item)
            return
        edge.live_item = self._live_layer
        self._live_layer.records[edge.link_id] = edge

    def _unlive(self, edge: EdgeRecord) -> None:
        item = edge.live_item
        if item is None:
            return
        edge.live_item = None
        if item is self._live_layer:
            self._live_layer.records.pop(edge.link_id, None)
            self._live_layer.refresh()
        else:
            self.removeItem(item)

    def begin_interactive_move(self) -> None:
        """A drag starts: edges of moving boxes become live items until it ends."""
        self._dragging = True

    def end_interactive_move(self) -> None:
        """A drag ended: live edges go back into the cached background."""
        self._dragging = False
        rects = []
        for edge in self.edge_items.values():
            if edge.live_item is not None and edge.link_id != self.selected_link:
                self._unlive(edge)
                rects.append(edge.bounds_rect())
        if rects:
            union = rects[0]
            for rect in rects[1:]:
                union = union.united(rect)
            self.invalidate_edges(union)

    def edge_at(self, point: QPointF, tolerance_px: float = 4.0) -> EdgeRecord | None:
        """The visible edge passing within ``tolerance_px`` (view pixels) of ``point``."""
        tolerance = tolerance_px / max(self._zoom, 1e-6)
        x, y = point.x(), point.y()
        stroker = QPainterPathStroker()
        stroker.setWidth(2 * tolerance)
        for edge in reversed(self._paint_order()):
            if edge.filtered_out or edge.lod_hidden:
                continue
            x0, y0, x1, y1 = edge.bounds
            if x < x0 - tolerance or x > x1 + tolerance or y < y0 - tolerance or y > y1 + tolerance:
                continue
            if stroker.createStroke(edge.path()).contains(point):
                return edge
        return None

    def select_link(self, link_id: str | None) -> None:
        """Highlight one link (a live item drawn over the background)."""
        if self.selected_link is not None:
            old = self.edge_items.get(self.selected_link)
            if old is not None:
                self._unlive(old)
                self.invalidate_edges(old.bounds_rect())
        self.selected_link = link_id
        edge = self.edge_items.get(link_id) if link_id else None
        if edge is not None:
            self._unlive(edge)
            self._make_live(edge, selected=True)
            self.invalidate_edges(edge.bounds_rect())
        self.links_selection_changed.emit()

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:  # noqa: N802
        """Tooltips: items first, else the edge under the cursor (computed on demand)."""
        for item in self.items(event.scenePos()):
            if item.toolTip():
                super().helpEvent(event)
                return
        edge = self.edge_at(event.scenePos())
        if edge is not None:
            QToolTip.showText(event.screenPos(), self.edge_tooltip(edge))
            event.accept()
            return
        QToolTip.hideText()

    # -- item callbacks -----------------------------------------------------------------
    def enterprise_item_moved(self, item: EnterpriseItem) -> None:
        """Re-route only the edges touching the moved box.

        During an interactive drag those edges are live items (cheap to
        move); otherwise the background is repainted where they were and are.
        """
        dirty: QRectF | None = None
        for stream_id in item.ports:
            for link_id in self._edges_of_stream.get(stream_id, ()):
                edge = self.edge_items.get(link_id)
                if edge is None:
                    continue
                if self._dragging:
                    if edge.live_item is None:
                        self._make_live(edge)
                        dirty = edge.bounds_rect() if dirty is None else dirty.united(edge.bounds_rect())
                    self._route(edge)
                    continue
                before = edge.bounds_rect()
                self._route(edge)
                if edge.live_item is None:
                    both = before.united(edge.bounds_rect())
                    dirty = both if dirty is None else dirty.united(both)
        if self._dragging:
            self._live_layer.refresh()
        if dirty is not None:
            self.invalidate_edges(dirty)

    # -- document change handlers ------------------------------------------------------
    def _on_enterprise_added(self, enterprise_id: str) -> None:
        item = self._make_enterprise(enterprise_id)
        item.set_streams(
            self.park.streams_of(enterprise_id), self._converter_ports(), self._storages_of(enterprise_id)
        )
        self.port_items.update(item.ports)

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
        item.set_streams(
            self.park.streams_of(enterprise_id), self._converter_ports(), self._storages_of(enterprise_id)
        )
        self.port_items.update(item.ports)
        for port in item.ports.values():
            port.setVisible(self._medium_filter is None or port.medium in self._medium_filter)
        item.set_hidden_media(self._hidden_media())
        self.enterprise_item_moved(item)

    def _hidden_media(self) -> set[Medium]:
        return set() if self._medium_filter is None else set(Medium) - self._medium_filter

    def _on_stream_changed(self, stream_id: str) -> None:
        stream = self.park.streams[stream_id]
        # a stream may have moved to another enterprise
        for enterprise_id, item in self.enterprise_items.items():
            if stream_id in item.ports and enterprise_id != stream.enterprise:
                self._refresh_ports(enterprise_id)
        self._refresh_ports(stream.enterprise)
        for link_id in list(self._edges_of_stream.get(stream_id, set())):
            edge = self.edge_items.get(link_id)
            source = (
                self.park.streams.get(self.park.links[link_id].source) if link_id in self.park.links else None
            )
            if edge is not None and source is not None:
                edge.medium = source.medium
                edge._pen = None
                self._style_edge(edge)
                self.invalidate_edges(edge.bounds_rect())

    def _storages_of(self, enterprise_id: str) -> list[Any]:
        return [storage for storage in self.park.storages.values() if storage.enterprise == enterprise_id]

    def _on_storage_changed(self, storage_id: str) -> None:
        """A storage added, changed or removed: its enterprise's tanks (and any it left) are redrawn."""
        storage = self.park.storages.get(storage_id)
        for enterprise_id, item in list(self.enterprise_items.items()):
            if storage_id in item.ports or (storage is not None and storage.enterprise == enterprise_id):
                self._refresh_ports(enterprise_id)
        if storage is None:
            self.port_items.pop(storage_id, None)

    def _on_stream_removed(self, stream_id: str) -> None:
        for enterprise_id, item in list(self.enterprise_items.items()):
            if stream_id in item.ports:
                self._refresh_ports(enterprise_id)
        self.port_items.pop(stream_id, None)

    def _on_converter_changed(self, _converter_id: str) -> None:
        ports = self._converter_ports()
        changed = {
            self.park.streams[port.stream_id].enterprise
            for port in self.port_items.values()
            if port.is_converter_port != (port.stream_id in ports) and port.stream_id in self.park.streams
        }
        for enterprise_id in changed:
            self._refresh_ports(enterprise_id)

    def _on_link_added(self, link_id: str) -> None:
        self._drop_edge(link_id)
        edge = self._make_edge(self.park.links[link_id])
        if edge is not None:
            self._style_edge(edge)
            self._apply_lod_to(edge)
            self._order = None
            self.invalidate_edges(edge.bounds_rect())

    def _on_link_removed(self, link_id: str) -> None:
        self._drop_edge(link_id)
        self._order = None

    def _on_link_changed(self, link_id: str) -> None:
        selected = self.selected_link == link_id
        self._on_link_added(link_id)
        if selected:
            self.select_link(link_id)

    # -- result overlay --------------------------------------------------------------------
    def _on_result_changed(self) -> None:
        self.set_overlay(self.document.result if self.document is not None else None)

    def set_overlay(self, result: OptimizationResult | None, caption: str = "") -> None:
        """Show a result: edge width by flow, unused candidates dimmed, utilisation tooltips.

        ``caption`` says which flows these are when the park has periods
        (one period's rates or the year's average); the legend shows it.

        ``result`` is an OptimizationResult (``to_state()`` gives the flows)
        or None to clear.  Flows on implicit candidates (parks without a links
        sheet) get temporary overlay edges.  Width w = 1.5 + 4.5·sqrt(flow /
        largest flow of the same medium) px, so small flows stay visible.
        """
        for link_id in [k for k, edge in self.edge_items.items() if edge.overlay_only]:
            self._drop_edge(link_id)
        self._overlay = result
        self.overlay_caption = caption if result is not None else ""
        flows = dict(result.to_state().link_flows) if result is not None else {}
        park = self.park
        for link_id, link_flow in flows.items():
            if link_id not in park.links and link_flow.amount > 1e-9:
                self._make_edge(
                    Link(link_id, link_flow.source, link_flow.sink, LinkStatus.CANDIDATE), overlay_only=True
                )
        self._flows = {link_id: float(lf.amount) for link_id, lf in flows.items()}
        # widths compare flows of one medium only: t/h of steam and Nm³/h of
        # hydrogen are different units
        largest: dict[Medium, float] = {}
        flow_of = self._flows.get
        for edge in self.edge_items.values():
            flow = flow_of(edge.link_id, 0.0)
            if flow > largest.get(edge.medium, 0.0):
                largest[edge.medium] = flow
        self._max_flow_by_medium = largest
        collecting = gc.isenabled()
        gc.disable()
        try:
            for edge in self.edge_items.values():
                self._style_edge(edge)
                if self.hide_unused:
                    edge.filtered_out = self.is_filtered(edge)
                self._apply_lod_to(edge)
        finally:
            if collecting:
                gc.enable()
        self._order = None
        self.invalidate_edges()
        self.overlay_changed.emit()

    @property
    def has_overlay(self) -> bool:
        """Whether a result (flows) is drawn."""
        return self._overlay is not None

    def _style_edge(self, edge: EdgeRecord) -> None:
        if self._overlay is None:
            edge.flow = None
            # 1 px cosmetic pens take Qt's fast path, dashed ones too (dense parks)
            edge.set_style(1.0 if self.dense else None, 1.0)
            return
        flow = self._flows.get(edge.link_id, 0.0)
        edge.flow = flow
        if flow > 1e-9:
            largest = self._max_flow_by_medium.get(edge.medium, 0.0) or flow
            edge.set_style(1.5 + 4.5 * (flow / largest) ** 0.5, 1.0)
        else:
            edge.set_style(1.0, 0.25 if edge.is_candidate else 0.6)

    def edge_tooltip(self, edge: EdgeRecord) -> str:
        """Link, medium, status, capacity and, with a result, flow and utilisation."""
        link = self.park.links.get(edge.link_id)
        translate = QCoreApplication.translate
        status = (
            translate("ParkScene", "candidate") if edge.is_candidate else translate("ParkScene", "existing")
        )
        from parkflow.ui.catalogue import enum_title

        lines = [f"{edge.link_id}: {edge.source_id} → {edge.sink_id}", f"{enum_title(edge.medium)}, {status}"]
        if link is not None and link.capacity:
            lines.append(translate("ParkScene", "capacity {value:g}").format(value=link.capacity))
        if edge.flow is not None:
            lines.append(translate("ParkScene", "optimized flow {value:.4g}").format(value=edge.flow))
            if link is not None and link.capacity:
                lines.append(
                    translate("ParkScene", "utilisation {value:.0%}").format(value=edge.flow / link.capacity)
                )
            elif edge.flow <= 1e-9:
                lines.append(translate("ParkScene", "unused"))
        return "\n".join(lines)

    # -- level of detail and filters ---------------------------------------------------------
    def set_grades(self, colours: dict[str, str]) -> None:
        """Colour each enterprise's box by its grade (``{enterprise id: colour}``); empty: plain boxes."""
        for enterprise_id, item in self.enterprise_items.items():
            colour = colours.get(enterprise_id)
            if item.grade_colour != colour:
                item.grade_colour = colour
                item.update()

    def set_zoom(self, zoom: float) -> None:
        """Called by the view when its scale changes."""
        before = self._zoom < CANDIDATE_LOD_ZOOM
        self._zoom = zoom
        if before != (zoom < CANDIDATE_LOD_ZOOM):
            self._apply_lod()
            self.invalidate_edges()
            if self.dense:
                self.filters_changed.emit()

    @property
    def candidates_hidden_by_zoom(self) -> bool:
        """Whether unused candidate links are left out because the view is zoomed far out."""
        return self.dense and self._zoom < CANDIDATE_LOD_ZOOM

    def _apply_lod(self) -> None:
        for edge in self.edge_items.values():
            self._apply_lod_to(edge)

    def _apply_lod_to(self, edge: EdgeRecord) -> None:
        edge.lod_hidden = (
            self.dense
            and self._zoom < CANDIDATE_LOD_ZOOM
            and edge.is_candidate
            and not (edge.flow and edge.flow > 1e-9)
        )
        if edge.live_item is not None:
            edge.live_item.follow(edge)

    @property
    def medium_filter(self) -> set[Medium] | None:
        """The media shown (None: all)."""
        return None if self._medium_filter is None else set(self._medium_filter)

    def set_medium_filter(self, media: set[Medium] | None) -> None:
        """Show only ports and links of ``media`` (None: everything)."""
        self._medium_filter = None if media is None else set(media)
        for port in self.port_items.values():
            port.setVisible(media is None or port.medium in media)
        hidden = self._hidden_media()
        for item in self.enterprise_items.values():
            item.set_hidden_media(hidden)
        self._refilter()

    def set_link_filters(self, hide_candidates: bool | None = None, hide_unused: bool | None = None) -> None:
        """Hide candidate links, and/or links without flow in the shown result (None: unchanged)."""
        if hide_candidates is not None:
            self.hide_candidates = hide_candidates
        if hide_unused is not None:
            self.hide_unused = hide_unused
        self._refilter()

    def _filtered_by_status(self, edge: EdgeRecord) -> bool:
        if self.hide_candidates and edge.is_candidate:
            return True
        return self.hide_unused and self._overlay is not None and not (edge.flow and edge.flow > 1e-9)

    def is_filtered(self, edge: EdgeRecord) -> bool:
        """Whether a filter hides ``edge``: its medium, candidate status or no flow in the result."""
        if self._medium_filter is not None and edge.medium not in self._medium_filter:
            return True
        return self._filtered_by_status(edge)

    def _refilter(self) -> None:
        for edge in self.edge_items.values():
            edge.filtered_out = self.is_filtered(edge)
            if edge.live_item is not None:
                edge.live_item.follow(edge)
        self.invalidate_edges()
        self.filters_changed.emit()

    def media_in_park(self) -> list[Medium]:
        """The media of the park's streams, in the order of :class:`Medium`."""
        present = (
            {stream.medium for stream in self.park.streams.values()} if self.document is not None else set()
        )
        return [medium for medium in Medium if medium in present]

    # -- selection and find ----------------------------------------------------------------------
    def selected_entities(self) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        for item in self.selectedItems():
            if isinstance(item, EnterpriseItem):
                found.append(("enterprises", item.enterprise_id))
        if self.selected_link is not None and self.selected_link in self.park.links:
            found.append(("links", self.selected_link))
        return found

    def select_entity(self, kind: str, entity_id: str) -> Any:
        """Select the item showing (kind, id) and return it (for centring)."""
        item: Any = None
        if kind == "enterprises":
            item = self.enterprise_items.get(entity_id)
        elif kind == "streams":
            stream = self.park.streams.get(entity_id)
            item = self.enterprise_items.get(stream.enterprise) if stream else None
        elif kind == "converters":
            converter = self.park.converters.get(entity_id)
            item = self.enterprise_items.get(converter.enterprise) if converter else None
        self.clearSelection()
        if kind == "links" and entity_id in self.edge_items:
            self.select_link(entity_id)
            return self.edge_items[entity_id].live_item
        if self.selected_link is not None:
            self.select_link(None)
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

    # -- what is where: the context menu and new enterprises ------------------------------------
    def entity_at(self, point: QPointF) -> tuple[str, str] | None:
        """(kind, id) of the stream port, enterprise box or link under ``point`` (scene px)."""
        port = self.port_at(point)
        if port is not None:
            return ("storages" if port.is_storage else "streams", port.stream_id)
        for item in self.items(point):
            if isinstance(item, EnterpriseItem):
                return ("enterprises", item.enterprise_id)
        edge = self.edge_at(point)
        return ("links", edge.link_id) if edge is not None else None

    def free_position_km(self, near_km: tuple[float, float], height_px: float = 120.0) -> tuple[float, float]:
        """The point nearest ``near_km`` on a grid around it where a new box overlaps no box.

        Rings of candidate places one box (plus a gap) apart are tried outwards,
        nearest first, so a new enterprise lands beside the others, not on them
        (nor, in parks of up to a few thousand links, on a drawn link).
        """
        gap = 30.0
        step_x, step_y = BOX_WIDTH + gap, height_px + gap
        occupied = [
            item.sceneBoundingRect().adjusted(-gap / 2, -gap / 2, gap / 2, gap / 2)
            for item in self.enterprise_items.values()
        ]
        # links are avoided where checking them is cheap; a dense park only avoids the boxes
        edges = list(self.edge_items.values()) if len(self.edge_items) <= 2000 else []

        def crosses_link(box: QRectF) -> bool:
            for edge in edges:
                x0, y0, x1, y1 = edge.bounds
                if x1 < box.left() or x0 > box.right() or y1 < box.top() or y0 > box.bottom():
                    continue
                for polygon in edge.path().toSubpathPolygons():
                    points = [polygon.at(index) for index in range(polygon.size())]
                    if any(box.contains(point) for point in points):
                        return True
            return False

        origin = self.km_to_scene(*near_km)
        for ring in range(0, 40):
            places = [
                (dx, dy)
                for dx in range(-ring, ring + 1)
                for dy in range(-ring, ring + 1)
                if max(abs(dx), abs(dy)) == ring
            ]
            places.sort(key=lambda place: (place[0] * step_x) ** 2 + (place[1] * step_y) ** 2)
            for dx, dy in places:
                corner = QPointF(origin.x() + dx * step_x, origin.y() + dy * step_y)
                box = QRectF(corner.x(), corner.y(), BOX_WIDTH, height_px)
                if not any(box.intersects(rect) for rect in occupied) and not crosses_link(box):
                    return self.scene_to_km(corner)
        return near_km

    # -- mouse: moves and new links --------------------------------------------------------------
    def port_at(self, position: QPointF) -> PortItem | None:
        for item in self.items(
            position, Qt.ItemSelectionMode.IntersectsItemShape, Qt.SortOrder.DescendingOrder, QTransform()
        ):
            if isinstance(item, PortItem) and item.isVisible():
                return item
        return None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.point_picker is not None and event.button() == Qt.MouseButton.LeftButton:
            self.point_picker(event.scenePos())
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            port = self.port_at(event.scenePos())
            if port is not None:
                self._new_link = NewLinkAction(self, port)
                event.accept()
                return
        if (
            event.button() == Qt.MouseButton.LeftButton
            and self.itemAt(event.scenePos(), QTransform()) is None
        ):
            edge = self.edge_at(event.scenePos())
            if edge is not None and not edge.overlay_only:
                self.clearSelection()
                self.select_link(edge.link_id)
                self.entity_clicked.emit("links", edge.link_id)
                event.accept()
                return
            if self.selected_link is not None:
                self.select_link(None)
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_positions = {
                item.enterprise_id: item.pos()
                for item in self.selectedItems()
                if isinstance(item, EnterpriseItem)
            }
            if self._press_positions:
                self.begin_interactive_move()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._new_link is not None:
            self._new_link.move(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._new_link is not None and event.button() == Qt.MouseButton.LeftButton:
            action, self._new_link = self._new_link, None
            action.finish(event.scenePos(), event.screenPos())
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self._press_positions:
            self.end_interactive_move()
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
        command = undo.move_command(self.document, moves)
        if command is not None:
            self.document.undo_stack.push(command)
            self.update_scene_rect()


def entity_rect(scene: ParkScene, kind: str, entity_id: str) -> QRectF | None:
    """Scene rectangle of the item showing (kind, id), for centring the view."""
    item = scene.select_entity(kind, entity_id)
    return item.sceneBoundingRect() if item is not None else None


__all__ = ["ParkScene", "entity_rect"]
