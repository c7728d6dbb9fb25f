"""Load and save whole tours as snapshots, in a fixed handful of queries."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tourplanner.core import model
from tourplanner.core.errors import NotFoundError
from tourplanner.store import models as orm
from tourplanner.store import records


def tour_by_slug(session: Session, slug: str) -> orm.Tour:
    row = session.scalar(select(orm.Tour).where(orm.Tour.slug == slug))
    if row is None:
        raise NotFoundError(f"no tour with slug {slug!r}")
    return row


def load_snapshot(session: Session, tour_row: orm.Tour) -> model.TourSnapshot:
    """Read a whole tour. One query per table, so the cost does not grow with lazy loads."""
    tid = tour_row.id
    sites = session.scalars(
        select(orm.Site)
        .where(orm.Site.tour_id == tid)
        .options(selectinload(orm.Site.opening_hours))
        .order_by(orm.Site.key)
    ).all()
    participants = session.scalars(
        select(orm.Participant).where(orm.Participant.tour_id == tid).order_by(orm.Participant.key)
    ).all()
    groups = session.scalars(
        select(orm.Group)
        .where(orm.Group.tour_id == tid)
        .options(selectinload(orm.Group.members))
        .order_by(orm.Group.key)
    ).all()
    items = session.scalars(
        select(orm.ScheduleItem)
        .where(orm.ScheduleItem.tour_id == tid)
        .options(selectinload(orm.ScheduleItem.attendance))
        .order_by(orm.ScheduleItem.starts_at, orm.ScheduleItem.uid)
    ).all()
    busy = session.scalars(
        select(orm.BusyBlock)
        .where(orm.BusyBlock.tour_id == tid)
        .order_by(orm.BusyBlock.starts_at, orm.BusyBlock.id)
    ).all()
    overrides = session.scalars(
        select(orm.TravelOverride)
        .where(orm.TravelOverride.tour_id == tid)
        .order_by(orm.TravelOverride.id)
    ).all()
    vehicles = session.scalars(
        select(orm.Vehicle).where(orm.Vehicle.tour_id == tid).order_by(orm.Vehicle.key)
    ).all()
    assignments = session.scalars(
        select(orm.VehicleAssignment)
        .join(orm.Vehicle)
        .where(orm.Vehicle.tour_id == tid)
        .order_by(orm.VehicleAssignment.item_id, orm.VehicleAssignment.id)
    ).all()
    return model.TourSnapshot(
        tour=records.tour(tour_row),
        sites=tuple(records.site(r) for r in sites),
        participants=tuple(records.participant(r) for r in participants),
        groups=tuple(records.group(r) for r in groups),
        items=tuple(records.item(r) for r in items),
        busy_blocks=tuple(records.busy_block(r) for r in busy),
        travel_overrides=tuple(records.travel_override(r) for r in overrides),
        vehicles=tuple(records.vehicle(r) for r in vehicles),
        vehicle_assignments=tuple(records.vehicle_assignment(r) for r in assignments),
    )


def insert_snapshot(session: Session, snap: model.TourSnapshot) -> orm.Tour:
    """Add a whole tour. Ids in ``snap`` are only used to resolve its own references."""
    t = snap.tour
    tour_row = orm.Tour(
        slug=t.slug,
        name=t.name,
        local_name=t.local_name,
        description=t.description,
        start_date=t.start_date,
        end_date=t.end_date,
        timezone=t.timezone,
        organiser_name=t.organiser_name,
        organiser_email=t.organiser_email,
        organiser_phone=t.organiser_phone,
        travel_mode=t.travel.mode,
        travel_speed_kmh=t.travel.speed_kmh,
        detour_factor=t.travel.detour_factor,
        boarding_minutes=t.travel.boarding_minutes,
        buffer_minutes=t.travel.buffer_minutes,
        publish_target=t.publish_target,
        publish_base_url=t.publish_base_url,
    )
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
    for it in snap.items:
        row = item_row(it, sites[it.site_id].id if it.site_id is not None else None)
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
        tour_row.items.append(row)
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
    return tour_row


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
        vehicles[v.id] = orm.Vehicle(
            tour_id=tour_row.id,
            key=v.key,
            name=v.name,
            plate=v.plate,
            seats=v.seats,
            driver_id=people[v.driver_id].id if v.driver_id is not None else None,
            notes=v.notes,
            illustrative=v.illustrative,
        )
    session.add_all(vehicles.values())
    session.flush()
    uids = {it.id: it.uid for it in snap.items}
    item_ids = {row.uid: row.id for row in tour_row.items}
    session.add_all(
        orm.VehicleAssignment(
            vehicle_id=vehicles[a.vehicle_id].id,
            item_id=item_ids[uids[a.item_id]],
            participant_id=people[a.participant_id].id,
        )
        for a in snap.vehicle_assignments
    )
    session.flush()


def opening_rows(hours: tuple[model.OpeningInterval, ...]) -> list[orm.OpeningHours]:
    return [orm.OpeningHours(weekday=h.weekday, opens=h.opens, closes=h.closes) for h in hours]


def site_row(s: model.Site) -> orm.Site:
    return orm.Site(
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
        opening_hours=opening_rows(s.opening_hours),
        capacity=s.capacity,
        contact_name=s.contact_name,
        contact_phone=s.contact_phone,
        contact_email=s.contact_email,
        description=s.description,
        key_facts=list(s.key_facts),
        illustrative=s.illustrative,
        geocode_status=s.geocode_status,
        geocode_message=s.geocode_message,
        # No token in the snapshot (a new site): the column's default makes one.
        **({"publish_token": s.publish_token} if s.publish_token else {}),
    )


def participant_row(p: model.Participant) -> orm.Participant:
    return orm.Participant(
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
        **({"publish_token": p.publish_token} if p.publish_token else {}),
    )


def item_row(it: model.ScheduleItem, site_id: int | None) -> orm.ScheduleItem:
    return orm.ScheduleItem(
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
        created_at=it.created_at,
        updated_at=it.updated_at,
    )
