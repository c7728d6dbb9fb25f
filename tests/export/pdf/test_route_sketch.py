"""Route sketch labels, checked geometrically: no name covers another name, a marker,
the scale bar, the north arrow or the frame, and every site is named (on the sketch,
else in the legend under it)."""

from __future__ import annotations

import math
from itertools import combinations
from pathlib import Path

import pytest

from tourplanner.core.model import TourSnapshot
from tourplanner.export.pdf import TourIndex
from tourplanner.export.pdf.facts import Stop
from tourplanner.export.pdf.fonts import register_fonts
from tourplanner.export.pdf.programme import SKETCH_HEIGHT
from tourplanner.export.pdf.route_sketch import INSET, Box, layout
from tourplanner.imports.tourfile_reader import read_tour_file

WIDTH = 595.27 - 2 * 46.0  # A4 less the margins: the width the briefings give it
HARD_CASE = Path(__file__).resolve().parents[2] / "data" / "hard-case.tour.json"


def overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def check(stops: tuple[Stop, ...], width: float = WIDTH, height: float = SKETCH_HEIGHT) -> int:
    """Assert the layout rules; return how many sites are named on the sketch."""
    labels, markers, reserved = layout(stops, width, height, register_fonts())
    boxes = [label.box for label in labels]
    for a, b in combinations(boxes, 2):
        assert not overlap(a, b), (a, b)
    for box in boxes:
        assert box[0] >= INSET and box[2] <= width - INSET, box
        assert box[1] >= INSET and box[3] <= height - INSET, box
        for other in (*markers, *reserved):
            assert not overlap(box, other), (box, other)
    assert len({label.text for label in labels}) == len(labels)  # each site named once
    return len(labels)


def sample_days(snap: TourSnapshot) -> list[tuple[Stop, ...]]:
    return [day.stops for day in TourIndex(snap).booklet().programme.days if day.stops]


def test_the_samples_days_name_every_site_without_overlaps(snap: TourSnapshot) -> None:
    for stops in sample_days(snap):
        assert check(stops) == len({s.name for s in stops}), [s.name for s in stops]


def test_the_hard_cases_dense_day() -> None:
    hard = read_tour_file(HARD_CASE.read_bytes(), HARD_CASE.name)
    for stops in sample_days(hard):
        assert check(stops) == len({s.name for s in stops})


@pytest.mark.parametrize("count", [6, 12, 18])
def test_a_dense_synthetic_day(count: int) -> None:
    """``count`` sites within about a kilometre, long names: every label that is placed
    obeys the rules, and most sites are named on the sketch (the legend has the rest)."""
    stops = tuple(
        Stop(
            n + 1,
            f"Pavilion {n + 1}, Liangjiang Innovation Park",
            29.70 + 0.004 * math.sin(n * 2.4) * (n % 4 + 1) / 4,
            106.60 + 0.005 * math.cos(n * 2.4) * (n % 3 + 1) / 3,
        )
        for n in range(count)
    )
    named = check(stops)
    assert named >= min(count, 6), named
