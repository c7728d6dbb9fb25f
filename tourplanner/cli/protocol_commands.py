"""Protocol: ``export precedence`` (and, as they come, seating and gifts)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from tourplanner.services.database import Database
from tourplanner.services.precedence import export_precedence

EXIT_OK = 0


def register(groups: Any) -> None:
    """Add ``export precedence``."""
    p = groups.export.add_parser(
        "precedence",
        help="write a tour's order of precedence as CSV or XLSX",
        description="Everyone on the tour, from 1: the organiser's ranks, then the people "
        "the rules place (VIP, title, role, name).",
    )
    p.add_argument("tour", metavar="TOUR", help="the tour's slug")
    p.add_argument("--format", choices=("csv", "xlsx"), help="default: from the file's suffix")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="file to write")
    p.set_defaults(run=cmd_export_precedence)


def cmd_export_precedence(db: Database, args: argparse.Namespace) -> int:
    result = export_precedence(db, args.tour, args.output, args.format)
    print(f"Wrote the order of precedence ({result.rows} people) to {result.path}", file=sys.stderr)
    return EXIT_OK
