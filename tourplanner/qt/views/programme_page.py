"""The Programme: the timeline (with a person or group filter, zoom and the day's route)
and the agenda list of the same items."""

from __future__ import annotations

from datetime import date, timedelta
from datetime import time as dt_time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tourplanner.core.enums import ItemKind
from tourplanner.core.model import ScheduleItem, TourSnapshot
from tourplanner.core.timeutil import item_zone
from tourplanner.core.travel import LegSource
from tourplanner.qt import labels
from tourplanner.qt.dialogs.form import find_data
from tourplanner.qt.map_view import TileMapView
from tourplanner.qt.models.agenda import ItemTableModel
from tourplanner.qt.style import kind_edge, kind_fill
from tourplanner.qt.timefmt import clock, day_label, long_day_label
from tourplanner.qt.timeline.programme import day_stops
from tourplanner.qt.timeline.route import RouteSketch, RouteStop
from tourplanner.qt.timeline.view import TimelineView
from tourplanner.qt.views.table_page import TablePage, heading_label
from tourplanner.services.maps import MapStop, Point, TileFetcher, road_lines


class _KindChip(QWidget):
    """A small coloured square and the kind's name, for the legend."""

    def __init__(self, kind: ItemKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"legend_{kind.value}")
        self._set_text()

    def _set_text(self) -> None:
        self.text = labels.item_kind(self.kind)
        self.setAccessibleName(self.text)
        width = self.fontMetrics().horizontalAdvance(self.text) + 22
        self.setFixedSize(width, self.fontMetrics().height() + 4)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._set_text()
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        h = self.height()
        painter.setBrush(kind_fill(self.kind))
        painter.setPen(kind_edge(self.kind))
        painter.drawRoundedRect(1, (h - 12) // 2, 12, 12, 3, 3)
        painter.setPen(QColor("#374151"))
        painter.drawText(18, 0, self.width() - 18, h, int(Qt.AlignmentFlag.AlignVCenter), self.text)


def _combo(name: str, accessible: str, tip: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setToolTip(tip)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumContentsLength(12)
    return combo


def _grow_to_widest(combo: QComboBox) -> None:
    """Let ``combo`` grow up to its widest entry; it still shrinks to a few letters when
    the window is narrow (its minimum stays the short one)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    widest = combo.sizeHint().width()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMaximumWidth(widest)


def _tool_button(text: str, name: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setObjectName(name)
    button.setAccessibleName(tip)
    button.setToolTip(tip)
    button.setAutoRaise(False)
    button.setMinimumWidth(30)
    return button


class ProgrammePage(QWidget):
    """Timeline and agenda of one tour, with the filters and the side panel."""

    #: The person/group filter changed (person id or None, group id or None).
    audience_changed = Signal(object, object)
    #: The user asked for the history of an item (the ScheduleItem).
    history_requested = Signal(object)
    #: The day of the route sketch and the optimiser changed (a date).
    day_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmePage")
        self.setAccessibleName(self.tr("Programme"))
        self.snapshot: TourSnapshot | None = None

        self.heading = heading_label(self.tr("Programme"), "programmeHeading")
        self.person_filter = _combo(
            "personFilter",
            self.tr("Show the programme of"),
            self.tr("Show one person's programme and their journeys"),
        )
        self.group_filter = _combo(
            "groupFilter",
            self.tr("Show the programme of group"),
            self.tr("Show the items that bring a whole group"),
        )
        self.day_picker = _combo(
            "dayPicker",
            self.tr("Day of the route and the optimiser"),
            self.tr("The day whose route is sketched and which Optimise day works on"),
        )
        self.person_filter.currentIndexChanged.connect(self._on_person)
        self.group_filter.currentIndexChanged.connect(self._on_group)
        self.day_picker.currentIndexChanged.connect(self._on_day)

        self.zoom_out_button = _tool_button("−", "zoomOutButton", self.tr("Zoom out (Ctrl+-)"))
        self.zoom_in_button = _tool_button("+", "zoomInButton", self.tr("Zoom in (Ctrl++)"))
        self.new_item_button = QPushButton(self.tr("New item…"))
        self.new_item_button.setObjectName("newItemButton")
        self.new_item_button.setAccessibleName(self.tr("New item"))
        self.optimise_button = QPushButton(self.tr("Optimise day…"))
        self.optimise_button.setObjectName("optimiseButton")
        self.optimise_button.setAccessibleName(self.tr("Optimise day"))
        self.optimise_button.setToolTip(
            self.tr("Propose the order of the day's visits with the least travel")
        )

        self.timeline = TimelineView()
        self.timeline.day_selected.connect(self.set_day)
        self.zoom_in_button.clicked.connect(self.timeline.zoom_in)
        self.zoom_out_button.clicked.connect(self.timeline.zoom_out)

        self.agenda_model = ItemTableModel(self)
        self.agenda = TablePage(
            self.agenda_model,
            name="agenda",
            title=self.tr("Agenda"),
            search_hint=self.tr("Search titles, sites, people"),
        )
        self.agenda.heading.hide()
        # Day order, and the header says so (its default arrow would claim "descending").
        self.agenda.table.sortByColumn(ItemTableModel.DAY, Qt.SortOrder.AscendingOrder)
        # mypy: layout() may be None in general; a TablePage sets its layout when made.
        self.agenda.layout().setContentsMargins(0, 8, 0, 0)  # type: ignore[union-attr]

        self.tabs = QTabWidget()
        self.tabs.setObjectName("programmeTabs")
        self.tabs.setAccessibleName(self.tr("Programme views"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.agenda, self.tr("Agenda"))

        self.route_title = QLabel()
        self.route_title.setObjectName("routeTitle")
        self.route_title.setAccessibleName(self.tr("Route of the day"))
        self.route_title.setWordWrap(True)
        font = self.route_title.font()
        font.setBold(True)
        self.route_title.setFont(font)
        self.route = RouteSketch()
        self.route.setFixedHeight(210)
        # The real map goes first once the window gives it a tile source; the sketch stays
        # beside it (it needs no tiles at all).
        self.route_views = QTabWidget()
        self.route_views.setObjectName("routeViews")
        self.route_views.setAccessibleName(self.tr("Route views"))
        self.route_views.setDocumentMode(True)
        self.route_views.addTab(self.route, self.tr("Sketch"))
        self.route_views.setFixedHeight(250)
        self.route_map: TileMapView | None = None
        self._map_stops: list[MapStop] = []
        self._map_roads: dict[tuple[Point, Point], tuple[Point, ...]] = {}
        self._roads_of: object = None  # the road legs _map_roads was made from
        self.route_list = QLabel()
        self.route_list.setObjectName("routeList")
        self.route_list.setAccessibleName(self.tr("Stops of the day"))
        self.route_list.setWordWrap(True)
        self.route_list.setTextFormat(Qt.TextFormat.PlainText)
        self.route_list.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.route_list.setStyleSheet("color: #374151;")
        self.details = QLabel()
        self.details.setObjectName("itemDetails")
        self.details.setAccessibleName(self.tr("Selected item"))
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.history_button = QPushButton(self.tr("Item &history…"))
        self.history_button.setObjectName("itemHistoryButton")
        self.history_button.setAccessibleName(self.tr("History of the selected item"))
        self.history_button.setToolTip(self.tr("Who changed this item, and when"))
        self.history_button.setEnabled(False)
        self.history_button.clicked.connect(self._ask_history)
        self._build_layout()
        self.timeline.item_selected.connect(self._show_details)
        self.timeline.selection_changed.connect(self._follow_in_agenda)
        self.timeline.selection_changed.connect(
            lambda _ids: self._show_details(self.timeline.selected_id)
        )
        self.agenda.selection_changed.connect(self._follow_in_timeline)

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.heading)
        bar.addSpacing(16)
        for text, widget in (
            (self.tr("&Person:"), self.person_filter),
            (self.tr("&Group:"), self.group_filter),
            (self.tr("&Day:"), self.day_picker),
        ):
            # Narrow when the window is (1024 pixels): the list opens wide enough to read.
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(3)
            widget.view().setMinimumWidth(widget.sizeHint().width())
            # Wide when the window is: the combos take the bar's spare room up to their
            # widest entry (set_snapshot), so "Everyone" is not cut to "Everyon" at 1366.
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            label = QLabel(text)
            label.setObjectName(f"{widget.objectName()}Label")
            label.setAccessibleName(text.replace("&", "").rstrip(":"))
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget, 1)
            bar.addSpacing(6)
        bar.addStretch(1)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_in_button)
        bar.addSpacing(8)
        bar.addWidget(self.optimise_button)
        bar.addWidget(self.new_item_button)

        legend = QHBoxLayout()
        legend.setSpacing(14)
        for kind in ItemKind:
            legend.addWidget(_KindChip(kind))
        legend.addStretch(1)
        hint = QLabel(self.tr("Drag a block to move it; drag its bottom edge to change its end."))
        hint.setToolTip(
            self.tr(
                "Ctrl- or Shift-click, or drag over empty space, to select several blocks. "
                "Tab and the arrows pick a block; Alt+arrows move it (5 minutes, or a day), "
                "Alt+Shift+Up/Down change its end; Enter opens it, Delete deletes it; "
                "right-click for more."
            )
        )
        hint.setObjectName("timelineHint")
        hint.setAccessibleName(hint.text())
        hint.setStyleSheet("color: #6b7280;")
        # Wraps rather than widening the page past a 1024-pixel screen.
        hint.setWordWrap(True)
        legend.addWidget(hint)

        side = QFrame()
        side.setObjectName("programmeSidePanel")
        side.setAccessibleName(self.tr("Day and item details"))
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(12, 4, 8, 8)
        side_layout.setSpacing(8)
        side_layout.addWidget(self.route_title)
        side_layout.addWidget(self.route_views)
        side_layout.addWidget(self.route_list)
        rule = QFrame()
        rule.setObjectName("sideRule")
        rule.setAccessibleName(self.tr("Separator"))
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setStyleSheet("color: #e5e7eb;")
        side_layout.addWidget(rule)
        side_layout.addWidget(self.details)
        side_layout.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignLeft)
        side_layout.addStretch(1)
        scroller = QScrollArea()
        scroller.setObjectName("programmeSideScroller")
        scroller.setAccessibleName(self.tr("Day and item details"))
        scroller.setWidget(side)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setMinimumWidth(270)
        scroller.setMaximumWidth(400)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("programmeSplitter")
        split.setAccessibleName(self.tr("Programme and side panel"))
        split.addWidget(self.tabs)
        split.addWidget(scroller)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addLayout(legend)
        layout.addWidget(split, 1)

    # -- content -------------------------------------------------------------------------

    def set_snapshot(self, snapshot: TourSnapshot) -> None:
        """Refill the filters and day list (keeping choices that still exist)."""
        self.snapshot = snapshot
        person = self.person_filter.currentData()
        group = self.group_filter.currentData()
        day = self.day_picker.currentData()
        for combo in (self.person_filter, self.group_filter, self.day_picker):
            combo.blockSignals(True)
            combo.clear()
        self.person_filter.addItem(self.tr("Everyone"), None)
        for p in sorted(snapshot.participants, key=lambda p: p.full_name.casefold()):
            self.person_filter.addItem(p.full_name, p.id)
        self.group_filter.addItem(self.tr("All groups"), None)
        for g in sorted(snapshot.groups, key=lambda g: g.name.casefold()):
            self.group_filter.addItem(g.name, g.id)
        tour = snapshot.tour
        current = tour.start_date
        while current <= tour.end_date:
            self.day_picker.addItem(day_label(current), current)
            current += timedelta(days=1)
        self.person_filter.setCurrentIndex(max(0, find_data(self.person_filter, person)))
        self.group_filter.setCurrentIndex(max(0, find_data(self.group_filter, group)))
        # The day shown before, else today during the tour, else the first day.
        index = self._day_index(day)
        self.day_picker.setCurrentIndex(
            index if index >= 0 else max(0, self._day_index(date.today()))
        )
        for combo in (self.person_filter, self.group_filter, self.day_picker):
            combo.blockSignals(False)
            _grow_to_widest(combo)
        self.agenda_model.set_snapshot(snapshot)
        self._resort_agenda()
        self.agenda.fit_columns({ItemTableModel.TITLE: 300, ItemTableModel.WHO: 260})
        self.refresh_route()

    def selected_day(self) -> date | None:
        return self.day_picker.currentData()

    def set_day(self, day: date) -> None:
        index = self._day_index(day)
        if index >= 0:
            self.day_picker.setCurrentIndex(index)

    def _day_index(self, day: date | None) -> int:
        # findData() cannot match Python dates (they are kept as Python objects).
        for index in range(self.day_picker.count()):
            if self.day_picker.itemData(index) == day:
                return index
        return -1

    def set_person(self, person_id: int | None) -> None:
        self.person_filter.setCurrentIndex(max(0, find_data(self.person_filter, person_id)))

    def set_group(self, group_id: int | None) -> None:
        self.group_filter.setCurrentIndex(max(0, find_data(self.group_filter, group_id)))

    def _on_person(self, _index: int) -> None:
        person = self.person_filter.currentData()
        if person is not None and self.group_filter.currentIndex() != 0:
            self.group_filter.blockSignals(True)
            self.group_filter.setCurrentIndex(0)
            self.group_filter.blockSignals(False)
        self._emit_audience()

    def _on_group(self, _index: int) -> None:
        group = self.group_filter.currentData()
        if group is not None and self.person_filter.currentIndex() != 0:
            self.person_filter.blockSignals(True)
            self.person_filter.setCurrentIndex(0)
            self.person_filter.blockSignals(False)
        self._emit_audience()

    def _emit_audience(self) -> None:
        person = self.person_filter.currentData()
        group = self.group_filter.currentData()
        self.timeline.set_audience(person, group)
        self.refresh_route()
        self.audience_changed.emit(person, group)

    def _on_day(self, _index: int) -> None:
        self.refresh_route()
        day = self.selected_day()
        if day is not None:
            self.day_changed.emit(day)

    def set_map_fetcher(self, fetcher: TileFetcher) -> None:
        """Show the day's route on a real map drawn from ``fetcher``'s tiles."""
        if self.route_map is None:
            self.route_map = TileMapView(fetcher)
            self.route_map.setAccessibleName(self.tr("Map of the day's route"))
            self.route_views.insertTab(0, self.route_map, self.tr("Map"))
            self.route_views.setCurrentIndex(0)
        else:
            self.route_map.set_fetcher(fetcher)
        self.route_map.set_stops(self._map_stops, note=self.route.note, roads=self._map_roads)

    def refresh_route(self) -> None:
        """Redraw the sketch of the selected day for the current filter."""
        snap = self.snapshot
        day = self.selected_day()
        if snap is None or day is None:
            return
        zone = ZoneInfo(snap.tour.timezone)
        stops = day_stops(self.timeline.audience, self.timeline.shown.values(), day, zone)
        route: list[RouteStop] = []
        on_map: list[MapStop] = []
        lines = []
        previous = None
        left_at = None  # when the stop before ended, local: it picks a rush-hour band
        for number, item in enumerate(stops, start=1):
            site = snap.sites_by_id.get(item.site_id) if item.site_id is not None else None
            if site is None:
                continue
            if previous is not None and previous != site.id:
                lines.append(self._leg_line(previous, site.id, left_at))
            previous = site.id
            left_at = item.ends_at.astimezone(item_zone(snap, item)).time()
            time = clock(item.starts_at.astimezone(zone))
            route.append(RouteStop(number, site.name, time, site.latitude, site.longitude))
            if site.latitude is not None and site.longitude is not None:
                name = f"{time} {site.name}"
                on_map.append(
                    MapStop(number, site.id, name, site.latitude, site.longitude, (item.id,))
                )
            lines.append(f"{number}.  {time}  {site.name}")
        who = (
            self.person_filter.currentText()
            if self.person_filter.currentIndex() > 0
            else (
                self.group_filter.currentText()
                if self.group_filter.currentIndex() > 0
                else self.tr("the delegation")
            )
        )
        self.route_title.setText(
            self.tr("Route of %1 on %2").replace("%1", who).replace("%2", long_day_label(day))
        )
        self.route.set_stops(route, self.tr("No visits at a site on this day."))
        self._map_stops = on_map
        if snap.road_legs is not self._roads_of:  # decoded once per load of the road legs
            self._map_roads, self._roads_of = road_lines(snap), snap.road_legs
        if self.route_map is not None:
            self.route_map.set_stops(on_map, note=self.route.note, roads=self._map_roads)
        self.route_list.setText("\n".join(line for line in lines if line))

    def _leg_line(self, from_site: int, to_site: int, departs: dt_time | None = None) -> str:
        """How long the way between two stops takes, and whether the time is a road time
        (after Tour ▸ road times; with the rush-hour factor of its departure time), the
        organiser's own figure or an estimate."""
        travel = self.timeline.travel
        if travel is None:
            return ""
        leg = travel.leg(from_site, to_site, departs)
        if leg.minutes is None:
            return "      " + self.tr("↓ travel time unknown (no coordinates)")
        minutes = round(leg.minutes)
        if leg.source is LegSource.ROAD and leg.band is not None:
            text = (
                self.tr("↓ %1 min by road, ×%2 at %3")
                .replace("%2", f"{leg.band.factor:g}")
                .replace("%3", f"{leg.band.starts:%H:%M}–{leg.band.ends:%H:%M}")
            )
        elif leg.source is LegSource.ROAD:
            text = self.tr("↓ %1 min by road")
        elif leg.source is LegSource.OVERRIDE:
            text = self.tr("↓ %1 min (your figure)")
        else:
            text = self.tr("↓ ≈ %1 min, no road time yet")
        return "      " + text.replace("%1", str(minutes))

    def refresh_live(self) -> None:
        """After any edit, undo or redo (once the problems are known): the side panel,
        the agenda's order, selection and count show the tour as it is now."""
        timeline = self.timeline
        self._show_details(timeline.selected_id)
        # New and restored rows were appended: sort again so the day order holds.
        self._resort_agenda()
        self._follow_in_agenda(timeline.selected_items_ids())
        self.agenda._show_count()

    def _resort_agenda(self) -> None:
        """Sort the agenda again by the column (and direction) its header shows."""
        header = self.agenda.table.horizontalHeader()
        column = header.sortIndicatorSection()
        if not 0 <= column < ItemTableModel.COLUMN_COUNT:
            column = ItemTableModel.DAY
        self.agenda.proxy.sort(column, header.sortIndicatorOrder())

    def _follow_in_timeline(self) -> None:
        """Rows picked in the Agenda are the timeline's selection too (and the side
        panel's), so switching tabs keeps what the user chose."""
        if self.tabs.currentWidget() is not self.agenda:
            return
        ids = [r.id for r in self.agenda.selected_records()]
        current = self.agenda.current_record()
        if sorted(ids) != sorted(self.timeline.selected_ids):
            self.timeline.select_ids(
                ids, current.id if current is not None else -1, ensure_visible=False
            )

    def _follow_in_agenda(self, item_ids: list[int]) -> None:
        """The agenda selects the rows of the timeline's selected blocks."""
        if not item_ids:
            return
        current = sorted(r.id for r in self.agenda.selected_records())
        if current != sorted(item_ids):
            self.agenda.select_ids(item_ids)

    def _ask_history(self) -> None:
        item = self.timeline.shown.get(self.timeline.selected_id)
        if item is not None:
            self.history_requested.emit(item)

    def _show_details(self, item_id: int) -> None:
        snap = self.snapshot
        item = self.timeline.shown.get(item_id) if item_id >= 0 else None
        self.history_button.setEnabled(item is not None)
        if snap is None or item is None:
            self.details.setText(
                '<span style="color:#6b7280">'
                + self.tr("Click a block to see its details; double-click to edit it.")
                + "</span>"
            )
            return
        several = self.timeline.selected_items_ids()
        if len(several) > 1:
            self.details.setText(self.describe_several(several))
            return
        self.details.setText(self.describe(item))

    def describe_several(self, item_ids: list[int]) -> str:
        """Rich text about a multi-selection for the side panel: how many, which, and
        what the keys do with them."""
        from html import escape

        snap = self.snapshot
        assert snap is not None
        zone = ZoneInfo(snap.tour.timezone)
        lines = [f"<b>{escape(self.tr('%1 items selected').replace('%1', str(len(item_ids))))}</b>"]
        for item_id in item_ids[:8]:
            item = self.timeline.shown[item_id]
            start = item.starts_at.astimezone(zone)
            lines.append(f"{escape(day_label(start.date()))} {clock(start)} {escape(item.title)}")
        if len(item_ids) > 8:
            lines.append("…")
        hint = self.tr("Drag one to move them all; Alt+arrows move them; Delete deletes them.")
        lines.append(f'<span style="color:#6b7280">{escape(hint)}</span>')
        return "<br>".join(lines)

    def describe(self, item: ScheduleItem) -> str:
        """Rich text about an item for the side panel."""
        from html import escape

        snap = self.snapshot
        assert snap is not None
        zone = ZoneInfo(snap.tour.timezone)
        start, end = item.starts_at.astimezone(zone), item.ends_at.astimezone(zone)
        site = snap.sites_by_id.get(item.site_id) if item.site_id is not None else None
        parts = [
            f"<b>{escape(item.title)}</b>",
            escape(item.local_title) if item.local_title else "",
            f"{escape(day_label(start.date()))} {clock(start)}–{clock(end)} · "
            f"{escape(labels.item_kind(item.kind))} · {escape(labels.item_status(item.status))}",
            escape(site.name) if site else escape(self.tr("No site")),
            escape(self.agenda_model.audience(item)),
        ]
        problems = self.timeline.problems.get(item.id, [])
        for problem in problems:
            colour = "#dc2626" if problem.is_error else "#b45309"
            parts.append(f'<span style="color:{colour}">● {escape(problem.message)}</span>')
        return "<br>".join(p for p in parts if p)
