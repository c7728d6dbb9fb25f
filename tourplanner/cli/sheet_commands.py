"""Spreadsheets in and out: ``import people|sites``, ``export people``, ``export manifest``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

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


def register(groups: Any) -> None:
    """Add ``import people``, ``import sites``, ``export people`` and ``export manifest``."""
    for what, run in (("people", cmd_import_people), ("sites", cmd_import_sites)):
        p = groups.imports.add_parser(
            what,
            help=f"read {what} from a spreadsheet (.xlsx, .ods, .xls, .csv, .tsv; all or nothing)",
            description=f"Add {what} to a tour from a spreadsheet, or update the ones already "
            "there. Headers in English or Chinese are recognised; --map names the others. "
            "Any row with an error stops the whole import unless --skip-bad-rows.",
        )
        p.add_argument("tour", metavar="TOUR", help="the tour's slug")
        p.add_argument(
            "file", metavar="FILE", help=".xlsx, .xlsm, .xlsb, .ods, .xls, .csv or .tsv file"
        )
        p.add_argument("--sheet", metavar="NAME", help="the worksheet to read (workbooks)")
        p.add_argument(
            "--map",
            metavar="COLUMN=field",
            action="append",
            default=[],
            help="read COLUMN (header text or letter) as field, or 'ignore' it; repeatable",
        )
        p.add_argument("--encoding", metavar="NAME", help="text encoding of a CSV (default: guess)")
        p.add_argument(
            "--dry-run", action="store_true", help="show what would change, write nothing"
        )
        p.add_argument(
            "--skip-bad-rows",
            action="store_true",
            help="import the good rows; write the bad ones to FILE.rejected.csv",
        )
        p.set_defaults(run=run)

    p = groups.export.add_parser("people", help="write a tour's people as CSV or XLSX")
    p.add_argument("tour", metavar="TOUR", help="the tour's slug")
    p.add_argument("--format", choices=("csv", "xlsx"), help="default: from the file's suffix")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="file to write")
    p.set_defaults(run=cmd_export_people)

    p = groups.export.add_parser(
        "manifest",
        help="write a visitor list, vehicle manifests, rooming list or dietary summary",
        description="visitors: who arrives at a site and when, for its security desk; "
        "vehicles: who rides which vehicle on each transfer; rooming: who sleeps where; "
        "dietary: needs at each meal.",
    )
    p.add_argument("tour", metavar="TOUR", help="the tour's slug")
    p.add_argument("--kind", required=True, choices=[k.value for k in ManifestKind])
    p.add_argument("--site", metavar="SITE", help="site key (required for visitors)")
    p.add_argument("--day", metavar="YYYY-MM-DD", type=_day, help="only items starting that day")
    p.add_argument("--format", choices=("csv", "xlsx"), help="default: from the file's suffix")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="file to write")
    p.set_defaults(run=cmd_export_manifest)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


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
                print(f"  create     row {r.row}: {r.label} ({r.key})")
            elif r.action is Action.UPDATE:
                print(f"  update     row {r.row}: {r.label} ({r.key}): {', '.join(r.changes)}")
            elif r.action is Action.UNCHANGED:
                print(f"  unchanged  row {r.row}: {r.label} ({r.key})")
        _print_errors(plan, stream=sys.stdout)
        verb = "Would import"
    else:
        verb = "Imported"
    print(
        f"{verb} {what} into {args.tour}: {outcome.created} new, {outcome.updated} updated, "
        f"{outcome.unchanged} unchanged, {outcome.rejected} rejected."
    )
    if outcome.rejected_file is not None:
        print(f"Rejected rows written to {outcome.rejected_file}", file=sys.stderr)
    elif args.dry_run and plan.rejected and not args.skip_bad_rows:
        print("Nothing would be imported while rows have errors (see --skip-bad-rows).")
    return EXIT_ROW_ERRORS if args.dry_run and plan.rejected else EXIT_OK


def _describe_file(plan: ImportPlan) -> None:
    sheet = plan.sheet
    how = []
    if sheet.sheet:
        how.append(f"sheet {sheet.sheet!r}")
    if sheet.encoding:
        how.append(sheet.encoding)
    if sheet.delimiter:
        how.append("tab-separated" if sheet.delimiter == "\t" else f"{sheet.delimiter!r}-separated")
    print(f"{sheet.source}: {', '.join(how) or 'read'}; header on row {plan.header_row}")
    used = [f"{c.name} -> {c.field}" for c in plan.mapping.columns if c.field]
    print(f"  columns: {'; '.join(used)}")
    ignored = [c.name for c in plan.mapping.unused if c.header.strip()]
    if ignored:
        print(f"  ignored: {'; '.join(ignored)}")


def _print_errors(plan: ImportPlan, stream: Any = None) -> None:
    for error in plan.errors:
        print(f"  {error}", file=stream or sys.stderr)


def cmd_import_people(db: Database, args: argparse.Namespace) -> int:
    return _import(db, args, import_people, "people")


def cmd_import_sites(db: Database, args: argparse.Namespace) -> int:
    return _import(db, args, import_sites, "sites")


def cmd_export_people(db: Database, args: argparse.Namespace) -> int:
    result = export_people(db, args.tour, args.output, args.format)
    print(f"Wrote {result.rows} people to {result.path}", file=sys.stderr)
    return EXIT_OK


def cmd_export_manifest(db: Database, args: argparse.Namespace) -> int:
    result = export_manifest(
        db, args.tour, args.kind, args.output, site=args.site, day=args.day, fmt=args.format
    )
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"Wrote {args.kind} manifest ({result.rows} lines) to {result.path}", file=sys.stderr)
    return EXIT_OK
