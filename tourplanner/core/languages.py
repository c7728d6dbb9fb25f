"""Languages: a name written in any language, or a tag, to a BCP 47 tag; and a tag to its
name in the user's interface language. CLDR's names come through ``langcodes`` (with
``language_data``); the few names it lacks are data in ``language_aliases``.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from functools import cache

import langcodes

from tourplanner.core.i18n import Context
from tourplanner.core.language_aliases import ALIASES
from tourplanner.core.text_checks import shown

Errors = Context("Errors")  # the catalogue context of messages people read

# A tag's shape: 'zh', 'yue', 'pt-BR', 'zh-Hant'. Whether it names a language is
# langcodes' call.
TAG_SHAPE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
# How a cell or a form lists several languages: 'zh, en', '中文、英语', one per line.
_SEPARATORS = re.compile(r"[;,，；、/\n]+")
_QUALIFIED = re.compile(r"^([^()]+?)\s*\(([^()]+)\)$")
_ALIASES = {unicodedata.normalize("NFKC", k).casefold(): v for k, v in ALIASES.items()}


def _standard(tag: str) -> str | None:
    """The tag in its standard form ('zh-hant' -> 'zh-Hant', 'cmn' -> 'zh'), or None
    when it names no language."""
    try:
        if not langcodes.tag_is_valid(tag):
            return None
        return langcodes.standardize_tag(tag, macro=True)
    except (LookupError, ValueError):
        return None


def language_tag(text: str) -> str:
    """The BCP 47 tag of one language written as a tag ('pt-BR') or as a name in any
    language CLDR knows ('Deutsch', '日本語', 'Русский', '粤语'). ValueError with the
    reason, and a suggestion when a known name is close ("'Engish': unknown language;
    did you mean English (en)?")."""
    name = " ".join(unicodedata.normalize("NFKC", text).split())
    if not name:
        raise ValueError(Errors.tr("no language given"))
    qualified = _QUALIFIED.match(name)
    if qualified is not None:
        tag = _qualified(qualified.group(1), qualified.group(2))
        if tag is not None:
            return tag
    alias = _ALIASES.get(name.casefold())
    if alias is not None:
        return alias
    if TAG_SHAPE.match(name):
        tag = _standard(name)
        if tag is not None:
            return tag
    if len(name) <= 100:
        try:
            found = langcodes.find(name)
        except LookupError:
            found = None
        if found is not None:
            tag = _standard(str(found))
            if tag is not None:
                return tag
    guess = suggestion(name)
    if guess is not None:
        raise ValueError(
            Errors.tr("{name}: unknown language; did you mean {guess}?").format(
                name=shown(name), guess=guess
            )
        )
    raise ValueError(
        Errors.tr(
            "{name}: unknown language (write its name, e.g. English or 中文, or a tag such as en)"
        ).format(name=shown(name))
    )


@cache
def _qualified(base: str, qualifiers: str) -> str | None:
    """'Portuguese (Brazil)', '中文（繁体）', 'Chinese (Traditional, Hong Kong SAR China)':
    a language name with its script and region, as ``language_name`` writes them."""
    from language_data.names import name_to_code

    try:
        tag = language_tag(base)
    except ValueError:
        return None
    if "-" in tag:
        return None
    script = region = None
    for part in (p.strip() for p in qualifiers.split(",")):
        # Region first: name_to_code also matches a known name's prefix, and "Latin
        # America" would otherwise be read as the Latin script.
        if region is None and (found := name_to_code("territory", part)):
            region = found
        elif script is None and (found := name_to_code("script", part)):
            script = found
        else:
            return None
    return _standard("-".join(x for x in (tag, script, region) if x))


@cache
def _known_names() -> tuple[dict[str, str], ...]:
    """Language names in English and in Chinese, each to its tag, for suggestions."""
    from language_data.names import load_trie
    from language_data.util import data_filename

    out = []
    for lang in ("en", "zh"):
        trie = load_trie(data_filename(f"trie/{lang}/name_to_language.marisa"))
        out.append({key: value.decode("utf-8") for key, value in trie.items()})
    return tuple(out)


def suggestion(name: str) -> str | None:
    """'English (en)' for 'Engish': the known language whose name is closest, if one is
    close enough to be what was meant."""
    folded = name.casefold()
    for names in _known_names():
        close = difflib.get_close_matches(folded, names, n=1, cutoff=0.8)
        if close:
            tag = _standard(names[close[0]])
            if tag is not None:
                return f"{language_name(tag, 'en')} ({tag})"
    return None


def language_tags(values: str | Iterable[str]) -> tuple[str, ...]:
    """Each language of a list ('Chinese, English', '中文、英语', ['zh', 'Deutsch']) as its
    tag, in order, each once. ValueError naming the first that is unknown."""
    parts = split_languages(values) if isinstance(values, str) else list(values)
    tags: list[str] = []
    for part in parts:
        if not isinstance(part, str):
            raise ValueError(
                Errors.tr("{part}: expected a language name or tag").format(part=shown(part))
            )
        tag = language_tag(part)
        if tag not in tags:
            tags.append(tag)
    return tuple(tags)


def split_languages(text: str) -> list[str]:
    """'zh, en' / '中文、英语' / one per line -> the parts, blanks dropped. A separator
    inside brackets belongs to the name: 'Chinese (Traditional, Hong Kong SAR China)'."""
    parts: list[str] = []
    pending = ""
    for piece in _SEPARATORS.split(unicodedata.normalize("NFKC", text)):
        pending = f"{pending}, {piece}" if pending else piece
        if pending.count("(") <= pending.count(")"):
            parts.append(pending.strip())
            pending = ""
    parts.append(pending.strip())
    return [p for p in parts if p]


def language_name(tag: str, ui_language: str = "en") -> str:
    """The name of the language ``tag`` in the interface language ``ui_language``
    ('pt-BR', 'zh' -> '葡萄牙语（巴西）'; 'zh-Hant', 'en' -> 'Chinese (Traditional)').
    A tag CLDR cannot name shows as itself."""
    return _name(tag, ui_language)


@cache
def _name(tag: str, ui_language: str) -> str:
    standard = _standard(tag)
    if standard is None:
        return tag
    # Names by the interface's language alone: CLDR's tables for 'zh-TW' or 'en-POSIX'
    # mix scripts or fail, and the app's translations are per language anyway.
    ui = ui_language.replace("_", "-").split("-")[0].lower()
    if not langcodes.tag_is_valid(ui):
        ui = "en"
    try:
        name = langcodes.Language.get(standard).display_name(ui)
    except (LookupError, ValueError):
        return tag
    # langcodes falls back to "Unknown language [xx]" for a code without a name.
    return tag if name.startswith("Unknown language") else name
