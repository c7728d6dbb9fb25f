"""Undoable copies of schedule items: a duplicate, or a whole day copied to another day.

The copies are made in one transaction (``items.copy_items``), so several copies are one
step on the undo stack; undo deletes them, redo brings them back with the same UIDs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime

from tourplanner.core.model import ScheduleItem
from tourplanner.qt.session import Change, ServiceCommand, TourSession
from tourplanner.qt.undo import _expected, _resolve_item
from tourplanner.services import items


class CopyItemsCommand(ServiceCommand):
    """Create copies of items at new times: ``copies`` is ``(item, starts_at, ends_at)``.

    ``select``, when given, is handed the copies' ids after the copy and its redo, and the
    originals' after an undo: the user goes on with the copies (a duplicate is dragged
    next), and an undo gives back what was selected."""

    def __init__(
        self,
        session: TourSession,
        copies: Sequence[tuple[ScheduleItem, datetime, datetime]],
        text: str,
        select: Callable[[list[int]], object] | None = None,
    ) -> None:
        super().__init__(session, text)
        self.copies = tuple(copies)
        self.created: tuple[ScheduleItem, ...] = ()
        self.select = select

    def redo(self) -> None:
        super().redo()  # the first time (the push) the copies exist already
        if self.select is not None and self.created:
            self.select([self.session.ids.resolve("item", c.id) for c in self.created])

    def undo(self) -> None:
        super().undo()
        if self.select is not None:
            self.select([self.session.ids.resolve("item", i.id) for i, _a, _b in self.copies])

    def forward(self, force: bool) -> Change:
        s = self.session
        if not self.created:
            sources = [(_resolve_item(s.ids, i), a, b) for i, a, b in self.copies]
            self.created = items.copy_items(s.db, s.slug, sources)
            return Change(items=self.created)
        back = items.restore_items(s.db, s.slug, [_resolve_item(s.ids, c) for c in self.created])
        for old, new in zip(self.created, back, strict=True):
            s.ids.remap("item", old.id, new.id)
        self.created = tuple(
            replace(new, id=old.id) for old, new in zip(self.created, back, strict=True)
        )
        return Change(items=back)

    def backward(self, force: bool) -> Change:
        s = self.session
        current = [s.ids.resolve("item", c.id) for c in self.created]
        gone = items.remove_items(s.db, {i: _expected(s, "item", i, force) for i in current})
        original = dict(zip(current, (c.id for c in self.created), strict=True))
        self.created = tuple(replace(g, id=original[g.id]) for g in gone)
        return Change(removed=tuple(current))
