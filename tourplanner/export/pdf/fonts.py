"""The one font every briefing uses: WenQuanYi Micro Hei, embedded.

It covers Latin and Chinese, so a single face serves mixed text and nothing falls back to
a non-embedded base font (reportlab's ``STSong-Light`` shows blank on machines without
Asian fonts, and Helvetica would not be embedded either). The face has no bold: headings
differ by size and colour.
"""

from __future__ import annotations

import re
import threading
from functools import cache
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from tourplanner.core.errors import TourplannerError
from tourplanner.export.pdf.linebreak import extend_reportlab_rules
from tourplanner.paths import FONTS_DIR

FONT = "WenQuanYiMicroHei"
FONT_FILE = FONTS_DIR / "wqy-microhei.ttc"

_lock = threading.Lock()


class _Font(TTFont):
    """The TrueType font, with a faster way to encode strings for a document.

    reportlab maps every character to a code of the document's font subset, in Python,
    each time a string is drawn, one character at a time. Once a character has its code
    it keeps it for the rest of the document, so the codes found so far are also kept
    here as a translation table: a string whose characters all have codes is encoded by
    ``str.translate`` (each character becomes the one numbered by its code, subset
    times 256 plus byte) and split into subsets and bytes from its UTF-16 form. A string
    with a new character goes to reportlab, which assigns the codes exactly as before.
    Each string's result is also remembered: a briefing draws the same labels, names
    and places hundreds of times.
    """

    def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> Any:
        state = self.state.get(doc)
        if state is None or not isinstance(text, str) or not text:
            return super().splitString(text, doc, encoding)
        cache = getattr(state, "tp_split_cache", None)
        if cache is None:
            cache = state.tp_split_cache = {}
            state.tp_codes = _Codes()
        else:
            found = cache.get(text)
            if found is not None:
                return found
        codes: _Codes = state.tp_codes
        try:
            coded = text.translate(codes)
        except _NewCharacter:
            result = super().splitString(text, doc, encoding)
            codes.learn(text, state.assignments, self.face.charToGlyph)
        else:
            result = _runs(coded.encode("utf-16-be", "surrogatepass"))
        cache[text] = result
        return result


class _NewCharacter(Exception):
    """A character that has no code in this document yet."""


class _Codes(dict[int, str]):
    """Code point -> the character numbered by its code in the document's font subsets,
    as reportlab's ``splitString`` finds it: no-break space as space, a character the
    font lacks as code 0, any other by its assignment. A missing one stops
    ``str.translate`` (which would otherwise leave it as it is)."""

    def __missing__(self, point: int) -> str:
        raise _NewCharacter(point)

    def learn(self, text: str, assignments: dict[int, int], glyphs: dict[int, int]) -> None:
        """Add the codes of ``text``'s characters, once reportlab has assigned them."""
        for char in set(text):
            point = ord(char)
            if dict.__contains__(self, point):
                continue
            code = assignments.get(32 if point == 0xA0 else point)
            if code is None:
                if point in glyphs:  # reportlab assigns what it has seen; stay exact
                    continue
                code = 0
            if code <= 0xFFFF:  # one UTF-16 unit (always so: that is 256 subsets)
                self[point] = chr(code)


def _runs(coded: bytes) -> list[tuple[int, bytes]]:
    """(subset, bytes) per run of characters in one subset, as reportlab returns them,
    from the codes as UTF-16 (big-endian: the subset, then the byte)."""
    subsets = coded[0::2]
    data = coded[1::2]
    first = subsets[0]
    if subsets.count(first) == len(subsets):
        return [(first, data)]
    out = []
    start = 0
    for match in _RUN.finditer(subsets):
        end = match.end()
        out.append((subsets[start], data[start:end]))
        start = end
    return out


_RUN = re.compile(rb"(.)\1*", re.DOTALL)


def register_fonts() -> str:
    """Register the font with reportlab (once per process) and return its name.

    Raises TourplannerError when the bundled font file is missing.
    """
    with _lock:
        if FONT not in pdfmetrics.getRegisteredFontNames():
            if not FONT_FILE.is_file():
                raise TourplannerError(
                    f"the bundled font {FONT_FILE} is missing; reinstall Tourplanner"
                )
            # Index 0 of the collection is Micro Hei (1 is its monospaced sibling).
            pdfmetrics.registerFont(_Font(FONT, str(FONT_FILE), subfontIndex=0))
            # <b> and <i> in markup map back to the same face instead of failing.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT, bold, italic, FONT)
        extend_reportlab_rules()
    return FONT


@cache
def glyph_widths(font_name: str) -> tuple[dict[int, float], float]:
    """Advance widths in 1/1000 em by code point, and the width of a missing glyph.

    Measuring a character is then one dict lookup instead of a call into reportlab,
    which matters when thousands of short lines are wrapped per briefing.
    """
    font = pdfmetrics.getFont(font_name)
    face = getattr(font, "face", None)
    if face is not None:
        return face.charWidths, float(face.defaultWidth)
    widths = {c: pdfmetrics.stringWidth(chr(c), font_name, 1000) for c in range(32, 256)}
    return widths, 500.0


def char_widths(text: str, font_name: str, size: float) -> list[float]:
    """The width of each character of ``text`` at ``size`` points."""
    table, default = glyph_widths(font_name)
    scale = size / 1000.0
    get = table.get
    return [get(ord(c), default) * scale for c in text]
