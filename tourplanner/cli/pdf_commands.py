"""`tourplanner export pdf`: delegate briefings, the booklet, host briefings, the run sheet;
and the protocol documents: seating chart, name cards, place cards and badges."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from tourplanner.cli import Cli, add_tour_argument
from tourplanner.core.errors import ValidationError
from tourplanner.services.briefings import (
    DEFAULT_CALENDAR,
    KINDS,
    LANGUAGES,
    PAPERS,
    PdfOptions,
    PdfRequest,
    export_pdfs,
)
from tourplanner.services.database import Database
from tourplanner.services.maps import MapMaker, tile_fetcher, tile_source
from tourplanner.services.protocol import PROTOCOL_KINDS, export_protocol_pdf

EXIT_OK = 0


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            Cli.tr("expected a whole number of at least 1, got {text}").format(text=repr(text))
        )
    return value


def register(groups: Any) -> None:
    """Add ``export pdf``."""
    p = groups.export.add_parser(
        "pdf",
        help=Cli.tr(
            "write PDF briefings (delegate, booklet, host, run sheet) or protocol documents "
            "(seating chart, name cards, place cards, badges)"
        ),
        description=Cli.tr(
            "Write PDF briefings. For --kind delegate or host without --person or "
            "--site, PATH is a folder and gets one PDF per delegate or per visited site, built "
            "on every core; files whose content has not changed are left alone."
        ),
    )
    add_tour_argument(p)
    p.add_argument(
        "--kind", required=True, choices=(*KINDS, *PROTOCOL_KINDS), help=Cli.tr("which document")
    )
    key = Cli.tr("KEY")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--person", metavar=key, help=Cli.tr("one participant's briefing (delegate)"))
    who.add_argument("--site", metavar=key, help=Cli.tr("one site's host briefing (host)"))
    who.add_argument(
        "--item",
        metavar=Cli.tr("ITEM"),
        help=Cli.tr("the item (UID or exact title) of a seating chart, place cards or name cards"),
    )
    p.add_argument(
        "-o",
        "--output",
        metavar=Cli.tr("PATH"),
        required=True,
        help=Cli.tr("file to write, or folder for many"),
    )
    p.add_argument(
        "--paper", choices=list(PAPERS), default="a4", help=Cli.tr("paper size (default a4)")
    )
    p.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        default="both",
        help=Cli.tr("labels in English, Chinese or both (default both)"),
    )
    p.add_argument(
        "--calendar",
        metavar=Cli.tr("VALUE"),
        default=DEFAULT_CALENDAR,
        help=Cli.tr(
            "what a delegate's QR code holds: a URL; {stem} and {key} are filled in "
            "(default: their phone page when the tour has a base URL, else no QR code)"
        ),
    )
    p.add_argument(
        "--jobs", metavar="N", type=_positive, help=Cli.tr("processes to use (default: every core)")
    )
    p.add_argument(
        "--no-maps",
        action="store_true",
        help=Cli.tr(
            "draw each day's route sketch instead of a map from tiles "
            "($TOURPLANNER_TILES, default OpenStreetMap); fetches no tiles"
        ),
    )
    p.set_defaults(run=cmd_export_pdf)


def cmd_export_pdf(db: Database, args: argparse.Namespace) -> int:
    if args.kind in PROTOCOL_KINDS or args.item is not None:
        return _protocol_pdf(db, args)
    request = PdfRequest(
        kind=args.kind,
        output=Path(args.output),
        person=args.person,
        site=args.site,
        options=PdfOptions(paper=args.paper, lang=args.lang),
        calendar=args.calendar,
        maps=None if args.no_maps else MapMaker(tile_fetcher(tile_source())),
    )

    def progress(done: int, total: int, path: Path) -> None:
        print(
            Cli.tr("built {done}/{total} {name}").format(done=done, total=total, name=path.name),
            flush=True,
        )

    result = export_pdfs(
        db, args.tour, request, progress=progress if request.batch else None, workers=args.jobs
    )
    where = request.output if request.batch else None
    built, skipped = len(result.built), len(result.skipped)
    if where is None and built == 1:
        print(Cli.tr("Wrote {path}").format(path=result.built[0]))
    elif where is None:
        print(Cli.tr("{path} is up to date.").format(path=result.skipped[0]))
    else:
        print(
            # No plural form: "PDF(s)" is what scripts have always read here.
            Cli.tr("Built {built} PDF(s), skipped {skipped} unchanged, in {folder}.").format(
                built=built, skipped=skipped, folder=where
            )
        )
    return EXIT_OK


def _protocol_pdf(db: Database, args: argparse.Namespace) -> int:
    """The protocol kinds: one file each, no versions kept (they are printed on the day)."""
    if args.kind not in PROTOCOL_KINDS:
        raise ValidationError(
            Cli.tr("--item is only used with --kind seating, namecards or placecards")
        )
    if args.person is not None or args.site is not None:
        raise ValidationError(
            Cli.tr("--person and --site are not used with --kind {kind}").format(kind=args.kind)
        )
    written = export_protocol_pdf(
        db,
        args.tour,
        args.kind,
        Path(args.output),
        item=args.item,
        options=PdfOptions(paper=args.paper, lang=args.lang),
    )
    print(Cli.tr("Wrote {path}").format(path=written))
    return EXIT_OK
