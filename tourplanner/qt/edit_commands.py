"""Undoable edits of what hangs off a person, a site or a transfer: busy times, who rides
which vehicle in which seat, and the tour's vehicles. Like ``qt.undo``, each step calls a
service and resolves every id through the session's ``IdMap`` first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
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


# -- vehicles -------------------------------------------------------------------------------


def _vehicle_version(session: TourSession, vehicle_id: int, force: bool) -> int | None:
    """The version the session last saw of a vehicle (None with "keep mine")."""
    if force:
        return None
    return next((v.version for v in session.snapshot.vehicles if v.id == vehicle_id), None)


class CreateVehicleCommand(ServiceCommand):
    """Add a vehicle; undo removes it, redo puts it back (under a new id)."""

    def __init__(self, session: TourSession, values: Mapping[str, Any], text: str) -> None:
        super().__init__(session, text)
        self.values = dict(values)
        self.created_id: int | None = None
        self.removal: sites.VehicleRemoval | None = None

    def _resolved(self) -> dict[str, Any]:
        values = dict(self.values)
        if values.get("driver_id") is not None:
            values["driver_id"] = self.session.ids.resolve("participant", values["driver_id"])
        return values

    def forward(self, force: bool) -> Change:
        s = self.session
        if self.removal is None:
            self.created_id = sites.create_vehicle(s.db, s.slug, **self._resolved()).id
        else:
            assert self.created_id is not None
            removal = _resolved_removal(s, self.removal)
            s.ids.remap("vehicle", self.created_id, sites.restore_vehicle(s.db, s.slug, removal))
        return Change(reload=True)

    def backward(self, force: bool) -> Change:
        s = self.session
        assert self.created_id is not None
        current = s.ids.resolve("vehicle", self.created_id)
        self.removal = sites.remove_vehicle(s.db, current, _vehicle_version(s, current, force))
        return Change(reload=True)


class EditVehicleCommand(ServiceCommand):
    """Change fields of one vehicle."""

    def __init__(
        self,
        session: TourSession,
        vehicle_id: int,
        before: Mapping[str, Any],
        after: Mapping[str, Any],
        text: str,
    ) -> None:
        super().__init__(session, text)
        self.vehicle_id = vehicle_id
        self.before = dict(before)
        self.after = dict(after)

    def _set(self, values: Mapping[str, Any], force: bool) -> Change:
        s = self.session
        current = s.ids.resolve("vehicle", self.vehicle_id)
        values = dict(values)
        if values.get("driver_id") is not None:
            values["driver_id"] = s.ids.resolve("participant", values["driver_id"])
        sites.update_vehicle(s.db, current, _vehicle_version(s, current, force), **values)
        return Change(reload=True)

    def forward(self, force: bool) -> Change:
        return self._set(self.after, force)

    def backward(self, force: bool) -> Change:
        return self._set(self.before, force)


class DeleteVehicleCommand(ServiceCommand):
    """Delete a vehicle and its seats on transfers; undo puts both back."""

    def __init__(self, session: TourSession, vehicle_id: int, text: str) -> None:
        super().__init__(session, text)
        self.vehicle_id = vehicle_id
        self.removal: sites.VehicleRemoval | None = None

    def forward(self, force: bool) -> Change:
        s = self.session
        current = s.ids.resolve("vehicle", self.vehicle_id)
        self.removal = sites.remove_vehicle(s.db, current, _vehicle_version(s, current, force))
        return Change(reload=True)

    def backward(self, force: bool) -> Change:
        s = self.session
        assert self.removal is not None
        new_id = sites.restore_vehicle(s.db, s.slug, _resolved_removal(s, self.removal))
        s.ids.remap("vehicle", self.vehicle_id, new_id)
        return Change(reload=True)


def _resolved_removal(session: TourSession, removal: sites.VehicleRemoval) -> sites.VehicleRemoval:
    """A removed vehicle with the ids it names brought up to date."""
    ids = session.ids
    vehicle = removal.vehicle
    driver = vehicle.driver_id
    if driver is not None:
        driver = ids.resolve("participant", driver)
    return replace(
        removal,
        vehicle=replace(vehicle, driver_id=driver),
        assignments=tuple(
            replace(
                a,
                item_id=ids.resolve("item", a.item_id),
                participant_id=ids.resolve("participant", a.participant_id),
            )
            for a in removal.assignments
        ),
    )
