"""Load the user's language: Tourplanner's own translation and Qt's, before any window,
and again when Settings changes it (no restart).

The language follows the system locale unless the Settings dialog chose one. English is
the source language: its file holds only plural forms ("1 item", "2 items"). Core,
services and widgets share one catalogue (see ``core/i18n.py``): this module hands
``QCoreApplication.translate`` to core's ``translate``.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabWidget,
    QWidget,
)

from tourplanner.core import i18n as core_i18n
from tourplanner.paths import RESOURCES_DIR
from tourplanner.qt import labels
from tourplanner.qt import settings as keys
from tourplanner.qt.settings import Settings

I18N_DIR = RESOURCES_DIR / "i18n"

# Kept alive for the application's lifetime: an uninstalled, collected translator would
# leave Qt with a dangling pointer.
_installed: list[QTranslator] = []
# The catalogue language now installed ('en' or 'zh_CN'), for retranslate_texts.
_current = [core_i18n.SOURCE_LANGUAGE]


def chosen_locale(settings: Settings) -> QLocale:
    """The locale the user asked for, or the system's."""
    language = settings.get(keys.LANGUAGE)
    if language == keys.LANGUAGE_SYSTEM:
        return QLocale.system()
    return QLocale(language)


def catalogue_language(locale: QLocale) -> str:
    """The catalogue a locale reads: 'zh_CN' for Chinese, else 'en' (the source)."""
    return core_i18n.match_language(locale.name()) or core_i18n.SOURCE_LANGUAGE


def install_translators(settings: Settings) -> QLocale:
    """Install Tourplanner's and Qt's translations for the chosen language; returns it.

    Dates and numbers follow the same locale (it becomes the default QLocale). Called
    again after Settings changed the language, Qt sends every widget a LanguageChange
    event (``MainWindow`` then retranslates, see ``retranslate_texts``).
    """
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = chosen_locale(settings)
    QLocale.setDefault(locale)
    labels.clear_caches()
    core_i18n.use_backend(QCoreApplication.translate)
    language = catalogue_language(locale)
    _current[0] = language
    ours = QTranslator()
    # English loads its plural-only file; a language without a file falls back to it.
    if ours.load(f"tourplanner_{language}", str(I18N_DIR)):
        app.installTranslator(ours)
        _installed.append(ours)
    if language == core_i18n.SOURCE_LANGUAGE:
        return locale
    qt_own = QTranslator()
    if qt_own.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return locale


def current_language() -> str:
    """The catalogue language installed ('en' or 'zh_CN')."""
    return _current[0]


def is_language_change(event: QEvent) -> bool:
    return event.type() == QEvent.Type.LanguageChange


def retranslate_texts(roots: list[QWidget], before: str, after: str) -> int:
    """Re-set the fixed texts of ``roots`` and everything in them (menus, actions,
    docks, buttons, labels, group boxes, tabs, placeholders, tooltips) from language
    ``before`` to ``after``; returns how many texts changed.

    A widget keeps only its translated text, so the English source is found again by
    reading the ``before`` catalogue backwards; a text built with values ("Tours: 3")
    is not in the catalogue and is left for its owner, which sets it again on its next
    update. Item models ask ``tr()`` for their headers each time: their views only need
    repainting (the caller emits ``headerDataChanged``).
    """
    if before == after:
        return 0
    back = _sources(before)
    forth = _translations(after)

    def swap(text: str) -> str | None:
        source = back.get(text, text if before == core_i18n.SOURCE_LANGUAGE else None)
        if source is None:
            return None
        new = forth.get(source, source)
        return new if new != text else None

    changed = 0
    seen: set[int] = set()
    for root in roots:
        for obj in [root, *root.findChildren(QObject)]:
            if id(obj) in seen:
                continue
            seen.add(id(obj))
            changed += _retranslate_one(obj, swap)
    return changed


def _retranslate_one(obj: QObject, swap: object) -> int:
    assert callable(swap)
    pairs: list[tuple[object, object]] = []
    if isinstance(obj, QAction):
        pairs = [(obj.text, obj.setText), (obj.toolTip, obj.setToolTip)]
        pairs.append((obj.statusTip, obj.setStatusTip))
    elif isinstance(obj, QMenu):
        pairs = [(obj.title, obj.setTitle)]
    elif isinstance(obj, QDockWidget):
        pairs = [(obj.windowTitle, obj.setWindowTitle)]
    elif isinstance(obj, QAbstractButton | QLabel):
        pairs = [(obj.text, obj.setText)]
    elif isinstance(obj, QGroupBox):
        pairs = [(obj.title, obj.setTitle)]
    elif isinstance(obj, QLineEdit):
        pairs = [(obj.placeholderText, obj.setPlaceholderText)]
    if isinstance(obj, QWidget):
        pairs += [(obj.toolTip, obj.setToolTip), (obj.accessibleName, obj.setAccessibleName)]
        if obj.isWindow():
            pairs.append((obj.windowTitle, obj.setWindowTitle))
    changed = 0
    for getter, setter in pairs:
        assert callable(getter) and callable(setter)
        text = getter()
        if text:
            new = swap(text)
            if new is not None:
                setter(new)
                changed += 1
    if isinstance(obj, QTabWidget):
        for i in range(obj.count()):
            new = swap(obj.tabText(i))
            if new is not None:
                obj.setTabText(i, new)
                changed += 1
    if isinstance(obj, QHeaderView) and isinstance(obj.model(), QStandardItemModel):
        model = obj.model()
        assert isinstance(model, QStandardItemModel)
        horizontal = obj.orientation() == Qt.Orientation.Horizontal
        for i in range(model.columnCount() if horizontal else model.rowCount()):
            cell = model.horizontalHeaderItem(i) if horizontal else model.verticalHeaderItem(i)
            new = swap(cell.text()) if cell is not None and cell.text() else None
            if cell is not None and new is not None:
                cell.setText(new)
                changed += 1
    if isinstance(obj, QListWidget):  # a navigation list names its pages
        for i in range(obj.count()):
            entry = obj.item(i)
            for getter, setter in ((entry.text, entry.setText), (entry.toolTip, entry.setToolTip)):
                new = swap(getter()) if getter() else None
                if new is not None:
                    setter(new)
                    changed += 1
    return changed


def send_language_change(roots: list[QWidget]) -> None:
    """Tell every widget the language changed. Qt does so itself when a translator is
    installed in a running event loop; before ``exec()`` (start-up, tests, screenshots)
    it does not, so this sends the event, which each widget passes to its children.
    A widget that words itself from data re-sets its text in ``changeEvent``."""
    for root in roots:
        QCoreApplication.sendEvent(root, QEvent(QEvent.Type.LanguageChange))


# Contexts whose texts are sentences and error messages, never a widget's fixed text:
# left out of the reverse look-up, where "日程" must lead back to "Programme", not to
# an error message's "schedule item".
_NOT_WIDGET_TEXT = frozenset({"Checks", "Wording", "History", "Cli", "Errors"})


def _sources(language: str) -> dict[str, str]:
    """translation -> English source, for the single-form messages of ``language``."""
    if language == core_i18n.SOURCE_LANGUAGE:
        return {}
    found: dict[str, str] = {}
    for (context, source, _comment), forms in core_i18n.catalogue(language).messages.items():
        if len(forms) == 1 and context not in _NOT_WIDGET_TEXT:
            found.setdefault(forms[0], source)
    return found


def _translations(language: str) -> dict[str, str]:
    """English source -> translation in ``language`` (any context: the same English
    text is translated alike across contexts but for a few, whose first one wins)."""
    if language == core_i18n.SOURCE_LANGUAGE:
        return {}
    found: dict[str, str] = {}
    for (context, source, _comment), forms in core_i18n.catalogue(language).messages.items():
        if len(forms) == 1 and context not in _NOT_WIDGET_TEXT:
            found.setdefault(source, forms[0])
    return found


def top_level_widgets() -> list[QWidget]:
    """Every window of the application (the main window, open dialogs)."""
    return list(QApplication.topLevelWidgets())
