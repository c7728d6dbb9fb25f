"""Each venue's own lists (issue 19, point 7), as plain text for a message body.

* Catering gets the dietary list of each meal at the site: covers, how many standard,
  and each need with who has it; once the meal is seated, per table.
* The gate (security) gets the vehicles that bring the delegation: each vehicle's name,
  plate, driver and passenger count, with the arrival time.

Caterers and guards at a Chongqing venue read Chinese, the organisers English: every
heading and label is in both, "中文 / English", from the catalogue (context
"VenueLists"), whatever the sender's language; places, meals and people carry their
local-script names where they have them ("马骏 Ma Jun").

Pure: a snapshot in, text out (``services.mailing`` sends it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from tourplanner.core import wording
from tourplanner.core.enums import ItemKind, ItemStatus
from tourplanner.core.i18n import QT_TRANSLATE_NOOP, bilingual, in_both
from tourplanner.core.manifests import (
    drivers,
    items_of,
    local_end,
    local_start,
    meal_needs,
    seating,
    transfer_manifest,
)
from tourplanner.core.model import Participant, ScheduleItem, Site, TourSnapshot
from tourplanner.core.seating import dietary_summary, stored_plans
from tourplanner.core.timeutil import item_zone

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


def both(text: str, **fields: str | tuple[str, str]) -> str:
    """A label of the lists, "中文 / English" (``text`` marked with
    ``QT_TRANSLATE_NOOP("VenueLists", ...)``); a field given as a pair (Chinese,
    English) puts each half in its own language."""
    return bilingual(*in_both("VenueLists", text, **fields))


def _pair(local: str, english: str) -> tuple[str, str]:
    """(Chinese, English) of a name: the local-script one where there is one."""
    return (local.strip() or english, english)


def _person(p: Participant) -> str:
    """'马骏 Ma Jun': the local-script name first, where they have one."""
    local = p.local_name.strip()
    return f"{local} {p.full_name}" if local and local != p.full_name else p.full_name


def _time(snap: TourSnapshot, item: ScheduleItem, end: bool = False) -> tuple[str, str]:
    """(Chinese, English) of when ``item`` starts (or ends): '3月27日 周六 18:50' and
    'Sat 27 Mar 18:50', in the item's zone."""
    at = local_end(snap, item) if end else local_start(snap, item)
    zone = item_zone(snap, item)
    zh, en = (f"{wording.day(at, zone, language)} {at:%H:%M}" for language in ("zh_CN", "en"))
    return zh, en


def catering_list(snap: TourSnapshot, site: Site) -> VenueList:
    """The dietary list of every meal at ``site`` (per table once the meal is seated)."""
    people = snap.participants_by_id
    plans = stored_plans(snap)
    lines: list[str] = []
    for meal in meal_needs(snap, site_id=site.id):
        it = meal.item
        meal_title = _pair(it.local_title, it.title)
        lines.append(f"{bilingual(*_time(snap, it))}  {bilingual(*meal_title)}")
        lines.append(
            "  "
            + both(
                QT_TRANSLATE_NOOP("VenueLists", "covers: {covers}, standard: {standard}"),
                covers=str(meal.covers),
                standard=str(meal.standard),
            )
        )
        plan = plans.get(it.id)
        if plan is not None:
            for table, by_need in sorted(dietary_summary(plan, people).items()):
                label = both(QT_TRANSLATE_NOOP("VenueLists", "Table {number}"), number=str(table))
                for text, pids in by_need:
                    names = ", ".join(_person(people[p]) for p in pids)
                    lines.append(f"  {label} – {names}: {text}")
        else:
            for need in meal.needs:
                if need.kind == "dietary":
                    names = ", ".join(_person(p) for p in need.people)
                    lines.append(f"  {names}: {need.text}")
        lines.append("")
    title = both(
        QT_TRANSLATE_NOOP("VenueLists", "Dietary list for {site}"),
        site=_pair(site.local_name, site.name),
    )
    return VenueList(title, tuple(lines[:-1]))


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
        lines.append(
            both(
                QT_TRANSLATE_NOOP("VenueLists", "{time}  arriving for {item}"),
                time=_time(snap, transfer, end=True),
                item=_pair(visit.local_title, visit.title),
            )
        )
        if not manifest.loads:
            lines.append(
                "  "
                + both(
                    QT_TRANSLATE_NOOP("VenueLists", "no vehicles assigned yet ({transfer})"),
                    transfer=_pair(transfer.local_title, transfer.title),
                )
            )
        for load in manifest.loads:
            v = load.vehicle
            plate = v.plate.strip() or in_both(
                "VenueLists", QT_TRANSLATE_NOOP("VenueLists", "(none given)")
            )
            count = str(len(load.passengers))
            if load.driver is not None:
                line = both(
                    QT_TRANSLATE_NOOP(
                        "VenueLists",
                        "{vehicle}: plate {plate}, driver {driver}, passengers: {count}",
                    ),
                    vehicle=v.name,
                    plate=plate,
                    driver=_pair(load.driver.local_name, load.driver.full_name),
                    count=count,
                )
            else:
                line = both(
                    QT_TRANSLATE_NOOP(
                        "VenueLists", "{vehicle}: plate {plate}, passengers: {count}"
                    ),
                    vehicle=v.name,
                    plate=plate,
                    count=count,
                )
            lines.append(f"  {line}")
        lines.append("")
    title = both(
        QT_TRANSLATE_NOOP("VenueLists", "Vehicles arriving at {site}"),
        site=_pair(site.local_name, site.name),
    )
    return VenueList(title, tuple(lines[:-1]))
