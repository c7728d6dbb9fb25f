"""`tourplanner roads` as a user runs it: its main() as the shell calls it, an SQLite file
and an OSRM-compatible server on loopback."""

from __future__ import annotations

from pathlib import Path

from tests.fakes.nominatim import closed_port
from tests.fakes.osrm import FakeOsrm
from tests.test_cli import assert_one_line_error, run


def test_roads_then_check_uses_them(tmp_path: Path) -> None:
    db = ("--db", f"sqlite:///{tmp_path / 't.db'}")
    assert run(*db, "sample", cwd=tmp_path).returncode == 0
    with FakeOsrm() as osrm:
        done = run(
            *db, "roads", "chongqing-2021", "--server", osrm.url, "--min-delay", "0", cwd=tmp_path
        )
        assert done.returncode == 0, done.stderr
        asked = len(osrm.requests())
        again = run(
            *db,
            "roads",
            "chongqing-2021",
            cwd=tmp_path,
            env={"TOURPLANNER_ROUTING_URL": osrm.url},
        )
    assert asked >= 2 and len(osrm.requests()) == asked  # the second run asked nothing
    assert f"known by road ({asked} requests to {osrm.url}" in done.stdout
    assert "(0 requests to" in again.stdout and again.returncode == 0


def test_roads_errors_are_one_line(tmp_path: Path) -> None:
    db = ("--db", f"sqlite:///{tmp_path / 't.db'}")
    run(*db, "sample", cwd=tmp_path)
    env = {"TOURPLANNER_ROUTING_URL": ""}
    assert_one_line_error(
        run(*db, "roads", "chongqing-2021", cwd=tmp_path, env=env), "no routing server"
    )
    down = f"http://127.0.0.1:{closed_port()}"
    assert_one_line_error(
        run(*db, "roads", "chongqing-2021", "--server", down, cwd=tmp_path),
        "cannot reach the routing server at 127.0.0.1",
    )
    assert_one_line_error(
        run(*db, "roads", "chongqing-2021", "--server", "osrm.local", cwd=tmp_path),
        "not a full web address",
    )
    assert_one_line_error(
        run(*db, "roads", "nosuchtour", "--server", down, cwd=tmp_path), "nosuchtour"
    )
