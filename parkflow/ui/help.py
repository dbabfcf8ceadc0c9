"""The user guide, shipped with the package and shown in the application.

``resources/help/guide_<language>.html`` (English and Simplified Chinese) is
opened in a :class:`QTextBrowser`; the guide in the current language is
shown, English where a language has none.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from parkflow.ui import i18n


def help_dir() -> Path:
    """Folder of the guide's HTML files (next to the translations)."""
    return i18n.translations_dir().parent / "help"


def guide_path(language: str | None = None) -> Path:
    """The guide in ``language`` (default: the current one), else the English guide."""
    language = language or i18n.current_language()
    path = help_dir() / f"guide_{language}.html"
    return path if path.is_file() else help_dir() / f"guide_{i18n.DEFAULT_LANGUAGE}.html"


class HelpWindow(QDialog):
    """The user guide in a browser with working in-page links."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_window")
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)
        self.show_guide()

    def show_guide(self) -> None:
        """(Re)load the guide in the current language."""
        path = guide_path()
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        self.setWindowTitle(self.tr("ParkFlow user guide"))
