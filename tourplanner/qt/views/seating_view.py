"""The seating view of one item: its tables drawn from above with the names at each
seat. Dragging a person onto another seat moves them there (swapping with whoever sat
there); "Propose" fills the plan by precedence; "Tables…" sets the number of tables and
each one's shape and seats (people keep their seats where those still exist); each is
one undoable edit. The item's
seating problems (``check``'s seat-unassigned, table-over-capacity, precedence-inverted,
no-common-language, ...) are listed beside the tables and follow every change.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractGraphicsShapeItem,
    QComboBox,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tourplanner.core import seating as s
from tourplanner.core.address import forms_of_address
from tourplanner.core.enums import ItemStatus
from tourplanner.core.errors import TourplannerError
from tourplanner.core.model import ScheduleItem
from tourplanner.core.problems import Code
from tourplanner.core.timeutil import item_zone
from tourplanner.qt.dialogs.tables_dialog import TablesDialog
from tourplanner.qt.session import Change, ServiceCommand, TourSession
from tourplanner.qt.views.table_page import heading_label
from tourplanner.services import protocol
from tourplanner.services.protocol import DEFAULT_SEATS

SEATING_CODES = frozenset(
    {
        Code.SEAT_UNASSIGNED,
        Code.SEATED_NOT_ATTENDING,
        Code.TABLE_OVER_CAPACITY,
        Code.PRECEDENCE_INVERTED,
        Code.NO_COMMON_LANGUAGE,
    }
)
SEAT_RADIUS = 13.0
HOST_COLOUR, GUEST_COLOUR, OTHER_COLOUR = "#1B2F4B", "#A8874A", "#5F6670"
CELL = 330.0  # the height each round table is drawn in
CELL_WIDTH = 480.0  # and its width: room for the names either side


class SeatingPlanCommand(ServiceCommand):
    """Store a new plan for an item; undo puts the one before back (or none)."""

    def __init__(
        self,
        session: TourSession,
        item: ScheduleItem,
        before: s.SeatingPlan | None,
        after: s.SeatingPlan,
        text: str,
    ) -> None:
        super().__init__(session, text)
        self.item_uid = item.uid
        self.before, self.after = before, after

    def _resolved(self, plan: s.SeatingPlan) -> s.SeatingPlan:
        """``plan`` with the ids of records an undo brought back."""
        ids = self.session.ids
        tables = tuple(
            replace(
                t,
                seats=tuple(
                    ids.resolve("participant", p) if p is not None else None for p in t.seats
                ),
            )
            for t in plan.tables
        )
        return replace(plan, item_id=ids.resolve("item", plan.item_id), tables=tables)

    def _store(self, plan: s.SeatingPlan | None) -> Change:
        session = self.session
        if plan is None:
            protocol.clear_plan(session.db, session.slug, self.item_uid)
        else:
            protocol.store_plan(session.db, session.slug, self._resolved(plan))
        return Change(reload=True)

    def forward(self, force: bool) -> Change:
        return self._store(self.after)

    def backward(self, force: bool) -> Change:
        return self._store(self.before)


def moved(plan: s.SeatingPlan, source: tuple[int, int], target: tuple[int, int]) -> s.SeatingPlan:
    """``plan`` with the person at ``source`` (table, seat index) in ``target``, and
    whoever sat at ``target`` (if anyone) in ``source``."""
    seats = {t.spec.number: list(t.seats) for t in plan.tables}
    (ta, sa), (tb, sb) = source, target
    seats[ta][sa], seats[tb][sb] = seats[tb][sb], seats[ta][sa]
    return replace(
        plan,
        tables=tuple(replace(t, seats=tuple(seats[t.spec.number])) for t in plan.tables),
    )


def seat_points(shape: str, count: int, size: float) -> list[QPointF]:
    """Where each seat goes (seat 1 first, clockwise seen from above) round a table
    centred on (0, 0): a round table's seat 1 at the top; a long table's host mid-way
    along the far (top) side."""
    if shape != "long":
        ring = max(size * 0.32, count * SEAT_RADIUS * 2.6 / (2 * math.pi))
        return [
            QPointF(
                ring * math.cos(math.pi / 2 - 2 * math.pi * i / count),
                -ring * math.sin(math.pi / 2 - 2 * math.pi * i / count),
            )
            for i in range(count)
        ]
    far = (count + 1) // 2
    near = count - far
    step = 2 * SEAT_RADIUS + 60
    places = [QPointF((k - (far - 1) / 2) * step, -40) for k in range(far)]
    near_step = step * far / max(near, 1)
    places += [QPointF((k - (near - 1) / 2) * near_step, 40) for k in reversed(range(near))]
    head = far // 2
    return [places[(head + i) % count] for i in range(count)]


class SeatItem(QGraphicsEllipseItem):
    """One seat: a numbered disc coloured by party, with the name beside it."""

    def __init__(self, table: int, index: int, person: int | None, colour: str) -> None:
        r = SEAT_RADIUS
        super().__init__(-r, -r, 2 * r, 2 * r)
        self.table, self.index, self.person = table, index, person
        fill = QColor(colour) if person is not None else QColor("white")
        self.setBrush(QBrush(fill))
        self.setPen(QPen(QColor("#C9CED6") if person is None else fill, 1.2))
        number = QGraphicsSimpleTextItem(str(index + 1), self)
        number.setBrush(QBrush(QColor("white" if person is not None else "#5F6670")))
        font = QFont()
        font.setPointSizeF(7.5)
        number.setFont(font)
        box = number.boundingRect()
        number.setPos(-box.width() / 2, -box.height() / 2)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setCursor(Qt.CursorShape.OpenHandCursor if person else Qt.CursorShape.ArrowCursor)


class SeatingCanvas(QGraphicsView):
    """The tables; a person dragged from one seat and dropped on another moves there."""

    #: (table, seat index) of the source, then of the target.
    seat_dropped = Signal(tuple, tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seatingCanvas")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setBackgroundBrush(QBrush(QColor("#ffffff")))
        self._dragging: SeatItem | None = None

    def seat_at(self, pos: QPointF) -> SeatItem | None:
        """The seat under a point of the view (in view coordinates)."""
        for item in self.items(pos.toPoint()):
            found: QGraphicsItem | None = item
            while found is not None and not isinstance(found, SeatItem):
                found = found.parentItem()
            if isinstance(found, SeatItem):
                return found
        return None

    def seat(self, table: int, index: int) -> SeatItem:
        """The seat item of a table's seat (for tests and screenshots)."""
        for item in self.scene().items():
            if isinstance(item, SeatItem) and (item.table, item.index) == (table, index):
                return item
        raise KeyError((table, index))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        seat = self.seat_at(event.position())
        if seat is not None and seat.person is not None:
            self._dragging = seat
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        source, self._dragging = self._dragging, None
        if source is None:
            super().mouseReleaseEvent(event)
            return
        self.viewport().unsetCursor()
        target = self.seat_at(event.position())
        if target is not None and target is not source:
            self.seat_dropped.emit((source.table, source.index), (target.table, target.index))
        event.accept()


class SeatingView(QWidget):
    """Pick an item, see and change its seating plan."""

    def __init__(self, session: TourSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seatingView")
        self.setAccessibleName(self.tr("Seating"))
        self.session = session
        self.items = QComboBox()
        self.items.setObjectName("seatingItem")
        self.items.setAccessibleName(self.tr("Seated item"))
        self.heading = heading_label(self.tr("Seating"), "seatingHeading")
        self.propose_button = QPushButton(self.tr("&Propose"))
        self.propose_button.setObjectName("proposeSeating")
        self.propose_button.setAccessibleName(self.tr("Propose seating"))
        self.propose_button.setToolTip(
            self.tr("Fill the plan by precedence: principal host and guest at table 1")
        )
        self.tables_button = QPushButton(self.tr("&Tables…"))
        self.tables_button.setObjectName("seatingTables")
        self.tables_button.setAccessibleName(self.tr("Edit tables"))
        self.tables_button.setToolTip(
            self.tr("Set the number of tables and each one's shape and seats")
        )
        self.tables_dialog: TablesDialog | None = None
        self.canvas = SeatingCanvas()
        self.problems = QListWidget()
        self.problems.setObjectName("seatingProblems")
        self.problems.setAccessibleName(self.tr("Seating problems"))
        self.problems.setWordWrap(True)  # a problem is a sentence: show all of it
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary = QLabel()

        item_label = QLabel(self.tr("&Item:"))
        item_label.setBuddy(self.items)
        top = QHBoxLayout()
        top.addWidget(item_label)
        top.addWidget(self.items, 1)
        top.addWidget(self.tables_button)
        top.addWidget(self.propose_button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Problems")))
        side_layout.addWidget(self.problems, 1)
        split = QSplitter()
        split.addWidget(self.canvas)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 260])  # the tables get the room; the list stays narrow
        self.canvas.setMinimumWidth(360)
        side.setMaximumWidth(340)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

        self.items.currentIndexChanged.connect(lambda _i: self.refresh())
        self.propose_button.clicked.connect(self.propose)
        self.tables_button.clicked.connect(self.edit_tables)
        self.canvas.seat_dropped.connect(self.move_person)
        session.reloaded.connect(self._fill_items)
        session.items_changed.connect(lambda _a, _b: self._fill_items())
        session.problems_changed.connect(self._show_problems)
        if hasattr(session, "snapshot"):  # else the workspace is made before the load
            self._fill_items()

    # -- reading ---------------------------------------------------------------------------

    def _fill_items(self) -> None:
        """The items that can be seated (meals, ceremonies and meetings not cancelled),
        keeping the current one."""
        current = self.current_item()
        keep = current.uid if current is not None else None
        self.items.blockSignals(True)
        self.items.clear()
        snap = self.session.snapshot
        for it in sorted(snap.items, key=lambda i: (i.starts_at, i.uid)):
            if it.kind in s.RECEIVING_KINDS and it.status is not ItemStatus.CANCELLED:
                start = it.starts_at.astimezone(item_zone(snap, it))
                self.items.addItem(f"{start:%d %b %H:%M} · {it.title}", it.uid)
        index = self.items.findData(keep) if keep is not None else -1
        self.items.setCurrentIndex(max(index, 0))
        self.items.blockSignals(False)
        self.refresh()

    def current_item(self) -> ScheduleItem | None:
        uid = self.items.currentData()
        return next((i for i in self.session.snapshot.items if i.uid == uid), None)

    def choose(self, uid: str) -> None:
        """Show the item with ``uid``."""
        self.items.setCurrentIndex(self.items.findData(uid))

    def plan(self) -> s.SeatingPlan | None:
        """The plan stored for the current item, if any."""
        item = self.current_item()
        return s.stored_plans(self.session.snapshot).get(item.id) if item is not None else None

    # -- changing --------------------------------------------------------------------------

    def propose(self) -> bool:
        """Replace the item's plan with a proposal by precedence (undoable)."""
        item = self.current_item()
        if item is None:
            return False
        try:
            proposal = protocol.propose_seating(self.session.db, self.session.slug, item.uid)
        except TourplannerError as e:
            self.session.show_error(self.tr("Cannot propose a seating plan"), str(e))
            return False
        text = self.tr("Propose seating for %1").replace("%1", item.title)
        command = SeatingPlanCommand(self.session, item, self.plan(), proposal.plan, text)
        return self.session.push(command)

    def edit_tables(self) -> TablesDialog | None:
        """Open the table editor of the current item (window-modal); OK stores the
        tables as one undoable edit, a refusal keeps the dialog open with the reason."""
        item = self.current_item()
        if item is None:
            return None
        plan = self.plan() or self._empty_plan(item)
        dialog = TablesDialog(plan, item.title, self.session.snapshot.participants_by_id, self)

        def submit() -> str | None:
            refusals: list[str] = []
            self.set_tables(dialog.after(), refusals.append)
            return refusals[0] if refusals else None

        dialog.submit = submit
        dialog.finished.connect(dialog.deleteLater)
        self.tables_dialog = dialog
        dialog.open()
        return dialog

    def _empty_plan(self, item: ScheduleItem) -> s.SeatingPlan:
        """No one seated at the tables a proposal would use (the item's stored tables,
        else round tables of ten for its attendees)."""
        try:
            proposal = protocol.propose_seating(self.session.db, self.session.slug, item.uid)
            tables = proposal.plan.tables
        except TourplannerError:  # nobody to seat yet: one table to start from
            tables = (s.SeatedTable(s.TableSpec(1, s.TableShape.ROUND, DEFAULT_SEATS), ()),)
        empty = tuple(replace(t, seats=(None,) * t.spec.seats) for t in tables)
        return s.SeatingPlan(item.id, (), None, None, empty)

    def set_tables(
        self, after: s.SeatingPlan, on_refused: Callable[[str], None] | None = None
    ) -> bool:
        """Store ``after`` (the plan at new tables) as one undoable edit; False when it
        changes nothing or is refused."""
        item, before = self.current_item(), self.plan()
        if item is None or (before is not None and before.tables == after.tables):
            return False
        text = self.tr("Change the tables of %1").replace("%1", item.title)
        command = SeatingPlanCommand(self.session, item, before, after, text)
        return self.session.push(command, on_refused)

    def move_person(self, source: tuple[int, int], target: tuple[int, int]) -> bool:
        """Move the person at ``source`` to ``target`` (swapping), undoably."""
        item, plan = self.current_item(), self.plan()
        if item is None or plan is None:
            return False
        people = self.session.snapshot.participants_by_id
        table = {t.spec.number: t for t in plan.tables}
        pid = table[source[0]].seats[source[1]]
        if pid is None:
            return False
        text = (
            self.tr("Seat %1 at table %2, seat %3")
            .replace("%1", people[pid].full_name)
            .replace("%2", str(target[0]))
            .replace("%3", str(target[1] + 1))
        )
        after = moved(plan, source, target)
        return self.session.push(SeatingPlanCommand(self.session, item, plan, after, text))

    # -- drawing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Draw the current item's tables and list its problems."""
        scene = self.canvas.scene()
        scene.clear()
        item, plan = self.current_item(), self.plan()
        if item is None:
            self.summary.setText(self.tr("No meal, ceremony or meeting to seat."))
        elif plan is None:
            self.summary.setText(self.tr("No seating plan yet: set the tables, or press Propose."))
        else:
            seated = sum(p is not None for t in plan.tables for p in t.seats)
            self.summary.setText(
                self.tr("%1 people at %2 tables")
                .replace("%1", str(seated))
                .replace("%2", str(len(plan.tables)))
            )
            self._draw(item, plan)
        self._show_problems()

    def _draw(self, item: ScheduleItem, plan: s.SeatingPlan) -> None:
        scene = self.canvas.scene()
        snap = self.session.snapshot
        people = snap.participants_by_id
        who = s.parties(snap, item)
        colour = {p.id: HOST_COLOUR for p in who.hosts}
        colour.update({p.id: GUEST_COLOUR for p in who.guests})
        x = y = 0.0
        column = 0
        for t in plan.tables:
            long = t.spec.shape is s.TableShape.LONG
            if long and column:
                x, y, column = 0.0, y + CELL, 0
            width = (
                max(CELL, ((len(t.seats) + 1) // 2) * (2 * SEAT_RADIUS + 60) + 80)
                if long
                else CELL_WIDTH
            )
            centre = QPointF(x + width / 2, y + CELL / 2 if not long else y + 100)
            points = seat_points(t.spec.shape.value, max(len(t.seats), 1), CELL)
            if long:
                half = (len(points) and max(abs(p.x()) for p in points)) + SEAT_RADIUS + 10
                table: QAbstractGraphicsShapeItem = QGraphicsRectItem(-half, -22, 2 * half, 44)
            else:
                ring = math.hypot(points[0].x(), points[0].y()) if points else CELL * 0.3
                r = ring - SEAT_RADIUS - 6
                table = QGraphicsEllipseItem(-r, -r, 2 * r, 2 * r)
            table.setBrush(QBrush(QColor("#EEF1F5")))
            table.setPen(QPen(QColor("#C9CED6")))
            table.setPos(centre)
            scene.addItem(table)
            caption = scene.addSimpleText(self.tr("Table %1").replace("%1", str(t.spec.number)))
            box = caption.boundingRect()
            caption.setPos(centre.x() - box.width() / 2, centre.y() - box.height() / 2)
            for i, pid in enumerate(t.seats):
                seat = SeatItem(t.spec.number, i, pid, colour.get(pid or 0, OTHER_COLOUR))
                point = centre + points[i]
                seat.setPos(point)
                scene.addItem(seat)
                if pid is None:
                    continue
                forms = forms_of_address(people[pid])
                label = scene.addSimpleText(
                    "\n".join(x for x in (forms.card_en, forms.card_zh) if x)
                )
                box = label.boundingRect()
                dx, dy = points[i].x(), points[i].y()
                if long:
                    lx = point.x() - box.width() / 2
                    ly = (
                        point.y() - SEAT_RADIUS - 4 - box.height()
                        if dy < 0
                        else point.y() + SEAT_RADIUS + 4
                    )
                elif dx > 20:
                    lx, ly = point.x() + SEAT_RADIUS + 4, point.y() - box.height() / 2
                elif dx < -20:
                    lx, ly = point.x() - SEAT_RADIUS - 4 - box.width(), point.y() - box.height() / 2
                else:
                    lx = point.x() - box.width() / 2
                    ly = (
                        point.y() - SEAT_RADIUS - 2 - box.height()
                        if dy < 0
                        else point.y() + SEAT_RADIUS + 2
                    )
                label.setPos(lx, ly)
            if long:
                x, y, column = 0.0, y + 220, 0
            else:
                column += 1
                x += CELL_WIDTH
                if column == 2:
                    x, y, column = 0.0, y + CELL, 0
        self.canvas.setSceneRect(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))

    def _show_problems(self) -> None:
        self.problems.clear()
        item = self.current_item()
        if item is None:
            return
        found = [
            p for p in self.session.problems() if item.id in p.item_ids and p.code in SEATING_CODES
        ]
        for p in found:
            entry = QListWidgetItem(p.message.split(": ", 1)[-1], self.problems)
            entry.setToolTip(p.message)
        if not found:
            self.problems.addItem(self.tr("No seating problems"))


__all__ = ["SeatingCanvas", "SeatingPlanCommand", "SeatingView", "moved", "seat_points"]
