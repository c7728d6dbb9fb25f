"""Benchmark rows for protocol: seating a large banquet by precedence."""

from __future__ import annotations

from dataclasses import replace

from bench.harness import Context, Measure, need, row
from tourplanner.core.enums import AttendanceScope, ItemKind, ItemStatus, ParticipantRole
from tourplanner.core.model import Attendance, Participant, ScheduleItem, Tour, TourSnapshot

SEATING = "tourplanner.core.seating"
TITLES = ("Minister", "Director", "")
LANGUAGES = (("zh",), ("zh", "en"), ("en",), ("ru", "en"), ("ja",), ("zh", "ja"))


def banquet(guests: int) -> tuple[TourSnapshot, ScheduleItem]:
    """A tour whose one banquet brings ``guests`` people: a tenth of them hosts, a few
    interpreters, the rest delegates; every third one ranked, the rest left to the rules."""
    from datetime import UTC, date, datetime

    tour = Tour(1, "b", "Banquet", "", "", date(2026, 5, 1), date(2026, 5, 2), "UTC", "", "", "", 1)
    people = []
    for i in range(guests):
        role = (
            ParticipantRole.HOST
            if i % 10 == 0
            else ParticipantRole.INTERPRETER
            if i % 25 == 1
            else ParticipantRole.DELEGATE
        )
        p = Participant(
            i + 1, 1, f"p{i:04d}", f"Person {i:04d}", "", "Mr.", TITLES[i % 3],
            "", "", role, "", "", LANGUAGES[i % len(LANGUAGES)], "", "", "", i % 50 == 0,
            (i + 1) if i % 3 == 0 else None, False, 1,
        )  # fmt: skip
        people.append(p)
    start = datetime(2026, 5, 1, 18, tzinfo=UTC)
    item = ScheduleItem(
        1, 1, "banquet", ItemKind.MEAL, "State banquet", "", None, start,
        start.replace(hour=21), "", "", "", ItemStatus.CONFIRMED, 0, False, start, start,
        tuple(Attendance(AttendanceScope.PERSON, participant_id=p.id) for p in people), 1,
    )  # fmt: skip
    return TourSnapshot(tour=tour, participants=tuple(people), items=(item,)), item


@row("seating proposal, 400-guest banquet at 40 tables of 10", target=1.0)
def seating_400(ctx: Context) -> Measure:
    """Propose a plan for 400 guests at 40 round tables of ten, and check it keeps the
    hard rules (everyone seated once, no table over capacity)."""
    seating = need(SEATING)
    guests = 40 if ctx.quick else 400
    snap, item = banquet(guests)
    tables = seating.parse_tables(f"{guests // 10}x10")
    measured = ctx.time(
        lambda _: seating.propose(snap, item, tables), lambda: None, repeat=ctx.repeat(5)
    )
    plan = seating.propose(snap, item, tables)
    counts = seating.seat_counts(plan)
    ok = len(counts) == guests and set(counts.values()) == {1}
    return replace(
        measured, note=f"{guests} guests, {len(tables)} tables; {'valid' if ok else 'INVALID'}"
    )
