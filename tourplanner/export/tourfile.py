"""Write a tour snapshot as a tour file (format ``tourplanner.tour``, version 4).

The output is deterministic (fixed key order, sorted lists), so exporting, importing and
exporting again gives the same bytes. See docs/tour-file.md.
"""

from __future__ import annotations

import json
from datetime import time
from typing import Any
from zoneinfo import ZoneInfo

from tourplanner.core import model
from tourplanner.core.enums import WEEKDAYS, AttendanceScope
from tourplanner.core.model import (
    Attendance,
    BusyBlock,
    Group,
    Participant,
    ScheduleItem,
    Site,
    Tour,
    TourSnapshot,
    TravelOverride,
    Vehicle,
)
from tourplanner.core.timeutil import iso_local, iso_utc, item_zone

FORMAT = "tourplanner.tour"
VERSION = 4


def _hours(site: Site) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for h in sorted(site.opening_hours, key=lambda h: (h.weekday, h.opens)):
        span = f"{h.opens.strftime('%H:%M')}-{h.closes.strftime('%H:%M')}"
        out.setdefault(WEEKDAYS[h.weekday], []).append(span)
    return out


def _road_settings(travel: model.TravelSettings) -> dict[str, Any]:
    """The road-time settings, written only when set, so a tour that has none writes the
    same file as before they existed."""
    out: dict[str, Any] = {}
    if travel.traffic_factor != 1.0:
        out["traffic_factor"] = travel.traffic_factor
    if travel.routing_url:
        out["routing_url"] = travel.routing_url
    if travel.traffic_bands:
        out["traffic_bands"] = [
            {
                "from": f"{b.starts:%H:%M}",
                # A band to the end of the day is written as people say it.
                "to": "24:00" if b.ends == time.max else f"{b.ends:%H:%M}",
                "factor": b.factor,
            }
            for b in travel.traffic_bands
        ]
    return out


def _site(s: Site) -> dict[str, Any]:
    location = None
    if s.latitude is not None and s.longitude is not None:
        location = {
            "lat": s.latitude,
            "lon": s.longitude,
            "source": s.coord_source.value if s.coord_source else "manual",
            "approximate": s.coord_approximate,
        }
    return {
        "key": s.key,
        "name": s.name,
        "local_name": s.local_name,
        "category": s.category.value,
        "address": s.address,
        "location": location,
        "timezone": s.timezone,
        "opening_hours": _hours(s),
        "capacity": s.capacity,
        "contact": {"name": s.contact_name, "phone": s.contact_phone, "email": s.contact_email},
        "description": s.description,
        "key_facts": list(s.key_facts),
        "illustrative": s.illustrative,
        **_token(s.publish_token),
        # Version 2: on the day.
        "local_address": s.local_address,
        "meeting_point": s.meeting_point,
        "local_meeting_point": s.local_meeting_point,
        # Version 4: who at the venue gets which list, written only when named.
        **_contacts(s),
        # Optional (no version bump): dates with other hours, written only when kept.
        **_exceptions(s),
    }


def _exceptions(s: Site) -> dict[str, Any]:
    if not s.opening_exceptions:
        return {}
    return {
        "opening_exceptions": {
            e.day.isoformat(): [f"{o:%H:%M}-{c:%H:%M}" for o, c in e.spans]
            for e in s.opening_exceptions
        }
    }


def _contacts(s: Site) -> dict[str, Any]:
    if not s.contacts:
        return {}
    return {
        "contacts": [
            {"role": c.role.value, "name": c.name, "email": c.email, "phone": c.phone}
            for c in s.contacts
        ]
    }


def _token(token: str) -> dict[str, str]:
    """The private link token, when the record has one (every stored record does)."""
    return {"token": token} if token else {}


def _participant(p: Participant) -> dict[str, Any]:
    return {
        "key": p.key,
        "full_name": p.full_name,
        "local_name": p.local_name,
        "honorific": p.honorific,
        "title": p.title,
        "organisation": p.organisation,
        "country": p.country,
        "role": p.role.value,
        "email": p.email,
        "phone": p.phone,
        "languages": list(p.languages),
        "dietary": p.dietary,
        "accessibility": p.accessibility,
        "notes": p.notes,
        "vip": p.is_vip,
        "precedence": p.precedence,
        "illustrative": p.illustrative,
        **_token(p.publish_token),
        # Version 3: the forms of address the organiser set (the rest are generated).
        **({"address": dict(p.address)} if p.address else {}),
    }


def _group(snap: TourSnapshot, g: Group) -> dict[str, Any]:
    people = snap.participants_by_id
    return {
        "key": g.key,
        "name": g.name,
        "local_name": g.local_name,
        "description": g.description,
        "members": sorted(people[i].key for i in g.member_ids),
    }


def _attendance(snap: TourSnapshot, a: Attendance) -> dict[str, Any]:
    if a.scope is AttendanceScope.DELEGATION:
        target: dict[str, Any] = {"delegation": True}
    elif a.scope is AttendanceScope.GROUP:
        # mypy: a group attendance names its group (the model checks scope and ids agree).
        target = {"group": snap.groups_by_id[a.group_id].key}  # type: ignore[index]
    else:
        # mypy: a person attendance names its person.
        target = {"person": snap.participants_by_id[a.participant_id].key}  # type: ignore[index]
    return {**target, "role": a.role.value}


def _attendance_order(entry: dict[str, Any]) -> tuple[int, str, str]:
    kind = 0 if "delegation" in entry else 1 if "group" in entry else 2
    return kind, entry.get("group") or entry.get("person") or "", entry["role"]


def _item(snap: TourSnapshot, it: ScheduleItem) -> dict[str, Any]:
    zone = item_zone(snap, it)
    site = snap.sites_by_id[it.site_id].key if it.site_id is not None else None
    return {
        "uid": it.uid,
        "sequence": it.sequence,
        "kind": it.kind.value,
        "title": it.title,
        "local_title": it.local_title,
        "site": site,
        "start": iso_local(it.starts_at, zone),
        "end": iso_local(it.ends_at, zone),
        "description": it.description,
        "dress_code": it.dress_code,
        "notes": it.notes,
        "status": it.status.value,
        "illustrative": it.illustrative,
        "pinned": it.pinned,
        # Optional (no version bump): on the Unscheduled list, written only when true.
        **({} if it.scheduled else {"unscheduled": True}),
        # Optional (no version bump): a transfer's origin, written only when set.
        **(
            {"from_site": snap.sites_by_id[it.from_site_id].key}
            if it.from_site_id is not None
            else {}
        ),
        "attendance": sorted((_attendance(snap, a) for a in it.attendance), key=_attendance_order),
        "created_at": iso_utc(it.created_at),
        "updated_at": iso_utc(it.updated_at),
    }


def _busy(snap: TourSnapshot, b: BusyBlock) -> dict[str, Any]:
    owner = (
        {"person": snap.participants_by_id[b.participant_id].key}
        if b.participant_id is not None
        # mypy: a busy block without a person belongs to a site.
        else {"site": snap.sites_by_id[b.site_id].key}  # type: ignore[index]
    )
    zone = ZoneInfo(snap.tour.timezone)
    return {
        **owner,
        "start": iso_local(b.starts_at, zone),
        "end": iso_local(b.ends_at, zone),
        "summary": b.summary,
    }


def _override(snap: TourSnapshot, o: TravelOverride) -> dict[str, Any]:
    sites = snap.sites_by_id
    return {
        "from": sites[o.from_site_id].key,
        "to": sites[o.to_site_id].key,
        "minutes": o.minutes,
        "note": o.note,
    }


def _vehicle(snap: TourSnapshot, v: Vehicle) -> dict[str, Any]:
    driver = snap.participants_by_id[v.driver_id].key if v.driver_id is not None else None
    return {
        "key": v.key,
        "name": v.name,
        "plate": v.plate,
        "seats": v.seats,
        "driver": driver,
        "notes": v.notes,
        "illustrative": v.illustrative,
    }


def _assignments(snap: TourSnapshot) -> list[dict[str, Any]]:
    """Who rides what, in programme order, then by vehicle and person."""
    items = {it.id: it for it in snap.items}
    vehicles = {v.id: v.key for v in snap.vehicles}
    people = snap.participants_by_id
    rows = [
        (items[a.item_id], vehicles[a.vehicle_id], people[a.participant_id].key, a.seat)
        for a in snap.vehicle_assignments
    ]
    rows.sort(key=lambda r: (r[0].starts_at, r[0].uid, r[1], r[2]))
    # A seat is written only when one is given, so files without seats keep their bytes.
    return [
        {"vehicle": v, "item": it.uid, "person": p, **({"seat": seat} if seat else {})}
        for it, v, p, seat in rows
    ]


def _seating(snap: TourSnapshot) -> dict[str, Any]:
    """Version 3: each seated item's tables and who sits where, in programme order."""
    items = {it.id: it for it in snap.items}
    people = snap.participants_by_id
    seated = {t.item_id for t in snap.item_tables} | {s.item_id for s in snap.seats}
    if not seated:
        return {}
    plans = []
    for item_id in sorted(seated, key=lambda i: (items[i].starts_at, items[i].uid)):
        tables = sorted(
            (t for t in snap.item_tables if t.item_id == item_id), key=lambda t: t.number
        )
        seats = sorted(
            (s for s in snap.seats if s.item_id == item_id), key=lambda s: (s.table, s.seat)
        )
        plans.append(
            {
                "item": items[item_id].uid,
                "tables": [
                    {"number": t.number, "shape": t.shape, "seats": t.seats} for t in tables
                ],
                "seats": [
                    {"table": s.table, "seat": s.seat, "person": people[s.participant_id].key}
                    for s in seats
                ],
            }
        )
    return {"seating": plans}


def _gifts(snap: TourSnapshot) -> dict[str, Any]:
    """Version 4: the gift log in the order gifts were entered (written only when kept)."""
    if not snap.gifts:
        return {}
    people = snap.participants_by_id
    items = {it.id: it.uid for it in snap.items + snap.unscheduled}

    def party(person_id: int | None, organisation: str) -> dict[str, Any]:
        if person_id is not None:
            return {"person": people[person_id].key}
        return {"organisation": organisation} if organisation else {}

    out = []
    for g in sorted(snap.gifts, key=lambda g: g.id):
        giver, taker = (
            party(g.from_participant_id, g.from_organisation),
            party(g.to_participant_id, g.to_organisation),
        )
        out.append(
            {
                "what": g.what,
                **({"from": giver} if giver else {}),
                **({"to": taker} if taker else {}),
                **({"item": items[g.item_id]} if g.item_id is not None else {}),
                "value": g.value,
                "currency": g.currency,
                "status": g.status.value,
                "notes": g.notes,
            }
        )
    return {"gifts": out}


def _gift_limit(t: Tour) -> dict[str, Any]:
    """Version 4: the gift log's value limit, once one is set."""
    if not t.gift_limit:
        return {}
    return {"gift_limit": {"amount": t.gift_limit, "currency": t.gift_limit_currency}}


def _publishing(t: Tour) -> dict[str, Any]:
    """Where the tour was last published, once it has been."""
    if not (t.publish_target or t.publish_base_url):
        return {}
    return {"publishing": {"target": t.publish_target, "base_url": t.publish_base_url}}


def _on_the_day(t: Tour) -> dict[str, Any]:
    """Version 2: who is on duty (in calling order), the 24-hour line, notes per day."""
    return {
        "hotline": t.hotline,
        "duty_contacts": [
            {
                "name": c.name,
                "local_name": c.local_name,
                "role": c.role,
                "mobile": c.mobile,
                "languages": list(c.languages),
            }
            for c in t.duty_contacts
        ],
        "day_notes": [
            {"date": n.day.isoformat(), "weather": n.weather, "bring": n.bring, "dress": n.dress}
            for n in sorted(t.day_notes, key=lambda n: n.day)
        ],
    }


def tour_document(snap: TourSnapshot) -> dict[str, Any]:
    """The tour file as a JSON-ready dict, every list in a stable order."""
    t = snap.tour
    busy = sorted((_busy(snap, b) for b in snap.busy_blocks), key=lambda d: json.dumps(d))
    return {
        "format": FORMAT,
        "version": VERSION,
        "tour": {
            "slug": t.slug,
            "name": t.name,
            "local_name": t.local_name,
            "description": t.description,
            "start_date": t.start_date.isoformat(),
            "end_date": t.end_date.isoformat(),
            "timezone": t.timezone,
            "organiser": {
                "name": t.organiser_name,
                "email": t.organiser_email,
                "phone": t.organiser_phone,
            },
            "travel": {
                "mode": t.travel.mode.value,
                "speed_kmh": t.travel.speed_kmh,
                "detour_factor": t.travel.detour_factor,
                "boarding_minutes": t.travel.boarding_minutes,
                "buffer_minutes": t.travel.buffer_minutes,
                **_road_settings(t.travel),
            },
            **_publishing(t),
            **_on_the_day(t),
            **_gift_limit(t),
        },
        "sites": [_site(s) for s in sorted(snap.sites, key=lambda s: s.key)],
        "participants": [_participant(p) for p in sorted(snap.participants, key=lambda p: p.key)],
        "groups": [_group(snap, g) for g in sorted(snap.groups, key=lambda g: g.key)],
        # The programme in time order, then the Unscheduled list as the snapshot has it.
        "items": [
            _item(snap, it)
            for it in (*sorted(snap.items, key=lambda i: (i.starts_at, i.uid)), *snap.unscheduled)
        ],
        "busy_blocks": busy,
        "travel_overrides": sorted(
            (_override(snap, o) for o in snap.travel_overrides),
            key=lambda d: (d["from"], d["to"]),
        ),
        "vehicles": [_vehicle(snap, v) for v in sorted(snap.vehicles, key=lambda v: v.key)],
        "vehicle_assignments": _assignments(snap),
        **_seating(snap),
        **_gifts(snap),
    }


def tour_file_bytes(snap: TourSnapshot) -> bytes:
    """The tour file as UTF-8 JSON, indented, Chinese kept readable, ending in a newline."""
    text = json.dumps(tour_document(snap), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")
