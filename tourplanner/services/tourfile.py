"""Import and export whole tours as tour files (docs/tour-file.md), load the sample tour
(a tour file shipped with the app), and compare a tour file with the stored tour."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from tourplanner.core.errors import NotFoundError, TourExistsError, TourFileError
from tourplanner.core.i18n import Context
from tourplanner.export.tourfile import tour_file_bytes
from tourplanner.imports.files import read_input
from tourplanner.imports.tourfile_reader import read_tour_file
from tourplanner.paths import SAMPLES_DIR
from tourplanner.services.database import Database, transaction
from tourplanner.services.files import atomic_write
from tourplanner.services.publish_target import carry_over
from tourplanner.services.tours import tour_exists
from tourplanner.store import models as orm
from tourplanner.store import repository

Errors = Context("Errors")  # the catalogue context of messages the services raise


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
        # In file order (the reader numbers items as they come), unscheduled ones included.
        uids = [it.uid for it in sorted(snap.items + snap.unscheduled, key=lambda it: it.id)]
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
                    source,
                    f"$.items[{index}].uid",
                    Errors.tr("uid {uid} belongs to tour {tour}").format(
                        uid=repr(uid), tour=repr(owners[uid])
                    ),
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


# -- The sample tour shipped with the app (the 2021 Chongqing media tour).

SAMPLE_SLUG = "chongqing-2021"
SAMPLE_FILE = SAMPLES_DIR / f"{SAMPLE_SLUG}.tour.json"


@dataclass(frozen=True)
class SampleResult:
    slug: str
    created: bool  # False when it was already there and left alone


def load_sample(db: Database, *, reset: bool = False) -> SampleResult:
    """Load the sample tour. Running it again leaves an existing copy (and any edits to it)
    alone, unless ``reset`` asks for a fresh copy."""
    if tour_exists(db, SAMPLE_SLUG) and not reset:
        return SampleResult(SAMPLE_SLUG, created=False)
    import_tour_file(db, SAMPLE_FILE, replace=True)
    return SampleResult(SAMPLE_SLUG, created=True)


# -- What replacing a stored tour with a tour file would change, counted per kind of record
# ("3 items moved, 2 people added"), so the user can choose before anything is written.

# The file's lists compared record by record, with the field that names a record.
_KINDS = {
    "items": "uid",
    "participants": "key",
    "sites": "key",
    "groups": "key",
    "vehicles": "key",
}
# An item whose time or place differs has moved; any other difference is "changed".
_ITEM_PLACE_AND_TIME = ("start", "end", "site")


@dataclass(frozen=True)
class KindChanges:
    """How the records of one kind differ: added, removed, moved (items only), changed."""

    added: int = 0
    removed: int = 0
    moved: int = 0
    changed: int = 0

    @property
    def any(self) -> bool:
        return bool(self.added or self.removed or self.moved or self.changed)


@dataclass(frozen=True)
class TourComparison:
    """A tour file compared with the stored tour of the same slug."""

    slug: str
    name: str
    stored: bool  # False: the database has no tour with this slug
    same: bool  # the file holds exactly what is stored
    kinds: dict[str, KindChanges]
    other_changes: bool  # the tour's own fields, busy blocks, travel overrides, seating

    def counts(self) -> list[tuple[str, str, int]]:
        """(kind, what happened, how many) for every non-zero count, items first."""
        out = []
        for kind in _KINDS:
            changes = self.kinds.get(kind, KindChanges())
            for what in ("moved", "added", "removed", "changed"):
                if getattr(changes, what):
                    out.append((kind, what, getattr(changes, what)))
        return out


def _canonical(data: bytes) -> dict[str, Any]:
    return json.loads(data.decode("utf-8"))


# What a replace works out itself rather than takes from the file: an item's SEQUENCE
# (it only rises) and when it was last changed, and the link token of someone the file
# names without one (they keep theirs).
_DERIVED_ITEM_FIELDS = ("sequence", "updated_at")


def _plans(stored: dict[str, Any], incoming: dict[str, Any]) -> tuple[dict, dict]:
    """Both tours without what a replace derives, so that equal plans compare equal."""
    for tour in (stored, incoming):
        for item in tour.get("items", []):
            for name in _DERIVED_ITEM_FIELDS:
                item.pop(name, None)
    for kind in ("participants", "sites"):
        untokened = {r["key"] for r in incoming.get(kind, []) if not r.get("token")}
        for record in stored.get(kind, []):
            if record.get("key") in untokened:
                record.pop("token", None)
        for record in incoming.get(kind, []):
            if not record.get("token"):
                record.pop("token", None)
    return stored, incoming


def _compare_kind(
    before: list[dict[str, Any]], after: list[dict[str, Any]], key: str, kind: str
) -> KindChanges:
    old = {record[key]: record for record in before}
    new = {record[key]: record for record in after}
    moved = changed = 0
    for name in old.keys() & new.keys():
        a, b = old[name], new[name]
        if a == b:
            continue
        if kind == "items" and any(a.get(f) != b.get(f) for f in _ITEM_PLACE_AND_TIME):
            moved += 1
        else:
            changed += 1
    return KindChanges(
        added=len(new.keys() - old.keys()),
        removed=len(old.keys() - new.keys()),
        moved=moved,
        changed=changed,
    )


def compare_tour_bytes(db: Database, data: bytes, source: str = "tour file") -> TourComparison:
    """Read the tour file ``data`` (a bad file raises TourFileError, one line) and compare
    it with the stored tour of the same slug. Nothing is written."""
    snap = read_tour_file(data, source)
    slug = snap.tour.slug
    # Both sides in the file format's canonical form: export → import → export is
    # byte-identical, so equal bytes mean equal tours.
    incoming = tour_file_bytes(snap)
    try:
        stored = export_tour_bytes(db, slug)
    except NotFoundError:  # not in this database: the file would be imported
        return TourComparison(slug, snap.tour.name, False, False, {}, False)
    if incoming == stored:
        return TourComparison(slug, snap.tour.name, True, True, {}, False)
    before, after = _plans(_canonical(stored), _canonical(incoming))
    if before == after:
        return TourComparison(slug, snap.tour.name, True, True, {}, False)
    kinds = {
        kind: _compare_kind(before.get(kind, []), after.get(kind, []), key, kind)
        for kind, key in _KINDS.items()
    }
    rest = [k for k in set(before) | set(after) if k not in _KINDS]
    other = any(before.get(k) != after.get(k) for k in rest)
    return TourComparison(slug, snap.tour.name, True, False, kinds, other)


def compare_tour_file(db: Database, path: str | os.PathLike[str]) -> TourComparison:
    """``compare_tour_bytes`` for the file at ``path``."""
    return compare_tour_bytes(db, read_input(path), source=str(path))
