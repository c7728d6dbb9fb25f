"""What goes in each published folder: who gets one, the files it holds, and the digest of
what they are made from, briefing included (``FolderInputs``, below).

Every participant gets a folder, and so does every site that items take place at (a
host site). A folder holds the phone page and what the phone renderer adds to it
(``export.phone``), ``calendar.ics`` (the same feed ``export ics --person/--site``
writes) and ``briefing.pdf`` (the person's own briefing, or the site's host briefing),
whose QR code opens the folder's page.

Everything is rendered for a given "updated" time, so the same tour and time give the
same bytes: the publisher compares them with what the target holds (services.publish).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache, lru_cache
from hashlib import sha256
from pathlib import Path
from typing import Any

from tourplanner.core.changes import ItemState, item_state, items_from_json
from tourplanner.core.dispatch import has_cjk, mail_language
from tourplanner.core.enums import AttendanceRole, ItemStatus
from tourplanner.core.errors import TourplannerError
from tourplanner.core.links import page_url
from tourplanner.core.model import ScheduleItem, TourSnapshot
from tourplanner.core.precedence import precedence_order
from tourplanner.export.ics import CalendarWriter, IcsOptions, Selection
from tourplanner.export.pdf import PdfOptions, TourIndex, content_hash
from tourplanner.export.pdf.facts import Facts, canonical

CALENDAR = "calendar.ics"
BRIEFING = "briefing.pdf"
MANIFEST = ".tourplanner-manifest.json"
MANIFEST_FORMAT = "tourplanner.published-folder"

# Calendars are written once per tour with this DTSTAMP, then each folder's copy gets
# its own "updated" time in that one line: one writer serves every folder.
_SENTINEL = datetime(2000, 1, 1, tzinfo=UTC)
_SENTINEL_LINE = b"\r\nDTSTAMP:20000101T000000Z\r\n"


@dataclass(frozen=True)
class Owner:
    """Whose folder: ``ref`` is ``person:KEY`` or ``site:KEY``."""

    ref: str
    key: str
    name: str
    token: str
    language: str  # the first language of change lines
    participant_id: int | None = None
    site_id: int | None = None

    @property
    def is_site(self) -> bool:
        return self.site_id is not None


@dataclass(frozen=True)
class FolderRecord:
    """A folder's manifest: when its content last changed, the change lines its page
    shows, each file's SHA-256, the briefing's content hash, the calendar items and the
    digest of what the page, feed and briefing are made from (``FolderInputs``)."""

    updated_at: datetime
    changes: tuple[str, ...] = ()
    files: Mapping[str, str] = field(default_factory=dict)
    briefing: str = ""
    items: Mapping[str, ItemState] = field(default_factory=dict)
    inputs: str = ""

    def to_bytes(self, owner: Owner) -> bytes:
        doc: dict[str, Any] = {
            "format": MANIFEST_FORMAT,
            "version": 1,
            "owner": owner.ref,
            "updated_at": self.updated_at.astimezone(UTC).isoformat(),
            "changes": list(self.changes),
            "briefing": self.briefing,
            "files": dict(sorted(self.files.items())),
            "inputs": self.inputs,
        }
        # The items last, being most of it: a run that only needs the rest stops before
        # them. They are the bytes ``json.dumps(..., indent=1)`` of the whole would give,
        # each item's text made once per state (folders share most of their items, and
        # the indented encoder is pure Python: slow on thousands of items).
        head = json.dumps(doc, ensure_ascii=False, indent=1)
        return (head[:-2] + ',\n "items": ' + _items_text(self.items) + "\n}\n").encode()

    @classmethod
    def from_bytes(cls, data: bytes | None, *, items: bool = True) -> FolderRecord | None:
        """The record in a manifest; None when missing or unreadable (then the folder is
        treated as new and written whole). ``items=False`` leaves the calendar items out
        (most of the manifest): enough to tell an unchanged folder, never to write back."""
        if data is None:
            return None
        try:
            doc = json.loads(_without_items(data) if not items else data)
            if "inputs" not in doc:  # written before the items came last: read it all
                doc = json.loads(data)
            if doc.get("format") != MANIFEST_FORMAT:
                return None
            when = datetime.fromisoformat(doc["updated_at"])
            if when.tzinfo is None:
                return None
            files = {str(k): str(v) for k, v in doc.get("files", {}).items()}
            return cls(
                when,
                tuple(str(c) for c in doc.get("changes", ())),
                files,
                str(doc.get("briefing", "")),
                items_from_json(doc.get("items", {})) if items else {},
                str(doc.get("inputs", "")),
            )
        except (ValueError, TypeError, KeyError, AttributeError, TourplannerError):
            return None


@lru_cache(maxsize=16384)
def _item_text(uid: str, state: ItemState) -> str:
    """One item's entry in a manifest's "items", as indented two levels deep."""
    body = json.dumps(state.to_json(), ensure_ascii=False, indent=1).replace("\n", "\n  ")
    return f"  {json.dumps(uid, ensure_ascii=False)}: {body}"


def _items_text(items: Mapping[str, ItemState]) -> str:
    """The "items" object of a manifest, one level deep (as ``items_to_json`` orders it)."""
    if not items:
        return "{}"
    return "{\n" + ",\n".join(_item_text(u, s) for u, s in sorted(items.items())) + "\n }"


def _without_items(manifest: bytes) -> bytes:
    """A manifest without its items (most of it), when ``to_bytes`` wrote them last:
    their key starts a line one space in (a string in JSON holds no line break), and
    what comes before it parses alone."""
    cut = manifest.find(b'\n "items": ')
    return manifest[:cut].rstrip(b",") + b"\n}" if cut >= 0 else manifest


def digest(data: bytes) -> str:
    return sha256(data).hexdigest()


def owners(snapshot: TourSnapshot) -> list[Owner]:
    """Whose folders: every participant, then every host site (a site where items take
    place), each in key order."""
    hosted = {it.site_id for it in snapshot.items if it.site_id is not None}
    out = [
        Owner(
            f"person:{p.key}",
            p.key,
            p.full_name,
            p.publish_token,
            mail_language(p.languages),
            participant_id=p.id,
        )
        for p in sorted(snapshot.participants, key=lambda p: p.key)
    ]
    out += [
        Owner(
            f"site:{s.key}",
            s.key,
            s.name,
            s.publish_token,
            "zh" if has_cjk(s.local_name) else "en",
            site_id=s.id,
        )
        for s in sorted(snapshot.sites, key=lambda s: s.key)
        if s.id in hosted
    ]
    return out


class FolderContent:
    """Renders the folders of one snapshot (which carries the base URL and tokens)."""

    def __init__(self, snapshot: TourSnapshot, pdf_options: PdfOptions | None = None) -> None:
        self.snap = snapshot
        self.base_url = snapshot.tour.publish_base_url
        self.index = TourIndex(snapshot)
        self.pdf_options = pdf_options or PdfOptions()
        self._calendars = CalendarWriter(snapshot, IcsOptions(dtstamp=_SENTINEL))
        self._inputs = FolderInputs(
            self.index, self.base_url or "", self._calendars.zone_span, self.pdf_options
        )
        self._people_feeds: dict[str, bytes] = {}
        self._page_facts: Any = None  # export.phone.PageFacts, made on first use
        # Whose items, in one pass over the programme (a person's: what they attend; a
        # site's: what takes place there; the same rule as export.ics.selected_items).
        self._items_of: dict[str, list[ScheduleItem]] = defaultdict(list)
        self._states = {it.uid: item_state(snapshot, it) for it in snapshot.items}
        people = snapshot.participants_by_id
        sites = snapshot.sites_by_id
        for it in snapshot.items:
            for pid in snapshot.attendee_ids(it):
                self._items_of[f"person:{people[pid].key}"].append(it)
            if it.site_id is not None:
                self._items_of[f"site:{sites[it.site_id].key}"].append(it)

    # -- who --

    def owners(self) -> list[Owner]:
        """Every participant, then every host site, in key order."""
        return owners(self.snap)

    def page_url(self, owner: Owner) -> str | None:
        return page_url(self.base_url, owner.token) if self.base_url else None

    # -- what --

    def items(self, owner: Owner) -> dict[str, ItemState]:
        return {it.uid: self._states[it.uid] for it in self._items_of.get(owner.ref, ())}

    def inputs(self, owner: Owner) -> str:
        """The digest of what the owner's page, calendar and briefing are made from."""
        return self._inputs.digest(owner.ref, owner.token, owner.language)

    def briefing_facts(self, owner: Owner) -> Facts | None:
        """The facts of the folder's briefing; None for someone who attends nothing."""
        qr = self.page_url(owner) or ""
        if owner.site_id is not None:
            return self.index.host(owner.site_id, qr)
        assert owner.participant_id is not None
        if not self.index.programme_of(owner.participant_id):
            return None
        return self.index.delegate(owner.participant_id, qr)

    def briefing_hash(self, facts: Facts | None) -> str:
        return content_hash(facts, self.pdf_options, self.index.memo) if facts else ""

    def prepare(self, owners: list[Owner]) -> None:
        """Write the feeds of these people at once, in one pass over the programme (a
        rerun needs a few, a first publication all)."""
        keys = [o.key for o in owners if not o.is_site and o.key not in self._people_feeds]
        if keys:
            self._people_feeds.update(self._calendars.people_calendars(keys))

    def calendar(self, owner: Owner, updated_at: datetime) -> bytes:
        """The owner's feed, stamped with the folder's "updated" time."""
        if owner.is_site:
            data = self._calendars.calendar(Selection.site(owner.key))
        else:
            self.prepare([owner])
            data = self._people_feeds[owner.key]
        stamp = updated_at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ").encode()
        return data.replace(_SENTINEL_LINE, b"\r\nDTSTAMP:" + stamp + b"\r\n")

    def page_files(
        self, owner: Owner, updated_at: datetime, changes: tuple[str, ...]
    ) -> dict[str, bytes]:
        """Every file of the folder but the briefing: the phone renderer's files and the
        calendar."""
        # Imported here: the phone pages are their own package (export.phone), and
        # nothing else of publishing needs it loaded.
        from tourplanner.export import phone

        ctx = phone.PageContext(
            updated_at=updated_at, changes=changes, page_url=self.page_url(owner)
        )
        if self._page_facts is None:  # the tour indexed once for every page
            self._page_facts = phone.PageFacts(self.snap, self.index)
        if owner.is_site:
            files = dict(phone.site_files(self.snap, owner.key, ctx, facts=self._page_facts))
        else:
            files = dict(phone.person_files(self.snap, owner.key, ctx, facts=self._page_facts))
        files[CALENDAR] = self.calendar(owner, updated_at)
        return files


def root_files() -> dict[str, bytes]:
    """The files at the base: an empty index.html and a robots.txt that disallows all."""
    from tourplanner.export import phone

    return dict(phone.root_files())


# -- What a published folder's page, calendar and briefing are made from, as one digest
# per folder.
#
# A rerun of ``publish`` must find the few folders a change concerns without rendering
# all of them again, nor working out all their briefings' facts. Each folder's manifest
# records this digest; when it is the same, the folder is unchanged and nothing of it is
# rendered. When the digest differs the folder is rendered and its files compared as
# before, so the digest only has to be *complete*: anything that can change the phone
# page, the feed or the briefing must be in it. It is made of
#
# - the code that renders (the sources of ``core`` and ``export``, or the version in a
#   bundle without sources), so a new renderer re-renders everything;
# - every part of the tour but its items (the tour, sites, people, groups, vehicles, ...)
#   and what the pages and feeds take from the whole programme (which people have a
#   programme, whether anything is illustrative, the dates the feeds' time zones cover);
# - the briefing's options (paper, language);
# - the public address and the folder's token and owner;
# - every item the owner's page and feed can show: for a person the items they are
#   brought to in any role (cancelled ones too) and the transfers they ride or drive on;
#   for a site the items that take place there. Each with its vehicle seats;
# - for a site, what its host briefing takes from other items: each visit says where
#   its party comes from (``TourIndex.host``: the site of the located item before it in
#   the programme of the party's head, the visitor first in precedence who is not one
#   of the site's hosts). The digest holds that site for each visit, worked out the
#   same way (``FolderInputs._came_from``).
#
# A person's briefing (``TourIndex.delegate``) is made of the same as their page: their
# own items with their seats (rides, on-duty leads and interpreters, the people in their
# vehicle), and the rest of the tour. An unrelated edit (another person's item) leaves
# the digest as it was; a tour-wide edit (the hotline, a person's phone) changes every
# folder's digest, and then every folder is rendered and compared, and only the ones
# whose files differ are written. The tests in tests/services/test_publish_inputs.py
# compare a rerun with one that renders every folder, for each kind of change.
#

# Bumped when what the digest covers changes, so older manifests never match.
INPUTS_VERSION = "inputs-3"  # inputs-2: seat labels; inputs-3: the briefing too


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
    """The inputs digests of one snapshot's folders (see the comment above)."""

    def __init__(
        self,
        index: TourIndex,
        base_url: str,
        zone_span: tuple[date, date],
        pdf_options: PdfOptions | None = None,
    ):
        snapshot = index.snap
        self.snap = snapshot
        self.index = index
        # The seat label too: a rider's page shows it.
        seats: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        for a in snapshot.vehicle_assignments:
            seats[a.item_id].append((a.vehicle_id, a.participant_id, a.seat))
        self._seats = {item_id: tuple(sorted(s)) for item_id, s in seats.items()}
        self._item_text: dict[int, bytes] = {}
        self._visits: dict[int, bytes] = {}
        self._ranks: dict[int, tuple[Any, ...]] = {}
        self._before: dict[tuple[int, int], int | None] | None = None
        # Whose items: a person's in any role, cancelled too, and the transfers they
        # ride or drive on; a site's, those that take place there.
        drivers = {v.id: v.driver_id for v in snapshot.vehicles}
        self.items_of: dict[str, dict[int, ScheduleItem]] = defaultdict(dict)
        self._site_ids: dict[str, int] = {}
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
                ref = f"site:{sites[it.site_id].key}"
                self.items_of[ref][it.id] = it
                self._site_ids[ref] = it.site_id
        self._tour = self._tour_digest(base_url, zone_span, pdf_options or PdfOptions())

    def _tour_digest(
        self, base_url: str, zone_span: tuple[date, date], pdf_options: PdfOptions
    ) -> bytes:
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
            repr((pdf_options.paper, pdf_options.lang)),
        ):
            h.update(part.encode() + b"\0")
        return h.digest()

    def _item(self, item: ScheduleItem) -> bytes:
        found = self._item_text.get(item.id)
        if found is None:
            text = canonical(item) + repr(self._seats.get(item.id, ()))
            found = self._item_text[item.id] = hashlib.sha256(text.encode()).digest()
        return found

    def _came_from(self, site_id: int) -> bytes:
        """Where the party of each visit to a site comes from, as its host briefing says
        (``TourIndex.host`` and ``_visit``): the site of the located item before the
        visit in the programme of its head, the first in precedence of the people it
        brings who are not the site's hosts."""
        found = self._visits.get(site_id)
        if found is not None:
            return found
        index = self.index
        if self._before is None:
            # (person, located item) -> the site of their located item before it.
            self._before = {}
            for pid, programme in index.programme.items():
                last: int | None = None
                for it in programme:
                    if it.site_id is not None:
                        self._before[pid, it.id] = last
                        last = it.site_id
        items = index.site_items.get(site_id, [])
        hosts: set[int] = set()
        for item in items:
            for a in item.attendance:
                if a.role is AttendanceRole.HOST:
                    hosts |= self.snap.ids_of(a)
        came = []
        for item in items:
            visitors = index.attendees[item.id] - hosts
            head = min(visitors, key=self._rank) if visitors else None
            came.append((item.id, None if head is None else self._before.get((head, item.id))))
        found = self._visits[site_id] = repr(came).encode()
        return found

    def _rank(self, pid: int) -> tuple[Any, ...]:
        found = self._ranks.get(pid)
        if found is None:
            found = self._ranks[pid] = precedence_order(self.index.people[pid])
        return found

    def digest(self, ref: str, token: str, language: str) -> str:
        """The digest of the folder of ``ref`` ("person:KEY" or "site:KEY")."""
        h = hashlib.sha256(self._tour)
        h.update(f"{ref}\0{token}\0{language}\0".encode())
        for item_id in sorted(self.items_of.get(ref, {})):
            h.update(self._item(self.items_of[ref][item_id]))
        site_id = self._site_ids.get(ref)
        if site_id is not None:
            h.update(b"visits\0" + self._came_from(site_id))
        return h.hexdigest()
