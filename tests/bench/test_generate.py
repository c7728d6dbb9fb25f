"""The synthetic tour generator: deterministic, the stated sizes, clean except for what it
plants. The audit below re-derives conflicts on its own, without the scheduling engine."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from bench.generate import SIZES, generate, generate_tour, insert_into, link_count
from tourplanner.core.enums import (
    AttendanceScope,
    ItemKind,
    ItemStatus,
    ParticipantRole,
    SiteCategory,
)
from tourplanner.core.model import ScheduleItem, TourSnapshot
from tourplanner.core.problems import Code
from tourplanner.core.travel import TravelModel

BACKGROUND = {ItemKind.ACCOMMODATION, ItemKind.FREE_TIME}
NEEDS_OPEN = {ItemKind.VISIT, ItemKind.MEETING, ItemKind.MEAL, ItemKind.CEREMONY}


@pytest.fixture(scope="module")
def large() -> TourSnapshot:
    return generate("large")


def audit(snap: TourSnapshot) -> Counter[tuple[str, tuple[int, ...]]]:
    """Every conflict in ``snap`` as (code, item ids), found by brute force."""
    found: Counter[tuple[str, tuple[int, ...]]] = Counter()
    zone = ZoneInfo(snap.tour.timezone)
    travel = TravelModel.of(snap)
    programme: dict[int, list[ScheduleItem]] = defaultdict(list)
    overlaps: set[tuple[int, int]] = set()
    legs: set[tuple[int, int]] = set()
    for item in snap.items:
        who = snap.attendee_ids(item)
        site = snap.sites_by_id.get(item.site_id) if item.site_id is not None else None
        if site is not None and site.capacity is not None and len(who) > site.capacity:
            found[(Code.OVER_CAPACITY.value, (item.id,))] += 1
        if site is not None and site.opening_hours and item.kind in NEEDS_OPEN:
            start, end = item.starts_at.astimezone(zone), item.ends_at.astimezone(zone)
            if not any(
                h.weekday == start.weekday() and h.opens <= start.time() <= end.time() <= h.closes
                for h in site.opening_hours
            ):
                found[(Code.SITE_CLOSED.value, (item.id,))] += 1
        if any(
            (b.participant_id in who or (b.site_id is not None and b.site_id == item.site_id))
            and b.starts_at < item.ends_at
            and item.starts_at < b.ends_at
            for b in snap.busy_blocks
        ):
            found[(Code.BUSY.value, (item.id,))] += 1
        if item.kind not in BACKGROUND and item.status is not ItemStatus.CANCELLED:
            for pid in who:
                programme[pid].append(item)
    for items in programme.values():
        items.sort(key=lambda i: (i.starts_at, i.id))
        for i, a in enumerate(items):
            for b in items[i + 1 :]:
                if b.starts_at >= a.ends_at:
                    break
                overlaps.add((min(a.id, b.id), max(a.id, b.id)))
        located = [i for i in items if i.site_id is not None]
        for a, b in pairwise(located):
            if b.starts_at < a.ends_at or a.site_id == b.site_id:
                continue
            assert a.site_id is not None and b.site_id is not None
            needed = travel.needed_gap(a.site_id, b.site_id)
            gap = (b.starts_at - a.ends_at).total_seconds() / 60
            if needed is None or gap < needed - 1e-9:
                legs.add((a.id, b.id))
    found.update((Code.DOUBLE_BOOKED.value, pair) for pair in overlaps)
    found.update((Code.TRAVEL_TOO_SHORT.value, pair) for pair in legs)
    return found


def planted(name: str) -> Counter[tuple[str, tuple[int, ...]]]:
    return Counter((p.code.value, p.item_ids) for p in generate_tour(name).planted)


def test_same_seed_same_snapshot(large: TourSnapshot) -> None:
    assert generate("tiny", seed=7) == generate("tiny", seed=7)
    assert generate("large") == large


def test_other_seed_other_snapshot() -> None:
    a, b = generate("tiny", seed=1), generate("tiny", seed=2)
    assert a != b
    assert [i.uid for i in a.items] != [i.uid for i in b.items]


def test_large_has_the_stated_size(large: TourSnapshot) -> None:
    tour = large.tour
    assert len(large.participants) == 400
    assert len(large.sites) == 120
    assert (tour.end_date - tour.start_date).days + 1 == 10
    assert len(large.items) == 1_500
    assert 81_000 <= link_count(large) <= 99_000
    assert SIZES["large"].participants == 400


def test_xl_is_four_times_large() -> None:
    xl = generate("xl")
    assert len(xl.participants) == 1_600
    assert len(xl.sites) == 480
    assert (xl.tour.end_date - xl.tour.start_date).days + 1 == 40
    assert len(xl.items) == 6_000
    assert 324_000 <= link_count(xl) <= 396_000


@pytest.mark.parametrize("name", ["tiny", "tiny4", "large"])
def test_ids_and_references(name: str) -> None:
    snap = generate(name)
    assert snap.tour.id == 1 and snap.tour.version == 1
    for records in (snap.sites, snap.participants, snap.groups, snap.items, snap.busy_blocks):
        assert [r.id for r in records] == list(range(1, len(records) + 1))
        assert {r.version for r in records} == {1}
    assert len({i.uid for i in snap.items}) == len(snap.items)
    assert len({s.key for s in snap.sites}) == len(snap.sites)
    assert len({p.key for p in snap.participants}) == len(snap.participants)
    people, groups, sites = snap.participants_by_id, snap.groups_by_id, snap.sites_by_id
    for g in snap.groups:
        assert set(g.member_ids) <= set(people)
    for item in snap.items:
        assert item.site_id is None or item.site_id in sites
        assert item.starts_at < item.ends_at and item.starts_at.tzinfo is not None
        assert item.attendance
        for a in item.attendance:
            assert a.group_id is None or a.group_id in groups
            assert a.participant_id is None or a.participant_id in people


def test_large_looks_like_a_real_programme(large: TourSnapshot) -> None:
    zone = ZoneInfo("Asia/Shanghai")
    assert large.tour.timezone == "Asia/Shanghai"
    roles = Counter(p.role for p in large.participants)
    assert roles[ParticipantRole.DELEGATE] > 250
    for role in ("HOST", "INTERPRETER", "STAFF", "DRIVER", "MEDIA"):
        assert roles[ParticipantRole[role]] > 0
    languages = {lang for p in large.participants for lang in p.languages}
    assert {"zh", "en", "ru", "ja", "de"} <= languages
    assert 10 <= sum(1 for p in large.participants if p.dietary) <= 80
    delegate_groups = [g for g in large.groups if g.key.startswith("group-")]
    assert 8 <= len(delegate_groups) <= 12
    assert any(g.key == "press-pool" for g in large.groups)
    kinds = Counter(i.kind for i in large.items)
    for kind in (ItemKind.VISIT, ItemKind.MEETING, ItemKind.MEAL, ItemKind.TRANSFER):
        assert kinds[kind] > 50
    assert kinds[ItemKind.ACCOMMODATION] == 9 * 3  # nine nights, three hotels
    for item in large.items:
        if item.kind is ItemKind.TRANSFER:
            assert item.site_id is None
        else:
            assert item.site_id is not None
        if item.kind is ItemKind.ACCOMMODATION:
            assert large.sites_by_id[item.site_id].category is SiteCategory.HOTEL
            continue
        start, end = item.starts_at.astimezone(zone), item.ends_at.astimezone(zone)
        assert time(8) <= start.time() and end.time() <= time(22) and start.date() == end.date()
    scopes = Counter(a.scope for i in large.items for a in i.attendance)
    assert scopes[AttendanceScope.DELEGATION] == 20  # dinner and evening programme, daily
    assert scopes[AttendanceScope.GROUP] > 2_000 and scopes[AttendanceScope.PERSON] > 2_000
    # Coordinates in a ~40 km city area; some sites close on some weekday.
    lats = [s.latitude for s in large.sites if s.latitude is not None]
    lons = [s.longitude for s in large.sites if s.longitude is not None]
    assert max(lats) - min(lats) < 0.4 and max(lons) - min(lons) < 0.45
    assert any(
        s.opening_hours and len({h.weekday for h in s.opening_hours}) < 7 for s in large.sites
    )
    assert any(s.capacity for s in large.sites)


@pytest.mark.parametrize("name", ["tiny", "tiny4", "large"])
def test_only_the_planted_problems(name: str) -> None:
    gen = generate_tour(name)
    codes = Counter(p.code for p in gen.planted)
    cohorts = gen.size.cohorts
    assert codes[Code.TRAVEL_TOO_SHORT] == 3 * cohorts
    assert codes[Code.SITE_CLOSED] == 3 * cohorts
    assert codes[Code.OVER_CAPACITY] == cohorts
    assert codes[Code.BUSY] == cohorts
    assert 3 * cohorts <= codes[Code.DOUBLE_BOOKED] <= 6 * cohorts
    assert audit(gen.snapshot) == planted(name)


@pytest.mark.parametrize("name", ["tiny", "large"])
def test_the_checker_finds_exactly_the_planted_problems(name: str) -> None:
    checks = pytest.importorskip("tourplanner.core.checks")
    problems = checks.check_tour(generate(name))
    assert Counter((p.code.value, tuple(sorted(p.item_ids))) for p in problems) == planted(name)


def test_summary_and_cli(capsys: pytest.CaptureFixture[str]) -> None:
    from bench.generate import main

    assert main(["tiny", "--planted"]) == 0
    out = capsys.readouterr().out
    assert "participants  44" in out and "links" in out and "double-booked" in out


def test_insert_into_a_database(tmp_path: object) -> None:
    from tourplanner.services.database import open_database
    from tourplanner.services.tours import load_snapshot

    snap = generate("tiny")
    db = open_database(f"sqlite:///{tmp_path}/bench.db")
    try:
        assert insert_into(db, snap) == "bench-tiny"
        loaded = load_snapshot(db, "bench-tiny")
    finally:
        db.dispose()
    assert len(loaded.items) == len(snap.items)
    assert link_count(loaded) == link_count(snap)
    assert [i.uid for i in loaded.items] == [i.uid for i in snap.items]
    assert loaded.busy_blocks[0].starts_at - snap.busy_blocks[0].starts_at == timedelta(0)
