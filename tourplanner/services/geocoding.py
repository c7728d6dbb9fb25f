"""Find coordinates for a tour's sites: the offline gazetteer, then the cache, then Nominatim.

Coordinates entered by hand are never touched. Each site is handled in short transactions
of its own, and no transaction is open while the geocoder is asked, so one failure costs
one site and a slow server never holds a database lock. Answers (a place, or "no match")
are cached per server and query so an address is never looked up twice; failures that may
go away (timeouts, 429, 5xx, malformed JSON, no connection) are not cached.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tourplanner import __version__
from tourplanner.core.enums import CoordinateSource, GeocodeStatus
from tourplanner.core.errors import TourplannerError, ValidationError
from tourplanner.core.i18n import Context
from tourplanner.integrations.geocoder import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_RETRY_WAIT,
    DEFAULT_TIMEOUT,
    MAX_QUERY_LENGTH,
    MAX_RETRIES_LIMIT,
    PUBLIC_URL,
    GeocodeOutcome,
    GeocoderSettings,
    NominatimGeocoder,
    found_message,
    too_long_message,
)
from tourplanner.paths import RESOURCES_DIR
from tourplanner.services.database import Database, transaction
from tourplanner.store import models as orm
from tourplanner.store.repository import tour_by_slug

Errors = Context("Errors")  # the catalogue context of messages the services raise

ENV_URL = "TOURPLANNER_GEOCODER_URL"
ENV_AGENT = "TOURPLANNER_GEOCODER_AGENT"
DEFAULT_USER_AGENT = f"tourplanner/{__version__} (delegation tour planner)"
GAZETTEER_FILE = RESOURCES_DIR / "gazetteer.json"

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_RETRY_WAIT",
    "DEFAULT_TIMEOUT",
    "DEFAULT_USER_AGENT",
    "ENV_AGENT",
    "ENV_URL",
    "GAZETTEER_FILE",
    "MAX_RETRIES_LIMIT",
    "PUBLIC_URL",
    "Gazetteer",
    "GazetteerPlace",
    "GeocodeOutcome",
    "GeocodeReport",
    "SiteGeocode",
    "geocode_tour",
    "geocode_tours",
    "geocoder_settings",
    "load_gazetteer",
    "reverse_geocode",
    "site_query",
]


# --- results ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SiteGeocode:
    """What happened to one site. ``status`` is None when the site was skipped (entered by
    hand, or already placed) or when the database refused the change (``message`` says)."""

    key: str
    name: str
    status: GeocodeStatus | None
    message: str
    source: CoordinateSource | None
    latitude: float | None
    longitude: float | None
    skipped: bool = False
    cached: bool = False  # the answer came from the cache, not from the server

    @property
    def failed(self) -> bool:
        """True when this run left the site without the coordinates it looked for."""
        return not self.skipped and self.status is not GeocodeStatus.FOUND


@dataclass(frozen=True, slots=True)
class GeocodeReport:
    """One tour's geocoding run: a line per site (ordered by key) and the totals."""

    tour: str
    server: str
    sites: tuple[SiteGeocode, ...]
    requests: int  # lookups sent to the server (a retried lookup counts once)

    @property
    def found(self) -> int:
        return sum(1 for s in self.sites if s.status is GeocodeStatus.FOUND)

    @property
    def not_found(self) -> int:
        return sum(1 for s in self.sites if s.status is GeocodeStatus.NOT_FOUND)

    @property
    def errors(self) -> int:
        """Sites that failed for a reason that may go away (timeout, 429, 5xx, ...)."""
        return sum(1 for s in self.sites if s.failed and s.status is not GeocodeStatus.NOT_FOUND)

    @property
    def skipped(self) -> int:
        return sum(1 for s in self.sites if s.skipped)

    @property
    def failed(self) -> int:
        """Sites left without coordinates by this run: no match, or an error."""
        return sum(1 for s in self.sites if s.failed)


Progress = Callable[[int, int, SiteGeocode], None]  # (sites done, sites in all, latest)


# --- gazetteer ----------------------------------------------------------------------------


def _name_key(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass(frozen=True, slots=True)
class GazetteerPlace:
    names: tuple[str, ...]
    latitude: float
    longitude: float
    note: str = ""


class Gazetteer:
    """Known places by name; a site matches on its name or its local name."""

    def __init__(self, places: Sequence[GazetteerPlace]) -> None:
        self.places = tuple(places)
        self._by_name: dict[str, GazetteerPlace] = {}
        for place in self.places:
            for name in place.names:
                self._by_name.setdefault(_name_key(name), place)

    @classmethod
    def read(cls, path: Path) -> Gazetteer:
        """Read a gazetteer file; a broken file is a one-line ValidationError."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            places = [
                GazetteerPlace(
                    names=tuple(str(n) for n in p["names"]),
                    latitude=float(p["lat"]),
                    longitude=float(p["lon"]),
                    note=str(p.get("note", "")),
                )
                for p in data["places"]
            ]
        except OSError as e:
            raise ValidationError(
                Errors.tr("cannot read the gazetteer {path}: {error}").format(
                    path=path, error=e.strerror or e
                )
            ) from None
        except (ValueError, KeyError, TypeError) as e:
            raise ValidationError(
                Errors.tr("the gazetteer {path} is malformed: {error}").format(path=path, error=e)
            ) from None
        for p in places:
            if not (-90 <= p.latitude <= 90 and -180 <= p.longitude <= 180) or not p.names:
                raise ValidationError(
                    Errors.tr("the gazetteer {path} has a bad entry: {names}").format(
                        path=path, names=repr(p.names)
                    )
                )
        return cls(places)

    def find(self, name: str, local_name: str = "") -> GazetteerPlace | None:
        for candidate in (name, local_name):
            if candidate.strip():
                place = self._by_name.get(_name_key(candidate))
                if place is not None:
                    return place
        return None


@lru_cache(maxsize=4)
def load_gazetteer(path: Path = GAZETTEER_FILE) -> Gazetteer:
    """The shipped gazetteer (read once per process)."""
    return Gazetteer.read(path)


# --- settings and the shared client -------------------------------------------------------


def geocoder_settings(
    server: str | None = None,
    user_agent: str | None = None,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    min_delay: float | None = None,
    max_retries: int = DEFAULT_MAX_RETRIES,
    retry_wait: float = DEFAULT_RETRY_WAIT,
) -> GeocoderSettings:
    """Settings with the defaults filled in: an explicit value wins, then
    ``$TOURPLANNER_GEOCODER_URL`` / ``$TOURPLANNER_GEOCODER_AGENT``, then the public
    Nominatim server and Tourplanner's own user agent."""
    return GeocoderSettings(
        url=server or os.environ.get(ENV_URL) or PUBLIC_URL,
        user_agent=user_agent or os.environ.get(ENV_AGENT) or DEFAULT_USER_AGENT,
        timeout=timeout,
        min_delay=min_delay,
        max_retries=max_retries,
        retry_wait=retry_wait,
    )


_clients_lock = threading.Lock()
_clients: dict[GeocoderSettings, NominatimGeocoder] = {}


def _client(settings: GeocoderSettings) -> NominatimGeocoder:
    # One client per settings for the whole process: its rate limiter then spaces requests
    # across calls too (several tours, a GUI worker and a reverse lookup one after another).
    with _clients_lock:
        client = _clients.get(settings)
        if client is None:
            client = _clients[settings] = NominatimGeocoder(settings)
        return client


# --- one site -----------------------------------------------------------------------------


def site_query(address: str, name: str, local_name: str = "") -> str:
    """What to ask the geocoder for a site: its address, else its names; whitespace
    collapsed, so the same address always hits the same cache entry."""
    text = address if address.strip() else ", ".join(n for n in (name, local_name) if n.strip())
    return " ".join(text.split())


def _entry(row: orm.Site, *, cached: bool = False) -> SiteGeocode:
    return SiteGeocode(
        key=row.key,
        name=row.name,
        status=row.geocode_status,
        message=row.geocode_message,
        source=row.coord_source,
        latitude=row.latitude,
        longitude=row.longitude,
        cached=cached,
    )


def _skipped(row: orm.Site, message: str) -> SiteGeocode:
    return SiteGeocode(
        key=row.key,
        name=row.name,
        status=None,
        message=message,
        source=row.coord_source,
        latitude=row.latitude,
        longitude=row.longitude,
        skipped=True,
    )


def _set(row: orm.Site, **values: object) -> None:
    # Assign only real changes, so a rerun that finds the same answer leaves the row (and
    # its version, which editors use to detect concurrent changes) exactly as it was.
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)


def _place(
    row: orm.Site,
    lat: float,
    lon: float,
    source: CoordinateSource,
    approximate: bool,
    message: str,
) -> None:
    _set(
        row,
        latitude=lat,
        longitude=lon,
        coord_source=source,
        coord_approximate=approximate,
        geocode_status=GeocodeStatus.FOUND,
        geocode_message=message,
    )


def _apply(row: orm.Site, outcome: GeocodeOutcome) -> None:
    # The stored message does not say whether the answer came from the cache (the report
    # does), so a rerun that finds the same answer leaves the row unchanged.
    if outcome.status is GeocodeStatus.FOUND:
        assert outcome.latitude is not None and outcome.longitude is not None
        _place(
            row,
            outcome.latitude,
            outcome.longitude,
            CoordinateSource.GEOCODED,
            False,
            outcome.message,
        )
        return
    message = outcome.message
    if outcome.status is GeocodeStatus.NOT_FOUND:
        message += "; change the address or enter coordinates by hand"
    # Coordinates the site already has stay: a failed lookup is no reason to lose them.
    _set(row, geocode_status=outcome.status, geocode_message=message)


def _cached(session: Session, server: str, query: str) -> GeocodeOutcome | None:
    hit = session.scalar(
        select(orm.GeocodeResult).where(
            orm.GeocodeResult.server == server, orm.GeocodeResult.query == query
        )
    )
    if hit is None:
        return None
    if hit.latitude is None or hit.longitude is None:
        return GeocodeOutcome(GeocodeStatus.NOT_FOUND, f"no match for {query!r}")
    return GeocodeOutcome(
        GeocodeStatus.FOUND,
        found_message(hit.display_name),
        latitude=hit.latitude,
        longitude=hit.longitude,
        display_name=hit.display_name,
    )


def _remember(db: Database, server: str, query: str, outcome: GeocodeOutcome) -> None:
    try:
        with transaction(db) as session:
            if _cached(session, server, query) is None:
                session.add(
                    orm.GeocodeResult(
                        server=server,
                        query=query,
                        latitude=outcome.latitude,
                        longitude=outcome.longitude,
                        display_name=outcome.display_name,
                    )
                )
    except ValidationError:
        pass  # another session cached the same answer first (unique server + query)


class _Run:
    """One batch against one server; counts the lookups it sends."""

    def __init__(
        self, db: Database, client: NominatimGeocoder, gazetteer: Gazetteer, only_missing: bool
    ) -> None:
        self.db = db
        self.client = client
        self.gazetteer = gazetteer
        self.only_missing = only_missing
        self.requests = 0

    def site(self, site_id: int) -> SiteGeocode | None:
        """Place one site; None if it was deleted while the batch ran."""
        server = self.client.server
        with transaction(self.db) as session:
            row = session.get(orm.Site, site_id)
            if row is None:
                return None
            if row.coord_source is CoordinateSource.MANUAL:
                return _skipped(row, "coordinates entered by hand; left alone")
            if self.only_missing and row.latitude is not None:
                return _skipped(row, f"already placed ({row.coord_source or 'unknown source'})")
            place = self.gazetteer.find(row.name, row.local_name)
            if place is not None:
                _place(
                    row,
                    place.latitude,
                    place.longitude,
                    CoordinateSource.GAZETTEER,
                    True,
                    "from the offline gazetteer (approximate)",
                )
                return _entry(row)
            query = site_query(row.address, row.name, row.local_name)
            if len(query) > MAX_QUERY_LENGTH:
                # Neither asked nor cached: the cache's query column holds no more.
                _apply(row, GeocodeOutcome(GeocodeStatus.NOT_FOUND, too_long_message()))
                return _entry(row)
            hit = _cached(session, server, query)
            if hit is not None:
                _apply(row, hit)
                return _entry(row, cached=True)
        self.requests += 1
        outcome = self.client.geocode(query)
        if outcome.is_answer:
            _remember(self.db, server, query, outcome)
        with transaction(self.db) as session:
            row = session.get(orm.Site, site_id)
            if row is None:
                return None
            if row.coord_source is CoordinateSource.MANUAL:
                return _skipped(row, "coordinates were entered by hand meanwhile; left alone")
            _apply(row, outcome)
            return _entry(row)


# --- use cases ----------------------------------------------------------------------------


def _sites_of(db: Database, slug: str) -> list[tuple[int, str, str]]:
    with transaction(db) as session:
        tour = tour_by_slug(session, slug)
        rows = session.execute(
            select(orm.Site.id, orm.Site.key, orm.Site.name)
            .where(orm.Site.tour_id == tour.id)
            .order_by(orm.Site.key)
        )
        return [(r.id, r.key, r.name) for r in rows]


def failure_summary(report: GeocodeReport, limit: int = 2) -> str:
    """Why sites were left without coordinates, one clause a site ("Nowhere Park: no
    match"), at most ``limit`` of them and a count of the rest; empty when none failed."""
    failed = [s for s in report.sites if s.failed]
    parts = [f"{s.name}: {s.message}" for s in failed[:limit]]
    if len(failed) > limit:
        parts.append(f"{len(failed) - limit} more")
    return "; ".join(parts)


def geocode_tours(
    db: Database,
    tour_slugs: Sequence[str] | None = None,
    *,
    server: str | None = None,
    user_agent: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    min_delay: float | None = None,
    max_retries: int = DEFAULT_MAX_RETRIES,
    retry_wait: float = DEFAULT_RETRY_WAIT,
    only_missing: bool = True,
    progress: Progress | None = None,
) -> list[GeocodeReport]:
    """``geocode_tour`` for several tours (None: every tour) with one client, so the pace
    between requests holds across tours. Unknown slugs fail before anything is asked."""
    settings = geocoder_settings(
        server,
        user_agent,
        timeout=timeout,
        min_delay=min_delay,
        max_retries=max_retries,
        retry_wait=retry_wait,
    )
    client = _client(settings)
    gazetteer = load_gazetteer()
    if tour_slugs is None:
        with transaction(db) as session:
            tour_slugs = list(session.scalars(select(orm.Tour.slug).order_by(orm.Tour.slug)))
    plans = [(slug, _sites_of(db, slug)) for slug in tour_slugs]
    total = sum(len(sites) for _, sites in plans)
    done = 0
    reports = []
    for slug, sites in plans:
        run = _Run(db, client, gazetteer, only_missing)
        entries: list[SiteGeocode] = []
        for site_id, key, name in sites:
            try:
                entry = run.site(site_id)
            except TourplannerError as e:
                # The database refused this site's change; the batch goes on with the rest.
                entry = SiteGeocode(key, name, None, str(e), None, None, None)
            done += 1
            if entry is None:
                continue
            entries.append(entry)
            if progress is not None:
                progress(done, total, entry)
        reports.append(GeocodeReport(slug, client.server, tuple(entries), run.requests))
    return reports


def geocode_tour(
    db: Database,
    tour_slug: str,
    *,
    server: str | None = None,
    user_agent: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    min_delay: float | None = None,
    max_retries: int = DEFAULT_MAX_RETRIES,
    retry_wait: float = DEFAULT_RETRY_WAIT,
    only_missing: bool = True,
    progress: Progress | None = None,
) -> GeocodeReport:
    """Find coordinates for the sites of ``tour_slug`` and store them on the sites.

    For each site not entered by hand (and, with ``only_missing``, only for sites with no
    coordinates yet): the offline gazetteer, else the cache, else the server. Each site gets
    ``geocode_status`` and a one-line ``geocode_message``; a failure leaves the site's
    coordinates as they were and the batch carries on. ``server`` and ``user_agent`` default
    to ``$TOURPLANNER_GEOCODER_URL`` / ``$TOURPLANNER_GEOCODER_AGENT``, then the public
    Nominatim server (never asked faster than once a second, whatever ``min_delay`` says).
    ``progress(done, total, site)`` is called after each site. Raises NotFoundError for an
    unknown tour and ValidationError for bad settings, before anything is asked.
    """
    (report,) = geocode_tours(
        db,
        [tour_slug],
        server=server,
        user_agent=user_agent,
        timeout=timeout,
        min_delay=min_delay,
        max_retries=max_retries,
        retry_wait=retry_wait,
        only_missing=only_missing,
        progress=progress,
    )
    return report


def reverse_geocode(
    latitude: float,
    longitude: float,
    *,
    server: str | None = None,
    user_agent: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    min_delay: float | None = None,
    max_retries: int = DEFAULT_MAX_RETRIES,
    retry_wait: float = DEFAULT_RETRY_WAIT,
) -> GeocodeOutcome:
    """The address nearest to a point (``display_name``), NOT_FOUND, or why it failed."""
    settings = geocoder_settings(
        server,
        user_agent,
        timeout=timeout,
        min_delay=min_delay,
        max_retries=max_retries,
        retry_wait=retry_wait,
    )
    return _client(settings).reverse(latitude, longitude)
