"""`tourplanner roads`: road times between a tour's sites from an OSRM-compatible server."""

from __future__ import annotations

import argparse
from typing import Any

from tourplanner.cli import EXIT_OK, Cli, add_tour_argument
from tourplanner.cli.geocode_commands import seconds_option, timeout_help
from tourplanner.integrations.routing import DEFAULT_TIMEOUT, ENV_URL
from tourplanner.services.database import Database
from tourplanner.services.maps import fetch_road_times, routing_settings
from tourplanner.services.tours import get_tour


def register(groups: Any) -> None:
    """Add ``roads`` to the top-level commands."""
    p = groups.commands.add_parser(
        "roads",
        help=Cli.tr("fetch road times between the sites of a tour from a routing server"),
        description=Cli.tr(
            "Ask an OSRM-compatible routing server (self-hosted osrm-routed, or a "
            "service with the same HTTP API) for the road time between the sites of each day: "
            "one table request per day, none for a day whose legs are cached. The travel check "
            "then uses, in order: your own figure for a leg, the road time x the tour's traffic "
            "factor, the straight-line estimate. Exit code 2 when the server cannot be asked; "
            "road times cached before still apply."
        ),
    )
    add_tour_argument(p)
    p.add_argument(
        "--server",
        metavar="URL",
        help=Cli.tr("routing server (default ${variable}, else the tour's routing server)").format(
            variable=ENV_URL
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
        default=1.0,
        help=Cli.tr("seconds between two requests (default 1)"),
    )
    p.set_defaults(run=cmd_roads)


def cmd_roads(db: Database, args: argparse.Namespace) -> int:
    tour = get_tour(db, args.tour)
    settings = routing_settings(
        tour.travel, args.server, timeout=args.timeout, min_delay=args.min_delay
    )
    report = fetch_road_times(db, args.tour, settings)
    print(report.summary())
    return EXIT_OK
