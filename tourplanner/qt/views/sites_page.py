"""The Sites page: a searchable table of the tour's places with add, edit and delete."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from tourplanner.core.model import TourSnapshot
from tourplanner.qt.map_view import TileMapView
from tourplanner.qt.models.sites import SiteTableModel
from tourplanner.qt.views.table_page import TablePage
from tourplanner.services.maps import TileFetcher, site_stops


class SitesPage(TablePage):
    """Sites with their coordinates and how many items use each, and a map of them."""

    #: a site's marker was dropped on the map: its id, new latitude and longitude (WGS-84)
    site_moved = Signal(int, float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            SiteTableModel(),
            name="sites",
            title=QCoreApplication.translate("SitesPage", "Sites"),
            search_hint=QCoreApplication.translate(
                "SitesPage", "Search by name, address, category or key"
            ),
            parent=parent,
        )
        self.model.setParent(self)
        self.new_button = self.add_button(
            self.tr("&New site…"), "newSiteButton", self.tr("Add a place to the tour")
        )
        self.edit_button = self.add_button(
            self.tr("&Edit…"), "editSiteButton", self.tr("Change the selected site"), needs=1
        )
        self.delete_button = self.add_button(
            self.tr("&Delete"), "deleteSiteButton", self.tr("Delete the selected sites"), needs=2
        )
        self.geocode_button = self.add_button(
            self.tr("Find &coordinates"),
            "geocodeButton",
            self.tr("Look up missing coordinates from the sites' addresses"),
        )
        self.finish_actions()
        self.map: TileMapView | None = None
        self.snapshot: TourSnapshot | None = None
        self.import_button = self.add_button(
            self.tr("Imp&ort…"),
            "importSitesButton",
            self.tr("Add or update sites from an Excel or CSV list (Ctrl+Alt+I)"),
        )

    def set_map_fetcher(self, fetcher: TileFetcher) -> None:
        """Show the sites on a map drawn from ``fetcher``'s tiles (beside the table)."""
        if self.map is None:
            self.map = TileMapView(fetcher)
            self.map.setMinimumWidth(320)
            self.map.setAccessibleName(self.tr("Map of the sites"))
            self.map.stop_clicked.connect(lambda site_id: self.select_ids([site_id]))
            self.map.site_moved.connect(self.site_moved)
            self.body.addWidget(self.map, 1)
        else:
            self.map.set_fetcher(fetcher)
        self.show_on_map()

    def show_on_map(self, snapshot: TourSnapshot | None = None) -> None:
        """Put every site with coordinates that the search leaves on the map; drag one to
        correct it."""
        if snapshot is not None:
            self.snapshot = snapshot
        snap = self.snapshot
        if self.map is None or snap is None:
            return
        stops = site_stops(snap)
        if self.proxy.rowCount() < self.model.rowCount():
            # The search narrows the map too (each site keeps its number).
            shown = {self.proxy.record_at(row).id for row in range(self.proxy.rowCount())}
            stops = [stop for stop in stops if stop.site_id in shown]
            note = self.tr("No site the search shows has coordinates.")
        else:
            note = self.tr("No site has coordinates yet. Use Find coordinates.")
        self.map.set_stops(stops, movable=True, route=False, note=note)

    def _on_search(self, text: str) -> None:
        super()._on_search(text)
        self.show_on_map()

    @property
    def site_model(self) -> SiteTableModel:
        assert isinstance(self.model, SiteTableModel)
        return self.model
