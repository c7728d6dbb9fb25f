"""Seating plans proposed, stored and checked on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tourplanner.core.errors import NotFoundError, ValidationError
from tourplanner.core.problems import Code
from tourplanner.services.database import Database, transaction
from tourplanner.services.history import list_history
from tourplanner.services.protocol import plan_json, propose_seating, stored_plan, undo_seating
from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample
from tourplanner.services.tours import check

DINNER = "Welcome dinner"


def _codes(db: Database) -> dict[Code, list[str]]:
    out: dict[Code, list[str]] = {}
    for p in check(db, SAMPLE_SLUG).problems:
        out.setdefault(p.code, []).append(p.message)
    return out


def test_a_proposal_is_stored_only_with_apply_and_then_checks_clean(db: Database) -> None:
    load_sample(db)
    shown = propose_seating(db, SAMPLE_SLUG, DINNER, tables="2x10")
    assert stored_plan(db, SAMPLE_SLUG, DINNER) is None
    doc = plan_json(shown.snap, shown.plan)
    assert doc["principal_host"] == "he-wei" and doc["principal_guest"] == "shang-yong"
    top = doc["tables"][0]
    assert top["number"] == 1 and top["shape"] == "round"
    assert top["seats"][0] == {"seat": 1, "person": "he-wei"}
    assert top["seats"][-1] == {"seat": 10, "person": "shang-yong"}  # the host's right
    seated = [s["person"] for t in doc["tables"] for s in t["seats"] if s["person"]]
    assert sorted(seated) == sorted(doc["attendees"]) and len(doc["attendees"]) == 16
    propose_seating(db, SAMPLE_SLUG, shown.item.uid, tables="2x10", apply=True)
    stored = stored_plan(db, SAMPLE_SLUG, DINNER)
    assert stored is not None
    assert [t.seats for t in stored.tables] == [t.seats for t in shown.plan.tables]
    codes = _codes(db)
    assert not {Code.SEAT_UNASSIGNED, Code.TABLE_OVER_CAPACITY, Code.PRECEDENCE_INVERTED} & set(
        codes
    )
    # Applying again with other tables replaces the plan, all of it.
    propose_seating(db, SAMPLE_SLUG, DINNER, tables="1x16long", apply=True)
    again = stored_plan(db, SAMPLE_SLUG, DINNER)
    assert again is not None and [t.spec.seats for t in again.tables] == [16]


def test_check_names_people_without_a_seat_extra_guests_and_full_tables(db: Database) -> None:
    load_sample(db)
    plan = propose_seating(db, SAMPLE_SLUG, DINNER, tables="2x10", apply=True).plan
    people = {p.id: p for p in plan_snapshot_people(db)}
    top = plan.tables[0].seats
    with transaction(db) as session:
        # Move the principal guest's neighbour out (no seat), seat the driver (not
        # attending), and shrink table 2 below who sits there.
        session.execute(text("DELETE FROM seat WHERE participant_id = :p"), {"p": top[1]})
        driver = next(p for p in people.values() if p.key == "deng-qiang")
        session.execute(
            text(
                "INSERT INTO seat (item_id, table_number, seat_number, participant_id) "
                "VALUES (:i, 1, 2, :p)"
            ),
            {"i": plan.item_id, "p": driver.id},
        )
        session.execute(
            text("UPDATE item_table SET seats = 2 WHERE item_id = :i AND number = 2"),
            {"i": plan.item_id},
        )
    codes = _codes(db)
    (unseated,) = codes[Code.SEAT_UNASSIGNED]
    assert f"{people[top[1]].full_name} has no seat at the tables" in unseated
    assert any(
        "Deng Qiang is seated at a table but not attending" in m
        for m in codes[Code.SEATED_NOT_ATTENDING]
    )
    (full,) = codes[Code.TABLE_OVER_CAPACITY]
    assert "table 2 seats 6 people but has 2 seats" in full


def plan_snapshot_people(db: Database):  # type: ignore[no-untyped-def]
    from tourplanner.services.tours import load_snapshot

    return load_snapshot(db, SAMPLE_SLUG).participants


def test_bad_input_is_one_clear_error_and_stores_nothing(db: Database) -> None:
    load_sample(db)
    with pytest.raises(ValidationError, match="16 attendees of 'Welcome dinner' but only 9 seats"):
        propose_seating(db, SAMPLE_SLUG, DINNER, tables="1x9", apply=True)
    with pytest.raises(ValidationError, match="--tables: 'x' is not tables as NxSEATS"):
        propose_seating(db, SAMPLE_SLUG, DINNER, tables="x")
    with pytest.raises(NotFoundError, match="no item with UID or title 'Brunch'"):
        propose_seating(db, SAMPLE_SLUG, "Brunch")
    assert stored_plan(db, SAMPLE_SLUG, DINNER) is None


def test_the_tour_file_carries_the_plan_and_refuses_a_double_seat(db: Database) -> None:
    import json

    from tourplanner.core.errors import TourFileError
    from tourplanner.services.tourfile import export_tour_bytes, import_tour_bytes

    load_sample(db)
    propose_seating(db, SAMPLE_SLUG, DINNER, tables="1x12long,1x6", apply=True)
    before = stored_plan(db, SAMPLE_SLUG, DINNER)
    data = export_tour_bytes(db, SAMPLE_SLUG)
    doc = json.loads(data)
    (plan,) = doc["seating"]
    assert plan["tables"] == [
        {"number": 1, "shape": "long", "seats": 12},
        {"number": 2, "shape": "round", "seats": 6},
    ]
    assert plan["seats"][0] == {"table": 1, "seat": 1, "person": "he-wei"}
    # Replacing from the file keeps the plan (seats follow people by key, items by UID).
    import_tour_bytes(db, data, source="t.json", replace=True)
    after = stored_plan(db, SAMPLE_SLUG, DINNER)
    assert after is not None and before is not None
    assert [t.seats for t in after.tables] == [t.seats for t in before.tables]  # same rows
    assert export_tour_bytes(db, SAMPLE_SLUG) == data
    for extra, reason in (
        ({"table": 1, "seat": 1, "person": "liu-fang"}, r"\]: table 1 seat 1 is already he-wei's"),
        ({"table": 3, "seat": 1, "person": "he-wei"}, r"\]\.person: 'he-wei' already has a seat"),
    ):
        plan["seats"].append(extra)
        with pytest.raises(TourFileError, match=r"seating\[0\]\.seats\[\d+" + reason):
            import_tour_bytes(db, json.dumps(doc).encode(), source="t.json", replace=True)
        plan["seats"].pop()
    assert export_tour_bytes(db, SAMPLE_SLUG) == data


def test_undo_puts_back_the_plan_before_the_last_change_and_is_logged(db: Database) -> None:
    """``--apply`` is one logged change; undo restores the plan before it (here: first
    none, then the earlier plan), itself logged, and undoing the undo redoes."""
    load_sample(db)
    with pytest.raises(ValidationError, match="no seating change in its history"):
        undo_seating(db, SAMPLE_SLUG, DINNER)
    first = propose_seating(db, SAMPLE_SLUG, DINNER, tables="2x10", apply=True).plan
    second = propose_seating(db, SAMPLE_SLUG, DINNER, tables="1x16long", apply=True).plan
    logged = [e for e in list_history(db, SAMPLE_SLUG) if {"tables", "seating"} & e.changes.keys()]
    assert len(logged) >= 4  # tables and seats of both applies
    undone = undo_seating(db, SAMPLE_SLUG, DINNER)
    assert (undone.tables, undone.seated) == (2, 16)
    back = stored_plan(db, SAMPLE_SLUG, DINNER)
    assert back is not None
    assert [t.seats for t in back.tables] == [t.seats for t in first.tables]
    assert [t.spec for t in back.tables] == [t.spec for t in first.tables]
    # The undo is a change of its own: undoing it brings the long table back.
    undo_seating(db, SAMPLE_SLUG, DINNER)
    redo = stored_plan(db, SAMPLE_SLUG, DINNER)
    assert redo is not None and [t.seats for t in redo.tables] == [t.seats for t in second.tables]


def test_undo_of_the_first_plan_leaves_none_and_refuses_a_plan_changed_since(
    db: Database,
) -> None:
    load_sample(db)
    plan = propose_seating(db, SAMPLE_SLUG, DINNER, tables="2x10", apply=True).plan
    assert undo_seating(db, SAMPLE_SLUG, DINNER).seated == 0
    assert stored_plan(db, SAMPLE_SLUG, DINNER) is None
    undo_seating(db, SAMPLE_SLUG, DINNER)  # back again
    someone = plan.tables[0].seats[1]
    with transaction(db) as session:
        # Behind the log's back (raw SQL bypasses the session's log): the last logged
        # change no longer describes the plan, so undo refuses and changes nothing.
        session.connection().execute(
            text("DELETE FROM seat WHERE participant_id = :p"), {"p": someone}
        )
    with pytest.raises(ValidationError, match="no longer matches its last logged change"):
        undo_seating(db, SAMPLE_SLUG, DINNER)
    still = stored_plan(db, SAMPLE_SLUG, DINNER)
    assert still is not None and someone not in {p for t in still.tables for p in t.seats}
