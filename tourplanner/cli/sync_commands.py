"""`tourplanner sync caldav`: keep a CalDAV calendar in step with a tour."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from tourplanner.cli import EXIT_OK, EXIT_PROBLEMS
from tourplanner.core.errors import ValidationError
from tourplanner.services.database import Database

DEFAULT_TIMEOUT = 30.0
ALL = "all"

DESCRIPTION = """\
Put the tour's events (or one person's, site's or group's) in a CalDAV calendar, one
resource per event, creating the calendar if it is missing. Only what changed is sent:
a second run with no changes sends no writes. The report counts the events created,
updated, deleted and left unchanged, and the conflicts. --all-sites syncs every host's
calendar (one per site with visits, named as --site names it) in one go.

The password is read from the environment variable named by --password-env, or else from
the system keyring (store it with: keyring set tourplanner-caldav USER). It is never
stored by tourplanner, printed or logged.

Changes made in the calendar by someone else (a host who moves or deletes an event in
their own calendar) are never overwritten. Each becomes a proposal with a number:
  --pull            list the proposals (what changed: the new time, a cancellation or a
                    deletion) and change nothing;
  --accept ID ...   take the host's change into the tour: a moved event moves the item,
                    a cancelled or deleted one cancels it (its SEQUENCE goes up, so every
                    other calendar hears of it); a deleted event is not put back;
  --reject ID ...   put the tour's version back over the host's change.
Use 'all' for every open proposal. After the decisions the calendar is synced as usual.
Proposals left undecided stay open, and the next sync lists them again.

Nothing is synced (not even a --dry-run) while `tourplanner check TOUR` reports errors:
the command lists them (the first five and a count) and exits 1; --allow-errors syncs
anyway. Warnings never block. --pull alone only reads, and is always allowed.

Exit code: 0 in sync, 1 proposals wait for a decision or the tour has errors, 2 failure
(one line on stderr; a sync broken off half-way records what it finished, and running it
again completes it)."""


def _proposal_id(text: str) -> int | str:
    if text.lower() == ALL:
        return ALL
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"expected a proposal number or 'all', got {text!r}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value <= 600:
        raise argparse.ArgumentTypeError(f"expected more than 0 and at most 600 s, got {text!r}")
    return value


def register(groups: Any) -> None:
    """Add ``sync caldav TOUR ...``."""
    sync = groups.commands.add_parser(
        "sync",
        help="keep an outside calendar in step with a tour",
        description="Keep an outside calendar in step with a tour. "
        "See: tourplanner sync caldav --help",
    )
    kinds = sync.add_subparsers(dest="target", metavar="TARGET", required=True)
    p = kinds.add_parser(
        "caldav",
        help="sync a CalDAV calendar (Nextcloud, Radicale, iCloud, ...)",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("tour", metavar="TOUR", help="the tour's slug")
    p.add_argument(
        "--url",
        required=True,
        metavar="URL",
        help="the CalDAV server, your calendar home, or the calendar itself",
    )
    p.add_argument("--user", required=True, metavar="USER", help="the CalDAV user name")
    p.add_argument(
        "--password-env",
        metavar="VAR",
        help="environment variable holding the password (default: the system keyring)",
    )
    whose = p.add_mutually_exclusive_group()
    whose.add_argument("--person", metavar="KEY", help="only this participant's events")
    whose.add_argument("--site", metavar="KEY", help="only the visits to this site (its host)")
    whose.add_argument("--group", metavar="KEY", help="only this group's events")
    whose.add_argument(
        "--all-sites",
        action="store_true",
        help="every host's calendar: one calendar per site with visits (in one session)",
    )
    p.add_argument(
        "--calendar",
        metavar="NAME",
        help="the calendar's name (default: the tour's slug, plus the person, site or group)",
    )
    p.add_argument(
        "--dry-run", action="store_true", help="show what would change; send and record nothing"
    )
    p.add_argument(
        "--allow-errors",
        action="store_true",
        help="go ahead although check reports errors (nothing is synced otherwise)",
    )
    p.add_argument(
        "--pull",
        action="store_true",
        help="list the changes others made in the calendar (proposals); change nothing",
    )
    p.add_argument(
        "--accept",
        nargs="+",
        type=_proposal_id,
        default=[],
        metavar="ID",
        help="accept these proposals (or 'all'): the host's change goes into the tour",
    )
    p.add_argument(
        "--reject",
        nargs="+",
        type=_proposal_id,
        default=[],
        metavar="ID",
        help="reject these proposals (or 'all'): the tour's version goes back",
    )
    p.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="S",
        help=f"seconds to wait for each answer (default {DEFAULT_TIMEOUT:g})",
    )
    p.set_defaults(run=cmd_sync_caldav)


def _decisions(values: list[int | str]) -> Any:
    return ALL if ALL in values else frozenset(v for v in values if isinstance(v, int))


def _when(start: datetime | None, end: datetime | None, zone: ZoneInfo) -> str:
    if start is None or end is None:
        return "no time"
    a, b = start.astimezone(zone), end.astimezone(zone)
    tail = b.strftime("%H:%M") if a.date() == b.date() else b.strftime("%d %b %H:%M")
    return f"{a.strftime('%a %d %b %H:%M')}–{tail}"


def _describe(p: Any, zone: ZoneInfo) -> str:
    ours = _when(p.ours_start, p.ours_end, zone)
    if p.kind == "moved":
        what = (
            f"moved in the calendar to {_when(p.theirs_start, p.theirs_end, zone)} (tour: {ours})"
        )
    elif p.kind == "cancelled":
        what = f"marked cancelled in the calendar (tour: {ours})"
    elif p.kind == "deleted":
        what = f"deleted from the calendar (tour: {ours})"
    else:
        retitled = p.theirs_title not in (None, p.title)
        renamed = f", now titled {p.theirs_title!r}" if retitled else ""
        what = f"edited in the calendar, same time and status{renamed} (tour: {ours})"
    if not p.in_calendar:
        what += "; no longer in this calendar here"
    return f"{p.title}: {what}"


def _print_report(report: Any, pull: bool) -> None:
    zone = ZoneInfo(report.timezone)
    made = " (created)" if report.calendar_created and report.written else ""
    if report.calendar_created and not report.written:
        made = " (missing: would be created)"
    print(f"Calendar {report.calendar_name!r} at {report.calendar_url}{made}")
    for p in report.accepted:
        print(f"  accepted #{p.id}  {_describe(p, zone)}")
    for p in report.rejected:
        print(f"  rejected #{p.id}  {_describe(p, zone)}")
    counts = (
        f"{report.created} created, {report.updated} updated, {report.deleted} deleted, "
        f"{report.unchanged} unchanged, {report.conflicts} conflicts"
    )
    if report.written:
        print(f"{counts}; {report.writes} writes sent.")
    else:
        print(f"Nothing sent ({'review' if pull else 'dry run'}). Would be: {counts}.")
    if report.refused:
        print(
            f"{report.refused} events changed on the server while syncing, or hold another "
            "event: left alone (the next sync looks again)."
        )
    if report.proposals:
        print(
            f"{len(report.proposals)} changes made in the calendar wait for your decision "
            f"(times in {report.timezone}):"
        )
        width = max(len(str(p.id)) for p in report.proposals)
        for p in report.proposals:
            print(f"  #{p.id:<{width}}  {p.kind.value:<9}  {_describe(p, zone)}")
        print(
            "Accept them with --accept ID... (the host's change goes into the tour) or reject "
            "them with --reject ID... (the tour's version goes back); 'all' for every one."
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
            "--all-sites syncs each site's own calendar: give --calendar, --accept and "
            "--reject with --site KEY instead"
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
            print(f"No site of {args.tour} has any item: no calendar to sync.")
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
