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

from tourplanner.cli import EXIT_OK, Cli, add_tour_argument
from tourplanner.services.database import Database
from tourplanner.services.history import HistoryEntry, describe, follow, list_history
from tourplanner.services.tours import get_tour


def _instant(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            Cli.tr("expected a date and time such as 2021-03-27T09:00+08:00, got {text}").format(
                text=repr(text)
            )
        ) from None
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError(
            Cli.tr("give the zone too, e.g. {value}+08:00 or {value}Z, got {text}").format(
                value=text, text=repr(text)
            )
        )
    return value


def register(groups: Any) -> None:
    """Add ``history`` to the top-level commands."""
    p = groups.commands.add_parser(
        "history",
        help=Cli.tr("who changed what in a tour, and when"),
        description=Cli.tr(
            "Every change to the tour's plan, newest first: GUI edits and their "
            "undo, imports, replaces, sync decisions. JSON: a list of objects with at, who, "
            "action, record and changes."
        ),
    )
    add_tour_argument(p)
    p.add_argument("--json", action="store_true", help=Cli.tr("print JSON"))
    p.add_argument(
        "--since",
        metavar=Cli.tr("TIME"),
        type=_instant,
        help=Cli.tr("only changes from TIME (with its zone)"),
    )
    p.add_argument("--item", metavar="UID", help=Cli.tr("only changes of this item"))
    p.set_defaults(run=cmd_history)

    w = groups.commands.add_parser(
        "watch",
        help=Cli.tr("print each change to a tour as it happens, until interrupted"),
        description=Cli.tr(
            "One line per change committed to the tour, by anyone, as it happens "
            "(PostgreSQL: as each commit notifies; SQLite: within a second). With --json, one "
            "object per line with at, who, action, record and changes."
        ),
    )
    add_tour_argument(w)
    w.add_argument("--json", action="store_true", help=Cli.tr("print one JSON object per line"))
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
        print(Cli.tr("No changes recorded."))
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
