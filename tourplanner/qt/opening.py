"""Open what the command line, a double-click or a second launch asked for: a stored tour
by its slug, or a tour file.

A tour file whose tour the database already holds is compared with it first; the user
chooses between the stored tour and the file, seeing what replacing would change
("3 items moved, 2 people added"). A file for a tour the database lacks is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tourplanner.core.errors import TourplannerError, first_line

if TYPE_CHECKING:
    from tourplanner.qt.main_window import MainWindow
    from tourplanner.services.tourfile import TourComparison

#: The answers of ``ask_open_or_replace``.
OPEN_STORED = "open"
REPLACE = "replace"
CANCEL = "cancel"


def open_at_start(window: MainWindow, tour: str | None = None, file: str | None = None) -> bool:
    """Open the tour file ``file`` (it wins) or the stored tour ``tour`` in ``window``."""
    if file:
        return open_tour_file(window, file)
    if tour:
        return window.open_tour(tour)
    return False


def open_tour_file(window: MainWindow, path: str) -> bool:
    """Import the tour file at ``path`` and open it, or, when its tour is stored already,
    ask whether to open the stored tour or replace it from the file."""
    # Brings the tour-file reader and JSON Schema: imported when a file is opened.
    from tourplanner.services.tourfile import compare_tour_file

    try:
        comparison = compare_tour_file(window.db, path)
    except TourplannerError as error:
        window.show_error(
            QCoreApplication.translate("Opening", "Could not open the tour file"), first_line(error)
        )
        return False
    if not comparison.stored:
        return window.import_tour_path(path)
    if comparison.same:
        opened = window.open_tour(comparison.slug)
        if opened:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Opening", "The file holds the same tour as the database."
                ),
                6000,
            )
        return opened
    answer = ask_open_or_replace(window, comparison)
    if answer == OPEN_STORED:
        return window.open_tour(comparison.slug)
    if answer == REPLACE:
        return window.import_tour_path(path, replace=True)
    return False


# QT_TRANSLATE_NOOP gives back its text; PySide's stub says it returns object.
_PHRASES: dict[tuple[str, str], tuple[Any, Any]] = {
    ("items", "moved"): (
        QT_TRANSLATE_NOOP("Opening", "1 item moved"),
        QT_TRANSLATE_NOOP("Opening", "%1 items moved"),
    ),
    ("items", "added"): (
        QT_TRANSLATE_NOOP("Opening", "1 item added"),
        QT_TRANSLATE_NOOP("Opening", "%1 items added"),
    ),
    ("items", "removed"): (
        QT_TRANSLATE_NOOP("Opening", "1 item removed"),
        QT_TRANSLATE_NOOP("Opening", "%1 items removed"),
    ),
    ("items", "changed"): (
        QT_TRANSLATE_NOOP("Opening", "1 item changed"),
        QT_TRANSLATE_NOOP("Opening", "%1 items changed"),
    ),
    ("participants", "added"): (
        QT_TRANSLATE_NOOP("Opening", "1 person added"),
        QT_TRANSLATE_NOOP("Opening", "%1 people added"),
    ),
    ("participants", "removed"): (
        QT_TRANSLATE_NOOP("Opening", "1 person removed"),
        QT_TRANSLATE_NOOP("Opening", "%1 people removed"),
    ),
    ("participants", "changed"): (
        QT_TRANSLATE_NOOP("Opening", "1 person changed"),
        QT_TRANSLATE_NOOP("Opening", "%1 people changed"),
    ),
    ("sites", "added"): (
        QT_TRANSLATE_NOOP("Opening", "1 site added"),
        QT_TRANSLATE_NOOP("Opening", "%1 sites added"),
    ),
    ("sites", "removed"): (
        QT_TRANSLATE_NOOP("Opening", "1 site removed"),
        QT_TRANSLATE_NOOP("Opening", "%1 sites removed"),
    ),
    ("sites", "changed"): (
        QT_TRANSLATE_NOOP("Opening", "1 site changed"),
        QT_TRANSLATE_NOOP("Opening", "%1 sites changed"),
    ),
    ("groups", "added"): (
        QT_TRANSLATE_NOOP("Opening", "1 group added"),
        QT_TRANSLATE_NOOP("Opening", "%1 groups added"),
    ),
    ("groups", "removed"): (
        QT_TRANSLATE_NOOP("Opening", "1 group removed"),
        QT_TRANSLATE_NOOP("Opening", "%1 groups removed"),
    ),
    ("groups", "changed"): (
        QT_TRANSLATE_NOOP("Opening", "1 group changed"),
        QT_TRANSLATE_NOOP("Opening", "%1 groups changed"),
    ),
    ("vehicles", "added"): (
        QT_TRANSLATE_NOOP("Opening", "1 vehicle added"),
        QT_TRANSLATE_NOOP("Opening", "%1 vehicles added"),
    ),
    ("vehicles", "removed"): (
        QT_TRANSLATE_NOOP("Opening", "1 vehicle removed"),
        QT_TRANSLATE_NOOP("Opening", "%1 vehicles removed"),
    ),
    ("vehicles", "changed"): (
        QT_TRANSLATE_NOOP("Opening", "1 vehicle changed"),
        QT_TRANSLATE_NOOP("Opening", "%1 vehicles changed"),
    ),
}


def describe_changes(comparison: TourComparison) -> str:
    """What replacing the stored tour with the file would change, in one line."""
    parts = []
    for kind, what, count in comparison.counts():
        one, many = _PHRASES[(kind, what)]
        text = one if count == 1 else many
        parts.append(QCoreApplication.translate("Opening", text).replace("%1", str(count)))
    if comparison.other_changes:
        parts.append(QCoreApplication.translate("Opening", "other details changed"))
    return ", ".join(parts) if parts else QCoreApplication.translate("Opening", "no visible change")


def ask_open_or_replace(parent: QWidget, comparison: TourComparison) -> str:
    """The file's tour is stored already and differs: open the stored one, replace it
    from the file, or do nothing? Tests replace this (a modal box would wait)."""
    box = QMessageBox(parent)
    box.setObjectName("openOrReplaceBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Opening", "Tour already in the database"))
    box.setText(
        QCoreApplication.translate("Opening", "The database already holds the tour '%1'.").replace(
            "%1", comparison.name
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Opening", "Replacing it from the file would change: %1."
        ).replace("%1", describe_changes(comparison))
    )
    open_button = box.addButton(
        QCoreApplication.translate("Opening", "Open the stored tour"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    replace_button = box.addButton(
        QCoreApplication.translate("Opening", "Replace from the file"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(open_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_button:
        return OPEN_STORED
    if clicked is replace_button:
        return REPLACE
    return CANCEL
