"""The databases and files the trials start from, built once per run in a work folder.

* ``sample.db``: the sample tour plus the ledger tour (where editors commit during trials).
* ``edited.db``: the same, with the sample tour edited (items moved and retitled, one
  cancelled): an "older version" for outputs that a new export replaces.
* ``big.tour.json``: a synthetic tour (bench size tiny4: 288 items) under the sample's
  slug, so ``import tour --replace`` has real work to do.
* ``people.csv``: 200 new people, 12 updates of the sample's people and 4 bad rows.
* ``rev0001.db``: a database at schema revision 0001 holding the sample and the big tour.
"""

from __future__ import annotations

import csv
import io
import random
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from reliability.common import (
    LEDGER_SLUG,
    SAMPLE_SLUG,
    copy_sqlite,
    make_ledger_tour,
    open_db,
    sqlite_rows,
)

# Tables of revision 0001 whose rows the migration trials follow.
REV1_TABLES = (
    "tour",
    "site",
    "opening_hours",
    "participant",
    "participant_group",
    "group_member",
    "schedule_item",
    "attendance",
    "busy_block",
)


@dataclass(frozen=True)
class Templates:
    folder: Path
    sample_db: Path
    edited_db: Path
    big_tour: Path
    sample_tour: Path
    people_csv: Path
    rev1_db: Path | None


def build_templates(folder: Path, *, with_rev1: bool = True) -> Templates:
    folder.mkdir(parents=True, exist_ok=True)
    sample_db = folder / "sample.db"
    if not sample_db.exists():
        _sample_db(sample_db)
    edited_db = folder / "edited.db"
    if not edited_db.exists():
        _edited_db(sample_db, edited_db)
    big = folder / "big.tour.json"
    if not big.exists():
        big.write_bytes(big_tour_bytes())
    people = folder / "people.csv"
    if not people.exists():
        people.write_bytes(people_csv_bytes(sample_db))
    rev1 = folder / "rev0001.db"
    if with_rev1 and not rev1.exists():
        _rev1_db(folder, big, rev1)
    from tourplanner.services.tourfile import SAMPLE_FILE

    return Templates(
        folder,
        sample_db,
        edited_db,
        big,
        Path(SAMPLE_FILE),
        people,
        rev1 if with_rev1 else None,
    )


def _sample_db(path: Path) -> None:
    from tourplanner.services.database import open_database
    from tourplanner.services.tourfile import load_sample

    db = open_database(f"sqlite:///{path}")
    try:
        load_sample(db)
        make_ledger_tour(db)
    finally:
        db.dispose()


def _edited_db(sample: Path, path: Path) -> None:
    """The sample, edited as an organiser would: some items moved and retitled, one
    cancelled, so every per-person output differs from the sample's."""
    from tourplanner.services import items

    copy_sqlite(sample, path)
    db = open_db(path)
    try:
        for n, it in enumerate(items.list_items(db, SAMPLE_SLUG)):
            if n % 3 == 0:
                items.update_item(
                    db,
                    it.id,
                    it.version,
                    starts_at=it.starts_at + timedelta(minutes=30),
                    ends_at=it.ends_at + timedelta(minutes=30),
                    title=f"{it.title} (moved)",
                )
            elif n == 4:
                items.update_item(db, it.id, it.version, status="cancelled")
    finally:
        db.dispose()


def big_tour_bytes() -> bytes:
    """The bench's tiny4 tour as a tour file, under the sample's slug."""
    from bench.generate import generate_tour, with_slug
    from tourplanner.export.tourfile import tour_file_bytes

    snapshot = with_slug(generate_tour("tiny4").snapshot, SAMPLE_SLUG)
    return tour_file_bytes(snapshot)


def people_csv_bytes(sample_db: Path) -> bytes:
    """A people sheet that adds, updates and has a few bad rows."""
    rng = random.Random("reliability-people")
    existing = sqlite_rows(
        sample_db,
        "SELECT p.full_name, p.organisation, p.email FROM participant p"
        " JOIN tour t ON t.id = p.tour_id WHERE t.slug = ? ORDER BY p.key",
        SAMPLE_SLUG,
    )
    out = io.StringIO(newline="")
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["Name", "Organisation", "Title", "Email", "Phone", "Country", "Dietary"])
    for name, org, email in existing[:12]:
        w.writerow([name, org, "Updated title", email, "", "", "Vegetarian"])
    given = ["Wei", "Na", "Hao", "Yang", "Jing", "Lei", "Min", "Tao", "Fang", "Jun"]
    family = ["Zhang", "Li", "Chen", "Liu", "Wang", "Zhao", "Huang", "Zhou", "Wu", "Xu"]
    for n in range(200):
        name = f"{rng.choice(family)} {rng.choice(given)} {n:03d}"
        email = f"person{n:03d}@example.org"
        w.writerow([name, f"Outlet {n % 17}", "Reporter", email, "", "France", ""])
    w.writerow(["Bad Email One", "Outlet", "", "not-an-email", "", "", ""])
    w.writerow(["Bad Email Two", "Outlet", "", "a@b", "", "", ""])
    w.writerow(["Bad Phone", "Outlet", "", "", "12", "China", ""])
    w.writerow(["", "Outlet without a name", "", "x@example.org", "", "", ""])
    return out.getvalue().encode("utf-8")


def _rev1_db(folder: Path, big: Path, path: Path) -> None:
    """A database at revision 0001 with the sample and the big tour in it: made at head,
    then copied column by column into a fresh schema migrated only to 0001."""
    from tourplanner.services.tourfile import import_tour_bytes
    from tourplanner.store import migrations
    from tourplanner.store.engine import connect
    from tourplanner.store.models import Base

    head = folder / "rev1-source.db"
    copy_sqlite(folder / "sample.db", head)
    db = open_db(head)
    try:
        data = big.read_bytes().replace(
            f'"slug": "{SAMPLE_SLUG}"'.encode(), b'"slug": "big-tour"', 1
        )
        import_tour_bytes(db, data, source="big")
    finally:
        db.dispose()
    assert Base.metadata.tables  # the models are loaded, so 0001 can be built
    old = connect(f"sqlite:///{path}")
    try:
        migrations.upgrade_to(old, "0001")
    finally:
        old.dispose()
    conn = sqlite3.connect(path)
    try:
        conn.execute("ATTACH DATABASE ? AS src", (str(head),))
        for table in REV1_TABLES:
            cols = [r[1] for r in conn.execute(f'PRAGMA main.table_info("{table}")')]
            have = {r[1] for r in conn.execute(f'PRAGMA src.table_info("{table}")')}
            shared = ", ".join(f'"{c}"' for c in cols if c in have)
            conn.execute(
                f'INSERT INTO main."{table}" ({shared}) SELECT {shared} FROM src."{table}"'
            )
        conn.commit()
        conn.execute("DETACH DATABASE src")
    finally:
        conn.close()
    head.unlink()
    assert LEDGER_SLUG in {r[0] for r in sqlite_rows(path, "SELECT slug FROM tour")}


def rev1_fingerprint(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the revision-0001 tables, in their 0001 columns (later revisions only
    add columns, so the same query works before and after the upgrade)."""
    template_cols = _rev1_columns()
    conn = sqlite3.connect(path, timeout=30)
    try:
        out: dict[str, list[tuple[object, ...]]] = {}
        for table in REV1_TABLES:
            cols = ", ".join(f'"{c}"' for c in template_cols[table])
            out[table] = [
                tuple(r) for r in conn.execute(f'SELECT {cols} FROM "{table}" ORDER BY 1, 2')
            ]
        return out
    finally:
        conn.close()


_REV1_COLUMNS: dict[str, list[str]] = {}


def _rev1_columns() -> dict[str, list[str]]:
    if not _REV1_COLUMNS:
        from tourplanner.store import migrations
        from tourplanner.store.engine import connect

        with tempfile.TemporaryDirectory() as tmp:
            db = connect(f"sqlite:///{tmp}/r1.db")
            try:
                migrations.upgrade_to(db, "0001")
            finally:
                db.dispose()
            conn = sqlite3.connect(f"{tmp}/r1.db")
            try:
                for table in REV1_TABLES:
                    _REV1_COLUMNS[table] = [
                        r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')
                    ]
            finally:
                conn.close()
    return _REV1_COLUMNS


def schema_sql(path: Path) -> list[tuple[object, ...]]:
    return sqlite_rows(
        path, "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY 2"
    )
