"""What a published folder's page and calendar are made from, as one digest per folder.

A rerun of ``publish`` must find the few folders a change concerns without rendering
all of them again. Each folder's manifest records this digest; when it is the same and
the briefing's content hash is the same, the folder is unchanged and nothing of it is
rendered. When the digest differs the folder is rendered and its files compared as
before, so the digest only has to be *complete*: anything that can change the phone
page or the feed must be in it. It is made of

- the code that renders (the sources of ``core`` and ``export``, or the version in a
  bundle without sources), so a new renderer re-renders everything;
- every part of the tour but its items (the tour, sites, people, groups, vehicles, ...)
  and what the pages and feeds take from the whole programme (which people have a
  programme, whether anything is illustrative, the dates the feeds' time zones cover);
- the public address and the folder's token and owner;
- every item the owner's page and feed can show: for a person the items they are
  brought to in any role (cancelled ones too) and the transfers they ride or drive on;
  for a site the items that take place there. Each with its vehicle seats.

The briefing is not covered here: its own content hash (``export.pdf.content_hash``)
already decides whether it is rebuilt. An unrelated edit (another person's item) leaves
the digest as it was; a tour-wide edit (the hotline, a person's phone) changes every
folder's digest, and then every folder is rendered and compared, and only the ones
whose files differ are written.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import defaultdict
from datetime import date
from functools import cache
from pathlib import Path

from tourplanner.core.enums import ItemStatus
from tourplanner.core.model import ScheduleItem, TourSnapshot
from tourplanner.export.pdf.facts import canonical

# Bumped when what the digest covers changes, so older manifests never match.
INPUTS_VERSION = "inputs-2"  # inputs-2: seat labels


@cache
def code_fingerprint() -> str:
    """A hash of the renderers' sources (``core`` and ``export``); the version when the
    sources are not there (a frozen bundle: a new build is a new version)."""
    import tourplanner

    root = Path(tourplanner.__file__).parent
    sources = sorted(p for part in ("core", "export") for p in (root / part).rglob("*.py"))
    if not sources:
        return f"version {tourplanner.version()}"
    h = hashlib.sha256()
    for path in sources:
        h.update(path.relative_to(root).as_posix().encode() + b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()


class FolderInputs:
    """The inputs digests of one snapshot's folders (see the module's docstring)."""

    def __init__(self, snapshot: TourSnapshot, base_url: str, zone_span: tuple[date, date]):
        self.snap = snapshot
        # The seat label too: a rider's page shows it.
        seats: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        for a in snapshot.vehicle_assignments:
            seats[a.item_id].append((a.vehicle_id, a.participant_id, a.seat))
        self._seats = {item_id: tuple(sorted(s)) for item_id, s in seats.items()}
        self._item_text: dict[int, bytes] = {}
        # Whose items: a person's in any role, cancelled too, and the transfers they
        # ride or drive on; a site's, those that take place there.
        drivers = {v.id: v.driver_id for v in snapshot.vehicles}
        self.items_of: dict[str, dict[int, ScheduleItem]] = defaultdict(dict)
        people = snapshot.participants_by_id
        sites = snapshot.sites_by_id
        for it in snapshot.items:
            who = set(snapshot.attendee_ids(it))
            for vehicle_id, rider, _seat in self._seats.get(it.id, ()):
                who.add(rider)
                if drivers.get(vehicle_id) is not None:
                    who.add(drivers[vehicle_id])  # type: ignore[arg-type]
            for pid in who:
                if pid in people:
                    self.items_of[f"person:{people[pid].key}"][it.id] = it
            if it.site_id is not None and it.site_id in sites:
                self.items_of[f"site:{sites[it.site_id].key}"][it.id] = it
        self._tour = self._tour_digest(base_url, zone_span)

    def _tour_digest(self, base_url: str, zone_span: tuple[date, date]) -> bytes:
        s = self.snap
        with_programme = sorted(
            pid
            for it in s.items
            if it.status is not ItemStatus.CANCELLED
            for pid in s.attendee_ids(it)
        )
        h = hashlib.sha256()
        for part in (
            INPUTS_VERSION,
            code_fingerprint(),
            base_url,
            canonical(
                (
                    # Where it was published and the tour's edit count show nowhere.
                    dataclasses.replace(s.tour, publish_target="", version=0),
                    s.sites,
                    s.participants,
                    s.groups,
                    s.vehicles,
                    s.busy_blocks,
                    s.travel_overrides,
                    s.road_legs,  # travel times a page or feed may state
                )
            ),
            repr(sorted(set(with_programme))),
            repr(any(i.illustrative for i in s.items)),
            repr(any(i.status is not ItemStatus.CANCELLED for i in s.items)),
            repr(zone_span),
        ):
            h.update(part.encode() + b"\0")
        return h.digest()

    def _item(self, item: ScheduleItem) -> bytes:
        found = self._item_text.get(item.id)
        if found is None:
            text = canonical(item) + repr(self._seats.get(item.id, ()))
            found = self._item_text[item.id] = hashlib.sha256(text.encode()).digest()
        return found

    def digest(self, ref: str, token: str, language: str) -> str:
        """The digest of the folder of ``ref`` ("person:KEY" or "site:KEY")."""
        h = hashlib.sha256(self._tour)
        h.update(f"{ref}\0{token}\0{language}\0".encode())
        for item_id in sorted(self.items_of.get(ref, {})):
            h.update(self._item(self.items_of[ref][item_id]))
        return h.hexdigest()
