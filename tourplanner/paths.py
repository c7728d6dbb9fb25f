"""Where the app finds its shipped files and keeps the user's data."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

PROJECT_DIR = Path(__file__).resolve().parents[1]
RESOURCES_DIR = PROJECT_DIR / "resources"
SCHEMA_DIR = RESOURCES_DIR / "schema"
SAMPLES_DIR = RESOURCES_DIR / "samples"
FONTS_DIR = RESOURCES_DIR / "fonts"
MIGRATIONS_DIR = PROJECT_DIR / "db"

APP_NAME = "tourplanner"


def user_data_dir() -> Path:
    """The per-user folder for the default database and its backups."""
    return user_data_path(APP_NAME, appauthor=False)


def user_log_dir() -> Path:
    """Where unexpected errors are logged in full (the user sees one line)."""
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False)
