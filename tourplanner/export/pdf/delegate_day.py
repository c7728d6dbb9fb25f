"""What one delegate needs on the day, worked out from an indexed tour: their seat on
each transfer, whom to call (their tour leads, their group's interpreter, the 24-hour
line, each with a mobile) and a taxi card per place they visit.

``DayHelp`` is built once per tour (``TourIndex.day_help``); what it shares between
delegates (taxi cards, mobiles, seating) is worked out once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

import phonenumbers

from tourplanner.core.contacts import check_mobile
from tourplanner.core.enums import AttendanceRole, AttendanceScope, ItemKind
from tourplanner.core.manifests import seating
from tourplanner.core.model import DutyContact, ScheduleItem, Site
from tourplanner.core.precedence import motorcade_key
from tourplanner.export.pdf.facts import Day, OnDuty, Ride, TaxiCard, display_name

if TYPE_CHECKING:
    from tourplanner.export.pdf.tour_index import TourIndex


def taxi_link(site: Site) -> str:
    """What a taxi card's QR code opens: the place in the local map app (Amap with
    GCJ-02 coordinates in mainland China, else a ``geo:`` URI); without coordinates, a
    ``geo:0,0?q=`` search for the local address (Android's way to look up an address),
    or "" when there is nothing to look up."""
    # Imported here: the phone package builds on this one (its facts use ``TourIndex``).
    from tourplanner.export.phone.maps import geo_uri, local_map

    label = site.local_name.strip() or site.name.strip()
    if site.latitude is not None and site.longitude is not None:
        # No name in the Amap link: the card prints it, and a short link makes a QR
        # code with fewer, larger modules (easier to scan on paper, quicker to encode).
        kind, url = local_map(site.latitude, site.longitude, "")
        if kind == "amap":
            return url
        return geo_uri(site.latitude, site.longitude, site.name.strip() or label)
    query = " ".join((site.local_address or site.address or label).split())
    return f"geo:0,0?q={query}" if query else ""


def _mobile(text: str, country: str = "") -> str:
    """``text`` tidied when it is a mobile number, else "" (an office line is no use
    on the road or at night)."""
    if not text.strip():
        return ""
    try:
        return check_mobile(text, country)
    except (ValueError, phonenumbers.NumberParseException):
        return ""


class DayHelp:
    """Rides, on-duty contacts and taxi cards for the delegates of one indexed tour."""

    def __init__(self, index: TourIndex) -> None:
        self.index = index
        self.snap = index.snap
        self._cards: dict[int, TaxiCard] = {}
        self._duty: dict[tuple[int, str], OnDuty | None] = {}
        self._roles: dict[tuple[int, AttendanceRole], tuple[int, ...]] = {}
        self._by_group: dict[int, frozenset[int]] = {}

    def with_role(self, item: ScheduleItem, role: AttendanceRole) -> tuple[int, ...]:
        """``TourIndex.with_role``, once per item and role (every delegate's briefing
        asks it of the same items)."""
        key = (item.id, role)
        found = self._roles.get(key)
        if found is None:
            found = self._roles[key] = self.index.with_role(item, role)
        return found

    def brought_by_group(self, item: ScheduleItem) -> frozenset[int]:
        """The people an item brings as attendees through a group (not the whole
        delegation, not by name)."""
        found = self._by_group.get(item.id)
        if found is None:
            ids: set[int] = set()
            for a in item.attendance:
                if a.scope is AttendanceScope.GROUP and a.role is AttendanceRole.ATTENDEE:
                    ids |= self.snap.ids_of(a)
            found = self._by_group[item.id] = frozenset(ids)
        return found

    # -- whom to call -------------------------------------------------------------------

    @cached_property
    def _duty_by_name(self) -> dict[str, DutyContact]:
        out: dict[str, DutyContact] = {}
        for c in self.snap.tour.duty_contacts:
            for name in (c.name, c.local_name):
                if name.strip():
                    out.setdefault(name.strip().casefold(), c)
        return out

    def duty_of(self, pid: int, kind: str) -> OnDuty | None:
        """A lead or interpreter as an on-duty line: their mobile from the tour's on-duty
        list (matched by name), else their own phone when it is a mobile; None when
        there is no mobile to call. Worked out once per person and kind: the same leads
        are on duty in hundreds of briefings."""
        key = (pid, kind)
        if key not in self._duty:
            self._duty[key] = self._duty_line(pid, kind)
        return self._duty[key]

    def _duty_line(self, pid: int, kind: str) -> OnDuty | None:
        p = self.index.people[pid]
        listed = self._duty_by_name.get(p.full_name.strip().casefold()) or (
            self._duty_by_name.get(p.local_name.strip().casefold()) if p.local_name else None
        )
        number = listed.mobile if listed is not None else _mobile(p.phone, p.country)
        if not number:
            return None
        return OnDuty(self.index.name(pid), listed.role if listed else "", kind, number)

    @cached_property
    def hotline(self) -> OnDuty | None:
        number = self.snap.tour.hotline.strip()
        return OnDuty("", "", "hotline", number) if number else None

    def leads(self, items: list[ScheduleItem]) -> list[OnDuty]:
        """The tour leads of these items, in the order they first lead one."""
        seen: dict[int, None] = {}
        for item in items:
            for pid in self.with_role(item, AttendanceRole.LEAD):
                seen.setdefault(pid)
        return [d for pid in seen if (d := self.duty_of(pid, "lead")) is not None]

    def interpreters(self, pid: int) -> list[OnDuty]:
        """The interpreter of ``pid``'s group: the interpreters of items that bring them
        with a group (not the whole delegation); failing that, those seated in their
        vehicle; failing that, every interpreter of their items."""
        items = self.index.programme_of(pid)
        by_group: dict[int, None] = {}
        for item in items:
            if pid in self.brought_by_group(item):
                by_group.update(dict.fromkeys(self.with_role(item, AttendanceRole.INTERPRETER)))
        chosen = list(by_group)
        if not chosen:
            every: dict[int, None] = {}
            for item in items:
                every.update(dict.fromkeys(self.with_role(item, AttendanceRole.INTERPRETER)))
            riding = self._riding_with(pid)
            chosen = [i for i in every if i in riding] or list(every)
        return [d for i in chosen if (d := self.duty_of(i, "interpreter")) is not None]

    def _riding_with(self, pid: int) -> set[int]:
        """Everyone seated in the same vehicle as ``pid`` on any transfer."""
        out: set[int] = set()
        for by_vehicle in self._seats.values():
            for ids in by_vehicle.values():
                if pid in ids:
                    out.update(ids)
        return out

    def on_duty(self, leads: list[OnDuty], interpreters: list[OnDuty]) -> tuple[OnDuty, ...]:
        """Leads first, then the interpreter, then the 24-hour line; each person once."""
        out: dict[tuple[str, str], OnDuty] = {}
        for d in (*leads, *interpreters):
            out.setdefault((d.name, d.mobile), d)
        lines = list(out.values())
        if self.hotline is not None:
            lines.append(self.hotline)
        return tuple(lines)

    def tour_on_duty(self) -> tuple[OnDuty, ...]:
        """The booklet's list: the tour's on-duty contacts in calling order, then the
        24-hour line."""
        lines = [
            OnDuty(display_name(c.name, c.local_name), c.role, "duty", c.mobile)
            for c in self.snap.tour.duty_contacts
        ]
        if self.hotline is not None:
            lines.append(self.hotline)
        return tuple(lines)

    # -- transport ----------------------------------------------------------------------

    @cached_property
    def _seats(self) -> dict[int, dict[int, list[int]]]:
        return seating(self.snap)

    @cached_property
    def _seat_labels(self) -> dict[tuple[int, int], str]:
        """(transfer item id, participant id) -> the seat label given, when one is."""
        return {(a.item_id, a.participant_id): a.seat for a in self.snap.vehicle_assignments}

    @cached_property
    def _vehicles(self) -> dict[int, tuple[str, str, int | None]]:
        """Vehicle id -> name, plate, driver id."""
        return {v.id: (v.name, v.plate, v.driver_id) for v in self.snap.vehicles}

    def _driver(self, driver_id: int | None) -> tuple[str, str]:
        if driver_id is None or driver_id not in self.index.people:
            return "", ""
        p = self.index.people[driver_id]
        # Only a mobile reaches a driver on the road; an office line is left out (and
        # the delegate calls the people on duty instead).
        return self.index.name(driver_id), _mobile(p.phone, p.country)

    def ride(self, pid: int, item: ScheduleItem, before: Site | None) -> Ride | None:
        """``pid``'s ride on a transfer, None when the transfer has no seat assignments
        (its ``index`` among the day's entries is set by ``for_delegate``)."""
        by_vehicle = self._seats.get(item.id)
        if not by_vehicle:
            return None
        start, _ = self.index.local(item)
        own = self.index.sites.get(item.site_id) if item.site_id is not None else None
        # A transfer's origin, when the organiser gave one, is where it boards.
        origin = self.index.sites.get(item.from_site_id) if item.from_site_id is not None else None
        where = origin or own or before
        board = ""
        if where is not None:
            point = " · ".join(
                t.strip() for t in (where.meeting_point, where.local_meeting_point) if t.strip()
            )
            board = f"{display_name(where.name, where.local_name)}" + (
                f" ({point})" if point else ""
            )
        people = self.index.people
        order = sorted(  # the motorcade's order: by each vehicle's highest-ranked passenger
            by_vehicle,
            key=lambda vid: motorcade_key(
                (people[x] for x in by_vehicle[vid] if x in people), self._vehicles[vid][0]
            ),
        )
        mine = next((vid for vid in order if pid in by_vehicle[vid]), None)
        if mine is not None:
            name, plate, driver_id = self._vehicles[mine]
            driver, phone = self._driver(driver_id)
            seat = self._seat_labels.get((item.id, pid), "")
            return Ride(0, name, plate, driver, phone, start, board, seat=seat)
        listed = []
        for vid in order:
            name, plate, driver_id = self._vehicles[vid]
            driver, phone = self._driver(driver_id)
            listed.append(" · ".join(t for t in (name, plate, driver, phone) if t))
        return Ride(0, "", "", "", "", start, board, tuple(listed))

    def rides(self, pid: int, items: list[ScheduleItem]) -> dict[int, Ride]:
        """``pid``'s rides, by item id, over their whole programme ``items``: each
        transfer boards at its own place, else where their item before it was (the
        evening before, for the first transfer of a day)."""
        rides: dict[int, Ride] = {}
        before: Site | None = None
        for item in items:
            if item.kind is ItemKind.TRANSFER:
                ride = self.ride(pid, item, before)
                if ride is not None:
                    rides[item.id] = ride
            if item.site_id is not None:
                before = self.index.sites[item.site_id]
        return rides

    # -- taxi cards ---------------------------------------------------------------------

    def card(self, site_id: int) -> TaxiCard:
        found = self._cards.get(site_id)
        if found is None:
            s = self.index.sites[site_id]
            found = self._cards[site_id] = TaxiCard(
                s.name,
                s.local_name,
                s.address,
                s.local_address,
                self.index.profile(site_id).contact_phone,  # withheld when private
                taxi_link(s),
            )
        return found

    def cards(self, items: list[ScheduleItem]) -> tuple[TaxiCard, ...]:
        """One card per place, in the order first visited."""
        seen = dict.fromkeys(i.site_id for i in items if i.site_id is not None)
        return tuple(self.card(sid) for sid in seen)

    def for_delegate(
        self, pid: int, days: tuple[Day, ...]
    ) -> tuple[tuple[Day, ...], tuple[OnDuty, ...]]:
        """``pid``'s days with their rides and on-duty lines, and the practical page's
        on-duty list (the leads of all their items)."""
        items = self.index.programme_of(pid)
        by_day: dict[date, list[ScheduleItem]] = defaultdict(list)
        for item in items:
            by_day[self.index.local(item)[0].date()].append(item)
        rides = self.rides(pid, items)
        interpreters = self.interpreters(pid)
        out = []
        for day in days:
            day_items = by_day.get(day.day, [])
            # The day's entries are its items in this order, so a ride's index is its
            # transfer's place among them.
            mine = tuple(
                replace(rides[item.id], index=n)
                for n, item in enumerate(day_items)
                if item.id in rides
            )
            duty = self.on_duty(self.leads(day_items), interpreters)
            out.append(replace(day, rides=mine, on_duty=duty))
        return tuple(out), self.on_duty(self.leads(items), interpreters)
