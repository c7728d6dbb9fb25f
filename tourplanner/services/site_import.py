"""Import sites from a spreadsheet into a tour, with the same preview/commit steps and the
same all-or-nothing rule as people (see tourplanner.services.people_import)."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tourplanner.core.model import Site
from tourplanner.core.row_import import ImportPlan, RawSheet, plan_sites
from tourplanner.core.sheet_fields import SITES_FIELDS
from tourplanner.services.database import Database, transaction
from tourplanner.services.sheet_import import (
    ImportOutcome,
    RowsRejected,
    bulk_insert,
    bulk_update,
    check_fresh,
    pick_sheet,
    rejected_path_for,
    row_values,
    write_rejected,
)
from tourplanner.services.spreadsheets import read_sheets
from tourplanner.store import models as orm
from tourplanner.store import records
from tourplanner.store.repository import tour_by_slug


def _current(session: Session, tour_id: int) -> list[Site]:
    rows = session.scalars(
        select(orm.Site)
        .where(orm.Site.tour_id == tour_id)
        .options(selectinload(orm.Site.opening_hours))
    )
    return [records.site(r) for r in rows]


def preview_sites(
    db: Database,
    tour: str,
    sheets: RawSheet | Sequence[RawSheet],
    overrides: Mapping[str, str] | None = None,
) -> ImportPlan:
    """What importing the sheet would do to ``tour``'s sites; writes nothing."""
    overrides = dict(overrides or {})
    sheet = sheets if isinstance(sheets, RawSheet) else pick_sheet(sheets, SITES_FIELDS, overrides)
    with transaction(db) as session:
        sites = _current(session, tour_by_slug(session, tour).id)
    return plan_sites(sheet, sites, overrides)


def commit_sites(
    db: Database,
    tour: str,
    plan: ImportPlan,
    *,
    skip_bad_rows: bool = False,
    rejected_path: str | os.PathLike[str] | None = None,
) -> ImportOutcome:
    """Write a previewed plan; see ``people_import.commit_people``."""
    if plan.rejected and not skip_bad_rows:
        raise RowsRejected(plan)
    return _apply(db, tour, plan.sheet, plan.overrides, plan, skip_bad_rows, rejected_path)


def import_sites(
    db: Database,
    tour: str,
    path: str | os.PathLike[str],
    *,
    sheet: str | None = None,
    overrides: Mapping[str, str] | None = None,
    encoding: str | None = None,
    dry_run: bool = False,
    skip_bad_rows: bool = False,
) -> ImportOutcome:
    """Read the file at ``path`` and import its sites in one go."""
    overrides = dict(overrides or {})
    chosen = pick_sheet(read_sheets(path, sheet=sheet, encoding=encoding), SITES_FIELDS, overrides)
    if dry_run:
        return ImportOutcome(preview_sites(db, tour, chosen, overrides), written=False)
    return _apply(db, tour, chosen, overrides, None, skip_bad_rows, rejected_path_for(path))


def _apply(
    db: Database,
    tour: str,
    sheet: RawSheet,
    overrides: Mapping[str, str],
    preview: ImportPlan | None,
    skip_bad_rows: bool,
    rejected_path: str | os.PathLike[str] | None,
) -> ImportOutcome:
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
        plan = plan_sites(sheet, _current(session, tour_id), overrides)
        if preview is not None:
            check_fresh(preview, plan)
        if plan.rejected and not skip_bad_rows:
            raise RowsRejected(plan)
        table = orm.table_of(orm.Site)
        bulk_insert(
            session, table, [{**row_values(r.values), "tour_id": tour_id} for r in plan.created]
        )
        bulk_update(session, table, plan.updated, "site")
    written = None
    if plan.rejected and rejected_path is not None:
        written = write_rejected(plan, rejected_path)
    return ImportOutcome(plan, written=True, rejected_file=written)
