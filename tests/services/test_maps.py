"""Which tile source, and the stops a map shows."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from tourplanner.core.errors import ValidationError
from tourplanner.core.tilemap import OSM_ATTRIBUTION, OSM_TEMPLATE, Datum
from tourplanner.services import maps, tours
from tourplanner.services.database import Database
from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample


def test_the_tile_source_setting_then_the_environment_then_osm(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in (maps.ENV_TILES, maps.ENV_ATTRIBUTION, maps.ENV_DATUM):
        monkeypatch.delenv(name, raising=False)
    osm = maps.tile_source()
    assert (osm.template, osm.attribution, osm.datum) == (
        OSM_TEMPLATE,
        OSM_ATTRIBUTION,
        Datum.WGS84,
    )
    monkeypatch.setenv(maps.ENV_TILES, "https://tiles.example.cn/{z}/{x}/{y}.png")
    monkeypatch.setenv(maps.ENV_ATTRIBUTION, "© Example Maps")
    monkeypatch.setenv(maps.ENV_DATUM, "GCJ02")
    env = maps.tile_source()
    assert env.host == "tiles.example.cn" and env.attribution == "© Example Maps"
    assert env.datum is Datum.GCJ02
    mine = maps.tile_source("https://t.example.org/{z}/{x}/{y}.png", datum="wgs84")
    assert mine.host == "t.example.org" and mine.datum is Datum.WGS84
    # An attribution is always printed: without one, the host is named.
    monkeypatch.delenv(maps.ENV_ATTRIBUTION)
    assert maps.tile_source("https://t.example.org/{z}/{x}/{y}.png").attribution == (
        "Tiles: t.example.org"
    )
    with pytest.raises(ValidationError, match=r"map tiles: .* needs"):
        maps.tile_source("https://t.example.org/tiles.png")
    with pytest.raises(ValidationError, match="datum must be wgs84 or gcj02"):
        maps.tile_source("https://t.example.org/{z}/{x}/{y}.png", datum="bd09")


def test_a_days_stops_in_programme_order(db: Database) -> None:
    load_sample(db)
    snap = tours.load_snapshot(db, SAMPLE_SLUG)
    day = snap.tour.start_date
    stops = maps.day_stops(snap, day)
    assert [s.number for s in stops] == list(range(1, len(stops) + 1))
    assert len(stops) >= 2
    assert all(a.site_id != b.site_id for a, b in itertools.pairwise(stops))
    items = {i.id: i for i in snap.items}
    starts = [min(items[i].starts_at for i in s.item_ids) for s in stops]
    assert starts == sorted(starts)
    assert maps.day_stops(snap, date(2000, 1, 1)) == []
    everywhere = maps.site_stops(snap)
    assert {s.site_id for s in stops} <= {s.site_id for s in everywhere}
