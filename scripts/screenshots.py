"""Render the real ParkFlow window to docs/images/app_*.png for the README.

Run under a virtual X server so the window is drawn exactly as on a desktop::

    xvfb-run -a -s "-screen 0 1600x1000x24" python scripts/screenshots.py

(``QT_QPA_PLATFORM=offscreen`` also works, with slightly different fonts.)
Images: the main window on the bundled Jiaxing Port sample before and after
optimization, the same in Chinese, the results dock, the Sankey view,
when ``parkflow.ui.compare_window`` is present the compare view, and (from
scripts/screenshots_periods.py) the period selector and a storage's level
chart in English and Chinese.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PARKFLOW_TEST", "1")  # keep settings and recovery files out of the home folder

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from parkflow.ui import i18n  # noqa: E402
from parkflow.ui.app import make_application, sample_park_path  # noqa: E402
from parkflow.ui.mainwindow import MainWindow  # noqa: E402

OUT = ROOT / "docs" / "images"
SIZE = (1560, 940)


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, name: str) -> Path:
    path = OUT / name
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT)}")
    return path


def main() -> int:
    app = make_application()
    OUT.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "screenshots.ini"), QSettings.Format.IniFormat)
    i18n.install_language("en")
    window = MainWindow(settings=settings, autosave=False)
    window.resize(*SIZE)
    window.show()
    sample = sample_park_path()
    if sample is None or not window.files.open_path(str(sample), as_untitled=True):
        print("the Jiaxing Port sample is missing", file=sys.stderr)
        return 1
    window.files.display_name = sample.name
    window._update_title()
    settle(app)
    window.view.fit()
    window.scene.select_entity("enterprises", next(iter(window.document.park.enterprises)))
    window._on_canvas_selection()
    settle(app)
    save(window, "app_main_window.png")

    from parkflow.optimize import SolveOptions, optimize

    park = window.document.park
    result = optimize(park.copy(), SolveOptions(objective="cost", mode="lp", solver="highs"))
    window._on_optimized(result)
    window.scene.clearSelection()
    window.inspector.show_park()
    settle(app)
    window.view.fit()
    settle(app)
    save(window, "app_main_window_optimized.png")
    window.results_dock.setFloating(True)
    window.results_dock.resize(760, 860)
    settle(app)
    save(window.results_dock, "app_results_dock.png")
    window.results_dock.setFloating(False)
    window.results_dock.raise_()

    window.set_language("zh_CN")
    settle(app)
    save(window, "app_main_window_zh.png")
    from parkflow.ui.results import OptimizeDialog
    from parkflow.ui.worker import stage_text

    dialog = OptimizeDialog(window, settings=settings)
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData("milp"))
    dialog.show()
    settle(app)
    save(dialog, "app_optimize_dialog_zh.png")
    dialog.close()
    # the status bar while a MILP search is 40 % of the way to its gap
    for widget in (window.progress_label, window.progress_bar, window.cancel_button):
        widget.setVisible(True)
    window._on_progress(*stage_text("search", 0.4))
    settle(app)
    save(window, "app_milp_progress_zh.png")
    window._end_progress()
    window.set_language("en")

    window.show_sankey()
    if window.sankey_window is not None:
        window.sankey_window.resize(1200, 760)
        settle(app)
        save(window.sankey_window, "app_sankey.png")
        window.sankey_window.close()

    try:
        from parkflow.ui.compare_window import CompareWindow
    except ImportError:
        CompareWindow = None  # noqa: N806 - optional class
    if CompareWindow is not None:
        compare = CompareWindow()
        compare.setWindowFlag(Qt.WindowType.Window, True)
        compare.resize(1400, 860)
        # an alternative: 20 % more export steam from Jiahua and one candidate link dropped
        other = park.copy()
        source = max(
            other.sources(), key=lambda stream: stream.amount if stream.medium.value == "steam" else 0
        )
        source.amount *= 1.2
        candidates = [lk.id for lk in other.links.values() if lk.status.value == "candidate"]
        if candidates:
            del other.links[candidates[-1]]
        other_result = optimize(other.copy(), SolveOptions(objective="cost", mode="lp", solver="highs"))
        compare.set_parks(
            park, [other], labels=["Jiaxing Port", "More export steam"], results=[result, other_result]
        )
        compare.show()
        settle(app)
        save(compare, "app_compare.png")
        compare.close()

    window.document.set_modified(False)
    window.close()
    settle(app)

    # a park with periods (period selector) and a day/night tank (storage chart)
    from screenshots_periods import render as render_periods

    render_periods(app, settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
