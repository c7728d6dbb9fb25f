"""Long texts, crowded days, rows taller than a page, missing coordinates, empty tours:
the briefings still build (no LayoutError) and say what they must."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace

import pytest
from pypdf import PdfReader

from tests.core.builders import TourBuilder
from tourplanner.core.errors import TourplannerError
from tourplanner.core.model import TourSnapshot
from tourplanner.export.pdf import (
    PdfOptions,
    TourIndex,
    build_booklet,
    build_delegate_briefing,
    build_host_briefing,
    build_runsheet,
)

from .conftest import squash

# 5,000 characters of mixed Chinese and Latin text, with punctuation of both.
LONG = (
    "两江新区 Liangjiang New Area，内陆第一个国家级开发开放新区；"
    "green development along the Yangtze River Economic Belt. "
) * 60
LONG = LONG[:5000]


def pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def tour_with(description: str = "", notes: str = "", title: str = "") -> TourSnapshot:
    b = TourBuilder()
    park = b.site("Lijia Smart Park", 29.6545, 106.5235)
    hall = b.site("Briefing Centre", 29.661, 106.53)
    dai = b.person("Dai Jiuyue")
    b.person("Shang Yong")
    if title:
        b.people[dai - 1] = replace(b.people[dai - 1], title=title)
    b.item("Visit", "2021-03-27 10:00", "2021-03-27 11:30", site=park, kind="visit")
    b.item("Briefing", "2021-03-27 11:45", "2021-03-27 12:30", site=hall)
    b.items[0] = replace(b.items[0], description=description, notes=notes)
    return b.snapshot()


def test_a_5000_character_description_splits_across_pages(pdftext: Callable[..., str]) -> None:
    snap = tour_with(description=LONG)
    # With a page address, so the QR block takes its place as on a published tour.
    data = build_delegate_briefing(snap, 1, calendar="https://tour.example.org/p/token/")
    assert pages(data) >= 5
    text = squash(pdftext(data))
    assert squash(LONG[:300]) in text and squash(LONG[-300:]) in text
    booklet = build_booklet(snap)
    assert squash(LONG[-300:]) in squash(pdftext(booklet))


def test_a_table_row_taller_than_a_page_splits_inside_the_row(
    pdftext: Callable[..., str],
) -> None:
    notes = LONG * 2  # 10,000 characters in one narrow run-sheet cell
    data = build_runsheet(tour_with(notes=notes))
    assert pages(data) >= 4
    assert squash(notes[-200:]) in squash(pdftext(data))


def test_a_huge_title_in_the_whos_who_and_the_visitors_table(
    pdftext: Callable[..., str],
) -> None:
    snap = tour_with(title=LONG)
    for data in (build_delegate_briefing(snap, 2), build_host_briefing(snap, 1)):
        assert squash(LONG[-200:]) in squash(pdftext(data))


def crowded_day() -> TourSnapshot:
    b = TourBuilder()
    people = [b.person(f"Delegate {n}") for n in range(3)]
    for n in range(40):
        sid = b.site(f"Stop {n + 1}", 29.60 + (n % 7) * 0.01, 106.50 + (n // 7) * 0.012)
        start = 7 * 60 + n * 20
        b.item(
            f"Item {n + 1}",
            f"2021-03-27 {start // 60:02d}:{start % 60:02d}",
            f"2021-03-27 {(start + 15) // 60:02d}:{(start + 15) % 60:02d}",
            site=sid,
            who=people,
        )
    return b.snapshot()


def test_a_day_with_40_items(pdftext: Callable[..., str]) -> None:
    snap = crowded_day()
    facts = TourIndex(snap).delegate(1, "x.ics")
    (day,) = facts.programme.days
    assert len(day.entries) == 40 and len(day.stops) == 40
    data = build_delegate_briefing(snap, 1)
    text = squash(pdftext(data))
    for n in (1, 20, 40):
        assert squash(f"Item {n}") in text
    assert pages(data) >= 4
    build_booklet(snap)
    build_runsheet(snap)


def test_sites_without_coordinates_get_no_sketch_and_no_crash(
    pdftext: Callable[..., str],
) -> None:
    b = TourBuilder()
    known = b.site("Mapped Park", 29.65, 106.52)
    unknown = b.site("Unmapped Hall")
    elsewhere = b.site("Unmapped Museum")
    b.person("Dai Jiuyue")
    b.item("Walk", "2021-03-27 10:00", "2021-03-27 11:00", site=known)
    b.item("Talk", "2021-03-27 11:30", "2021-03-27 12:00", site=unknown)
    b.item("Museum", "2021-03-28 10:00", "2021-03-28 11:00", site=elsewhere)
    snap = b.snapshot()
    first, second = TourIndex(snap).delegate(1, "x.ics").programme.days
    assert [s.name for s in first.stops] == ["Mapped Park"]
    assert first.unmapped == ("Unmapped Hall",)
    assert second.stops == ()  # nothing to draw: no sketch that day
    text = pdftext(build_delegate_briefing(snap, 1, PdfOptions(lang="en")))
    assert "Not on the sketch (no coordinates): Unmapped Hall" in text
    assert "travel time unknown" in text
    build_booklet(snap)
    build_host_briefing(snap, unknown)
    build_runsheet(snap)


def test_an_empty_tour_is_a_clear_error() -> None:
    snap = TourBuilder().snapshot()
    for build in (
        lambda: build_delegate_briefing(snap, 1),
        lambda: build_booklet(snap),
        lambda: build_host_briefing(snap, 1),
        lambda: build_runsheet(snap),
    ):
        with pytest.raises(TourplannerError, match="no schedule items"):
            build()


def test_a_person_without_items_is_a_clear_error() -> None:
    snap = tour_with()
    b = TourBuilder()
    b.person("Nobody", role="media")  # not a delegate, so the delegation does not bring him
    lonely = replace(snap, participants=(*snap.participants, replace(b.people[0], id=99)))
    with pytest.raises(TourplannerError, match="attends no items"):
        build_delegate_briefing(lonely, 99)


def test_a_day_without_any_located_item_has_nothing_next() -> None:
    """A driver's day may hold only items without a place: no "next stop" to find."""
    from tourplanner.export.pdf import TourIndex

    assert TourIndex._next_any([]) == {}
