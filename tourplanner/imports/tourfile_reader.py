"""Read and check a tour file, turning it into a snapshot with provisional ids.

Every problem becomes a TourFileError naming the JSON path and the reason; nothing here
touches the database, so a bad file can never leave half a tour behind.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from tourplanner.core import model
from tourplanner.core.address import check_overrides
from tourplanner.core.contacts import check_email, check_web_address, normalise_phone
from tourplanner.core.enums import (
    WEEKDAYS,
    AttendanceRole,
    AttendanceScope,
    CoordinateSource,
    ItemKind,
    ItemStatus,
    ParticipantRole,
    SiteCategory,
    TravelMode,
)
from tourplanner.core.errors import TourFileError, ValidationError
from tourplanner.core.i18n import Context
from tourplanner.core.languages import language_tag
from tourplanner.core.links import check_base_url, check_target
from tourplanner.core.text_checks import check_seat_label, shown
from tourplanner.core.timeutil import (
    is_zone_name,
    parse_instant,
    parse_opening_exception,
    parse_time_span,
)
from tourplanner.core.travel import parse_traffic_bands
from tourplanner.imports import tourfile_gifts
from tourplanner.imports.tourfile_document import json_path, parse_document
from tourplanner.imports.tourfile_onday import on_the_day

Errors = Context("Errors")  # the catalogue context of messages people read


def _whole(value: Any) -> int | None:
    """JSON Schema counts 3.0 as an integer; the model wants a real int."""
    return None if value is None else int(value)


class _Reader:
    """Builds the snapshot, resolving keys to provisional ids and checking each reference."""

    def __init__(self, doc: dict[str, Any], source: str) -> None:
        self.doc = doc
        self.source = source

    def fail(self, path: list[Any], reason: str) -> TourFileError:
        return TourFileError(self.source, json_path(path), reason)

    def zone(self, name: str, path: list[Any]) -> str:
        if not is_zone_name(name):
            raise self.fail(path, Errors.tr("unknown timezone {name}").format(name=shown(name)))
        return name

    def day(self, text: str, path: list[Any]) -> date:
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise self.fail(
                path, Errors.tr("{text!r} is not a real date").format(text=text)
            ) from None

    def instant(self, text: str, path: list[Any]) -> datetime:
        try:
            return parse_instant(text)
        except ValueError:
            raise self.fail(
                path, Errors.tr("{text!r} is not a real date and time").format(text=text)
            ) from None

    def email(self, obj: dict[str, Any], path: list[Any]) -> str:
        """The one email check, failing with the field's JSON path."""
        value = obj.get("email", "")
        try:
            return check_email(value) if value else ""
        except ValueError as e:
            raise self.fail([*path, "email"], str(e)) from None

    def phone(self, obj: dict[str, Any], path: list[Any], country: str = "") -> str:
        value = obj.get("phone", "")
        try:
            return normalise_phone(value, country) if value else ""
        except ValueError as e:
            raise self.fail([*path, "phone"], str(e)) from None

    def languages(self, tags: list[str], path: list[Any]) -> tuple[str, ...]:
        out: list[str] = []
        for j, tag in enumerate(tags):
            try:
                standard = language_tag(tag)
            except ValueError as e:
                raise self.fail([*path, j], str(e)) from None
            if standard in out:
                raise self.fail(
                    [*path, j],
                    Errors.tr("{tag!r} is {standard!r}, which is listed already").format(
                        tag=tag, standard=standard
                    ),
                )
            out.append(standard)
        return tuple(out)

    def span(self, obj: dict[str, Any], path: list[Any]) -> tuple[datetime, datetime]:
        start = self.instant(obj["start"], [*path, "start"])
        end = self.instant(obj["end"], [*path, "end"])
        if end <= start:
            raise self.fail(
                [*path, "end"],
                Errors.tr("end {end} is not after start {start}").format(
                    end=obj["end"], start=obj["start"]
                ),
            )
        return start, end

    def index(self, entries: list[dict[str, Any]], field: str, path: str) -> dict[str, int]:
        ids: dict[str, int] = {}
        for i, entry in enumerate(entries):
            if entry[field] in ids:
                raise self.fail(
                    [path, i, field],
                    Errors.tr("duplicate {field} {value!r}").format(
                        field=field, value=entry[field]
                    ),
                )
            ids[entry[field]] = i + 1
        return ids

    def ref(self, ids: dict[str, int], key: str, path: list[Any], what: str) -> int:
        if key not in ids:
            raise self.fail(path, Errors.tr("unknown {what} {key!r}").format(what=what, key=key))
        return ids[key]

    def tour(self) -> model.Tour:
        t = self.doc["tour"]
        start = self.day(t["start_date"], ["tour", "start_date"])
        end = self.day(t["end_date"], ["tour", "end_date"])
        if end < start:
            raise self.fail(
                ["tour", "end_date"],
                Errors.tr("end date {end} is before start date {start}").format(
                    end=end, start=start
                ),
            )
        org = t.get("organiser", {})
        limit, limit_currency = tourfile_gifts.gift_limit(t, self.fail)
        return model.Tour(
            id=0,
            slug=t["slug"],
            name=t["name"],
            local_name=t.get("local_name", ""),
            description=t.get("description", ""),
            start_date=start,
            end_date=end,
            timezone=self.zone(t.get("timezone", "Asia/Shanghai"), ["tour", "timezone"]),
            organiser_name=org.get("name", ""),
            organiser_email=self.email(org, ["tour", "organiser"]),
            organiser_phone=self.phone(org, ["tour", "organiser"]),
            version=0,
            travel=self.travel(t.get("travel", {})),
            **self.publishing(t.get("publishing", {})),
            **on_the_day(t, self.fail, self.languages),
            gift_limit=limit,
            gift_limit_currency=limit_currency,
        )

    def publishing(self, spec: dict[str, Any]) -> dict[str, Any]:
        """Where the tour was last published; each value checked as it would be when
        given to ``publish``."""
        out = {}
        for name, field, check in (
            ("target", "publish_target", check_target),
            ("base_url", "publish_base_url", check_base_url),
        ):
            if spec.get(name):
                try:
                    out[field] = check(spec[name], name)
                except ValidationError as e:
                    raise self.fail(["tour", "publishing", name], str(e)) from None
        return out

    def tokens_unique(self, sites_in: list[Any], people_in: list[Any]) -> None:
        """No two folders may share a private link token."""
        seen: set[str] = set()
        for table, rows in (("sites", sites_in), ("participants", people_in)):
            for i, row in enumerate(rows):
                token = row.get("token")
                if token in seen:
                    raise self.fail([table, i, "token"], Errors.tr("this link token is used twice"))
                if token:
                    seen.add(token)

    def travel(self, spec: dict[str, Any]) -> model.TravelSettings:
        defaults = model.TravelSettings()
        speed = spec.get("speed_kmh")
        return model.TravelSettings(
            mode=TravelMode(spec.get("mode", defaults.mode)),
            speed_kmh=float(speed) if speed is not None else None,
            detour_factor=float(spec.get("detour_factor", defaults.detour_factor)),
            boarding_minutes=int(spec.get("boarding_minutes", defaults.boarding_minutes)),
            buffer_minutes=int(spec.get("buffer_minutes", defaults.buffer_minutes)),
            traffic_factor=float(spec.get("traffic_factor", defaults.traffic_factor)),
            routing_url=self.routing_url(spec.get("routing_url", defaults.routing_url)),
            traffic_bands=self.traffic_bands(spec.get("traffic_bands") or []),
        )

    def traffic_bands(self, rows: list[dict[str, Any]]) -> tuple[model.TrafficBand, ...]:
        """The rush-hour bands (absent in files written before them: none)."""
        text = ", ".join(f"{r['from']}–{r['to']} ×{r['factor']}" for r in rows)
        try:
            return parse_traffic_bands(text)
        except ValueError as e:
            raise self.fail(["tour", "travel", "traffic_bands"], str(e)) from None

    def routing_url(self, value: str) -> str:
        """The routing server, checked as any web address is."""
        if not value:
            return ""
        try:
            return check_web_address(value)
        except ValueError as e:
            raise self.fail(["tour", "travel", "routing_url"], str(e)) from None

    def hours(
        self, spec: dict[str, list[str]], path: list[Any]
    ) -> tuple[model.OpeningInterval, ...]:
        out = []
        for day_name, spans in spec.items():
            for j, span in enumerate(spans):
                here = [*path, day_name, j]
                try:
                    opens, closes = parse_time_span(span)
                except ValueError as e:
                    raise self.fail(here, str(e)) from None
                out.append(model.OpeningInterval(WEEKDAYS.index(day_name), opens, closes))
        return tuple(sorted(out, key=lambda h: (h.weekday, h.opens)))

    def exceptions(
        self, spec: dict[str, list[str]], path: list[Any]
    ) -> tuple[model.OpeningException, ...]:
        """Dates with other hours, each read by ``parse_opening_exception`` (the dialog's
        reading too); sorted by date."""
        out = []
        for day, spans in spec.items():
            try:
                out.append(parse_opening_exception(day, spans))
            except ValueError as e:
                raise self.fail([*path, day], str(e)) from None
        return tuple(sorted(out, key=lambda e: e.day))

    def site(self, i: int, s: dict[str, Any]) -> model.Site:
        path: list[Any] = ["sites", i]
        loc = s.get("location") or None
        contact = s.get("contact", {})
        tz = s.get("timezone")
        return model.Site(
            id=i + 1,
            tour_id=0,
            key=s["key"],
            name=s["name"],
            local_name=s.get("local_name", ""),
            category=SiteCategory(s["category"]),
            address=s.get("address", ""),
            latitude=float(loc["lat"]) if loc else None,
            longitude=float(loc["lon"]) if loc else None,
            coord_source=CoordinateSource(loc["source"]) if loc else None,
            coord_approximate=bool(loc.get("approximate", False)) if loc else False,
            timezone=self.zone(tz, [*path, "timezone"]) if tz else None,
            opening_hours=self.hours(s.get("opening_hours", {}), [*path, "opening_hours"]),
            opening_exceptions=self.exceptions(
                s.get("opening_exceptions", {}), [*path, "opening_exceptions"]
            ),
            capacity=_whole(s.get("capacity")),
            contact_name=contact.get("name", ""),
            contact_phone=self.phone(contact, [*path, "contact"]),
            contact_email=self.email(contact, [*path, "contact"]),
            description=s.get("description", ""),
            key_facts=tuple(s.get("key_facts", ())),
            illustrative=s.get("illustrative", False),
            version=0,
            publish_token=s.get("token", ""),
            local_address=s.get("local_address", ""),
            meeting_point=s.get("meeting_point", ""),
            local_meeting_point=s.get("local_meeting_point", ""),
            contacts=tourfile_gifts.site_contacts(
                s.get("contacts", []), [*path, "contacts"], self.fail
            ),
        )

    def participant(self, i: int, p: dict[str, Any]) -> model.Participant:
        path: list[Any] = ["participants", i]
        return model.Participant(
            id=i + 1,
            tour_id=0,
            key=p["key"],
            full_name=p["full_name"],
            local_name=p.get("local_name", ""),
            honorific=p.get("honorific", ""),
            title=p.get("title", ""),
            organisation=p.get("organisation", ""),
            country=p.get("country", ""),
            role=ParticipantRole(p["role"]),
            email=self.email(p, path),
            phone=self.phone(p, path, p.get("country", "")),
            languages=self.languages(p.get("languages", ()), [*path, "languages"]),
            dietary=p.get("dietary", ""),
            accessibility=p.get("accessibility", ""),
            notes=p.get("notes", ""),
            is_vip=p.get("vip", False),
            precedence=_whole(p.get("precedence")),
            illustrative=p.get("illustrative", False),
            version=0,
            publish_token=p.get("token", ""),
            address=self.address(p.get("address", {}), [*path, "address"]),
        )

    def address(self, values: dict[str, Any], path: list[Any]) -> tuple[tuple[str, str], ...]:
        try:
            return tuple(check_overrides(values).items())
        except ValueError as e:
            raise self.fail(path, str(e)) from None

    def untied(self, people_in: list[dict[str, Any]]) -> None:
        """From version 3 the order of precedence has no ties: two people may not share
        a rank (older files may; the order then settles them by the rules)."""
        if self.doc.get("version", 1) < 3:
            return
        holder: dict[int, str] = {}
        for i, p in enumerate(people_in):
            rank = p.get("precedence")
            if rank is None:
                continue
            if rank in holder:
                raise self.fail(
                    ["participants", i, "precedence"],
                    Errors.tr("rank {rank} is already {holder}'s; the order has no ties").format(
                        rank=rank, holder=holder[rank]
                    ),
                )
            holder[rank] = p["key"]

    def snapshot(self) -> model.TourSnapshot:
        doc = self.doc
        sites_in = doc.get("sites", [])
        people_in = doc.get("participants", [])
        groups_in = doc.get("groups", [])
        items_in = doc.get("items", [])
        site_ids = self.index(sites_in, "key", "sites")
        person_ids = self.index(people_in, "key", "participants")
        group_ids = self.index(groups_in, "key", "groups")
        item_ids = self.index(items_in, "uid", "items")
        tour = self.tour()
        self.tokens_unique(sites_in, people_in)
        self.untied(people_in)
        sites = tuple(self.site(i, s) for i, s in enumerate(sites_in))
        people = tuple(self.participant(i, p) for i, p in enumerate(people_in))
        groups = tuple(
            model.Group(
                id=i + 1,
                tour_id=0,
                key=g["key"],
                name=g["name"],
                local_name=g.get("local_name", ""),
                description=g.get("description", ""),
                member_ids=tuple(
                    self.ref(person_ids, m, ["groups", i, "members", j], "participant")
                    for j, m in enumerate(g.get("members", ()))
                ),
                version=0,
            )
            for i, g in enumerate(groups_in)
        )
        items = tuple(
            self.item(i, it, site_ids, person_ids, group_ids) for i, it in enumerate(items_in)
        )
        busy = tuple(
            self.busy(i, b, site_ids, person_ids) for i, b in enumerate(doc.get("busy_blocks", []))
        )
        overrides = self.overrides(doc.get("travel_overrides", []), site_ids)
        vehicles_in = doc.get("vehicles", [])
        vehicle_ids = self.index(vehicles_in, "key", "vehicles")
        vehicles = tuple(self.vehicle(i, v, person_ids) for i, v in enumerate(vehicles_in))
        assignments = self.assignments(
            doc.get("vehicle_assignments", []), vehicles, vehicle_ids, items, item_ids, person_ids
        )
        tables, seats = self.seating(doc.get("seating", []), item_ids, person_ids)
        self.timed(items, assignments, tables, seats)
        gifts = tourfile_gifts.gifts(doc.get("gifts", []), person_ids, item_ids, self.fail)
        return model.TourSnapshot(
            tour, sites, people, groups, tuple(it for it in items if it.scheduled), busy,
            overrides, vehicles, assignments, tables, seats, gifts,
            unscheduled=tuple(it for it in items if not it.scheduled),
        )  # fmt: skip

    def timed(
        self,
        items: tuple[model.ScheduleItem, ...],
        assignments: tuple[model.VehicleAssignment, ...],
        tables: tuple[model.ItemTable, ...],
        seats: tuple[model.Seat, ...],
    ) -> None:
        """Vehicle seats and seating plans belong to items on the programme: one for an
        unscheduled item is refused."""
        for a in assignments:
            if not items[a.item_id - 1].scheduled:
                uid = items[a.item_id - 1].uid
                raise self.fail(["vehicle_assignments"], f"item {uid!r} is unscheduled")
        for iid in sorted({t.item_id for t in tables} | {s.item_id for s in seats}):
            if not items[iid - 1].scheduled:
                raise self.fail(["seating"], f"item {items[iid - 1].uid!r} is unscheduled")

    def seating(
        self, plans: list[dict[str, Any]], item_ids: dict[str, int], person_ids: dict[str, int]
    ) -> tuple[tuple[model.ItemTable, ...], tuple[model.Seat, ...]]:
        """Version 3: seating plans. One plan per item, table numbers once each, one
        person per seat and one seat per person; a seat beyond its table's capacity is
        kept (``check`` reports it)."""
        tables: list[model.ItemTable] = []
        seats: list[model.Seat] = []
        planned: set[int] = set()
        for i, plan in enumerate(plans):
            path: list[Any] = ["seating", i]
            iid = self.ref(item_ids, plan["item"], [*path, "item"], "item uid")
            if iid in planned:
                raise self.fail(
                    [*path, "item"],
                    Errors.tr("a second seating plan for {item!r}").format(item=plan["item"]),
                )
            planned.add(iid)
            numbers: set[int] = set()
            for j, t in enumerate(plan.get("tables", [])):
                number = int(t["number"])
                if number in numbers:
                    raise self.fail(
                        [*path, "tables", j, "number"],
                        Errors.tr("table {number} twice").format(number=number),
                    )
                numbers.add(number)
                tables.append(model.ItemTable(iid, number, t["shape"], int(t["seats"])))
            taken: dict[tuple[int, int], str] = {}
            sitting: set[int] = set()
            for j, s in enumerate(plan.get("seats", [])):
                where = (int(s["table"]), int(s["seat"]))
                pid = self.ref(
                    person_ids, s["person"], [*path, "seats", j, "person"], "participant"
                )
                if where in taken:
                    raise self.fail(
                        [*path, "seats", j],
                        Errors.tr("table {table} seat {seat} is already {holder}'s").format(
                            table=where[0], seat=where[1], holder=taken[where]
                        ),
                    )
                if pid in sitting:
                    raise self.fail(
                        [*path, "seats", j, "person"],
                        Errors.tr("{person!r} already has a seat").format(person=s["person"]),
                    )
                taken[where] = s["person"]
                sitting.add(pid)
                seats.append(model.Seat(iid, where[0], where[1], pid))
        return tuple(tables), tuple(seats)

    def vehicle(self, i: int, v: dict[str, Any], person_ids: dict[str, int]) -> model.Vehicle:
        driver = v.get("driver")
        return model.Vehicle(
            id=i + 1,
            tour_id=0,
            key=v["key"],
            name=v["name"],
            plate=v.get("plate", ""),
            seats=int(v["seats"]),
            driver_id=self.ref(person_ids, driver, ["vehicles", i, "driver"], "participant")
            if driver is not None
            else None,
            notes=v.get("notes", ""),
            illustrative=v.get("illustrative", False),
            version=0,
        )

    def assignments(
        self,
        entries: list[dict[str, Any]],
        vehicles: tuple[model.Vehicle, ...],
        vehicle_ids: dict[str, int],
        items: tuple[model.ScheduleItem, ...],
        item_ids: dict[str, int],
        person_ids: dict[str, int],
    ) -> tuple[model.VehicleAssignment, ...]:
        out = []
        riding: dict[tuple[int, int], str] = {}  # (item, person) -> vehicle key
        seated: dict[tuple[int, int, str], str] = {}  # (vehicle, item, seat) -> person key
        for i, a in enumerate(entries):
            path: list[Any] = ["vehicle_assignments", i]
            vid = self.ref(vehicle_ids, a["vehicle"], [*path, "vehicle"], "vehicle")
            iid = self.ref(item_ids, a["item"], [*path, "item"], "item uid")
            pid = self.ref(person_ids, a["person"], [*path, "person"], "participant")
            item = items[iid - 1]
            if item.kind is not ItemKind.TRANSFER:
                raise self.fail(
                    [*path, "item"],
                    Errors.tr("item {item!r} is a {kind}, not a transfer").format(
                        item=a["item"], kind=item.kind.value
                    ),
                )
            if vehicles[vid - 1].driver_id == pid:
                raise self.fail(
                    [*path, "person"],
                    Errors.tr("{person!r} drives {vehicle!r} and cannot also ride it").format(
                        person=a["person"], vehicle=a["vehicle"]
                    ),
                )
            if (iid, pid) in riding:
                raise self.fail(
                    [*path, "person"],
                    Errors.tr("{person!r} already rides {riding!r} on this transfer").format(
                        person=a["person"], riding=riding[(iid, pid)]
                    ),
                )
            riding[(iid, pid)] = a["vehicle"]
            seat = self.seat(a.get("seat", ""), [*path, "seat"])
            if seat:
                holder = seated.get((vid, iid, seat))
                if holder is not None:
                    raise self.fail(
                        [*path, "seat"],
                        Errors.tr(
                            "seat {seat!r} of {vehicle!r} is already {holder}'s on this transfer"
                        ).format(seat=seat, vehicle=a["vehicle"], holder=holder),
                    )
                seated[(vid, iid, seat)] = a["person"]
            out.append(model.VehicleAssignment(vid, iid, pid, seat))
        return tuple(out)

    def seat(self, label: str, path: list[Any]) -> str:
        """Version 3: a vehicle seat's label, tidied, or "" for none."""
        try:
            return check_seat_label(label)
        except ValueError as e:
            raise self.fail(path, str(e)) from None

    def overrides(
        self, entries: list[dict[str, Any]], site_ids: dict[str, int]
    ) -> tuple[model.TravelOverride, ...]:
        out = []
        seen: set[tuple[int, int]] = set()
        for i, o in enumerate(entries):
            path: list[Any] = ["travel_overrides", i]
            a = self.ref(site_ids, o["from"], [*path, "from"], "site")
            b = self.ref(site_ids, o["to"], [*path, "to"], "site")
            if a == b:
                raise self.fail(
                    [*path, "to"], Errors.tr("a travel override needs two different sites")
                )
            if (a, b) in seen:
                raise self.fail(
                    path,
                    Errors.tr("a second override for {start} -> {end}").format(
                        start=o["from"], end=o["to"]
                    ),
                )
            seen.add((a, b))
            out.append(
                model.TravelOverride(i + 1, 0, a, b, int(o["minutes"]), o.get("note", ""), 0)
            )
        return tuple(out)

    def attendance(
        self,
        a: dict[str, Any],
        path: list[Any],
        person_ids: dict[str, int],
        group_ids: dict[str, int],
    ) -> model.Attendance:
        role = AttendanceRole(a.get("role", "attendee"))
        if "delegation" in a:
            return model.Attendance(AttendanceScope.DELEGATION, role)
        if "group" in a:
            gid = self.ref(group_ids, a["group"], [*path, "group"], "group")
            return model.Attendance(AttendanceScope.GROUP, role, group_id=gid)
        pid = self.ref(person_ids, a["person"], [*path, "person"], "participant")
        return model.Attendance(AttendanceScope.PERSON, role, participant_id=pid)

    def item(
        self,
        i: int,
        it: dict[str, Any],
        site_ids: dict[str, int],
        person_ids: dict[str, int],
        group_ids: dict[str, int],
    ) -> model.ScheduleItem:
        path: list[Any] = ["items", i]
        start, end = self.span(it, path)
        site = it.get("site")
        attendance: list[model.Attendance] = []
        seen: set[tuple[Any, ...]] = set()
        for j, a in enumerate(it.get("attendance", ())):
            entry = self.attendance(a, [*path, "attendance", j], person_ids, group_ids)
            target = (entry.scope, entry.group_id, entry.participant_id)
            if target in seen:
                raise self.fail(
                    [*path, "attendance", j], Errors.tr("the same attendee is listed twice")
                )
            seen.add(target)
            attendance.append(entry)
        now = datetime.now(UTC)
        created = (
            self.instant(it["created_at"], [*path, "created_at"]) if "created_at" in it else now
        )
        updated = (
            self.instant(it["updated_at"], [*path, "updated_at"]) if "updated_at" in it else created
        )
        return model.ScheduleItem(
            id=i + 1,
            tour_id=0,
            uid=it["uid"],
            kind=ItemKind(it["kind"]),
            title=it["title"],
            local_title=it.get("local_title", ""),
            site_id=self.ref(site_ids, site, [*path, "site"], "site") if site is not None else None,
            starts_at=start,
            ends_at=end,
            description=it.get("description", ""),
            dress_code=it.get("dress_code", ""),
            notes=it.get("notes", ""),
            status=ItemStatus(it.get("status", "confirmed")),
            sequence=int(it.get("sequence", 0)),
            illustrative=it.get("illustrative", False),
            pinned=it.get("pinned", False),
            scheduled=not it.get("unscheduled", False),
            from_site_id=(
                self.ref(site_ids, it["from_site"], [*path, "from_site"], "site")
                if "from_site" in it
                else None
            ),
            created_at=created,
            updated_at=updated,
            attendance=tuple(attendance),
            version=0,
        )

    def busy(
        self, i: int, b: dict[str, Any], site_ids: dict[str, int], person_ids: dict[str, int]
    ) -> model.BusyBlock:
        path: list[Any] = ["busy_blocks", i]
        start, end = self.span(b, path)
        return model.BusyBlock(
            id=i + 1,
            tour_id=0,
            participant_id=self.ref(person_ids, b["person"], [*path, "person"], "participant")
            if "person" in b
            else None,
            site_id=self.ref(site_ids, b["site"], [*path, "site"], "site") if "site" in b else None,
            starts_at=start,
            ends_at=end,
            summary=b.get("summary", ""),
            version=0,
        )


def read_tour_file(data: bytes, source: str = "tour file") -> model.TourSnapshot:
    """Parse and check a whole tour file. Ids in the result are provisional (1, 2, ...)."""
    return _Reader(parse_document(data, source), source).snapshot()
