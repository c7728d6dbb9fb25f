"""The order of precedence stored and exported, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tourplanner.core.errors import ValidationError
from tourplanner.services import participants, tours
from tourplanner.services.database import Database
from tourplanner.services.protocol import (
    export_precedence,
    precedence_list,
    propose_precedence,
    restore_precedence,
    set_precedence_order,
)
from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample


def _tour(db: Database) -> str:
    tours.create_tour(
        db, slug="t", name="T", start_date=date(2021, 3, 27), end_date=date(2021, 3, 28)
    )
    for key, role, title in (
        ("guest", "delegate", "Editor"),
        ("minister", "delegate", "Minister"),
        ("mayor", "host", "Mayor"),
        ("driver", "driver", ""),
    ):
        participants.create_participant(
            db, "t", key=key, full_name=key.title(), role=role, title=title
        )
    return "t"


def _keys(people: list) -> list[str]:  # type: ignore[type-arg]
    return [p.key for p in people]


def test_propose_then_reorder_stores_ranks_one_to_n(db: Database) -> None:
    slug = _tour(db)
    assert _keys(propose_precedence(db, slug)) == ["minister", "mayor", "guest", "driver"]
    assert all(p.precedence is None for p in precedence_list(db, slug))  # only proposed
    stored = propose_precedence(db, slug, apply=True)
    assert [(p.key, p.precedence) for p in stored] == [
        ("minister", 1), ("mayor", 2), ("guest", 3), ("driver", 4),
    ]  # fmt: skip
    again = set_precedence_order(db, slug, ["mayor", "minister", "guest", "driver"])
    assert [(p.key, p.precedence) for p in again] == [
        ("mayor", 1), ("minister", 2), ("guest", 3), ("driver", 4),
    ]  # fmt: skip


def test_a_bad_order_changes_nothing(db: Database) -> None:
    slug = _tour(db)
    propose_precedence(db, slug, apply=True)
    before = precedence_list(db, slug)
    with pytest.raises(ValidationError, match="'mayor' is listed twice"):
        set_precedence_order(db, slug, ["mayor", "mayor", "guest", "driver", "minister"])
    with pytest.raises(ValidationError, match="'driver' is missing"):
        set_precedence_order(db, slug, ["mayor", "minister", "guest"])
    assert precedence_list(db, slug) == before


def test_giving_a_taken_rank_moves_the_others_down_so_there_is_no_tie(db: Database) -> None:
    slug = _tour(db)
    propose_precedence(db, slug, apply=True)  # minister 1, mayor 2, guest 3, driver 4
    guest = next(p for p in participants.list_participants(db, slug) if p.key == "guest")
    participants.update_participant(db, guest.id, guest.version, precedence=1)
    assert [(p.key, p.precedence) for p in precedence_list(db, slug)] == [
        ("guest", 1), ("minister", 2), ("mayor", 3), ("driver", 4),
    ]  # fmt: skip
    participants.create_participant(
        db, slug, key="new", full_name="New", role="delegate", precedence=4
    )
    assert [(p.key, p.precedence) for p in precedence_list(db, slug)][3:] == [
        ("new", 4), ("driver", 5),
    ]  # fmt: skip


def test_restore_precedence_puts_the_ranks_back_unranked_ones_included(db: Database) -> None:
    # The GUI's undo of a stored order: everyone gets back the rank they had, None too.
    slug = _tour(db)
    guest = next(p for p in participants.list_participants(db, slug) if p.key == "guest")
    participants.update_participant(db, guest.id, guest.version, precedence=1)
    before = {p.key: p.precedence for p in precedence_list(db, slug)}
    set_precedence_order(db, slug, ["driver", "mayor", "minister", "guest"])
    restore_precedence(db, slug, before)
    assert {p.key: p.precedence for p in precedence_list(db, slug)} == {
        "guest": 1, "minister": None, "mayor": None, "driver": None,
    }  # fmt: skip
    # Someone not named keeps their rank, moved down past the ranks given: no tie.
    set_precedence_order(db, slug, ["driver", "mayor", "minister", "guest"])
    restore_precedence(db, slug, {"guest": 1, "minister": 2})
    assert [(p.key, p.precedence) for p in precedence_list(db, slug)] == [
        ("guest", 1), ("minister", 2), ("driver", 3), ("mayor", 4),
    ]  # fmt: skip
    with pytest.raises(ValidationError, match="'nobody' has left the tour"):
        restore_precedence(db, slug, {"guest": 2, "nobody": 1})
    with pytest.raises(ValidationError, match="rank 0 is not 1 or more"):
        restore_precedence(db, slug, {"guest": 0})
    assert precedence_list(db, slug)[0].key == "guest"  # refused: nothing changed


def test_export_precedence_csv_and_xlsx(db: Database, tmp_path: Path) -> None:
    load_sample(db)
    result = export_precedence(db, SAMPLE_SLUG, tmp_path / "p.xlsx")
    assert result.rows == 25
    ws = load_workbook(tmp_path / "p.xlsx").active
    assert [c.value for c in ws[1]][:3] == ["Precedence", "Key", "Name"]
    assert [c.value for c in ws["A"]][1:] == list(range(1, 26))
    assert ws["B2"].value == "shang-yong" and ws["I2"].value == "organiser"
    export_precedence(db, SAMPLE_SLUG, tmp_path / "p.csv")
    lines = (tmp_path / "p.csv").read_text("utf-8-sig").splitlines()
    assert lines[0].startswith("Precedence,Key,Name") and len(lines) == 26
    assert lines[-1].endswith(",driver,rules")


def test_a_precedence_column_in_a_sheet_wins_and_leaves_no_tie(
    db: Database, tmp_path: Path
) -> None:
    from tourplanner.services.sheet_import import import_people

    load_sample(db)
    sheet = tmp_path / "order.csv"
    sheet.write_text(
        "Name,Organisation,礼宾顺序\nWang Jia,NUSRI Chongqing,1\n"
        "Chen Wancai,Chao Phraya Chinese News,3\n",
        "utf-8",
    )
    outcome = import_people(db, SAMPLE_SLUG, sheet)
    assert outcome.updated == 2
    ranked = [(p.key, p.precedence) for p in precedence_list(db, SAMPLE_SLUG)][:6]
    assert ranked == [
        ("wang-jia", 1), ("shang-yong", 2), ("chen-wancai", 3), ("xu-lei", 4),
        ("dai-jiuyue", 5), ("meng-linghua", 6),
    ]  # fmt: skip
