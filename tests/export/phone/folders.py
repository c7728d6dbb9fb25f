"""A published tree built from a snapshot the way the publisher lays it out: the root
files, and one folder per person or site holding the phone page's files, calendar.ics and
briefing.pdf (real ones, from export/). Folders are named by key here; the publisher
names them by token."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tourplanner.core.model import TourSnapshot
from tourplanner.export.ics import IcsOptions, person_calendar, site_calendar
from tourplanner.export.pdf import build_delegate_briefing, build_host_briefing
from tourplanner.export.phone import PageContext, PageFacts, person_files, root_files, site_files

UPDATED = datetime(2021, 3, 26, 10, 30, tzinfo=UTC)


def write_tree(
    snapshot: TourSnapshot,
    root: Path,
    people: tuple[str, ...] = (),
    sites: tuple[str, ...] = (),
    *,
    ctx: PageContext | None = None,
    pdf: bool = True,
) -> dict[str, Path]:
    """Write the folders of ``people`` and ``sites`` under ``root``; their paths by key."""
    ctx = ctx or PageContext(updated_at=UPDATED)
    facts = PageFacts(snapshot)
    options = IcsOptions(dtstamp=UPDATED)
    for name, data in root_files().items():
        (root / name).write_bytes(data)
    out: dict[str, Path] = {}
    for key in people:
        folder = root / key
        folder.mkdir(parents=True, exist_ok=True)
        files = dict(person_files(snapshot, key, ctx, facts=facts))
        files["calendar.ics"] = person_calendar(snapshot, key, options)
        if pdf:
            pid = next(p.id for p in snapshot.participants if p.key == key)
            files["briefing.pdf"] = build_delegate_briefing(snapshot, pid, calendar="calendar.ics")
        for name, data in files.items():
            (folder / name).write_bytes(data)
        out[key] = folder
    for key in sites:
        folder = root / f"site-{key}"
        folder.mkdir(parents=True, exist_ok=True)
        files = dict(site_files(snapshot, key, ctx, facts=facts))
        files["calendar.ics"] = site_calendar(snapshot, key, options)
        if pdf:
            sid = next(s.id for s in snapshot.sites if s.key == key)
            files["briefing.pdf"] = build_host_briefing(snapshot, sid)
        for name, data in files.items():
            (folder / name).write_bytes(data)
        out[key] = folder
    return out
