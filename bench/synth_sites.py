"""Synthetic sites for the benchmark tours: districts of a ~40 km city area in Chongqing.

Sites cluster in districts, as they do in a real city, so a group's day can stay in one
part of town. Hotels and banquet venues sit in the central district. Opening hours follow
the kind of place (offices closed at weekends, museums on Mondays, restaurants with a
lunch and a dinner service); hotels and the airport are always open.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import time

from tourplanner.core.enums import CoordinateSource, GeocodeStatus, SiteCategory
from tourplanner.core.model import OpeningInterval, Site

CENTRE = (29.66, 106.56)  # Jiangbeizui / Liangjiang New Area, Chongqing
KM_PER_DEG = 111.2


@dataclass(frozen=True)
class District:
    """A part of town; its centre in km east and north of CENTRE."""

    key: str
    name: str
    local_name: str
    east_km: float
    north_km: float


DISTRICTS = (
    District("jiangbeizui", "Jiangbeizui", "江北嘴", 0.0, 0.0),
    District("lijia", "Lijia", "礼嘉", -5.0, 9.0),
    District("yuelai", "Yuelai", "悦来", -11.0, 14.0),
    District("shuitu", "Shuitu", "水土", -4.0, 18.0),
    District("konggang", "Konggang", "空港", 6.0, 15.0),
    District("renhe", "Renhe", "人和", 3.0, 7.0),
    District("longsheng", "Longsheng", "龙盛", 14.0, 10.0),
    District("yufu", "Yufu", "鱼复", 17.0, -2.0),
    District("guojiatuo", "Guojiatuo", "郭家沱", 10.0, -8.0),
    District("cuiyun", "Cuiyun", "翠云", -9.0, 3.0),
)

# (English, Chinese) name parts per kind of visit site.
VISIT_KINDS: dict[SiteCategory, tuple[tuple[str, str], ...]] = {
    SiteCategory.PARK: (
        ("Wetland Park", "湿地公园"),
        ("Forest Park", "森林公园"),
        ("Riverside Park", "滨江公园"),
        ("Central Park", "中央公园"),
        ("Lakeside Park", "湖滨公园"),
        ("Botanical Garden", "植物园"),
    ),
    SiteCategory.INNOVATION_ZONE: (
        ("Smart Park", "智慧园"),
        ("Innovation Hub", "创新中心"),
        ("Digital Economy Park", "数字经济产业园"),
        ("Start-up Incubator", "创业孵化器"),
        ("Science Valley", "科学谷"),
    ),
    SiteCategory.EXHIBITION_CENTRE: (
        ("Exhibition Centre", "展览中心"),
        ("Planning Exhibition Hall", "规划展览馆"),
        ("Trade Centre", "贸易中心"),
        ("Museum of Industry", "工业博物馆"),
        ("Expo Hall", "博览馆"),
    ),
    SiteCategory.RESEARCH_INSTITUTE: (
        ("Institute of Intelligent Sensing", "智能传感研究院"),
        ("Advanced Materials Institute", "先进材料研究院"),
        ("AI Research Centre", "人工智能研究中心"),
        ("Logistics Research Institute", "物流研究院"),
        ("Institute of Green Energy", "绿色能源研究院"),
    ),
    SiteCategory.OTHER: (
        ("Auto Plant", "汽车工厂"),
        ("Logistics Hub", "物流园"),
        ("Community Centre", "社区中心"),
        ("Cultural Centre", "文化中心"),
        ("Port Terminal", "港口码头"),
        ("Experimental School", "实验学校"),
    ),
}
RESTAURANTS = (
    ("Hotpot House", "火锅店"),
    ("Noodle House", "面馆"),
    ("Riverside Restaurant", "滨江餐厅"),
    ("Staff Canteen", "职工食堂"),
    ("Teahouse Restaurant", "茶餐厅"),
    ("Jianghu Kitchen", "江湖菜馆"),
)
HALLS = (
    ("Grand Banquet Hall", "宴会厅"),
    ("International Conference Centre", "国际会议中心"),
    ("Yangtze Pavilion", "长江阁"),
)
HOTELS = (
    ("International Hotel", "国际酒店"),
    ("Riverside Hotel", "滨江酒店"),
    ("Grand Hotel", "大酒店"),
    ("Garden Hotel", "花园酒店"),
)
SURNAMES = (
    ("Wang", "王"),
    ("Li", "李"),
    ("Zhang", "张"),
    ("Liu", "刘"),
    ("Chen", "陈"),
    ("Yang", "杨"),
    ("Huang", "黄"),
    ("Zhao", "赵"),
    ("Wu", "吴"),
    ("Zhou", "周"),
    ("Xu", "徐"),
    ("Sun", "孙"),
    ("Ma", "马"),
    ("Zhu", "朱"),
    ("Hu", "胡"),
    ("Guo", "郭"),
    ("He", "何"),
    ("Lin", "林"),
    ("Luo", "罗"),
    ("Tang", "唐"),
)
GIVEN = (
    ("Wei", "伟"),
    ("Fang", "芳"),
    ("Min", "敏"),
    ("Jing", "静"),
    ("Lei", "磊"),
    ("Yang", "洋"),
    ("Yan", "艳"),
    ("Jie", "杰"),
    ("Tao", "涛"),
    ("Ming", "明"),
    ("Chao", "超"),
    ("Xiu", "秀"),
    ("Hua", "华"),
    ("Ping", "平"),
    ("Hui", "慧"),
    ("Lan", "兰"),
    ("Jun", "军"),
    ("Yun", "云"),
    ("Qiang", "强"),
    ("Xin", "欣"),
    ("Hong", "红"),
    ("Bo", "波"),
    ("Jiayi", "佳怡"),
    ("Zihan", "子涵"),
    ("Haoran", "浩然"),
    ("Yuxuan", "雨轩"),
)

WEEK = range(7)
MON_FRI = range(5)
MON_SAT = range(6)
TUE_SUN = range(1, 7)

Hours = tuple[OpeningInterval, ...]


def hours(days: range | tuple[int, ...], *spans: str) -> Hours:
    """Opening intervals: the same spans ('09:00-17:30') on each of ``days`` (0 = Monday)."""
    out = []
    for day in days:
        for span in spans:
            a, b = span.split("-")
            out.append(OpeningInterval(day, time.fromisoformat(a), time.fromisoformat(b)))
    return tuple(out)


# Opening-hour patterns per kind, with weights; several are closed on some weekday.
HOUR_PATTERNS: dict[SiteCategory, tuple[tuple[float, Hours], ...]] = {
    SiteCategory.PARK: ((3, hours(WEEK, "06:00-22:00")), (1, hours(WEEK, "07:00-21:00"))),
    SiteCategory.INNOVATION_ZONE: (
        (2, hours(MON_SAT, "08:00-18:30")),
        (1, hours(MON_FRI, "08:00-18:30")),
    ),
    SiteCategory.EXHIBITION_CENTRE: (
        (2, hours(TUE_SUN, "08:30-18:30")),
        (1, hours(WEEK, "08:00-20:00")),
    ),
    SiteCategory.RESEARCH_INSTITUTE: (
        (2, hours(MON_FRI, "08:00-18:00")),
        (1, hours(MON_FRI, "08:30-12:00", "13:30-17:30")),
        (1, hours(MON_SAT, "08:00-17:30")),
    ),
    SiteCategory.OTHER: ((2, hours(MON_SAT, "08:00-18:00")), (1, hours(WEEK, "08:00-18:30"))),
}
RESTAURANT_HOURS = (
    (3, hours(WEEK, "10:30-14:30", "17:00-22:30")),
    (1, hours(TUE_SUN, "10:30-14:30", "17:00-22:30")),
)
HALL_HOURS = hours(WEEK, "10:00-14:30", "17:00-23:00")

# Capacity ranges (people at one item); None: open space without a limit.
CAPACITY: dict[SiteCategory, tuple[int, int] | None] = {
    SiteCategory.PARK: None,
    SiteCategory.INNOVATION_ZONE: (80, 300),
    SiteCategory.EXHIBITION_CENTRE: (150, 800),
    SiteCategory.RESEARCH_INSTITUTE: (40, 160),
    SiteCategory.OTHER: (60, 300),
}


@dataclass
class Places:
    """The sites of a tour, and what the scheduler uses them for."""

    sites: tuple[Site, ...]
    hotels: list[int]  # where the delegation sleeps (one per four groups)
    venues: list[int]  # banquet halls and ballrooms for the evening plenaries
    restaurants: list[int]  # lunch places, all over town
    visits: list[int]  # parks, innovation zones, exhibitions, institutes, plants
    district_of: dict[int, int] = field(default_factory=dict)
    by_id: dict[int, Site] = field(default_factory=dict)


def person_name(rng: random.Random) -> tuple[str, str]:
    """A Chinese name in pinyin (surname first) and in characters."""
    s, s_zh = rng.choice(SURNAMES)
    g, g_zh = rng.choice(GIVEN)
    return f"{s} {g}", f"{s_zh}{g_zh}"


def _weighted(rng: random.Random, options: tuple[tuple[float, Hours], ...]) -> Hours:
    return rng.choices([o[1] for o in options], weights=[o[0] for o in options])[0]


def _position(rng: random.Random, district: District, spread_km: float) -> tuple[float, float]:
    east = district.east_km + rng.gauss(0, spread_km)
    north = district.north_km + rng.gauss(0, spread_km)
    east, north = max(-20.0, min(20.0, east)), max(-20.0, min(20.0, north))
    lat = CENTRE[0] + north / KM_PER_DEG
    lon = CENTRE[1] + east / (KM_PER_DEG * math.cos(math.radians(CENTRE[0])))
    return round(lat, 5), round(lon, 5)


@dataclass
class _Spec:
    key: str
    name: str
    local_name: str
    category: SiteCategory
    use: str  # hotel, venue, restaurant, visit or "" (not scheduled)
    district: int
    hours: Hours = ()
    capacity: int | None = None
    coords: tuple[float, float] | None = None


def make_places(rng: random.Random, total: int, accommodation_hotels: int, cohorts: int) -> Places:
    """``total`` sites: hotels, banquet venues, restaurants and visit sites, ids 1..total in
    key order, tour id 1."""
    n_hotels = accommodation_hotels + 2 * cohorts
    n_halls = 2 * cohorts + 1
    n_unplaced = cohorts  # sites whose address the geocoder could not find yet
    n_restaurants = round(0.2 * total)
    n_visits = total - n_hotels - n_halls - 1 - n_unplaced - n_restaurants
    if n_visits < 12:
        raise ValueError(f"{total} sites are too few for a tour")
    specs: list[_Spec] = []
    names: dict[str, int] = {}
    centre = DISTRICTS[0]

    def add(name: str, local: str, category: SiteCategory, use: str, district: int) -> _Spec:
        seen = names.get(name, 0)
        names[name] = seen + 1
        if seen:
            name, local = f"{name} No. {seen + 1}", f"{local}{seen + 1}号"
        kind = category.value.replace("_", "-")
        key = f"{DISTRICTS[district].key}-{kind}-{len(specs) + 1:03d}"
        spec = _Spec(key, name, local, category, use, district)
        specs.append(spec)
        return spec

    for i in range(n_hotels):
        en, zh = HOTELS[i % len(HOTELS)]
        use = "hotel" if i < accommodation_hotels else "venue"  # a ballroom for plenaries
        s = add(f"{centre.name} {en}", f"{centre.local_name}{zh}", SiteCategory.HOTEL, use, 0)
        s.capacity = rng.randrange(260, 400, 10) if use == "hotel" else 600
        s.coords = _position(rng, centre, 1.5)
    for i in range(n_halls):
        en, zh = HALLS[i % len(HALLS)]
        s = add(f"Liangjiang {en}", f"两江{zh}", SiteCategory.RESTAURANT, "venue", 0)
        s.hours, s.capacity = HALL_HOURS, rng.randrange(500, 900, 50)
        s.coords = _position(rng, centre, 2.0)
    airport = add(
        "Chongqing Jiangbei International Airport", "重庆江北国际机场", SiteCategory.AIRPORT, "", 4
    )
    airport.coords = (29.71917, 106.64167)
    for i in range(n_unplaced):
        d = 1 + i % (len(DISTRICTS) - 1)
        district = DISTRICTS[d]
        add(
            f"{district.name} Community Culture Station",
            f"{district.local_name}社区文化站",
            SiteCategory.OTHER,
            "",
            d,
        )
    for i in range(n_restaurants):
        d = i % len(DISTRICTS)
        en, zh = rng.choice(RESTAURANTS)
        district = DISTRICTS[d]
        s = add(
            f"{district.name} {en}",
            f"{district.local_name}{zh}",
            SiteCategory.RESTAURANT,
            "restaurant",
            d,
        )
        s.hours, s.capacity = _weighted(rng, RESTAURANT_HOURS), rng.randrange(80, 260, 10)
        s.coords = _position(rng, district, 1.8)
    categories = list(VISIT_KINDS)
    for i in range(n_visits):
        d = i % len(DISTRICTS)
        category = categories[(i // len(DISTRICTS)) % len(categories)]
        en, zh = rng.choice(VISIT_KINDS[category])
        district = DISTRICTS[d]
        s = add(f"{district.name} {en}", f"{district.local_name}{zh}", category, "visit", d)
        s.hours = _weighted(rng, HOUR_PATTERNS[category])
        span = CAPACITY[category]
        s.capacity = None if span is None else rng.randrange(span[0], span[1], 10)
        s.coords = _position(rng, district, 1.8)

    specs.sort(key=lambda s: s.key)
    places = Places((), [], [], [], [])
    sites = []
    for sid, spec in enumerate(specs, start=1):
        sites.append(_site(rng, sid, spec))
        places.district_of[sid] = spec.district
        uses = {
            "hotel": places.hotels,
            "venue": places.venues,
            "restaurant": places.restaurants,
            "visit": places.visits,
        }
        if spec.use in uses:
            uses[spec.use].append(sid)
    places.sites = tuple(sites)
    places.by_id = {s.id: s for s in sites}
    return places


def _site(rng: random.Random, sid: int, spec: _Spec) -> Site:
    district = DISTRICTS[spec.district]
    contact, _ = person_name(rng)
    if spec.coords is None:
        lat = lon = None
        source, status, message = None, GeocodeStatus.NOT_FOUND, "no match for the address"
    else:
        lat, lon = spec.coords
        source, status, message = CoordinateSource.GAZETTEER, GeocodeStatus.FOUND, ""
    facts: tuple[str, ...] = ()
    if spec.use == "visit" and rng.random() < 0.5:
        facts = (f"Opened in {rng.randrange(2008, 2021)}.",)
    return Site(
        id=sid,
        tour_id=1,
        key=spec.key,
        name=spec.name,
        local_name=spec.local_name,
        category=spec.category,
        address=f"{district.name}, Liangjiang New Area, Chongqing, China",
        # In the local script and order, as a taxi driver reads it (a made-up number).
        local_address=f"重庆市两江新区{district.local_name}大道{sid % 300 + 1}号",
        meeting_point="Main entrance",
        local_meeting_point="正门",
        latitude=lat,
        longitude=lon,
        coord_source=source,
        coord_approximate=spec.coords is not None,
        timezone=None,
        opening_hours=spec.hours,
        capacity=spec.capacity,
        contact_name=contact,
        contact_phone=f"+86 23 5555 {sid:04d}",
        contact_email=f"visits@{spec.key}.example.com",
        description=f"Synthetic {spec.category.value.replace('_', ' ')} for benchmarks.",
        key_facts=facts,
        illustrative=True,
        version=1,
        geocode_status=status,
        geocode_message=message,
    )
