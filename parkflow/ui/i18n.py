"""Languages of the desktop application: English (source) and Simplified Chinese.

Every user-visible string goes through ``self.tr`` or
``QCoreApplication.translate``; ``resources/translations/parkflow_zh_CN.ts``
holds the Chinese texts and is compiled to ``.qm`` with
``pyside6-lrelease`` (``scripts/update_translations.py`` runs
``pyside6-lupdate`` and ``pyside6-lrelease``).

Switching language installs the new translators at once; Qt then sends a
``LanguageChange`` event to every widget and the main window retranslates
its menus, toolbar, docks, tables, inspector and problems list live.
Dialogs pick the language up the next time they open.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

#: Language code → its name in that language (shown in the menu).
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文"}
DEFAULT_LANGUAGE = "en"

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def translations_dir() -> Path:
    """Folder of the compiled ``parkflow_<code>.qm`` files.

    Installed: the ``parkflow.resources`` package; run from a source tree:
    ``resources/`` next to the ``parkflow`` package.
    """
    try:
        return Path(str(resources.files("parkflow.resources"))) / "translations"
    except ModuleNotFoundError:
        import parkflow

        return Path(parkflow.__file__).resolve().parent.parent / "resources" / "translations"


def current_language() -> str:
    return _current


def system_language() -> str:
    """``zh_CN`` on a Chinese system, else English."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else DEFAULT_LANGUAGE


def install_language(code: str) -> bool:
    """Make ``code`` the application's language; True if its translations loaded.

    English needs no file; an unknown code or a missing ``.qm`` falls back to
    English (and is logged).
    """
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if code not in LANGUAGES:
        log.warning("unknown language %r; using English", code)
        code = DEFAULT_LANGUAGE
    _current = code
    if code == DEFAULT_LANGUAGE:
        return True
    ours = QTranslator(app)
    loaded = ours.load(f"parkflow_{code}", str(translations_dir()))
    if not loaded:
        log.warning("translations for %s not found in %s", code, translations_dir())
        _current = DEFAULT_LANGUAGE
        return False
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt_translator)
        _installed.append(qt_translator)
    QCoreApplication.installTranslator(ours)
    _installed.append(ours)
    return True
