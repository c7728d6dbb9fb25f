"""The page's own words in English and Chinese, and dates written the way each reads them.

Every label is shown in both languages, the reader's first language first, so a
delegate can also show the page to a local driver or host.
"""

from __future__ import annotations

from datetime import date, datetime

from tourplanner.export.pdf.labels import LABELS, Labels

# "zh" without a script is Simplified Chinese to browsers (Blink picks Simplified Han
# fonts for it), and five bytes shorter than "zh-Hans" on every Chinese passage.
EN, ZH = "en", "zh"

WORDS: dict[str, tuple[str, str]] = {
    "now": ("Now", "进行中"),
    "next": ("Next", "下一项"),
    "updated": ("Updated", "更新于"),
    "changed": ("Changed since the last version", "自上一版以来的变更"),
    "contacts": ("On duty", "值班联系人"),
    "lead": ("Tour lead", "领队"),
    "interpreter": ("Interpreter", "翻译"),
    "line24": ("24-hour line", "24小时热线"),
    "emergency": ("Emergency", "紧急电话"),
    "calendar": ("Add to calendar", "添加到日历"),
    "calendar_file": ("Download calendar (.ics)", "下载日历（.ics）"),
    "briefing": ("Download briefing (PDF)", "下载简报（PDF）"),
    "site_briefing": ("Download host briefing (PDF)", "下载接待简报（PDF）"),
    "site_calendar": ("Subscribe to the visits", "订阅来访日程"),
    "ride": ("Your vehicle", "您的车辆"),
    "drive": ("You drive", "您驾驶"),
    "seat": ("Seat", "座位"),
    "driver": ("Driver", "司机"),
    "boarding": ("Board at", "上车地点"),
    "map": ("Map app", "地图"),
    "amap": ("Amap", "高德地图"),
    "osm": ("OpenStreetMap", "OpenStreetMap"),
    "taxi": ("Please take me to this address", "请带我去这个地址"),
    "nothing": ("No programme items yet.", "暂无日程。"),
    "visitors": ("Visitors by precedence", "来访人员（按礼宾顺序）"),
    "people": ("Visitors", "来访人数"),
    "plan": ("To plan for", "需要准备"),
    "dietary": ("Dietary", "饮食"),
    "accessibility": ("Access", "无障碍"),
    "no_needs": ("No dietary or access needs.", "无特殊饮食或无障碍需求。"),
    "languages": ("Languages", "语言"),
    "interpreters": ("Interpreters", "翻译"),
    "your_needs": ("Your requirements", "您的特殊需求"),
    "files": ("Calendar and briefing", "日历和简报"),
    "places": ("Places and directions", "地点与路线"),
    "nav": ("Sections", "栏目"),
    "earlier": ("Show earlier days", "显示之前的日程"),
    "nav_visitors": ("Visitors", "来访人员"),
    "nav_calls": ("Call", "电话"),
    "nav_files": ("Calendar", "日历"),
}

_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def pair(key: str) -> tuple[str, str]:
    """(English, Chinese) of a label: the page's own, else the briefings' (one wording
    for the same thing in the PDF and on the phone)."""
    return WORDS.get(key) or LABELS[key]


def words(key: str, lang: str) -> str:
    """A label in one language (``EN`` or ``ZH``)."""
    en, zh = pair(key)
    return zh if lang == ZH else en


def day_heading(day: date, lang: str) -> str:
    """'Saturday 27 March 2021' or '2021年3月27日 星期六', as in the briefings."""
    return Labels("zh" if lang == ZH else "en").day(day)


def stamp(moment: datetime, lang: str) -> str:
    """'7 December 2026, 14:05' or '2026年12月7日 14:05' (in the moment's own zone)."""
    if lang == ZH:
        return f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M}"
    return f"{moment.day} {_MONTHS_EN[moment.month - 1]} {moment.year}, {moment:%H:%M}"
