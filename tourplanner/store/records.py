"""Turn ORM rows into the core's immutable values."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from operator import attrgetter
from types import MappingProxyType
from typing import Any

from tourplanner.core import model
from tourplanner.core.changes import ItemState, items_from_json
from tourplanner.core.dispatch import DispatchKind, DispatchResult
from tourplanner.core.enums import AttendanceRole, AttendanceScope
from tourplanner.core.templates import MailTemplate
from tourplanner.core.timeutil import parse_opening_exceptions
from tourplanner.core.travel import parse_traffic_bands
from tourplanner.store import models as orm


class RowMapper:
    """Builds one core dataclass from a row, field by field in the dataclass's order.

    Each field is the column of the same name (``version`` is ``version_id``), passed
    through ``convert[name]`` when given; the fields named in ``children`` are not columns
    and come after the row, in that order. The row may be an ORM object or a plain
    result row (``select(*table.columns)``): both have the columns as attributes. The
    column list is checked against the table when the mapper is made, so a field the
    table lacks fails on import rather than on a user's first snapshot.
    """

    __slots__ = ("_cls", "_convert", "_get", "_slots")

    def __init__(
        self,
        cls: type,
        model: type[orm.Base],
        *,
        children: tuple[str, ...] = (),
        **convert: Callable[[Any], Any],
    ) -> None:
        table = orm.table_of(model)
        names = [f.name for f in fields(cls)]
        unknown = (set(children) | set(convert)) - set(names)
        if unknown:
            raise TypeError(f"{cls.__name__} has no field {sorted(unknown)[0]!r}")
        columns = []
        for name in names:
            if name in children:
                continue
            column = "version_id" if name == "version" else name
            if column not in table.c:
                raise TypeError(f"{cls.__name__}.{name}: table {table.name} has no {column}")
            columns.append(column)
        self._cls = cls
        # One attrgetter reads every column in one call (the snapshot of a big tour is
        # tens of thousands of rows, so the per-row cost matters).
        self._get = (
            attrgetter(*columns) if len(columns) > 1 else lambda r: (getattr(r, columns[0]),)
        )
        plain = [n for n in names if n not in children]
        self._convert = tuple((plain.index(n), f) for n, f in convert.items())
        self._slots = tuple(names.index(n) for n in children)

    def __call__(self, row: Any, *children: Any) -> Any:
        values: Any = self._get(row)
        if self._convert or self._slots:
            values = list(values)
            for index, convert in self._convert:
                values[index] = convert(values[index])
            for index, value in zip(self._slots, children, strict=True):
                values.insert(index, value)
        return self._cls(*values)


TOUR = RowMapper(model.Tour, orm.Tour, children=("travel", "duty_contacts", "day_notes"))
SITE = RowMapper(
    model.Site,
    orm.Site,
    children=("opening_hours", "contacts"),
    key_facts=tuple,
    opening_exceptions=lambda text: parse_opening_exceptions(text or ""),
)
SITE_CONTACT = RowMapper(model.SiteContact, orm.SiteContact)
GIFT = RowMapper(model.Gift, orm.Gift)
OPENING = RowMapper(model.OpeningInterval, orm.OpeningHours)
PARTICIPANT = RowMapper(
    model.Participant,
    orm.Participant,
    languages=tuple,
    address=lambda stored: tuple(sorted((stored or {}).items())),  # forms of address
)
GROUP = RowMapper(model.Group, orm.Group, children=("member_ids",))
ATTENDANCE = RowMapper(
    model.Attendance, orm.AttendanceRow, scope=AttendanceScope, role=AttendanceRole
)
ITEM = RowMapper(model.ScheduleItem, orm.ScheduleItem, children=("attendance",))
BUSY_BLOCK = RowMapper(model.BusyBlock, orm.BusyBlock)
TRAVEL_OVERRIDE = RowMapper(model.TravelOverride, orm.TravelOverride)
VEHICLE = RowMapper(model.Vehicle, orm.Vehicle)
VEHICLE_ASSIGNMENT = RowMapper(model.VehicleAssignment, orm.VehicleAssignment)
DUTY_CONTACT = RowMapper(model.DutyContact, orm.DutyContact, languages=tuple)
DAY_NOTE = RowMapper(model.DayNote, orm.DayNote)


def travel_settings(row: Any) -> model.TravelSettings:
    """A tour row's travel columns as one value."""
    return model.TravelSettings(
        mode=row.travel_mode,
        speed_kmh=row.travel_speed_kmh,
        detour_factor=row.detour_factor,
        boarding_minutes=row.boarding_minutes,
        buffer_minutes=row.buffer_minutes,
        traffic_factor=row.traffic_factor,
        routing_url=row.routing_url,
        traffic_bands=_bands(row.traffic_bands),
    )


# Single ORM objects (a service's answer after an edit) go through the same mappers.


def tour(row: orm.Tour) -> model.Tour:
    return TOUR(  # type: ignore[no-any-return]  # the mapper makes a model.Tour
        row,
        travel_settings(row),
        tuple(DUTY_CONTACT(c) for c in row.duty_contacts),
        tuple(DAY_NOTE(n) for n in row.day_notes),
    )


def site(row: orm.Site) -> model.Site:
    return SITE(  # type: ignore[no-any-return]
        row,
        tuple(OPENING(h) for h in row.opening_hours),
        tuple(SITE_CONTACT(c) for c in row.contacts),
    )


def gift(row: orm.Gift) -> model.Gift:
    return GIFT(row)  # type: ignore[no-any-return]


def participant(row: orm.Participant) -> model.Participant:
    return PARTICIPANT(row)  # type: ignore[no-any-return]


def group(row: orm.Group) -> model.Group:
    return GROUP(row, tuple(m.participant_id for m in row.members))  # type: ignore[no-any-return]


def attendance(row: orm.AttendanceRow) -> model.Attendance:
    return ATTENDANCE(row)  # type: ignore[no-any-return]


def item(row: orm.ScheduleItem) -> model.ScheduleItem:
    return ITEM(row, tuple(ATTENDANCE(a) for a in row.attendance))  # type: ignore[no-any-return]


def busy_block(row: orm.BusyBlock) -> model.BusyBlock:
    return BUSY_BLOCK(row)  # type: ignore[no-any-return]


def travel_override(row: orm.TravelOverride) -> model.TravelOverride:
    return TRAVEL_OVERRIDE(row)  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class SyncStateRecord:
    """One row of ``calendar_sync_state`` as a plain value (see ``orm.CalendarSyncState``)."""

    id: int
    tour_id: int
    calendar_url: str
    uid: str
    href: str
    etag: str | None
    content_hash: str
    sequence: int
    host_deleted: bool
    synced_at: datetime


def calendar_sync_state(row: orm.CalendarSyncState) -> SyncStateRecord:
    return SyncStateRecord(
        id=row.id,
        tour_id=row.tour_id,
        calendar_url=row.calendar_url,
        uid=row.uid,
        href=row.href,
        etag=row.etag,
        content_hash=row.content_hash,
        sequence=row.sequence,
        host_deleted=row.host_deleted,
        synced_at=row.synced_at,
    )


def vehicle(row: orm.Vehicle) -> model.Vehicle:
    return VEHICLE(row)  # type: ignore[no-any-return]


def vehicle_assignment(row: orm.VehicleAssignment) -> model.VehicleAssignment:
    return VEHICLE_ASSIGNMENT(row)  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class DispatchRecord:
    """One row of ``dispatch`` as a plain value (see ``orm.Dispatch``)."""

    id: int
    tour_id: int
    recipient_key: str
    participant_id: int | None
    site_id: int | None
    name: str
    address: str
    kind: DispatchKind
    pdf_hash: str
    items: Mapping[str, ItemState]
    result: DispatchResult
    reason: str
    message_id: str
    sent_at: datetime
    open_errors: int = 0  # errors the tour had when it was sent anyway


def dispatch(row: orm.Dispatch) -> DispatchRecord:
    return DispatchRecord(
        id=row.id,
        tour_id=row.tour_id,
        recipient_key=row.recipient_key,
        participant_id=row.participant_id,
        site_id=row.site_id,
        name=row.name,
        address=row.address,
        kind=DispatchKind(row.kind),
        pdf_hash=row.pdf_hash,
        items=MappingProxyType(items_from_json(row.items)),
        result=DispatchResult(row.result),
        reason=row.reason,
        message_id=row.message_id,
        sent_at=row.sent_at,
        open_errors=row.open_errors,
    )


def mail_template(row: orm.MailTemplate) -> MailTemplate:
    return MailTemplate(
        kind=DispatchKind(row.kind),
        language=row.language,
        subject=row.subject,
        body=row.body_text,
        custom=True,
    )


def _bands(text: str) -> tuple[model.TrafficBand, ...]:
    """The stored traffic bands (written by the services, so they read back; a value
    edited by hand that does not is taken as none rather than failing every load)."""
    try:
        return parse_traffic_bands(text or "")
    except ValueError:
        return ()
