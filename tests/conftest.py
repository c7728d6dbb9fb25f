"""Shared fixtures: every store and service test runs on SQLite and on PostgreSQL.

PostgreSQL comes from $TOURPLANNER_TEST_PG (an admin URL; default the local server).
Each test gets a database of its own, created and dropped around it. Without a server
the PostgreSQL variants are skipped with a notice, unless TOURPLANNER_REQUIRE_PG=1, in
which case they fail.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tourplanner.services.database import Database, open_database

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
    """Creates and drops throwaway PostgreSQL databases on the test server."""

    def __init__(self) -> None:
        self.admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")

    def create(self) -> str:
        name = f"tp_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        return make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def pg_databases() -> Iterator[PgDatabases]:
    problem = _pg_unavailable()
    if problem:
        if REQUIRE_PG:
            pytest.fail(f"TOURPLANNER_REQUIRE_PG=1 but PostgreSQL is unreachable: {problem}")
        pytest.skip(f"PostgreSQL not reachable at {PG_ADMIN_URL} ({problem})")
    dbs = PgDatabases()
    yield dbs
    dbs.admin.dispose()


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


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """An open, migrated, empty database on the backend under test."""
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def other_db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A second empty database on the same backend (for round trips between two)."""
    other = tmp_path / "other"
    other.mkdir()
    yield from _empty_url(backend, other, request)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _pg_checked and _pg_problem and not REQUIRE_PG:
        terminalreporter.write_sep(
            "!", f"PostgreSQL tests SKIPPED: server unreachable ({_pg_problem})", yellow=True
        )
