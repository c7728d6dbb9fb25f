"""Protocol: ``export precedence``, ``seating`` and ``export gifts``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from tourplanner.cli import Cli, add_table_file_arguments, add_tour_argument
from tourplanner.core import wording
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
        help=Cli.tr("propose (and with --apply store) a seating plan for a meal or ceremony"),
        description=Cli.tr(
            "Seat an item's attendees by precedence: the principal host and guest "
            "side by side at table 1, the guest on the host's right; hosts and guests "
            "alternating outward; interpreters beside the principals who need them. Seats are "
            "numbered clockwise from each table's host. Without --apply nothing is stored."
        ),
    )
    add_tour_argument(p)
    p.add_argument("item", metavar=Cli.tr("ITEM"), help=Cli.tr("the item's UID or its exact title"))
    p.add_argument(
        "--tables",
        metavar="NxSEATS",
        help=Cli.tr(
            "e.g. 4x10, or 1x12long,5x10 (default: the item's tables, else round tables of 10)"
        ),
    )
    how = p.add_mutually_exclusive_group()
    how.add_argument("--apply", action="store_true", help=Cli.tr("store the plan for the item"))
    how.add_argument(
        "--undo",
        action="store_true",
        help=Cli.tr(
            "put the item's tables and seats back as they were before their last change "
            "(from the history; undoing twice restores the undone plan)"
        ),
    )
    p.add_argument("--json", action="store_true", help=Cli.tr("print the plan as JSON"))
    p.set_defaults(run=cmd_seating)

    p = groups.export.add_parser(
        "precedence",
        help=Cli.tr("write a tour's order of precedence as CSV or XLSX"),
        description=Cli.tr(
            "Everyone on the tour, from 1: the organiser's ranks, then the people "
            "the rules place (VIP, title, role, name)."
        ),
    )
    add_table_file_arguments(p)
    p.set_defaults(run=cmd_export_precedence)

    p = groups.export.add_parser(
        "gifts",
        help=Cli.tr("write a tour's gift log as CSV or XLSX"),
        description=Cli.tr(
            "Every gift in the order entered: what, from and to (a person or an "
            "organisation), the item and its date, the value and currency, the status, whether "
            "it is above the tour's gift limit, and notes."
        ),
    )
    add_table_file_arguments(p)
    p.set_defaults(run=cmd_export_gifts)


def cmd_export_precedence(db: Database, args: argparse.Namespace) -> int:
    result = export_precedence(db, args.tour, args.output, args.format)
    print(
        Cli.tr("Wrote the order of precedence ({people}) to {path}").format(
            people=Cli.tr("%n person(s)", None, result.rows), path=result.path
        ),
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_export_gifts(db: Database, args: argparse.Namespace) -> int:
    result = export_gifts(db, args.tour, args.output, args.format)
    print(
        Cli.tr("Wrote the gift log ({gifts}) to {path}").format(
            gifts=Cli.tr("%n gift(s)", None, result.rows), path=result.path
        ),
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_seating(db: Database, args: argparse.Namespace) -> int:
    if args.undo:
        if args.tables or args.json:
            raise ValidationError(Cli.tr("seating: --undo takes no --tables or --json"))
        undone = undo_seating(db, args.tour, args.item)
        print(
            Cli.tr(
                "Put back the seating plan of {item} as it was before its last change: "
                "{people} at {tables}."
            ).format(
                item=repr(undone.item.title),
                people=Cli.tr("%n person(s)", None, undone.seated),
                tables=Cli.tr("%n table(s)", None, undone.tables),
            )
        )
        return EXIT_OK
    result = propose_seating(db, args.tour, args.item, tables=args.tables, apply=args.apply)
    if args.json:
        print(json.dumps(plan_json(result.snap, result.plan), ensure_ascii=False, indent=2))
    else:
        _print_plan(result)
    if args.apply:
        print(
            Cli.tr("Stored the seating plan of {item}.").format(item=repr(result.item.title)),
            file=sys.stderr,
        )
        print(
            Cli.tr("Undo: {command}").format(
                command=f"tourplanner seating {args.tour} {result.item.uid} --undo"
            ),
            file=sys.stderr,
        )
    return EXIT_OK


def _print_plan(result: SeatingProposal) -> None:
    people = result.snap.participants_by_id
    print(Cli.tr("Seating for {item} ({uid}):").format(item=result.item.title, uid=result.item.uid))
    for t in result.plan.tables:
        print(
            Cli.tr("Table {number} ({shape}, {seats})").format(
                number=t.spec.number,
                shape=t.spec.shape.value,
                seats=Cli.tr("%n seat(s)", None, t.spec.seats),
            )
        )
        for i, pid in enumerate(t.seats, start=1):
            who = f"{people[pid].full_name} ({people[pid].role.value})" if pid else "-"
            print(f"  {i:>3}  {who}")
        for need, pids in result.dietary.get(t.spec.number, []):
            print(
                Cli.tr("  dietary: {need}: {names}").format(
                    need=need, names=wording.names([people[p].full_name for p in pids], len(pids))
                )
            )
    for table, seat, pid in result.lonely:
        print(
            Cli.tr(
                "warning: {name} (table {table}, seat {seat}) shares no language "
                "with either neighbour"
            ).format(name=people[pid].full_name, table=table, seat=seat)
        )
