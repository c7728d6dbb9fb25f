"""`tourplanner export ics` and `tourplanner import ics`: calendar files in and out."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from tourplanner.cli import EXIT_OK, Cli, add_tour_argument
from tourplanner.core.errors import ValidationError
from tourplanner.services.calendars import (
    IcsOptions,
    export_calendar_bytes,
    export_calendar_file,
    export_people_calendars,
    selection_from,
)
from tourplanner.services.database import Database
from tourplanner.services.ics_import import import_ics_files, preview_lines


def _reminder(text: str) -> int | None:
    if text.strip().lower() in ("off", "none", "no"):
        return None
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 10080:
        raise argparse.ArgumentTypeError(
            Cli.tr("expected minutes from 0 to 10080 or 'off', got {text}").format(text=repr(text))
        )
    return value


def register(groups: Any) -> None:
    """Add ``export ics`` and ``import ics``."""
    p = groups.export.add_parser(
        "ics",
        help=Cli.tr("write a calendar (.ics): the whole tour, a person, a site or a group"),
        description=Cli.tr(
            "Write an iCalendar feed. Without -o it goes to stdout. Events keep "
            "their UID and SEQUENCE, so calendars that subscribe to the file update in place."
        ),
    )
    add_tour_argument(p)
    key = Cli.tr("KEY")
    who = p.add_mutually_exclusive_group()
    who.add_argument(
        "--person", metavar=key, help=Cli.tr("only the items this participant attends")
    )
    who.add_argument(
        "--site", metavar=key, help=Cli.tr("only the visits to this site (for its host)")
    )
    who.add_argument("--group", metavar=key, help=Cli.tr("only the items this group attends"))
    who.add_argument(
        "--all-people",
        metavar=Cli.tr("DIR"),
        help=Cli.tr("write one file per participant into DIR (named after them)"),
    )
    p.add_argument(
        "-o", "--output", metavar=Cli.tr("FILE"), help=Cli.tr("file to write (default: stdout)")
    )
    p.add_argument(
        "--reminder",
        metavar="MIN|off",
        type=_reminder,
        default=30,
        help=Cli.tr("a reminder this many minutes before each event, or 'off' (default 30)"),
    )
    p.set_defaults(run=cmd_export_ics)

    p = groups.imports.add_parser(
        "ics",
        help=Cli.tr("read .ics files as busy times of a person or site, or as schedule items"),
        description=Cli.tr(
            "Read calendar files into a tour, all files or none. Times outside the "
            "tour's dates are left out; recurring events are expanded within them."
        ),
    )
    add_tour_argument(p)
    p.add_argument("files", metavar=Cli.tr("FILE"), nargs="+")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument(
        "--busy-for",
        metavar=key,
        help=Cli.tr(
            "mark this participant or site busy at the events' times "
            "(person:KEY or site:KEY if both have that key)"
        ),
    )
    how.add_argument(
        "--as-items", action="store_true", help=Cli.tr("add the events as schedule items")
    )
    p.add_argument(
        "--dry-run", action="store_true", help=Cli.tr("show what would be added; add nothing")
    )
    p.set_defaults(run=cmd_import_ics)


def cmd_export_ics(db: Database, args: argparse.Namespace) -> int:
    options = IcsOptions(reminder_minutes=args.reminder)
    if args.all_people:
        if args.output:
            raise ValidationError(
                Cli.tr("--all-people writes one file per person; it cannot take -o")
            )
        result = export_people_calendars(db, args.tour, args.all_people, options)
        print(
            Cli.tr("Wrote %n calendar(s) to {folder}", None, len(result.files)).format(
                folder=result.folder
            ),
            file=sys.stderr,
        )
        return EXIT_OK
    selection = selection_from(args.person, args.site, args.group)
    if args.output in (None, "-"):
        sys.stdout.buffer.write(export_calendar_bytes(db, args.tour, selection, options))
        sys.stdout.flush()
    else:
        path = export_calendar_file(db, args.tour, args.output, selection, options)
        print(Cli.tr("Wrote {path}").format(path=path), file=sys.stderr)
    return EXIT_OK


def cmd_import_ics(db: Database, args: argparse.Namespace) -> int:
    result = import_ics_files(
        db,
        args.tour,
        args.files,
        busy_for=args.busy_for,
        as_items=args.as_items,
        dry_run=args.dry_run,
    )
    print("\n".join(preview_lines(result)))
    return EXIT_OK
