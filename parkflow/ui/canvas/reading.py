"""Reading a large park: the legend, link filters, automatic layout, export and print.

* :class:`CanvasLegend` is a small widget over the view's bottom-left corner
  (a child of the view, not an item of the scene), so it stays put and keeps
  its size while the park is zoomed and panned; :func:`paint_legend` draws
  the same legend into exported images and PDFs.
* :class:`CanvasReadingControls` makes the menu actions and the Canvas
  toolbar (legend on/off, hide candidate links, hide unused links, show one
  medium, arrange automatically, export and print) and puts them into a
  main window with one call, :func:`install_reading_controls`.
* :func:`export_canvas` renders the whole park to PNG or PDF;
  :func:`render_canvas` paints it on any device (a printer too).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QMarginsF, QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox, QWidget

from parkflow.model.entities import Medium
from parkflow.ui.canvas.items import PORT_RADIUS, TANK_HEIGHT, TANK_WIDTH, medium_colour
from parkflow.ui.canvas.layout import TARGET_SPACING_PX, arrange_command
from parkflow.ui.results.formatting import medium_name

if TYPE_CHECKING:  # pragma: no cover
    from parkflow.ui.canvas.scene import ParkScene
    from parkflow.ui.canvas.view import ParkView
    from parkflow.ui.mainwindow import MainWindow

#: Largest side (px) of an exported PNG: a 1,000-enterprise park stays a few tens of MB in memory.
EXPORT_MAX_PX = 5000
#: Scale of an exported PNG of a small park (crisp when printed or zoomed).
EXPORT_MAX_SCALE = 2.0
#: Printers and PDFs work at screen resolution: link pens are cosmetic (their
#: width is in device pixels), so at 1,200 dpi a 1.6 px link would print
#: 0.03 mm wide.  Lines and text stay vectors in the PDF either way.
PRINTER_MODE = QPrinter.PrinterMode.ScreenResolution
#: Space between the legend and the corner of the view.
LEGEND_MARGIN = 10


#: lupdate finds texts in calls named ``translate`` with a literal context
translate = QCoreApplication.translate


# -- the legend ------------------------------------------------------------------------------

#: One legend row: (kind, colour, text).  Kinds: "title", "medium", "existing",
#: "candidate", "unused", "flow", "port", "converter", "note".
LegendRow = tuple[str, QColor, str]


def legend_rows(scene: ParkScene) -> list[LegendRow]:
    """What the legend explains for this scene: its media, link styles and, with a result, flows."""
    grey = QColor("#333333")
    rows: list[LegendRow] = [("title", grey, translate("CanvasReading", "Legend"))]
    shown = scene.medium_filter
    for medium in scene.media_in_park():
        if shown is None or medium in shown:
            rows.append(("medium", medium_colour(medium), medium_name(medium)))
    rows.append(("existing", grey, translate("CanvasReading", "existing link")))
    rows.append(("candidate", grey, translate("CanvasReading", "candidate link (may be built)")))
    if scene.has_overlay:
        rows.append(("unused", grey, translate("CanvasReading", "unused in the result (faint)")))
        rows.append(
            (
                "flow",
                grey,
                translate("CanvasReading", "width: optimized flow, widest = largest of its medium"),
            )
        )
        if scene.overlay_caption:
            rows.append(("note", QColor("#0550ae"), scene.overlay_caption))
    rows.append(("port", grey, translate("CanvasReading", "stream: needs on the left, offers on the right")))
    rows.append(("converter", grey, translate("CanvasReading", "converter input or output")))
    if scene.park.storages:
        rows.append(("storage", grey, translate("CanvasReading", "storage (tank below its enterprise)")))
    hidden = []
    if scene.hide_candidates:
        hidden.append(translate("CanvasReading", "candidate links"))
    if scene.hide_unused and scene.has_overlay:
        hidden.append(translate("CanvasReading", "unused links"))
    if shown is not None:
        hidden.append(translate("CanvasReading", "other media"))
    if hidden:
        rows.append(
            (
                "note",
                QColor("#9c4221"),
                translate("CanvasReading", "Hidden: {what}").format(
                    what=translate("CanvasReading", ", ").join(hidden)
                ),
            )
        )
    if scene.candidates_hidden_by_zoom and not scene.hide_candidates:
        rows.append(("note", QColor("#555555"), translate("CanvasReading", "Zoom in to see candidate links")))
    return rows


_SAMPLE_WIDTH = 34.0
_ROW_HEIGHT = 17.0
_PADDING = 8.0
#: Media are listed in this many columns, to keep the legend low over the canvas.
_MEDIUM_COLUMNS = 2
_COLUMN_GAP = 14.0


def _legend_layout(rows: list[LegendRow], font: QFont) -> tuple[list[list[LegendRow]], float, float]:
    """(lines of rows, width of one medium column, width of the text column) for the legend."""
    metrics = QFontMetricsF(font)
    media = [row for row in rows if row[0] == "medium"]
    medium_text = max((metrics.horizontalAdvance(text) for _kind, _colour, text in media), default=0.0)
    medium_column = _SAMPLE_WIDTH + 8 + medium_text + _COLUMN_GAP
    lines: list[list[LegendRow]] = []
    for row in rows:
        if row[0] == "medium" and lines and lines[-1][0][0] == "medium" and len(lines[-1]) < _MEDIUM_COLUMNS:
            lines[-1].append(row)
        else:
            lines.append([row])
    bold = QFont(font)
    bold.setBold(True)
    widest = max(
        (
            QFontMetricsF(bold if kind == "title" else font).horizontalAdvance(text)
            + (0.0 if kind in ("title", "note") else _SAMPLE_WIDTH + 8)
            for kind, _colour, text in rows
            if kind != "medium"
        ),
        default=0.0,
    )
    return lines, medium_column, max(widest, medium_column * _MEDIUM_COLUMNS - _COLUMN_GAP)


def legend_size(rows: list[LegendRow], font: QFont) -> QSize:
    lines, _medium_column, width = _legend_layout(rows, font)
    return QSize(int(_PADDING * 2 + width) + 1, int(_PADDING * 2 + _ROW_HEIGHT * len(lines)) + 1)


def paint_legend(painter: QPainter, top_left: QPointF, rows: list[LegendRow], font: QFont) -> None:
    """Draw the legend box at ``top_left`` in the painter's current coordinates."""
    lines, medium_column, _width = _legend_layout(rows, font)
    size = legend_size(rows, font)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    box = QRectF(top_left, QPointF(top_left.x() + size.width(), top_left.y() + size.height()))
    painter.setPen(QPen(QColor("#9aa5ae"), 1))
    painter.setBrush(QColor(255, 255, 255, 235))
    painter.drawRoundedRect(box, 5, 5)
    y = top_left.y() + _PADDING
    for line in lines:
        middle = y + _ROW_HEIGHT / 2
        for column, (kind, colour, text) in enumerate(line):
            x = top_left.x() + _PADDING + column * medium_column
            sample = QRectF(x, y, _SAMPLE_WIDTH, _ROW_HEIGHT)
            row_font = QFont(font)
            row_font.setBold(kind == "title")
            row_font.setItalic(kind == "note")
            painter.setFont(row_font)
            text_x = x if kind in ("title", "note") else x + _SAMPLE_WIDTH + 8
            _paint_sample(painter, kind, colour, sample, middle)
            painter.setPen(colour if kind == "note" else QColor("#222222"))
            painter.drawText(
                QRectF(text_x, y, box.right() - text_x - _PADDING + 1, _ROW_HEIGHT),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        y += _ROW_HEIGHT
    painter.restore()


def _paint_sample(painter: QPainter, kind: str, colour: QColor, sample: QRectF, middle: float) -> None:
    left, right = sample.left() + 2, sample.right() - 2
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if kind == "medium":
        painter.setPen(QPen(colour, 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawLine(QPointF(left, middle), QPointF(right, middle))
    elif kind in ("existing", "candidate"):
        style = Qt.PenStyle.SolidLine if kind == "existing" else Qt.PenStyle.DashLine
        painter.setPen(QPen(colour, 1.6, style, Qt.PenCapStyle.FlatCap))
        painter.drawLine(QPointF(left, middle), QPointF(right, middle))
    elif kind == "unused":
        faint = QColor(colour)
        faint.setAlphaF(0.3)
        painter.setPen(QPen(faint, 1.0))
        painter.drawLine(QPointF(left, middle), QPointF(right, middle))
    elif kind == "flow":
        # the widths the overlay uses: 1.5 px (smallest flow) to 6 px (largest)
        for width, start, end in (
            (1.5, left, left + 9),
            (3.5, left + 12, left + 20),
            (6.0, left + 23, right),
        ):
            painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            painter.drawLine(QPointF(start, middle), QPointF(end, middle))
    elif kind == "storage":
        painter.setPen(QPen(QColor("#333333"), 1))
        body = QRectF(sample.center().x() - TANK_WIDTH / 2, middle - TANK_HEIGHT / 2, TANK_WIDTH, TANK_HEIGHT)
        painter.setBrush(QColor("#d62728").lighter(150))
        painter.drawRoundedRect(body, 3, 3)
        painter.fillRect(body.adjusted(1, TANK_HEIGHT / 2, -1, -1), QColor("#d62728"))
    elif kind in ("port", "converter"):
        painter.setPen(QPen(QColor("#333333"), 1))
        painter.setBrush(QColor("#d62728"))
        centre = QPointF(sample.center().x(), middle)
        if kind == "port":
            painter.drawEllipse(centre, PORT_RADIUS, PORT_RADIUS)
        else:
            painter.drawRect(
                QRectF(centre.x() - PORT_RADIUS, middle - PORT_RADIUS, 2 * PORT_RADIUS, 2 * PORT_RADIUS)
            )


class CanvasLegend(QWidget):
    """The legend in the bottom-left corner of the view; follows the scene's filters and overlay."""

    def __init__(self, view: ParkView) -> None:
        super().__init__(view)
        self.setObjectName("canvas_legend")
        self.view = view
        self.scene = view.park_scene
        self.rows: list[LegendRow] = []
        self._pixmap = QPixmap()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.scene.filters_changed.connect(self.refresh)
        self.scene.overlay_changed.connect(self.refresh)
        document = self.scene.document
        if document is not None:
            # the media listed follow the park's streams
            document.park_reset.connect(self.refresh)
            document.stream_added.connect(self._on_stream)
            document.stream_removed.connect(self._on_stream)
            document.stream_changed.connect(self._on_stream)
            document.storage_added.connect(self._on_stream)
            document.storage_removed.connect(self._on_stream)
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        self.refresh()

    def legend_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF() - 0.5))
        return font

    def refresh(self) -> None:
        """Rebuild the rows (media present, filters, result) and re-place the box."""
        if self.scene.document is None:
            return
        self.rows = legend_rows(self.scene)
        size = legend_size(self.rows, self.legend_font())
        self.resize(size)
        # painted once into a pixmap: the legend sits over the canvas and is
        # repainted whenever a drag dirties the area under it
        ratio = self.devicePixelRatioF()
        self._pixmap = QPixmap(int(size.width() * ratio), int(size.height() * ratio))
        self._pixmap.setDevicePixelRatio(ratio)
        self._pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(self._pixmap)
        paint_legend(painter, QPointF(0, 0), self.rows, self.legend_font())
        painter.end()
        self._place()
        self.update()

    def _on_stream(self, _stream_id: str) -> None:
        self.refresh()

    def _place(self) -> None:
        viewport = self._viewport.geometry()
        self.move(viewport.left() + LEGEND_MARGIN, viewport.bottom() - self.height() - LEGEND_MARGIN + 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._viewport and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._place()
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._pixmap)
        painter.end()


# -- export and print --------------------------------------------------------------------------


def canvas_source_rect(scene: ParkScene) -> QRectF:
    """The part of the scene to export: every box and visible link, with a margin."""
    bounds = scene.content_rect()
    if bounds.isEmpty():
        bounds = QRectF(-200, -150, 400, 300)
    return bounds.adjusted(-30, -30, 30, 30)


def render_canvas(
    scene: ParkScene, painter: QPainter, target: QRectF, legend: bool, legend_scale: float
) -> None:
    """Paint the whole park into ``target`` (device coordinates), the legend in its bottom-left corner."""
    source = canvas_source_rect(scene)
    painter.fillRect(target, QColor("#ffffff"))
    scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    if legend and scene.document is not None:
        rows = legend_rows(scene)
        font = QFont(QGuiApplication.font())
        # pixels, not points: a printer's points are 1/72 inch at its own
        # resolution, and the legend is scaled to the device below
        font.setPixelSize(11)
        size = legend_size(rows, font)
        painter.save()
        painter.resetTransform()
        painter.translate(target.left(), target.bottom())
        painter.scale(legend_scale, legend_scale)
        paint_legend(painter, QPointF(LEGEND_MARGIN, -size.height() - LEGEND_MARGIN), rows, font)
        painter.restore()


def export_image(scene: ParkScene, path: str | Path, legend: bool = True) -> QSize:
    """Write the whole park as a PNG (white background); returns the image size."""
    source = canvas_source_rect(scene)
    scale = min(EXPORT_MAX_SCALE, EXPORT_MAX_PX / max(source.width(), source.height()))
    size = QSize(max(1, int(source.width() * scale)), max(1, int(source.height() * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    render_canvas(
        scene, painter, QRectF(0, 0, size.width(), size.height()), legend, max(1.0, size.width() / 1600)
    )
    painter.end()
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]  # the stub wants bytes; PySide6 takes str
        raise OSError(translate("CanvasReading", "Could not write {path}").format(path=path))
    return size


def pdf_printer(path: str | Path, scene: ParkScene) -> QPrinter:
    """A printer that writes a PDF, landscape when the park is wider than tall."""
    printer = QPrinter(PRINTER_MODE)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    _page_for(printer, scene)
    return printer


def _page_for(printer: QPrinter, scene: ParkScene) -> None:
    source = canvas_source_rect(scene)
    orientation = (
        QPageLayout.Orientation.Landscape
        if source.width() >= source.height()
        else QPageLayout.Orientation.Portrait
    )
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation,
            QMarginsF(10, 10, 10, 10),
            QPageLayout.Unit.Millimeter,
        )
    )


def print_canvas(scene: ParkScene, printer: QPrinter, legend: bool = True) -> None:
    """Paint the whole park on one page of ``printer`` (a PDF printer too)."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(
            translate("CanvasReading", "Could not start printing to {name}").format(
                name=printer.outputFileName() or printer.printerName()
            )
        )
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    page = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
    target = QRectF(0, 0, page.width(), page.height())
    render_canvas(scene, painter, target, legend, printer.resolution() / 96.0)
    painter.end()


def export_canvas(scene: ParkScene, path: str | Path, legend: bool = True) -> None:
    """Write the park to ``path``: PDF for ``.pdf``, otherwise PNG."""
    if str(path).lower().endswith(".pdf"):
        print_canvas(scene, pdf_printer(path, scene), legend)
    else:
        export_image(scene, path, legend)


# -- menu actions and toolbar -------------------------------------------------------------------


class CanvasReadingControls(QObject):
    """Legend, filters, arrange, export and print for one main window.

    The window only calls :func:`install_reading_controls`; the actions are
    also registered in ``window.actions_by_name`` under the names used below.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.scene: ParkScene = window.scene
        self.view: ParkView = window.view
        self.legend = CanvasLegend(self.view)
        self.actions: dict[str, QAction] = {}
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.scene.filters_changed.connect(self._sync_from_scene)
        self.scene.overlay_changed.connect(self._sync_from_scene)
        window.installEventFilter(self)
        shown = window.settings.value("canvas/legend", True)
        self.actions["show_legend"].setChecked(shown not in (False, "false", "0", 0))
        self.legend.setVisible(self.actions["show_legend"].isChecked())
        self.retranslate()
        self._sync_from_scene()

    def _action(self, name: str, slot: Any, checkable: bool = False, shortcut: Any = None) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        action.setCheckable(checkable)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda checked=False: self.window._guarded(lambda: slot(checked)))
        self.actions[name] = action
        self.window.actions_by_name[name] = action
        return action

    def _build_actions(self) -> None:
        from PySide6.QtGui import QKeySequence

        self._action("show_legend", self.set_legend_visible, checkable=True)
        self._action(
            "hide_candidates", lambda on: self.scene.set_link_filters(hide_candidates=on), checkable=True
        )
        self._action("hide_unused", lambda on: self.scene.set_link_filters(hide_unused=on), checkable=True)
        self._action("arrange", lambda _on: self.arrange())
        self._action("export_canvas", lambda _on: self.export_dialog())
        self._action(
            "print_canvas",
            lambda _on: self.print_dialog(),
            shortcut=QKeySequence(QKeySequence.StandardKey.Print),
        )
        self.only_group = QActionGroup(self)
        self.only_actions: dict[Medium | None, QAction] = {}
        for medium in [None, *Medium]:
            name = "only_all_media" if medium is None else f"only_{medium.value}"
            action = self._action(name, lambda _on, medium=medium: self.show_only(medium), checkable=True)
            self.only_group.addAction(action)
            self.only_actions[medium] = action
        self.medium_combo = QComboBox()
        self.medium_combo.setObjectName("medium_combo")
        self.medium_combo.activated.connect(self._on_combo)

    def _build_menus(self) -> None:
        window = self.window
        # File: after Export Report
        file_actions = window.file_menu.actions()
        anchor = window.actions_by_name.get("export_report")
        after = file_actions.index(anchor) + 1 if anchor in file_actions else len(file_actions)
        before = file_actions[after] if after < len(file_actions) else None
        for name in ("export_canvas", "print_canvas"):
            if before is None:
                window.file_menu.addAction(self.actions[name])
            else:
                window.file_menu.insertAction(before, self.actions[name])
        # View: legend and filters after the medium filter
        view_menu = window.view_menu
        view_menu.addSeparator()
        view_menu.addAction(self.actions["show_legend"])
        view_menu.addAction(self.actions["hide_candidates"])
        view_menu.addAction(self.actions["hide_unused"])
        self.only_menu = view_menu.addMenu("")
        self.only_menu.setObjectName("only_medium_menu")
        for action in self.only_actions.values():
            self.only_menu.addAction(action)
        # Edit: arrange writes positions (undoable)
        window.edit_menu.addSeparator()
        window.edit_menu.addAction(self.actions["arrange"])

    def _build_toolbar(self) -> None:
        self.toolbar = self.window.addToolBar("")
        self.toolbar.setObjectName("canvas_toolbar")
        for name in ("show_legend", "hide_candidates", "hide_unused"):
            self.toolbar.addAction(self.actions[name])
        self.toolbar.addWidget(self.medium_combo)

    # -- language ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        texts = {
            "show_legend": (
                translate("CanvasReading", "&Legend"),
                translate("CanvasReading", "Show what colours, dashes and widths mean"),
            ),
            "hide_candidates": (
                translate("CanvasReading", "Hide &Candidate Links"),
                translate(
                    "CanvasReading",
                    "Show only links that exist today (and those the result uses, unless also hidden)",
                ),
            ),
            "hide_unused": (
                translate("CanvasReading", "Hide &Unused Links"),
                translate(
                    "CanvasReading", "After optimizing: hide links that carry no flow in the shown result"
                ),
            ),
            "arrange": (
                translate("CanvasReading", "&Arrange Park Automatically"),
                translate(
                    "CanvasReading",
                    "Place every enterprise by exchange, partners near each other, no overlaps (undoable)",
                ),
            ),
            "export_canvas": (
                translate("CanvasReading", "Export &Canvas…"),
                translate("CanvasReading", "Save the whole drawn park as a PNG image or a PDF"),
            ),
            "print_canvas": (
                translate("CanvasReading", "&Print Canvas…"),
                translate("CanvasReading", "Print the whole drawn park on one page"),
            ),
        }
        for name, (text, tip) in texts.items():
            self.actions[name].setText(text)
            self.actions[name].setToolTip(tip)
            self.actions[name].setStatusTip(tip)
        self.only_actions[None].setText(translate("CanvasReading", "All Media"))
        for medium, action in self.only_actions.items():
            if medium is not None:
                action.setText(medium_name(medium))
        self.only_menu.setTitle(translate("CanvasReading", "Show &Only Medium"))
        self.toolbar.setWindowTitle(translate("CanvasReading", "Canvas"))
        self.medium_combo.setToolTip(translate("CanvasReading", "Show the links of one medium only"))
        self._fill_combo()
        self.legend.refresh()

    def _fill_combo(self) -> None:
        combo = self.medium_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("CanvasReading", "All media"), None)
        for medium in Medium:
            combo.addItem(medium_name(medium), medium.value)
        combo.addItem(translate("CanvasReading", "Several media"), "several")
        combo.blockSignals(False)
        self._sync_from_scene()

    # -- actions -------------------------------------------------------------------------------
    def set_legend_visible(self, visible: bool) -> None:
        self.actions["show_legend"].setChecked(visible)
        self.legend.setVisible(visible)
        if visible:
            self.legend.refresh()
        self.window.settings.setValue("canvas/legend", visible)

    def show_only(self, medium: Medium | None) -> None:
        """Show the links and ports of one medium (None: all media)."""
        self.window.set_medium_filter(None if medium is None else {medium})

    def _on_combo(self, index: int) -> None:
        value = self.medium_combo.itemData(index)
        if value == "several":
            self._sync_from_scene()
            return
        self.show_only(None if value is None else Medium(value))

    def _sync_from_scene(self) -> None:
        """Check the menu and toolbar entries that match what the scene filters."""
        shown = self.scene.medium_filter
        only = next(iter(shown)) if shown is not None and len(shown) == 1 else None
        for medium, action in self.only_actions.items():
            action.setChecked(shown is None if medium is None else medium == only)
        value = None if shown is None else (only.value if only is not None else "several")
        index = self.medium_combo.findData(value)
        if index >= 0:
            self.medium_combo.setCurrentIndex(index)
        self.actions["hide_candidates"].setChecked(self.scene.hide_candidates)
        self.actions["hide_unused"].setChecked(self.scene.hide_unused)

    def arrange(self) -> None:
        """Edit ▸ Arrange: every enterprise placed by exchange, one undo step."""
        document = self.window.document
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            cell_km = TARGET_SPACING_PX / self.scene.scale_px_per_km
            command = arrange_command(document, cell_km)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if command is None:
            self.window.show_status(translate("CanvasReading", "The park is already arranged"))
            return
        document.undo_stack.push(command)
        self.scene.update_scene_rect()
        self.view.fit()
        self.window.show_status(command.text())

    def export_dialog(self) -> str | None:
        window = self.window
        folder = window.files.last_folder()
        name = Path(window.document.file_path or translate("CanvasReading", "park")).with_suffix(".png").name
        path, chosen = QFileDialog.getSaveFileName(
            window,
            translate("CanvasReading", "Export Canvas"),
            str(Path(folder) / name) if folder else name,
            translate("CanvasReading", "PNG image (*.png);;PDF document (*.pdf)"),
        )
        if not path:
            return None
        if not Path(path).suffix:
            path += ".pdf" if "pdf" in chosen.lower() else ".png"
        try:
            export_canvas(self.scene, path, self.legend.isVisible())
        except OSError as exc:
            QMessageBox.warning(window, translate("CanvasReading", "Export Canvas"), str(exc))
            return None
        window.show_status(translate("CanvasReading", "Canvas exported to {path}").format(path=path))
        return path

    def print_dialog(self, printer: QPrinter | None = None) -> None:
        """File ▸ Print Canvas: choose a printer (``printer`` preset for tests), print one page."""
        if printer is None:
            printer = QPrinter(PRINTER_MODE)
            _page_for(printer, self.scene)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(translate("CanvasReading", "Print Canvas"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        print_canvas(self.scene, printer, self.legend.isVisible())
        self.window.show_status(translate("CanvasReading", "Canvas sent to the printer"))


def install_reading_controls(window: MainWindow) -> CanvasReadingControls:
    """Add the legend, filters, arrange, export and print to ``window`` (a MainWindow)."""
    return CanvasReadingControls(window)


__all__ = [
    "CanvasLegend",
    "CanvasReadingControls",
    "export_canvas",
    "install_reading_controls",
    "legend_rows",
    "print_canvas",
    "render_canvas",
]
