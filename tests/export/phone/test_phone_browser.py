"""Phone pages in a real browser: Debian's chromium, headless, driven by Playwright.

The pages of the sample tour are served from a folder by a static server on 127.0.0.1,
as a web server serves a published target. Measurements are taken in the page.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from tests.export.phone.folders import write_tree
from tests.servers.chromium import axe_script, launch, missing
from tests.servers.static import StaticServer
from tourplanner.core.model import TourSnapshot
from tourplanner.export.phone import PageContext

# One worker runs the module: chromium starts and the pages are written once per run.
pytestmark = [
    pytest.mark.slow,
    pytest.mark.xdist_group("chromium"),
    pytest.mark.skipif(missing() is not None, reason=missing() or ""),
]

PEOPLE = ("lin-xiaowen", "yuki-sato")
SITE = "belt-road-centre"
PAGES = [*PEOPLE, f"site-{SITE}"]
VIEWPORTS = [{"width": 360, "height": 640}, {"width": 390, "height": 844}]
DURING = datetime(2021, 3, 27, 2, 40, tzinfo=UTC)  # 10:40 in Chongqing, first day


@pytest.fixture(scope="module")
def served(sample: TourSnapshot, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("published")
    ctx = PageContext(
        updated_at=datetime(2021, 3, 26, 10, 30, tzinfo=UTC),
        changes=("午餐改为13:00开始", "Lunch now starts at 13:00"),
        page_url=None,
    )
    write_tree(sample, root, PEOPLE, (SITE,), ctx=ctx)
    with StaticServer(root) as server:
        yield server.url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = launch(pw)
        yield b
        b.close()


def open_page(browser: Any, url: str, **options: Any) -> tuple[Any, Any, list[str]]:
    """A new context and page at ``url``; every request the page makes is recorded."""
    context = browser.new_context(**options)
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    context.on("request", lambda r: requests.append(r.url))  # service worker's too
    page.goto(url, wait_until="load")
    if options.get("java_script_enabled", True):
        ready(page)
    return context, page, requests


def ready(page: Any) -> None:
    """Wait for the page's script, which runs after the first paint."""
    page.wait_for_selector("html[data-ready]", state="attached")


def scroll_through(page: Any) -> None:
    """Scroll to the end and back, as a reader would: days and places are laid out only
    near the screen (content-visibility), and axe needs their real layout to work out
    the colours behind each text."""
    height = page.evaluate("document.documentElement.scrollHeight")
    for y in range(0, height, 400):
        page.evaluate(f"window.scrollTo(0, {y})")
        page.wait_for_timeout(20)
    page.evaluate("window.scrollTo(0, 0)")


# The page's own measurements: overflow, first item, smallest text, smallest tap target.
MEASURE = """() => {
  const de = document.documentElement;
  const visible = (el) => el.getClientRects().length > 0 &&
    getComputedStyle(el).visibility !== 'hidden';
  const small = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!n.textContent.trim() || !visible(el)) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < 16) small.push([el.tagName, n.textContent.trim().slice(0, 30), size]);
  }
  const tiny = [];
  for (const el of document.querySelectorAll('a[href], button, input, select, summary')) {
    if (!visible(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.height < 44 || r.width < 44) tiny.push([el.textContent.trim().slice(0, 30),
      r.width, r.height]);
  }
  const first = document.querySelector('article[data-s]');
  const r = first.getBoundingClientRect();
  const h3 = first.querySelector('h3').getBoundingClientRect();
  return {scrollWidth: de.scrollWidth, clientWidth: de.clientWidth,
    firstTop: r.top, firstTitleBottom: h3.bottom, height: window.innerHeight,
    small, tiny};
}"""


@pytest.mark.parametrize("viewport", VIEWPORTS, ids=lambda v: f"{v['width']}x{v['height']}")
@pytest.mark.parametrize("folder", PAGES)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_layout_on_a_phone(browser: Any, served: str, folder: str, viewport: Any, scheme: str):
    url = f"{served}{folder}/"
    context, page, requests = open_page(browser, url, viewport=viewport, color_scheme=scheme)
    try:
        m = page.evaluate(MEASURE)
        assert m["scrollWidth"] <= m["clientWidth"], "sideways scrolling"
        assert m["firstTop"] >= 0 and m["firstTitleBottom"] <= m["height"], m
        assert m["small"] == [], "text under 16 px"
        assert m["tiny"] == [], "tap targets under 44 px"
        page.wait_for_load_state("networkidle")
        assert requests and all(r.startswith(url) for r in requests), requests
    finally:
        context.close()


def test_first_screen_renders_without_the_rest_of_the_day(browser: Any, served: str) -> None:
    """A long day paints its first screen fast: its items far below the screen are not
    rendered until the reader scrolls near them (content-visibility on each item)."""
    context, page, _ = open_page(browser, f"{served}lin-xiaowen/", viewport=VIEWPORTS[1])
    try:
        shown = page.evaluate(
            """() => [...document.querySelector('.day').querySelectorAll('article[data-s]')]
              .map(a => a.querySelector('h3').checkVisibility({contentVisibilityAuto: true}))"""
        )
        assert shown[0] and not shown[-1], shown
        page.locator("article[data-s]").nth(len(shown) - 1).scroll_into_view_if_needed()
        page.wait_for_function(
            """() => [...document.querySelector('.day').querySelectorAll('article[data-s]')]
              .pop().querySelector('h3').checkVisibility({contentVisibilityAuto: true})"""
        )
    finally:
        context.close()


def test_dark_mode_follows_the_phone(browser: Any, served: str) -> None:
    colours = {}
    for scheme in ("light", "dark"):
        context, page, _ = open_page(browser, f"{served}lin-xiaowen/", color_scheme=scheme)
        colours[scheme] = page.evaluate(
            "() => [getComputedStyle(document.body).backgroundColor,"
            " getComputedStyle(document.body).color]"
        )
        context.close()
    assert colours["light"] == ["rgb(255, 255, 255)", "rgb(21, 32, 43)"]
    assert colours["dark"] == ["rgb(16, 20, 24)", "rgb(232, 237, 242)"]


@pytest.mark.parametrize("folder", PAGES)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violations(browser: Any, served: str, folder: str, scheme: str):
    axe = axe_script()
    if axe is None:
        pytest.skip("axe-core is not installed in .cache/node (make sysdeps)")
    # The page's CSP allows only its own script; the test's axe is let in by bypass_csp.
    context = browser.new_context(viewport=VIEWPORTS[0], color_scheme=scheme, bypass_csp=True)
    page = context.new_page()
    try:
        page.clock.install(time=DURING)  # with the now/next highlight, as during the tour
        page.goto(f"{served}{folder}/")
        ready(page)
        scroll_through(page)
        page.add_script_tag(path=str(axe))
        result = page.evaluate("async () => await axe.run(document)")
        bad = [
            (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert bad == []
        assert result["passes"], "axe ran no checks"
    finally:
        context.close()


def test_works_without_javascript(browser: Any, served: str) -> None:
    context, page, _ = open_page(
        browser, f"{served}lin-xiaowen/", java_script_enabled=False, viewport=VIEWPORTS[0]
    )
    try:
        assert page.locator("article[data-s]").count() >= 15
        assert page.locator("#now").is_hidden()
        assert page.locator("text=礼嘉智慧公园").first.is_visible()
        assert page.locator('a[href="calendar.ics"]').is_visible()
        assert page.locator(".badge:visible").count() == 0
    finally:
        context.close()


def test_now_and_next_by_the_phones_clock(browser: Any, served: str) -> None:
    context = browser.new_context(viewport=VIEWPORTS[1], timezone_id="Asia/Shanghai")
    page = context.new_page()
    try:
        page.clock.install(time=DURING)
        page.goto(f"{served}lin-xiaowen/")
        ready(page)
        assert page.locator("article.now h3").inner_text() == "参观礼嘉智慧公园"
        assert page.locator("article.next h3").inner_text() == "两江新区情况介绍及宣传片"
        assert page.locator("#now").is_visible()
        # Each entry links to its item and to its place (the driver's card).
        assert page.locator('#now a[href^="#i"]').count() == 2
        assert page.locator("#now a.at").count() == 2
        # The phone is in the tour's zone: no zone labels.
        assert page.locator(".tz:visible").count() == 0
    finally:
        context.close()


def test_zone_labelled_when_the_phone_is_elsewhere(browser: Any, served: str) -> None:
    context = browser.new_context(timezone_id="Europe/Berlin")
    page = context.new_page()
    try:
        page.clock.install(time=datetime(2021, 3, 20, tzinfo=UTC))  # before the tour
        page.goto(f"{served}lin-xiaowen/")
        ready(page)
        assert page.locator(".tz:visible").first.inner_text() == "CST"
        assert page.locator("article.now").count() == 0
        assert page.locator("article.next").count() == 1  # the first item
        assert page.locator("article[data-s]").first.get_attribute("class") == "next"
    finally:
        context.close()


def test_prints_without_buttons_but_with_the_numbers(browser: Any, served: str) -> None:
    context, page, _ = open_page(browser, f"{served}lin-xiaowen/")
    try:
        page.emulate_media(media="print")
        assert page.locator("nav").is_hidden()
        assert page.locator('a[href^="geo:"]').first.is_hidden()
        assert page.locator('a[href="calendar.ics"]').is_hidden()
        assert page.locator(".calls .num").first.is_visible()  # phone numbers stay
        assert page.locator("article[data-s]").first.is_visible()
        assert len(page.pdf()) > 10_000  # chromium lays the printed page out
    finally:
        context.close()


def test_opens_offline_after_a_first_visit(browser: Any, served: str) -> None:
    url = f"{served}lin-xiaowen/"
    context, page, _ = open_page(browser, url)
    try:
        page.evaluate("async () => { await navigator.serviceWorker.ready; }")
        page.reload()  # now controlled by the service worker
        assert page.evaluate("() => !!navigator.serviceWorker.controller")
        cached = page.evaluate(
            "async () => (await (await caches.open('tourplanner-phone-v1')).keys())"
            ".map(r => new URL(r.url).pathname)"
        )
        for name in ("", "index.html", "calendar.ics", "briefing.pdf"):
            assert f"/lin-xiaowen/{name}" in cached
        context.set_offline(True)
        page.goto(url)
        ready(page)  # the page's script runs offline too
        assert page.locator("h1").inner_text().startswith("林晓雯")
        fetched = page.evaluate(
            "async () => Promise.all(['calendar.ics', 'briefing.pdf'].map(async f => {"
            " const r = await fetch(f); return [r.status, (await r.arrayBuffer()).byteLength];"
            " }))"
        )
        assert [status for status, _size in fetched] == [200, 200]
        assert all(size > 1000 for _status, size in fetched)
    finally:
        context.close()


def test_manifest_is_found_and_valid(browser: Any, served: str) -> None:
    context, page, _ = open_page(browser, f"{served}lin-xiaowen/")
    try:
        cdp = context.new_cdp_session(page)
        manifest = cdp.send("Page.getAppManifest")
        assert manifest["url"].endswith("/lin-xiaowen/manifest.webmanifest")
        assert manifest["errors"] == [], manifest["errors"]
        assert '"start_url": "./"' in manifest["data"]
    finally:
        context.close()


def test_days_over_fold_away_while_the_tour_runs(browser: Any, served: str) -> None:
    context = browser.new_context(viewport=VIEWPORTS[0], timezone_id="Asia/Shanghai")
    page = context.new_page()
    try:
        page.clock.install(time=datetime(2021, 3, 28, 2, 0, tzinfo=UTC))  # day 2, 10:00
        page.goto(f"{served}lin-xiaowen/")
        ready(page)
        days = page.locator(".day")
        assert days.count() == 2
        assert days.nth(0).is_hidden() and days.nth(1).is_visible()
        earlier = page.locator("#earlier")
        assert earlier.is_visible()
        box = earlier.bounding_box()
        assert box is not None and box["height"] >= 44
        # What is on now is one tap away on the first screen.
        link = page.locator("#now a").first
        box = link.bounding_box()
        assert box is not None and box["y"] + box["height"] <= 640
        assert link.get_attribute("href") == "#" + (
            page.locator("article.now").get_attribute("id") or ""
        )
        earlier.click()
        assert days.nth(0).is_visible() and earlier.is_hidden()
    finally:
        context.close()
