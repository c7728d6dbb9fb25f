"""The few message boxes of the workspace: an error, a conflict, a confirmation.

Each is a function so tests can replace it (a real modal box would wait for a click).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tourplanner.qt.session import KEEP_MINE, RELOAD


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """An error the user can act on, as its one line (never a traceback)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, title, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.setAccessibleName(title)
    box.setInformativeText(message)
    box.exec()


def ask_conflict(parent: QWidget | None, message: str) -> str:
    """Someone else changed what this edit touches: reload, or keep this edit?"""
    box = QMessageBox(parent)
    box.setObjectName("conflictBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Changed elsewhere"))
    box.setAccessibleName(QCoreApplication.translate("Messages", "Changed elsewhere"))
    box.setText(
        QCoreApplication.translate("Messages", "Someone else changed this since you opened it.")
    )
    box.setInformativeText(
        message
        + "\n\n"
        + QCoreApplication.translate(
            "Messages",
            "Reload shows their version and drops your change. Keep mine saves your "
            "change over theirs.",
        )
    )
    reload_button = box.addButton(
        QCoreApplication.translate("Messages", "Reload"), QMessageBox.ButtonRole.RejectRole
    )
    reload_button.setObjectName("reloadButton")
    keep_button = box.addButton(
        QCoreApplication.translate("Messages", "Keep mine"), QMessageBox.ButtonRole.AcceptRole
    )
    keep_button.setObjectName("keepMineButton")
    box.setDefaultButton(reload_button)
    box.exec()
    return KEEP_MINE if box.clickedButton() is keep_button else RELOAD


def confirm(parent: QWidget | None, title: str, text: str, detail: str, action: str) -> bool:
    """Ask before a change with consequences; ``action`` labels the button that goes ahead."""
    box = QMessageBox(parent)
    box.setObjectName("confirmBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setAccessibleName(title)
    box.setText(text)
    box.setInformativeText(detail)
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    go.setObjectName("confirmButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is go
