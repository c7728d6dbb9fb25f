"""Maps: which tile source to draw on, a fetcher with its disk cache, and the numbered
stops a map shows (a day's route, or every site of a tour).

The tile source is the user's setting, else ``$TOURPLANNER_TILES`` (with
``$TOURPLANNER_TILES_ATTRIBUTION`` and ``$TOURPLANNER_TILES_DATUM``), else OpenStreetMap's
standard tiles with their attribution.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tourplanner.core.errors import ValidationError
from tourplanner.core.model import TourSnapshot
from tourplanner.core.tilemap import (
    OSM_ATTRIBUTION,
    OSM_TEMPLATE,
    Datum,
    TileSource,
    Viewport,
    check_tile_template,
)
from tourplanner.core.timeutil import item_zone
from tourplanner.core.travel import coordinate_key
from tourplanner.export.pdf.tile_map import MapPicture, compose
from tourplanner.integrations.tiles import Tile, TileFetcher
from tourplanner.paths import user_cache_dir
from tourplanner.services.geocoding import DEFAULT_USER_AGENT

ENV_TILES = "TOURPLANNER_TILES"
ENV_ATTRIBUTION = "TOURPLANNER_TILES_ATTRIBUTION"
ENV_DATUM = "TOURPLANNER_TILES_DATUM"
# Where tiles are cached (default: the user's cache folder); the tests point it at a
# folder of their own.
ENV_CACHE = "TOURPLANNER_TILE_CACHE"

__all__ = [
    "ENV_ATTRIBUTION",
    "ENV_CACHE",
    "ENV_DATUM",
    "ENV_TILES",
    "Datum",
    "MapMaker",
    "MapPicture",
    "MapStop",
    "Tile",
    "TileFetcher",
    "TileSource",
    "Viewport",
    "day_stops",
    "fetch_tiles",
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
        raise ValidationError(f"map tiles: {error}") from None
    if datum not in {d.value for d in Datum}:
        raise ValidationError(f"map tiles: datum must be wgs84 or gcj02, not {datum!r}")
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
    not a single tile could be had: the document then keeps its route sketch."""

    def __init__(
        self,
        fetcher: TileFetcher,
        *,
        width: int = 960,
        height: int = 440,
        max_zoom: int = 16,
    ) -> None:
        self.fetcher = fetcher
        self.width, self.height, self.max_zoom = width, height, max_zoom
        self._made: dict[tuple[tuple[float, float], ...], MapPicture | None] = {}

    def __call__(self, points: Sequence[tuple[float, float]]) -> MapPicture | None:
        """The picture around ``points`` (WGS-84 latitude, longitude)."""
        key = tuple(coordinate_key(lat, lon) for lat, lon in points)
        if not key:
            return None
        if key not in self._made:
            self._made[key] = self._make(key)
        return self._made[key]

    def _make(self, points: tuple[tuple[float, float], ...]) -> MapPicture | None:
        source = self.fetcher.source
        view = Viewport.around(
            [source.to_map(lat, lon) for lat, lon in points],
            self.width,
            self.height,
            padding=40,
            max_zoom=min(self.max_zoom, source.max_zoom),
        )
        tiles = fetch_tiles(self.fetcher, view)
        had = sum(1 for *_where, data in tiles if data is not None)
        if not had:
            return None
        return MapPicture(compose(view, tiles), view, source, had)
