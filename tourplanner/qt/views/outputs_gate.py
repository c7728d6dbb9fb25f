"""Before anything leaves the app (email, calendar sync): when the tour has errors, show
them and ask whether to go ahead anyway. The rule itself is the service's
(``services.tours``); this only asks the question."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget


class OpenErrorsQuestion(QMessageBox):
    """ "The tour has N errors: … Go ahead anyway?" with the first errors listed."""

    def __init__(self, count: int, lines: list[str], go_ahead: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("openErrorsQuestion")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("The tour has errors"))
        text = (
            self.tr("The tour has 1 error.")
            if count == 1
            else self.tr("The tour has %1 errors.").replace("%1", str(count))
        )
        self.setText(text + " " + self.tr("Fix them first, or go ahead anyway?"))
        self.setInformativeText("\n".join(lines))
        self.go_ahead = self.addButton(go_ahead, QMessageBox.ButtonRole.AcceptRole)
        self.go_ahead.setObjectName("goAheadButton")
        self.cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel)  # Enter must not send by accident
        self.setEscapeButton(self.cancel)


def allow_open_errors(parent: QWidget, db: Any, slug: str, go_ahead: str) -> bool | None:
    """Whether to pass ``allow_errors``: False when the tour has no errors, True when it
    has some and the organiser chose ``go_ahead``, None when they chose not to go on."""
    from tourplanner.services.tours import find_open_errors

    count, lines = find_open_errors(db, slug)
    if not count:
        return False
    question = OpenErrorsQuestion(count, lines, go_ahead, parent)
    question.exec()
    return True if question.clickedButton() is question.go_ahead else None
