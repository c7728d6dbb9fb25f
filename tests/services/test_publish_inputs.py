"""Reruns skip the folders made from the same inputs without rendering them (the inputs
digest, services.publish_content), and write exactly what rendering every folder writes."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.fakes.phone import phone_renderer_fixture  # noqa: F401
from tourplanner.core.enums import AttendanceRole, ItemKind
from tourplanner.core.model import TourSnapshot
from tourplanner.core.precedence import precedence_order
from tourplanner.export.pdf import TourIndex
from tourplanner.services import items, participants, publish_content, sites, tours
from tourplanner.services.database import Database
from tourplanner.services.publish import PublishRequest, PublishResult, publish
from tourplanner.services.tourfile import SAMPLE_SLUG

pytestmark = [
    pytest.mark.parametrize("backend", ["sqlite"]),
    pytest.mark.usefixtures("phone_renderer"),
]

BASE = "https://tour.example.org/p/"
T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
T1 = T0 + timedelta(hours=5)


def _publish(db: Database, folder: Path, now: datetime) -> PublishResult:
    request = PublishRequest(SAMPLE_SLUG, target=str(folder), base_url=BASE, allow_errors=True)
    return publish(db, request, now=now)


def _state(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


class Renders:
    """Counts the folders whose page and feed were rendered."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.owners: list[str] = []
        real = publish_content.FolderContent.page_files

        def counted(content: object, owner: publish_content.Owner, *a: object) -> object:
            self.owners.append(owner.ref)
            return real(content, owner, *a)  # type: ignore[arg-type]

        monkeypatch.setattr(publish_content.FolderContent, "page_files", counted)


def _without_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every manifest read as if its inputs digest were stale: every folder rendered."""
    real = publish_content.FolderRecord.from_bytes.__func__  # type: ignore[attr-defined]

    def stale(cls: type, data: bytes | None, **kw: object) -> object:
        record = real(cls, data, **kw)
        return None if record is None else dataclasses.replace(record, inputs="stale")

    monkeypatch.setattr(publish_content.FolderRecord, "from_bytes", classmethod(stale))


# -- changes ------------------------------------------------------------------------------


def _small_item(snap: TourSnapshot) -> object:
    return min(
        (it for it in snap.items if snap.attendee_ids(it) and it.site_id is not None),
        key=lambda it: (len(snap.attendee_ids(it)), it.uid),
    )


def move_item(db: Database, snap: TourSnapshot) -> None:
    it = _small_item(snap)
    items.update_item(
        db,
        it.id,  # type: ignore[attr-defined]
        it.version,  # type: ignore[attr-defined]
        starts_at=it.starts_at + timedelta(minutes=30),  # type: ignore[attr-defined]
        ends_at=it.ends_at + timedelta(minutes=30),  # type: ignore[attr-defined]
    )


def cancel_item(db: Database, snap: TourSnapshot) -> None:
    it = _small_item(snap)
    items.update_item(db, it.id, it.version, status="cancelled")  # type: ignore[attr-defined]


def move_transfer(db: Database, snap: TourSnapshot) -> None:
    """A transfer: its riders and drivers are concerned, through the vehicle seats."""
    it = next(i for i in snap.items if i.kind is ItemKind.TRANSFER)
    items.update_item(
        db,
        it.id,
        it.version,
        starts_at=it.starts_at + timedelta(minutes=10),
        ends_at=it.ends_at + timedelta(minutes=10),
    )


def first_item_much_earlier(db: Database, snap: TourSnapshot) -> None:
    """Every feed's time zones cover the whole tour: moving its first item two months
    earlier changes everyone's feed, not only the item's people's."""
    it = min(snap.items, key=lambda i: i.starts_at)
    items.update_item(
        db,
        it.id,
        it.version,
        starts_at=it.starts_at - timedelta(days=62),
        ends_at=it.ends_at - timedelta(days=62),
    )


def hotline(db: Database, snap: TourSnapshot) -> None:
    tours.update_tour(db, SAMPLE_SLUG, snap.tour.version, hotline="+86 139 2355 0199")


def interpreter_name(db: Database, snap: TourSnapshot) -> None:
    """A person on duty: on the pages of everyone they interpret for."""
    p = next(p for p in snap.participants if p.role.value == "interpreter")
    participants.update_participant(db, p.id, p.version, full_name=p.full_name + " Jr")


def site_address(db: Database, snap: TourSnapshot) -> None:
    site = snap.sites_by_id[_small_item(snap).site_id]  # type: ignore[attr-defined]
    sites.update_site(db, site.id, site.version, local_address="重庆市渝中区新华路1号")


def seat_label(db: Database, snap: TourSnapshot) -> None:
    """A rider's seat label: it shows in their briefing, so their folder changes."""
    a = snap.vehicle_assignments[0]
    sites.set_seat(db, a.item_id, a.participant_id, "12")


def head_comes_from_elsewhere(db: Database, snap: TourSnapshot) -> None:
    """A host briefing says where each visiting party comes from: the place of the
    item before the visit in the programme of the party's head. Moving that earlier
    item (someone else's, at another site) to a third place changes the host's
    briefing, though no item at the host's site changed."""
    index = TourIndex(snap)
    for site_id, visits in index.site_items.items():
        host = index.host(site_id)
        hosts = {p for it in visits for p in index.with_role(it, AttendanceRole.HOST)}
        for item, visit in zip(visits, host.visits, strict=True):
            visitors = index.attendees[item.id] - hosts
            if not visit.arriving_from or not visitors:
                continue
            head = min(visitors, key=lambda pid: precedence_order(index.people[pid]))
            located = [i for i in index.programme_of(head) if i.site_id is not None]
            before = located[located.index(item) - 1]
            elsewhere = {before.site_id, site_id}
            other = next(s for s in snap.sites if s.id not in elsewhere)
            items.update_item(db, before.id, before.version, site_id=other.id)
            after = TourIndex(tours.load_snapshot(db, SAMPLE_SLUG)).host(site_id)
            assert after.visits != host.visits  # the host's briefing did change
            return
    raise AssertionError("the sample has no visit whose party comes from elsewhere")


CHANGES: list[Callable[[Database, TourSnapshot], None]] = [
    move_item,
    head_comes_from_elsewhere,
    cancel_item,
    move_transfer,
    first_item_much_earlier,
    hotline,
    interpreter_name,
    site_address,
    seat_label,
]


@pytest.fixture
def sample(sample_db: Database) -> Database:
    return sample_db


@pytest.mark.parametrize("change", CHANGES, ids=lambda f: f.__name__)
def test_a_rerun_writes_exactly_what_rendering_every_folder_writes(
    sample: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    change: Callable[[Database, TourSnapshot], None],
) -> None:
    fast, full = tmp_path / "fast", tmp_path / "full"
    _publish(sample, fast, T0)
    shutil.copytree(fast, full)
    change(sample, tours.load_snapshot(sample, SAMPLE_SLUG))
    quick = _publish(sample, fast, T1)
    with monkeypatch.context() as m:
        _without_fast_path(m)
        slow = _publish(sample, full, T1)
    assert quick.count("changed") > 0  # the change reached someone
    assert [(f.owner, f.status, f.uploaded, f.changes) for f in quick.folders] == [
        (f.owner, f.status, f.uploaded, f.changes) for f in slow.folders
    ]
    assert _state(fast) == _state(full)  # pages, feeds, briefings and manifests alike


def test_an_item_change_renders_only_the_folders_it_concerns(
    sample: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "site"
    _publish(sample, out, T0)
    renders = Renders(monkeypatch)
    assert _publish(sample, out, T0 + timedelta(hours=1)).writes == 0
    assert renders.owners == []  # nothing changed: nothing rendered either
    snap = tours.load_snapshot(sample, SAMPLE_SLUG)
    move_item(sample, snap)
    item = _small_item(snap)
    people = snap.participants_by_id
    concerned = {f"person:{people[pid].key}" for pid in snap.attendee_ids(item)}  # type: ignore[arg-type]
    concerned.add(f"site:{snap.sites_by_id[item.site_id].key}")  # type: ignore[attr-defined]
    result = _publish(sample, out, T1)
    assert {f.owner for f in result.folders if f.status == "changed"} == concerned
    assert set(renders.owners) == concerned
    assert len(result.folders) > len(concerned)


def test_a_tour_wide_change_still_rewrites_everyone(
    sample: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "site"
    first = _publish(sample, out, T0)
    hotline(sample, tours.load_snapshot(sample, SAMPLE_SLUG))
    renders = Renders(monkeypatch)
    result = _publish(sample, out, T1)
    assert len(renders.owners) >= len(first.folders)
    # Every page shows the 24-hour line: every folder's page is rewritten.
    assert {f.owner for f in result.folders if "index.html" in f.uploaded} == {
        f.owner for f in first.folders
    }
    for token in (p for p in out.iterdir() if p.is_dir()):
        assert "0199" in (token / "index.html").read_text(encoding="utf-8")


def test_a_tour_wide_change_that_no_page_shows_writes_only_manifests_once(
    sample: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A change that no file shows (a person's private notes) renders every folder once,
    writes no file, and the next run renders none again."""
    out = tmp_path / "site"
    _publish(sample, out, T0)
    before = {k: v for k, v in _state(out).items() if not k.endswith(".json")}
    snap = tours.load_snapshot(sample, SAMPLE_SLUG)
    p = snap.participants[0]
    participants.update_participant(sample, p.id, p.version, notes=p.notes + " (x)")
    renders = Renders(monkeypatch)
    result = _publish(sample, out, T1)
    assert result.files_written == 0 and result.count("unchanged") == len(result.folders)
    assert renders.owners  # rendered, to find out
    assert {k: v for k, v in _state(out).items() if not k.endswith(".json")} == before
    renders.owners.clear()
    assert _publish(sample, out, T1 + timedelta(hours=1)).writes == 0
    assert renders.owners == []


def test_a_republish_is_what_a_fresh_publication_of_the_same_tour_holds(
    sample: Database, tmp_path: Path
) -> None:
    """Publish, change one item, republish: every folder holds what publishing the
    changed tour into an empty folder gives, but for what a rerun keeps by design: each
    folder's "updated" time and change lines (the time of its last change, and what
    changed then). Those are rendered here from the changed tour too, so the rest of
    every page and feed is checked against a fresh rendering, byte for byte."""
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    _publish(sample, out, T0)
    move_item(sample, tours.load_snapshot(sample, SAMPLE_SLUG))
    again = _publish(sample, out, T1)
    assert 0 < again.count("changed") < len(again.folders)
    _publish(sample, fresh, T1)
    mine, theirs = _state(out), _state(fresh)
    assert sorted(mine) == sorted(theirs)
    content = publish_content.FolderContent(tours.load_snapshot(sample, SAMPLE_SLUG))
    owners = {o.token: o for o in content.owners()}
    changed = {f.owner for f in again.folders if f.status == "changed"}
    for name in sorted(n for n in mine if n.endswith(publish_content.MANIFEST)):
        token = name.split("/")[0]
        owner = owners[token]
        record = publish_content.FolderRecord.from_bytes(mine[name])
        other = publish_content.FolderRecord.from_bytes(theirs[name])
        assert record is not None and other is not None
        assert (record.inputs, record.briefing, dict(record.items)) == (
            other.inputs,
            other.briefing,
            dict(other.items),
        ), owner.ref
        assert dict(record.files) == {
            n[len(token) + 1 :]: publish_content.digest(d)
            for n, d in mine.items()
            if n.startswith(f"{token}/") and not n.endswith(publish_content.MANIFEST)
        }
        # What the design keeps: the time of the folder's last change and its lines.
        if owner.ref in changed:
            assert record.updated_at == T1 and record.changes, owner.ref
        else:
            assert record.updated_at == T0 and record.changes == (), owner.ref
        files = content.page_files(owner, record.updated_at, record.changes)
        for file, data in files.items():
            assert mine[f"{token}/{file}"] == data, (owner.ref, file)
        if publish_content.BRIEFING in record.files:
            pdf = f"{token}/{publish_content.BRIEFING}"
            assert mine[pdf] == theirs[pdf], owner.ref
