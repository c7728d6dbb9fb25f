"""The incremental checker always agrees with a full recheck (property-based)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.builders import TourBuilder
from tourplanner.core.checks import TourChecker, check_tour
from tourplanner.core.enums import ItemKind, ItemStatus
from tourplanner.core.model import ScheduleItem, TourSnapshot

# Mostly items that block time, packed into a few hours, so edits keep interacting.
KINDS = [
    "visit", "meeting", "meal", "visit", "meeting", "transfer", "transfer", "accommodation",
    "free_time",
]  # fmt: skip
SLOTS = [
    "2021-03-26 23:30",
    *(f"2021-03-27 {h:02d}:{m:02d}" for h in range(8, 15) for m in (0, 20, 40)),
    "2021-03-28 23:40",
    "2021-03-29 00:20",
]


def base_tour() -> TourBuilder:
    t = TourBuilder()
    a = t.person("Ann", languages=("zh",))
    b = t.person("Boris", languages=("ru",))
    c = t.person("Chen", languages=("zh", "en"))
    host = t.person("Wang Jia", "host", languages=("zh", "en"))
    interp = t.person("Ira", "interpreter", languages=("ru", "zh"))
    driver = t.person("Dmitri", "driver", languages=())
    t.group("Group A", [a, b])
    t.group("Press", [c, interp])
    t.site("Lijia", 29.66, 106.49, hours={5: [("09:00", "17:00")], 6: [("10:00", "16:00")]})
    t.site("CLCIZ", 29.75, 106.49, capacity=3)
    t.site("Hotel", 29.70, 106.52)
    t.site("No coordinates")
    t.override(1, 3, 12)
    t.busy("2021-03-27 12:00", "2021-03-27 14:00", person=host)
    t.busy("2021-03-28 09:00", "2021-03-28 11:00", site=2)
    t.vehicle("Coach", seats=2, driver=driver)
    t.vehicle("Van", seats=1)
    return t


# Seats on the vehicles, fixed with the tour: (vehicle, item id, people). Most go to the
# first three items, so vehicles fill up and people end up in two; ids up to 14 also cover
# items added later.
seat_specs = st.lists(
    st.tuples(
        st.sampled_from([1, 2]),
        st.integers(1, 3) | st.integers(1, 3) | st.integers(4, 14),
        st.lists(st.integers(1, 6), min_size=1, max_size=4, unique=True),
    ),
    max_size=8,
)


attendance_specs = st.lists(
    st.sampled_from(
        ["delegation", ("group", 1), ("group", 2), 1, 2, 3, (4, "host"), (5, "interpreter"), 6]
    ),
    max_size=4,
    unique=True,
)


@st.composite
def item_specs(draw: st.DrawFn) -> dict[str, object]:
    start = draw(st.integers(0, len(SLOTS) - 2))
    length = draw(st.integers(1, 5))
    return {
        "start": SLOTS[start],
        "end": SLOTS[min(start + length, len(SLOTS) - 1)],
        "site": draw(st.sampled_from([None, 1, 2, 3, 1, 2, 3, 4])),
        "kind": draw(st.sampled_from(KINDS)),
        "status": draw(st.sampled_from(["confirmed"] * 4 + ["tentative", "cancelled"])),
        "who": draw(attendance_specs),
    }


edits = st.one_of(
    st.tuples(st.just("move"), st.integers(0, 50), st.sampled_from(range(-120, 121, 10))),
    st.tuples(st.just("resize"), st.integers(0, 50), st.sampled_from(range(10, 181, 10))),
    st.tuples(st.just("site"), st.integers(0, 50), st.sampled_from([None, 1, 2, 3, 4])),
    st.tuples(st.just("status"), st.integers(0, 50), st.sampled_from(list(ItemStatus))),
    st.tuples(st.just("kind"), st.integers(0, 50), st.sampled_from(list(ItemKind))),
    st.tuples(st.just("people"), st.integers(0, 50), attendance_specs),
    st.tuples(st.just("add"), item_specs()),
    st.tuples(st.just("delete"), st.integers(0, 50)),
)


def apply(
    t: TourBuilder, items: dict[int, ScheduleItem], checker: TourChecker, edit: tuple
) -> None:
    kind = edit[0]
    if kind == "add":
        spec = edit[1]
        t.items = list(items.values())
        new = t.item("New", spec["start"], spec["end"], site=spec["site"], kind=spec["kind"],
                     status=spec["status"], who=spec["who"])  # fmt: skip
        new = replace(new, id=max(items, default=0) + 1)
        items[new.id] = new
        checker.add_item(new)
        return
    if not items:
        return
    item = list(items.values())[edit[1] % len(items)]
    if kind == "delete":
        del items[item.id]
        checker.remove_item(item.id)
        return
    if kind == "move":
        shift = timedelta(minutes=edit[2])
        new = replace(item, starts_at=item.starts_at + shift, ends_at=item.ends_at + shift)
    elif kind == "resize":
        new = replace(item, ends_at=item.starts_at + timedelta(minutes=edit[2]))
    elif kind == "site":
        new = replace(item, site_id=edit[2])
    elif kind == "status":
        new = replace(item, status=edit[2])
    elif kind == "kind":
        new = replace(item, kind=edit[2])
    else:
        probe = TourBuilder().item("x", "2021-03-27 09:00", "2021-03-27 10:00", who=edit[2])
        new = replace(item, attendance=probe.attendance)
    items[item.id] = new
    checker.update_item(new)


def snapshot_with(base: TourSnapshot, items: dict[int, ScheduleItem]) -> TourSnapshot:
    return replace(base, items=tuple(items.values()))


# Hypothesis's 100 examples (HYPOTHESIS_PROFILE=thorough: 1000): each runs up to 15 edits
# and compares after every one, so a run checks about 800 states, on a tour of 4 sites, 6
# people and 30 slots small enough that clashes, seats and hours keep interacting.
@settings(deadline=None)
@given(
    initial=st.lists(item_specs(), max_size=12),
    seats=seat_specs,
    steps=st.lists(edits, min_size=1, max_size=15),
)
def test_incremental_result_always_equals_a_full_recheck(initial, seats, steps) -> None:
    t = base_tour()
    for vehicle, item_id, people in seats:
        t.seat(vehicle, item_id, *people)
    for spec in initial:
        t.item("Item", spec["start"], spec["end"], site=spec["site"], kind=spec["kind"],
               status=spec["status"], who=spec["who"])  # fmt: skip
    base = t.snapshot()
    items = {i.id: i for i in base.items}
    checker = TourChecker(base)
    assert checker.problems() == check_tour(base)
    for edit in steps:
        apply(t, items, checker, edit)
        assert checker.problems() == check_tour(snapshot_with(base, items)), edit


def test_an_edit_that_fixes_a_clash_removes_its_problem() -> None:
    t = base_tour()
    one = t.item("One", "2021-03-27 10:00", "2021-03-27 11:00", site=3, who=[1])
    t.item("Two", "2021-03-27 10:30", "2021-03-27 11:30", site=3, who=[1])
    checker = TourChecker(t.snapshot())
    assert [p.code.value for p in checker.problems()] == ["double-booked"]
    checker.update_item(replace(one, ends_at=one.starts_at + timedelta(minutes=30)))
    assert checker.problems() == []
