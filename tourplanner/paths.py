"""Where the app finds its shipped files and keeps the user's data.

The shipped files (fonts, samples, the tour-file schema, translations, the gazetteer and
the Alembic scripts) live in the repository's top-level ``resources/`` and ``db/``. An
installed copy (wheel, PyInstaller bundle) carries them inside the package as
``tourplanner/_resources`` and ``tourplanner/_db`` (see setup.py); a checkout, run from
the source tree or installed in editable mode, reads the top-level folders.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from platformdirs import user_data_path

PROJECT_DIR = Path(__file__).resolve().parents[1]


def shipped_dir(package_folder: str, checkout_folder: str) -> Path:
    """``tourplanner/<package_folder>`` when the package carries it (an installed wheel
    or a bundle), else ``<checkout>/<checkout_folder>``."""
    installed = Path(str(files("tourplanner").joinpath(package_folder)))
    return installed if installed.is_dir() else PROJECT_DIR / checkout_folder


RESOURCES_DIR = shipped_dir("_resources", "resources")
SCHEMA_DIR = RESOURCES_DIR / "schema"
SAMPLES_DIR = RESOURCES_DIR / "samples"
FONTS_DIR = RESOURCES_DIR / "fonts"
MIGRATIONS_DIR = shipped_dir("_db", "db")

APP_NAME = "tourplanner"


def user_data_dir() -> Path:
    """The per-user folder for the default database and its backups."""
    return user_data_path(APP_NAME, appauthor=False)


def user_cache_dir() -> Path:
    """Where fetched map tiles are kept (anything here can be fetched again)."""
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False)


def user_log_dir() -> Path:
    """Where unexpected errors are logged in full (the user sees one line)."""
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False)
