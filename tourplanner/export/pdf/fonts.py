"""The font every briefing uses: WenQuanYi Micro Hei, embedded (and DejaVu Sans for
curly quotes in Latin text, which Micro Hei only has full-width).

It covers Latin and Chinese, so a single face serves mixed text and nothing falls back to
a non-embedded base font (reportlab's ``STSong-Light`` shows blank on machines without
Asian fonts, and Helvetica would not be embedded either). The face has no bold: headings
differ by size and colour.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import cache
from struct import pack, pack_into, unpack
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import (
    GF_ARG_1_AND_2_ARE_WORDS,
    GF_MORE_COMPONENTS,
    GF_WE_HAVE_A_SCALE,
    GF_WE_HAVE_A_TWO_BY_TWO,
    GF_WE_HAVE_AN_X_AND_Y_SCALE,
    TTFont,
    TTFontFace,
    TTFontMaker,
    _set_ushort,
)

from tourplanner.core.errors import TourplannerError
from tourplanner.core.i18n import Context
from tourplanner.export.pdf.linebreak import extend_reportlab_rules
from tourplanner.paths import FONTS_DIR

Errors = Context("Errors")  # the catalogue context of messages people read

FONT = "WenQuanYiMicroHei"
FONT_FILE = FONTS_DIR / "wqy-microhei.ttc"
# For curly quotes in Latin text only: Micro Hei's are full-width (see para.latin_quotes).
LATIN_FONT = "DejaVuSans"
LATIN_FONT_FILE = FONTS_DIR / "DejaVuSans.ttf"

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

    def __init__(self, name: str, filename: str, subfontIndex: int = 0) -> None:
        super().__init__(name, filename, subfontIndex=subfontIndex)
        self.face.__class__ = _SubsettingFace  # same object, faster subsets

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


class _SubsettingFace(TTFontFace):
    """The font face, making the font subsets a document embeds faster.

    reportlab's ``makeSubset`` reads every glyph's outline from the font file again for
    every subset of every document: whether it is made of other glyphs, its bytes with
    their padding, and the tables that are copied whole. Those are the same each time,
    so they are worked out once per glyph (and table) here; what depends on the subset
    (glyph numbering, composite references, metrics, character map, offsets) is done as
    reportlab does it. The subset font is byte for byte reportlab's.
    """

    def makeSubset(self, subset: Sequence[int]) -> bytes:
        glyph_map = [0]  # new glyph index -> old glyph index
        glyph_set = {0: 0}  # old glyph index -> new glyph index
        code_to_glyph = {}
        to_glyph = self.charToGlyph
        for code in subset:
            original = to_glyph.get(code, 0)
            if original not in glyph_set:
                glyph_set[original] = len(glyph_map)
                glyph_map.append(original)
            code_to_glyph[code] = glyph_set[original]
        n = 0
        while n < len(glyph_map):  # glyphs that composite glyphs are made of
            for part in self._parts(glyph_map[n]):
                if part not in glyph_set:
                    glyph_set[part] = len(glyph_map)
                    glyph_map.append(part)
            n += 1

        output = TTFontMaker()
        for tag in ("name", "OS/2", "cvt ", "fpgm", "prep"):
            table = self._table(tag)
            if table is not None:
                output.add(tag, table)
        post = self._table("post")
        assert post is not None
        output.add("post", b"\x00\x03\x00\x00" + post[4:16] + b"\x00" * 16)

        count = len(glyph_map)
        hmtx: list[int] = []
        for old in glyph_map:
            aw, lsb = self.hmetrics[old]
            hmtx.append(int(aw))
            hmtx.append(int(lsb))
        n = len(hmtx) - 2
        while n and hmtx[n] == hmtx[n - 2]:
            n -= 2
        n += 2
        metrics = n >> 1
        hmtx = hmtx[:n] + hmtx[n + 1 :: 2]
        output.add("hmtx", pack(f">{len(hmtx)}H", *hmtx))
        output.add("hhea", _set_ushort(self._table("hhea"), 34, metrics))
        output.add("maxp", _set_ushort(self._table("maxp"), 4, count))
        cmap = [0, 1, 1, 0, 0, 12, 6, 10 + len(subset) * 2, 0, 0, len(subset)]
        # mypy: dict.get is overloaded; every code of the subset has a glyph (loop above).
        cmap += map(code_to_glyph.get, subset)  # type: ignore[arg-type]
        output.add("cmap", pack(f">{len(cmap)}H", *cmap))

        offsets = []
        pieces = []
        pos = 0
        renumber: list[tuple[int, tuple[tuple[int, int], ...]]] = []
        for old in glyph_map:
            offsets.append(pos)
            data, references = self._glyph(old)
            if references:
                renumber.append((pos, references))
            pieces.append(data)
            pos += len(data)
        offsets.append(pos)
        glyf = bytearray().join(pieces)
        for start, references in renumber:  # composite glyphs name their parts anew
            for at, part in references:
                pack_into(">H", glyf, start + at, glyph_set[part])
        output.add("glyf", bytes(glyf))
        if (pos + 1) >> 1 > 0xFFFF:
            location_format = 1
            loca = pack(f">{len(offsets)}L", *offsets)
        else:
            location_format = 0
            loca = pack(f">{len(offsets)}H", *(o >> 1 for o in offsets))
        output.add("loca", loca)
        output.add("head", _set_ushort(self._table("head"), 50, location_format))
        return output.makeStream()

    def _table(self, tag: str) -> bytes | None:
        """A table of the font as it is in the file (None if it has none)."""
        tables = self.__dict__.setdefault("_tp_tables", {})
        if tag not in tables:
            try:
                tables[tag] = self.get_table(tag)
            except KeyError:
                tables[tag] = None
        return tables[tag]

    def _parts(self, glyph: int) -> tuple[int, ...]:
        """The glyphs a composite glyph is made of (none for a simple one), read as
        reportlab's ``makeSubset`` reads them."""
        cache = self.__dict__.setdefault("_tp_parts", {})
        found = cache.get(glyph)
        if found is None:
            found = cache[glyph] = self._read_parts(glyph)
        return found

    def _read_parts(self, glyph: int) -> tuple[int, ...]:
        start = self.get_table_pos("glyf")[0]
        at = self.glyphPos[glyph]
        if not self.glyphPos[glyph + 1] - at:
            return ()
        self.seek(start + at)
        if self.read_short() >= 0:
            return ()
        self.skip(8)
        parts = []
        flags = GF_MORE_COMPONENTS
        while flags & GF_MORE_COMPONENTS:
            flags = self.read_ushort()
            parts.append(self.read_ushort())
            self.skip(4 if flags & GF_ARG_1_AND_2_ARE_WORDS else 2)
            if flags & GF_WE_HAVE_A_SCALE:
                self.skip(2)
            elif flags & GF_WE_HAVE_AN_X_AND_Y_SCALE:
                self.skip(4)
            elif flags & GF_WE_HAVE_A_TWO_BY_TWO:
                self.skip(8)
        return tuple(parts)

    def _glyph(self, glyph: int) -> tuple[bytes, tuple[tuple[int, int], ...]]:
        """A glyph's bytes padded to four and, for a composite glyph, where it names
        each of its parts (offset, old glyph index): renumbered per subset."""
        cache = self.__dict__.setdefault("_tp_glyphs", {})
        found = cache.get(glyph)
        if found is None:
            glyf = self._table("glyf")
            assert glyf is not None
            at = self.glyphPos[glyph]
            length = self.glyphPos[glyph + 1] - at
            data = glyf[at : at + length]
            references: tuple[tuple[int, int], ...] = ()
            if length > 2 and unpack(">h", data[:2])[0] < 0:
                references = _references(data)
            found = cache[glyph] = (data + b"\0" * (-length % 4), references)
        return found


def _references(data: bytes) -> tuple[tuple[int, int], ...]:
    """Where a composite glyph names its parts, and which (as reportlab reads them)."""
    out = []
    at = 10
    flags = GF_MORE_COMPONENTS
    while flags & GF_MORE_COMPONENTS:
        flags, part = unpack(">HH", data[at : at + 4])
        out.append((at + 2, part))
        at += 4
        at += 4 if flags & GF_ARG_1_AND_2_ARE_WORDS else 2
        if flags & GF_WE_HAVE_A_SCALE:
            at += 2
        elif flags & GF_WE_HAVE_AN_X_AND_Y_SCALE:
            at += 4
        elif flags & GF_WE_HAVE_A_TWO_BY_TWO:
            at += 8
    return tuple(out)


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
                    Errors.tr("the bundled font {file} is missing; reinstall Tourplanner").format(
                        file=FONT_FILE
                    )
                )
            # Index 0 of the collection is Micro Hei (1 is its monospaced sibling).
            pdfmetrics.registerFont(_Font(FONT, str(FONT_FILE), subfontIndex=0))
            # <b> and <i> in markup map back to the same face instead of failing.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT, bold, italic, FONT)
        if LATIN_FONT not in pdfmetrics.getRegisteredFontNames():
            if not LATIN_FONT_FILE.is_file():
                raise TourplannerError(
                    Errors.tr("the bundled font {file} is missing; reinstall Tourplanner").format(
                        file=LATIN_FONT_FILE
                    )
                )
            pdfmetrics.registerFont(TTFont(LATIN_FONT, str(LATIN_FONT_FILE)))
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
