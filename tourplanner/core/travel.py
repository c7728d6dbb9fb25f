"""The travel model: how long it takes to get from one site to another.

Three sources, in this order:

1. the organiser's own figure for the leg (an override), which always wins;
2. a road time a routing server gave for the sites' current coordinates (``roads``), times
   the traffic factor (a time band's, by the leg's local departure time, e.g. ×1.5 in
   rush hours; else the tour's), plus boarding minutes;
3. the estimate: geodesic distance x detour factor / speed + boarding minutes.

A gap between two items must hold the travel minutes plus the tour's buffer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import time
from enum import StrEnum
from itertools import pairwise
from math import asin, cos, radians, sin, sqrt

from geopy.distance import geodesic

from tourplanner.core.enums import TravelMode
from tourplanner.core.i18n import QT_TRANSLATE_NOOP, Context
from tourplanner.core.model import (
    RoadLeg,
    Site,
    TourSnapshot,
    TrafficBand,
    TravelOverride,
    TravelSettings,
)

Errors = Context("Errors")  # the catalogue context of messages people read

MAX_TRAFFIC_BANDS = 12
TRAFFIC_RANGE = (0.5, 5.0)  # as the tour's own traffic factor


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
    traffic: float = 1.0  # the factor a road time was multiplied by
    band: TrafficBand | None = None  # the time band that factor came from, if any

    @property
    def overridden(self) -> bool:
        return self.source is LegSource.OVERRIDE

    @property
    def how(self) -> str:
        """How the minutes are known, as the travel check says it: "by road",
        "by road, rush-hour ×1.5 at 07:30–09:30", "estimated from the distance"…"""
        text = Checks.tr(_HOW_KNOWN[self.source])
        if self.source is not LegSource.ROAD:
            return text
        if self.band is not None:
            span = f"{_clock(self.band.starts)}–{_clock(self.band.ends)}"
            band = (
                Checks.tr("{how}, rush-hour ×{factor} at {span}")
                if self.band.factor > 1
                else Checks.tr("{how}, ×{factor} at {span}")
            )
            return band.format(how=text, factor=f"{self.band.factor:g}", span=span)
        if self.traffic == 1:
            return text
        return Checks.tr("{how}, traffic ×{factor}").format(how=text, factor=f"{self.traffic:g}")


# How a leg's minutes were found, as the travel problems say it.
_HOW_KNOWN = {
    LegSource.ROAD: QT_TRANSLATE_NOOP("Checks", "by road"),
    LegSource.OVERRIDE: QT_TRANSLATE_NOOP("Checks", "your figure"),
    LegSource.ESTIMATE: QT_TRANSLATE_NOOP("Checks", "estimated from the distance"),
    LegSource.SAME_SITE: QT_TRANSLATE_NOOP("Checks", "same site"),
    LegSource.UNKNOWN: QT_TRANSLATE_NOOP("Checks", "unknown"),
}
Checks = Context("Checks")  # the travel problems' wording is part of the check's


def check_traffic_bands(bands: Iterable[TrafficBand]) -> tuple[TrafficBand, ...]:
    """The one check of a tour's traffic bands: each starts before it ends (a band over
    midnight is two bands), has a factor from 0.5 to 5, and overlaps no other; at most
    MAX_TRAFFIC_BANDS. Returns them in time order; raises ValueError naming the problem."""
    found = sorted(bands, key=lambda b: (b.starts, b.ends))
    if len(found) > MAX_TRAFFIC_BANDS:
        raise ValueError(
            Errors.tr("at most {limit} traffic bands, not {count}").format(
                limit=MAX_TRAFFIC_BANDS, count=len(found)
            )
        )
    low, high = TRAFFIC_RANGE
    for band in found:
        if not isinstance(band.starts, time) or not isinstance(band.ends, time):
            raise ValueError(Errors.tr("a traffic band needs a start and an end time"))
        span = f"{band.starts:%H:%M}–{band.ends:%H:%M}"
        if band.starts.tzinfo is not None or band.ends.tzinfo is not None:
            raise ValueError(
                Errors.tr("traffic band {span}: local times, without a zone").format(span=span)
            )
        if not band.starts < band.ends:
            raise ValueError(
                Errors.tr(
                    "traffic band {span} ends before it starts (split one over midnight in two)"
                ).format(span=span)
            )
        factor = band.factor
        if isinstance(factor, bool) or not isinstance(factor, int | float):
            raise ValueError(
                Errors.tr("traffic band {span}: the factor must be a number").format(span=span)
            )
        if not low <= factor <= high:
            raise ValueError(
                Errors.tr(
                    "traffic band {span}: the factor must be from {low:g} to {high:g}"
                ).format(span=span, low=low, high=high)
            )
    for a, b in pairwise(found):
        if b.starts < a.ends:
            raise ValueError(
                Errors.tr("traffic bands {first} and {second} overlap").format(
                    first=f"{a.starts:%H:%M}–{a.ends:%H:%M}",
                    second=f"{b.starts:%H:%M}–{b.ends:%H:%M}",
                )
            )
    return tuple(TrafficBand(b.starts, b.ends, float(b.factor)) for b in found)


_BAND = re.compile(
    r"^\s*(\d{1,2}):(\d{2})\s*[-–—]\s*(\d{1,2}):(\d{2})\s*(?:[x×*=]\s*)?(\d+(?:\.\d+)?)\s*$"
)


def parse_traffic_bands(text: str) -> tuple[TrafficBand, ...]:
    """Bands written as people write them: "07:30–09:30 ×1.5, 17:00–19:30 ×1.5" (commas
    or semicolons between bands; "x", "×" or nothing before the factor); "" for none.
    Checked by ``check_traffic_bands``; raises ValueError naming the part not understood."""
    bands = []
    for part in re.split(r"[,;\n]", text.replace("，", ",").replace("；", ";")):
        if not part.strip():
            continue
        found = _BAND.match(part)
        if found is None:
            raise ValueError(
                Errors.tr("traffic band {part!r}: write it as 07:30–09:30 ×1.5").format(
                    part=part.strip()
                )
            )
        h1, m1, h2, m2 = (int(g) for g in found.groups()[:4])
        factor = float(found.group(5))
        try:
            starts = time(h1, m1)
            ends = time(23, 59, 59, 999999) if (h2, m2) == (24, 0) else time(h2, m2)
        except ValueError:
            raise ValueError(
                Errors.tr("traffic band {part!r}: not a time of day").format(part=part.strip())
            ) from None
        bands.append(TrafficBand(starts, ends, factor))
    return check_traffic_bands(bands)


def traffic_bands_text(bands: Iterable[TrafficBand]) -> str:
    """Bands as ``parse_traffic_bands`` reads them: "07:30–09:30 ×1.5, 17:00–19:30 ×1.5"."""
    return ", ".join(f"{_clock(b.starts)}–{_clock(b.ends)} ×{b.factor:g}" for b in bands)


def _clock(at: time) -> str:
    """A band's end as people write it: the end of the day is 24:00."""
    return "24:00" if at == time.max else f"{at:%H:%M}"


def traffic_at(settings: TravelSettings, departs: time | None) -> tuple[float, TrafficBand | None]:
    """The traffic factor for a leg that departs at ``departs`` (local time of day): the
    band's that holds it, else the tour's (and the tour's when the time is not known)."""
    if departs is not None:
        for band in settings.traffic_bands:
            if band.starts <= departs < band.ends:
                return band.factor, band
    return settings.traffic_factor, None


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
        self._legs: dict[tuple[int, int, TrafficBand | None], Leg] = {}

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

    def leg(self, a: int, b: int, departs: time | None = None) -> Leg:
        """The journey from site ``a`` to site ``b``, leaving at ``departs`` (local time of
        day; it picks the traffic band of a road time, None: the tour's factor)."""
        road = self._roads.get((a, b))
        band = None
        if road is not None and departs is not None and self.settings.traffic_bands:
            band = traffic_at(self.settings, departs)[1]
        key = (a, b, band)
        found = self._legs.get(key)
        if found is not None:
            return found
        override = self._overrides.get((a, b), self._overrides.get((b, a)))
        s = self.settings
        if a == b:
            leg = Leg(a, b, 0.0, 0.0, LegSource.SAME_SITE)
        elif override is not None:
            leg = Leg(a, b, float(override), self.km(a, b), LegSource.OVERRIDE)
        elif road is not None:
            factor = band.factor if band is not None else s.traffic_factor
            minutes = road.minutes * factor + s.boarding_minutes
            leg = Leg(a, b, minutes, road.km, LegSource.ROAD, factor, band)
        else:
            km = self.km(a, b)
            if km is None:
                leg = Leg(a, b, None, None, LegSource.UNKNOWN)
            else:
                minutes = km * s.detour_factor / s.effective_speed_kmh * 60 + s.boarding_minutes
                leg = Leg(a, b, minutes, km, LegSource.ESTIMATE)
        self._legs[key] = leg
        return leg

    def minutes(self, a: int, b: int, departs: time | None = None) -> float | None:
        """Travel minutes from ``a`` to ``b`` (0 for the same site, None if unknown)."""
        return self.leg(a, b, departs).minutes

    def needed_gap(self, a: int, b: int, departs: time | None = None) -> float | None:
        """Minutes that must separate an item at ``a`` from the next one at ``b``."""
        minutes = self.minutes(a, b, departs)
        if minutes is None:
            return None
        return 0.0 if a == b else minutes + self.settings.buffer_minutes

    @property
    def has_bands(self) -> bool:
        """Whether the departure time can change a road leg's minutes (callers then pass
        it; without bands they need not work it out)."""
        return bool(self.settings.traffic_bands) and bool(self._roads)

    def gap_is_enough(
        self, a: int, b: int, gap_minutes: float, departs: time | None = None
    ) -> bool | None:
        """Whether ``gap_minutes`` between an item at ``a`` and one at ``b`` is enough
        (None when the travel time is unknown).

        The same answer as comparing with ``needed_gap``, but cheaper: the geodesic is
        within half a percent of the spherical distance, so a gap that is not very close
        to the needed time is decided without the (slow) ellipsoidal computation.
        """
        if a == b:
            return True
        known = self._legs.get((a, b, None))
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
        needed = self.needed_gap(a, b, departs)
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
