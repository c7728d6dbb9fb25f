"""`tourplanner publish` and `tourplanner links`: private pages for every participant and
host site, on a folder or a WebDAV server, and the list of their addresses."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from tourplanner.cli.pdf_commands import _positive as whole_number
from tourplanner.core.wording import count
from tourplanner.services.database import Database
from tourplanner.services.publish import PublishRequest, PublishResult, links, publish
from tourplanner.services.publish_target import KEYRING_SERVICE, PASSWORD_ENV
from tourplanner.services.tours import OpenErrorsError

EXIT_OK, EXIT_PROBLEMS = 0, 1

_EPILOG = f"""\
TARGET is a folder (serve it with any web server, or sync it to a static host) or a
WebDAV collection: https://USER@dav.example.org/tour/ (plain http only to this
machine). The password is never part of the URL: it is read from the variable named by
--password-env, else ${PASSWORD_ENV}, else the system keyring
('keyring set {KEYRING_SERVICE} USER'). The tour remembers TARGET and --base-url, so a
later run needs neither. See docs/publishing.md.
"""


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError(f"{text!r} is not between 0 and 3600")
    return value


def register(groups: Any) -> None:
    """Add ``publish`` and ``links``."""
    p = groups.commands.add_parser(
        "publish",
        help="publish every participant's and host site's private page",
        description="Write each participant's and host site's phone page, calendar and "
        "briefing into a folder named by their private token. Only what changed is "
        "written; folders of people who left are removed. Exit code: 0 done, 1 refused "
        "(the tour has errors), 2 bad use or the target failed.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("tour", metavar="TOUR", help="the tour's slug")
    p.add_argument("--to", metavar="TARGET", help="folder or WebDAV URL (default: the last one)")
    p.add_argument(
        "--base-url",
        metavar="URL",
        help="the public address of TARGET (default: the last one, or the WebDAV URL)",
    )
    who = p.add_mutually_exclusive_group()
    who.add_argument("--person", metavar="KEY", help="publish only this participant's page")
    who.add_argument("--site", metavar="KEY", help="publish only this site's page")
    p.add_argument("--allow-errors", action="store_true", help="publish even with errors")
    p.add_argument(
        "--dry-run", action="store_true", help="say what would be written, write nothing"
    )
    p.add_argument(
        "--revoke",
        metavar="KEY",
        help="give this participant or site (site:KEY) a new link and delete the old folder",
    )
    p.add_argument(
        "--password-env",
        metavar="VAR",
        help=f"environment variable holding the WebDAV password (default ${PASSWORD_ENV})",
    )
    p.add_argument(
        "--timeout", metavar="S", type=_seconds, help="seconds to wait for the server (30)"
    )
    p.add_argument(
        "--jobs", metavar="N", type=whole_number, help="processes for PDFs (default: every core)"
    )
    p.add_argument("-v", "--verbose", action="store_true", help="list every folder")
    p.set_defaults(run=cmd_publish)

    p = groups.commands.add_parser(
        "links",
        help="list the private address of every participant's and host site's page",
    )
    p.add_argument("tour", metavar="TOUR", help="the tour's slug")
    p.add_argument(
        "--json", action="store_true", help="print a JSON list of {person|site, name, url}"
    )
    p.set_defaults(run=cmd_links)


def cmd_publish(db: Database, args: argparse.Namespace) -> int:
    request = PublishRequest(
        tour=args.tour,
        target=args.to,
        base_url=args.base_url,
        person=args.person,
        site=args.site,
        allow_errors=args.allow_errors,
        dry_run=args.dry_run,
        revoke=args.revoke,
        password_env=args.password_env,
        timeout=args.timeout,
        workers=args.jobs,
    )

    def progress(done: int, total: int, name: str) -> None:
        if args.verbose:
            print(f"[{done}/{total}] {name}", flush=True)

    try:
        result = publish(db, request, progress=progress)
    except OpenErrorsError as e:
        print(f"tourplanner: {e}", file=sys.stderr)
        for line in e.listing():
            print(f"  {line}", file=sys.stderr)
        return EXIT_PROBLEMS
    _report(result, args.verbose)
    return EXIT_OK


def _report(result: PublishResult, verbose: bool) -> None:
    if result.open_errors:
        print(f"Published with {count(result.open_errors, 'open error')} (--allow-errors).")
    if result.revoked is not None:
        print(f"Revoked the old link of {result.revoked.recipient}; its folder is deleted.")
    for folder in result.folders:
        if verbose or folder.status in ("new", "changed"):
            files = f" ({', '.join(folder.uploaded)})" if folder.uploaded else ""
            print(f"{folder.status:<9}  {folder.name}  {folder.url}{files}")
            for line in folder.changes:
                print(f"           - {line}")
    if not result.base_url:
        print("No public address (--base-url): briefings carry no QR code, mail no link.")
    print(result.summary())


def cmd_links(db: Database, args: argparse.Namespace) -> int:
    found = links(db, args.tour)
    if args.json:
        print(json.dumps([link.to_json() for link in found], ensure_ascii=False, indent=2))
        return EXIT_OK
    width = max((len(link.name) for link in found), default=0)
    for link in found:
        print(f"{link.kind:<6}  {link.name:<{width}}  {link.url}")
    return EXIT_OK
