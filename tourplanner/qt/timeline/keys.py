"""The timeline's keyboard: which block Tab and the arrows go to, and what Enter, Delete,
Escape and Alt+arrows ask the view for (move, resize, open, delete as one request).

Kept apart from the view, which owns the blocks and the mouse; these read its blocks and
selection and answer through its signals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from tourplanner.qt.timeline.drag import resized, shifted
from tourplanner.qt.timeline.layout import SNAP_MINUTES

if TYPE_CHECKING:
    from tourplanner.qt.timeline.view import TimelineView


class TimelineKeys:
    """Keyboard handling for one ``TimelineView``."""

    def __init__(self, view: TimelineView) -> None:
        self.view = view

    def press(self, event: QKeyEvent) -> bool:
        """Handle a key press; False leaves it to the view's default handling."""
        v = self.view
        key = event.key()
        mods = event.modifiers()
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        K = Qt.Key
        if key in (K.Key_Return, K.Key_Enter) and v.selected_id >= 0:
            v.item_activated.emit(v.selected_id)
        elif key in (K.Key_Delete, K.Key_Backspace) and v.selected_ids:
            v.delete_requested.emit(v.selected_items_ids())
        elif key == K.Key_Escape and v._drag is not None:
            v._drag.cancel()
            v._drag = None
            v._press = None
        elif key in (K.Key_Up, K.Key_Down, K.Key_Left, K.Key_Right) and alt:
            if not v.selected_ids:
                return False
            sign = -1 if key in (K.Key_Up, K.Key_Left) else 1
            if key in (K.Key_Left, K.Key_Right):
                self.shift_selection(sign, 0, resize=False)  # a day, Shift or not
            else:
                self.shift_selection(0, sign * SNAP_MINUTES, resize=shift)
        elif key in (K.Key_Up, K.Key_Down) and v.blocks and not mods:
            self.step_in_day(-1 if key == K.Key_Up else 1)
        elif key in (K.Key_Left, K.Key_Right) and v.blocks and not mods:
            self.step_across(-1 if key == K.Key_Left else 1)
        else:
            return False
        return True

    def step_in_time(self, step: int) -> bool:
        """Tab/Shift+Tab: the next or previous block in time; False past either end."""
        order = self.view.time_order()
        if not order:
            return False
        if self.view.selected_id not in order:
            target = 0 if step > 0 else len(order) - 1
        else:
            target = order.index(self.view.selected_id) + step
            if not 0 <= target < len(order):
                return False
        self.view.select_item(order[target])
        return True

    def step_in_day(self, step: int) -> None:
        """Up/Down: the previous or next block of the current block's day."""
        here = self.view._first_block(self.view.selected_id)
        if here is None:  # nothing selected, or a hotel night without a block
            self.step_in_time(1)
            return
        day = here.segment.day
        order = sorted(
            (i for i, d in self.view.blocks if d == day),
            key=lambda i: (
                self.view.blocks[(i, day)].pos().y(),
                self.view.blocks[(i, day)].pos().x(),
            ),
        )
        index = order.index(self.view.selected_id) + step
        if 0 <= index < len(order):
            self.view.select_item(order[index])

    def step_across(self, step: int) -> None:
        """Left/Right: the block nearest in time on the next day (in that direction) that
        has blocks."""
        here = self.view._first_block(self.view.selected_id)
        if here is None:
            self.step_in_time(1)
            return
        day = here.segment.day + step
        while 0 <= day < self.view.days:
            candidates = [(i, b) for (i, d), b in self.view.blocks.items() if d == day]
            if candidates:
                y = here.pos().y()
                best = min(candidates, key=lambda pair: abs(pair[1].pos().y() - y))
                self.view.select_item(best[0])
                return
            day += step

    def shift_selection(self, days: int, minutes: int, resize: bool) -> None:
        """Alt+arrows: move (or resize) the selected items; one request, one undo step."""
        moves = {}
        for item_id in self.view.selected_items_ids():
            item = self.view.shown[item_id]
            moves[item_id] = (
                resized(item, minutes, self.view.zone)
                if resize
                else shifted(item, days, minutes, self.view.zone)
            )
        self.view._follow_move = bool(moves)
        if len(moves) == 1:
            [(item_id, (start, end))] = moves.items()
            self.view.move_requested.emit(item_id, start, end)
        elif moves:
            self.view.moves_requested.emit(moves)
