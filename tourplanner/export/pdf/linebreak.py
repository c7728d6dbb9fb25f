"""Line breaking for mixed Chinese and Latin text.

Chinese may break between any two characters, but some characters must not start a line
(closing punctuation such as ``，`` ``。`` ``》``) and some must not end one (opening
brackets and quotes). Latin words and numbers must not be cut in the middle. reportlab's
``wordWrap='CJK'`` knows the first rule only in part: its list lacks ``，；：！？》〉`` and
more, and it handles a forbidden character by letting it hang into the margin, which
pushes text out of table cells.

``break_lines`` applies all three rules and never exceeds the width: when the character
that overflows may not start a line, the character before it moves down with it
("push-out"). Two more rules keep Latin text readable (as UAX #14 and typesetters do):
a hyphen, dash or middle dot never starts a line, also after a space (" · ", " - "),
and a space after a number does not break, so "≈ 6 min", "+86 139 2355 0100" and
"8 Belt and Road…" stay together. ``extend_reportlab_rules`` also adds the missing
characters to reportlab's own list, so any paragraph that still uses reportlab's breaker
follows the same rules.
"""

from __future__ import annotations

from collections.abc import Sequence

# Characters that must not start a line: closing punctuation, full stops, commas, colons,
# closing brackets and quotes, iteration marks and small kana (JIS X 4051 / GB rules).
NO_LINE_START = frozenset(
    "-–!%),.:;?]}¢°·’”›»‐‥…‰′″℃∶、。〃々〆〉》」』】〕〗〙〛〜〞〟"
    "ぁぃぅぇぉっゃゅょゎゕゖゝゞァィゥェォッャュョヮヵヶ・ーヽヾ"
    "！＂％＇），．：；？］｝～｠｡｣､･ｰﾞﾟ￠"
)
# Characters that must not end a line: opening brackets and quotes, currency prefixes.
NO_LINE_END = frozenset("([{£¥‘“‹«〈《「『【〔〖〘〚〝＄（［｛｟｢￡￥")

NBSP = "\u00a0"
CJK_START = 0x2E80  # from here on, a character is a break opportunity on both sides
# What a word made only of these is (a number, a time, a phone group, "≈"): the space
# after it binds it to the next word.
_NUMERIC = frozenset("0123456789+≈~#.,:()")


def _wordlike(ch: str) -> bool:
    """A character of a Latin word or number: no break on either side of it, unless a
    space or a CJK character is its neighbour."""
    if ch == NBSP:
        return True  # a no-break space binds what it joins
    return ord(ch) < CJK_START and not ch.isspace() and ch not in "-/–—"


def _can_break(chars: Sequence[str], at: int, *, words: bool) -> bool:
    """Whether a line may end before ``chars[at]``."""
    before, after = chars[at - 1], chars[at]
    if before == " " or after == " ":
        return not _glued_space(chars, at, words=words)
    if after in NO_LINE_START or before in NO_LINE_END:
        return False
    return not (words and _wordlike(before) and _wordlike(after))


def _glued_space(chars: Sequence[str], at: int, *, words: bool) -> bool:
    """Whether the spaces around break position ``at`` must not break: the next
    character may not start a line (" · ", " - "), or (``words``) the word before is a
    number ("≈ 6 min", "+86 139 2355", "8 Belt")."""
    n = len(chars)
    after = at
    while after < n and chars[after] == " ":
        after += 1
    if after < n and chars[after] in NO_LINE_START:
        return True
    if not words:
        return False
    end = at - 1
    while end >= 0 and chars[end] == " ":
        end -= 1
    begin = end
    while begin >= 0 and not chars[begin].isspace():
        begin -= 1
    return end > begin and all(c in _NUMERIC for c in chars[begin + 1 : end + 1])


def _break_point(chars: Sequence[str], start: int, over: int) -> int:
    """Where to end the line that runs from ``start`` and overflows at ``over``.

    Prefer the last place that obeys all rules; else (a URL longer than the line) the last
    place that obeys the punctuation rules; else cut at ``over``, so there is progress.
    """
    if chars[over].isspace() and (
        over + 1 >= len(chars) or _can_break(chars, over + 1, words=True)
    ):
        return over + 1  # the space ends the line, invisibly
    for words in (True, False):
        for at in range(over, start, -1):
            if _can_break(chars, at, words=words):
                return at
    return over


def break_lines(
    chars: Sequence[str], widths: Sequence[float], max_widths: Sequence[float]
) -> list[tuple[int, int, float, bool]]:
    """Split a text into lines.

    ``chars`` holds one character per entry (``"\\n"`` for a forced break), ``widths``
    their widths, ``max_widths`` the width of the first line, the second, ... (the last
    one repeats). Returns ``(start, end, width, forced)`` per line: ``chars[start:end]`` is
    the line, ``width`` what it uses without trailing spaces, ``forced`` whether a
    ``"\\n"`` ended it. Leading spaces of a wrapped line are skipped.
    """
    lines: list[tuple[int, int, float, bool]] = []
    n = len(chars)
    start = i = 0
    used = 0.0
    limit = max_widths[0] + 1e-6

    def close(end: int, forced: bool) -> None:
        nonlocal limit
        last = end
        while last > start and chars[last - 1].isspace():
            last -= 1
        lines.append((start, end, sum(widths[start:last]), forced))
        limit = max_widths[min(len(lines), len(max_widths) - 1)] + 1e-6

    while i < n:
        ch = chars[i]
        if ch == "\n":
            close(i + 1, True)
            start = i = i + 1
            used = 0.0
            continue
        width = widths[i]
        if used + width > limit and i > start and not ch.isspace():
            end = _break_point(chars, start, i)
            close(end, False)
            start = i = end
            while start < n and chars[start] == " ":
                start += 1
            i = start
            used = 0.0
            continue
        used += width
        i += 1
    if start < n:
        close(n, False)
    return lines


def wrap(text: str, widths: Sequence[float], max_widths: Sequence[float]) -> list[str]:
    """``text`` as lines (trailing spaces dropped); a convenience over ``break_lines``."""
    return [text[s:e].rstrip() for s, e, _w, _f in break_lines(text, widths, max_widths)]


_extended = False


def extend_reportlab_rules() -> None:
    """Add our no-line-start characters to reportlab's list (once per process).

    reportlab reads ``ALL_CANNOT_START`` as a module global in two places (its own
    ``textsplit`` and ``paragraph``), so both names are replaced.
    """
    global _extended
    if _extended:
        return
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    missing = "".join(sorted(NO_LINE_START - set(textsplit.ALL_CANNOT_START)))
    textsplit.CANNOT_START_LINE[0] += missing
    textsplit.ALL_CANNOT_START += missing
    paragraph.ALL_CANNOT_START = textsplit.ALL_CANNOT_START
    _extended = True
