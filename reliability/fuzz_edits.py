"""Random sequences of service edits (hypothesis stateful testing) on the sample tour.

Each sequence creates, moves, retitles, re-sites, cancels, reinstates and deletes schedule
items, adds and removes attendance, and tries edits that must be refused (end before
start, a stale version). After every step:

* every item keeps its UID, and its SEQUENCE goes up by exactly one when its time, place
  or status changed and stays put otherwise (never down);
* every item ends after it starts, and a refused edit changed nothing;
* a ``TourChecker`` kept current with ``update_item`` / ``add_item`` / ``remove_item``
  finds exactly the problems a full check of a fresh snapshot finds;
* every few steps, SQLite's integrity and foreign-key checks pass.

At the end, the tour's export imported into an empty database exports byte for byte the
same again (and the same snapshot, ids aside).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from reliability.common import SAMPLE_SLUG, copy_sqlite, integrity_problems, open_db

RESCHEDULING = ("starts_at", "ends_at", "site_id", "status")


@dataclass
class Tally:
    sequences: int = 0
    steps: int = 0
    refused_as_expected: int = 0
    checker_comparisons: int = 0
    round_trips: int = 0
    rules: Counter[str] = field(default_factory=Counter)


def _problem_key(p: Any) -> tuple[Any, ...]:
    return (p.code.value, p.severity.value, p.message, p.item_ids, p.participant_ids, p.site_ids)


def make_machine(template: Path, scratch: Path, tally: Tally, db_url: str | None = None) -> type:
    """A state machine class bound to a template database (a copy per sequence).
    ``db_url`` runs on that database instead (PostgreSQL), emptied and reloaded per run."""

    class EditSequence(RuleBasedStateMachine):
        items = Bundle("items")

        def __init__(self) -> None:
            super().__init__()
            from tourplanner.core.checks import TourChecker
            from tourplanner.services.tours import load_snapshot

            tally.sequences += 1
            if db_url is None:
                self.path: Path | None = scratch / f"edits-{tally.sequences}.db"
                copy_sqlite(template, self.path)
                self.db = open_db(self.path)
            else:
                from tourplanner.services.database import open_database
                from tourplanner.services.tourfile import load_sample

                self.path = None
                self.db = open_database(db_url)
                load_sample(self.db, reset=True)
            snap = load_snapshot(self.db, SAMPLE_SLUG)
            self.sites = [s.id for s in snap.sites]
            self.people = [p.id for p in snap.participants]
            self.groups = [g.id for g in snap.groups]
            self.day0 = snap.items[0].starts_at.replace(hour=0, minute=0, second=0)
            self.checker = TourChecker(snap)
            # What the model expects of each item: uid and sequence.
            self.known: dict[int, tuple[str, int]] = {
                it.id: (it.uid, it.sequence) for it in snap.items
            }
            self.originals = set(self.known)
            self.step = 0

        def teardown(self) -> None:
            try:
                if self.path is not None:
                    self._round_trip()
            finally:
                self.db.dispose()
                if self.path is not None:
                    for f in self.path.parent.glob(self.path.name + "*"):
                        f.unlink(missing_ok=True)

        # -- helpers ------------------------------------------------------------------

        def _expect(self, before: Any, after: Any) -> None:
            uid, seq = self.known[before.id]
            assert after.uid == uid, f"item {before.id}: UID changed from {uid} to {after.uid}"
            moved = any(getattr(before, f) != getattr(after, f) for f in RESCHEDULING)
            want = seq + 1 if moved else seq
            assert after.sequence == want, (
                f"item {before.id}: SEQUENCE {after.sequence}, expected {want} "
                f"({'moved' if moved else 'not moved'})"
            )
            assert after.ends_at > after.starts_at
            self.known[after.id] = (after.uid, after.sequence)
            self.checker.update_item(after)

        def _current(self, item_id: int) -> Any:
            from tourplanner.services.items import get_item

            return get_item(self.db, item_id)

        def _update(self, item_id: int, **values: Any) -> None:
            from tourplanner.services.items import update_item

            before = self._current(item_id)
            after = update_item(self.db, item_id, before.version, **values)
            self._expect(before, after)

        def _refused(self, item_id: int, error: type, **values: Any) -> None:
            from tourplanner.services.items import update_item

            before = self._current(item_id)
            try:
                update_item(self.db, item_id, before.version, **values)
            except error:
                tally.refused_as_expected += 1
            else:
                raise AssertionError(f"an edit that must be refused was applied: {values}")
            assert self._current(item_id) == before, "a refused edit changed the item"

        # -- rules --------------------------------------------------------------------

        @rule(
            target=items,
            day=st.integers(0, 1),
            start=st.integers(6 * 4, 22 * 4),
            length=st.integers(1, 16),
            kind=st.sampled_from(["visit", "meeting", "meal", "transfer", "free_time"]),
            with_site=st.booleans(),
            data=st.data(),
        )
        def create(
            self, day: int, start: int, length: int, kind: str, with_site: bool, data: Any
        ) -> int:
            from tourplanner.core.model import Attendance
            from tourplanner.services.items import create_item

            tally.rules["create"] += 1
            starts = self.day0 + timedelta(days=day, minutes=15 * start)
            who = data.draw(
                st.sampled_from(
                    [
                        (Attendance("delegation"),),
                        (Attendance("person", participant_id=self.people[0]),),
                        (Attendance("group", group_id=self.groups[0]),) if self.groups else (),
                        (),
                    ]
                )
            )
            site = data.draw(st.sampled_from(self.sites)) if with_site and self.sites else None
            item = create_item(
                self.db,
                SAMPLE_SLUG,
                kind=kind,
                title=f"Fuzz {kind} {tally.steps}",
                starts_at=starts,
                ends_at=starts + timedelta(minutes=15 * length),
                site_id=site,
                attendance=who,
            )
            assert item.sequence == 0 and item.uid
            self.known[item.id] = (item.uid, 0)
            self.checker.add_item(item)
            return item.id

        @rule(item=items, minutes=st.integers(-600, 600), length=st.integers(1, 24))
        def move(self, item: int, minutes: int, length: int) -> None:
            tally.rules["move"] += 1
            before = self._current(item)
            starts = before.starts_at + timedelta(minutes=minutes)
            self._update(item, starts_at=starts, ends_at=starts + timedelta(minutes=15 * length))

        @rule(item=items, back=st.integers(0, 240))
        def end_before_start(self, item: int, back: int) -> None:
            from tourplanner.core.errors import ValidationError

            tally.rules["end_before_start"] += 1
            before = self._current(item)
            self._refused(item, ValidationError, ends_at=before.starts_at - timedelta(minutes=back))

        @rule(item=items, data=st.data())
        def resite(self, item: int, data: Any) -> None:
            tally.rules["resite"] += 1
            site = data.draw(st.sampled_from([None, *self.sites]))
            self._update(item, site_id=site)

        @rule(
            item=items,
            text=st.text(
                st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40
            ).filter(lambda t: t.strip()),
        )
        def retitle(self, item: int, text: str) -> None:
            tally.rules["retitle"] += 1
            self._update(item, title=text)

        @rule(item=items, status=st.sampled_from(["cancelled", "confirmed", "tentative"]))
        def set_status(self, item: int, status: str) -> None:
            tally.rules[f"status {status}"] += 1
            self._update(item, status=status)

        @rule(item=items, data=st.data())
        def add_attendance(self, item: int, data: Any) -> None:
            from tourplanner.core.model import Attendance

            tally.rules["add_attendance"] += 1
            before = self._current(item)
            person = data.draw(st.sampled_from(self.people))
            role = data.draw(st.sampled_from(["attendee", "host", "interpreter", "lead"]))
            entry = Attendance("person", role, participant_id=person)
            if any(a.participant_id == person for a in before.attendance):
                return
            self._update(item, attendance=(*before.attendance, entry))

        @rule(item=items, data=st.data())
        def remove_attendance(self, item: int, data: Any) -> None:
            tally.rules["remove_attendance"] += 1
            before = self._current(item)
            if not before.attendance:
                return
            drop = data.draw(st.integers(0, len(before.attendance) - 1))
            rest = tuple(a for i, a in enumerate(before.attendance) if i != drop)
            self._update(item, attendance=rest)

        @rule(item=items)
        def stale_edit(self, item: int) -> None:
            from tourplanner.core.errors import ConcurrentEditError
            from tourplanner.services.items import update_item

            tally.rules["stale_edit"] += 1
            before = self._current(item)
            self._update(item, title=f"{before.title}!")
            after = self._current(item)
            try:
                update_item(self.db, item, before.version, title="stale")
            except ConcurrentEditError:
                tally.refused_as_expected += 1
            else:
                raise AssertionError("an edit based on a stale version was applied")
            assert self._current(item) == after, "a refused stale edit changed the item"

        @rule(item=consumes(items))
        def delete(self, item: int) -> None:
            from tourplanner.services.items import delete_item

            tally.rules["delete"] += 1
            delete_item(self.db, item, self._current(item).version)
            self.known.pop(item)
            self.checker.remove_item(item)

        @precondition(
            lambda self: len(self.originals) > len(self.known) // 2 and self.step % 3 == 0
        )
        @rule(data=st.data())
        def delete_original(self, data: Any) -> None:
            """Delete one of the sample's own items (not created in this sequence)."""
            from tourplanner.services.items import delete_item

            item = data.draw(st.sampled_from(sorted(self.originals)))
            self.originals.discard(item)
            tally.rules["delete"] += 1
            delete_item(self.db, item, self._current(item).version)
            self.known.pop(item)
            self.checker.remove_item(item)

        # -- invariants ---------------------------------------------------------------

        @invariant()
        def agrees_with_a_full_check(self) -> None:
            from tourplanner.core.checks import check_tour
            from tourplanner.services.tours import load_snapshot

            tally.steps += 1
            self.step += 1
            snap = load_snapshot(self.db, SAMPLE_SLUG)
            stored = {it.id: it for it in snap.items}
            assert set(stored) == set(self.known), "items appeared or vanished"
            for item_id, (uid, seq) in self.known.items():
                it = stored[item_id]
                assert it.uid == uid, f"item {item_id}: UID changed"
                assert it.sequence == seq, f"item {item_id}: SEQUENCE {it.sequence} != {seq}"
                assert it.ends_at > it.starts_at, f"item {item_id}: ends before it starts"
            full = sorted(_problem_key(p) for p in check_tour(snap))
            live = sorted(_problem_key(p) for p in self.checker.problems())
            tally.checker_comparisons += 1
            assert live == full, (
                f"incremental checks differ from a full check: "
                f"{len(set(live) - set(full))} extra, {len(set(full) - set(live))} missing"
            )
            if self.path is not None and self.step % 5 == 0:
                bad = integrity_problems(self.path)
                assert not bad, f"database checks fail: {bad}"

        def _round_trip(self) -> None:
            from tourplanner.services.database import open_database
            from tourplanner.services.tourfile import export_tour_bytes, import_tour_bytes
            from tourplanner.services.tours import load_snapshot

            assert self.path is not None
            bad = integrity_problems(self.path)
            assert not bad, f"database checks fail: {bad}"
            first = export_tour_bytes(self.db, SAMPLE_SLUG)
            other_path = self.path.with_name(self.path.stem + "-copy.db")
            other = open_database(f"sqlite:///{other_path}")
            try:
                import_tour_bytes(other, first, source="round trip")
                second = export_tour_bytes(other, SAMPLE_SLUG)
                assert first == second, "export -> import -> export is not byte-identical"
                a, b = load_snapshot(self.db, SAMPLE_SLUG), load_snapshot(other, SAMPLE_SLUG)
                assert [(i.uid, i.sequence, i.starts_at, i.ends_at, i.status) for i in a.items] == [
                    (i.uid, i.sequence, i.starts_at, i.ends_at, i.status) for i in b.items
                ], "the re-imported items differ"
            finally:
                other.dispose()
                for f in other_path.parent.glob(other_path.name + "*"):
                    f.unlink(missing_ok=True)
            tally.round_trips += 1

    return EditSequence


def run_edit_sequences(
    template: Path,
    scratch: Path,
    *,
    sequences: int,
    steps: int,
    db_url: str | None = None,
) -> tuple[Tally, str | None]:
    """Run ``sequences`` random edit sequences of up to ``steps`` steps; returns the
    tally and the failure (None when every invariant held)."""
    scratch.mkdir(parents=True, exist_ok=True)
    tally = Tally()
    machine = make_machine(template, scratch, tally, db_url)
    config = settings(
        max_examples=sequences,
        stateful_step_count=steps,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
        print_blob=False,
    )
    try:
        run_state_machine_as_test(machine, settings=config)
    except Exception as e:  # a falsified invariant, after shrinking: report it
        first = str(e).strip().splitlines()[0] if str(e).strip() else ""
        return tally, f"{type(e).__name__}: {first}"
    return tally, None
