"""What the people and sites imports share: choosing the sheet, the outcome, writing the
rejected rows, and bulk writes that keep optimistic locking.

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

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.orm import Session

from tourplanner.core.errors import ConcurrentEditError, ValidationError
from tourplanner.core.header_mapping import FieldSet, find_header_row
from tourplanner.core.row_import import ImportPlan, PlannedRow, RawSheet, rejected_rows
from tourplanner.export.sheets import Table as SheetTable
from tourplanner.export.sheets import csv_bytes
from tourplanner.services.files import atomic_write


class RowsRejected(ValidationError):
    """Some rows have errors, so (all or nothing) none was imported; ``plan`` has them."""

    def __init__(self, plan: ImportPlan) -> None:
        self.plan = plan
        n = len(plan.rejected)
        super().__init__(
            f"{plan.sheet.source}: {n} row{'s' if n != 1 else ''} with errors, nothing was "
            "imported (fix them, or use --skip-bad-rows to import the others)"
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
        raise ValidationError("the workbook has no visible sheet")
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
            f"the tour's {plan.kind} changed since this import was previewed; preview it again"
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
                f"a {label} in this import was changed by someone else meanwhile; "
                "nothing was imported, preview it again"
            )


def _column_value(value: Any) -> Any:
    """Tuples of the snapshot values become the lists the JSON columns store."""
    return list(value) if isinstance(value, tuple) else value


def row_values(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _column_value(v) for k, v in values.items()}
