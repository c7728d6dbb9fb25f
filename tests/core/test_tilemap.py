"""Web-mercator tile maths and tile sources."""

from __future__ import annotations

import math

import mercantile
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tourplanner.core.chinacoords import wgs84_to_gcj02
from tourplanner.core.tilemap import (
    TILE_SIZE,
    Datum,
    TileSource,
    Viewport,
    check_tile_template,
    point_at,
    world_pixel,
)

LIJIA = (29.6812, 106.5594)
AIRPORT = (29.7192, 106.6417)
CLCIZ = (29.684, 106.783)


@given(st.floats(-85, 85), st.floats(-179.9, 179.9), st.integers(0, 19))
def test_pixels_and_points_are_inverses(lat: float, lon: float, zoom: int) -> None:
    x, y = world_pixel(lat, lon, zoom)
    assert 0 <= x <= TILE_SIZE * 2**zoom and 0 <= y <= TILE_SIZE * 2**zoom
    back = point_at(x, y, zoom)
    assert back == pytest.approx((lat, lon), abs=1e-7)


@given(st.floats(-85, 85), st.floats(-179.9, 179.9), st.integers(1, 18))
def test_the_pixel_lies_in_mercantiles_tile(lat: float, lon: float, zoom: int) -> None:
    tile = mercantile.tile(lon, lat, zoom)
    x, y = world_pixel(lat, lon, zoom)
    for pixel, number in ((x / TILE_SIZE, tile.x), (y / TILE_SIZE, tile.y)):
        on_an_edge = abs(pixel - round(pixel)) < 1e-6  # either neighbour is right there
        assert math.floor(pixel) == number or on_an_edge


def test_a_view_around_points_shows_them_all_as_close_as_it_can() -> None:
    view = Viewport.around([LIJIA, AIRPORT, CLCIZ], 600, 400, padding=30, max_zoom=18)
    for point in (LIJIA, AIRPORT, CLCIZ):
        x, y = view.project(*point)
        assert 30 - 1e-6 <= x <= 570 + 1e-6 and 30 - 1e-6 <= y <= 370 + 1e-6
    closer = Viewport(view.zoom + 1, 0, 0, 600, 400)
    xs = [world_pixel(*p, closer.zoom)[0] for p in (LIJIA, AIRPORT, CLCIZ)]
    ys = [world_pixel(*p, closer.zoom)[1] for p in (LIJIA, AIRPORT, CLCIZ)]
    assert max(xs) - min(xs) > 540 or max(ys) - min(ys) > 340  # one more zoom won't fit
    assert view.unproject(*view.project(*LIJIA)) == pytest.approx(LIJIA, abs=1e-7)


def test_the_tiles_cover_the_view_nearest_the_centre_first() -> None:
    view = Viewport.around([LIJIA, CLCIZ], 700, 500)
    tiles = view.tiles()
    covered = set()
    for _x, _y, left, top in tiles:
        for px in range(0, 700, 50):
            for py in range(0, 500, 50):
                if left <= px < left + TILE_SIZE and top <= py < top + TILE_SIZE:
                    covered.add((px, py))
    assert len(covered) == 14 * 10
    first = tiles[0]
    assert first[2] <= 350 <= first[2] + TILE_SIZE and first[3] <= 250 <= first[3] + TILE_SIZE
    assert len(tiles) == len({(x, y) for x, y, *_ in tiles})


def test_a_gcj02_source_draws_gps_points_where_chinese_maps_have_them() -> None:
    amap = TileSource("https://tiles.example.cn/{z}/{x}/{y}.png", "© Example", Datum.GCJ02)
    assert amap.to_map(*LIJIA) == wgs84_to_gcj02(*LIJIA) != LIJIA
    assert amap.from_map(*amap.to_map(*LIJIA)) == pytest.approx(LIJIA, abs=1e-7)
    assert TileSource().to_map(*LIJIA) == LIJIA


@pytest.mark.parametrize(
    ("template", "fragment"),
    [
        ("https://t.example.org/{z}/{x}.png", "needs {z}, {x} and {y}"),
        ("https://t.example.org/{z}/{x}/{y}/{s}.png", "only {z}, {x} and {y}"),
        ("t.example.org/{z}/{x}/{y}.png", "not a full web address"),
        ("ftp://t.example.org/{z}/{x}/{y}.png", "not a full web address"),
    ],
)
def test_bad_templates(template: str, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment.replace("{", r"\{").replace("}", r"\}")):
        check_tile_template(template)


def test_a_good_template() -> None:
    assert check_tile_template(" https://t.example.org/{z}/{x}/{y}.png ") == (
        "https://t.example.org/{z}/{x}/{y}.png"
    )
