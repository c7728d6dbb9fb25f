"""Opening-hours exceptions and a transfer's origin: stored by the services, checked by
the site-closed rule, in the tour file (optional, older files read as before), and a bad
value refused in one line with nothing half-written; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tourplanner.core.enums import ItemKind
from tourplanner.core.errors import TourFileError, ValidationError
from tourplanner.core.problems import Code
from tourplanner.core.timeutil import parse_opening_exception
from tourplanner.services import items, sites
from tourplanner.services.briefings import PdfRequest, export_pdfs
from tourplanner.services.database import Database
from tourplanner.services.tourfile import (
    SAMPLE_SLUG,
    export_tour_bytes,
    import_tour_bytes,
    load_sample,
)
from tourplanner.services.tours import check


def _visit_at_open_site(db: Database):
    snap_sites = {s.id: s for s in sites.list_sites(db, SAMPLE_SLUG)}
    for it in items.list_items(db, SAMPLE_SLUG):
        site = snap_sites.get(it.site_id) if it.site_id is not None else None
        if it.kind is ItemKind.VISIT and site is not None and site.opening_hours:
            return it, site
    raise AssertionError("the sample has a visit at a site with opening hours")


def _closed_problems(db: Database, item_id: int) -> list[str]:
    report = check(db, SAMPLE_SLUG)
    return [
        p.message for p in report.problems if p.code is Code.SITE_CLOSED and item_id in p.item_ids
    ]


def test_an_exception_date_overrides_the_weekly_hours(db: Database) -> None:
    load_sample(db)
    item, site = _visit_at_open_site(db)
    assert _closed_problems(db, item.id) == []
    zone = ZoneInfo(site.timezone or "Asia/Shanghai")
    day = item.starts_at.astimezone(zone).date().isoformat()
    closed = parse_opening_exception(day, "closed")
    site = sites.update_site(db, site.id, site.version, opening_exceptions=(closed,))
    assert sites.get_site(db, site.id).opening_exceptions == (closed,)
    [message] = _closed_problems(db, item.id)
    assert "is closed on" in message and site.name in message
    # Open that day, but only before the visit starts: still outside the hours.
    start = item.starts_at.astimezone(zone)
    early = parse_opening_exception(day, [f"06:00-{start:%H:%M}"])
    site = sites.update_site(db, site.id, site.version, opening_exceptions=(early,))
    [message] = _closed_problems(db, item.id)
    assert "not its usual hours" in message
    whole = parse_opening_exception(day, ["00:00-23:59"])
    sites.update_site(db, site.id, site.version, opening_exceptions=(whole,))
    assert _closed_problems(db, item.id) == []


def test_exceptions_and_from_site_round_trip_in_the_tour_file(db: Database) -> None:
    load_sample(db)
    before = json.loads(export_tour_bytes(db, SAMPLE_SLUG))
    assert all("opening_exceptions" not in s for s in before["sites"])  # unchanged files
    assert all("from_site" not in i for i in before["items"])
    _, site = _visit_at_open_site(db)
    kept = (
        parse_opening_exception("2021-03-26", []),
        parse_opening_exception("2021-03-27", ["10:00-12:00", "14:00-16:00"]),
    )
    sites.update_site(db, site.id, site.version, opening_exceptions=kept)
    transfer = next(i for i in items.list_items(db, SAMPLE_SLUG) if i.kind is ItemKind.TRANSFER)
    other = next(s for s in sites.list_sites(db, SAMPLE_SLUG) if s.id != transfer.site_id)
    items.update_item(db, transfer.id, transfer.version, from_site_id=other.id)
    doc = json.loads(export_tour_bytes(db, SAMPLE_SLUG))
    [written] = [s for s in doc["sites"] if s["key"] == site.key]
    assert written["opening_exceptions"] == {
        "2021-03-26": [],
        "2021-03-27": ["10:00-12:00", "14:00-16:00"],
    }
    [moved] = [i for i in doc["items"] if i["uid"] == transfer.uid]
    assert moved["from_site"] == other.key
    import_tour_bytes(db, json.dumps(doc).encode(), replace=True)
    back = next(s for s in sites.list_sites(db, SAMPLE_SLUG) if s.key == site.key)
    assert back.opening_exceptions == kept
    again = next(i for i in items.list_items(db, SAMPLE_SLUG) if i.uid == transfer.uid)
    assert again.from_site_id is not None
    assert sites.get_site(db, again.from_site_id).key == other.key
    for spec, fragment in (
        ({"2021-02-30": []}, "not a date"),
        ({"2021-03-27": ["12:00-10:00"]}, "closing time"),
        ({"2021-03-27": ["10:00-12:00", "11:00-13:00"]}, "overlap"),
    ):
        written["opening_exceptions"] = spec
        with pytest.raises(TourFileError, match=fragment) as caught:
            import_tour_bytes(db, json.dumps(doc).encode(), replace=True)
        assert "\n" not in str(caught.value)
    still = next(s for s in sites.list_sites(db, SAMPLE_SLUG) if s.key == site.key)
    assert still.opening_exceptions == kept  # nothing half-written


def test_a_transfer_origin_must_be_a_site_of_the_tour(db: Database) -> None:
    load_sample(db)
    transfer = next(i for i in items.list_items(db, SAMPLE_SLUG) if i.kind is ItemKind.TRANSFER)
    with pytest.raises(ValidationError):
        items.update_item(db, transfer.id, transfer.version, from_site_id=987654)
    assert items.get_item(db, transfer.id).from_site_id is None


def test_the_run_sheet_shows_a_transfer_from_its_origin(db: Database, tmp_path: Path) -> None:
    load_sample(db)
    transfer = next(
        i
        for i in items.list_items(db, SAMPLE_SLUG)
        if i.kind is ItemKind.TRANSFER and i.site_id is not None
    )
    names = {s.id: s.name for s in sites.list_sites(db, SAMPLE_SLUG)}
    origin = next(
        s for s in sites.list_sites(db, SAMPLE_SLUG) if s.id != transfer.site_id and s.name
    )
    items.update_item(db, transfer.id, transfer.version, from_site_id=origin.id)
    out = tmp_path / "run.pdf"
    export_pdfs(db, SAMPLE_SLUG, PdfRequest("runsheet", out))
    shown = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(shown.split())
    assert f"{origin.name} → {names[transfer.site_id]}" in flat
