"""Delegate briefings of the sample tour, read back with poppler and pypdf."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from tourplanner.core.enums import ItemStatus
from tourplanner.core.model import TourSnapshot
from tourplanner.export.pdf import PdfOptions, TourIndex, build_delegate_briefing, render
from tourplanner.export.pdf.facts import display_name

from .conftest import body_text, person, site, squash


def titles_of(snap: TourSnapshot, pid: int) -> tuple[set[str], set[str]]:
    """The titles of the items a person attends, and of those they do not."""
    mine, others = set(), set()
    for item in snap.items:
        if item.status is ItemStatus.CANCELLED:
            continue
        (mine if pid in snap.attendee_ids(item) else others).add(item.title)
    return mine, others - mine


@pytest.mark.parametrize("key", ["dai-jiuyue", "chen-wancai"])
def test_a_briefing_holds_the_persons_own_programme_only(
    snap: TourSnapshot, delegate_pdfs: dict[str, bytes], pdftext: Callable[..., str], key: str
) -> None:
    p = person(snap, key)
    text = squash(pdftext(delegate_pdfs[key]))
    mine, not_mine = titles_of(snap, p.id)
    assert squash(p.full_name) in text
    assert "两江新区" in text
    assert mine and not_mine  # Group A and Group B differ on 28 March
    for title in mine:
        assert squash(title) in text, title
    for title in not_mine:
        assert squash(title) not in text, title


def test_group_a_and_group_b_get_their_own_28_march(
    snap: TourSnapshot, delegate_pdfs: dict[str, bytes], pdftext: Callable[..., str]
) -> None:
    a = squash(pdftext(delegate_pdfs["dai-jiuyue"]))
    b = squash(pdftext(delegate_pdfs["chen-wancai"]))
    assert squash("Free time in the bonded-goods halls (Group A)") in a
    assert squash("Press interviews (Group B)") not in a
    assert squash("Press interviews (Group B)") in b
    assert squash("Interview with iChongqing: Dai Jiuyue") not in b


def test_descriptions_are_shown_and_organiser_notes_are_not(
    snap: TourSnapshot, delegate_pdfs: dict[str, bytes], pdftext: Callable[..., str]
) -> None:
    text = squash(pdftext(delegate_pdfs["dai-jiuyue"]))
    pid = person(snap, "dai-jiuyue").id
    for item in snap.items:
        if pid in snap.attendee_ids(item):
            if item.description:
                assert squash(item.description) in text, item.title
            if item.notes:
                assert squash(item.notes) not in text, item.notes


def test_cover_shows_both_scripts_dates_and_organiser(
    snap: TourSnapshot, delegate_pdfs: dict[str, bytes], pdftext: Callable[..., str]
) -> None:
    cover = pdftext(delegate_pdfs["chen-wancai"], "-f", "1", "-l", "1")
    flat = squash(cover)
    assert squash(snap.tour.name) in flat and snap.tour.local_name in flat
    assert "Chen Wancai" in cover and "陈万才" in cover
    assert "27–28 March 2021" in cover and "2021年3月27日至28日" in cover
    assert snap.tour.organiser_phone in cover and snap.tour.organiser_email in cover


def test_names_print_with_the_local_script_beside_them(
    snap: TourSnapshot, delegate_pdfs: dict[str, bytes], pdftext: Callable[..., str]
) -> None:
    text = pdftext(delegate_pdfs["dai-jiuyue"])
    assert "Huang Meiling 黄美玲" in text  # who's who: name with the Chinese beside it
    assert "Dai Jiuyue 戴" not in text  # the sample has no local name for her: name alone
    assert display_name("Dai Jiuyue", "戴九月") == "Dai Jiuyue 戴九月"
    assert display_name("Dai Jiuyue", "") == "Dai Jiuyue"


def test_every_font_is_embedded(
    delegate_pdfs: dict[str, bytes], pdffonts: Callable[[bytes], list[tuple[str, str]]]
) -> None:
    for key, data in delegate_pdfs.items():
        fonts = pdffonts(data)
        assert fonts, key
        assert all(emb == "yes" for _name, emb in fonts), (key, fonts)
        # The main face, and the Latin face for curly quotes in English text (issue 15).
        assert all("WenQuanYi" in name or "DejaVuSans" in name for name, _emb in fonts), fonts


def outline_titles(reader: PdfReader) -> list[str]:
    out: list[str] = []

    def walk(entries: list) -> None:
        for e in entries:
            if isinstance(e, list):
                walk(e)
            else:
                out.append(e.title)

    walk(reader.outline)
    return out


def test_pages_contents_and_outline(
    delegate_pdfs: dict[str, bytes], pdftext: Callable[..., str]
) -> None:
    data = delegate_pdfs["dai-jiuyue"]
    reader = PdfReader(io.BytesIO(data))
    assert 6 <= len(reader.pages) <= 12
    titles = outline_titles(reader)
    for wanted in (
        "Your programme 您的日程",
        "Saturday 27 March 2021 · 2021年3月27日 星期六",
        "Sunday 28 March 2021 · 2021年3月28日 星期日",
        "Places you visit 参访地点",
        "Lijia Smart Park 礼嘉智慧公园",
        "Who's who 人员名录",
        "Practical information 实用信息",
    ):
        assert wanted in titles, titles
    # The contents page gives real page numbers: the heading is on the page it names.
    contents = pdftext(data, "-f", "2", "-l", "2", "-layout").splitlines()
    checked = 0
    for line in contents:
        for heading in ("Who's who 人员名录", "Practical information 实用信息"):
            if line.strip().startswith(heading):
                page = int(line.split()[-1])
                assert heading in pdftext(data, "-f", str(page), "-l", str(page))
                checked += 1
    assert checked == 2, contents
    footer = squash(pdftext(data, "-f", "3", "-l", "3"))
    assert f"3/{len(reader.pages)}" in footer  # "page / total", the total filled in last


def test_qr_code_holds_the_calendar_value(
    snap: TourSnapshot, page_png: Callable[..., object], pdftext: Callable[..., str]
) -> None:
    p = person(snap, "meng-linghua")
    data = build_delegate_briefing(snap, p.id, calendar="https://example.org/cal/meng.ics")
    found = zxingcpp.read_barcodes(Image.open(page_png(data, 1, 150)))
    assert [r.text for r in found] == ["https://example.org/cal/meng.ics"]
    # Without a base URL there is no page to open: no QR code, never a bare file name.
    assert not snap.tour.publish_base_url
    default = build_delegate_briefing(snap, p.id)
    found = zxingcpp.read_barcodes(Image.open(page_png(default, 1, 150)))
    assert found == []
    assert "meng-linghua.ics" not in pdftext(default)
    # With one, the code opens the person's own page (the base URL plus their token).
    token = "Meng-Linghua_token_0123456789"
    published = replace(
        snap,
        tour=replace(snap.tour, publish_base_url="https://tour.example.org/p/"),
        participants=tuple(
            replace(x, publish_token=token) if x.id == p.id else x for x in snap.participants
        ),
    )
    data = build_delegate_briefing(published, p.id)
    found = zxingcpp.read_barcodes(Image.open(page_png(data, 1, 150)))
    assert [r.text for r in found] == [f"https://tour.example.org/p/{token}/"]


def test_qr_code_with_chinese_text_decodes(
    snap: TourSnapshot, page_png: Callable[..., object]
) -> None:
    p = person(snap, "lin-xiaowen")
    data = build_delegate_briefing(snap, p.id, calendar="林晓雯.ics")
    found = zxingcpp.read_barcodes(Image.open(page_png(data, 1, 150)))
    assert [r.text for r in found] == ["林晓雯.ics"]


def test_qr_code_of_a_chinese_url_at_a_version_boundary_decodes(
    snap: TourSnapshot, page_png: Callable[..., object]
) -> None:
    # reportlab's own version estimate leaves out the UTF-8 ECI header, and this value
    # overflows the version it picks ("code length overflow").
    url = "https://cal.example.org/" + "日程" * 13 + ".ics"
    p = person(snap, "lin-xiaowen")
    data = build_delegate_briefing(snap, p.id, calendar=url)
    found = zxingcpp.read_barcodes(Image.open(page_png(data, 1, 200)))
    assert [r.text for r in found] == [url]


def private_strings(snap: TourSnapshot, reader_id: int) -> set[str]:
    """Other participants' emails, phones, dietary and accessibility needs."""
    me = snap.participants_by_id[reader_id]
    own = {me.email, me.phone, me.dietary, me.accessibility}
    out: set[str] = set()
    for p in snap.participants:
        if p.id != reader_id:
            out |= {v for v in (p.email, p.phone, p.dietary, p.accessibility) if v.strip()}
    return out - own


def test_privacy_no_other_participants_contacts_or_needs(
    snap: TourSnapshot, delegate_pdfs: dict[str, bytes], pdftext: Callable[..., str]
) -> None:
    for key, data in delegate_pdfs.items():
        me = person(snap, key)
        text = squash(pdftext(data))
        leaks = [s for s in private_strings(snap, me.id) if squash(s) in text]
        assert not leaks, (key, leaks)
        if me.dietary:
            assert squash(me.dietary) in text  # their own needs, so they can correct them


def test_privacy_holds_in_the_facts_too(snap: TourSnapshot) -> None:
    """The facts a renderer gets hold nothing private about others (so no layout can
    leak it)."""
    index = TourIndex(snap)
    for p in index.delegates:
        facts = repr(index.delegate(p.id, "x.ics"))
        leaks = [s for s in private_strings(snap, p.id) if s in facts]
        assert not leaks, (p.key, leaks)


def test_same_input_gives_identical_bytes(snap: TourSnapshot) -> None:
    p = person(snap, "xu-lei")
    index = TourIndex(snap)
    first = render(index.delegate(p.id, "xu-lei.ics"), PdfOptions())
    again = render(TourIndex(snap).delegate(p.id, "xu-lei.ics"), PdfOptions())
    assert first == again


@pytest.mark.parametrize(
    ("options", "width", "label"),
    [
        (PdfOptions(paper="a4", lang="en"), 595, "Your programme"),
        (PdfOptions(paper="letter", lang="zh"), 612, "您的日程"),
        (PdfOptions(paper="letter", lang="both"), 612, "Your programme 您的日程"),
    ],
)
def test_paper_and_language_options(
    snap: TourSnapshot,
    pdftext: Callable[..., str],
    options: PdfOptions,
    width: int,
    label: str,
) -> None:
    p = person(snap, "shang-yong")
    data = build_delegate_briefing(snap, p.id, options)
    reader = PdfReader(io.BytesIO(data))
    assert round(float(reader.pages[0].mediabox.width)) == width
    text = pdftext(data)
    assert label in text
    if options.lang == "en":
        assert "您的日程" not in text and "Practical information" in text
    if options.lang == "zh":
        assert "Your programme" not in text and "实用信息" in text
        assert "参观礼嘉智慧公园" in text  # item titles in Chinese


def test_itinerary_shows_the_local_address_beside_the_english_one(
    snap: TourSnapshot, delegate_pdfs: dict[str, bytes], pdftext: Callable[..., str]
) -> None:
    """Issue 15: a Chinese street address in a delegate briefing, the meeting point, and
    the 24-hour mobile as the emergency contact."""
    text = squash(pdftext(delegate_pdfs["shang-yong"]))
    # Read without page heads and feet: an entry may run on over a page break.
    body = squash(body_text(pdftext(delegate_pdfs["shang-yong"])))
    for key in ("lijia-smart-park", "clciz", "nusri-chongqing"):
        s = site(snap, key)
        entry = squash(f"{s.name} {s.local_name} · {s.address} · {s.local_address}")
        assert entry in body, key
    assert squash("重庆市两江新区礼嘉街道礼嘉智慧公园") in text
    assert squash("Meeting point 集合地点") in text or squash("Meeting point") in text
    assert squash(site(snap, "lijia-smart-park").local_meeting_point) in text
    # Emergency is the 24-hour mobile, not the organiser's office line.
    emergency = text[text.rindex("Emergency") :][:120]
    assert squash(snap.tour.hotline) in emergency
    assert squash(snap.tour.organiser_phone) not in emergency
    # And the footer of every page gives the same mobile.
    pages = text.count(squash("Delegate briefing"))
    assert pages >= 3 and text.count(squash(snap.tour.hotline)) >= pages


def test_each_day_opens_with_its_note(
    snap: TourSnapshot, delegate_pdfs: dict[str, bytes], pdftext: Callable[..., str]
) -> None:
    text = squash(pdftext(delegate_pdfs["shang-yong"]))
    first, second = snap.tour.day_notes
    for note in (first, second):
        assert squash(f"Weather 天气: {note.weather}") in text
        assert squash(f"Bring 请携带: {note.bring}") in text
    # The note comes under its own day's heading, before the day's first item.
    assert text.index(squash(first.weather)) < text.index(squash(second.weather))
