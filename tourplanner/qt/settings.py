"""Every user setting, declared once with its default, read and written through QSettings.

A ``Setting`` names its QSettings key, its default and its type, so a value read back
from the (string-typed) INI or registry store comes back as the right Python type. Paths
come from platformdirs, never from a hard-coded home folder. Per-tour settings (travel
speeds and buffer) are not here: they live with the tour in the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QSettings

T = TypeVar("T")

#: Values the language setting may take ("system" follows the desktop's locale).
LANGUAGE_SYSTEM = "system"
LANGUAGES: tuple[str, ...] = (LANGUAGE_SYSTEM, "en", "zh_CN")
PAPER_SIZES: tuple[str, ...] = ("A4", "Letter")


def default_output_folder() -> str:
    from platformdirs import user_documents_path

    return str(user_documents_path() / "Tourplanner")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One key of the settings store with its default and type."""

    key: str
    default: T
    kind: type

    def read(self, store: QSettings) -> T:
        """The stored value converted to ``kind``; the default when missing or unreadable."""
        raw = store.value(self.key, None)
        if raw is None:
            return self.default
        try:
            return _convert(raw, self.kind)
        except (TypeError, ValueError):
            return self.default

    def write(self, store: QSettings, value: T) -> None:
        """Store ``value``; storing the default removes the key so later defaults apply."""
        if value == self.default:
            store.remove(self.key)
        else:
            store.setValue(self.key, value)


def _convert(raw: Any, kind: type) -> Any:
    if kind is bool:
        if isinstance(raw, str):
            return raw.strip().lower() in ("1", "true", "yes", "on")
        return bool(raw)
    if kind is int:
        return int(raw)
    if kind is float:
        return float(raw)
    if kind is bytes:
        return bytes(raw.data()) if hasattr(raw, "data") else bytes(raw)
    return str(raw)


# -- the settings -------------------------------------------------------------------------

#: Empty means: $TOURPLANNER_DB, else the SQLite file in the user's data folder.
DATABASE_URL = Setting[str]("database/url", "", str)
#: Empty means: $TOURPLANNER_GEOCODER_URL, else the public Nominatim server.
GEOCODER_SERVER = Setting[str]("geocoding/server", "", str)
#: Empty means: $TOURPLANNER_GEOCODER_AGENT, else Tourplanner's own user agent.
GEOCODER_USER_AGENT = Setting[str]("geocoding/userAgent", "", str)
REMINDER_MINUTES = Setting[int]("calendars/reminderMinutes", 30, int)
#: Empty means the platform's documents folder (see ``output_folder``).
OUTPUT_FOLDER = Setting[str]("outputs/folder", "", str)
PAPER_SIZE = Setting[str]("outputs/paperSize", "A4", str)
LANGUAGE = Setting[str]("interface/language", LANGUAGE_SYSTEM, str)
#: Pixels per minute on the timeline (the view's DEFAULT_ZOOM).
TIMELINE_ZOOM = Setting[float]("interface/timelineZoom", 1.6, float)
#: The column mappings chosen in the import wizard, as JSON: {header set: {column: field}}.
IMPORT_MAPPINGS = Setting[str]("import/mappings", "", str)
#: The folder the last imported spreadsheet was in.
IMPORT_FOLDER = Setting[str]("import/folder", "", str)
WINDOW_GEOMETRY = Setting[bytes]("window/geometry", b"", bytes)
WINDOW_STATE = Setting[bytes]("window/state", b"", bytes)
#: Start where the last session left off: the tour that was open, in the same view.
REOPEN_LAST_TOUR = Setting[bool]("session/reopenLastTour", True, bool)
LAST_TOUR = Setting[str]("session/lastTour", "", str)
#: File ▸ Recent tours: slugs, newest first, one a line.
RECENT_TOURS = Setting[str]("session/recentTours", "", str)
LAST_VIEW = Setting[str]("session/lastView", "", str)
#: The process id of a running window, cleared when it closes: left set by a session
#: that ended without closing (a crash, a power cut), which the next start mentions.
RUNNING_PID = Setting[int]("session/runningPid", 0, int)
#: The name the change history shows for this user ("" = the system account's full name).
USER_NAME = Setting[str]("identity/name", "", str)
#: Map tiles: an XYZ template, its attribution and datum ("" = the environment, then
#: OpenStreetMap; see services/maps.py).
MAP_TILES = Setting[str]("maps/tiles", "", str)
MAP_ATTRIBUTION = Setting[str]("maps/attribution", "", str)
MAP_DATUM = Setting[str]("maps/datum", "", str)

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    DATABASE_URL,
    GEOCODER_SERVER,
    GEOCODER_USER_AGENT,
    REMINDER_MINUTES,
    OUTPUT_FOLDER,
    PAPER_SIZE,
    LANGUAGE,
    TIMELINE_ZOOM,
    IMPORT_MAPPINGS,
    IMPORT_FOLDER,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    REOPEN_LAST_TOUR,
    LAST_TOUR,
    LAST_VIEW,
    RUNNING_PID,
    MAP_TILES,
    MAP_ATTRIBUTION,
    MAP_DATUM,
    USER_NAME,
)


class Settings:
    """Typed access to the application's QSettings store.

    The store is the organisation/application one by default; tests pass their own.
    """

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    def get(self, setting: Setting[T]) -> T:
        """The current value of ``setting``."""
        return setting.read(self.store)

    def set(self, setting: Setting[T], value: T) -> None:
        """Change ``setting`` (written to disk by QSettings in the background)."""
        setting.write(self.store, value)

    def output_folder(self) -> Path:
        """Where outputs go: the chosen folder, else Documents/Tourplanner."""
        return Path(self.get(OUTPUT_FOLDER) or default_output_folder())

    def sync(self) -> None:
        """Write pending changes now (QSettings otherwise writes them lazily)."""
        self.store.sync()
