"""Each venue's own lists (issue 19, point 7) sent by ``send --to hosts`` to a real
aiosmtpd server on 127.0.0.1: the host contact gets the host briefing, catering the
dietary list per meal (per table once seated), the gate the vehicles with plates and
arrival times; the report has one line per recipient saying which list."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from tests.servers.smtp import SmtpServer, smtp_server_fixture  # noqa: F401
from tourplanner.core.enums import ContactRole
from tourplanner.core.errors import ValidationError
from tourplanner.core.model import SiteContact
from tourplanner.integrations.mailer import parse_smtp_url
from tourplanner.services.database import Database
from tourplanner.services.mail_plan import HOSTS
from tourplanner.services.mailing import Outcome, send_mail
from tourplanner.services.protocol import propose_seating
from tourplanner.services.sites import get_site, update_site
from tourplanner.services.tourfile import SAMPLE_SLUG, export_tour_bytes, load_sample
from tourplanner.services.tours import load_snapshot

HALL = "rest-banquet-hall"
CONTACTS = (
    SiteContact(ContactRole.HOST, "Gao Yan", "gao.yan@jialing-hall.example.com"),
    SiteContact(ContactRole.CATERING, "Li Na", "kitchen@jialing-hall.example.com"),
    SiteContact(ContactRole.GATE, "Zhang Wei", "gate@jialing-hall.example.com", "+86 23 6789 0000"),
)


def _send(db: Database, server: SmtpServer):  # type: ignore[no-untyped-def]
    return send_mail(db, SAMPLE_SLUG, HOSTS, smtp=parse_smtp_url(server.url), allow_errors=True)


def _to(server: SmtpServer, address: str) -> list[EmailMessage]:
    return [r.message() for r in server.received if address in r.rcpt_tos]


def _text(msg: EmailMessage) -> str:
    part = msg.get_body(("plain",))
    assert part is not None
    return str(part.get_content()).replace("\r\n", "\n")


def _hall(db: Database) -> int:
    return next(s.id for s in load_snapshot(db, SAMPLE_SLUG).sites if s.key == HALL)


def test_send_to_hosts_gives_each_venue_contact_their_list(
    db: Database, smtp_server: SmtpServer
) -> None:
    load_sample(db)
    site = get_site(db, _hall(db))
    update_site(db, site.id, site.version, contacts=CONTACTS)
    report = _send(db, smtp_server)
    lines = [r.line() for r in report.results]
    assert any(
        line.split()[:2] == ["sent", "catering"] and "kitchen@jialing-hall" in line
        for line in lines
    ), lines
    assert any(
        line.split()[:2] == ["sent", "gate"] and "gate@jialing-hall" in line for line in lines
    )
    assert any(line.split()[:2] == ["sent", "host"] and "gao.yan@" in line for line in lines)
    # The host contact: the hall's host briefing; the hall's front desk no longer (it has
    # a host of its own now).
    (host,) = _to(smtp_server, "gao.yan@jialing-hall.example.com")
    names = [p.get_filename() for p in host.iter_attachments()]
    assert any(n and n.endswith("-host-briefing.pdf") for n in names), names
    assert not _to(smtp_server, "banquets@jialing-hall.example.com")
    # Catering: the welcome dinner's covers and who needs what; no attachments.
    (kitchen,) = _to(smtp_server, "kitchen@jialing-hall.example.com")
    text = _text(kitchen)
    assert kitchen["Subject"].startswith("Dietary list for Jialing Banquet Hall")
    assert "Welcome dinner: 16 covers, 12 standard" in text
    assert "Ma Jun: Halal." in text and "Lin Xiaowen: Vegetarian" in text
    assert not list(kitchen.iter_attachments())
    # The gate: both coaches with their plates and drivers, and the arrival time.
    (gate,) = _to(smtp_server, "gate@jialing-hall.example.com")
    text = _text(gate)
    assert "Sat 27 Mar 18:40  arriving for Welcome dinner" in text
    assert "Coach 1: plate 渝A·C2101, driver Deng Qiang, 9 passengers" in text
    assert "Coach 2: plate 渝A·C2102, driver Fan Jun, 7 passengers" in text

    # Nothing changed: nobody gets the same list twice.
    before = len(smtp_server.received)
    again = _send(db, smtp_server)
    assert len(smtp_server.received) == before
    assert {r.outcome for r in again.results} == {Outcome.UP_TO_DATE}
    # Seating the dinner changes the catering list (per table now), and only that list.
    propose_seating(db, SAMPLE_SLUG, "Welcome dinner", tables="2x10", apply=True)
    third = _send(db, smtp_server)
    sent = [r for r in third.results if r.outcome is Outcome.SENT]
    assert [r.recipient.address for r in sent if r.recipient.key.startswith("list:")] == [
        "kitchen@jialing-hall.example.com"
    ]
    latest = _to(smtp_server, "kitchen@jialing-hall.example.com")[-1]
    assert "table 1 – " in _text(latest) or "table 2 – " in _text(latest)


def test_site_contacts_are_checked_and_kept_in_the_tour_file(db: Database) -> None:
    load_sample(db)
    site = get_site(db, _hall(db))
    with pytest.raises(ValidationError, match="contacts 1 email: "):
        update_site(
            db, site.id, site.version,
            contacts=(SiteContact(ContactRole.CATERING, "Li Na", "not-an-address"),),
        )  # fmt: skip
    with pytest.raises(ValidationError, match="needs an email or a phone number"):
        update_site(
            db, site.id, site.version, contacts=(SiteContact(ContactRole.GATE, "Gate", ""),)
        )
    with pytest.raises(ValidationError, match="'cook' is not one of: host, catering, gate"):
        update_site(
            db, site.id, site.version,
            contacts=(SiteContact("cook", "Li Na", "li@example.com"),),  # type: ignore[arg-type]
        )  # fmt: skip
    updated = update_site(db, site.id, site.version, contacts=CONTACTS)
    assert updated.contacts[2].phone == "+86 23 6789 0000"
    import json

    doc = json.loads(export_tour_bytes(db, SAMPLE_SLUG))
    (hall,) = [s for s in doc["sites"] if s["key"] == HALL]
    assert [c["role"] for c in hall["contacts"]] == ["host", "catering", "gate"]
    others = [s for s in doc["sites"] if s["key"] != HALL]
    assert all("contacts" not in s for s in others)  # written only when named
