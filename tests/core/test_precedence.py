"""The order of precedence: complete, without ties, and the rules' first proposal."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.core.builders import TourBuilder
from tourplanner.core.enums import ParticipantRole
from tourplanner.core.manifests import vehicle_manifests
from tourplanner.core.model import Participant
from tourplanner.core.precedence import (
    in_precedence,
    ordered_keys,
    proposed,
    ranks,
    title_level,
    untied_ranks,
)


def _people(*specs: tuple[str, str, str]) -> list[Participant]:
    b = TourBuilder()
    for name, role, _title in specs:
        b.person(name, role)
    return [replace(p, title=spec[2]) for p, spec in zip(b.people, specs, strict=True)]


def test_titles_rank_heads_over_ministers_over_mayors_and_deputies_below_their_office() -> None:
    assert title_level("President") < title_level("Minister of Trade") < title_level("Mayor")
    assert title_level("Minister") < title_level("Vice Minister") < title_level("Mayor")
    assert title_level("副市长") > title_level("市长")
    assert title_level("Vice-Chancellor, University of Nottingham") > title_level("Governor")
    assert title_level("Publisher") == 9


def test_the_proposal_puts_vips_then_guests_and_hosts_by_title_then_staff() -> None:
    people = _people(
        ("Driver Deng", "driver", "Coach driver"),
        ("Host Mayor", "host", "Mayor of Chongqing"),
        ("Guest Editor", "delegate", "Editor"),
        ("Guest Minister", "delegate", "Minister"),
        ("Interpreter Sun", "interpreter", "Director of interpreting"),
        ("Host Deputy Mayor", "host", "Deputy Mayor"),
    )
    people[2] = replace(people[2], is_vip=True)
    names = [p.full_name for p in proposed(people)]
    assert names == [
        "Guest Editor",  # VIP
        "Guest Minister",
        "Host Mayor",
        "Host Deputy Mayor",
        "Interpreter Sun",  # works on the tour: after every guest and host
        "Driver Deng",
    ]


def test_organiser_ranks_come_first_and_ties_are_settled_without_sharing_a_place() -> None:
    people = _people(("A", "delegate", ""), ("B", "host", "Mayor"), ("C", "delegate", "Minister"))
    people[0] = replace(people[0], precedence=1)
    people[2] = replace(people[2], precedence=1)  # a tie from an old file
    order = in_precedence(people)
    assert [p.full_name for p in order] == ["C", "A", "B"]  # the tie by the rules (title)
    assert list(ranks(order).values()) == [1, 2, 3]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(list(ParticipantRole)),
            st.sampled_from(["", "Minister", "Vice Mayor", "Editor", "主任", "Director"]),
            st.booleans(),
            st.one_of(st.none(), st.integers(1, 5)),
        ),
        min_size=1,
        max_size=30,
    )
)
def test_any_people_get_one_complete_order_whatever_the_input_order(specs: list) -> None:  # type: ignore[type-arg]
    b = TourBuilder()
    for i, _ in enumerate(specs):
        b.person(f"Person {i % 3}")  # repeated names on purpose
    people = [
        replace(p, role=role, title=title, is_vip=vip, precedence=rank)
        for p, (role, title, vip, rank) in zip(b.people, specs, strict=True)
    ]
    order = in_precedence(people)
    assert order == in_precedence(list(reversed(people)))
    assert len({p.key for p in order}) == len(people)
    ranked = [p.precedence for p in order if p.precedence is not None]
    assert ranked == sorted(ranked)
    assert all(p.precedence is not None for p in order[: len(ranked)])


def test_a_new_order_must_name_everyone_once() -> None:
    assert ordered_keys(["b", "a"], ["a", "b"]) == ["b", "a"]
    with pytest.raises(ValueError, match="'a' is listed twice"):
        ordered_keys(["a", "a", "b"], ["a", "b"])
    with pytest.raises(ValueError, match="'c' is not a person"):
        ordered_keys(["a", "c"], ["a", "b"])
    with pytest.raises(ValueError, match="'b' is missing"):
        ordered_keys(["a"], ["a", "b"])


def test_vehicles_go_in_the_order_of_their_highest_ranked_passenger() -> None:
    b = TourBuilder()
    staff, minister, editor = b.person("Staff", "staff"), b.person("Minister"), b.person("Editor")
    b.people[minister - 1] = replace(b.people[minister - 1], precedence=1)
    b.people[editor - 1] = replace(b.people[editor - 1], precedence=2)
    transfer = b.item("Transfer", "2021-03-27 09:00", "2021-03-27 09:30", kind="transfer")
    a, z, empty = b.vehicle("A van", 8), b.vehicle("Z car", 4), b.vehicle("B bus", 40)
    b.seat(a, transfer, staff, editor)
    b.seat(z, transfer, minister)
    b.seat(empty, transfer)
    (manifest,) = vehicle_manifests(b.snapshot())
    assert [load.vehicle.name for load in manifest.loads] == ["Z car", "A van"]


@given(st.lists(st.tuples(st.integers(1, 12), st.booleans()), max_size=25))
def test_untying_keeps_ranks_just_set_and_the_others_order(entries: list) -> None:  # type: ignore[type-arg]
    rows = [(i, rank, just, f"n{i}", f"k{i}") for i, (rank, just) in enumerate(entries)]
    moves = untied_ranks(rows)
    final = {i: moves.get(i, rank) for i, rank, *_ in rows}
    assert len(set(final.values())) == len(final)  # no ties
    kept = {}
    for i, rank, just, *_ in sorted(rows, key=lambda r: (r[1], not r[2], r[3])):
        if just and rank not in kept:
            kept[rank] = i
    assert all(final[i] == rank for rank, i in kept.items())
    # The others keep their order: by rank, and at a shared rank the ones just ranked first.
    others = sorted(
        (r for r in rows if r[0] not in kept.values()), key=lambda r: (r[1], not r[2], r[3])
    )
    assert [final[r[0]] for r in others] == sorted(final[r[0]] for r in others)
    assert all(final[i] >= rank for i, rank, *_ in rows)  # nobody moves up
