"""Mail from ``send`` carries each recipient's private link (when the tour has a base
URL) and still attaches the PDF and the .ics; without a base URL it carries none."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest

from tourplanner.core.links import page_url
from tourplanner.services.database import Database
from tourplanner.services.mailing import send_mail
from tourplanner.services.publish_target import save_publish_settings
from tourplanner.services.tourfile import SAMPLE_SLUG
from tourplanner.services.tours import load_snapshot

BASE = "https://tour.example.org/p/"


@pytest.fixture
def sqlite_db(sqlite_sample_db: Database) -> Database:
    return sqlite_sample_db


def _messages(folder: Path) -> dict[str, EmailMessage]:
    out = {}
    for path in sorted(folder.iterdir()):
        msg = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        out[msg["To"].addresses[0].addr_spec] = msg
    return out


def test_messages_carry_the_page_link_and_still_the_attachments(
    sqlite_db: Database, tmp_path: Path
) -> None:
    snap = load_snapshot(sqlite_db, SAMPLE_SLUG)
    person = next(p for p in snap.participants if p.key == "lin-xiaowen")
    send_mail(sqlite_db, SAMPLE_SLUG, person.key, dry_run=tmp_path / "before", allow_errors=True)
    (plain,) = _messages(tmp_path / "before").values()
    assert "https://" not in plain.get_body(("plain",)).get_content()

    save_publish_settings(sqlite_db, SAMPLE_SLUG, str(tmp_path / "site"), BASE)
    send_mail(sqlite_db, SAMPLE_SLUG, person.key, dry_run=tmp_path / "after", allow_errors=True)
    (msg,) = _messages(tmp_path / "after").values()
    url = page_url(BASE, person.publish_token)
    assert url in msg.get_body(("plain",)).get_content()
    assert f'href="{url}"' in msg.get_body(("html",)).get_content()
    kinds = sorted(part.get_content_type() for part in msg.iter_attachments())
    assert kinds == ["application/pdf", "text/calendar"]
    # No other person's link is in it.
    others = [p.publish_token for p in snap.participants if p.key != person.key]
    body = msg.as_string()
    assert not [t for t in others if t in body]


def test_a_host_message_links_the_site_page(sqlite_db: Database, tmp_path: Path) -> None:
    save_publish_settings(sqlite_db, SAMPLE_SLUG, str(tmp_path / "site"), BASE)
    snap = load_snapshot(sqlite_db, SAMPLE_SLUG)
    site = next(s for s in snap.sites if s.key == "belt-road-centre")
    send_mail(sqlite_db, SAMPLE_SLUG, site.key, dry_run=tmp_path / "out", allow_errors=True)
    msgs = _messages(tmp_path / "out")
    assert msgs
    for msg in msgs.values():
        text = msg.get_body(("plain",)).get_content()
        assert page_url(BASE, site.publish_token) in text
