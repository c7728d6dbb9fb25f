"""Geocoding a tour through the service (SQLite and PostgreSQL) and the CLI, against the fake
Nominatim server. Nothing here reaches the internet: every call names the fake, and the
environment points any call that forgets to at a port where nothing listens."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.cli_runner import run_main
from tests.fakes.nominatim import FakeNominatim, Place, Reply, closed_port
from tourplanner.core.enums import CoordinateSource, GeocodeStatus
from tourplanner.core.errors import NotFoundError
from tourplanner.core.model import Site
from tourplanner.paths import SAMPLES_DIR
from tourplanner.services import sites, tours
from tourplanner.services.database import Database, open_database
from tourplanner.services.geocoding import (
    DEFAULT_USER_AGENT,
    ENV_AGENT,
    ENV_URL,
    GAZETTEER_FILE,
    PUBLIC_URL,
    geocode_tour,
    geocoder_settings,
    load_gazetteer,
    reverse_geocode,
    site_query,
)
from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample

ROOT = Path(__file__).resolve().parents[2]
FAST: dict[str, Any] = {"timeout": 0.5, "max_retries": 0, "retry_wait": 0.0}


@pytest.fixture(autouse=True)
def no_internet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_URL, f"http://127.0.0.1:{closed_port()}")
    monkeypatch.delenv(ENV_AGENT, raising=False)


@pytest.fixture
def fake() -> Iterator[FakeNominatim]:
    with FakeNominatim() as server:
        yield server


def make_tour(db: Database, slug: str = "t") -> str:
    tours.create_tour(
        db, slug=slug, name="Test tour", start_date=date(2021, 3, 27), end_date=date(2021, 3, 28)
    )
    return slug


def add_site(db: Database, tour: str, key: str, address: str = "", **values: Any) -> Site:
    values.setdefault("name", key.replace("-", " ").title())
    return sites.create_site(db, tour, key=key, category="other", address=address, **values)


def by_key(db: Database, tour: str) -> dict[str, Site]:
    return {s.key: s for s in sites.list_sites(db, tour)}


def test_each_failure_is_recorded_on_its_site_and_the_others_go_on(
    db: Database, fake: FakeNominatim
) -> None:
    tour = make_tour(db)
    manual = add_site(
        db, tour, "manual", "1 Found Road", latitude=29.5, longitude=106.5, coord_source="manual"
    )
    add_site(db, tour, "found", "1  Found Road ")
    add_site(db, tour, "named", "", name="Hall of Names", local_name="名字厅")
    add_site(db, tour, "nomatch", "Nowhere Lane")
    add_site(db, tour, "slow", "Slow Street")
    add_site(db, tour, "limited", "Busy Street")
    add_site(db, tour, "broken500", "Broken Street 500")
    add_site(db, tour, "broken503", "Broken Street 503")
    add_site(db, tour, "garbage", "Garbage Street")
    fake.place("1 Found Road", 29.61, 106.51, "1 Found Road, Chongqing")
    fake.place("Hall of Names, 名字厅", 29.62, 106.52)
    fake.reply("Slow Street", Reply.SLOW)
    fake.reply("Busy Street", Reply.RATE_LIMITED)
    fake.reply("Broken Street 500", Reply.ERROR_500)
    fake.reply("Broken Street 503", Reply.ERROR_503)
    fake.reply("Garbage Street", Reply.BAD_JSON)
    seen: list[tuple[int, int, str]] = []

    report = geocode_tour(
        db, tour, server=fake.url, progress=lambda d, n, s: seen.append((d, n, s.key)), **FAST
    )

    expected = {
        "found": GeocodeStatus.FOUND,
        "named": GeocodeStatus.FOUND,
        "nomatch": GeocodeStatus.NOT_FOUND,
        "slow": GeocodeStatus.TIMEOUT,
        "limited": GeocodeStatus.RATE_LIMITED,
        "broken500": GeocodeStatus.SERVER_ERROR,
        "broken503": GeocodeStatus.SERVER_ERROR,
        "garbage": GeocodeStatus.BAD_RESPONSE,
    }
    lines = {s.key: s for s in report.sites}
    assert {k: lines[k].status for k in expected} == expected
    assert lines["manual"].skipped and lines["manual"].status is None
    assert (report.found, report.not_found, report.errors, report.skipped) == (2, 1, 5, 1)
    assert report.failed == 6 and report.requests == 8 and report.server == fake.url
    assert [d for d, _, _ in seen] == list(range(1, 10)) and {n for _, n, _ in seen} == {9}

    stored = by_key(db, tour)
    assert stored["manual"] == manual, "hand-entered coordinates: row not even touched"
    found = stored["found"]
    assert (found.latitude, found.longitude) == pytest.approx((29.61, 106.51))
    assert found.coord_source is CoordinateSource.GEOCODED and not found.coord_approximate
    assert found.geocode_status is GeocodeStatus.FOUND and "1 Found Road" in found.geocode_message
    assert stored["named"].geocode_status is GeocodeStatus.FOUND
    for key, status in expected.items():
        site = stored[key]
        assert site.geocode_status is status and site.geocode_message
        assert "\n" not in site.geocode_message
        if status is not GeocodeStatus.FOUND:
            assert site.latitude is None and site.coord_source is None
    assert "HTTP 503" in stored["broken503"].geocode_message
    assert "change the address" in stored["nomatch"].geocode_message
    assert fake.searches("1 Found Road") == ["1 Found Road"], "the manual site was not asked"

    # The same sites against a server that refuses connections: found ones stay as they are.
    refused = geocode_tour(db, tour, server=f"http://127.0.0.1:{closed_port()}", **FAST)
    lines = {s.key: s for s in refused.sites}
    assert lines["found"].skipped and lines["named"].skipped and lines["manual"].skipped
    for key in ("nomatch", "slow", "limited", "broken500", "broken503", "garbage"):
        assert lines[key].status is GeocodeStatus.UNREACHABLE
        assert "connection refused" in by_key(db, tour)[key].geocode_message
    assert by_key(db, tour)["found"] == found

    with pytest.raises(NotFoundError, match="no tour with slug 'nope'"):
        geocode_tour(db, "nope", server=fake.url, **FAST)


def test_the_cache_means_no_address_is_looked_up_twice(db: Database, fake: FakeNominatim) -> None:
    tour = make_tour(db)
    add_site(db, tour, "a", "  12  Cache   Street ")
    add_site(db, tour, "b", "12 Cache Street")
    add_site(db, tour, "c", "Unknown Alley")
    add_site(db, tour, "d", "Flaky Road")
    add_site(db, tour, "e", "Long Road " * 101)  # longer than the cache's query column
    fake.place("12 Cache Street", 29.7, 106.6)
    fake.reply("Flaky Road", Reply.ERROR_503, Place(29.71, 106.61, "Flaky Road, Chongqing"))

    first = geocode_tour(db, tour, server=fake.url, **FAST)
    lines = {s.key: s for s in first.sites}
    assert [lines[k].status for k in "abcd"] == [
        GeocodeStatus.FOUND,
        GeocodeStatus.FOUND,
        GeocodeStatus.NOT_FOUND,
        GeocodeStatus.SERVER_ERROR,
    ]
    assert lines["b"].cached and not lines["a"].cached
    assert lines["e"].status is GeocodeStatus.NOT_FOUND and "too long" in lines["e"].message
    assert first.requests == 3
    before = by_key(db, tour)

    # Everything again: answers (a place, "no match") come from the cache; the 503 was not
    # cached, so that address is asked again, and now succeeds.
    again = geocode_tour(db, tour, server=fake.url, only_missing=False, **FAST)
    lines = {s.key: s for s in again.sites}
    assert [lines[k].cached for k in "abc"] == [True, True, True]
    assert lines["c"].status is GeocodeStatus.NOT_FOUND
    assert lines["d"].status is GeocodeStatus.FOUND and not lines["d"].cached
    assert again.requests == 1
    assert fake.searches("12 Cache Street") == ["12 Cache Street"]
    assert fake.searches("Unknown Alley") == ["Unknown Alley"]
    assert fake.searches("Flaky Road") == ["Flaky Road", "Flaky Road"]
    after = by_key(db, tour)
    assert after["a"].version == before["a"].version, "same answer: the row is not rewritten"
    assert (after["a"].latitude, after["b"].latitude) == (before["a"].latitude, 29.7)

    # A third run asks nothing at all: every site is placed or remembered as not found.
    third = geocode_tour(db, tour, server=fake.url, **FAST)
    assert third.requests == 0 and len(fake.requests) == 4


def test_sample_sites_come_from_the_gazetteer_and_manual_coordinates_win(
    db: Database, fake: FakeNominatim
) -> None:
    load_sample(db)
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    for site in snap.sites:  # a server that would misplace every sample site
        fake.place(site_query(site.address, site.name, site.local_name), 1.0, 1.0)
    current = by_key(db, SAMPLE_SLUG)
    manual = sites.update_site(
        db,
        current["clciz"].id,
        None,
        latitude=29.6851,
        longitude=106.7822,
        coord_source="manual",
        coord_approximate=False,
    )
    cleared = sites.update_site(
        db, current["lijia-smart-park"].id, None, latitude=None, longitude=None, coord_source=None
    )
    assert cleared.latitude is None

    missing_only = geocode_tour(db, SAMPLE_SLUG, server=fake.url, **FAST)
    lines = {s.key: s for s in missing_only.sites}
    assert lines["lijia-smart-park"].status is GeocodeStatus.FOUND
    assert lines["lijia-smart-park"].source is CoordinateSource.GAZETTEER
    assert missing_only.skipped == len(snap.sites) - 1

    everything = geocode_tour(db, SAMPLE_SLUG, server=fake.url, only_missing=False, **FAST)
    assert fake.requests == [], "the gazetteer answered for every sample site"
    assert everything.requests == 0 and everything.failed == 0
    gazetteer = load_gazetteer()
    for site in sites.list_sites(db, SAMPLE_SLUG):
        if site.key == "clciz":
            assert site == manual, "hand-entered coordinates are never touched"
            continue
        place = gazetteer.find(site.name, site.local_name)
        assert place is not None, site.key
        assert (site.latitude, site.longitude) == (place.latitude, place.longitude)
        assert site.coord_source is CoordinateSource.GAZETTEER and site.coord_approximate
        assert site.geocode_status is GeocodeStatus.FOUND


def test_gazetteer_covers_every_sample_site_in_liangjiang_or_yubei() -> None:
    sample = json.loads((SAMPLES_DIR / f"{SAMPLE_SLUG}.tour.json").read_text(encoding="utf-8"))
    raw = json.loads(GAZETTEER_FILE.read_text(encoding="utf-8"))
    keys = {p["sample_key"]: p for p in raw["places"]}
    gazetteer = load_gazetteer()
    for site in sample["sites"]:
        by_name = gazetteer.find(site["name"])
        by_local = gazetteer.find("", site["local_name"])
        assert by_name is not None and by_name is by_local, site["key"]
        assert site["name"] in keys[site["key"]]["names"]
        # Liangjiang New Area and Yubei District lie roughly within this box.
        assert 29.55 <= by_name.latitude <= 29.85 and 106.45 <= by_name.longitude <= 106.85
    assert gazetteer.find("  lijia   SMART park ") is gazetteer.find("Lijia Smart Park")
    assert gazetteer.find("Lijia Smart Parking") is None


def test_settings_come_from_the_environment_and_reverse_lookup(
    fake: FakeNominatim, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_URL)
    defaults = geocoder_settings()
    assert defaults.url == PUBLIC_URL and defaults.user_agent == DEFAULT_USER_AGENT
    monkeypatch.setenv(ENV_URL, fake.url)
    monkeypatch.setenv(ENV_AGENT, "tourplanner-env-test/2")
    assert geocoder_settings("http://127.0.0.1:1", "explicit").url == "http://127.0.0.1:1"
    fake.place_reverse(29.6545, 106.5235, "礼嘉智慧公园, 两江新区, 重庆市")
    outcome = reverse_geocode(29.6545, 106.5235, **FAST)
    assert outcome.status is GeocodeStatus.FOUND
    assert outcome.display_name == "礼嘉智慧公园, 两江新区, 重庆市"
    assert fake.requests[-1].path == "/reverse"
    assert fake.requests[-1].user_agent == "tourplanner-env-test/2"
    assert reverse_geocode(10.0, 10.0, **FAST).status is GeocodeStatus.NOT_FOUND


# --- the command line ---------------------------------------------------------------------


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOURPLANNER_")}
    return run_main(*args, cwd=cwd, env=env)


def test_cli_prints_a_table_and_exits_by_outcome(tmp_path: Path, fake: FakeNominatim) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    db = open_database(url)
    try:
        tour = make_tour(db, "cli")
        add_site(db, tour, "good", "Good Street")
        add_site(db, tour, "down", "Down Street")
        load_sample(db)
    finally:
        db.dispose()
    fake.place("Good Street", 29.66, 106.53)
    fake.reply("Down Street", Reply.ERROR_500)
    base = ("--db", url, "geocode", "--server", fake.url, "--timeout", "1", "--retries", "0")

    failed = run_cli(*base, "--tour", "cli", cwd=tmp_path)
    assert failed.returncode == 1, failed.stderr
    assert "Traceback" not in failed.stderr + failed.stdout
    out = failed.stdout.splitlines()
    assert out[0] == "Tour cli"
    assert out[1].split() == ["KEY", "STATUS", "SOURCE", "LATITUDE", "LONGITUDE", "NOTE"]
    assert out[2].split()[:5] == ["down", "server_error", "-", "-", "-"]
    assert out[3].split()[:5] == ["good", "found", "geocoded", "29.66000", "106.53000"]
    assert out[4].startswith("2 sites: 1 found, 0 not found, 1 failed, 0 skipped; 2 requests")
    assert failed.stderr.splitlines() == [
        f"tourplanner: cli/down: server_error: the geocoder at {fake.url} failed with HTTP 500; "
        "try again later"
    ]

    # Every tour, every site: the 500 was not cached, so Down Street is asked again.
    fake.place("Down Street", 29.67, 106.54)
    every_tour = run_cli(*base, "--all", cwd=tmp_path)
    assert every_tour.returncode == 0 and every_tour.stderr == ""
    assert "Tour chongqing-2021" in every_tour.stdout and "Tour cli" in every_tour.stdout
    assert "2 sites: 2 found, 0 not found, 0 failed, 0 skipped; 1 request to" in (every_tour.stdout)
    assert "10 sites: 10 found, 0 not found, 0 failed, 0 skipped; 0 requests" in (every_tour.stdout)
    assert fake.searches("Good Street") == ["Good Street"], "cached, never asked again"
    assert fake.searches("Down Street") == ["Down Street", "Down Street"]

    unknown = run_cli(*base, "--tour", "nope", cwd=tmp_path)
    assert unknown.returncode == 2
    assert unknown.stderr.splitlines() == ["tourplanner: error: no tour with slug 'nope'"]
