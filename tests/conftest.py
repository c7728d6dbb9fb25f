"""Shared fixtures: every store and service test runs on SQLite and on PostgreSQL.

PostgreSQL comes from $TOURPLANNER_TEST_PG (an admin URL; default the local server).
Each run creates and drops a database of its own; a test that needs an empty database
gets a fresh schema in it, and the ``db`` fixture a shared migrated schema that is
emptied after every test. Without a server the PostgreSQL variants are skipped with a
notice, unless TOURPLANNER_REQUIRE_PG=1, in which case they fail.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tourplanner.services.database import Database, open_database

# Map tiles never come from the public tile server in a test: unless a test starts a tile
# server of its own, they come from a loopback port where nothing listens, into a cache
# folder of this run.
os.environ["TOURPLANNER_TILES"] = "http://127.0.0.1:9/{z}/{x}/{y}.png"
os.environ["TOURPLANNER_TILE_CACHE"] = tempfile.mkdtemp(prefix="tourplanner-test-tiles-")

# Property tests run hypothesis's default 100 examples each; HYPOTHESIS_PROFILE=thorough
# runs ten times as many (before a release, or after changing what a property covers).
hypothesis_settings.register_profile("thorough", max_examples=1000)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

PG_ADMIN_URL = os.environ.get(
    "TOURPLANNER_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
REQUIRE_PG = os.environ.get("TOURPLANNER_REQUIRE_PG") == "1"
BACKENDS = ["sqlite", "postgresql"]

_pg_problem: str | None = None
_pg_checked = False


def _pg_unavailable() -> str | None:
    """Why PostgreSQL can't be used (None when it can); asked once per run."""
    global _pg_checked, _pg_problem
    if not _pg_checked:
        _pg_checked = True
        try:
            engine = create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 3})
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            engine.dispose()
        except Exception as e:  # any failure means: no usable server
            _pg_problem = f"{type(e).__name__}: {str(e).splitlines()[0]}"
    return _pg_problem


class PgDatabases:
    """One throwaway PostgreSQL database per test run, and a fresh schema in it per test.

    A schema is created and dropped in milliseconds, where a database takes about a
    second each way; the connection's search_path points everything at the schema.
    """

    def __init__(self) -> None:
        self.admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        self.database = f"tp_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self.database}"'))
        self.url = make_url(PG_ADMIN_URL).set(database=self.database)
        self.engine = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self._shared: str | None = None
        self._tables = ""

    def create(self) -> str:
        """A URL whose connections see only a new, empty schema."""
        schema = f"t_{uuid.uuid4().hex[:12]}"
        with self.engine.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = self.url.update_query_dict({"options": f"-csearch_path={schema}"})
        return url.render_as_string(hide_password=False)

    def drop(self, url: str) -> None:
        schema = self._schema(url)
        with self.engine.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))

    def shared(self) -> str:
        """A schema migrated once per run, for tests that start from an empty, current
        database; ``clean`` empties it again after each test."""
        if self._shared is None:
            self._shared = self.create()
            open_database(self._shared).dispose()
            with self.engine.connect() as conn:
                schema = self._schema(self._shared)
                names = conn.execute(
                    text(
                        "SELECT tablename FROM pg_tables WHERE schemaname = :s"
                        " AND tablename <> 'alembic_version'"
                    ),
                    {"s": schema},
                ).scalars()
                self._tables = ", ".join(f'"{schema}"."{n}"' for n in names)
        return self._shared

    def clean(self) -> None:
        with self.engine.connect() as conn:
            conn.execute(text(f"TRUNCATE {self._tables} RESTART IDENTITY CASCADE"))

    @staticmethod
    def _schema(url: str) -> str:
        return str(make_url(url).query["options"]).split("=", 1)[1]

    def close(self) -> None:
        self.engine.dispose()
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)'))
        self.admin.dispose()


@pytest.fixture(scope="session")
def pg_databases() -> Iterator[PgDatabases]:
    problem = _pg_unavailable()
    if problem:
        if REQUIRE_PG:
            pytest.fail(f"TOURPLANNER_REQUIRE_PG=1 but PostgreSQL is unreachable: {problem}")
        pytest.skip(f"PostgreSQL not reachable at {PG_ADMIN_URL} ({problem})")
    dbs = PgDatabases()
    yield dbs
    dbs.close()


def _empty_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'tour.db'}"
        return
    pg: PgDatabases = request.getfixturevalue("pg_databases")
    url = pg.create()
    try:
        yield url
    finally:
        pg.drop(url)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """The URL of an empty database on the backend under test (nothing migrated)."""
    yield from _empty_url(backend, tmp_path, request)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file migrated once per run; tests get copies of it."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    open_database(f"sqlite:///{path}").dispose()
    return path


@pytest.fixture(scope="session")
def sqlite_sample_template(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The migrated SQLite file with the sample tour loaded, once per run: loading it costs
    about 0.3 s of CPU, copying the file a millisecond. ``load_sample`` on a copy finds the
    tour there and leaves it as it is."""
    from tourplanner.services.tourfile import load_sample

    path = tmp_path_factory.mktemp("sample-template") / "sample.db"
    shutil.copyfile(sqlite_template, path)
    database = open_database(f"sqlite:///{path}")
    try:
        load_sample(database)
    finally:
        database.dispose()
    return path


@pytest.fixture
def sqlite_sample_db(tmp_path: Path, sqlite_sample_template: Path) -> Iterator[Database]:
    """The sample tour in an SQLite file of this test (a copy of the template), for tests
    where the backend does not matter."""
    path = tmp_path / "sample.db"
    shutil.copyfile(sqlite_sample_template, path)
    database = open_database(f"sqlite:///{path}")
    yield database
    database.dispose()


def _migrated(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest, *, sample: bool
) -> Iterator[Database]:
    """An open, migrated database on ``backend``: empty, or with the sample tour loaded
    (on SQLite a copy of the template holding it, on PostgreSQL loaded into the schema)."""
    if backend == "sqlite":
        path = tmp_path / "tour.db"
        template = "sqlite_sample_template" if sample else "sqlite_template"
        shutil.copyfile(request.getfixturevalue(template), path)
        database = open_database(f"sqlite:///{path}")
        yield database
        database.dispose()
        return
    pg: PgDatabases = request.getfixturevalue("pg_databases")
    database = open_database(pg.shared())
    try:
        if sample:
            from tourplanner.services.tourfile import load_sample

            load_sample(database)
        yield database
    finally:
        database.dispose()
        pg.clean()


@pytest.fixture
def db(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Database]:
    """An open, migrated, empty database on the backend under test."""
    yield from _migrated(backend, tmp_path, request, sample=False)


@pytest.fixture
def sample_db(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Database]:
    """An open, migrated database on the backend under test holding the sample tour.
    Use it instead of ``db`` plus ``load_sample`` (same contents, no load on SQLite)."""
    yield from _migrated(backend, tmp_path, request, sample=True)


@pytest.fixture
def other_db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A second empty database on the same backend (for round trips between two)."""
    other = tmp_path / "other"
    other.mkdir()
    yield from _empty_url(backend, other, request)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked slow run first (in their collected order, the rest after in theirs):
    started last, a long test keeps one worker busy while the other has nothing left."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _pg_checked and _pg_problem and not REQUIRE_PG:
        terminalreporter.write_sep(
            "!", f"PostgreSQL tests SKIPPED: server unreachable ({_pg_problem})", yellow=True
        )
