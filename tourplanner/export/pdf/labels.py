"""The words printed around the tour's own data, in English, Chinese or both.

Only labels are translated: titles, names and descriptions print as the organiser
entered them (with the Chinese title beside the English one where there is one).
"""

from __future__ import annotations

from datetime import date, datetime

from tourplanner.core.enums import ItemKind, ParticipantRole, SiteCategory
from tourplanner.core.languages import language_name
from tourplanner.core.problems import title

# key: (English, Chinese)
LABELS: dict[str, tuple[str, str]] = {
    "delegate_briefing": ("Delegate briefing", "代表行程手册"),
    "booklet": ("Delegation programme", "代表团日程手册"),
    "host_briefing": ("Host briefing", "接待方简报"),
    "runsheet": ("Run sheet", "工作运行表"),
    "prepared_for": ("Prepared for", "致"),
    "contents": ("Contents", "目录"),
    "itinerary": ("Your programme", "您的日程"),
    "programme": ("Programme", "日程"),
    "not_on_sketch": ("Not on the sketch (no coordinates)", "未标注（无坐标）"),
    "where": ("Where", "地点"),
    "host": ("Host", "接待"),
    "hosts": ("Hosts", "接待人员"),
    "dress": ("Dress code", "着装"),
    "with": ("With", "参加"),
    "next": ("Next", "下一站"),
    "organiser_time": ("organiser's estimate", "主办方估算"),
    "unknown_travel": ("travel time unknown", "行程时间未知"),
    "tentative": ("Tentative", "待定"),
    "cancelled": ("Cancelled", "已取消"),
    "sites": ("Places you visit", "参访地点"),
    "all_sites": ("Places", "参访地点"),
    "key_facts": ("Key facts", "要点"),
    "contact": ("On-site contact", "现场联系人"),
    "via_office": ("other details via the tour office", "其他联系方式请经活动办公室"),
    "whos_who": ("Who's who", "人员名录"),
    "delegation": ("Delegation", "代表团"),
    "team": ("Hosts and tour team", "接待及工作人员"),
    "name": ("Name", "姓名"),
    "title": ("Title", "职务"),
    "organisation": ("Organisation", "单位"),
    "practical": ("Practical information", "实用信息"),
    "hotel": ("Hotel", "酒店"),
    "nights": ("Nights", "入住"),
    "organiser": ("Organiser", "主办方"),
    "emergency": ("Emergency", "紧急联系"),
    "meeting_point": ("Meeting point", "集合地点"),
    "weather": ("Weather", "天气"),
    "bring": ("Bring", "请携带"),
    "local_emergency": ("Local emergency numbers", "当地紧急电话"),
    "your_details": ("Your requirements on file", "您登记的需求"),
    "dietary": ("Dietary", "饮食"),
    "accessibility": ("Accessibility", "无障碍需求"),
    "none_recorded": ("none recorded", "无"),
    "calendar": ("Your programme online", "您的在线日程"),
    "calendar_note": (
        "Scan to open your programme on your phone: always current, with your calendar "
        "and this briefing.",
        "扫码在手机上查看您的日程：随时更新，并可添加日历、下载本简报。",
    ),
    "site_page": ("The visits online", "在线接待日程"),
    "site_page_note": (
        "Scan to open the visits to your site: always current, with their calendar and "
        "this briefing.",
        "扫码查看来访日程：随时更新，并可添加日历、下载本简报。",
    ),
    "visits": ("Visits", "来访安排"),
    "arrival": ("Arrival", "抵达"),
    "until": ("Until", "结束"),
    "visit": ("Visit", "活动"),
    "people": ("People", "人数"),
    "visitors": ("Visitors, by order of precedence", "来宾名单（按礼宾次序）"),
    "languages": ("Languages", "语言"),
    "interpreters": ("Interpreters", "翻译"),
    "tour_interpreters": ("Tour interpreters", "随团翻译"),
    "site_profile": ("About the site", "地点简介"),
    "needs": ("Dietary and accessibility needs", "饮食及无障碍需求"),
    "no_needs": ("No dietary or accessibility needs recorded.", "无登记的饮食或无障碍需求。"),
    "none": ("none", "无"),
    "time": ("Time", "时间"),
    "item": ("Item", "事项"),
    "responsible": ("Responsible", "负责人"),
    "transport": ("Transport", "交通"),
    "notes": ("Notes", "备注"),
    "contacts": ("Contacts", "通讯录"),
    "site_contacts": ("Site contacts", "地点联系人"),
    "phone": ("Phone", "电话"),
    "email": ("Email", "邮箱"),
    "role": ("Role", "角色"),
    "problems": ("Open problems", "待解决问题"),
    "severity": ("Severity", "级别"),
    "code": ("Code", "代码"),
    "problem": ("Problem", "问题"),
    "details": ("Details", "详情"),
    "no_problems": ("No problems found.", "未发现问题。"),
    "error": ("Error", "错误"),
    "warning": ("Warning", "提醒"),
    "lead": ("Lead", "负责"),
    "interpreter": ("Interpreter", "翻译"),
    "from": ("from", "自"),
    "everyone": ("Whole delegation", "全体代表"),
    # On the day (issue 15): transport, whom to call, taxi cards.
    "on_duty": ("On duty", "值班联系人"),
    "tour_lead": ("Tour lead", "领队"),
    "hotline": ("24-hour line", "24小时热线"),
    "your_vehicle": ("Your vehicle", "您的车辆"),
    "plate": ("plate", "车牌"),
    "seat": ("Seat", "座位"),
    "seat_reserved": ("reserved in your name", "已为您预留"),
    "driver": ("Driver", "司机"),
    "board": ("Board", "上车"),
    "no_seat": (
        "No seat is assigned to you on this transfer: ask the tour lead.",
        "此行程尚未为您安排座位，请联系领队。",
    ),
    "vehicles": ("Vehicles", "车辆"),
    "taxi_cards": ("Taxi cards", "出租车卡片"),
    "taxi_note": (
        "Cut out a card and show it to the driver. The QR code opens the place in the map app.",
        "剪下卡片出示给司机。扫描二维码可在地图应用中打开该地点。",
    ),
    "take_me": ("Please take me to", "请送我到"),
    "no_local_address": ("no address in the local script on file", "无当地文字地址"),
    "illustrative": (
        "Sample data: some details are illustrative.",
        "示例数据：部分信息为示意。",
    ),
}

KINDS: dict[ItemKind, tuple[str, str]] = {
    ItemKind.VISIT: ("Visit", "参观"),
    ItemKind.MEETING: ("Meeting", "会见"),
    ItemKind.MEAL: ("Meal", "用餐"),
    ItemKind.TRANSFER: ("Transfer", "交通"),
    ItemKind.CEREMONY: ("Ceremony", "仪式"),
    ItemKind.FREE_TIME: ("Free time", "自由活动"),
    ItemKind.ACCOMMODATION: ("Hotel", "住宿"),
}

ROLES: dict[ParticipantRole, tuple[str, str]] = {
    ParticipantRole.DELEGATE: ("Delegate", "代表"),
    ParticipantRole.HOST: ("Host", "接待方"),
    ParticipantRole.INTERPRETER: ("Interpreter", "翻译"),
    ParticipantRole.ORGANISER: ("Organiser", "组织者"),
    ParticipantRole.STAFF: ("Staff", "工作人员"),
    ParticipantRole.MEDIA: ("Media", "媒体"),
    ParticipantRole.DRIVER: ("Driver", "司机"),
    ParticipantRole.SECURITY: ("Security", "安保"),
}

CATEGORIES: dict[SiteCategory, tuple[str, str]] = {
    SiteCategory.PARK: ("Park", "公园"),
    SiteCategory.INNOVATION_ZONE: ("Innovation zone", "创新区"),
    SiteCategory.EXHIBITION_CENTRE: ("Exhibition centre", "展览中心"),
    SiteCategory.RESEARCH_INSTITUTE: ("Research institute", "研究机构"),
    SiteCategory.HOTEL: ("Hotel", "酒店"),
    SiteCategory.RESTAURANT: ("Restaurant", "餐厅"),
    SiteCategory.AIRPORT: ("Airport", "机场"),
    SiteCategory.OTHER: ("Place", "地点"),
}

_WEEKDAYS_ZH = "一二三四五六日"
# Spelled out here rather than with strftime, which follows the process locale.
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


class Labels:
    """Labels and dates in one of ``en``, ``zh`` or ``both`` (English, then Chinese)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def pick(self, pair: tuple[str, str], sep: str = " ") -> str:
        en, zh = pair
        if self.lang == "en":
            return en
        if self.lang == "zh":
            return zh
        return f"{en}{sep}{zh}"

    def __call__(self, key: str, sep: str = " ") -> str:
        return self.pick(LABELS[key], sep)

    def seat(self, label: str) -> str:
        """A vehicle seat by its label: 'Seat 12' / '座位 12' / 'Seat 12 · 座位 12'."""
        en, zh = LABELS["seat"]
        return self.pick((f"{en} {label}", f"{zh} {label}"), " · ")

    def kind(self, kind: str) -> str:
        return self.pick(KINDS[ItemKind(kind)])

    def role(self, role: str) -> str:
        return self.pick(ROLES[ParticipantRole(role)])

    def problem(self, code: str) -> str:
        """A kind of problem in words: 'Travel too short'."""
        return self.pick((title(code, "en"), title(code, "zh_CN")))

    def category(self, category: str) -> str:
        return self.pick(CATEGORIES[SiteCategory(category)])

    def language(self, code: str) -> str:
        """'Portuguese (Brazil)' / '葡萄牙语（巴西）' / both, for any tag CLDR names."""
        en, zh = language_name(code, "en"), language_name(code, "zh")
        return en if en == zh else self.pick((en, zh), "/")

    def day(self, value: date) -> str:
        """Saturday 27 March 2021 / 2021年3月27日 星期六 / both."""
        en = f"{_WEEKDAYS[value.weekday()]} {value.day} {_MONTHS[value.month - 1]} {value.year}"
        zh = f"{value.year}年{value.month}月{value.day}日 星期{_WEEKDAYS_ZH[value.weekday()]}"
        return self.pick((en, zh), " · ")

    def short_day(self, value: date) -> str:
        """Sat 27 Mar, or 3月27日（六） in Chinese (inline, so not doubled when bilingual)."""
        en = f"{_WEEKDAYS[value.weekday()][:3]} {value.day} {_MONTHS[value.month - 1][:3]}"
        zh = f"{value.month}月{value.day}日（{_WEEKDAYS_ZH[value.weekday()]}）"
        return zh if self.lang == "zh" else en

    def dates(self, start: date, end: date) -> str:
        """27–28 March 2021 / 2021年3月27日至28日 / both."""
        m0, m1 = _MONTHS[start.month - 1], _MONTHS[end.month - 1]
        if start == end:
            en = f"{start.day} {m0} {start.year}"
        elif (start.year, start.month) == (end.year, end.month):
            en = f"{start.day}–{end.day} {m1} {end.year}"
        elif start.year == end.year:
            en = f"{start.day} {m0} – {end.day} {m1} {end.year}"
        else:
            en = f"{start.day} {m0} {start.year} – {end.day} {m1} {end.year}"
        if start == end:
            zh = f"{start.year}年{start.month}月{start.day}日"
        elif start.year == end.year and start.month == end.month:
            zh = f"{start.year}年{start.month}月{start.day}日至{end.day}日"
        elif start.year == end.year:
            zh = f"{start.year}年{start.month}月{start.day}日至{end.month}月{end.day}日"
        else:
            zh = f"{start.year}年{start.month}月{start.day}日至{end.year}年{end.month}月{end.day}日"
        return self.pick((en, zh), " · ")

    def clock(self, start: datetime, end: datetime) -> str:
        """09:30–10:15, with (+1) when the end falls on a later day."""
        later = (end.date() - start.date()).days
        suffix = f" (+{later})" if later > 0 else ""
        return f"{start:%H:%M}–{end:%H:%M}{suffix}"

    def minutes(self, value: float) -> str:
        """'1 h 05 min' or '25 min' (Chinese: '1小时5分', '25分钟'); not doubled."""
        whole = round(value)
        if self.lang == "zh":
            return f"{whole // 60}小时{whole % 60}分" if whole >= 60 else f"{whole}分钟"
        return f"{whole // 60} h {whole % 60:02d} min" if whole >= 60 else f"{whole} min"
