"""The command-line front end: ``tourplanner [--db URL] COMMAND ...``.

Every failure a user can cause ends in one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NoReturn

from tourplanner import __version__
from tourplanner.cli.argparse_words import use_catalogue
from tourplanner.core.errors import TourExistsError, TourplannerError
from tourplanner.core.i18n import Context, language_from_environment, use_language
from tourplanner.crashlog import unexpected_message
from tourplanner.services.database import (
    Database,
    describe_url,
    open_database,
    resolve_url,
    upgrade_database,
)
from tourplanner.services.history import acting
from tourplanner.services.tour_list import list_tours
from tourplanner.services.tourfile import (
    export_tour_bytes,
    export_tour_file,
    import_tour_file,
    load_sample,
)

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3

Cli = Context("Cli")  # the catalogue context of command-line output


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line too (argparse prints the whole usage).

    Every subcommand also takes ``--db URL`` after its name (``tourplanner sample --db
    URL``, as people type it); it fills the same value as the global option."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if " " in self.prog:  # a subcommand's parser ("tourplanner sample")
            self.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    def error(self, message: str) -> NoReturn:
        command = " ".join(self.prog.split()[1:])
        if command:
            line = Cli.tr("tourplanner: error: {command}: {message} (see --help)")
        else:
            line = Cli.tr("tourplanner: error: {message} (see --help)")
        self.exit(EXIT_USAGE, line.format(command=command, message=message) + "\n")


def add_tour_argument(parser: argparse.ArgumentParser) -> None:
    """The TOUR argument (a tour's slug) most commands take first."""
    parser.add_argument("tour", metavar=Cli.tr("TOUR"), help=Cli.tr("the tour's slug"))


def add_table_file_arguments(parser: argparse.ArgumentParser) -> None:
    """TOUR, --format csv|xlsx and -o FILE: the arguments of a table written to a file."""
    add_tour_argument(parser)
    parser.add_argument(
        "--format", choices=("csv", "xlsx"), help=Cli.tr("default: from the file's suffix")
    )
    parser.add_argument(
        "-o", "--output", metavar=Cli.tr("FILE"), required=True, help=Cli.tr("file to write")
    )


def build_parser() -> argparse.ArgumentParser:
    """The parser of every command, in the language chosen (help texts are read now)."""
    parser = _Parser(prog="tourplanner", description=Cli.tr("Plan delegation tours."))
    parser.add_argument(
        "--version",
        action="version",
        version=f"tourplanner {__version__}",
        help=Cli.tr("show the program's version and exit"),
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help=Cli.tr(
            "database URL (sqlite:///file.db or postgresql+psycopg://...); "
            "default $TOURPLANNER_DB, else a file in your data folder"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar=Cli.tr("COMMAND"), parser_class=_Parser)

    p = sub.add_parser("sample", help=Cli.tr("load the sample tour (chongqing-2021)"))
    p.add_argument(
        "--reset", action="store_true", help=Cli.tr("replace an existing copy with a fresh one")
    )
    p.set_defaults(run=cmd_sample)

    p = sub.add_parser("tours", help=Cli.tr("list the tours"))
    p.add_argument("--json", action="store_true", help=Cli.tr("print JSON instead of a table"))
    p.set_defaults(run=cmd_tours)

    export = sub.add_parser("export", help=Cli.tr("write a tour or its outputs to a file"))
    export_sub = export.add_subparsers(dest="what", metavar=Cli.tr("WHAT"), required=True)
    p = export_sub.add_parser("tour", help=Cli.tr("write a tour file (JSON)"))
    add_tour_argument(p)
    p.add_argument(
        "-o", "--output", metavar=Cli.tr("FILE"), help=Cli.tr("file to write (default: stdout)")
    )
    p.set_defaults(run=cmd_export_tour)

    imp = sub.add_parser("import", help=Cli.tr("read a tour or data into the database"))
    imp_sub = imp.add_subparsers(dest="what", metavar=Cli.tr("WHAT"), required=True)
    p = imp_sub.add_parser("tour", help=Cli.tr("read a tour file (all or nothing)"))
    p.add_argument("file", metavar=Cli.tr("FILE"))
    p.add_argument(
        "--replace", action="store_true", help=Cli.tr("replace a tour with the same slug")
    )
    p.set_defaults(run=cmd_import_tour)

    dbp = sub.add_parser("db", help=Cli.tr("database maintenance"))
    db_sub = dbp.add_subparsers(dest="what", metavar=Cli.tr("ACTION"), required=True)
    p = db_sub.add_parser("upgrade", help=Cli.tr("migrate the database to the newest schema"))
    p.set_defaults(run=cmd_db_upgrade, migrate=False)

    groups = CommandGroups(commands=sub, export=export_sub, imports=imp_sub)
    for module in _command_modules():
        module.register(groups)
    return parser


@dataclass(frozen=True)
class CommandGroups:
    """Where a command module adds its subcommands: top level, under export, under import."""

    commands: Any
    export: Any
    imports: Any


def _command_modules() -> list[Any]:
    # Each capability keeps its commands in a module of its own with register(groups).
    from tourplanner.cli import (
        calendar_commands,
        check_commands,
        geocode_commands,
        history_commands,
        optimize_commands,
        pdf_commands,
        protocol_commands,
        publish_commands,
        roads_commands,
        send_commands,
        sheet_commands,
        sync_commands,
    )

    return [
        check_commands,
        history_commands,
        geocode_commands,
        roads_commands,
        optimize_commands,
        calendar_commands,
        sync_commands,
        pdf_commands,
        sheet_commands,
        send_commands,
        publish_commands,
        protocol_commands,
    ]


def cmd_sample(db: Database, args: argparse.Namespace) -> int:
    result = load_sample(db, reset=args.reset)
    if result.created:
        print(Cli.tr("Loaded the sample tour {slug}.").format(slug=result.slug))
    else:
        print(
            Cli.tr(
                "The sample tour {slug} is already loaded (use --reset for a fresh copy)."
            ).format(slug=result.slug)
        )
    return EXIT_OK


def cmd_tours(db: Database, args: argparse.Namespace) -> int:
    tours = list_tours(db)
    if args.json:
        rows = [
            {
                "slug": t.slug,
                "name": t.name,
                "local_name": t.local_name,
                "start_date": t.start_date.isoformat(),
                "end_date": t.end_date.isoformat(),
            }
            for t in tours
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not tours:
        print(Cli.tr("No tours yet. Try: tourplanner sample"))
        return EXIT_OK
    slug, dates, name = Cli.tr("SLUG"), Cli.tr("DATES"), Cli.tr("NAME")
    width = max(len(slug), *(len(t.slug) for t in tours))
    print(f"{slug:<{width}}  {dates:<23}  {name}")
    for t in tours:
        print(f"{t.slug:<{width}}  {t.start_date} – {t.end_date}  {t.name}")
    return EXIT_OK


def cmd_export_tour(db: Database, args: argparse.Namespace) -> int:
    if args.output in (None, "-"):
        sys.stdout.buffer.write(export_tour_bytes(db, args.tour))
        sys.stdout.flush()
    else:
        path = export_tour_file(db, args.tour, args.output)
        print(Cli.tr("Wrote {path}").format(path=path), file=sys.stderr)
    return EXIT_OK


def cmd_import_tour(db: Database, args: argparse.Namespace) -> int:
    try:
        r = import_tour_file(db, args.file, replace=args.replace)
    except TourExistsError as e:
        raise TourplannerError(
            Cli.tr("{problem}; use --replace to overwrite it").format(problem=e)
        ) from None
    text = (
        Cli.tr("Replaced tour {slug}: {counts}.")
        if r.replaced
        else Cli.tr("Imported tour {slug}: {counts}.")
    )
    counts = Cli.tr(", ").join(
        (
            Cli.tr("%n site(s)", None, r.sites),
            Cli.tr("%n participant(s)", None, r.participants),
            Cli.tr("%n group(s)", None, r.groups),
            Cli.tr("%n item(s)", None, r.items),
            Cli.tr("%n busy block(s)", None, r.busy_blocks),
        )
    )
    print(text.format(slug=r.slug, counts=counts))
    return EXIT_OK


def cmd_db_upgrade(db: Database, args: argparse.Namespace) -> int:
    result = upgrade_database(db)
    shown = describe_url(args.db_url)
    if not result.changed:
        print(
            Cli.tr("Database {url} is up to date ({revision}).").format(
                url=shown, revision=result.to_revision
            )
        )
        return EXIT_OK
    print(
        Cli.tr("Migrated {url} from {old} to {new}.").format(
            url=shown, old=result.from_revision or Cli.tr("empty"), new=result.to_revision
        )
    )
    if result.backup:
        print(Cli.tr("Backup of the old file: {path}").format(path=result.backup))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (0 ok, 1 problems found, 2 error). A command
    refused because the tour has errors (``send``, ``sync``) exits 1 and lists them."""
    # Output follows LANGUAGE / LC_ALL / LC_MESSAGES / LANG, as gettext programs do.
    use_language(language_from_environment())
    use_catalogue()  # argparse's own words too, before the parser reads them
    parser = build_parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else list(argv))
    run: Callable[[Database, argparse.Namespace], int] | None = getattr(args, "run", None)
    if run is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    args.db_url = resolve_url(args.db)
    try:
        db = open_database(args.db_url, migrate=getattr(args, "migrate", True))
        try:
            # Every change this command makes is logged as its action.
            with acting(
                action="tourplanner " + run.__name__.removeprefix("cmd_").replace("_", " ")
            ):
                return run(db, args)
        finally:
            db.dispose()
    except TourplannerError as e:
        print(Cli.tr("tourplanner: error: {message}").format(message=e), file=sys.stderr)
        # Imported here: the release gate pulls in the checks, which start-up must not.
        from tourplanner.services.tours import OpenErrorsError

        if isinstance(e, OpenErrorsError):  # the tour has errors: a finding, not a failure
            for line in e.listing():
                print(f"  {line}", file=sys.stderr)
            return EXIT_PROBLEMS
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(Cli.tr("tourplanner: interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as e:  # a bug: the user still gets one line, the log gets the rest
        print(
            Cli.tr("tourplanner: error: {message}").format(message=unexpected_message(e)),
            file=sys.stderr,
        )
        return EXIT_INTERNAL
