"""The services layer stays browsable: at most 30 modules, none over 700 lines (issue 16's
limits), so a reader finds a job's code in one place of a readable size."""

from __future__ import annotations

from pathlib import Path

SERVICES = Path(__file__).resolve().parent.parent / "tourplanner" / "services"
MAX_MODULES = 30
MAX_LINES = 700


def _modules() -> list[Path]:
    return sorted(p for p in SERVICES.glob("*.py") if p.name != "__init__.py")


def test_services_has_at_most_30_modules() -> None:
    names = [p.name for p in _modules()]
    assert len(names) <= MAX_MODULES, f"{len(names)} modules: {names}"


def test_no_services_module_is_longer_than_700_lines() -> None:
    long = {
        p.name: n
        for p in _modules()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"over {MAX_LINES} lines: {long}"
