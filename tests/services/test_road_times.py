"""Road times: asked once per day, cached, used by the travel check, dropped when a site
moves; on SQLite and PostgreSQL, against an OSRM-compatible server on loopback."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

import pytest
from sqlalchemy import func, select

from tests.fakes.nominatim import closed_port
from tests.fakes.osrm import SECONDS_PER_KM, Failure, FakeOsrm, road_km
from tourplanner.core.errors import ValidationError
from tourplanner.core.model import TrafficBand, TravelSettings
from tourplanner.core.travel import LegSource, TravelModel, parse_traffic_bands
from tourplanner.integrations.routing import RoutingError
from tourplanner.services import maps, sites, tours
from tourplanner.services.database import Database, transaction
from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample
from tourplanner.store import models as orm


@pytest.fixture
def osrm():
    with FakeOsrm() as fake:
        yield fake


def settings(url: str) -> maps.routing.RoutingSettings:
    return maps.routing_settings(TravelSettings(), url, min_delay=0)


def road_rows(db: Database) -> int:
    with transaction(db) as session:
        return session.scalar(select(func.count()).select_from(orm.RoadTime)) or 0


def days_with_two_places(db: Database) -> int:
    return len(maps._sites_by_day(tours.load_snapshot(db, SAMPLE_SLUG)))


def test_one_request_per_day_then_none(db: Database, osrm: FakeOsrm) -> None:
    load_sample(db)
    report = maps.fetch_road_times(db, SAMPLE_SLUG, settings(osrm.url))
    days = days_with_two_places(db)
    assert days >= 2
    assert report.requests == days == len(osrm.requests())
    assert report.known == report.wanted > 0 and not report.no_route
    assert road_rows(db) == report.stored > 0
    again = maps.fetch_road_times(db, SAMPLE_SLUG, settings(osrm.url))
    assert again.requests == 0 and len(osrm.requests()) == days
    assert again.known == report.known and again.stored == 0
    assert "legs known by road" in again.summary()


def test_the_travel_check_uses_road_times_times_the_traffic_factor(
    db: Database, osrm: FakeOsrm
) -> None:
    load_sample(db)
    before = tours.load_snapshot(db, SAMPLE_SLUG)
    assert before.road_legs == ()
    maps.fetch_road_times(db, SAMPLE_SLUG, settings(osrm.url))
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    leg = snap.road_legs[0]
    a, b = snap.sites_by_id[leg.from_site_id], snap.sites_by_id[leg.to_site_id]
    km = road_km((a.latitude, a.longitude), (b.latitude, b.longitude))
    assert leg.km == pytest.approx(km, abs=0.001)
    model = TravelModel.of(snap)
    got = model.leg(a.id, b.id)
    boarding = snap.tour.travel.boarding_minutes
    assert got.source is LegSource.ROAD
    assert got.minutes == pytest.approx(km * SECONDS_PER_KM / 60 + boarding, abs=0.01)
    # Rush hour: the tour says traffic is half as slow again.
    tour = tours.get_tour(db, SAMPLE_SLUG)
    tours.update_tour(
        db, SAMPLE_SLUG, tour.version, travel=replace(tour.travel, traffic_factor=1.5)
    )
    slower = TravelModel.of(tours.load_snapshot(db, SAMPLE_SLUG)).leg(a.id, b.id)
    assert slower.minutes == pytest.approx(km * SECONDS_PER_KM / 60 * 1.5 + boarding, abs=0.01)
    # The organiser's own figure still wins.
    tours.set_override(db, SAMPLE_SLUG, a.id, b.id, 77)
    own = TravelModel.of(tours.load_snapshot(db, SAMPLE_SLUG)).leg(a.id, b.id)
    assert own.source is LegSource.OVERRIDE and own.minutes == 77


def test_a_problem_says_the_time_is_by_road(db: Database, osrm: FakeOsrm) -> None:
    load_sample(db)
    maps.fetch_road_times(db, SAMPLE_SLUG, settings(osrm.url))
    tour = tours.get_tour(db, SAMPLE_SLUG)
    # Slow the traffic until some gap in the sample is too short for the road time.
    tours.update_tour(
        db, SAMPLE_SLUG, tour.version, travel=replace(tour.travel, traffic_factor=5.0)
    )
    messages = [p.message for p in tours.check(db, SAMPLE_SLUG).problems]
    by_road = [m for m in messages if "(by road, traffic ×5)" in m]
    assert by_road, messages
    assert not [m for m in messages if "estimated from the distance" in m and " → " in m]


def test_a_problem_says_which_rush_hour_factor_applied(db: Database, osrm: FakeOsrm) -> None:
    """Free flow all day, but ×5 for legs that leave in a band: only those legs are short,
    and the problem names the band (the leg's departure is the earlier item's end)."""
    load_sample(db)
    maps.fetch_road_times(db, SAMPLE_SLUG, settings(osrm.url))
    tour = tours.get_tour(db, SAMPLE_SLUG)
    band = parse_traffic_bands("00:00–24:00 ×5")
    tours.update_tour(
        db, SAMPLE_SLUG, tour.version, travel=replace(tour.travel, traffic_bands=band)
    )
    assert tours.get_tour(db, SAMPLE_SLUG).travel.traffic_bands == band
    messages = [p.message for p in tours.check(db, SAMPLE_SLUG).problems]
    in_band = [m for m in messages if "(by road, rush-hour ×5 at 00:00–24:00)" in m]
    assert in_band, messages
    # A band that no leg departs in changes nothing.
    tour = tours.get_tour(db, SAMPLE_SLUG)
    quiet = parse_traffic_bands("03:00–04:00 ×5")
    tours.update_tour(
        db, SAMPLE_SLUG, tour.version, travel=replace(tour.travel, traffic_bands=quiet)
    )
    assert not [m for m in (p.message for p in tours.check(db, SAMPLE_SLUG).problems) if "×5" in m]
    # A bad band is refused where it enters, in one line.
    tour = tours.get_tour(db, SAMPLE_SLUG)
    bad = (TrafficBand(time(9), time(8), 1.5),)
    with pytest.raises(ValidationError, match="ends before it starts"):
        tours.update_tour(
            db, SAMPLE_SLUG, tour.version, travel=replace(tour.travel, traffic_bands=bad)
        )


def test_moving_a_site_drops_its_cached_legs(db: Database, osrm: FakeOsrm) -> None:
    load_sample(db)
    maps.fetch_road_times(db, SAMPLE_SLUG, settings(osrm.url))
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    site = snap.sites_by_id[snap.road_legs[0].from_site_id]
    count = road_rows(db)
    mine = [leg for leg in snap.road_legs if site.id in (leg.from_site_id, leg.to_site_id)]
    sites.update_site(db, site.id, site.version, latitude=site.latitude + 0.01)
    moved = tours.load_snapshot(db, SAMPLE_SLUG)
    assert not [leg for leg in moved.road_legs if site.id in (leg.from_site_id, leg.to_site_id)]
    assert road_rows(db) == count - len(mine)
    assert TravelModel.of(moved).leg(mine[0].from_site_id, mine[0].to_site_id).source is (
        LegSource.ESTIMATE
    )
    asked = len(osrm.requests())
    report = maps.fetch_road_times(db, SAMPLE_SLUG, settings(osrm.url))
    assert 1 <= report.requests < days_with_two_places(db) + 1
    assert len(osrm.requests()) == asked + report.requests
    assert report.known == report.wanted


def test_no_road_is_reported_and_the_estimate_stays(db: Database, osrm: FakeOsrm) -> None:
    load_sample(db)
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    _day, ids = next(iter(sorted(maps._sites_by_day(snap).items())))
    island = snap.sites_by_id[ids[-1]]
    osrm.unreachable((island.latitude, island.longitude))
    report = maps.fetch_road_times(db, SAMPLE_SLUG, settings(osrm.url))
    assert report.no_route and all(island.name in pair for pair in report.no_route)
    assert "no road found for" in report.summary() and island.name in report.summary()
    model = TravelModel.of(tours.load_snapshot(db, SAMPLE_SLUG))
    assert model.leg(ids[0], island.id).source is LegSource.ESTIMATE


def test_server_down_keeps_what_was_cached(db: Database, osrm: FakeOsrm) -> None:
    load_sample(db)
    maps.fetch_road_times(db, SAMPLE_SLUG, settings(osrm.url))
    cached = tours.load_snapshot(db, SAMPLE_SLUG).road_legs
    # A site moves, so its day must be asked again, and the server is gone.
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    site = snap.sites_by_id[cached[0].from_site_id]
    sites.update_site(db, site.id, site.version, longitude=site.longitude + 0.01)
    with pytest.raises(RoutingError, match="cannot reach the routing server"):
        maps.fetch_road_times(db, SAMPLE_SLUG, settings(f"http://127.0.0.1:{closed_port()}"))
    still = tours.load_snapshot(db, SAMPLE_SLUG).road_legs
    assert still and set(still) <= set(cached)


def test_a_failure_on_a_later_day_keeps_the_days_before(db: Database, osrm: FakeOsrm) -> None:
    load_sample(db)
    days = days_with_two_places(db)
    osrm.fail_next(None, Failure.ERROR_500)  # the first day answers, the second fails
    with pytest.raises(RoutingError, match="failed \\(500"):
        maps.fetch_road_times(db, SAMPLE_SLUG, settings(osrm.url))
    first_day = road_rows(db)
    assert first_day > 0
    report = maps.fetch_road_times(db, SAMPLE_SLUG, settings(osrm.url))
    assert report.requests == days - 1
    assert report.known == report.wanted and road_rows(db) > first_day


def test_which_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TOURPLANNER_ROUTING_URL", raising=False)
    with pytest.raises(ValidationError, match="no routing server"):
        maps.routing_settings(TravelSettings())
    tour_default = TravelSettings(routing_url="https://osrm.example.org")
    assert maps.routing_settings(tour_default).url == "https://osrm.example.org"
    monkeypatch.setenv("TOURPLANNER_ROUTING_URL", "http://127.0.0.1:5000")
    assert maps.routing_settings(tour_default).url == "http://127.0.0.1:5000"
    assert maps.routing_settings(tour_default, "http://10.0.0.2").url == "http://10.0.0.2"
    with pytest.raises(ValidationError, match="not a full web address"):
        maps.routing_settings(tour_default, "osrm.local")
    assert "tourplanner/" in maps.routing_settings(tour_default).user_agent
