"""Vehicles and who rides them: the service's rules, the database's, and the tour file's
round trip with the reader's reference checks."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tourplanner.core.errors import TourFileError, ValidationError
from tourplanner.imports.tourfile_reader import read_tour_file
from tourplanner.services import participants, sites, tours
from tourplanner.services.database import Database, open_database
from tourplanner.services.tourfile import (
    SAMPLE_SLUG,
    export_tour_bytes,
    import_tour_bytes,
    load_sample,
)


def _ids(db: Database) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    people = {p.key: p.id for p in snap.participants}
    items = {i.title: i.id for i in snap.items}
    cars = {v.key: v.id for v in snap.vehicles}
    return people, items, cars


def test_vehicle_crud_and_passengers(db: Database) -> None:
    load_sample(db)
    people, items, cars = _ids(db)
    to_lijia = items["Transfer: hotel to Lijia Smart Park"]
    van = sites.create_vehicle(
        db, SAMPLE_SLUG, key="van-1", name="Van 1", plate="渝A·V0001", seats=3
    )
    assert (van.seats, van.driver_id, van.version) == (3, None, 1)
    with pytest.raises(ValidationError, match="seats: expected a whole number from 1 to 1000"):
        sites.create_vehicle(db, SAMPLE_SLUG, key="van-2", name="Van 2", seats=0)
    with pytest.raises(ValidationError, match="seats: a number of seats is required"):
        sites.create_vehicle(db, SAMPLE_SLUG, key="van-2", name="Van 2")
    van = sites.update_vehicle(db, van.id, van.version, driver_id=people["qian-hao"])
    assert van.driver_id == people["qian-hao"] and van.version == 2

    # Moving two people from the coaches to the van for one transfer.
    riders = sites.assign_passengers(
        db, van.id, to_lijia, [people["wu-jianguo"], people["liu-fang"]]
    )
    assert {r.participant_id for r in riders} == {people["wu-jianguo"], people["liu-fang"]}
    seats = [a for a in sites.list_assignments(db, SAMPLE_SLUG) if a.item_id == to_lijia]
    assert [a.vehicle_id for a in seats if a.participant_id == people["wu-jianguo"]] == [van.id]
    with pytest.raises(ValidationError, match="drives 'Van 1' and cannot also ride it"):
        sites.assign_passengers(db, van.id, to_lijia, [people["qian-hao"]])
    with pytest.raises(ValidationError, match="'Lunch' is a meal, not a transfer"):
        sites.assign_passengers(db, van.id, items["Lunch"], [people["xu-lei"]])
    with pytest.raises(ValidationError, match="no such participant 99999"):
        sites.assign_passengers(db, van.id, to_lijia, [99999])
    # set_passengers replaces the list; the one left off has no seat any more.
    riders = sites.set_passengers(db, van.id, to_lijia, [people["wu-jianguo"]])
    assert [r.participant_id for r in riders] == [people["wu-jianguo"]]
    assert sites.unassign_passengers(db, to_lijia, [people["wu-jianguo"]]) == 1
    seated = {
        a.participant_id for a in sites.list_assignments(db, SAMPLE_SLUG) if a.item_id == to_lijia
    }
    assert people["wu-jianguo"] not in seated and people["liu-fang"] not in seated

    # Deleting the driver leaves the coach without one; deleting a passenger frees the seat.
    participants.delete_participant(db, people["deng-qiang"])
    coach = sites.get_vehicle(db, cars["coach-1"])
    assert coach.driver_id is None
    before = len(sites.list_assignments(db, SAMPLE_SLUG))
    participants.delete_participant(db, people["shang-yong"])
    assert len(sites.list_assignments(db, SAMPLE_SLUG)) == before - 9  # 9 transfers
    sites.delete_vehicle(db, cars["coach-2"])
    assert {v.key for v in sites.list_vehicles(db, SAMPLE_SLUG)} == {"coach-1", "van-1"}


def test_round_trip_with_vehicles(db: Database, other_db_url: str) -> None:
    load_sample(db)
    people, items, _cars = _ids(db)
    van = sites.create_vehicle(
        db,
        SAMPLE_SLUG,
        key="van-1",
        name="Van 1",
        seats=6,
        driver_id=people["guo-peng"],
        notes="Spare van; Guo Peng drives it on day two.",
    )
    sites.assign_passengers(
        db, van.id, items["Transfer: hotel to airport"], [people["xu-lei"], people["ma-jun"]]
    )
    first = export_tour_bytes(db, SAMPLE_SLUG)
    doc = json.loads(first)
    assert [v["key"] for v in doc["vehicles"]] == ["coach-1", "coach-2", "van-1"]
    assert doc["vehicles"][2] == {
        "key": "van-1",
        "name": "Van 1",
        "plate": "",
        "seats": 6,
        "driver": "guo-peng",
        "notes": "Spare van; Guo Peng drives it on day two.",
        "illustrative": False,
    }
    assert {
        "vehicle": "van-1",
        "item": _uid(doc, "Transfer: hotel to airport"),
        "person": "ma-jun",
    } in doc["vehicle_assignments"]
    other = open_database(other_db_url)
    try:
        import_tour_bytes(other, first)
        assert export_tour_bytes(other, SAMPLE_SLUG) == first
        copy = tours.load_snapshot(other, SAMPLE_SLUG)
        original = tours.load_snapshot(db, SAMPLE_SLUG)
        assert len(copy.vehicle_assignments) == len(original.vehicle_assignments)
    finally:
        other.dispose()


def _uid(doc: dict[str, Any], title: str) -> str:
    return next(str(i["uid"]) for i in doc["items"] if i["title"] == title)


def _sample_doc() -> dict[str, Any]:
    from tourplanner.services.tourfile import SAMPLE_FILE

    return json.loads(SAMPLE_FILE.read_text("utf-8"))


def _broken(change: Any) -> str:
    doc = _sample_doc()
    change(doc)
    with pytest.raises(TourFileError) as caught:
        read_tour_file(json.dumps(doc).encode(), "t.json")
    return str(caught.value)


def test_reader_checks_vehicle_references() -> None:
    lunch = _uid(_sample_doc(), "Lunch")

    def unknown_driver(d: dict[str, Any]) -> None:
        d["vehicles"][0]["driver"] = "nobody"

    def duplicate_key(d: dict[str, Any]) -> None:
        d["vehicles"][1]["key"] = "coach-1"

    def unknown_vehicle(d: dict[str, Any]) -> None:
        d["vehicle_assignments"][3]["vehicle"] = "coach-9"

    def unknown_item(d: dict[str, Any]) -> None:
        d["vehicle_assignments"][0]["item"] = "no-such-uid"

    def not_a_transfer(d: dict[str, Any]) -> None:
        d["vehicle_assignments"][0]["item"] = lunch

    def twice(d: dict[str, Any]) -> None:
        d["vehicle_assignments"].append({**d["vehicle_assignments"][0], "vehicle": "coach-2"})

    def driver_rides(d: dict[str, Any]) -> None:
        d["vehicle_assignments"][0]["person"] = "deng-qiang"

    def zero_seats(d: dict[str, Any]) -> None:
        d["vehicles"][0]["seats"] = 0

    n = len(_sample_doc()["vehicle_assignments"])
    assert _broken(unknown_driver) == "t.json: $.vehicles[0].driver: unknown participant 'nobody'"
    assert _broken(duplicate_key) == "t.json: $.vehicles[1].key: duplicate key 'coach-1'"
    assert _broken(unknown_vehicle) == (
        "t.json: $.vehicle_assignments[3].vehicle: unknown vehicle 'coach-9'"
    )
    assert _broken(unknown_item) == (
        "t.json: $.vehicle_assignments[0].item: unknown item uid 'no-such-uid'"
    )
    assert _broken(not_a_transfer) == (
        f"t.json: $.vehicle_assignments[0].item: item '{lunch}' is a meal, not a transfer"
    )
    assert _broken(twice) == (
        f"t.json: $.vehicle_assignments[{n}].person: 'dai-jiuyue' already rides 'coach-1' "
        "on this transfer"
    )
    assert _broken(driver_rides) == (
        "t.json: $.vehicle_assignments[0].person: 'deng-qiang' drives 'coach-1' and cannot "
        "also ride it"
    )
    assert _broken(zero_seats) == "t.json: $.vehicles[0].seats: 0 is out of range (minimum 1)"
