"""The travel model: how long it takes to get from one site to another.

Three sources, in this order:

1. the organiser's own figure for the leg (an override), which always wins;
2. a road time a routing server gave for the sites' current coordinates (``roads``), times
   the tour's traffic factor, plus boarding minutes;
3. the estimate: geodesic distance x detour factor / speed + boarding minutes.

A gap between two items must hold the travel minutes plus the tour's buffer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from math import asin, cos, radians, sin, sqrt

from geopy.distance import geodesic

from tourplanner.core.enums import TravelMode
from tourplanner.core.model import RoadLeg, Site, TourSnapshot, TravelOverride, TravelSettings


class LegSource(StrEnum):
    """Where a leg's minutes come from."""

    SAME_SITE = "same site"
    OVERRIDE = "your figure"
    ROAD = "by road"
    ESTIMATE = "estimated"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Leg:
    """One journey between two sites."""

    from_site_id: int
    to_site_id: int
    minutes: float | None  # None: a site lacks coordinates and there is no override
    km: float | None  # by road when the minutes are, else as the crow flies
    source: LegSource

    @property
    def overridden(self) -> bool:
        return self.source is LegSource.OVERRIDE


def routing_profile(mode: TravelMode) -> str:
    """The OSRM profile that answers for a travel mode (coaches drive like cars)."""
    return "foot" if mode is TravelMode.WALK else "driving"


def coordinate_key(latitude: float, longitude: float) -> tuple[float, float]:
    """Coordinates as road times are cached under them: rounded to 1e-6 degrees (~10 cm),
    so the same point read back from either database matches exactly."""
    return (round(latitude, 6), round(longitude, 6))


class TravelModel:
    """Travel times between a tour's sites, computed once per pair and then remembered."""

    def __init__(
        self,
        sites: Iterable[Site],
        settings: TravelSettings,
        overrides: Iterable[TravelOverride] = (),
        road_legs: Iterable[RoadLeg] = (),
    ) -> None:
        self.settings = settings
        # The same sites as ``has_coordinates`` picks, spelt so the pairs are known floats.
        self._coords = {
            s.id: (s.latitude, s.longitude)
            for s in sites
            if s.latitude is not None and s.longitude is not None
        }
        self._overrides = {(o.from_site_id, o.to_site_id): o.minutes for o in overrides}
        self._roads = {(r.from_site_id, r.to_site_id): r for r in road_legs}
        self._legs: dict[tuple[int, int], Leg] = {}

    @classmethod
    def of(cls, snapshot: TourSnapshot) -> TravelModel:
        """The travel model of a whole tour: its sites, settings, overrides and road times."""
        return cls(
            snapshot.sites,
            snapshot.tour.travel,
            snapshot.travel_overrides,
            snapshot.road_legs,
        )

    def has_road_time(self, a: int, b: int) -> bool:
        """Whether a routing server's time is known for the leg from ``a`` to ``b``."""
        return (a, b) in self._roads

    @property
    def buffer_minutes(self) -> int:
        return self.settings.buffer_minutes

    def km(self, a: int, b: int) -> float | None:
        """Geodesic distance in km, or None when a site has no coordinates."""
        if a == b:
            return 0.0
        pa, pb = self._coords.get(a), self._coords.get(b)
        if pa is None or pb is None:
            return None
        return float(geodesic(pa, pb).km)

    def leg(self, a: int, b: int) -> Leg:
        """The journey from site ``a`` to site ``b``."""
        key = (a, b)
        found = self._legs.get(key)
        if found is not None:
            return found
        override = self._overrides.get(key, self._overrides.get((b, a)))
        road = self._roads.get(key)
        s = self.settings
        if a == b:
            leg = Leg(a, b, 0.0, 0.0, LegSource.SAME_SITE)
        elif override is not None:
            leg = Leg(a, b, float(override), self.km(a, b), LegSource.OVERRIDE)
        elif road is not None:
            minutes = road.minutes * s.traffic_factor + s.boarding_minutes
            leg = Leg(a, b, minutes, road.km, LegSource.ROAD)
        else:
            km = self.km(a, b)
            if km is None:
                leg = Leg(a, b, None, None, LegSource.UNKNOWN)
            else:
                minutes = km * s.detour_factor / s.effective_speed_kmh * 60 + s.boarding_minutes
                leg = Leg(a, b, minutes, km, LegSource.ESTIMATE)
        self._legs[key] = leg
        return leg

    def minutes(self, a: int, b: int) -> float | None:
        """Travel minutes from ``a`` to ``b`` (0 for the same site, None if unknown)."""
        return self.leg(a, b).minutes

    def needed_gap(self, a: int, b: int) -> float | None:
        """Minutes that must separate an item at ``a`` from the next one at ``b``."""
        minutes = self.minutes(a, b)
        if minutes is None:
            return None
        return 0.0 if a == b else minutes + self.settings.buffer_minutes

    def gap_is_enough(self, a: int, b: int, gap_minutes: float) -> bool | None:
        """Whether ``gap_minutes`` between an item at ``a`` and one at ``b`` is enough
        (None when the travel time is unknown).

        The same answer as comparing with ``needed_gap``, but cheaper: the geodesic is
        within half a percent of the spherical distance, so a gap that is not very close
        to the needed time is decided without the (slow) ellipsoidal computation.
        """
        if a == b:
            return True
        known = self._legs.get((a, b))
        if (
            known is None
            and (a, b) not in self._overrides
            and (b, a) not in self._overrides
            and (a, b) not in self._roads
        ):
            pa, pb = self._coords.get(a), self._coords.get(b)
            if pa is None or pb is None:
                return None
            rough = _spherical_km(pa, pb)
            if gap_minutes >= self._needed_for_km(rough * _GEODESIC_AT_MOST):
                return True
            if gap_minutes < self._needed_for_km(rough * _GEODESIC_AT_LEAST):
                return False
        needed = self.needed_gap(a, b)
        return None if needed is None else gap_minutes >= needed - 1e-9

    def _needed_for_km(self, km: float) -> float:
        s = self.settings
        return (
            km * s.detour_factor / s.effective_speed_kmh * 60
            + s.boarding_minutes
            + (s.buffer_minutes)
        )


# Bounds on geodesic (WGS84) / spherical distance (mean radius R, same latitudes and
# longitudes). In geodetic coordinates the ellipsoid's line element is
# M² dφ² + N² cos²φ dλ² and the sphere's R² (dφ² + cos²φ dλ²), with the meridional
# radius M between a(1 - e²) = 6335.44 km and the polar 6399.59 km, and N between a and
# that. Mapping the shortest path of either surface onto the other stretches it by at
# most max(N)/R = 1.00449 and shrinks it by at most min(M)/R = 0.99442, so the geodesic
# lies within those factors of the spherical distance; the constants add a small margin.
_GEODESIC_AT_MOST = 1.005
_GEODESIC_AT_LEAST = 0.994


def _spherical_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance on a sphere of the Earth's mean radius (haversine)."""
    lat1, lon1, lat2, lon2 = map(radians, (a[0], a[1], b[0], b[1]))
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * asin(min(1.0, sqrt(h)))
