"""Tour ▸ Order of precedence: everyone on the tour in one list, put in order by dragging
or from the keyboard, with the rules' proposal a click away. OK stores the whole order as
one undoable edit (``PrecedenceOrderCommand``); Cancel changes nothing."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tourplanner.core.errors import TourplannerError, first_line
from tourplanner.core.model import Participant
from tourplanner.core.precedence import in_precedence
from tourplanner.qt import labels
from tourplanner.qt.session import Change, ServiceCommand, TourSession
from tourplanner.services import protocol

KEY_ROLE = Qt.ItemDataRole.UserRole
#: What the filter searches, beside the shown text (the key, the languages).
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
#: The line without its rank number (the number follows the row).
LINE_ROLE = Qt.ItemDataRole.UserRole + 2


class PrecedenceOrderCommand(ServiceCommand):
    """Store a complete order (keys, first first) as ranks 1..n; undo gives everyone back
    the rank they had before, unranked ones included."""

    def __init__(
        self,
        session: TourSession,
        before: Mapping[str, int | None],
        after: Sequence[str],
        text: str,
    ) -> None:
        super().__init__(session, text)
        self.before = dict(before)
        self.after = tuple(after)

    def forward(self, force: bool) -> Change:
        s = self.session
        protocol.set_precedence_order(s.db, s.slug, self.after)
        return Change(reload=True)

    def backward(self, force: bool) -> Change:
        s = self.session
        protocol.restore_precedence(s.db, s.slug, self.before)
        return Change(reload=True)


def stored_ranks(people: Sequence[Participant]) -> dict[str, int | None]:
    """Each person's stored rank by key (None when the rules place them)."""
    return {p.key: p.precedence for p in people}


def reorders(people: Sequence[Participant], order: Sequence[str]) -> bool:
    """Whether ``order`` differs from the order ``people`` are in now (organiser's ranks,
    then the rules): only then is it stored, so OK on an unchanged list leaves the
    unranked unranked."""
    return list(order) != [p.key for p in in_precedence(people)]


class PrecedenceDialog(QDialog):
    """The order of precedence of one tour, to rearrange; ``keys()`` is the order shown."""

    def __init__(
        self,
        people: Sequence[Participant],
        propose: Callable[[], Sequence[Participant]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._propose = propose
        self._filling = False
        self.setObjectName("precedenceDialog")
        title = self.tr("Order of precedence")
        self.setWindowTitle(title)
        self.setAccessibleName(title)

        intro = QLabel(
            self.tr(
                "Everyone on the tour, the highest-ranked first. Drag people into place, or "
                "select one and move it with the buttons or Alt+Up, Alt+Down, Alt+Home and "
                "Alt+End. "
                "Briefings, manifests, seating, cards and badges all follow this order."
            )
        )
        intro.setObjectName("precedenceIntro")
        intro.setWordWrap(True)
        self.rules = QLabel(
            self.tr(
                "Propose from rules: VIPs first; guests and hosts before the people working "
                "on the tour; then the seniority of the title (head of state or government, "
                "minister, mayor, chair, director, manager; a deputy half a step below); "
                "guests before hosts of the same standing; then the name."
            )
        )
        self.rules.setObjectName("precedenceRules")
        self.rules.setAccessibleName(self.tr("The rules of the proposal"))
        self.rules.setWordWrap(True)
        self.rules.setStyleSheet("color: #4b5563;")

        self.filter = QLineEdit()
        self.filter.setObjectName("precedenceFilter")
        self.filter.setAccessibleName(self.tr("Filter the list"))
        self.filter.setPlaceholderText(self.tr("Name, role, title or organisation"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter)

        self.list = QListWidget()
        self.list.setObjectName("precedenceList")
        self.list.setAccessibleName(self.tr("Order of precedence"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        model = self.list.model()
        # A drop may arrive as a move or as a removal and an insertion: renumber after each.
        model.rowsMoved.connect(self._renumber)
        model.rowsInserted.connect(self._renumber)
        model.rowsRemoved.connect(self._renumber)
        self.list.currentRowChanged.connect(self._update_buttons)

        self.top_button = self._button(self.tr("Move to &top"), "moveTopButton", self.move_top)
        self.up_button = self._button(self.tr("Move &up"), "moveUpButton", self.move_up)
        self.down_button = self._button(self.tr("Move &down"), "moveDownButton", self.move_down)
        self.bottom_button = self._button(
            self.tr("Move to &bottom"), "moveBottomButton", self.move_bottom
        )
        self.propose_button = self._button(
            self.tr("&Propose from rules"), "proposePrecedenceButton", self.propose
        )
        self.propose_button.setToolTip(
            self.tr("Put everyone in the rules' order (stored only when you press OK)")
        )
        for keys, slot in (
            ("Alt+Up", self.move_up),
            ("Alt+Down", self.move_down),
            ("Alt+Home", self.move_top),
            ("Alt+End", self.move_bottom),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self._focus_filter)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        side = QVBoxLayout()
        for button in (self.top_button, self.up_button, self.down_button, self.bottom_button):
            side.addWidget(button)
        side.addSpacing(16)
        side.addWidget(self.propose_button)
        side.addStretch(1)
        grid = QGridLayout()
        grid.addWidget(filter_label, 0, 0)
        grid.addWidget(self.filter, 0, 1)
        grid.addWidget(self.list, 1, 0, 1, 2)
        grid.addLayout(side, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid, 1)
        layout.addWidget(self.rules)
        layout.addWidget(self.buttons)

        self.fill(people)
        self.resize(760, 620)

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- the list ----------------------------------------------------------------------------

    def fill(self, people: Sequence[Participant]) -> None:
        """Show ``people`` in this order (the first selected)."""
        self._filling = True  # one renumbering at the end, not one per person
        self.list.clear()
        for p in people:
            item = QListWidgetItem()
            item.setData(KEY_ROLE, p.key)
            item.setData(LINE_ROLE, self._describe(p))
            item.setData(SEARCH_ROLE, f"{p.key} {' '.join(p.languages)}".casefold())
            item.setToolTip("\n".join(t for t in (p.title, p.organisation, p.key) if t))
            self.list.addItem(item)
        self._filling = False
        self._renumber()
        self._apply_filter(self.filter.text())
        self.list.setCurrentRow(0 if self.list.count() else -1)

    def _describe(self, p: Participant) -> str:
        names = " ".join(t for t in (p.full_name, p.local_name) if t)
        if p.is_vip:
            names = self.tr("{names} (VIP)").format(names=names)
        about = ", ".join(t for t in (p.title, p.organisation) if t)
        role = labels.participant_role(p.role)
        return f"{names}  ·  {role}" + (f"  ·  {about}" if about else "")

    def _renumber(self, *_args: object) -> None:
        if self._filling:
            return
        for row in range(self.list.count()):
            item = self.list.item(row)
            line = item.data(LINE_ROLE)
            if line is not None:  # None: a dropped row whose data is still on its way
                item.setText(f"{row + 1}.  {line}")
        self._update_buttons()

    def keys(self) -> list[str]:
        """The keys in the order shown, first first."""
        return [self.list.item(row).data(KEY_ROLE) for row in range(self.list.count())]

    def select(self, key: str) -> None:
        """Make the person with ``key`` the current row."""
        for row in range(self.list.count()):
            if self.list.item(row).data(KEY_ROLE) == key:
                self.list.setCurrentRow(row)
                return

    # -- moving ------------------------------------------------------------------------------

    def _visible_rows(self) -> list[int]:
        return [r for r in range(self.list.count()) if not self.list.item(r).isHidden()]

    def _move_to(self, target: int) -> None:
        """Move the current person to row ``target`` (as the list is now)."""
        row = self.list.currentRow()
        if row < 0 or target == row or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.list.scrollToItem(item)

    def move_up(self) -> None:
        """One place up, past the next person the filter shows."""
        row = self.list.currentRow()
        above = [r for r in self._visible_rows() if r < row]
        if above:
            self._move_to(above[-1])

    def move_down(self) -> None:
        """One place down, past the next person the filter shows."""
        row = self.list.currentRow()
        below = [r for r in self._visible_rows() if r > row]
        if below:
            self._move_to(below[0])

    def move_top(self) -> None:
        """To the head of the whole order."""
        self._move_to(0)

    def move_bottom(self) -> None:
        """To the end of the whole order."""
        self._move_to(self.list.count() - 1)

    def propose(self) -> None:
        """Fill the list with the rules' order (nothing is stored before OK)."""
        current = self.list.currentItem()
        key = current.data(KEY_ROLE) if current is not None else None
        try:
            proposal = self._propose()
        except TourplannerError as error:
            QMessageBox.warning(self, self.tr("Cannot propose an order"), first_line(error))
            return
        self.fill(proposal)
        if key is not None:
            self.select(key)

    def _update_buttons(self, *_args: object) -> None:
        row = self.list.currentRow()
        last = self.list.count() - 1
        for button, enabled in (
            (self.top_button, row > 0),
            (self.up_button, row > 0),
            (self.down_button, 0 <= row < last),
            (self.bottom_button, 0 <= row < last),
        ):
            button.setEnabled(enabled)

    # -- the filter ----------------------------------------------------------------------

    def _focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def _apply_filter(self, text: str) -> None:
        """Show only the people whose line (or key, or languages) holds every word typed;
        their places in the order stay as they are."""
        words = text.casefold().split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            haystack = f"{item.text()} {item.data(SEARCH_ROLE)}".casefold()
            item.setHidden(not all(w in haystack for w in words))
