"""The one check of each kind of contact value (email address, phone number, web
address), used wherever such a value enters: tour files, spreadsheets, the services
behind the GUI dialogs and the CLI, and the mailer.

A phone number is accepted when it can be turned into E.164 (``phonenumbers`` decides);
numbers written without a country code are read in the person's country, China when
the country is blank or unknown.
"""

from __future__ import annotations

import re
import unicodedata
from email.utils import parseaddr
from urllib.parse import urlsplit

import phonenumbers

from tourplanner.core.i18n import Context
from tourplanner.core.text_checks import control_problem, is_control, shown

Errors = Context("Errors")  # the catalogue context of messages people read

DEFAULT_REGION = "CN"

# Country names as organisers type them (English, Chinese, common short forms) ->
# ISO 3166 code. Two-letter codes are accepted as they are.
_COUNTRIES: dict[str, str] = {
    "china": "CN", "中国": "CN", "prc": "CN", "mainland china": "CN", "中国大陆": "CN",
    "hong kong": "HK", "香港": "HK", "中国香港": "HK", "macau": "MO", "macao": "MO", "澳门": "MO",
    "taiwan": "TW", "台湾": "TW", "中国台湾": "TW",
    "united states": "US", "usa": "US", "us": "US", "america": "US", "美国": "US",
    "united kingdom": "GB", "uk": "GB", "great britain": "GB", "britain": "GB",
    "england": "GB", "英国": "GB",
    "canada": "CA", "加拿大": "CA", "australia": "AU", "澳大利亚": "AU", "澳洲": "AU",
    "new zealand": "NZ", "新西兰": "NZ", "japan": "JP", "日本": "JP",
    "south korea": "KR", "korea": "KR", "韩国": "KR", "singapore": "SG", "新加坡": "SG",
    "malaysia": "MY", "马来西亚": "MY", "thailand": "TH", "泰国": "TH",
    "indonesia": "ID", "印度尼西亚": "ID", "印尼": "ID", "philippines": "PH", "菲律宾": "PH",
    "vietnam": "VN", "viet nam": "VN", "越南": "VN", "cambodia": "KH", "柬埔寨": "KH",
    "myanmar": "MM", "缅甸": "MM", "laos": "LA", "老挝": "LA", "india": "IN", "印度": "IN",
    "pakistan": "PK", "巴基斯坦": "PK", "kazakhstan": "KZ", "哈萨克斯坦": "KZ",
    "russia": "RU", "russian federation": "RU", "俄罗斯": "RU",
    "germany": "DE", "德国": "DE", "france": "FR", "法国": "FR", "italy": "IT", "意大利": "IT",
    "spain": "ES", "西班牙": "ES", "portugal": "PT", "葡萄牙": "PT",
    "netherlands": "NL", "the netherlands": "NL", "holland": "NL", "荷兰": "NL",
    "belgium": "BE", "比利时": "BE", "switzerland": "CH", "瑞士": "CH", "austria": "AT",
    "奥地利": "AT", "sweden": "SE", "瑞典": "SE", "norway": "NO", "挪威": "NO",
    "denmark": "DK", "丹麦": "DK", "finland": "FI", "芬兰": "FI", "poland": "PL", "波兰": "PL",
    "hungary": "HU", "匈牙利": "HU", "czechia": "CZ", "czech republic": "CZ", "捷克": "CZ",
    "greece": "GR", "希腊": "GR", "serbia": "RS", "塞尔维亚": "RS", "ireland": "IE",
    "爱尔兰": "IE", "turkey": "TR", "türkiye": "TR", "土耳其": "TR",
    "united arab emirates": "AE", "uae": "AE", "阿联酋": "AE", "saudi arabia": "SA",
    "沙特阿拉伯": "SA", "israel": "IL", "以色列": "IL", "egypt": "EG", "埃及": "EG",
    "south africa": "ZA", "南非": "ZA", "nigeria": "NG", "尼日利亚": "NG", "kenya": "KE",
    "肯尼亚": "KE", "ethiopia": "ET", "埃塞俄比亚": "ET", "brazil": "BR", "巴西": "BR",
    "argentina": "AR", "阿根廷": "AR", "chile": "CL", "智利": "CL", "peru": "PE", "秘鲁": "PE",
    "mexico": "MX", "墨西哥": "MX", "colombia": "CO", "哥伦比亚": "CO",
}  # fmt: skip

_ATEXT = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
_LABEL = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")


def region_for_country(country: str) -> str | None:
    """The ISO region code for a country as typed ('Germany', '德国', 'de'); None if
    unknown."""
    text = unicodedata.normalize("NFKC", country).strip().casefold()
    if not text:
        return None
    if len(text) == 2 and text.upper() in phonenumbers.SUPPORTED_REGIONS:
        return text.upper()
    return _COUNTRIES.get(" ".join(text.replace(".", "").split()))


def email_problem(text: str) -> str | None:
    """Why ``text`` is not an email address fit to store and send to, or None when it is.

    Deliberately strict: one @, an ASCII local part without quotes, a dotted domain (an
    internationalised one is fine), no display name, and no space or control character
    anywhere: a line break in an address would split the header it is written into.
    Full RFC 5322 accepts addresses no mail client or organiser would ever type.
    """
    if not text:
        return Errors.tr("no email address")
    control = next((ch for ch in text if is_control(ch) or ch in "\u2028\u2029"), None)
    if control is not None:
        if control.isspace():
            return Errors.tr("it contains a space or line break (U+{code:04X})").format(
                code=ord(control)
            )
        return Errors.tr("it contains the control character U+{code:04X}").format(code=ord(control))
    if any(ch.isspace() for ch in text):
        return Errors.tr("it contains a space")
    if len(text) > 254:
        return Errors.tr("it is longer than 254 characters")
    if text.count("@") != 1:
        return Errors.tr("it needs exactly one @")
    local, domain = text.split("@")
    if not local or not domain:
        return Errors.tr("something is missing around @")
    if len(local) > 64 or not _ATEXT.match(local):
        return Errors.tr("the part before @ is not valid")
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return Errors.tr("the domain is not valid")
    labels = ascii_domain.rstrip(".").split(".")
    if len(labels) < 2 or len(ascii_domain) > 253 or not all(_LABEL.match(x) for x in labels):
        return Errors.tr("the domain is not valid")
    if parseaddr(text)[1] != text:
        return Errors.tr("it is not a plain address")
    return None


def tidy_email(text: str) -> str:
    """An address as typed into a cell or a form: full-width characters folded, outer
    spaces and a ``mailto:`` taken off (never line breaks: those make it invalid)."""
    value = unicodedata.normalize("NFKC", text).strip(" ")
    return value[7:] if value.lower().startswith("mailto:") else value


def check_email(text: str) -> str:
    """The one check of an email address wherever one enters the app: the address tidied
    (``tidy_email``), or ValueError("'x' is not a valid email address: <reason>")."""
    value = tidy_email(text)
    problem = email_problem(value)
    if problem is not None:
        raise ValueError(
            Errors.tr("{value} is not a valid email address: {problem}").format(
                value=shown(text.strip(" ")), problem=problem
            )
        )
    return value


def email_key(text: str) -> str:
    """What makes two addresses the same person: case does not matter."""
    return text.strip().casefold()


def normalise_phone(text: str, country: str = "") -> str:
    """A phone number fit to store: as typed when it starts with a country code (tidied),
    otherwise in international form ('+86 138 0013 8000'). ValueError when it cannot be a
    real number in E.164."""
    problem = control_problem(text.strip(" "))
    if problem is not None:
        raise ValueError(
            Errors.tr("{text} is not a phone number: {problem}").format(
                text=shown(text), problem=problem
            )
        )
    typed = " ".join(unicodedata.normalize("NFKC", text).split())
    if len(typed) > 64:
        raise ValueError(
            Errors.tr("{typed} is not a phone number: longer than 64 characters").format(
                typed=shown(typed)
            )
        )
    region = region_for_country(country) or DEFAULT_REGION
    try:
        number = phonenumbers.parse(typed, region)
    except phonenumbers.NumberParseException:
        raise ValueError(
            Errors.tr("{typed} is not a phone number").format(typed=shown(typed))
        ) from None
    if not phonenumbers.is_valid_number(number):
        if typed.startswith("+"):
            raise ValueError(
                Errors.tr("{typed} is not a valid phone number").format(typed=shown(typed))
            )
        raise ValueError(
            Errors.tr("{typed} is not a valid phone number (read as a number in {region})").format(
                typed=shown(typed), region=region
            )
        )
    if typed.startswith("+"):
        return typed
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


_MOBILE_TYPES = frozenset(
    {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
)


def check_mobile(text: str, country: str = "") -> str:
    """A mobile number fit to store (as :func:`normalise_phone` gives it), for the people
    a delegate calls on the day: ValueError when it is not a phone number, or is one but
    plainly not a mobile (an office line cannot be reached on the road or at night)."""
    tidy = normalise_phone(text, country)
    number = phonenumbers.parse(tidy, region_for_country(country) or DEFAULT_REGION)
    if phonenumbers.number_type(number) not in _MOBILE_TYPES:
        raise ValueError(
            Errors.tr("{typed} is not a mobile number (an office line will not do)").format(
                typed=shown(tidy)
            )
        )
    return tidy


def phone_e164(text: str, country: str = "") -> str | None:
    """The E.164 form ('+8613800138000'), or None when the text is not a valid number."""
    try:
        number = phonenumbers.parse(text, region_for_country(country) or DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def check_web_address(text: str) -> str:
    """The one check of a web address (a server, a site's page): the address with outer
    spaces off, or ValueError with the reason. It must be written in full, with
    ``https://`` or ``http://`` and a host; a bare ``visits-hhla.de`` is refused rather
    than guessed at, because a guess may pick the wrong scheme or swallow a typo."""
    value = unicodedata.normalize("NFKC", text).strip(" ")
    if not value:
        raise ValueError(Errors.tr("no web address"))
    problem = control_problem(value)
    if problem is None and any(ch.isspace() for ch in value):
        problem = "it contains a space"
    if problem is not None:
        raise ValueError(
            Errors.tr("{value} is not a web address: {problem}").format(
                value=shown(value), problem=problem
            )
        )
    try:
        parts = urlsplit(value)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        raise ValueError(
            Errors.tr("{value} is not a web address").format(value=shown(value))
        ) from None
    if parts.scheme.lower() not in ("http", "https") or not host or not parts.netloc:
        raise ValueError(
            Errors.tr("{value} is not a full web address: give the full address, https://…").format(
                value=shown(value)
            )
        )
    return value
