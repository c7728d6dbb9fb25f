"""A folder's manifest is written item by item (each item's text made once): its bytes
must be exactly those of ``json.dumps(indent=1)`` of the whole record, as before."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from tourplanner.core.changes import ItemState, items_to_json
from tourplanner.services.publish_content import MANIFEST_FORMAT, FolderRecord, Owner


def _reference(record: FolderRecord, owner: Owner) -> bytes:
    doc = {
        "format": MANIFEST_FORMAT,
        "version": 1,
        "owner": owner.ref,
        "updated_at": record.updated_at.astimezone(UTC).isoformat(),
        "changes": list(record.changes),
        "briefing": record.briefing,
        "files": dict(sorted(record.files.items())),
        "inputs": record.inputs,
        "items": items_to_json(record.items),
    }
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


ITEMS = {
    "b-2@tour": ItemState(
        3,
        "2026-05-02T09:00:00+08:00",
        "2026-05-02T10:00:00+08:00",
        'Visit "A"\nline',
        "CONFIRMED",
        "Hall\t1",
        "参观",
        "大厅",
    ),
    "a-1@tour": ItemState(
        0, "2026-05-01T09:00:00+02:00", "2026-05-01T09:30:00+02:00", "Breakfast", "CANCELLED"
    ),
}


@pytest.mark.parametrize("items", [ITEMS, {}, {"x": ITEMS["a-1@tour"]}])
@pytest.mark.parametrize("changes", [(), ("Moved: Visit → 10:00", "新")])
def test_manifest_bytes_are_the_indented_json_of_the_record(items, changes) -> None:
    owner = Owner(ref="person:p1", key="p1", name="Zhang Wei", token="t0k", language="zh")
    record = FolderRecord(
        datetime(2026, 5, 1, 8, 0, tzinfo=UTC),
        changes,
        {"index.html": "ab" * 32, "calendar.ics": "cd" * 32},
        "briefinghash",
        items,
        "inputsdigest",
    )
    data = record.to_bytes(owner)
    assert data == _reference(record, owner)
    back = FolderRecord.from_bytes(data)
    assert back is not None and dict(back.items) == items
