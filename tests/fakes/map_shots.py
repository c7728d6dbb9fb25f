"""The maps' screenshots in docs/maps/: ``python -m tests.fakes.map_shots [OUTDIR]``.

Everything on loopback, nothing from the internet: the sample tour in a throw-away
database, road times and road lines from the OSRM fake, map tiles from the tile fake
(street-like generated tiles, labelled as such in the attribution). Writes the Sites page
with its map, the day's route map of the Programme page (the roads drawn), and a page of
Dai Jiuyue's briefing with the day's map, rendered with pdftoppm at 60 dpi.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ATTRIBUTION = "Generated test tiles, not a real map"
OUT = Path(__file__).resolve().parents[2] / "docs" / "maps"


def main(out: Path = OUT) -> list[Path]:
    from PySide6.QtCore import QCoreApplication, QSettings

    from tests.fakes.osrm import FakeOsrm
    from tests.fakes.tiles import FakeTiles
    from tourplanner.core.tilemap import TileSource
    from tourplanner.qt.app import create_application
    from tourplanner.qt.main_window import MainWindow
    from tourplanner.qt.screenshots import save_grab
    from tourplanner.qt.settings import Settings
    from tourplanner.services import maps
    from tourplanner.services.briefings import PdfRequest, write_pdfs
    from tourplanner.services.database import open_database
    from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample
    from tourplanner.services.tours import load_snapshot

    out.mkdir(parents=True, exist_ok=True)
    # A fixed folder: the database path shows in the status bar, and the images should
    # not change from one run to the next.
    work = Path(tempfile.gettempdir()) / "tourplanner-map-shots"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    written = []
    try:
        db = open_database(f"sqlite:///{work / 'maps.db'}")
        load_sample(db)
        with FakeOsrm() as osrm, FakeTiles(streets=True) as tiles:
            routing = maps.routing_settings(
                maps.tours.get_tour(db, SAMPLE_SLUG).travel, osrm.url, min_delay=0
            )
            maps.fetch_road_times(db, SAMPLE_SLUG, routing)
            source = TileSource(tiles.template, ATTRIBUTION)
            fetcher = maps.tile_fetcher(source, cache_dir=work / "tiles")
            create_application()
            settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
            window = MainWindow(db, settings=settings)
            window.resize(1440, 900)
            window.show()
            window.open_tour(SAMPLE_SLUG)
            assert window.workspace is not None
            window.workspace.set_map_fetcher(fetcher)
            window.show_view("sites")
            site_map = window.workspace.sites.map
            assert site_map is not None
            for _ in range(20):
                QCoreApplication.processEvents()
            site_map.wait_for_tiles()
            written.append(save_grab(window, out / "sites-map.png"))
            window.show_view("programme")
            route_map = window.workspace.programme.route_map
            assert route_map is not None
            for _ in range(20):
                QCoreApplication.processEvents()
            route_map.wait_for_tiles()
            route_map.zoom_by(1)  # one step closer than the fit: the roads show better
            for _ in range(20):
                QCoreApplication.processEvents()
            route_map.wait_for_tiles()
            for _ in range(10):
                QCoreApplication.processEvents()
            written.append(save_grab(window, out / "route-map.png"))
            window.close()
            pdf = work / "dai.pdf"
            request = PdfRequest("delegate", pdf, person="dai-jiuyue", maps=maps.MapMaker(fetcher))
            # Unstamped (no issue date in the footer), so the image stays the same.
            write_pdfs(load_snapshot(db, SAMPLE_SLUG), request, workers=1)
        db.dispose()
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        page = next(n for n, p in enumerate(text.split("\f"), 1) if ATTRIBUTION in p)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile",
             str(pdf), str(out / "briefing-map")],
            check=True,
        )  # fmt: skip
        written.append(out / "briefing-map.png")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return written


if __name__ == "__main__":
    for path in main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        print(path)
