"""The main window: the tour list (or a welcome page for an empty database) and, once a tour
is open, its workspace with the Problems and Undo history docks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QUndoView,
    QWidget,
)

from tourplanner.core.errors import TourExistsError, TourplannerError, first_line
from tourplanner.core.model import TourSummary
from tourplanner.qt import settings as keys
from tourplanner.qt.actions import Actions
from tourplanner.qt.settings import Settings
from tourplanner.qt.sheet_actions import SheetActions
from tourplanner.qt.status import JobStatus, ProblemCount
from tourplanner.qt.tour_actions import TourActions
from tourplanner.qt.tours_page import ToursPage
from tourplanner.qt.welcome_page import OpeningPage, WelcomePage
from tourplanner.qt.worker import JobRunner

if TYPE_CHECKING:
    from tourplanner.qt.session import TourSession
    from tourplanner.qt.views.workspace import Workspace
    from tourplanner.services.database import Database

DEFAULT_SIZE = (1280, 800)
#: How many tours File ▸ Recent tours offers.
RECENT_LIMIT = 8


def load_sample(db: Database) -> Any:
    """``services.tourfile.load_sample``, imported on first use: it brings the tour-file
    reader and JSON Schema, which start-up does not need."""
    from tourplanner.services.tourfile import load_sample as load

    return load(db)


def list_tours(db: Database) -> list[TourSummary]:
    """``services.tour_list.list_tours``, imported on first use: it brings SQLAlchemy,
    which the first paint does not need."""
    from tourplanner.services.tour_list import list_tours as listed

    return listed(db)


class MainWindow(QMainWindow):
    """The application window for one open database."""

    def __init__(
        self,
        db: Database | None = None,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        # None until attach_database(): start-up paints the window first and opens the
        # database (SQLAlchemy and the store) after the first paint.
        self._db = db
        self.settings = settings or Settings()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Tourplanner"))
        self.setAccessibleName(self.tr("Tourplanner"))
        self.resize(*DEFAULT_SIZE)
        self.session: TourSession | None = None
        self.workspace: Workspace | None = None
        self.jobs = JobRunner(self)
        self.undo_group = QUndoGroup(self)

        self.welcome_page = WelcomePage()
        self.tours_page = ToursPage()
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self.stack.setAccessibleName(self.tr("Pages"))
        self.stack.addWidget(self.welcome_page)
        self.stack.addWidget(self.tours_page)
        self.opening_page = OpeningPage()
        self.stack.addWidget(self.opening_page)
        if db is None:  # not "no tours yet" before the database is read
            self.stack.setCurrentWidget(self.opening_page)
        self.setCentralWidget(self.stack)

        self.actions_ = Actions(self, self.undo_group)
        self._expose_actions()
        self._create_menus()
        self._create_docks()
        self._create_status_bar()
        self._connect()
        self.actions_.set_tour_open(False)
        self.refresh()

    @property
    def db(self) -> Database:
        """The open database (attached at construction or by ``attach_database``)."""
        if self._db is None:
            raise RuntimeError("no database attached yet")
        return self._db

    def attach_database(self, db: Database) -> None:
        """Use ``db`` from now on and show its tours (start-up calls this after the
        first paint, so SQLAlchemy is not imported before the window appears)."""
        self._db = db
        self._show_database_label()
        self.refresh()

    def _show_database_label(self) -> None:
        if self._db is None:
            self.database_label.setText(self.tr("Opening the database…"))
            return
        from tourplanner.services.database import describe_url

        self.database_label.setText(
            self.tr("Database: %1").replace("%1", describe_url(str(self._db.url)))
        )

    # -- building ------------------------------------------------------------------------

    def _expose_actions(self) -> None:
        a = self.actions_
        # The names earlier versions (and their tests) used.
        self.open_sample_action = a.open_sample
        self.refresh_action = a.refresh
        self.quit_action = a.quit
        self.about_action = a.about
        self.about_qt_action = a.about_qt

    def _menu(self, title: str, name: str, actions: list[Any], *, in_bar: bool = True) -> Any:
        menu = QMenu(title, self)
        if in_bar:
            self.menuBar().addMenu(menu)
        menu.setObjectName(name)
        menu.setAccessibleName(title.replace("&", ""))
        for action in actions:
            if action is None:
                menu.addSeparator()
            elif isinstance(action, QMenu):
                menu.addMenu(action)
            else:
                menu.addAction(action)
        return menu

    def _create_menus(self) -> None:
        a = self.actions_
        bar = self.menuBar()
        bar.setObjectName("menuBar")
        bar.setAccessibleName(self.tr("Menu bar"))
        self.export_menu = self._menu(
            self.tr("E&xport"),
            "exportMenu",
            [a.export_people, a.export_sites, None, *a.exports[2:]],
            in_bar=False,
        )
        self.recent_menu = self._menu(self.tr("Recent to&urs"), "recentMenu", [], in_bar=False)
        # Filled when shown: the list is the user's (QSettings) and changes as tours open.
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu = self._menu(
            self.tr("&File"),
            "fileMenu",
            [
                a.new_tour,
                a.import_tour,
                self.recent_menu,
                a.open_sample,
                a.export_tour,
                None,
                a.import_people,
                a.import_sites,
                self.export_menu,
                None,
                a.close_tour,
                a.refresh,
                None,
                a.settings,
                None,
                a.quit,
            ],
        )
        self.edit_menu = self._menu(
            self.tr("&Edit"),
            "editMenu",
            [
                a.undo,
                a.redo,
                None,
                a.new_item,
                a.new_site,
                a.new_participant,
                a.new_group,
                None,
                a.edit,
                a.delete,
                a.duplicate,
                a.copy_day,
                None,
                a.find,
            ],
        )
        self.view_menu = self._menu(
            self.tr("&View"),
            "viewMenu",
            [*a.views, None, a.zoom_in, a.zoom_out, a.zoom_reset, None, a.side_panel],
        )
        self.tour_menu = self._menu(
            self.tr("&Tour"),
            "tourMenu",
            [
                a.tour_properties,
                a.vehicles,
                a.precedence,
                None,
                a.optimise,
                a.geocode,
                None,
                a.on_the_day,
                None,
                a.cancel_job,
            ],
        )
        self.help_menu = self._menu(self.tr("&Help"), "helpMenu", [a.about, a.about_qt])

    def _create_docks(self) -> None:
        self.problems_dock = QDockWidget(self.tr("Problems"), self)
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setAccessibleName(self.tr("Problems panel"))
        self.problems_dock.toggleViewAction().setShortcut("F8")
        self.problems_dock.toggleViewAction().setObjectName("toggleProblemsAction")
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.problems_dock.hide()

        self.undo_view = QUndoView(self.undo_group)
        self.undo_view.setObjectName("undoView")
        self.undo_view.setAccessibleName(self.tr("Undo history"))
        self.undo_view.setEmptyLabel(self.tr("<opened>"))
        self.history_dock = QDockWidget(self.tr("Undo history"), self)
        self.history_dock.setObjectName("historyDock")
        self.history_dock.setAccessibleName(self.tr("Undo history"))
        self.history_dock.setWidget(self.undo_view)
        self.history_dock.toggleViewAction().setShortcut("F9")
        self.history_dock.toggleViewAction().setObjectName("toggleHistoryAction")
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()
        # Items without a time (qt/views/unscheduled_panel.py), dragged onto the timeline.
        self.unscheduled_dock = QDockWidget(self.tr("Unscheduled"), self)
        self.unscheduled_dock.setObjectName("unscheduledDock")
        self.unscheduled_dock.setAccessibleName(self.tr("Unscheduled items panel"))
        self.unscheduled_dock.toggleViewAction().setShortcut("Ctrl+9")
        self.unscheduled_dock.toggleViewAction().setObjectName("toggleUnscheduledAction")
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.unscheduled_dock)
        self.unscheduled_dock.hide()
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.problems_dock.toggleViewAction())
        self.view_menu.addAction(self.history_dock.toggleViewAction())
        self.view_menu.addAction(self.unscheduled_dock.toggleViewAction())

    def _create_status_bar(self) -> None:
        status = self.statusBar()
        status.setObjectName("statusBar")
        status.setAccessibleName(self.tr("Status bar"))
        self.database_label = QLabel()
        self._show_database_label()
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setAccessibleName(self.tr("Open database"))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.job_status = JobStatus(self.jobs)
        self.problem_count = ProblemCount()
        self.problem_count.hide()
        self.count_label = QLabel()
        self.count_label.setObjectName("tourCountLabel")
        self.count_label.setAccessibleName(self.tr("Tour count"))
        status.addPermanentWidget(self.database_label, 1)
        status.addPermanentWidget(self.job_status)
        status.addPermanentWidget(self.problem_count)
        status.addPermanentWidget(self.count_label)
        from tourplanner.qt.actions import VIEWS
        from tourplanner.qt.presence import PresenceLabel

        self.presence = PresenceLabel(
            {n: a.text().replace("&", "") for n, a in zip(VIEWS, self.actions_.views, strict=True)}
        )
        status.addPermanentWidget(self.presence)

    def _connect(self) -> None:
        a = self.actions_
        a.new_tour.triggered.connect(self.new_tour)
        a.import_tour.triggered.connect(self.import_tour)
        a.open_sample.triggered.connect(self.open_sample)
        a.export_tour.triggered.connect(self.export_tour)
        a.side_panel.toggled.connect(self.show_side_panel)
        # Ctrl+F on the tour list; the workspace's pages are TourActions' (focus_search).
        a.find.triggered.connect(self._find_on_tour_list)
        a.close_tour.triggered.connect(self.close_tour)
        a.refresh.triggered.connect(self.refresh)
        a.settings.triggered.connect(self.show_settings)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self.show_about)
        a.about_qt.triggered.connect(QApplication.aboutQt)
        a.cancel_job.triggered.connect(self.jobs.cancel)
        self.tour_actions = TourActions(self)
        self.sheet_actions = SheetActions(self)
        self.welcome_page.sample_requested.connect(self.open_sample)
        self.welcome_page.new_tour_requested.connect(self.new_tour)
        self.welcome_page.import_requested.connect(self.import_tour)
        self.tours_page.new_tour_requested.connect(self.new_tour)
        self.tours_page.import_requested.connect(self.import_tour)
        self.tours_page.counts_changed.connect(self._show_counts)
        self.tours_page.tour_activated.connect(self._on_tour_activated)
        self.problem_count.clicked.connect(lambda: self.show_view("problems"))

    # -- the tour list -------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the data again: the open tour if there is one, else the tour list."""
        if self.session is not None:
            self.session.reload()
            return
        if self._db is None:  # start-up: the database is attached after the first paint
            return
        try:
            tours = list_tours(self.db)
        except TourplannerError as error:
            self.show_error(self.tr("Could not read the tours"), first_line(error))
            return
        self._show_tours(tours)

    def _show_tours(self, tours: list[TourSummary]) -> None:
        self.tours_page.set_tours(tours)
        self.stack.setCurrentWidget(self.tours_page if tours else self.welcome_page)
        self._show_counts(self.tours_page.shown_count(), len(tours))

    def open_sample(self) -> None:
        """Load the sample tour (leaving an existing copy alone) and select it."""
        from tourplanner.services.history import acting, set_default_who

        set_default_who(self.settings.get(keys.USER_NAME))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with acting(action=self.tr("Load the sample tour")):
                result = load_sample(self.db)
            tours = list_tours(self.db)
        except TourplannerError as error:
            QGuiApplication.restoreOverrideCursor()
            self.show_error(self.tr("Could not open the sample tour"), first_line(error))
            return
        QGuiApplication.restoreOverrideCursor()
        self.close_tour()
        self._show_tours(tours)
        self.tours_page.select_tour(result.slug)
        # A first run goes straight to the sample's workspace, not to a list of one tour.
        if not self.open_tour(result.slug):
            self.tours_page.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if result.created:
            message = self.tr("Added the sample tour.")
        else:
            message = self.tr("The sample tour was already in this database.")
        self.statusBar().showMessage(message, 5000)

    def new_tour(self) -> Any:
        """Ask for a new tour's name and dates, create it and open it."""
        from tourplanner.qt.dialogs.tour_dialog import TourDialog
        from tourplanner.services.tours import create_tour

        try:
            taken = {t.slug for t in list_tours(self.db)}
        except TourplannerError as error:
            self.show_error(self.tr("Could not read the tours"), first_line(error))
            return None
        dialog = TourDialog(taken, parent=self)

        def submit() -> str | None:
            try:
                tour = create_tour(self.db, **dialog.values())
            except TourplannerError as error:
                return first_line(error)
            self.refresh()
            self.open_tour(tour.slug)
            return None

        dialog.submit = submit
        dialog.finished.connect(dialog.deleteLater)
        self.tour_dialog = dialog
        dialog.open()
        return dialog

    def choose_tour_file(self) -> str:
        """Ask for a tour file to import ('' when cancelled). Tests replace this."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a tour file"),
            str(self.settings.output_folder()),
            self.tr("Tour files (*.tour.json *.json);;All files (*)"),
        )
        return path

    def import_tour(self) -> bool:
        """Ask for a tour file, read it into the database and open the tour."""
        path = self.choose_tour_file()
        if not path:
            return False
        return self.import_tour_path(path)

    def import_tour_path(self, path: str, replace: bool = False) -> bool:
        """Read the tour file at ``path`` into the database and open the tour; a tour of
        the same slug is replaced when ``replace``, else after asking. Errors in a dialog."""
        from tourplanner.services.tourfile import import_tour_file

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            try:
                result = import_tour_file(self.db, path, replace=replace)
            except TourExistsError as exists:
                QGuiApplication.restoreOverrideCursor()
                if not self.ask_replace(exists.slug):
                    return False
                QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                result = import_tour_file(self.db, path, replace=True)
        except TourplannerError as error:
            QGuiApplication.restoreOverrideCursor()
            self.show_error(self.tr("Could not import the tour file"), first_line(error))
            return False
        QGuiApplication.restoreOverrideCursor()
        self.close_tour()
        self.refresh()
        self.open_tour(result.slug)
        self.statusBar().showMessage(
            self.tr("Imported %1: %2 sites, %3 people, %4 items.")
            .replace("%1", result.slug)
            .replace("%2", str(result.sites))
            .replace("%3", str(result.participants))
            .replace("%4", str(result.items)),
            8000,
        )
        return True

    def ask_replace(self, slug: str) -> bool:
        """The file's tour exists already: replace it? Tests replace this."""
        answer = QMessageBox.question(
            self,
            self.tr("Replace the tour?"),
            self.tr(
                "The database already has a tour '%1'. Replace it with the one in the file? "
                "The current one and all its changes are lost."
            ).replace("%1", slug),
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- the open tour -------------------------------------------------------------------

    def _on_tour_activated(self, tour: TourSummary) -> None:
        self.open_tour(tour.slug)

    def open_tour(self, slug: str) -> bool:
        """Open the workspace of the tour ``slug`` (closing any other)."""
        from tourplanner.qt.dialogs import messages
        from tourplanner.qt.map_view import map_fetcher
        from tourplanner.qt.session import TourSession
        from tourplanner.services.history import set_default_who

        # The change history names this user (a setting, else the system account's name).
        set_default_who(self.settings.get(keys.USER_NAME))
        from tourplanner.qt.views.workspace import Workspace

        name = self.tours_page.name_of(slug)
        self.close_tour()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._show_opening(name)
        session = TourSession(self.db, slug, self)
        session.show_error = self.show_error
        session.resolve_conflict = lambda message: messages.ask_conflict(self, message)
        workspace = Workspace(session)
        workspace.outputs.attach(self.jobs, self.settings, self.show_error)
        workspace.set_map_fetcher(map_fetcher(self.settings))
        try:
            session.load()
        except TourplannerError as error:
            QGuiApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()
            workspace.deleteLater()
            session.deleteLater()
            self.refresh()  # the tour list again, not "Opening…"
            self.show_error(self.tr("Could not open the tour"), first_line(error))
            return False
        self.session, self.workspace = session, workspace
        session.start_following()  # other organisers' changes, live
        self.presence.view = workspace.current_view()
        self.presence.start(self.db, slug)
        workspace.view_changed.connect(lambda view: self.presence.moved(view=view))
        workspace.programme.day_changed.connect(lambda day: self.presence.moved(day=day))
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        from tourplanner.qt.views.problems_page import ProblemsPanel

        panel = ProblemsPanel(workspace.problem_model)
        panel.activated.connect(workspace.show_problem)
        self.problems_dock.setWidget(panel)
        self.problems_panel = panel
        self.unscheduled_dock.setWidget(workspace.unscheduled)
        workspace.unscheduled.show()
        self.problems_dock.show()
        self._size_problems_dock()
        workspace.problem_model.counts_changed.connect(self._size_problems_dock)
        workspace.problem_model.counts_changed.connect(self.problem_count.set_counts)
        self.problem_count.set_counts(
            workspace.problem_model.errors, workspace.problem_model.warnings
        )
        self.problem_count.show()
        session.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        workspace.view_changed.connect(self._on_view_changed)
        workspace.sites.geocode_button.clicked.connect(self.actions_.geocode.trigger)
        workspace.programme.optimise_button.clicked.connect(self.actions_.optimise.trigger)
        workspace.people.participants.import_button.clicked.connect(
            self.actions_.import_people.trigger
        )
        workspace.sites.import_button.clicked.connect(self.actions_.import_sites.trigger)
        self.stack.addWidget(workspace)
        self.stack.setCurrentWidget(workspace)
        self.actions_.set_tour_open(True)
        self._on_view_changed(workspace.current_view())
        self._show_tour_title()
        session.reloaded.connect(self._show_tour_title)
        self.count_label.hide()
        workspace.programme.timeline.setFocus(Qt.FocusReason.OtherFocusReason)
        # The next start reopens it (tourplanner.qt.resume).
        self.settings.set(keys.LAST_TOUR, slug)
        self.remember_recent(slug)
        self.show_side_panel(self.actions_.side_panel.isChecked())
        self.statusBar().clearMessage()
        QGuiApplication.restoreOverrideCursor()
        return True

    def _show_opening(self, name: str) -> None:
        """Say which tour is opening, on screen at once: loading takes seconds, and the
        tour closed before must not stay on screen meanwhile."""
        text = self.tr("Opening {tour}…").format(tour=name)
        self.opening_page.setText(text)
        self.stack.setCurrentWidget(self.opening_page)
        self.statusBar().showMessage(text)
        self.repaint()

    # -- files and recent tours ----------------------------------------------------------

    def recent_tours(self) -> list[str]:
        """The slugs of the tours this user opened last, newest first."""
        raw = self.settings.get(keys.RECENT_TOURS)
        return [slug for slug in raw.split("\n") if slug]

    def remember_recent(self, slug: str) -> None:
        """Put ``slug`` first in File ▸ Recent tours (at most ``RECENT_LIMIT``)."""
        slugs = [slug] + [s for s in self.recent_tours() if s != slug]
        self.settings.set(keys.RECENT_TOURS, "\n".join(slugs[:RECENT_LIMIT]))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        try:
            names = {t.slug: t.name for t in list_tours(self.db)}
        except TourplannerError:
            names = {}
        # Tours deleted since (or in another database) are not offered.
        slugs = [s for s in self.recent_tours() if s in names]
        for number, slug in enumerate(slugs, start=1):
            action = self.recent_menu.addAction(f"&{number} {names[slug]}")
            action.setObjectName(f"recentTour_{slug}")
            action.setStatusTip(slug)
            action.triggered.connect(lambda _checked=False, s=slug: self.open_tour(s))
        if not slugs:
            empty = self.recent_menu.addAction(self.tr("No recent tours"))
            empty.setEnabled(False)

    def choose_export_path(self, slug: str) -> str:
        """Ask where to save the open tour's file ('' when cancelled). Tests replace this."""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export tour file"),
            str(self.settings.output_folder() / f"{slug}.tour.json"),
            self.tr("Tour files (*.tour.json)"),
        )
        return path

    def export_tour(self) -> bool:
        """File ▸ Export tour file…: write the open tour to a .tour.json file."""
        from tourplanner.services.tourfile import export_tour_file

        if self.session is None:
            return False
        slug = self.session.slug
        path = self.choose_export_path(slug)
        if not path:
            return False
        try:
            written = export_tour_file(self.db, slug, path)
        except (TourplannerError, OSError) as error:
            self.show_error(self.tr("Could not export the tour file"), first_line(error))
            return False
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(written)), 8000)
        return True

    # -- screens -------------------------------------------------------------------------

    def side_panel_widget(self) -> QWidget | None:
        """The programme's day and item details beside the timeline (None without a tour)."""
        if self.workspace is None:
            return None
        return self.workspace.findChild(QScrollArea, "programmeSideScroller")

    def show_side_panel(self, shown: bool) -> None:
        """View ▸ Side panel: hide it to give the timeline the width on a small screen."""
        panel = self.side_panel_widget()
        if panel is not None:
            panel.setVisible(shown)

    def fit_to_screen(self) -> None:
        """Keep the window inside its screen's available area (small screens, 2× HiDPI)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        area = screen.availableGeometry()
        frame = self.frameGeometry()
        extra_w = frame.width() - self.width()
        extra_h = frame.height() - self.height()
        width = min(self.width(), area.width() - extra_w)
        height = min(self.height(), area.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        x = min(max(frame.x(), area.x()), area.right() - frame.width() + 1)
        y = min(max(frame.y(), area.y()), area.bottom() - frame.height() + 1)
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)

    def _find_on_tour_list(self) -> None:
        if self.session is None and self.stack.currentWidget() is self.tours_page:
            self.tours_page.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.tours_page.search.selectAll()

    def _size_problems_dock(self, *_counts: int) -> None:
        """Room for the problems (up to three rows), or one line while there are none: the
        programme above needs the height more (a 700-pixel screen)."""
        if self.workspace is None:
            return
        model = self.workspace.problem_model
        if model.errors + model.warnings:
            dock, panel = self.problems_dock, self.problems_panel
            title = dock.sizeHint().height() - panel.sizeHint().height()
            height = title + panel.fitting_height()
        else:
            height = 60
        self.resizeDocks([self.problems_dock], [height], Qt.Orientation.Vertical)

    def _show_tour_title(self) -> None:
        """The window title names the open tour (again after Tour ▸ Properties renames it)."""
        if self.session is not None:
            name = self.session.snapshot.tour.name
            self.setWindowTitle(self.tr("%1 – Tourplanner").replace("%1", name))

    def close_tour(self) -> None:
        """Back to the tour list; the tour's undo history goes with its workspace."""
        if self.session is None or self.workspace is None:
            return
        self.session.stop_following()
        self.presence.stop()
        self.undo_group.removeStack(self.session.undo_stack)
        self.stack.removeWidget(self.workspace)
        self.workspace.deleteLater()
        self.session.deleteLater()
        self.session = None
        self.workspace = None
        self.problems_dock.hide()
        self.problems_dock.setWidget(QWidget())
        # The list belongs to the tour's workspace, which goes with it.
        listed = self.unscheduled_dock.widget()
        self.unscheduled_dock.setWidget(QWidget())
        if listed is not None:
            listed.deleteLater()
        self.problem_count.hide()
        self.count_label.show()
        self.actions_.set_tour_open(False)
        self.setWindowTitle(self.tr("Tourplanner"))
        self.settings.set(keys.LAST_TOUR, "")
        self.refresh()

    def show_view(self, name: str) -> None:
        if self.workspace is not None:
            self.workspace.show_view(name)

    def _on_view_changed(self, name: str) -> None:
        from tourplanner.qt.views.workspace import VIEWS

        self.settings.set(keys.LAST_VIEW, name)
        for view, action in zip(VIEWS, self.actions_.views, strict=True):
            action.setChecked(view == name)
        # The Problems view is the same list, larger: the dock would only repeat it.
        if name == "problems":
            self._dock_was_visible = self.problems_dock.isVisible() or getattr(
                self, "_dock_was_visible", False
            )
            self.problems_dock.hide()
        elif getattr(self, "_dock_was_visible", False):
            self._dock_was_visible = False
            self.problems_dock.show()
        programme = name == "programme"
        for action in (
            self.actions_.zoom_in,
            self.actions_.zoom_out,
            self.actions_.zoom_reset,
            self.actions_.optimise,
        ):
            action.setEnabled(programme)

    # -- messages ------------------------------------------------------------------------

    def show_error(self, title: str, message: str) -> None:
        """Tell the user what went wrong in a modal box (tests replace this method)."""
        from tourplanner.qt.dialogs import messages

        messages.show_error(self, title, message)

    def show_about(self) -> Any:
        """Help ▸ About: the version, the licences and the data folder."""
        from tourplanner.qt.dialogs.about import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog = dialog
        dialog.open()
        return dialog

    def show_settings(self) -> Any:
        """Edit ▸ Settings (``TourActions.show_settings``)."""
        return self.tour_actions.show_settings()

    def apply_language(self) -> None:
        """Switch to the language chosen in Settings without a restart: install its
        translators, re-set the fixed texts of every window, ask the tables for their
        headers again, and read the tour again so that problems speak the new language."""
        from PySide6.QtCore import QAbstractProxyModel
        from PySide6.QtWidgets import QHeaderView

        from tourplanner.qt import i18n
        from tourplanner.qt.models.base import RecordTableModel

        before = i18n.current_language()
        i18n.install_translators(self.settings)
        after = i18n.current_language()
        i18n.retranslate_texts(i18n.top_level_widgets(), before, after)
        i18n.send_language_change(i18n.top_level_widgets())
        self._show_database_label()
        for header in self.findChildren(QHeaderView):  # models ask tr() for headers
            model = header.model()
            while isinstance(model, QAbstractProxyModel):
                model = model.sourceModel()
            if isinstance(model, RecordTableModel):
                model.retranslate()
            if header.count():
                header.headerDataChanged(header.orientation(), 0, header.count() - 1)
        self.refresh()  # the tour read and checked again: dates and problems in words

    def _show_counts(self, shown: int, total: int) -> None:
        if shown == total:
            text = self.tr("Tours: %1").replace("%1", str(total))
        else:
            text = (
                self.tr("Tours: %1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))
            )
        self.count_label.setText(text)

    # -- window state --------------------------------------------------------------------

    def restore_layout(self) -> None:
        """Put the window and its docks where the user left them."""
        geometry = self.settings.get(keys.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        state = self.settings.get(keys.WINDOW_STATE)
        if state:
            self.restoreState(QByteArray(state))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set(keys.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.set(keys.WINDOW_STATE, bytes(self.saveState().data()))
        self.jobs.cancel()
        self.jobs.wait(5000)
        super().closeEvent(event)
