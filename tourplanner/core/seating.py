"""Seating plans for meals and ceremonies: a proposal by precedence, and what is wrong
with a plan.

The rules (issue 19):

- every attendee is seated exactly once, and no table is over capacity;
- the principal host (the highest-ranked host) sits at table 1, seat 1, and the
  principal guest (the highest-ranked delegate) beside them on the host's right;
- hosts and guests then alternate outward by precedence, and the next-ranked hosts
  host the next tables;
- an interpreter sits beside a principal guest who shares no language with the host;
- anyone who shares no language with either neighbour is flagged.

Seats are numbered clockwise from the table's host, seen from above. Sitting at a table
and facing it, one's right hand is the counter-clockwise side, so the guest of honour
on the host's right has the table's last seat. Round and long tables are numbered the
same way (a long table's host sits mid-side, the seats running round the table).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from tourplanner.core import wording
from tourplanner.core.enums import AttendanceRole, ItemKind, ItemStatus, ParticipantRole
from tourplanner.core.i18n import Context
from tourplanner.core.model import Participant, ScheduleItem, TourSnapshot
from tourplanner.core.precedence import precedence_order
from tourplanner.core.problems import Code, Problem

Errors = Context("Errors")  # the catalogue context of messages people read

Checks = Context("Checks")  # the catalogue context of problem messages

MAX_TABLES = 500
MAX_SEATS = 200


class TableShape(StrEnum):
    ROUND = "round"
    LONG = "long"


@dataclass(frozen=True, slots=True)
class TableSpec:
    """One table of an item: its number (1 = the top table), shape and seats."""

    number: int
    shape: TableShape
    seats: int


@dataclass(frozen=True, slots=True)
class SeatedTable:
    """A table and who sits in each seat (index 0 = seat 1; None = empty)."""

    spec: TableSpec
    seats: tuple[int | None, ...]  # participant ids


@dataclass(frozen=True, slots=True)
class SeatingPlan:
    item_id: int
    attendees: tuple[int, ...]  # in the order of precedence
    principal_host: int | None
    principal_guest: int | None
    tables: tuple[SeatedTable, ...]


def check_tables(count: int, seats: int) -> None:
    """Refuse ``count`` tables of ``seats`` seats each unless there are 1 to MAX_TABLES
    tables of 2 to MAX_SEATS seats (ValueError naming the bounds): the one check of both,
    for ``--tables`` and the seating view's table editor."""
    if not 1 <= count <= MAX_TABLES or not 2 <= seats <= MAX_SEATS:
        raise ValueError(
            Errors.tr("between 1 and {tables} tables of 2 to {seats} seats").format(
                tables=MAX_TABLES, seats=MAX_SEATS
            )
        )


def parse_tables(text: str) -> tuple[TableSpec, ...]:
    """``"4x10"`` (four round tables of ten), ``"1x12long"`` or several joined by commas
    (``"1x12long,5x10"``); numbered in that order. Raises ValueError naming the problem."""
    out: list[TableSpec] = []
    for part in (p.strip() for p in text.split(",")):
        shape = TableShape.ROUND
        for s in TableShape:
            if part.casefold().endswith(s.value):
                shape, part = s, part[: -len(s.value)]
        count, x, seats = part.casefold().partition("x")
        if not x or not count.isdigit() or not seats.isdigit():
            raise ValueError(
                Errors.tr("{text!r} is not tables as NxSEATS (e.g. 4x10 or 1x12long)").format(
                    text=text
                )
            )
        n, size = int(count), int(seats)
        try:
            check_tables(n, size)
        except ValueError as e:
            raise ValueError(f"{part!r}: {e}") from None
        first = len(out) + 1
        out.extend(TableSpec(first + i, shape, size) for i in range(n))
    return tuple(out)


def _roles(snap: TourSnapshot, item: ScheduleItem) -> dict[int, AttendanceRole]:
    """Each attendee's role at the item (the most specific attendance wins)."""
    roles: dict[int, AttendanceRole] = {}
    for a in item.attendance:
        for pid in snap.ids_of(a):
            if a.role is not AttendanceRole.ATTENDEE or pid not in roles:
                roles[pid] = a.role
    return roles


@dataclass(frozen=True, slots=True)
class Parties:
    """An item's attendees sorted into who hosts, who is hosted, who interprets and the
    rest, each in the order of precedence."""

    hosts: tuple[Participant, ...]
    guests: tuple[Participant, ...]
    interpreters: tuple[Participant, ...]
    others: tuple[Participant, ...]

    @property
    def everyone(self) -> tuple[Participant, ...]:
        return tuple(
            sorted(
                (*self.hosts, *self.guests, *self.interpreters, *self.others), key=precedence_order
            )
        )


def parties(snap: TourSnapshot, item: ScheduleItem) -> Parties:
    """Who is who at ``item``: hosts (host at the item, or hosts by role), guests (the
    delegates), interpreters, and everyone else."""
    people = snap.participants_by_id
    roles = _roles(snap, item)
    hosts, guests, interpreters, others = [], [], [], []
    for pid in snap.attendee_ids(item):
        p, role = people[pid], roles.get(pid, AttendanceRole.ATTENDEE)
        if role is AttendanceRole.HOST or (
            role is AttendanceRole.ATTENDEE and p.role is ParticipantRole.HOST
        ):
            hosts.append(p)
        elif role is AttendanceRole.INTERPRETER or p.role is ParticipantRole.INTERPRETER:
            interpreters.append(p)
        elif p.role is ParticipantRole.DELEGATE:
            guests.append(p)
        else:
            others.append(p)
    return Parties(
        *(tuple(sorted(x, key=precedence_order)) for x in (hosts, guests, interpreters, others))
    )


# Receiving lines ------------------------------------------------------------------------

# The formal occasions at which the hosts stand in line to greet arriving guests.
RECEIVING_KINDS = frozenset({ItemKind.CEREMONY, ItemKind.MEAL, ItemKind.MEETING})


@dataclass(frozen=True, slots=True)
class ReceivingLine:
    """Who stands in the receiving line, in order: the hosts by precedence (the
    principal host first, greeting each guest), then the guests as they arrive, by
    precedence (the principal guest first)."""

    hosts: tuple[Participant, ...]
    guests: tuple[Participant, ...]


def receiving_line(snap: TourSnapshot, item: ScheduleItem) -> ReceivingLine | None:
    """The receiving line of ``item``, or None when it has none: an item has one when it
    is a ceremony, meal or meeting that is not cancelled, takes place at a site, and has
    hosts attending and guests (delegates) arriving."""
    if (
        item.kind not in RECEIVING_KINDS
        or item.status is ItemStatus.CANCELLED
        or item.site_id is None
    ):
        return None
    who = parties(snap, item)
    if not who.hosts or not who.guests:
        return None
    return ReceivingLine(who.hosts, who.guests)


def share_language(a: Participant, b: Participant) -> bool:
    """Whether two people have a language in common (by primary subtag: zh-CN meets zh)."""
    mine = {t.split("-")[0].casefold() for t in a.languages}
    return any(t.split("-")[0].casefold() in mine for t in b.languages)


def _bridge(
    host: Participant, guest: Participant, interpreters: list[Participant]
) -> Participant | None:
    """The highest-ranked free interpreter who speaks a language of each (else one who
    speaks the guest's), when host and guest share none."""
    if share_language(host, guest):
        return None
    both = [i for i in interpreters if share_language(i, host) and share_language(i, guest)]
    some = both or [i for i in interpreters if share_language(i, guest)]
    return some[0] if some else None


def _arrange(
    size: int,
    host: Participant | None,
    guest: Participant | None,
    interpreter: Participant | None,
    hosts: Sequence[Participant],
    guests: Sequence[Participant],
    rest: Sequence[Participant],
) -> tuple[int | None, ...]:
    """One table's seats: host at seat 1, guest on the host's right (the last seat), the
    interpreter on the guest's other side, then guests and hosts alternating outward on
    both sides, nearest the principals by rank, then the rest."""
    seats: list[int | None] = [None] * size
    hq, gq, rq = deque(hosts), deque(guests), deque(rest)
    left = 1  # next free index on the host's left (clockwise)
    right = size - 1  # next free index on the guest's side (counter-clockwise)
    if host is not None:
        seats[0] = host.id
    elif guest is not None:  # no host at this table: the guest takes the head seat
        seats[0], guest = guest.id, None
    else:  # neither: the first of the others takes it
        left = 0
    if guest is not None:
        seats[right] = guest.id
        right -= 1
    if interpreter is not None:
        seats[right] = interpreter.id
        right -= 1

    def take(first: deque[Participant], second: deque[Participant]) -> int | None:
        for q in (first, second, rq):
            if q:
                return q.popleft().id
        return None

    depth = 1
    while left <= right:
        # Around the ring: ... host, guest, [host], (guest), host, guest ... so the seat
        # beside the host wants a guest and the seat beside the guest wants a host.
        seats[left] = take(gq, hq) if depth % 2 else take(hq, gq)
        left += 1
        if left <= right:
            seats[right] = take(hq, gq) if depth % 2 else take(gq, hq)
            right -= 1
        depth += 1
    return tuple(seats)


def propose(snap: TourSnapshot, item: ScheduleItem, tables: Sequence[TableSpec]) -> SeatingPlan:
    """A seating plan for ``item`` at ``tables`` following the rules above. Raises
    ValueError when the item has no attendees or the tables have too few seats."""
    who = parties(snap, item)
    everyone = who.everyone
    if not everyone:
        raise ValueError(Errors.tr("{title!r} has no attendees to seat").format(title=item.title))
    capacity = sum(t.seats for t in tables)
    if capacity < len(everyone):
        raise ValueError(
            (
                Errors.tr("{people} attendees of {title!r} but only {seats} seats at 1 table")
                if len(tables) == 1
                else Errors.tr(
                    "{people} attendees of {title!r} but only {seats} seats at {tables} tables"
                )
            ).format(people=len(everyone), title=item.title, seats=capacity, tables=len(tables))
        )
    hosts, guests = deque(who.hosts), deque(who.guests)
    interpreters = list(who.interpreters)
    rest = deque(who.others)
    # The heads of the tables: the next-ranked host hosts the next table.
    heads = [hosts.popleft() if hosts else None for _ in tables]
    # The top tables fill first; each later table keeps the seat of its own head.
    seated: list[tuple[int | None, ...]] = []
    for n, spec in enumerate(tables):
        host = heads[n]
        guest = guests.popleft() if guests else None
        interpreter = (
            _bridge(host, guest, interpreters)
            if host is not None and guest is not None and spec.seats >= 3
            else None
        )
        if interpreter is not None:
            interpreters.remove(interpreter)
        used = sum(x is not None for x in (host, guest, interpreter))
        waiting = len(hosts) + len(guests) + len(interpreters) + len(rest)
        take_here = min(spec.seats - used, waiting)
        table_hosts: list[Participant] = []
        table_guests: list[Participant] = []
        table_rest: list[Participant] = []
        while len(table_hosts) + len(table_guests) + len(table_rest) < take_here:
            # Guests and hosts alternately by rank, then interpreters left over, then the rest.
            if guests and (len(table_guests) <= len(table_hosts) or not hosts):
                table_guests.append(guests.popleft())
            elif hosts:
                table_hosts.append(hosts.popleft())
            elif interpreters:
                table_rest.append(interpreters.pop(0))
            else:
                table_rest.append(rest.popleft())
        seated.append(
            _arrange(spec.seats, host, guest, interpreter, table_hosts, table_guests, table_rest)
        )
    principal_host = heads[0].id if heads and heads[0] is not None else None
    principal_guest = who.guests[0].id if who.guests else None
    return SeatingPlan(
        item_id=item.id,
        attendees=tuple(p.id for p in everyone),
        principal_host=principal_host,
        principal_guest=principal_guest,
        tables=tuple(SeatedTable(spec, seats) for spec, seats in zip(tables, seated, strict=True)),
    )


# What is wrong with a plan --------------------------------------------------------------


def neighbours(table: SeatedTable, index: int) -> tuple[int | None, int | None]:
    """Who sits on either side of seat ``index`` (0-based), round the table."""
    n = len(table.seats)
    return table.seats[(index - 1) % n], table.seats[(index + 1) % n]


def lonely_speakers(
    plan: SeatingPlan, people: Mapping[int, Participant]
) -> list[tuple[int, int, int]]:
    """(table, seat, person) for everyone who shares no language with either neighbour
    (people with no languages given are not judged)."""
    out = []
    for t in plan.tables:
        for i, pid in enumerate(t.seats):
            if pid is None or not people[pid].languages:
                continue
            beside = [people[x] for x in neighbours(t, i) if x is not None and x != pid]
            beside = [b for b in beside if b.languages]
            if beside and not any(share_language(people[pid], b) for b in beside):
                out.append((t.spec.number, i + 1, pid))
    return out


def dietary_summary(
    plan: SeatingPlan, people: Mapping[int, Participant]
) -> dict[int, list[tuple[str, list[int]]]]:
    """Per table number: each dietary need and who has it (in seat order)."""
    out: dict[int, list[tuple[str, list[int]]]] = {}
    for t in plan.tables:
        needs: dict[str, list[int]] = {}
        for pid in t.seats:
            if pid is not None and people[pid].dietary.strip():
                needs.setdefault(people[pid].dietary.strip(), []).append(pid)
        out[t.spec.number] = sorted(needs.items())
    return out


def seat_counts(plan: SeatingPlan) -> dict[int, int]:
    """How many seats each person has in the plan."""
    counts: dict[int, int] = {}
    for t in plan.tables:
        for pid in t.seats:
            if pid is not None:
                counts[pid] = counts.get(pid, 0) + 1
    return counts


def seat_of(plan: SeatingPlan) -> dict[int, tuple[int, int]]:
    """person id -> (table number, seat number) (the first, should one sit twice)."""
    out: dict[int, tuple[int, int]] = {}
    for t in plan.tables:
        for i, pid in enumerate(t.seats):
            if pid is not None:
                out.setdefault(pid, (t.spec.number, i + 1))
    return out


# Stored plans and their problems -------------------------------------------------------


def stored_plans(snap: TourSnapshot) -> dict[int, SeatingPlan]:
    """The seating plan stored for each seated item, by item id. A table's ``seats``
    run past its capacity when someone sits beyond it (and a table the item lacks has
    capacity 0), so that ``check`` reports such a seat rather than lose it."""
    tables: dict[int, dict[int, TableSpec]] = {}
    for t in snap.item_tables:
        tables.setdefault(t.item_id, {})[t.number] = TableSpec(
            t.number, TableShape(t.shape), t.seats
        )
    seats: dict[int, dict[tuple[int, int], int]] = {}
    for s in snap.seats:
        seats.setdefault(s.item_id, {})[(s.table, s.seat)] = s.participant_id
    out: dict[int, SeatingPlan] = {}
    for item_id in tables.keys() | seats.keys():
        specs = dict(tables.get(item_id, {}))
        placed = seats.get(item_id, {})
        for table, _seat in placed:
            specs.setdefault(table, TableSpec(table, TableShape.ROUND, 0))
        seated = []
        for n, spec in sorted(specs.items()):
            last = max([spec.seats, *(seat for t, seat in placed if t == n)])
            seated.append(SeatedTable(spec, tuple(placed.get((n, i)) for i in range(1, last + 1))))
        out[item_id] = SeatingPlan(item_id, (), None, None, tuple(seated))
    return out


def _nearness(plan: SeatingPlan) -> dict[int, tuple[int, int]]:
    """How far each seated person is from their table's head pair (seat 1 and the last
    seat), table 1 first: the smaller, the nearer the principals."""
    out: dict[int, tuple[int, int]] = {}
    for t in plan.tables:
        n = len(t.seats)
        for i, pid in enumerate(t.seats):
            if pid is not None:
                ring = min(min(i, n - i), min(abs(n - 1 - i), n - abs(n - 1 - i)))
                out.setdefault(pid, (t.spec.number, ring))
    return out


def plan_problems(
    snap: TourSnapshot, item: ScheduleItem, plan: SeatingPlan, attendees: frozenset[int], when: str
) -> list[Problem]:
    """What ``check`` finds in a stored seating plan: attendees without a seat, people
    seated who do not attend, tables over capacity (errors); guests seated nearer the
    principals than someone who outranks them, and neighbours without a common
    language (warnings). Messages name people, not codes."""
    people = snap.participants_by_id
    title = Checks.tr("'{title}' at {when}").format(title=item.title, when=when)
    seat = seat_of(plan)
    found: list[Problem] = []
    unseated = sorted((people[p] for p in attendees - seat.keys()), key=precedence_order)
    if unseated:
        names = [p.full_name for p in unseated]
        found.append(
            Problem(
                Code.SEAT_UNASSIGNED,
                Checks.tr(
                    "{item}: {names} has (have) no seat at the tables", None, len(names)
                ).format(item=title, names=wording.names(names)),
                item_ids=(item.id,),
                participant_ids=tuple(p.id for p in unseated),
            )
        )
    extra = sorted((people[p] for p in seat.keys() - attendees), key=precedence_order)
    if extra:
        names = [p.full_name for p in extra]
        found.append(
            Problem(
                Code.SEATED_NOT_ATTENDING,
                Checks.tr(
                    "{item}: {names} is (are) seated at a table but not attending",
                    None,
                    len(names),
                ).format(item=title, names=wording.names(names)),
                item_ids=(item.id,),
                participant_ids=tuple(p.id for p in extra),
            )
        )
    for t in plan.tables:
        count = sum(pid is not None for pid in t.seats)
        if any(pid is not None for pid in t.seats[t.spec.seats :]):
            found.append(
                Problem(
                    Code.TABLE_OVER_CAPACITY,
                    Checks.tr(
                        "{item}: table {table} seats %n person(s) but has {seats}",
                        None,
                        count,
                    ).format(
                        item=title,
                        table=t.spec.number,
                        seats=Checks.tr("%n seat(s)", None, t.spec.seats),
                    ),
                    item_ids=(item.id,),
                    participant_ids=tuple(p for p in t.seats if p is not None),
                )
            )
    near = _nearness(plan)
    guests = sorted(
        (people[p] for p in near if p in attendees and people[p].role is ParticipantRole.DELEGATE),
        key=precedence_order,
    )
    farthest: Participant | None = None
    for g in guests:
        if farthest is not None and near[g.id] < near[farthest.id]:
            found.append(
                Problem(
                    Code.PRECEDENCE_INVERTED,
                    Checks.tr(
                        "{item}: {guest} sits nearer the principals than {other}, who ranks higher",
                    ).format(item=title, guest=g.full_name, other=farthest.full_name),
                    item_ids=(item.id,),
                    participant_ids=(g.id, farthest.id),
                )
            )
        elif farthest is None or near[g.id] > near[farthest.id]:
            farthest = g
    for number, seat_no, pid in lonely_speakers(plan, people):
        found.append(
            Problem(
                Code.NO_COMMON_LANGUAGE,
                Checks.tr(
                    "{item}: {name} (table {table}, seat {seat}) shares no language with either "
                    "neighbour",
                ).format(item=title, name=people[pid].full_name, table=number, seat=seat_no),
                item_ids=(item.id,),
                participant_ids=(pid,),
            )
        )
    return found
