"""The GUI map draws a leg along its road when the routing server gave it, else straight."""

from __future__ import annotations

from pathlib import Path

from tests.fakes.osrm import road_line
from tests.fakes.tiles import FakeTiles
from tourplanner.core.tilemap import TileSource
from tourplanner.qt.map_view import TileMapView
from tourplanner.services.maps import MapStop, tile_fetcher

A, B, C = (29.6812, 106.5594), (29.684, 106.783), (29.7192, 106.6417)
STOPS = [MapStop(n, n, f"Stop {n}", lat, lon) for n, (lat, lon) in enumerate((A, B, C), 1)]


def test_a_leg_follows_its_road_and_the_others_are_straight(qtbot, tmp_path: Path) -> None:
    with FakeTiles() as server:
        view = TileMapView(tile_fetcher(TileSource(server.template, "© T"), cache_dir=tmp_path))
        qtbot.addWidget(view)
        view.resize(500, 400)
        view.show()
        view.set_stops(STOPS)
        straight = view.route_path()
        assert straight is not None and straight.elementCount() == 4  # two moves, two lines
        view.set_stops(STOPS, roads={(A, B): road_line((A, B))})
        road = view.route_path()
        assert road is not None and road.elementCount() > straight.elementCount()
        # The road's corner is on the path: it is drawn where the map puts that point.
        corner = road_line((A, B))[1]
        from tourplanner.core.tilemap import world_pixel

        x, y = world_pixel(*corner, view.zoom)
        assert any(
            abs(road.elementAt(i).x - x) < 0.5 and abs(road.elementAt(i).y - y) < 0.5
            for i in range(road.elementCount())
        )
        view.wait_for_tiles()
