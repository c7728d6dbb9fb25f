"""Benchmark rows for the GUI: cold start, opening a big tour, filtering a big table, an
edit reaching the Problems panel, and memory with the large tour open.

Rows that need a window run in this process on the offscreen platform (one QApplication
for the run); cold start and memory run in child processes, as a user's start would.
``python -m bench.rows_gui --rss DB_URL SLUG`` is that memory child.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The benchmarks never ask the public tile server: maps draw from a loopback port where
# nothing listens (grey), except the map row, which starts a tile server of its own.
os.environ.setdefault("TOURPLANNER_TILES", "http://127.0.0.1:9/{z}/{x}/{y}.png")

import atexit
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.harness import Context, Measure, need, row

ROOT = Path(__file__).resolve().parent.parent
STARTS = 7  # child processes per cold-start figure


# -- shared set-up ------------------------------------------------------------------------


def _env() -> dict[str, str]:
    """A child's environment: offscreen, and settings in a scratch folder, never the user's."""
    scratch = tempfile.mkdtemp(prefix="tp-bench-home-")
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=scratch,
        XDG_CACHE_HOME=scratch,
        XDG_DATA_HOME=scratch,
        PYTHONPATH=str(ROOT),
    )
    return env


def _database(ctx: Context, size: str) -> tuple[str, str]:
    """(URL, slug) of an SQLite file holding the generated tour ``size`` (made once a run)."""

    def make() -> tuple[str, str]:
        from bench.generate import insert_into
        from tourplanner.services.database import open_database

        gen = _people_tour(ctx) if size == "people5k" else ctx.tour(size)
        folder = Path(tempfile.mkdtemp(prefix=f"tp-bench-{size}-"))
        url = f"sqlite:///{folder / 'bench.db'}"
        db = open_database(url)
        try:
            slug = insert_into(db, gen.snapshot)
        finally:
            db.dispose()
        return url, slug

    return ctx.memo(("gui-db", ctx.size_name(size) if size != "people5k" else size), make)


def _people_tour(ctx: Context) -> Any:
    """The large tour with people added (attending nothing) up to 5,000 participants:
    the table rows need many rows, not many links."""
    from dataclasses import replace

    gen = ctx.tour("large")
    snap = gen.snapshot
    people = list(snap.participants)
    next_id = max(p.id for p in people) + 1
    template = people[0]
    for n in range(5_000 - len(people)):
        people.append(
            replace(
                template,
                id=next_id + n,
                key=f"extra-{n:04d}",
                full_name=f"{template.full_name} {n:04d}",
                email=f"extra{n:04d}@example.org",
            )
        )
    tour = replace(snap.tour, slug=f"{snap.tour.slug}-5k")
    return replace(gen, snapshot=replace(snap, tour=tour, participants=tuple(people)))


_app: Any = None
_owned = False  # the bench made the application (else a test runner's: never end that one)


def _application() -> Any:
    global _app, _owned
    qt = need("PySide6.QtWidgets")
    if _app is None:
        from tourplanner.qt.app import create_application

        _app = qt.QApplication.instance()
        if _app is None:
            _app, _owned = create_application(), True
            atexit.register(_shut_down)
    return _app


def _shut_down() -> None:
    """Delete Qt's objects before the interpreter finalises (else it may crash there)."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    global _app, _owned
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    if _owned and _app is not None and hasattr(_app, "shutdown"):
        _app.shutdown()
    _app, _owned = None, False


def finish() -> None:
    """After the last GUI row: end the application the bench made, and with it Qt's own
    thread pools (image scaling, ...), whose idle threads would otherwise live on for 30 s.
    An application someone else made (pytest-qt's, when the bench runs under a test) is
    left alone: later tests in that process still use it."""
    if _app is not None:
        _shut_down()


def _window(url: str) -> Any:
    """A main window on ``url`` with settings in a scratch file."""
    from PySide6.QtCore import QSettings

    from tourplanner.qt.main_window import MainWindow
    from tourplanner.qt.settings import Settings
    from tourplanner.services.database import open_database

    _application()
    store = QSettings(
        str(Path(tempfile.mkdtemp(prefix="tp-bench-ini-")) / "s.ini"), QSettings.Format.IniFormat
    )
    window = MainWindow(open_database(url), settings=Settings(store))
    window.show()
    _settle()
    return window


def _settle(rounds: int = 3) -> None:
    from PySide6.QtCore import QCoreApplication

    for _ in range(rounds):
        QCoreApplication.processEvents()


def _close(window: Any) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    window.jobs.wait()
    window.close_tour()
    window.hide()
    db = window.db
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    db.dispose()


def _median(samples: list[float], note: str) -> Measure:
    return Measure(statistics.median(samples), note, tuple(samples))


# -- cold start ---------------------------------------------------------------------------


def _first_paint(args: list[str], env: dict[str, str]) -> float:
    """Wall seconds from launching ``args`` to the first line it prints (its first paint)."""
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - started
    proc.wait(timeout=60)
    if not line.strip():
        raise RuntimeError(f"{args[1]} printed no first-paint time")
    return elapsed


def _cold_starts(ctx: Context) -> tuple[list[float], list[float]]:
    def measure() -> tuple[list[float], list[float]]:
        need("PySide6.QtWidgets")
        env = _env()
        db = Path(tempfile.mkdtemp(prefix="tp-bench-start-")) / "start.db"
        app = [sys.executable, str(ROOT / "main.py"), "--exit-after-paint", "--db"]
        app.append(f"sqlite:///{db}")
        bare = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
        _first_paint(app, env)  # creates the database and warms the disk cache
        _first_paint(bare, env)
        apps, bares = [], []
        for _ in range(ctx.repeat(STARTS)):  # interleaved: both see the same load
            apps.append(_first_paint(app, env))
            bares.append(_first_paint(bare, env))
        return apps, bares

    return ctx.memo("gui-cold-start", measure)


@row("GUI cold start to first paint (main.py, offscreen)", target=1.0)
def cold_start(ctx: Context) -> Measure:
    apps, _ = _cold_starts(ctx)
    return _median(
        apps,
        "python main.py --exit-after-paint, wall time from launch to the first painted "
        "frame (interpreter start included), empty database",
    )


@row("GUI cold start / bare PySide6 window", target=2.5, unit="ratio")
def cold_start_ratio(ctx: Context) -> Measure:
    apps, bares = _cold_starts(ctx)
    return Measure(
        statistics.median(apps) / statistics.median(bares),
        f"bare QMainWindow (bench/bare_window.py) median {statistics.median(bares):.3f} s, "
        "same launch, interleaved runs",
    )


# -- in-process rows ----------------------------------------------------------------------


@row("GUI open large tour, Programme painted", target=0.5)
def open_large(ctx: Context) -> Measure:
    url, slug = _database(ctx, "large")
    window = _window(url)
    samples = []
    try:
        for _ in range(ctx.repeat(5) + 1):
            window.close_tour()
            _settle()
            started = time.perf_counter()
            assert window.open_tour(slug)
            window.show_view("programme")
            window.workspace.programme.repaint()
            _settle(1)
            samples.append(time.perf_counter() - started)
    finally:
        _close(window)
    gen = ctx.tour("large").snapshot
    return _median(
        samples[1:],
        f"{ctx.size_name('large')}: {len(gen.items):,} items, {len(gen.participants):,} people;"
        " open_tour + first paint of the Programme (problems are checked just after)",
    )


@row("GUI filter keystroke, 5,000-row participant table", target=0.030)
def filter_keystroke(ctx: Context) -> Measure:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    url, slug = _database(ctx, "people5k")
    window = _window(url)
    try:
        assert window.open_tour(slug)
        window.show_view("participants")
        page = window.workspace.people.participants
        rows = page.proxy.sourceModel().rowCount()
        _settle()
        search = page.search
        samples = []
        for letter in "aeinouaeinouaeinou"[: ctx.repeat(15) + 1]:
            search.clear()
            _settle()
            started = time.perf_counter()
            QTest.keyClick(search, letter)
            page.table.viewport().repaint()
            samples.append(time.perf_counter() - started)
        shown = page.proxy.rowCount()
    finally:
        _close(window)
    _ = Qt
    return _median(
        samples[1:],
        f"{rows:,} participants; one key in the search box, filter and table repaint "
        f"(last filter kept {shown:,} rows)",
    )


@row("GUI move one block until the Problems panel updates, large", target=0.050)
def move_block(ctx: Context) -> Measure:
    from datetime import timedelta

    from bench.rows_checks import group_item

    url, slug = _database(ctx, "large")
    window = _window(url)
    samples = []
    try:
        assert window.open_tour(slug)
        session = window.session
        _ = session.checker
        _settle()
        item = session.item(group_item(session.snapshot).id)
        panel_model = window.workspace.problem_model
        step = timedelta(minutes=25)
        for i in range(ctx.repeat(9) + 1):
            item = session.item(item.id)
            delta = step if i % 2 == 0 else -step
            before = panel_model.rowCount()
            started = time.perf_counter()
            window.workspace.editor.move_item(item, item.starts_at + delta, item.ends_at + delta)
            _settle(1)
            samples.append(time.perf_counter() - started)
            _ = before
    finally:
        _close(window)
    return _median(
        samples[1:],
        "editor.move_item (an undoable command through the service and the database) "
        "until the checker, timeline and Problems panel are updated",
    )


@row("GUI day's route map from cached tiles, painted", target=0.050)
def map_from_cache(ctx: Context) -> Measure:
    """A new map of the sample's first day at 420x300, every tile already in the cache:
    from creating the view to its first paint with all tiles drawn."""
    fake_cls = need("tests.fakes.tiles", "FakeTiles")
    from tourplanner.core.tilemap import TileSource
    from tourplanner.qt.map_view import TileMapView
    from tourplanner.services.database import open_database
    from tourplanner.services.maps import day_stops, tile_fetcher
    from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample
    from tourplanner.services.tours import load_snapshot

    _application()
    folder = Path(tempfile.mkdtemp(prefix="tp-bench-map-"))
    db = open_database(f"sqlite:///{folder / 'sample.db'}")
    try:
        load_sample(db)
        snap = load_snapshot(db, SAMPLE_SLUG)
    finally:
        db.dispose()
    stops = day_stops(snap, snap.tour.start_date)
    samples = []
    with fake_cls() as server:
        fetcher = tile_fetcher(TileSource(server.template, "© bench"), cache_dir=folder)
        warm = TileMapView(fetcher)
        warm.resize(420, 300)
        warm.set_stops(stops)
        warm.show()
        _settle()
        warm.wait_for_tiles()
        warm.deleteLater()
        asked = len(server.received)
        for _ in range(ctx.repeat(15) + 1):
            started = time.perf_counter()
            view = TileMapView(fetcher)
            view.resize(420, 300)
            view.set_stops(stops)
            view.show()
            view.load_now()
            view.viewport().repaint()
            samples.append(time.perf_counter() - started)
            drawn = len(view.drawn_tiles())
            view.hide()
            view.deleteLater()
            _settle()
        again = len(server.received) - asked
        fetcher.close()  # its connections' watcher threads end here, not with the run
    return _median(
        samples[1:],
        f"{len(stops)} stops, {drawn} tiles drawn from the cache; {again} tile requests "
        "after the first map",
    )


def _propagation(ctx: Context) -> list[float]:
    """Seconds from another organiser's commit (on PostgreSQL) to this window's snapshot
    and problems updated, for one item moved 5 minutes at a time."""
    from datetime import timedelta

    from sqlalchemy import create_engine, text

    from bench.generate import insert_into
    from tourplanner.services import items
    from tourplanner.services.database import open_database

    def measure() -> list[float]:
        admin_url = os.environ.get(
            "TOURPLANNER_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
        )
        name = f"tp_bench_live_{os.getpid()}"
        try:
            admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        except Exception as e:
            from bench.harness import NotAvailable

            raise NotAvailable(f"PostgreSQL not reachable ({type(e).__name__})") from None
        url = admin_url.rsplit("/", 1)[0] + f"/{name}"
        samples: list[float] = []
        try:
            db = open_database(url)
            slug = insert_into(db, ctx.tour("large").snapshot)
            db.dispose()
            window = _window(url)
            other = open_database(url, migrate=False)
            try:
                assert window.open_tour(slug)
                _settle()
                session = window.session
                session.checker  # noqa: B018 - the problems are known before we start
                item = session.snapshot.items[len(session.snapshot.items) // 2]
                done: list[float] = []
                session.problems_changed.connect(lambda: done.append(time.perf_counter()))
                for n in range(ctx.repeat(21) + 1):
                    current = items.get_item(other, item.id)
                    shift = timedelta(minutes=5 if n % 2 == 0 else -5)
                    done.clear()
                    items.update_item(
                        other,
                        item.id,
                        current.version,
                        starts_at=current.starts_at + shift,
                        ends_at=current.ends_at + shift,
                    )
                    committed = time.perf_counter()
                    deadline = committed + 10
                    while time.perf_counter() < deadline:
                        _settle(1)
                        now = session.item(item.id)
                        if done and now is not None and now.starts_at == current.starts_at + shift:
                            break
                        time.sleep(0.001)
                    else:
                        raise AssertionError("the change never reached the window")
                    samples.append(done[-1] - committed)
            finally:
                other.dispose()
                _close(window)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
        return samples[1:]

    return ctx.memo("live-propagation", measure)  # type: ignore[no-any-return]


@row("GUI another organiser's change reaches this window, PostgreSQL, large", target=0.100)
def live_change(ctx: Context) -> Measure:
    samples = _propagation(ctx)
    p95 = sorted(samples)[max(0, round(0.95 * len(samples)) - 1)]
    return _median(
        samples,
        f"{ctx.size_name('large')}: commit to snapshot and problems updated "
        f"(NOTIFY, follower, incremental check); p95 {p95 * 1000:.0f} ms",
    )


@row("GUI another organiser's change reaches this window, p95 (PostgreSQL)", target=1.0)
def live_change_p95(ctx: Context) -> Measure:
    samples = _propagation(ctx)
    p95 = sorted(samples)[max(0, round(0.95 * len(samples)) - 1)]
    return Measure(p95, f"{len(samples)} changes", tuple(samples))


@row("GUI memory (RSS) with the large tour open / 400 MB", target=1.0, unit="ratio")
def rss_large(ctx: Context) -> Measure:
    url, slug = _database(ctx, "large")
    out = subprocess.run(
        [sys.executable, "-m", "bench.rows_gui", "--rss", url, slug],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=ROOT,
        timeout=300,
        check=True,
    ).stdout.split()
    return Measure(
        float(out[-1]) / 400.0,
        f"VmRSS {out[-1]} MB (peak VmHWM {out[-2]} MB) of a child process with the main "
        f"window and the {ctx.size_name('large')} tour open and checked; the target is 400 MB",
    )


def _rss_child(url: str, slug: str) -> None:
    window = _window(url)
    assert window.open_tour(slug)
    _ = window.session.checker
    _settle(5)
    status = Path("/proc/self/status").read_text()
    values = {
        line.split(":")[0]: int(line.split()[1]) / 1024
        for line in status.splitlines()
        if line.startswith(("VmRSS", "VmHWM"))
    }
    print(f"{values['VmHWM']:.1f} {values['VmRSS']:.1f}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--rss":
        _rss_child(sys.argv[2], sys.argv[3])
    else:
        print("usage: python -m bench.rows_gui --rss DB_URL SLUG", file=sys.stderr)
        sys.exit(2)
