"""Traffic bands in the tour file: written only when set, read back the same, checked by
the one check (a bad band is one line naming it); files without them read as before."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from tourplanner.core.errors import TourFileError
from tourplanner.core.travel import parse_traffic_bands
from tourplanner.services import tours
from tourplanner.services.database import Database
from tourplanner.services.tourfile import (
    SAMPLE_SLUG,
    export_tour_bytes,
    import_tour_bytes,
    load_sample,
)


def test_bands_round_trip_and_bad_ones_are_refused(db: Database) -> None:
    load_sample(db)
    before = json.loads(export_tour_bytes(db, SAMPLE_SLUG))
    assert "traffic_bands" not in before["tour"]["travel"]  # older readers see no change
    tour = tours.get_tour(db, SAMPLE_SLUG)
    bands = parse_traffic_bands("07:30–09:30 ×1.5, 17:00–24:00 ×1.25")
    travel = replace(tour.travel, traffic_bands=bands)
    tours.update_tour(db, SAMPLE_SLUG, tour.version, travel=travel)
    doc = json.loads(export_tour_bytes(db, SAMPLE_SLUG))
    assert doc["tour"]["travel"]["traffic_bands"] == [
        {"from": "07:30", "to": "09:30", "factor": 1.5},
        {"from": "17:00", "to": "24:00", "factor": 1.25},
    ]
    import_tour_bytes(db, json.dumps(doc).encode(), replace=True)
    assert tours.get_tour(db, SAMPLE_SLUG).travel == travel
    for rows, fragment in (
        ([{"from": "09:30", "to": "07:30", "factor": 1.5}], "ends before it starts"),
        (
            [
                {"from": "07:30", "to": "09:30", "factor": 1.5},
                {"from": "08:00", "to": "10:00", "factor": 2},
            ],
            "overlap",
        ),
        ([{"from": "7.30", "to": "09:30", "factor": 1.5}], "traffic_bands"),
        ([{"from": "07:30", "to": "09:30", "factor": 8}], "traffic_bands"),
    ):
        doc["tour"]["travel"]["traffic_bands"] = rows
        with pytest.raises(TourFileError, match=fragment) as caught:
            import_tour_bytes(db, json.dumps(doc).encode(), replace=True)
        assert "\n" not in str(caught.value)
    assert tours.get_tour(db, SAMPLE_SLUG).travel == travel  # nothing half-written
