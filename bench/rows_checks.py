"""Benchmark rows for the scheduling engine's checks (full and incremental)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bench.generate import Generated, link_count
from bench.harness import Context, Measure, fresh, median_seconds, need, row
from tourplanner.core.enums import AttendanceScope, ItemKind
from tourplanner.core.model import ScheduleItem, TourSnapshot

CHECKS = "tourplanner.core.checks"
MOVE = timedelta(minutes=25)


def full_check(ctx: Context, size: str, repeat: int) -> Measure:
    """Time ``check_tour`` on a freshly copied snapshot of ``size`` (memoised per run)."""

    def measure() -> Measure:
        check_tour = need(CHECKS, "check_tour")
        gen = ctx.tour(size)
        measured = ctx.time(check_tour, lambda: fresh(gen.snapshot), repeat=repeat)
        problems = check_tour(fresh(gen.snapshot))
        note = (
            f"{ctx.size_name(size)}: {len(gen.snapshot.items):,} items, "
            f"{link_count(gen.snapshot):,} links; each run on a fresh copy of the snapshot "
            f"(no cached indexes, travel model built by the check); "
            f"{planted_match(gen, problems)}"
        )
        return replace(measured, note=note)

    return ctx.memo(("full-check", ctx.size_name(size)), measure)


def planted_match(gen: Generated, problems: list[Any]) -> str:
    """Whether a check found exactly the problems planted in the generated tour."""
    found = Counter((p.code.value, tuple(sorted(p.item_ids))) for p in problems)
    planted = Counter((p.code.value, p.item_ids) for p in gen.planted)
    if found == planted:
        return f"found exactly the {len(gen.planted)} planted problems"
    missing, extra = planted - found, found - planted
    return (
        f"{len(problems)} problems vs {len(gen.planted)} planted: "
        f"{sum(missing.values())} planted not found, {sum(extra.values())} unplanned found"
    )


@row("check_tour, large (full check)", target=0.100)
def full_check_large(ctx: Context) -> Measure:
    """A full check of the large tour."""
    return full_check(ctx, "large", repeat=7)


@row("check_tour, xl (full check)")
def full_check_xl(ctx: Context) -> Measure:
    """A full check of the xl tour (for the ratio; no target of its own)."""
    return full_check(ctx, "xl", repeat=5)


@row("check_tour, xl / large", target=5.0, unit="ratio")
def full_check_ratio(ctx: Context) -> Measure:
    """How much longer a full check of xl takes than one of large."""
    large = full_check(ctx, "large", repeat=7)
    xl = full_check(ctx, "xl", repeat=5)
    return Measure(
        xl.value / large.value,
        "xl has four times the people, sites, days, items and links of large "
        "(four delegations one after another)",
    )


def group_item(snap: TourSnapshot) -> ScheduleItem:
    """The item the one-edit rows move: the first group visit from 10:00 on the middle
    day of the tour (deterministic for a given snapshot)."""
    zone = ZoneInfo(snap.tour.timezone)
    days = (snap.tour.end_date - snap.tour.start_date).days + 1
    middle = snap.tour.start_date + timedelta(days=days // 2)
    for item in snap.items:
        local = item.starts_at.astimezone(zone)
        if (
            local.date() == middle
            and local.hour >= 10
            and item.kind is ItemKind.VISIT
            and any(a.scope is AttendanceScope.GROUP for a in item.attendance)
        ):
            return item
    raise LookupError("the tour has no group visit on its middle day")


def plenary_item(snap: TourSnapshot) -> ScheduleItem:
    """The first item of the middle day that brings the whole delegation (or, in a tour
    of several delegations, one whole delegation's group with 100+ people)."""
    zone = ZoneInfo(snap.tour.timezone)
    days = (snap.tour.end_date - snap.tour.start_date).days + 1
    middle = snap.tour.start_date + timedelta(days=days // 2)
    for item in snap.items:
        if item.starts_at.astimezone(zone).date() != middle:
            continue
        if any(a.scope is AttendanceScope.DELEGATION for a in item.attendance):
            return item
    raise LookupError("the tour has no delegation-wide item on its middle day")


def one_edit(ctx: Context, size: str, pick: str, repeat: int) -> Measure:
    """Time ``TourChecker.update_item`` + ``problems()`` for one item moved by 25 minutes
    and back, alternately, on a checker built once."""
    checker_class = need(CHECKS, "TourChecker")
    snap = ctx.tour(size).snapshot
    checker = checker_class(fresh(snap))
    before = sorted(map(repr, checker.problems()))
    item = group_item(snap) if pick == "group" else plenary_item(snap)
    moved = replace(item, starts_at=item.starts_at + MOVE, ends_at=item.ends_at + MOVE)
    versions = [moved, item]
    step = iter(range(10**9))

    def edit(_: None) -> None:
        checker.update_item(versions[next(step) % 2])
        checker.problems()

    runs = ctx.repeat(repeat)
    runs += runs % 2  # an even number of edits (after two warm-ups) puts the item back
    median, samples = median_seconds(edit, lambda: None, repeat=runs, warmup=2)
    measured = Measure(median, samples=samples)
    after = sorted(map(repr, checker.problems()))
    people = len(snap.attendee_ids(item))
    state = "state restored" if after == before else "PROBLEMS DIFFER after moving back"
    return replace(
        measured,
        note=f"item {item.id} '{item.title}' ({people} people) moved 25 min and back; {state}",
    )


@row("TourChecker one edit: group item, large", target=0.005)
def one_edit_group(ctx: Context) -> Measure:
    """Recheck after moving one item of two coach groups (~55 people)."""
    return one_edit(ctx, "large", "group", repeat=101)


@row("TourChecker one edit: delegation item, large", target=0.005)
def one_edit_plenary(ctx: Context) -> Measure:
    """Recheck after moving one item of the whole delegation (~350 people)."""
    return one_edit(ctx, "large", "plenary", repeat=101)
