"""The one font every briefing uses: WenQuanYi Micro Hei, embedded.

It covers Latin and Chinese, so a single face serves mixed text and nothing falls back to
a non-embedded base font (reportlab's ``STSong-Light`` shows blank on machines without
Asian fonts, and Helvetica would not be embedded either). The face has no bold: headings
differ by size and colour.
"""

from __future__ import annotations

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
    """The TrueType font, remembering how each string was encoded in each document.

    reportlab maps every character to a code of the document's font subset, in Python,
    each time a string is drawn; a briefing draws the same labels, names and places
    hundreds of times. Once a string has been drawn its characters have their codes for
    good, so the same string always encodes the same way in that document.
    """

    def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> Any:
        state = self.state.get(doc)
        cache = getattr(state, "tp_split_cache", None)
        if cache is not None:
            found = cache.get(text)
            if found is not None:
                return found
        result = super().splitString(text, doc, encoding)
        state = self.state[doc]
        cache = getattr(state, "tp_split_cache", None)
        if cache is None:
            cache = state.tp_split_cache = {}
        cache[text] = result
        return result


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
