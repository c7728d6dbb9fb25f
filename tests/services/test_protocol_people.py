"""Forms of address and ranks without ties, stored and carried by the tour file (v3),
on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest

from tourplanner.core.errors import TourFileError, ValidationError
from tourplanner.services import participants
from tourplanner.services.database import Database
from tourplanner.services.tourfile import (
    SAMPLE_SLUG,
    export_tour_bytes,
    import_tour_bytes,
    load_sample,
)


def _person(db: Database, key: str):  # type: ignore[no-untyped-def]
    return next(p for p in participants.list_participants(db, SAMPLE_SLUG) if p.key == key)


def test_address_overrides_are_stored_checked_and_carried_by_the_tour_file(db: Database) -> None:
    load_sample(db)
    sato = _person(db, "yuki-sato")
    saved = participants.update_participant(
        db, sato.id, sato.version, address={"salutation_zh": "尊敬的佐藤馆长", "card_en": " "}
    )
    assert saved.address == (("salutation_zh", "尊敬的佐藤馆长"),)
    with pytest.raises(ValidationError, match="unknown form of address 'nick'"):
        participants.update_participant(db, sato.id, saved.version, address={"nick": "Y"})
    assert _person(db, "yuki-sato").address == saved.address
    data = export_tour_bytes(db, SAMPLE_SLUG)
    doc = json.loads(data)
    (entry,) = [p for p in doc["participants"] if p["key"] == "yuki-sato"]
    assert entry["address"] == {"salutation_zh": "尊敬的佐藤馆长"}
    assert all("address" not in p for p in doc["participants"] if p["key"] != "yuki-sato")
    import_tour_bytes(db, data, source="t.json", replace=True)
    assert _person(db, "yuki-sato").address == saved.address
    assert export_tour_bytes(db, SAMPLE_SLUG) == data


def _sample_doc(db: Database) -> dict:  # type: ignore[type-arg]
    load_sample(db)
    return json.loads(export_tour_bytes(db, SAMPLE_SLUG))


def test_version_3_refuses_a_tie_and_version_2_settles_it(db: Database) -> None:
    doc = _sample_doc(db)
    people = doc["participants"]
    tied = next(i for i, p in enumerate(people) if p["precedence"] is None)
    people[tied]["precedence"] = 2
    first, second = [i for i, p in enumerate(people) if p["precedence"] == 2]
    data = json.dumps(doc).encode()
    with pytest.raises(TourFileError) as e:
        import_tour_bytes(db, data, source="t.json", replace=True)
    assert f"$.participants[{second}].precedence" in str(e.value)
    holder = people[first]["key"]
    assert f"rank 2 is already {holder}'s; the order has no ties" in str(e.value)
    doc["version"] = 2
    import_tour_bytes(db, json.dumps(doc).encode(), source="t.json", replace=True)
    ranks = [p.precedence for p in participants.list_participants(db, SAMPLE_SLUG)]
    assert ranks.count(2) == 2  # kept as the file has it; the order settles the tie


def test_version_3_refuses_a_bad_form_of_address(db: Database) -> None:
    doc = _sample_doc(db)
    doc["participants"][0]["address"] = {"name_order": "backwards"}
    with pytest.raises(TourFileError, match=r"participants\[0\]\.address\.name_order"):
        import_tour_bytes(db, json.dumps(doc).encode(), source="t.json", replace=True)
