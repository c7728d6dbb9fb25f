"""`tourplanner publish` and `tourplanner links`: private pages for every participant and
host site, on a folder or a WebDAV server, and the list of their addresses."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from tourplanner.cli import Cli, add_tour_argument
from tourplanner.cli.pdf_commands import _positive as whole_number
from tourplanner.core.i18n import QT_TRANSLATE_NOOP
from tourplanner.services.database import Database
from tourplanner.services.publish import PublishRequest, PublishResult, links, publish
from tourplanner.services.publish_target import KEYRING_SERVICE, PASSWORD_ENV
from tourplanner.services.tours import OpenErrorsError

EXIT_OK, EXIT_PROBLEMS = 0, 1

# Whose page a link is, as `links` shows it (--json keeps "person" and "site").
_KINDS = {"person": QT_TRANSLATE_NOOP("Cli", "person"), "site": QT_TRANSLATE_NOOP("Cli", "site")}

# The help page's last paragraph; {variable} and {service} are filled in where shown.
_EPILOG = QT_TRANSLATE_NOOP(
    "Cli",
    "TARGET is a folder (serve it with any web server, or sync it to a static host) or a\n"
    "WebDAV collection: https://USER@dav.example.org/tour/ (plain http only to this\n"
    "machine). The password is never part of the URL: it is read from the variable named by\n"
    "--password-env, else ${variable}, else the system keyring\n"
    "('keyring set {service} USER'). The tour remembers TARGET and --base-url, so a\n"
    "later run needs neither. See docs/publishing.md.\n",
)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            Cli.tr("{text} is not a number").format(text=repr(text))
        ) from None
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError(
            Cli.tr("{text} is not between 0 and 3600").format(text=repr(text))
        )
    return value


def register(groups: Any) -> None:
    """Add ``publish`` and ``links``."""
    p = groups.commands.add_parser(
        "publish",
        help=Cli.tr("publish every participant's and host site's private page"),
        description=Cli.tr(
            "Write each participant's and host site's phone page, calendar and "
            "briefing into a folder named by their private token. Only what changed is "
            "written; folders of people who left are removed. Exit code: 0 done, 1 refused "
            "(the tour has errors), 2 bad use or the target failed."
        ),
        epilog=Cli.tr(_EPILOG).format(variable=PASSWORD_ENV, service=KEYRING_SERVICE),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_tour_argument(p)
    p.add_argument(
        "--to",
        metavar=Cli.tr("TARGET"),
        help=Cli.tr("folder or WebDAV URL (default: the last one)"),
    )
    p.add_argument(
        "--base-url",
        metavar="URL",
        help=Cli.tr("the public address of TARGET (default: the last one, or the WebDAV URL)"),
    )
    key = Cli.tr("KEY")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--person", metavar=key, help=Cli.tr("publish only this participant's page"))
    who.add_argument("--site", metavar=key, help=Cli.tr("publish only this site's page"))
    p.add_argument("--allow-errors", action="store_true", help=Cli.tr("publish even with errors"))
    p.add_argument(
        "--dry-run", action="store_true", help=Cli.tr("say what would be written, write nothing")
    )
    p.add_argument(
        "--revoke",
        metavar=key,
        help=Cli.tr(
            "give this participant or site (site:KEY) a new link and delete the old folder"
        ),
    )
    p.add_argument(
        "--password-env",
        metavar=Cli.tr("VAR"),
        help=Cli.tr(
            "environment variable holding the WebDAV password (default ${variable})"
        ).format(variable=PASSWORD_ENV),
    )
    p.add_argument(
        "--timeout", metavar="S", type=_seconds, help=Cli.tr("seconds to wait for the server (30)")
    )
    p.add_argument(
        "--jobs",
        metavar="N",
        type=whole_number,
        help=Cli.tr("processes for PDFs (default: every core)"),
    )
    p.add_argument("-v", "--verbose", action="store_true", help=Cli.tr("list every folder"))
    p.set_defaults(run=cmd_publish)

    p = groups.commands.add_parser(
        "links",
        help=Cli.tr("list the private address of every participant's and host site's page"),
    )
    add_tour_argument(p)
    p.add_argument(
        "--json",
        action="store_true",
        help=Cli.tr("print a JSON list of {person|site, name, url}"),
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
        print(Cli.tr("tourplanner: {message}").format(message=e), file=sys.stderr)
        for line in e.listing():
            print(f"  {line}", file=sys.stderr)
        return EXIT_PROBLEMS
    _report(result, args.verbose)
    return EXIT_OK


def _report(result: PublishResult, verbose: bool) -> None:
    if result.open_errors:
        print(
            Cli.tr("Published with {errors} (--allow-errors).").format(
                errors=Cli.tr("%n open error(s)", None, result.open_errors)
            )
        )
    if result.revoked is not None:
        print(
            Cli.tr("Revoked the old link of {recipient}; its folder is deleted.").format(
                recipient=result.revoked.recipient
            )
        )
    for folder in result.folders:
        if verbose or folder.status in ("new", "changed"):
            files = f" ({', '.join(folder.uploaded)})" if folder.uploaded else ""
            print(f"{folder.status:<9}  {folder.name}  {folder.url}{files}")
            for line in folder.changes:
                print(f"           - {line}")
    if not result.base_url:
        print(Cli.tr("No public address (--base-url): briefings carry no QR code, mail no link."))
    print(result.summary())


def cmd_links(db: Database, args: argparse.Namespace) -> int:
    found = links(db, args.tour)
    if args.json:
        print(json.dumps([link.to_json() for link in found], ensure_ascii=False, indent=2))
        return EXIT_OK
    width = max((len(link.name) for link in found), default=0)
    for link in found:
        kind = Cli.tr(_KINDS[link.kind]) if link.kind in _KINDS else link.kind
        print(f"{kind:<6}  {link.name:<{width}}  {link.url}")
    return EXIT_OK
