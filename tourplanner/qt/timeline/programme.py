"""Whose programme the timeline shows, and the journeys between its located items."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from datetime import date
from zoneinfo import ZoneInfo

from tourplanner.core.checks import blocks_time
from tourplanner.core.model import ScheduleItem, TourSnapshot
from tourplanner.core.travel import TravelModel


class Audience:
    """A filter: everyone, one person, or one group (items that bring the whole group).

    The journeys drawn follow the audience's own sequence of located items: the
    person's, the group's, or (for everyone) the delegation's.
    """

    def __init__(self) -> None:
        self.person_id: int | None = None
        self.group_id: int | None = None
        self.snapshot: TourSnapshot | None = None
        #: The checker's attendee sets of blocking items (shared, kept current by it).
        self.attendees: dict[int, frozenset[int]] = {}
        self._shows: dict[int, bool] = {}
        self._sequence: dict[int, bool] = {}

    def reset(self) -> None:
        self._shows.clear()
        self._sequence.clear()

    def forget(self, item_id: int) -> None:
        self._shows.pop(item_id, None)
        self._sequence.pop(item_id, None)

    def who(self, item: ScheduleItem) -> frozenset[int]:
        found = self.attendees.get(item.id)
        if found is not None:
            return found
        assert self.snapshot is not None
        return self.snapshot.attendee_ids(item)

    def _members(self) -> frozenset[int]:
        assert self.snapshot is not None
        if self.group_id is not None:
            return self.snapshot.group_members.get(self.group_id, frozenset())
        return frozenset()

    def _concerns(self, item: ScheduleItem) -> bool:
        if self.person_id is not None:
            return self.person_id in self.who(item)
        if self.group_id is not None:
            members = self._members()
            return bool(members) and members <= self.who(item)
        return True

    def shows(self, item: ScheduleItem) -> bool:
        """Whether the item is on the timeline under this filter."""
        found = self._shows.get(item.id)
        if found is None:
            found = self._shows[item.id] = self._concerns(item)
        return found

    def in_sequence(self, item: ScheduleItem) -> bool:
        """Whether the item is a stop of the audience's journey (blocking, at a site)."""
        found = self._sequence.get(item.id)
        if found is None:
            if item.site_id is None or not blocks_time(item):
                found = False
            elif self.person_id is None and self.group_id is None:
                assert self.snapshot is not None
                delegation = self.snapshot.delegation_ids
                found = bool(delegation) and delegation <= self.who(item)
            else:
                found = self._concerns(item)
            self._sequence[item.id] = found
        return found


def audience_items(audience: Audience, items: Iterable[ScheduleItem]) -> list[ScheduleItem]:
    """The audience's stops in time order."""
    stops = [i for i in items if audience.in_sequence(i)]
    stops.sort(key=lambda i: (i.starts_at, i.ends_at, i.id))
    return stops


def legs_of_day(
    stops: list[ScheduleItem],
    day: int,
    first_day: date,
    zone: ZoneInfo,
    travel: TravelModel,
) -> Iterator[tuple[ScheduleItem, ScheduleItem, float | None, float | None]]:
    """(from, to, travel minutes, needed gap) for consecutive stops starting on ``day``
    at different sites; overlapping pairs are double bookings, not journeys."""
    todays = [s for s in stops if (s.starts_at.astimezone(zone).date() - first_day).days == day]
    for a, b in itertools.pairwise(todays):
        if b.starts_at < a.ends_at or a.site_id == b.site_id:
            continue
        assert a.site_id is not None and b.site_id is not None
        yield a, b, travel.minutes(a.site_id, b.site_id), travel.needed_gap(a.site_id, b.site_id)


def day_stops(
    audience: Audience, items: Iterable[ScheduleItem], day: date, zone: ZoneInfo
) -> list[ScheduleItem]:
    """The audience's stops on ``day`` (for the route sketch)."""
    return [
        s for s in audience_items(audience, items) if s.starts_at.astimezone(zone).date() == day
    ]
