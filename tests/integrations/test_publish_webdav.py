"""Publishing to a real WebDAV server (WsgiDAV on 127.0.0.1), with and without basic
auth: what reaches the server on a first run, a rerun and after one change; a server
that dies mid-publish; a refused password, a full disk and a timeout."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.fakes.phone import phone_renderer_fixture  # noqa: F401
from tests.servers.webdav import (  # noqa: F401
    PASSWORD,
    WebDavServer,
    webdav_fixture,
    webdav_open_fixture,
)
from tourplanner.cli import main
from tourplanner.core.model import TourSnapshot
from tourplanner.integrations.webdav import WebDavError
from tourplanner.services import items, tours
from tourplanner.services.database import Database
from tourplanner.services.publish import PublishRequest, publish
from tourplanner.services.publish_content import MANIFEST, digest
from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample

pytestmark = [
    pytest.mark.parametrize("backend", ["sqlite"]),
    pytest.mark.usefixtures("phone_renderer"),
]

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
ENV = "TEST_DAV_PASSWORD"


@pytest.fixture
def sample(db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    load_sample(db)
    monkeypatch.setenv(ENV, PASSWORD)
    monkeypatch.delenv("TOURPLANNER_PUBLISH_PASSWORD", raising=False)
    return db


def _publish(db: Database, server: WebDavServer, now: datetime = T0, **kw: object):
    request = PublishRequest(
        SAMPLE_SLUG,
        target=server.url,
        allow_errors=True,
        password_env=ENV if server.auth else None,
        timeout=5,
        **kw,
    )
    return publish(db, request, now=now)


def _folders(snap: TourSnapshot) -> dict[str, str]:
    used = {it.site_id for it in snap.items if it.site_id is not None}
    out = {p.publish_token: f"person:{p.key}" for p in snap.participants}
    out.update({s.publish_token: f"site:{s.key}" for s in snap.sites if s.id in used})
    return out


def _whole(folder: Path) -> dict[str, object]:
    """The folder's manifest, after checking every file it lists is there as listed."""
    manifest = json.loads((folder / MANIFEST).read_bytes())
    for name, sha in manifest["files"].items():
        assert digest((folder / name).read_bytes()) == sha, (folder.name, name)
    return manifest


@pytest.mark.parametrize("auth", [True, False])
def test_publish_rerun_and_one_change_against_wsgidav(
    sample: Database, request: pytest.FixtureRequest, auth: bool
) -> None:
    server: WebDavServer = request.getfixturevalue("webdav" if auth else "webdav_open")
    first = _publish(sample, server)
    snap = tours.load_snapshot(sample, SAMPLE_SLUG)
    expected = _folders(snap)
    served = server.root
    assert {p.name for p in served.iterdir() if p.is_dir()} == set(expected)
    assert (served / "robots.txt").read_bytes().endswith(b"Disallow: /\n")
    for token in expected:
        _whole(served / token)
    # The base URL defaults to the WebDAV address, without the user name.
    assert first.base_url == server.public_url
    puts = [r for r in server.writes() if r.method == "PUT"]
    assert len(puts) == first.files_written + len(expected)  # files, plus one manifest each

    # A rerun with nothing changed: not one write reaches the server.
    server.clear_log()
    again = _publish(sample, server, now=T0 + timedelta(days=1))
    assert server.writes() == []
    assert again.writes == 0 and server.requests()  # it did look

    # One item changes: only the folders of the people and the site it concerns.
    item = next(it for it in snap.items if it.title.startswith("Interview with iChongqing"))
    concerned = {p for p in snap.attendee_ids(item)}
    tokens = {snap.participants_by_id[pid].publish_token for pid in concerned}
    tokens.add(snap.sites_by_id[item.site_id].publish_token)
    items.update_item(
        sample,
        item.id,
        item.version,
        starts_at=item.starts_at + timedelta(hours=1),
        ends_at=item.ends_at + timedelta(hours=1),
    )
    server.clear_log()
    third = _publish(sample, server, now=T0 + timedelta(days=2))
    written_in = {r.path.strip("/").split("/")[0] for r in server.writes()}
    assert {name.removeprefix(".new-").removeprefix(".old-") for name in written_in} == tokens
    uploads = [r.path for r in server.writes() if r.method == "PUT"]
    assert len(uploads) == third.files_written + len(tokens)
    assert not any(r.path.endswith("/sw.js") for r in server.writes() if r.method == "PUT")


def test_a_server_that_dies_mid_publish_leaves_every_folder_old_or_new(
    sample: Database, webdav: WebDavServer
) -> None:
    _publish(sample, webdav)
    snap = tours.load_snapshot(sample, SAMPLE_SLUG)
    tokens = _folders(snap)
    before = {t: _whole(webdav.root / t)["updated_at"] for t in tokens}
    # Two items of the whole delegation move: nearly every folder changes.
    for it in [it for it in snap.items if len(snap.attendee_ids(it)) > 10][:2]:
        items.update_item(
            sample,
            it.id,
            it.version,
            starts_at=it.starts_at + timedelta(minutes=15),
            ends_at=it.ends_at + timedelta(minutes=15),
        )
    new_time = (T0 + timedelta(hours=1)).isoformat()
    for die_after in (13, 38, 61):
        webdav.start(die_after_writes=die_after)
        with pytest.raises(WebDavError, match=r"cannot reach|did not answer|answered"):
            _publish(sample, webdav, now=T0 + timedelta(hours=1))
        assert webdav.wait_dead() == 17
        states = []
        for token in tokens:
            folder = webdav.root / token
            if not folder.exists():
                folder = webdav.root / f".old-{token}"  # between the two MOVEs
            manifest = _whole(folder)
            assert manifest["updated_at"] in (before[token], new_time)
            states.append(manifest["updated_at"] == new_time)
        assert any(states) or die_after == 13
    webdav.start()
    done = _publish(sample, webdav, now=T0 + timedelta(hours=1))
    assert done.count("changed") > 0
    assert not [p for p in webdav.root.iterdir() if p.name.startswith(".")]
    for token in tokens:
        _whole(webdav.root / token)
    webdav.clear_log()
    _publish(sample, webdav, now=T0 + timedelta(hours=2))
    assert webdav.writes() == []


def _cli(db_url: str, *args: str) -> list[str]:
    return ["--db", db_url, "publish", SAMPLE_SLUG, "--allow-errors", *args]


def test_refused_password_full_disk_and_timeout_are_one_line_and_exit_2(
    db_url: str,
    webdav: WebDavServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert main(["--db", db_url, "sample"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("TOURPLANNER_PUBLISH_PASSWORD", "wrong password")
    assert main(_cli(db_url, "--to", webdav.url)) == 2
    err = capsys.readouterr().err
    server = f"the WebDAV server at 127.0.0.1:{webdav.port}"
    assert err == f"tourplanner: error: {server} refused the user name or password (401)\n"
    assert "wrong password" not in err

    monkeypatch.setenv("TOURPLANNER_PUBLISH_PASSWORD", PASSWORD)
    webdav.start(fail_writes=507)
    assert main(_cli(db_url, "--to", webdav.url)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "has no room left (507 Insufficient Storage)" in err
    assert list(webdav.root.iterdir()) == []  # refused before anything went live

    webdav.start(delay=3)
    assert main(_cli(db_url, "--to", webdav.url, "--timeout", "1")) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "did not answer within 1 s" in err

    monkeypatch.delenv("TOURPLANNER_PUBLISH_PASSWORD")
    assert main(_cli(db_url, "--to", webdav.url, "--password-env", "NO_SUCH_VARIABLE_X")) == 2
    assert "NO_SUCH_VARIABLE_X is not set" in capsys.readouterr().err
