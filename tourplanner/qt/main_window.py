"""The main window: a welcome page for an empty database, otherwise the list of tours."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from tourplanner import __version__
from tourplanner.core.errors import TourplannerError
from tourplanner.core.model import TourSummary
from tourplanner.qt.tours_page import ToursPage
from tourplanner.qt.welcome_page import WelcomePage
from tourplanner.services.database import Database, describe_url
from tourplanner.services.samples import load_sample
from tourplanner.services.tours import list_tours

DEFAULT_SIZE = (1100, 700)


class MainWindow(QMainWindow):
    """The application window for one open database."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Tourplanner"))
        self.setAccessibleName(self.tr("Tourplanner"))
        self.resize(*DEFAULT_SIZE)

        self.welcome_page = WelcomePage()
        self.tours_page = ToursPage()
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        self.stack.setAccessibleName(self.tr("Pages"))
        self.stack.addWidget(self.welcome_page)
        self.stack.addWidget(self.tours_page)
        self.setCentralWidget(self.stack)

        self._create_actions()
        self._create_menus()
        self._create_status_bar()

        self.welcome_page.sample_requested.connect(self.open_sample)
        self.tours_page.counts_changed.connect(self._show_counts)
        self.tours_page.tour_activated.connect(self._on_tour_activated)

        self.refresh()

    # -- building ------------------------------------------------------------------------

    def _create_actions(self) -> None:
        self.open_sample_action = QAction(self.tr("Open the &sample tour"), self)
        self.open_sample_action.setObjectName("openSampleAction")
        self.open_sample_action.setStatusTip(
            self.tr("Add the 2021 Chongqing media tour to this database and show it")
        )
        self.open_sample_action.triggered.connect(self.open_sample)

        self.refresh_action = QAction(self.tr("&Reload"), self)
        self.refresh_action.setObjectName("refreshAction")
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setStatusTip(self.tr("Read the tour list from the database again"))
        self.refresh_action.triggered.connect(self.refresh)

        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        # Not every platform defines a Quit key; Ctrl+Q is what users try first.
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.setStatusTip(self.tr("Close Tourplanner"))
        self.quit_action.triggered.connect(self.close)

        self.about_action = QAction(self.tr("&About Tourplanner"), self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

        self.about_qt_action = QAction(self.tr("About &Qt"), self)
        self.about_qt_action.setObjectName("aboutQtAction")
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.about_qt_action.triggered.connect(QApplication.aboutQt)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        bar.setObjectName("menuBar")
        bar.setAccessibleName(self.tr("Menu bar"))

        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.setObjectName("fileMenu")
        self.file_menu.setAccessibleName(self.tr("File"))
        self.file_menu.addAction(self.open_sample_action)
        self.file_menu.addAction(self.refresh_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.setObjectName("helpMenu")
        self.help_menu.setAccessibleName(self.tr("Help"))
        self.help_menu.addAction(self.about_action)
        self.help_menu.addAction(self.about_qt_action)

    def _create_status_bar(self) -> None:
        status = self.statusBar()
        status.setObjectName("statusBar")
        status.setAccessibleName(self.tr("Status bar"))

        self.database_label = QLabel(
            self.tr("Database: %1").replace("%1", describe_url(str(self.db.url)))
        )
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setAccessibleName(self.tr("Open database"))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.count_label = QLabel()
        self.count_label.setObjectName("tourCountLabel")
        self.count_label.setAccessibleName(self.tr("Tour count"))

        status.addPermanentWidget(self.database_label, 1)
        status.addPermanentWidget(self.count_label)

    # -- behaviour -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the tour list again and show the page that fits it."""
        try:
            tours = list_tours(self.db)
        except TourplannerError as error:
            self.show_error(self.tr("Could not read the tours"), str(error))
            return
        self._show_tours(tours)

    def _show_tours(self, tours: list[TourSummary]) -> None:
        self.tours_page.set_tours(tours)
        self.stack.setCurrentWidget(self.tours_page if tours else self.welcome_page)
        self._show_counts(self.tours_page.shown_count(), len(tours))

    def open_sample(self) -> None:
        """Load the sample tour (leaving an existing copy alone) and select it."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = load_sample(self.db)
            tours = list_tours(self.db)
        except TourplannerError as error:
            QGuiApplication.restoreOverrideCursor()
            self.show_error(self.tr("Could not open the sample tour"), str(error))
            return
        QGuiApplication.restoreOverrideCursor()
        self._show_tours(tours)
        self.tours_page.select_tour(result.slug)
        self.tours_page.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if result.created:
            message = self.tr("Added the sample tour.")
        else:
            message = self.tr("The sample tour was already in this database.")
        self.statusBar().showMessage(message, 5000)

    def show_error(self, title: str, message: str) -> None:
        """Tell the user what went wrong in a modal box (tests replace this method)."""
        QMessageBox.warning(self, title, message)

    def show_about(self) -> None:
        """Show the version and what the application is for."""
        QMessageBox.about(
            self,
            self.tr("About Tourplanner"),
            self.tr(
                "<h3>Tourplanner %1</h3>"
                "<p>Plan delegation tours: sites, participants and a day-by-day "
                "programme; catch clashes before they happen; send briefings and "
                "calendars to delegates and hosts.</p>"
                "<p>Licensed under the Apache License 2.0. Chinese text is shown with "
                "the bundled WenQuanYi Micro Hei font.</p>"
            ).replace("%1", __version__),
        )

    def _show_counts(self, shown: int, total: int) -> None:
        if shown == total:
            text = self.tr("Tours: %1").replace("%1", str(total))
        else:
            text = (
                self.tr("Tours: %1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))
            )
        self.count_label.setText(text)

    def _on_tour_activated(self, tour: TourSummary) -> None:
        # Opening a tour for editing arrives with the full GUI; say so rather than do nothing.
        self.statusBar().showMessage(
            self.tr("%1: opening a tour for editing comes in a later version.").replace(
                "%1", tour.name
            ),
            5000,
        )
