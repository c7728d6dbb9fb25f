"""`tourplanner optimize`: propose a shorter route for one day."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from tourplanner.cli import EXIT_OK
from tourplanner.core import wording
from tourplanner.services.database import Database
from tourplanner.services.optimize import (
    DayPlan,
    DayProposal,
    PlannedStop,
    apply_day,
    propose_day,
)

TITLE_WIDTH = 32
SITE_WIDTH = 24


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {text!r} (use YYYY-MM-DD)") from None


def register(groups: Any) -> None:
    """Add ``optimize`` to the top-level commands."""
    p = groups.commands.add_parser(
        "optimize",
        help="propose a shorter route for one day",
        description="Reorder one person's visits on one day for the least travel, keeping "
        "fixed appointments (meals, meetings, pinned visits) and opening hours. Shows the "
        "current and the proposed plan side by side; --apply saves the proposal as one change.",
    )
    p.add_argument("tour", metavar="TOUR", help="the tour's slug")
    p.add_argument("--day", required=True, type=_day, metavar="YYYY-MM-DD", help="the day")
    p.add_argument(
        "--person",
        metavar="KEY",
        help="whose programme to plan (default: the head of the delegation)",
    )
    p.add_argument("--apply", action="store_true", help="save the proposed times")
    p.set_defaults(run=cmd_optimize)


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _cells(p: PlannedStop | None, proposal: DayProposal, zone: ZoneInfo) -> list[str]:
    if p is None:
        return ["", "", "", ""]
    span = f"{wording.clock(p.start, zone)}–{wording.clock(p.end, zone)}"
    site = proposal.site_names.get(p.stop.site_id, "")
    return [span, "*" if p.stop.fixed else " ", p.stop.title, site]


def _travel(plan: DayPlan) -> str:
    return "unknown" if plan.travel_minutes is None else wording.minutes(plan.travel_minutes)


def render(proposal: DayProposal) -> list[str]:
    """The proposal as lines of text: both plans side by side, then the travel."""
    zone = ZoneInfo(proposal.timezone)
    cur, new = proposal.current.stops, proposal.proposed.stops
    all_stops = [*cur, *new]
    title_w = min(TITLE_WIDTH, max(len(p.stop.title) for p in all_stops))
    site_w = min(
        SITE_WIDTH, max(len(proposal.site_names.get(p.stop.site_id, "")) for p in all_stops)
    )
    widths = [11, 1, title_w, site_w]

    def half(cells: list[str]) -> str:
        return "  ".join(_fit(c, w).ljust(w) for c, w in zip(cells, widths, strict=True))

    day = proposal.day
    lines = [
        f"{proposal.person_name} ({proposal.person_key}) on {day:%a} {day.day} {day:%b %Y}, "
        f"tour {proposal.tour_slug}; times in {proposal.timezone}",
    ]
    ends = proposal.proposed
    where = []
    if ends.start_site_id is not None:
        where.append(f"starts from {proposal.site_names.get(ends.start_site_id, '?')}")
    if ends.end_site_id is not None:
        where.append(f"ends at {proposal.site_names.get(ends.end_site_id, '?')}")
    if where:
        lines.append("The route " + " and ".join(where) + ".")
    lines.append("")
    left_w = sum(widths) + 2 * (len(widths) - 1)
    lines.append(f"    {'CURRENT'.ljust(left_w)} | PROPOSED")
    for n in range(max(len(cur), len(new))):
        left = _cells(cur[n] if n < len(cur) else None, proposal, zone)
        right = _cells(new[n] if n < len(new) else None, proposal, zone)
        lines.append(f"{n + 1:>2}  {half(left)} | {half(right)}".rstrip())
    lines.append("* fixed appointment (meal, meeting, ceremony, transfer or pinned visit)")
    lines.append("")
    saved = proposal.travel_saved
    summary = f"Travel: current {_travel(proposal.current)}, proposed {_travel(proposal.proposed)}"
    if saved is not None:
        summary += f", saved {wording.minutes(max(saved, 0.0))}"
    lines.append(summary + ".")
    if not proposal.proposed.exact:
        lines.append(
            "With this many visits the search is heuristic: the proposal is good, "
            "not proven shortest."
        )
    if proposal.current_problems:
        more = len(proposal.current_problems) - 1
        lines.append(
            f"The current plan breaks a rule: {proposal.current_problems[0]}"
            + (f" (and {more} more)." if more else ".")
        )
    if not proposal.moves:
        lines.append("The current plan is already the best; nothing would change.")
    return lines


def cmd_optimize(db: Database, args: argparse.Namespace) -> int:
    proposal = propose_day(db, args.tour, args.day, args.person)
    for line in render(proposal):
        print(line)
    if args.apply:
        moved = apply_day(db, args.tour, proposal)
        if moved:
            count = f"{len(moved)} item{'s' if len(moved) != 1 else ''}"
            print(f"Saved the proposal as one change: moved {count}.")
        else:
            print("Nothing to save: the times stay as they are.")
    return EXIT_OK
