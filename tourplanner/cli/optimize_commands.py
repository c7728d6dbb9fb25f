"""`tourplanner optimize`: propose a shorter route for one day."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from tourplanner.cli import EXIT_OK, Cli, add_tour_argument
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
        raise argparse.ArgumentTypeError(
            Cli.tr("invalid date {text} (use YYYY-MM-DD)").format(text=repr(text))
        ) from None


def register(groups: Any) -> None:
    """Add ``optimize`` to the top-level commands."""
    p = groups.commands.add_parser(
        "optimize",
        help=Cli.tr("propose a shorter route for one day"),
        description=Cli.tr(
            "Reorder one person's visits on one day for the least travel, keeping "
            "fixed appointments (meals, meetings, pinned visits) and opening hours. Shows the "
            "current and the proposed plan side by side; --apply saves the proposal as one "
            "change."
        ),
    )
    add_tour_argument(p)
    p.add_argument("--day", required=True, type=_day, metavar="YYYY-MM-DD", help=Cli.tr("the day"))
    p.add_argument(
        "--person",
        metavar=Cli.tr("KEY"),
        help=Cli.tr("whose programme to plan (default: the head of the delegation)"),
    )
    p.add_argument("--apply", action="store_true", help=Cli.tr("save the proposed times"))
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
    if plan.travel_minutes is None:
        return Cli.tr("unknown")
    return wording.minutes(plan.travel_minutes)


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
        Cli.tr("{person} ({key}) on {day}, tour {tour}; times in {zone}").format(
            person=proposal.person_name,
            key=proposal.person_key,
            day=Cli.tr("{weekday} {date}").format(
                weekday=wording.weekday(day.weekday()), date=wording.date_label(day)
            ),
            tour=proposal.tour_slug,
            zone=proposal.timezone,
        ),
    ]
    ends = proposal.proposed
    start = end = None
    if ends.start_site_id is not None:
        start = proposal.site_names.get(ends.start_site_id, "?")
    if ends.end_site_id is not None:
        end = proposal.site_names.get(ends.end_site_id, "?")
    if start is not None and end is not None:
        lines.append(
            Cli.tr("The route starts from {start} and ends at {end}.").format(start=start, end=end)
        )
    elif start is not None:
        lines.append(Cli.tr("The route starts from {start}.").format(start=start))
    elif end is not None:
        lines.append(Cli.tr("The route ends at {end}.").format(end=end))
    lines.append("")
    left_w = sum(widths) + 2 * (len(widths) - 1)
    left_head, right_head = Cli.tr("CURRENT"), Cli.tr("PROPOSED")
    lines.append(f"    {left_head.ljust(left_w)} | {right_head}")
    for n in range(max(len(cur), len(new))):
        left = _cells(cur[n] if n < len(cur) else None, proposal, zone)
        right = _cells(new[n] if n < len(new) else None, proposal, zone)
        lines.append(f"{n + 1:>2}  {half(left)} | {half(right)}".rstrip())
    lines.append(Cli.tr("* fixed appointment (meal, meeting, ceremony, transfer or pinned visit)"))
    lines.append("")
    saved = proposal.travel_saved
    current, proposed = _travel(proposal.current), _travel(proposal.proposed)
    if saved is None:
        summary = Cli.tr("Travel: current {current}, proposed {proposed}.")
    else:
        summary = Cli.tr("Travel: current {current}, proposed {proposed}, saved {saved}.")
    lines.append(
        summary.format(
            current=current,
            proposed=proposed,
            saved=wording.minutes(max(saved or 0.0, 0.0)),
        )
    )
    if not proposal.proposed.exact:
        lines.append(
            Cli.tr(
                "With this many visits the search is heuristic: the proposal is good, "
                "not proven shortest."
            )
        )
    if proposal.current_problems:
        more = len(proposal.current_problems) - 1
        first = proposal.current_problems[0]
        lines.append(
            Cli.tr("The current plan breaks a rule: {problem} (and %n more).", None, more).format(
                problem=first
            )
            if more
            else Cli.tr("The current plan breaks a rule: {problem}.").format(problem=first)
        )
    if not proposal.moves:
        lines.append(Cli.tr("The current plan is already the best; nothing would change."))
    return lines


def cmd_optimize(db: Database, args: argparse.Namespace) -> int:
    proposal = propose_day(db, args.tour, args.day, args.person)
    for line in render(proposal):
        print(line)
    if args.apply:
        moved = apply_day(db, args.tour, proposal)
        if moved:
            print(
                Cli.tr("Saved the proposal as one change: moved {items}.").format(
                    items=Cli.tr("%n item(s)", None, len(moved))
                )
            )
        else:
            print(Cli.tr("Nothing to save: the times stay as they are."))
    return EXIT_OK
