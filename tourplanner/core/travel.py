"""The travel model: how long it takes to get from one site to another.

Minutes = geodesic distance x detour factor / speed + boarding minutes, unless the
organiser has entered their own figure for the leg, which always wins. A gap between two
items must hold the travel minutes plus the tour's buffer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from geopy.distance import geodesic

from tourplanner.core.model import Site, TravelOverride, TravelSettings


@dataclass(frozen=True, slots=True)
class Leg:
    """One journey between two sites."""

    from_site_id: int
    to_site_id: int
    minutes: float | None  # None: a site lacks coordinates and there is no override
    km: float | None
    overridden: bool


class TravelModel:
    """Travel times between a tour's sites, computed once per pair and then remembered."""

    def __init__(
        self,
        sites: Iterable[Site],
        settings: TravelSettings,
        overrides: Iterable[TravelOverride] = (),
    ) -> None:
        self.settings = settings
        self._coords = {s.id: (s.latitude, s.longitude) for s in sites if s.has_coordinates}
        self._overrides = {(o.from_site_id, o.to_site_id): o.minutes for o in overrides}
        self._legs: dict[tuple[int, int], Leg] = {}

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
        km = self.km(a, b)
        override = self._overrides.get(key, self._overrides.get((b, a)))
        if a == b:
            leg = Leg(a, b, 0.0, 0.0, False)
        elif override is not None:
            leg = Leg(a, b, float(override), km, True)
        elif km is None:
            leg = Leg(a, b, None, None, False)
        else:
            s = self.settings
            minutes = km * s.detour_factor / s.effective_speed_kmh * 60 + s.boarding_minutes
            leg = Leg(a, b, minutes, km, False)
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
