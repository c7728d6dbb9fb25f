"""Whose calendar: the whole tour, or one person's, site's or group's, and the items
each holds."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from tourplanner.core.enums import AttendanceScope
from tourplanner.core.errors import NotFoundError
from tourplanner.core.i18n import Context
from tourplanner.core.model import ScheduleItem, TourSnapshot

Errors = Context("Errors")  # the catalogue context of messages people read


class SelectionKind(StrEnum):
    TOUR = "tour"
    PERSON = "person"
    SITE = "site"
    GROUP = "group"


@dataclass(frozen=True, slots=True)
class Selection:
    """Whose calendar: the whole tour, or one person, site or group named by its key."""

    kind: SelectionKind = SelectionKind.TOUR
    key: str | None = None

    @classmethod
    def tour(cls) -> Selection:
        return cls()

    @classmethod
    def person(cls, key: str) -> Selection:
        return cls(SelectionKind.PERSON, key)

    @classmethod
    def site(cls, key: str) -> Selection:
        return cls(SelectionKind.SITE, key)

    @classmethod
    def group(cls, key: str) -> Selection:
        return cls(SelectionKind.GROUP, key)


WHOLE_TOUR = Selection()


def in_time_order(items: Iterable[ScheduleItem]) -> list[ScheduleItem]:
    """Items by start, then UID: the order of every calendar's events."""
    return sorted(items, key=lambda it: (it.starts_at, it.uid))


def _find(missing: str, key: str | None, found: Any, snapshot: TourSnapshot) -> Any:
    """``found``, or NotFoundError with ``missing`` (a translated text with {key} and
    {slug}) when the key named nothing."""
    if found is None:
        raise NotFoundError(missing.format(key=key, slug=snapshot.tour.slug))
    return found


def selection_subject(snapshot: TourSnapshot, selection: Selection) -> Any:
    """The Participant, Site or Group a selection names (None for the whole tour);
    NotFoundError when the key names nothing in this tour."""
    key = selection.key
    if selection.kind is SelectionKind.TOUR:
        return None
    if selection.kind is SelectionKind.PERSON:
        person = next((p for p in snapshot.participants if p.key == key), None)
        return _find(
            Errors.tr("no participant with key {key!r} in tour {slug!r}"), key, person, snapshot
        )
    if selection.kind is SelectionKind.SITE:
        site = next((s for s in snapshot.sites if s.key == key), None)
        return _find(Errors.tr("no site with key {key!r} in tour {slug!r}"), key, site, snapshot)
    group = next((g for g in snapshot.groups if g.key == key), None)
    return _find(Errors.tr("no group with key {key!r} in tour {slug!r}"), key, group, snapshot)


def selected_items(snapshot: TourSnapshot, selection: Selection) -> list[ScheduleItem]:
    """The items a selection's calendar holds, in time order (cancelled ones included).

    A person gets what they attend; a site the items held there; a group the items that
    name it or that bring every one of its members (a delegates' group and the whole-
    delegation items, say).
    """
    subject = selection_subject(snapshot, selection)
    items = snapshot.items
    if selection.kind is SelectionKind.PERSON:
        picked = [it for it in items if subject.id in snapshot.attendee_ids(it)]
    elif selection.kind is SelectionKind.SITE:
        picked = [it for it in items if it.site_id == subject.id]
    elif selection.kind is SelectionKind.GROUP:
        members = snapshot.group_members.get(subject.id, frozenset())

        def brings_group(it: ScheduleItem) -> bool:
            named = any(
                a.scope is AttendanceScope.GROUP and a.group_id == subject.id for a in it.attendance
            )
            return named or (bool(members) and members <= snapshot.attendee_ids(it))

        picked = [it for it in items if brings_group(it)]
    else:
        picked = list(items)
    return in_time_order(picked)


def calendar_name(snapshot: TourSnapshot, selection: Selection) -> str:
    """X-WR-CALNAME for a selection: the tour's name, then whose calendar it is."""
    tour = snapshot.tour.name
    subject = selection_subject(snapshot, selection)
    if selection.kind is SelectionKind.PERSON:
        return f"{tour}: {subject.full_name}"
    if selection.kind is SelectionKind.SITE:
        return f"{tour}: visits to {subject.name}"
    if selection.kind is SelectionKind.GROUP:
        return f"{tour}: {subject.name}"
    return tour
