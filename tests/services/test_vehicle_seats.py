"""Seat labels on vehicles (issue 15, point 3): the service's rules, the change log, the
tour file's round trip and the reader's and CLI's refusals. On SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli_runner import run_main
from tourplanner.core.errors import TourFileError, ValidationError
from tourplanner.imports.tourfile_reader import read_tour_file
from tourplanner.services import history, sites, tours
from tourplanner.services.database import Database, open_database
from tourplanner.services.tourfile import (
    SAMPLE_FILE,
    SAMPLE_SLUG,
    export_tour_bytes,
    import_tour_bytes,
    load_sample,
)

ROOT = Path(__file__).resolve().parents[2]
TRANSFER = "Transfer: hotel to Lijia Smart Park"


def _setup(db: Database) -> tuple[dict[str, int], int, int]:
    """The sample loaded: people by key, the Lijia transfer's id and coach 1's id."""
    load_sample(db)
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    people = {p.key: p.id for p in snap.participants}
    item = next(i.id for i in snap.items if i.title == TRANSFER)
    coach = next(v.id for v in snap.vehicles if v.key == "coach-1")
    return people, item, coach


def _seats(db: Database, item: int) -> dict[int, str]:
    return {
        a.participant_id: a.seat
        for a in sites.list_assignments(db, SAMPLE_SLUG)
        if a.item_id == item
    }


def _coach_1_riders(db: Database, item: int, coach: int) -> list[int]:
    return [
        a.participant_id
        for a in sites.list_assignments(db, SAMPLE_SLUG)
        if a.item_id == item and a.vehicle_id == coach
    ]


def test_seat_labels_are_given_kept_and_never_shared(db: Database) -> None:
    people, item, coach = _setup(db)
    first, second = _coach_1_riders(db, item, coach)[:2]
    assert set(_seats(db, item).values()) == {""}  # the sample gives no seat labels
    riders = sites.assign_passengers(db, coach, item, [first, second], seats={first: " 12 "})
    assert {r.participant_id: r.seat for r in riders}[first] == "12"  # spaces dropped
    # Seated again without a label, they keep the one they have.
    sites.assign_passengers(db, coach, item, [first])
    assert _seats(db, item)[first] == "12"
    assert sites.set_seat(db, item, second, "3A").seat == "3A"
    # Two people in one vehicle on one transfer may not share a seat: nothing is written.
    with pytest.raises(ValidationError, match=r"^vehicle seat: seat '12' of 'Coach 1' would be"):
        sites.set_seat(db, item, second, "12")
    with pytest.raises(ValidationError, match="seat '3A' of 'Coach 1' would be both"):
        sites.assign_passengers(db, coach, item, [first], seats={first: "3A"})
    assert (_seats(db, item)[first], _seats(db, item)[second]) == ("12", "3A")
    # Bad labels, one line each.
    with pytest.raises(
        ValidationError, match=r"^vehicle seat: '12345678901234567': longer than 16 characters$"
    ):
        sites.set_seat(db, item, second, "12345678901234567")
    with pytest.raises(ValidationError, match="control character U\\+0007"):
        sites.set_seat(db, item, second, "1\x07")
    with pytest.raises(ValidationError, match="vehicle seat: expected text, got int"):
        sites.set_seat(db, item, second, 12)
    with pytest.raises(ValidationError, match="not among the passengers being seated"):
        sites.assign_passengers(db, coach, item, [first], seats={second: "4"})
    with pytest.raises(ValidationError, match="rides no vehicle on this transfer"):
        sites.set_seat(db, item, people["deng-qiang"], "1")  # coach 1's driver
    # Moving to another vehicle leaves the seat behind; "" clears a label.
    coach_2 = next(
        v.id for v in tours.load_snapshot(db, SAMPLE_SLUG).vehicles if v.key == "coach-2"
    )
    sites.assign_passengers(db, coach_2, item, [first])
    assert _seats(db, item)[first] == ""
    assert sites.set_seat(db, item, second, "").seat == ""


def test_a_seat_change_is_logged_as_a_change_of_the_vehicle(db: Database) -> None:
    _people, item, coach = _setup(db)
    rider = _coach_1_riders(db, item, coach)[0]
    with history.acting(who="Ben Ortiz", action="Give a seat"):
        sites.set_seat(db, item, rider, "12")
    entry = history.list_history(db, SAMPLE_SLUG)[0]
    assert (entry.who, entry.action, entry.kind, entry.key, entry.op) == (
        "Ben Ortiz",
        "Give a seat",
        "vehicle",
        "coach-1",
        "update",
    )
    # The seat row changed in place: the log holds the field that changed.
    assert entry.changes["seats"] == [[{"seat": ""}], [{"seat": "12"}]]
    # Seating someone anew logs the whole row under the vehicle.
    coach_2 = next(v for v in tours.load_snapshot(db, SAMPLE_SLUG).vehicles if v.key == "coach-2")
    with history.acting(who="Ben Ortiz", action="Move to coach 2"):
        sites.assign_passengers(db, coach_2.id, item, [rider], seats={rider: "5"})
    moved = [e for e in history.list_history(db, SAMPLE_SLUG) if e.action == "Move to coach 2"]
    assert {e.key for e in moved} == {"coach-1", "coach-2"}
    (into,) = [e for e in moved if e.key == "coach-2"]
    assert into.kind == "vehicle" and into.changes["seats"][0] == []
    (added,) = into.changes["seats"][1]
    assert (added["participant_id"], added["item_id"], added["seat"]) == (rider, item, "5")


def test_a_replace_logs_only_the_seat_that_changed(db: Database) -> None:
    """A replace writes every seat row afresh: unchanged rows (with or without a label)
    are no change, and a new label is one change of its vehicle."""
    _people, item, coach = _setup(db)
    rider = _coach_1_riders(db, item, coach)[0]
    sites.set_seat(db, item, rider, "12")
    doc = json.loads(export_tour_bytes(db, SAMPLE_SLUG))
    with history.acting(action="Replace, nothing changed"):
        import_tour_bytes(db, json.dumps(doc).encode(), replace=True)
    (entry,) = [a for a in doc["vehicle_assignments"] if a.get("seat") == "12"]
    entry["seat"] = "14"
    with history.acting(action="Replace, seat 14"):
        import_tour_bytes(db, json.dumps(doc).encode(), replace=True)
    log = history.list_history(db, SAMPLE_SLUG)
    assert [e for e in log if e.action == "Replace, nothing changed"] == []
    (changed,) = [e for e in log if e.action == "Replace, seat 14"]
    assert (changed.kind, changed.key, changed.op) == ("vehicle", "coach-1", "update")
    (before,), (after,) = changed.changes["seats"]
    assert (before["seat"], after["seat"]) == ("12", "14")
    assert before["participant_id"] == after["participant_id"] == rider


def test_round_trip_with_seats(db: Database, other_db_url: str) -> None:
    _people, item, coach = _setup(db)
    plain = export_tour_bytes(db, SAMPLE_SLUG)
    assert b'"seat"' not in plain  # no seats given: the file is as before
    first, second = _coach_1_riders(db, item, coach)[:2]
    sites.assign_passengers(db, coach, item, [first, second], seats={first: "12", second: "前排"})
    data = export_tour_bytes(db, SAMPLE_SLUG)
    doc = json.loads(data)
    seated = [a for a in doc["vehicle_assignments"] if "seat" in a]
    assert sorted(a["seat"] for a in seated) == ["12", "前排"]
    assert all(list(a) == ["vehicle", "item", "person", "seat"] for a in seated)
    other = open_database(other_db_url)
    try:
        import_tour_bytes(other, data)
        assert export_tour_bytes(other, SAMPLE_SLUG) == data
        copy = {a for a in tours.load_snapshot(other, SAMPLE_SLUG).vehicle_assignments if a.seat}
        assert sorted(a.seat for a in copy) == ["12", "前排"]
    finally:
        other.dispose()
    # Clearing the labels gives back the very bytes of the file without seats.
    sites.set_seat(db, item, first, "")
    sites.set_seat(db, item, second, "")
    assert export_tour_bytes(db, SAMPLE_SLUG) == plain


def _doc_with_seats(*labels: str) -> dict[str, Any]:
    """The sample's file with the first assignments' riders (all in coach 1 on the first
    transfer) given these labels."""
    doc = json.loads(SAMPLE_FILE.read_text("utf-8"))
    first = doc["vehicle_assignments"][0]
    same = [
        a
        for a in doc["vehicle_assignments"]
        if (a["vehicle"], a["item"]) == (first["vehicle"], first["item"])
    ]
    for a, label in zip(same, labels, strict=False):
        a["seat"] = label
    return doc


def _refused(doc: dict[str, Any]) -> str:
    with pytest.raises(TourFileError) as caught:
        read_tour_file(json.dumps(doc).encode(), "t.json")
    return str(caught.value)


def test_reader_takes_seats_and_refuses_a_shared_or_bad_one() -> None:
    snap = read_tour_file(json.dumps(_doc_with_seats("1", "2", "3A")).encode(), "t.json")
    assert sorted(a.seat for a in snap.vehicle_assignments if a.seat) == ["1", "2", "3A"]
    doc = _doc_with_seats("1", "2", "1")
    third = doc["vehicle_assignments"][2]
    assert _refused(doc) == (
        f"t.json: $.vehicle_assignments[2].seat: seat '1' of '{third['vehicle']}' is already "
        f"{doc['vehicle_assignments'][0]['person']}'s on this transfer"
    )
    assert _refused(_doc_with_seats("1", "12345678901234567")) == (
        't.json: $.vehicle_assignments[1].seat: "12345678901234567" breaks maxLength 16'
    )
    assert _refused(_doc_with_seats("1\t2")).startswith(
        "t.json: $.vehicle_assignments[0].seat: '1\\t2': it holds a line break or tab"
    )


def test_cli_refuses_a_shared_seat_with_the_json_path(tmp_path: Path) -> None:
    doc = _doc_with_seats("7", "7")
    (tmp_path / "t.json").write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    result = run_main("--db", "sqlite:///x.db", "import", "tour", "t.json", cwd=tmp_path)
    assert result.returncode == 2, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert lines[0].startswith("tourplanner: error: t.json: $.vehicle_assignments[1].seat: ")
    assert "seat '7' of 'coach-1' is already" in lines[0]
