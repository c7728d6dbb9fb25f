"""Import people from a spreadsheet into a tour: preview, then commit, all or nothing.

A front end (the CLI, or a GUI wizard) works in two steps:

1. ``read_sheets(path)`` and ``preview_people(db, tour, sheet, overrides)`` give an
   ImportPlan: the column mapping (what each header became, which were ignored), and for
   every row whether it creates, updates or leaves alone a person, or what is wrong with
   it (row number, column, reason). Nothing is written.
2. ``commit_people(db, tour, plan, skip_bad_rows=...)`` writes that plan in one
   transaction, after checking that the tour has not changed since the preview.

``import_people`` does both for a file in one call (this is what the CLI uses).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from tourplanner.core.model import Group, Participant
from tourplanner.core.row_import import ImportPlan, RawSheet, plan_people
from tourplanner.core.sheet_fields import PEOPLE_FIELDS
from tourplanner.services.database import Database, transaction
from tourplanner.services.participants import untie_precedence
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

__all__ = [
    "ImportOutcome",
    "RowsRejected",
    "commit_people",
    "import_people",
    "preview_people",
    "read_sheets",
]


def _current(session: Session, tour_id: int) -> tuple[list[Participant], list[Group]]:
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
        people, groups = _current(session, tour_by_slug(session, tour).id)
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
    return _apply(db, tour, plan, skip_bad_rows=skip_bad_rows, rejected_path=rejected_path)


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
    return _apply(
        db,
        tour,
        None,
        sheet=chosen,
        overrides=overrides,
        skip_bad_rows=skip_bad_rows,
        rejected_path=rejected_path_for(path),
    )


def _apply(
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
        people, groups = _current(session, tour_id)
        if plan is None:
            assert sheet is not None
            fresh = plan_people(sheet, people, groups, overrides)
        else:
            fresh = plan_people(plan.sheet, people, groups, plan.overrides)
            check_fresh(plan, fresh)
        if fresh.rejected and not skip_bad_rows:
            raise RowsRejected(fresh)
        _write(session, tour_id, fresh)
    written = None
    if fresh.rejected and rejected_path is not None:
        written = write_rejected(fresh, rejected_path)
    return ImportOutcome(fresh, written=True, rejected_file=written)


def _write(session: Session, tour_id: int, plan: ImportPlan) -> None:
    table = orm.Participant.__table__
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
    joins = [(g, r.key) for r in (*plan.created, *plan.updated) for g in r.join_groups]
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
        orm.GroupMember.__table__.insert(),
        [{"group_id": g, "participant_id": ids[key]} for g, key in joins],
    )
    # A group whose members changed is a changed group: edits based on the old member
    # list must be refused, as for any other edit.
    groups = orm.Group.__table__
    session.execute(
        update(groups)
        .where(groups.c.id.in_({g for g, _ in joins}))
        .values(version_id=groups.c.version_id + 1)
    )
