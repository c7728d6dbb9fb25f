"""An import as one undoable change: commit says exactly what it wrote, undo takes back
exactly that, redo writes it again, and each refuses when someone else changed a record."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tourplanner.core.errors import ConcurrentEditError, ValidationError
from tourplanner.core.model import TourSnapshot
from tourplanner.imports.spreadsheets import read_sheets
from tourplanner.services import items, participants, sites, tours
from tourplanner.services.database import Database
from tourplanner.services.import_changes import commit_import, redo_import, undo_import
from tourplanner.services.sheet_import import RowsRejected, preview_people, preview_sites
from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample

PEOPLE = (
    "Name,Organisation,Title,Email,Group\n"
    # new, into a group
    "Zhang Wei,European Chinese News,Reporter,zhang.wei@example.com,Group A\n"
    # an existing person (matched by email): a new title, and a group they were not in
    "Shang Yong,Russian Dragon,Publisher,shang.yong@example.org,Press pool\n"
    # new, no group
    "Li Na,Toronto Chinese Daily,,li.na@example.com,\n"
)


def _people(snap: TourSnapshot) -> dict[str, dict[str, Any]]:
    return {
        p.key: {
            "name": p.full_name,
            "title": p.title,
            "email": p.email,
            "groups": sorted(g.key for g in snap.groups if p.id in g.member_ids),
        }
        for p in snap.participants
    }


def _sites(snap: TourSnapshot) -> dict[str, tuple[Any, ...]]:
    return {
        s.key: (s.name, s.category, s.capacity, s.latitude, s.longitude, s.coord_source)
        for s in snap.sites
    }


def _import(db: Database, tmp_path: Path, text: str, name: str = "people.csv") -> Any:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    plan = preview_people(db, SAMPLE_SLUG, read_sheets(path))
    return commit_import(db, SAMPLE_SLUG, plan)


def _versions(db: Database, ids: Any) -> dict[int, int]:
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    return {i: snap.participants_by_id[i].version for i in ids if i in snap.participants_by_id}


def _group_versions(db: Database) -> dict[int, int]:
    return {g.id: g.version for g in tours.load_snapshot(db, SAMPLE_SLUG).groups}


def test_undo_and_redo_of_a_people_import(db: Database, tmp_path: Path) -> None:
    load_sample(db)
    before = _people(tours.load_snapshot(db, SAMPLE_SLUG))
    outcome, changes = _import(db, tmp_path, PEOPLE)
    assert (outcome.created, outcome.updated) == (2, 1)
    after = _people(tours.load_snapshot(db, SAMPLE_SLUG))
    assert after["zhang-wei"]["groups"] == ["group-a"]
    assert after["shang-yong"]["title"] == "Publisher"
    assert "press" in after["shang-yong"]["groups"][-1]
    # Exactly what was written: two rows made, one title changed, two memberships.
    assert [r["full_name"] for r in changes.created] == ["Zhang Wei", "Li Na"]
    [changed] = changes.updated
    assert dict(changed.after) == {"title": "Publisher"}
    assert dict(changed.before) == {"title": before["shang-yong"]["title"]}
    assert len(changes.joined) == 2

    undo_import(db, SAMPLE_SLUG, changes, _versions(db, changes.record_ids), _group_versions(db))
    assert _people(tours.load_snapshot(db, SAMPLE_SLUG)) == before

    new_ids = redo_import(
        db, SAMPLE_SLUG, changes, _versions(db, changes.record_ids), _group_versions(db)
    )
    assert set(new_ids) == set(changes.created_ids)
    assert _people(tours.load_snapshot(db, SAMPLE_SLUG)) == after


def test_undo_refuses_when_someone_else_changed_an_imported_person(
    db: Database, tmp_path: Path
) -> None:
    load_sample(db)
    _outcome, changes = _import(db, tmp_path, PEOPLE)
    seen = _versions(db, changes.record_ids)
    zhang = changes.created_ids[0]
    participants.update_participant(db, zhang, seen[zhang], title="Editor")
    with pytest.raises(ConcurrentEditError, match="Zhang Wei"):
        undo_import(db, SAMPLE_SLUG, changes, seen, _group_versions(db))
    assert "zhang-wei" in _people(tours.load_snapshot(db, SAMPLE_SLUG))  # nothing undone
    # Without version checks ("keep mine") it goes ahead.
    undo_import(db, SAMPLE_SLUG, changes, {}, {})
    assert "zhang-wei" not in _people(tours.load_snapshot(db, SAMPLE_SLUG))


def test_undo_refuses_to_delete_a_person_now_in_the_programme(db: Database, tmp_path: Path) -> None:
    load_sample(db)
    _outcome, changes = _import(db, tmp_path, PEOPLE)
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    item = snap.items[0]
    from tourplanner.core.enums import AttendanceRole, AttendanceScope
    from tourplanner.core.model import Attendance

    extra = Attendance(
        AttendanceScope.PERSON, AttendanceRole.ATTENDEE, participant_id=changes.created_ids[0]
    )
    items.update_item(db, item.id, item.version, attendance=(*item.attendance, extra))
    with pytest.raises(ValidationError, match="now used in the programme"):
        undo_import(db, SAMPLE_SLUG, changes, {}, {})


def test_a_plan_with_errors_writes_nothing(db: Database, tmp_path: Path) -> None:
    load_sample(db)
    before = _people(tours.load_snapshot(db, SAMPLE_SLUG))
    with pytest.raises(RowsRejected):
        _import(db, tmp_path, PEOPLE + "Bad Email,Org,,not-an-email,\n")
    assert _people(tours.load_snapshot(db, SAMPLE_SLUG)) == before


def test_skipping_bad_rows_records_and_undoes_only_what_was_written(
    db: Database, tmp_path: Path
) -> None:
    load_sample(db)
    before = _people(tours.load_snapshot(db, SAMPLE_SLUG))
    # A bad row in the middle, and one that would join a group and change a title.
    text = PEOPLE + "Bad Email,Org,Editor,not-an-email,Group A\n"
    path = tmp_path / "people.csv"
    path.write_text(text, encoding="utf-8")
    plan = preview_people(db, SAMPLE_SLUG, read_sheets(path))
    assert [r.row for r in plan.rejected] == [5]
    outcome, changes = commit_import(db, SAMPLE_SLUG, plan, skip_bad_rows=True)
    assert (outcome.created, outcome.updated, outcome.rejected) == (2, 1, 1)
    assert [r.row for r in outcome.plan.rejected] == [5]
    after = _people(tours.load_snapshot(db, SAMPLE_SLUG))
    assert set(after) - set(before) == {"zhang-wei", "li-na"}
    assert "Bad Email" not in {p["name"] for p in after.values()}
    # The changes hold the written rows only.
    assert [r["full_name"] for r in changes.created] == ["Zhang Wei", "Li Na"]
    assert [u.label for u in changes.updated] == ["Shang Yong"]
    assert len(changes.joined) == 2

    undo_import(db, SAMPLE_SLUG, changes, _versions(db, changes.record_ids), _group_versions(db))
    assert _people(tours.load_snapshot(db, SAMPLE_SLUG)) == before
    redo_import(db, SAMPLE_SLUG, changes, _versions(db, changes.record_ids), _group_versions(db))
    assert _people(tours.load_snapshot(db, SAMPLE_SLUG)) == after


def test_undo_and_redo_of_a_sites_import(db: Database, tmp_path: Path) -> None:
    load_sample(db)
    path = tmp_path / "sites.csv"
    path.write_text(
        "Name,Category,Latitude,Longitude,Capacity\n"
        "Chongqing Science and Technology Museum,exhibition_centre,29.573,106.573,200\n"
        "Lijia Smart Park,park,,,450\n",
        encoding="utf-8",
    )
    before = _sites(tours.load_snapshot(db, SAMPLE_SLUG))
    plan = preview_sites(db, SAMPLE_SLUG, read_sheets(path))
    outcome, changes = commit_import(db, SAMPLE_SLUG, plan)
    assert (outcome.created, outcome.updated) == (1, 1)
    after = _sites(tours.load_snapshot(db, SAMPLE_SLUG))
    assert after["lijia-smart-park"][2] == 450

    undo_import(db, SAMPLE_SLUG, changes, {}, {})
    assert _sites(tours.load_snapshot(db, SAMPLE_SLUG)) == before
    new_ids = redo_import(db, SAMPLE_SLUG, changes, {}, {})
    assert _sites(tours.load_snapshot(db, SAMPLE_SLUG)) == after
    # The site made again has a new id: the next undo must name it by that one.
    changes = changes.resolved(lambda i: new_ids.get(i, i), lambda g: g)
    undo_import(db, SAMPLE_SLUG, changes, {}, {})
    assert _sites(tours.load_snapshot(db, SAMPLE_SLUG)) == before
    # A redo that would take a key someone else has taken meanwhile is refused.
    sites.create_site(
        db,
        SAMPLE_SLUG,
        key="chongqing-science-and-technology-museum",
        name="Theirs",
        category="other",
    )
    with pytest.raises(ValidationError, match="now used by 'Theirs'"):
        redo_import(db, SAMPLE_SLUG, changes, {}, {})


def test_exported_sites_import_back_as_the_same_sites(db: Database, tmp_path: Path) -> None:
    from datetime import date

    from tourplanner.services.manifests import export_sites

    load_sample(db)
    for name in ("sites.csv", "sites.xlsx"):
        path = tmp_path / name
        result = export_sites(db, SAMPLE_SLUG, path)
        original = tours.load_snapshot(db, SAMPLE_SLUG).sites
        assert result.rows == len(original) > 5
        slug = name.replace(".", "-")
        tours.create_tour(
            db, slug=slug, name=name, start_date=date(2021, 3, 27), end_date=date(2021, 3, 28)
        )
        plan = preview_sites(db, slug, read_sheets(path))
        assert plan.errors == ()
        commit_import(db, slug, plan)

        def fields(s: Any) -> tuple[Any, ...]:
            # Coordinates typed into a sheet count as entered by hand, wherever they came from.
            return (
                s.key,
                s.name,
                s.local_name,
                s.category,
                s.address,
                s.latitude,
                s.longitude,
                s.capacity,
                s.contact_name,
                s.contact_phone,
                s.contact_email,
                s.timezone,
                s.description,
                s.key_facts,
                s.illustrative,
            )

        copied = tours.load_snapshot(db, slug).sites
        assert sorted(map(fields, copied)) == sorted(map(fields, original))
