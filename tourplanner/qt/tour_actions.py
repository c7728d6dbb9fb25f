"""What the main window's tour actions do: edit what is selected, switch views, zoom,
optimise a day, find coordinates (a background job) and change settings.

``TourActions`` belongs to one ``MainWindow`` (``window.tour_actions``); the dialogs it opens
are kept on it, not on the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from tourplanner.core.errors import TourplannerError, first_line
from tourplanner.qt import settings as keys
from tourplanner.qt.actions import VIEWS
from tourplanner.qt.worker import Job, JobContext

if TYPE_CHECKING:
    from tourplanner.qt.dialogs.on_the_day_dialog import OnTheDayDialog
    from tourplanner.qt.dialogs.optimise_dialog import OptimiseDialog
    from tourplanner.qt.dialogs.precedence_dialog import PrecedenceDialog
    from tourplanner.qt.dialogs.settings_dialog import SettingsDialog
    from tourplanner.qt.main_window import MainWindow
    from tourplanner.qt.views.workspace import Workspace


class TourActions:
    """The tour actions of one main window: connected to the window's actions when made,
    and acting on the workspace open when triggered."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        #: The dialogs last opened (tests reach them here).
        self.optimise_dialog: OptimiseDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.on_the_day_dialog: OnTheDayDialog | None = None
        self.precedence_dialog: PrecedenceDialog | None = None
        self._connect()

    def _connect(self) -> None:
        window = self.window
        a = window.actions_

        def on_workspace(method: Any) -> Any:
            def run() -> None:
                if window.workspace is not None:
                    method(window.workspace)

            return run

        a.new_item.triggered.connect(on_workspace(lambda w: w.editor.new_item()))
        a.new_site.triggered.connect(on_workspace(lambda w: w.editor.new_site()))
        a.new_participant.triggered.connect(on_workspace(lambda w: w.editor.new_participant()))
        a.new_group.triggered.connect(on_workspace(lambda w: w.editor.new_group()))
        a.tour_properties.triggered.connect(on_workspace(lambda w: w.editor.tour_properties()))
        a.vehicles.triggered.connect(on_workspace(lambda w: w.editor.vehicles()))
        a.edit.triggered.connect(on_workspace(edit_selected))
        a.delete.triggered.connect(on_workspace(delete_selected))
        a.find.triggered.connect(on_workspace(focus_search))
        a.duplicate.triggered.connect(
            on_workspace(lambda w: w.programme_editing.duplicate_selected())
        )
        a.copy_day.triggered.connect(on_workspace(lambda w: w.programme_editing.copy_day()))
        for name, action in zip(VIEWS, a.views, strict=True):
            action.triggered.connect(on_workspace(lambda w, n=name: w.show_view(n)))
        a.zoom_in.triggered.connect(on_workspace(lambda w: w.programme.timeline.zoom_in()))
        a.zoom_out.triggered.connect(on_workspace(lambda w: w.programme.timeline.zoom_out()))
        a.zoom_reset.triggered.connect(on_workspace(lambda w: w.programme.timeline.reset_zoom()))
        a.optimise.triggered.connect(self.optimise_day)
        a.on_the_day.triggered.connect(self.show_on_the_day)
        a.precedence.triggered.connect(self.show_precedence)
        a.geocode.triggered.connect(self.geocode)

    def optimise_day(self) -> Any:
        """Propose a better route for the selected day and, if the user agrees, apply it."""
        from tourplanner.qt.dialogs.optimise_dialog import OptimiseDialog
        from tourplanner.qt.undo import ApplyDayCommand
        from tourplanner.services.optimize import propose_day

        window = self.window
        w = window.workspace
        if w is None:
            return None
        programme = w.programme
        day = programme.selected_day()
        if day is None:
            return None
        person_id = programme.person_filter.currentData()
        snap = w.session.snapshot
        person_key = snap.participants_by_id[person_id].key if person_id is not None else None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            proposal = propose_day(w.session.db, w.session.slug, day, person_key)
        except TourplannerError as error:
            QGuiApplication.restoreOverrideCursor()
            window.show_error(
                QCoreApplication.translate("MainWindow", "No better route"), first_line(error)
            )
            return None
        QGuiApplication.restoreOverrideCursor()
        dialog = OptimiseDialog(proposal, window)
        self.optimise_dialog = dialog

        def apply(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and proposal.moves:
                text = QCoreApplication.translate("MainWindow", "Optimise %1").replace(
                    "%1", dialog.windowTitle().split(" ", 1)[-1]
                )
                w.session.push(ApplyDayCommand(w.session, proposal, text))

        dialog.finished.connect(apply)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def geocode(self) -> Job | None:
        """Find the sites' coordinates off the GUI thread, with progress and Cancel."""
        from tourplanner.services.geocoding import failure_summary, geocode_tours

        window = self.window
        session = window.session
        if session is None:
            return None
        db, slug = session.db, session.slug
        server = window.settings.get(keys.GEOCODER_SERVER) or None
        agent = window.settings.get(keys.GEOCODER_USER_AGENT) or None

        def run(context: JobContext) -> Any:
            def progress(done: int, total: int, site: Any) -> None:
                context.progress(done, total, site.name)

            return geocode_tours(db, [slug], server=server, user_agent=agent, progress=progress)

        def done(reports: Any) -> None:
            [report] = reports
            if window.session is session:
                session.reload()
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow",
                    "Coordinates: %1 found, %2 not found, %3 failed, %4 already known.",
                )
                .replace("%1", str(report.found))
                .replace("%2", str(report.not_found))
                .replace("%3", str(report.errors))
                .replace("%4", str(report.skipped))
                # Why the failed ones failed (the Sites table's tooltips have each line).
                + (f" {why}" if (why := failure_summary(report)) else ""),
                20000 if why else 10000,
            )

        def failed(message: str) -> None:
            window.show_error(
                QCoreApplication.translate("MainWindow", "Could not find coordinates"), message
            )

        def cancelled() -> None:
            if window.session is session:
                session.reload()  # the sites done before Cancel are saved
            window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Finding coordinates was cancelled."), 6000
            )

        job = window.jobs.run(
            QCoreApplication.translate("MainWindow", "Finding coordinates…"),
            run,
            on_result=done,
            on_error=failed,
            on_cancel=cancelled,
        )
        if job is None:
            window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Wait for the running job to finish."),
                5000,
            )
        return job

    def show_settings(self) -> Any:
        """The Settings dialog; travel changes become one undoable edit of the tour."""
        from tourplanner.qt.dialogs.settings_dialog import SettingsDialog
        from tourplanner.qt.undo import TourTravelCommand

        window = self.window
        session = window.session
        travel = session.snapshot.tour.travel if session is not None else None
        dialog = SettingsDialog(window.settings, travel, window)
        self.settings_dialog = dialog

        def finished(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            dialog.save()
            from tourplanner.qt.map_view import map_fetcher
            from tourplanner.services.history import set_default_who

            set_default_who(window.settings.get(keys.USER_NAME))
            window.apply_language()  # a new language applies at once, no restart
            if window.workspace is not None:  # the map tiles may have changed
                window.workspace.set_map_fetcher(map_fetcher(window.settings))
            new_travel = dialog.travel()
            if session is not None and new_travel is not None and new_travel != travel:
                assert travel is not None
                text = QCoreApplication.translate("MainWindow", "Change travel settings")
                session.push(TourTravelCommand(session, travel, new_travel, text))
            window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Settings saved."), 4000
            )

        dialog.finished.connect(finished)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_on_the_day(self) -> Any:
        """Tour ▸ On the day: the hotline, people on duty and day notes, saved as one undoable
        edit of the tour."""
        from tourplanner.qt.dialogs.on_the_day_dialog import OnTheDayDialog
        from tourplanner.qt.undo import TourValuesCommand

        window = self.window
        session = window.session
        if session is None:
            return None
        dialog = OnTheDayDialog(session.snapshot.tour, window)
        self.on_the_day_dialog = dialog

        def finished(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            before, after = dialog.before(), dialog.values()
            if before != after:
                text = QCoreApplication.translate("MainWindow", "Change who is on duty")
                session.push(TourValuesCommand(session, before, after, text))

        dialog.finished.connect(finished)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_precedence(self) -> Any:
        """Tour ▸ Order of precedence: everyone in order, to rearrange; OK stores the whole
        order as one undoable edit, Cancel changes nothing."""
        from tourplanner.core.precedence import in_precedence
        from tourplanner.qt.dialogs.precedence_dialog import (
            PrecedenceDialog,
            PrecedenceOrderCommand,
            reorders,
            stored_ranks,
        )
        from tourplanner.services.protocol import propose_precedence

        window = self.window
        session = window.session
        if session is None:
            return None
        people = session.snapshot.participants
        before = stored_ranks(people)
        dialog = PrecedenceDialog(
            in_precedence(people), lambda: propose_precedence(session.db, session.slug), window
        )
        self.precedence_dialog = dialog

        def finished(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            order = dialog.keys()
            if reorders(people, order):
                text = QCoreApplication.translate("MainWindow", "Change the order of precedence")
                session.push(PrecedenceOrderCommand(session, before, order, text))

        dialog.finished.connect(finished)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog


def _selection(w: Workspace) -> tuple[str, list[Any]]:
    """What kind of record is selected in the current view, and which."""
    view = w.current_view()
    if view == "programme":
        programme = w.programme
        if programme.tabs.currentWidget() is programme.agenda:
            return "item", programme.agenda.selected_records()
        found = (w.session.item(i) for i in programme.timeline.selected_items_ids())
        return "item", [item for item in found if item is not None]
    if view == "sites":
        return "site", w.sites.selected_records()
    if view == "participants":
        groups = w.people.groups
        if groups.table.hasFocus() and groups.selected_records():
            return "group", groups.selected_records()
        return "participant", w.people.participants.selected_records()
    return "", []


def edit_selected(w: Workspace) -> None:
    kind, records = _selection(w)
    if len(records) != 1:
        return
    edits: dict[str, Callable[[Any], Any]] = {
        "item": w.editor.edit_item,
        "site": w.editor.edit_site,
        "participant": w.editor.edit_participant,
        "group": w.editor.edit_group,
    }
    edits[kind](records[0])


def delete_selected(w: Workspace) -> None:
    if w.unscheduled.list.hasFocus():
        # Delete pressed in the Unscheduled dock means its entry, not the page's selection.
        w.unscheduled.delete_selected()
        return
    kind, records = _selection(w)
    if not records:
        return
    deletes: dict[str, Callable[[Any], Any]] = {
        "item": w.editor.delete_items,
        "site": w.editor.delete_sites,
        "participant": w.editor.delete_participants,
        "group": w.editor.delete_groups,
    }
    deletes[kind](records)


def focus_search(w: Workspace) -> None:
    page: Any = {
        "programme": w.programme.agenda,
        "sites": w.sites,
        "participants": w.people.participants,
        "problems": w.problems,
        "outputs": w.outputs,
        "history": w.history,
        "gifts": w.gifts,
    }.get(w.current_view())
    if page is None:
        return
    if page is w.programme.agenda:
        w.programme.tabs.setCurrentWidget(page)
    page.focus_search()
