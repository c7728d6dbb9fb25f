"""File names for briefings, made from people's and places' names.

A name can hold anything (``../../x``, slashes, control characters, a reserved Windows
device name), and two people may share one. A stem keeps only ASCII letters, digits and
single hyphens, lower-cased ('Dai Jiuyue' → 'dai-jiuyue', the same stem the calendar
export gives the person's .ics file); a name with nothing left (all Chinese, say) falls
back to the record's key. Clashes are settled with the key, which is unique within a
tour, so a file keeps its name when someone else with the same name is added later.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"] + [f"com{i}" for i in range(10)] + [f"lpt{i}" for i in range(10)]
)
MAX_STEM = 80


def safe_stem(name: str, fallback: str = "briefing") -> str:
    """``Dai Jiuyue`` → ``dai-jiuyue``; ``../../x`` → ``x``; never empty, never a path."""
    for candidate in (name, fallback, "briefing"):
        ascii_text = unicodedata.normalize("NFKD", candidate).encode("ascii", "ignore").decode()
        stem = _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")[:MAX_STEM].strip("-")
        if stem:
            return f"{stem}-file" if stem in _RESERVED else stem
    return "briefing"


def unique_stems(entries: Iterable[tuple[str, str]]) -> dict[str, str]:
    """File stems for ``(key, name)`` pairs, by key, unique in one folder (also on a
    file system that ignores case): names that share a stem each get their key added."""
    pairs = sorted(entries)
    base = {key: safe_stem(name, key) for key, name in pairs}
    counts = Counter(base.values())
    out: dict[str, str] = {}
    taken: set[str] = set()
    for key, _name in pairs:
        stem = base[key]
        if counts[stem] > 1:
            stem = f"{stem}-{safe_stem(key, 'x')}"
        candidate, n = stem, 2
        while candidate in taken:  # a clash left even after adding the key
            candidate, n = f"{stem}-{n}", n + 1
        taken.add(candidate)
        out[key] = candidate
    return out
