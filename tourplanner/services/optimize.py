"""Propose a shorter route for one person's day, and save it as one change.

The day's stops are the person's non-cancelled items on that date (tour time) that take
place at a site, apart from accommodation and free time, which are background. Visits
may move unless pinned; every other kind (meal, meeting, ceremony, transfer, ...) is a
fixed appointment. Items without a site (most transfers) are not stops: their time is
simply available for travel. The window runs from the first stop's start to the last
stop's end, so the day never grows. The route starts at the site of the person's last
located item before the day's first stop (the hotel, say) and ends at the site of their
first located item after the last stop, when there are such items.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from tourplanner.core.checks import BACKGROUND
from tourplanner.core.day_plan import (
    DayPlan,
    DayRequest,
    InfeasibleDayError,
    PlannedStop,
    Stop,
    current_plan,
    day_label,
    validate_plan,
)
from tourplanner.core.enums import ItemKind, ItemStatus, ParticipantRole
from tourplanner.core.errors import ConcurrentEditError, NotFoundError, ValidationError
from tourplanner.core.i18n import Context
from tourplanner.core.model import Participant, ScheduleItem, TourSnapshot
from tourplanner.core.optimizer import optimise_day
from tourplanner.core.precedence import precedence_order
from tourplanner.core.travel import TravelModel
from tourplanner.services import crud
from tourplanner.services.database import Database, transaction
from tourplanner.services.items import ITEM
from tourplanner.services.tours import load_snapshot
from tourplanner.store import models as orm
from tourplanner.store.repository import tour_by_slug

Errors = Context("Errors")  # the catalogue context of messages the services raise

__all__ = [
    "DayPlan",
    "DayProposal",
    "InfeasibleDayError",
    "PlannedStop",
    "apply_day",
    "choose_person",
    "day_request",
    "move_items",
    "propose_day",
]


@dataclass(frozen=True)
class DayProposal:
    """The current plan of a day and the optimiser's proposal, side by side.

    ``versions`` holds the version of every stop's item as the proposal saw it, so saving
    can refuse when one has changed since.
    """

    tour_slug: str
    day: date
    timezone: str
    person_key: str
    person_name: str
    current: DayPlan
    proposed: DayPlan
    versions: Mapping[int, int]
    site_names: Mapping[int, str]
    current_problems: tuple[str, ...] = ()  # why the current plan breaks the rules, if it does

    @property
    def travel_saved(self) -> float | None:
        """Minutes of travel the proposal saves; None when the current travel is unknown."""
        if self.current.travel_minutes is None or self.proposed.travel_minutes is None:
            return None
        return self.current.travel_minutes - self.proposed.travel_minutes

    @property
    def moves(self) -> tuple[PlannedStop, ...]:
        """The proposed stops whose times differ from now."""
        now = {p.stop.item_id: (p.start, p.end) for p in self.current.stops}
        return tuple(p for p in self.proposed.stops if now[p.stop.item_id] != (p.start, p.end))


def choose_person(snapshot: TourSnapshot, key: str | None = None) -> Participant:
    """The participant ``key``, or by default the head of the delegation: the first
    delegate in the tour's order of precedence (the organiser's ranks, then the rules'
    proposal for the unranked: VIP, title, role, name), as every other list orders them."""
    if key is not None:
        for p in snapshot.participants:
            if p.key == key:
                return p
        raise NotFoundError(
            Errors.tr("no participant {key} in tour {slug}").format(
                key=repr(key), slug=repr(snapshot.tour.slug)
            )
        )
    delegates = [p for p in snapshot.participants if p.role is ParticipantRole.DELEGATE]
    if not delegates:
        raise ValidationError(
            Errors.tr("tour {slug} has no delegates; name a person with --person").format(
                slug=repr(snapshot.tour.slug)
            )
        )
    return min(delegates, key=precedence_order)


def _is_stop(item: ScheduleItem) -> bool:
    return item.site_id is not None and item.kind not in BACKGROUND


def day_request(snapshot: TourSnapshot, day: date, person: Participant) -> DayRequest:
    """The optimiser's input for ``person`` on ``day`` (see the module docstring)."""
    tour = snapshot.tour
    if not tour.start_date <= day <= tour.end_date:
        raise ValidationError(
            Errors.tr("{day} is not a day of tour {slug} ({start_date} to {end_date})").format(
                day=day.isoformat(),
                slug=repr(tour.slug),
                start_date=tour.start_date.isoformat(),
                end_date=tour.end_date.isoformat(),
            )
        )
    zone = ZoneInfo(tour.timezone)
    located = sorted(
        (
            it
            for it in snapshot.items
            if it.status is not ItemStatus.CANCELLED
            and it.site_id is not None
            and person.id in snapshot.attendee_ids(it)
        ),
        key=lambda it: (it.starts_at, it.ends_at, it.id),
    )
    todays = [it for it in located if _is_stop(it) and it.starts_at.astimezone(zone).date() == day]
    if not todays:
        raise ValidationError(
            Errors.tr(
                "{full_name} has no visit or appointment at a site on {day}; there is "
                "nothing to plan"
            ).format(full_name=person.full_name, day=day_label(day))
        )
    window_start = min(it.starts_at for it in todays)
    window_end = max(it.ends_at for it in todays)
    ids = {it.id for it in todays}
    before = [it for it in located if it.id not in ids and it.starts_at < window_start]
    after = [it for it in located if it.id not in ids and it.starts_at >= window_end]
    stops = tuple(
        Stop(
            item_id=it.id,
            # mypy: ``located`` items have a site.
            site_id=it.site_id,  # type: ignore[arg-type]
            title=it.title,
            duration_minutes=(it.ends_at - it.starts_at).total_seconds() / 60,
            fixed_start=None if it.kind is ItemKind.VISIT and not it.pinned else it.starts_at,
            current_start=it.starts_at,
        )
        for it in todays
    )
    return DayRequest(
        date=day,
        zone=tour.timezone,
        stops=stops,
        window_start=window_start,
        window_end=window_end,
        sites=snapshot.sites_by_id,
        travel=TravelModel.of(snapshot),
        start_site_id=before[-1].site_id if before else None,
        start_leaves=before[-1].ends_at if before else None,
        end_site_id=after[0].site_id if after else None,
    )


def propose_day(
    db: Database, tour_slug: str, day: date, person_key: str | None = None
) -> DayProposal:
    """The current plan of ``person_key``'s day (default: the head of the delegation) and
    the route with the least travel. Raises ``InfeasibleDayError`` when none works."""
    snapshot = load_snapshot(db, tour_slug)
    person = choose_person(snapshot, person_key)
    request = day_request(snapshot, day, person)
    proposed = optimise_day(request)
    current = current_plan(request)
    items = {it.id: it for it in snapshot.items}
    names = {s.id: s.name for s in snapshot.sites}
    return DayProposal(
        tour_slug=snapshot.tour.slug,
        day=day,
        timezone=snapshot.tour.timezone,
        person_key=person.key,
        person_name=person.full_name,
        current=current,
        proposed=proposed,
        versions={s.item_id: items[s.item_id].version for s in request.stops},
        site_names=names,
        current_problems=validate_plan(request, current),
    )


def apply_day(db: Database, tour_slug: str, proposal: DayProposal) -> tuple[ScheduleItem, ...]:
    """Save the proposal's new times in one transaction (one undoable change) and return
    the moved items as stored. Refuses with ``ConcurrentEditError`` when any of the day's
    stops changed, or the day gained or lost one, since the proposal was made."""
    if tour_slug != proposal.tour_slug:
        raise ValidationError(
            Errors.tr("this proposal is for tour {proposed}, not {tour}").format(
                proposed=repr(proposal.tour_slug), tour=repr(tour_slug)
            )
        )
    snapshot = load_snapshot(db, tour_slug)
    person = choose_person(snapshot, proposal.person_key)
    try:
        request = day_request(snapshot, proposal.day, person)
        stops_now = {s.item_id for s in request.stops}
    except ValidationError:
        stops_now = set()
    if stops_now != set(proposal.versions):
        raise ConcurrentEditError(
            Errors.tr(
                "the programme of {day} changed since the proposal was made; propose again"
            ).format(day=day_label(proposal.day))
        )
    times = {p.stop.item_id: (p.start, p.end) for p in proposal.moves}
    if not times:
        return ()
    return move_items(db, tour_slug, times, proposal.versions)


def move_items(
    db: Database,
    tour_slug: str,
    times: Mapping[int, tuple[datetime, datetime]],
    versions: Mapping[int, int],
) -> tuple[ScheduleItem, ...]:
    """Give items new (start, end) times, all in one transaction, and return them as stored.

    Every item in ``versions`` (a superset of the moved ones, typically the whole day) must
    still be at that version, or nothing is saved. Each moved item's SEQUENCE goes up, as
    for any reschedule. An undo is the same call with the old times and the new versions.
    """
    missing = sorted(set(times) - set(versions))
    if missing:
        raise ValidationError(
            Errors.tr("no expected version given for item {item}").format(item=missing[0])
        )
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour_slug).id
        rows = {}
        for item_id, expected in sorted(versions.items()):
            row = session.get(orm.ScheduleItem, item_id)
            if row is None or row.tour_id != tour_id:
                raise ConcurrentEditError(
                    Errors.tr(
                        "schedule item {item_id} was deleted since the proposal was made; "
                        "propose again"
                    ).format(item_id=item_id)
                )
            if row.version_id != expected:
                raise ConcurrentEditError(
                    Errors.tr(
                        "'{title}' was changed by someone else (version {version_id}, the "
                        "proposal saw version {expected}); propose again"
                    ).format(title=row.title, version_id=row.version_id, expected=expected)
                )
            rows[item_id] = row
        for item_id, (start, end) in sorted(times.items()):
            row = rows[item_id]
            with session.no_autoflush:
                crud.apply_values(ITEM, session, row, {"starts_at": start, "ends_at": end})
            assert ITEM.on_update is not None
            ITEM.on_update(session, row, {"starts_at", "ends_at"})
        session.flush()
        moved = []
        for item_id in sorted(times):
            session.refresh(rows[item_id])
            moved.append(ITEM.record(rows[item_id]))
        return tuple(moved)
