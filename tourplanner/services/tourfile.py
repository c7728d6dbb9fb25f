"""Import and export whole tours as tour files (docs/tour-file.md)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from tourplanner.core.errors import TourExistsError, TourFileError
from tourplanner.export.tourfile import tour_file_bytes
from tourplanner.imports.files import read_input
from tourplanner.imports.tourfile_reader import read_tour_file
from tourplanner.services.database import Database, transaction
from tourplanner.services.files import atomic_write
from tourplanner.services.publish_tokens import carry_over
from tourplanner.store import models as orm
from tourplanner.store import repository


@dataclass(frozen=True)
class ImportResult:
    slug: str
    replaced: bool
    sites: int
    participants: int
    groups: int
    items: int
    busy_blocks: int


def export_tour_bytes(db: Database, slug: str) -> bytes:
    """The tour file for ``slug`` as bytes."""
    with transaction(db) as session:
        snap = repository.load_snapshot(session, repository.tour_by_slug(session, slug))
    return tour_file_bytes(snap)


def export_tour_file(db: Database, slug: str, path: str | os.PathLike[str]) -> Path:
    """Write the tour file for ``slug`` to ``path`` (via a temporary file and a rename)."""
    return atomic_write(path, export_tour_bytes(db, slug))


def import_tour_bytes(
    db: Database, data: bytes, *, source: str = "tour file", replace: bool = False
) -> ImportResult:
    """Add the tour in ``data``, all or nothing. With ``replace`` an existing tour of the
    same slug is updated in place in the same transaction (a failed import leaves it
    intact): items matched by UID and sites, people, groups and vehicles matched by key
    keep what was sent and synced for them, and SEQUENCE never goes down (see
    ``repository.replace_snapshot``)."""
    snap = read_tour_file(data, source)
    slug = snap.tour.slug
    with transaction(db) as session:
        existing = session.scalar(select(orm.Tour).where(orm.Tour.slug == slug))
        if existing is not None and not replace:
            raise TourExistsError(source, slug)
        uids = [it.uid for it in snap.items]
        owners = {
            uid: owner
            for uid, owner in session.execute(
                select(orm.ScheduleItem.uid, orm.Tour.slug)
                .join(orm.Tour)
                .where(orm.ScheduleItem.uid.in_(uids), orm.Tour.slug != slug)
            )
        }
        for index, uid in enumerate(uids):
            if uid in owners:
                raise TourFileError(
                    source, f"$.items[{index}].uid", f"uid {uid!r} belongs to tour {owners[uid]!r}"
                )
        if existing is not None:
            snap = carry_over(session, existing, snap)  # nobody's private link changes
            repository.replace_snapshot(session, existing, snap)
        else:
            repository.insert_snapshot(session, snap)
    return ImportResult(
        slug=slug,
        replaced=existing is not None,
        sites=len(snap.sites),
        participants=len(snap.participants),
        groups=len(snap.groups),
        items=len(snap.items),
        busy_blocks=len(snap.busy_blocks),
    )


def import_tour_file(
    db: Database, path: str | os.PathLike[str], *, replace: bool = False
) -> ImportResult:
    """Import the tour file at ``path``; see ``import_tour_bytes``."""
    return import_tour_bytes(db, read_input(path), source=str(path), replace=replace)
