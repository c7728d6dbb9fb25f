"""The real map in the Sites page and the day's route, with tiles from a server on
loopback: tiles drawn, markers clicked and dragged (undoably), offline without waiting,
and GCJ-02 maps."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.fakes.tiles import FakeTiles
from tests.qt.helpers import drag
from tourplanner.core.chinacoords import wgs84_to_gcj02
from tourplanner.core.enums import CoordinateSource
from tourplanner.core.tilemap import Datum, TileSource
from tourplanner.qt.main_window import MainWindow
from tourplanner.qt.map_view import TileMapView
from tourplanner.services.maps import site_stops, tile_fetcher
from tourplanner.services.sites import get_site


@pytest.fixture
def tiles():
    with FakeTiles() as server:
        yield server


def use_tiles(window: MainWindow, template: str, cache: Path, datum: Datum = Datum.WGS84) -> None:
    fetcher = tile_fetcher(TileSource(template, "© Test tiles", datum), cache_dir=cache)
    assert window.workspace is not None
    window.workspace.set_map_fetcher(fetcher)


def sites_map(qtbot, window: MainWindow) -> TileMapView:
    window.show_view("sites")
    view = window.workspace.sites.map
    assert view is not None
    qtbot.waitUntil(lambda: view.isVisible() and view.viewport().width() > 100)
    return view


def test_the_sites_map_draws_tiles_and_every_placed_site(
    qtbot, sample_window: MainWindow, tiles: FakeTiles, tmp_path: Path
) -> None:
    window = sample_window
    use_tiles(window, tiles.template, tmp_path)
    view = sites_map(qtbot, window)
    snap = window.session.snapshot
    assert [m for m in view.marker_positions()] == [s.number for s in site_stops(snap)]
    inside = view.viewport().rect()
    assert all(inside.contains(p.toPoint()) for p in view.marker_positions().values())
    needed = {(view.zoom, x, y) for x, y in view.visible_tiles()}
    qtbot.waitUntil(lambda: {(z, x % 2**z, y) for z, x, y in view.drawn_tiles()} >= needed)
    # Only tiles a map shows are asked for: this one's, and the day's route map's.
    route_map = window.workspace.programme.route_map
    assert route_map is not None
    assert {r.z for r in tiles.received} <= {view.zoom, route_map.zoom}
    mine = [(r.x, r.y) for r in tiles.received if r.z == view.zoom]
    assert sorted(set(mine)) == sorted(mine)  # none twice
    assert {(x % 2**z, y) for z, x, y in needed} <= set(mine)
    assert view.attribution.text() == "© Test tiles"
    # The next map of the same place comes from the cache: no new request.
    asked = len(tiles.received)
    use_tiles(window, tiles.template, tmp_path)
    view = sites_map(qtbot, window)
    qtbot.waitUntil(lambda: {(z, x % 2**z, y) for z, x, y in view.drawn_tiles()} >= needed)
    assert view.wait_for_tiles()
    assert len(tiles.received) == asked


def test_clicking_a_marker_selects_its_site_and_dragging_moves_it_undoably(
    qtbot, sample_window: MainWindow, tiles: FakeTiles, tmp_path: Path
) -> None:
    window = sample_window
    use_tiles(window, tiles.template, tmp_path)
    view = sites_map(qtbot, window)
    page = window.workspace.sites
    positions = view.marker_positions()

    def room(number: int) -> float:
        p = positions[number]
        return min((p - q).manhattanLength() for n, q in positions.items() if n != number)

    def at_its_place(number: int) -> bool:
        marker = next(m for m in view._markers if m.stop.number == number)
        return marker.pos() == marker.true_pos

    # A marker no other one covers (some sites share a park) and not spread aside.
    stop = max(
        (s for s in site_stops(window.session.snapshot) if at_its_place(s.number)),
        key=lambda s: room(s.number),
    )
    assert room(stop.number) > 30
    where = positions[stop.number].toPoint()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert [s.id for s in page.selected_records()] == [stop.site_id]
    before = get_site(window.db, stop.site_id)
    drag(view, where, where + QPoint(60, -40))
    qtbot.waitUntil(lambda: get_site(window.db, stop.site_id).latitude != before.latitude)
    moved = get_site(window.db, stop.site_id)
    assert moved.latitude > before.latitude and moved.longitude > before.longitude
    assert moved.coord_source is CoordinateSource.MANUAL
    assert window.session.undo_stack.undoText().startswith("Move site")
    # The map does not jump: the site's place is where it was dropped once the tour
    # reloads (its marker may be spread beside it if it now lands on another one).
    marker = next(m for m in view._markers if m.stop.number == stop.number)
    dropped = view.mapFromScene(marker.true_pos).toPointF()
    assert abs(dropped.x() - (where.x() + 60)) <= 2 and abs(dropped.y() - (where.y() - 40)) <= 2
    window.actions_.undo.trigger()
    restored = get_site(window.db, stop.site_id)
    assert (restored.latitude, restored.longitude) == (before.latitude, before.longitude)
    assert restored.coord_source == before.coord_source


def test_offline_the_map_shows_markers_on_grey_without_waiting(
    qtbot, sample_window: MainWindow, tmp_path: Path
) -> None:
    from tests.fakes.nominatim import closed_port

    window = sample_window
    use_tiles(window, f"http://127.0.0.1:{closed_port()}/{{z}}/{{x}}/{{y}}.png", tmp_path)
    view = sites_map(qtbot, window)
    assert view.marker_positions()
    assert view.wait_for_tiles(10_000)
    assert view.drawn_tiles() == set()
    assert view.fetcher.requests == 1  # the server refused once; the map asked no more


def test_a_gcj02_map_draws_gps_points_shifted_and_drops_them_back(
    qtbot, sample_window: MainWindow, tiles: FakeTiles, tmp_path: Path
) -> None:
    window = sample_window
    use_tiles(window, tiles.template, tmp_path, Datum.GCJ02)
    view = sites_map(qtbot, window)
    stop = site_stops(window.session.snapshot)[0]
    marker = next(m for m in view._markers if m.stop.site_id == stop.site_id)
    from tourplanner.core.tilemap import world_pixel

    expected = world_pixel(*wgs84_to_gcj02(stop.latitude, stop.longitude), view.zoom)
    assert (marker.pos().x(), marker.pos().y()) == pytest.approx(expected, abs=0.01)
    moved: list[tuple[int, float, float]] = []
    view.site_moved.connect(lambda *args: moved.append(args))
    view._marker_dropped(marker)  # dropped where it is: the same GPS point comes back
    assert moved[0][0] == stop.site_id
    assert moved[0][1:] == pytest.approx((stop.latitude, stop.longitude), abs=1e-6)


def test_the_days_route_is_on_a_map(
    qtbot, sample_window: MainWindow, tiles: FakeTiles, tmp_path: Path
) -> None:
    window = sample_window
    use_tiles(window, tiles.template, tmp_path)
    window.show_view("programme")
    programme = window.workspace.programme
    assert programme.route_views.tabText(0) == "Map"
    route_map = programme.route_map
    assert route_map is not None
    numbers = [s.number for s in programme.route.stops if s.latitude is not None]
    assert sorted(route_map.marker_positions()) == numbers
    assert route_map._line is not None
    route_map.zoom_by(1)
    assert sorted(route_map.marker_positions()) == numbers


def test_the_route_list_says_which_legs_lack_road_times(sample_window: MainWindow) -> None:
    from datetime import date

    from tests.fakes.osrm import FakeOsrm
    from tourplanner.core.model import TravelSettings
    from tourplanner.services import maps
    from tourplanner.services.tourfile import SAMPLE_SLUG

    window = sample_window
    programme = window.workspace.programme
    programme.set_day(date(2021, 3, 27))
    before = programme.route_list.text()
    assert "no road time yet" in before and "by road" not in before
    with FakeOsrm() as osrm:
        settings = maps.routing_settings(TravelSettings(), osrm.url, min_delay=0)
        maps.fetch_road_times(window.db, SAMPLE_SLUG, settings)
    assert window.open_tour(SAMPLE_SLUG)
    programme = window.workspace.programme
    programme.set_day(date(2021, 3, 27))
    after = programme.route_list.text()
    assert "by road" in after and "no road time yet" not in after


def test_stops_at_one_place_get_markers_that_do_not_overlap(
    qtbot, tiles: FakeTiles, tmp_path: Path
) -> None:
    """Two stops at one site and one a few metres away are spread as the PDF spreads
    them; each marker is clicked on its own, and dragging a spread marker moves its
    site by the drag, not to where the spread marker stood."""
    from tourplanner.core.tilemap import point_at, world_pixel
    from tourplanner.services.maps import MapStop

    view = TileMapView(
        tile_fetcher(TileSource(tiles.template, "© Test", Datum.WGS84), cache_dir=tmp_path)
    )
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    qtbot.waitExposed(view)
    stops = [
        MapStop(1, 7, "Hotel", 29.5630, 106.5516),
        MapStop(2, 8, "Museum", 29.5630, 106.5516),
        MapStop(3, 7, "Hotel", 29.56301, 106.55161),
    ]
    view.set_stops(stops, movable=True, route=False)
    positions = view.marker_positions()
    assert sorted(positions) == [1, 2, 3]
    size = 2 * 11  # a marker's diameter in pixels
    for a in positions:
        for b in positions:
            if a < b:
                assert (positions[a] - positions[b]).manhattanLength() >= size
    clicked: list[int] = []
    view.stop_clicked.connect(clicked.append)
    for number, where in positions.items():
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where.toPoint())
        chosen = [m.stop.number for m in view._markers if m.isSelected()]
        assert chosen == [number]
    assert clicked == [7, 8, 7]
    # The spread markers draw a leader back to the true point.
    assert len(view._leaders) == 2
    moved: list[tuple[int, float, float]] = []
    view.site_moved.connect(lambda *args: moved.append(args))
    spread = next(m for m in view._markers if m.stop.number == 2)
    where = positions[2].toPoint()
    drag(view, where, where + QPoint(40, 30))
    qtbot.waitUntil(lambda: bool(moved))
    true_x, true_y = world_pixel(29.5630, 106.5516, view.zoom)
    expected = point_at(true_x + 40, true_y + 30, view.zoom)
    assert moved[0][0] == 8
    assert moved[0][1:] == pytest.approx(expected, abs=2 / 2**view.zoom)
    assert spread.true_pos.x() == pytest.approx(true_x)
