"""The GUI's one-step edits and their inverses (items, sites, participants, groups), on the
sample tour."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tourplanner.core.errors import ConcurrentEditError, ValidationError
from tourplanner.services import database, items, participants, sites
from tourplanner.services.database import Database
from tourplanner.services.tourfile import SAMPLE_SLUG
from tourplanner.services.tours import load_snapshot


@pytest.fixture
def sample(sample_db: Database) -> Database:
    return sample_db


def _site(db: Database, key: str):
    return next(s for s in load_snapshot(db, SAMPLE_SLUG).sites if s.key == key)


def _person(db: Database, key: str):
    return next(p for p in load_snapshot(db, SAMPLE_SLUG).participants if p.key == key)


def test_update_items_is_all_or_nothing(sample: Database) -> None:
    snap = load_snapshot(sample, SAMPLE_SLUG)
    a, b = snap.items[4], snap.items[5]
    moved = items.update_items(
        sample,
        {
            a.id: ({"starts_at": a.starts_at + timedelta(minutes=5)}, a.version),
            b.id: ({"title": "Renamed"}, b.version),
        },
    )
    assert [m.id for m in moved] == sorted([a.id, b.id])
    assert {m.id: m.sequence for m in moved}[a.id] == a.sequence + 1
    with pytest.raises(ConcurrentEditError):
        items.update_items(
            sample, {a.id: ({"title": "x"}, None), b.id: ({"title": "y"}, b.version)}
        )
    after = {i.id: i for i in load_snapshot(sample, SAMPLE_SLUG).items}
    assert after[a.id].title == a.title
    assert after[b.id].title == "Renamed"


def test_remove_and_restore_items_keeps_the_uid(sample: Database) -> None:
    item = load_snapshot(sample, SAMPLE_SLUG).items[4]
    [removed] = items.remove_items(sample, {item.id: item.version})
    assert removed == item
    assert item.id not in {i.id for i in load_snapshot(sample, SAMPLE_SLUG).items}
    [back] = items.restore_items(sample, SAMPLE_SLUG, [removed])
    assert back.uid == item.uid
    assert back.sequence == item.sequence + 1
    assert back.attendance == item.attendance
    assert back.starts_at == item.starts_at


def test_remove_site_detaches_items_and_restore_puts_everything_back(sample: Database) -> None:
    site = _site(sample, "belt-road-centre")
    snap = load_snapshot(sample, SAMPLE_SLUG)
    users = sorted(i.id for i in snap.items if i.site_id == site.id)
    assert users
    [removal] = sites.remove_sites(sample, SAMPLE_SLUG, {site.id: site.version})
    assert removal.item_ids == tuple(users)
    assert len(removal.busy_blocks) == 1
    after = load_snapshot(sample, SAMPLE_SLUG)
    assert site.id not in after.sites_by_id
    assert all(i.site_id is None for i in after.items if i.id in users)
    assert not any(b.site_id == site.id for b in after.busy_blocks)

    new_ids = sites.restore_sites(sample, SAMPLE_SLUG, [removal])
    new_id = new_ids[site.id]
    again = load_snapshot(sample, SAMPLE_SLUG)
    restored = again.sites_by_id[new_id]
    assert sites.site_values(restored) == sites.site_values(site)
    assert sorted(i.id for i in again.items if i.site_id == new_id) == users
    assert [b.summary for b in again.busy_blocks if b.site_id == new_id] == [
        removal.busy_blocks[0].summary
    ]


def test_remove_site_with_an_override_restores_it(sample: Database) -> None:
    site = _site(sample, "clciz")
    [removal] = sites.remove_sites(sample, SAMPLE_SLUG, {site.id: None})
    assert len(removal.overrides) == 1
    assert load_snapshot(sample, SAMPLE_SLUG).travel_overrides == ()
    new_id = sites.restore_sites(sample, SAMPLE_SLUG, [removal])[site.id]
    [override] = load_snapshot(sample, SAMPLE_SLUG).travel_overrides
    assert override.to_site_id == new_id
    assert override.minutes == removal.overrides[0].minutes


def test_remove_participant_and_restore(sample: Database) -> None:
    person = _person(sample, "wang-jia")
    snap = load_snapshot(sample, SAMPLE_SLUG)
    before_items = sorted(
        i.id for i in snap.items if any(a.participant_id == person.id for a in i.attendance)
    )
    [removal] = participants.remove_participants(sample, SAMPLE_SLUG, {person.id: person.version})
    assert [item_id for item_id, _ in removal.attendance] == before_items
    assert len(removal.busy_blocks) == 1
    new_id = participants.restore_participants(sample, SAMPLE_SLUG, [removal])[person.id]
    again = load_snapshot(sample, SAMPLE_SLUG)
    back = again.participants_by_id[new_id]
    assert participants.participant_values(back) == participants.participant_values(person)
    assert (
        sorted(i.id for i in again.items if any(a.participant_id == new_id for a in i.attendance))
        == before_items
    )
    assert [b.participant_id for b in again.busy_blocks if b.participant_id == new_id] == [new_id]


def test_remove_group_member_and_restore(sample: Database) -> None:
    person = _person(sample, "dai-jiuyue")
    snap = load_snapshot(sample, SAMPLE_SLUG)
    groups = sorted(g.id for g in snap.groups if person.id in g.member_ids)
    [removal] = participants.remove_participants(sample, SAMPLE_SLUG, {person.id: None})
    assert removal.group_ids == tuple(groups)
    new_id = participants.restore_participants(sample, SAMPLE_SLUG, [removal])[person.id]
    again = load_snapshot(sample, SAMPLE_SLUG)
    assert sorted(g.id for g in again.groups if new_id in g.member_ids) == groups


def test_set_group_members_checks_versions(sample: Database) -> None:
    snap = load_snapshot(sample, SAMPLE_SLUG)
    group = next(g for g in snap.groups if g.key == "press-pool")
    person = _person(sample, "dai-jiuyue")
    [changed] = participants.set_group_members(
        sample, {group.id: ((*group.member_ids, person.id), group.version)}
    )
    assert person.id in changed.member_ids
    with pytest.raises(ConcurrentEditError):
        participants.set_group_members(sample, {group.id: (group.member_ids, group.version)})


def test_check_connection(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'c.db'}"
    assert "c.db" in database.check_connection(url)
    from tourplanner.core.errors import DatabaseError

    with pytest.raises(DatabaseError):
        database.check_connection("nosuchdriver://x/y")


def test_copy_items_makes_new_items_all_or_nothing(sample: Database) -> None:
    snap = load_snapshot(sample, SAMPLE_SLUG)
    a, b = snap.items[4], snap.items[5]
    day = timedelta(days=1)
    copies = items.copy_items(
        sample, SAMPLE_SLUG, [(a, a.starts_at + day, a.ends_at + day), (b, b.starts_at, b.ends_at)]
    )
    assert [c.title for c in copies] == [a.title, b.title]
    assert copies[0].starts_at == a.starts_at + day
    assert {c.uid for c in copies}.isdisjoint({a.uid, b.uid})
    assert [c.sequence for c in copies] == [0, 0]
    assert copies[0].attendance == a.attendance and copies[0].site_id == a.site_id
    count = len(load_snapshot(sample, SAMPLE_SLUG).items)
    assert count == len(snap.items) + 2
    # A copy that ends before it starts is refused, and the good one is not kept either.
    with pytest.raises(ValidationError):
        items.copy_items(
            sample, SAMPLE_SLUG, [(a, a.starts_at, a.ends_at), (b, b.ends_at, b.starts_at)]
        )
    assert len(load_snapshot(sample, SAMPLE_SLUG).items) == count
