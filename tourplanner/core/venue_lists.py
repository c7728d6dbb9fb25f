"""Each venue's own lists (issue 19, point 7), as plain text for a message body.

* Catering gets the dietary list of each meal at the site: covers, how many standard,
  and each need with who has it; once the meal is seated, per table.
* The gate (security) gets the vehicles that bring the delegation: each vehicle's name,
  plate, driver and passenger count, with the arrival time.

Pure: a snapshot in, text out (``services.mailing`` sends it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from tourplanner.core import wording
from tourplanner.core.enums import ItemKind, ItemStatus
from tourplanner.core.manifests import (
    drivers,
    items_of,
    local_end,
    local_start,
    meal_needs,
    seating,
    transfer_manifest,
)
from tourplanner.core.model import ScheduleItem, Site, TourSnapshot
from tourplanner.core.seating import dietary_summary, stored_plans

# A transfer that ends this long before an item at a site, or less, is taken to bring its
# people there (transfers usually have no site of their own).
ARRIVAL_WINDOW = timedelta(hours=2)


@dataclass(frozen=True)
class VenueList:
    """One list for one role at one site: a title and the lines of its body."""

    title: str
    lines: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not self.lines

    def text(self) -> str:
        return "\n".join((self.title, "", *self.lines, ""))


def _when(snap: TourSnapshot, item: ScheduleItem) -> str:
    start = local_start(snap, item)
    return f"{start:%a %d %b %H:%M}"


def catering_list(snap: TourSnapshot, site: Site) -> VenueList:
    """The dietary list of every meal at ``site`` (per table once the meal is seated)."""
    people = snap.participants_by_id
    plans = stored_plans(snap)
    lines: list[str] = []
    for meal in meal_needs(snap, site_id=site.id):
        it = meal.item
        lines.append(
            f"{_when(snap, it)}  {it.title}: {wording.count(meal.covers, 'cover')}, "
            f"{meal.standard} standard"
        )
        plan = plans.get(it.id)
        if plan is not None:
            for table, by_need in sorted(dietary_summary(plan, people).items()):
                for text, pids in by_need:
                    names = ", ".join(people[p].full_name for p in pids)
                    lines.append(f"  table {table} – {names}: {text}")
        else:
            for need in meal.needs:
                if need.kind == "dietary":
                    names = ", ".join(p.full_name for p in need.people)
                    lines.append(f"  {names}: {need.text}")
        lines.append("")
    return VenueList(f"Dietary list for {site.name}", tuple(lines[:-1]))


def _arrivals(snap: TourSnapshot, site: Site) -> list[tuple[ScheduleItem, ScheduleItem]]:
    """(transfer, the item it brings people to) for each arrival at ``site``: transfers
    to the site, else the last transfer ending shortly before an item there."""
    transfers = items_of(snap, ItemKind.TRANSFER)
    out: list[tuple[ScheduleItem, ScheduleItem]] = []
    seen: set[int] = set()
    for it in items_of(snap, None, site_id=site.id):
        if it.kind is ItemKind.TRANSFER or it.status is ItemStatus.CANCELLED:
            continue
        before = [
            t
            for t in transfers
            if t.site_id in (None, site.id)
            and it.starts_at - ARRIVAL_WINDOW <= t.ends_at <= it.starts_at
        ]
        if before:
            last = max(before, key=lambda t: (t.ends_at, t.uid))
            if last.id not in seen:
                seen.add(last.id)
                out.append((last, it))
    for t in transfers:
        if t.site_id == site.id and t.id not in seen:
            seen.add(t.id)
            out.append((t, t))
    return sorted(out, key=lambda pair: pair[0].ends_at)


def gate_list(snap: TourSnapshot, site: Site) -> VenueList:
    """The vehicles arriving at ``site``: plate, driver, passengers and arrival time."""
    seats = seating(snap)
    driving = drivers(snap)
    lines: list[str] = []
    for transfer, visit in _arrivals(snap, site):
        manifest = transfer_manifest(snap, transfer, seats.get(transfer.id, {}), driving)
        arrival = local_end(snap, transfer)
        lines.append(f"{arrival:%a %d %b %H:%M}  arriving for {visit.title}")
        if not manifest.loads:
            lines.append(f"  no vehicles assigned yet ({transfer.title})")
        for load in manifest.loads:
            v = load.vehicle
            driver = f", driver {load.driver.full_name}" if load.driver else ""
            lines.append(
                f"  {v.name}: plate {v.plate or '(none given)'}{driver}, "
                f"{wording.count(len(load.passengers), 'passenger')}"
            )
        lines.append("")
    return VenueList(f"Vehicles arriving at {site.name}", tuple(lines[:-1]))
