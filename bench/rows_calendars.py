"""Benchmark rows for calendar exports: every person's .ics of the large tour, and how the
app compares with icalendar serialising the very same events by itself."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from bench.harness import Context, Measure, fresh, need, row
from tourplanner.core.model import TourSnapshot

ICS = "tourplanner.export.ics"
STAMP = datetime(2025, 5, 1, tzinfo=UTC)  # a fixed DTSTAMP: every run writes the same bytes
SAMPLE_EVERY = 25  # the ratio rows use every 25th person (16 of 400): bare icalendar is slow


def _options() -> Any:
    return need(ICS, "IcsOptions")(dtstamp=STAMP)


def _all_people(snap: TourSnapshot) -> dict[str, bytes]:
    writer = need(ICS, "CalendarWriter")(snap, _options())
    return writer.people_calendars()


def _sample_keys(snap: TourSnapshot) -> list[str]:
    return [p.key for p in sorted(snap.participants, key=lambda p: p.key)][::SAMPLE_EVERY]


@row("ics: every person's calendar, large", target=3.0)
def every_person(ctx: Context) -> Measure:
    """One .ics per participant, all of them, from a freshly loaded snapshot."""
    snap = ctx.tour("large").snapshot
    measured = ctx.time(_all_people, lambda: fresh(snap), repeat=5)
    calendars = _all_people(fresh(snap))
    events = sum(data.count(b"BEGIN:VEVENT") for data in calendars.values())
    megabytes = sum(len(data) for data in calendars.values()) / 1e6
    note = (
        f"{ctx.size_name('large')}: {len(calendars)} calendars, {events:,} events, "
        f"{megabytes:.0f} MB"
    )
    return replace(measured, note=note)


def _sample(ctx: Context) -> tuple[TourSnapshot, list[str], list[Any]]:
    """The sampled people's keys and their calendars parsed back by icalendar (the
    component trees bare serialisation starts from), made once per run."""

    def make() -> tuple[TourSnapshot, list[str], list[Any]]:
        calendar_cls = need("icalendar", "Calendar")
        snap = ctx.tour("large").snapshot
        keys = _sample_keys(snap)
        writer = need(ICS, "CalendarWriter")(fresh(snap), _options())
        trees = [calendar_cls.from_ical(data) for data in writer.people_calendars(keys).values()]
        return snap, keys, trees

    return ctx.memo("ics-sample", make)


def _bare(ctx: Context) -> Measure:
    def measure() -> Measure:
        _snap, keys, trees = _sample(ctx)
        measured = ctx.time(lambda ts: [t.to_ical() for t in ts], lambda: trees, repeat=3)
        events = sum(len(t.walk("VEVENT")) for t in trees)
        note = (
            f"icalendar's to_ical on the app's own events, parsed back: "
            f"{len(keys)} people, {events:,} events"
        )
        return replace(measured, note=note)

    return ctx.memo("ics-bare", measure)


@row("ics: bare icalendar, same events, sample of the large tour's people")
def bare_icalendar(ctx: Context) -> Measure:
    """The floor: icalendar serialising the finished event components, no app code."""
    return _bare(ctx)


@row("ics: app / bare icalendar, same sample", target=1.3, unit="ratio")
def app_over_bare(ctx: Context) -> Measure:
    """The app's export of the sampled people (from the snapshot, all its own work
    included) against icalendar serialising the same events."""
    snap, keys, _trees = _sample(ctx)
    writer_cls = need(ICS, "CalendarWriter")
    app = ctx.time(
        lambda s: writer_cls(s, _options()).people_calendars(keys),
        lambda: fresh(snap),
        repeat=5,
    )
    bare = _bare(ctx)
    return Measure(
        app.value / bare.value,
        f"app {app.value:.3f} s vs bare {bare.value:.3f} s for {len(keys)} people",
    )
