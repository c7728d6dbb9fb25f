"""Road times for the large tour from an OSRM-compatible server on loopback (the stub the
tests use): how many table requests ``roads`` makes (at most one per day), and how long a
first run and a cached rerun take."""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.generate import insert_into
from bench.harness import Context, Measure, need, row


@dataclass(frozen=True)
class RoadsBench:
    days: int
    requests: int
    legs: int
    first: float
    again: float
    again_requests: int


def _bench(ctx: Context) -> RoadsBench:
    def measure() -> RoadsBench:
        fake_cls = need("tests.fakes.osrm", "FakeOsrm")
        travel = need("tourplanner.services.maps")
        open_database = need("tourplanner.services.database", "open_database")
        snap = ctx.tour("large").snapshot
        with tempfile.TemporaryDirectory(prefix="tp-bench-roads-") as folder:
            db = open_database(f"sqlite:///{Path(folder) / 'bench.db'}")
            try:
                slug = insert_into(db, snap)
                with fake_cls() as osrm:
                    settings = travel.routing_settings(snap.tour.travel, osrm.url, min_delay=0)
                    started = time.perf_counter()
                    first = travel.fetch_road_times(db, slug, settings)
                    first_s = time.perf_counter() - started
                    started = time.perf_counter()
                    again = travel.fetch_road_times(db, slug, settings)
                    again_s = time.perf_counter() - started
            finally:
                db.dispose()
        return RoadsBench(
            first.days, first.requests, first.stored, first_s, again_s, again.requests
        )

    return ctx.memo("roads", measure)  # type: ignore[no-any-return]


@row("roads: table requests per day with two or more places, large", target=1.0, unit="ratio")
def requests_per_day(ctx: Context) -> Measure:
    b = _bench(ctx)
    note = (
        f"{b.requests} requests for {b.days} days, {b.legs} legs stored in {b.first:.2f} s; "
        f"rerun {b.again_requests} requests in {b.again:.2f} s"
    )
    return Measure(b.requests / max(1, b.days), note)
