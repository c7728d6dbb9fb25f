"""Spreadsheets in and out: ``import people|sites``, ``export people``, ``export manifest``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

from tourplanner.cli import Cli, add_table_file_arguments, add_tour_argument
from tourplanner.core.i18n import QT_TRANSLATE_NOOP
from tourplanner.imports.header_mapping import parse_overrides
from tourplanner.imports.row_import import Action, ImportPlan
from tourplanner.services.database import Database
from tourplanner.services.manifests import ManifestKind, export_manifest, export_people
from tourplanner.services.sheet_import import (
    ImportOutcome,
    RowsRejected,
    import_people,
    import_sites,
)

EXIT_OK, EXIT_ROW_ERRORS = 0, 1

# The import commands' texts, one per kind of record (word order differs in Chinese).
_IMPORT_HELP = {
    "people": QT_TRANSLATE_NOOP(
        "Cli", "read people from a spreadsheet (.xlsx, .ods, .xls, .csv, .tsv; all or nothing)"
    ),
    "sites": QT_TRANSLATE_NOOP(
        "Cli", "read sites from a spreadsheet (.xlsx, .ods, .xls, .csv, .tsv; all or nothing)"
    ),
}
_IMPORT_DESCRIPTION = {
    "people": QT_TRANSLATE_NOOP(
        "Cli",
        "Add people to a tour from a spreadsheet, or update the ones already there. Headers "
        "in English or Chinese are recognised; --map names the others. Any row with an error "
        "stops the whole import unless --skip-bad-rows.",
    ),
    "sites": QT_TRANSLATE_NOOP(
        "Cli",
        "Add sites to a tour from a spreadsheet, or update the ones already there. Headers "
        "in English or Chinese are recognised; --map names the others. Any row with an error "
        "stops the whole import unless --skip-bad-rows.",
    ),
}
_IMPORTED = {
    ("people", False): QT_TRANSLATE_NOOP(
        "Cli",
        "Imported people into {tour}: {created} new, {updated} updated, {unchanged} unchanged, "
        "{rejected} rejected.",
    ),
    ("people", True): QT_TRANSLATE_NOOP(
        "Cli",
        "Would import people into {tour}: {created} new, {updated} updated, {unchanged} "
        "unchanged, {rejected} rejected.",
    ),
    ("sites", False): QT_TRANSLATE_NOOP(
        "Cli",
        "Imported sites into {tour}: {created} new, {updated} updated, {unchanged} unchanged, "
        "{rejected} rejected.",
    ),
    ("sites", True): QT_TRANSLATE_NOOP(
        "Cli",
        "Would import sites into {tour}: {created} new, {updated} updated, {unchanged} "
        "unchanged, {rejected} rejected.",
    ),
}


def register(groups: Any) -> None:
    """Add ``import people``, ``import sites``, ``export people`` and ``export manifest``."""
    for what, run in (("people", cmd_import_people), ("sites", cmd_import_sites)):
        p = groups.imports.add_parser(
            what,
            help=Cli.tr(_IMPORT_HELP[what]),
            description=Cli.tr(_IMPORT_DESCRIPTION[what]),
        )
        add_tour_argument(p)
        p.add_argument(
            "file",
            metavar=Cli.tr("FILE"),
            help=Cli.tr(".xlsx, .xlsm, .xlsb, .ods, .xls, .csv or .tsv file"),
        )
        p.add_argument(
            "--sheet", metavar=Cli.tr("NAME"), help=Cli.tr("the worksheet to read (workbooks)")
        )
        p.add_argument(
            "--map",
            metavar="COLUMN=field",
            action="append",
            default=[],
            help=Cli.tr("read COLUMN (header text or letter) as field, or 'ignore' it; repeatable"),
        )
        p.add_argument(
            "--encoding",
            metavar=Cli.tr("NAME"),
            help=Cli.tr("text encoding of a CSV (default: guess)"),
        )
        p.add_argument(
            "--dry-run", action="store_true", help=Cli.tr("show what would change, write nothing")
        )
        p.add_argument(
            "--skip-bad-rows",
            action="store_true",
            help=Cli.tr("import the good rows; write the bad ones to FILE.rejected.csv"),
        )
        p.set_defaults(run=run)

    p = groups.export.add_parser("people", help=Cli.tr("write a tour's people as CSV or XLSX"))
    add_table_file_arguments(p)
    p.set_defaults(run=cmd_export_people)

    p = groups.export.add_parser(
        "manifest",
        help=Cli.tr("write a visitor list, vehicle manifests, rooming list or dietary summary"),
        description=Cli.tr(
            "visitors: who arrives at a site and when, for its security desk; "
            "vehicles: who rides which vehicle on each transfer; rooming: who sleeps where; "
            "dietary: needs at each meal."
        ),
    )
    add_table_file_arguments(p)
    p.add_argument("--kind", required=True, choices=[k.value for k in ManifestKind])
    p.add_argument(
        "--site", metavar=Cli.tr("SITE"), help=Cli.tr("site key (required for visitors)")
    )
    p.add_argument(
        "--day", metavar="YYYY-MM-DD", type=_day, help=Cli.tr("only items starting that day")
    )
    p.set_defaults(run=cmd_export_manifest)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            Cli.tr("{text} is not a date (YYYY-MM-DD)").format(text=repr(text))
        ) from None


def _import(
    db: Database, args: argparse.Namespace, run: Callable[..., ImportOutcome], what: str
) -> int:
    try:
        outcome = run(
            db,
            args.tour,
            args.file,
            sheet=args.sheet,
            overrides=parse_overrides(args.map),
            encoding=args.encoding,
            dry_run=args.dry_run,
            skip_bad_rows=args.skip_bad_rows,
        )
    except RowsRejected as e:
        _describe_file(e.plan)
        _print_errors(e.plan)
        raise
    plan = outcome.plan
    _describe_file(plan)
    if args.dry_run:
        for r in plan.rows:
            if r.action is Action.CREATE:
                line = Cli.tr("  create     row {row}: {label} ({key})")
            elif r.action is Action.UPDATE:
                line = Cli.tr("  update     row {row}: {label} ({key}): {changes}")
            elif r.action is Action.UNCHANGED:
                line = Cli.tr("  unchanged  row {row}: {label} ({key})")
            else:
                continue
            changes = Cli.tr(", ").join(r.changes)
            print(line.format(row=r.row, label=r.label, key=r.key, changes=changes))
        _print_errors(plan, stream=sys.stdout)
    print(
        Cli.tr(_IMPORTED[what, bool(args.dry_run)]).format(
            tour=args.tour,
            created=outcome.created,
            updated=outcome.updated,
            unchanged=outcome.unchanged,
            rejected=outcome.rejected,
        )
    )
    if outcome.rejected_file is not None:
        print(
            Cli.tr("Rejected rows written to {path}").format(path=outcome.rejected_file),
            file=sys.stderr,
        )
    elif args.dry_run and plan.rejected and not args.skip_bad_rows:
        print(Cli.tr("Nothing would be imported while rows have errors (see --skip-bad-rows)."))
    return EXIT_ROW_ERRORS if args.dry_run and plan.rejected else EXIT_OK


def _describe_file(plan: ImportPlan) -> None:
    sheet = plan.sheet
    how = []
    if sheet.sheet:
        how.append(Cli.tr("sheet {name}").format(name=repr(sheet.sheet)))
    if sheet.encoding:
        how.append(sheet.encoding)
    if sheet.delimiter == "\t":
        how.append(Cli.tr("tab-separated"))
    elif sheet.delimiter:
        how.append(Cli.tr("{delimiter}-separated").format(delimiter=repr(sheet.delimiter)))
    print(
        Cli.tr("{file}: {how}; header on row {row}").format(
            file=sheet.source, how=Cli.tr(", ").join(how) or Cli.tr("read"), row=plan.header_row
        )
    )
    used = [f"{c.name} -> {c.field}" for c in plan.mapping.columns if c.field]
    print(Cli.tr("  columns: {columns}").format(columns="; ".join(used)))
    ignored = [c.name for c in plan.mapping.unused if c.header.strip()]
    if ignored:
        print(Cli.tr("  ignored: {columns}").format(columns="; ".join(ignored)))


def _print_errors(plan: ImportPlan, stream: Any = None) -> None:
    for error in plan.errors:
        print(f"  {error}", file=stream or sys.stderr)


def cmd_import_people(db: Database, args: argparse.Namespace) -> int:
    return _import(db, args, import_people, "people")


def cmd_import_sites(db: Database, args: argparse.Namespace) -> int:
    return _import(db, args, import_sites, "sites")


def cmd_export_people(db: Database, args: argparse.Namespace) -> int:
    result = export_people(db, args.tour, args.output, args.format)
    print(
        Cli.tr("Wrote {people} to {path}").format(
            people=Cli.tr("%n person(s)", None, result.rows), path=result.path
        ),
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_export_manifest(db: Database, args: argparse.Namespace) -> int:
    result = export_manifest(
        db, args.tour, args.kind, args.output, site=args.site, day=args.day, fmt=args.format
    )
    for warning in result.warnings:
        print(Cli.tr("warning: {message}").format(message=warning), file=sys.stderr)
    print(
        Cli.tr("Wrote {kind} manifest ({lines}) to {path}").format(
            kind=args.kind, lines=Cli.tr("%n line(s)", None, result.rows), path=result.path
        ),
        file=sys.stderr,
    )
    return EXIT_OK
