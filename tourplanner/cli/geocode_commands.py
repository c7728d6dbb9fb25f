"""`tourplanner geocode`: find coordinates for a tour's sites."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from tourplanner.cli import EXIT_OK, EXIT_PROBLEMS, Cli
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
            raise argparse.ArgumentTypeError(
                Cli.tr("expected seconds, got {text}").format(text=repr(text))
            ) from None
        if value != value or value < 0 or (minimum_exclusive and value == 0):
            wanted = (
                Cli.tr("expected more than 0 seconds, got {text}")
                if minimum_exclusive
                else Cli.tr("expected at least 0 seconds, got {text}")
            )
            raise argparse.ArgumentTypeError(wanted.format(text=repr(text)))
        return value

    return parse


def _retries(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= MAX_RETRIES_LIMIT:
        raise argparse.ArgumentTypeError(
            Cli.tr("expected 0 to {limit}, got {text}").format(
                limit=MAX_RETRIES_LIMIT, text=repr(text)
            )
        )
    return value


def register(groups: Any) -> None:
    """Add ``geocode`` to the top-level commands."""
    p = groups.commands.add_parser(
        "geocode",
        help=Cli.tr("find coordinates for the sites of a tour"),
        description=Cli.tr(
            "Place each site: coordinates entered by hand are kept; otherwise the "
            "offline gazetteer, then answers cached in the database, then a Nominatim server. "
            "Exit code 0 when every site looked up was placed, 1 when some were not."
        ),
    )
    p.add_argument(
        "--tour", metavar=Cli.tr("TOUR"), help=Cli.tr("the tour's slug (default: every tour)")
    )
    p.add_argument(
        "--server",
        metavar="URL",
        help=Cli.tr(
            "Nominatim server (default ${variable}, else {url}, "
            "which is never asked more than once a second)"
        ).format(variable=ENV_URL, url=PUBLIC_URL),
    )
    p.add_argument(
        "--user-agent",
        metavar="UA",
        help=Cli.tr("how this program names itself to the server (default ${variable})").format(
            variable=ENV_AGENT
        ),
    )
    p.add_argument(
        "--timeout",
        metavar="S",
        type=seconds_option(True),
        default=DEFAULT_TIMEOUT,
        help=timeout_help(DEFAULT_TIMEOUT),
    )
    p.add_argument(
        "--min-delay",
        metavar="S",
        type=seconds_option(False),
        help=Cli.tr(
            "seconds between two requests (default 1 for the public server, which never "
            "gets less; 0 for other servers)"
        ),
    )
    p.add_argument(
        "--retries",
        metavar="N",
        type=_retries,
        default=DEFAULT_MAX_RETRIES,
        help=Cli.tr("retries after a failed request, 0 to {limit} (default {default})").format(
            limit=MAX_RETRIES_LIMIT, default=DEFAULT_MAX_RETRIES
        ),
    )
    p.add_argument(
        "--all",
        action="store_true",
        help=Cli.tr(
            "also look again at sites that already have coordinates "
            "(never at those entered by hand)"
        ),
    )
    p.set_defaults(run=cmd_geocode)


def timeout_help(default: float) -> str:
    """The help of a --timeout option: seconds to wait for each answer, and its default."""
    return Cli.tr("seconds to wait for each answer (default {seconds})").format(
        seconds=f"{default:g}"
    )


def _status(entry: SiteGeocode) -> str:
    if entry.skipped:
        return "skipped"
    return entry.status.value if entry.status is not None else "error"


def _coordinate(value: float | None) -> str:
    return f"{value:.5f}" if value is not None else "-"


def _print_report(report: GeocodeReport) -> None:
    print(Cli.tr("Tour {tour}").format(tour=report.tour))
    if not report.sites:
        print(Cli.tr("  (no sites)"))
    else:
        # Outside the f-string: lupdate reads no calls inside one.
        key, status = Cli.tr("KEY"), Cli.tr("STATUS")
        source, latitude = Cli.tr("SOURCE"), Cli.tr("LATITUDE")
        longitude, note = Cli.tr("LONGITUDE"), Cli.tr("NOTE")
        key_width = max(len(key), *(len(s.key) for s in report.sites))
        status_width = max(len(status), *(len(_status(s)) for s in report.sites))
        print(
            f"{key:<{key_width}}  {status:<{status_width}}  {source:<9}  "
            f"{latitude:>9}  {longitude:>10}  {note}"
        )
        for s in report.sites:
            source = s.source.value if s.source is not None else "-"
            print(
                f"{s.key:<{key_width}}  {_status(s):<{status_width}}  {source:<9}  "
                f"{_coordinate(s.latitude):>9}  {_coordinate(s.longitude):>10}  {s.message}"
                + (Cli.tr(" (cached answer)") if s.cached else "")
            )
    print(
        Cli.tr(
            "{sites}: {found} found, {not_found} not found, {failed} failed, "
            "{skipped} skipped; {requests} to {server}"
        ).format(
            sites=Cli.tr("%n site(s)", None, len(report.sites)),
            found=report.found,
            not_found=report.not_found,
            failed=report.errors,
            skipped=report.skipped,
            requests=Cli.tr("%n request(s)", None, report.requests),
            server=report.server,
        )
    )


def cmd_geocode(db: Database, args: argparse.Namespace) -> int:
    slugs = [args.tour] if args.tour else [t.slug for t in list_tours(db)]
    if not slugs:
        print(Cli.tr("No tours yet. Try: tourplanner sample"))
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
