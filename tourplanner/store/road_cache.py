"""The road-time cache: what a routing server answered, kept per pair of points and profile:
the leg's time and distance (``/table``) and, once asked, the road it follows (``/route``,
an encoded polyline).

Legs are keyed by coordinates (see ``core.travel.coordinate_key``), not by site, so the same
two points are never asked twice, whatever tour they belong to. When a site's coordinates
change, the legs of its old point are dropped in the same flush (a listener on every
session), whichever service moved it: a dialog, an import, the geocoder or a tour file.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, delete, event, inspect, or_, select, tuple_, update
from sqlalchemy.orm import Session

from tourplanner.core.travel import coordinate_key
from tourplanner.store import models as orm

Point = tuple[float, float]


def cached_pairs(
    session: Session, profile: str, points: Iterable[Point]
) -> set[tuple[Point, Point]]:
    """Which ordered pairs of ``points`` already have a road time for ``profile``."""
    keys = {coordinate_key(*p) for p in points}
    if len(keys) < 2:
        return set()
    rows = session.execute(
        select(
            orm.RoadTime.from_latitude,
            orm.RoadTime.from_longitude,
            orm.RoadTime.to_latitude,
            orm.RoadTime.to_longitude,
        ).where(
            orm.RoadTime.profile == profile,
            orm.RoadTime.from_latitude.in_(sorted({lat for lat, _ in keys})),
        )
    )
    found = set()
    for flat, flon, tlat, tlon in rows:
        a, b = (flat, flon), (tlat, tlon)
        if a in keys and b in keys:
            found.add((a, b))
    return found


def lacking_geometry(
    session: Session, profile: str, legs: Iterable[tuple[Point, Point]]
) -> set[tuple[Point, Point]]:
    """Which of ``legs`` have a road time but not yet the road's line."""
    wanted = {(coordinate_key(*a), coordinate_key(*b)) for a, b in legs}
    if not wanted:
        return set()
    rows = session.execute(
        select(
            orm.RoadTime.from_latitude,
            orm.RoadTime.from_longitude,
            orm.RoadTime.to_latitude,
            orm.RoadTime.to_longitude,
        ).where(
            orm.RoadTime.profile == profile,
            orm.RoadTime.geometry == "",
            orm.RoadTime.from_latitude.in_(sorted({a[0] for a, _ in wanted})),
        )
    )
    return {((r[0], r[1]), (r[2], r[3])) for r in rows} & wanted


def remember_geometry(
    session: Session, profile: str, lines: Iterable[tuple[Point, Point, str]]
) -> int:
    """Keep the road line (an encoded polyline) of legs that have a road time; a leg
    without one (no table answer yet) is not stored. Returns how many were written."""
    written = 0
    for a, b, encoded in lines:
        (alat, alon), (blat, blon) = coordinate_key(*a), coordinate_key(*b)
        result = session.execute(
            update(orm.RoadTime)
            .where(
                orm.RoadTime.profile == profile,
                orm.RoadTime.from_latitude == alat,
                orm.RoadTime.from_longitude == alon,
                orm.RoadTime.to_latitude == blat,
                orm.RoadTime.to_longitude == blon,
            )
            .values(geometry=encoded)
            .execution_options(synchronize_session=False)
        )
        written += int(getattr(result, "rowcount", 0) or 0)
    return written


def remember(
    session: Session,
    profile: str,
    server: str,
    legs: Iterable[tuple[Point, Point, float, float]],
) -> int:
    """Store (or refresh) road times: (from, to, seconds, meters) for each leg. Returns how
    many were written."""
    rows = {}
    for a, b, seconds, meters in legs:
        ka, kb = coordinate_key(*a), coordinate_key(*b)
        if ka != kb:
            rows[(ka, kb)] = (seconds, meters)
    if not rows:
        return 0
    _delete_pairs(session, profile, list(rows))
    session.add_all(
        orm.RoadTime(
            profile=profile,
            from_latitude=a[0],
            from_longitude=a[1],
            to_latitude=b[0],
            to_longitude=b[1],
            seconds=seconds,
            meters=meters,
            server=server[:300],
        )
        for (a, b), (seconds, meters) in sorted(rows.items())
    )
    session.flush()
    return len(rows)


def _delete_pairs(session: Session, profile: str, pairs: list[tuple[Point, Point]]) -> None:
    # Chunks keep the statement's parameter count within SQLite's and psycopg's limits.
    for start in range(0, len(pairs), 200):
        chunk = pairs[start : start + 200]
        session.execute(
            delete(orm.RoadTime).where(
                orm.RoadTime.profile == profile,
                tuple_(
                    orm.RoadTime.from_latitude,
                    orm.RoadTime.from_longitude,
                    orm.RoadTime.to_latitude,
                    orm.RoadTime.to_longitude,
                ).in_([(a[0], a[1], b[0], b[1]) for a, b in chunk]),
            )
        )


def forget_points(connection: Any, points: Iterable[Point]) -> None:
    """Drop every cached leg that starts or ends at one of ``points`` (any profile)."""
    for lat, lon in {coordinate_key(*p) for p in points}:
        t = orm.table_of(orm.RoadTime)
        connection.execute(
            delete(t).where(
                or_(
                    and_(t.c.from_latitude == lat, t.c.from_longitude == lon),
                    and_(t.c.to_latitude == lat, t.c.to_longitude == lon),
                )
            )
        )


@event.listens_for(Session, "before_flush")
def _drop_legs_of_moved_sites(session: Session, _context: Any, _instances: Any) -> None:
    """A site whose coordinates change loses the cached legs of its old point."""
    old_points = []
    for obj in session.dirty:
        if not isinstance(obj, orm.Site):
            continue
        state = inspect(obj)
        lat, lon = state.attrs.latitude.history, state.attrs.longitude.history
        if not (lat.has_changes() or lon.has_changes()):
            continue
        before_lat = lat.deleted[0] if lat.deleted else (lat.unchanged or [None])[0]
        before_lon = lon.deleted[0] if lon.deleted else (lon.unchanged or [None])[0]
        if before_lat is not None and before_lon is not None:
            old_points.append((before_lat, before_lon))
    if old_points:
        # Core statements on the session's connection: no autoflush inside a flush.
        forget_points(session.connection(), old_points)
