"""`tourplanner check`: the problems in a tour."""

from __future__ import annotations

import argparse
import json
from typing import Any

from tourplanner.cli import Cli, add_tour_argument
from tourplanner.core.problems import severity_name, title
from tourplanner.services.database import Database
from tourplanner.services.tours import check

EXIT_CLEAN, EXIT_ERRORS = 0, 1


def register(groups: Any) -> None:
    """Add ``check TOUR [--json]``."""
    p = groups.commands.add_parser(
        "check",
        help=Cli.tr("list the problems in a tour (exit 1 if there are errors)"),
        description=Cli.tr(
            "Check a tour for double bookings, short travel, closed sites and more. "
            "Exit code: 0 no errors, 1 errors found, 2 bad use."
        ),
    )
    add_tour_argument(p)
    p.add_argument("--json", action="store_true", help=Cli.tr("print JSON instead of text"))
    p.set_defaults(run=cmd_check)


def cmd_check(db: Database, args: argparse.Namespace) -> int:
    report = check(db, args.tour)
    if args.json:
        print(
            json.dumps([report.describe(p) for p in report.problems], ensure_ascii=False, indent=2)
        )
    elif not report.problems:
        print(Cli.tr("No problems found in {tour}.").format(tour=args.tour))
    else:
        # Titles, never codes, for people (the codes are in --json, for scripts).
        for p in report.problems:
            print(
                Cli.tr("{severity} · {title}: {message}").format(
                    severity=severity_name(p.severity), title=title(p.code), message=p.message
                )
            )
        print(
            Cli.tr("{errors}, {warnings} in {tour}.").format(
                errors=Cli.tr("%n error(s)", None, report.errors),
                warnings=Cli.tr("%n warning(s)", None, report.warnings),
                tour=args.tour,
            )
        )
    return EXIT_ERRORS if report.errors else EXIT_CLEAN
