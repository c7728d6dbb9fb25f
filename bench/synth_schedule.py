"""The synthetic programme: each day, groups in parallel tracks, then the whole delegation.

A day of one track (two coach groups travelling together, with an escort host, two
interpreters and a guide) runs from 08:00 to 18:30: a coach transfer from the hotel, two
visit stops, lunch, two more stops and a transfer to the evening venue. A stop is a
sequence of short items at one site (welcome, briefing, guided tour, group photo...), as
official programmes list them. Moves between stops are coach transfers (items without a
site) or, between neighbouring sites, a plain gap; both always leave the travel time plus
the buffer that the tour's travel model asks for. The evening brings the whole delegation
to a banquet and an evening programme, then a coach back to each hotel and the night
there.

Everything is clean by construction, except the too-short gaps asked for while planning;
``bench.synth_plants`` then plants the other problems so that a check has something to find.
"""

from __future__ import annotations

import math
import random
import uuid
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bench.synth_people import Team, TeamSize
from bench.synth_sites import DISTRICTS, KM_PER_DEG, Places
from tourplanner.core.enums import (
    AttendanceRole,
    AttendanceScope,
    ItemKind,
    ItemStatus,
    SiteCategory,
)
from tourplanner.core.model import (
    Attendance,
    BusyBlock,
    OpeningInterval,
    ScheduleItem,
    Site,
)
from tourplanner.core.problems import Code
from tourplanner.core.travel import TravelModel

ZONE = ZoneInfo("Asia/Shanghai")
DAY_START = 8 * 60
BANQUET = 18 * 60 + 30
EVENING = 20 * 60
EVENING_END = 21 * 60
CHECKOUT = 7 * 60 + 30
LUNCH_MINUTES = 60
MIN_SEGMENT = 10
ATTEMPTS = 300

# Segment of a stop: (title, Chinese title, kind)
Segment = tuple[str, str, ItemKind]
WELCOME: Segment = ("Arrival and welcome", "抵达与欢迎", ItemKind.VISIT)
PHOTO: Segment = ("Group photo", "合影", ItemKind.VISIT)
COMMON: tuple[Segment, ...] = (
    ("Briefing on the development plan", "发展规划介绍", ItemKind.MEETING),
    ("Promotional video", "宣传片观看", ItemKind.VISIT),
    ("Guided tour", "参观讲解", ItemKind.VISIT),
    ("Meeting with the management", "与管理层座谈", ItemKind.MEETING),
    ("Questions and answers", "答问交流", ItemKind.MEETING),
    ("Interviews", "采访", ItemKind.MEETING),
    ("Tea break", "茶歇", ItemKind.MEAL),
    ("Demonstration", "现场演示", ItemKind.VISIT),
)
SPECIAL: dict[SiteCategory, tuple[Segment, ...]] = {
    SiteCategory.PARK: (
        ("Walk along the greenway", "绿道漫步", ItemKind.VISIT),
        ("Briefing on the park's ecology", "生态介绍", ItemKind.MEETING),
    ),
    SiteCategory.INNOVATION_ZONE: (
        ("Start-up pitches", "创业路演", ItemKind.MEETING),
        ("Signing of a cooperation memorandum", "合作备忘录签约", ItemKind.CEREMONY),
    ),
    SiteCategory.EXHIBITION_CENTRE: (
        ("Walk through the national pavilions", "参观国家馆", ItemKind.VISIT),
    ),
    SiteCategory.RESEARCH_INSTITUTE: (("Laboratory tour", "实验室参观", ItemKind.VISIT),),
    SiteCategory.OTHER: (("Production line tour", "生产线参观", ItemKind.VISIT),),
}
EVENINGS: tuple[Segment, ...] = (
    ("Cultural evening: Sichuan opera", "文化之夜：川剧", ItemKind.VISIT),
    ("Evening forum: media and green development", "晚间论坛：媒体与绿色发展", ItemKind.MEETING),
    ("Cultural evening: Chongqing folk music", "文化之夜：重庆民乐", ItemKind.VISIT),
)


@dataclass(frozen=True)
class Planted:
    """A problem put into the tour on purpose: what a check should report about it."""

    code: Code
    item_ids: tuple[int, ...]
    participant_ids: tuple[int, ...] = ()
    site_ids: tuple[int, ...] = ()
    note: str = ""


@dataclass(eq=False)
class Draft:
    """A schedule item while the programme is being built (ids come at the end)."""

    kind: ItemKind
    title: str
    local_title: str
    site_id: int | None
    start: datetime
    end: datetime
    attendance: list[Attendance]
    description: str = ""
    dress_code: str = ""
    pinned: bool = False
    status: ItemStatus = ItemStatus.CONFIRMED
    uid: str = ""
    id: int = 0


@dataclass
class Stop:
    """A track's visit to one site: its consecutive items there."""

    site_id: int
    day: date
    items: list[Draft]


@dataclass
class TrackDay:
    """One day of one track: who goes, and the items, stops and lunch it got."""

    day: date
    cohort: int
    escort: int
    interpreters: tuple[int, int]
    guide: int
    group_ids: tuple[int, ...]
    items: list[Draft] = field(default_factory=list)
    stops: list[Stop] = field(default_factory=list)
    lunch: Draft | None = None


@dataclass
class PendingPlant:
    """A planted problem while item ids are not known yet."""

    code: Code
    drafts: list[Draft]
    participant_ids: tuple[int, ...] = ()
    site_ids: tuple[int, ...] = ()
    note: str = ""


def at(day: date, minute: int) -> datetime:
    """``minute`` minutes after local midnight of ``day``, as a UTC instant."""
    return (datetime.combine(day, time(0), tzinfo=ZONE) + timedelta(minutes=minute)).astimezone(UTC)


def ceil5(minutes: float) -> int:
    """``minutes`` rounded up to a multiple of 5."""
    return 5 * math.ceil(minutes / 5 - 1e-9)


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def _km(a: Site, b: Site) -> float:
    assert a.latitude is not None and a.longitude is not None
    assert b.latitude is not None and b.longitude is not None
    dy = (a.latitude - b.latitude) * KM_PER_DEG
    dx = (a.longitude - b.longitude) * KM_PER_DEG * math.cos(math.radians(a.latitude))
    return math.hypot(dx, dy)


def split_minutes(rng: random.Random, total: int, shares: list[float]) -> list[int]:
    """Durations roughly in proportion to ``shares`` (give or take a random factor),
    multiples of 5 of at least MIN_SEGMENT, adding up to ``total``."""
    weights = [share * rng.uniform(0.6, 1.6) for share in shares]
    scale = total / sum(weights)
    parts = [max(MIN_SEGMENT, 5 * round(w * scale / 5)) for w in weights]
    diff = total - sum(parts)
    while diff > 0:
        parts[parts.index(min(parts))] += 5
        diff -= 5
    while diff < 0:
        i = parts.index(max(parts))
        if parts[i] <= MIN_SEGMENT:
            raise ValueError("no room for the segments")
        parts[i] -= 5
        diff += 5
    return parts


class Programme:
    """Builds every item, busy block and planted problem of a tour."""

    def __init__(
        self,
        rng: random.Random,
        places: Places,
        teams: list[Team],
        team_size: TeamSize,
        group_members: dict[int, tuple[int, ...]],
        delegation: frozenset[int],
        start_date: date,
        days: int,
        items_per_cohort: int,
        travel: TravelModel,
    ) -> None:
        self.rng = rng
        self.places = places
        self.sites = places.by_id
        self.teams = teams
        self.size = team_size
        self.members = group_members
        self.delegation = delegation
        self.start_date = start_date
        self.days = days
        self.items_per_cohort = items_per_cohort
        self.travel = travel
        self.drafts: list[Draft] = []
        self.track_days: list[TrackDay] = []
        self.occupied: dict[tuple[date, int], list[tuple[int, int]]] = defaultdict(list)
        self.busy: list[BusyBlock] = []
        self.hours: dict[int, tuple[OpeningInterval, ...]] = {}
        self.capacity: dict[int, int] = {}
        self.pending: list[PendingPlant] = []
        self.double_booked: set[int] = set()
        self.open_cache: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self.n_hotels = math.ceil(team_size.groups / 4)
        self._near: dict[int, list[int]] = {}
        self._restaurants_near: dict[int, list[int]] = {}

    # -- public ----------------------------------------------------------------------

    def build(self) -> None:
        """Every cohort's days, clean (``bench.synth_plants`` adds the problems)."""
        for c in range(len(self.teams)):
            self._cohort(c)

    def finish(self) -> tuple[tuple[ScheduleItem, ...], tuple[BusyBlock, ...], list[Planted]]:
        """Items (ids 1..n in time order), busy blocks and the planted problems."""
        created = datetime.combine(self.start_date, time(2), tzinfo=UTC) - timedelta(days=30)
        self.drafts.sort(key=lambda d: (d.start, d.uid))
        items = []
        for i, d in enumerate(self.drafts, start=1):
            d.id = i
            made = created + timedelta(minutes=self.rng.randrange(0, 20 * 24 * 60))
            sequence = 1 if self.rng.random() < 0.1 else 0
            items.append(
                ScheduleItem(
                    id=i,
                    tour_id=1,
                    uid=d.uid,
                    kind=d.kind,
                    title=d.title,
                    local_title=d.local_title,
                    site_id=d.site_id,
                    starts_at=d.start,
                    ends_at=d.end,
                    description=d.description,
                    dress_code=d.dress_code,
                    notes="",
                    status=d.status,
                    sequence=sequence,
                    illustrative=True,
                    created_at=made,
                    updated_at=made + timedelta(days=sequence * 3),
                    attendance=tuple(d.attendance),
                    version=1,
                    pinned=d.pinned,
                )
            )
        self.busy.sort(
            key=lambda b: (b.starts_at, b.summary, b.participant_id or 0, b.site_id or 0)
        )
        busy = tuple(replace(b, id=i) for i, b in enumerate(self.busy, start=1))
        # Two plants on the same items make one problem (say two people on one pair).
        merged: dict[tuple[Code, tuple[int, ...]], Planted] = {}
        for p in self.pending:
            key = (p.code, tuple(sorted(d.id for d in p.drafts)))
            seen = merged.get(key)
            if seen is None:
                merged[key] = Planted(key[0], key[1], p.participant_ids, p.site_ids, p.note)
            else:
                people = tuple(sorted({*seen.participant_ids, *p.participant_ids}))
                merged[key] = replace(seen, participant_ids=people)
        planted = sorted(merged.values(), key=lambda p: (p.code.value, p.item_ids))
        return tuple(items), busy, planted

    def final_sites(self) -> tuple[Site, ...]:
        """The sites with the opening hours and capacities that planted problems changed."""
        out = []
        for s in self.places.sites:
            if s.id in self.hours:
                s = replace(s, opening_hours=self.hours[s.id])
            if s.id in self.capacity:
                s = replace(s, capacity=self.capacity[s.id])
            out.append(s)
        return tuple(out)

    # -- helpers ---------------------------------------------------------------------

    def _uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _add(self, draft: Draft) -> Draft:
        draft.uid = self._uid()
        self.drafts.append(draft)
        return draft

    def _gap(self, a: int, b: int) -> int:
        needed = self.travel.needed_gap(a, b)
        assert needed is not None
        return ceil5(needed)

    def _opening(self, site_id: int, weekday: int) -> list[tuple[int, int]] | None:
        site = self.sites[site_id]
        if not site.opening_hours:
            return None
        key = (site_id, weekday)
        found = self.open_cache.get(key)
        if found is None:
            found = [
                (_minutes(h.opens), _minutes(h.closes))
                for h in site.opening_hours
                if h.weekday == weekday
            ]
            self.open_cache[key] = found
        return found

    def _fits(self, site_id: int, weekday: int, start: int, end: int) -> bool:
        spans = self._opening(site_id, weekday)
        return spans is None or any(a <= start and end <= b for a, b in spans)

    def _free(self, day: date, site_id: int, start: int, end: int) -> bool:
        return all(end <= a or b <= start for a, b in self.occupied.get((day, site_id), ()))

    def _near_district(self, d: int) -> list[int]:
        found = self._near.get(d)
        if found is None:
            centre = DISTRICTS[d]
            lat0 = 29.66 + centre.north_km / KM_PER_DEG
            lon0 = 106.56 + centre.east_km / (KM_PER_DEG * math.cos(math.radians(29.66)))

            def dist(sid: int) -> float:
                s = self.sites[sid]
                assert s.latitude is not None and s.longitude is not None
                dy = (s.latitude - lat0) * KM_PER_DEG
                dx = (s.longitude - lon0) * KM_PER_DEG * math.cos(math.radians(lat0))
                return math.hypot(dx, dy)

            found = sorted(self.places.visits, key=lambda sid: (dist(sid), sid))
            self._near[d] = found
        return found

    def _restaurants_by(self, site_id: int) -> list[int]:
        found = self._restaurants_near.get(site_id)
        if found is None:
            here = self.sites[site_id]
            found = sorted(self.places.restaurants, key=lambda r: (_km(here, self.sites[r]), r))[:5]
            self._restaurants_near[site_id] = found
        return found

    def who(self, draft: Draft) -> set[int]:
        """Everyone a draft brings."""
        return self.who_of(draft.attendance)

    def who_of(self, attendance: list[Attendance]) -> set[int]:
        """Everyone these attendance entries bring."""
        ids: set[int] = set()
        for a in attendance:
            if a.scope is AttendanceScope.DELEGATION:
                ids |= self.delegation
            elif a.group_id is not None:
                ids.update(self.members[a.group_id])
            elif a.participant_id is not None:
                ids.add(a.participant_id)
        return ids

    # -- one cohort ------------------------------------------------------------------

    def _cohort(self, c: int) -> None:
        rng, team = self.rng, self.teams[c]
        tracks = self.size.tracks
        fixed = self.days * (2 + self.n_hotels) + (self.days - 1) * self.n_hotels
        track_items = self.items_per_cohort - fixed
        n_track_days = tracks * self.days
        base, extra = divmod(track_items, n_track_days)
        bigger = set(rng.sample(range(n_track_days), extra))
        short = {td: rng.choice((1, 4)) for td in rng.sample(range(n_track_days), 3)}
        for d in range(self.days):
            g = c * self.days + d
            day = self.start_date + timedelta(days=g)
            venue = self.places.venues[g % len(self.places.venues)]
            for t, pair in enumerate(self._pairs(d)):
                td = d * tracks + t
                slot = g * tracks + t
                n_int = len(team.interpreters)
                track = TrackDay(
                    day=day,
                    cohort=c,
                    escort=team.escorts[slot % len(team.escorts)],
                    interpreters=(
                        team.interpreters[(2 * slot) % n_int],
                        team.interpreters[(2 * slot + 1) % n_int],
                    ),
                    guide=team.guides[slot % len(team.guides)],
                    group_ids=tuple(team.group_ids[i] for i in pair),
                )
                press = g % 2 == 0 and t == (g // 2) % tracks
                self._track_day(
                    track, pair, team, venue, base + (td in bigger), press, short.get(td)
                )
                self.track_days.append(track)
            self._evening(c, d, day, venue)

    def _pairs(self, d: int) -> list[tuple[int, int]]:
        """Groups that share a coach convoy on day ``d``: pairs within each hotel."""
        out = []
        for h in range(self.n_hotels):
            chunk = list(range(4 * h, min(4 * h + 4, self.size.groups)))
            if len(chunk) == 2:
                out.append((chunk[0], chunk[1]))
                continue
            a, b, c_, e = chunk
            out.extend((((a, b), (c_, e)), ((a, c_), (b, e)), ((a, e), (b, c_)))[d % 3])
        return out

    def _track_day(
        self,
        track: TrackDay,
        pair: tuple[int, int],
        team: Team,
        venue: int,
        k: int,
        press: bool,
        short_leg: int | None,
    ) -> None:
        rng = self.rng
        day = track.day
        weekday = day.weekday()
        hotel = self.places.hotels[pair[0] // 4]
        base = [Attendance(AttendanceScope.GROUP, group_id=g) for g in track.group_ids]
        if press:
            base.append(Attendance(AttendanceScope.GROUP, group_id=team.press_group))
        base += [
            Attendance(AttendanceScope.PERSON, AttendanceRole.HOST, participant_id=track.escort),
            *(
                Attendance(AttendanceScope.PERSON, AttendanceRole.INTERPRETER, participant_id=i)
                for i in track.interpreters
            ),
            Attendance(AttendanceScope.PERSON, AttendanceRole.LEAD, participant_id=track.guide),
        ]
        riders = base + [
            Attendance(AttendanceScope.PERSON, participant_id=team.drivers[g]) for g in pair
        ]
        head_count = len(self.who_of(base))
        for _attempt in range(ATTEMPTS):
            plan = self._plan(day, weekday, hotel, venue, k, head_count, short_leg)
            if plan is not None:
                break
        else:
            raise RuntimeError(f"could not schedule a track on {day}: too few open sites")
        stops, lunch_site, legs, segments, start = plan
        t = start
        places = [hotel, stops[0], stops[1], lunch_site, stops[2], stops[3], venue]
        seg_iter = iter(segments)
        for leg in range(6):
            kind, minutes = legs[leg]
            if kind == "transfer":
                dest = self.sites[places[leg + 1]]
                origin = self.sites[places[leg]]
                track.items.append(
                    self._add(
                        Draft(
                            ItemKind.TRANSFER,
                            f"Transfer to {dest.name}",
                            f"前往{dest.local_name}",
                            None,
                            at(day, t),
                            at(day, t + minutes),
                            list(riders),
                            description=f"By coach from {origin.name}.",
                        )
                    )
                )
            t += minutes
            if leg == 5:
                break
            site_id = places[leg + 1]
            if site_id == lunch_site:
                site = self.sites[site_id]
                lunch = self._add(
                    Draft(
                        ItemKind.MEAL,
                        f"Lunch at {site.name}",
                        f"午餐：{site.local_name}",
                        site_id,
                        at(day, t),
                        at(day, t + LUNCH_MINUTES),
                        list(base),
                    )
                )
                track.items.append(lunch)
                track.lunch = lunch
                self.occupied[(day, site_id)].append((t, t + LUNCH_MINUTES))
                t += LUNCH_MINUTES
                continue
            durations = next(seg_iter)
            stop = Stop(site_id, day, [])
            begin = t
            for (title, local, kind_), minutes_ in zip(
                self._segments(site_id, len(durations)), durations, strict=True
            ):
                site = self.sites[site_id]
                meeting = kind_ is ItemKind.MEETING
                draft = self._add(
                    Draft(
                        kind_,
                        f"{title}: {site.name}",
                        f"{local}：{site.local_name}",
                        site_id,
                        at(day, t),
                        at(day, t + minutes_),
                        list(base),
                        dress_code="Business casual" if meeting else "",
                        pinned=meeting and rng.random() < 0.3,
                        status=ItemStatus.TENTATIVE
                        if rng.random() < 0.03
                        else ItemStatus.CONFIRMED,
                    )
                )
                stop.items.append(draft)
                track.items.append(draft)
                t += minutes_
            self.occupied[(day, site_id)].append((begin, t))
            track.stops.append(stop)
        assert t == BANQUET, (t, BANQUET)
        assert len(track.items) == k, (len(track.items), k)
        if short_leg is not None:
            a = track.stops[0 if short_leg == 1 else 2].items[-1]
            b = track.stops[1 if short_leg == 1 else 3].items[0]
            self.pending.append(
                PendingPlant(
                    Code.TRAVEL_TOO_SHORT, [a, b], note="5 minutes between two sites, no transfer"
                )
            )

    def _plan(
        self,
        day: date,
        weekday: int,
        hotel: int,
        venue: int,
        k: int,
        head_count: int,
        short_leg: int | None,
    ) -> tuple[list[int], int, list[tuple[str, int]], list[list[int]], int] | None:
        """One try at a track's day: sites, legs and segment durations, or None."""
        rng = self.rng
        d = rng.randrange(len(DISTRICTS))
        pool = [
            s
            for s in self._near_district(d)[:14]
            if (self.sites[s].capacity or 10**6) >= head_count and self._opening(s, weekday) != []
        ]
        if len(pool) < 4:
            return None
        picks = rng.sample(pool, 4)
        route = [picks.pop(0)]
        while picks:
            last = self.sites[route[-1]]
            picks.sort(key=lambda s: (_km(last, self.sites[s]), s))
            route.append(picks.pop(0))
        lunch_options = [
            r
            for r in self._restaurants_by(route[1])
            if (self.sites[r].capacity or 10**6) >= head_count
        ]
        if not lunch_options:
            return None
        lunch = rng.choice(lunch_options)
        places = [hotel, route[0], route[1], lunch, route[2], route[3], venue]
        legs: list[tuple[str, int]] = []
        for leg in range(6):
            gap = self._gap(places[leg], places[leg + 1])
            if leg == short_leg:
                legs.append(("gap", 5))
            elif leg in (1, 4) and gap <= 25 and rng.random() < 0.6:
                legs.append(("gap", gap + rng.choice((0, 0, 5))))
            else:
                legs.append(("transfer", gap + rng.choice((0, 5, 10))))
        transfers = sum(1 for kind, _ in legs if kind == "transfer")
        n_seg = k - 1 - transfers
        if n_seg < 4:
            return None
        start = DAY_START + rng.choice((0, 0, 15))
        lunch_start = 12 * 60 + rng.choice((0, 15, 30))
        morning = lunch_start - start - sum(m for _, m in legs[:3])
        afternoon = BANQUET - lunch_start - LUNCH_MINUTES - sum(m for _, m in legs[3:])
        if morning <= 0 or afternoon <= 0:
            return None
        m = min(max(2, round(n_seg * morning / (morning + afternoon))), n_seg - 2)
        a = n_seg - m
        if morning < m * MIN_SEGMENT or afternoon < a * MIN_SEGMENT:
            return None
        counts = []
        for total in (m, a):
            first = total // 2 + (total % 2 if rng.random() < 0.5 else 0)
            counts += [first, total - first]
        # A welcome and a group photo take less time than a tour or a meeting.
        shares = [[0.5 if n > 2 and j in (0, n - 1) else 1.0 for j in range(n)] for n in counts]
        durations = split_minutes(rng, morning, shares[0] + shares[1])
        durations += split_minutes(rng, afternoon, shares[2] + shares[3])
        segments, i = [], 0
        for n in counts:
            segments.append(durations[i : i + n])
            i += n
        # Check opening hours and that no other group is there at the same time.
        t = start
        seg_iter = iter(segments)
        for leg in range(5):
            t += legs[leg][1]
            site_id = places[leg + 1]
            length = LUNCH_MINUTES if site_id == lunch else sum(next(seg_iter))
            if not self._fits(site_id, weekday, t, t + length):
                return None
            if not self._free(day, site_id, t, t + length):
                return None
            t += length
        return route, lunch, legs, segments, start

    def _segments(self, site_id: int, n: int) -> list[Segment]:
        rng = self.rng
        if n == 1:
            return [("Visit", "参观", ItemKind.VISIT)]
        if n == 2:
            return [WELCOME, ("Guided tour", "参观讲解", ItemKind.VISIT)]
        options = list(COMMON) + list(SPECIAL.get(self.sites[site_id].category, ()))
        middle = rng.sample(options, min(n - 2, len(options)))
        while len(middle) < n - 2:
            title, local, kind = rng.choice(options)
            middle.append((f"{title} (continued)", f"{local}（续）", kind))
        return [WELCOME, *middle, PHOTO]

    # -- evenings --------------------------------------------------------------------

    def _evening(self, c: int, d: int, day: date, venue_id: int) -> None:
        team = self.teams[c]
        venue = self.sites[venue_id]
        if team.delegation_group is None:
            everyone = [Attendance(AttendanceScope.DELEGATION)]
        else:
            everyone = [Attendance(AttendanceScope.GROUP, group_id=team.delegation_group)]
        plenary = [
            *everyone,
            Attendance(AttendanceScope.GROUP, group_id=team.press_group),
            Attendance(AttendanceScope.GROUP, AttendanceRole.LEAD, group_id=team.heads_group),
            *(
                Attendance(AttendanceScope.PERSON, AttendanceRole.HOST, participant_id=h)
                for h in team.senior_hosts
            ),
            *(Attendance(AttendanceScope.PERSON, participant_id=s) for s in team.coordinators),
            *(
                Attendance(AttendanceScope.PERSON, AttendanceRole.INTERPRETER, participant_id=i)
                for i in team.interpreters
            ),
        ]
        first, last = d == 0, d == self.days - 1
        if first:
            meal = ("Welcome banquet", "欢迎宴会", "Business attire")
            show: Segment = ("Opening ceremony", "开幕式", ItemKind.CEREMONY)
        elif last:
            meal = ("Farewell banquet", "告别宴会", "Business attire")
            show = ("Closing ceremony", "闭幕式", ItemKind.CEREMONY)
        else:
            meal = ("Dinner", "晚餐", "")
            show = EVENINGS[d % len(EVENINGS)]
        self._add(
            Draft(
                ItemKind.MEAL,
                f"{meal[0]}: {venue.name}",
                f"{meal[1]}：{venue.local_name}",
                venue_id,
                at(day, BANQUET),
                at(day, EVENING),
                list(plenary),
                dress_code=meal[2],
                pinned=True,
            )
        )
        self._add(
            Draft(
                show[2],
                f"{show[0]}: {venue.name}",
                f"{show[1]}：{venue.local_name}",
                venue_id,
                at(day, EVENING),
                at(day, EVENING_END),
                list(plenary),
                dress_code="Business attire" if show[2] is ItemKind.CEREMONY else "",
                pinned=True,
            )
        )
        for h, hotel_id in enumerate(self.places.hotels[: self.n_hotels]):
            hotel = self.sites[hotel_id]
            groups = range(4 * h, min(4 * h + 4, self.size.groups))
            guests = [Attendance(AttendanceScope.GROUP, group_id=team.group_ids[g]) for g in groups]
            if h == 0:
                guests.append(Attendance(AttendanceScope.GROUP, group_id=team.press_group))
            drivers = [
                Attendance(AttendanceScope.PERSON, participant_id=team.drivers[g]) for g in groups
            ]
            arrive = EVENING_END + self._gap(venue_id, hotel_id) + 5
            self._add(
                Draft(
                    ItemKind.TRANSFER,
                    f"Transfer to {hotel.name}",
                    f"返回{hotel.local_name}",
                    None,
                    at(day, EVENING_END),
                    at(day, arrive),
                    guests + drivers,
                    description=f"By coach from {venue.name}.",
                )
            )
            if not last:
                self._add(
                    Draft(
                        ItemKind.ACCOMMODATION,
                        f"Overnight at {hotel.name}",
                        f"入住{hotel.local_name}",
                        hotel_id,
                        at(day, arrive),
                        at(day + timedelta(days=1), CHECKOUT),
                        list(guests),
                    )
                )
