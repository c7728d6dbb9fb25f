"""`tourplanner send`, `tourplanner dispatches` and `tourplanner mail-template`: email each
delegate and host their briefing and calendar, see what was sent, edit the mail text."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from tourplanner.cli import Cli, add_tour_argument
from tourplanner.core.dispatch import UpdateStatus
from tourplanner.core.errors import ValidationError
from tourplanner.core.i18n import QT_TRANSLATE_NOOP
from tourplanner.imports.files import read_input
from tourplanner.services.briefings import LANGUAGES, PAPERS, PdfOptions
from tourplanner.services.database import Database
from tourplanner.services.dispatches import (
    PLACEHOLDERS,
    MailTemplate,
    get_mail_template,
    list_dispatches,
    reset_mail_template,
    save_mail_template,
)
from tourplanner.services.mail_plan import ALL, mail_plan
from tourplanner.services.mailing import (
    SMTP_PASSWORD_ENV,
    SMTP_URL_ENV,
    RecipientResult,
    resolve_smtp_password,
    send_mail,
    smtp_settings,
)

EXIT_OK = 0
EXIT_PROBLEMS = 1

# The send command's help page; {url_variable} and {password_variable} are filled in.
SEND_DESCRIPTION = QT_TRANSLATE_NOOP(
    "Cli",
    "Email every delegate their PDF briefing and their calendar (.ics), and every host the\n"
    "host briefing and calendar of each site they host, with a short text in the recipient's\n"
    "language (Chinese when it is their first language, English otherwise).\n"
    "\n"
    "--to delegates, hosts, a participant's key, or a site's key (that site's hosts). Hosts\n"
    "are the people the tour names as host of a site's items; a site that names none is\n"
    "written to its contact email. A site's own contacts by role (the site dialog's venue\n"
    "contacts) get their lists too: a host contact the host briefing, catering the dietary\n"
    "list of each meal there (per table once seated), the gate the vehicles with plates and\n"
    "arrival times. The report says who got what, one line each.\n"
    "\n"
    "Each message is recorded. A run sends to everyone who has not yet received their current\n"
    "version, so running a broken-off run again sends only the rest, and nobody gets the same\n"
    "version twice. --changed-only sends only updates: to people whose briefing or calendar\n"
    "changed since their last message (see: tourplanner dispatches TOUR); each update lists\n"
    "what changed. --resend sends to everyone again.\n"
    "\n"
    "The SMTP server comes from --smtp URL or ${url_variable}:\n"
    "  smtp://USER@HOST[:587]     STARTTLS (the default port is 587)\n"
    "  smtps://USER@HOST[:465]    TLS from the start\n"
    "  ...?security=none          no encryption (a password only to a server on this machine)\n"
    "  ...?from=ADDRESS           the sender (default: the tour's organiser email, or --from)\n"
    "Leave out USER@ for a server that needs no login. The password is never part of the URL:\n"
    "it is read from the variable named by --password-env, else ${password_variable}, else the\n"
    "system keyring (store it with: keyring set tourplanner-smtp USER). It is never stored,\n"
    "printed or logged.\n"
    "\n"
    "--dry-run -o DIR writes each message as an .eml file in DIR instead of sending it.\n"
    "\n"
    "Nothing is sent (nor written by --dry-run) while `tourplanner check TOUR` reports errors:\n"
    "the command lists them (the first five and a count) and exits 1. --allow-errors sends\n"
    "anyway, and each message's record notes how many errors were open. Warnings never block.\n"
    "\n"
    "Exit code: 0 everything went out, 1 the tour has errors, or some message failed or was\n"
    "not sent (each has one line saying why; a bad address is caught before sending), 2 nothing\n"
    "could be sent (one line on stderr: the server cannot be reached, the login was refused,\n"
    "...).",
)


def register(groups: Any) -> None:
    """Add ``send``, ``dispatches`` and ``mail-template``."""
    p = groups.commands.add_parser(
        "send",
        help=Cli.tr("email briefings and calendars to delegates and hosts"),
        description=Cli.tr(SEND_DESCRIPTION).format(
            url_variable=SMTP_URL_ENV, password_variable=SMTP_PASSWORD_ENV
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_tour_argument(p)
    who = Cli.tr("WHO")
    p.add_argument(
        "--to",
        required=True,
        metavar=who,
        help=Cli.tr("delegates, hosts, a participant's key or a site's key"),
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--changed-only",
        action="store_true",
        help=Cli.tr("only people whose briefing or calendar changed since their last message"),
    )
    which.add_argument(
        "--resend",
        action="store_true",
        help=Cli.tr("send to everyone, even who has this version"),
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=Cli.tr("write .eml files to -o DIR instead of sending"),
    )
    p.add_argument("-o", "--output", metavar=Cli.tr("DIR"), help=Cli.tr("the folder for --dry-run"))
    p.add_argument(
        "--allow-errors",
        action="store_true",
        help=Cli.tr(
            "go ahead although check reports errors (each message's record notes how many)"
        ),
    )
    p.add_argument(
        "--smtp",
        metavar="URL",
        help=Cli.tr("the SMTP server (default ${variable})").format(variable=SMTP_URL_ENV),
    )
    p.add_argument(
        "--password-env",
        metavar=Cli.tr("VAR"),
        help=Cli.tr(
            "environment variable holding the SMTP password (default ${variable}, "
            "then the system keyring)"
        ).format(variable=SMTP_PASSWORD_ENV),
    )
    p.add_argument(
        "--from",
        dest="sender",
        metavar=Cli.tr("ADDRESS"),
        help=Cli.tr(
            "the sender address (default: the URL's from=, else the tour's organiser email)"
        ),
    )
    p.add_argument(
        "--paper", choices=list(PAPERS), default="a4", help=Cli.tr("briefing paper (default a4)")
    )
    p.add_argument(
        "--pdf-lang",
        choices=list(LANGUAGES),
        default="both",
        help=Cli.tr("briefing labels in English, Chinese or both (default both)"),
    )
    p.set_defaults(run=cmd_send)

    p = groups.commands.add_parser(
        "dispatches",
        help=Cli.tr("what was emailed to whom, and who needs an update"),
        description=Cli.tr(
            "List every message sent (or tried, or written by a dry run) for a tour, "
            "then who needs an update: people whose briefing or calendar changed since their "
            "last message, with what changed."
        ),
    )
    add_tour_argument(p)
    p.add_argument(
        "--to",
        default=ALL,
        metavar=who,
        help=Cli.tr("whose status to show: all (default), delegates, hosts or a key"),
    )
    p.add_argument("--json", action="store_true", help=Cli.tr("print JSON instead of tables"))
    p.set_defaults(run=cmd_dispatches)

    known = ", ".join("{" + n + "}" for n in sorted(set().union(*PLACEHOLDERS.values())))
    p = groups.commands.add_parser(
        "mail-template",
        help=Cli.tr("show or change the subject and text of a tour's emails"),
        description=Cli.tr(
            "Show the subject and body used for one kind of message in one language "
            "(the tour's own, or the built-in default), or change it. Placeholders: "
            "{known} ({{sites}} in host mail only; {{changes}} is where an update lists what "
            "changed). An unknown placeholder is refused. Write {{{{ and }}}} for literal "
            "braces."
        ).format(known=known),
    )
    add_tour_argument(p)
    p.add_argument("--kind", required=True, choices=["delegate", "host"], help=Cli.tr("which mail"))
    p.add_argument("--lang", required=True, choices=["en", "zh"], help=Cli.tr("which language"))
    p.add_argument("--subject", metavar=Cli.tr("TEXT"), help=Cli.tr("the new subject"))
    p.add_argument(
        "--body-file", metavar=Cli.tr("FILE"), help=Cli.tr("the new body, from a UTF-8 file")
    )
    p.add_argument("--reset", action="store_true", help=Cli.tr("go back to the built-in default"))
    p.set_defaults(run=cmd_mail_template)


def _print_result(done: int, total: int, result: RecipientResult) -> None:
    print(f"[{done}/{total}] {result.line()}", flush=True)
    if result.changes:
        for line in result.changes:
            print(f"        - {line}", flush=True)


def cmd_send(db: Database, args: argparse.Namespace) -> int:
    if args.dry_run and not args.output:
        raise ValidationError(Cli.tr("--dry-run needs -o DIR, the folder for the .eml files"))
    if args.output and not args.dry_run:
        raise ValidationError(Cli.tr("-o DIR is only for --dry-run"))
    settings = None if args.dry_run else smtp_settings(args.smtp)
    user = settings.user if settings is not None else None

    def password() -> str:
        assert user is not None
        return resolve_smtp_password(user, args.password_env)

    if settings is not None:
        print(Cli.tr("Sending through {server}").format(server=settings.describe()), flush=True)
    report = send_mail(
        db,
        args.tour,
        args.to,
        smtp=settings,
        password=password if user else None,
        dry_run=args.output if args.dry_run else None,
        sender=args.sender,
        changed_only=args.changed_only,
        resend=args.resend,
        pdf_options=PdfOptions(paper=args.paper, lang=args.pdf_lang),
        progress=_print_result,
        allow_errors=args.allow_errors,
    )
    # Those who already have their version are only counted: on a large tour, listing
    # them would bury the lines that matter.
    print(report.summary())
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def cmd_dispatches(db: Database, args: argparse.Namespace) -> int:
    records = list_dispatches(db, args.tour)
    plan = mail_plan(db, args.tour, args.to)
    if args.to != ALL:  # only the records of the recipients asked about
        wanted = {(e.recipient.key, e.recipient.kind) for e in plan.entries}
        records = [r for r in records if (r.recipient_key, r.kind) in wanted]
    if args.json:
        out = {
            "dispatches": [
                {
                    "sent_at": r.sent_at.isoformat(),
                    "result": r.result.value,
                    "kind": r.kind.value,
                    "recipient": r.recipient_key,
                    "name": r.name,
                    "address": r.address,
                    "pdf_hash": r.pdf_hash,
                    "items": {uid: s.sequence for uid, s in r.items.items()},
                    "reason": r.reason,
                    "open_errors": r.open_errors,
                }
                for r in records
            ],
            "recipients": [
                {
                    "recipient": e.recipient.key,
                    "kind": e.recipient.kind.value,
                    "name": e.recipient.name,
                    "address": e.recipient.address,
                    "status": e.status.value,
                    "changes": e.change_lines(),
                }
                for e in plan.entries
            ],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not records:
        print(Cli.tr("Nothing has been sent for {tour} yet.").format(tour=args.tour))
    else:
        # Outside the f-string: lupdate reads no calls inside one.
        heads = Cli.tr("WHEN"), Cli.tr("RESULT"), Cli.tr("KIND"), Cli.tr("RECIPIENT")
        print(f"{heads[0]:<19}  {heads[1]:<8}  {heads[2]:<8}  {heads[3]}")
        for r in records:
            when = r.sent_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            shown = (
                f"{r.name} <{r.address}>"
                if r.address
                else Cli.tr("{name} (no address)").format(name=r.name)
            )
            line = f"{when:<19}  {r.result.value:<8}  {r.kind.value:<8}  {shown}"
            line += f": {r.reason}" if r.reason else ""
            if r.open_errors:  # sent with --allow-errors
                line += Cli.tr(" (%n error(s) open)", None, r.open_errors)
            print(line)
    changed = plan.with_status(UpdateStatus.CHANGED)
    new = plan.with_status(UpdateStatus.NEW)
    current = plan.with_status(UpdateStatus.CURRENT)
    print()
    if changed:
        print(
            Cli.tr("Needs an update ({count}): changed since their last message").format(
                count=len(changed)
            )
        )
        for e in changed:
            print(f"  {e.recipient.kind.value:<8}  {e.recipient.shown}")
            for line in e.change_lines():
                print(f"            - {line}")
    else:
        print(Cli.tr("Needs an update: nobody."))
    if new:
        print(
            Cli.tr("Never sent ({count}): {names}").format(
                count=len(new), names=Cli.tr(", ").join(e.recipient.name for e in new)
            )
        )
    print(Cli.tr("Up to date: {count}.").format(count=len(current)))
    return EXIT_OK


def _show(template: MailTemplate) -> None:
    heading = (
        Cli.tr("# {kind} mail, {language} (this tour's own)")
        if template.custom
        else Cli.tr("# {kind} mail, {language} (built-in default)")
    )
    print(heading.format(kind=template.kind.value, language=template.language))
    print(Cli.tr("Subject: {subject}").format(subject=template.subject))
    print()
    print(template.body)


def cmd_mail_template(db: Database, args: argparse.Namespace) -> int:
    if args.reset and (args.subject is not None or args.body_file is not None):
        raise ValidationError(Cli.tr("--reset cannot be combined with --subject or --body-file"))
    if args.reset:
        _show(reset_mail_template(db, args.tour, args.kind, args.lang))
        return EXIT_OK
    if args.subject is None and args.body_file is None:
        _show(get_mail_template(db, args.tour, args.kind, args.lang))
        return EXIT_OK
    current = get_mail_template(db, args.tour, args.kind, args.lang)
    body = current.body
    if args.body_file is not None:
        raw = sys.stdin.buffer.read() if args.body_file == "-" else read_input(args.body_file)
        try:
            body = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ValidationError(
                Cli.tr("{file}: not UTF-8 text").format(file=args.body_file)
            ) from None
    subject = args.subject if args.subject is not None else current.subject
    _show(save_mail_template(db, args.tour, args.kind, args.lang, subject, body))
    return EXIT_OK
