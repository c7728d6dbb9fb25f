"""The harness must be able to fail: each detector is shown a planted fault and catches
it (a check that can never fire proves nothing)."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reliability.common import Editor, copy_sqlite, integrity_problems, open_db, sqlite_url
from reliability.concurrency import audit
from reliability.data import Templates
from reliability.fuzz_files import Importer, fuzz_importer
from reliability.privacy import Private, _sheet_cells
from tourplanner.core.errors import ValidationError


def test_the_private_field_scan_sees_every_spelling() -> None:
    p = Private("dai", "dai.private@example.invalid", "+86 139 8765 0001", "DIET-1", "ACC-1")
    text = "Call +86-139-8765-0001 or write to DAI.Private@example.invalid; diet: DIET-1"
    compact = "".join(c for c in text if c not in " -().")
    assert p.found_in(text, compact) == ["email", "phone", "dietary"]
    assert p.found_in("nothing here", "nothinghere") == []


def test_the_formula_check_sees_a_live_formula(tmp_path: Path) -> None:
    sheet = tmp_path / "people.csv"
    sheet.write_text("Name\r\n=1+1\r\n'=1+1\r\n")
    cells = [text for text, _formula in _sheet_cells(sheet)]
    assert cells == ["Name", "=1+1", "'=1+1"]


def test_the_concurrency_audit_sees_a_silent_overwrite() -> None:
    before = {("item", 1): (1, "a")}
    after = {("item", 1): (2, "c")}
    entries = [
        {"kind": "item", "id": 1, "read": 1, "version": 2, "value": "b", "worker": 0},
        {"kind": "item", "id": 1, "read": 1, "version": 2, "value": "c", "worker": 1},
    ]
    figures, problems = audit(before, after, entries)
    assert figures["version_gaps"] == 1 and problems
    entries[1]["read"], entries[1]["version"] = 1, 3  # wrote over a version it never saw
    figures, _ = audit(before, {("item", 1): (3, "c")}, entries)
    assert figures["silent_overwrites"] == 1


def test_the_integrity_check_sees_a_damaged_file(
    tmp_path: Path, reliability_templates: Templates
) -> None:
    path = copy_sqlite(reliability_templates.sample_db, tmp_path / "t.db")
    assert integrity_problems(path) == []
    data = bytearray(path.read_bytes())
    data[5000:9000] = bytes(random.Random(1).randrange(256) for _ in range(4000))
    path.write_bytes(bytes(data))
    assert integrity_problems(path)


def test_the_editor_notices_a_lost_edit(tmp_path: Path, reliability_templates: Templates) -> None:
    path = copy_sqlite(reliability_templates.sample_db, tmp_path / "t.db")
    editor = Editor(path, "x")
    db = open_db(path)
    try:
        editor.edit_once(db)
    finally:
        db.dispose()
    assert editor.missing() == []
    editor.acknowledged.append("x-never-written")
    assert editor.missing() == ["x-never-written"]
    assert sqlite_url(path).endswith("t.db")


class _Planted(Importer):
    """An importer that fails in the ways the fuzzer must catch."""

    name = "planted"
    title = "planted faults"

    def __init__(self, fault: str) -> None:
        self.fault = fault
        self.calls = 0

    def seeds(self) -> list[tuple[str, bytes]]:
        return [("x.json", b"{}")]

    def mutate(self, name: str, data: bytes, r: random.Random) -> tuple[bytes, str]:
        return data, "none"

    def load(self, db: Any, name: str, data: bytes, folder: Path) -> Callable[[], None]:
        from tourplanner.services import participants

        if self.fault == "traceback":
            raise KeyError("boom")
        self.calls += 1
        if self.fault == "partial":
            participants.create_participant(
                db, "chongqing-2021", key=f"half-{self.calls}", full_name="Half", role="staff"
            )
            raise ValidationError("refused, but after writing")
        raise ValidationError("two\nlines")


@pytest.mark.parametrize("fault", ["traceback", "partial", "two lines"])
def test_the_fuzzer_sees_each_kind_of_failure(
    fault: str, tmp_path: Path, reliability_templates: Templates
) -> None:
    failures: list[str] = []
    tally = fuzz_importer(
        _Planted(fault), reliability_templates.sample_db, tmp_path, inputs=3, report=failures.append
    )
    assert tally.failures == tally.inputs > 0 and len(failures) == tally.failures
