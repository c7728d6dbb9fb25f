"""The tile fetcher against a tile server on loopback: cache, expiry, revalidation,
offline and failing servers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes.nominatim import closed_port
from tests.fakes.tiles import FakeTiles, TileFailure, tile_png
from tourplanner.core.tilemap import TileSource
from tourplanner.integrations.tiles import TileFetcher


def fetcher(
    template: str, cache: Path, *, timeout: float = 10.0, offline: bool = False
) -> TileFetcher:
    source = TileSource(template, "© test")
    return TileFetcher(source, cache, "tourplanner-tests/1", timeout=timeout, offline=offline)


def test_a_tile_is_fetched_once_then_served_from_the_cache(tmp_path: Path) -> None:
    with FakeTiles() as server:
        f = fetcher(server.template, tmp_path)
        first = f.get(14, 13041, 6776)
        again = f.get(14, 13041, 6776)
        other = TileFetcher(TileSource(server.template), tmp_path, "x").get(14, 13041, 6776)
    assert first.data == tile_png(14, 13041, 6776) and not first.from_cache
    assert again.data == first.data and again.from_cache and other.from_cache
    assert len(server.received) == 1
    assert server.received[0].user_agent == "tourplanner-tests/1"


def test_close_ends_the_connection_threads_and_leaves_the_cache(tmp_path: Path) -> None:
    """Each thread's connections come with a watcher thread; a closed fetcher leaves
    none behind (forking a PDF batch needs a process without threads) and from then on
    answers from its cache only."""
    import threading

    def watchers() -> int:
        return sum("idle_conn" in t.name for t in threading.enumerate())

    before = watchers()
    with FakeTiles() as server:
        f = fetcher(server.template, tmp_path)
        done = [threading.Thread(target=f.get, args=(14, 13041, 6776 + i)) for i in range(2)]
        for t in done:
            t.start()
        for t in done:
            t.join()
        assert watchers() > before
        f.close()
        for _ in range(100):
            if watchers() == before:
                break
            threading.Event().wait(0.05)
        assert watchers() == before
        asked = len(server.received)
        assert f.get(14, 13041, 6776).from_cache
        assert f.get(14, 1, 1).data is None and len(server.received) == asked


def test_an_expired_tile_is_revalidated_not_fetched_again(tmp_path: Path) -> None:
    with FakeTiles(cache_control="max-age=0") as server:
        f = fetcher(server.template, tmp_path)
        f.get(3, 1, 2)
        second = f.get(3, 1, 2)
    assert second.data == tile_png(3, 1, 2) and second.from_cache
    assert [r.conditional for r in server.received] == [False, True]


def test_no_store_is_honoured(tmp_path: Path) -> None:
    with FakeTiles(cache_control="no-store") as server:
        f = fetcher(server.template, tmp_path)
        f.get(3, 1, 2)
        f.get(3, 1, 2)
    assert [r.conditional for r in server.received] == [False, False]
    assert not list(tmp_path.rglob("*.tile"))


def test_a_failing_server_gives_the_stale_copy_or_nothing(tmp_path: Path) -> None:
    with FakeTiles(cache_control="max-age=0") as server:
        f = fetcher(server.template, tmp_path)
        f.get(3, 1, 2)
        server.fail_next(TileFailure.ERROR_500)
        stale = f.get(3, 1, 2)
        missing = f.get(3, 2, 2)  # the server is resting after a 5xx: not asked
    assert stale.data == tile_png(3, 1, 2) and stale.stale
    assert missing.data is None
    assert len(server.received) == 2


@pytest.mark.parametrize("failure", [TileFailure.NOT_AN_IMAGE, TileFailure.RATE_LIMITED])
def test_what_is_not_a_tile_is_not_kept(tmp_path: Path, failure: TileFailure) -> None:
    with FakeTiles() as server:
        server.fail_next(failure)
        got = fetcher(server.template, tmp_path).get(3, 1, 2)
    assert got.data is None and not list(tmp_path.rglob("*.tile"))


def test_offline_or_down_the_map_never_waits_per_tile(tmp_path: Path) -> None:
    down = f"http://127.0.0.1:{closed_port()}/{{z}}/{{x}}/{{y}}.png"
    f = fetcher(down, tmp_path)
    got = [f.get(5, x, 3).data for x in range(6)]
    assert got == [None] * 6 and f.requests == 1  # one refused request, then it rests
    with FakeTiles() as server:
        slow = fetcher(server.template, tmp_path / "slow", timeout=0.3)
        server.fail_next(TileFailure.SLOW)
        assert slow.get(5, 1, 1).data is None
        assert slow.get(5, 2, 1).data is None and slow.requests == 1
        cached = fetcher(server.template, tmp_path / "c")
        cached.get(5, 1, 1)
        offline = fetcher(server.template, tmp_path / "c", offline=True)
        assert offline.get(5, 1, 1).data == tile_png(5, 1, 1)
        assert offline.get(5, 9, 9).data is None and offline.requests == 0
