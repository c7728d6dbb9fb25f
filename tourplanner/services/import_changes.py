"""A spreadsheet import as one change a front end can undo and redo.

``commit_import`` writes a previewed plan (through ``sheet_import.commit_people`` or
``sheet_import.commit_sites``, all or nothing, or skipping the rows with errors) and
returns, besides the outcome, exactly what it wrote: the records it created (every column
as stored), the columns it changed on existing records (before and after), and the group
memberships it added.

``undo_import`` takes that back in one transaction: it deletes the created records,
puts the old values back and removes the memberships. ``redo_import`` writes it again
(created records come back with new ids, which it returns). Both check versions as the
other workspace edits do: each record must be at the version the caller last saw (None:
do not check), else ConcurrentEditError, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Table, and_, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from tourplanner.core.errors import ConcurrentEditError, ValidationError
from tourplanner.core.i18n import Context
from tourplanner.imports.row_import import ImportPlan
from tourplanner.services import crud
from tourplanner.services.database import Database, transaction
from tourplanner.services.sheet_import import ImportOutcome, commit_people, commit_sites
from tourplanner.store import models as orm
from tourplanner.store.repository import tour_by_slug

Errors = Context("Errors")  # the catalogue context of messages the services raise

__all__ = ["ImportedChanges", "UpdatedRecord", "commit_import", "redo_import", "undo_import"]

Values = Mapping[str, Any]


@dataclass(frozen=True)
class UpdatedRecord:
    """An existing record the import changed: only the columns it changed."""

    id: int
    label: str
    before: Values
    after: Values


@dataclass(frozen=True)
class ImportedChanges:
    """What one import wrote to a tour."""

    kind: str  # "people" or "sites"
    created: tuple[Values, ...]  # each created record's columns as stored, with its "id"
    updated: tuple[UpdatedRecord, ...]
    joined: tuple[tuple[int, int], ...] = ()  # (group id, participant id) added by the import

    @property
    def created_ids(self) -> tuple[int, ...]:
        return tuple(int(r["id"]) for r in self.created)

    @property
    def record_ids(self) -> tuple[int, ...]:
        """Every record the import created or changed."""
        return (*self.created_ids, *(u.id for u in self.updated))

    @property
    def group_ids(self) -> tuple[int, ...]:
        return tuple(sorted({g for g, _ in self.joined}))

    @property
    def empty(self) -> bool:
        return not (self.created or self.updated or self.joined)

    def resolved(
        self, record: Callable[[int], int], group: Callable[[int], int]
    ) -> ImportedChanges:
        """The same changes with every id passed through ``record`` (for the people or
        sites) or ``group``: records that a redo created again have new ids."""
        person = record if self.kind == "people" else (lambda i: i)
        return replace(
            self,
            created=tuple({**r, "id": record(int(r["id"]))} for r in self.created),
            updated=tuple(replace(u, id=record(u.id)) for u in self.updated),
            joined=tuple((group(g), person(p)) for g, p in self.joined),
        )


def _table(kind: str) -> Table:
    if kind == "people":
        return orm.table_of(orm.Participant)
    if kind == "sites":
        return orm.table_of(orm.Site)
    raise ValueError(f"unknown import kind {kind!r}")


def _name_column(kind: str) -> str:
    return "full_name" if kind == "people" else "name"


# -- committing ---------------------------------------------------------------------------------


def commit_import(
    db: Database, tour: str, plan: ImportPlan, *, skip_bad_rows: bool = False
) -> tuple[ImportOutcome, ImportedChanges]:
    """Write a previewed plan, all or nothing (RowsRejected if any row has an error,
    ConcurrentEditError if the tour changed since the preview), and say what was written.
    With ``skip_bad_rows`` the rows without errors are written and the others left out,
    as ``commit_people``/``commit_sites`` do it; the outcome's plan has the skipped rows
    and the changes hold only what was written."""
    table = _table(plan.kind)
    # The old values of the records the plan changes, read before it writes. The commit
    # refuses unless they are still at the versions the plan was made from, so these are
    # the values it replaces.
    before: dict[int, dict[str, Any]] = {}
    targets = {r.target_id: r for r in plan.updated if r.target_id is not None}
    if targets:
        with transaction(db) as session:
            for target_id, row in targets.items():
                names = sorted(row.values)
                found = session.execute(
                    select(table.c.version_id, *(table.c[n] for n in names)).where(
                        table.c.id == target_id
                    )
                ).first()
                if found is None or found.version_id != row.target_version:
                    raise ConcurrentEditError(
                        Errors.tr(
                            "the tour's {kind} changed since this import was previewed; preview it "
                            "again"
                        ).format(kind=crud.record_label(plan.kind))
                    )
                before[target_id] = {n: found._mapping[n] for n in names}
    if plan.kind == "people":
        outcome = commit_people(db, tour, plan, skip_bad_rows=skip_bad_rows)
    else:
        outcome = commit_sites(db, tour, plan, skip_bad_rows=skip_bad_rows)
    written = outcome.plan
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
        keys = [r.key for r in written.created]
        created = _rows_by_key(session, table, tour_id, keys)
        updated = []
        for row in written.updated:
            assert row.target_id is not None
            names = sorted(row.values)
            if not names:
                continue
            after = session.execute(
                select(*(table.c[n] for n in names)).where(table.c.id == row.target_id)
            ).one()
            updated.append(
                UpdatedRecord(
                    row.target_id,
                    row.label,
                    before.get(row.target_id, {}),
                    dict(after._mapping),
                )
            )
        joined: list[tuple[int, int]] = []
        if plan.kind == "people":
            ids = {str(r["key"]): int(r["id"]) for r in created}
            for row in (*written.created, *written.updated):
                pid = row.target_id if row.target_id is not None else ids[str(row.key)]
                joined.extend((g, pid) for g in row.join_groups)
    changes = ImportedChanges(plan.kind, tuple(created), tuple(updated), tuple(sorted(set(joined))))
    return outcome, changes


def _rows_by_key(
    session: Session, table: Table, tour_id: int, keys: Sequence[str | None]
) -> list[dict[str, Any]]:
    wanted = [k for k in keys if k]
    if not wanted:
        return []
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for row in session.execute(
            select(table).where(table.c.tour_id == tour_id, table.c.key.in_(chunk))
        ):
            found[row.key] = dict(row._mapping)
    return [found[k] for k in wanted if k in found]


# -- undo and redo ----------------------------------------------------------------------------


def _check_versions(
    session: Session,
    table: Table,
    what: str,
    expected: Mapping[int, int | None],
    name_column: str,
) -> set[int]:
    """The ids of ``expected`` still present; ConcurrentEditError if one that is checked
    has gone, or has another version now (crud.check_version, the one version check)."""
    ids = list(expected)
    present: dict[int, Any] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in session.execute(
            select(table.c.id, table.c.version_id, table.c[name_column]).where(
                table.c.id.in_(chunk)
            )
        ):
            present[row.id] = row
    for record_id, version in expected.items():
        if version is None:
            continue
        if record_id not in present:
            raise ConcurrentEditError(
                Errors.tr(
                    "a {what} of this import was deleted elsewhere; reload to see the tour as it is"
                ).format(what=crud.record_label(what))
            )
        crud.check_version(what, present[record_id], version)
    return set(present)


def _in_use(session: Session, kind: str, ids: Sequence[int]) -> str | None:
    """What still refers to a created record (so deleting it would take more than the
    import made), as a few words; None when nothing does."""
    if not ids:
        return None
    checks: list[tuple[Any, str]]
    if kind == "people":
        checks = [
            (orm.AttendanceRow.participant_id, "the programme"),
            (orm.VehicleAssignment.participant_id, "a vehicle's seats"),
            (orm.Vehicle.driver_id, "a vehicle as its driver"),
            (orm.BusyBlock.participant_id, "a busy time"),
        ]
    else:
        checks = [
            (orm.ScheduleItem.site_id, "the programme"),
            (orm.BusyBlock.site_id, "a busy time"),
            (orm.TravelOverride.from_site_id, "a travel time"),
            (orm.TravelOverride.to_site_id, "a travel time"),
            (orm.OpeningHours.site_id, "opening hours"),
        ]
    for column, where in checks:
        used = session.execute(select(column).where(column.in_(ids)).limit(1)).first()
        if used is not None:
            return where
    return None


def _bump_groups(session: Session, group_ids: Sequence[int]) -> None:
    # A group whose members changed is a changed group, as for any other edit.
    groups = orm.table_of(orm.Group)
    if group_ids:
        session.execute(
            update(groups)
            .where(groups.c.id.in_(list(group_ids)))
            .values(version_id=groups.c.version_id + 1)
        )


def _set_values(
    session: Session, table: Table, updated: Sequence[UpdatedRecord], which: str
) -> None:
    for record in updated:
        values = record.before if which == "before" else record.after
        if not values:
            continue
        session.execute(
            update(table)
            .where(table.c.id == record.id)
            .values({**values, "version_id": table.c.version_id + 1})
        )


def undo_import(
    db: Database,
    tour: str,
    changes: ImportedChanges,
    versions: Mapping[int, int | None],
    group_versions: Mapping[int, int | None] | None = None,
) -> None:
    """Take an import back: delete what it created, restore what it changed, remove the
    memberships it added. ``versions`` maps each created or changed record's id to the
    version the caller expects (None: any), ``group_versions`` the same for the groups
    the import added people to."""
    table = _table(changes.kind)
    what = "person" if changes.kind == "people" else "site"
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
        expected = {i: versions.get(i) for i in changes.record_ids}
        present = _check_versions(session, table, what, expected, _name_column(changes.kind))
        group_expected = {g: (group_versions or {}).get(g) for g in changes.group_ids}
        groups_present = _check_versions(
            session, orm.table_of(orm.Group), "group", group_expected, "name"
        )
        created = [i for i in changes.created_ids if i in present]
        where = _in_use(session, changes.kind, created)
        if where is not None:
            raise ValidationError(
                Errors.tr(
                    "cannot undo the import: a {what} it added is now used in {where}; take "
                    "it out of there first"
                ).format(what=crud.record_label(what), where=where)
            )
        for start in range(0, len(created), 500):
            chunk = created[start : start + 500]
            session.execute(delete(table).where(table.c.tour_id == tour_id, table.c.id.in_(chunk)))
        _set_values(session, table, [u for u in changes.updated if u.id in present], "before")
        gone = set(changes.created_ids)
        pairs = [(g, p) for g, p in changes.joined if p not in gone and g in groups_present]
        members = orm.table_of(orm.GroupMember)
        for start in range(0, len(pairs), 500):
            pair_chunk = pairs[start : start + 500]
            session.execute(
                delete(members).where(
                    or_(
                        *(
                            and_(members.c.group_id == g, members.c.participant_id == p)
                            for g, p in pair_chunk
                        )
                    )
                )
            )
        _bump_groups(session, sorted({g for g, _ in changes.joined} & groups_present))


def redo_import(
    db: Database,
    tour: str,
    changes: ImportedChanges,
    versions: Mapping[int, int | None],
    group_versions: Mapping[int, int | None] | None = None,
) -> dict[int, int]:
    """Write an import again after ``undo_import``: create its records again (with new
    ids), set the changed columns to the imported values, add the memberships back.
    ``versions`` is for the changed records (the created ones are gone). Returns
    ``{old id: new id}`` of the created records."""
    table = _table(changes.kind)
    what = "person" if changes.kind == "people" else "site"
    with transaction(db) as session:
        tour_id = tour_by_slug(session, tour).id
        expected = {u.id: versions.get(u.id) for u in changes.updated}
        present = _check_versions(session, table, what, expected, _name_column(changes.kind))
        group_expected = {g: (group_versions or {}).get(g) for g in changes.group_ids}
        groups_present = _check_versions(
            session, orm.table_of(orm.Group), "group", group_expected, "name"
        )
        keys = [str(r["key"]) for r in changes.created]
        taken = _rows_by_key(session, table, tour_id, keys)
        if taken:
            raise ValidationError(
                Errors.tr("cannot import again: the key {key} is now used by {name}").format(
                    key=repr(taken[0]["key"]), name=repr(taken[0][_name_column(changes.kind)])
                )
            )
        rows = []
        for record in changes.created:
            values = {k: v for k, v in record.items() if k not in ("id", "version_id")}
            rows.append({**values, "tour_id": tour_id, "version_id": 1})
        if rows:
            session.execute(insert(table), rows)
        new_ids = {
            int(old["id"]): int(new["id"])
            for old, new in zip(
                changes.created, _rows_by_key(session, table, tour_id, keys), strict=True
            )
        }
        _set_values(session, table, [u for u in changes.updated if u.id in present], "after")
        members = orm.table_of(orm.GroupMember)
        pairs = [
            {"group_id": g, "participant_id": new_ids.get(p, p)}
            for g, p in changes.joined
            if g in groups_present and (p in new_ids or p in present)
        ]
        if pairs:
            session.execute(insert(members), pairs)
        _bump_groups(session, sorted({p["group_id"] for p in pairs}))
    return new_ids
