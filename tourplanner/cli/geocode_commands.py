"""`tourplanner geocode`: find coordinates for a tour's sites."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from tourplanner.cli import EXIT_OK, EXIT_PROBLEMS
from tourplanner.services.database import Database
from tourplanner.services.geocoding import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENV_AGENT,
    ENV_URL,
    MAX_RETRIES_LIMIT,
    PUBLIC_URL,
    GeocodeReport,
    SiteGeocode,
    geocode_tour,
)
from tourplanner.services.tour_list import list_tours


def seconds_option(minimum_exclusive: bool) -> Any:
    """An argparse type for a number of seconds (above 0 when ``minimum_exclusive``)."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected seconds, got {text!r}") from None
        if value != value or value < 0 or (minimum_exclusive and value == 0):
            raise argparse.ArgumentTypeError(
                f"expected {'more than' if minimum_exclusive else 'at least'} 0 seconds, "
                f"got {text!r}"
            )
        return value

    return parse


def _retries(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= MAX_RETRIES_LIMIT:
        raise argparse.ArgumentTypeError(f"expected 0 to {MAX_RETRIES_LIMIT}, got {text!r}")
    return value


def register(groups: Any) -> None:
    """Add ``geocode`` to the top-level commands."""
    p = groups.commands.add_parser(
        "geocode",
        help="find coordinates for the sites of a tour",
        description="Place each site: coordinates entered by hand are kept; otherwise the "
        "offline gazetteer, then answers cached in the database, then a Nominatim server. "
        "Exit code 0 when every site looked up was placed, 1 when some were not.",
    )
    p.add_argument("--tour", metavar="TOUR", help="the tour's slug (default: every tour)")
    p.add_argument(
        "--server",
        metavar="URL",
        help=f"Nominatim server (default ${ENV_URL}, else {PUBLIC_URL}, "
        "which is never asked more than once a second)",
    )
    p.add_argument(
        "--user-agent",
        metavar="UA",
        help=f"how this program names itself to the server (default ${ENV_AGENT})",
    )
    p.add_argument(
        "--timeout",
        metavar="S",
        type=seconds_option(True),
        default=DEFAULT_TIMEOUT,
        help=f"seconds to wait for each answer (default {DEFAULT_TIMEOUT:g})",
    )
    p.add_argument(
        "--min-delay",
        metavar="S",
        type=seconds_option(False),
        help="seconds between two requests (default 1 for the public server, which never "
        "gets less; 0 for other servers)",
    )
    p.add_argument(
        "--retries",
        metavar="N",
        type=_retries,
        default=DEFAULT_MAX_RETRIES,
        help=f"retries after a failed request, 0 to {MAX_RETRIES_LIMIT} "
        f"(default {DEFAULT_MAX_RETRIES})",
    )
    p.add_argument(
        "--all",
        action="store_true",
        help="also look again at sites that already have coordinates "
        "(never at those entered by hand)",
    )
    p.set_defaults(run=cmd_geocode)


def _status(entry: SiteGeocode) -> str:
    if entry.skipped:
        return "skipped"
    return entry.status.value if entry.status is not None else "error"


def _coordinate(value: float | None) -> str:
    return f"{value:.5f}" if value is not None else "-"


def _print_report(report: GeocodeReport) -> None:
    print(f"Tour {report.tour}")
    if not report.sites:
        print("  (no sites)")
    else:
        key_width = max(len("KEY"), *(len(s.key) for s in report.sites))
        status_width = max(len("STATUS"), *(len(_status(s)) for s in report.sites))
        print(
            f"{'KEY':<{key_width}}  {'STATUS':<{status_width}}  {'SOURCE':<9}  "
            f"{'LATITUDE':>9}  {'LONGITUDE':>10}  NOTE"
        )
        for s in report.sites:
            source = s.source.value if s.source is not None else "-"
            print(
                f"{s.key:<{key_width}}  {_status(s):<{status_width}}  {source:<9}  "
                f"{_coordinate(s.latitude):>9}  {_coordinate(s.longitude):>10}  {s.message}"
                + (" (cached answer)" if s.cached else "")
            )
    print(
        f"{len(report.sites)} sites: {report.found} found, {report.not_found} not found, "
        f"{report.errors} failed, {report.skipped} skipped; "
        f"{report.requests} request{'s' if report.requests != 1 else ''} to {report.server}"
    )


def cmd_geocode(db: Database, args: argparse.Namespace) -> int:
    slugs = [args.tour] if args.tour else [t.slug for t in list_tours(db)]
    if not slugs:
        print("No tours yet. Try: tourplanner sample")
        return EXIT_OK
    failures = 0
    for i, slug in enumerate(slugs):
        report = geocode_tour(
            db,
            slug,
            server=args.server,
            user_agent=args.user_agent,
            timeout=args.timeout,
            min_delay=args.min_delay,
            max_retries=args.retries,
            only_missing=not args.all,
        )
        if i:
            print()
        _print_report(report)
        sys.stdout.flush()
        for s in report.sites:
            if s.failed:
                failures += 1
                print(f"tourplanner: {slug}/{s.key}: {_status(s)}: {s.message}", file=sys.stderr)
    return EXIT_PROBLEMS if failures else EXIT_OK
