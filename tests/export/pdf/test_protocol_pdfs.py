"""The printed protocol documents of issue 19, read back with poppler: the seating
chart with its index, name cards, place cards and badges."""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from tourplanner.core import seating as s
from tourplanner.core.address import forms_of_address
from tourplanner.core.errors import ValidationError
from tourplanner.core.model import ItemTable, ScheduleItem, Seat, TourSnapshot
from tourplanner.core.precedence import in_precedence
from tourplanner.export.pdf.options import PdfOptions
from tourplanner.services.protocol import render_protocol

from .conftest import needs_poppler, squash

DINNER = "Welcome dinner"


def _item(snap: TourSnapshot, title: str) -> ScheduleItem:
    return next(it for it in snap.items if it.title == title)


def seated(snap: TourSnapshot, tables: str) -> tuple[TourSnapshot, ScheduleItem, s.SeatingPlan]:
    """The sample with a proposed plan for the welcome dinner stored in it."""
    item = _item(snap, DINNER)
    plan = s.propose(snap, item, s.parse_tables(tables))
    stored = dataclasses.replace(
        snap,
        item_tables=tuple(
            ItemTable(item.id, t.spec.number, t.spec.shape.value, t.spec.seats) for t in plan.tables
        ),
        seats=tuple(
            Seat(item.id, t.spec.number, n, pid)
            for t in plan.tables
            for n, pid in enumerate(t.seats, start=1)
            if pid is not None
        ),
    )
    return stored, item, plan


def pages_text(data: bytes, pdftext: Callable[..., str]) -> list[str]:
    return pdftext(data, "-layout").split("\f")[: -1 or None]


@needs_poppler
def test_seating_chart_draws_every_seat_and_indexes_names_with_table_and_seat(
    snap: TourSnapshot, pdftext: Callable[..., str], pdffonts: Callable[..., object]
) -> None:
    stored, item, plan = seated(snap, "1x12long,1x10")
    data = render_protocol(stored, "seating", item, PdfOptions())
    text = pdftext(data, "-layout")
    people = snap.participants_by_id
    assert squash("Welcome dinner") in squash(text) and "Seating chart" in text
    index = text[text.index("Index of names") :]
    seats = s.seat_of(plan)
    assert len(seats) == 16
    for pid, (table, seat) in seats.items():
        forms = forms_of_address(people[pid])
        # Drawn at the table, in both scripts.
        assert squash(forms.card_en) in squash(text[: text.index("Index of names")])
        if forms.card_zh:
            assert forms.card_zh in text
        # The index line: name, local name, organisation, then table and seat.
        (row,) = [ln for ln in index.splitlines() if ln.strip().startswith(forms.card_en + " ")]
        assert re.search(rf"\s{table}\s+{seat}\s*$", row), row
    # The principal host has seat 1 at table 1 and the principal guest the last seat.
    head = forms_of_address(people[plan.principal_host or 0]).card_en
    guest = forms_of_address(people[plan.principal_guest or 0]).card_en
    assert re.search(r"\s1\s+1\s*$", next(ln for ln in index.splitlines() if head in ln))
    assert re.search(r"\s1\s+12\s*$", next(ln for ln in index.splitlines() if guest in ln))
    assert b"/Lang (en)" in data
    assert all(embedded == "yes" for _name, embedded in pdffonts(data))


@needs_poppler
def test_name_cards_come_in_precedence_order_with_the_name_twice_in_both_scripts(
    snap: TourSnapshot, pdftext: Callable[..., str]
) -> None:
    data = render_protocol(snap, "namecards", None, PdfOptions())
    pages = pdftext(data).split("\f")[:-1]
    principals = [
        p for p in in_precedence(snap.participants) if p.role.value in ("delegate", "host")
    ]
    assert len(pages) == len(principals) > 10
    for page, p in zip(pages, principals, strict=True):
        forms = forms_of_address(p)
        assert forms.card_en.startswith(f"{forms.honorific_en} ") or not forms.honorific_en
        # Folded: the name on both faces, the upper one upside down.
        assert squash(page).count(squash(forms.card_en)) == 2, (p.key, page)
        if p.local_name:
            assert squash(page).count(p.local_name) == 2
    # For one item: its attendees, in order of precedence.
    dinner = _item(snap, DINNER)
    data = render_protocol(snap, "namecards", dinner, PdfOptions())
    pages = pdftext(data).split("\f")[:-1]
    attendees = in_precedence(snap.participants_by_id[i] for i in snap.attendee_ids(dinner))
    assert len(pages) == len(attendees)
    for page, p in zip(pages, attendees, strict=True):
        assert squash(forms_of_address(p).card_en) in squash(page)


@needs_poppler
def test_place_cards_carry_name_table_and_seat(
    snap: TourSnapshot, pdftext: Callable[..., str]
) -> None:
    stored, item, plan = seated(snap, "2x10")
    data = render_protocol(stored, "placecards", item, PdfOptions(lang="en"))
    people = snap.participants_by_id
    expected = [
        (t.spec.number, n, pid)
        for t in plan.tables
        for n, pid in enumerate(t.seats, start=1)
        if pid is not None
    ]
    assert len(expected) == 16
    assert len(pdftext(data).split("\f")[:-1]) == 4  # four cards to an A4 sheet
    for k, (table, seat, pid) in enumerate(expected):
        page, cell = divmod(k, 4)
        # The card's own quarter of the sheet (pdftotext crops in points from the top).
        x, y = (cell % 2) * 298, (cell // 2) * 421
        box = ["-f", str(page + 1), "-l", str(page + 1), "-x", str(x), "-y", str(y)]
        text = squash(pdftext(data, *box, "-W", "297", "-H", "420"))
        assert len(re.findall(rf"Table{table}·Seat{seat}(?!\d)", text)) == 2, text  # each face
        forms = forms_of_address(people[pid])
        assert text.count(squash(forms.card_en)) == 2, text
        if forms.card_zh:
            assert text.count(forms.card_zh) == 2, text


def _dark_share(png: bytes, box: tuple[float, float, float, float]) -> float:
    """How much of a box (fractions of the page) is dark."""
    image = Image.open(io.BytesIO(png)).convert("L")
    w, h = image.size
    crop = image.crop((int(box[0] * w), int(box[1] * h), int(box[2] * w), int(box[3] * h)))
    values = list(crop.tobytes())
    return sum(v < 100 for v in values) / len(values)


def _page_png(data: bytes, page: int, tmp: Path) -> bytes:
    pdf = tmp / "badge.pdf"
    pdf.write_bytes(data)
    out = subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-f", str(page), "-l", str(page), str(pdf)],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return out.stdout


@needs_poppler
def test_badges_are_a6_in_precedence_order_with_a_qr_code_only_once_published(
    snap: TourSnapshot, pdftext: Callable[..., str], tmp_path: Path
) -> None:
    data = render_protocol(snap, "badges", None, PdfOptions())
    pages = pdftext(data).split("\f")[:-1]
    everyone = in_precedence(snap.participants)
    assert len(pages) == len(everyone)
    for page, p in zip(pages, everyone, strict=True):
        forms = forms_of_address(p)
        assert squash(forms.card_en) in squash(page)
        if p.local_name:
            assert p.local_name in page
        assert squash(p.organisation) in squash(page)
    assert "Delegate 代表" in pages[0].replace("·", "").replace("  ", " ")
    size = subprocess.run(
        ["pdfinfo", "-"], input=data, capture_output=True, check=True, timeout=60
    ).stdout.decode()
    assert re.search(r"Page size:\s+297\.6\d* x 419\.5\d* pts", size), size
    # Not published: no code and no box for one.
    unpublished = _dark_share(_page_png(data, 1, tmp_path), (0.3, 0.7, 0.7, 0.95))
    assert unpublished == 0
    # Published: the code that opens the person's page.
    tour = dataclasses.replace(snap.tour, publish_base_url="https://tour.example.org/p/")
    people = tuple(
        dataclasses.replace(p, publish_token=f"t{p.id:04d}aaaaaaaaaaaa") for p in snap.participants
    )
    live = dataclasses.replace(snap, tour=tour, participants=people)
    published = render_protocol(live, "badges", None, PdfOptions())
    assert _dark_share(_page_png(published, 1, tmp_path), (0.38, 0.78, 0.62, 0.94)) > 0.3


def test_a_chart_or_place_cards_need_a_stored_plan_and_an_item(snap: TourSnapshot) -> None:
    dinner = _item(snap, DINNER)
    for kind in ("seating", "placecards"):
        with pytest.raises(ValidationError, match="'Welcome dinner' has no seating plan"):
            render_protocol(snap, kind, dinner, PdfOptions())
        with pytest.raises(ValidationError, match=f"--kind {kind} needs --item"):
            render_protocol(snap, kind, None, PdfOptions())
    with pytest.raises(ValidationError, match="--item is not used with --kind badges"):
        render_protocol(snap, "badges", dinner, PdfOptions())


@needs_poppler
def test_the_run_sheet_prints_receiving_lines_hosts_first(
    snap: TourSnapshot, pdftext: Callable[..., str]
) -> None:
    from tourplanner.export.pdf import build_runsheet

    text = squash(pdftext(build_runsheet(snap, PdfOptions(lang="en"))))
    lines = text[text.index("Receivinglines") :]
    dinner = lines[lines.index("Welcomedinner") :]
    # The principal host, then the guests by precedence (the sample's ranked delegates).
    assert dinner.startswith("WelcomedinnerJialingBanquetHall")
    assert dinner.index("1.HeWei") < dinner.index("2.ShangYong") < dinner.index("3.XuLei")
    assert dinner.index("3.XuLei") < dinner.index("4.DaiJiuyue") < dinner.index("5.MengLinghua")
