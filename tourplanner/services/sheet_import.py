"""Import people and sites from a spreadsheet into a tour: preview, then commit, all or
nothing.

A front end (the CLI, or the GUI wizard) works in two steps:

1. ``read_sheets(path)`` (tourplanner.imports.spreadsheets) and ``preview_people(db,
   tour, sheet, overrides)`` (or ``preview_sites``) give an ImportPlan: the column
   mapping (what each header became, which were ignored), and for every row whether it
   creates, updates or leaves alone a record, or what is wrong with it (row number,
   column, reason). Nothing is written.
2. ``commit_people(db, tour, plan, skip_bad_rows=...)`` (or ``commit_sites``) writes that
   plan in one transaction, after checking that the tour has not changed since the
   preview.

``import_people`` and ``import_sites`` do both for a file in one call (the CLI uses them).

The write of a plan happens in one transaction, with executemany statements: an import
of thousands of rows costs a handful of round trips, never one per row.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session, selectinload

from tourplanner.core.errors import ConcurrentEditError, ValidationError
from tourplanner.core.i18n import Context
from tourplanner.core.model import Group, Participant, Site
from tourplanner.export.sheets import Table as SheetTable
from tourplanner.export.sheets import csv_bytes
from tourplanner.imports.header_mapping import FieldSet, find_header_row
from tourplanner.imports.row_import import (
    ImportPlan,
    PlannedRow,
    RawSheet,
    plan_people,
    plan_sites,
    rejected_rows,
)
from tourplanner.imports.sheet_fields import PEOPLE_FIELDS, SITES_FIELDS
from tourplanner.imports.spreadsheets import read_sheets
from tourplanner.services import crud
from tourplanner.services.database import Database, transaction
from tourplanner.services.files import atomic_write
from tourplanner.services.participants import untie_precedence
from tourplanner.store import models as orm
from tourplanner.store import records
from tourplanner.store.models import table_of
from tourplanner.store.repository import tour_by_slug

Errors = Context("Errors")  # the catalogue context of messages the services raise


class RowsRejected(ValidationError):
    """Some rows have errors, so (all or nothing) none was imported; ``plan`` has them."""

    def __init__(self, plan: ImportPlan) -> None:
        self.plan = plan
        n = len(plan.rejected)
        super().__init__(
            Errors.tr(
                "{source}: %n row(s) with errors, nothing was imported (fix them, or use "
                "--skip-bad-rows to import the others)",
                None,
                n,
            ).format(source=plan.sheet.source)
        )


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did (or, for a dry run, would do)."""

    plan: ImportPlan
    written: bool  # False for a dry run
    rejected_file: Path | None = None  # where the rejected rows went, if anywhere

    @property
    def created(self) -> int:
        return len(self.plan.created)

    @property
    def updated(self) -> int:
        return len(self.plan.updated)

    @property
    def unchanged(self) -> int:
        return len(self.plan.unchanged)

    @property
    def rejected(self) -> int:
        return len(self.plan.rejected)


def pick_sheet(
    sheets: Sequence[RawSheet], fields: FieldSet, overrides: Mapping[str, str]
) -> RawSheet:
    """The first sheet with a recognisable header row (the first sheet if none has one,
    so its error is the one reported)."""
    if not sheets:
        raise ValidationError(Errors.tr("the workbook has no visible sheet"))
    for sheet in sheets:
        if find_header_row([c for _, c in sheet.rows], fields, overrides) is not None:
            return sheet
    return sheets[0]


def rejected_path_for(path: str | os.PathLike[str]) -> Path:
    """``people.xlsx`` -> ``people.xlsx.rejected.csv`` beside it."""
    p = Path(path)
    return p.with_name(p.name + ".rejected.csv")


def write_rejected(plan: ImportPlan, path: str | os.PathLike[str]) -> Path:
    """The rejected rows with a Row and a Reason column, as CSV, written atomically."""
    header, rows = rejected_rows(plan)
    table = SheetTable("Rejected", header, tuple(rows))
    return atomic_write(path, csv_bytes(table))


def check_fresh(plan: ImportPlan, fresh: ImportPlan) -> None:
    """Refuse to apply a preview the tour has moved away from since."""
    if fresh.fingerprint() != plan.fingerprint():
        raise ConcurrentEditError(
            Errors.tr(
                "the tour's {kind} changed since this import was previewed; preview it again"
            ).format(kind=crud.record_label(plan.kind))
        )


def bulk_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows in one executemany; ``version_id`` starts at 1 as the ORM's would."""
    if rows:
        session.execute(insert(table), [{**r, "version_id": 1} for r in rows])


def bulk_update(session: Session, table: Table, planned: Sequence[PlannedRow], label: str) -> None:
    """Apply each row's changes, checking its version: rows changing the same columns
    share one executemany. A row someone else changed meanwhile stops the whole import."""
    batches: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for r in planned:
        names = tuple(sorted(r.values))
        params = {f"v_{k}": _column_value(v) for k, v in r.values.items()}
        params |= {"b_id": r.target_id, "b_version": r.target_version}
        batches[names].append(params)
    multi_rowcount = session.get_bind().dialect.supports_sane_multi_rowcount
    for names, batch in batches.items():
        stmt = (
            update(table)
            .where(table.c.id == bindparam("b_id"), table.c.version_id == bindparam("b_version"))
            .values(
                {
                    **{table.c[n]: bindparam(f"v_{n}", type_=table.c[n].type) for n in names},
                    table.c.version_id: table.c.version_id + 1,
                }
            )
        )
        result = session.connection().execute(stmt, batch)
        if multi_rowcount and result.rowcount != len(batch):
            raise ConcurrentEditError(
                Errors.tr(
                    "a {label} in this import was changed by someone else meanwhile; nothing "
                    "was imported, preview it again"
                ).format(label=crud.record_label(label))
            )


def _column_value(value: Any) -> Any:
    """Tuples of the snapshot values become the lists the JSON columns store."""
    return list(value) if isinstance(value, tuple) else value


def row_values(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _column_value(v) for k, v in values.items()}


# People --------------------------------------------------------------------------------


def _current_people(session: Session, tour_id: int) -> tuple[list[Participant], list[Group]]:
    people = session.scalars(select(orm.Participant).where(orm.Participant.tour_id == tour_id))
    groups = session.scalars(
        select(orm.Group)
        .where(orm.Group.tour_id == tour_id)
        .options(selectinload(orm.Group.members))
        .order_by(orm.Group.key)
    )
    return [records.participant(p) for p in people], [records.group(g) for g in groups]


def preview_people(
    db: Database,
    tour: str,
    sheets: RawSheet | Sequence[RawSheet],
    overrides: Mapping[str, str] | None = None,
) -> ImportPlan:
    """What importing the sheet would do to ``tour``; writes nothing. Given several
    sheets (a workbook), the first one with a recognisable header is used. Raises
    ValidationError only for a file the import cannot use at all (no header row, no Name
    column, a bad ``overrides`` entry); row problems are in the plan."""
    overrides = dict(overrides or {})
    sheet = sheets if isinstance(sheets, RawSheet) else pick_sheet(sheets, PEOPLE_FIELDS, overrides)
    with transaction(db) as session:
        people, groups = _current_people(session, tour_by_slug(session, tour).id)
    return plan_people(sheet, people, groups, overrides)


def commit_people(
    db: Database,
    tour: str,
    plan: ImportPlan,
    *,
    skip_bad_rows: bool = False,
    rejected_path: str | os.PathLike[str] | None = None,
) -> ImportOutcome:
    """Write a previewed plan. With rows in error nothing is written (RowsRejected),
    unless ``skip_bad_rows``: then the good rows are written and the bad ones go to
    ``rejected_path`` (if given) with a Reason column. Raises ConcurrentEditError if the
    tour's people or groups changed since the preview."""
    return _apply_people(db, tour, plan, skip_bad_rows=skip_bad_rows, rejected_path=rejected_path)


def import_people(
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
    """Read the file at ``path`` and import it in one go (see the module docstring).
    With ``skip_bad_rows`` the bad rows are written to ``<path>.rejected.csv``."""
    overrides = dict(overrides or {})
    chosen = pick_sheet(read_sheets(path, sheet=sheet, encoding=encoding), PEOPLE_FIELDS, overrides)
    if dry_run:
        return ImportOutcome(preview_people(db, tour, chosen, overrides), written=False)
    return _apply_people(
        db,
        tour,
        None,
        sheet=chosen,
        overrides=overrides,
        skip_bad_rows=skip_bad_rows,
        rejected_path=rejected_path_for(path),
    )


def _apply_people(
    db: Database,
    tour: str,
    plan: ImportPlan | None,
    *,
    sheet: RawSheet | None = None,
    overrides: Mapping[str, str] | None = None,
    skip_bad_rows: bool,
    rejected_path: str | os.PathLike[str] | None,
) -> ImportOutcome:
    """Plan inside the writing transaction (so the plan matches what is there), compare
    with the preview if there was one, and write."""
    if plan is not None and plan.rejected and not skip_bad_rows:
        raise RowsRejected(plan)
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
        people, groups = _current_people(session, tour_id)
        if plan is None:
            assert sheet is not None
            fresh = plan_people(sheet, people, groups, overrides)
        else:
            fresh = plan_people(plan.sheet, people, groups, plan.overrides)
            check_fresh(plan, fresh)
        if fresh.rejected and not skip_bad_rows:
            raise RowsRejected(fresh)
        _write_people(session, tour_id, fresh)
    written = None
    if fresh.rejected and rejected_path is not None:
        written = write_rejected(fresh, rejected_path)
    return ImportOutcome(fresh, written=True, rejected_file=written)


def _write_people(session: Session, tour_id: int, plan: ImportPlan) -> None:
    table = table_of(orm.Participant)
    bulk_insert(
        session, table, [{**row_values(r.values), "tour_id": tour_id} for r in plan.created]
    )
    bulk_update(session, table, plan.updated, "participant")
    ranked = {
        r.key for r in (*plan.created, *plan.updated) if r.values.get("precedence") is not None
    }
    if ranked:
        # The sheet's ranks win where they meet someone else's; no two people tie.
        session.expire_all()
        just_set = set(
            session.scalars(
                select(orm.Participant.id).where(
                    orm.Participant.tour_id == tour_id, orm.Participant.key.in_(ranked)
                )
            )
        )
        untie_precedence(session, tour_id, just_set)
        session.flush()
    # Created and updated rows have keys (the plan rejects a row without one).
    joins = [(g, r.key) for r in (*plan.created, *plan.updated) if r.key for g in r.join_groups]
    if not joins:
        return
    ids = {
        key: pid
        for key, pid in session.execute(
            select(orm.Participant.key, orm.Participant.id).where(
                orm.Participant.tour_id == tour_id
            )
        )
    }
    session.execute(
        table_of(orm.GroupMember).insert(),
        [{"group_id": g, "participant_id": ids[key]} for g, key in joins],
    )
    # A group whose members changed is a changed group: edits based on the old member
    # list must be refused, as for any other edit.
    groups = table_of(orm.Group)
    session.execute(
        update(groups)
        .where(groups.c.id.in_({g for g, _ in joins}))
        .values(version_id=groups.c.version_id + 1)
    )


# Sites --------------------------------------------------------------------------------


def _current_sites(session: Session, tour_id: int) -> list[Site]:
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
        sites = _current_sites(session, tour_by_slug(session, tour).id)
    return plan_sites(sheet, sites, overrides)


def commit_sites(
    db: Database,
    tour: str,
    plan: ImportPlan,
    *,
    skip_bad_rows: bool = False,
    rejected_path: str | os.PathLike[str] | None = None,
) -> ImportOutcome:
    """Write a previewed plan; see ``commit_people``."""
    if plan.rejected and not skip_bad_rows:
        raise RowsRejected(plan)
    return _apply_sites(db, tour, plan.sheet, plan.overrides, plan, skip_bad_rows, rejected_path)


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
    return _apply_sites(db, tour, chosen, overrides, None, skip_bad_rows, rejected_path_for(path))


def _apply_sites(
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
        plan = plan_sites(sheet, _current_sites(session, tour_id), overrides)
        if preview is not None:
            check_fresh(preview, plan)
        if plan.rejected and not skip_bad_rows:
            raise RowsRejected(plan)
        table = table_of(orm.Site)
        bulk_insert(
            session, table, [{**row_values(r.values), "tour_id": tour_id} for r in plan.created]
        )
        bulk_update(session, table, plan.updated, "site")
    written = None
    if plan.rejected and rejected_path is not None:
        written = write_rejected(plan, rejected_path)
    return ImportOutcome(plan, written=True, rejected_file=written)
