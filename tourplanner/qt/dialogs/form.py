"""Edit dialogs that cannot save an invalid record.

A ``FormDialog`` lays out labelled fields, each with a message line under it that says what
is wrong ("End must be after start", "Unknown timezone"). The checks run as the user
types; OK is disabled while any fails. If the service still refuses (a key taken in the
meantime, say), its message appears at the top of the dialog and the dialog stays open.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QObject, Qt, QTimeZone
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tourplanner.qt.style import ERROR_COLOUR

Check = Callable[[], str | None]
#: Saves the form; returns None on success or the service's one-line refusal.
Submit = Callable[[], str | None]

KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")


def slugify(text: str) -> str:
    """A key from a name: 'Lijia Smart Park' -> 'lijia-smart-park' ('' for no Latin)."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return slug[:64].rstrip("-")


_zones: list[str] | None = None


def timezone_names() -> list[str]:
    """Every IANA zone this machine knows, sorted (read once)."""
    global _zones
    if _zones is None:
        _zones = sorted(available_timezones())
    return _zones


class FormDialog(QDialog):
    """A dialog of labelled fields with a message under each and a guarded OK button."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_title(title)
        self.setModal(True)
        self.submit: Submit | None = None
        self._checks: list[tuple[Check, QLabel]] = []
        self._fields: list[QWidget] = []
        # A field's message shows once the field has been left (or OK tried), not while
        # an empty form waits for its first keystroke; ids of the message labels.
        self._message_of: dict[int, QLabel] = {}
        self._left: set[int] = set()
        self._field_of: dict[int, QWidget] = {}

        self.refusal = QLabel()
        self.refusal.setObjectName("serviceRefusal")
        self.refusal.setAccessibleName(self.tr("Why the change was not saved"))
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet(
            f"color: {ERROR_COLOUR}; background: #fef2f2; border: 1px solid #fecaca;"
            " border-radius: 4px; padding: 6px;"
        )
        self.refusal.hide()

        # Someone else changed what this dialog edits: say so, and offer both ways on.
        self.elsewhere = QFrame()
        self.elsewhere.setObjectName("changedElsewhere")
        self.elsewhere.setAccessibleName(self.tr("Changed by someone else"))
        self.elsewhere.setStyleSheet(
            "QFrame#changedElsewhere { background: #fffbeb; border: 1px solid #fcd34d;"
            " border-radius: 4px; }"
        )
        self.elsewhere_text = QLabel()
        self.elsewhere_text.setObjectName("changedElsewhereText")
        self.elsewhere_text.setAccessibleName(self.tr("What someone else changed"))
        self.elsewhere_text.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("&Reload"))
        self.reload_button.setObjectName("reloadButton")
        self.reload_button.setAccessibleName(self.tr("Reload: show their version"))
        self.keep_button = QPushButton(self.tr("&Keep mine"))
        self.keep_button.setObjectName("keepMineButton")
        self.keep_button.setAccessibleName(self.tr("Keep mine: my values win on OK"))
        self.keep_button.clicked.connect(self.elsewhere.hide)
        row = QHBoxLayout(self.elsewhere)
        row.addWidget(self.elsewhere_text, 1)
        row.addWidget(self.reload_button)
        row.addWidget(self.keep_button)
        self.elsewhere.hide()
        self._on_reload: Callable[[], None] | None = None
        self.reload_button.clicked.connect(self._reload)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setVerticalSpacing(4)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("dialogButtons")
        self.buttons.setAccessibleName(self.tr("Dialog buttons"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setAccessibleName(self.tr("OK"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.elsewhere)
        layout.addWidget(self.refusal)
        layout.addLayout(self.form)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)

    def changed_elsewhere(self, text: str, on_reload: Callable[[], None]) -> None:
        """Say that someone else changed what this dialog edits; Reload calls
        ``on_reload`` (which shows their version), Keep mine lets OK save these values."""
        self.elsewhere_text.setText(text)
        self._on_reload = on_reload
        self.elsewhere.show()

    def _reload(self) -> None:
        reload, self._on_reload = self._on_reload, None
        self.elsewhere.hide()
        if reload is not None:
            reload()

    # -- building ------------------------------------------------------------------------

    def set_title(self, title: str) -> None:
        """The window title, also the dialog's accessible name."""
        self.setWindowTitle(title)
        self.setAccessibleName(title)

    def add_field(
        self,
        label: str,
        widget: QWidget,
        *,
        name: str,
        check: Check | None = None,
        hint: str = "",
    ) -> QLabel:
        """Add a labelled field; returns the label that shows its problem.

        ``name`` becomes the widget's object name and (with the label's text) its
        accessible name; ``hint`` is a tooltip saying what belongs there.
        """
        widget.setObjectName(name)
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        if hint:
            widget.setToolTip(hint)
            widget.setAccessibleDescription(hint)
        message = QLabel()
        message.setObjectName(f"{name}Error")
        message.setAccessibleName(self.tr("Problem with %1").replace("%1", widget.accessibleName()))
        message.setWordWrap(True)
        message.setStyleSheet(f"color: {ERROR_COLOUR}; font-size: 90%;")
        message.hide()
        cell = QWidget()
        cell.setObjectName(f"{name}Cell")
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 2)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(message)
        caption = QLabel(label)
        caption.setObjectName(f"{name}Label")
        caption.setAccessibleName(label.replace("&", ""))
        caption.setBuddy(widget)
        self.form.addRow(caption, cell)
        if check is not None:
            self._checks.append((check, message))
        self._watch(widget)
        self._fields.append(widget)
        self._message_of[id(widget)] = message
        self._field_of[id(message)] = widget
        widget.installEventFilter(self)
        return message

    def add_check(self, check: Check, beside: QLabel) -> None:
        """A check involving several fields, reported on ``beside`` (a field's message)."""
        self._checks.append((check, beside))

    def _watch(self, widget: QWidget) -> None:
        # Re-check on every edit, whatever kind of field it is.
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            widget.textChanged.connect(self.validate)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.validate)
            if widget.isEditable():
                widget.editTextChanged.connect(self.validate)
        elif isinstance(widget, QDateTimeEdit):
            widget.dateTimeChanged.connect(self.validate)
        elif isinstance(widget, QAbstractSpinBox):
            # mypy: QAbstractSpinBox has no valueChanged; each of its subclasses here has one.
            widget.valueChanged.connect(self.validate)  # type: ignore[attr-defined]
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(self.validate)
        elif isinstance(widget, QListWidget):
            widget.itemChanged.connect(self.validate)

    def finish(self) -> None:
        """Call once every field is added: sets the tab order and checks the form."""
        # Tab follows the form from top to bottom, then OK, then Cancel.
        chain: list[QWidget] = [*self._fields, self.ok_button]
        chain.append(self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        if self._fields:
            self._fields[0].setFocus(Qt.FocusReason.OtherFocusReason)
        self.validate()

    def _may_show(self, message_id: int) -> bool:
        """Shown once its field holds something typed or has been left (or OK tried)."""
        field = self._field_of.get(message_id)
        return message_id in self._left or field is None or not _is_empty(field)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A field left (focus out) shows its message from then on."""
        if event.type() == QEvent.Type.FocusOut:
            message = self._message_of.get(id(watched))
            if message is not None and id(message) not in self._left:
                self._left.add(id(message))
                self.validate()
        return super().eventFilter(watched, event)

    # -- checking and saving -------------------------------------------------------------

    def problems(self) -> list[str]:
        """The messages of every failing check, in form order."""
        found = []
        for check, _label in self._checks:
            text = check()
            if text:
                found.append(text)
        return found

    def validate(self, *_args: Any) -> bool:
        """Run every check, show the messages, enable OK only when all pass."""
        messages: dict[int, list[str]] = {}
        labels: dict[int, QLabel] = {}
        for check, label in self._checks:
            labels[id(label)] = label
            text = check()
            if text:
                messages.setdefault(id(label), []).append(text)
        for key, label in labels.items():
            texts = messages.get(key) if self._may_show(key) else None
            label.setText("\n".join(texts) if texts else "")
            label.setVisible(bool(texts))
        ok = not messages
        self.ok_button.setEnabled(ok)
        return ok

    def accept(self) -> None:
        self._left.update(id(label) for _check, label in self._checks)
        if not self.validate():
            return
        if self.submit is not None:
            refusal = self.submit()
            if refusal:
                self.refusal.setText(refusal)
                self.refusal.show()
                return
        super().accept()


def _is_empty(field: QWidget) -> bool:
    """A text field with nothing typed in it yet."""
    if isinstance(field, QLineEdit):
        return not field.text()
    if isinstance(field, QPlainTextEdit):
        return not field.toPlainText()
    return False


# -- field helpers ----------------------------------------------------------------------------


def find_data(combo: QComboBox, value: Any) -> int:
    """The index of the entry whose data equals ``value`` (-1 if none).

    QComboBox.findData() compares Qt variants, and PySide keeps dates and enum members as
    opaque Python objects there, so it would miss equal values.
    """
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            return index
    return -1


def line_edit(text: str = "", placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    return edit


def timezone_edit(value: str) -> QLineEdit:
    """A line edit that completes IANA zone names as one types."""
    edit = line_edit(value, "Asia/Shanghai")
    completer = QCompleter(timezone_names(), edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)
    return edit


def check_value(edit: QLineEdit, parse: Callable[[str], object]) -> Check:
    """A field checked by the app's one check of its kind of value (an email address, a
    phone number, a web address, a list of languages: core.contacts, core.languages),
    so the dialog refuses exactly what a tour file or a spreadsheet would, and shows the
    same reason. An empty field is fine."""

    def check() -> str | None:
        value = edit.text()
        if not value.strip():
            return None
        try:
            parse(value)
        except ValueError as e:
            return str(e)
        return None

    return check


def check_timezone(edit: QLineEdit, *, required: bool) -> Check:
    def check() -> str | None:
        value = edit.text().strip()
        if not value:
            return (
                QCoreApplication.translate("FormDialog", "A timezone is required")
                if required
                else None
            )
        if value not in timezone_names():
            return QCoreApplication.translate("FormDialog", "Unknown timezone")
        return None

    return check


def check_required(edit: QLineEdit, message: str) -> Check:
    return lambda: None if edit.text().strip() else message


def check_key(edit: QLineEdit, taken: set[str]) -> Check:
    def check() -> str | None:
        value = edit.text().strip()
        if not value:
            return QCoreApplication.translate("FormDialog", "A key is required")
        if not KEY_PATTERN.match(value):
            return QCoreApplication.translate(
                "FormDialog", "Use lower-case letters, digits, '-', '_' or '.'"
            )
        if value in taken:
            return QCoreApplication.translate("FormDialog", "This key is already used")
        return None

    return check


def follow_with_key(name: QLineEdit, key: QLineEdit) -> None:
    """Fill ``key`` from ``name`` while the user has not typed a key of their own."""
    state = {"auto": not key.text()}

    def from_name(text: str) -> None:
        if state["auto"]:
            key.blockSignals(True)
            key.setText(slugify(text))
            key.blockSignals(False)
            # The key changed without its signal; the form must still re-check it.
            key.textChanged.emit(key.text())

    def typed(_text: str) -> None:
        state["auto"] = False

    name.textChanged.connect(from_name)
    key.textEdited.connect(typed)


class _OneStopEdit(QDateTimeEdit):
    """A date or time field that Tab and Shift+Tab leave in one step, like any other field.

    Qt's own steps through the parts (weekday, day, month, year) on Tab, so text typed for
    the next field landed in the date and was dropped. The arrows and typing still move
    between and change the parts."""

    def focusNextPrevChild(self, next: bool) -> bool:
        # Skip QDateTimeEdit's section stepping: the plain widget's focus chain.
        return QWidget.focusNextPrevChild(self, next)


class _TimeFirstEdit(_OneStopEdit):
    """A date-time field that, entered with Tab, selects the hour: typing "0930" sets
    09:30 (a time changes more often than a date); Left reaches the date's parts."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.TabFocusReason:
            self.setSelectedSection(QDateTimeEdit.Section.HourSection)


def date_edit(day: QDate) -> QDateTimeEdit:
    """A day ("Wed 6 Jan 2027") with a calendar to pick from; Tab leaves it in one step."""
    edit = _OneStopEdit(day)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy")
    return edit


def date_time_edit(value: QDateTime, minimum: QDate | None = None) -> QDateTimeEdit:
    """A date and time of the tour's zone; the keyboard can type into each part."""
    edit = _TimeFirstEdit(value)
    edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
    edit.setCalendarPopup(True)
    if minimum is not None:
        edit.setMinimumDate(minimum)
    # Wall-clock times of the tour's zone, kept as UTC so the machine's own daylight-saving
    # rules never shift or refuse a time.
    edit.setTimeZone(QTimeZone.utc())
    return edit


def checkbox(text: str, checked: bool = False) -> QCheckBox:
    box = QCheckBox(text)
    box.setChecked(checked)
    return box


def secondary_button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("&", "").rstrip("…"))
    return button
