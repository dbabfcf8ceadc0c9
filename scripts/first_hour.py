"""Drive the real window through a new user's first hour and save a screenshot of each step.

    xvfb-run -a -s "-screen 0 1366x768x24" python scripts/first_hour.py [OUT] [en|zh_CN]

New park from the workbook template, draw (enterprise, stream, link), optimize,
read the results, edit (results out of date), write a report, compare with the
last saved version, the user guide; in English and Chinese, on a 1366×768
screen.  The images are for people to look at (they go to OUT, default
/tmp/parkflow_first_hour), not for the README.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PARKFLOW_TEST", "1")

from PySide6.QtCore import QPoint, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from parkflow.ui import i18n, undo  # noqa: E402
from parkflow.ui.app import make_application  # noqa: E402
from parkflow.ui.mainwindow import MainWindow  # noqa: E402


def settle(app: QApplication, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()


def run(language: str, out: Path) -> None:
    app = make_application()
    QMessageBox.exec = lambda self: QMessageBox.StandardButton.Ok  # type: ignore[method-assign]
    work = Path(tempfile.mkdtemp())
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    i18n.install_language(language)
    window = MainWindow(settings=settings, autosave=False)
    window.set_language(language)
    window.show()
    settle(app)
    shots: list[str] = []

    def shot(widget: QWidget, name: str) -> None:
        settle(app)
        path = out / f"{language}_{name}.png"
        widget.grab().save(str(path))
        shots.append(str(path))

    window.files.new_park()
    shot(window, "01_empty_park")
    menu = window.canvas_context_menu(window.view.mapToScene(window.view.viewport().rect().center()))
    menu.popup(window.mapToGlobal(QPoint(500, 300)))
    settle(app)
    shot(menu, "02_context_menu")
    menu.close()

    template = work / "park_template.xlsx"
    window.files.new_from_template(str(template))
    window.view.fit()
    shot(window, "03_template_opened")

    enterprise_id = window.add_enterprise()
    assert enterprise_id is not None
    stream_id = window.add_stream(enterprise_id)
    assert stream_id is not None
    shot(window, "04_new_stream_in_inspector")
    window.tables.setCurrentWidget(window.tables.tables["streams"])
    window.tables_dock.raise_()
    shot(window, "05_streams_table")

    from parkflow.optimize import SolveOptions, optimize

    park = window.document.park
    result = optimize(park.copy(), SolveOptions(objective="cost", mode="lp", solver="highs"))
    window._on_optimized(result)
    window.view.fit()
    shot(window, "06_optimized")
    window.results_dock.setFloating(True)
    window.results_dock.resize(700, 740)
    shot(window.results_dock, "07_results_dock")
    window.results_dock.tabs.setCurrentIndex(3)
    shot(window.results_dock, "08_pareto_tab_empty")
    window.results_dock.tabs.setCurrentIndex(4)
    shot(window.results_dock, "09_heat_tab_empty")
    window.results_dock.tabs.setCurrentIndex(0)
    window.results_dock.setFloating(False)

    saved = work / "my_park.parkflow"
    window.files.write(str(saved))
    stream = window.document.park.streams["S2"]
    window.document.undo_stack.push(
        undo.change_command(
            window.document, "streams", dataclasses.replace(stream, amount=stream.amount * 1.5)
        )
    )
    shot(window, "10_results_out_of_date")

    report = work / "report.html"
    window.export_report_to = str(report)
    from parkflow.report import render_report

    render_report(window.document.park, window.document.result, report, **window.files.report_source())
    text = report.read_text(encoding="utf-8")
    print("report names its file:", "my_park.parkflow" in text)

    compare = window.files.compare_with_saved()
    if compare is not None:
        compare.resize(1340, 740)
        shot(compare, "11_compare_with_saved")
        compare.close()
    help_window = window.show_help()
    shot(help_window, "12_user_guide")
    help_window.close()
    window.inspector.show_park()
    window.inspector_dock.raise_()
    shot(window, "13_park_settings")
    window.document.set_modified(False)
    window.close()
    settle(app)
    print("\n".join(shots))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/parkflow_first_hour")
    out.mkdir(parents=True, exist_ok=True)
    languages = sys.argv[2:] or ["en", "zh_CN"]
    for language in languages:
        run(language, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
