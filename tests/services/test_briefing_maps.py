"""Day maps from tiles in the delegate briefings and the booklet: fetched once by the
services for the whole batch, drawn by the PDF layer with the route, the numbered stops and
the attribution; no tiles means the route sketch, as before."""

from __future__ import annotations

import subprocess
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image

from tests.fakes.nominatim import closed_port
from tests.fakes.tiles import FakeTiles, tile_png
from tourplanner.core.model import TourSnapshot
from tourplanner.core.tilemap import TileSource
from tourplanner.export.pdf import read_content_hash
from tourplanner.imports.tourfile_reader import read_tour_file
from tourplanner.paths import SAMPLES_DIR
from tourplanner.services.briefings import PdfRequest, plan, write_pdfs
from tourplanner.services.maps import MapMaker, tile_fetcher

ATTRIBUTION = "© Loopback Tiles contributors"


@pytest.fixture(scope="module")
def sample() -> TourSnapshot:
    path = SAMPLES_DIR / "chongqing-2021.tour.json"
    return read_tour_file(path.read_bytes(), path.name)


def _maker(template: str, cache: Path) -> MapMaker:
    return MapMaker(tile_fetcher(TileSource(template, ATTRIBUTION), cache_dir=cache))


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def _images(pdf: Path) -> int:
    listed = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    return len(listed.strip().splitlines()) - 2


def _page_colours(pdf: Path, page: int, out: Path) -> Counter[tuple[int, int, int]]:
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-f", str(page), "-l", str(page), str(pdf), str(out)],
        check=True,
    )
    (png,) = out.parent.glob(f"{out.name}*.png")
    with Image.open(png) as image:
        data = image.convert("RGB").tobytes()
    return Counter(zip(data[0::3], data[1::3], data[2::3], strict=True))


def _tile_colour(z: int, x: int, y: int) -> tuple[int, int, int]:
    import io

    with Image.open(io.BytesIO(tile_png(z, x, y))) as tile:
        return tile.convert("RGB").getpixel((0, 0))


def test_a_batch_fetches_each_days_map_once_and_every_briefing_shows_it(
    sample: TourSnapshot, tmp_path: Path
) -> None:
    with FakeTiles() as server:
        maker = _maker(server.template, tmp_path / "cache")
        planned = plan(sample, PdfRequest("delegate", tmp_path / "out", maps=maker))
        assert planned.options.maps is not None
        pictures = planned.options.maps.pictures
        asked = len(server.received)
        # One picture per distinct route, however many briefings share it.
        routes = {
            (d.stops, d.route)
            for j in planned.jobs
            for d in planned.index.delegate(j.target, j.calendar).programme.days  # type: ignore[arg-type]
            if d.stops
        }
        assert 0 < len(pictures) <= len(routes)
        assert asked == sum(p.tiles for p in pictures.values()) - _shared_tiles(pictures)
        (tmp_path / "out").mkdir()
        result = write_pdfs(sample, PdfRequest("delegate", tmp_path / "out", maps=maker), workers=1)
    assert len(result.built) == len(planned.jobs)
    # Every briefing names the tile source; the pictures are in the files.
    pdf = tmp_path / "out" / "xu-lei.pdf"
    assert ATTRIBUTION in _text(pdf)
    assert _images(pdf) >= 1
    # The page with the first day's map shows the fake's tile colours.
    picture = next(iter(pictures.values()))
    view = picture.viewport
    expected = {_tile_colour(view.zoom, x, y) for x, y, _l, _t in view.tiles()}
    page = _page_of(pdf, ATTRIBUTION)
    colours = _page_colours(pdf, page, tmp_path / "render")
    found = [c for c in expected if _near(colours, c) > 50]
    assert found, f"no tile colour of {expected} on page {page}"


def _near(colours: Counter[tuple[int, int, int]], colour: tuple[int, int, int]) -> int:
    """Pixels within a few steps of ``colour`` (the map is a JPEG)."""
    return sum(
        n
        for c, n in colours.items()
        if all(abs(a - b) <= 3 for a, b in zip(c, colour, strict=True))
    )


def _shared_tiles(pictures: dict) -> int:  # type: ignore[type-arg]
    """Tiles that two pictures share are fetched once (the second comes from the cache)."""
    seen: Counter[tuple[int, int, int]] = Counter()
    for p in pictures.values():
        for x, y, _l, _t in p.viewport.tiles():
            seen[p.viewport.zoom, x, y] += 1
    return sum(n - 1 for n in seen.values())


def _page_of(pdf: Path, text: str) -> int:
    pages = _text(pdf).split("\f")
    return next(n for n, page in enumerate(pages, 1) if text in page)


def test_a_rerun_with_the_same_tiles_builds_nothing_and_new_tiles_rebuild(
    sample: TourSnapshot, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with FakeTiles() as server:
        first = write_pdfs(
            sample, PdfRequest("booklet", out, maps=_maker(server.template, tmp_path / "c")),
            workers=1,
        )  # fmt: skip
        again = write_pdfs(
            sample, PdfRequest("booklet", out, maps=_maker(server.template, tmp_path / "c")),
            workers=1,
        )  # fmt: skip
    assert len(first.built) == 1 and again.built == ()
    booklet = first.built[0]
    assert ATTRIBUTION in _text(booklet)
    # Without tiles (offline) the booklet is the sketch version: a different document.
    down = f"http://127.0.0.1:{closed_port()}/{{z}}/{{x}}/{{y}}.png"
    offline = write_pdfs(
        sample, PdfRequest("booklet", out, maps=_maker(down, tmp_path / "empty")), workers=1
    )
    assert offline.built == (booklet,)
    assert ATTRIBUTION not in _text(booklet)
    assert _images(booklet) == 0  # the sketch is drawn, not a picture
    plain = write_pdfs(sample, PdfRequest("booklet", out), workers=1)
    assert plain.built == ()  # the sketch without a map maker is the same document
    assert read_content_hash(booklet.read_bytes())


def test_maps_reach_workers_started_by_spawn(sample: TourSnapshot, tmp_path: Path) -> None:
    from tourplanner.services.pdf_batch import run_jobs

    with FakeTiles() as server:
        request = PdfRequest("delegate", tmp_path / "out", maps=_maker(server.template, tmp_path))
        planned = plan(sample, request)
    (tmp_path / "out").mkdir()
    jobs = planned.jobs[:2]
    result = run_jobs(
        sample, jobs, planned.options, index=planned.index, workers=2, start_method="spawn"
    )
    assert len(result.built) == 2
    for path in result.built:
        assert ATTRIBUTION in _text(path)


def test_a_picture_made_again_from_the_same_tiles_is_read_back_not_composed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tourplanner.services import maps

    route = [(29.7192, 106.6417), (29.6812, 106.5594)]
    calls: list[int] = []
    real = maps.compose

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(maps, "compose", counting)
    with FakeTiles() as server:
        first = _maker(server.template, tmp_path)(route)
        again = _maker(server.template, tmp_path)(route)
        assert first is not None and again is not None
        assert calls == [1] and again.jpeg == first.jpeg
        # A damaged copy is made again, not drawn.
        (kept,) = (tmp_path).rglob("composed/*.jpg")
        kept.write_bytes(first.jpeg[:100])
        third = _maker(server.template, tmp_path)(route)
    assert third is not None and third.jpeg == first.jpeg and calls == [1, 1]


def test_maps_do_not_make_a_new_issue_of_the_plan(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The version stamp follows the plan: the same briefing with or without its maps (a
    batch with tiles, a mail without) is the same issue; the file is rebuilt all the same."""
    from tourplanner.export.pdf import read_version
    from tourplanner.services.briefings import export_pdfs
    from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample

    load_sample(db)
    pdf = tmp_path / "xu.pdf"
    first = export_pdfs(db, SAMPLE_SLUG, PdfRequest("delegate", pdf, person="xu-lei"))
    assert first.built == (pdf,) and read_version(pdf.read_bytes()) == 1
    with FakeTiles() as server:
        maker = _maker(server.template, tmp_path / "cache")
        mapped = export_pdfs(
            db, SAMPLE_SLUG, PdfRequest("delegate", pdf, person="xu-lei", maps=maker)
        )
    assert mapped.built == (pdf,)  # a new file, with the maps
    assert ATTRIBUTION in _text(pdf) and read_version(pdf.read_bytes()) == 1
    plain = export_pdfs(db, SAMPLE_SLUG, PdfRequest("delegate", pdf, person="xu-lei"))
    assert plain.built == (pdf,) and read_version(pdf.read_bytes()) == 1
