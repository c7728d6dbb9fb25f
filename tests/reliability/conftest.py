"""Fixtures for the quick reliability suites: the trial templates are built once per run,
and one fork server (reliability.zygote) starts every CLI command the suites need."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from reliability.common import ForkLauncher
from reliability.data import Templates, build_templates


@pytest.fixture(scope="session")
def reliability_templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    return build_templates(tmp_path_factory.mktemp("reliability-templates"))


@pytest.fixture(scope="session")
def cli_launcher() -> Iterator[ForkLauncher]:
    launcher = ForkLauncher()
    yield launcher
    launcher.close()


@pytest.fixture
def reliability_work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A work folder, with this process's XDG folders inside it too."""
    for name in ("DATA", "STATE", "CONFIG", "CACHE"):
        folder = tmp_path / "harness" / name.lower()
        folder.mkdir(parents=True)
        monkeypatch.setenv(f"XDG_{name}_HOME", str(folder))
    monkeypatch.delenv("TOURPLANNER_DB", raising=False)
    return tmp_path


def require_pg() -> str | None:
    """None when PostgreSQL answers; else skip (or fail when it is required)."""
    from reliability.concurrency import pg_available

    problem = pg_available()
    if problem and os.environ.get("TOURPLANNER_REQUIRE_PG") == "1":
        pytest.fail(f"TOURPLANNER_REQUIRE_PG=1 but PostgreSQL is unreachable: {problem}")
    return problem
