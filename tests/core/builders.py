"""Build small in-memory tours for core tests, with readable local times."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from tourplanner.core.enums import (
    AttendanceRole,
    AttendanceScope,
    ItemKind,
    ItemStatus,
    ParticipantRole,
    SiteCategory,
)
from tourplanner.core.model import (
    Attendance,
    BusyBlock,
    Group,
    OpeningInterval,
    Participant,
    ScheduleItem,
    Site,
    Tour,
    TourSnapshot,
    TravelOverride,
    TravelSettings,
    Vehicle,
    VehicleAssignment,
)

CREATED = datetime(2021, 3, 1, tzinfo=UTC)


class TourBuilder:
    """A tour under construction. Times are 'YYYY-MM-DD HH:MM' in the tour's zone."""

    def __init__(
        self,
        start: date = date(2021, 3, 27),
        end: date = date(2021, 3, 28),
        zone: str = "Asia/Shanghai",
        travel: TravelSettings | None = None,
    ) -> None:
        self.zone = ZoneInfo(zone)
        self.tour = Tour(1, "t", "Test tour", "", "", start, end, zone, "", "", "", 1)
        if travel is not None:
            self.tour = replace(self.tour, travel=travel)
        self.sites: list[Site] = []
        self.people: list[Participant] = []
        self.groups: list[Group] = []
        self.items: list[ScheduleItem] = []
        self.busy_blocks: list[BusyBlock] = []
        self.overrides: list[TravelOverride] = []
        self.vehicles: list[Vehicle] = []
        self.seats: list[VehicleAssignment] = []

    def at(self, text: str, zone: str | None = None) -> datetime:
        return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone) if zone else self.zone)

    def site(
        self,
        name: str,
        lat: float | None = None,
        lon: float | None = None,
        *,
        hours: dict[int, list[tuple[str, str]]] | None = None,
        capacity: int | None = None,
        zone: str | None = None,
    ) -> int:
        sid = len(self.sites) + 1
        opening = tuple(
            OpeningInterval(day, time.fromisoformat(a), time.fromisoformat(b))
            for day, spans in (hours or {}).items()
            for a, b in spans
        )
        self.sites.append(
            Site(
                sid, 1, f"s{sid}", name, "", SiteCategory.OTHER, "", lat, lon, None, False, zone,
                opening, capacity, "", "", "", "", (), False, 1,
            )
        )  # fmt: skip
        return sid

    def person(
        self, name: str, role: str = "delegate", languages: tuple[str, ...] = ("zh",)
    ) -> int:
        pid = len(self.people) + 1
        self.people.append(
            Participant(
                pid, 1, f"p{pid}", name, "", "", "", "", "", ParticipantRole(role), "", "",
                languages, "", "", "", False, None, False, 1,
            )
        )  # fmt: skip
        return pid

    def group(self, name: str, members: list[int]) -> int:
        gid = len(self.groups) + 1
        self.groups.append(Group(gid, 1, f"g{gid}", name, "", "", tuple(members), 1))
        return gid

    def item(
        self,
        title: str,
        start: str,
        end: str,
        *,
        site: int | None = None,
        kind: str = "meeting",
        status: str = "confirmed",
        who: list[Any] | None = None,
    ) -> ScheduleItem:
        """``who`` holds 'delegation', ('group', id), a person id, or (person id, role)."""
        iid = len(self.items) + 1
        attendance = tuple(_attendance(w) for w in (who if who is not None else ["delegation"]))
        item = ScheduleItem(
            iid, 1, f"uid-{iid}", ItemKind(kind), title, "", site, self.at(start), self.at(end),
            "", "", "", ItemStatus(status), 0, False, CREATED, CREATED, attendance, 1,
        )  # fmt: skip
        self.items.append(item)
        return item

    def busy(
        self, start: str, end: str, *, person: int | None = None, site: int | None = None
    ) -> None:
        bid = len(self.busy_blocks) + 1
        self.busy_blocks.append(
            BusyBlock(bid, 1, person, site, self.at(start), self.at(end), "Board meeting", 1)
        )

    def override(self, a: int, b: int, minutes: int) -> None:
        self.overrides.append(TravelOverride(len(self.overrides) + 1, 1, a, b, minutes, "", 1))

    def vehicle(self, name: str, seats: int, driver: int | None = None) -> int:
        vid = len(self.vehicles) + 1
        self.vehicles.append(Vehicle(vid, 1, f"v{vid}", name, "", seats, driver, "", False, 1))
        return vid

    def seat(self, vehicle: int, item: ScheduleItem | int, *people: int) -> None:
        """Seat ``people`` in ``vehicle`` for the transfer ``item`` (an item or its id)."""
        item_id = item if isinstance(item, int) else item.id
        self.seats.extend(VehicleAssignment(vehicle, item_id, p) for p in people)

    def snapshot(self) -> TourSnapshot:
        return TourSnapshot(
            self.tour,
            tuple(self.sites),
            tuple(self.people),
            tuple(self.groups),
            tuple(self.items),
            tuple(self.busy_blocks),
            tuple(self.overrides),
            tuple(self.vehicles),
            tuple(self.seats),
        )


def _attendance(spec: Any) -> Attendance:
    if spec == "delegation":
        return Attendance(AttendanceScope.DELEGATION)
    if isinstance(spec, tuple) and spec[0] == "group":
        return Attendance(AttendanceScope.GROUP, group_id=spec[1])
    if isinstance(spec, tuple):
        return Attendance(AttendanceScope.PERSON, AttendanceRole(spec[1]), participant_id=spec[0])
    return Attendance(AttendanceScope.PERSON, participant_id=spec)
