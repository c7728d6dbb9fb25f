"""Why a day cannot be planned, in one sentence an organiser understands.

The checks go from the most specific cause to the most general, so the sentence names
the thing to change: a fixed stop outside its site's hours, two fixed appointments too
close together, a stop whose site is closed or open too briefly, a stop that fits in no
free period on its own, a set of stops that can only go in one free period that is too
short, and finally the flexible stops as a whole.
"""

from __future__ import annotations

from itertools import pairwise
from math import ceil, inf
from typing import cast

from tourplanner.core import wording
from tourplanner.core.day_plan import EPS, Blocker, DayModel, day_label

# A free period between two fixed stops (None: the start or end of the day's window).
Gap = tuple[int | None, int | None]


def _quoted(names: list[str]) -> str:
    return wording.names([f"'{n}'" for n in names], limit=4)


def _fixed_order(m: DayModel) -> list[int]:
    # The key is a float: only the fixed stops are sorted.
    return sorted(
        (i for i in range(m.n) if m.fixed[i] is not None), key=lambda i: cast(float, m.fixed[i])
    )


def _flexible(m: DayModel) -> list[int]:
    return [i for i in range(m.n) if m.fixed[i] is None]


def _title(m: DayModel, i: int) -> str:
    return m.request.stops[i].title


def _site_id(m: DayModel, i: int) -> int:
    return m.request.stops[i].site_id


def _with_buffer(m: DayModel) -> str:
    buffer = m.request.travel.buffer_minutes
    return f" with the {buffer}-min buffer" if buffer else ""


def _span(m: DayModel, i: int) -> str:
    f = m.fixed[i]
    assert f is not None
    return f"{m.clock(f)}–{m.clock(f + m.dur[i])}"


def _unknown_leg(m: DayModel, a: int, b: int) -> Blocker:
    sa, sb = _site_id(m, a), _site_id(m, b)
    return Blocker(
        f"the travel time from '{m.site_name(sa)}' to '{m.site_name(sb)}' is unknown, so "
        f"'{_title(m, b)}' cannot follow '{_title(m, a)}'; give both sites coordinates or "
        "enter a travel time for the leg",
        (m.request.stops[a].item_id, m.request.stops[b].item_id),
        (sa, sb),
    )


def _fixed_blocker(m: DayModel, *, with_travel: bool) -> Blocker | None:
    stops = m.request.stops
    day = day_label(m.request.date)
    fixed = _fixed_order(m)
    for i in fixed:
        f = m.fixed[i]
        assert f is not None
        ids: tuple[int, ...] = (stops[i].item_id,)
        site = _site_id(m, i)
        if f < m.win_lo - EPS or f + m.dur[i] > m.win_hi + EPS:
            return Blocker(
                f"'{_title(m, i)}' is fixed at {_span(m, i)}, outside the day's programme "
                f"({m.window_text()})",
                ids,
            )
        if not m.fixed_ok[i]:
            hours = m.day_hours(site) or ()
            if not hours:
                return Blocker(
                    f"'{m.site_name(site)}' is closed on {day}, but '{_title(m, i)}' is fixed "
                    f"there at {_span(m, i)}",
                    ids,
                    (site,),
                )
            return Blocker(
                f"'{_title(m, i)}' is fixed at {_span(m, i)} but '{m.site_name(site)}' is "
                f"open only {m.hours_text(hours)} on {day}",
                ids,
                (site,),
            )
    for a, b in pairwise(fixed):
        fa, fb = m.fixed[a], m.fixed[b]
        assert fa is not None and fb is not None
        ids = (stops[a].item_id, stops[b].item_id)
        end_a = fa + m.dur[a]
        if end_a > fb + EPS:
            return Blocker(
                f"'{_title(m, a)}' ({_span(m, a)}) and '{_title(m, b)}' ({_span(m, b)}) are "
                "both fixed and overlap",
                ids,
            )
        if not with_travel:
            continue
        needed = m.gap[a][b]
        if needed == inf:
            return _unknown_leg(m, a, b)
        if end_a + needed > fb + EPS:
            return Blocker(
                f"'{_title(m, a)}' ends at {m.clock(end_a)} at '{m.site_name(_site_id(m, a))}' "
                f"and '{_title(m, b)}' starts at {m.clock(fb)} at "
                f"'{m.site_name(_site_id(m, b))}', but the trip between them needs "
                f"{wording.minutes(ceil(needed - EPS))}{_with_buffer(m)}",
                ids,
                (_site_id(m, a), _site_id(m, b)),
            )
    return None


def _no_window_blocker(m: DayModel, j: int) -> Blocker:
    """Stop ``j`` has no allowed start at all: say whether the site is closed, open too
    briefly, or the window too short."""
    site = _site_id(m, j)
    day = day_label(m.request.date)
    hours = m.day_hours(site)
    title, need = _title(m, j), wording.minutes(m.dur[j])
    ids, sites = (m.request.stops[j].item_id,), (site,)
    if hours is not None and not hours:
        return Blocker(
            f"'{m.site_name(site)}' is closed on {day}, so '{title}' cannot take place that day",
            ids,
            sites,
        )
    if hours is not None:
        longest = max(
            (h.closes.hour * 60 + h.closes.minute) - (h.opens.hour * 60 + h.opens.minute)
            for h in hours
        )
        if longest < m.dur[j] - EPS:
            return Blocker(
                f"'{title}' needs {need} but '{m.site_name(site)}' is open only "
                f"{m.hours_text(hours)} on {day}",
                ids,
                sites,
            )
    if m.win_hi - m.win_lo < m.dur[j] - EPS or hours is None:
        return Blocker(
            f"'{title}' needs {need} but the day's programme runs only {m.window_text()}",
            ids,
            sites,
        )
    return Blocker(
        f"'{title}' needs {need} but '{m.site_name(site)}' is open only "
        f"{m.hours_text(hours)} on {day}, which leaves less than that within the day's "
        f"programme ({m.window_text()})",
        ids,
        sites,
    )


def _gaps(m: DayModel) -> list[Gap]:
    fixed: list[int | None] = list(_fixed_order(m))
    return list(zip([None, *fixed], [*fixed, None], strict=True))


def _gap_bounds(m: DayModel, gap: Gap) -> tuple[float, float]:
    p, n = gap
    # mypy: a gap is bounded by fixed stops, whose start is set.
    lo = m.win_lo if p is None else m.fixed[p] + m.dur[p]  # type: ignore[operator]
    hi = m.win_hi if n is None else m.fixed[n]
    assert hi is not None
    return lo, hi


def _fits_alone(m: DayModel, j: int, gap: Gap) -> tuple[bool, tuple[int, int] | None]:
    """Whether stop ``j`` fits in ``gap`` with nothing else there; also an unknown leg
    that stopped it."""
    p, n = gap
    ready = m.win_lo
    if p is not None:
        if m.gap[p][j] == inf:
            return False, (p, j)
        # mypy: p bounds the gap, so it is a fixed stop and its start is set.
        ready = m.fixed[p] + m.dur[p] + m.gap[p][j]  # type: ignore[operator]
    s = m.earliest(j, ready)
    if s is None:
        return False, None
    end = s + m.dur[j]
    if n is None:
        return end <= m.win_hi + EPS, None
    if m.gap[j][n] == inf:
        return False, (j, n)
    # mypy: n bounds the gap, so it is a fixed stop and its start is set.
    return end + m.gap[j][n] <= m.fixed[n] + EPS, None  # type: ignore[operator]


def _gap_text(m: DayModel, gap: Gap) -> str:
    lo, hi = _gap_bounds(m, gap)
    p, n = gap
    after = "the start of the day" if p is None else f"'{_title(m, p)}'"
    before = "the end of the day" if n is None else f"'{_title(m, n)}'"
    return f"between {after} and {before} ({m.clock(lo)}–{m.clock(hi)})"


def certain_blocker(m: DayModel) -> Blocker | None:
    """A cause that rules out every plan whatever the travel times, if there is one: a
    fixed stop outside the window or its site's hours, two fixed stops that overlap, a
    flexible stop with no allowed start. Cheap, so the optimiser asks before searching."""
    found = _fixed_blocker(m, with_travel=False)
    if found is not None:
        return found
    for j in _flexible(m):
        if not m.windows[j]:
            return _no_window_blocker(m, j)
    return None


def static_blocker(m: DayModel) -> Blocker | None:
    """The most specific cause for a day the search found no plan for, if one shows
    without searching: the fixed stops among themselves, or one flexible stop on its own.

    Checking pairs on their own assumes a direct leg is never slower than a detour via
    another stop; with odd travel overrides that can fail, which is why these checks only
    explain a failed search and never replace it.
    """
    found = certain_blocker(m) or _fixed_blocker(m, with_travel=True)
    if found is not None:
        return found
    flexible = _flexible(m)
    gaps = _gaps(m)
    for j in flexible:
        unknown = None
        for gap in gaps:
            ok, leg = _fits_alone(m, j, gap)
            if ok:
                break
            unknown = unknown or leg
        else:
            if unknown is not None:
                return _unknown_leg(m, *unknown)
            free = ", ".join(
                f"{m.clock(lo)}–{m.clock(hi)}"
                for lo, hi in map(lambda g: _gap_bounds(m, g), gaps)
                if hi > lo + EPS
            )
            return Blocker(
                f"'{_title(m, j)}' ({wording.minutes(m.dur[j])} at "
                f"'{m.site_name(_site_id(m, j))}') fits in none of the free periods "
                f"({free or 'none'}) once travel and opening hours are counted",
                (m.request.stops[j].item_id,),
                (_site_id(m, j),),
            )
    return None


def combination_blocker(m: DayModel, *, exhaustive: bool) -> Blocker:
    """Why the flexible stops, each workable alone, fit nowhere together."""
    stops = m.request.stops
    flexible = _flexible(m)
    ids = tuple(stops[j].item_id for j in flexible)
    for a in range(m.n):
        for b in range(m.n):
            both_fixed = m.fixed[a] is not None and m.fixed[b] is not None
            if a != b and not both_fixed and m.gap[a][b] == inf:
                sa, sb = _site_id(m, a), _site_id(m, b)
                return Blocker(
                    f"no order fits while the travel time from '{m.site_name(sa)}' to "
                    f"'{m.site_name(sb)}' is unknown; give both sites coordinates or enter a "
                    "travel time for the leg",
                    (stops[a].item_id, stops[b].item_id),
                    (sa, sb),
                )
    gaps = _gaps(m)
    forced: dict[Gap, list[int]] = {}
    for j in flexible:
        where = [g for g in gaps if _fits_alone(m, j, g)[0]]
        if len(where) == 1:
            forced.setdefault(where[0], []).append(j)
    for gap, group in forced.items():
        lo, hi = _gap_bounds(m, gap)
        need = sum(m.dur[j] for j in group)
        p, n = gap
        travel = 0.0
        if p is not None:
            travel += min(m.gap[p][j] for j in group)
        if n is not None:
            travel += min(m.gap[j][n] for j in group)
        if len(group) > 1:
            travel += (len(group) - 1) * min(m.gap[a][b] for a in group for b in group if a != b)
        if need + travel > hi - lo + EPS:
            names = [_title(m, j) for j in group]
            one = len(group) == 1
            what = "it needs" if one else "together they need"
            extra = "" if need > hi - lo + EPS else ", counting the travel,"
            return Blocker(
                f"{_quoted(names)} {'fits' if one else 'fit'} only {_gap_text(m, gap)}, but "
                f"{what}{extra} at least {wording.minutes(need + travel)} there",
                tuple(stops[j].item_id for j in group),
            )
    free = sum(hi - lo for lo, hi in map(lambda g: _gap_bounds(m, g), gaps) if hi > lo)
    need = sum(m.dur[j] for j in flexible)
    if need > free + EPS:
        return Blocker(
            f"the {wording.count(len(flexible), 'flexible stop')} "
            f"{wording.agree(flexible, 'needs', 'need')} {wording.minutes(need)}"
            f"{'' if len(flexible) == 1 else ' together'} but only {wording.minutes(free)} "
            "is free between the fixed appointments",
            ids,
        )
    if exhaustive:
        return Blocker(
            f"the {wording.count(len(flexible), 'flexible stop')} each fit on their own but "
            "not all together between the fixed appointments, given the travel between them "
            "and the opening hours",
            ids,
        )
    return Blocker(
        f"no order of the {wording.count(len(flexible), 'flexible stop')} that fits between "
        "the fixed appointments was found (with this many the search is not exhaustive); "
        "fixing some of them would guide it",
        ids,
    )
