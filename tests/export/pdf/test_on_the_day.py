"""Issue 15 on the sample's real briefings (read back with poppler): taxi cards, each
person's vehicle and plate, whom to call on the day; and the bad cases (a place with no
local address, a traveller with no seat)."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import zxingcpp
from PIL import Image

from tourplanner.core.model import TourSnapshot
from tourplanner.export.pdf import PdfOptions, TourIndex, build_booklet, render
from tourplanner.export.pdf.delegate_day import taxi_link
from tourplanner.export.phone.maps import local_map

from .conftest import body_text, person, site, squash


def briefing(snap: TourSnapshot, key: str, lang: str = "both") -> bytes:
    p = person(snap, key)
    return render(TourIndex(snap).delegate(p.id, ""), PdfOptions(lang=lang))


def vehicle_of(snap: TourSnapshot, key: str) -> set[tuple[str, str]]:
    """(name, plate) of every vehicle the person is seated in, from the data."""
    pid = person(snap, key).id
    ids = {a.vehicle_id for a in snap.vehicle_assignments if a.participant_id == pid}
    return {(v.name, v.plate) for v in snap.vehicles if v.id in ids}


def pages(text: str) -> list[str]:
    return [squash(p) for p in text.split("\f")]


def test_each_delegate_sees_their_own_vehicle_and_plate(
    snap: TourSnapshot, delegate_pdfs: dict[str, bytes], pdftext: Callable[..., str]
) -> None:
    plates = {v.plate for v in snap.vehicles}
    assert len(snap.vehicle_assignments) == 133
    for key, data in delegate_pdfs.items():
        text = squash(body_text(pdftext(data)))
        mine = vehicle_of(snap, key)
        assert len(mine) == 1, key  # the sample seats everyone in one coach throughout
        ((name, plate),) = mine
        assert squash(f"Your vehicle 您的车辆: {name} · plate 车牌 {plate}") in text, key
        # Not the other coach's plate: it is their vehicle, not the list.
        for other in plates - {plate}:
            assert squash(other) not in text, (key, other)


def test_boarding_place_time_and_meeting_point(
    snap: TourSnapshot, delegate_pdfs: dict[str, bytes], pdftext: Callable[..., str]
) -> None:
    """The transfer after hotel check-in boards at the hotel's meeting point at 09:35."""
    text = squash(body_text(pdftext(delegate_pdfs["shang-yong"])))
    hotel = site(snap, "hotel-yuelai")
    board = f"Board 上车: 09:35 · {hotel.name} {hotel.local_name} "
    board += f"({hotel.meeting_point} · {hotel.local_meeting_point})"
    assert squash(board) in text
    # The first transfer of the second day boards where the first day ended.
    assert squash(f"Board 上车: 08:15 · {hotel.name} {hotel.local_name}") in text
    assert squash("Seat 座位: reserved in your name") in text


def test_a_seat_label_is_printed_else_the_seat_is_reserved(
    snap: TourSnapshot, pdftext: Callable[..., str]
) -> None:
    """A delegate given seat 12 on one transfer sees it there, in both languages; their
    other transfers keep "reserved in your name"."""
    shang = person(snap, "shang-yong")
    transfer = next(i for i in snap.items if i.title == "Transfer: hotel to Lijia Smart Park")
    seated = replace(
        snap,
        vehicle_assignments=tuple(
            replace(a, seat="12") if (a.participant_id, a.item_id) == (shang.id, transfer.id) else a
            for a in snap.vehicle_assignments
        ),
    )
    reserved = squash("Seat 座位: reserved in your name 已为您预留")
    before = squash(body_text(pdftext(briefing(snap, "shang-yong"))))
    text = squash(body_text(pdftext(briefing(seated, "shang-yong"))))
    assert squash("Seat 12") not in before
    assert text.count(squash("Seat 12 · 座位 12")) == 1
    assert text.count(reserved) == before.count(reserved) - 1 > 0
    # The line is on the transfer's own entry, before its boarding time.
    at = text.index(squash("Seat 12 · 座位 12"))
    assert squash("Board 上车: 09:35") in text[at : at + 300]
    english = squash(body_text(pdftext(briefing(seated, "shang-yong", "en"))))
    assert squash("Seat 12 ") in english and "座位" not in english
    chinese = squash(body_text(pdftext(briefing(seated, "shang-yong", "zh"))))
    assert squash("座位 12") in chinese and squash("Seat 12") not in chinese


def test_driver_mobile_shown_and_office_line_never(
    snap: TourSnapshot, pdftext: Callable[..., str]
) -> None:
    """The driver's mobile is given; the sample's drivers have office lines only, which
    are left out (the people on duty are the ones to call)."""
    driver = next(p for p in snap.participants if p.key == "deng-qiang")
    text = squash(body_text(pdftext(briefing(snap, "shang-yong"))))
    assert squash("Driver 司机: Deng Qiang 邓强") in text
    assert squash(driver.phone) not in text
    mobile = "+86 139 2355 0161"
    changed = replace(
        snap,
        participants=tuple(
            replace(p, phone=mobile) if p.id == driver.id else p for p in snap.participants
        ),
    )
    text = squash(body_text(pdftext(briefing(changed, "shang-yong"))))
    assert squash(f"Driver 司机: Deng Qiang 邓强 · {mobile}") in text


def test_a_traveller_without_a_seat_sees_the_vehicle_list(
    snap: TourSnapshot, pdftext: Callable[..., str]
) -> None:
    shang = person(snap, "shang-yong")
    transfer = next(i for i in snap.items if i.title == "Transfer: hotel to Lijia Smart Park")
    unseated = replace(
        snap,
        vehicle_assignments=tuple(
            a
            for a in snap.vehicle_assignments
            if not (a.participant_id == shang.id and a.item_id == transfer.id)
        ),
    )
    text = squash(body_text(pdftext(briefing(unseated, "shang-yong"))))
    no_seat = text.index(squash("No seat is assigned to you on this transfer: ask the tour lead"))
    assert text.count(squash("No seat is assigned to you")) == 1
    vehicles = text[no_seat:][:400]
    for v in snap.vehicles:
        assert squash(f"{v.name} · {v.plate}") in vehicles, v.name
    assert squash("Board 上车: 09:35") in vehicles
    # Their other transfers still give their own coach.
    assert text.count(squash("Your vehicle 您的车辆: Coach 1")) >= 5
    # A tour with no seat assignments at all says nothing about seats.
    plain = replace(snap, vehicle_assignments=())
    text = squash(pdftext(briefing(plain, "shang-yong")))
    assert squash("Your vehicle") not in text and squash("No seat") not in text


def test_on_duty_on_each_day_and_the_practical_page(
    snap: TourSnapshot, delegate_pdfs: dict[str, bytes], pdftext: Callable[..., str]
) -> None:
    """Tour lead first, then the interpreter of the reader's group (Sun Li travels with
    group A, Yang Xue with group B), then the 24-hour line, on the page each day opens
    and on the practical page."""
    lead = squash("Tour lead Liu Fang 刘芳 +86 139 2355 0151")
    # From "line": pdftotext joins "24-" at a line end to the next line as "24hour".
    hotline = squash(f"line 24小时热线 {snap.tour.hotline}")
    for key, interpreter in (
        ("shang-yong", "Sun Li 孙丽 +86 139 2355 0142"),
        ("chen-wancai", "Yang Xue 杨雪 +86 139 2355 0141"),
    ):
        text = pdftext(delegate_pdfs[key])
        day_pages = [p for p in pages(text) if squash("March 2021 · 2021年3月2") in p]
        day_pages = [p for p in day_pages if squash("Weather 天气") in p]
        assert len(day_pages) == 2, key  # both days open with their note
        for page in day_pages:
            duty = page[page.index(squash("On duty 值班联系人")) :]
            assert duty.index(lead) < duty.index(squash(interpreter)) < duty.index(hotline)
        practical = squash(body_text(text))
        practical = practical[practical.rindex(squash("Practical information")) :]
        assert squash("Tour lead Liu Fang 刘芳 · +86 139 2355 0151") in practical
        assert squash(interpreter.replace(" +86", " · +86")) in practical
        # Emergency is a mobile: the 24-hour line (read with the page feet, as the
        # emergency line is the same as the running foot).
        full = squash(text)
        emergency = full[full.rindex(squash("Emergency 紧急联系")) :][:80]
        assert squash(snap.tour.hotline) in emergency


def test_emergency_without_a_hotline_is_the_lead_mobile(
    snap: TourSnapshot, pdftext: Callable[..., str]
) -> None:
    no_line = replace(snap, tour=replace(snap.tour, hotline="", organiser_phone="+86 23 5555 0100"))
    text = squash(pdftext(briefing(no_line, "shang-yong")))
    emergency = text[text.rindex(squash("Emergency 紧急联系")) :][:80]
    assert squash("+86 139 2355 0151") in emergency
    assert squash("+86 23 5555 0100") not in emergency
    assert squash("24-hour line") not in text


def test_booklet_lists_the_tour_on_duty_contacts(
    snap: TourSnapshot, pdftext: Callable[..., str]
) -> None:
    text = squash(body_text(pdftext(build_booklet(snap))))
    practical = text[text.rindex(squash("Practical information")) :]
    for c in snap.tour.duty_contacts:
        assert squash(f"{c.name} {c.local_name} · {c.mobile}") in practical, c.name
    # Seats are each person's own: the booklet has none.
    assert squash("Your vehicle") not in text


# -- taxi cards ---------------------------------------------------------------------------


def visited_sites(snap: TourSnapshot, key: str) -> list[str]:
    index = TourIndex(snap)
    items = index.programme_of(person(snap, key).id)
    return [s.key for s in snap.sites if any(i.site_id == s.id for i in items)]


def cards_text(data: bytes, pdftext: Callable[..., str], heading: str = "Taxi cards") -> str:
    """The card pages read one column of cards at a time (pdftotext would otherwise
    interleave the lines of two cards side by side), squashed."""
    text = pdftext(data)
    texts = text.split("\f")
    first = max(n for n, p in enumerate(texts, 1) if heading in p)  # not the contents
    half = 595 // 2  # A4 points, pdftotext's default 72 dpi
    columns = [
        pdftext(data, "-f", str(first), "-x", str(x), "-y", "0", "-W", str(half), "-H", "842")
        for x in (0, half)
    ]
    return squash("\n".join(columns))


def test_taxi_cards_one_per_place_in_the_local_script(
    snap: TourSnapshot, delegate_pdfs: dict[str, bytes], pdftext: Callable[..., str]
) -> None:
    cards = cards_text(delegate_pdfs["chen-wancai"], pdftext)
    visited = visited_sites(snap, "chen-wancai")
    assert len(visited) >= 8
    for key in visited:
        s = site(snap, key)
        card = squash(f"请送我到 {s.local_name} {s.local_address}")
        assert card in cards, key
        phone = TourIndex(snap).profile(s.id).contact_phone  # withheld when private
        if phone:
            assert squash(phone) in cards, key
        if s.contact_phone != phone:
            assert squash(s.contact_phone) not in cards, key
        assert squash(s.name) in cards, key
    assert cards.count(squash("Please take me to · 请送我到")) == len(visited)
    # A Chinese street address, as a taxi driver reads it.
    assert squash("重庆市渝北区两路街道 重庆江北国际机场") in cards


def test_taxi_card_names_are_at_least_20_points(
    snap: TourSnapshot, delegate_pdfs: dict[str, bytes], tmp_path: Path
) -> None:
    pdf = tmp_path / "b.pdf"
    pdf.write_bytes(delegate_pdfs["shang-yong"])
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, check=True, timeout=60
    ).stdout.decode()
    words = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)<', html)
    heights = {w: float(b) - float(a) for a, b, w in words}
    for key in ("lijia-smart-park", "clciz", "hotel-yuelai"):  # names that fit one line
        name = site(snap, key).local_name
        found = [h for w, h in heights.items() if w == name]
        assert found, name
        assert max(found) >= 20, (name, found)


def test_taxi_card_qr_codes_open_the_place_in_the_map_app(
    snap: TourSnapshot,
    delegate_pdfs: dict[str, bytes],
    pdftext: Callable[..., str],
    page_png: Callable[..., Path],
) -> None:
    """Mainland China: Amap with GCJ-02 coordinates (core.chinacoords), as the phone
    page's map links."""
    data = delegate_pdfs["shang-yong"]
    text = pdftext(data)
    # The last mention: the contents page names the cards too.
    first = max(n for n, p in enumerate(text.split("\f"), 1) if "Taxi cards 出租车卡片" in p)
    total = len([p for p in text.split("\f") if p.strip()])
    found: set[str] = set()
    for page in range(first, total + 1):
        image = Image.open(page_png(data, page, 200))
        found |= {r.text for r in zxingcpp.read_barcodes(image)}  # type: ignore[arg-type]
    expected = set()
    for key in visited_sites(snap, "shang-yong"):
        s = site(snap, key)
        assert s.latitude is not None and s.longitude is not None
        kind, url = local_map(s.latitude, s.longitude, "")
        assert kind == "amap" and "coordinate=gaode" in url
        expected.add(url)
    assert found == expected


def test_a_place_without_local_address_or_coordinates_falls_back(
    snap: TourSnapshot, pdftext: Callable[..., str]
) -> None:
    """No local address: the English address at the same size, marked; no coordinates:
    the QR code searches the address (geo:0,0?q=); no local name: the English name is
    the big line."""
    park = site(snap, "lijia-smart-park")
    bare = replace(park, local_address="", latitude=None, longitude=None)
    hotel = site(snap, "hotel-yuelai")
    unnamed = replace(hotel, local_name="")
    changed = replace(
        snap,
        sites=tuple(
            bare if s.id == park.id else unnamed if s.id == hotel.id else s for s in snap.sites
        ),
    )
    assert taxi_link(bare) == f"geo:0,0?q={park.address}"
    london = replace(park, latitude=51.5, longitude=-0.1)  # outside China: a geo: URI
    point = "51.500000,-0.100000"
    assert taxi_link(london) == f"geo:{point}?q={point}(Lijia%20Smart%20Park)"
    assert taxi_link(replace(bare, address="", name="", local_name="")) == ""
    assert taxi_link(replace(park, latitude=None, longitude=None)).endswith(park.local_address)
    cards = cards_text(briefing(changed, "shang-yong"), pdftext)
    fallback = f"请送我到 {park.local_name} {park.address} (no address in the local script"
    assert squash(fallback) in cards
    assert squash(f"请送我到 {hotel.name} {hotel.local_address}") in cards


def test_english_only_briefing_keeps_the_local_script_on_cards(
    snap: TourSnapshot, pdftext: Callable[..., str]
) -> None:
    """The card is for the driver: the local name and address, and the card's own
    words in Chinese too, print whatever the reader's language."""
    cards = cards_text(briefing(snap, "shang-yong", lang="en"), pdftext)
    s = site(snap, "nusri-chongqing")
    assert squash(f"Please take me to · 请送我到 {s.local_name} {s.local_address}") in cards
