"""Road times from an OSRM-compatible routing server, cached per pair of points (the
organiser's own figures for legs are travel overrides, in services/sites.py)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from tourplanner.core import wording
from tourplanner.core.contacts import check_web_address
from tourplanner.core.errors import ValidationError
from tourplanner.core.model import TourSnapshot, TravelSettings
from tourplanner.core.timeutil import item_zone
from tourplanner.core.travel import coordinate_key, routing_profile
from tourplanner.integrations import routing
from tourplanner.services import tours
from tourplanner.services.database import Database, transaction
from tourplanner.services.geocoding import DEFAULT_USER_AGENT
from tourplanner.store import road_cache

# -- road times from a routing server --------------------------------------------------------


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

    def summary(self) -> str:
        """One line for the CLI and the GUI's status bar."""
        asked = wording.count(self.requests, "request")
        line = (
            f"{self.known} of {self.wanted} legs known by road ({asked} to {self.server} "
            f"for {wording.count(self.days, 'day')}; {self.stored} road times stored)"
        )
        if self.no_route:
            pairs = ", ".join(f"{a} → {b}" for a, b in self.no_route[:3])
            more = f" and {len(self.no_route) - 3} more" if len(self.no_route) > 3 else ""
            line += f"; no road found for {pairs}{more}"
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
            "no routing server: pass --server URL, set $TOURPLANNER_ROUTING_URL, "
            "or set the tour's routing server"
        )
    try:
        url = check_web_address(url)
    except ValueError as error:
        raise ValidationError(f"routing server: {error}") from None
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
    request per day (none for a day whose legs are all cached), and cache the answers.

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
    requests = stored = known = wanted = 0
    no_route: list[tuple[str, str]] = []
    with routing.RoutingClient(settings) as client:
        for n, (day, site_ids) in enumerate(sorted(days.items()), start=1):
            if progress is not None:
                progress(n - 1, len(days), f"road times for {day.isoformat()}")
            points = list(dict.fromkeys(coordinate_key(*coords[s]) for s in site_ids))
            pairs = {(a, b) for a in points for b in points if a != b}
            wanted += len(pairs)
            with transaction(db) as session:
                have = road_cache.cached_pairs(session, profile, points)
            if pairs <= have:
                known += len(pairs)
                continue
            matrix = client.table(points, profile)
            requests = client.requests
            legs = []
            for i, a in enumerate(points):
                for j, b in enumerate(points):
                    seconds, meters = matrix.seconds[i][j], matrix.meters[i][j]
                    if i == j:
                        continue
                    if (a, b) in have:  # asked on an earlier day (or run): already kept
                        known += 1
                    elif seconds is None or meters is None:
                        no_route.append(_names_at(a, b, site_ids, coords, names))
                    else:
                        legs.append((a, b, seconds, meters))
            with transaction(db) as session:
                stored += road_cache.remember(session, profile, settings.url, legs)
            known += len(legs)
    if progress is not None:
        progress(len(days), len(days), "road times stored")
    return RoadsReport(
        server=settings.url,
        days=len(days),
        requests=requests,
        stored=stored,
        known=known,
        wanted=wanted,
        no_route=tuple(dict.fromkeys(no_route)),
    )


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
