"""Publishing to a folder: the layout, reruns that write nothing or only what changed,
people who leave, revoked links, dry runs and the refusal while the tour has errors."""

from __future__ import annotations

import html
import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.fakes.phone import phone_renderer_fixture  # noqa: F401
from tourplanner.cli import main
from tourplanner.core.changes import ItemState
from tourplanner.core.errors import ValidationError
from tourplanner.core.model import TourSnapshot
from tourplanner.export.ics import Selection
from tourplanner.services import items, participants, tours
from tourplanner.services.calendars import export_calendar_bytes
from tourplanner.services.database import Database
from tourplanner.services.publish import PublishRequest, links, publish
from tourplanner.services.publish_content import MANIFEST, digest
from tourplanner.services.tourfile import SAMPLE_SLUG
from tourplanner.services.tours import OpenErrorsError

pytestmark = [
    pytest.mark.parametrize("backend", ["sqlite"]),
    pytest.mark.usefixtures("phone_renderer"),
]

BASE = "https://tour.example.org/p/"
T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _publish(db: Database, folder: Path, now: datetime = T0, **kw: object) -> object:
    request = PublishRequest(
        SAMPLE_SLUG,
        target=str(folder),
        base_url=BASE,
        allow_errors=True,
        **kw,
    )
    return publish(db, request, now=now)


def _folders(snap: TourSnapshot) -> dict[str, str]:
    """token -> owner of every folder a publication must make."""
    used_sites = {it.site_id for it in snap.items if it.site_id is not None}
    out = {p.publish_token: f"person:{p.key}" for p in snap.participants}
    out.update({s.publish_token: f"site:{s.key}" for s in snap.sites if s.id in used_sites})
    return out


def _state(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _without_stamp(ics: bytes) -> bytes:
    return b"\r\n".join(line for line in ics.split(b"\r\n") if not line.startswith(b"DTSTAMP:"))


@pytest.fixture
def sample(sample_db: Database) -> Database:
    return sample_db


def test_first_publication_makes_one_private_folder_each(sample: Database, tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = _publish(sample, out)
    snap = tours.load_snapshot(sample, SAMPLE_SLUG)
    expected = _folders(snap)
    on_disk = {p.name for p in out.iterdir() if p.is_dir()}
    assert on_disk == set(expected)
    assert {p.name for p in out.iterdir() if p.is_file()} == {"index.html", "robots.txt"}
    assert b"Disallow: /" in (out / "robots.txt").read_bytes()
    for token in expected:  # the base lists no token
        assert token.encode() not in (out / "index.html").read_bytes()
    assert result.count("new") == len(expected)
    # Each folder: the page, the feed (as `export ics --person`), the briefing, a manifest.
    lin = next(p for p in snap.participants if p.key == "lin-xiaowen")
    mine = out / lin.publish_token
    assert {"index.html", "calendar.ics", "briefing.pdf", MANIFEST} <= {
        p.name for p in mine.iterdir()
    }
    feed = export_calendar_bytes(sample, SAMPLE_SLUG, Selection.person("lin-xiaowen"))
    assert _without_stamp((mine / "calendar.ics").read_bytes()) == _without_stamp(feed)
    assert b"DTSTAMP:20261201T090000Z" in (mine / "calendar.ics").read_bytes()
    assert (mine / "briefing.pdf").read_bytes().startswith(b"%PDF")
    manifest = json.loads((mine / MANIFEST).read_bytes())
    for name, sha in manifest["files"].items():
        assert digest((mine / name).read_bytes()) == sha
    # The settings are remembered, and `links` lists every folder's address.
    found = {link.url for link in links(sample, SAMPLE_SLUG)}
    assert found == {f"{BASE}{t}/" for t in expected}


def _codes(pdf: Path, tmp_path: Path) -> list[str]:
    """The QR codes on every page of ``pdf`` (poppler renders, zxing-cpp reads)."""
    zxingcpp = pytest.importorskip("zxingcpp")
    import shutil
    import subprocess

    from PIL import Image

    if shutil.which("pdftoppm") is None:
        pytest.skip("poppler-utils not installed")
    stem = tmp_path / pdf.parent.name
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(pdf), str(stem)], check=True)
    found = []
    for png in sorted(tmp_path.glob(f"{pdf.parent.name}*.png")):
        found += [r.text for r in zxingcpp.read_barcodes(Image.open(png))]
    return found


def test_qr_codes_of_published_briefings_open_the_pages(sample: Database, tmp_path: Path) -> None:
    out = tmp_path / "site"
    _publish(sample, out, person="lin-xiaowen")
    _publish(sample, out, site="belt-road-centre")
    snap = tours.load_snapshot(sample, SAMPLE_SLUG)
    lin = next(p.publish_token for p in snap.participants if p.key == "lin-xiaowen")
    site = next(s.publish_token for s in snap.sites if s.key == "belt-road-centre")
    codes = _codes(out / lin / "briefing.pdf", tmp_path)
    # The taxi cards' codes open places in the map app (Amap, the sample is in China);
    # every other code, on the cover and at the end, opens the person's page.
    maps = [c for c in codes if c.startswith("https://uri.amap.com/marker?")]
    pages = [c for c in codes if c not in maps]
    assert len(pages) == 2 and set(pages) == {f"{BASE}{lin}/"}
    assert len(maps) >= 8
    # The host briefing's code opens the site's page.
    codes = _codes(out / site / "briefing.pdf", tmp_path)
    assert codes and set(codes) == {f"{BASE}{site}/"}


def test_a_rerun_with_nothing_changed_writes_nothing(sample: Database, tmp_path: Path) -> None:
    out = tmp_path / "site"
    _publish(sample, out)
    before = _state(out)
    times = {p: p.stat().st_mtime_ns for p in out.rglob("*")}
    again = _publish(sample, out, now=T0 + timedelta(days=1))
    assert again.writes == 0
    assert again.files_written == 0
    assert _state(out) == before
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*")} == times


def test_one_changed_item_rewrites_only_the_folders_it_concerns(
    sample: Database, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    _publish(sample, out)
    snap = tours.load_snapshot(sample, SAMPLE_SLUG)
    item = next(it for it in snap.items if it.title.startswith("Interview with iChongqing"))
    concerned = {
        f"person:{snap.participants_by_id[pid].key}" for pid in snap.attendee_ids(item)
    } | {f"site:{snap.sites_by_id[item.site_id].key}"}
    before = _state(out)
    items.update_item(
        sample,
        item.id,
        item.version,
        starts_at=item.starts_at + timedelta(hours=2),
        ends_at=item.ends_at + timedelta(hours=2),
    )
    later = T0 + timedelta(hours=5)
    result = _publish(sample, out, now=later)
    changed = {f.owner for f in result.folders if f.status == "changed"}
    assert changed == concerned
    after = _state(out)
    tokens = _folders(snap)
    touched = {
        tokens[name.split("/")[0]]
        for name in set(before) | set(after)
        if "/" in name and before.get(name) != after.get(name)
    }
    assert touched == concerned
    # The changed page is stamped with this publication and says what moved.
    dai = next(p for p in snap.participants if p.key == "dai-jiuyue")
    manifest = json.loads((out / dai.publish_token / MANIFEST).read_bytes())
    assert datetime.fromisoformat(manifest["updated_at"]) == later
    # In the reader's first language (Chinese for Dai Jiuyue, the mail rule).
    (line,) = manifest["changes"]
    moved = "时间调整：" if dai.languages[0] == "zh" else "Moved: "
    assert line.startswith(moved + (item.local_title or item.title)), line
    page = (out / dai.publish_token / "index.html").read_bytes()
    assert html.escape(line).encode() in page
    assert ItemState.from_json(manifest["items"][item.uid]).sequence == item.sequence + 1
    # Unchanged files of a changed folder were not rewritten: only the changed ones.
    uploaded = {f.owner: f.uploaded for f in result.folders}
    assert "sw.js" not in uploaded[f"person:{dai.key}"]
    assert "index.html" in uploaded[f"person:{dai.key}"]
    # And a rerun right after writes nothing, the banner kept as it was.
    again = _publish(sample, out, now=later + timedelta(hours=1))
    assert again.writes == 0


def test_folders_of_people_who_left_are_removed(sample: Database, tmp_path: Path) -> None:
    out = tmp_path / "site"
    (out / "not-ours").mkdir(parents=True)  # someone else's folder stays
    _publish(sample, out)
    snap = tours.load_snapshot(sample, SAMPLE_SLUG)
    gone = next(p for p in snap.participants if p.key == "lin-xiaowen")
    assert (out / gone.publish_token).is_dir()
    participants.delete_participant(sample, gone.id)
    result = _publish(sample, out, now=T0 + timedelta(hours=1))
    assert result.removed == 1
    assert not (out / gone.publish_token).exists()
    assert (out / "not-ours").is_dir()


def test_revoke_gives_a_new_link_and_deletes_the_old_folder(
    sample: Database, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    _publish(sample, out)
    old = next(
        p.publish_token
        for p in tours.load_snapshot(sample, SAMPLE_SLUG).participants
        if p.key == "lin-xiaowen"
    )
    result = _publish(sample, out, revoke="lin-xiaowen", now=T0 + timedelta(hours=1))
    new = result.revoked.new_token
    assert not (out / old).exists()
    assert (out / new / "index.html").is_file()
    assert f"{BASE}{new}/" in {link.url for link in links(sample, SAMPLE_SLUG)}
    assert sum(1 for f in result.folders if f.status != "unchanged") == 1


def test_a_dry_run_writes_nothing_not_even_the_settings(sample: Database, tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = _publish(sample, out, dry_run=True)
    assert not out.exists()
    assert result.count("new") > 0
    assert tours.load_snapshot(sample, SAMPLE_SLUG).tour.publish_target == ""


def test_a_failed_run_leaves_every_folder_old_or_new_and_a_rerun_completes(
    sample: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fail the 8th rename (as if the disk failed): the 4th changed folder is then
    between its two renames. Every folder must be whole, and a rerun must finish."""
    from tourplanner.services import publish_target

    out = tmp_path / "site"
    _publish(sample, out)
    snap = tours.load_snapshot(sample, SAMPLE_SLUG)
    old = {t: json.loads((out / t / MANIFEST).read_bytes()) for t in _folders(snap)}
    moved = [it for it in snap.items if len(snap.attendee_ids(it)) > 5][:2]
    for it in moved:
        items.update_item(
            sample,
            it.id,
            it.version,
            title=it.title + " (new room)",
            starts_at=it.starts_at + timedelta(minutes=30),
            ends_at=it.ends_at + timedelta(minutes=30),
        )
    calls = {"n": 0}
    real_move = publish_target.FolderTarget.move

    def failing_move(self, source, destination, *, overwrite):
        calls["n"] += 1
        if calls["n"] == 8:  # the live folder is aside, the new one not yet in place
            raise publish_target.TourplannerError("disk gone")
        return real_move(self, source, destination, overwrite=overwrite)

    monkeypatch.setattr(publish_target.FolderTarget, "move", failing_move)
    with pytest.raises(Exception, match="disk gone"):
        _publish(sample, out, now=T0 + timedelta(hours=1))
    assert [t for t in old if (out / f".old-{t}").is_dir() and not (out / t).exists()]
    for token, record in old.items():
        folder = out / token
        if not folder.exists():  # between the two renames: the old one is kept aside
            assert (out / f".old-{token}").is_dir()
            folder = out / f".old-{token}"
        manifest = json.loads((folder / MANIFEST).read_bytes())
        assert manifest["updated_at"] in (
            record["updated_at"],
            (T0 + timedelta(hours=1)).isoformat(),
        )
        for name, sha in manifest["files"].items():  # whole: every file as its manifest says
            assert digest((folder / name).read_bytes()) == sha, (token, name)
    monkeypatch.setattr(publish_target.FolderTarget, "move", real_move)
    result = _publish(sample, out, now=T0 + timedelta(hours=2))
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]
    assert result.count("changed") > 0
    assert _publish(sample, out, now=T0 + timedelta(hours=3)).writes == 0


def test_publishing_is_refused_while_the_tour_has_errors(sample: Database, tmp_path: Path) -> None:
    with pytest.raises(OpenErrorsError, match="not publishing: the tour has 1 error"):
        publish(sample, PublishRequest(SAMPLE_SLUG, target=str(tmp_path / "x")))
    assert not (tmp_path / "x").exists()
    with pytest.raises(ValidationError, match="cannot be a dry run"):
        _publish(sample, tmp_path / "x", revoke="lin-xiaowen", dry_run=True)
    assert not (tmp_path / "x").exists()


def test_cli_publish_and_links(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", db_url, "sample"]) == 0
    out = tmp_path / "site"
    capsys.readouterr()
    assert main(["--db", db_url, "publish", SAMPLE_SLUG, "--to", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("tourplanner: not publishing: the tour has 1 error")
    assert "Dai Jiuyue is in" in err
    code = main(
        [
            "--db",
            db_url,
            "publish",
            SAMPLE_SLUG,
            "--to",
            str(out),
            "--base-url",
            BASE,
            "--allow-errors",
        ]
    )
    assert code == 0
    assert re.search(r"; [1-9][0-9]* files written", capsys.readouterr().out)
    # The second time, the tour remembers where and the public address.
    assert main(["--db", db_url, "publish", SAMPLE_SLUG, "--allow-errors"]) == 0
    assert "0 files written" in capsys.readouterr().out
    assert main(["--db", db_url, "links", SAMPLE_SLUG, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {tuple(sorted(r)) for r in rows} == {("name", "person", "url"), ("name", "site", "url")}
    assert all(r["url"].startswith(BASE) and (out / r["url"][len(BASE) :]).is_dir() for r in rows)
    assert main(["--db", db_url, "publish", SAMPLE_SLUG, "--to", "http://dav.example.org/"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_cancelling_stops_between_folders_and_a_rerun_finishes(
    sample: Database, tmp_path: Path
) -> None:
    import threading

    out = tmp_path / "site"
    cancel = threading.Event()
    seen: list[int] = []

    def progress(done: int, _total: int, _name: str) -> None:
        seen.append(done)
        if done == 3:
            cancel.set()

    request = PublishRequest(SAMPLE_SLUG, target=str(out), base_url=BASE, allow_errors=True)
    result = publish(sample, request, progress=progress, cancel=cancel, now=T0)
    assert result.cancelled and seen == [1, 2, 3]
    assert result.count("new") == 3 and result.count("not reached") > 0
    made = {p.name for p in out.iterdir() if p.is_dir()}
    assert len(made) == 3  # three whole folders, nothing half-made
    for token in made:
        manifest = json.loads((out / token / MANIFEST).read_bytes())
        assert all(
            digest((out / token / n).read_bytes()) == h for n, h in manifest["files"].items()
        )
    again = _publish(sample, out, now=T0)
    assert again.count("unchanged") == 3 and not again.cancelled
    assert {p.name for p in out.iterdir() if p.is_dir()} == set(
        _folders(tours.load_snapshot(sample, SAMPLE_SLUG))
    )


def test_a_cancel_while_the_briefings_build_writes_no_folder(
    sample: Database, tmp_path: Path
) -> None:
    """Cancelled before any briefing arrives: no folder is written, the run says so,
    and a rerun writes them all."""
    import threading

    out = tmp_path / "site"
    cancel = threading.Event()
    cancel.set()
    request = PublishRequest(SAMPLE_SLUG, target=str(out), base_url=BASE, allow_errors=True)
    result = publish(sample, request, cancel=cancel, now=T0)
    assert result.cancelled and result.files_written == len(result.root_written)
    assert result.count("not reached") == len(result.folders) > 0
    assert not [p for p in out.iterdir() if p.is_dir()]
    again = _publish(sample, out, now=T0)
    assert again.count("new") == len(again.folders) and not again.cancelled
