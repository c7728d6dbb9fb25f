"""`tourplanner check`: the problems in a tour."""

from __future__ import annotations

import argparse
import json
from typing import Any

from tourplanner.core import wording
from tourplanner.services.database import Database
from tourplanner.services.tours import check

EXIT_CLEAN, EXIT_ERRORS = 0, 1


def register(groups: Any) -> None:
    """Add ``check TOUR [--json]``."""
    p = groups.commands.add_parser(
        "check",
        help="list the problems in a tour (exit 1 if there are errors)",
        description="Check a tour for double bookings, short travel, closed sites and more. "
        "Exit code: 0 no errors, 1 errors found, 2 bad use.",
    )
    p.add_argument("tour", metavar="TOUR", help="the tour's slug")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.set_defaults(run=cmd_check)


def cmd_check(db: Database, args: argparse.Namespace) -> int:
    report = check(db, args.tour)
    if args.json:
        print(
            json.dumps([report.describe(p) for p in report.problems], ensure_ascii=False, indent=2)
        )
    elif not report.problems:
        print(f"No problems found in {args.tour}.")
    else:
        for p in report.problems:
            print(f"{p.severity.value:<7}  {p.code.value:<16}  {p.message}")
        errors = wording.count(report.errors, "error")
        warnings = wording.count(report.warnings, "warning")
        print(f"{errors}, {warnings} in {args.tour}.")
    return EXIT_ERRORS if report.errors else EXIT_CLEAN
