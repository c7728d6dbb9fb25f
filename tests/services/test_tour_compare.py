"""A tour file compared with the stored tour: what replacing it would change, nothing
written."""

from __future__ import annotations

import copy
import json
from datetime import datetime, timedelta
from typing import Any

import pytest

from tourplanner.core.errors import TourFileError
from tourplanner.services.database import Database
from tourplanner.services.tourfile import (
    SAMPLE_SLUG,
    KindChanges,
    compare_tour_bytes,
    export_tour_bytes,
    load_sample,
)


def _later(value: str, hours: int) -> str:
    return (datetime.fromisoformat(value) + timedelta(hours=hours)).isoformat()


def _edited(doc: dict[str, Any]) -> dict[str, Any]:
    """The sample with 3 items moved, 1 item retitled, 2 people added, 1 group renamed."""
    doc = copy.deepcopy(doc)
    for item in doc["items"][:3]:
        item["start"] = _later(item["start"], 1)
        item["end"] = _later(item["end"], 1)
    doc["items"][3]["title"] += " (revised)"
    for n in (1, 2):
        person = copy.deepcopy(doc["participants"][0])
        person.update(key=f"new-person-{n}", full_name=f"New Person {n}", email="")
        person.pop("token", None)  # a new person has no link yet
        doc["participants"].append(person)
    doc["groups"][0]["name"] += " (renamed)"
    return doc


def test_a_changed_file_is_counted_per_kind(db: Database) -> None:
    load_sample(db)
    stored = export_tour_bytes(db, SAMPLE_SLUG)
    data = json.dumps(_edited(json.loads(stored))).encode()
    result = compare_tour_bytes(db, data)
    assert result.stored and not result.same
    assert result.slug == SAMPLE_SLUG
    assert result.kinds["items"] == KindChanges(moved=3, changed=1)
    assert result.kinds["participants"] == KindChanges(added=2)
    assert result.kinds["groups"] == KindChanges(changed=1)
    assert not result.kinds["sites"].any
    assert result.counts() == [
        ("items", "moved", 3),
        ("items", "changed", 1),
        ("participants", "added", 2),
        ("groups", "changed", 1),
    ]
    assert not result.other_changes
    assert export_tour_bytes(db, SAMPLE_SLUG) == stored  # nothing was written


def test_removed_records_and_tour_fields_are_seen(db: Database) -> None:
    load_sample(db)
    doc = json.loads(export_tour_bytes(db, SAMPLE_SLUG))
    removed = doc["items"].pop()
    doc["vehicle_assignments"] = [
        a for a in doc["vehicle_assignments"] if a["item"] != removed["uid"]
    ]
    doc["tour"]["description"] = "Another description"
    result = compare_tour_bytes(db, json.dumps(doc).encode())
    assert result.kinds["items"] == KindChanges(removed=1)
    assert result.other_changes


def test_the_stored_tours_own_file_is_the_same(db: Database) -> None:
    load_sample(db)
    result = compare_tour_bytes(db, export_tour_bytes(db, SAMPLE_SLUG))
    assert result.stored and result.same and result.counts() == []


def test_a_tour_the_database_lacks_is_not_stored(db: Database) -> None:
    load_sample(db)
    doc = json.loads(export_tour_bytes(db, SAMPLE_SLUG))
    doc["tour"]["slug"] = "another-tour"
    for item in doc["items"]:
        item["uid"] = "x-" + item["uid"]
    doc["vehicle_assignments"] = [
        {**a, "item": "x-" + a["item"]} for a in doc["vehicle_assignments"]
    ]
    result = compare_tour_bytes(db, json.dumps(doc).encode())
    assert not result.stored and result.slug == "another-tour"


def test_a_bad_file_is_one_line(db: Database) -> None:
    with pytest.raises(TourFileError, match=r"^upload\.tour\.json: "):
        compare_tour_bytes(db, b"{not json", source="upload.tour.json")
