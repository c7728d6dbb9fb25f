"""The sample tour shipped with the app (the 2021 Chongqing media tour)."""

from __future__ import annotations

from dataclasses import dataclass

from tourplanner.paths import SAMPLES_DIR
from tourplanner.services.database import Database
from tourplanner.services.tourfile import import_tour_file
from tourplanner.services.tours import tour_exists

SAMPLE_SLUG = "chongqing-2021"
SAMPLE_FILE = SAMPLES_DIR / f"{SAMPLE_SLUG}.tour.json"


@dataclass(frozen=True)
class SampleResult:
    slug: str
    created: bool  # False when it was already there and left alone


def load_sample(db: Database, *, reset: bool = False) -> SampleResult:
    """Load the sample tour. Running it again leaves an existing copy (and any edits to it)
    alone, unless ``reset`` asks for a fresh copy."""
    if tour_exists(db, SAMPLE_SLUG) and not reset:
        return SampleResult(SAMPLE_SLUG, created=False)
    import_tour_file(db, SAMPLE_FILE, replace=True)
    return SampleResult(SAMPLE_SLUG, created=True)
