"""`tourplanner export pdf` draws each day's map from $TOURPLANNER_TILES (a tile server on
loopback here), and the route sketch with --no-maps or a bad tile address (one line)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.fakes.tiles import FakeTiles
from tests.test_cli import assert_one_line_error, run

SLUG = "chongqing-2021"


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_export_pdf_draws_maps_from_the_tile_source(tmp_path: Path) -> None:
    db = ("--db", f"sqlite:///{tmp_path / 't.db'}")
    assert run(*db, "sample", cwd=tmp_path).returncode == 0
    cache = str(tmp_path / "tiles")
    booklet = ("export", "pdf", SLUG, "--kind", "booklet", "-o", "b.pdf")
    with FakeTiles() as tiles:
        env = {
            "TOURPLANNER_TILES": tiles.template,
            "TOURPLANNER_TILES_ATTRIBUTION": "© CLI Test Tiles",
            "TOURPLANNER_TILE_CACHE": cache,
        }
        done = run(*db, *booklet, cwd=tmp_path, env=env)
        assert done.returncode == 0, done.stderr
        assert tiles.received, "no tile was asked for"
        assert "© CLI Test Tiles" in _text(tmp_path / "b.pdf")
        again = run(*db, *booklet, cwd=tmp_path, env=env)
        assert "is up to date" in again.stdout  # the same maps: nothing rebuilt
        asked = len(tiles.received)
        plain = run(*db, *booklet, "--no-maps", cwd=tmp_path, env=env)
        assert plain.returncode == 0 and "Wrote b.pdf" in plain.stdout
        assert len(tiles.received) == asked  # --no-maps fetches nothing
    assert "© CLI Test Tiles" not in _text(tmp_path / "b.pdf")
    bad = run(*db, *booklet, cwd=tmp_path, env={"TOURPLANNER_TILES": "tiles.example.org"})
    assert_one_line_error(bad, "map tiles")
