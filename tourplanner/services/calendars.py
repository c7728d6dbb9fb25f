"""Calendar exports of a tour: one .ics feed, every person's feed, or CalDAV resources."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tourplanner.core.errors import ValidationError
from tourplanner.core.i18n import Context
from tourplanner.core.model import Participant
from tourplanner.export.ics import (
    WHOLE_TOUR,
    CalendarWriter,
    IcsOptions,
    Selection,
    calendar_bytes,
    event_resources,
)
from tourplanner.services.database import Database
from tourplanner.services.files import atomic_write
from tourplanner.services.tours import load_snapshot

Errors = Context("Errors")  # the catalogue context of messages the services raise

__all__ = [
    "IcsOptions",
    "PeopleExport",
    "Selection",
    "calendar_resources",
    "export_calendar_bytes",
    "export_calendar_file",
    "export_people_calendars",
    "people_file_names",
    "safe_stem",
    "selection_from",
]


def selection_from(
    person: str | None = None, site: str | None = None, group: str | None = None
) -> Selection:
    """The selection that at most one of ``person``, ``site`` or ``group`` names."""
    given = [(k, v) for k, v in (("person", person), ("site", site), ("group", group)) if v]
    if len(given) > 1:
        raise ValidationError(Errors.tr("choose one of person, site or group, not several"))
    if not given:
        return WHOLE_TOUR
    kind, key = given[0]
    return {"person": Selection.person, "site": Selection.site, "group": Selection.group}[kind](key)


def export_calendar_bytes(
    db: Database, tour: str, selection: Selection = WHOLE_TOUR, options: IcsOptions | None = None
) -> bytes:
    """The .ics feed of ``selection`` in ``tour``."""
    return calendar_bytes(load_snapshot(db, tour), selection, options)


def export_calendar_file(
    db: Database,
    tour: str,
    path: str | os.PathLike[str],
    selection: Selection = WHOLE_TOUR,
    options: IcsOptions | None = None,
) -> Path:
    """Write the .ics feed of ``selection`` to ``path`` (temporary file, then rename)."""
    return atomic_write(path, export_calendar_bytes(db, tour, selection, options))


def calendar_resources(
    db: Database, tour: str, selection: Selection = WHOLE_TOUR, options: IcsOptions | None = None
) -> dict[str, bytes]:
    """UID -> one-event VCALENDAR without METHOD, ready to PUT to a CalDAV server."""
    return event_resources(load_snapshot(db, tour), selection, options)


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def safe_stem(text: str, fallback: str) -> str:
    """An ASCII file-name stem from a person's name: 'Dai Jiuyue' -> 'dai-jiuyue'.

    Only letters, digits and single hyphens survive, so no name can reach outside the
    folder ('../../etc/passwd' becomes 'etc-passwd'); a name with nothing left (all
    Chinese, say) falls back to ``fallback`` made safe the same way.
    """
    for candidate in (text, fallback):
        ascii_text = unicodedata.normalize("NFKD", candidate).encode("ascii", "ignore").decode()
        stem = _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")[:80].strip("-")
        if stem:
            return stem
    return "calendar"


def people_file_names(people: Iterable[Participant]) -> dict[str, str]:
    """participant key -> a file name unique in the folder. People whose names make the
    same stem each get their key appended, so nobody's calendar overwrites another's."""
    people = list(people)
    stems = {p.key: safe_stem(p.full_name, p.key) for p in people}
    counts: dict[str, int] = {}
    for stem in stems.values():
        counts[stem] = counts.get(stem, 0) + 1
    used: set[str] = set()
    names: dict[str, str] = {}
    for p in sorted(people, key=lambda p: p.key):
        stem = stems[p.key]
        if counts[stem] > 1:
            stem = f"{stem}-{safe_stem(p.key, 'person')}"
        name, n = stem, 2
        while name.casefold() in used:  # a clash left even after adding the key
            name, n = f"{stem}-{n}", n + 1
        used.add(name.casefold())
        names[p.key] = f"{name}.ics"
    return names


@dataclass(frozen=True)
class PeopleExport:
    folder: Path
    files: dict[str, Path]  # participant key -> the file written


def export_people_calendars(
    db: Database,
    tour: str,
    folder: str | os.PathLike[str],
    options: IcsOptions | None = None,
) -> PeopleExport:
    """Write one .ics per participant into ``folder``, each via a temporary file."""
    snap = load_snapshot(db, tour)
    target = Path(folder)
    if target.exists() and not target.is_dir():
        raise ValidationError(Errors.tr("{target}: is a file, not a folder").format(target=target))
    calendars = CalendarWriter(snap, options or IcsOptions()).people_calendars()
    names = people_file_names(snap.participants)
    written: dict[str, Path] = {}
    for key, data in calendars.items():
        path = target / names[key]
        # safe_stem already keeps names inside the folder; this guards the guarantee.
        if path.parent != target or path.name in ("", ".", ".."):
            raise ValidationError(
                Errors.tr("unsafe calendar file name {names}").format(names=repr(names[key]))
            )
        written[key] = atomic_write(path, data)
    return PeopleExport(target, written)
