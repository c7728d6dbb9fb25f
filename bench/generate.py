"""Deterministic synthetic tours for benchmarks: a big multi-group media programme.

``generate("large")`` builds a whole ``TourSnapshot`` in memory (tour id 1, ids 1..n,
version 1), so checks and exports can be timed without a database; ``insert_into`` puts
one into a database. The same size and seed always give the same snapshot: all
randomness comes from one seeded ``random.Random``.

Sizes (``SIZES``):

* ``large``: 400 participants, 120 sites, 10 days, 1,500 items, about 90,000 attendance
  links (a link is one person brought to one item, after expanding the delegation and the
  groups);
* ``xl``: four times that, as four delegations one after another over 40 days, each with
  its own people (so each person's programme stays ten days long);
* ``tiny`` and ``tiny4`` (four tiny delegations): for tests and ``bench.run --quick``.

The programme is clean by construction (see ``bench.synth_schedule``) except for a few
problems planted on purpose per delegation, listed in ``Generated.planted``: double
bookings, too-short travel gaps, items at closed sites, one over-capacity lunch and one
clash with a busy block.

Run ``python -m bench.generate large`` for a summary.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from bench.synth_people import TeamSize, make_people
from bench.synth_plants import plant_problems
from bench.synth_schedule import Planted, Programme
from bench.synth_sites import Places, make_places
from tourplanner.core.enums import DELEGATION_ROLES, ParticipantRole, TravelMode
from tourplanner.core.model import (
    DayNote,
    DutyContact,
    Tour,
    TourSnapshot,
    TravelOverride,
    TravelSettings,
)
from tourplanner.core.travel import TravelModel

if TYPE_CHECKING:  # the database layer loads only when a tour is inserted
    from tourplanner.services.database import Database

__all__ = [
    "SIZES",
    "Generated",
    "Planted",
    "Size",
    "generate",
    "generate_tour",
    "insert_into",
    "link_count",
]

START_DATE = date(2025, 5, 12)  # a Monday, so weekday closures show up
DEFAULT_SEED = 2021
TRAVEL = TravelSettings(
    mode=TravelMode.COACH, detour_factor=1.4, boarding_minutes=5, buffer_minutes=5
)


@dataclass(frozen=True)
class Size:
    """How big a synthetic tour is. People, groups and days are per delegation (cohort);
    ``sites`` and ``items`` are for the whole tour."""

    name: str
    cohorts: int
    days: int
    team: TeamSize
    sites: int
    items: int
    links: int  # about how many attendance links to expect

    @property
    def participants(self) -> int:
        """Participants in the whole tour."""
        t = self.team
        per = t.delegates + t.media + t.hosts + t.interpreters + t.staff + t.drivers
        return per * self.cohorts

    @property
    def total_days(self) -> int:
        """Days from the tour's first to its last."""
        return self.days * self.cohorts


LARGE_TEAM = TeamSize(
    delegates=300, groups=12, media=20, hosts=24, interpreters=20, staff=20, drivers=16
)
TINY_TEAM = TeamSize(delegates=24, groups=4, media=4, hosts=4, interpreters=4, staff=4, drivers=4)

SIZES: dict[str, Size] = {
    "tiny": Size("tiny", 1, 2, TINY_TEAM, sites=40, items=72, links=1_400),
    "tiny4": Size("tiny4", 4, 2, TINY_TEAM, sites=160, items=288, links=5_500),
    "large": Size("large", 1, 10, LARGE_TEAM, sites=120, items=1_500, links=90_000),
    "xl": Size("xl", 4, 10, LARGE_TEAM, sites=480, items=6_000, links=360_000),
}


@dataclass(frozen=True)
class Generated:
    """A synthetic tour and the problems planted in it."""

    size: Size
    seed: int
    snapshot: TourSnapshot
    planted: tuple[Planted, ...] = field(default=())


def _size(size: str | Size) -> Size:
    if isinstance(size, Size):
        return size
    try:
        return SIZES[size]
    except KeyError:
        raise ValueError(f"unknown size {size!r}; choose from {', '.join(SIZES)}") from None


def generate_tour(size: str | Size = "large", seed: int = DEFAULT_SEED) -> Generated:
    """Build the synthetic tour of ``size`` (a name in ``SIZES`` or a ``Size``)."""
    size = _size(size)
    if size.items % size.cohorts:
        raise ValueError("items must divide evenly between the cohorts")
    rng = random.Random(f"tourplanner-bench:{size.name}:{seed}")
    hotels = math.ceil(size.team.groups / 4)
    places = make_places(rng, size.sites, hotels, size.cohorts)
    participants, groups, teams = make_people(rng, size.team, size.cohorts)
    overrides = make_overrides(rng, places, TRAVEL, 5 * size.cohorts)
    travel = TravelModel(places.sites, TRAVEL, overrides)
    members = {g.id: g.member_ids for g in groups}
    delegation = frozenset(p.id for p in participants if p.role in DELEGATION_ROLES)
    programme = Programme(
        rng,
        places,
        teams,
        size.team,
        members,
        delegation,
        START_DATE,
        size.days,
        size.items // size.cohorts,
        travel,
    )
    programme.build()
    plant_problems(programme)
    items, busy, planted = programme.finish()
    end = START_DATE + timedelta(days=size.total_days - 1)
    tour = Tour(
        id=1,
        slug=f"bench-{size.name}",
        name=f"Liangjiang overseas media programme (synthetic, {size.name})",
        local_name="两江新区海外华文媒体采访活动（合成数据）",
        description=(
            f"Synthetic tour for benchmarks: {size.cohorts} delegation(s) of "
            f"{size.participants // size.cohorts} people, {size.days} days each, seed {seed}. "
            "All names, places and times are made up."
        ),
        start_date=START_DATE,
        end_date=end,
        timezone="Asia/Shanghai",
        organiser_name="Benchmark tour office",
        organiser_email="bench@example.org",
        organiser_phone="+86 23 5555 0000",
        version=1,
        travel=TRAVEL,
        # On the day: the organisers and interpreters on duty with mobiles, a 24-hour
        # line and a note per day, as a real tour has them (phone pages list them).
        duty_contacts=tuple(
            DutyContact(p.full_name, p.role.value, f"+86 139 5555 {n:04d}", p.local_name)
            for n, p in enumerate(
                p
                for p in participants
                if p.role in (ParticipantRole.ORGANISER, ParticipantRole.INTERPRETER)
            )
        ),
        hotline="+86 139 5555 9999",
        day_notes=tuple(
            DayNote(START_DATE + timedelta(days=d), "Mild, 15–22 °C", "Press card", "Business")
            for d in range(size.total_days)
        ),
    )
    snapshot = TourSnapshot(
        tour=tour,
        sites=programme.final_sites(),
        participants=participants,
        groups=groups,
        items=items,
        busy_blocks=busy,
        travel_overrides=overrides,
    )
    return Generated(size, seed, snapshot, tuple(planted))


def generate(size: str | Size = "large", seed: int = DEFAULT_SEED) -> TourSnapshot:
    """The snapshot of ``generate_tour(size, seed)``."""
    return generate_tour(size, seed).snapshot


def make_overrides(
    rng: random.Random, places: Places, settings: TravelSettings, count: int
) -> tuple[TravelOverride, ...]:
    """Organisers' own travel times for a few legs between neighbouring visit sites: most
    slower than the estimate (a congested bridge), one faster (a coach lane)."""
    model = TravelModel(places.sites, settings)
    visits = list(places.visits)
    out: list[TravelOverride] = []
    seen: set[tuple[int, int]] = set()
    for a in rng.sample(visits, len(visits)):
        if len(out) == count:
            break
        same = [b for b in visits if b != a and places.district_of[b] == places.district_of[a]]
        if not same:
            continue
        b = min(same, key=lambda s: (model.km(a, s) or 0.0, s))
        if (a, b) in seen or (b, a) in seen:
            continue
        estimate = model.minutes(a, b)
        assert estimate is not None
        if len(out) == 0:
            minutes, note = max(3, math.floor(estimate * 0.7)), "Coach lane through the tunnel"
        else:
            minutes, note = math.ceil(estimate * 1.5), "Congested bridge at peak hours"
        seen.add((a, b))
        out.append(TravelOverride(len(out) + 1, 1, a, b, minutes, note, 1))
    return tuple(out)


def link_count(snapshot: TourSnapshot) -> int:
    """Attendance links: the sum over items of the number of people each brings."""
    return sum(len(snapshot.attendee_ids(item)) for item in snapshot.items)


def insert_into(db: Database, snapshot: TourSnapshot) -> str:
    """Insert ``snapshot`` into the open database ``db`` in one transaction; return the
    tour's slug. The snapshot's ids only resolve its references (one copy per database:
    item uids are unique across tours)."""
    from tourplanner.services.database import transaction
    from tourplanner.store.repository import insert_snapshot

    with transaction(db) as session:
        insert_snapshot(session, snapshot)
    return snapshot.tour.slug


def with_slug(snapshot: TourSnapshot, slug: str) -> TourSnapshot:
    """The same tour under another slug (uids stay the same, so one copy per database)."""
    return replace(snapshot, tour=replace(snapshot.tour, slug=slug))


def summary(gen: Generated, seconds: float | None = None) -> str:
    """A few lines of counts about a generated tour."""
    snap = gen.snapshot
    roles = Counter(p.role.value for p in snap.participants)
    kinds = Counter(i.kind.value for i in snap.items)
    cats = Counter(s.category.value for s in snap.sites)
    planted = Counter(p.code.value for p in gen.planted)
    rows = sum(len(i.attendance) for i in snap.items)
    days = (snap.tour.end_date - snap.tour.start_date).days + 1

    def fmt(counter: Counter[str]) -> str:
        return ", ".join(f"{k} {v:,}" for k, v in sorted(counter.items()))

    lines = [
        f"size {gen.size.name}, seed {gen.seed}: {snap.tour.name}",
        f"  dates         {snap.tour.start_date} .. {snap.tour.end_date} ({days} days)",
        f"  participants  {len(snap.participants):,} ({fmt(roles)})",
        f"  groups        {len(snap.groups):,}",
        f"  sites         {len(snap.sites):,} ({fmt(cats)})",
        f"  items         {len(snap.items):,} ({fmt(kinds)})",
        f"  attendance    {rows:,} rows, {link_count(snap):,} links "
        f"(target about {gen.size.links:,})",
        f"  busy blocks   {len(snap.busy_blocks):,}",
        f"  overrides     {len(snap.travel_overrides):,}",
        f"  planted       {len(gen.planted)} problems ({fmt(planted)})",
    ]
    if seconds is not None:
        lines.append(f"  generated in  {seconds:.2f} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """``python -m bench.generate SIZE [--seed N] [--db URL]``: print a summary, and insert
    the tour into the database at URL when given."""
    parser = argparse.ArgumentParser(
        prog="python -m bench.generate",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("size", choices=list(SIZES), nargs="?", default="large")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--db", metavar="URL", help="also insert the tour into this database")
    parser.add_argument("--planted", action="store_true", help="list the planted problems")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    gen = generate_tour(args.size, args.seed)
    print(summary(gen, time.perf_counter() - started))
    if args.planted:
        for p in gen.planted:
            print(f"    {p.code.value:17} items {p.item_ids} people {p.participant_ids}: {p.note}")
    if args.db:
        from tourplanner.services.database import open_database

        db = open_database(args.db)
        try:
            started = time.perf_counter()
            slug = insert_into(db, gen.snapshot)
            print(f"inserted as {slug!r} in {time.perf_counter() - started:.1f} s")
        finally:
            db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
