"""Tours: list, create, read, update, delete, the whole-tour snapshot, its checks, and the
release gate (nothing leaves the app while the tour has errors)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from tourplanner.core.checks import TourChecker
from tourplanner.core.contacts import check_mobile, check_web_address
from tourplanner.core.enums import TravelMode
from tourplanner.core.errors import NotFoundError, TourplannerError, ValidationError
from tourplanner.core.i18n import Context
from tourplanner.core.languages import language_tags
from tourplanner.core.model import (
    DayNote,
    DutyContact,
    Tour,
    TourSnapshot,
    TravelOverride,
    TravelSettings,
)
from tourplanner.core.problems import Problem
from tourplanner.core.travel import check_traffic_bands, traffic_bands_text
from tourplanner.services import crud
from tourplanner.services.database import Database, transaction
from tourplanner.store import models as orm
from tourplanner.store import records, repository

Errors = Context("Errors")  # the catalogue context of messages the services raise

# -- What a delegate needs on the day: the tour's on-duty contacts, its 24-hour line and -------
MAX_DUTY_CONTACTS = 50


def mobile(value: Any, field: str) -> str:
    """A mobile number (tidied), or "" for none; an office line is refused."""
    if value is None or value == "":
        return ""
    if not isinstance(value, str):
        raise ValidationError(
            Errors.tr("{field}: expected text, got {type}").format(
                field=field, type=type(value).__name__
            )
        )
    try:
        return check_mobile(value)
    except ValueError as e:
        raise ValidationError(Errors.tr("{field}: {error}").format(field=field, error=e)) from None


def duty_contact(value: Any, field: str) -> DutyContact:
    """One on-duty contact: a name and a mobile are required."""
    if not isinstance(value, DutyContact):
        raise ValidationError(Errors.tr("{field}: expected an on-duty contact").format(field=field))
    try:
        languages = language_tags(value.languages)
    except ValueError as e:
        raise ValidationError(
            Errors.tr("{field} languages: {error}").format(field=field, error=e)
        ) from None
    number = mobile(value.mobile, f"{field} mobile")
    if not number:
        raise ValidationError(
            Errors.tr("{field} mobile: a mobile number is required").format(field=field)
        )
    return DutyContact(
        name=crud.line(value.name, f"{field} name", required=True, max_length=200),
        role=crud.line(value.role, f"{field} role", max_length=200),
        mobile=number,
        local_name=crud.line(value.local_name, f"{field} local name", max_length=200),
        languages=languages,
    )


def duty_contacts(value: Any, field: str) -> tuple[DutyContact, ...]:
    """The on-duty list, in calling order."""
    if not isinstance(value, (list, tuple)):
        raise ValidationError(
            Errors.tr("{field}: expected a list of on-duty contacts").format(field=field)
        )
    if len(value) > MAX_DUTY_CONTACTS:
        raise ValidationError(
            Errors.tr("{field}: more than {max_duty_contacts} contacts").format(
                field=field, max_duty_contacts=MAX_DUTY_CONTACTS
            )
        )
    return tuple(duty_contact(c, f"{field} {i + 1}") for i, c in enumerate(value))


def day_notes(value: Any, field: str) -> tuple[DayNote, ...]:
    """Notes per day, one per date, sorted by date."""
    if not isinstance(value, (list, tuple)):
        raise ValidationError(
            Errors.tr("{field}: expected a list of day notes").format(field=field)
        )
    out: dict[Any, DayNote] = {}
    for note in value:
        if not isinstance(note, DayNote):
            raise ValidationError(Errors.tr("{field}: expected a day note").format(field=field))
        day = crud.day(note.day, f"{field} date")
        where = f"{field} {day.isoformat()}"
        if day in out:
            raise ValidationError(
                Errors.tr("{where}: a second note for the same day").format(where=where)
            )
        out[day] = DayNote(
            day=day,
            weather=crud.text(note.weather, f"{where} weather", max_length=2000),
            bring=crud.text(note.bring, f"{where} bring", max_length=2000),
            dress=crud.text(note.dress, f"{where} dress", max_length=2000),
        )
    return tuple(out[d] for d in sorted(out))


def _replace_children(session: Session, row: orm.Tour, name: str, rows: list[Any]) -> None:
    # Old rows leave first: a day's new note would otherwise collide with the old one.
    setattr(row, name, [])
    if inspect(row).persistent:
        session.flush()
    setattr(row, name, rows)


def set_duty_contacts(session: Session, row: orm.Tour, contacts: tuple[DutyContact, ...]) -> None:
    """Store the tour's on-duty list (it replaces the old one)."""
    _replace_children(session, row, "duty_contacts", repository.duty_rows(contacts))


def set_day_notes(session: Session, row: orm.Tour, notes: tuple[DayNote, ...]) -> None:
    """Store the tour's notes per day (they replace the old ones)."""
    _replace_children(session, row, "day_notes", repository.day_note_rows(notes))


def _travel(value: Any, field: str) -> TravelSettings:
    if not isinstance(value, TravelSettings):
        raise ValidationError(Errors.tr("{field}: expected travel settings").format(field=field))
    crud.enum_value(TravelMode, value.mode, f"{field} mode")
    if value.speed_kmh is not None and not 0 < value.speed_kmh <= 200:
        raise ValidationError(
            Errors.tr("{field}: speed must be above 0 and at most 200 km/h").format(field=field)
        )
    if not 1 <= value.detour_factor <= 5:
        raise ValidationError(
            Errors.tr("{field}: detour factor must be from 1 to 5").format(field=field)
        )
    if not 0.5 <= value.traffic_factor <= 5:
        raise ValidationError(
            Errors.tr("{field}: traffic factor must be from 0.5 to 5").format(field=field)
        )
    try:
        value = replace(value, traffic_bands=check_traffic_bands(value.traffic_bands))
    except (TypeError, ValueError) as error:
        raise ValidationError(
            Errors.tr("{field}: {error}").format(field=field, error=error)
        ) from None
    if value.routing_url:
        try:
            check_web_address(value.routing_url)
        except ValueError as error:
            raise ValidationError(
                Errors.tr("{field}: routing server: {error}").format(field=field, error=error)
            ) from None
    for name in ("boarding_minutes", "buffer_minutes"):
        minutes = getattr(value, name)
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= 240:
            raise ValidationError(
                Errors.tr("{field}: {setting} must be 0 to 240").format(
                    field=field, setting=name.replace("_", " ")
                )
            )
    return value


def _set_travel(_session: Session, row: orm.Tour, travel: TravelSettings) -> None:
    row.travel_mode = TravelMode(travel.mode)
    row.travel_speed_kmh = travel.speed_kmh
    row.detour_factor = travel.detour_factor
    row.boarding_minutes = travel.boarding_minutes
    row.buffer_minutes = travel.buffer_minutes
    row.traffic_factor = travel.traffic_factor
    row.routing_url = travel.routing_url
    row.traffic_bands = traffic_bands_text(travel.traffic_bands)


def _dates_in_order(_session: Session, row: orm.Tour) -> None:
    if row.start_date is not None and row.end_date is not None and row.end_date < row.start_date:
        raise ValidationError(
            Errors.tr("tour end date {end_date} is before its start date {start_date}").format(
                end_date=row.end_date.isoformat(), start_date=row.start_date.isoformat()
            )
        )


TOUR = crud.Entity[Tour](
    label="tour",
    model=orm.Tour,
    record=records.tour,
    checks={
        "slug": crud.key,
        "name": lambda x, f: crud.line(x, f, required=True, max_length=300),
        "local_name": lambda x, f: crud.line(x, f, max_length=300),
        "description": crud.text,
        "start_date": crud.day,
        "end_date": crud.day,
        "timezone": crud.timezone_name,
        "organiser_name": lambda x, f: crud.line(x, f, max_length=200),
        "organiser_email": crud.email,
        "organiser_phone": crud.phone,
        "travel": _travel,
        "hotline": mobile,
        "duty_contacts": duty_contacts,
        "day_notes": day_notes,
    },
    required=frozenset({"slug", "name", "start_date", "end_date"}),
    setters={
        "travel": _set_travel,
        "duty_contacts": set_duty_contacts,
        "day_notes": set_day_notes,
    },
    invariants=_dates_in_order,
)


def tour_exists(db: Database, slug: str) -> bool:
    with transaction(db) as session:
        return session.scalar(select(orm.Tour.id).where(orm.Tour.slug == slug)) is not None


def get_tour(db: Database, slug: str) -> Tour:
    with transaction(db) as session:
        return records.tour(repository.tour_by_slug(session, slug))


def create_tour(db: Database, **values: Any) -> Tour:
    """Create a tour; ``slug``, ``name``, ``start_date`` and ``end_date`` are required."""
    missing = sorted(TOUR.required - set(values))
    if missing:
        raise ValidationError(Errors.tr("tour: {field} is required").format(field=missing[0]))
    values.setdefault("timezone", "Asia/Shanghai")
    with transaction(db) as session:
        if session.scalar(select(orm.Tour.id).where(orm.Tour.slug == values["slug"])):
            raise ValidationError(
                Errors.tr("a tour with slug {slug} already exists").format(
                    slug=repr(values["slug"])
                )
            )
        row = orm.Tour()
        crud.apply_values(TOUR, session, row, values)
        session.add(row)
        session.flush()
        session.refresh(row)
        return records.tour(row)


def update_tour(db: Database, slug: str, expected_version: int | None, **values: Any) -> Tour:
    with transaction(db) as session:
        tour_id = repository.tour_by_slug(session, slug).id
    return crud.update(db, TOUR, tour_id, expected_version, values)


def delete_tour(db: Database, slug: str, expected_version: int | None = None) -> None:
    """Delete a tour and everything in it."""
    with transaction(db) as session:
        tour_id = repository.tour_by_slug(session, slug).id
    crud.delete(db, TOUR, tour_id, expected_version)


def load_snapshot(db: Database, slug: str) -> TourSnapshot:
    """The whole tour as immutable values, read in one short session."""
    with transaction(db) as session:
        return repository.load_snapshot(session, repository.tour_by_slug(session, slug))


# -- Run the conflict checks on a stored tour. -------------------------------------------------
@dataclass(frozen=True)
class CheckReport:
    """The problems of a tour, with the snapshot they were found in (to name things)."""

    snapshot: TourSnapshot
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> int:
        return sum(p.is_error for p in self.problems)

    @property
    def warnings(self) -> int:
        return len(self.problems) - self.errors

    def describe(self, problem: Problem) -> dict[str, object]:
        """A problem as plain JSON-ready data, naming things by their stable keys."""
        snap = self.snapshot
        items = {i.id: i for i in snap.items}
        return {
            "code": problem.code.value,
            "severity": problem.severity.value,
            "message": problem.message,
            "items": [items[i].uid for i in problem.item_ids],
            "participants": [snap.participants_by_id[p].key for p in problem.participant_ids],
            "sites": [snap.sites_by_id[s].key for s in problem.site_ids],
        }


def check(db: Database, tour: str) -> CheckReport:
    """Every problem of ``tour``, from a fresh snapshot."""
    snap = load_snapshot(db, tour)
    return CheckReport(snap, tuple(TourChecker(snap).problems()))


def live_checker(db: Database, tour: str) -> TourChecker:
    """A checker to keep current after each item edit (``update_item``), for the GUI."""
    return TourChecker(load_snapshot(db, tour))


# -- The one rule for everything that leaves the app: nothing goes out while the tour has errors.
#
# ``send``, ``sync caldav`` and ``publish`` (dry runs included) call
# :func:`require_no_open_errors` before they do anything. Warnings never block; errors do,
# unless the organiser says ``allow_errors``, and then the caller records how many were
# open (the returned count) with what it sent.
#

SHOWN = 5  # errors listed before "and N more"


class OpenErrorsError(TourplannerError):
    """The tour has errors and the caller did not allow them; ``lines`` lists them."""

    def __init__(self, action: str, count: int, lines: tuple[str, ...]) -> None:
        self.action = action
        self.count = count
        self.lines = lines
        super().__init__(
            Errors.tr(
                "not {action}: the tour has %n error(s); fix it (them) or give --allow-errors",
                None,
                count,
            ).format(action=action)
        )

    def listing(self) -> list[str]:
        """The first few errors, one per line, then how many more there are."""
        return listing(self.count, self.lines)


def listing(count: int, lines: tuple[str, ...]) -> list[str]:
    """``lines`` (the first of ``count`` errors), then how many more there are."""
    more = count - len(lines)
    return [*lines, *([Errors.tr("… and %n more", None, more)] if more > 0 else [])]


def open_errors(report: CheckReport) -> tuple[int, tuple[str, ...]]:
    """How many errors ``report`` holds, and the messages of the first :data:`SHOWN`."""
    errors = [p for p in report.problems if p.is_error]
    return len(errors), tuple(p.message for p in errors[:SHOWN])


def find_open_errors(db: Database, tour: str) -> tuple[int, list[str]]:
    """How many errors ``tour`` has, and their :func:`listing`: for a front end that asks
    the organiser before it goes ahead (and then passes ``allow_errors``)."""
    count, lines = open_errors(check(db, tour))
    return count, listing(count, lines)


def require_no_open_errors(db: Database, tour: str, action: str, allow_errors: bool) -> int:
    """The number of open errors in ``tour``; raises :class:`OpenErrorsError` when there
    are any and ``allow_errors`` is false. ``action`` names what was refused ("sending")."""
    count, lines = open_errors(check(db, tour))
    if count and not allow_errors:
        raise OpenErrorsError(action, count, lines)
    return count


# -- Travel overrides: the organiser's own travel times for legs they know better. -------------
def set_override(
    db: Database, tour: str, from_site_id: int, to_site_id: int, minutes: int, note: str = ""
) -> TravelOverride:
    """Record (or change) the travel time from one site to another. It wins over the
    estimate and also covers the way back unless that leg has its own override."""
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= 1440:
        raise ValidationError(
            Errors.tr("travel override: minutes must be a whole number from 1 to 1440")
        )
    if from_site_id == to_site_id:
        raise ValidationError(Errors.tr("travel override: choose two different sites"))
    with transaction(db) as session:
        tour_row = repository.tour_by_slug(session, tour)
        for site_id in (from_site_id, to_site_id):
            crud.same_tour(session, orm.Site, site_id, tour_row.id, "travel override")
        row = session.scalar(
            select(orm.TravelOverride).where(
                orm.TravelOverride.tour_id == tour_row.id,
                orm.TravelOverride.from_site_id == from_site_id,
                orm.TravelOverride.to_site_id == to_site_id,
            )
        )
        if row is None:
            row = orm.TravelOverride(
                tour_id=tour_row.id, from_site_id=from_site_id, to_site_id=to_site_id
            )
            session.add(row)
        row.minutes = minutes
        row.note = note
        session.flush()
        return records.travel_override(row)


def list_overrides(db: Database, tour: str) -> list[TravelOverride]:
    with transaction(db) as session:
        tour_row = repository.tour_by_slug(session, tour)
        rows = session.scalars(
            select(orm.TravelOverride)
            .where(orm.TravelOverride.tour_id == tour_row.id)
            .order_by(orm.TravelOverride.id)
        )
        return [records.travel_override(r) for r in rows]


def delete_override(db: Database, override_id: int) -> None:
    with transaction(db) as session:
        row = session.get(orm.TravelOverride, override_id)
        if row is None:
            raise NotFoundError(
                Errors.tr("no travel override with id {override_id}").format(
                    override_id=override_id
                )
            )
        session.delete(row)
