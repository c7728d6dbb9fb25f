"""The Sites page: a searchable table of the tour's places with add, edit and delete."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from tourplanner.qt.models.sites import SiteTableModel
from tourplanner.qt.views.table_page import TablePage


class SitesPage(TablePage):
    """Sites with their coordinates and how many items use each."""

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
        self.import_button = self.add_button(
            self.tr("Imp&ort…"),
            "importSitesButton",
            self.tr("Add or update sites from an Excel or CSV list (Ctrl+Alt+I)"),
        )

    @property
    def site_model(self) -> SiteTableModel:
        assert isinstance(self.model, SiteTableModel)
        return self.model
