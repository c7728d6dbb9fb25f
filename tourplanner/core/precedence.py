"""The order of precedence: one complete order of a tour's people, without ties.

The organiser's ranks (``Participant.precedence``, 1 first) come first; anyone not yet
ranked follows in the order the rules propose (VIP, then the seniority of the title,
then the role, then the name), and the key settles the rest, so two people never tie.
Every list of people (briefings, manifests, vehicles, seating, who's who) sorts with
:func:`precedence_order`, and every list of vehicles with :func:`motorcade_key`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from tourplanner.core.enums import ParticipantRole
from tourplanner.core.i18n import Context
from tourplanner.core.model import Participant

Errors = Context("Errors")  # the catalogue context of messages people read

# Guests before hosts of the same standing (courtesy to the visitors), then the people
# who work on the tour.
ROLE_ORDER: dict[ParticipantRole, int] = {
    ParticipantRole.DELEGATE: 0,
    ParticipantRole.HOST: 1,
    ParticipantRole.ORGANISER: 2,
    ParticipantRole.INTERPRETER: 3,
    ParticipantRole.MEDIA: 4,
    ParticipantRole.STAFF: 5,
    ParticipantRole.SECURITY: 6,
    ParticipantRole.DRIVER: 7,
}

PRINCIPAL_ROLES = frozenset({ParticipantRole.DELEGATE, ParticipantRole.HOST})

# Seniority of a title, most senior first; the first pattern that matches wins, so the
# specific ones ("vice-chancellor") come before the words they contain ("chancellor").
_TITLE_LEVELS: tuple[tuple[str, int], ...] = (
    (r"vice[- ]chancellor|校长|rector|university president", 4),
    (r"secretary[- ]general|director[- ]general|秘书长", 4),
    (r"\bpresident\b|prime minister|premier|\bchancellor\b|\bking\b|\bqueen\b|主席|总统|总理", 0),
    (r"\bminister\b|\bgovernor\b|ambassador|party secretary|部长|省长|大使|书记", 1),
    (r"\bmayor\b|\bsenator\b|\bmp\b|member of parliament|市长|议员|区长", 2),
    (r"\bconsul|\bchair|\bceo\b|\bmanaging director\b|董事长|总裁|总经理|主任|局长", 3),
    (r"\bdirector\b|\bdean\b|\bprofessor\b|editor[- ]in[- ]chief|\bhead\b|院长|教授|总编|处长", 5),
    (r"\bmanager\b|\bofficer\b|\beditor\b|\bjournalist\b|\breporter\b|经理|主编|记者", 6),
)
_DEPUTY = re.compile(r"\bvice\b|\bdeputy\b|\bassistant\b|副|助理", re.IGNORECASE)
UNTITLED = 9


def title_level(title: str) -> float:
    """How senior a title reads (0 = head of state or government, 9 = no known rank);
    a vice or deputy ranks half a step below the office."""
    text = title.casefold()
    for pattern, level in _TITLE_LEVELS:
        if re.search(pattern, text):
            return level + (0.5 if _DEPUTY.search(text) else 0)
    return UNTITLED


def rule_order(p: Participant) -> tuple[int, int, float, int, str, str]:
    """Where the rules put a person: VIPs first; guests and hosts before the people who
    work on the tour; then by title, role and name."""
    return (
        0 if p.is_vip else 1,
        0 if p.role in PRINCIPAL_ROLES else 1,
        title_level(p.title),
        ROLE_ORDER[p.role],
        p.full_name.casefold(),
        p.key,
    )


def precedence_order(p: Participant) -> tuple[bool, int, tuple[int, int, float, int, str, str]]:
    """The sort key of the order of precedence: ranked people by rank, then the unranked
    as the rules propose. Keys are unique, so the order is complete and has no ties."""
    return (p.precedence is None, p.precedence or 0, rule_order(p))


MotorcadeKey = tuple[bool, tuple[object, ...], str]


def motorcade_key(passengers: Iterable[Participant], tiebreak: str) -> MotorcadeKey:
    """Where a vehicle goes in the motorcade: ordered by its highest-ranked passenger,
    vehicles without passengers last, ``tiebreak`` (its key or name) settling the rest.
    The one order of vehicles wherever they are listed (manifests, run sheet, briefings)."""
    best = min((precedence_order(p) for p in passengers), default=None)
    return (best is None, best if best is not None else (), tiebreak)


def in_precedence(people: Iterable[Participant]) -> list[Participant]:
    """``people`` in the order of precedence."""
    return sorted(people, key=precedence_order)


def proposed(people: Iterable[Participant]) -> list[Participant]:
    """The rules' first proposal for the whole order, ignoring the ranks already given."""
    return sorted(people, key=rule_order)


def ranks(order: Sequence[Participant]) -> dict[str, int]:
    """Ranks 1..n by key for people already in order."""
    return {p.key: i for i, p in enumerate(order, start=1)}


def ordered_keys(wanted: Sequence[str], known: Iterable[str]) -> list[str]:
    """Check that ``wanted`` names every key of ``known`` exactly once; raises ValueError
    naming the first key that is unknown, repeated or missing."""
    everyone = set(known)
    seen: set[str] = set()
    for key in wanted:
        if key not in everyone:
            raise ValueError(Errors.tr("{key!r} is not a person of this tour").format(key=key))
        if key in seen:
            raise ValueError(
                Errors.tr("{key!r} is listed twice; the order has no ties").format(key=key)
            )
        seen.add(key)
    missing = sorted(everyone - seen)
    if missing:
        raise ValueError(
            Errors.tr("{missing!r} is missing; the order must name everyone").format(
                missing=missing[0]
            )
        )
    return list(wanted)


def untied_ranks(ranked: Iterable[tuple[int, int, bool, str, str]]) -> dict[int, int]:
    """New ranks without ties for ``(id, rank, just_set, name, key)`` entries: the
    people just given a rank keep it (the first by name, should two be given the same);
    everyone else keeps their order (at a shared rank, the ones just ranked first) and
    moves down past the ranks taken, as far as needed and no further (gaps stay). Only
    the ids whose rank changes are returned."""
    order = sorted(ranked, key=lambda e: (e[1], not e[2], e[3].casefold(), e[4]))
    taken: set[int] = set()
    others = []
    for entry in order:
        if entry[2] and entry[1] not in taken:
            taken.add(entry[1])
        else:
            others.append(entry)
    out: dict[int, int] = {}
    last = 0
    for pid, rank, _just_set, _name, _key in others:
        new = max(rank, last + 1)
        while new in taken:
            new += 1
        if new != rank:
            out[pid] = new
        last = new
    return out
