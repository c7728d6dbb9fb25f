"""`tourplanner history`: who changed what in a tour, and when."""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import threading
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from tourplanner.cli import EXIT_OK
from tourplanner.services.database import Database
from tourplanner.services.history import HistoryEntry, describe, follow, list_history
from tourplanner.services.tours import get_tour


def _instant(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a date and time such as 2021-03-27T09:00+08:00, got {text!r}"
        ) from None
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError(
            f"give the zone too, e.g. {text}+08:00 or {text}Z, got {text!r}"
        )
    return value


def register(groups: Any) -> None:
    """Add ``history`` to the top-level commands."""
    p = groups.commands.add_parser(
        "history",
        help="who changed what in a tour, and when",
        description="Every change to the tour's plan, newest first: GUI edits and their "
        "undo, imports, replaces, sync decisions. JSON: a list of objects with at, who, "
        "action, record and changes.",
    )
    p.add_argument("tour", metavar="TOUR", help="the tour's slug")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--since", metavar="TIME", type=_instant, help="only changes from TIME (with its zone)"
    )
    p.add_argument("--item", metavar="UID", help="only changes of this item")
    p.set_defaults(run=cmd_history)

    w = groups.commands.add_parser(
        "watch",
        help="print each change to a tour as it happens, until interrupted",
        description="One line per change committed to the tour, by anyone, as it happens "
        "(PostgreSQL: as each commit notifies; SQLite: within a second). With --json, one "
        "object per line with at, who, action, record and changes.",
    )
    w.add_argument("tour", metavar="TOUR", help="the tour's slug")
    w.add_argument("--json", action="store_true", help="print one JSON object per line")
    w.set_defaults(run=cmd_watch)


def cmd_history(db: Database, args: argparse.Namespace) -> int:
    entries = list_history(db, args.tour, since=args.since, item_uid=args.item)
    if args.json:
        print(json.dumps([e.as_json() for e in entries], ensure_ascii=False, indent=2))
        return EXIT_OK
    zone = ZoneInfo(get_tour(db, args.tour).timezone)
    for entry in entries:
        when = entry.at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        print(f"{when}  {entry.action}: {describe(entry, zone)}")
    if not entries:
        print("No changes recorded.")
    return EXIT_OK


def cmd_watch(db: Database, args: argparse.Namespace) -> int:
    zone = ZoneInfo(get_tour(db, args.tour).timezone)
    stop = threading.Event()

    def show(entries: list[HistoryEntry]) -> None:
        for entry in entries:
            if args.json:
                print(json.dumps(entry.as_json(), ensure_ascii=False), flush=True)
            else:
                when = entry.at.astimezone(zone).strftime("%H:%M:%S")
                print(f"{when}  {entry.action}: {describe(entry, zone)}", flush=True)

    # SIGTERM (a script stopping the watch) ends it as Ctrl+C does, with exit code 0.
    signal.signal(signal.SIGTERM, lambda *_args: stop.set())
    with contextlib.suppress(KeyboardInterrupt):
        follow(db, args.tour, show, stop)
    return EXIT_OK
