"""Calendar exports through the services and the CLI: updates reach subscribers as new
SEQUENCEs of the same UIDs, and per-person files get safe, distinct names."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import select

from tests.core.builders import TourBuilder
from tests.export.ics_conformance import assert_conformant
from tests.servers.radicale import RadicaleServer, radicale_fixture  # noqa: F401
from tourplanner.cli import main
from tourplanner.core.enums import ItemStatus, ParticipantRole
from tourplanner.core.errors import ValidationError
from tourplanner.core.model import TourSnapshot
from tourplanner.core.timeutil import item_zone
from tourplanner.services import items, participants, tours
from tourplanner.services.calendars import (
    IcsOptions,
    Selection,
    calendar_resources,
    export_calendar_bytes,
    export_calendar_file,
    export_people_calendars,
    people_file_names,
    safe_stem,
    selection_from,
)
from tourplanner.services.database import Database
from tourplanner.services.sync import CalendarAccount, sync_caldav
from tourplanner.services.tourfile import SAMPLE_SLUG, import_tour_file, load_sample
from tourplanner.store import models as orm

MEETING = "Meeting at NUSRI Chongqing"


def event_of(data: bytes, uid: str):
    return next(e for e in Calendar.from_ical(data).walk("VEVENT") if str(e["UID"]) == uid)


def test_edits_raise_sequence_keep_uid_and_cancelled_items_stay(db: Database) -> None:
    load_sample(db)
    item = next(it for it in items.list_items(db, SAMPLE_SLUG) if it.title == MEETING)
    dai = Selection.person("dai-jiuyue")
    nusri = Selection.site("nusri-chongqing")
    before = event_of(export_calendar_bytes(db, SAMPLE_SLUG, dai), item.uid)
    assert int(before["SEQUENCE"]) == 0

    later = items.update_item(
        db,
        item.id,
        item.version,
        starts_at=item.starts_at + timedelta(minutes=20),
        ends_at=item.ends_at + timedelta(minutes=20),
    )
    moved = event_of(export_calendar_bytes(db, SAMPLE_SLUG, dai), item.uid)
    assert int(moved["SEQUENCE"]) == 1
    assert moved["DTSTART"].dt == item.starts_at + timedelta(minutes=20)

    # Saving the same time again is no change a subscriber needs to see.
    later = items.update_item(db, item.id, later.version, starts_at=later.starts_at)
    assert later.sequence == 1

    items.update_item(db, item.id, later.version, status=ItemStatus.CANCELLED)
    for selection in (dai, nusri, Selection.tour()):
        data = export_calendar_bytes(db, SAMPLE_SLUG, selection)
        assert_conformant(data)
        cancelled = event_of(data, item.uid)
        assert str(cancelled["STATUS"]) == "CANCELLED"
        assert int(cancelled["SEQUENCE"]) == 2
    resource = calendar_resources(db, SAMPLE_SLUG, nusri)[item.uid]
    assert b"STATUS:CANCELLED" in resource and b"METHOD" not in resource


def test_every_person_gets_a_file_with_a_safe_distinct_name(db: Database, tmp_path: Path) -> None:
    load_sample(db)
    for key, name in (
        ("evil", "../../etc/passwd"),
        ("zhang-wei-1", "Zhang Wei"),
        ("zhang-wei-2", "Zhang Wei"),
        ("wang-wei-cn", "王伟"),
    ):
        participants.create_participant(
            db, SAMPLE_SLUG, key=key, full_name=name, role=ParticipantRole.DELEGATE
        )
    folder = tmp_path / "calendars"
    result = export_people_calendars(db, SAMPLE_SLUG, folder, IcsOptions(reminder_minutes=None))
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    assert set(result.files) == {p.key for p in snap.participants}
    names = {key: path.name for key, path in result.files.items()}
    assert names["evil"] == "etc-passwd.ics"
    assert names["zhang-wei-1"] == "zhang-wei-zhang-wei-1.ics"
    assert names["zhang-wei-2"] == "zhang-wei-zhang-wei-2.ics"
    assert names["wang-wei-cn"] == "wang-wei-cn.ics"
    assert names["dai-jiuyue"] == "dai-jiuyue.ics"
    assert sorted(p.name for p in folder.iterdir()) == sorted(names.values())
    assert not (tmp_path / "etc").exists()
    for path in result.files.values():
        assert path.parent == folder
        assert b"VALARM" not in assert_conformant(path.read_bytes()).to_ical()
    evil = Calendar.from_ical(result.files["evil"].read_bytes())
    assert str(evil["X-WR-CALNAME"]).endswith(": ../../etc/passwd")


def test_file_names_from_names() -> None:
    assert safe_stem("Dai Jiuyue", "p1") == "dai-jiuyue"
    assert safe_stem("Chloé Laurent", "p1") == "chloe-laurent"
    assert safe_stem("../../etc/passwd", "p1") == "etc-passwd"
    assert safe_stem("..", "p1") == "p1"
    assert safe_stem("戴久岳", "dai.jiuyue") == "dai-jiuyue"
    assert safe_stem("", "") == "calendar"
    b = TourBuilder()
    for name in ("Li Na", "Li Na", "li-na", "Li Na 2"):
        b.person(name)
    names = people_file_names(b.snapshot().participants)
    assert len(set(names.values())) == 4
    assert names["p1"] == "li-na-p1.ics" and names["p3"] == "li-na-p3.ics"
    assert all("/" not in n and not n.startswith(".") for n in names.values())


def test_selection_from_options() -> None:
    assert selection_from() == Selection.tour()
    assert selection_from(person="x") == Selection.person("x")
    assert selection_from(group="g") == Selection.group("g")
    with pytest.raises(ValidationError):
        selection_from(person="x", site="y")


def test_export_file_is_written_whole(db: Database, tmp_path: Path) -> None:
    load_sample(db)
    target = tmp_path / "out" / "tour.ics"
    export_calendar_file(db, SAMPLE_SLUG, target)
    assert_conformant(target.read_bytes())
    assert [p.name for p in target.parent.iterdir()] == ["tour.ics"]  # no temporary left


# --- the CLI, in process, on SQLite -----------------------------------------------------------


@pytest.fixture
def cli_db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    assert main(["--db", url, "sample"]) == 0
    return url


def test_cli_export_to_stdout_and_file(cli_db: str, tmp_path: Path, capsysbinary) -> None:
    capsysbinary.readouterr()
    assert main(["--db", cli_db, "export", "ics", SAMPLE_SLUG, "--person", "dai-jiuyue"]) == 0
    out = capsysbinary.readouterr().out
    assert_conformant(out)
    assert b"X-WR-CALNAME:" in out and b"Dai Jiuyue" in out
    assert b"BEGIN:VALARM" in out
    target = tmp_path / "nusri.ics"
    args = ["export", "ics", SAMPLE_SLUG, "--site", "nusri-chongqing", "-o", str(target)]
    assert main(["--db", cli_db, *args, "--reminder", "off"]) == 0
    data = target.read_bytes()
    assert_conformant(data)
    assert b"VALARM" not in data
    assert b"Wrote" in capsysbinary.readouterr().err
    assert main(["--db", cli_db, "export", "ics", SAMPLE_SLUG, "--reminder", "5"]) == 0
    assert b"TRIGGER:-PT5M" in capsysbinary.readouterr().out


def test_cli_all_people(cli_db: str, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "people"
    assert main(["--db", cli_db, "export", "ics", SAMPLE_SLUG, "--all-people", str(folder)]) == 0
    assert "Wrote 25 calendars" in capsys.readouterr().err
    assert (folder / "dai-jiuyue.ics").exists() and len(list(folder.iterdir())) == 25


def run_cli(*args: str) -> int:
    """``main`` as the shell sees it: argparse's usage errors exit, ours return."""
    try:
        return main(list(args))
    except SystemExit as e:
        return int(e.code or 0)


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--person", "nobody"], "no participant with key 'nobody'"),
        (["--group", "nobody"], "no group with key 'nobody'"),
        (["--person", "dai-jiuyue", "--site", "clciz"], "not allowed with argument"),
        (["--all-people", "x", "-o", "y.ics"], "cannot take -o"),
        (["--reminder", "soon"], "expected minutes"),
    ],
)
def test_cli_export_errors_are_one_line(cli_db: str, capsys, args, fragment) -> None:
    capsys.readouterr()
    assert run_cli("--db", cli_db, "export", "ics", SAMPLE_SLUG, *args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("tourplanner: error:") and fragment in err[0]


# --- a tour in two zones, imported with the real tour-file import ----------------------------

TWO_ZONES = Path(__file__).resolve().parents[1] / "data" / "two-zones.tour.json"
TWO_ZONES_SLUG = "shanghai-frankfurt-2026"


@pytest.fixture
def two_zones(db: Database) -> TourSnapshot:
    """tests/data/two-zones.tour.json, imported: a Shanghai team and a Frankfurt team
    whose items start and end at the same instants."""
    import_tour_file(db, TWO_ZONES)
    snap = tours.load_snapshot(db, TWO_ZONES_SLUG)
    zones = {it.uid: item_zone(snap, it).key for it in snap.items}
    pairs = [
        (a, b)
        for a in snap.items
        for b in snap.items
        if zones[a.uid] == "Asia/Shanghai"
        and zones[b.uid] == "Europe/Berlin"
        and a.starts_at == b.starts_at
    ]
    assert len(pairs) >= 3, "the file's point: equal instants in both zones"
    return snap


def all_selections(snap: TourSnapshot) -> list[Selection]:
    return [
        Selection.tour(),
        *(Selection.person(p.key) for p in snap.participants),
        *(Selection.site(s.key) for s in snap.sites),
        *(Selection.group(g.key) for g in snap.groups),
    ]


def test_two_zone_tour_every_kind_of_calendar_is_in_the_right_zones(
    db: Database, two_zones: TourSnapshot, tmp_path: Path
) -> None:
    snap = two_zones
    checked = 0
    for selection in all_selections(snap):
        data = export_calendar_bytes(db, TWO_ZONES_SLUG, selection)
        calendar = assert_conformant(data, snapshot=snap)
        checked += len(calendar.walk("VEVENT"))
        for resource in calendar_resources(db, TWO_ZONES_SLUG, selection).values():
            assert_conformant(resource, method=False, snapshot=snap)
    assert checked > len(snap.items)
    feed = export_calendar_file(db, TWO_ZONES_SLUG, tmp_path / "feed.ics")
    assert_conformant(feed.read_bytes(), snapshot=snap)
    people = export_people_calendars(db, TWO_ZONES_SLUG, tmp_path / "people")
    zones_of = {}
    for key, path in people.files.items():
        calendar = assert_conformant(path.read_bytes(), snapshot=snap)
        zones_of[key] = sorted(str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE"))
    assert zones_of == {
        "li-wei": ["Asia/Shanghai"],
        "zhang-min": ["Asia/Shanghai"],
        "ivan-petrov": ["Europe/Berlin"],
        "anna-keller": ["Europe/Berlin"],
    }


def test_two_zone_tour_cli_all_people(
    db: Database, two_zones: TourSnapshot, tmp_path: Path
) -> None:
    url = db.url.render_as_string(hide_password=False)
    folder = tmp_path / "cli-people"
    assert main(["--db", url, "export", "ics", TWO_ZONES_SLUG, "--all-people", str(folder)]) == 0
    files = sorted(folder.iterdir())
    assert len(files) == len(two_zones.participants)
    for path in files:
        assert_conformant(path.read_bytes(), snapshot=two_zones)


def descriptions(data: bytes) -> dict[str, str]:
    return {
        str(e["SUMMARY"]): str(e.get("DESCRIPTION", ""))
        for e in Calendar.from_ical(data).walk("VEVENT")
    }


def test_next_item_is_the_attendees_own(db: Database, two_zones: TourSnapshot) -> None:
    """ "Next: ..." names where the item's own people go next: never an item in the other
    city that merely comes next in the tour's order (it read "about 376 h by car")."""
    whole = descriptions(export_calendar_bytes(db, TWO_ZONES_SLUG, Selection.tour()))
    assert (
        "Next: Breakfast briefing at Bund Riverside Hotel" in whole["Opening of the Shanghai stand"]
    )
    assert "Next: Stand set-up" not in whole["Opening of the Shanghai stand"]
    # Ivan goes on to the stand set-up, Anna (the host) to the tour of the halls: there
    # is no one next item for the briefing's people, so the whole tour names none.
    assert "Next:" not in whole["Trade fair briefing"]
    # Anna's programme ends with the tour of the halls; Ivan goes on to the Römer.
    assert "Next: Reception at the Römer at Römer, about" in whole["Tour of the halls"]
    # No leg anywhere is measured in hours: every hint stays in its city.
    for text in whole.values():
        assert not re.search(r"about \d+ h ", text), text
    sites = {s.name: s for s in two_zones.sites}
    events = Calendar.from_ical(export_calendar_bytes(db, TWO_ZONES_SLUG, Selection.tour()))
    for event in events.walk("VEVENT"):
        hint = re.search(r"Next: .* at ([^,\n]+)", str(event.get("DESCRIPTION", "")))
        if hint:
            target = sites[hint.group(1)]
            here = next(s for s in two_zones.sites if str(event["LOCATION"]).startswith(s.name))
            assert (target.timezone or "Asia/Shanghai") == (here.timezone or "Asia/Shanghai")
    ivan = descriptions(export_calendar_bytes(db, TWO_ZONES_SLUG, Selection.person("ivan-petrov")))
    assert (
        "Next: Stand set-up, first hour of summer time at Messe Frankfurt, same place"
        in ivan["Trade fair briefing"]
    )
    anna = descriptions(export_calendar_bytes(db, TWO_ZONES_SLUG, Selection.person("anna-keller")))
    assert "Next: Tour of the halls at Messe Frankfurt, same place" in anna["Trade fair briefing"]
    team = descriptions(export_calendar_bytes(db, TWO_ZONES_SLUG, Selection.group("shanghai-team")))
    assert "Next: Return to the expo at Shanghai Expo Centre" in team["Dinner with exhibitors"]


def attendees(event):
    found = event.get("ATTENDEE", [])
    return found if isinstance(found, list) else [found]


def test_a_stored_email_with_a_line_break_breaks_no_calendar(
    db: Database, two_zones: TourSnapshot, tmp_path: Path
) -> None:
    """Values stored before entry checked them (CR/LF in an email, controls in a name)
    never break anyone's calendar: the address is left out, the name made one line."""
    evil = "ivan.petrov@example.org\r\nATTENDEE:mailto:spy@example.com"
    with db.session() as session:  # straight into the rows, as an old import left them
        tour = session.scalar(select(orm.Tour).where(orm.Tour.slug == TWO_ZONES_SLUG))
        assert tour is not None
        tour.organiser_email = "office@example.org\r\nX-INJECTED:1"
        tour.organiser_name = "Trade week\r\noffice\x07"
        person = session.scalar(
            select(orm.Participant).where(
                orm.Participant.tour_id == tour.id, orm.Participant.key == "ivan-petrov"
            )
        )
        assert person is not None
        person.email = evil
        person.full_name = "Ivan\r\nPetrov\x07"  # PostgreSQL refuses NUL itself
    snap = tours.load_snapshot(db, TWO_ZONES_SLUG)
    assert any(p.email == evil for p in snap.participants)
    people = export_people_calendars(db, TWO_ZONES_SLUG, tmp_path / "people")
    assert len(people.files) == len(snap.participants)
    outputs = [path.read_bytes() for path in people.files.values()]
    outputs += [export_calendar_bytes(db, TWO_ZONES_SLUG, s) for s in all_selections(snap)]
    for data in outputs:
        calendar = assert_conformant(data, snapshot=snap)
        assert b"spy@example.com" not in data.replace(b"\r\n ", b"")
        assert b"X-INJECTED" not in data.replace(b"\r\n ", b"")
        for event in calendar.walk("VEVENT"):
            assert str(event["ORGANIZER"]).startswith("urn:uuid:")
            assert event["ORGANIZER"].params["CN"] == "Trade week office"
    ivan = Calendar.from_ical(people.files["ivan-petrov"].read_bytes())
    own = [a for e in ivan.walk("VEVENT") for a in attendees(e) if a.params["CN"] == "Ivan Petrov"]
    assert own and all(str(a).startswith("urn:uuid:") for a in own)
    li = Calendar.from_ical(people.files["li-wei"].read_bytes())
    mine = [a for e in li.walk("VEVENT") for a in attendees(e) if a.params["CN"] == "Li Wei"]
    assert mine and all(str(a) == "mailto:li.wei@example.org" for a in mine)


def test_two_zone_tour_synced_by_caldav_is_in_the_right_zones(
    db: Database, two_zones: TourSnapshot, radicale: RadicaleServer
) -> None:
    """What CalDAV sync PUTs (read back from a real Radicale server): every event in its
    own site's zone with that zone's VTIMEZONE, for the tour and for each person."""
    account = CalendarAccount(radicale.url, radicale.user, radicale.password, timeout=10)
    reports = [sync_caldav(db, TWO_ZONES_SLUG, account)]
    reports += [
        sync_caldav(db, TWO_ZONES_SLUG, account, person=p.key) for p in two_zones.participants
    ]
    stored = 0
    for report in reports:
        for body in radicale.resources(report.calendar_url).values():
            assert_conformant(body, method=False, snapshot=two_zones)
            stored += 1
    assert stored == len(two_zones.items) + sum(
        len(two_zones.attendee_ids(it) & {p.id})
        for p in two_zones.participants
        for it in two_zones.items
    )
