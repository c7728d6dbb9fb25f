"""Protocol: ``export precedence``, ``seating`` and ``export gifts``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from tourplanner.core.errors import ValidationError
from tourplanner.services.database import Database
from tourplanner.services.gifts import export_gifts
from tourplanner.services.protocol import (
    SeatingProposal,
    export_precedence,
    plan_json,
    propose_seating,
    undo_seating,
)

EXIT_OK = 0


def register(groups: Any) -> None:
    """Add ``export precedence``, ``seating`` and ``export gifts``."""
    p = groups.commands.add_parser(
        "seating",
        help="propose (and with --apply store) a seating plan for a meal or ceremony",
        description="Seat an item's attendees by precedence: the principal host and guest "
        "side by side at table 1, the guest on the host's right; hosts and guests "
        "alternating outward; interpreters beside the principals who need them. Seats are "
        "numbered clockwise from each table's host. Without --apply nothing is stored.",
    )
    p.add_argument("tour", metavar="TOUR", help="the tour's slug")
    p.add_argument("item", metavar="ITEM", help="the item's UID or its exact title")
    p.add_argument(
        "--tables",
        metavar="NxSEATS",
        help="e.g. 4x10, or 1x12long,5x10 (default: the item's tables, else round tables of 10)",
    )
    how = p.add_mutually_exclusive_group()
    how.add_argument("--apply", action="store_true", help="store the plan for the item")
    how.add_argument(
        "--undo",
        action="store_true",
        help="put the item's tables and seats back as they were before their last change "
        "(from the history; undoing twice restores the undone plan)",
    )
    p.add_argument("--json", action="store_true", help="print the plan as JSON")
    p.set_defaults(run=cmd_seating)

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

    p = groups.export.add_parser(
        "gifts",
        help="write a tour's gift log as CSV or XLSX",
        description="Every gift in the order entered: what, from and to (a person or an "
        "organisation), the item and its date, the value and currency, the status, whether "
        "it is above the tour's gift limit, and notes.",
    )
    p.add_argument("tour", metavar="TOUR", help="the tour's slug")
    p.add_argument("--format", choices=("csv", "xlsx"), help="default: from the file's suffix")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="file to write")
    p.set_defaults(run=cmd_export_gifts)


def cmd_export_precedence(db: Database, args: argparse.Namespace) -> int:
    result = export_precedence(db, args.tour, args.output, args.format)
    print(f"Wrote the order of precedence ({result.rows} people) to {result.path}", file=sys.stderr)
    return EXIT_OK


def cmd_export_gifts(db: Database, args: argparse.Namespace) -> int:
    result = export_gifts(db, args.tour, args.output, args.format)
    print(f"Wrote the gift log ({result.rows} gifts) to {result.path}", file=sys.stderr)
    return EXIT_OK


def cmd_seating(db: Database, args: argparse.Namespace) -> int:
    if args.undo:
        if args.tables or args.json:
            raise ValidationError("seating: --undo takes no --tables or --json")
        undone = undo_seating(db, args.tour, args.item)
        print(
            f"Put back the seating plan of {undone.item.title!r} as it was before its last "
            f"change: {undone.seated} people at {undone.tables} tables."
        )
        return EXIT_OK
    result = propose_seating(db, args.tour, args.item, tables=args.tables, apply=args.apply)
    if args.json:
        print(json.dumps(plan_json(result.snap, result.plan), ensure_ascii=False, indent=2))
    else:
        _print_plan(result)
    if args.apply:
        print(f"Stored the seating plan of {result.item.title!r}.", file=sys.stderr)
        print(f"Undo: tourplanner seating {args.tour} {result.item.uid} --undo", file=sys.stderr)
    return EXIT_OK


def _print_plan(result: SeatingProposal) -> None:
    people = result.snap.participants_by_id
    print(f"Seating for {result.item.title} ({result.item.uid}):")
    for t in result.plan.tables:
        print(f"Table {t.spec.number} ({t.spec.shape.value}, {t.spec.seats} seats)")
        for i, pid in enumerate(t.seats, start=1):
            who = f"{people[pid].full_name} ({people[pid].role.value})" if pid else "-"
            print(f"  {i:>3}  {who}")
        for need, pids in result.dietary.get(t.spec.number, []):
            print(f"  dietary: {need}: {', '.join(people[p].full_name for p in pids)}")
    for table, seat, pid in result.lonely:
        print(
            f"warning: {people[pid].full_name} (table {table}, seat {seat}) shares no language "
            "with either neighbour"
        )
