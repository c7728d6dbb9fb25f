"""Turn ORM rows into the core's immutable values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType

from tourplanner.core import model
from tourplanner.core.changes import ItemState, items_from_json
from tourplanner.core.dispatch import DispatchKind, DispatchResult
from tourplanner.core.enums import AttendanceRole, AttendanceScope
from tourplanner.core.templates import MailTemplate
from tourplanner.store import models as orm


def tour(row: orm.Tour) -> model.Tour:
    return model.Tour(
        id=row.id,
        slug=row.slug,
        name=row.name,
        local_name=row.local_name,
        description=row.description,
        start_date=row.start_date,
        end_date=row.end_date,
        timezone=row.timezone,
        organiser_name=row.organiser_name,
        organiser_email=row.organiser_email,
        organiser_phone=row.organiser_phone,
        version=row.version_id,
        travel=model.TravelSettings(
            mode=row.travel_mode,
            speed_kmh=row.travel_speed_kmh,
            detour_factor=row.detour_factor,
            boarding_minutes=row.boarding_minutes,
            buffer_minutes=row.buffer_minutes,
            traffic_factor=row.traffic_factor,
            routing_url=row.routing_url,
        ),
        publish_target=row.publish_target,
        publish_base_url=row.publish_base_url,
        duty_contacts=tuple(
            model.DutyContact(
                name=c.name,
                role=c.role,
                mobile=c.mobile,
                local_name=c.local_name,
                languages=tuple(c.languages),
            )
            for c in row.duty_contacts
        ),
        hotline=row.hotline,
        day_notes=tuple(
            model.DayNote(day=n.day, weather=n.weather, bring=n.bring, dress=n.dress)
            for n in row.day_notes
        ),
    )


def site(row: orm.Site) -> model.Site:
    return model.Site(
        id=row.id,
        tour_id=row.tour_id,
        key=row.key,
        name=row.name,
        local_name=row.local_name,
        category=row.category,
        address=row.address,
        latitude=row.latitude,
        longitude=row.longitude,
        coord_source=row.coord_source,
        coord_approximate=row.coord_approximate,
        timezone=row.timezone,
        opening_hours=tuple(
            model.OpeningInterval(h.weekday, h.opens, h.closes) for h in row.opening_hours
        ),
        capacity=row.capacity,
        contact_name=row.contact_name,
        contact_phone=row.contact_phone,
        contact_email=row.contact_email,
        description=row.description,
        key_facts=tuple(row.key_facts),
        illustrative=row.illustrative,
        version=row.version_id,
        geocode_status=row.geocode_status,
        geocode_message=row.geocode_message,
        publish_token=row.publish_token,
        local_address=row.local_address,
        meeting_point=row.meeting_point,
        local_meeting_point=row.local_meeting_point,
    )


def participant(row: orm.Participant) -> model.Participant:
    return model.Participant(
        id=row.id,
        tour_id=row.tour_id,
        key=row.key,
        full_name=row.full_name,
        local_name=row.local_name,
        honorific=row.honorific,
        title=row.title,
        organisation=row.organisation,
        country=row.country,
        role=row.role,
        email=row.email,
        phone=row.phone,
        languages=tuple(row.languages),
        dietary=row.dietary,
        accessibility=row.accessibility,
        notes=row.notes,
        is_vip=row.is_vip,
        precedence=row.precedence,
        illustrative=row.illustrative,
        version=row.version_id,
        publish_token=row.publish_token,
        address=tuple(sorted((row.address or {}).items())),
    )


def group(row: orm.Group) -> model.Group:
    return model.Group(
        id=row.id,
        tour_id=row.tour_id,
        key=row.key,
        name=row.name,
        local_name=row.local_name,
        description=row.description,
        member_ids=tuple(m.participant_id for m in row.members),
        version=row.version_id,
    )


def attendance(row: orm.AttendanceRow) -> model.Attendance:
    return model.Attendance(
        scope=AttendanceScope(row.scope),
        role=AttendanceRole(row.role),
        group_id=row.group_id,
        participant_id=row.participant_id,
    )


def item(row: orm.ScheduleItem) -> model.ScheduleItem:
    return model.ScheduleItem(
        id=row.id,
        tour_id=row.tour_id,
        uid=row.uid,
        kind=row.kind,
        title=row.title,
        local_title=row.local_title,
        site_id=row.site_id,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        description=row.description,
        dress_code=row.dress_code,
        notes=row.notes,
        status=row.status,
        sequence=row.sequence,
        illustrative=row.illustrative,
        created_at=row.created_at,
        updated_at=row.updated_at,
        attendance=tuple(attendance(a) for a in row.attendance),
        version=row.version_id,
        pinned=row.pinned,
    )


def busy_block(row: orm.BusyBlock) -> model.BusyBlock:
    return model.BusyBlock(
        id=row.id,
        tour_id=row.tour_id,
        participant_id=row.participant_id,
        site_id=row.site_id,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        summary=row.summary,
        version=row.version_id,
    )


def travel_override(row: orm.TravelOverride) -> model.TravelOverride:
    return model.TravelOverride(
        id=row.id,
        tour_id=row.tour_id,
        from_site_id=row.from_site_id,
        to_site_id=row.to_site_id,
        minutes=row.minutes,
        note=row.note,
        version=row.version_id,
    )


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
    return model.Vehicle(
        id=row.id,
        tour_id=row.tour_id,
        key=row.key,
        name=row.name,
        plate=row.plate,
        seats=row.seats,
        driver_id=row.driver_id,
        notes=row.notes,
        illustrative=row.illustrative,
        version=row.version_id,
    )


def vehicle_assignment(row: orm.VehicleAssignment) -> model.VehicleAssignment:
    return model.VehicleAssignment(
        vehicle_id=row.vehicle_id,
        item_id=row.item_id,
        participant_id=row.participant_id,
        seat=row.seat,
    )


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
