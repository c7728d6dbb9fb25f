"""Run the conflict checks on a stored tour."""

from __future__ import annotations

from dataclasses import dataclass

from tourplanner.core.checks import TourChecker
from tourplanner.core.model import TourSnapshot
from tourplanner.core.problems import Problem
from tourplanner.services.database import Database
from tourplanner.services.tours import load_snapshot


@dataclass(frozen=True)
class CheckReport:
    """The problems of a tour, with the snapshot they were found in (to name things)."""

    snapshot: TourSnapshot
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> int:
        return sum(p.is_error for p in self.problems)

    @property
    def warnings(self) -> int:
        return len(self.problems) - self.errors

    def describe(self, problem: Problem) -> dict[str, object]:
        """A problem as plain JSON-ready data, naming things by their stable keys."""
        snap = self.snapshot
        items = {i.id: i for i in snap.items}
        return {
            "code": problem.code.value,
            "severity": problem.severity.value,
            "message": problem.message,
            "items": [items[i].uid for i in problem.item_ids],
            "participants": [snap.participants_by_id[p].key for p in problem.participant_ids],
            "sites": [snap.sites_by_id[s].key for s in problem.site_ids],
        }


def check(db: Database, tour: str) -> CheckReport:
    """Every problem of ``tour``, from a fresh snapshot."""
    snap = load_snapshot(db, tour)
    return CheckReport(snap, tuple(TourChecker(snap).problems()))


def live_checker(db: Database, tour: str) -> TourChecker:
    """A checker to keep current after each item edit (``update_item``), for the GUI."""
    return TourChecker(load_snapshot(db, tour))
