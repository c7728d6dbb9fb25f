"""Sites spreadsheets (issue 15): the local address and meeting points come in under their
Chinese and English headers, are checked like any text, and survive the sites sheet's
export and import, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from tourplanner.export.sheet_tables import sites_table
from tourplanner.export.sheets import xlsx_bytes
from tourplanner.imports.sheet_fields import SITES_FIELDS
from tourplanner.services import sites, tours
from tourplanner.services.database import Database
from tourplanner.services.sheet_import import RowsRejected, import_sites
from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample

ON_THE_DAY = {"local_address", "meeting_point", "local_meeting_point"}


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("地址", "local_address"),
        ("中文地址", "local_address"),
        ("本地地址", "local_address"),
        ("Address (Chinese)", "local_address"),
        ("Address", "address"),
        ("英文地址", "address"),
        ("集合地点", "meeting_point"),
        ("Meeting point", "meeting_point"),
        ("集合地点 Meeting point", "meeting_point"),
        ("Meeting point (local)", "local_meeting_point"),
        ("中文集合地点", "local_meeting_point"),
        ("地点", "name"),  # a place's name, not its meeting point
    ],
)
def test_headers_name_the_on_the_day_fields(header: str, field: str) -> None:
    assert SITES_FIELDS.resolve_field(header) == field


def test_a_chinese_sheet_fills_the_local_address_and_meeting_points(
    db: Database, tmp_path: Path
) -> None:
    load_sample(db)
    path = tmp_path / "sites.csv"
    path.write_text(
        "名称,类别,中文地址,集合地点,Meeting point (local)\n"
        "Chongqing Science and Technology Museum,博物馆,重庆市江北区江北城文星门街7号,"
        "Main entrance,正门\n",
        encoding="utf-8",
    )
    outcome = import_sites(db, SAMPLE_SLUG, path)
    assert outcome.created == 1
    museum = next(
        s for s in tours.load_snapshot(db, SAMPLE_SLUG).sites if s.name.startswith("Chongqing Sci")
    )
    assert museum.local_address == "重庆市江北区江北城文星门街7号"
    assert (museum.meeting_point, museum.local_meeting_point) == ("Main entrance", "正门")


def test_a_control_character_in_a_meeting_point_is_a_row_error(
    db: Database, tmp_path: Path
) -> None:
    load_sample(db)
    path = tmp_path / "sites.csv"
    path.write_text("名称,集合地点\nMuseum,Gate\x07 B\n", encoding="utf-8")
    with pytest.raises(RowsRejected):
        import_sites(db, SAMPLE_SLUG, path)
    plan = import_sites(db, SAMPLE_SLUG, path, dry_run=True).plan
    (error,) = plan.errors
    assert str(error).startswith("row 2, 集合地点:") and "U+0007" in str(error)


def test_sites_sheet_round_trip_keeps_the_local_address(db: Database, tmp_path: Path) -> None:
    load_sample(db)
    before = tours.load_snapshot(db, SAMPLE_SLUG)
    path = tmp_path / "sites.xlsx"
    path.write_bytes(xlsx_bytes([sites_table(before)]))
    plan = import_sites(db, SAMPLE_SLUG, path, dry_run=True).plan
    # Read back unchanged (the sheet's coordinates count as typed in, an older rule).
    assert not any(set(r.values) & ON_THE_DAY for r in plan.updated)
    # A site that lost them gets them back from the sheet.
    lijia = next(s for s in before.sites if s.key == "lijia-smart-park")
    sites.update_site(
        db, lijia.id, lijia.version, local_address="", meeting_point="", local_meeting_point=""
    )
    import_sites(db, SAMPLE_SLUG, path)
    back = next(s for s in tours.load_snapshot(db, SAMPLE_SLUG).sites if s.key == lijia.key)
    assert {f: getattr(back, f) for f in ON_THE_DAY} == {f: getattr(lijia, f) for f in ON_THE_DAY}
    assert back.local_address.startswith("重庆市两江新区礼嘉街道")
