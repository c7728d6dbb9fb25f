"""Problems planted on purpose in a clean synthetic programme, and harmless busy blocks.

Per delegation: three too-short travel gaps (made while scheduling, see
``Programme._plan``), three items at a closed site, one over-capacity lunch, about three
double bookings and one clash with a busy block. Each is recorded as a ``Planted`` with the
items a check should name, so a benchmark can tell whether a checker found exactly them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date, time, timedelta

from bench.synth_schedule import (
    ZONE,
    Draft,
    PendingPlant,
    Programme,
    TrackDay,
    at,
)
from tourplanner.core.enums import AttendanceRole, AttendanceScope, ItemKind
from tourplanner.core.model import Attendance, BusyBlock, OpeningInterval
from tourplanner.core.problems import Code


def plant_problems(prog: Programme) -> None:
    """Plant every problem into ``prog`` (built) and add its clean busy blocks."""
    plant_over_capacity(prog)  # the pickier of the two goes first
    plant_closed_sites(prog)
    for c in range(len(prog.teams)):
        plant_double_bookings(prog, c)
        plant_busy_clash(prog, c)
        clean_busy_blocks(prog, c)


def _uses(prog: Programme) -> dict[tuple[int, int], list[Draft]]:
    """Items per (site, local weekday)."""
    out: dict[tuple[int, int], list[Draft]] = defaultdict(list)
    for d in prog.drafts:
        if d.site_id is not None:
            out[(d.site_id, d.start.astimezone(ZONE).weekday())].append(d)
    return out


def plant_closed_sites(prog: Programme) -> None:
    """Per cohort: a restaurant shut at lunchtime on one weekday, a site that closes
    early and one that opens late, each under exactly one item."""
    rng = prog.rng
    uses = _uses(prog)
    used_sites: set[int] = set(prog.capacity)
    for c in range(len(prog.teams)):
        days = [t for t in prog.track_days if t.cohort == c]
        order = rng.sample(days, len(days))
        for kind in ("lunch", "early", "late"):
            for track in order:
                if _try_close(prog, kind, track, uses, used_sites):
                    break


def _try_close(
    prog: Programme,
    kind: str,
    track: TrackDay,
    uses: dict[tuple[int, int], list[Draft]],
    used_sites: set[int],
) -> bool:
    weekday = track.day.weekday()
    if kind == "lunch":
        assert track.lunch is not None
        site_id = track.lunch.site_id
        assert site_id is not None
        if site_id in used_sites or len(uses[(site_id, weekday)]) != 1:
            return False
        site = prog.sites[site_id]
        keep = [h for h in site.opening_hours if h.weekday != weekday]
        keep.append(OpeningInterval(weekday, time(17, 0), time(22, 30)))
        prog.hours[site_id] = tuple(sorted(keep, key=lambda h: (h.weekday, h.opens)))
        _close(prog, track.lunch, site_id, "restaurant closed at lunchtime that weekday")
        used_sites.add(site_id)
        return True
    for stop in prog.rng.sample(track.stops, len(track.stops)):
        site = prog.sites[stop.site_id]
        today = [h for h in site.opening_hours if h.weekday == weekday]
        if (
            stop.site_id in used_sites
            or len(stop.items) < 2
            or len(today) != 1
            or len(uses[(stop.site_id, weekday)]) != len(stop.items)
        ):
            continue
        h = today[0]
        if kind == "early":
            victim = stop.items[-1]
            new = replace(h, closes=victim.start.astimezone(ZONE).time())
            note = "site closes early that weekday"
        else:
            victim = stop.items[0]
            new = replace(h, opens=victim.end.astimezone(ZONE).time())
            note = "site opens late that weekday"
        if new.closes <= new.opens:
            continue
        keep = [x for x in site.opening_hours if x.weekday != weekday] + [new]
        prog.hours[stop.site_id] = tuple(sorted(keep, key=lambda x: (x.weekday, x.opens)))
        _close(prog, victim, stop.site_id, note)
        used_sites.add(stop.site_id)
        return True
    return False


def _close(prog: Programme, victim: Draft, site_id: int, note: str) -> None:
    prog.pending.append(PendingPlant(Code.SITE_CLOSED, [victim], site_ids=(site_id,), note=note))


def plant_over_capacity(prog: Programme) -> None:
    """Per cohort: one lunch with more people than its restaurant holds."""
    rng = prog.rng
    by_site: dict[int, list[tuple[int, Draft]]] = defaultdict(list)
    for d in prog.drafts:
        if d.site_id is not None:
            by_site[d.site_id].append((len(prog.who(d)), d))
    for c in range(len(prog.teams)):
        days = [t for t in prog.track_days if t.cohort == c and t.lunch is not None]
        for track in rng.sample(days, len(days)):
            lunch = track.lunch
            assert lunch is not None and lunch.site_id is not None
            site_id = lunch.site_id
            if site_id in prog.capacity:
                continue
            count = len(prog.who(lunch))
            others = max((n for n, d in by_site[site_id] if d is not lunch), default=0)
            cap = max(others, count - 8)
            if cap >= count or cap < 1:
                continue
            prog.capacity[site_id] = cap
            prog.pending.append(
                PendingPlant(
                    Code.OVER_CAPACITY,
                    [lunch],
                    site_ids=(site_id,),
                    note=f"{count} people for {cap} seats",
                )
            )
            break


def plant_double_bookings(prog: Programme, c: int) -> None:
    """Per cohort: an escort host, an interpreter and a head of delegation each also put
    on another group's coach transfer that runs while they are busy with their own."""
    rng = prog.rng
    days = [t for t in prog.track_days if t.cohort == c]
    by_day: dict[date, list[TrackDay]] = defaultdict(list)
    for t in days:
        by_day[t.day].append(t)
    team = prog.teams[c]
    used: set[int] = set()
    taken: list[Draft] = []  # items already in a planted pair: one problem per pair
    for who in ("escort", "interpreter", "head"):
        for track in rng.sample(days, len(days)):
            others = [o for o in by_day[track.day] if o is not track]
            if not others:
                continue
            if who == "escort":
                person, role = track.escort, AttendanceRole.HOST
            elif who == "interpreter":
                person, role = track.interpreters[0], AttendanceRole.INTERPRETER
            else:
                group = track.group_ids[0]
                heads = [h for h in team.heads if h in prog.members[group]]
                person, role = heads[0], AttendanceRole.ATTENDEE
            if person in used:
                continue
            own = [d for d in track.items if d.kind is not ItemKind.ACCOMMODATION]
            best: tuple[Draft, list[Draft]] | None = None
            for other in rng.sample(others, len(others)):
                for x in other.items:
                    if x.kind is not ItemKind.TRANSFER or x in taken:
                        continue
                    hits = [y for y in own if y.start < x.end and x.start < y.end]
                    if hits and (best is None or len(hits) < len(best[1])):
                        best = (x, hits)
            if best is None:
                continue
            x, hits = best
            taken += [x, *hits]
            x.attendance.append(Attendance(AttendanceScope.PERSON, role, participant_id=person))
            for y in hits:
                prog.pending.append(
                    PendingPlant(
                        Code.DOUBLE_BOOKED,
                        [x, y],
                        participant_ids=(person,),
                        note=f"{who} also put on another group's transfer",
                    )
                )
            used.add(person)
            break
    prog.double_booked |= used


def plant_busy_clash(prog: Programme, c: int) -> None:
    """Per cohort: an escort host with a private appointment during one of their items."""
    rng = prog.rng
    taken = prog.double_booked
    days = [t for t in prog.track_days if t.cohort == c]
    for track in rng.sample(days, len(days)):
        if track.escort in taken:
            continue
        long_ones = [
            d
            for d in track.items
            if d.site_id is not None and (d.end - d.start) >= timedelta(minutes=20)
        ]
        if not long_ones:
            continue
        y = rng.choice(long_ones)
        prog.busy.append(
            BusyBlock(
                0,
                1,
                track.escort,
                None,
                y.start + timedelta(minutes=5),
                y.end - timedelta(minutes=5),
                "Dental appointment",
                1,
            )
        )
        prog.pending.append(
            PendingPlant(
                Code.BUSY,
                [y],
                participant_ids=(track.escort,),
                note="private appointment during an item",
            )
        )
        return


def clean_busy_blocks(prog: Programme, c: int) -> None:
    """Outside commitments that clash with nothing: early calls of the heads of
    delegation, and sites closed for private events on days nobody visits them."""
    rng = prog.rng
    team = prog.teams[c]
    first = prog.start_date + timedelta(days=c * prog.days)
    days = [first + timedelta(days=i) for i in range(prog.days)]
    for head in rng.sample(team.heads, min(4, len(team.heads))):
        day = rng.choice(days)
        prog.busy.append(
            BusyBlock(
                0,
                1,
                head,
                None,
                at(day, 7 * 60 + 35),
                at(day, 7 * 60 + 55),
                "Call with the editorial office",
                1,
            )
        )
    visited = {(day, sid) for (day, sid) in prog.occupied}
    placed = 0
    for sid in rng.sample(prog.places.visits, len(prog.places.visits)):
        day = rng.choice(days)
        if (day, sid) in visited:
            continue
        prog.busy.append(
            BusyBlock(
                0,
                1,
                None,
                sid,
                at(day, 9 * 60),
                at(day, 17 * 60),
                "Closed for a private event",
                1,
            )
        )
        placed += 1
        if placed == 3:
            break
