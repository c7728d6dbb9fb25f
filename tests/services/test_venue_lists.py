"""Each venue's own lists (issue 19, point 7) sent by ``send --to hosts`` to a real
aiosmtpd server on 127.0.0.1: the host contact gets the host briefing, catering the
dietary list per meal (per table once seated), the gate the vehicles with plates and
arrival times; the report has one line per recipient saying which list. Caterers and
guards in Chongqing read Chinese: each list's headings and labels are in Chinese and in
English, with the local-script names of the hall, the meal and the people."""

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
    assert kitchen["Subject"].startswith(
        "嘉陵宴会厅饮食清单 / Dietary list for Jialing Banquet Hall"
    )
    assert kitchen["Content-Language"] == "zh, en"
    assert text.startswith("尊敬的Li Na： / Dear Li Na,\n")
    assert "3月27日 周六 18:50 / Sat 27 Mar 18:50  欢迎晚宴 / Welcome dinner\n" in text
    assert "  用餐人数：16，标准餐：12 / covers: 16, standard: 12\n" in text
    assert "马骏 Ma Jun: Halal." in text and "林晓雯 Lin Xiaowen: Vegetarian" in text
    assert "谢谢！ / With thanks," in text
    assert not list(kitchen.iter_attachments())
    # The gate: both coaches with their plates and drivers, and the arrival time.
    (gate,) = _to(smtp_server, "gate@jialing-hall.example.com")
    assert gate["Subject"].startswith("抵达嘉陵宴会厅的车辆 / Vehicles arriving at Jialing")
    text = _text(gate)
    assert (
        "3月27日 周六 18:40 抵达，参加欢迎晚宴 / Sat 27 Mar 18:40  arriving for Welcome dinner"
        in text
    )
    assert (
        "Coach 1：车牌渝A·C2101，司机邓强，乘客9人 / "
        "Coach 1: plate 渝A·C2101, driver Deng Qiang, passengers: 9"
    ) in text
    assert (
        "Coach 2：车牌渝A·C2102，司机范军，乘客7人 / "
        "Coach 2: plate 渝A·C2102, driver Fan Jun, passengers: 7"
    ) in text

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
    assert "  1号桌 / Table 1 – " in _text(latest) or "  2号桌 / Table 2 – " in _text(latest)


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


def test_the_gate_list_says_what_is_missing_in_both_languages(db: Database) -> None:
    """A coach without plate or driver: the gate reads so in Chinese and English; the
    lists come out the same whatever the reader's language (the caterers' and guards')."""
    from tourplanner.core import i18n
    from tourplanner.core.venue_lists import catering_list, gate_list
    from tourplanner.services import sites

    load_sample(db)
    snap = load_snapshot(db, SAMPLE_SLUG)
    coach = next(v for v in snap.vehicles if v.name == "Coach 1")
    sites.update_vehicle(db, coach.id, coach.version, plate="", driver_id=None)
    snap = load_snapshot(db, SAMPLE_SLUG)
    hall = next(s for s in snap.sites if s.key == HALL)
    text = gate_list(snap, hall).text()
    assert "  Coach 1：车牌（未提供），乘客9人 / Coach 1: plate (none given), passengers: 9" in text
    english = catering_list(snap, hall).text()
    i18n.use_backend(None)
    i18n.use_language("zh_CN")
    try:
        assert gate_list(snap, hall).text() == text
        assert catering_list(snap, hall).text() == english
    finally:
        i18n.use_language("en")
