"""The one rule for everything that leaves the app: nothing goes out while the tour has errors.

``send``, ``sync caldav`` and ``publish`` (dry runs included) call
:func:`require_no_open_errors` before they do anything. Warnings never block; errors do,
unless the organiser says ``allow_errors``, and then the caller records how many were
open (the returned count) with what it sent.
"""

from __future__ import annotations

from tourplanner.core.errors import TourplannerError
from tourplanner.services.database import Database
from tourplanner.services.tours import CheckReport, check

SHOWN = 5  # errors listed before "and N more"


class OpenErrorsError(TourplannerError):
    """The tour has errors and the caller did not allow them; ``lines`` lists them."""

    def __init__(self, action: str, count: int, lines: tuple[str, ...]) -> None:
        self.action = action
        self.count = count
        self.lines = lines
        what = "1 error; fix it" if count == 1 else f"{count} errors; fix them"
        super().__init__(f"not {action}: the tour has {what} or give --allow-errors")

    def listing(self) -> list[str]:
        """The first few errors, one per line, then how many more there are."""
        return listing(self.count, self.lines)


def listing(count: int, lines: tuple[str, ...]) -> list[str]:
    """``lines`` (the first of ``count`` errors), then how many more there are."""
    more = count - len(lines)
    return [*lines, *([f"… and {more} more"] if more > 0 else [])]


def open_errors(report: CheckReport) -> tuple[int, tuple[str, ...]]:
    """How many errors ``report`` holds, and the messages of the first :data:`SHOWN`."""
    errors = [p for p in report.problems if p.is_error]
    return len(errors), tuple(p.message for p in errors[:SHOWN])


def find_open_errors(db: Database, tour: str) -> tuple[int, list[str]]:
    """How many errors ``tour`` has, and their :func:`listing`: for a front end that asks
    the organiser before it goes ahead (and then passes ``allow_errors``)."""
    count, lines = open_errors(check(db, tour))
    return count, listing(count, lines)


def require_no_open_errors(db: Database, tour: str, action: str, allow_errors: bool) -> int:
    """The number of open errors in ``tour``; raises :class:`OpenErrorsError` when there
    are any and ``allow_errors`` is false. ``action`` names what was refused ("sending")."""
    count, lines = open_errors(check(db, tour))
    if count and not allow_errors:
        raise OpenErrorsError(action, count, lines)
    return count
