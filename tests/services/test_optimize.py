"""Proposing and saving a shorter day route, on both backends, and the `optimize` command."""

from __future__ import annotations

import os
import subprocess
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.cli_runner import run_main
from tourplanner.core.day_plan import InfeasibleDayError, validate_plan
from tourplanner.core.enums import AttendanceScope, ItemKind, ItemStatus, ParticipantRole
from tourplanner.core.errors import ConcurrentEditError, NotFoundError, ValidationError
from tourplanner.core.model import Attendance, OpeningInterval
from tourplanner.services import items, optimize, participants, sites, tours
from tourplanner.services.database import Database, open_database
from tourplanner.services.optimize import apply_day, choose_person, day_request, propose_day
from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample

SH = ZoneInfo("Asia/Shanghai")
DAY1 = date(2021, 3, 27)
DAY2 = date(2021, 3, 28)
ROOT = Path(__file__).resolve().parents[2]
EVERYONE = (Attendance(AttendanceScope.DELEGATION),)


def at(clock: str, day: date = DAY1) -> datetime:
    return datetime.combine(day, time.fromisoformat(clock), tzinfo=SH)


# -- the sample tour (acceptance) -----------------------------------------------------------


def test_sample_first_day_proposal_is_no_longer(db: Database) -> None:
    load_sample(db)
    proposal = propose_day(db, SAMPLE_SLUG, DAY1)
    assert proposal.person_key == "shang-yong"  # precedence 1: the head of the delegation
    assert proposal.current.travel_minutes is not None
    assert proposal.proposed.travel_minutes is not None
    assert proposal.proposed.travel_minutes <= proposal.current.travel_minutes + 1e-6
    assert proposal.travel_saved is not None and proposal.travel_saved >= -1e-6
    assert proposal.proposed.exact
    titles = [p.stop.title for p in proposal.current.stops]
    # Background (check-in, the night at the hotel) and transfers without a site are no stops.
    assert titles == [
        "Arrival and meet-and-greet",
        "Visit to Lijia Smart Park",
        "Briefing on Liangjiang New Area and promo video",
        "Lunch",
        "Visit to CLCIZ and its landmark lake",
        "Meeting at NUSRI Chongqing",
        "Welcome dinner",
    ]
    flexible = {p.stop.title for p in proposal.current.stops if not p.stop.fixed}
    assert flexible == {"Visit to Lijia Smart Park", "Visit to CLCIZ and its landmark lake"}
    names = proposal.site_names
    assert names[proposal.proposed.end_site_id] == "Yuelai Riverside Hotel"
    assert proposal.current_problems == ()
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    request = day_request(snap, DAY1, choose_person(snap))
    assert validate_plan(request, proposal.proposed) == ()


def test_sample_apply_changes_nothing_when_already_optimal(db: Database) -> None:
    load_sample(db)
    before = {i.id: (i.starts_at, i.ends_at, i.version) for i in items.list_items(db, SAMPLE_SLUG)}
    proposal = propose_day(db, SAMPLE_SLUG, DAY1)
    assert proposal.moves == ()  # the sample's first day is already the shortest route
    assert apply_day(db, SAMPLE_SLUG, proposal) == ()
    after = {i.id: (i.starts_at, i.ends_at, i.version) for i in items.list_items(db, SAMPLE_SLUG)}
    assert after == before


def test_sample_day_two_of_dai_jiuyue_cannot_be_planned(db: Database) -> None:
    """Her interview overlaps the centre visit, and the visit fits nowhere else."""
    load_sample(db)
    with pytest.raises(InfeasibleDayError) as caught:
        propose_day(db, SAMPLE_SLUG, DAY2, "dai-jiuyue")
    assert (
        "Visit to the Belt and Road Commodity Exhibition and Trading Center" in caught.value.reason
    )
    assert str(caught.value).startswith("no workable plan for Sun 28 Mar: ")


# -- a crafted zigzag day -------------------------------------------------------------------


def zigzag_tour(db: Database, *, pin_east_a: bool = False) -> dict[str, int]:
    """West, east, lunch (west), west, east: grouping the sides saves two crossings."""
    tours.create_tour(db, slug="zz", name="Zigzag", start_date=DAY1, end_date=DAY2)
    ids: dict[str, int] = {}
    for key, lat, lon in [
        ("hotel", 29.660, 106.490),
        ("west-a", 29.650, 106.500),
        ("east-a", 29.680, 106.600),
        ("west-b", 29.662, 106.505),
        ("east-b", 29.690, 106.598),
        ("far", 29.900, 106.900),
    ]:
        ids[key] = sites.create_site(
            db, "zz", key=key, name=key.title(), category="other", latitude=lat, longitude=lon
        ).id
    ids["restaurant"] = sites.create_site(
        db,
        "zz",
        key="restaurant",
        name="Restaurant",
        category="restaurant",
        latitude=29.655,
        longitude=106.502,
        opening_hours=(OpeningInterval(5, time(11), time(14)),),
    ).id
    participants.create_participant(
        db, "zz", key="b-second", full_name="Second", role=ParticipantRole.DELEGATE, precedence=2
    )
    participants.create_participant(
        db, "zz", key="z-lead", full_name="Lead", role=ParticipantRole.DELEGATE, precedence=1
    )

    def item(name: str, kind: ItemKind, site: str | None, start: str, end: str, **kw: Any) -> None:
        starts = at(start)
        ends = at(end) if end > start else at(end, DAY2)
        ids[name] = items.create_item(
            db,
            "zz",
            kind=kind,
            title=name,
            site_id=ids[site] if site else None,
            starts_at=starts,
            ends_at=ends,
            attendance=kw.pop("attendance", EVERYONE),
            **kw,
        ).id

    item("Breakfast", ItemKind.FREE_TIME, "hotel", "07:00", "08:00")
    item("Coach", ItemKind.TRANSFER, None, "08:15", "08:45")
    item("West A", ItemKind.VISIT, "west-a", "09:00", "10:00")
    item("East A", ItemKind.VISIT, "east-a", "10:45", "11:45", pinned=pin_east_a)
    item("Lunch", ItemKind.MEAL, "restaurant", "12:30", "13:30")
    item("West B", ItemKind.VISIT, "west-b", "14:15", "15:15")
    item("East B", ItemKind.VISIT, "east-b", "16:00", "17:00")
    item("Cancelled", ItemKind.VISIT, "far", "11:00", "12:00", status=ItemStatus.CANCELLED)
    item("Nobody's", ItemKind.VISIT, "far", "13:00", "14:00", attendance=())
    item("Night", ItemKind.ACCOMMODATION, "hotel", "21:00", "08:00")
    return ids


def test_zigzag_proposal_groups_the_sides_and_apply_saves_it(db: Database) -> None:
    ids = zigzag_tour(db)
    proposal = propose_day(db, "zz", DAY1)
    assert proposal.person_key == "z-lead"
    assert proposal.proposed.start_site_id == ids["hotel"]
    assert proposal.proposed.end_site_id == ids["hotel"]
    order = [p.stop.title for p in proposal.proposed.stops]
    assert order[2] == "Lunch"
    sides = {frozenset(order[:2]), frozenset(order[3:])}  # one side of town before lunch
    assert sides == {frozenset({"West A", "West B"}), frozenset({"East A", "East B"})}
    assert proposal.travel_saved is not None and proposal.travel_saved > 30
    assert proposal.current_problems == ()
    assert {p.stop.title for p in proposal.moves} >= {"West B", "East A"}

    before = {i.id: i for i in items.list_items(db, "zz")}
    moved = apply_day(db, "zz", proposal)
    assert {m.id for m in moved} == {p.stop.item_id for p in proposal.moves}
    stored = {i.id: i for i in items.list_items(db, "zz")}
    for p in proposal.proposed.stops:
        now = stored[p.stop.item_id]
        assert (now.starts_at, now.ends_at) == (p.start, p.end)
    for m in moved:
        assert stored[m.id].sequence == before[m.id].sequence + 1  # calendars see the move
        assert stored[m.id].version == before[m.id].version + 1
    untouched = set(before) - {m.id for m in moved}
    assert all(stored[i] == before[i] for i in untouched)

    # Saved: proposing again finds nothing to change, and the old proposal is stale.
    again = propose_day(db, "zz", DAY1)
    assert again.moves == ()
    assert again.current.travel_minutes == pytest.approx(proposal.proposed.travel_minutes)
    with pytest.raises(ConcurrentEditError):
        apply_day(db, "zz", proposal)


def test_pinned_visit_stays_put(db: Database) -> None:
    ids = zigzag_tour(db, pin_east_a=True)
    proposal = propose_day(db, "zz", DAY1)
    east_a = next(p for p in proposal.proposed.stops if p.stop.item_id == ids["East A"])
    assert east_a.stop.fixed and east_a.start == at("10:45")


def test_apply_refuses_when_an_item_changed_and_saves_nothing(db: Database) -> None:
    ids = zigzag_tour(db)
    proposal = propose_day(db, "zz", DAY1)
    lunch = items.get_item(db, ids["Lunch"])
    items.update_item(db, lunch.id, lunch.version, notes="Vegetarian option")
    before = {i.id: (i.starts_at, i.version) for i in items.list_items(db, "zz")}
    with pytest.raises(ConcurrentEditError, match="Lunch"):
        apply_day(db, "zz", proposal)
    assert {i.id: (i.starts_at, i.version) for i in items.list_items(db, "zz")} == before


def test_apply_refuses_when_the_day_gained_a_stop(db: Database) -> None:
    zigzag_tour(db)
    proposal = propose_day(db, "zz", DAY1)
    items.create_item(
        db,
        "zz",
        kind=ItemKind.MEETING,
        title="Extra",
        site_id=proposal.proposed.start_site_id,
        starts_at=at("17:30"),
        ends_at=at("18:00"),
        attendance=EVERYONE,
    )
    with pytest.raises(ConcurrentEditError, match="changed since the proposal"):
        apply_day(db, "zz", proposal)


def test_apply_is_one_transaction(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure while saving the second move leaves the first unsaved too."""
    zigzag_tour(db)
    proposal = propose_day(db, "zz", DAY1)
    assert len(proposal.moves) >= 2
    real = optimize.crud.apply_values
    calls = []

    def failing(*args: Any, **kwargs: Any) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise ValidationError("simulated failure")
        real(*args, **kwargs)

    monkeypatch.setattr(optimize.crud, "apply_values", failing)
    before = {i.id: (i.starts_at, i.version) for i in items.list_items(db, "zz")}
    with pytest.raises(ValidationError, match="simulated"):
        apply_day(db, "zz", proposal)
    monkeypatch.undo()
    assert {i.id: (i.starts_at, i.version) for i in items.list_items(db, "zz")} == before


def test_person_and_day_errors(db: Database) -> None:
    zigzag_tour(db)
    assert propose_day(db, "zz", DAY1, "b-second").person_key == "b-second"
    with pytest.raises(NotFoundError, match="no participant 'nobody'"):
        propose_day(db, "zz", DAY1, "nobody")
    with pytest.raises(NotFoundError, match="no tour with slug 'nope'"):
        propose_day(db, "nope", DAY1)
    with pytest.raises(ValidationError, match="not a day of tour 'zz'"):
        propose_day(db, "zz", date(2021, 3, 29))
    with pytest.raises(ValidationError, match="nothing to plan"):
        propose_day(db, "zz", DAY2)


def test_default_person_without_precedence_is_first_delegate_by_key(db: Database) -> None:
    tours.create_tour(db, slug="np", name="No precedence", start_date=DAY1, end_date=DAY1)
    for key in ("m-delegate", "c-delegate"):
        participants.create_participant(db, "np", key=key, full_name=key, role="delegate")
    participants.create_participant(db, "np", key="a-host", full_name="Host", role="host")
    snap = tours.load_snapshot(db, "np")
    assert choose_person(snap).key == "c-delegate"


def test_default_person_is_head_of_delegation_by_precedence_order(db: Database) -> None:
    """Unranked delegates are ordered as the order of precedence orders them (VIP, then the
    title's seniority), not by key; an organiser's rank still comes first."""
    tours.create_tour(db, slug="po", name="Precedence", start_date=DAY1, end_date=DAY1)
    participants.create_participant(
        db, "po", key="a-reporter", full_name="Ann Reporter", role="delegate", title="Reporter"
    )
    participants.create_participant(
        db, "po", key="z-minister", full_name="Zoe Minister", role="delegate", title="Minister"
    )
    participants.create_participant(
        db, "po", key="b-host", full_name="Host", role="host", title="President", precedence=1
    )
    assert choose_person(tours.load_snapshot(db, "po")).key == "z-minister"
    participants.create_participant(
        db, "po", key="y-vip", full_name="Yan Vip", role="delegate", is_vip=True
    )
    assert choose_person(tours.load_snapshot(db, "po")).key == "y-vip"
    participants.create_participant(
        db, "po", key="x-ranked", full_name="Xu Ranked", role="delegate", precedence=2
    )
    assert choose_person(tours.load_snapshot(db, "po")).key == "x-ranked"
    assert propose_precedence_head(db, "po") == "x-ranked"


def propose_precedence_head(db: Database, tour: str) -> str:
    """The first delegate of the stored order of precedence (services/protocol)."""
    from tourplanner.services.protocol import precedence_list

    return next(p.key for p in precedence_list(db, tour) if p.role is ParticipantRole.DELEGATE)


def test_no_delegates_asks_for_a_person(db: Database) -> None:
    tours.create_tour(db, slug="nd", name="No delegates", start_date=DAY1, end_date=DAY1)
    with pytest.raises(ValidationError, match="--person"):
        propose_day(db, "nd", DAY1)


# -- the command line -----------------------------------------------------------------------


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "TOURPLANNER_DB"}
    return run_main("--db", "sqlite:///t.db", *args, cwd=cwd, env=env)


def one_line_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode == 2, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tourplanner: error:"), result.stderr
    assert fragment in lines[0], lines[0]


def test_cli_optimize_sample_day(tmp_path: Path) -> None:
    assert run("sample", cwd=tmp_path).returncode == 0
    result = run("optimize", SAMPLE_SLUG, "--day", "2021-03-27", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Shang Yong (shang-yong) on Sat 27 Mar 2021" in out
    assert "CURRENT" in out and "PROPOSED" in out
    row = next(line for line in out.splitlines() if "Visit to Lijia Smart Park" in line)
    assert row.count("10:10–11:30") == 2  # same slot on both sides
    assert "Travel: current 3 h 26 min, proposed 3 h 26 min, saved 0 min." in out
    applied = run("optimize", SAMPLE_SLUG, "--day", "2021-03-27", "--apply", cwd=tmp_path)
    assert applied.returncode == 0 and "Nothing to save" in applied.stdout

    one_line_error(
        run("optimize", SAMPLE_SLUG, "--day", "2021-02-30", cwd=tmp_path), "invalid date"
    )
    one_line_error(run("optimize", "nope", "--day", "2021-03-27", cwd=tmp_path), "no tour")
    one_line_error(
        run("optimize", SAMPLE_SLUG, "--day", "2021-03-27", "--person", "x", cwd=tmp_path),
        "no participant 'x'",
    )
    one_line_error(
        run("optimize", SAMPLE_SLUG, "--day", "2021-03-28", "--person", "dai-jiuyue", cwd=tmp_path),
        "no workable plan for Sun 28 Mar",
    )


def test_cli_optimize_apply_moves_items(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 't.db'}")
    try:
        zigzag_tour(db)
    finally:
        db.dispose()
    result = run("optimize", "zz", "--day", "2021-03-27", "--apply", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Saved the proposal as one change: moved" in result.stdout
    db = open_database(f"sqlite:///{tmp_path / 't.db'}")
    try:
        assert propose_day(db, "zz", DAY1).moves == ()
        lunch = next(i for i in items.list_items(db, "zz") if i.title == "Lunch")
        assert lunch.starts_at == at("12:30")
    finally:
        db.dispose()


def test_with_road_times_and_rush_hours_the_proposal_counts_legs_as_the_check_does(
    db: Database,
) -> None:
    """Each proposed leg is the travel model's leg at its departure (the end of the stop
    before it, in that site's local time), the figure the travel check uses."""
    from dataclasses import replace

    from tests.fakes.osrm import FakeOsrm
    from tourplanner.core.model import TrafficBand
    from tourplanner.core.travel import LegSource, TravelModel
    from tourplanner.services import maps

    load_sample(db)
    with FakeOsrm() as osrm:
        maps.fetch_road_times(
            db,
            SAMPLE_SLUG,
            maps.routing_settings(tours.get_tour(db, SAMPLE_SLUG).travel, osrm.url, min_delay=0),
        )
    tour = tours.get_tour(db, SAMPLE_SLUG)
    bands = (TrafficBand(time(6), time(12), 2.5), TrafficBand(time(12), time(23), 0.8))
    tours.update_tour(
        db, SAMPLE_SLUG, tour.version, travel=replace(tour.travel, traffic_bands=bands)
    )
    proposal = propose_day(db, SAMPLE_SLUG, DAY1)
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    model = TravelModel.of(snap)
    banded = 0
    for before, after in zip(proposal.proposed.stops, proposal.proposed.stops[1:], strict=False):
        zone = ZoneInfo(snap.sites_by_id[before.stop.site_id].timezone or snap.tour.timezone)
        leg = model.leg(before.stop.site_id, after.stop.site_id, before.end.astimezone(zone).time())
        assert after.travel_before == pytest.approx(leg.minutes)
        banded += leg.source is LegSource.ROAD and leg.band is not None
    assert banded >= 2  # both bands are met on the day
    request = day_request(snap, DAY1, choose_person(snap))
    assert validate_plan(request, proposal.proposed) == ()
    assert proposal.proposed.travel_minutes == pytest.approx(
        sum(p.travel_before or 0 for p in proposal.proposed.stops) + proposal.proposed.travel_after
    )
