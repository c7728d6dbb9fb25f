"""The phone page's HTML from the sample tour: content, privacy, escaping, determinism."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest

from tourplanner.core.chinacoords import wgs84_to_gcj02
from tourplanner.core.enums import ItemStatus, ParticipantRole
from tourplanner.core.errors import NotFoundError
from tourplanner.core.model import TourSnapshot
from tourplanner.export.phone import (
    PageContext,
    PageFacts,
    person_files,
    root_files,
    site_files,
)

WHEN = datetime(2021, 3, 26, 10, 30, tzinfo=UTC)
CTX = PageContext(updated_at=WHEN)


class Parsed(HTMLParser):
    """Every start tag with its attributes, and the text outside script and style."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._skip = 0
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)

    def attr(self, tag: str, name: str) -> list[str]:
        return [a[name] or "" for t, a in self.tags if t == tag and name in a]


def html_of(files: dict[str, bytes]) -> str:
    return files["index.html"].decode("utf-8")


def test_same_input_same_bytes_and_the_time_shows(sample: TourSnapshot) -> None:
    a = person_files(sample, "lin-xiaowen", CTX)
    b = person_files(sample, "lin-xiaowen", CTX)
    assert a == b
    assert {"index.html", "manifest.webmanifest", "sw.js"} <= set(a)
    later = person_files(sample, "lin-xiaowen", PageContext(updated_at=WHEN.replace(hour=11)))
    assert later["index.html"] != a["index.html"]
    # 10:30 UTC is 18:30 in the tour's zone.
    assert "2021年3月26日 18:30 CST" in html_of(a)


def test_root_files_hide_the_folders() -> None:
    files = root_files()
    assert files["robots.txt"] == b"User-agent: *\nDisallow: /\n"
    page = Parsed(files["index.html"].decode())
    assert page.attr("meta", "content") == ["noindex, nofollow"]
    assert not page.attr("a", "href")


def test_every_page_is_noindex_and_loads_nothing_from_outside(sample: TourSnapshot) -> None:
    for files in (
        person_files(sample, "lin-xiaowen", CTX),
        site_files(sample, "nusri-chongqing", CTX),
    ):
        page = Parsed(html_of(files))
        robots = [
            a.get("content") for t, a in page.tags if t == "meta" and a.get("name") == "robots"
        ]
        assert robots == ["noindex, nofollow"]
        loaded = page.attr("link", "href") + page.attr("script", "src") + page.attr("img", "src")
        assert loaded == ["manifest.webmanifest", "icon.svg"]
        # The only outside addresses are links the reader taps.
        outside = [
            (tag, name)
            for tag, attrs in page.tags
            for name, value in attrs.items()
            if value and re.search(r"^[a-z]+:|//", value) and (tag, name) != ("a", "href")
        ]
        assert outside == []
        assert "url(" not in html_of(files) and "@import" not in html_of(files)
        csp = [
            a["content"] for t, a in page.tags if a.get("http-equiv") == "Content-Security-Policy"
        ]
        assert csp and csp[0].startswith("default-src 'self';")
        assert "fetch(" in files["sw.js"].decode() and "caches" in files["sw.js"].decode()


def test_chinese_first_reader_gets_chinese_first_with_lang_on_english(
    sample: TourSnapshot,
) -> None:
    html = html_of(person_files(sample, "lin-xiaowen", CTX))
    assert html.startswith('<!DOCTYPE html>\n<html lang="zh">')
    assert "<h3>参观礼嘉智慧公园</h3>" in html
    assert '<h3>参观礼嘉智慧公园</h3><p lang="en">Visit to Lijia Smart Park</p>' in html
    # Labels: Chinese first, English marked.
    assert '着装 <i lang="en">Dress code</i>' in html
    assert "21:00–08:00 (+1)" in html  # the night at the hotel


def test_english_first_reader(sample: TourSnapshot) -> None:
    html = html_of(person_files(sample, "yuki-sato", CTX))  # languages ja, zh, en
    assert html.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert '<p lang="zh">参观“一带一路”进出口商品集散中心</p>' in html
    assert 'Dress code <i lang="zh">着装</i>' in html


def test_item_shows_place_for_the_driver_contact_dress_and_maps(sample: TourSnapshot) -> None:
    html = html_of(person_files(sample, "lin-xiaowen", CTX))
    site = next(s for s in sample.sites if s.key == "clciz")
    assert f'<p class="big">{site.local_name}</p>' in html
    assert "请带我去这个地址" in html
    # CLCIZ's contact is Tang Xiaolin, a host whose own number the briefings withhold
    # (a participant's phone); the hotel's front desk is called.
    assert "Tang Xiaolin" in html and "+862355550401" not in html.replace(" ", "")
    assert 'href="tel:+862355550701"' in html
    assert "Smart casual; comfortable walking shoes" in html
    assert f"geo:{site.latitude:.6f},{site.longitude:.6f}?q=" in html
    g_lat, g_lng = wgs84_to_gcj02(site.latitude, site.longitude)
    assert f"https://uri.amap.com/marker?position={g_lng:.6f}%2C{g_lat:.6f}" in html
    assert "openstreetmap" not in html  # every site of the sample is in mainland China


def test_outside_china_the_map_is_openstreetmap(sample: TourSnapshot) -> None:
    moved = replace(
        sample,
        sites=tuple(
            replace(s, latitude=48.8584, longitude=2.2945) if s.key == "clciz" else s
            for s in sample.sites
        ),
    )
    html = html_of(person_files(moved, "lin-xiaowen", CTX))
    assert "https://www.openstreetmap.org/?mlat=48.858400&amp;mlon=2.294500" in html


def test_own_transport_vehicle_plate_and_boarding_point(sample: TourSnapshot) -> None:
    me = next(p for p in sample.participants if p.key == "lin-xiaowen")
    seated = {a.vehicle_id for a in sample.vehicle_assignments if a.participant_id == me.id}
    assert seated
    vehicle = next(v for v in sample.vehicles if v.id in seated)
    html = html_of(person_files(sample, "lin-xiaowen", CTX))
    assert (
        f'<span lang="en">{vehicle.name}</span> · <span class="num">{vehicle.plate}</span>' in html
    )
    # The 13:45 transfer leaves from lunch at Lijia Garden Restaurant.
    assert "上车地点" in html and "礼嘉园林餐厅" in html


def test_a_seat_label_shows_on_the_riders_page_only(sample: TourSnapshot) -> None:
    me = next(p for p in sample.participants if p.key == "lin-xiaowen")
    mine = next(a for a in sample.vehicle_assignments if a.participant_id == me.id)
    plain = html_of(person_files(sample, "lin-xiaowen", CTX))
    assert "座位" not in plain  # no label given: no seat line
    seated = replace(
        sample,
        vehicle_assignments=tuple(
            replace(a, seat="12A") if a == mine else a for a in sample.vehicle_assignments
        ),
    )
    html = html_of(person_files(seated, "lin-xiaowen", CTX))
    assert html.count("12A") == 1 and "12A" not in plain
    seat = '<dt>座位 <i lang="en">Seat</i></dt><dd><span class="num"><span lang="en">12A</span>'
    assert seat in html
    # The driver of that vehicle sees no one's seat.
    driver = next(v.driver_id for v in sample.vehicles if v.id == mine.vehicle_id)
    key = next(p.key for p in sample.participants if p.id == driver)
    assert "12A" not in html_of(person_files(seated, key, CTX))


def test_a_driver_sees_the_transfers_they_drive(sample: TourSnapshot) -> None:
    html = html_of(person_files(sample, "deng-qiang", CTX))
    assert "您驾驶" in html and "渝A·C2101" in html
    assert html.count("<article data-s=") >= 5


def test_on_duty_contacts_tap_to_call(sample: TourSnapshot) -> None:
    page = Parsed(html_of(person_files(sample, "shang-yong", CTX)))
    calls = page.attr("a", "href")
    # The mobiles the tour's on-duty list gives (issue 15), not the office lines.
    assert "tel:+8613923550151" in calls  # Liu Fang, the tour lead
    assert "tel:+8613923550141" in calls  # Yang Xue, who speaks his Russian
    assert "tel:+8613923550142" not in calls  # Sun Li interprets Japanese, not for him
    assert "tel:+8613923550100" in calls  # the tour's 24-hour line, a mobile
    for office in ("tel:+862355550151", "tel:+862355550141", "tel:+862355550100"):
        assert office not in calls
    # Leads first, then the interpreter, then the 24-hour line.
    order = [c for c in calls if c.startswith("tel:+86139235501")]
    assert order[-1] == "tel:+8613923550100"
    assert order.index("tel:+8613923550151") < order.index("tel:+8613923550141")


def test_without_an_on_duty_list_the_phones_on_file_are_called(sample: TourSnapshot) -> None:
    bare = replace(sample, tour=replace(sample.tour, duty_contacts=(), hotline=""))
    calls = Parsed(html_of(person_files(bare, "shang-yong", CTX))).attr("a", "href")
    assert "tel:+862355550151" in calls and "tel:+862355550141" in calls
    assert "tel:+862355550100" in calls  # the organiser's line, as before
    assert not [c for c in calls if c.startswith("tel:+86139")]


def test_place_card_has_the_local_address_and_meeting_point(sample: TourSnapshot) -> None:
    lijia = next(s for s in sample.sites if s.key == "lijia-smart-park")
    html = html_of(person_files(sample, "shang-yong", CTX))
    # For the driver, with where to stop; and in English for the reader.
    local = f"{lijia.local_address}（{lijia.local_meeting_point}）"
    assert f'<p class="addr">{local}</p>' in html
    assert f'<p class="addr" lang="en">{lijia.address} ({lijia.meeting_point})</p>' in html
    # A site without a local address shows the one it has, once.
    bare = replace(sample, sites=tuple(replace(s, local_address="") for s in sample.sites))
    html = html_of(person_files(bare, "shang-yong", CTX))
    assert lijia.local_address not in html and lijia.address in html


def test_no_other_delegates_private_details(sample: TourSnapshot) -> None:
    for key in ("lin-xiaowen", "shang-yong", "yuki-sato", "deng-qiang"):
        html = html_of(person_files(sample, key, CTX))
        digits = re.sub(r"\D", "", html)
        for other in sample.participants:
            if other.key == key or other.role.value != "delegate":
                continue
            assert other.email not in html, (key, other.key)
            assert re.sub(r"\D", "", other.phone) not in digits, (key, other.key)
            for need in (other.dietary, other.accessibility):
                assert not need or need not in html, (key, other.key)


def test_own_requirements_are_shown_to_their_owner(sample: TourSnapshot) -> None:
    html = html_of(person_files(sample, "lin-xiaowen", CTX))
    assert "Vegetarian (no meat or fish; eggs and dairy are fine)." in html


def test_host_page_visitors_by_precedence_and_needs_as_counts(sample: TourSnapshot) -> None:
    html = html_of(site_files(sample, "belt-road-centre", CTX))
    text = "".join(Parsed(html).text)
    text = text[text.rindex("Visitors by precedence") :]  # the list, not the nav
    order = [text.index(n) for n in ("Shang Yong", "Xu Lei", "Dai Jiuyue", "Meng Linghua")]
    assert order == sorted(order)
    assert "Halal. × 1" in text
    assert "No pork. × 1" in text
    for p in sample.participants:
        if p.role.value == "delegate":
            assert p.email not in html
            assert re.sub(r"\D", "", p.phone) not in re.sub(r"\D", "", html)
    assert 'href="calendar.ics"' in html and 'href="briefing.pdf"' in html


def test_calendar_subscription_only_with_a_web_address(sample: TourSnapshot) -> None:
    without = html_of(person_files(sample, "lin-xiaowen", CTX))
    assert "webcal:" not in without and 'href="calendar.ics"' in without
    ctx = PageContext(updated_at=WHEN, page_url="https://trips.example.org/p/Zm9v/")
    with_url = html_of(person_files(sample, "lin-xiaowen", ctx))
    assert 'href="webcal://trips.example.org/p/Zm9v/calendar.ics"' in with_url
    assert 'href="briefing.pdf"' in with_url


def test_changes_banner_only_after_a_change(sample: TourSnapshot) -> None:
    assert 'class="banner"' not in html_of(person_files(sample, "lin-xiaowen", CTX))
    ctx = PageContext(updated_at=WHEN, changes=("午餐改为13:00", "<b>Dinner</b> moved"))
    html = html_of(person_files(sample, "lin-xiaowen", ctx))
    assert '<section class="banner" role="status">' in html
    assert "<li>午餐改为13:00</li>" in html
    assert "&lt;b&gt;Dinner&lt;/b&gt; moved" in html


HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_hostile_values_are_escaped(sample: TourSnapshot) -> None:
    evil = replace(
        sample,
        participants=tuple(
            replace(p, full_name=HOSTILE, local_name=HOSTILE) if p.key == "liu-fang" else p
            for p in sample.participants
        ),
        sites=tuple(
            replace(s, name=HOSTILE, address='"><svg onload=alert(2)>', contact_name=HOSTILE)
            for s in sample.sites
        ),
        items=tuple(replace(i, title=HOSTILE, dress_code=HOSTILE) for i in sample.items),
    )
    for files in (
        person_files(evil, "lin-xiaowen", CTX),
        site_files(evil, "clciz", CTX),
    ):
        html = html_of(files)
        page = Parsed(html)
        assert [t for t, _a in page.tags if t in ("img", "svg")] == []
        assert len(page.attr("script", "src")) == 0
        assert sum(1 for t, _a in page.tags if t == "script") == 1  # our own only
        assert not any(k.startswith("on") for _t, a in page.tags for k in a)
        assert HOSTILE in "".join(page.text)  # shown as text, not run


def test_unknown_keys_raise_not_found(sample: TourSnapshot) -> None:
    with pytest.raises(NotFoundError, match="nobody"):
        person_files(sample, "nobody", CTX)
    with pytest.raises(NotFoundError, match="nowhere"):
        site_files(sample, "nowhere", CTX)


def test_times_in_the_sites_zone_labelled_when_not_the_tours(sample: TourSnapshot) -> None:
    html = html_of(person_files(sample, "lin-xiaowen", CTX))
    # The day carries the tour's zone (the script labels times when the phone's differs);
    # no item is in another zone, so none is labelled.
    assert '<section class="day" data-o="480" data-z="CST">' in html
    assert 'class="tz"' not in html
    assert '<article data-s="2021-03-27T02:10Z" data-m="80">' in html
    tokyo = replace(
        sample,
        sites=tuple(
            replace(s, timezone="Asia/Tokyo") if s.key == "clciz" else s for s in sample.sites
        ),
    )
    html = html_of(person_files(tokyo, "lin-xiaowen", CTX))
    assert '<span class="tz">JST</span>' in html
    assert '<article data-s="2021-03-27T07:10Z" data-m="60" data-o="540">' in html
    assert "16:10–17:10" in html  # 15:10 in Chongqing is 16:10 in Tokyo


def test_a_cancelled_item_stays_struck_through(sample: TourSnapshot) -> None:
    visit = next(i for i in sample.items if i.local_title == "参观两江协同创新区")
    cancelled = replace(
        sample,
        items=tuple(
            replace(i, status=ItemStatus.CANCELLED) if i.id == visit.id else i for i in sample.items
        ),
    )
    html = html_of(person_files(cancelled, "lin-xiaowen", CTX))
    article = html[html.rindex("<article", 0, html.index('data-s="2021-03-27T07:10Z"')) :]
    article = article[: article.index("</article>")]
    assert '<article class="cancelled"' in article
    assert "参观两江协同创新区" in article and "已取消" in article
    assert "已取消" not in html_of(person_files(sample, "lin-xiaowen", CTX))


def test_each_place_has_one_card_that_its_items_link_to(sample: TourSnapshot) -> None:
    html = html_of(person_files(sample, "lin-xiaowen", CTX))
    page = Parsed(html)
    cards = [a["id"] for t, a in page.tags if t == "article" and a.get("class") == "place"]
    links = [a["href"] for t, a in page.tags if t == "a" and a.get("class") == "at"]
    assert sorted(set(links)) == sorted(f"#{c}" for c in cards)
    assert len(cards) == len(set(cards)) == html.count('<div class="taxi">')
    # Every item of the programme that happens somewhere links to its place.
    assert len(links) == html.count("<article data-s=")


def test_shared_facts_give_the_same_pages(sample: TourSnapshot) -> None:
    facts = PageFacts(sample)
    for p in sample.participants:
        assert person_files(sample, p.key, CTX, facts=facts) == person_files(sample, p.key, CTX)
    for s in sample.sites:
        assert site_files(sample, s.key, CTX, facts=facts) == site_files(sample, s.key, CTX)


def test_someone_with_no_items_and_a_site_with_no_visits(sample: TourSnapshot) -> None:
    idle = replace(
        sample.participants[0], id=999, key="idle", full_name="Idle", role=ParticipantRole.STAFF
    )
    empty = replace(sample.sites[0], id=999, key="empty-site", name="Empty Site")
    snap = replace(sample, participants=(*sample.participants, idle), sites=(*sample.sites, empty))
    html = html_of(person_files(snap, "idle", CTX))
    assert "No programme items yet." in html and "<article" not in html
    assert 'href="tel:+8613923550100"' in html  # the 24-hour line is there all the same
    html = html_of(site_files(snap, "empty-site", CTX))
    assert "No programme items yet." in html and "<li><strong>" not in html
