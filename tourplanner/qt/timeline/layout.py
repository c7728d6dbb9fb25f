"""Where each item goes on the timeline: day column, minutes, lane. Plain Python, no Qt.

Items are cut at local midnight into one segment per day they touch, in the tour's zone.
Overlapping segments of a day sit side by side: each gets the first lane free at its
start, and every segment of a cluster (a run of segments linked by overlaps) shares the
cluster's lane count, so widths within a cluster match and nothing overlaps.
Accommodation is background (the hotel night): it gets no lane and is drawn as a strip.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tourplanner.core.enums import ItemKind
from tourplanner.core.model import ScheduleItem

MINUTES_PER_DAY = 24 * 60
SNAP_MINUTES = 5

#: Kinds drawn as a background strip instead of a block in a lane.
BACKGROUND_KINDS = frozenset({ItemKind.ACCOMMODATION})


@dataclass(frozen=True, slots=True)
class Segment:
    """The part of one item that falls on one day of the timeline."""

    item_id: int
    day: int  # column index: 0 = the first day shown
    start: float  # minutes after local midnight of that day
    end: float
    continues_before: bool = False  # the item started on an earlier day
    continues_after: bool = False  # the item goes on past midnight
    lane: int = 0
    lanes: int = 1

    @property
    def background(self) -> bool:
        return self.lanes == 0


def minutes_of_day(instant: datetime, day: date, zone: ZoneInfo) -> float:
    """Minutes from local midnight of ``day`` to ``instant`` (wall-clock, so a 09:00 is
    always at 540 even on a daylight-saving day)."""
    local = instant.astimezone(zone)
    days = (local.date() - day).days
    return days * MINUTES_PER_DAY + local.hour * 60 + local.minute + local.second / 60


def split_by_day(item: ScheduleItem, first_day: date, days: int, zone: ZoneInfo) -> list[Segment]:
    """The item's segments on the days shown (none if it falls outside them)."""
    start_local = item.starts_at.astimezone(zone)
    end_local = item.ends_at.astimezone(zone)
    start_day, last = start_local.date(), end_local.date()
    start_min = start_local.hour * 60 + start_local.minute + start_local.second / 60
    end_min = end_local.hour * 60 + end_local.minute + end_local.second / 60
    if start_day == last:  # the common case: within one day
        index = (start_day - first_day).days
        if 0 <= index < days and end_min > start_min:
            return [Segment(item.id, index, start_min, end_min)]
        return []
    if end_min == 0:
        last -= timedelta(days=1)  # ending exactly at midnight: nothing on the next day
    out = []
    day = start_day
    while day <= last:
        index = (day - first_day).days
        if 0 <= index < days:
            start = start_min if day == start_day else 0.0
            end = end_min if day == end_local.date() else float(MINUTES_PER_DAY)
            if end > start:
                out.append(
                    Segment(
                        item.id,
                        index,
                        start,
                        end,
                        continues_before=day > start_day,
                        continues_after=day < last,
                    )
                )
        day += timedelta(days=1)
    return out


def assign_lanes(segments: Iterable[Segment]) -> list[Segment]:
    """Segments of ONE day with lanes set (see the module docstring), in start order."""
    ordered = sorted(segments, key=lambda s: (s.start, -s.end, s.item_id))
    placed: list[Segment] = []
    cluster: list[int] = []  # indexes into ``placed`` of the current cluster
    lane_ends: list[float] = []
    cluster_end = -1.0

    def close_cluster() -> None:
        count = len(lane_ends)
        for i in cluster:
            s = placed[i]
            placed[i] = Segment(
                s.item_id,
                s.day,
                s.start,
                s.end,
                s.continues_before,
                s.continues_after,
                s.lane,
                count,
            )

    for seg in ordered:
        if seg.start >= cluster_end and cluster:
            close_cluster()
            cluster, lane_ends = [], []
        lane = next((i for i, end in enumerate(lane_ends) if end <= seg.start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(seg.end)
        else:
            lane_ends[lane] = seg.end
        cluster_end = max(cluster_end, seg.end) if cluster else seg.end
        placed.append(
            Segment(
                seg.item_id,
                seg.day,
                seg.start,
                seg.end,
                seg.continues_before,
                seg.continues_after,
                lane,
                1,
            )
        )
        cluster.append(len(placed) - 1)
    if cluster:
        close_cluster()
    return placed


@dataclass
class DayLayout:
    """Every segment of one day: lane blocks and background strips."""

    blocks: list[Segment]
    background: list[Segment]


def layout_days(
    items: Iterable[ScheduleItem], first_day: date, days: int, zone: ZoneInfo
) -> dict[int, DayLayout]:
    """Segments with lanes, per day index, for the items shown."""
    per_day: dict[int, list[Segment]] = {d: [] for d in range(days)}
    background: dict[int, list[Segment]] = {d: [] for d in range(days)}
    for item in items:
        target = background if item.kind in BACKGROUND_KINDS else per_day
        for seg in split_by_day(item, first_day, days, zone):
            if target is background:
                seg = Segment(
                    seg.item_id,
                    seg.day,
                    seg.start,
                    seg.end,
                    seg.continues_before,
                    seg.continues_after,
                    0,
                    0,
                )
            target[seg.day].append(seg)
    return {d: DayLayout(assign_lanes(per_day[d]), background[d]) for d in range(days)}


def visible_hours(
    layouts: dict[int, DayLayout], default: tuple[int, int] = (8, 20)
) -> tuple[int, int]:
    """The hours worth showing: the blocks' span with half an hour's air, at least
    ``default``; background strips do not stretch it (a hotel night would)."""
    starts = [s.start for d in layouts.values() for s in d.blocks]
    ends = [s.end for d in layouts.values() for s in d.blocks]
    first, last = default
    if starts:
        first = min(first, int((min(starts) - 30) // 60))
        last = max(last, int(-(-(max(ends) + 30) // 60)))
    return max(0, first), min(24, last)


def snap(minutes: float, step: int = SNAP_MINUTES) -> int:
    """Round to the nearest ``step`` minutes."""
    return int(round(minutes / step) * step)
