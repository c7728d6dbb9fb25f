"""`tourplanner sync caldav`: keep a CalDAV calendar in step with a tour."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from tourplanner.cli import EXIT_OK, EXIT_PROBLEMS, Cli, add_tour_argument
from tourplanner.cli.geocode_commands import timeout_help
from tourplanner.core import wording
from tourplanner.core.errors import ValidationError
from tourplanner.core.i18n import QT_TRANSLATE_NOOP
from tourplanner.services.database import Database

DEFAULT_TIMEOUT = 30.0
ALL = "all"
# What happened to an event in the calendar, as a proposal's list shows it.
_KINDS = {
    "moved": QT_TRANSLATE_NOOP("Cli", "moved"),
    "cancelled": QT_TRANSLATE_NOOP("Cli", "cancelled"),
    "deleted": QT_TRANSLATE_NOOP("Cli", "deleted"),
    "edited": QT_TRANSLATE_NOOP("Cli", "edited"),
}

# The help page of sync caldav.
DESCRIPTION = QT_TRANSLATE_NOOP(
    "Cli",
    "Put the tour's events (or one person's, site's or group's) in a CalDAV calendar, one\n"
    "resource per event, creating the calendar if it is missing. Only what changed is sent:\n"
    "a second run with no changes sends no writes. The report counts the events created,\n"
    "updated, deleted and left unchanged, and the conflicts. --all-sites syncs every host's\n"
    "calendar (one per site with visits, named as --site names it) in one go.\n"
    "\n"
    "The password is read from the environment variable named by --password-env, or else from\n"
    "the system keyring (store it with: keyring set tourplanner-caldav USER). It is never\n"
    "stored by tourplanner, printed or logged.\n"
    "\n"
    "Changes made in the calendar by someone else (a host who moves or deletes an event in\n"
    "their own calendar) are never overwritten. Each becomes a proposal with a number:\n"
    "  --pull            list the proposals (what changed: the new time, a cancellation or a\n"
    "                    deletion) and change nothing;\n"
    "  --accept ID ...   take the host's change into the tour: a moved event moves the item,\n"
    "                    a cancelled or deleted one cancels it (its SEQUENCE goes up, so every\n"
    "                    other calendar hears of it); a deleted event is not put back;\n"
    "  --reject ID ...   put the tour's version back over the host's change.\n"
    "Use 'all' for every open proposal. After the decisions the calendar is synced as usual.\n"
    "Proposals left undecided stay open, and the next sync lists them again.\n"
    "\n"
    "Nothing is synced (not even a --dry-run) while `tourplanner check TOUR` reports errors:\n"
    "the command lists them (the first five and a count) and exits 1; --allow-errors syncs\n"
    "anyway. Warnings never block. --pull alone only reads, and is always allowed.\n"
    "\n"
    "Exit code: 0 in sync, 1 proposals wait for a decision or the tour has errors, 2 failure\n"
    "(one line on stderr; a sync broken off half-way records what it finished, and running it\n"
    "again completes it).",
)


def _proposal_id(text: str) -> int | str:
    if text.lower() == ALL:
        return ALL
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(
            Cli.tr("expected a proposal number or 'all', got {text}").format(text=repr(text))
        )
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value <= 600:
        raise argparse.ArgumentTypeError(
            Cli.tr("expected more than 0 and at most 600 s, got {text}").format(text=repr(text))
        )
    return value


def register(groups: Any) -> None:
    """Add ``sync caldav TOUR ...``."""
    sync = groups.commands.add_parser(
        "sync",
        help=Cli.tr("keep an outside calendar in step with a tour"),
        description=Cli.tr(
            "Keep an outside calendar in step with a tour. See: tourplanner sync caldav --help"
        ),
    )
    kinds = sync.add_subparsers(dest="target", metavar=Cli.tr("TARGET"), required=True)
    p = kinds.add_parser(
        "caldav",
        help=Cli.tr("sync a CalDAV calendar (Nextcloud, Radicale, iCloud, ...)"),
        description=Cli.tr(DESCRIPTION),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_tour_argument(p)
    p.add_argument(
        "--url",
        required=True,
        metavar="URL",
        help=Cli.tr("the CalDAV server, your calendar home, or the calendar itself"),
    )
    p.add_argument(
        "--user", required=True, metavar=Cli.tr("USER"), help=Cli.tr("the CalDAV user name")
    )
    p.add_argument(
        "--password-env",
        metavar=Cli.tr("VAR"),
        help=Cli.tr("environment variable holding the password (default: the system keyring)"),
    )
    key = Cli.tr("KEY")
    whose = p.add_mutually_exclusive_group()
    whose.add_argument("--person", metavar=key, help=Cli.tr("only this participant's events"))
    whose.add_argument(
        "--site", metavar=key, help=Cli.tr("only the visits to this site (its host)")
    )
    whose.add_argument("--group", metavar=key, help=Cli.tr("only this group's events"))
    whose.add_argument(
        "--all-sites",
        action="store_true",
        help=Cli.tr("every host's calendar: one calendar per site with visits (in one session)"),
    )
    p.add_argument(
        "--calendar",
        metavar=Cli.tr("NAME"),
        help=Cli.tr(
            "the calendar's name (default: the tour's slug, plus the person, site or group)"
        ),
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=Cli.tr("show what would change; send and record nothing"),
    )
    p.add_argument(
        "--allow-errors",
        action="store_true",
        help=Cli.tr("go ahead although check reports errors (nothing is synced otherwise)"),
    )
    p.add_argument(
        "--pull",
        action="store_true",
        help=Cli.tr("list the changes others made in the calendar (proposals); change nothing"),
    )
    p.add_argument(
        "--accept",
        nargs="+",
        type=_proposal_id,
        default=[],
        metavar="ID",
        help=Cli.tr("accept these proposals (or 'all'): the host's change goes into the tour"),
    )
    p.add_argument(
        "--reject",
        nargs="+",
        type=_proposal_id,
        default=[],
        metavar="ID",
        help=Cli.tr("reject these proposals (or 'all'): the tour's version goes back"),
    )
    p.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="S",
        help=timeout_help(DEFAULT_TIMEOUT),
    )
    p.set_defaults(run=cmd_sync_caldav)


def _decisions(values: list[int | str]) -> Any:
    return ALL if ALL in values else frozenset(v for v in values if isinstance(v, int))


def _when(start: datetime | None, end: datetime | None, zone: ZoneInfo) -> str:
    if start is None or end is None:
        return Cli.tr("no time")
    return wording.span(start, end, zone)


def _describe(p: Any, zone: ZoneInfo) -> str:
    ours = _when(p.ours_start, p.ours_end, zone)
    theirs = _when(p.theirs_start, p.theirs_end, zone)
    retitled = p.theirs_title not in (None, p.title)
    if p.kind == "moved":
        what = Cli.tr("moved in the calendar to {theirs} (tour: {ours})")
    elif p.kind == "cancelled":
        what = Cli.tr("marked cancelled in the calendar (tour: {ours})")
    elif p.kind == "deleted":
        what = Cli.tr("deleted from the calendar (tour: {ours})")
    elif retitled:
        what = Cli.tr(
            "edited in the calendar, same time and status, now titled {title} (tour: {ours})"
        )
    else:
        what = Cli.tr("edited in the calendar, same time and status (tour: {ours})")
    if not p.in_calendar:
        what = Cli.tr("{change}; no longer in this calendar here").format(change=what)
    text = what.format(theirs=theirs, ours=ours, title=repr(p.theirs_title))
    return Cli.tr("{item}: {change}").format(item=p.title, change=text)


def _print_report(report: Any, pull: bool) -> None:
    zone = ZoneInfo(report.timezone)
    if report.calendar_created and report.written:
        heading = Cli.tr("Calendar {name} at {url} (created)")
    elif report.calendar_created:
        heading = Cli.tr("Calendar {name} at {url} (missing: would be created)")
    else:
        heading = Cli.tr("Calendar {name} at {url}")
    print(heading.format(name=repr(report.calendar_name), url=report.calendar_url))
    for p in report.accepted:
        print(Cli.tr("  accepted #{id}  {change}").format(id=p.id, change=_describe(p, zone)))
    for p in report.rejected:
        print(Cli.tr("  rejected #{id}  {change}").format(id=p.id, change=_describe(p, zone)))
    # Plain numbers, no plural forms: scripts read this line as it always was.
    counts = Cli.tr(
        "{created} created, {updated} updated, {deleted} deleted, {unchanged} unchanged, "
        "{conflicts} conflicts"
    ).format(
        created=report.created,
        updated=report.updated,
        deleted=report.deleted,
        unchanged=report.unchanged,
        conflicts=report.conflicts,
    )
    if report.written:
        print(Cli.tr("{counts}; {writes} writes sent.").format(counts=counts, writes=report.writes))
    elif pull:
        print(Cli.tr("Nothing sent (review). Would be: {counts}.").format(counts=counts))
    else:
        print(Cli.tr("Nothing sent (dry run). Would be: {counts}.").format(counts=counts))
    if report.refused:
        print(
            Cli.tr(
                "%n event(s) changed on the server while syncing, or hold another "
                "event: left alone (the next sync looks again).",
                None,
                report.refused,
            )
        )
    if report.proposals:
        print(
            Cli.tr(
                "%n change(s) made in the calendar wait for your decision (times in {zone}):",
                None,
                len(report.proposals),
            ).format(zone=report.timezone)
        )
        width = max(len(str(p.id)) for p in report.proposals)
        for p in report.proposals:
            kind = Cli.tr(_KINDS[p.kind.value]) if p.kind.value in _KINDS else p.kind.value
            print(f"  #{p.id:<{width}}  {kind:<9}  {_describe(p, zone)}")
        print(
            Cli.tr(
                "Accept them with --accept ID... (the host's change goes into the tour) or "
                "reject them with --reject ID... (the tour's version goes back); 'all' for "
                "every one."
            )
        )


def cmd_sync_caldav(db: Database, args: argparse.Namespace) -> int:
    # Imported here: the CalDAV and iCalendar stack is only needed when syncing.
    from tourplanner.services.sync import (
        CalendarAccount,
        resolve_password,
        sync_caldav,
        sync_site_calendars,
    )

    if args.all_sites and (args.calendar or args.accept or args.reject):
        raise ValidationError(
            Cli.tr(
                "--all-sites syncs each site's own calendar: give --calendar, --accept and "
                "--reject with --site KEY instead"
            )
        )
    password = resolve_password(args.user, args.password_env)
    account = CalendarAccount(args.url, args.user, password, timeout=args.timeout)
    if args.all_sites:
        reports = sync_site_calendars(
            db,
            args.tour,
            account,
            dry_run=args.dry_run,
            pull=args.pull,
            allow_errors=args.allow_errors,
        )
        for i, each in enumerate(reports):
            if i:
                print()
            _print_report(each, args.pull)
        if not reports:
            print(
                Cli.tr("No site of {tour} has any item: no calendar to sync.").format(
                    tour=args.tour
                )
            )
        sys.stdout.flush()
        return EXIT_PROBLEMS if any(r.conflicts for r in reports) else EXIT_OK
    report = sync_caldav(
        db,
        args.tour,
        account,
        person=args.person,
        site=args.site,
        group=args.group,
        calendar=args.calendar,
        dry_run=args.dry_run,
        pull=args.pull,
        accept=_decisions(args.accept),
        reject=_decisions(args.reject),
        allow_errors=args.allow_errors,
    )
    _print_report(report, args.pull)
    sys.stdout.flush()
    return EXIT_PROBLEMS if report.conflicts else EXIT_OK
