"""Who gets which mail, and whether they need it: the recipients of a tour's briefings
(delegates, hosts, a site's published contact), what each one's message would carry, and
their status against their last dispatch (new, changed, current). Nothing is built or
sent here (``services.mailing`` sends); briefings are hashed, not rendered.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from hashlib import sha256

from tourplanner.core.changes import (
    Change,
    ItemState,
    change_lines,
    content_differs,
    diff,
    item_state,
)
from tourplanner.core.dispatch import (
    DispatchKind,
    UpdateStatus,
    has_cjk,
    mail_language,
)
from tourplanner.core.enums import AttendanceRole, ContactRole
from tourplanner.core.errors import NotFoundError, ValidationError
from tourplanner.core.i18n import Context
from tourplanner.core.links import person_page, site_page
from tourplanner.core.model import Participant, ScheduleItem, Site, TourSnapshot
from tourplanner.core.venue_lists import VenueList, catering_list, gate_list
from tourplanner.export.ics import Selection, selected_items
from tourplanner.export.pdf import (
    Facts,
    PdfOptions,
    TourIndex,
    content_hash,
    person_stems,
    require_items,
    site_stems,
)
from tourplanner.services.database import Database
from tourplanner.services.dispatches import last_sent
from tourplanner.services.tours import load_snapshot
from tourplanner.store.records import DispatchRecord

Errors = Context("Errors")  # the catalogue context of messages the services raise

DELEGATES = "delegates"
HOSTS = "hosts"
ALL = "all"


@dataclass(frozen=True, slots=True)
class Recipient:
    """One message's addressee. ``key`` is ``person:KEY`` or ``site:KEY`` (a site's
    contact); ``site_ids`` are the sites a host message covers (empty for a delegate)."""

    key: str
    kind: DispatchKind
    name: str
    address: str
    language: str
    participant_id: int | None = None
    site_ids: tuple[int, ...] = ()

    @property
    def person_key(self) -> str | None:
        """The participant's key for ``person:KEY`` recipients."""
        kind, _, key = self.key.partition(":")
        return key if kind == "person" else None

    @property
    def shown(self) -> str:
        """'Dai Jiuyue <dai.jiuyue@example.org>' for lists and messages."""
        if not self.address:
            return Errors.tr("{name} (no address)").format(name=self.name)
        return f"{self.name} <{self.address}>"


@dataclass(frozen=True)
class PlannedMail:
    """A recipient's current version, compared with their last successful dispatch."""

    recipient: Recipient
    pdf_hash: str
    items: Mapping[str, ItemState]
    status: UpdateStatus
    previous: DispatchRecord | None = None
    changes: tuple[Change, ...] = ()

    @property
    def briefing_changed(self) -> bool:
        return self.previous is not None and self.previous.pdf_hash != self.pdf_hash

    def change_lines(self) -> list[str]:
        """The "What changed" lines of an update (empty for a first or same version)."""
        if self.status is not UpdateStatus.CHANGED:
            return []
        return change_lines(self.changes, self.briefing_changed, self.recipient.language)


@dataclass(frozen=True)
class MailPlan:
    tour: str
    entries: tuple[PlannedMail, ...]

    def with_status(self, *statuses: UpdateStatus) -> list[PlannedMail]:
        return [e for e in self.entries if e.status in statuses]

    @property
    def needs_update(self) -> list[PlannedMail]:
        """Recipients whose content changed since their last successful dispatch."""
        return self.with_status(UpdateStatus.CHANGED)


class MailTour:
    """A snapshot indexed for mail: recipients, briefings' hashes, calendar items."""

    def __init__(self, snapshot: TourSnapshot, pdf_options: PdfOptions) -> None:
        require_items(snapshot)  # one clear line for a tour with nothing to brief on
        self.snap = snapshot
        self.index = TourIndex(snapshot)
        self.pdf_options = pdf_options
        self.person_stems = person_stems(snapshot)
        self.site_stems = site_stems(snapshot)
        self.sites = snapshot.sites_by_id
        self.people = snapshot.participants_by_id

    # -- who --

    def delegates(self) -> list[Recipient]:
        index = self.index
        return [self.personal(p) for p in index.delegates if index.programme_of(p.id)]

    def personal(self, p: Participant) -> Recipient:
        return Recipient(
            f"person:{p.key}",
            DispatchKind.DELEGATE,
            p.full_name,
            p.email.strip(),
            mail_language(p.languages),
            participant_id=p.id,
        )

    def hosts(self) -> list[Recipient]:
        index = self.index
        named: dict[int, list[int]] = {}  # host -> their sites, in order of first visit
        contacts: list[Recipient] = []
        for site in index.host_sites():
            hosts: list[int] = []
            for item in index.site_items[site.id]:
                hosts.extend(
                    h for h in index.with_role(item, AttendanceRole.HOST) if h not in hosts
                )
            host_contacts = [c for c in site.contacts if c.role is ContactRole.HOST]
            if not hosts and not host_contacts:
                contacts.append(self.site_contact(site))
            for pid in hosts:
                named.setdefault(pid, []).append(site.id)
            taken = {self.people[pid].email.strip().casefold() for pid in hosts}
            contacts.extend(self.venue_contacts(site, taken))
        people = [
            Recipient(
                f"person:{self.people[pid].key}",
                DispatchKind.HOST,
                self.people[pid].full_name,
                self.people[pid].email.strip(),
                mail_language(self.people[pid].languages),
                participant_id=pid,
                site_ids=tuple(site_ids),
            )
            for pid, site_ids in named.items()
        ]
        # Named hosts first (by their first site), then the sites written to their contact.
        return people + contacts

    def site_contact(self, site: Site) -> Recipient:
        # A site's desk reads Chinese when the site has a Chinese name; English otherwise.
        return Recipient(
            f"site:{site.key}",
            DispatchKind.HOST,
            site.contact_name.strip() or site.name,
            site.contact_email.strip(),
            "zh" if has_cjk(site.local_name) else "en",
            site_ids=(site.id,),
        )

    def venue_contacts(self, site: Site, taken: set[str]) -> list[Recipient]:
        """A site's own contacts by role (issue 19): each host contact gets the host
        briefing (unless a named host has the same address), catering the dietary list,
        the gate the vehicles arriving. Keys: ``contact:SITE:N`` and
        ``list:ROLE:SITE:N`` (N counts the site's contacts from 1)."""
        out = []
        language = "zh" if has_cjk(site.local_name) else "en"
        for n, c in enumerate(site.contacts, start=1):
            if c.role is ContactRole.HOST:
                if c.email.casefold() in taken:
                    continue
                key = f"contact:{site.key}:{n}"
            else:
                key = f"list:{c.role.value}:{site.key}:{n}"
            out.append(
                Recipient(key, DispatchKind.HOST, c.name, c.email, language, site_ids=(site.id,))
            )
        return out

    def venue_list(self, r: Recipient) -> VenueList:
        """The list a ``list:ROLE:SITE:N`` recipient gets."""
        _kind, role, _key, _n = r.key.split(":")
        site = self.sites[r.site_ids[0]]
        if role == ContactRole.CATERING.value:
            return catering_list(self.snap, site)
        return gate_list(self.snap, site)

    def audience(self, to: str) -> list[Recipient]:
        """The recipients ``to`` names: delegates, hosts, all, a person key or a site key."""
        if to == DELEGATES:
            return self.delegates()
        if to == HOSTS:
            return self.hosts()
        if to == ALL:
            return self.delegates() + self.hosts()
        person = next((p for p in self.snap.participants if p.key == to), None)
        if person is not None:
            key = f"person:{person.key}"
            found = [r for r in self.delegates() + self.hosts() if r.key == key]
            if found:
                return found
            if self.index.programme_of(person.id):
                return [self.personal(person)]
            raise ValidationError(
                Errors.tr(
                    "{full_name} ({key}) attends no items and hosts no site: there is "
                    "nothing to send them"
                ).format(full_name=person.full_name, key=person.key)
            )
        site = next((s for s in self.snap.sites if s.key == to), None)
        if site is not None:
            found = [r for r in self.hosts() if site.id in r.site_ids]
            if not found:
                raise ValidationError(
                    Errors.tr("no items take place at {name} ({key})").format(
                        name=site.name, key=site.key
                    )
                )
            return found
        raise NotFoundError(
            Errors.tr(
                "--to {to}: not delegates, hosts, nor a participant or site key of {slug}"
            ).format(to=repr(to), slug=self.snap.tour.slug)
        )

    # -- what --

    def calendar_name(self, r: Recipient) -> str:
        assert r.person_key is not None
        return f"{self.person_stems[r.person_key]}.ics"

    def facts(self, r: Recipient) -> list[tuple[str, Facts]]:
        """(site key or '', facts) of each briefing the recipient gets."""
        if r.kind is DispatchKind.DELEGATE:
            assert r.participant_id is not None
            return [("", self.index.delegate(r.participant_id, self.page(r)))]
        return [
            (self.sites[sid].key, self.index.host(sid, site_page(self.snap, self.sites[sid])))
            for sid in r.site_ids
        ]

    def page(self, r: Recipient) -> str:
        """A delegate's phone page ("" when the tour has no base URL): their QR code."""
        assert r.participant_id is not None
        return person_page(self.snap, self.people[r.participant_id])

    def pages(self, r: Recipient) -> list[tuple[str, str]]:
        """(label, address) of the pages a message links to: a delegate's own page, or
        each site a host message covers (labelled when there are several)."""
        if r.kind is DispatchKind.DELEGATE:
            return [("", self.page(r))]
        sites = [self.sites[sid] for sid in r.site_ids]
        zh = r.language == "zh"

        def label(s: Site) -> str:
            return ((s.local_name.strip() if zh else "") or s.name) if len(sites) > 1 else ""

        return [(label(s), site_page(self.snap, s)) for s in sites]

    def pdf_hash(self, r: Recipient) -> str:
        if r.key.startswith("list:"):  # a venue list: its text is what it carries
            return sha256(self.venue_list(r).text().encode()).hexdigest()
        hashes = [
            (site, content_hash(f, self.pdf_options, self.index.memo)) for site, f in self.facts(r)
        ]
        if len(hashes) == 1:
            return hashes[0][1]
        # A host of several sites: one hash over each site's briefing hash.
        joined = "\n".join(f"{site}:{h}" for site, h in hashes)
        return sha256(joined.encode()).hexdigest()

    def items(self, r: Recipient) -> dict[str, ItemState]:
        """uid -> state of each calendar item the recipient gets (cancelled ones too,
        since calendars keep them as cancelled)."""
        if r.key.startswith("list:"):
            return {}  # a venue list carries no calendar
        if r.kind is DispatchKind.DELEGATE:
            assert r.person_key is not None
            chosen = selected_items(self.snap, Selection.person(r.person_key))
        else:
            chosen = []
            for sid in r.site_ids:
                chosen.extend(selected_items(self.snap, Selection.site(self.sites[sid].key)))
        return {it.uid: self.state(it) for it in chosen}

    def state(self, it: ScheduleItem) -> ItemState:
        return item_state(self.snap, it)

    def plan(
        self,
        recipients: Sequence[Recipient],
        sent: Mapping[tuple[str, DispatchKind], DispatchRecord],
    ) -> tuple[PlannedMail, ...]:
        out = []
        for r in recipients:
            digest, items = self.pdf_hash(r), self.items(r)
            previous = sent.get((r.key, r.kind))
            if previous is None:
                out.append(PlannedMail(r, digest, items, UpdateStatus.NEW))
                continue
            moved_address = previous.address.casefold() != r.address.casefold()
            changed = moved_address or content_differs(
                previous.pdf_hash, previous.items, digest, items
            )
            status = UpdateStatus.CHANGED if changed else UpdateStatus.CURRENT
            changes = diff(previous.items, items) if changed else ()
            out.append(PlannedMail(r, digest, items, status, previous, changes))
        return tuple(out)


def mail_plan(
    db: Database, tour: str, to: str = ALL, *, pdf_options: PdfOptions | None = None
) -> MailPlan:
    """Everyone ``to`` names (delegates, hosts, all, or a key) with their status: new,
    changed since their last successful dispatch ("needs an update"), or current.
    Nothing is built or sent; briefings are hashed, not rendered."""
    snapshot = load_snapshot(db, tour)
    mail = MailTour(snapshot, pdf_options or PdfOptions())
    entries = mail.plan(mail.audience(to), last_sent(db, snapshot.tour.id))
    return MailPlan(tour, entries)
