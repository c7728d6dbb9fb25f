"""The sample tour as an in-memory snapshot, read once for all export tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tourplanner.core.model import TourSnapshot
from tourplanner.export.ics import IcsOptions
from tourplanner.imports.tourfile_reader import read_tour_file
from tourplanner.paths import SAMPLES_DIR

STAMP = datetime(2021, 3, 20, 8, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def sample() -> TourSnapshot:
    path = SAMPLES_DIR / "chongqing-2021.tour.json"
    return read_tour_file(path.read_bytes(), path.name)


@pytest.fixture
def options() -> IcsOptions:
    return IcsOptions(dtstamp=STAMP)
