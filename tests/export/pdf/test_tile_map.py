"""A day's route on a real map in a PDF: tiles from a server on loopback, composed once
per route, drawn with the stops and the attribution; no tiles means no map picture."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tests.fakes.nominatim import closed_port
from tests.fakes.tiles import FakeTiles, TileFailure, tile_png
from tourplanner.core.tilemap import TileSource
from tourplanner.export.pdf.facts import Stop
from tourplanner.export.pdf.fonts import register_fonts
from tourplanner.export.pdf.tile_map import TileMap, compose
from tourplanner.services.maps import MapMaker, tile_fetcher

ROUTE = [(29.7192, 106.6417), (29.6812, 106.5594), (29.684, 106.783)]
STOPS = tuple(Stop(n, f"Stop {n}", lat, lon) for n, (lat, lon) in enumerate(ROUTE, 1))


def test_a_route_map_is_made_once_per_route(tmp_path: Path) -> None:
    with FakeTiles() as server:
        maker = MapMaker(tile_fetcher(TileSource(server.template, "© Test"), cache_dir=tmp_path))
        picture = maker(ROUTE)
        asked = len(server.received)
        again = maker(list(ROUTE))
        other = maker(ROUTE[:2])
    assert picture is not None and again is picture
    assert other is not None and other is not picture
    assert picture.tiles == asked > 0
    image = Image.open(io.BytesIO(picture.jpeg))
    assert image.size == (maker.width, maker.height)
    # Each stop lies inside the picture, away from its edge.
    view = picture.viewport
    for lat, lon in ROUTE:
        x, y = view.project(lat, lon)
        assert 30 <= x <= view.width - 30 and 30 <= y <= view.height - 30


def test_no_tiles_means_no_picture(tmp_path: Path) -> None:
    down = f"http://127.0.0.1:{closed_port()}/{{z}}/{{x}}/{{y}}.png"
    assert MapMaker(tile_fetcher(TileSource(down), cache_dir=tmp_path))(ROUTE) is None
    with FakeTiles() as server:
        server.fail_next(*[TileFailure.ERROR_500] * 30)
        failing = MapMaker(tile_fetcher(TileSource(server.template), cache_dir=tmp_path / "f"))
        assert failing(ROUTE) is None


def test_compose_is_deterministic_and_grey_where_tiles_are_missing(tmp_path: Path) -> None:
    with FakeTiles() as server:
        picture = MapMaker(tile_fetcher(TileSource(server.template), cache_dir=tmp_path))(ROUTE)
    assert picture is not None
    view = picture.viewport
    tiles = [(left, top, tile_png(view.zoom, x, y)) for x, y, left, top in view.tiles()]
    assert compose(view, tiles) == compose(view, tiles)
    holes = [(left, top, None) for _x, _y, left, top in view.tiles()]
    blank = Image.open(io.BytesIO(compose(view, holes)))
    # JPEG (what a PDF embeds as it is) is within a step or two of the exact grey.
    grey = blank.getpixel((5, 5))
    assert all(abs(c - g) <= 2 for c, g in zip(grey, (229, 231, 235), strict=True)), grey
    # Where a tile was had, its colour, not grey.
    full = Image.open(io.BytesIO(compose(view, tiles)))
    x, y, left, top = next(
        t for t in view.tiles() if 0 <= t[2] + 128 < view.width and 0 <= t[3] + 128 < view.height
    )
    inside = (round(left) + 128, round(top) + 128)  # the tile's middle, inside the view
    colour = Image.open(io.BytesIO(tile_png(view.zoom, x, y))).getpixel((0, 0))
    got = full.getpixel(inside)
    assert all(abs(c - e) <= 3 for c, e in zip(got, colour, strict=True)), (got, colour)
    broken = [(left, top, b"not a png") for _x, _y, left, top in view.tiles()]
    assert compose(view, broken) == compose(view, holes)


def test_the_map_in_a_pdf_shows_the_stops_and_the_attribution(tmp_path: Path) -> None:
    with FakeTiles() as server:
        source = TileSource(server.template, "© Test Tiles contributors")
        picture = MapMaker(tile_fetcher(source, cache_dir=tmp_path))(ROUTE)
    assert picture is not None
    font = register_fonts()
    pdf = tmp_path / "map.pdf"
    canvas = Canvas(str(pdf), pagesize=A4)
    flowable = TileMap(picture, STOPS, 480, 220, font)
    flowable.wrapOn(canvas, 480, 220)
    flowable.drawOn(canvas, 50, 500)
    canvas.save()
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "© Test Tiles contributors" in text
    assert all(str(n) in text.split() for n in (1, 2, 3))
    images = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    assert len(images.strip().splitlines()) == 3  # a header, a rule, one picture
    for x, y in flowable.points():
        assert 0 < x < 480 and 0 < y < 220


def test_a_map_drawn_on_two_pages_is_its_own_jpeg_stored_once(tmp_path: Path) -> None:
    """The picture is named by its digest, not by hashing its pixels on every page; the
    PDF still holds it once, as the very JPEG the map maker composed."""
    with FakeTiles() as server:
        source = TileSource(server.template, "© Test Tiles contributors")
        picture = MapMaker(tile_fetcher(source, cache_dir=tmp_path))(ROUTE)
    assert picture is not None
    font = register_fonts()
    pdf = tmp_path / "twice.pdf"
    canvas = Canvas(str(pdf), pagesize=A4)
    for _page in range(2):
        flowable = TileMap(picture, STOPS, 480, 220, font)
        flowable.wrapOn(canvas, 480, 220)
        flowable.drawOn(canvas, 50, 500)
        canvas.showPage()
    canvas.save()
    listed = (
        subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True)
        .stdout.strip()
        .splitlines()[2:]
    )
    assert [line.split()[0] for line in listed] == ["1", "2"]  # one picture per page
    assert len({line.split()[10] for line in listed}) == 1  # one object, drawn twice
    assert listed[0].split()[8] == "jpeg"
    subprocess.run(
        ["pdfimages", "-j", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "x")], check=True
    )
    assert (tmp_path / "x-000.jpg").read_bytes() == picture.jpeg


def test_markers_of_places_close_together_are_fanned_out(tmp_path: Path) -> None:
    from itertools import combinations

    from tourplanner.export.pdf.tile_map import MARKER

    # The hotel twice (morning and evening) and a restaurant next door.
    route = [*ROUTE, ROUTE[0], (29.7193, 106.6418)]
    stops = tuple(Stop(n, f"Stop {n}", lat, lon) for n, (lat, lon) in enumerate(route, 1))
    with FakeTiles() as server:
        picture = MapMaker(tile_fetcher(TileSource(server.template), cache_dir=tmp_path))(route)
    assert picture is not None
    flowable = TileMap(picture, stops, 480, 220, "Helvetica")
    shown, true = flowable.shown(), flowable.points()
    for a, b in combinations(shown, 2):
        assert (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 >= (2 * MARKER) ** 2
    assert shown[0] == true[0]  # the first keeps its place; the later ones move aside
    assert shown[3] != true[3] and shown[4] != true[4]
