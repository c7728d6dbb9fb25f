"""The organiser's workspace for one open tour: navigation, the five views, and the wiring
from the session's signals to every model and view.

The session is the single source of truth: views never write to the database, they ask
the editor, whose commands go through the session; the session's signals then refresh
the views. An item edit refreshes only what depends on items (one row of the agenda, one
day of the timeline, the problems); anything else reloads the tour.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QWidget,
)

from tourplanner.core.model import ScheduleItem
from tourplanner.core.problems import Problem

#: The views in navigation order (also their Ctrl+1..5 order).
from tourplanner.qt.actions import VIEWS
from tourplanner.qt.editor import Editor
from tourplanner.qt.models.problems import ProblemTableModel
from tourplanner.qt.session import TourSession
from tourplanner.qt.timeline.editing import ProgrammeEditing
from tourplanner.qt.views.gifts_page import GiftsPage
from tourplanner.qt.views.history_page import HistoryPage
from tourplanner.qt.views.outputs_page import OutputsPage
from tourplanner.qt.views.people_page import PeoplePage
from tourplanner.qt.views.problems_page import ProblemsPage
from tourplanner.qt.views.programme_page import ProgrammePage
from tourplanner.qt.views.seating_view import SeatingView
from tourplanner.qt.views.sites_page import SitesPage
from tourplanner.qt.views.unscheduled_panel import UnscheduledPanel
from tourplanner.services.maps import TileFetcher


class Workspace(QWidget):
    """Navigation on the left, the chosen view on the right."""

    #: The name of the view now shown.
    view_changed = Signal(str)

    def __init__(self, session: TourSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.setAccessibleName(self.tr("Tour workspace"))
        self.session = session
        self.editor = Editor(session, self)
        self.problem_model = ProblemTableModel(self)

        self.programme = ProgrammePage()
        self.programme_editing = ProgrammeEditing(self.programme, self.editor)
        self.sites = SitesPage()
        self.people = PeoplePage()
        self.problems = ProblemsPage(self.problem_model)
        self.outputs = OutputsPage(session)
        self.history = HistoryPage()
        self.gifts = GiftsPage()
        self.seating = SeatingView(session)
        # Shown in the window's Unscheduled dock (View ▸ Unscheduled, Ctrl+9).
        self.unscheduled = UnscheduledPanel(self.editor, self)
        self.unscheduled.hide()
        self.pages: dict[str, QWidget] = {
            "gifts": self.gifts,
            "history": self.history,
            "programme": self.programme,
            "sites": self.sites,
            "participants": self.people,
            "problems": self.problems,
            "outputs": self.outputs,
            "seating": self.seating,
        }

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Views"))
        self.nav.setFixedWidth(168)
        self.nav.setIconSize(QSize(18, 18))
        self.nav.setSpacing(2)
        self.nav.setStyleSheet(
            "QListWidget#navigation { background: #f1f5f9; border: none;"
            " border-right: 1px solid #e2e8f0; padding-top: 12px; }"
            "QListWidget#navigation::item { padding: 8px 14px; border-radius: 6px;"
            " margin: 0 8px; color: #1f2937; }"
            "QListWidget#navigation::item:selected { background: #dbeafe; color: #1e3a8a;"
            " font-weight: 600; }"
        )
        self.stack = QStackedWidget()
        self.stack.setObjectName("workspacePages")
        self.stack.setAccessibleName(self.tr("Workspace pages"))
        titles = {
            "programme": self.tr("Programme"),
            "sites": self.tr("Sites"),
            "participants": self.tr("Participants"),
            "problems": self.tr("Problems"),
            "outputs": self.tr("Outputs"),
            "history": self.tr("History"),
            "gifts": self.tr("Gifts"),
            "seating": self.tr("Seating"),
        }
        for name in VIEWS:
            entry = QListWidgetItem(titles[name], self.nav)
            entry.setData(Qt.ItemDataRole.UserRole, name)
            entry.setData(Qt.ItemDataRole.AccessibleTextRole, titles[name])
            self.stack.addWidget(self.pages[name])
        self.nav.currentRowChanged.connect(self._on_nav)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)

        self._connect()
        self.nav.setCurrentRow(0)

    # -- wiring --------------------------------------------------------------------------

    def _connect(self) -> None:
        s = self.session
        s.reloaded.connect(self._on_reloaded)
        s.items_changed.connect(self._on_items_changed)
        s.problems_changed.connect(self._on_problems_changed)

        e = self.editor
        gifts = self.gifts
        gifts.new_button.clicked.connect(e.new_gift)
        gifts.edit_button.clicked.connect(lambda: self._edit_one(gifts, e.edit_gift))
        gifts.activated.connect(e.edit_gift)
        gifts.delete_button.clicked.connect(lambda: e.delete_gifts(gifts.selected_records()))
        gifts.limit_button.clicked.connect(e.gift_limit)
        sites = self.sites
        sites.new_button.clicked.connect(e.new_site)
        sites.edit_button.clicked.connect(lambda: self._edit_one(sites, e.edit_site))
        sites.activated.connect(e.edit_site)
        sites.delete_button.clicked.connect(lambda: e.delete_sites(sites.selected_records()))
        sites.site_moved.connect(self._on_site_moved)

        people = self.people.participants
        people.new_button.clicked.connect(e.new_participant)
        people.edit_button.clicked.connect(lambda: self._edit_one(people, e.edit_participant))
        people.activated.connect(e.edit_participant)
        people.delete_button.clicked.connect(
            lambda: e.delete_participants(people.selected_records())
        )
        people.group_button.clicked.connect(lambda: e.change_group(people.selected_records()))
        people.add_to_item_button.clicked.connect(lambda: e.add_to_item(people.selected_records()))

        groups = self.people.groups
        groups.new_button.clicked.connect(e.new_group)
        groups.edit_button.clicked.connect(lambda: self._edit_one(groups, e.edit_group))
        groups.activated.connect(e.edit_group)
        groups.delete_button.clicked.connect(lambda: e.delete_groups(groups.selected_records()))

        programme = self.programme
        programme.new_item_button.clicked.connect(lambda: e.new_item())
        timeline = programme.timeline
        timeline.move_requested.connect(self._on_move_requested)
        timeline.item_activated.connect(self._edit_item_id)
        timeline.new_item_requested.connect(e.new_item)
        programme.agenda.activated.connect(e.edit_item)
        programme.history_requested.connect(self.show_item_history)

        self.problems.activated.connect(self.show_problem)
        self.problems.describe = self.describe_problem

    def set_map_fetcher(self, fetcher: TileFetcher) -> None:
        """Draw the maps (sites, the day's route) from ``fetcher``'s tiles. The workspace
        owns it: the one it replaces, and the last one when the workspace goes, is closed
        (its connections and their watcher threads end with it)."""
        held: list[TileFetcher] | None = getattr(self, "_map_fetcher", None)
        self.sites.set_map_fetcher(fetcher)
        self.programme.set_map_fetcher(fetcher)
        if held is None:
            # A list the closing slot holds itself: when ``destroyed`` fires the Python
            # side of this widget may be gone already.
            box = self._map_fetcher = [fetcher]
            self.destroyed.connect(lambda *_: box[0].close())
        elif held[0] is not fetcher:
            held[0].close()
            held[0] = fetcher

    def _on_site_moved(self, site_id: int, latitude: float, longitude: float) -> None:
        site = self.session.snapshot.sites_by_id.get(site_id)
        if site is not None:
            self.editor.move_site(site, latitude, longitude)

    def _edit_one(self, page: Any, edit: Any) -> None:
        records = page.selected_records()
        if len(records) == 1:
            edit(records[0])

    def _edit_item_id(self, item_id: int) -> None:
        item = self.session.item(item_id)
        if item is not None:
            self.editor.edit_item(item)

    def _on_move_requested(self, item_id: int, start: Any, end: Any) -> None:
        item = self.session.item(item_id)
        if item is not None:
            self.editor.move_item(item, start, end)

    # -- session updates -----------------------------------------------------------------

    def _on_reloaded(self) -> None:
        snap = self.session.snapshot
        self.sites.site_model.set_snapshot(snap)
        self.sites.fit_columns({0: 240, 3: 260})
        self.sites.show_on_map(snap)
        self.people.set_snapshot(snap)
        self.gifts.set_snapshot(snap)
        self.programme.set_snapshot(snap)
        self.programme.timeline.set_snapshot(snap, self.session.travel, self.session.problems())
        self.programme.refresh_route()
        self.outputs.set_snapshot(snap)
        if self.history.isVisible() or not self.history.slug:
            self.history.set_tour(self.session.db, self.session.slug, snap.tour.timezone)

    def _on_items_changed(self, changed: list[ScheduleItem], removed: list[int]) -> None:
        programme = self.programme
        programme.agenda_model.remove_ids(removed)
        programme.agenda_model.upsert(changed)
        programme.snapshot = self.session.snapshot
        programme.timeline.snapshot = self.session.snapshot
        programme.timeline.update_items(changed, removed)
        programme.refresh_route()
        uses = Counter(i.site_id for i in self.session.snapshot.items if i.site_id is not None)
        self.sites.site_model.set_uses(uses)
        timeline = programme.timeline
        if timeline.selected_ids:
            # Keep the whole selection: Alt+Down again moves all of them again.
            timeline.select_ids(timeline.selected_ids, timeline.selected_id, ensure_visible=False)

    def _on_problems_changed(self) -> None:
        timeline = self.programme.timeline
        if timeline.audience.attendees is not self.session.checker.attendees:
            # The checker knows everyone's items already; the filters reuse its sets.
            timeline.audience.attendees = self.session.checker.attendees
        problems = self.session.problems()
        self.problem_model.set_problems(problems)
        self.programme.agenda_model.set_problem_counts(self.problem_model.per_item())
        self.programme.timeline.set_problems(problems)
        # Problems come after every item change (edit, undo, redo): refresh from here.
        self.programme.refresh_live()

    # -- navigation ----------------------------------------------------------------------

    def show_item_history(self, item: ScheduleItem) -> None:
        """The History page, showing only ``item``'s changes."""
        self.history.show_item(item.uid, item.title)
        self.show_view("history")

    def current_view(self) -> str:
        return VIEWS[max(0, self.nav.currentRow())]

    def show_view(self, name: str) -> None:
        """Switch to the view called ``name`` (one of VIEWS)."""
        self.nav.setCurrentRow(VIEWS.index(name))

    def _on_nav(self, row: int) -> None:
        if 0 <= row < len(VIEWS):
            self.stack.setCurrentIndex(row)
            self.view_changed.emit(VIEWS[row])

    def describe_problem(self, problem: Problem) -> str:
        """Rich text naming the items, people and sites a problem concerns."""
        from html import escape
        from zoneinfo import ZoneInfo

        from tourplanner.qt import labels
        from tourplanner.qt.timefmt import clock, day_label

        snap = self.session.snapshot
        zone = ZoneInfo(snap.tour.timezone)
        colour = "#dc2626" if problem.is_error else "#b45309"
        parts = [
            f'<p><b style="color:{colour}">{escape(labels.problem_code(problem.code))}</b><br>'
            f"{escape(problem.message)}</p>"
        ]
        rows = []
        for item_id in problem.item_ids:
            item = self.session.item(item_id)
            if item is not None:
                start = item.starts_at.astimezone(zone)
                end = item.ends_at.astimezone(zone)
                rows.append(
                    f"{escape(day_label(start.date()))} {clock(start)}–{clock(end)}"
                    f" &nbsp;<b>{escape(item.title)}</b>"
                )
        people = [
            snap.participants_by_id[p].full_name
            for p in problem.participant_ids
            if p in snap.participants_by_id
        ]
        sites = [snap.sites_by_id[s].name for s in problem.site_ids if s in snap.sites_by_id]
        # Outside the f-strings: lupdate does not look inside them.
        headings = (self.tr("Items"), self.tr("People"), self.tr("Sites"))
        if rows:
            parts.append(f"<p><b>{escape(headings[0])}</b><br>{'<br>'.join(rows)}</p>")
        if people:
            parts.append(f"<p><b>{escape(headings[1])}</b><br>{escape(', '.join(people))}</p>")
        if sites:
            parts.append(f"<p><b>{escape(headings[2])}</b><br>{escape(', '.join(sites))}</p>")
        return "".join(parts)

    def show_problem(self, problem: Problem) -> None:
        """Show what a problem concerns: its items on the timeline (first), else its people,
        else its sites, selected."""
        if problem.item_ids:
            self.show_view("programme")
            programme = self.programme
            programme.tabs.setCurrentWidget(programme.timeline)
            timeline = programme.timeline
            if problem.item_ids[0] not in timeline.shown:
                programme.set_person(None)
                programme.set_group(None)
            if timeline.select_item(problem.item_ids[0]):
                item = self.session.item(problem.item_ids[0])
                if item is not None:
                    from zoneinfo import ZoneInfo

                    zone = ZoneInfo(self.session.snapshot.tour.timezone)
                    programme.set_day(item.starts_at.astimezone(zone).date())
                timeline.setFocus(Qt.FocusReason.OtherFocusReason)
            programme.agenda.select_ids(list(problem.item_ids))
            return
        if problem.participant_ids:
            self.show_view("participants")
            self.people.groups.table.clearSelection()
            self.people.participants.select_ids(list(problem.participant_ids))
            self.people.participants.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if problem.site_ids:
            self.show_view("sites")
            self.sites.select_ids(list(problem.site_ids))
            self.sites.table.setFocus(Qt.FocusReason.OtherFocusReason)
