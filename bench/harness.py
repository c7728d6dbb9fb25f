"""The benchmark registry and timing helpers shared by every ``rows_*`` module.

Adding a row takes a few lines in the module of its capability::

    @row("check_tour, large (full check)", target=0.100)
    def full_check(ctx: Context) -> Measure:
        snap = ctx.tour("large").snapshot
        check_tour = need("tourplanner.core.checks", "check_tour")
        return ctx.time(lambda s: check_tour(s), setup=lambda: fresh(snap), repeat=7)

A row returns a ``Measure``: seconds (the median of its timed runs) or a ratio, with an
optional note. ``need`` turns a missing module into "not available" instead of a crash.
"""

from __future__ import annotations

import gc
import importlib
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Literal, TypeVar

from bench.generate import Generated, generate_tour
from tourplanner.core.model import TourSnapshot

Unit = Literal["s", "ratio", "MB"]
T = TypeVar("T")

# In quick mode the big sizes are swapped for small ones of the same shape.
QUICK_SIZES = {"large": "tiny", "xl": "tiny4"}


class NotAvailable(Exception):
    """The code a row measures does not exist (yet); the row says so instead of failing."""


@dataclass(frozen=True)
class Measure:
    """What a row measured: ``value`` in seconds (a median) or as a plain ratio."""

    value: float
    note: str = ""
    samples: tuple[float, ...] = ()


@dataclass(frozen=True)
class Row:
    """A registered benchmark: its name, function, target and unit."""

    name: str
    func: Callable[[Context], Measure]
    target: float | None  # the value must be at most this; None: for information only
    unit: Unit
    module: str


ROWS: list[Row] = []


def row(
    name: str, *, target: float | None = None, unit: Unit = "s"
) -> Callable[[Callable[[Context], Measure]], Callable[[Context], Measure]]:
    """Register a benchmark row; ``target`` is the largest acceptable value."""

    def register(func: Callable[[Context], Measure]) -> Callable[[Context], Measure]:
        if any(r.name == name for r in ROWS):
            raise ValueError(f"two benchmark rows are called {name!r}")
        ROWS.append(Row(name, func, target, unit, func.__module__))
        return func

    return register


def need(module: str, attr: str | None = None) -> Any:
    """Import ``module`` (and take ``attr`` from it), or raise NotAvailable."""
    try:
        found = importlib.import_module(module)
    except ImportError as e:
        raise NotAvailable(f"{module} cannot be imported ({e})") from None
    if attr is None:
        return found
    try:
        return getattr(found, attr)
    except AttributeError:
        raise NotAvailable(f"{module} has no {attr}") from None


def fresh(snapshot: TourSnapshot) -> TourSnapshot:
    """A copy of ``snapshot`` without its cached indexes, as a newly loaded tour has."""
    return replace(snapshot)


def median_seconds(
    func: Callable[[T], object],
    setup: Callable[[], T],
    *,
    repeat: int,
    warmup: int = 1,
) -> tuple[float, tuple[float, ...]]:
    """Median wall time of ``func(setup())`` over ``repeat`` runs after ``warmup`` runs.

    ``setup`` is not timed. Garbage is collected before each run, so one run's garbage
    does not land on the next; the collector stays on during the run, as in the app.
    """
    for _ in range(warmup):
        func(setup())
    samples = []
    for _ in range(max(1, repeat)):
        arg = setup()
        gc.collect()
        started = time.perf_counter()
        func(arg)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples), tuple(samples)


@dataclass
class Context:
    """What rows share during one run: the options, generated tours and memoised values."""

    quick: bool = False
    repeat_override: int | None = None
    _tours: dict[str, Generated] = field(default_factory=dict)
    _memo: dict[object, Any] = field(default_factory=dict)

    def size_name(self, size: str) -> str:
        """The size actually used for ``size`` (smaller in quick mode)."""
        return QUICK_SIZES.get(size, size) if self.quick else size

    def tour(self, size: str) -> Generated:
        """The synthetic tour of ``size``, generated once per run."""
        name = self.size_name(size)
        found = self._tours.get(name)
        if found is None:
            found = self._tours[name] = generate_tour(name)
        return found

    def repeat(self, default: int) -> int:
        """How many timed runs: ``--repeat`` if given, else ``default`` (3 at most when
        quick)."""
        if self.repeat_override is not None:
            return self.repeat_override
        return min(default, 3) if self.quick else default

    def memo(self, key: object, compute: Callable[[], T]) -> T:
        """``compute()`` once per run for ``key`` (rows that reuse another row's value)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def time(
        self,
        func: Callable[[T], object],
        setup: Callable[[], T],
        *,
        repeat: int,
        warmup: int = 1,
        note: str = "",
    ) -> Measure:
        """Time ``func(setup())`` as ``median_seconds`` does; the row's Measure."""
        median, samples = median_seconds(func, setup, repeat=self.repeat(repeat), warmup=warmup)
        return Measure(median, note, samples)
