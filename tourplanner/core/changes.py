"""What changed in someone's programme since the version they last received.

Each dispatch records, per calendar item it carried, the item's SEQUENCE and enough to
describe it later (local start and end, title, status, place): an ``ItemState``. Comparing
that record with the current one gives the changes an update mail lists: items added,
moved to a new time or place, cancelled, reinstated or removed from the programme.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from tourplanner.core.errors import ValidationError
from tourplanner.core.model import ScheduleItem, TourSnapshot
from tourplanner.core.timeutil import item_zone


@dataclass(frozen=True, slots=True)
class ItemState:
    """One calendar item as a recipient received it. ``start`` and ``end`` are ISO 8601
    in the item's own zone (with its offset), so the time can be shown as the recipient
    saw it without knowing the zone."""

    sequence: int
    start: str
    end: str
    title: str
    status: str
    place: str = ""
    local_title: str = ""  # the Chinese title and place, for mail written in Chinese
    local_place: str = ""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "seq": self.sequence,
            "start": self.start,
            "end": self.end,
            "title": self.title,
            "status": self.status,
            "place": self.place,
        }
        if self.local_title:
            out["local_title"] = self.local_title
        if self.local_place:
            out["local_place"] = self.local_place
        return out

    def title_in(self, lang: str) -> str:
        return (self.local_title if lang == "zh" else "") or self.title

    def place_in(self, lang: str) -> str:
        return (self.local_place if lang == "zh" else "") or self.place

    @classmethod
    def from_json(cls, value: Any) -> ItemState:
        """Read a stored state; a bare number (an older record of only the SEQUENCE) is
        accepted, with nothing else known."""
        if isinstance(value, int) and not isinstance(value, bool):
            return cls(value, "", "", "", "")
        if not isinstance(value, Mapping) or not isinstance(value.get("seq"), int):
            raise ValidationError(f"unreadable dispatch item record: {value!r}")
        return cls(
            sequence=value["seq"],
            start=str(value.get("start", "")),
            end=str(value.get("end", "")),
            title=str(value.get("title", "")),
            status=str(value.get("status", "")),
            place=str(value.get("place", "")),
            local_title=str(value.get("local_title", "")),
            local_place=str(value.get("local_place", "")),
        )


def item_state(snapshot: TourSnapshot, item: ScheduleItem) -> ItemState:
    """How ``item`` stands now, as a recipient's record keeps it (times in its zone)."""
    zone = item_zone(snapshot, item)
    site = snapshot.sites_by_id.get(item.site_id) if item.site_id is not None else None
    return ItemState(
        item.sequence,
        item.starts_at.astimezone(zone).isoformat(),
        item.ends_at.astimezone(zone).isoformat(),
        item.title,
        item.status.value,
        site.name if site is not None else "",
        item.local_title.strip(),
        site.local_name.strip() if site is not None else "",
    )


def items_to_json(items: Mapping[str, ItemState]) -> dict[str, dict[str, Any]]:
    return {uid: state.to_json() for uid, state in sorted(items.items())}


def items_from_json(value: Any) -> dict[str, ItemState]:
    if not isinstance(value, Mapping):
        return {}
    return {str(uid): ItemState.from_json(v) for uid, v in value.items()}


def sequences(items: Mapping[str, ItemState]) -> dict[str, int]:
    """uid -> SEQUENCE: what decides whether a calendar changed."""
    return {uid: s.sequence for uid, s in items.items()}


class ChangeKind(StrEnum):
    ADDED = "added"
    MOVED = "moved"  # new time (maybe a new place too)
    RELOCATED = "relocated"  # same time, new place
    CANCELLED = "cancelled"
    REINSTATED = "reinstated"  # was cancelled, goes ahead again
    UPDATED = "updated"  # SEQUENCE went up for another reason (tentative -> confirmed)
    REMOVED = "removed"  # no longer in this programme (deleted, or they no longer attend)


@dataclass(frozen=True, slots=True)
class Change:
    kind: ChangeKind
    uid: str
    now: ItemState | None  # None for a removed item
    before: ItemState | None  # None for an added item


CANCELLED = "cancelled"


def diff(before: Mapping[str, ItemState], now: Mapping[str, ItemState]) -> tuple[Change, ...]:
    """The changes from ``before`` to ``now``, in time order. An item counts as changed
    when its SEQUENCE differs (the calendar rule: time, place and status raise it)."""
    out: list[Change] = []
    for uid, cur in now.items():
        old = before.get(uid)
        if old is None:
            kind = ChangeKind.CANCELLED if cur.status == CANCELLED else ChangeKind.ADDED
            out.append(Change(kind, uid, cur, None))
        elif cur.sequence != old.sequence:
            out.append(Change(_kind(old, cur), uid, cur, old))
    for uid, old in before.items():
        if uid not in now:
            out.append(Change(ChangeKind.REMOVED, uid, None, old))
    return tuple(sorted(out, key=_order))


def _kind(old: ItemState, cur: ItemState) -> ChangeKind:
    if cur.status == CANCELLED and old.status != CANCELLED:
        return ChangeKind.CANCELLED
    if old.status == CANCELLED and cur.status != CANCELLED:
        return ChangeKind.REINSTATED
    if old.start and (cur.start, cur.end) != (old.start, old.end):
        return ChangeKind.MOVED
    if old.start and cur.place != old.place:
        return ChangeKind.RELOCATED
    return ChangeKind.UPDATED


def _order(change: Change) -> tuple[float, str]:
    state = change.now or change.before
    assert state is not None
    try:
        return (datetime.fromisoformat(state.start).timestamp(), change.uid)
    except ValueError:  # an old record without times: last
        return (float("inf"), change.uid)


def content_differs(
    old_hash: str,
    old_items: Mapping[str, ItemState],
    new_hash: str,
    new_items: Mapping[str, ItemState],
) -> bool:
    """Whether a recipient's current version differs from a recorded one: another PDF
    content hash, or another uid -> SEQUENCE map (an item added, removed or changed)."""
    return old_hash != new_hash or sequences(old_items) != sequences(new_items)


# -- words --------------------------------------------------------------------------------

HEADINGS = {
    "en": "What changed since the last version",
    "zh": "与上一版相比的变更",
}
BRIEFING_ONLY = {
    "en": "The briefing has been updated; the times in your calendar are unchanged.",
    "zh": "简报内容有更新，日程时间没有变化。",
}
_LABELS = {
    "en": {
        ChangeKind.ADDED: "Added",
        ChangeKind.MOVED: "Moved",
        ChangeKind.RELOCATED: "New place",
        ChangeKind.CANCELLED: "Cancelled",
        ChangeKind.REINSTATED: "Back on",
        ChangeKind.UPDATED: "Updated",
        ChangeKind.REMOVED: "No longer in your programme",
    },
    "zh": {
        ChangeKind.ADDED: "新增",
        ChangeKind.MOVED: "时间调整",
        ChangeKind.RELOCATED: "地点变更",
        ChangeKind.CANCELLED: "取消",
        ChangeKind.REINSTATED: "恢复",
        ChangeKind.UPDATED: "更新",
        ChangeKind.REMOVED: "已移出您的行程",
    },
}
_WEEKDAYS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "zh": ("周一", "周二", "周三", "周四", "周五", "周六", "周日"),
}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def when(start: str, end: str, lang: str) -> str:
    """'Sat 27 Mar 10:00–11:30' or '3月27日（周六）10:00–11:30'; '' when unknown."""
    try:
        a = datetime.fromisoformat(start)
        b = datetime.fromisoformat(end)
    except ValueError:
        return ""
    span = f"{a:%H:%M}–{b:%H:%M}"
    if b.date() != a.date():
        span = f"{a:%H:%M}–{_day(b, lang)} {b:%H:%M}"
    return f"{_day(a, lang)} {span}" if lang != "zh" else f"{_day(a, lang)}{span}"


def _day(value: datetime, lang: str) -> str:
    if lang == "zh":
        return f"{value.month}月{value.day}日（{_WEEKDAYS['zh'][value.weekday()]}）"
    return f"{_WEEKDAYS['en'][value.weekday()]} {value.day} {_MONTHS[value.month - 1]}"


def describe(change: Change, lang: str) -> str:
    """One line for a change, in ``lang`` (en or zh)."""
    zh = lang == "zh"
    label = _LABELS["zh" if zh else "en"][change.kind]
    sep = "：" if zh else ": "
    state = change.now or change.before
    assert state is not None
    title = state.title_in(lang) or change.uid
    now_when = when(state.start, state.end, lang)
    if change.kind is ChangeKind.MOVED and change.before is not None:
        was = when(change.before.start, change.before.end, lang)
        text = (
            f"{title}，改为{now_when}（原为{was}）"
            if zh
            else f"{title}, now {now_when} (was {was})"
        )
        if change.now is not None and change.now.place != change.before.place:
            place = change.now.place_in(lang)
            text += f"，地点：{place}" if zh else f", at {place}"
        return f"{label}{sep}{text}"
    if change.kind is ChangeKind.RELOCATED and change.before is not None:
        place, was = state.place_in(lang), change.before.place_in(lang)
        text = (
            f"{title}，改在{place}（原为{was}）" if zh else f"{title}, now at {place} (was {was})"
        )
        return f"{label}{sep}{text}"
    if not now_when:
        return f"{label}{sep}{title}"
    return f"{label}{sep}{title}（{now_when}）" if zh else f"{label}{sep}{title}, {now_when}"


def headline(changes: Sequence[Change], lang: str) -> str:
    """What changed, short enough for a subject line: the first change ("Welcome
    dinner now 19:05", "Site visit cancelled"), then how many more; "" for none."""
    if not changes:
        return ""
    zh = lang == "zh"
    change = changes[0]
    state = change.now or change.before
    assert state is not None
    title = state.title_in(lang) or change.uid
    kind = change.kind
    if kind is ChangeKind.MOVED and change.before is not None and change.now is not None:
        a, b = _instant(change.now.start), _instant(change.before.start)
        if a is None:
            text = f"{title}时间调整" if zh else f"{title} moved"
        else:
            at = (
                f"{a:%H:%M}"
                if b is not None and a.date() == b.date()
                else f"{_day(a, lang)} {a:%H:%M}"
            )
            text = f"{title}改为{at}" if zh else f"{title} now {at}"
    elif kind is ChangeKind.RELOCATED:
        place = state.place_in(lang)
        text = f"{title}改在{place}" if zh else f"{title} now at {place}"
    else:
        en, cn = _HEADLINES[kind]
        text = cn.format(title) if zh else en.format(title)
    more = len(changes) - 1
    if more:
        text += f"（另有 {more} 项更改）" if zh else f" (and {more} more)"
    return text


_HEADLINES = {
    ChangeKind.ADDED: ("{} added", "新增{}"),
    ChangeKind.MOVED: ("{} moved", "{}时间调整"),
    ChangeKind.RELOCATED: ("{} moved", "{}地点变更"),
    ChangeKind.CANCELLED: ("{} cancelled", "{}取消"),
    ChangeKind.REINSTATED: ("{} back on", "{}恢复"),
    ChangeKind.UPDATED: ("{} updated", "{}更新"),
    ChangeKind.REMOVED: ("{} no longer in your programme", "{}已移出您的行程"),
}


def _instant(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def change_lines(changes: tuple[Change, ...], briefing_changed: bool, lang: str) -> list[str]:
    """The lines of a "What changed" section; a changed briefing with no calendar change
    gets one line saying so."""
    lines = [describe(c, lang) for c in changes]
    if not lines and briefing_changed:
        lines.append(BRIEFING_ONLY["zh" if lang == "zh" else "en"])
    return lines
