"""Which version of a document this is: the issue stamp in every footer, the PDF's
dates and /ID, the change marks in the margin and the "Changed since" list on page 1.

What "content" means: a document's content is its facts and options, the same values
whose ``digest`` is the content hash (``facts.digest``). The issue stamp is not a fact,
so it never feeds that hash: the same facts give the same hash, hence the same version
and the same bytes. Each item of a document (a programme entry, a host's visit, a run
sheet row) also gets a digest of its own facts (``item_digests``); comparing them with
the previous version's tells which items changed.

The renderers are pure; the services layer decides the version (``services.
document_versions``) and passes an ``Issue`` to ``render``. The issue reaches the page
templates and the entry writer through ``issue_context`` rather than through every
renderer's signature.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, datetime

from tourplanner.export.pdf.facts import (
    BookletFacts,
    DelegateFacts,
    Entry,
    Facts,
    HostFacts,
    RunRow,
    RunSheetFacts,
    Visit,
    canonical,
)
from tourplanner.export.pdf.labels import Labels


@dataclass(frozen=True, slots=True)
class ChangedItem:
    """An item that is new, changed or gone since the previous version."""

    key: str
    title: str
    start: datetime | None  # its start now; None when it was removed
    removed: bool = False
    local_title: str = ""  # the Chinese title, shown in Chinese documents


@dataclass(frozen=True, slots=True)
class Issue:
    """One version of one document: when its content last changed (in the tour's zone,
    printed as is) and its number; ``changed`` is what changed since version - 1."""

    issued: datetime
    version: int
    changed: tuple[ChangedItem, ...] = ()
    marked: frozenset[str] = field(default_factory=frozenset)  # keys with a margin mark

    def stamp(self, lang: str) -> str:
        """``Issued 2026-12-07 16:36 · v2``, or ``发布 2026-12-07 16:36 · 版本 2`` in Chinese."""
        when = f"{self.issued:%Y-%m-%d %H:%M}"
        if lang == "zh":
            return f"发布 {when} · 版本 {self.version}"
        return f"Issued {when} · v{self.version}"

    def changes_heading(self, labels: Labels) -> str:
        """``Changed since v1`` (in the document's language)."""
        en, zh = f"Changed since v{self.version - 1}", f"自版本 {self.version - 1} 以来的更改"
        return labels.pick((en, zh))

    def change_lines(self, labels: Labels) -> list[str]:
        """One line per changed item: its title and when it is now (or "removed")."""
        out = []
        for c in self.changed:
            title = (c.local_title if labels.lang == "zh" else "") or c.title
            if c.removed or c.start is None:
                out.append(f"{title}: {labels.pick(('removed', '已取消'))}")
            else:
                out.append(f"{title}: {labels.short_day(c.start.date())} {c.start:%H:%M}")
        return out

    def pdf_id(self, content_hash: str) -> bytes:
        """The 16 bytes of the PDF's /ID: the same content and version, the same id."""
        text = f"{content_hash}|{self.version}|{self.issued.isoformat()}"
        return hashlib.md5(text.encode(), usedforsecurity=False).digest()


@dataclass(frozen=True, slots=True)
class ItemDigest:
    """One item of a document, as stored with its version."""

    key: str
    title: str
    start: datetime
    digest: str
    local_title: str = ""


def entry_key(day: date, title: str) -> str:
    """An item's key within a document: its day and title. An item moved within its day
    is the same item, changed; moved to another day it is removed there and new here."""
    return f"{day.isoformat()} {title}"


def item_digests(
    facts: Facts, memo: dict[int, tuple[object, str]] | None = None
) -> dict[str, ItemDigest]:
    """Each item of the document by key, with a digest of everything shown about it.
    Items with the same key (two coffee breaks on one day) share one digest.

    ``memo``: one dict kept across the documents of a batch, whose programmes share
    their entries: each entry is written out once. It holds the entry itself with its
    text, so an id is never taken for another object's."""
    values: list[Entry | Visit | RunRow] = []
    if isinstance(facts, DelegateFacts | BookletFacts):
        for day in facts.programme.days:
            values += day.entries
    elif isinstance(facts, HostFacts):
        values += facts.visits
    elif isinstance(facts, RunSheetFacts):
        for _, runs in facts.days:
            values += runs
    grouped: dict[str, list[Entry | Visit | RunRow]] = {}
    for value in values:
        grouped.setdefault(entry_key(value.start.date(), value.title), []).append(value)
    out = {}
    for key, group in grouped.items():
        text = "\n".join(_canonical(value, memo) for value in group)
        first = group[0]
        digest = hashlib.sha256(text.encode()).hexdigest()
        out[key] = ItemDigest(key, first.title, first.start, digest, first.local_title)
    return out


def _canonical(value: Entry | Visit | RunRow, memo: dict[int, tuple[object, str]] | None) -> str:
    if memo is None:
        return canonical(value)
    hit = memo.get(id(value))
    if hit is not None and hit[0] is value:
        return hit[1]
    text = canonical(value)
    memo[id(value)] = (value, text)
    return text


_CURRENT: ContextVar[tuple[Issue, str] | None] = ContextVar("pdf_issue", default=None)


@contextmanager
def issue_context(issue: Issue | None, content_hash: str) -> Iterator[None]:
    """Make ``issue`` the issue of the document rendered inside (None: unstamped)."""
    token = _CURRENT.set((issue, content_hash) if issue is not None else None)
    try:
        yield
    finally:
        _CURRENT.reset(token)


def current_issue() -> Issue | None:
    """The issue of the document being rendered, if it has one."""
    found = _CURRENT.get()
    return found[0] if found else None


def is_marked(e: Entry) -> bool:
    """Whether a programme entry changed since the reader's previous version."""
    return is_changed(e.start, e.title)


def is_changed(start: datetime, title: str) -> bool:
    """Whether the item starting at ``start`` with ``title`` (a visit, a run sheet row)
    changed since the previous version of the document being rendered."""
    issue = current_issue()
    return issue is not None and entry_key(start.date(), title) in issue.marked


__all__ = [
    "ChangedItem",
    "Issue",
    "ItemDigest",
    "current_issue",
    "entry_key",
    "is_changed",
    "is_marked",
    "issue_context",
    "item_digests",
]
