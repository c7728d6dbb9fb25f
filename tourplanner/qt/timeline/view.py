"""The Programme timeline: one column per day, time running down, items as blocks.

The view lays blocks out itself (zoom changes the minutes-to-pixels scale, not a
transform, so text stays crisp) and handles the mouse: a press on a block selects it, a
drag moves it (to another day too), a drag of its bottom edge resizes it, both snapped to
five minutes. Releasing emits ``move_requested`` once; the workspace turns that into one
undoable command, and the session's update comes back through ``update_items``.

Several blocks can be selected (Ctrl-click toggles, Shift-click takes the range in time,
a drag over empty space draws a rubber band); dragging one of them moves them all and
emits ``moves_requested`` once (one undo step). The keyboard: Tab/Shift+Tab walk the
blocks in time order, Up/Down within a day, Left/Right to the nearest block of the next
day; Alt+Up/Down move the selection 5 minutes, Alt+Left/Right (with or without Shift) a
day, Alt+Shift+Up/Down move its end; Enter opens, Delete deletes, the menu key opens the
right-click menu. The current block has a dashed focus ring while the view has focus.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QRubberBand,
    QWidget,
)

from tourplanner.core.model import ScheduleItem, TourSnapshot
from tourplanner.core.problems import Problem, Severity
from tourplanner.core.travel import TravelModel
from tourplanner.qt.timefmt import clock
from tourplanner.qt.timeline.blocks import BlockItem, LegItem, StripItem
from tourplanner.qt.timeline.drag import Drag
from tourplanner.qt.timeline.drop import drop_time, dropped_item
from tourplanner.qt.timeline.keys import TimelineKeys
from tourplanner.qt.timeline.layout import (
    MINUTES_PER_DAY,
    DayLayout,
    Segment,
    layout_days,
    snap,
    split_by_day,
    visible_hours,
)
from tourplanner.qt.timeline.margins import DayHeader, TimeRuler, paint_grid
from tourplanner.qt.timeline.programme import Audience, audience_items, legs_of_day

MIN_DAY_WIDTH = 230.0
RAIL_WIDTH = 50.0  # right part of each column, where travel legs are drawn
STRIP_GAP = 11.0  # left part, for hotel-night strips
DEFAULT_ZOOM = 1.6  # pixels per minute
MIN_ZOOM, MAX_ZOOM = 0.5, 5.0


class TimelineView(QGraphicsView):
    """Days side by side; see the module docstring for the interactions."""

    RAIL_WIDTH = RAIL_WIDTH

    #: item id, new start, new end (aware datetimes): one finished drag
    move_requested = Signal(int, object, object)
    #: item id: a block was double-clicked (or Enter pressed on it)
    item_activated = Signal(int)
    #: item id or -1: the selected block changed
    item_selected = Signal(int)
    #: aware datetime: a double click on an empty slot
    new_item_requested = Signal(object)
    #: the day (date) the user last clicked in
    day_selected = Signal(object)
    #: pixels per minute
    zoom_changed = Signal(float)
    #: {item id: (new start, new end)}: several blocks moved together (one undo step)
    moves_requested = Signal(object)
    #: item ids (a list): Delete pressed on the selected blocks
    delete_requested = Signal(object)
    #: global point, selected item ids (a list), the day (a date) under the point
    context_requested = Signal(object, object, object)
    #: item ids (a list): the set of selected blocks changed
    selection_changed = Signal(object)
    #: item id, aware start: an Unscheduled entry was dropped on the timeline
    schedule_requested = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setAccessibleName(self.tr("Programme timeline"))
        self.setAccessibleDescription(
            self.tr("Days side by side, time running down; drag a block to move it")
        )
        self.scene_ = QGraphicsScene(self)
        self.setScene(self.scene_)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAcceptDrops(True)  # entries of the Unscheduled list (timeline/drop.py)
        self.setBackgroundBrush(QColor("#ffffff"))
        self.header = DayHeader(self)
        self.ruler = TimeRuler(self)
        self.corner = QLabel(self)
        self.corner.setObjectName("timelineZone")
        self.corner.setAccessibleName(self.tr("Time zone of the times shown"))
        self.corner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.corner.setStyleSheet(
            "QLabel { background: #f8fafc; color: #6b7280; font-size: 8pt;"
            " border-bottom: 1px solid #d1d5db; border-right: 1px solid #d1d5db; }"
        )
        self.setViewportMargins(self.ruler.WIDTH, self.header.HEIGHT, 0, 0)

        self.zone = ZoneInfo("UTC")
        self.first_day = date.today()
        self.days = 1
        self.ppm = DEFAULT_ZOOM
        self.hours = (8, 20)
        self.day_width = MIN_DAY_WIDTH
        self.snapshot: TourSnapshot | None = None
        self.travel: TravelModel | None = None
        self.audience = Audience()
        self.shown: dict[int, ScheduleItem] = {}  # the items the audience filter lets through
        self.layouts: dict[int, DayLayout] = {}
        self.item_days: dict[int, set[int]] = {}
        self.day_items: dict[int, set[int]] = {}
        self.blocks: dict[tuple[int, int], BlockItem] = {}
        self.strips: dict[tuple[int, int], StripItem] = {}
        self.legs: dict[int, list[LegItem]] = {}
        self.problems: dict[int, list[Problem]] = {}
        #: The current block's item (the keyboard's and the side panel's), or -1.
        self.selected_id = -1
        #: Every selected item (Ctrl/Shift-click, rubber band); holds selected_id.
        self.selected_ids: set[int] = set()
        self._drag: Drag | None = None
        self._press: tuple[QPoint, BlockItem | None] | None = None
        self._band: QRubberBand | None = None
        self._band_base: set[int] = set()
        #: A plain click on a block of a multi-selection: it alone stays selected unless
        #: the press turns into a drag of them all.
        self._narrow_to: int | None = None
        #: A keyboard move was asked for: scroll to the moved block once it arrives.
        self._follow_move = False
        self.keys = TimelineKeys(self)
        self.setStyleSheet(
            "QGraphicsView#timelineView { border: 1px solid #d1d5db; }"
            "QGraphicsView#timelineView:focus { border: 2px solid #2563eb; }"
        )

    # -- content -------------------------------------------------------------------------

    def set_snapshot(
        self,
        snapshot: TourSnapshot,
        travel: TravelModel,
        problems: Iterable[Problem],
        attendees: dict[int, frozenset[int]] | None = None,
    ) -> None:
        """Show a whole tour (after opening or a reload)."""
        self.snapshot = snapshot
        self.travel = travel
        self.zone = ZoneInfo(snapshot.tour.timezone)
        offset = datetime.combine(snapshot.tour.start_date, datetime.min.time(), self.zone)
        minutes = int((offset.utcoffset() or timedelta()).total_seconds() // 60)
        sign = "+" if minutes >= 0 else "−"
        hours, rest = divmod(abs(minutes), 60)
        self.corner.setText(f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else ""))
        self.corner.setToolTip(self.tr("Times in %1").replace("%1", snapshot.tour.timezone))
        self.first_day = snapshot.tour.start_date
        self.days = max(1, (snapshot.tour.end_date - snapshot.tour.start_date).days + 1)
        # Items outside the tour's days still deserve a column: widen to include them.
        for item in snapshot.items:
            local = item.starts_at.astimezone(self.zone).date()
            if local < self.first_day:
                self.days += (self.first_day - local).days
                self.first_day = local
            last = item.ends_at.astimezone(self.zone).date()
            if (last - self.first_day).days + 1 > self.days:
                self.days = (last - self.first_day).days + 1
        self.days = min(self.days, 62)
        self.audience.attendees = attendees or {}
        self.audience.snapshot = snapshot
        self._set_problem_index(problems)
        self._rebuild()

    def set_audience(self, person_id: int | None, group_id: int | None) -> None:
        """Show one person's or one group's programme (None, None: everyone)."""
        self.audience.person_id = person_id
        self.audience.group_id = group_id
        if self.snapshot is not None:
            self._rebuild()

    def update_items(self, changed: Iterable[ScheduleItem], removed: Iterable[int]) -> None:
        """Take edited items without rebuilding everything: only their days are laid out."""
        if self.snapshot is None:
            return
        days: set[int] = set()
        for item_id in removed:
            days |= self._forget_days(item_id)
            self.shown.pop(item_id, None)
        for item in changed:
            days |= self._forget_days(item.id)
            self.audience.forget(item.id)
            if self.audience.shows(item):
                self.shown[item.id] = item
                new_days = {s.day for s in split_by_day(item, self.first_day, self.days, self.zone)}
                self.item_days[item.id] = new_days
                for day in new_days:
                    self.day_items.setdefault(day, set()).add(item.id)
                days |= new_days
            else:
                self.shown.pop(item.id, None)
        self.selected_ids &= set(self.shown)
        self._relayout(days)
        if self._follow_move:
            self._follow_move = False
            block = self._first_block(self.selected_id)
            if block is not None:
                self.ensureVisible(block.sceneBoundingRect(), 40, 40)

    def set_problems(self, problems: Iterable[Problem]) -> None:
        """New problems: markers change on the blocks concerned."""
        before = self.problems
        self._set_problem_index(problems)
        touched = set(before) | set(self.problems)
        for (item_id, _day), block in self.blocks.items():
            if item_id in touched:
                self._refresh_block(block)
        self.header.update()

    def _set_problem_index(self, problems: Iterable[Problem]) -> None:
        index: dict[int, list[Problem]] = {}
        for problem in problems:
            for item_id in problem.item_ids:
                index.setdefault(item_id, []).append(problem)
        self.problems = index

    def select_item(self, item_id: int, *, ensure_visible: bool = True) -> bool:
        """Select the block of ``item_id`` alone (and scroll to it); False if not shown."""
        return self.select_ids([item_id], item_id, ensure_visible=ensure_visible)

    def select_ids(
        self, item_ids: Iterable[int], current: int = -1, *, ensure_visible: bool = True
    ) -> bool:
        """Select several blocks; ``current`` (one of them) is the keyboard's and the side
        panel's. False if none of them is shown."""
        chosen = {i for i in item_ids if i in self.shown}
        if current not in chosen:
            current = min(chosen, key=self._order_key) if chosen else -1
        self.selected_ids = chosen
        self.selected_id = current
        self._paint_selection()
        if ensure_visible and current >= 0:
            first = self._first_block(current)
            if first is not None:
                self.ensureVisible(first.sceneBoundingRect(), 60, 60)
        self.item_selected.emit(self.selected_id)
        self.selection_changed.emit(self.selected_items_ids())
        return self.selected_id >= 0

    def selected_items_ids(self) -> list[int]:
        """The selected item ids in time order."""
        return sorted(self.selected_ids, key=self._order_key)

    def _paint_selection(self) -> None:
        focus = self.hasFocus()
        for (item_id, _day), block in self.blocks.items():
            block.set_selected(item_id in self.selected_ids)
            block.set_focused(focus and item_id == self.selected_id)

    def _order_key(self, item_id: int) -> tuple[float, float, int]:
        item = self.shown.get(item_id)
        if item is None:
            return (float("inf"), float("inf"), item_id)
        return (item.starts_at.timestamp(), item.ends_at.timestamp(), item_id)

    def block_of(self, item_id: int) -> BlockItem | None:
        """The (first) block showing ``item_id``."""
        return self._first_block(item_id)

    def day_index(self, day: date) -> int:
        return (day - self.first_day).days

    def day_of_index(self, index: int) -> date:
        return self.first_day + timedelta(days=index)

    # -- zoom ----------------------------------------------------------------------------

    def set_zoom(self, ppm: float, anchor_y: float | None = None) -> None:
        """Pixels per minute; ``anchor_y`` (viewport y) keeps the time under it in place."""
        ppm = min(MAX_ZOOM, max(MIN_ZOOM, ppm))
        if abs(ppm - self.ppm) < 1e-6:
            return
        bar = self.verticalScrollBar()
        anchor = self.viewport().height() / 2 if anchor_y is None else anchor_y
        minute = (bar.value() + anchor) / self.ppm
        self.ppm = ppm
        self._geometry_changed()
        bar.setValue(int(minute * self.ppm - anchor))
        self.zoom_changed.emit(ppm)

    def zoom_in(self) -> None:
        self.set_zoom(self.ppm * 1.25)

    def zoom_out(self) -> None:
        self.set_zoom(self.ppm / 1.25)

    def reset_zoom(self) -> None:
        self.set_zoom(DEFAULT_ZOOM)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.ppm * (1.15**steps), event.position().y())
            event.accept()
            return
        super().wheelEvent(event)

    # -- geometry ------------------------------------------------------------------------

    def minute_y(self, minute: float) -> float:
        """Scene y of ``minute`` after local midnight."""
        return (minute - self.hours[0] * 60) * self.ppm

    def y_minute(self, y: float) -> float:
        return y / self.ppm + self.hours[0] * 60

    def column_x(self, day: int) -> float:
        return day * self.day_width

    def x_day(self, x: float) -> int:
        return max(0, min(self.days - 1, int(x // self.day_width)))

    def scene_height(self) -> float:
        return (self.hours[1] - self.hours[0]) * 60 * self.ppm

    def block_rect(self, seg: Segment) -> QRectF:
        inner_left = self.column_x(seg.day) + STRIP_GAP
        inner_width = self.day_width - STRIP_GAP - RAIL_WIDTH
        lane_width = inner_width / max(1, seg.lanes)
        top = self.minute_y(max(seg.start, self.hours[0] * 60))
        bottom = self.minute_y(min(seg.end, self.hours[1] * 60))
        height = max(bottom - top, 6.0)
        return QRectF(inner_left + seg.lane * lane_width, top, lane_width - 3, height - 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        rect = self.contentsRect()
        self.header.setGeometry(
            rect.left() + self.ruler.WIDTH,
            rect.top(),
            rect.width() - self.ruler.WIDTH,
            self.header.HEIGHT,
        )
        self.corner.setGeometry(rect.left(), rect.top(), self.ruler.WIDTH, self.header.HEIGHT)
        self.ruler.setGeometry(
            rect.left(),
            rect.top() + self.header.HEIGHT,
            self.ruler.WIDTH,
            rect.height() - self.header.HEIGHT,
        )
        width = max(MIN_DAY_WIDTH, (self.viewport().width() - 1) / max(1, self.days))
        if abs(width - self.day_width) > 0.5:
            self.day_width = width
            self._geometry_changed()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if dx:
            self.header.update()
        if dy:
            self.ruler.update()

    # -- building ------------------------------------------------------------------------

    def _rebuild(self) -> None:
        snap_ = self.snapshot
        assert snap_ is not None
        self.audience.reset()
        self.shown = {i.id: i for i in snap_.items if self.audience.shows(i)}
        self.layouts = layout_days(self.shown.values(), self.first_day, self.days, self.zone)
        self._index_days()
        self.hours = visible_hours(self.layouts)
        for block in self.blocks.values():
            self.scene_.removeItem(block)
        for strip in self.strips.values():
            self.scene_.removeItem(strip)
        for legs in self.legs.values():
            for leg in legs:
                self.scene_.removeItem(leg)
        self.blocks, self.strips, self.legs = {}, {}, {}
        width = max(MIN_DAY_WIDTH, (self.viewport().width() - 1) / max(1, self.days))
        self.day_width = width
        self._geometry_changed()
        self.selected_ids &= set(self.shown)
        if self.selected_id not in self.shown:
            self.selected_id = -1

    def _geometry_changed(self) -> None:
        self.scene_.setSceneRect(QRectF(0, 0, self.days * self.day_width, self.scene_height()))
        self._relayout(set(range(self.days)), recompute=False)
        self.resetCachedContent()
        self.header.update()
        self.ruler.update()

    def _forget_days(self, item_id: int) -> set[int]:
        """Take an item out of the day index; returns the days it was on."""
        days = self.item_days.pop(item_id, set())
        for day in days:
            self.day_items.get(day, set()).discard(item_id)
        return days

    def _index_days(self) -> None:
        # Which items are on which day, so an edit lays out only the days it touches.
        self.item_days, self.day_items = {}, {}
        for day, layout in self.layouts.items():
            for seg in (*layout.blocks, *layout.background):
                self.item_days.setdefault(seg.item_id, set()).add(day)
                self.day_items.setdefault(day, set()).add(seg.item_id)

    def _relayout(self, days: set[int], recompute: bool = True) -> None:
        if recompute and days:
            ids = set().union(*(self.day_items.get(d, set()) for d in days))
            shown = [self.shown[i] for i in ids if i in self.shown]
            fresh = layout_days(shown, self.first_day, self.days, self.zone)
            for day in days:
                self.layouts[day] = fresh[day]
            hours = visible_hours(self.layouts)
            if hours != self.hours:
                self.hours = hours
                self._geometry_changed()
                return
        for day in days:
            self._place_day(day)
        self.header.update()

    def _place_day(self, day: int) -> None:
        layout = self.layouts.get(day)
        keep: set[tuple[int, int]] = set()
        if layout is not None:
            for seg in layout.blocks:
                key = (seg.item_id, day)
                keep.add(key)
                block = self.blocks.get(key)
                item = self.shown[seg.item_id]
                if block is None:
                    block = BlockItem(item, seg, self.zone.key)
                    self.blocks[key] = block
                    self.scene_.addItem(block)
                    block.set_selected(seg.item_id in self.selected_ids)
                    block.set_focused(self.hasFocus() and seg.item_id == self.selected_id)
                block.segment = seg
                block.item = item
                self._refresh_block(block)
                block.set_rect(self.block_rect(seg))
            for seg in layout.background:
                key = (seg.item_id, day)
                keep.add(key)
                strip = self.strips.get(key)
                if strip is None:
                    strip = StripItem(self.shown[seg.item_id], seg)
                    self.strips[key] = strip
                    self.scene_.addItem(strip)
                strip.item, strip.segment = self.shown[seg.item_id], seg
                top = self.minute_y(max(seg.start, self.hours[0] * 60))
                bottom = self.minute_y(min(seg.end, self.hours[1] * 60))
                strip.setPos(self.column_x(day) + 2, top)
                strip.set_height(max(0.0, bottom - top))
        for store in (self.blocks, self.strips):
            for key in [k for k in store if k[1] == day and k not in keep]:
                self.scene_.removeItem(store.pop(key))
        self._place_legs(day)

    def _refresh_block(self, block: BlockItem) -> None:
        item = block.item
        snap_ = self.snapshot
        site = ""
        if snap_ is not None and item.site_id is not None:
            found = snap_.sites_by_id.get(item.site_id)
            site = found.name if found is not None else ""
        problems = self.problems.get(item.id, [])
        severity = None
        if problems:
            severity = Severity.ERROR if any(p.is_error for p in problems) else Severity.WARNING
        text = "\n".join(f"• {p.message}" for p in problems)
        times = (
            clock(item.starts_at.astimezone(self.zone)),
            clock(item.ends_at.astimezone(self.zone)),
        )
        block.set_state(item, block.segment, site, times, severity, text)

    def _place_legs(self, day: int) -> None:
        for leg in self.legs.pop(day, []):
            self.scene_.removeItem(leg)
        if self.travel is None or self.snapshot is None:
            return
        todays = (self.shown[i] for i in self.day_items.get(day, ()) if i in self.shown)
        sequence = audience_items(self.audience, todays)
        legs = []
        for a, b, minutes, needed in legs_of_day(
            sequence, day, self.first_day, self.zone, self.travel
        ):
            block_a = self.blocks.get((a.id, day))
            block_b = self.blocks.get((b.id, day))
            if block_a is None or block_b is None:
                continue
            top = block_a.pos().y() + block_a.rect.height()
            bottom = block_b.pos().y()
            gap = (b.starts_at - a.ends_at).total_seconds() / 60
            short = needed is not None and gap < needed - 1e-9
            unknown = minutes is None
            label = "?" if minutes is None else self.tr("%1 min").replace("%1", str(round(minutes)))
            if minutes is None:
                tip = self.tr("Travel time unknown: a site has no coordinates")
            else:
                tip = (
                    self.tr("Travel %1 min + buffer; %2 min available")
                    .replace("%1", str(round(minutes)))
                    .replace("%2", str(round(gap)))
                )
            rail_x = self.column_x(day) + self.day_width - RAIL_WIDTH + 6
            right = max(
                block_a.pos().x() + block_a.rect.width(), block_b.pos().x() + block_b.rect.width()
            )
            leg = LegItem()
            leg.set_leg(
                rail_x, top, max(bottom, top + 2), right - rail_x, label, short, unknown, tip
            )
            self.scene_.addItem(leg)
            legs.append(leg)
        self.legs[day] = legs

    def _first_block(self, item_id: int) -> BlockItem | None:
        keys = sorted(k for k in self.blocks if k[0] == item_id)
        return self.blocks[keys[0]] if keys else None

    # -- painting the grid ---------------------------------------------------------------

    # mypy: the stub also allows a QRect; Qt calls this with a QRectF.
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # type: ignore[override]
        paint_grid(self, painter, rect)

    # -- mouse and keys ------------------------------------------------------------------

    def _block_at(self, pos: QPoint) -> BlockItem | None:
        for found in QGraphicsView.items(self, pos):
            if isinstance(found, BlockItem):
                return found
        return None

    def time_order(self) -> list[int]:
        """The shown blocks' items in time order (Tab's order)."""
        with_blocks = {item_id for item_id, _day in self.blocks}
        return sorted(with_blocks, key=self._order_key)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position().toPoint()
        block = self._block_at(pos)
        scene = self.mapToScene(pos)
        self.day_selected.emit(self.day_of_index(self.x_day(scene.x())))
        self._press = (pos, block)
        self._narrow_to = None
        mods = event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if block is not None:
            item_id = block.item.id
            if ctrl:
                chosen = set(self.selected_ids) ^ {item_id}
                current = item_id if item_id in chosen else self.selected_id
                self.select_ids(chosen, current, ensure_visible=False)
            elif shift and self.selected_id in (order := self.time_order()):
                # Shift-click: everything between the current block and this one in time.
                a, b = order.index(self.selected_id), order.index(item_id)
                span = order[min(a, b) : max(a, b) + 1]
                self.select_ids(set(self.selected_ids) | set(span), item_id, ensure_visible=False)
            elif item_id in self.selected_ids and len(self.selected_ids) > 1:
                self._narrow_to = item_id
                self.select_ids(self.selected_ids, item_id, ensure_visible=False)
            else:
                self.select_item(item_id, ensure_visible=False)
        else:
            # An empty spot: a rubber band starts (adding to the selection with Ctrl).
            self._band_base = set(self.selected_ids) if ctrl else set()
            if not ctrl:
                self.select_item(-1, ensure_visible=False)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._press is None:
            block = self._block_at(pos)
            scene = self.mapToScene(pos)
            on_grip = block is not None and block.on_resize_grip(scene.y())
            self.viewport().setCursor(
                Qt.CursorShape.SizeVerCursor
                if on_grip
                else Qt.CursorShape.OpenHandCursor
                if block is not None
                else Qt.CursorShape.ArrowCursor
            )
            super().mouseMoveEvent(event)
            return
        start, block = self._press
        if block is None:
            self._rubber_band(start, pos)
            event.accept()
            return
        if self._drag is None:
            if (pos - start).manhattanLength() < QApplication.startDragDistance():
                return
            scene = self.mapToScene(start)
            resize = block.on_resize_grip(scene.y())
            companions = [
                b
                for (item_id, _day), b in self.blocks.items()
                if item_id in self.selected_ids and item_id != block.item.id
            ]
            self._drag = Drag(self, block, scene, resize=resize, companions=companions)
            self._narrow_to = None
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        self._drag.move_to(self.mapToScene(pos))
        event.accept()

    def _rubber_band(self, start: QPoint, pos: QPoint) -> None:
        if self._band is None:
            if (pos - start).manhattanLength() < QApplication.startDragDistance():
                return
            self._band = QRubberBand(QRubberBand.Shape.Rectangle, self.viewport())
            self._band.setObjectName("timelineRubberBand")
        area = QRect(start, pos).normalized()
        self._band.setGeometry(area)
        self._band.show()
        scene_area = self.mapToScene(area).boundingRect()
        inside = {
            item_id
            for (item_id, _day), b in self.blocks.items()
            if b.sceneBoundingRect().intersects(scene_area)
        }
        chosen = self._band_base | inside
        if chosen != self.selected_ids:
            current = self.selected_id if self.selected_id in chosen else -1
            self.select_ids(chosen, current, ensure_visible=False)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            super().mouseReleaseEvent(event)
            return
        drag = self._drag
        self._press = None
        self._drag = None
        if self._band is not None:
            self._band.hide()
            self._band.deleteLater()
            self._band = None
        self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
        if drag is not None:
            drag.move_to(self.mapToScene(event.position().toPoint()))
            result = drag.finish()
            if result is not None:
                if drag.companions:
                    self.moves_requested.emit(drag.all_times())
                else:
                    self.move_requested.emit(drag.block.item.id, result[0], result[1])
        elif self._narrow_to is not None:
            self.select_item(self._narrow_to, ensure_visible=False)
        self._narrow_to = None
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        block = self._block_at(pos)
        if block is not None:
            self.item_activated.emit(block.item.id)
        else:
            self.new_item_requested.emit(self.time_at(pos, 15))
        event.accept()

    def time_at(self, pos: QPoint, step: int = 5) -> datetime:
        """The aware time at viewport point ``pos``, snapped to ``step`` minutes."""
        scene = self.mapToScene(pos)
        day = self.day_of_index(self.x_day(scene.x()))
        minute = snap(self.y_minute(scene.y()), step)
        naive = datetime.combine(day, datetime.min.time()) + timedelta(minutes=minute)
        return naive.replace(tzinfo=self.zone)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            pos = event.pos()
            block = self._block_at(pos)
            if block is not None and block.item.id not in self.selected_ids:
                self.select_item(block.item.id, ensure_visible=False)
            elif block is None:
                self.select_item(-1, ensure_visible=False)
        else:
            # Menu key or Shift+F10: the menu of the current block, at the block.
            first = self._first_block(self.selected_id) if self.selected_id >= 0 else None
            if first is not None:
                pos = self.mapFromScene(first.sceneBoundingRect().center())
            else:
                pos = self.viewport().rect().center()
        day = self.day_of_index(self.x_day(self.mapToScene(pos).x()))
        self.context_requested.emit(
            self.viewport().mapToGlobal(pos), self.selected_items_ids(), day
        )
        event.accept()

    # -- drops from the Unscheduled list ---------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_item(event.mimeData()) is None:
            event.ignore()
            return
        event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dropped_item(event.mimeData()) is None:
            event.ignore()
            return
        start = drop_time(self, event.position().toPoint())
        self.viewport().setToolTip(clock(start))
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.viewport().setToolTip("")
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        """Schedule the dropped entry where it fell (one undoable edit)."""
        item_id = dropped_item(event.mimeData())
        self.viewport().setToolTip("")
        if item_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.schedule_requested.emit(item_id, drop_time(self, event.position().toPoint()))

    # -- the keyboard --------------------------------------------------------------------

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._paint_selection()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._paint_selection()

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab and Shift+Tab walk the blocks in time order; past the last (or before the
        # first) block, focus leaves the timeline as usual.
        if self.hasFocus() and self.keys.step_in_time(1 if next else -1):
            return True
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.keys.press(event):
            event.accept()
        else:
            super().keyPressEvent(event)


__all__ = ["MINUTES_PER_DAY", "TimelineView"]
