"""Undoable edits of what hangs off a person, a site or a transfer: busy times, who rides
which vehicle in which seat, and the tour's vehicles. Like ``qt.undo``, each step calls a
service and resolves every id through the session's ``IdMap`` first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from tourplanner.qt.session import Change, ServiceCommand, TourSession
from tourplanner.services import participants, sites
from tourplanner.services.participants import BusyTime


class BusyTimesCommand(ServiceCommand):
    """Replace the busy times of one person (``kind`` "participant") or one site."""

    def __init__(
        self,
        session: TourSession,
        kind: str,
        owner_id: int,
        before: Sequence[BusyTime],
        after: Sequence[BusyTime],
        text: str,
    ) -> None:
        super().__init__(session, text)
        self.kind = kind
        self.owner_id = owner_id
        self.before = tuple(before)
        self.after = tuple(after)

    def _set(self, blocks: tuple[BusyTime, ...]) -> Change:
        s = self.session
        owner = s.ids.resolve(self.kind, self.owner_id)
        where: Mapping[str, Any] = (
            {"participant_id": owner} if self.kind == "participant" else {"site_id": owner}
        )
        participants.set_busy_blocks(s.db, s.slug, blocks, **where)
        return Change(reload=True)

    def forward(self, force: bool) -> Change:
        return self._set(self.after)

    def backward(self, force: bool) -> Change:
        return self._set(self.before)


class TransferSeatingCommand(ServiceCommand):
    """Set who rides which vehicle in which seat on one transfer (participant id ->
    (vehicle id, seat label)); undo puts the old seating back."""

    def __init__(
        self,
        session: TourSession,
        item_id: int,
        before: Mapping[int, tuple[int, str]],
        after: Mapping[int, tuple[int, str]],
        text: str,
    ) -> None:
        super().__init__(session, text)
        self.item_id = item_id
        self.before = dict(before)
        self.after = dict(after)

    def _set(self, seating: Mapping[int, tuple[int, str]]) -> Change:
        s = self.session
        riders = {
            s.ids.resolve("participant", pid): (s.ids.resolve("vehicle", vid), seat)
            for pid, (vid, seat) in seating.items()
        }
        sites.set_transfer_seating(s.db, s.ids.resolve("item", self.item_id), riders)
        return Change(reload=True)

    def forward(self, force: bool) -> Change:
        return self._set(self.after)

    def backward(self, force: bool) -> Change:
        return self._set(self.before)
