"""The view on the park scene: zoom, pan, fit, rubber-band selection.

Wheel zooms around the cursor; the middle button (or Shift + left button on
empty space) pans; the left button on empty space draws a rubber band.  The
view tells the scene its zoom so the scene can apply its level of detail.
The background (where all settled edges are painted) is cached; updates
repaint the bounding rectangle of what changed — measured faster than
minimal updates, which repaint once per dirty rectangle when a dragged box
drags dozens of edges along (benchmarks/bench_gui.py).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from parkflow.ui.canvas.scene import ParkScene

MIN_ZOOM = 0.02
MAX_ZOOM = 6.0


class ParkView(QGraphicsView):
    """Zoomable, pannable view on a :class:`ParkScene`."""

    zoom_changed = Signal(float)

    def __init__(self, scene: ParkScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.park_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setOptimizationFlags(
            QGraphicsView.OptimizationFlag.DontSavePainterState
            | QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
        )
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setMouseTracking(True)
        self._pan_from: QPoint | None = None

    @property
    def zoom(self) -> float:
        return float(self.transform().m11())

    def _zoom_by(self, factor: float) -> None:
        target = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom * factor))
        factor = target / self.zoom
        if abs(factor - 1.0) < 1e-9:
            return
        self.scale(factor, factor)
        self._zoom_settled()

    def _zoom_settled(self) -> None:
        self.park_scene.set_zoom(self.zoom)
        self.zoom_changed.emit(self.zoom)

    def zoom_in(self) -> None:
        self._zoom_by(1.25)

    def zoom_out(self) -> None:
        self._zoom_by(0.8)

    def fit(self) -> None:
        """Show the whole park."""
        bounds = self.park_scene.content_rect()
        if bounds.isEmpty():
            bounds = QRectF(-200, -150, 400, 300)
        bounds = bounds.adjusted(-30, -30, 30, 30)
        self.fitInView(bounds, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom > 1.5:
            self.resetTransform()
            self.scale(1.5, 1.5)
            self.centerOn(bounds.center())
        self._zoom_settled()

    def centre_on_rect(self, rect: QRectF) -> None:
        if self.zoom < 0.6:
            self.resetTransform()
            self.scale(0.8, 0.8)
            self._zoom_settled()
        self.centerOn(rect.center())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        steps = event.angleDelta().y() / 120.0
        if steps:
            self._zoom_by(1.15**steps)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        empty = self.itemAt(event.position().toPoint()) is None
        if event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            and empty
        ):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None:
            point = event.position().toPoint()
            delta = point - self._pan_from
            self._pan_from = point
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
