"""The CalDAV client against a real Radicale server: discovery, conditional writes, the
one-request listing, and every failure as one line that never shows the password."""

from __future__ import annotations

import base64
import logging

import keyring
import pytest
from keyring.backends import fail

from tests.fakes.keyring_store import MemoryKeyring
from tests.servers.radicale import PASSWORD, RadicaleServer, free_port, radicale_fixture  # noqa: F401
from tourplanner.core.errors import ValidationError
from tourplanner.integrations.caldav_client import (
    KEYRING_SERVICE,
    CalDAVAuthError,
    CalDAVClient,
    CalDAVConnectionError,
    CalDAVSettings,
    Exchange,
    PreconditionFailed,
    calendar_segment,
    href_key,
    resource_name,
    same_href,
)
from tourplanner.integrations.credentials import CredentialsError
from tourplanner.services.sync import resolve_password

EVENT = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tourplanner tests//EN\r\n"
    "BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20210301T000000Z\r\n"
    "DTSTART:20210327T013000Z\r\nDTEND:20210327T030000Z\r\nSEQUENCE:{seq}\r\n"
    "SUMMARY:Visit to Lijia Smart Park 礼嘉智慧公园\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def event(uid: str = "visit-1@tourplanner", seq: int = 0) -> bytes:
    return EVENT.format(uid=uid, seq=seq).encode()


def client(server: RadicaleServer, url: str | None = None, **kw: object) -> CalDAVClient:
    settings = CalDAVSettings(url or server.url, server.user, server.password, timeout=10)
    if kw:
        from dataclasses import replace

        settings = replace(settings, **kw)
    return CalDAVClient(settings)


def test_discovery_from_the_server_root_and_calendar_creation(radicale: RadicaleServer) -> None:
    with client(radicale) as c:
        assert c.calendar_home() == radicale.home_url()
        assert c.base_calendar() is None
        assert c.find_calendar("hosts") is None
        made = c.create_calendar("hosts", "Hosts · 两江新区", "visits per site")
        assert made.url == radicale.home_url() + "hosts/"
        assert c.find_calendar("hosts") == made
        assert c.find_calendar("other-segment", "Hosts · 两江新区") == made, "by display name"
        assert c.list_etags(made.url) == {}
        assert c.requests["MKCALENDAR"] == 1 and c.writes == 1


def test_a_calendar_url_is_used_as_it_is(radicale: RadicaleServer) -> None:
    with client(radicale) as c:
        made = c.create_calendar("tour", "Tour")
    with client(radicale, made.url) as c:
        assert c.base_calendar() is not None
        assert c.base_calendar().url == made.url
        assert c.base_calendar().name == "Tour"


def test_conditional_writes_never_overwrite_someone_elses_change(
    radicale: RadicaleServer,
) -> None:
    with client(radicale) as c:
        cal = c.create_calendar("tour", "Tour")
        href = cal.url + resource_name("visit-1@tourplanner")
        first = c.put(href, event(), create=True)
        assert first and first.startswith('"')
        with pytest.raises(PreconditionFailed):
            c.put(href, event(seq=1), create=True)  # already there: no second copy
        listing = c.list_etags(cal.url)
        assert listing == {href_key(href): first}

        theirs = radicale.put(href, event(seq=5))  # the host edits it in their own app
        assert theirs.status == 204
        with pytest.raises(PreconditionFailed):
            c.put(href, event(seq=1), if_match=first)
        with pytest.raises(PreconditionFailed):
            c.delete(href, if_match=first)
        assert b"SEQUENCE:5" in radicale.get(href).body, "the host's version is intact"

        second = c.put(href, event(seq=6), if_match=theirs.etag)
        fetched = c.fetch(cal.url, [href, cal.url + "gone.ics"])
        assert list(fetched) == [href_key(href)]
        assert fetched[href_key(href)].etag == second
        assert b"SEQUENCE:6" in fetched[href_key(href)].data
        assert c.delete(href, if_match=second) is True
        assert c.delete(href) is False, "already gone"
        assert c.list_etags(cal.url) == {}


def test_listing_a_missing_calendar_says_so(radicale: RadicaleServer) -> None:
    with client(radicale) as c:
        assert c.list_etags(radicale.home_url() + "never-made/") is None


def test_resource_names_are_stable_and_safe() -> None:
    assert resource_name("0b6c-11@tourplanner") == "0b6c-11%40tourplanner.ics"
    odd = resource_name("a/b c?ü" * 50)
    assert odd == resource_name("a/b c?ü" * 50)
    assert odd.startswith("uid-") and len(odd) < 60 and "/" not in odd
    assert same_href("/u/cal/a%40b.ics", "http://h:1/u/cal/a@b.ics")
    assert calendar_segment("Hosts · Lijia 2021") == "hosts-lijia-2021"
    assert calendar_segment("两江").startswith("cal-")


def test_wrong_password_is_one_line_that_never_shows_the_password(
    radicale: RadicaleServer,
) -> None:
    secret = "not-the-password-9f2c"
    settings = CalDAVSettings(radicale.url, radicale.user, secret)
    with CalDAVClient(settings) as c, pytest.raises(CalDAVAuthError) as caught:
        c.calendar_home()
    message = str(caught.value)
    assert "wrong user name or password (401)" in message
    assert "\n" not in message and secret not in message
    assert secret not in repr(settings)


def test_a_server_that_is_down_is_named_in_one_line() -> None:
    url = f"http://127.0.0.1:{free_port()}/"
    c = CalDAVClient(CalDAVSettings(url, "u", "p", timeout=5))
    with c, pytest.raises(CalDAVConnectionError) as caught:
        c.calendar_home()
    assert str(caught.value) == f"cannot reach the CalDAV server at {url}: connection refused"
    assert caught.value.answered is False


def test_a_server_that_goes_away_midway_is_a_lost_connection(radicale: RadicaleServer) -> None:
    with client(radicale) as c:
        cal = c.create_calendar("tour", "Tour")
        radicale.kill()
        with pytest.raises(CalDAVConnectionError) as caught:
            c.put(cal.url + "x.ics", event(), create=True)
    assert str(caught.value).startswith("lost the connection to the CalDAV server at")
    assert caught.value.answered is True


def test_urls_with_credentials_or_other_schemes_are_refused() -> None:
    with pytest.raises(ValidationError, match="--user"):
        CalDAVClient(CalDAVSettings("http://me:pw@127.0.0.1/", "me", "pw"))
    with pytest.raises(ValidationError, match="http"):
        CalDAVClient(CalDAVSettings("ftp://127.0.0.1/", "me", "pw"))


def test_observer_sees_every_request_but_never_the_password(radicale: RadicaleServer) -> None:
    seen: list[Exchange] = []
    with client(radicale, observer=seen.append) as c:
        c.create_calendar("tour", "Tour")
    assert [e.method for e in seen] == ["PROPFIND", "PROPFIND", "MKCALENDAR"]
    assert all(PASSWORD not in repr(e) for e in seen)


def test_the_password_is_not_logged(
    radicale: RadicaleServer, caplog: pytest.LogCaptureFixture
) -> None:
    # caldav logs every request (method, URL, headers, body) at DEBUG on its own logger.
    with caplog.at_level(logging.DEBUG), caplog.at_level(logging.DEBUG, logger="caldav"):
        with client(radicale) as c:
            cal = c.create_calendar("tour", "Tour")
            c.put(cal.url + "a.ics", event(), create=True)
        with pytest.raises(CalDAVAuthError):
            CalDAVClient(
                CalDAVSettings(radicale.url, radicale.user, PASSWORD + "x")
            ).calendar_home()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "method=PUT" in logged, "the requests were logged"
    basic = base64.b64encode(f"{radicale.user}:{PASSWORD}".encode()).decode()
    assert PASSWORD not in logged and basic not in logged
    assert PASSWORD not in radicale.log.read_text(encoding="utf-8")


# --- the system keyring ---------------------------------------------------------------------


def test_password_from_the_system_keyring(system_keyring: MemoryKeyring) -> None:
    system_keyring.set_password(KEYRING_SERVICE, "organiser", "from-the-keyring")
    assert resolve_password("organiser", None) == "from-the-keyring"
    with pytest.raises(CredentialsError, match="keyring set tourplanner-caldav someone-else"):
        resolve_password("someone-else", None)


def test_no_usable_keyring_is_said_clearly() -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(CredentialsError) as caught:
            resolve_password("organiser", None)
    finally:
        keyring.set_keyring(before)
    assert "no system keyring is available here" in str(caught.value)
    assert "keyring.backends.fail.Keyring" in str(caught.value)
    assert "--password-env" in str(caught.value)
