"""Write whole tours from snapshots (insert, replace) in a fixed handful of queries; the
reading half is store.snapshot_reader, re-exported here for callers."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from tourplanner.core import model
from tourplanner.core.timeutil import opening_exceptions_text
from tourplanner.core.travel import traffic_bands_text
from tourplanner.store import history as _history  # noqa: F401 - registers its listeners
from tourplanner.store import models as orm
from tourplanner.store import road_cache as _road_cache  # noqa: F401 - registers its listener

# The reading half lives in snapshot_reader; services keep finding it here.
from tourplanner.store.snapshot_reader import load_snapshot as load_snapshot
from tourplanner.store.snapshot_reader import road_legs as road_legs
from tourplanner.store.snapshot_reader import tour_by_slug as tour_by_slug


def insert_snapshot(session: Session, snap: model.TourSnapshot) -> orm.Tour:
    """Add a whole tour. Ids in ``snap`` are only used to resolve its own references."""
    tour_row = orm.Tour(**tour_values(snap.tour))
    tour_row.duty_contacts = duty_rows(snap.tour.duty_contacts)
    tour_row.day_notes = day_note_rows(snap.tour.day_notes)
    session.add(tour_row)
    sites = {s.id: site_row(s) for s in snap.sites}
    people = {p.id: participant_row(p) for p in snap.participants}
    tour_row.sites.extend(sites.values())
    tour_row.participants.extend(people.values())
    session.flush()
    groups: dict[int, orm.Group] = {}
    for g in snap.groups:
        row = orm.Group(key=g.key, name=g.name, local_name=g.local_name, description=g.description)
        row.members = [orm.GroupMember(participant_id=people[i].id) for i in g.member_ids]
        groups[g.id] = row
    tour_row.groups.extend(groups.values())
    session.flush()
    for it in snap.items + snap.unscheduled:
        item = item_row(
            it,
            sites[it.site_id].id if it.site_id is not None else None,
            sites[it.from_site_id].id if it.from_site_id is not None else None,
        )
        item.attendance = [
            orm.AttendanceRow(
                scope=a.scope,
                role=a.role,
                group_id=groups[a.group_id].id if a.group_id is not None else None,
                participant_id=people[a.participant_id].id
                if a.participant_id is not None
                else None,
            )
            for a in it.attendance
        ]
        tour_row.items.append(item)
    for b in snap.busy_blocks:
        tour_row.busy_blocks.append(
            orm.BusyBlock(
                participant_id=people[b.participant_id].id
                if b.participant_id is not None
                else None,
                site_id=sites[b.site_id].id if b.site_id is not None else None,
                starts_at=b.starts_at,
                ends_at=b.ends_at,
                summary=b.summary,
            )
        )
    for o in snap.travel_overrides:
        tour_row.travel_overrides.append(
            orm.TravelOverride(
                from_site_id=sites[o.from_site_id].id,
                to_site_id=sites[o.to_site_id].id,
                minutes=o.minutes,
                note=o.note,
            )
        )
    session.flush()
    _insert_vehicles(session, snap, tour_row, people)
    _insert_seating(session, snap, {row.uid: row.id for row in tour_row.items}, people)
    _insert_gifts(session, snap, tour_row.id, {row.uid: row.id for row in tour_row.items}, people)
    return tour_row


def _insert_gifts(
    session: Session,
    snap: model.TourSnapshot,
    tour_id: int,
    item_ids: dict[str, int],
    people: dict[int, orm.Participant],
) -> None:
    """Add the snapshot's gift log; items are found by UID (``item_ids``: UID -> row id)."""
    if not snap.gifts:
        return
    uids = {it.id: it.uid for it in snap.items}

    def person(pid: int | None) -> int | None:
        return people[pid].id if pid is not None else None

    session.add_all(
        orm.Gift(
            tour_id=tour_id,
            what=g.what,
            from_participant_id=person(g.from_participant_id),
            from_organisation=g.from_organisation,
            to_participant_id=person(g.to_participant_id),
            to_organisation=g.to_organisation,
            item_id=item_ids[uids[g.item_id]] if g.item_id is not None else None,
            value=g.value,
            currency=g.currency,
            status=g.status,
            notes=g.notes,
        )
        for g in snap.gifts
    )
    session.flush()


def _insert_seating(
    session: Session,
    snap: model.TourSnapshot,
    item_ids: dict[str, int],
    people: dict[int, orm.Participant],
) -> None:
    """Add the snapshot's seating plans; items are found by UID (``item_ids``: UID -> row id)."""
    if not (snap.item_tables or snap.seats):
        return
    uids = {it.id: it.uid for it in snap.items}
    session.add_all(
        orm.ItemTable(
            item_id=item_ids[uids[t.item_id]], number=t.number, shape=t.shape, seats=t.seats
        )
        for t in snap.item_tables
    )
    session.add_all(
        orm.Seat(
            item_id=item_ids[uids[s.item_id]],
            table_number=s.table,
            seat_number=s.seat,
            participant_id=people[s.participant_id].id,
        )
        for s in snap.seats
    )
    session.flush()


def _insert_vehicles(
    session: Session,
    snap: model.TourSnapshot,
    tour_row: orm.Tour,
    people: dict[int, orm.Participant],
) -> None:
    """Add the snapshot's vehicles and who rides them; items are found by their UID, which
    is the same in the snapshot and the database."""
    if not snap.vehicles:
        return
    vehicles: dict[int, orm.Vehicle] = {}
    for v in snap.vehicles:
        vehicles[v.id] = orm.Vehicle(tour_id=tour_row.id, **vehicle_values(v, people))
    session.add_all(vehicles.values())
    session.flush()
    uids = {it.id: it.uid for it in snap.items}
    item_ids = {row.uid: row.id for row in tour_row.items}
    session.add_all(
        orm.VehicleAssignment(
            vehicle_id=vehicles[a.vehicle_id].id,
            item_id=item_ids[uids[a.item_id]],
            participant_id=people[a.participant_id].id,
            seat=a.seat,
        )
        for a in snap.vehicle_assignments
    )
    session.flush()


def tour_values(t: model.Tour) -> dict[str, Any]:
    """The tour row's columns for ``t`` (all but id and version)."""
    return {
        "slug": t.slug,
        "name": t.name,
        "local_name": t.local_name,
        "description": t.description,
        "start_date": t.start_date,
        "end_date": t.end_date,
        "timezone": t.timezone,
        "organiser_name": t.organiser_name,
        "organiser_email": t.organiser_email,
        "organiser_phone": t.organiser_phone,
        "travel_mode": t.travel.mode,
        "travel_speed_kmh": t.travel.speed_kmh,
        "detour_factor": t.travel.detour_factor,
        "boarding_minutes": t.travel.boarding_minutes,
        "buffer_minutes": t.travel.buffer_minutes,
        "traffic_factor": t.travel.traffic_factor,
        "routing_url": t.travel.routing_url,
        "traffic_bands": traffic_bands_text(t.travel.traffic_bands),
        "publish_target": t.publish_target,
        "publish_base_url": t.publish_base_url,
        "hotline": t.hotline,
        "gift_limit": t.gift_limit,
        "gift_limit_currency": t.gift_limit_currency,
    }


def duty_rows(contacts: tuple[model.DutyContact, ...]) -> list[orm.DutyContact]:
    """The tour's on-duty contacts as rows, numbered in their order."""
    return [
        orm.DutyContact(
            position=i,
            name=c.name,
            local_name=c.local_name,
            role=c.role,
            mobile=c.mobile,
            languages=list(c.languages),
        )
        for i, c in enumerate(contacts)
    ]


def day_note_rows(notes: tuple[model.DayNote, ...]) -> list[orm.DayNote]:
    """The tour's notes per day as rows."""
    return [orm.DayNote(day=n.day, weather=n.weather, bring=n.bring, dress=n.dress) for n in notes]


def replace_snapshot(session: Session, tour_row: orm.Tour, snap: model.TourSnapshot) -> None:
    """Make the stored tour ``tour_row`` what ``snap`` says, in place.

    Identity is kept: items matched by UID, and sites, participants, groups and vehicles
    matched by key, keep their rows (their ids), so what hangs off them survives: dispatch
    records, calendar-sync state, anything else that refers to them. Parts ``snap`` lacks
    are deleted, new ones added; busy blocks, travel overrides, vehicle assignments,
    on-duty contacts and day notes, which nothing refers to, are written afresh. An item's
    SEQUENCE never goes down and rises when its time, place or status changed
    (:func:`replaced_sequence`). Runs in the caller's transaction: a failure leaves the
    stored tour as it was.
    """
    tid = tour_row.id
    _assign(tour_row, tour_values(snap.tour))
    old_sites = _by(
        session,
        orm.Site,
        tid,
        "key",
        selectinload(orm.Site.opening_hours),
        selectinload(orm.Site.contacts),
    )
    site_keys = {row.id: key for key, row in old_sites.items()}
    old_people = _by(session, orm.Participant, tid, "key")
    old_groups = _by(session, orm.Group, tid, "key", selectinload(orm.Group.members))
    old_items = _by(
        session, orm.ScheduleItem, tid, "uid", selectinload(orm.ScheduleItem.attendance)
    )
    old_vehicles = _by(session, orm.Vehicle, tid, "key")
    # Rows with unique constraints the new ones could collide with go first.
    for group in old_groups.values():
        group.members = []
    for item in old_items.values():
        item.attendance = []
    vehicle_ids = select(orm.Vehicle.id).where(orm.Vehicle.tour_id == tid)
    session.execute(
        delete(orm.VehicleAssignment).where(orm.VehicleAssignment.vehicle_id.in_(vehicle_ids))
    )
    item_ids = select(orm.ScheduleItem.id).where(orm.ScheduleItem.tour_id == tid)
    session.execute(delete(orm.Seat).where(orm.Seat.item_id.in_(item_ids)))
    session.execute(delete(orm.ItemTable).where(orm.ItemTable.item_id.in_(item_ids)))
    session.execute(delete(orm.BusyBlock).where(orm.BusyBlock.tour_id == tid))
    session.execute(delete(orm.TravelOverride).where(orm.TravelOverride.tour_id == tid))
    # The gift log is written afresh too: nothing refers to a gift.
    session.execute(delete(orm.Gift).where(orm.Gift.tour_id == tid))
    # On-duty contacts and day notes: nothing refers to them, so they are written afresh;
    # the old rows go first so a day's note cannot collide with its replacement.
    tour_row.duty_contacts = []
    tour_row.day_notes = []
    session.flush()
    tour_row.duty_contacts = duty_rows(snap.tour.duty_contacts)
    tour_row.day_notes = day_note_rows(snap.tour.day_notes)

    sites: dict[int, orm.Site] = {}
    for s in snap.sites:
        site = old_sites.pop(s.key, None) or _added(session, orm.Site(tour_id=tid))
        _assign(site, site_values(s))
        site.opening_hours = opening_rows(s.opening_hours)
        site.contacts = contact_rows(s.contacts)
        sites[s.id] = site
    people: dict[int, orm.Participant] = {}
    for p in snap.participants:
        person = old_people.pop(p.key, None) or _added(session, orm.Participant(tour_id=tid))
        _assign(person, participant_values(p))
        people[p.id] = person
    session.flush()
    groups: dict[int, orm.Group] = {}
    for g in snap.groups:
        group = old_groups.pop(g.key, None) or _added(session, orm.Group(tour_id=tid))
        _assign(group, {"key": g.key, "name": g.name, "local_name": g.local_name})
        group.description = g.description
        group.members = [orm.GroupMember(participant_id=people[i].id) for i in g.member_ids]
        groups[g.id] = group
    session.flush()

    new_keys = {s.id: s.key for s in snap.sites}
    now = datetime.now(UTC)
    item_rows: dict[str, orm.ScheduleItem] = {}
    for it in snap.items + snap.unscheduled:
        values = item_values(
            it,
            sites[it.site_id].id if it.site_id is not None else None,
            sites[it.from_site_id].id if it.from_site_id is not None else None,
        )
        row = old_items.pop(it.uid, None)
        if row is None:
            row = _added(session, orm.ScheduleItem(tour_id=tid))
        else:
            stored = (
                row.starts_at,
                row.ends_at,
                site_keys.get(row.site_id),
                row.status,
                row.scheduled,
            )
            # dict.get(None) is None, as for a row without a site; typeshed wants a key type.
            given = (it.starts_at, it.ends_at, new_keys.get(it.site_id), it.status, it.scheduled)  # type: ignore[arg-type]
            values["sequence"] = replaced_sequence(row.sequence, it.sequence, stored != given)
            if values["sequence"] > it.sequence:
                values["updated_at"] = now  # changed here, not as the file says
        _assign(row, values)
        row.attendance = [
            orm.AttendanceRow(
                scope=a.scope,
                role=a.role,
                group_id=groups[a.group_id].id if a.group_id is not None else None,
                participant_id=people[a.participant_id].id
                if a.participant_id is not None
                else None,
            )
            for a in it.attendance
        ]
        item_rows[it.uid] = row
    for b in snap.busy_blocks:
        session.add(
            orm.BusyBlock(
                tour_id=tid,
                participant_id=people[b.participant_id].id
                if b.participant_id is not None
                else None,
                site_id=sites[b.site_id].id if b.site_id is not None else None,
                starts_at=b.starts_at,
                ends_at=b.ends_at,
                summary=b.summary,
            )
        )
    for o in snap.travel_overrides:
        session.add(
            orm.TravelOverride(
                tour_id=tid,
                from_site_id=sites[o.from_site_id].id,
                to_site_id=sites[o.to_site_id].id,
                minutes=o.minutes,
                note=o.note,
            )
        )
    vehicles: dict[int, orm.Vehicle] = {}
    for v in snap.vehicles:
        vehicle = old_vehicles.pop(v.key, None) or _added(session, orm.Vehicle(tour_id=tid))
        _assign(vehicle, vehicle_values(v, people))
        vehicles[v.id] = vehicle
    session.flush()
    uids = {it.id: it.uid for it in snap.items}
    session.add_all(
        orm.VehicleAssignment(
            vehicle_id=vehicles[a.vehicle_id].id,
            item_id=item_rows[uids[a.item_id]].id,
            participant_id=people[a.participant_id].id,
            seat=a.seat,
        )
        for a in snap.vehicle_assignments
    )
    session.flush()
    _insert_seating(session, snap, {uid: row.id for uid, row in item_rows.items()}, people)
    _insert_gifts(session, snap, tid, {uid: row.id for uid, row in item_rows.items()}, people)
    # What the snapshot lacks goes last, once nothing kept refers to it (an item's site
    # has no ON DELETE rule, so the items leave before their sites).
    for gone in (old_items, old_vehicles, old_groups, old_people, old_sites):
        for row in gone.values():
            session.delete(row)
        session.flush()


def replaced_sequence(stored: int, given: int, rescheduled: bool) -> int:
    """An item's SEQUENCE when a tour file replaces it: never below the stored one (nor
    the file's), and one above the stored one when its time, place or status changed, so
    calendar clients take the new version."""
    return max(given, stored + 1 if rescheduled else stored)


def _by(
    session: Session, model_cls: type[Any], tour_id: int, key: str, *options: Any
) -> dict[str, Any]:
    """A tour's rows of one table, by their stable key (``key`` or ``uid``)."""
    rows = session.scalars(
        select(model_cls).where(model_cls.tour_id == tour_id).options(*options)
    ).all()
    return {getattr(row, key): row for row in rows}


def _added(session: Session, row: Any) -> Any:
    session.add(row)
    return row


def _assign(row: Any, values: dict[str, Any]) -> None:
    for name, value in values.items():
        setattr(row, name, value)


def vehicle_values(v: model.Vehicle, people: dict[int, orm.Participant]) -> dict[str, Any]:
    """The vehicle row's columns for ``v`` (all but ids and version); ``people`` maps the
    snapshot's participant ids to their rows."""
    return {
        "key": v.key,
        "name": v.name,
        "plate": v.plate,
        "seats": v.seats,
        "driver_id": people[v.driver_id].id if v.driver_id is not None else None,
        "notes": v.notes,
        "illustrative": v.illustrative,
    }


def opening_rows(hours: tuple[model.OpeningInterval, ...]) -> list[orm.OpeningHours]:
    return [orm.OpeningHours(weekday=h.weekday, opens=h.opens, closes=h.closes) for h in hours]


def site_row(s: model.Site) -> orm.Site:
    return orm.Site(
        **site_values(s),
        opening_hours=opening_rows(s.opening_hours),
        contacts=contact_rows(s.contacts),
    )


def contact_rows(contacts: tuple[model.SiteContact, ...]) -> list[orm.SiteContact]:
    """A site's contacts by role as rows, numbered in their order."""
    return [
        orm.SiteContact(position=i, role=c.role, name=c.name, email=c.email, phone=c.phone)
        for i, c in enumerate(contacts)
    ]


def site_values(s: model.Site) -> dict[str, Any]:
    """The site row's columns for ``s`` (all but ids and version; not its opening hours)."""
    return dict(
        key=s.key,
        name=s.name,
        local_name=s.local_name,
        category=s.category,
        address=s.address,
        latitude=s.latitude,
        longitude=s.longitude,
        coord_source=s.coord_source,
        coord_approximate=s.coord_approximate,
        timezone=s.timezone,
        capacity=s.capacity,
        contact_name=s.contact_name,
        contact_phone=s.contact_phone,
        contact_email=s.contact_email,
        description=s.description,
        key_facts=list(s.key_facts),
        illustrative=s.illustrative,
        geocode_status=s.geocode_status,
        geocode_message=s.geocode_message,
        local_address=s.local_address,
        meeting_point=s.meeting_point,
        local_meeting_point=s.local_meeting_point,
        opening_exceptions=opening_exceptions_text(s.opening_exceptions),
        # No token in the snapshot (a new site): the column's default makes one.
        **({"publish_token": s.publish_token} if s.publish_token else {}),
    )


def participant_row(p: model.Participant) -> orm.Participant:
    return orm.Participant(**participant_values(p))


def participant_values(p: model.Participant) -> dict[str, Any]:
    """The participant row's columns for ``p`` (all but ids and version)."""
    return dict(
        key=p.key,
        full_name=p.full_name,
        local_name=p.local_name,
        honorific=p.honorific,
        title=p.title,
        organisation=p.organisation,
        country=p.country,
        role=p.role,
        email=p.email,
        phone=p.phone,
        languages=list(p.languages),
        dietary=p.dietary,
        accessibility=p.accessibility,
        notes=p.notes,
        is_vip=p.is_vip,
        precedence=p.precedence,
        illustrative=p.illustrative,
        address=dict(p.address),
        **({"publish_token": p.publish_token} if p.publish_token else {}),
    )


def item_row(
    it: model.ScheduleItem, site_id: int | None, from_site_id: int | None = None
) -> orm.ScheduleItem:
    return orm.ScheduleItem(**item_values(it, site_id, from_site_id))


def item_values(
    it: model.ScheduleItem, site_id: int | None, from_site_id: int | None = None
) -> dict[str, Any]:
    """The item row's columns for ``it`` at ``site_id`` (a transfer from ``from_site_id``;
    all but ids and version)."""
    return dict(
        uid=it.uid,
        kind=it.kind,
        title=it.title,
        local_title=it.local_title,
        site_id=site_id,
        starts_at=it.starts_at,
        ends_at=it.ends_at,
        description=it.description,
        dress_code=it.dress_code,
        notes=it.notes,
        status=it.status,
        sequence=it.sequence,
        illustrative=it.illustrative,
        pinned=it.pinned,
        from_site_id=from_site_id,
        scheduled=it.scheduled,
        created_at=it.created_at,
        updated_at=it.updated_at,
    )
