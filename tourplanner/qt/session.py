"""One open tour: its snapshot, its live checker, its undo stack, and how edits reach the
database.

Every edit is a QUndoCommand (see ``undo.py``) whose steps call services; the session runs
those steps, turns failures into dialogs (never a traceback), and folds what the service
returned into the snapshot: an item edit updates the checker incrementally, anything else
reloads the tour and builds a new checker. Views listen to the session's signals.

Versions: an edit expects each record to be at the version this session last saw. If the
database moved on (another organiser, another window), the service refuses with
ConcurrentEditError and the user chooses: reload their data, or keep this edit, which is
retried against the version now stored. Nothing is ever overwritten silently.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from tourplanner.core.checks import TourChecker
from tourplanner.core.errors import (
    ConcurrentEditError,
    NotFoundError,
    TourplannerError,
    ValidationError,
    first_line,
)
from tourplanner.core.model import ScheduleItem, TourSnapshot
from tourplanner.core.problems import Problem
from tourplanner.core.travel import TravelModel
from tourplanner.services.database import Database
from tourplanner.services.history import HistoryEntry, acting, follow
from tourplanner.services.items import get_item
from tourplanner.services.tours import load_snapshot

#: What the user chose when an edit met someone else's change.
RELOAD = "reload"
KEEP_MINE = "keep"


@dataclass(frozen=True)
class Change:
    """What a service call changed: items to take (new or updated), item ids that are
    gone, or ``reload`` when something other than items changed."""

    items: tuple[ScheduleItem, ...] = ()
    removed: tuple[int, ...] = ()
    reload: bool = False


#: A step of a command: ``step(force)`` calls services and says what changed. With
#: ``force`` it expects the versions now in the database ("keep mine").
Step = Callable[[bool], Change]


class IdMap:
    """Ids of records that undo created again (a new row gets a new id).

    Commands keep the ids they first saw and resolve them here, so an older command
    still finds a site that a later undo brought back.
    """

    def __init__(self) -> None:
        self._new: dict[tuple[str, int], int] = {}

    def remap(self, kind: str, old: int, new: int) -> None:
        if old != new:
            self._new[(kind, old)] = new

    def resolve(self, kind: str, record_id: int) -> int:
        seen = set()
        while (kind, record_id) in self._new and record_id not in seen:
            seen.add(record_id)
            record_id = self._new[(kind, record_id)]
        return record_id


class TourSession(QObject):
    """The state of one open tour, shared by every view of the workspace."""

    #: The whole snapshot was replaced (after a non-item edit, a reload or an undo of one).
    reloaded = Signal()
    #: Items were added or changed (list of ScheduleItem) and/or removed (list of ids).
    #: An item moved to the Unscheduled list counts as removed here.
    items_changed = Signal(list, list)
    #: The Unscheduled list changed (``snapshot.unscheduled``).
    unscheduled_changed = Signal()
    #: The list of problems may differ.
    problems_changed = Signal()
    #: A message for the status bar.
    message = Signal(str)
    #: Changes committed elsewhere (a list of HistoryEntry), from the follower thread.
    remote_changed = Signal(object)
    #: Someone else's changes, once applied (a list of HistoryEntry).
    changed_elsewhere = Signal(object)

    def __init__(self, db: Database, slug: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.slug = slug
        self.undo_stack = QUndoStack(self)
        self.ids = IdMap()
        self.snapshot: TourSnapshot
        self._checker: TourChecker | None = None
        self._travel: TravelModel | None = None
        self.items_by_id: dict[int, ScheduleItem] = {}
        #: The items of the Unscheduled list, by id (not in ``items_by_id``).
        self.unscheduled_by_id: dict[int, ScheduleItem] = {}
        #: Build the checker after the views have been painted (True) or at once.
        self.defer_checks = True
        #: Asked when an edit meets someone else's change; returns RELOAD or KEEP_MINE.
        self.resolve_conflict: Callable[[str], str] = lambda _message: RELOAD
        #: Shows an error the user can act on (title, one line).
        self.show_error: Callable[[str, str], None] = lambda _title, _message: None
        self._skip_redo: set[int] = set()
        # Operations this window made: the follower tells them again, and they are known.
        self._own_operations: set[str] = set()
        self._following: tuple[threading.Thread, threading.Event] | None = None
        self.remote_changed.connect(self._on_remote)

    # -- loading -------------------------------------------------------------------------

    def load(self) -> None:
        """Read the tour again and rebuild the checker (raises TourplannerError)."""
        self._take_snapshot(load_snapshot(self.db, self.slug))

    def _take_snapshot(self, snapshot: TourSnapshot) -> None:
        self.snapshot = snapshot
        self.items_by_id = {i.id: i for i in snapshot.items}
        self.unscheduled_by_id = {i.id: i for i in snapshot.unscheduled}
        self._travel = TravelModel.of(snapshot)
        self._checker = None
        self.reloaded.emit()
        # The full check of a big tour takes a moment: let the views paint first, then
        # fill in the problems (an edit before then builds the checker at once).
        if self.defer_checks:
            QTimer.singleShot(0, self, self._check_now)  # cancelled if the session goes
        else:
            self._check_now()

    def _check_now(self) -> None:
        if self._checker is None:
            self._checker = TourChecker(self.snapshot, self._travel)
            self.problems_changed.emit()

    @property
    def checker(self) -> TourChecker:
        """The live checker of the snapshot (built now if the deferred build has not run)."""
        self._check_now()
        assert self._checker is not None
        return self._checker

    @property
    def checked(self) -> bool:
        """Whether the problems of the current snapshot are known yet."""
        return self._checker is not None

    # -- other organisers' changes -----------------------------------------------------------

    def start_following(self) -> None:
        """Take changes other windows and programs commit to this tour as they happen
        (services.history.follow on a thread of its own; never blocks the GUI)."""
        if self._following is not None:
            return
        stop = threading.Event()
        emit = self.remote_changed.emit
        db, slug = self.db, self.slug

        def run() -> None:
            try:
                follow(db, slug, emit, stop)
            except Exception:
                logging.getLogger(__name__).warning("stopped following changes", exc_info=True)

        thread = threading.Thread(target=run, name=f"follow {slug}", daemon=True)
        self._following = (thread, stop)
        # Whatever ends the session ends the follower (stop is all the thread needs).
        self.destroyed.connect(lambda *_args: stop.set())
        thread.start()

    def stop_following(self, wait: float = 2.0) -> None:
        """Stop taking others' changes (when the tour closes)."""
        if self._following is None:
            return
        thread, stop = self._following
        self._following = None
        stop.set()
        thread.join(wait)

    def _on_remote(self, entries: list[HistoryEntry]) -> None:
        theirs = [e for e in entries if e.operation not in self._own_operations]
        if not theirs:
            return
        if all(e.kind == "item" and e.record_id is not None for e in theirs):
            changed, removed = [], []
            for item_id in dict.fromkeys(e.record_id for e in theirs if e.record_id):
                try:
                    changed.append(get_item(self.db, item_id))
                except NotFoundError:
                    removed.append(item_id)
            self.apply(Change(items=tuple(changed), removed=tuple(removed)))
        else:
            self.reload()
        self.changed_elsewhere.emit(theirs)
        last = theirs[-1]
        self.message.emit(
            self.tr("%1: %2")
            .replace("%1", last.who or self.tr("Someone"))
            .replace("%2", last.action)
        )

    def reload(self) -> bool:
        """``load`` that reports failure in a dialog instead of raising."""
        try:
            self.load()
        except TourplannerError as error:
            self.show_error(self.tr("Could not read the tour"), first_line(error))
            return False
        return True

    # -- reading -------------------------------------------------------------------------

    @property
    def travel(self) -> TravelModel:
        """Travel times between the tour's sites (shared with the checker, so legs are
        computed once)."""
        assert self._travel is not None
        return self._travel

    def problems(self) -> list[Problem]:
        """The current problems ([] until the first check has run)."""
        return self._checker.problems() if self._checker is not None else []

    def item(self, item_id: int) -> ScheduleItem | None:
        return self.items_by_id.get(self.ids.resolve("item", item_id))

    def version_of(self, kind: str, record_id: int) -> int | None:
        """The version of a record as this session last saw it (None if unknown)."""
        record_id = self.ids.resolve(kind, record_id)
        snap = self.snapshot
        record: Any
        if kind == "item":
            record = self.items_by_id.get(record_id) or self.unscheduled_by_id.get(record_id)
        elif kind == "site":
            record = snap.sites_by_id.get(record_id)
        elif kind == "participant":
            record = snap.participants_by_id.get(record_id)
        elif kind == "group":
            record = snap.groups_by_id.get(record_id)
        elif kind == "gift":
            record = next((g for g in snap.gifts if g.id == record_id), None)
        elif kind == "tour":
            record = snap.tour
        else:
            raise ValueError(kind)
        return None if record is None else record.version

    # -- changing ------------------------------------------------------------------------

    def apply(self, change: Change) -> None:
        """Fold what a service returned into the snapshot and tell the views."""
        if change.reload:
            self.reload()
            return
        if not change.items and not change.removed:
            return
        items, waiting = self.items_by_id, self.unscheduled_by_id
        gone = list(change.removed)  # what the views drop: deleted or now unscheduled
        for item_id in change.removed:
            waiting.pop(item_id, None)
            if items.pop(item_id, None) is not None:
                self.checker.remove_item(item_id)
        timed = []
        for item in change.items:
            if item.scheduled:
                waiting.pop(item.id, None)
                items[item.id] = item
                self.checker.update_item(item)
                timed.append(item)
                continue
            waiting[item.id] = item
            if items.pop(item.id, None) is not None:
                self.checker.remove_item(item.id)
                gone.append(item.id)
        ordered = sorted(items.values(), key=lambda i: (i.starts_at, i.uid))
        listed = sorted(waiting.values(), key=lambda i: (i.title.casefold(), i.uid))
        unscheduled_before = self.snapshot.unscheduled
        self.snapshot = replace(self.snapshot, items=tuple(ordered), unscheduled=tuple(listed))
        if timed or gone:
            self.items_changed.emit(timed, gone)
        if self.snapshot.unscheduled != unscheduled_before:
            self.unscheduled_changed.emit()
        self.problems_changed.emit()

    def push(
        self, command: ServiceCommand, on_refused: Callable[[str], None] | None = None
    ) -> bool:
        """Do ``command`` now and, if it worked, put it on the undo stack.

        A refusal of the service (ValidationError) goes to ``on_refused`` when given (an
        edit dialog shows it and stays open), else to ``show_error``.
        """
        with acting(action=command.text()) as operation:
            self._own_operations.add(operation)
            if not self._attempt(command.forward, on_refused):
                return False
        # QUndoStack.push() calls redo() at once; the work is already done.
        self._skip_redo.add(id(command))
        self.undo_stack.push(command)
        return True

    def perform(self, command: QUndoCommand, step: Step) -> None:
        """Run an undo or redo step; if it fails the command leaves the history."""
        if not self._attempt(step):
            command.setObsolete(True)

    def take_redo(self, command: QUndoCommand) -> bool:
        """Whether the stack's call of ``redo()`` is the push of a command already done."""
        key = id(command)
        if key in self._skip_redo:
            self._skip_redo.discard(key)
            return True
        return False

    def _attempt(self, step: Step, on_refused: Callable[[str], None] | None = None) -> bool:
        try:
            change = step(False)
        except ConcurrentEditError as error:
            if self.resolve_conflict(first_line(error)) != KEEP_MINE:
                self.reload()
                self.message.emit(self.tr("Reloaded: the tour was changed elsewhere."))
                return False
            try:
                change = step(True)
            except TourplannerError as again:
                self._failed(again, on_refused)
                return False
        except TourplannerError as error:
            self._failed(error, on_refused)
            return False
        self.apply(change)
        return True

    def _failed(
        self, error: TourplannerError, on_refused: Callable[[str], None] | None = None
    ) -> None:
        if isinstance(error, ValidationError):
            # Refused before anything was written: our copy is still right.
            if on_refused is not None:
                on_refused(first_line(error))
            else:
                self.show_error(self.tr("The change was not saved"), first_line(error))
            return
        self.show_error(self.tr("The change was not saved"), first_line(error))
        # A record may have gone (NotFound) or the database failed: read the truth again,
        # after the undo stack has finished the call that got us here.
        QTimer.singleShot(0, self, self.reload)


class ServiceCommand(QUndoCommand):
    """An undoable edit whose steps call services (subclasses give ``forward``/``backward``)."""

    def __init__(self, session: TourSession, text: str) -> None:
        super().__init__(text)
        self.session = session

    def forward(self, force: bool) -> Change:
        """Do the edit (the first time and on redo)."""
        raise NotImplementedError

    def backward(self, force: bool) -> Change:
        """Undo the edit."""
        raise NotImplementedError

    def redo(self) -> None:
        if self.session.take_redo(self):
            return
        with acting(
            action=QCoreApplication.translate("TourSession", "Redo: %1").replace("%1", self.text())
        ) as operation:
            self.session._own_operations.add(operation)
            self.session.perform(self, self.forward)

    def undo(self) -> None:
        with acting(
            action=QCoreApplication.translate("TourSession", "Undo: %1").replace("%1", self.text())
        ) as operation:
            self.session._own_operations.add(operation)
            self.session.perform(self, self.backward)
