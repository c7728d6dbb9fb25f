"""Road route geometry: `roads` asks one /route per day for the roads its legs follow
(besides at most one /table request per day), caches each leg's line with its road time,
drops it when a site moves, and maps draw the road instead of a straight line."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from tests.fakes.osrm import FakeOsrm, road_line
from tests.fakes.tiles import FakeTiles
from tourplanner.core import polyline
from tourplanner.core.model import TravelSettings
from tourplanner.core.tilemap import TileSource
from tourplanner.core.travel import coordinate_key
from tourplanner.export.pdf.tile_map import TileMap
from tourplanner.integrations.routing import RoutingClient, RoutingSettings, split_line
from tourplanner.services import maps, sites, tours
from tourplanner.services.database import Database, transaction
from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample
from tourplanner.store import models as orm

LIJIA, CLCIZ, AIRPORT = (29.6812, 106.5594), (29.684, 106.783), (29.7192, 106.6417)


def flat(points) -> list[float]:  # type: ignore[no-untyped-def]
    return [c for p in points for c in p]


@pytest.fixture
def osrm():
    with FakeOsrm() as fake:
        yield fake


def settings(url: str) -> maps.routing.RoutingSettings:
    return maps.routing_settings(TravelSettings(), url, min_delay=0)


def test_a_route_is_asked_as_a_polyline_and_cut_into_its_legs(osrm: FakeOsrm) -> None:
    client = RoutingClient(RoutingSettings(osrm.url, "tourplanner-tests/1", min_delay=0))
    with client:
        route = client.route([LIJIA, CLCIZ, AIRPORT])
    assert route is not None and len(route.legs) == 2
    assert osrm.requests("route")[0].params["geometries"] == "polyline"
    expected = road_line((LIJIA, CLCIZ, AIRPORT))
    assert flat(route.line) == pytest.approx(flat(expected))
    # Each leg runs from its stop to the next, around the fake's corner.
    assert flat(route.legs[0]) == pytest.approx(flat(expected[:3]))
    assert flat(route.legs[1]) == pytest.approx(flat(expected[2:]))
    osrm.unreachable(AIRPORT)
    with RoutingClient(RoutingSettings(osrm.url, "t", min_delay=0)) as client:
        assert client.route([LIJIA, AIRPORT]) is None  # OSRM's NoRoute


@given(
    st.lists(
        st.tuples(st.floats(-80, 80), st.floats(-179, 179)).map(
            lambda p: (round(p[0], 5), round(p[1], 5))
        ),
        min_size=1,
        max_size=30,
    )
)
def test_polylines_round_trip(points: list[tuple[float, float]]) -> None:
    assert flat(polyline.decode(polyline.encode(points))) == pytest.approx(flat(points), abs=1e-9)


def test_a_damaged_polyline_is_refused() -> None:
    with pytest.raises(ValueError, match="not an encoded polyline"):
        polyline.decode("_p~iF~ps|U_")
    with pytest.raises(ValueError, match="not an encoded polyline"):
        polyline.decode("abc def")


def test_split_line_keeps_a_route_that_passes_a_stop_twice_in_order() -> None:
    line = [(0.0, 0.0), (0.0, 1.0), (1.0, 1.0), (0.0, 1.0), (0.0, 2.0)]
    legs = split_line(line, [(0.0, 0.0), (1.0, 1.0), (0.0, 2.0)])
    assert legs == (tuple(line[:3]), tuple(line[2:]))


def _geometry_rows(db: Database) -> dict[tuple[tuple[float, float], tuple[float, float]], str]:
    with transaction(db) as session:
        rows = session.execute(
            select(
                orm.RoadTime.from_latitude,
                orm.RoadTime.from_longitude,
                orm.RoadTime.to_latitude,
                orm.RoadTime.to_longitude,
                orm.RoadTime.geometry,
            )
        )
        return {((r[0], r[1]), (r[2], r[3])): r[4] for r in rows if r[4]}


def test_roads_caches_each_days_road_lines_once(db: Database, osrm: FakeOsrm) -> None:
    load_sample(db)
    report = maps.fetch_road_times(db, SAMPLE_SLUG, settings(osrm.url))
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    days = len(maps._sites_by_day(snap))
    # Still one table request per day; route requests besides, at most one per day.
    assert report.requests == days == len(osrm.requests("table"))
    assert 0 < report.routes == len(osrm.requests("route")) <= days
    assert report.lines == len(_geometry_rows(db)) > 0
    assert "road line" in report.summary()
    # Every leg of a day's route has the fake's road, the L through its corner.
    lines = maps.road_lines(snap)
    for day in sorted(maps._sites_by_day(snap)):
        route = [coordinate_key(s.latitude, s.longitude) for s in maps.day_stops(snap, day)]
        for a, b in pairwise(route):
            if a != b:
                assert flat(lines[a, b]) == pytest.approx(flat(road_line((a, b))), abs=1e-5)
    again = maps.fetch_road_times(db, SAMPLE_SLUG, settings(osrm.url))
    assert again.requests == 0 and again.routes == 0  # all cached: nothing asked
    # A site that moves loses its lines with its legs; `roads` asks for its days again.
    site = snap.sites_by_id[snap.road_legs[0].from_site_id]
    point = coordinate_key(site.latitude, site.longitude)
    sites.update_site(db, site.id, site.version, latitude=site.latitude + 0.01)
    assert not [k for k in _geometry_rows(db) if point in k]
    third = maps.fetch_road_times(db, SAMPLE_SLUG, settings(osrm.url))
    assert third.routes >= 1 and third.lines >= 1


def test_a_day_with_no_road_keeps_straight_lines(db: Database, osrm: FakeOsrm) -> None:
    load_sample(db)
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    day = sorted(maps._sites_by_day(snap))[0]
    stop = maps.day_stops(snap, day)[0]
    osrm.unreachable((stop.latitude, stop.longitude))
    report = maps.fetch_road_times(db, SAMPLE_SLUG, settings(osrm.url))
    assert report.no_route
    point = coordinate_key(stop.latitude, stop.longitude)
    assert not [k for k in _geometry_rows(db) if point in k]
    # The other legs of that day still get their roads, and a rerun asks nothing.
    assert report.lines == len(_geometry_rows(db)) > 0
    again = maps.fetch_road_times(db, SAMPLE_SLUG, settings(osrm.url))
    assert again.routes == 0


def test_the_pdf_map_follows_the_road_when_known(db: Database, osrm: FakeOsrm, tmp_path) -> None:
    load_sample(db)
    maps.fetch_road_times(db, SAMPLE_SLUG, settings(osrm.url))
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    day = sorted(maps._sites_by_day(snap))[0]
    stops = maps.day_stops(snap, day)
    points = [(s.latitude, s.longitude) for s in stops]
    from tourplanner.export.pdf.facts import Stop

    flowable_stops = tuple(Stop(s.number, s.name, s.latitude, s.longitude) for s in stops)
    with FakeTiles() as server:
        fetcher = maps.tile_fetcher(TileSource(server.template, "© T"), cache_dir=tmp_path)
        with_roads = maps.MapMaker(fetcher, roads=maps.road_lines(snap))(points)
        straight = maps.MapMaker(fetcher)(points)
    assert with_roads is not None and straight is not None
    assert with_roads.digest != straight.digest  # a new road is a new page
    drawn = TileMap(with_roads, flowable_stops, 480, 220, "Helvetica").legs()
    plain = TileMap(straight, flowable_stops, 480, 220, "Helvetica").legs()
    assert all(len(line) == 2 for line in plain)
    bent = [line for line in drawn if len(line) > 2]
    assert bent, "no leg follows its road"
    for line in bent:  # the L's corner is off the straight segment
        (x1, y1), (xc, yc), (x2, y2) = line[0], line[1], line[-1]
        cross = (x2 - x1) * (yc - y1) - (y2 - y1) * (xc - x1)
        assert abs(cross) > 1.0


def test_roads_also_fetches_the_legs_a_delegate_travels_in_one_route_per_day(
    db: Database, osrm: FakeOsrm
) -> None:
    """A participant whose day skips stops travels legs the programme order lacks:
    `roads` asks their roads too, still one /route request per day (the legs joined
    into one walk) and at most one /table request per day."""
    load_sample(db)
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    days = sorted(maps._sites_by_day(snap))
    own: dict[object, set] = {}
    for day in days:
        route = [coordinate_key(s.latitude, s.longitude) for s in maps.day_stops(snap, day)]
        programme = {(a, b) for a, b in pairwise(route) if a != b}
        own[day] = set(maps._day_legs(snap, day)) - programme
    assert any(own.values()), "the sample has no delegate whose day skips a stop"
    report = maps.fetch_road_times(db, SAMPLE_SLUG, settings(osrm.url))
    assert report.requests == len(days) == len(osrm.requests("table"))
    assert report.routes == len(osrm.requests("route")) <= len(days)
    lines = maps.road_lines(tours.load_snapshot(db, SAMPLE_SLUG))
    for legs in own.values():
        for a, b in legs:  # drawn along the fake's L, not straight
            assert flat(lines[a, b]) == pytest.approx(flat(road_line((a, b))), abs=1e-5)
    again = maps.fetch_road_times(db, SAMPLE_SLUG, settings(osrm.url))
    assert again.requests == 0 and again.routes == 0


def test_a_walk_travels_every_leg_once_joined_where_it_can() -> None:
    a, b, c, d = (0.0, 0.0), (0.0, 1.0), (1.0, 1.0), (1.0, 0.0)
    walk = maps._walk([(a, b), (b, c), (d, a), (c, d)])
    assert walk == [a, b, c, d, a]
    jumped = maps._walk([(a, b), (c, d)])
    assert jumped == [a, b, c, d]  # b→c joins them: one request still
    legs = set(pairwise(maps._walk([(a, b), (b, a), (c, a), (a, d)])))
    assert {(a, b), (b, a), (c, a), (a, d)} <= legs
