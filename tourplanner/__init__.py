"""Tourplanner: plan delegation tours, catch conflicts, produce itineraries and briefings."""

from __future__ import annotations

from typing import Any


def version() -> str:
    """The installed distribution's version: pyproject.toml's ``version``, the one place it
    is written. A checkout run without installing it (``PYTHONPATH=.``) reads pyproject."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    try:
        return installed_version("tourplanner")
    except PackageNotFoundError:
        import tomllib

        from tourplanner.paths import PROJECT_DIR

        with open(PROJECT_DIR / "pyproject.toml", "rb") as file:
            return str(tomllib.load(file)["project"]["version"])


def __getattr__(name: str) -> Any:
    # ``tourplanner.__version__`` is looked up on first use, so importing the package for
    # the launcher costs no metadata scan.
    if name == "__version__":
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
