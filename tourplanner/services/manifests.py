"""Export the people list and the manifests (visitors, vehicles, rooming, dietary) as CSV
or XLSX files, written atomically."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from tourplanner.core import manifests as m
from tourplanner.core.errors import ValidationError
from tourplanner.core.i18n import Context
from tourplanner.core.model import Site, TourSnapshot
from tourplanner.export.sheet_tables import (
    dietary_table,
    people_table,
    rooming_table,
    sites_table,
    vehicles_table,
    visitors_table,
)
from tourplanner.export.sheets import Table, csv_bytes, xlsx_bytes
from tourplanner.services.database import Database
from tourplanner.services.files import atomic_write
from tourplanner.services.tours import load_snapshot

Errors = Context("Errors")  # the catalogue context of messages the services raise

FORMATS = ("csv", "xlsx")


class ManifestKind(StrEnum):
    VISITORS = "visitors"
    VEHICLES = "vehicles"
    ROOMING = "rooming"
    DIETARY = "dietary"


@dataclass(frozen=True)
class SheetExport:
    """What an export wrote: the file, how many data rows, and what needs fixing."""

    path: Path
    rows: int
    warnings: tuple[str, ...] = ()


def format_for(path: str | os.PathLike[str], fmt: str | None = None) -> str:
    """``fmt`` if given, else the file's suffix: .xlsx is XLSX, anything else CSV."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise ValidationError(
                Errors.tr("unknown format {fmt} (expected csv or xlsx)").format(fmt=repr(fmt))
            )
        return fmt
    return "xlsx" if Path(path).suffix.lower() in (".xlsx", ".xlsm") else "csv"


def table_bytes(table: Table, fmt: str) -> bytes:
    return xlsx_bytes([table]) if fmt == "xlsx" else csv_bytes(table)


def find_site(snap: TourSnapshot, text: str) -> Site:
    """A site of the tour by key, else by its name or local name (any case)."""
    for s in snap.sites:
        if s.key == text:
            return s
    wanted = text.strip().casefold()
    for s in snap.sites:
        if wanted in (s.name.casefold(), s.local_name.casefold()):
            return s
    keys = ", ".join(s.key for s in snap.sites) or "none"
    raise ValidationError(
        Errors.tr("tour {slug} has no site {text} (sites: {keys})").format(
            slug=repr(snap.tour.slug), text=repr(text), keys=keys
        )
    )


def people_sheet(db: Database, tour: str) -> Table:
    """The tour's people as a table whose headers the people import reads back."""
    return people_table(load_snapshot(db, tour))


def export_people(
    db: Database, tour: str, path: str | os.PathLike[str], fmt: str | None = None
) -> SheetExport:
    """Write the tour's people to ``path`` as CSV or XLSX (by ``fmt``, else the suffix)."""
    table = people_sheet(db, tour)
    written = atomic_write(path, table_bytes(table, format_for(path, fmt)))
    return SheetExport(written, len(table.rows))


def export_sites(
    db: Database, tour: str, path: str | os.PathLike[str], fmt: str | None = None
) -> SheetExport:
    """Write the tour's sites to ``path`` as CSV or XLSX, with the headers the sites
    import reads, so the list can be edited and imported again."""
    table = sites_table(load_snapshot(db, tour))
    written = atomic_write(path, table_bytes(table, format_for(path, fmt)))
    return SheetExport(written, len(table.rows))


def manifest(
    db: Database,
    tour: str,
    kind: ManifestKind | str,
    *,
    site: str | None = None,
    day: date | None = None,
) -> tuple[Table, tuple[str, ...]]:
    """One manifest as a table, with warnings (over-full vehicles, people without a seat).
    ``site`` (a key or name) is required for visitors; for the others it narrows the
    list to items at that site, as ``day`` narrows it to items starting that day."""
    try:
        kind = ManifestKind(kind)
    except ValueError:
        allowed = ", ".join(k.value for k in ManifestKind)
        raise ValidationError(
            Errors.tr("unknown manifest {kind} (expected one of: {allowed})").format(
                kind=repr(kind), allowed=allowed
            )
        ) from None
    snap = load_snapshot(db, tour)
    chosen = find_site(snap, site) if site is not None else None
    site_id = chosen.id if chosen else None
    if kind is ManifestKind.VISITORS:
        if chosen is None:
            raise ValidationError(Errors.tr("a visitor list is for one site: give --site KEY"))
        visitors = m.visitor_list(snap, chosen.id, day)
        return visitors_table(snap, chosen.name, visitors), ()
    if kind is ManifestKind.VEHICLES:
        transfers = m.vehicle_manifests(snap, site_id=site_id, day=day)
        warnings = tuple(
            Errors.tr("{title} ({when}): {problem}").format(
                title=t.item.title,
                when=f"{m.local_start(snap, t.item):%d %b %H:%M}",
                problem=problem,
            )
            for t in transfers
            for problem in t.problems
        )
        if not snap.vehicles:
            warnings += (Errors.tr("tour {tour} has no vehicles yet").format(tour=repr(tour)),)
        return vehicles_table(snap, transfers), warnings
    if kind is ManifestKind.ROOMING:
        return rooming_table(m.rooming_list(snap, site_id=site_id, day=day)), ()
    return dietary_table(snap, m.meal_needs(snap, site_id=site_id, day=day)), ()


def export_manifest(
    db: Database,
    tour: str,
    kind: ManifestKind | str,
    path: str | os.PathLike[str],
    *,
    site: str | None = None,
    day: date | None = None,
    fmt: str | None = None,
) -> SheetExport:
    """Write one manifest to ``path``; see ``manifest``."""
    table, warnings = manifest(db, tour, kind, site=site, day=day)
    written = atomic_write(path, table_bytes(table, format_for(path, fmt)))
    return SheetExport(written, len(table.rows), warnings)
