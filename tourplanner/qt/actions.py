"""Every action of the main window, with its shortcut, built in one place.

The menus show each shortcut beside its action; ``Actions.all()`` lets a test check that
every main action has one.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoGroup


def _action(
    parent: QObject,
    text: str,
    name: str,
    shortcut: QKeySequence.StandardKey | str | None,
    tip: str = "",
    fallback: str = "",
) -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)
        if action.shortcut().isEmpty() and fallback:
            # Not every platform defines every standard key (Preferences on Linux, say).
            action.setShortcut(QKeySequence(fallback))
    elif shortcut:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    return action


def one_action_per_key(actions: list[QAction]) -> None:
    """Take from each action the extra keys that are another action's own key.

    A platform's standard keys can add one: on X11, Delete is also Ctrl+D, which is
    Duplicate here, and Qt runs neither action for an ambiguous key. The key an action
    was given first (the one its menu shows) always stays.
    """
    owner = {a.shortcut().toString(): a for a in actions if not a.shortcut().isEmpty()}
    for action in actions:
        keys = action.shortcuts()
        kept = keys[:1] + [k for k in keys[1:] if owner.get(k.toString(), action) is action]
        if len(kept) < len(keys):
            action.setShortcuts(kept)


#: The workspace's views, in the order of View ▸ (Ctrl+1 …) and of the navigation.
VIEWS = (
    "programme",
    "sites",
    "participants",
    "problems",
    "outputs",
    "history",
    "gifts",
    "seating",
)


class Actions(QObject):
    """The main window's actions; the window connects them."""

    def __init__(self, parent: QObject, undo_group: QUndoGroup) -> None:
        super().__init__(parent)
        K = QKeySequence.StandardKey
        # File
        self.new_tour = _action(
            parent, self.tr("&New tour…"), "newTourAction", K.New, self.tr("Create an empty tour")
        )
        self.import_tour = _action(
            parent,
            self.tr("&Open tour file…"),
            "importTourAction",
            K.Open,
            self.tr("Read a tour from a .tour.json file and open it"),
        )
        self.export_tour = _action(
            parent,
            self.tr("&Export tour file…"),
            "exportTourAction",
            "Ctrl+Shift+X",
            self.tr("Save the open tour as a .tour.json file"),
        )
        self.open_sample = _action(
            parent,
            self.tr("Open the sa&mple tour"),
            "openSampleAction",
            "Ctrl+Shift+D",
            self.tr("Add the 2021 Chongqing media tour to this database and show it"),
        )
        self.close_tour = _action(
            parent,
            self.tr("&Close tour"),
            "closeTourAction",
            K.Close,
            self.tr("Back to the list of tours"),
            fallback="Ctrl+W",
        )
        self.refresh = _action(
            parent,
            self.tr("&Reload"),
            "refreshAction",
            K.Refresh,
            self.tr("Read the data from the database again"),
            fallback="F5",
        )
        # Spreadsheets in and out
        self.import_people = _action(
            parent,
            self.tr("Import &people…"),
            "importPeopleAction",
            "Ctrl+I",
            self.tr("Add or update participants from an Excel or CSV list"),
        )
        self.import_sites = _action(
            parent,
            self.tr("Import si&tes…"),
            "importSitesAction",
            "Ctrl+Alt+I",
            self.tr("Add or update sites from an Excel or CSV list"),
        )
        self.export_people = _action(
            parent,
            self.tr("&People…"),
            "exportPeopleAction",
            "Ctrl+Shift+E",
            self.tr("Every participant, as a list the import reads back"),
        )
        self.export_sites = _action(
            parent,
            self.tr("&Sites…"),
            "exportSitesAction",
            "Ctrl+Alt+E",
            self.tr("Every site, as a list the import reads back"),
        )
        self.export_visitors = _action(
            parent,
            self.tr("&Visitor list for a site…"),
            "exportVisitorsAction",
            "Ctrl+Shift+V",
            self.tr("Who comes to one site, and when: for its security desk"),
        )
        self.export_vehicles = _action(
            parent,
            self.tr("Vehicle &manifests…"),
            "exportVehiclesAction",
            "Ctrl+Shift+M",
            self.tr("Seat by seat, transfer by transfer: for drivers and the transfer desk"),
        )
        self.export_rooming = _action(
            parent,
            self.tr("&Rooming list…"),
            "exportRoomingAction",
            "Ctrl+Shift+R",
            self.tr("Guests, check-in and check-out per hotel"),
        )
        self.export_dietary = _action(
            parent,
            self.tr("&Dietary summary…"),
            "exportDietaryAction",
            "Ctrl+Shift+Y",
            self.tr("Covers and dietary or accessibility needs per meal"),
        )
        self.exports = [
            self.export_people,
            self.export_sites,
            self.export_visitors,
            self.export_vehicles,
            self.export_rooming,
            self.export_dietary,
        ]
        self.settings = _action(
            parent,
            self.tr("&Settings…"),
            "settingsAction",
            K.Preferences,
            self.tr("Database, geocoding, travel, outputs and language"),
            fallback="Ctrl+,",
        )
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit = _action(
            parent,
            self.tr("&Quit"),
            "quitAction",
            K.Quit,
            self.tr("Close Tourplanner"),
            fallback="Ctrl+Q",
        )
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        # Edit
        self.undo = undo_group.createUndoAction(parent, self.tr("&Undo"))
        self.undo.setObjectName("undoAction")
        self.undo.setShortcuts(K.Undo)
        self.redo = undo_group.createRedoAction(parent, self.tr("&Redo"))
        self.redo.setObjectName("redoAction")
        # Ctrl+Shift+Z everywhere, and Ctrl+Y where the platform also uses it.
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [k for k in QKeySequence.keyBindings(K.Redo) if k not in redo_keys]
        self.redo.setShortcuts(redo_keys)
        self.new_item = _action(
            parent,
            self.tr("New &item…"),
            "newItemAction",
            "Ctrl+Shift+I",
            self.tr("Schedule a visit, meeting, meal or transfer"),
        )
        self.new_site = _action(
            parent, self.tr("New si&te…"), "newSiteAction", "Ctrl+Shift+S", self.tr("Add a place")
        )
        self.new_participant = _action(
            parent,
            self.tr("New &participant…"),
            "newParticipantAction",
            "Ctrl+Shift+P",
            self.tr("Add a person"),
        )
        self.new_group = _action(
            parent, self.tr("New &group…"), "newGroupAction", "Ctrl+Shift+G", self.tr("Add a group")
        )
        self.edit = _action(
            parent,
            self.tr("&Edit selected…"),
            "editAction",
            "Ctrl+E",
            self.tr("Change the selected record"),
        )
        self.delete = _action(
            parent,
            self.tr("&Delete selected"),
            "deleteAction",
            K.Delete,
            self.tr("Delete the selected records"),
            fallback="Del",
        )
        # The Programme's selection (its right-click menus show these keys too).
        self.duplicate = _action(
            parent,
            self.tr("Duplicate selected ite&ms"),
            "duplicateAction",
            "Ctrl+D",
            self.tr("Copy the selected items at the same times (one undoable step)"),
        )
        self.copy_day = _action(
            parent,
            self.tr("&Copy a day to…"),
            "copyDayAction",
            "Ctrl+Alt+C",
            self.tr("Copy every item of the selected day to another day"),
        )
        self.find = _action(
            parent,
            self.tr("&Find"),
            "findAction",
            K.Find,
            self.tr("Search this view"),
            fallback="Ctrl+F",
        )

        # View
        self.views = [
            _action(parent, self.tr("&Programme"), "showProgrammeAction", "Ctrl+1"),
            _action(parent, self.tr("&Sites"), "showSitesAction", "Ctrl+2"),
            _action(parent, self.tr("P&articipants"), "showParticipantsAction", "Ctrl+3"),
            _action(parent, self.tr("Pro&blems"), "showProblemsAction", "Ctrl+4"),
            _action(parent, self.tr("&Outputs"), "showOutputsAction", "Ctrl+5"),
            _action(parent, self.tr("&History"), "showHistoryAction", "Ctrl+6"),
            _action(parent, self.tr("&Gifts"), "showGiftsAction", "Ctrl+7"),
            _action(parent, self.tr("S&eating"), "showSeatingAction", "Ctrl+8"),
        ]
        # One view at a time: an exclusive group keeps the current one ticked.
        self.view_group = QActionGroup(self)
        self.view_group.setExclusive(True)
        for action in self.views:
            action.setCheckable(True)
            self.view_group.addAction(action)
        self.zoom_in = _action(
            parent,
            self.tr("Zoom &in"),
            "zoomInAction",
            K.ZoomIn,
            self.tr("Show more detail on the timeline"),
            fallback="Ctrl++",
        )
        self.zoom_out = _action(
            parent,
            self.tr("Zoom o&ut"),
            "zoomOutAction",
            K.ZoomOut,
            self.tr("Show more of the day on the timeline"),
            fallback="Ctrl+-",
        )
        self.zoom_reset = _action(parent, self.tr("&Normal size"), "zoomResetAction", "Ctrl+0")
        self.side_panel = _action(
            parent,
            self.tr("Si&de panel"),
            "toggleSidePanelAction",
            "F7",
            self.tr("Show or hide the day and item details beside the timeline"),
        )
        self.side_panel.setCheckable(True)
        self.side_panel.setChecked(True)

        # Tour
        self.tour_properties = _action(
            parent,
            self.tr("&Properties…"),
            "tourPropertiesAction",
            "Ctrl+Alt+P",
            self.tr("The tour's names, dates, time zone, organiser and road-time settings"),
        )
        self.vehicles = _action(
            parent,
            self.tr("&Vehicles…"),
            "vehiclesAction",
            "Ctrl+Alt+V",
            self.tr("The tour's coaches, vans and cars, their seats and drivers"),
        )
        self.precedence = _action(
            parent,
            self.tr("Order of p&recedence…"),
            "precedenceAction",
            "Ctrl+Alt+R",
            self.tr("Put everyone on the tour in order: drag, or propose from the rules"),
        )
        self.optimise = _action(
            parent,
            self.tr("&Optimise day…"),
            "optimiseAction",
            "Ctrl+Shift+O",
            self.tr("Propose the order of the selected day's visits with the least travel"),
        )
        self.geocode = _action(
            parent,
            self.tr("Find &coordinates…"),
            "geocodeAction",
            "Ctrl+Shift+C",
            self.tr("Look up the sites' coordinates from their addresses"),
        )
        self.on_the_day = _action(
            parent,
            self.tr("On the &day…"),
            "onTheDayAction",
            "Ctrl+Alt+D",
            self.tr("The 24-hour line, the people on duty and notes for each day"),
        )
        self.cancel_job = _action(
            parent,
            self.tr("Cancel the running job"),
            "cancelJobAction",
            "Ctrl+.",
            self.tr("Stop the job shown in the status bar"),
        )

        # Help
        self.about = _action(parent, self.tr("&About Tourplanner"), "aboutAction", "F1")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt = _action(parent, self.tr("About &Qt"), "aboutQtAction", None)
        self.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

        self.tour_actions = [
            self.close_tour,
            self.import_people,
            self.import_sites,
            *self.exports,
            self.new_item,
            self.new_site,
            self.new_participant,
            self.new_group,
            self.edit,
            self.delete,
            self.duplicate,
            self.copy_day,
            *self.views,
            self.zoom_in,
            self.zoom_out,
            self.zoom_reset,
            self.side_panel,
            self.export_tour,
            self.optimise,
            self.geocode,
            self.on_the_day,
            self.tour_properties,
            self.vehicles,
            self.precedence,
        ]
        one_action_per_key(self.all())

    def all(self) -> list[QAction]:
        """Every action of the window."""
        return [a for a in vars(self).values() if isinstance(a, QAction)] + list(self.views)

    def set_tour_open(self, is_open: bool) -> None:
        """Enable the actions that need an open tour."""
        for action in self.tour_actions:
            action.setEnabled(is_open)
