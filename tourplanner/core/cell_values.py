"""Reading one spreadsheet cell as a value of the domain: roles, site categories, yes/no,
numbers, keys. Each reader returns the value or raises ValueError with a reason a user can
act on. Languages are read by core.languages, contacts by core.contacts.
"""

from __future__ import annotations

import math
import re
import unicodedata

from tourplanner.core.enums import ParticipantRole, SiteCategory
from tourplanner.core.i18n import Context
from tourplanner.core.text_checks import shown

Errors = Context("Errors")  # the catalogue context of messages people read

KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
# Characters that make a spreadsheet treat a cell as a formula; exports put a ' in front
# (see tourplanner.export.sheets), and imports take it off again.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_ROLE_WORDS: dict[str, ParticipantRole] = {
    **{r.value: r for r in ParticipantRole},
    "guest": ParticipantRole.DELEGATE, "member": ParticipantRole.DELEGATE,
    "delegation": ParticipantRole.DELEGATE, "代表": ParticipantRole.DELEGATE,
    "团员": ParticipantRole.DELEGATE, "嘉宾": ParticipantRole.DELEGATE,
    "代表团成员": ParticipantRole.DELEGATE, "外宾": ParticipantRole.DELEGATE,
    "host": ParticipantRole.HOST, "接待": ParticipantRole.HOST, "接待方": ParticipantRole.HOST,
    "东道主": ParticipantRole.HOST, "主人": ParticipantRole.HOST,
    "translator": ParticipantRole.INTERPRETER, "翻译": ParticipantRole.INTERPRETER,
    "口译": ParticipantRole.INTERPRETER, "译员": ParticipantRole.INTERPRETER,
    "organizer": ParticipantRole.ORGANISER, "tour leader": ParticipantRole.ORGANISER,
    "组织者": ParticipantRole.ORGANISER, "主办方": ParticipantRole.ORGANISER,
    "领队": ParticipantRole.ORGANISER, "工作人员": ParticipantRole.STAFF,
    "随行人员": ParticipantRole.STAFF, "press": ParticipantRole.MEDIA,
    "journalist": ParticipantRole.MEDIA, "photographer": ParticipantRole.MEDIA,
    "媒体": ParticipantRole.MEDIA, "记者": ParticipantRole.MEDIA, "摄影": ParticipantRole.MEDIA,
    "摄影师": ParticipantRole.MEDIA, "司机": ParticipantRole.DRIVER,
    "驾驶员": ParticipantRole.DRIVER, "安保": ParticipantRole.SECURITY,
    "保安": ParticipantRole.SECURITY, "安保人员": ParticipantRole.SECURITY,
}  # fmt: skip

_CATEGORY_WORDS: dict[str, SiteCategory] = {
    **{c.value.replace("_", " "): c for c in SiteCategory},
    "exhibition center": SiteCategory.EXHIBITION_CENTRE, "museum": SiteCategory.EXHIBITION_CENTRE,
    "institute": SiteCategory.RESEARCH_INSTITUTE, "university": SiteCategory.RESEARCH_INSTITUTE,
    "公园": SiteCategory.PARK, "园区": SiteCategory.INNOVATION_ZONE,
    "创新区": SiteCategory.INNOVATION_ZONE, "协同创新区": SiteCategory.INNOVATION_ZONE,
    "展览中心": SiteCategory.EXHIBITION_CENTRE, "展馆": SiteCategory.EXHIBITION_CENTRE,
    "会展中心": SiteCategory.EXHIBITION_CENTRE, "博物馆": SiteCategory.EXHIBITION_CENTRE,
    "研究院": SiteCategory.RESEARCH_INSTITUTE, "研究所": SiteCategory.RESEARCH_INSTITUTE,
    "大学": SiteCategory.RESEARCH_INSTITUTE, "酒店": SiteCategory.HOTEL,
    "宾馆": SiteCategory.HOTEL, "饭店": SiteCategory.HOTEL, "餐厅": SiteCategory.RESTAURANT,
    "餐馆": SiteCategory.RESTAURANT, "酒楼": SiteCategory.RESTAURANT,
    "机场": SiteCategory.AIRPORT, "其他": SiteCategory.OTHER,
}  # fmt: skip

_TRUE = {"yes", "y", "true", "t", "1", "x", "✓", "✔", "是", "对", "有", "vip"}
_FALSE = {"no", "n", "false", "f", "0", "否", "不是", "无", "没有"}
_LIST_SEPARATORS = re.compile(r"[;,，；、/\n]+")


def words(text: str) -> str:
    """Case, width and spacing folded, for matching a cell against a vocabulary."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().replace("-", " ").split())


def clean(text: str) -> str:
    """A cell as a value: outer spaces off, and the ' an export puts before a formula-like
    text taken off again."""
    value = text.strip()
    if len(value) > 1 and value[0] == "'" and value[1] in FORMULA_STARTS:
        value = value[1:]
    return value


def one_line(text: str) -> str:
    """Names and titles: inner runs of spaces and line breaks become one space."""
    return " ".join(text.split())


def role(text: str) -> ParticipantRole:
    found = _ROLE_WORDS.get(words(text)) or _ROLE_WORDS.get(words(text).replace(" ", "_"))
    if found is None:
        allowed = ", ".join(r.value for r in ParticipantRole)
        raise ValueError(
            Errors.tr("unknown role {text!r} (expected one of: {allowed})").format(
                text=text, allowed=allowed
            )
        )
    return found


def category(text: str) -> SiteCategory:
    found = _CATEGORY_WORDS.get(words(text).replace("_", " "))
    if found is None:
        allowed = ", ".join(c.value for c in SiteCategory)
        raise ValueError(
            Errors.tr("unknown category {text!r} (expected one of: {allowed})").format(
                text=text, allowed=allowed
            )
        )
    return found


def flag(text: str) -> bool:
    value = words(text)
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValueError(Errors.tr("{text!r} is not yes or no").format(text=text))


def whole_number(text: str, minimum: int, maximum: int) -> int:
    """A whole number from ``minimum`` to ``maximum`` ('12', '1,200', '30.0')."""
    value = unicodedata.normalize("NFKC", text).strip().replace(",", "")
    if re.fullmatch(r"[0-9]+(\.0+)?", value):
        digits = value.split(".")[0].lstrip("0") or "0"
        # Compared by length first: thousands of digits would trip Python's
        # int-conversion limit, and no field takes more digits than its maximum has.
        if len(digits) <= len(str(maximum)):
            number = int(digits)
            if minimum <= number <= maximum:
                return number
        if len(digits) > 24:
            written = Errors.tr("a number with {digits} digits").format(digits=len(digits))
            raise ValueError(
                Errors.tr("{written} is not a whole number from {minimum} to {maximum}").format(
                    written=written, minimum=minimum, maximum=maximum
                )
            )
    raise ValueError(
        Errors.tr("{value} is not a whole number from {minimum} to {maximum}").format(
            value=shown(text.strip()), minimum=minimum, maximum=maximum
        )
    )


def decimal(text: str, minimum: float, maximum: float) -> float:
    """A finite number from ``minimum`` to ``maximum``."""
    value = unicodedata.normalize("NFKC", text).strip()
    try:
        number = float(value)
    except ValueError:
        raise ValueError(
            Errors.tr("{value} is not a number").format(value=shown(text.strip()))
        ) from None
    if not math.isfinite(number):
        raise ValueError(
            Errors.tr("{value} is not a finite number").format(value=shown(text.strip()))
        )
    if not minimum <= number <= maximum:
        raise ValueError(
            Errors.tr("{value} is out of range ({minimum} to {maximum})").format(
                value=shown(text.strip()), minimum=minimum, maximum=maximum
            )
        )
    return number


def split_list(text: str) -> list[str]:
    """'zh, en' / 'A组；媒体组' / one per line -> the parts, blanks dropped."""
    return [p.strip() for p in _LIST_SEPARATORS.split(text) if p.strip()]


def key(text: str) -> str:
    value = text.strip()
    if not KEY_PATTERN.match(value):
        raise ValueError(
            Errors.tr(
                "{value!r} is not a valid key (lower-case letters, digits, '-', '_', '.')"
            ).format(value=value)
        )
    return value


# Letters that Unicode does not split into a base letter and an accent.
_UNDECOMPOSABLE = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "đ": "d",
     "Đ": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i"}
)  # fmt: skip


def slug(text: str, limit: int = 64) -> str:
    """'Dai Jiuyue' -> 'dai-jiuyue', 'José Núñez' -> 'jose-nunez'; '' when nothing of it
    is Latin."""
    ascii_text = (
        unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSABLE))
        .encode("ascii", "ignore")
        .decode()
    )
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return out[:limit].rstrip("-")


def unique_key(base: str, taken: set[str]) -> str:
    """``base``, else ``base-2``, ``base-3``...; the result is added to ``taken``."""
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        suffix = f"-{n}"
        candidate = base[: 64 - len(suffix)].rstrip("-") + suffix
    taken.add(candidate)
    return candidate
