"""The order of precedence of a tour: read it, store a new one, propose one from the rules,
and write it as CSV or XLSX."""

from __future__ import annotations

import os
from collections.abc import Sequence

from sqlalchemy import select

from tourplanner.core import precedence as rules
from tourplanner.core.errors import ValidationError
from tourplanner.core.model import Participant
from tourplanner.export.sheet_tables import precedence_table
from tourplanner.services.database import Database, transaction
from tourplanner.services.files import atomic_write
from tourplanner.services.manifests import SheetExport, format_for, table_bytes
from tourplanner.services.tours import load_snapshot
from tourplanner.store import models as orm
from tourplanner.store.repository import tour_by_slug


def precedence_list(db: Database, tour: str) -> list[Participant]:
    """Everyone on the tour in the order of precedence (complete, no ties)."""
    return rules.in_precedence(load_snapshot(db, tour).participants)


def set_precedence_order(db: Database, tour: str, keys: Sequence[str]) -> list[Participant]:
    """Store ``keys`` (every person of the tour, once each) as the order: ranks 1..n.
    All or nothing; a key unknown, repeated or missing is a ValidationError."""
    with transaction(db) as session:
        tour_row = tour_by_slug(session, tour)
        rows = session.scalars(
            select(orm.Participant).where(orm.Participant.tour_id == tour_row.id)
        ).all()
        try:
            order = rules.ordered_keys(keys, (r.key for r in rows))
        except ValueError as e:
            raise ValidationError(f"order of precedence: {e}") from None
        by_key = {r.key: r for r in rows}
        for rank, key in enumerate(order, start=1):
            if by_key[key].precedence != rank:
                by_key[key].precedence = rank
    return precedence_list(db, tour)


def propose_precedence(db: Database, tour: str, *, apply: bool = False) -> list[Participant]:
    """The rules' order (VIP, title, role, name) for everyone; stored when ``apply``."""
    order = rules.proposed(load_snapshot(db, tour).participants)
    if apply:
        return set_precedence_order(db, tour, [p.key for p in order])
    return order


def export_precedence(
    db: Database, tour: str, path: str | os.PathLike[str], fmt: str | None = None
) -> SheetExport:
    """Write the whole order of precedence to ``path`` as CSV or XLSX."""
    table = precedence_table(load_snapshot(db, tour))
    written = atomic_write(path, table_bytes(table, format_for(path, fmt)))
    return SheetExport(written, len(table.rows))
