"""The booklet, host briefings and the run sheet."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace

import pytest
from pypdf import PdfReader

from tests.core.builders import TourBuilder
from tourplanner.core.checks import check_tour
from tourplanner.core.enums import ItemStatus
from tourplanner.core.model import TourSnapshot
from tourplanner.export.pdf import (
    PdfOptions,
    build_booklet,
    build_host_briefing,
    build_runsheet,
)

from .conftest import person, site, squash


def test_booklet_has_every_groups_items(snap: TourSnapshot, pdftext: Callable[..., str]) -> None:
    text = squash(pdftext(build_booklet(snap)))
    for item in snap.items:
        if item.status is not ItemStatus.CANCELLED:
            assert squash(item.title) in text, item.title
    assert squash("With 参加: Group A A组") in text or squash("Group A A组") in text
    assert "两江新区" in text
    for s in snap.sites:  # the local address beside the English one (issue 15)
        if any(it.site_id == s.id for it in snap.items if it.status is not ItemStatus.CANCELLED):
            assert squash(s.local_address) in text, s.key
    for p in snap.participants:  # a booklet goes to everyone: no one's contacts or needs
        for private in (p.email, p.phone, p.dietary, p.accessibility):
            if private.strip():
                assert squash(private) not in text, private


def test_host_briefing_lists_visits_visitors_and_needs(
    snap: TourSnapshot, pdftext: Callable[..., str]
) -> None:
    nusri = site(snap, "nusri-chongqing")
    data = build_host_briefing(snap, nusri.id, PdfOptions(lang="en"))
    text = pdftext(data)
    flat = squash(text)
    assert squash("Meeting at NUSRI Chongqing") in flat
    assert "16:25–17:35" in text  # arrival time
    # Visitors by order of precedence: ranked delegates first, by rank, each in the
    # name-card form with the salutation to greet them by (forms of address, issue 19).
    names = ("SHANG Yong", "Ms XU Lei", "DAI Jiuyue", "MENG Linghua", "Mr CHEN Wancai")
    order = [flat.index(squash(n)) for n in names]
    assert order == sorted(order)
    assert squash("Mr CHEN Wancai") + squash("Dear Mr Chen") in flat
    for key in ("lin-xiaowen", "wu-jianguo", "ma-jun"):
        p = person(snap, key)
        for need in (p.dietary, p.accessibility):
            if need:
                assert squash(need) in flat, need
    assert "Russian" in text and "Yang Xue" in text  # languages and interpreters
    assert snap.tour.organiser_phone in text
    for p in snap.participants:  # needs yes, contact details no
        assert squash(p.email) not in flat


def test_host_briefing_has_needs_of_its_own_visitors_only(pdftext: Callable[..., str]) -> None:
    b = TourBuilder()
    park = b.site("Park", 29.65, 106.52)
    museum = b.site("Museum", 29.66, 106.53)
    a1, a2 = b.person("Alice Ang"), b.person("Aaron Au")
    b1 = b.person("Bella Bo")
    b.people[a1 - 1] = replace(b.people[a1 - 1], dietary="Vegan, strictly.")
    b.people[b1 - 1] = replace(
        b.people[b1 - 1], dietary="Kosher meals.", accessibility="Wheelchair user."
    )
    ga, gb = b.group("A", [a1, a2]), b.group("B", [b1])
    b.item("Park walk", "2021-03-27 10:00", "2021-03-27 11:00", site=park, who=[("group", ga)])
    b.item("Museum", "2021-03-27 10:00", "2021-03-27 11:00", site=museum, who=[("group", gb)])
    snap = b.snapshot()
    text = squash(pdftext(build_host_briefing(snap, park)))
    assert squash("Vegan, strictly.") in text
    assert squash("Kosher meals.") not in text and squash("Wheelchair user.") not in text
    assert "BellaBo" not in text


def test_runsheet_is_landscape_with_problems_contacts_and_notes(
    snap: TourSnapshot, pdftext: Callable[..., str]
) -> None:
    data = build_runsheet(snap, PdfOptions(paper="letter", lang="en"))
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    text = pdftext(data)
    flat = squash(text)
    problems = check_tour(snap)
    assert problems
    for p in problems:
        assert squash(p.message) in flat, p.message
    assert squash("Meet at the VIP desk, arrivals hall") in flat  # organisers' notes
    assert "Deng Qiang" in text and "Coach driver (coach 1)" in text  # drivers
    assert squash("Liu Fang 刘芳 (Lead)") in flat  # who is responsible
    assert "+86 23 5555 0151" in text  # contacts (an internal document)
    assert "07:30–08:10" in text


@pytest.mark.parametrize("lang", ["en", "zh", "both"])
def test_every_kind_in_every_language_embeds_its_font(
    snap: TourSnapshot, pdffonts: Callable[[bytes], list[tuple[str, str]]], lang: str
) -> None:
    options = PdfOptions(lang=lang)
    docs = [
        build_booklet(snap, options),
        build_host_briefing(snap, site(snap, "clciz").id, options),
        build_runsheet(snap, options),
    ]
    for data in docs:
        assert all(emb == "yes" for _name, emb in pdffonts(data))


def test_host_briefing_names_languages_with_regions_and_scripts(
    pdftext: Callable[..., str],
) -> None:
    # Once 'pt-BR' and 'zh-Hant' printed as bare codes; every tag CLDR names is named.
    b = TourBuilder()
    park = b.site("Park", 29.65, 106.52)
    ana, mei = b.person("Ana Souza"), b.person("Mei Lin")
    b.people[ana - 1] = replace(b.people[ana - 1], languages=("pt-BR", "en"))
    b.people[mei - 1] = replace(b.people[mei - 1], languages=("zh-Hant", "yue"))
    group = b.group("A", [ana, mei])
    b.item("Park walk", "2021-03-27 10:00", "2021-03-27 11:00", site=park, who=[("group", group)])
    snap = b.snapshot()
    english = squash(pdftext(build_host_briefing(snap, park, PdfOptions(lang="en"))))
    for name in ("Portuguese (Brazil)", "Chinese (Traditional)", "Cantonese", "English"):
        assert squash(name) in english, name
    assert "pt-BR" not in english and "zh-Hant" not in english
    chinese = squash(pdftext(build_host_briefing(snap, park, PdfOptions(lang="zh"))))
    for name in ("葡萄牙语（巴西）", "中文（繁体）", "粤语", "英语"):
        assert squash(name) in chinese, name
