"""Forms of address: how to greet a person and print their name, in English and Chinese.

Defaults come from the name, the person's first language (their culture) and their
honorific; the organiser may override any of them (``Participant.address``, a few
named texts). Chinese, Japanese, Korean and Hungarian names are family name first,
except a romanised Chinese or Korean name written the Western way ("Vivian Yan"),
which is printed as written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from tourplanner.core.i18n import Context
from tourplanner.core.model import Participant
from tourplanner.core.text_checks import control_problem

Errors = Context("Errors")  # the catalogue context of messages people read

# Cultures whose names put the family name first.
FAMILY_FIRST_LANGUAGES = frozenset({"zh", "ja", "ko", "hu"})
# Romanised Chinese and Korean names keep that order in English; Japanese and Hungarian
# names are usually written given name first in English text, as the tour's lists have them.
WRITTEN_FAMILY_FIRST = frozenset({"zh", "ko"})

# Family names, romanised, by culture: how a romanised name shows which word is the family
# name. "Vivian Yan" (a given name no one has as a family name, then one of these) is
# written given name first, as its owner writes it; "Chen Wancai" and "Yan Vivian" are
# family first. Pinyin with the older and Cantonese spellings (Chan, Wong, Tsang) for
# Chinese, Revised and common spellings for Korean.
_ZH_FAMILY_NAMES = """
ai an ao au bai ban bao bei bi bian bu cai cao cen chai chan chang chao chau che chen
cheng cheong cheung chew chi chiang chien chin ching chiu choi chong chou chow chu
chuang chung cong cui dai dang deng di diao ding dong dou du duan fan fang fei feng
fong fu fung gan gao ge geng gong gu guan guo ha han hao he heng ho hong hou hsieh
hsu hu hua huang hui hung huo ip ji jia jiang jiao jin jing kan kang ke ko kong kou
ku kuang kwan kwok kwong lai lam lan lang lao lau law lee lei leung li lian liang liao
lim lin ling liu lo long lou loh low lu luan lui luk luo lv lyu ma mai man mao mei
meng mi miao min ming mo mou mu na ng ni nie ning niu ou pan pang pei peng pi ping pu
qi qian qiao qin qiu qu quan ran ren rong ruan shan shang shao she shen sheng shi
shu shui si song su sui sun sung tai tam tan tang tao teng tian to tong tsai tsang
tse tso tsui tu wan wang wei wen weng wong woo wu xi xia xian xiang xiao xie xin
xing xiong xu xue yan yang yao ye yeh yeung yi yin yip ying yiu yu yuan yue yuen
yun zang zeng zha zhai zhan zhang zhao zhen zheng zhong zhou zhu zhuang zhuo zou
zuo
"""
_KO_FAMILY_NAMES = """
ahn an bae baek bang byun cha chae cho choe choi chun chung gong ha ham han heo hong
hwang hyun im jang jeon jeong jin jo joo jung kang kim ko kwak kwon lee lim min moon
na nam noh oh pak park ryu seo shin son song sung woo yang yi yoo yoon yu yun
"""
ROMANISED_FAMILY_NAMES: dict[str, frozenset[str]] = {
    "zh": frozenset(_ZH_FAMILY_NAMES.split()),
    "ko": frozenset(_KO_FAMILY_NAMES.split()),
}

FAMILY_FIRST, GIVEN_FIRST = "family-first", "given-first"
# The texts an organiser may set, each overriding one default.
FIELDS = (
    "family_name",
    "name_order",
    "honorific_zh",
    "title_zh",
    "salutation_en",
    "salutation_zh",
    "card_en",
    "card_zh",
)
NAME_ORDERS = (FAMILY_FIRST, GIVEN_FIRST)

_HONORIFIC_ZH = {
    "mr": "先生",
    "ms": "女士",
    "mrs": "女士",
    "miss": "女士",
    "mx": "",
    "dr": "博士",
    "prof": "教授",
    "professor": "教授",
    "h.e": "阁下",
    "he": "阁下",
}


@dataclass(frozen=True, slots=True)
class FormsOfAddress:
    """How to address one person; each text is final (defaults with overrides applied)."""

    honorific_en: str
    honorific_zh: str
    title_en: str
    title_zh: str
    family_name: str
    name_order: str  # FAMILY_FIRST or GIVEN_FIRST, for printed names
    salutation_en: str  # "Dear Mr Chen"
    salutation_zh: str  # "尊敬的陈万才先生"
    card_en: str  # "Mr CHEN Wancai" on name and place cards
    card_zh: str  # "陈万才"


def culture(p: Participant) -> str:
    """The person's first language (their culture for names), '' when none is given."""
    return p.languages[0].split("-")[0].casefold() if p.languages else ""


def _honorific_en(honorific: str) -> str:
    """'Mr.' -> 'Mr' (British style, as the house letters write it)."""
    return honorific.strip().rstrip(".")


def check_overrides(values: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """The one check of a person's address overrides: known names, one-line texts, a
    known name order; empty texts are dropped. Raises ValueError naming the problem."""
    pairs = values.items() if isinstance(values, Mapping) else values
    out: dict[str, str] = {}
    for name, text in pairs:
        if name not in FIELDS:
            raise ValueError(
                Errors.tr("unknown form of address {name!r} (known: {known})").format(
                    name=name, known=", ".join(FIELDS)
                )
            )
        if not isinstance(text, str):
            raise ValueError(Errors.tr("{name}: expected text").format(name=name))
        text = text.strip()
        problem = control_problem(text)
        if problem is not None:
            raise ValueError(f"{name}: {problem}")
        if len(text) > 200:
            raise ValueError(Errors.tr("{name}: longer than 200 characters").format(name=name))
        if name == "name_order" and text and text not in NAME_ORDERS:
            raise ValueError(
                Errors.tr("name_order: {text!r} is not one of: {known}").format(
                    text=text, known=", ".join(NAME_ORDERS)
                )
            )
        if text:
            out[name] = text
    return dict(sorted(out.items()))


def _written_given_first(words: list[str], lang: str) -> bool:
    """Whether a romanised name reads given name first: Latin letters only, the last
    word a family name of the culture and the first word not one ("Vivian Yan", not
    "Yan Vivian" nor "Chen Wancai"). A name whose both ends could be family names
    ("Wei Zhang") keeps the culture's family-first order; the organiser can set it."""
    names = ROMANISED_FAMILY_NAMES.get(lang)
    if names is None or len(words) < 2 or not all(_latin(w) for w in words):
        return False
    first, last = (w.casefold().replace("'", "") for w in (words[0], words[-1]))
    return last in names and first not in names


def _latin(word: str) -> bool:
    """Letters of the Latin script (with accents), hyphens and apostrophes only."""
    return all(c in "-'’." or (c.isalpha() and ord(c) < 0x250) for c in word)


def forms_of_address(p: Participant) -> FormsOfAddress:
    """The person's forms of address: defaults from name, culture and honorific, with
    the organiser's overrides (``p.address``) on top."""
    own = dict(p.address)
    lang = culture(p)
    words = p.full_name.split()
    # A romanised name of a family-first culture written the Western way ("Vivian Yan")
    # is printed as its owner writes it: given name first.
    western = lang in WRITTEN_FAMILY_FIRST and _written_given_first(words, lang)
    if western and own.get("family_name", words[-1]) != words[-1]:
        western = False  # the organiser named another word as the family name
    written_family_first = lang in WRITTEN_FAMILY_FIRST and not western
    family = own.get("family_name") or (
        (words[0] if written_family_first else words[-1]) if words else p.full_name
    )
    default_order = FAMILY_FIRST if lang in FAMILY_FIRST_LANGUAGES and not western else GIVEN_FIRST
    order = own.get("name_order") or default_order
    given = " ".join(w for w in words if w != family) if family in words else ""
    honorific = _honorific_en(p.honorific)
    honorific_zh = own.get("honorific_zh") or _HONORIFIC_ZH.get(honorific.casefold(), "")
    local = p.local_name.strip()
    if order == FAMILY_FIRST and given:
        printed = f"{family.upper()} {given}"
    elif given:
        printed = f"{given} {family}"
    else:
        printed = p.full_name
    salutation_en = f"Dear {honorific} {family}" if honorific and family else f"Dear {p.full_name}"
    salutation_zh = f"尊敬的{local or p.full_name}{honorific_zh}"
    return FormsOfAddress(
        honorific_en=honorific,
        honorific_zh=honorific_zh,
        title_en=p.title,
        title_zh=own.get("title_zh", ""),
        family_name=family,
        name_order=order,
        salutation_en=own.get("salutation_en") or salutation_en,
        salutation_zh=own.get("salutation_zh") or salutation_zh,
        card_en=own.get("card_en") or " ".join(x for x in (honorific, printed) if x),
        card_zh=own.get("card_zh") or local,
    )
