"""Conformance: every event resource is accepted when PUT on its own to a real Radicale
server, for every kind of calendar (the whole tour, each site, each person, each group),
and reads back as the same single event.

The PUTs are plain HTTP, not the sync's client, so this checks the export on its own.
"""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import quote

import pytest
from icalendar import Calendar

from tests.export.ics_conformance import assert_conformant
from tests.servers.radicale import RadicaleServer, radicale_fixture  # noqa: F401
from tourplanner.core.enums import ItemStatus
from tourplanner.core.model import TourSnapshot
from tourplanner.export.ics import IcsOptions, Selection, event_resources


def selections(snapshot: TourSnapshot) -> list[tuple[str, Selection]]:
    found = [("tour", Selection.tour())]
    found += [(f"site-{s.key}", Selection.site(s.key)) for s in snapshot.sites]
    found += [(f"person-{p.key}", Selection.person(p.key)) for p in snapshot.participants]
    found += [(f"group-{g.key}", Selection.group(g.key)) for g in snapshot.groups]
    return found


def make_calendar(server: RadicaleServer, name: str) -> str:
    url = f"{server.home_url()}{name}/"
    body = (
        b'<?xml version="1.0" encoding="utf-8"?>'
        b'<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"/>'
    )
    reply = server.send("MKCALENDAR", url, body, {"Content-Type": "application/xml"})
    assert reply.status == 201, reply
    return url


def put_each_on_its_own(
    server: RadicaleServer, calendar_url: str, resources: dict[str, bytes]
) -> None:
    for uid, body in resources.items():
        href = calendar_url + quote(uid, safe="") + ".ics"
        reply = server.send(
            "PUT",
            href,
            body,
            {"Content-Type": "text/calendar; charset=utf-8", "If-None-Match": "*"},
        )
        assert reply.status == 201, (uid, reply.status, reply.body[:300])
        stored = Calendar.from_ical(server.get(href).body)
        events = stored.walk("VEVENT")
        assert len(events) == 1 and str(events[0]["UID"]) == uid
        assert "METHOD" not in stored


@pytest.mark.slow  # about 450 PUTs: Radicale takes 15-30 ms for each
def test_every_event_of_every_calendar_is_accepted_on_its_own(
    radicale: RadicaleServer, sample: TourSnapshot, options: IcsOptions
) -> None:
    total = 0
    for name, selection in selections(sample):
        resources = event_resources(sample, selection, options)
        for body in resources.values():
            calendar = assert_conformant(body, method=False)
            assert len(calendar.walk("VEVENT")) == 1
        put_each_on_its_own(radicale, make_calendar(radicale, name), resources)
        total += len(resources)
    assert total > len(sample.items)
    assert not [line for line in radicale.log_tail(200).splitlines() if "ERROR" in line]


@pytest.mark.parametrize("status", [ItemStatus.CANCELLED, ItemStatus.TENTATIVE])
def test_cancelled_and_tentative_events_are_accepted(
    radicale: RadicaleServer, sample: TourSnapshot, options: IcsOptions, status: ItemStatus
) -> None:
    changed = replace(
        sample,
        items=tuple(replace(it, status=status, sequence=it.sequence + 1) for it in sample.items),
    )
    resources = event_resources(changed, Selection.tour(), options)
    put_each_on_its_own(radicale, make_calendar(radicale, status.value), resources)
    for body in resources.values():
        event = Calendar.from_ical(body).walk("VEVENT")[0]
        assert str(event["STATUS"]) == status.value.upper()
