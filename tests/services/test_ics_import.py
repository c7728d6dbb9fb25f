"""Importing .ics files: times in every form, Google's X-WR-TIMEZONE, recurring events,
strict all-or-nothing handling of malformed files, and a round trip of the sample."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.core.builders import TourBuilder
from tourplanner.cli import main
from tourplanner.core.enums import ItemKind, ItemStatus
from tourplanner.core.errors import NotFoundError, ValidationError
from tourplanner.core.problems import Code
from tourplanner.export.ics import calendar_bytes
from tourplanner.imports.ics_reader import IcsFileError
from tourplanner.services import crud, items, participants, sites, tours
from tourplanner.services.database import Database
from tourplanner.services.ics_import import (
    import_ics_data,
    import_ics_files,
    kind_of,
    match_site,
    read_ics,
)
from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample
from tourplanner.services.tours import check

DATA = Path(__file__).resolve().parents[1] / "data" / "ics"
SHANGHAI = ZoneInfo("Asia/Shanghai")
TOUR_DAYS = (date(2021, 3, 27), date(2021, 3, 28))


def read(name: str, zone: ZoneInfo = SHANGHAI):
    return read_ics((DATA / name).read_bytes(), name, zone, *TOUR_DAYS)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# --- reading, no database -----------------------------------------------------------------


def test_utc_tzid_floating_all_day_and_windows_times() -> None:
    events, skipped = read("mixed_times.ics")
    assert skipped == []
    found = {e.uid: e for e in events}
    assert "outside-1@example.com" not in found  # after the tour
    assert found["utc-1@example.com"].starts_at == utc("2021-03-27 02:00")
    assert found["tzid-1@example.com"].starts_at == utc("2021-03-27 08:00")  # 09:00 CET
    assert found["floating-1@example.com"].starts_at == utc("2021-03-28 06:00")  # tour zone
    day = found["allday-1@example.com"]
    assert day.all_day
    assert (day.starts_at, day.ends_at) == (utc("2021-03-27 16:00"), utc("2021-03-28 16:00"))
    assert found["windows-1@example.com"].starts_at == utc("2021-03-28 11:00")


def test_floating_times_follow_the_zone_given() -> None:
    events, _ = read("mixed_times.ics", ZoneInfo("Europe/Berlin"))
    floating = next(e for e in events if e.uid == "floating-1@example.com")
    assert floating.starts_at == utc("2021-03-28 12:00")  # 14:00 CEST


def test_google_x_wr_timezone_decides_floating_times() -> None:
    # Read for a tour in Berlin: the file's own X-WR-TIMEZONE (Shanghai) must win.
    events, _ = read("google_x_wr_timezone.ics", ZoneInfo("Europe/Berlin"))
    found = {e.uid: e for e in events}
    assert found["google-1@google.com"].starts_at == utc("2021-03-27 01:00")
    assert found["google-2@google.com"].starts_at == utc("2021-03-28 02:00")  # 10:00 Shanghai


def test_recurring_events_are_expanded_within_the_tour() -> None:
    events, _ = read("recurring.ics")
    assert [(e.summary, e.starts_at, e.uid) for e in events] == [
        (
            "Newsroom stand-up",
            utc("2021-03-27 00:30"),
            "standup@example.com/20210327T003000Z",
        ),  # the 28th is an EXDATE
        (
            "Saturday briefing (moved)",
            utc("2021-03-27 12:00"),
            "weekly@example.com/20210327T100000Z",
        ),
    ]
    assert events[0].sequence == 2


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("malformed_not_ics.ics", "line 1: content outside BEGIN:VCALENDAR"),
        ("malformed_empty.ics", "not an iCalendar file"),
        ("malformed_truncated.ics", "BEGIN:VEVENT on line 4 is never closed"),
        ("malformed_mismatched_end.ics", "line 9: END:VTODO does not close BEGIN:VEVENT"),
        ("malformed_bad_date.ics", "event 'Bad start' (UID baddate@example.com): DTSTART:"),
        ("malformed_no_start.ics", "event 'No start' (UID nostart@example.com): no DTSTART"),
        ("malformed_unknown_tzid.ics", "unknown timezone 'Mars/Olympus_Mons'"),
        ("malformed_end_before_start.ics", "DTEND is before DTSTART"),
        ("malformed_bad_rrule.ics", "RRULE:"),
        ("malformed_bad_x_wr_timezone.ics", "X-WR-TIMEZONE: unknown timezone 'Asia/Atlantis'"),
        ("malformed_bad_line.ics", "'this line is not a property'"),
        ("malformed_latin1.ics", "line 8: not UTF-8 text"),
        ("malformed_two_calendars.ics", "a second VCALENDAR"),
    ],
)
def test_a_malformed_file_is_one_line_naming_file_and_fault(name: str, fragment: str) -> None:
    with pytest.raises(IcsFileError) as caught:
        read(name)
    message = str(caught.value)
    assert message.startswith(f"{name}: ") and fragment in message
    assert "\n" not in message


def test_kinds_from_categories() -> None:
    assert kind_of(["Press", "Visit"]) is ItemKind.VISIT
    assert kind_of(["FREE TIME"]) is ItemKind.FREE_TIME
    assert kind_of(["free_time"]) is ItemKind.FREE_TIME
    assert kind_of(["Free-time"]) is ItemKind.FREE_TIME
    assert kind_of(["Birthday"]) is ItemKind.MEETING
    assert kind_of([]) is ItemKind.MEETING


def test_sites_matched_by_name() -> None:
    b = TourBuilder()
    b.site("Lijia Smart Park")
    b.site("Lijia Smart Park East Gate")
    snap = b.snapshot()
    park, gate = snap.sites
    assert match_site("Lijia Smart Park", snap.sites) is park
    assert match_site("lijia smart park (礼嘉智慧公园), Lijia, Chongqing", snap.sites) is park
    assert match_site("Lijia Smart Park East Gate, Chongqing", snap.sites) is gate
    assert match_site("Lijia Smart Parking garage", snap.sites) is None
    assert match_site("", snap.sites) is None


# --- importing into a tour ---------------------------------------------------------------------


def programme(db: Database, slug: str) -> list[tuple[object, ...]]:
    snap = tours.load_snapshot(db, slug)
    names = {s.id: s.name for s in snap.sites}
    return sorted(
        (
            it.title,
            it.starts_at,
            it.ends_at,
            it.kind,
            it.status,
            names.get(it.site_id) if it.site_id else None,
        )
        for it in snap.items
    )


def test_round_trip_of_the_sample_as_items(db: Database) -> None:
    load_sample(db)
    moved = next(it for it in items.list_items(db, SAMPLE_SLUG) if it.title.startswith("Lunch"))
    items.update_item(db, moved.id, None, starts_at=moved.starts_at + timedelta(minutes=5))
    off = next(it for it in items.list_items(db, SAMPLE_SLUG) if "Group B" in it.title)
    items.update_item(db, off.id, None, status=ItemStatus.CANCELLED)
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    expected = programme(db, SAMPLE_SLUG)
    exported = calendar_bytes(snap)
    tours.delete_tour(db, SAMPLE_SLUG)  # frees the UIDs, so the import can keep them

    tour = snap.tour
    tours.create_tour(
        db,
        slug="round-trip",
        name="Round trip",
        start_date=tour.start_date,
        end_date=tour.end_date,
        timezone=tour.timezone,
    )
    for s in snap.sites:
        sites.create_site(
            db, "round-trip", key=s.key, name=s.name, local_name=s.local_name, category=s.category
        )
    result = import_ics_data(db, "round-trip", [("sample.ics", exported)], as_items=True)
    assert len(result.items) == len(snap.items) and not result.dry_run
    assert programme(db, "round-trip") == expected
    imported = {it.uid: it for it in tours.load_snapshot(db, "round-trip").items}
    assert set(imported) == {it.uid for it in snap.items}  # UIDs kept
    for original in snap.items:
        assert imported[original.uid].sequence == original.sequence
        assert imported[original.uid].description == ""  # generated text is not read back
    assert imported[moved.uid].sequence == 1 and imported[off.uid].sequence == 1


def test_items_import_keeps_free_uids_and_previews_in_a_dry_run(db: Database) -> None:
    load_sample(db)
    before = len(items.list_items(db, SAMPLE_SLUG))
    preview = import_ics_files(db, SAMPLE_SLUG, [DATA / "items.ics"], as_items=True, dry_run=True)
    assert preview.dry_run and len(items.list_items(db, SAMPLE_SLUG)) == before
    plans = {p.title: p for p in preview.items}
    visit = plans["Second look at the lake"]
    assert (visit.kind, visit.status, visit.sequence) == (
        ItemKind.VISIT,
        ItemStatus.TENTATIVE,
        4,
    )
    assert visit.site is not None and visit.site.key == "clciz"
    assert visit.uid == "item-visit@example.com"
    snack = plans["夜宵"]
    assert snack.kind is ItemKind.FREE_TIME and snack.site is None
    assert plans["Early call"].status is ItemStatus.CANCELLED

    import_ics_files(db, SAMPLE_SLUG, [DATA / "items.ics"], as_items=True)
    assert len(items.list_items(db, SAMPLE_SLUG)) == before + 3
    added = {it.title: it for it in items.list_items(db, SAMPLE_SLUG)}
    lake = added["Second look at the lake"]
    assert lake.uid == "item-visit@example.com" and lake.sequence == 4
    assert lake.description == "Bring the long lens."
    assert added["夜宵"].notes == "Location: 解放碑"

    again = import_ics_files(db, SAMPLE_SLUG, [DATA / "items.ics"], as_items=True)
    assert all(p.uid is None for p in again.items)  # taken now: new UIDs
    uids = [it.uid for it in items.list_items(db, SAMPLE_SLUG)]
    assert len(uids) == before + 6 and len(set(uids)) == len(uids)


def test_busy_blocks_feed_the_busy_rule(db: Database) -> None:
    load_sample(db)
    before = len(participants.list_busy_blocks(db, SAMPLE_SLUG))
    result = import_ics_files(db, SAMPLE_SLUG, [DATA / "busy_states.ics"], busy_for="wang-jia")
    assert result.owner == "Wang Jia"
    assert [b.summary for b in result.busy_blocks] == ["Board meeting"]
    assert len(result.skipped) == 2  # the cancelled one and the one marked free
    blocks = participants.list_busy_blocks(db, SAMPLE_SLUG)
    assert len(blocks) == before + 1
    wang = next(p for p in participants.list_participants(db, SAMPLE_SLUG) if p.key == "wang-jia")
    new = next(b for b in blocks if b.summary == "Board meeting")
    assert new.participant_id == wang.id and new.site_id is None
    assert new.starts_at == utc("2021-03-27 08:00")
    again = import_ics_files(db, SAMPLE_SLUG, [DATA / "busy_states.ics"], busy_for="wang-jia")
    assert again.busy_blocks == () and any("already there" in s for s in again.skipped)
    assert len(participants.list_busy_blocks(db, SAMPLE_SLUG)) == before + 1
    # 16:00-17:00 clashes with the NUSRI meeting Wang Jia hosts at 16:25.
    problems = check(db, SAMPLE_SLUG).problems
    assert any(p.code is Code.BUSY and wang.id in p.participant_ids for p in problems)


def test_site_busy_blocks_and_all_day_events(db: Database) -> None:
    load_sample(db)
    result = import_ics_files(
        db, SAMPLE_SLUG, [DATA / "mixed_times.ics"], busy_for="site:nusri-chongqing"
    )
    assert result.owner.startswith("National University of Singapore")
    blocks = [b for b in participants.list_busy_blocks(db, SAMPLE_SLUG) if b.site_id is not None]
    holiday = next(b for b in blocks if b.summary == "Public holiday at the office")
    assert (holiday.starts_at, holiday.ends_at) == (
        utc("2021-03-27 16:00"),
        utc("2021-03-28 16:00"),
    )


def test_a_bad_file_among_good_ones_imports_nothing(db: Database) -> None:
    load_sample(db)
    before = programme(db, SAMPLE_SLUG)
    with pytest.raises(IcsFileError, match=r"malformed_bad_date\.ics: event 'Bad start'"):
        import_ics_files(
            db,
            SAMPLE_SLUG,
            [DATA / "items.ics", DATA / "recurring.ics", DATA / "malformed_bad_date.ics"],
            as_items=True,
        )
    assert programme(db, SAMPLE_SLUG) == before


def test_a_failure_while_writing_rolls_back_every_file(
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    load_sample(db)
    before = programme(db, SAMPLE_SLUG)
    real = crud.apply_values
    calls = {"n": 0}

    def flaky(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 4:
            raise ValidationError("the fourth event is refused")
        return real(*args, **kwargs)

    monkeypatch.setattr("tourplanner.services.ics_import.crud.apply_values", flaky)
    with pytest.raises(ValidationError, match="fourth"):
        import_ics_files(
            db, SAMPLE_SLUG, [DATA / "items.ics", DATA / "recurring.ics"], as_items=True
        )
    assert calls["n"] == 4
    assert programme(db, SAMPLE_SLUG) == before


def test_wrong_use_is_refused(db: Database) -> None:
    load_sample(db)
    files = [("x.ics", (DATA / "items.ics").read_bytes())]
    with pytest.raises(ValidationError, match="either"):
        import_ics_data(db, SAMPLE_SLUG, files)
    with pytest.raises(ValidationError, match="either"):
        import_ics_data(db, SAMPLE_SLUG, files, busy_for="wang-jia", as_items=True)
    with pytest.raises(NotFoundError, match="no participant or site with key 'nobody'"):
        import_ics_data(db, SAMPLE_SLUG, files, busy_for="nobody")
    participants.create_participant(db, SAMPLE_SLUG, key="clciz", full_name="C", role="staff")
    with pytest.raises(ValidationError, match="both a participant and a site"):
        import_ics_data(db, SAMPLE_SLUG, files, busy_for="clciz")
    result = import_ics_data(db, SAMPLE_SLUG, files, busy_for="person:clciz", dry_run=True)
    assert result.owner == "C"


# --- the CLI ---------------------------------------------------------------------------------


def test_cli_import_preview_and_errors(tmp_path: Path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    assert main(["--db", url, "sample"]) == 0
    capsys.readouterr()
    args = ["--db", url, "import", "ics", SAMPLE_SLUG, str(DATA / "items.ics")]
    assert main([*args, "--as-items", "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"Would add 3 item(s) to {SAMPLE_SLUG}:"
    assert any(
        "16:00–16:30 on Sun 28 Mar  Second look at the lake [visit, tentative] at Chongqing" in line
        for line in out
    )
    assert any("(location '解放碑' matches no site)" in line for line in out)
    assert main([*args, "--busy-for", "wang-jia"]) == 0
    assert capsys.readouterr().out.startswith("Added 2 busy block(s) for Wang Jia:")
    bad = str(DATA / "malformed_mismatched_end.ics")
    code = main(["--db", url, "import", "ics", SAMPLE_SLUG, bad, "--as-items"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1
    assert err[0].startswith(f"tourplanner: error: {bad}: line 9: END:VTODO")
