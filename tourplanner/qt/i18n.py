"""Load the user's language: Tourplanner's own translation and Qt's, before any window.

The language follows the system locale unless the Settings dialog chose one. English is
the source language, so it needs no file; a language without a file falls back to it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tourplanner.paths import RESOURCES_DIR
from tourplanner.qt import labels
from tourplanner.qt import settings as keys
from tourplanner.qt.settings import Settings

I18N_DIR = RESOURCES_DIR / "i18n"

# Kept alive for the application's lifetime: an uninstalled, collected translator would
# leave Qt with a dangling pointer.
_installed: list[QTranslator] = []


def chosen_locale(settings: Settings) -> QLocale:
    """The locale the user asked for, or the system's."""
    language = settings.get(keys.LANGUAGE)
    if language == keys.LANGUAGE_SYSTEM:
        return QLocale.system()
    return QLocale(language)


def install_translators(settings: Settings) -> QLocale:
    """Install Tourplanner's and Qt's translations for the chosen language; returns it.

    Dates and numbers follow the same locale (it becomes the default QLocale).
    """
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = chosen_locale(settings)
    QLocale.setDefault(locale)
    labels.clear_caches()
    if locale.language() == QLocale.Language.English:
        return locale
    ours = QTranslator()
    if ours.load(locale, "tourplanner", "_", str(I18N_DIR)):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_own = QTranslator()
    if qt_own.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return locale
