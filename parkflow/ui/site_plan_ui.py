"""View ▸ Site plan: load an image (or a PDF page) under the canvas and calibrate its scale.

Loading places the image over the enterprises' extent; *Calibrate scale…*
asks for two clicks on the canvas and the real distance between them, then
rescales the plan so that distance holds (the first point stays put).  The
enterprises keep their positions in km; dragging them onto the plan moves
them, and computed pipe lengths follow.  Every change is one undo step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QSize
from PySide6.QtGui import QImage, QUndoCommand
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from parkflow.model.site_plan import SitePlan
from parkflow.ui.canvas.scene import ParkScene
from parkflow.ui.document import Document

#: Width in pixels a PDF page is rendered to.
PDF_RENDER_WIDTH_PX = 2400


class SetSitePlanCommand(QUndoCommand):
    """Replace the park's site plan (None removes it) as one undo step."""

    def __init__(self, document: Document, plan: SitePlan | None, text: str) -> None:
        super().__init__(text)
        self.document = document
        self.new = plan
        self.old = document.park.site_plan

    def redo(self) -> None:
        self.document.set_site_plan(self.new)

    def undo(self) -> None:
        self.document.set_site_plan(self.old)


def pdf_page_png(path: Path) -> bytes | None:
    """The first page of a PDF as PNG bytes (QtPdf), None when it cannot be rendered."""
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError:  # a Qt build without QtPdf
        return None
    pdf = QPdfDocument()
    pdf.load(str(path))
    if pdf.status() != QPdfDocument.Status.Ready or pdf.pageCount() < 1:
        return None
    points = pdf.pagePointSize(0)
    if points.width() <= 0:
        return None
    height = round(PDF_RENDER_WIDTH_PX * points.height() / points.width())
    image = pdf.render(0, QSize(PDF_RENDER_WIDTH_PX, height))
    image_with_paper = QImage(image.size(), QImage.Format.Format_RGB32)
    image_with_paper.fill(0xFFFFFFFF)
    from PySide6.QtGui import QPainter

    painter = QPainter(image_with_paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return _png_bytes(image_with_paper)


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, b"PNG")
    buffer.close()
    return bytes(data.data())


def read_site_plan(path: Path, document: Document) -> SitePlan:
    """A site plan from a PNG/JPG image or a PDF's first page, spread over the enterprises."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix == "pdf":
        png = pdf_page_png(path)
        if png is None:
            raise ValueError(QCoreApplication.translate("SitePlan", "the PDF page cannot be rendered"))
        data, image_format = png, "png"
    else:
        data = path.read_bytes()
        image_format = "jpg" if suffix in ("jpg", "jpeg") else "png"
    image = QImage.fromData(data)
    if image.isNull():
        raise ValueError(
            QCoreApplication.translate("SitePlan", "{name} is not a PNG or JPG image").format(name=path.name)
        )
    xs = [e.x_km for e in document.park.enterprises.values() if e.x_km is not None]
    ys = [e.y_km for e in document.park.enterprises.values() if e.y_km is not None]
    if xs and ys and max(xs) > min(xs):
        span = (max(xs) - min(xs)) * 1.3
        km_per_px = span / image.width()
        x0 = min(xs) - 0.15 * (max(xs) - min(xs))
        y0 = max(ys) + 0.15 * (max(xs) - min(xs))
    else:
        km_per_px, x0, y0 = 0.001, 0.0, 0.0  # 1 m per pixel until calibrated
    return SitePlan(data, image_format, path.name, km_per_px, x0, y0)


class SitePlanController:
    """The site-plan actions of the main window (load, calibrate, remove)."""

    def __init__(self, document: Document, scene: ParkScene, parent: QWidget) -> None:
        self.document = document
        self.scene = scene
        self.parent = parent
        self._points: list[QPointF] = []

    def tr(self, text: str) -> str:
        """Translate in this class's context (where the translation tools file its texts)."""
        return QCoreApplication.translate("SitePlanController", text)

    def load(self, path: str | None = None) -> str:
        """Load a plan (asks for the file when ``path`` is None); returns a status message."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.parent,
                self.tr("Load site plan"),
                "",
                self.tr("Site plans (*.png *.jpg *.jpeg *.pdf)"),
            )
            if not path:
                return ""
        try:
            plan = read_site_plan(Path(path), self.document)
        except (OSError, ValueError) as exc:
            return self.tr("Site plan not loaded: {reason}").format(reason=exc)
        self.document.undo_stack.push(SetSitePlanCommand(self.document, plan, self.tr("Load site plan")))
        return self.tr(
            "Site plan {name} loaded; calibrate its scale with two points of known distance"
        ).format(name=plan.name)

    def remove(self) -> str:
        if self.document.park.site_plan is None:
            return ""
        self.document.undo_stack.push(SetSitePlanCommand(self.document, None, self.tr("Remove site plan")))
        return self.tr("Site plan removed")

    def start_calibration(self) -> str:
        """Ask for two clicks on the canvas; the distance is asked after the second."""
        if self.document.park.site_plan is None:
            return self.tr("Load a site plan first")
        self._points = []
        self.scene.point_picker = self._on_point
        return self.tr("Click the first of two points whose distance you know")

    def _on_point(self, point: QPointF) -> None:
        self._points.append(point)
        if len(self._points) < 2:
            self.scene.status_message.emit(self.tr("Click the second point"))
            return
        self.scene.point_picker = None
        metres, ok = QInputDialog.getDouble(
            self.parent,
            self.tr("Calibrate scale"),
            self.tr("Distance between the two points (m):"),
            100.0,
            0.01,
            1.0e6,
            2,
        )
        if ok:
            self.scene.status_message.emit(self.calibrate(self._points[0], self._points[1], metres))

    def calibrate(self, first: QPointF, second: QPointF, metres: float) -> str:
        """Rescale the plan so the scene points ``first`` and ``second`` are ``metres`` apart."""
        plan = self.document.park.site_plan
        first_px, second_px = self.scene.site_plan_pixel(first), self.scene.site_plan_pixel(second)
        if plan is None or first_px is None or second_px is None:
            return self.tr("Load a site plan first")
        try:
            calibrated = plan.calibrated(first_px, second_px, metres / 1000.0)
        except ValueError:
            return self.tr("Click two different points and give a distance above 0")
        self.document.undo_stack.push(
            SetSitePlanCommand(self.document, calibrated, self.tr("Calibrate site plan"))
        )
        return self.tr("Site plan calibrated: {m} m per pixel").format(m=f"{calibrated.km_per_px * 1000:.3g}")
