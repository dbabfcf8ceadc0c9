"""Reading a large park: legend, link filters, port labels, names at low zoom, arrange, export, print."""

from __future__ import annotations

import math
import shutil
import subprocess

import pytest
from PySide6.QtCore import QPointF, QRectF, QSettings
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox
from report_helpers import small_park as unplaced_park
from ui_helpers import no_leaks  # noqa: F401 - fixture

from parkflow.model.entities import Direction, Enterprise, Link, LinkStatus, Medium, Park, Stream
from parkflow.model.generate import generate_park
from parkflow.model.state import FlowState, LinkFlow
from parkflow.ui import i18n
from parkflow.ui.app import make_application
from parkflow.ui.canvas.items import (
    BOX_WIDTH,
    LABEL_GAP,
    LABEL_INSET,
    EnterpriseItem,
    label_rooms,
    wrap_lines,
)
from parkflow.ui.canvas.reading import export_canvas, export_image, legend_rows, pdf_printer, print_canvas
from parkflow.ui.mainwindow import MainWindow

pytestmark = pytest.mark.gui

STEAM_RED = QColor("#d62728")
WATER_BLUE = QColor("#1f77b4")


class Flows:
    """The part of an OptimizationResult the canvas reads: ``to_state()``."""

    def __init__(self, flows: dict[str, LinkFlow]) -> None:
        self._state = FlowState("optimized", link_flows=flows)

    def to_state(self) -> FlowState:
        return self._state


@pytest.fixture
def window(qtbot, tmp_path, no_leaks, monkeypatch):  # noqa: F811
    make_application()
    i18n.install_language("en")
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings=settings, autosave=False)
    # report_helpers' park: L1 existing steam link, L2 candidate water link, no positions
    win.document.set_park(unplaced_park())
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    win.view.fit()
    yield win
    i18n.install_language("en")
    win.document.set_modified(False)
    assert win.close()
    win.deleteLater()


def count_colour(image: QImage, colour: QColor, tolerance: int = 40, region: QRectF | None = None) -> int:
    """Pixels within ``tolerance`` (sum of |Δr|+|Δg|+|Δb|) of ``colour``."""
    rect = (region or QRectF(image.rect())).toRect().intersected(image.rect())
    found = 0
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1, 1):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - colour.red())
                + abs(pixel.green() - colour.green())
                + abs(pixel.blue() - colour.blue())
                <= tolerance
            ):
                found += 1
    return found


# -- legend ---------------------------------------------------------------------------------------


def test_legend_in_the_view_corner_stays_put_and_follows_the_result(window, qtbot) -> None:
    legend = window.canvas_reading.legend
    view = window.view
    assert legend.isVisible() and legend.parent() is view  # a widget over the view, not a scene item
    assert all(item is not legend for item in window.scene.items())
    viewport = view.viewport().geometry()
    assert viewport.contains(legend.geometry())
    assert legend.geometry().left() - viewport.left() <= 12
    assert viewport.bottom() - legend.geometry().bottom() <= 12
    texts = [text for _kind, _colour, text in legend.rows]
    # the park's media (steam, water, electricity) in words, both link styles, no flow rows yet
    assert {"steam", "water", "electricity"} <= set(texts)
    assert "hot water" not in texts
    assert "existing link" in texts and any(text.startswith("candidate link") for text in texts)
    assert not any(kind == "flow" for kind, _colour, _text in legend.rows)
    before = legend.geometry()
    view.zoom_in()
    view.zoom_in()
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 40)
    qtbot.wait(10)
    assert legend.geometry() == before
    # the legend really paints the medium colours
    image = legend.grab().toImage()
    assert count_colour(image, STEAM_RED) > 20 and count_colour(image, WATER_BLUE) > 20
    window.document.set_result(Flows({"L1": LinkFlow("S1", "K1", 8.0)}))
    kinds = [kind for kind, _colour, _text in legend.rows]
    assert "flow" in kinds and "unused" in kinds
    assert legend.geometry().bottom() == before.bottom()  # grew upwards, still in its corner


def test_legend_says_when_zooming_out_hides_candidates(window) -> None:
    window.document.set_park(generate_park(60, 3))  # 2,890 links: a dense park
    view = window.view
    view.resetTransform()
    view.scale(0.2, 0.2)
    view._zoom_settled()
    assert "Zoom in to see candidate links" in [text for _k, _c, text in window.canvas_reading.legend.rows]
    view.resetTransform()
    view._zoom_settled()
    assert "Zoom in to see candidate links" not in [
        text for _k, _c, text in window.canvas_reading.legend.rows
    ]


def test_legend_toggles_and_is_remembered(window) -> None:
    action = window.actions_by_name["show_legend"]
    assert action.isChecked()
    action.trigger()
    assert not window.canvas_reading.legend.isVisible()
    assert window.settings.value("canvas/legend") in (False, "false")
    action.trigger()
    assert window.canvas_reading.legend.isVisible()


# -- filters ----------------------------------------------------------------------------------------


def test_hide_candidate_and_unused_links(window) -> None:
    scene = window.scene
    edges = scene.edge_items
    assert edges["L2"].is_candidate and not edges["L1"].is_candidate
    window.actions_by_name["hide_candidates"].trigger()
    assert edges["L2"].filtered_out and not edges["L1"].filtered_out
    assert any(kind == "note" for kind, _colour, _text in window.canvas_reading.legend.rows)
    window.actions_by_name["hide_candidates"].trigger()
    assert not edges["L2"].filtered_out
    # before any result nothing is "unused"
    window.actions_by_name["hide_unused"].trigger()
    assert not edges["L1"].filtered_out and not edges["L2"].filtered_out
    # after optimizing: only L2 carries flow; the existing L1 is unused and hidden
    window.document.set_result(Flows({"L1": LinkFlow("S1", "K1", 0.0), "L2": LinkFlow("W1", "KW", 15.0)}))
    assert edges["L1"].filtered_out and not edges["L2"].filtered_out
    window.document.set_result(None)
    assert not edges["L1"].filtered_out
    assert window.actions_by_name["hide_unused"].isChecked()


def test_show_only_one_medium_from_the_toolbar_and_menu(window, tmp_path) -> None:
    controls = window.canvas_reading
    combo = controls.medium_combo
    combo.setCurrentIndex(combo.findData(Medium.WATER.value))
    combo.activated.emit(combo.currentIndex())
    edges = window.scene.edge_items
    assert edges["L1"].filtered_out and not edges["L2"].filtered_out
    # the existing per-medium checkboxes and the Show Only menu agree
    assert [m for m, action in window.medium_actions.items() if action.isChecked()] == [Medium.WATER]
    assert controls.only_actions[Medium.WATER].isChecked()
    assert [text for kind, _c, text in controls.legend.rows if kind == "medium"] == ["water"]
    # drawn: no steam red left anywhere (links and ports of steam are hidden)
    path = tmp_path / "water.png"
    export_image(window.scene, path, legend=False)
    image = QImage(str(path))
    assert count_colour(image, STEAM_RED, 30) == 0 and count_colour(image, WATER_BLUE, 30) > 30
    controls.only_actions[None].trigger()
    assert not edges["L1"].filtered_out
    assert combo.currentData() is None
    # several media chosen in Filter by Medium: the combo says so
    window.medium_actions[Medium.STEAM].trigger()
    assert combo.currentData() == "several"


# -- port labels and names at low zoom ----------------------------------------------------------------


def test_label_rooms_use_the_whole_row() -> None:
    inner = BOX_WIDTH - 2 * LABEL_INSET
    assert label_rooms(150.0, None) == (inner, inner)
    assert label_rooms(None, 190.0) == (inner, inner)
    assert label_rooms(40.0, 60.0) == (41.0, 61.0)
    shared = inner - LABEL_GAP
    sink, source = label_rooms(30.0, 400.0)
    assert sink == 31.0 and source == pytest.approx(shared - 31.0)
    assert label_rooms(300.0, 300.0) == (shared / 2, shared / 2)


def test_a_long_port_label_alone_on_its_row_is_not_cut(window) -> None:
    document = window.document
    label = "process steam for the dyeing vats"
    enterprise = Enterprise("E9", "染整车间", "textiles", 5.0, 5.0)
    from parkflow.ui import undo

    document.undo_stack.push(undo.add_command(document, "enterprises", enterprise))
    document.undo_stack.push(
        undo.add_command(
            document,
            "streams",
            Stream("S9", "E9", Direction.SINK, Medium.STEAM, label, 5.0, "t/h", pressure_mpa=0.5),
        )
    )
    item: EnterpriseItem = window.scene.enterprise_items["E9"]
    from parkflow.ui.canvas.items import _label_font

    metrics = QFontMetricsF(_label_font())
    assert metrics.horizontalAdvance(label) > BOX_WIDTH / 2 - 12  # half a box (the old room) would cut it
    assert item.label_texts() == [(label, label)]
    assert label in window.scene.port_items["S9"].toolTip()


def test_wrap_lines_breaks_names_and_elides_the_last_line(qapp) -> None:
    from PySide6.QtGui import QFont

    font = QFont()
    font.setPixelSize(20)
    metrics = QFontMetricsF(font)
    lines = wrap_lines("Jiaxing Port Thermal Power Company Limited", metrics, 200.0, 2)
    assert len(lines) == 2 and lines[0].startswith("Jiaxing") and lines[1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= 200.5 for line in lines)
    chinese = wrap_lines("嘉兴港区热电有限公司第二分厂", metrics, 100.0, 3)
    assert 2 <= len(chinese) <= 3 and all(metrics.horizontalAdvance(line) <= 100.5 for line in chinese)
    assert wrap_lines("短名", metrics, 200.0, 2) == ["短名"]
    # a long Latin word is not cut in the middle of a line: it gets its own, elided
    latin = wrap_lines("Longda Petrochemicalsandmore Company", metrics, 100.0, 3)
    assert latin[0] == "Longda" and latin[1].startswith("Petro") and latin[1].endswith("…")
    # a Chinese word wider than the box, then English words: no line wider than the box
    mixed = wrap_lines("嘉兴港区工业污水处理厂 Jiaxing Port wastewater", metrics, 100.0, 2)
    assert mixed[0].startswith("嘉兴") and all(metrics.horizontalAdvance(line) <= 100.5 for line in mixed)


def _render_item(item: EnterpriseItem, zoom: float) -> QImage:
    rect = item.sceneBoundingRect()
    image = QImage(int(rect.width() * zoom) + 2, int(rect.height() * zoom) + 2, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    item.scene().render(painter, QRectF(0, 0, rect.width() * zoom, rect.height() * zoom), rect)
    painter.end()
    return image


def _dark_rows(image: QImage) -> int:
    """How many pixel rows hold near-black (text) pixels."""
    rows = 0
    for y in range(image.height()):
        if any(image.pixelColor(x, y).lightness() < 80 for x in range(6, image.width() - 6)):
            rows += 1
    return rows


def test_names_stay_readable_when_zoomed_out(window) -> None:
    item = window.scene.enterprise_items["A"]
    for other in window.scene.enterprise_items.values():
        other.setCacheMode(EnterpriseItem.CacheMode.NoCache)
    # at 0.3 a 9 pt name would be ~4 px tall; the name alone is drawn ~12 px tall
    at_03 = _dark_rows(_render_item(item, 0.3))
    assert at_03 >= 9
    # far out only a filled box: no text at all
    assert _dark_rows(_render_item(item, 0.1)) == 0


# -- automatic layout ----------------------------------------------------------------------------------


def _box_rects(scene) -> dict[str, QRectF]:
    return {
        eid: QRectF(
            item.pos(), QPointF(item.pos().x() + BOX_WIDTH, item.pos().y() + item.boundingRect().height() - 2)
        )
        for eid, item in scene.enterprise_items.items()
    }


def _overlaps(rects: dict[str, QRectF]) -> list[tuple[str, str]]:
    items = sorted(rects.items())
    return [(a, b) for i, (a, ra) in enumerate(items) for b, rb in items[i + 1 :] if ra.intersects(rb)]


def test_park_without_positions_is_drawn_without_overlaps_and_not_written(window) -> None:
    park = window.document.park
    assert all(e.x_km is None for e in park.enterprises.values())
    assert not _overlaps(_box_rects(window.scene))
    assert not window.document.modified


def clustered_park() -> Park:
    """Four groups of six enterprises; steam links join every pair inside a group, one joins two groups."""
    park = Park(name="clusters")
    for group in range(4):
        for member in range(6):
            eid = f"G{group}E{member}"
            park.enterprises[eid] = Enterprise(eid, f"group {group} member {member}", "chemicals")
            park.streams[f"{eid}-out"] = Stream(
                f"{eid}-out", eid, Direction.SOURCE, Medium.STEAM, "steam out", 5.0, "t/h"
            )
            park.streams[f"{eid}-in"] = Stream(
                f"{eid}-in", eid, Direction.SINK, Medium.STEAM, "steam in", 5.0, "t/h"
            )
    for group in range(4):
        for first in range(6):
            for second in range(6):
                if first != second:
                    link_id = f"L{group}-{first}-{second}"
                    park.links[link_id] = Link(
                        link_id, f"G{group}E{first}-out", f"G{group}E{second}-in", LinkStatus.CANDIDATE
                    )
    park.links["Lx"] = Link("Lx", "G0E0-out", "G1E0-in", LinkStatus.CANDIDATE)
    return park


def test_arrange_groups_by_exchange_in_one_undo_step(window) -> None:
    window.document.set_park(clustered_park())
    scene = window.scene
    assert not _overlaps(_box_rects(scene))
    count = window.document.undo_stack.count()
    window.actions_by_name["arrange"].trigger()
    assert window.document.undo_stack.count() == count + 1
    placed = window.document.park.enterprises
    assert all(e.x_km is not None and e.y_km is not None for e in placed.values())
    assert not _overlaps(_box_rects(scene))

    def distance(a: str, b: str) -> float:
        return math.dist((placed[a].x_km, placed[a].y_km), (placed[b].x_km, placed[b].y_km))

    # each group fills a block of its own: the groups' bounding boxes (km) do not meet
    blocks = []
    for group in range(4):
        xs = [e.x_km for eid, e in placed.items() if eid.startswith(f"G{group}")]
        ys = [e.y_km for eid, e in placed.items() if eid.startswith(f"G{group}")]
        blocks.append(QRectF(QPointF(min(xs), min(ys)), QPointF(max(xs), max(ys))))
    assert not any(blocks[i].intersects(blocks[j]) for i in range(4) for j in range(i + 1, 4))
    # and partners are nearer than enterprises in general
    ids = sorted(placed)
    inside = [distance(a, b) for a in ids for b in ids if a < b and a[:2] == b[:2]]
    across = [distance(a, b) for a in ids for b in ids if a < b and a[:2] != b[:2]]
    assert sum(inside) / len(inside) < 0.6 * sum(across) / len(across)
    window.document.undo_stack.undo()
    assert all(e.x_km is None for e in window.document.park.enterprises.values())


def test_arrange_a_generated_park_without_overlaps_that_survive_reopening(window) -> None:
    park = generate_park(120, 3)
    window.document.set_park(park)
    window.actions_by_name["arrange"].trigger()
    assert not _overlaps(_box_rects(window.scene))
    # saved positions give the same drawing after reopening (the scale is recomputed from them)
    window.scene.rebuild()
    assert not _overlaps(_box_rects(window.scene))


# -- export and print ---------------------------------------------------------------------------------------


def test_export_png_from_the_file_menu(window, tmp_path, monkeypatch) -> None:
    target = tmp_path / "canvas"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PNG image (*.png)")
    )
    assert window.actions_by_name["export_canvas"] in window.file_menu.actions()
    window.actions_by_name["export_canvas"].trigger()
    image = QImage(str(target) + ".png")
    assert not image.isNull() and image.width() > 300
    assert count_colour(image, STEAM_RED) > 30 and count_colour(image, WATER_BLUE) > 30
    # the legend is in the picture's bottom-left corner (its title is dark text on white)
    corner = QRectF(0, image.height() * 0.6, image.width() * 0.5, image.height() * 0.4)
    assert count_colour(image, QColor("#222222"), 60, corner) > 50


def _pdf_colours(path, tmp_path) -> QImage:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-singlefile", str(path), str(tmp_path / "page")], check=True
    )
    return QImage(str(tmp_path / "page.png"))


def test_export_pdf_and_print_to_a_pdf_printer(window, tmp_path, monkeypatch) -> None:
    path = tmp_path / "canvas.pdf"
    export_canvas(window.scene, path)
    assert path.read_bytes()[:5] == b"%PDF-"
    page = _pdf_colours(path, tmp_path)
    assert page.width() > page.height()  # a wide park prints landscape
    assert count_colour(page, STEAM_RED, 60) > 5 and count_colour(page, WATER_BLUE, 60) > 5
    # File ▸ Print Canvas: the print dialog accepted, printed to a PDF printer offscreen
    printed = tmp_path / "printed.pdf"
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted)
    window.canvas_reading.print_dialog(pdf_printer(printed, window.scene))
    assert printed.read_bytes()[:5] == b"%PDF-"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # also fine at printer resolution
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "direct.pdf"))
    print_canvas(window.scene, printer, legend=False)
    assert (tmp_path / "direct.pdf").stat().st_size > 1000


# -- both languages --------------------------------------------------------------------------------------------


def test_reading_controls_in_chinese(window, qtbot) -> None:
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.actions_by_name["show_legend"].text() != "&Legend", timeout=5000)
    texts = [
        window.actions_by_name[name].text()
        for name in (
            "show_legend",
            "hide_candidates",
            "hide_unused",
            "arrange",
            "export_canvas",
            "print_canvas",
        )
    ]
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in text) for text in texts), texts
    rows = legend_rows(window.scene)
    assert rows[0][2] == "图例"
    assert "蒸汽" in [text for kind, _c, text in rows if kind == "medium"]
    assert window.canvas_reading.medium_combo.itemText(0) == "全部介质"
    window.set_language("en")
    qtbot.waitUntil(lambda: window.actions_by_name["show_legend"].text() == "&Legend", timeout=5000)
    assert legend_rows(window.scene)[0][2] == "Legend"
