"""Start the desktop application: ``parkflow`` or ``parkflow FILE`` (docs/design.md, "The command line").

:func:`run_app` makes the QApplication, sets up the rotating log file and
the translators, installs the last-resort exception hook, builds the main
window and opens FILE, else the last file, else the bundled Jiaxing Port
sample; after a crash it first offers the recovery file.
"""

from __future__ import annotations

import atexit
import logging
import logging.handlers
import os
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from parkflow import __version__
from parkflow.ui import i18n
from parkflow.ui.files import samples_dir
from parkflow.ui.mainwindow import SAMPLE_TITLE, MainWindow, log_path
from parkflow.ui.undo import PARK_MIME_TYPE

log = logging.getLogger("parkflow.ui")

ORGANIZATION = "ParkFlow"
APPLICATION = "ParkFlow"


def sample_park_path() -> Path | None:
    """The bundled Jiaxing Port sample, if this installation has it."""
    path = samples_dir() / SAMPLE_TITLE
    if path.is_file():
        return path
    folder = path.with_suffix("")  # the workbook folder the scenario file is built from
    return folder if folder.is_dir() else None


def setup_logging() -> Path:
    """Log to a rotating file in AppDataLocation (1 MB × 3)."""
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger("parkflow")
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with ParkFlow's names (settings and data paths follow them)."""
    if os.environ.get("PARKFLOW_TEST"):
        QStandardPaths.setTestModeEnabled(True)
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    global _clipboard_release_registered
    if not _clipboard_release_registered:
        atexit.register(_release_clipboard)
        _clipboard_release_registered = True
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    font = app.font()
    # Chinese text needs a CJK-capable family; Qt falls back per glyph, this only
    # prefers a good one where installed (fonts-wqy-microhei, Noto CJK).
    families = [font.family(), "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC"]
    QFont.setFamilies(font, families)
    app.setFont(font)
    return app


_clipboard_release_registered = False


def _release_clipboard() -> None:
    """Drop ParkFlow's clipboard data while Python is still alive.

    The clipboard owns the QMimeData that copy created from Python; if Qt's
    own exit handlers destroy it after the interpreter has finalised, the
    process dies with a segmentation fault on exit.
    """
    app = QApplication.instance()
    if app is None:
        return
    clipboard = QApplication.clipboard()
    mime = clipboard.mimeData()
    if mime is not None and mime.hasFormat(PARK_MIME_TYPE):
        clipboard.clear()


def install_exception_hook(window: MainWindow) -> None:
    """Unexpected exceptions: log them, show a short dialog, keep the document editable."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        try:
            window.show_unexpected_error(error.with_traceback(trace))
        except Exception:  # never let the hook itself raise
            sys.__excepthook__(kind, error, trace)

    sys.excepthook = hook


def run_app(path: str | None = None) -> int:
    """Open the main window (on ``path``, the last file or the sample); returns the exit code."""
    app = make_application()
    setup_logging()
    settings = QSettings()
    language = str(settings.value("language", i18n.system_language()))
    i18n.install_language(language)
    window = MainWindow(settings=settings)
    install_exception_hook(window)
    window.show()
    restored = window.files.offer_recovery()
    if not restored:
        opened = False
        if path:
            opened = window.files.open_path(path)
        else:
            last = str(settings.value("last_file", "") or "")
            if last and Path(last).is_file():
                opened = window.files.open_path(last)
            if not opened:
                sample = sample_park_path()
                if sample is not None:
                    opened = window.files.open_path(str(sample), as_untitled=True)
                    window.files.display_name = SAMPLE_TITLE
                    window._update_title()
        if not opened and not path:
            window.files.new_park()
    log.info("ParkFlow %s started", __version__)
    code = app.exec()
    sys.excepthook = sys.__excepthook__
    return int(code)
