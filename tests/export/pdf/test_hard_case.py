"""The typesetting hard case of issue 15 (tests/data/hard-case.tour.json: a 600-word
description, 40 attendees, an 18-item day), read back page by page with pdftotext.

No heading may be the last line of a page, no line may start with a hyphen or a middle
dot, and the run sheet repeats its day on every page and shows problems by item.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from pypdf import PdfReader

from tourplanner.core.model import TourSnapshot
from tourplanner.export.pdf import (
    PdfOptions,
    TourIndex,
    build_booklet,
    build_host_briefing,
    build_runsheet,
    render,
)
from tourplanner.export.pdf.document import HEADER, MARGIN
from tourplanner.export.pdf.labels import LABELS, Labels
from tourplanner.imports.tourfile_reader import read_tour_file

from .conftest import site, squash

HARD_CASE = Path(__file__).resolve().parents[2] / "data" / "hard-case.tour.json"
DENSE_DAY = date(2021, 3, 28)
# Section headings of the briefings and the run sheet, by label key.
HEADINGS = ("itinerary", "programme", "sites", "all_sites", "whos_who", "delegation",
            "team", "practical", "visits", "visitors", "languages", "needs", "organiser",
            "problems", "contacts", "site_contacts", "contents")  # fmt: skip
# A cell or line of pdftotext -layout output: runs of two or more spaces separate cells.
CELL_START_DASH = re.compile(r"(?:^|\s{2,})[-‐·]")


@pytest.fixture(scope="module")
def hard() -> TourSnapshot:
    return read_tour_file(HARD_CASE.read_bytes(), HARD_CASE.name)


@pytest.fixture(scope="module")
def documents(hard: TourSnapshot) -> dict[str, bytes]:
    index = TourIndex(hard)
    delegate = next(p for p in index.delegates if p.key == "hard-00")
    return {
        "delegate": render(index.delegate(delegate.id, "hard-00.ics"), PdfOptions()),
        "booklet": build_booklet(hard),
        "host": build_host_briefing(hard, site(hard, "belt-road-centre").id),
        "runsheet": build_runsheet(hard),
    }


def test_the_hard_case_is_hard(hard: TourSnapshot) -> None:
    assert len(hard.participants) >= 40
    assert sum(1 for i in hard.items if i.starts_at.date() == DENSE_DAY) == 18
    assert max(len(i.description.split()) for i in hard.items) >= 600
    assert len(hard.tour.description.split()) >= 600


def pages(data: bytes, pdftext: Callable[..., str]) -> list[list[str]]:
    """Per page, the non-empty lines of its body frame (pdftotext -layout, cropped to the
    frame, so the running header and footer, whatever they say, are left out)."""
    out = []
    for n, page in enumerate(PdfReader(io.BytesIO(data)).pages, 1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        top = MARGIN + HEADER - 2
        crop = ["-x", "0", "-y", str(int(top)), "-W", str(int(width))]
        crop += ["-H", str(int(height - MARGIN + 2 - top))]
        text = pdftext(data, "-f", str(n), "-l", str(n), "-layout", *crop)
        out.append([line for line in text.splitlines() if line.strip()])
    return out


def heading_texts(hard: TourSnapshot) -> list[str]:
    """Every heading a document of the hard case can print, squashed (a line that is a
    heading, or the start of a wrapped one, is a prefix of one of these)."""
    out = []
    for lang in ("en", "zh", "both"):
        lab = Labels(lang)
        out += [lab(key) for key in HEADINGS if key in LABELS]
        out += [lab.day(d) for d in sorted({i.starts_at.date() for i in hard.items})]
    out += [f"{s.name} {s.local_name}".strip() for s in hard.sites]
    return [squash(h) for h in out if h.strip()]


def title_texts(hard: TourSnapshot) -> list[str]:
    return [squash(f"{i.title}{i.local_title}") for i in hard.items]


@pytest.mark.parametrize("kind", ["delegate", "booklet", "host", "runsheet"])
def test_no_page_ends_with_a_heading_or_an_items_title(
    kind: str, documents: dict[str, bytes], hard: TourSnapshot, pdftext: Callable[..., str]
) -> None:
    headings = heading_texts(hard)
    titles = title_texts(hard)
    doc = pages(documents[kind], pdftext)
    first = 2 if kind in ("delegate", "booklet") else 1  # after the cover
    contents = squash(Labels("both")("contents"))
    for n, lines in enumerate(doc[first - 1 : -1], first):  # the last page may end anywhere
        if squash(lines[0]).startswith(contents):
            continue  # the contents page is a list of headings
        last = squash(lines[-1])
        for line in lines[-3:]:  # a heading needs more than two lines under it
            assert not any(h.startswith(squash(line)) for h in headings), (
                f"{kind} p{n} ends with a heading and too little under it: {line.strip()!r}"
            )
        assert not any(h.startswith(last) for h in headings), (
            f"{kind} p{n} ends with a heading: {lines[-1].strip()!r}"
        )
        assert not re.match(r"\d\d:\d\d[–-]", last), f"{kind} p{n} ends with a title line"
        if not any(re.search(r"\d\d:\d\d–\d\d:\d\d", line) for line in lines):
            continue  # no programme on this page (a table of contacts may name a place)
        assert not any(last in t for t in titles if len(last) >= 3), (
            f"{kind} p{n} ends with an item's title: {lines[-1].strip()!r}"
        )


@pytest.mark.parametrize("kind", ["delegate", "booklet", "host", "runsheet"])
def test_no_line_starts_with_a_hyphen_or_a_middle_dot(
    kind: str, documents: dict[str, bytes], pdftext: Callable[..., str]
) -> None:
    for n, lines in enumerate(pages(documents[kind], pdftext), 1):
        for line in lines:
            assert not CELL_START_DASH.search(line), f"{kind} p{n}: {line.strip()!r}"


def test_glued_phrases_stay_on_one_line(
    documents: dict[str, bytes], pdftext: Callable[..., str]
) -> None:
    text = "\n".join(pdftext(documents[k]) for k in ("delegate", "booklet", "runsheet"))
    assert "8 Belt and Road Avenue" in text.replace("\n", " ")
    lines = text.splitlines()
    for line, following in pairwise(lines):
        stripped = line.rstrip()
        assert not stripped.endswith(("≈", "+86")), stripped
        assert not re.search(r"\+86 (23|139)( \d{4})?$", stripped), stripped
        assert not following.strip().startswith("min"), following  # "≈ 6" / "min"
        if re.search(r"(^|\s)\d+$", stripped):  # a stop's number and its name
            assert not following.strip().startswith("Belt and Road"), stripped


def day_pages(doc: list[list[str]], day: date) -> list[int]:
    """The pages (1-based) that hold a row of ``day`` in the run sheet."""
    clocks = re.compile(r"^\s*\d\d:\d\d–\d\d:\d\d")
    label = squash(Labels("en").day(day))
    out, current = [], None
    for n, lines in enumerate(doc, 1):
        for line in lines:
            if squash(line).startswith(label):
                current = day
            elif re.match(r"\s*(Saturday|Sunday|Monday|Open problems)", line):
                current = None
            if current == day and clocks.match(line) and n not in out:
                out.append(n)
    return out


def test_run_sheet_fits_the_18_item_day_in_three_pages_each_with_its_day(
    documents: dict[str, bytes], pdftext: Callable[..., str]
) -> None:
    doc = pages(documents["runsheet"], pdftext)
    on = day_pages(doc, DENSE_DAY)
    assert on and len(on) <= 3, on
    short = Labels("both").short_day(DENSE_DAY)
    for n in on:  # the repeating header row names the day on every page
        assert any(short in line for line in doc[n - 1]), (n, doc[n - 1][:3])


def test_run_sheet_shows_problems_on_their_rows_by_title_and_interpreters(
    documents: dict[str, bytes], hard: TourSnapshot, pdftext: Callable[..., str]
) -> None:
    doc = pages(documents["runsheet"], pdftext)
    text = "\n".join("\n".join(lines) for lines in doc)
    assert "travel-too-short" not in text and "unseated" not in text  # codes mean nothing
    on = day_pages(doc, DENSE_DAY)
    rows = "\n".join("\n".join(doc[n - 1]) for n in on)
    assert "Error 错误: Travel too short" in rows  # on the rows of the day, not only at the end
    assert "Sun Li 孙丽 (Interpreter 翻译)" in rows
    assert "Yang Xue 杨雪 (Interpreter 翻译)" in rows
