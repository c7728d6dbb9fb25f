"""Seating proposals: the hard rules for any tour (hypothesis), and the protocol."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.builders import TourBuilder
from tourplanner.core.seating import (
    TableShape,
    TableSpec,
    check_tables,
    dietary_summary,
    lonely_speakers,
    parse_tables,
    propose,
    seat_counts,
)

LANGS = [("zh",), ("en",), ("ja",), ("zh", "en"), ("ru",), ()]


@st.composite
def banquets(draw):  # type: ignore[no-untyped-def]
    b = TourBuilder()
    roles = draw(
        st.lists(
            st.sampled_from(["delegate", "host", "interpreter", "staff", "media"]),
            min_size=1,
            max_size=60,
        )
    )
    for i, role in enumerate(roles):
        pid = b.person(f"P{i}", role, draw(st.sampled_from(LANGS)))
        rank = draw(st.one_of(st.none(), st.integers(1, 80)))
        b.people[pid - 1] = replace(b.people[pid - 1], precedence=rank)
    who = [pid for pid in range(1, len(roles) + 1)]
    item = b.item("Dinner", "2021-03-27 18:00", "2021-03-27 20:00", kind="meal", who=who)
    sizes = draw(st.lists(st.integers(2, 14), min_size=1, max_size=8))
    shortfall = len(roles) - sum(sizes)
    if shortfall > 0:
        sizes.append(shortfall + draw(st.integers(0, 3)))
    tables = [
        TableSpec(n, draw(st.sampled_from(list(TableShape))), size)
        for n, size in enumerate(sizes, start=1)
    ]
    return b.snapshot(), item, tables


# Hypothesis's 100 examples (HYPOTHESIS_PROFILE=thorough: 1000): the rules are checked on
# every seat of every table, and hypothesis tries the edges (one guest, no host, no
# delegate, tables exactly full, a shortfall table) early.
@settings(deadline=None)
@given(banquets())
def test_every_proposal_meets_the_hard_rules(case) -> None:  # type: ignore[no-untyped-def]
    snap, item, tables = case
    plan = propose(snap, item, tables)
    # Each attendee seated exactly once; nobody else.
    assert seat_counts(plan) == {pid: 1 for pid in snap.attendee_ids(item)}
    # No table over capacity (a table has exactly its seats).
    assert [len(t.seats) for t in plan.tables] == [t.seats for t in tables]
    people = snap.participants_by_id
    top = plan.tables[0].seats
    if plan.principal_host is not None:
        assert top[0] == plan.principal_host
        hosts = [p for p in people.values() if p.role.value == "host"]
        assert people[plan.principal_host] == min(hosts, key=_rank)
    if plan.principal_guest is not None:
        delegates = [p for p in people.values() if p.role.value == "delegate"]
        assert people[plan.principal_guest] == min(delegates, key=_rank)
        # Side by side at table 1, the guest on the host's right (the last seat).
        expected = -1 if plan.principal_host is not None else 0
        assert top[expected] == plan.principal_guest


def _rank(p):  # type: ignore[no-untyped-def]
    from tourplanner.core.precedence import precedence_order

    return precedence_order(p)


def _banquet():  # type: ignore[no-untyped-def]
    b = TourBuilder()
    g = [b.person(f"Guest {i}", "delegate", ("ru",)) for i in range(1, 6)]
    h = [b.person(f"Host {i}", "host", ("zh",)) for i in range(1, 4)]
    interp = b.person("Interpreter", "interpreter", ("zh", "ru"))
    for rank, pid in enumerate([*g, *h], start=1):
        b.people[pid - 1] = replace(b.people[pid - 1], precedence=rank)
    b.people[g[1] - 1] = replace(b.people[g[1] - 1], dietary="Vegetarian")
    item = b.item("Welcome dinner", "2021-03-27 18:00", "2021-03-27 20:00", kind="meal",
                  who=[*g, *h, interp])  # fmt: skip
    return b.snapshot(), item, g, h, interp


def test_principals_interpreter_and_alternation_at_the_top_table() -> None:
    snap, item, g, h, interp = _banquet()
    plan = propose(snap, item, parse_tables("2x5"))
    t1, t2 = plan.tables
    # Host 1 at seat 1, Guest 1 on the host's right (seat 5), the interpreter beside the
    # guest (they share no language with the host); Guest 2 on the host's left.
    assert t1.seats == (h[0], g[1], h[2], interp, g[0])
    # The next-ranked host hosts table 2, with the next guests.
    assert t2.seats[0] == h[1] and t2.seats[-1] == g[2]
    assert (plan.principal_host, plan.principal_guest) == (h[0], g[0])
    assert dietary_summary(plan, snap.participants_by_id)[1] == [("Vegetarian", [g[1]])]
    # Guest 2 (Russian) sits between Host 1 and Host 3 (Chinese): flagged.
    assert (1, 2, g[1]) in lonely_speakers(plan, snap.participants_by_id)


def test_too_few_seats_and_bad_table_texts_are_named() -> None:
    snap, item, *_ = _banquet()
    with pytest.raises(ValueError, match="9 attendees of 'Welcome dinner' but only 8 seats"):
        propose(snap, item, parse_tables("2x4"))
    assert [t.shape for t in parse_tables("1x12long,2x10")] == ["long", "round", "round"]
    assert [t.number for t in parse_tables("1x12long,2x10")] == [1, 2, 3]
    for bad in ("ten", "4x", "0x10", "4x1", "4x10square"):
        with pytest.raises(ValueError):
            parse_tables(bad)
    # One check of the counts, for --tables and the seating view's table editor.
    bounds = "between 1 and 500 tables of 2 to 200 seats"
    with pytest.raises(ValueError, match=f"^'0x10': {bounds}$"):
        parse_tables("0x10")
    for count, seats in ((0, 10), (501, 10), (1, 1), (1, 201)):
        with pytest.raises(ValueError, match=f"^{bounds}$"):
            check_tables(count, seats)
    check_tables(500, 200)
    check_tables(1, 2)
