"""What the import wizard's pages share: the page ids, the widest a column is sized,
and the small labels (error messages, notes, count chips)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tourplanner.imports.row_import import Action
from tourplanner.qt.models.import_preview import ACTION_COLOURS
from tourplanner.qt.style import ERROR_COLOUR

FILE_PAGE, SHEET_PAGE, MAPPING_PAGE, PREVIEW_PAGE, DONE_PAGE = range(5)

_MAX_COLUMN = 280


def _message_label(name: str, accessible: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAccessibleName(accessible)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(
        f"color: {ERROR_COLOUR}; background: #fef2f2; border: 1px solid #fecaca;"
        " border-radius: 4px; padding: 6px;"
    )
    label.hide()
    return label


def _note_label(name: str, accessible: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAccessibleName(accessible)
    label.setWordWrap(True)
    label.setStyleSheet("color: #4b5563;")
    return label


def _chip(name: str, accessible: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAccessibleName(accessible)
    return label


def _colour_chip(label: QLabel, action: Action, count: int) -> None:
    """The count in the colour of its kind of row; a zero in grey."""
    fill, text = ACTION_COLOURS[action] if count else ("#f3f4f6", "#9ca3af")
    label.setStyleSheet(
        f"background: {fill}; color: {text}; border-radius: 11px; padding: 3px 12px;"
        " font-weight: 600;"
    )
