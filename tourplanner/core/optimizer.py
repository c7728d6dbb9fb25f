"""The day-route optimiser: an order and times for one day's stops with the least travel.

The rules a plan follows are in ``tourplanner.core.day_plan``: fixed stops stay put, every
stop lies inside one opening interval of its site and inside the day's window, and
consecutive stops leave at least the needed gap (travel plus buffer). Waiting is allowed.

How it searches:

* **Up to 12 flexible stops: exact.** Dynamic programming over subsets. A state is (the
  set of flexible stops visited, the last stop, how many fixed stops are done); fixed
  stops are met in time order, so that count says which comes next. Each state keeps
  Pareto labels (travel so far, earliest finish): less travel is better, but so is an
  earlier finish, because it can be what lets a later stop make its opening hours. Each
  stop starts as early as it can (the ready time, rounded up to a whole minute, pushed
  into the next opening interval), which loses nothing because a stop that can start at
  some time can also start at any earlier allowed one. States are pruned with a lower
  bound (the cheapest way into every stop still to come) against the best plan known so
  far, which starts as the better of the current order and the heuristic below. The
  result is the optimum; among equally short plans the current order is kept.
* **Above 12 flexible stops: heuristic.** Candidate orders are the current order (when it
  works) and two greedy insertions: the fixed stops in time order, then each flexible
  stop (the most constrained first, or in their current time order) inserted where it
  adds the least travel while the whole day stays workable. Each candidate is improved
  by local search until no move helps: or-opt (move a run of 1-3 flexible stops
  elsewhere, also reversed), 2-opt (reverse a run of flexible stops) and swapping two
  flexible stops, every move checked for feasibility by simulating the day. The best
  result wins, so the plan is never longer than a workable current order. It is not
  guaranteed optimal, and ``DayPlan.exact`` is False.

Traffic bands (a road time × a factor by the leg's local departure time, as the travel
check counts it): every order is then simulated leg by leg at its departure times, and
only the heuristic runs (``DayPlan.exact`` is False), since the exact search assumes a
leg's minutes do not depend on when it leaves.

Times: once the order is chosen, each flexible stop starts as close to its current time
as the order allows (``DayModel.schedule``), so an unchanged order keeps unchanged times.

When no plan exists, ``InfeasibleDayError`` names the blocking constraint
(``tourplanner.core.day_diagnosis``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from math import ceil, inf

from tourplanner.core.day_diagnosis import certain_blocker, combination_blocker, static_blocker
from tourplanner.core.day_plan import (
    EPS,
    DayModel,
    DayPlan,
    DayRequest,
    InfeasibleDayError,
)

EXACT_LIMIT = 12  # flexible stops up to which the search is exhaustive

# A DP label: (travel so far, finish minute, node, parent label or None).
Label = tuple[float, float, int, "Label | None"]
Found = tuple[float, list[int]]  # (travel, order as indices into the request's stops)


def optimise_day(request: DayRequest) -> DayPlan:
    """The plan with the least travel for the day's stops (exact up to ``EXACT_LIMIT``
    flexible stops). Raises ``InfeasibleDayError`` saying why when no plan works."""
    m = DayModel(request)
    if m.n == 0:
        return m.plan([], [], exact=True)
    blocker = certain_blocker(m)
    if blocker is not None:
        raise InfeasibleDayError(request.date, blocker)
    flex = [i for i in range(m.n) if m.fixed[i] is None]
    fixed = sorted((i for i in range(m.n) if m.fixed[i] is not None), key=_fixed_key(m))
    current = m.current_order()
    simulated = m.simulate(current)
    best: Found | None = (simulated[0], current) if simulated is not None else None
    found = improve(m, flex, fixed, current if best is not None else None)
    if found is not None and (best is None or found[0] < best[0] - EPS):
        best = found
    # With traffic bands a leg's minutes depend on when it leaves, which the subset search
    # (earliest starts, Pareto labels on travel and finish) cannot honour: heuristic only.
    exact = len(flex) <= EXACT_LIMIT and not m.banded
    if exact:
        found = exact_search(m, flex, fixed, inf if best is None else best[0])
        if found is not None:
            best = found
    if best is None:
        blocker = static_blocker(m) or combination_blocker(m, exhaustive=exact)
        raise InfeasibleDayError(request.date, blocker)
    order = best[1]
    return m.plan(order, m.schedule(order), exact=exact)


def _fixed_key(m: DayModel) -> Callable[[int], float]:
    def key(i: int) -> float:
        f = m.fixed[i]
        assert f is not None
        return f

    return key


# -- exact search --------------------------------------------------------------------------


def exact_search(m: DayModel, flex: list[int], fixed: list[int], upper: float) -> Found | None:
    """The workable order with the least travel if it is below ``upper`` (else None).

    ``flex`` are the flexible stops, ``fixed`` the fixed ones in time order (indices into
    the request's stops). Nodes: 0..F-1 flexible, F..F+K-1 fixed, F+K the day's start.
    """
    nf, nk = len(flex), len(fixed)
    nodes = flex + fixed
    root = nf + nk
    travel = [[m.travel[a][b] for b in nodes] for a in nodes] + [[m.start_travel[b] for b in nodes]]
    gap = [[m.gap[a][b] for b in nodes] for a in nodes] + [[0.0] * len(nodes)]
    end_travel = [m.end_travel[a] for a in nodes]
    dur = [m.dur[a] for a in nodes]
    windows = [m.windows[a] for a in flex]
    # mypy: ``fixed`` lists fixed stops, whose start is set (no check in this hot path).
    fixed_start: list[float] = [m.fixed[a] for a in fixed]  # type: ignore[misc]
    # A flexible stop visited while k fixed stops are done must end before fixed stop k.
    limit = [*fixed_start, m.win_hi]

    # Lower bound on the travel still to come: every stop not yet reached needs a way in.
    way_in = [
        min((travel[u][v] for u in range(len(nodes)) if u != v), default=0.0)
        for v in range(len(nodes))
    ]
    full = (1 << nf) - 1
    rest_flex = [0.0] * (full + 1)
    for mask in range(full - 1, -1, -1):
        low = (~mask) & (mask + 1)  # lowest unvisited stop
        rest_flex[mask] = rest_flex[mask | low] + way_in[low.bit_length() - 1]
    to_end = min(end_travel) if m.end_site_id is not None else 0.0
    rest_fixed = [sum(way_in[nf + k :]) + to_end for k in range(nk + 1)]

    fronts: list[list[list[Label] | None]] = [[None] * ((full + 1) * nf) for _ in range(nk + 1)]
    fixed_done: list[dict[int, Label]] = [{} for _ in range(nk + 1)]
    fixed_done[0][0] = (0.0, m.win_lo, root, None)
    best: Label | None = None
    best_total = inf
    bound = upper - EPS

    for mask in range(full + 1):
        free = [j for j in range(nf) if not mask >> j & 1]
        for k in range(nk + 1):
            sources: list[Label] = []
            head = fixed_done[k].get(mask)
            if head is not None:
                sources.append(head)
            front_k = fronts[k]
            for j in range(nf):
                if mask >> j & 1:
                    labels = front_k[mask * nf + j]
                    if labels:
                        sources.extend(labels)
            if not sources:
                continue
            lim = limit[k] + EPS
            rest_k = rest_fixed[k]
            for label in sources:
                t, f, u, _ = label
                t_row, g_row = travel[u], gap[u]
                for j in free:
                    g = g_row[j]
                    if g == inf:
                        continue
                    r = ceil(f + g - EPS)
                    for a, b in windows[j]:
                        if r <= b:
                            s = a if a > r else r
                            break
                    else:
                        continue
                    e = s + dur[j]
                    if e > lim:
                        continue
                    nt = t + t_row[j]
                    nm = mask | (1 << j)
                    if nt + rest_flex[nm] + rest_k >= bound:
                        continue
                    key = nm * nf + j
                    front = front_k[key]
                    new: Label = (nt, e, j, label)
                    if front is None:
                        front_k[key] = [new]
                        continue
                    for o in front:
                        if o[0] <= nt + 1e-9 and o[1] <= e:
                            break
                    else:
                        front[:] = [o for o in front if not (nt <= o[0] + 1e-9 and e <= o[1])]
                        front.append(new)
                if k < nk:
                    v = nf + k
                    g = g_row[v]
                    if g != inf and f + g <= fixed_start[k] + EPS:
                        nt = t + t_row[v]
                        if nt + rest_flex[mask] + rest_fixed[k + 1] < bound:
                            seen = fixed_done[k + 1].get(mask)
                            if seen is None or nt < seen[0]:
                                fixed_done[k + 1][mask] = (nt, fixed_start[k] + dur[v], v, label)
                elif mask == full:
                    total = t + end_travel[u]
                    if total < bound:
                        bound = total - EPS
                        best, best_total = label, total
    if best is None:
        return None
    order: list[int] = []
    node: Label | None = best
    while node is not None and node[2] != root:
        order.append(nodes[node[2]])
        node = node[3]
    order.reverse()
    return best_total, order


# -- heuristic -----------------------------------------------------------------------------


def improve(
    m: DayModel, flex: list[int], fixed: list[int], start: list[int] | None
) -> Found | None:
    """The heuristic: greedy insertion and local search (see the module docstring).
    ``start`` is a workable order to improve on, or None."""
    candidates: list[list[int]] = [] if start is None else [list(start)]

    def tightness(j: int) -> tuple[float, float]:
        room = sum(b - a for a, b in m.windows[j])
        preferred = m.preferred[j]
        return room, preferred if preferred is not None else inf

    def current_time(j: int) -> float:
        p = m.preferred[j]
        return inf if p is None else p

    for order in (sorted(flex, key=tightness), sorted(flex, key=current_time)):
        seq = _greedy(m, order, fixed)
        if seq is not None and seq not in candidates:
            candidates.append(seq)
    best: Found | None = None
    for seq in candidates:
        found = _local_search(m, seq)
        if best is None or found[0] < best[0] - EPS:
            best = found
    return best


def _greedy(m: DayModel, order: list[int], fixed: list[int]) -> list[int] | None:
    seq = list(fixed)
    for j in order:
        best: tuple[float, int] | None = None
        for p in range(len(seq) + 1):
            result = m.simulate([*seq[:p], j, *seq[p:]])
            if result is not None and (best is None or result[0] < best[0] - EPS):
                best = (result[0], p)
        if best is None:
            return None
        seq.insert(best[1], j)
    return seq if m.simulate(seq) is not None else None  # with no flexible stops: unchecked


MAX_EVALUATIONS = 200_000  # bounds the local search on very long days


def _local_search(m: DayModel, seq: list[int]) -> Found:
    simulated = m.simulate(seq)
    assert simulated is not None
    best = simulated[0]
    budget = MAX_EVALUATIONS
    improved = True
    while improved and budget > 0:
        improved = False
        for cand in _neighbours(m, seq):
            budget -= 1
            result = m.simulate(cand)
            if result is not None and result[0] < best - EPS:
                seq, best, improved = cand, result[0], True
                break
            if budget <= 0:
                break
    return best, seq


def _neighbours(m: DayModel, seq: list[int]) -> Iterator[list[int]]:
    """Or-opt, 2-opt and swap moves of flexible stops (fixed ones keep their time order)."""
    n = len(seq)
    movable = [m.fixed[i] is None for i in seq]
    for length in (1, 2, 3):
        for i in range(n - length + 1):
            if not all(movable[i : i + length]):
                continue
            seg = seq[i : i + length]
            rest = seq[:i] + seq[i + length :]
            for p in range(len(rest) + 1):
                if p == i:
                    continue
                yield rest[:p] + seg + rest[p:]
                if length > 1:
                    yield rest[:p] + seg[::-1] + rest[p:]
    for i in range(n):
        if not movable[i]:
            continue
        for j in range(i + 2, n):
            if not movable[j]:
                break
            yield seq[:i] + seq[i : j + 1][::-1] + seq[j + 1 :]
    flexible_positions = [i for i in range(n) if movable[i]]
    for x, i in enumerate(flexible_positions):
        for j in flexible_positions[x + 1 :]:
            cand = list(seq)
            cand[i], cand[j] = cand[j], cand[i]
            yield cand
