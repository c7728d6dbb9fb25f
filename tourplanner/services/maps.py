"""Maps and road times: which tile source to draw on, a fetcher with its disk cache, the
numbered stops a map shows (a day's route, or every site of a tour), and the road times
between a day's stops from a routing server.

The tile source is the user's setting, else ``$TOURPLANNER_TILES`` (with
``$TOURPLANNER_TILES_ATTRIBUTION`` and ``$TOURPLANNER_TILES_DATUM``), else OpenStreetMap's
standard tiles with their attribution.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from itertools import pairwise
from pathlib import Path

from tourplanner.core import polyline
from tourplanner.core.contacts import check_web_address
from tourplanner.core.enums import ItemStatus
from tourplanner.core.errors import ValidationError
from tourplanner.core.i18n import Context
from tourplanner.core.model import TourSnapshot, TravelSettings
from tourplanner.core.tilemap import (
    OSM_ATTRIBUTION,
    OSM_TEMPLATE,
    Datum,
    TileSource,
    Viewport,
    check_tile_template,
)
from tourplanner.core.timeutil import item_zone
from tourplanner.core.travel import coordinate_key, routing_profile
from tourplanner.export.pdf.facts import Stop
from tourplanner.export.pdf.tile_map import DayMaps, MapPicture, RouteKey, compose, route_key
from tourplanner.integrations import routing
from tourplanner.integrations.tiles import Tile, TileFetcher
from tourplanner.paths import user_cache_dir
from tourplanner.services import tours
from tourplanner.services.database import Database, transaction
from tourplanner.services.geocoding import DEFAULT_USER_AGENT
from tourplanner.store import road_cache

Errors = Context("Errors")  # the catalogue context of messages the services raise

ENV_TILES = "TOURPLANNER_TILES"
ENV_ATTRIBUTION = "TOURPLANNER_TILES_ATTRIBUTION"
ENV_DATUM = "TOURPLANNER_TILES_DATUM"
# Where tiles are cached (default: the user's cache folder); the tests point it at a
# folder of their own.
ENV_CACHE = "TOURPLANNER_TILE_CACHE"

Point = tuple[float, float]  # latitude, longitude (WGS-84)

__all__ = [
    "ENV_ATTRIBUTION",
    "ENV_CACHE",
    "ENV_DATUM",
    "ENV_TILES",
    "Datum",
    "DayMaps",
    "MapMaker",
    "MapPicture",
    "MapStop",
    "Point",
    "RoadsReport",
    "Tile",
    "TileFetcher",
    "TileSource",
    "Viewport",
    "day_stops",
    "fetch_road_times",
    "fetch_tiles",
    "road_lines",
    "routing_settings",
    "site_stops",
    "tile_fetcher",
    "tile_source",
]


def tile_source(template: str = "", attribution: str = "", datum: str = "") -> TileSource:
    """The tile source to use: the arguments (the user's settings) when given, else the
    environment, else OpenStreetMap. Raises ValidationError for a template that is not a
    tile address or an unknown datum."""
    template = template.strip() or os.environ.get(ENV_TILES, "").strip()
    if not template:
        return TileSource(OSM_TEMPLATE, OSM_ATTRIBUTION, Datum.WGS84)
    attribution = attribution.strip() or os.environ.get(ENV_ATTRIBUTION, "").strip()
    datum = (datum.strip() or os.environ.get(ENV_DATUM, "").strip() or "wgs84").lower()
    try:
        template = check_tile_template(template)
    except ValueError as error:
        raise ValidationError(Errors.tr("map tiles: {error}").format(error=error)) from None
    if datum not in {d.value for d in Datum}:
        raise ValidationError(
            Errors.tr("map tiles: datum must be wgs84 or gcj02, not {datum}").format(
                datum=repr(datum)
            )
        )
    source = TileSource(template, "", Datum(datum))
    # Every map drawn from a source names it; without an attribution, its host.
    return TileSource(template, attribution or f"Tiles: {source.host}", Datum(datum))


def tile_fetcher(
    source: TileSource,
    *,
    cache_dir: Path | None = None,
    user_agent: str | None = None,
    offline: bool = False,
    timeout: float = 10.0,
) -> TileFetcher:
    """A fetcher for ``source`` with its cache under the user's cache folder."""
    return TileFetcher(
        source,
        cache_dir or Path(os.environ.get(ENV_CACHE) or user_cache_dir() / "tiles"),
        user_agent or DEFAULT_USER_AGENT,
        offline=offline,
        timeout=timeout,
    )


@dataclass(frozen=True, slots=True)
class MapStop:
    """A numbered place on a map, in WGS-84."""

    number: int
    site_id: int
    name: str
    latitude: float
    longitude: float
    item_ids: tuple[int, ...] = ()


def day_stops(snapshot: TourSnapshot, day: date) -> list[MapStop]:
    """The day's route: its places in programme order, numbered from 1 (a place visited
    twice in a row is one stop)."""
    sites = snapshot.sites_by_id
    stops: list[MapStop] = []
    for item in sorted(snapshot.items, key=lambda it: (it.starts_at, it.id)):
        site = sites.get(item.site_id) if item.site_id is not None else None
        if site is None or site.latitude is None or site.longitude is None:
            continue
        if item.starts_at.astimezone(item_zone(snapshot, item)).date() != day:
            continue
        if stops and stops[-1].site_id == site.id:
            last = stops[-1]
            stops[-1] = MapStop(
                last.number,
                last.site_id,
                last.name,
                last.latitude,
                last.longitude,
                (*last.item_ids, item.id),
            )
            continue
        stops.append(
            MapStop(len(stops) + 1, site.id, site.name, site.latitude, site.longitude, (item.id,))
        )
    return stops


def site_stops(snapshot: TourSnapshot) -> list[MapStop]:
    """Every site with coordinates, numbered in the order of their keys."""
    stops: list[MapStop] = []
    for site in sorted(snapshot.sites, key=lambda s: s.key):
        if site.latitude is not None and site.longitude is not None:
            stops.append(MapStop(len(stops) + 1, site.id, site.name, site.latitude, site.longitude))
    return stops


def road_lines(snapshot: TourSnapshot) -> dict[tuple[Point, Point], tuple[Point, ...]]:
    """The road line of each leg between two of the tour's sites whose road the routing
    server gave (``roads``), by the legs' coordinate keys."""
    sites = snapshot.sites_by_id
    out: dict[tuple[Point, Point], tuple[Point, ...]] = {}
    for leg in snapshot.road_legs:
        a, b = sites.get(leg.from_site_id), sites.get(leg.to_site_id)
        if not leg.geometry or a is None or b is None:
            continue
        if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
            continue
        key = (coordinate_key(a.latitude, a.longitude), coordinate_key(b.latitude, b.longitude))
        if key not in out:
            try:
                out[key] = polyline.decode(leg.geometry)
            except ValueError:
                continue  # a damaged line is drawn straight
    return out


def fetch_tiles(
    fetcher: TileFetcher, viewport: Viewport
) -> list[tuple[float, float, bytes | None]]:
    """The tiles of a view: (where its top-left falls in the view, its image or None)."""
    return [
        (left, top, fetcher.get(viewport.zoom, x, y).data) for x, y, left, top in viewport.tiles()
    ]


class MapMaker:
    """Map pictures for PDFs, made once per set of stops and shared by every document of a
    batch (a day's route is the same for most of the delegation). No picture (None) when
    not a single tile could be had: the document then keeps its route sketch.

    ``roads``: the road line between two points (coordinate keys), where known (see
    ``road_lines``); a day's legs follow them on the map instead of straight lines."""

    def __init__(
        self,
        fetcher: TileFetcher,
        *,
        width: int = 960,
        height: int = 440,
        max_zoom: int = 16,
        roads: Mapping[tuple[Point, Point], tuple[Point, ...]] | None = None,
    ) -> None:
        self.fetcher = fetcher
        self.width, self.height, self.max_zoom = width, height, max_zoom
        self.roads = dict(roads or {})
        self._made: dict[tuple[tuple[Point, ...], bool], MapPicture | None] = {}

    def __call__(self, points: Sequence[Point], *, route: bool = True) -> MapPicture | None:
        """The picture around ``points`` (WGS-84 latitude, longitude); with ``route``, the
        road lines of its legs where known."""
        key = tuple(coordinate_key(lat, lon) for lat, lon in points)
        if not key:
            return None
        if (key, route) not in self._made:
            lines = tuple(self.roads.get(leg, ()) for leg in pairwise(key)) if route else ()
            self._made[key, route] = self._make(key, lines if any(lines) else ())
        return self._made[key, route]

    def _make(
        self, points: tuple[Point, ...], lines: tuple[tuple[Point, ...], ...]
    ) -> MapPicture | None:
        source = self.fetcher.source
        # The view holds the roads too: a road may swing out past its stops.
        every = [*points, *(p for line in lines for p in line)]
        view = Viewport.around(
            [source.to_map(lat, lon) for lat, lon in every],
            self.width,
            self.height,
            padding=40,
            max_zoom=min(self.max_zoom, source.max_zoom),
        )
        tiles = fetch_tiles(self.fetcher, view)
        had = sum(1 for *_where, data in tiles if data is not None)
        if not had:
            return None
        return MapPicture(self._composed(view, tiles), view, source, had, lines)

    def _composed(self, view: Viewport, tiles: list[tuple[float, float, bytes | None]]) -> bytes:
        """``compose``, kept beside the tile cache under a hash of the view and its tiles:
        a rerun with the same tiles reads the picture back (the same bytes) instead of
        decoding a dozen tiles and encoding the picture again."""
        h = hashlib.sha256(repr((view.zoom, view.left, view.top, view.width, view.height)).encode())
        for left, top, data in tiles:
            h.update(f"{left},{top}:".encode())
            h.update(hashlib.sha256(data).digest() if data is not None else b"-")
        path = self.fetcher.folder / "composed" / f"{h.hexdigest()[:32]}.jpg"
        with contextlib.suppress(OSError):
            kept = path.read_bytes()
            if kept.startswith(b"\xff\xd8") and kept.endswith(b"\xff\xd9"):  # a whole JPEG
                return kept
        picture = compose(view, tiles)
        with contextlib.suppress(OSError):  # a read-only cache only costs the next run time
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f".{path.name}.{os.getpid()}")
            temporary.write_bytes(picture)
            os.replace(temporary, path)
        return picture

    def day_maps(
        self,
        days: Iterable[tuple[Sequence[Stop], bool]],
        roads: Mapping[tuple[Point, Point], tuple[Point, ...]] | None = None,
    ) -> DayMaps:
        """The pictures of these days (their stops and whether they are one journey), each
        route made once: what a batch passes to every document (``PdfOptions.maps``).
        ``roads``: more road lines to draw (``road_lines`` of the tour)."""
        if roads:
            self.roads.update(roads)
        pictures: dict[RouteKey, MapPicture] = {}
        for stops, route in days:
            key = route_key(stops, route)
            if stops and key not in pictures:
                picture = self([(s.latitude, s.longitude) for s in stops], route=route)
                if picture is not None:
                    pictures[key] = picture
        return DayMaps(pictures)


# -- Road times from an OSRM-compatible routing server, cached per pair of points (the
# organiser's own figures for legs are travel overrides, in services/sites.py).


@dataclass(frozen=True, slots=True)
class RoadsReport:
    """What ``fetch_road_times`` did: days looked at, requests made, legs known by road
    between sites visited on the same day, and the pairs the server found no road for."""

    server: str
    days: int
    requests: int
    stored: int
    known: int
    wanted: int
    no_route: tuple[tuple[str, str], ...]
    routes: int = 0  # route requests (for the roads' lines), besides the table requests
    lines: int = 0  # legs whose road line was stored

    def summary(self) -> str:
        """One line for the CLI and the GUI's status bar."""
        fields = {
            "known": self.known,
            "wanted": self.wanted,
            "requests": Errors.tr("%n request(s)", None, self.requests),
            "server": self.server,
            "days": Errors.tr("%n day(s)", None, self.days),
            "stored": self.stored,
            "routes": Errors.tr("%n route request(s)", None, self.routes),
            "lines": Errors.tr("%n road line(s)", None, self.lines),
        }
        line = (
            Errors.tr(
                "{known} of {wanted} legs known by road ({requests} to {server} for {days}; "
                "{stored} road times stored; {routes}, {lines} stored)"
            )
            if self.routes
            else Errors.tr(
                "{known} of {wanted} legs known by road ({requests} to {server} for {days}; "
                "{stored} road times stored)"
            )
        ).format(**fields)
        if self.no_route:
            pairs = Errors.tr(", ").join(
                Errors.tr("{origin} → {destination}").format(origin=a, destination=b)
                for a, b in self.no_route[:3]
            )
            more = len(self.no_route) - 3
            found = (
                Errors.tr("{summary}; no road found for {pairs} and {more} more")
                if more > 0
                else Errors.tr("{summary}; no road found for {pairs}")
            )
            line = found.format(summary=line, pairs=pairs, more=more)
        return line


def routing_settings(
    travel: TravelSettings,
    server: str | None = None,
    *,
    user_agent: str | None = None,
    timeout: float = routing.DEFAULT_TIMEOUT,
    min_delay: float = 1.0,
) -> routing.RoutingSettings:
    """Which routing server to ask: ``server`` if given, then ``$TOURPLANNER_ROUTING_URL``,
    then the tour's setting. Raises ValidationError when none is set or it is not a web
    address."""
    url = server or os.environ.get(routing.ENV_URL) or travel.routing_url
    if not url:
        raise ValidationError(
            Errors.tr(
                "no routing server: pass --server URL, set $TOURPLANNER_ROUTING_URL, or "
                "set the tour's routing server"
            )
        )
    try:
        url = check_web_address(url)
    except ValueError as error:
        raise ValidationError(Errors.tr("routing server: {error}").format(error=error)) from None
    return routing.RoutingSettings(
        url=url,
        user_agent=user_agent or DEFAULT_USER_AGENT,
        timeout=timeout,
        min_delay=min_delay,
    )


def fetch_road_times(
    db: Database,
    tour: str,
    settings: routing.RoutingSettings,
    *,
    progress: Callable[[int, int, str], None] | None = None,
) -> RoadsReport:
    """Ask the routing server for the road times between the sites of each day, one table
    request per day (none for a day whose legs are all cached), and cache the answers;
    then the roads the day's legs follow, one route request through the day's stops in
    programme order (none when every leg's line is cached; a day with no road between two
    of its stops keeps straight lines).

    Each day's answers are stored in their own transaction, so a server that fails on the
    third day keeps the first two. Raises RoutingError (one line) when the server cannot
    be asked.
    """
    snapshot = tours.load_snapshot(db, tour)
    profile = routing_profile(snapshot.tour.travel.mode)
    days = _sites_by_day(snapshot)
    names = {s.id: s.name for s in snapshot.sites}
    coords = {
        s.id: (s.latitude, s.longitude)
        for s in snapshot.sites
        if s.latitude is not None and s.longitude is not None
    }
    requests = stored = known = wanted = routes = lines = 0
    no_route: list[tuple[str, str]] = []
    with routing.RoutingClient(settings) as client:
        for n, (day, site_ids) in enumerate(sorted(days.items()), start=1):
            if progress is not None:
                progress(
                    n - 1, len(days), Errors.tr("road times for {day}").format(day=day.isoformat())
                )
            points = list(dict.fromkeys(coordinate_key(*coords[s]) for s in site_ids))
            pairs = {(a, b) for a in points for b in points if a != b}
            wanted += len(pairs)
            with transaction(db) as session:
                have = road_cache.cached_pairs(session, profile, points)
            if pairs <= have:
                known += len(pairs)
            else:
                before = client.requests
                named = partial(_names_at, site_ids=site_ids, coords=coords, names=names)
                got = _table_day(db, client, profile, settings.url, points, have, named)
                requests += client.requests - before
                stored += got[0]
                known += got[1]
                no_route += got[2]
            before = client.requests
            lines += _route_day(db, client, profile, snapshot, day)
            routes += client.requests - before
    if progress is not None:
        progress(len(days), len(days), Errors.tr("road times stored"))
    return RoadsReport(
        server=settings.url,
        days=len(days),
        requests=requests,
        stored=stored,
        known=known,
        wanted=wanted,
        no_route=tuple(dict.fromkeys(no_route)),
        routes=routes,
        lines=lines,
    )


def _table_day(
    db: Database,
    client: routing.RoutingClient,
    profile: str,
    server: str,
    points: list[Point],
    have: set[tuple[Point, Point]],
    named: Callable[[Point, Point], tuple[str, str]],
) -> tuple[int, int, list[tuple[str, str]]]:
    """One day's table request, stored in its own transaction (a server that fails on
    the third day keeps the first two): (road times stored, legs known, pairs with no
    road, by name)."""
    matrix = client.table(points, profile)
    known = 0
    legs = []
    no_route = []
    for i, a in enumerate(points):
        for j, b in enumerate(points):
            seconds, meters = matrix.seconds[i][j], matrix.meters[i][j]
            if i == j:
                continue
            if (a, b) in have:  # asked on an earlier day (or run): already kept
                known += 1
            elif seconds is None or meters is None:
                no_route.append(named(a, b))
            else:
                legs.append((a, b, seconds, meters))
    with transaction(db) as session:
        stored = road_cache.remember(session, profile, server, legs)
    return stored, known + len(legs), no_route


MAX_ROUTE_POINTS = 100  # waypoints per /route request (OSRM's default limit is 500)


def _route_day(
    db: Database, client: routing.RoutingClient, profile: str, snapshot: TourSnapshot, day: date
) -> int:
    """The roads of the legs travelled on one day: the programme order's and each
    participant's own (a delegate whose day skips stops travels legs the programme order
    does not have). The legs with a road time but no line are joined into one walk (see
    ``_walk``) and asked in one route request (more only past ``MAX_ROUTE_POINTS``).
    Returns how many lines were stored."""
    wanted = _day_legs(snapshot, day)
    if not wanted:
        return 0
    with transaction(db) as session:
        missing = road_cache.lacking_geometry(session, profile, wanted)
    if not missing:
        return 0
    # Only through stops of legs that lack a line: a stop no road reaches (it has no road
    # time) would make the whole route a NoRoute, asked again on every run.
    walk = _walk([pair for pair in wanted if pair in missing])
    lines = []
    for n in range(0, len(walk) - 1, MAX_ROUTE_POINTS - 1):
        ask = walk[n : n + MAX_ROUTE_POINTS]
        found = client.route(ask, profile)
        if found is None or len(found.legs) != len(ask) - 1:
            continue  # no road joins some of them: straight lines
        lines += [
            (a, b, polyline.encode(line))
            for (a, b), line in zip(pairwise(ask), found.legs, strict=True)
            if (a, b) in missing and len(line) > 1
        ]
    with transaction(db) as session:
        return road_cache.remember_geometry(session, profile, list(dict.fromkeys(lines)))


def _day_legs(snapshot: TourSnapshot, day: date) -> list[tuple[Point, Point]]:
    """The legs travelled on ``day`` by coordinate keys, without repeats: the programme
    order's first, then each participant's own day in time order."""
    route = [coordinate_key(s.latitude, s.longitude) for s in day_stops(snapshot, day)]
    legs = [(a, b) for a, b in pairwise(route) if a != b]
    sites = snapshot.sites_by_id
    days: dict[int, list[Point]] = {}
    for item in sorted(snapshot.items, key=lambda it: (it.starts_at, it.id)):
        site = sites.get(item.site_id) if item.site_id is not None else None
        if site is None or site.latitude is None or site.longitude is None:
            continue
        if item.status is ItemStatus.CANCELLED:
            continue
        if item.starts_at.astimezone(item_zone(snapshot, item)).date() != day:
            continue
        point = coordinate_key(site.latitude, site.longitude)
        for person in snapshot.attendee_ids(item):
            days.setdefault(person, []).append(point)
    for person in sorted(days):
        legs += [(a, b) for a, b in pairwise(days[person]) if a != b]
    return list(dict.fromkeys(legs))


def _walk(legs: list[tuple[Point, Point]]) -> list[Point]:
    """One sequence of points that travels every leg of ``legs``: each leg follows on from
    where the walk is when one starts there, else the walk jumps to the next leg's start
    (that joining leg is a road between two of the day's stops too). A route request
    through it returns every leg's road at once."""
    left = list(legs)
    walk: list[Point] = []
    while left:
        here = walk[-1] if walk else None
        leg = next((x for x in left if x[0] == here), left[0])
        left.remove(leg)
        if leg[0] != here:
            walk.append(leg[0])
        walk.append(leg[1])
    return walk


def _sites_by_day(snapshot: TourSnapshot) -> dict[date, list[int]]:
    """The sites (with coordinates) each day's items are at, in the day's order; only days
    with at least two different places."""
    sites = snapshot.sites_by_id
    days: dict[date, list[int]] = {}
    for item in sorted(snapshot.items, key=lambda it: (it.starts_at, it.id)):
        site = sites.get(item.site_id) if item.site_id is not None else None
        if site is None or not site.has_coordinates:
            continue
        day = item.starts_at.astimezone(item_zone(snapshot, item)).date()
        found = days.setdefault(day, [])
        if item.site_id not in found:
            found.append(site.id)
    return {
        day: ids
        for day, ids in days.items()
        if len({(sites[i].latitude, sites[i].longitude) for i in ids}) > 1
    }


def _names_at(
    a: tuple[float, float],
    b: tuple[float, float],
    site_ids: list[int],
    coords: dict[int, tuple[float, float]],
    names: dict[int, str],
) -> tuple[str, str]:
    def name(point: tuple[float, float]) -> str:
        return next(names[s] for s in site_ids if coordinate_key(*coords[s]) == point)

    return (name(a), name(b))
