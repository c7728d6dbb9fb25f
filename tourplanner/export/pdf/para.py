"""Paragraphs that break lines by our rules (``linebreak``) and measure text quickly.

``Para`` is a reportlab ``Paragraph`` whose ``wordWrap='CJK'`` breaker is replaced: the
text of all fragments is measured with the font's width table, broken by
``linebreak.break_lines`` and cut back into fragments per line. Splitting across pages
keeps working because reportlab builds the two halves with ``self.__class__``.

User text never goes through reportlab's markup parser: ``para`` and ``rich`` build the
fragments directly, so a name with ``<`` or ``&`` prints as typed, and a briefing with
a thousand paragraphs does not spend a third of its time parsing. Plain lines are also
drawn by a lean path of our own (``Para.draw``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus.paragraph import (
    FragLine,
    Paragraph,
    ParaLines,
    _handleBulletWidth,
    imgNormV,
    imgVRange,
)
from reportlab.platypus.paraparser import ParaFrag

from tourplanner.export.pdf.fonts import LATIN_FONT, char_widths, glyph_widths
from tourplanner.export.pdf.linebreak import CJK_START, break_lines
from tourplanner.export.pdf.textout import TextWriter

# A run of text in one size and colour (None: the style's); a bare None is a line break.
Run = tuple[str, float | None, Color | None] | None


def markup(text: str) -> str:
    """User text as paragraph markup: XML special characters escaped, newlines kept."""
    return escape(text).replace("\n", "<br/>")


def _frag(
    style: ParagraphStyle,
    size: float | None,
    color: Color | None,
    text: str,
    font: str | None = None,
) -> ParaFrag:
    """A fragment as reportlab's markup parser would make it, without running the parser
    (which costs more than laying the text out)."""
    frag = ParaFrag()
    frag.rise = 0
    frag.greek = 0
    frag.link = []
    frag.fontName = font or style.fontName
    frag.bold = frag.italic = 0
    frag.fontSize = size or style.fontSize
    frag.textColor = color or style.textColor
    frag.us_lines = []
    frag.text = text
    return frag


_CACHE_LIMIT = 50_000  # entries per cache; a cache that fills up starts again
Frags = tuple[list[ParaFrag], tuple[object, ...] | None]  # fragments and their signature
_FRAGS_CACHE: dict[tuple[object, ...], Frags] = {}


def rich(runs: Sequence[Run], style: ParagraphStyle, bullet: str | None = None) -> Para:
    """A paragraph from runs of plain text (nothing is interpreted as markup).

    The fragments of equal runs are made once per process and shared: reportlab only
    reads them, and the briefings of a tour repeat the same items again and again.
    """
    return paragraph_of(rich_frags(runs, style), style, bullet)


def rich_frags(runs: Sequence[Run], style: ParagraphStyle) -> Frags:
    """The fragments of a paragraph of ``runs`` (shared, see ``rich``), with their
    signature."""
    key = (style.fontName, style.fontSize, style.textColor, tuple(runs))
    found = _FRAGS_CACHE.get(key)
    if found is None:
        frags: list[ParaFrag] = []
        for run in runs:
            if run is None:
                br = _frag(style, None, None, "")
                br.lineBreak = True
                frags.append(br)
            elif run[0]:
                for text, latin in latin_quotes(run[0]):
                    font = LATIN_FONT if latin else None
                    frags.append(_frag(style, run[1], run[2], text, font))
        if not frags:
            frags.append(_frag(style, None, None, ""))
        if len(_FRAGS_CACHE) >= _CACHE_LIMIT:
            _FRAGS_CACHE.clear()
        found = _FRAGS_CACHE[key] = (frags, _signature(frags))
    return found


_QUOTES = re.compile("[“”‘’]")
_OPENING = "“‘"


def latin_quotes(text: str) -> list[tuple[str, bool]]:
    """``text`` in pieces, each with whether it is a curly quote of Latin text.

    The main face has only full-width curly quotes, right for Chinese (“一带一路”) but a
    gap of half an em in English (“open the door to green”): a quote whose text is Latin
    (the character after an opening quote, before a closing one or an apostrophe) is set
    in the Latin face.
    """
    if not _QUOTES.search(text):
        return [(text, False)]
    pieces: list[tuple[str, bool]] = []
    start = 0
    for found in _QUOTES.finditer(text):
        at = found.start()
        inner = text[at + 1 : at + 2] if text[at] in _OPENING else text[at - 1 : at]
        if not inner.strip():  # a quote beside a space: look at its other side
            inner = text[at - 1 : at] if text[at] in _OPENING else text[at + 1 : at + 2]
        if inner.strip() and ord(inner) < CJK_START:
            if at > start:
                pieces.append((text[start:at], False))
            pieces.append((text[at], True))
            start = at + 1
    if start < len(text):
        pieces.append((text[start:], False))
    return pieces


def paragraph_of(frags: Frags, style: ParagraphStyle, bullet: str | None = None) -> Para:
    """A paragraph of fragments made by ``rich_frags`` (with ``style``)."""
    paragraph = Para(None, style, bulletText=bullet, frags=frags[0])
    paragraph.signature = frags[1]
    return paragraph


def para(text: str, style: ParagraphStyle) -> Para:
    """A paragraph of plain user text (no markup is interpreted; newlines break lines)."""
    return rich(plain_runs(text), style)


def plain_runs(text: str) -> list[Run]:
    """The runs of plain text: its lines, in the style's size and colour."""
    runs: list[Run] = []
    for n, line in enumerate(text.split("\n")):
        if n:
            runs.append(None)
        runs.append((line, None, None))
    return runs


def _frag_widths(text: str, frag: Any) -> list[float]:
    try:
        glyph_widths(frag.fontName)
    except KeyError:  # pragma: no cover - every style uses the registered font
        return [stringWidth(c, frag.fontName, frag.fontSize) for c in text]
    return char_widths(text, frag.fontName, frag.fontSize)


_LINES_CACHE: dict[tuple[object, ...], ParaLines] = {}


def _signature(frags: list[Any]) -> tuple[object, ...] | None:
    """What decides how a paragraph breaks and draws; None if it holds images or links."""
    out: list[object] = []
    for f in frags:
        if hasattr(f, "cbDefn") or f.link:
            return None
        color = f.textColor
        out.append((f.text, f.fontName, f.fontSize, color.hexval() if color else None,
                    hasattr(f, "lineBreak")))  # fmt: skip
    return tuple(out)


def split_frags(
    frags: list[Any],
    max_widths: list[float],
    calc_bounds: bool,
    signature: tuple[object, ...] | None = None,
) -> ParaLines:
    """Break a paragraph's fragments into ``kind=1`` lines, as reportlab's CJK breaker
    returns them, but with ``linebreak`` rules.

    Results are remembered per process: a tour's briefings repeat the same items for
    every member of a group, and reportlab only reads the lines it is given.
    ``signature`` is ``_signature(frags)`` when the caller already knows it.
    """
    if signature is None:
        signature = _signature(frags)
    if signature is None:
        return _split_frags(frags, max_widths, calc_bounds)
    key = (signature, tuple(max_widths), calc_bounds)
    found = _LINES_CACHE.get(key)
    if found is None:
        if len(_LINES_CACHE) >= _CACHE_LIMIT:
            _LINES_CACHE.clear()
        found = _LINES_CACHE[key] = _split_frags(frags, max_widths, calc_bounds)
    return found


def _split_frags(frags: list[Any], max_widths: list[float], calc_bounds: bool) -> ParaLines:
    chars: list[str] = []
    widths: list[float] = []
    owner: list[int] = []  # index of the fragment each character comes from
    offset: list[int] = []  # where each fragment's text starts in ``chars``
    for k, frag in enumerate(frags):
        text = frag.text
        if isinstance(text, bytes):
            text = text.decode("utf8")
        offset.append(len(chars))
        if text:
            chars.extend(text)
            widths.extend(_frag_widths(text, frag))
            owner.extend([k] * len(text))
        else:  # a <br/>, an anchor or an inline image: one zero-width (or image) slot
            chars.append("\n" if hasattr(frag, "lineBreak") else "\u200b")
            widths.append(getattr(getattr(frag, "cbDefn", None), "width", 0) or 0)
            owner.append(k)
    lines: list[Any] = []
    for start, end, used, forced in break_lines(chars, widths, max_widths):
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        words = []
        max_size = max_ascent = min_descent = 0.0
        j = start
        while j < end:
            k = owner[j]
            m = j
            while m < end and owner[m] == k:
                m += 1
            frag = frags[k]
            word = frag.clone()
            text = frag.text
            if isinstance(text, bytes):
                text = text.decode("utf8")
            word.text = text[j - offset[k] : m - offset[k]] if text else ""
            words.append(word)
            ascent, descent = _bounds(frag, calc_bounds)
            max_size = max(max_size, frag.fontSize)
            max_ascent = max(max_ascent, ascent)
            min_descent = min(min_descent, descent)
            j = m
        lines.append(
            FragLine(
                kind=1,
                extraSpace=max_width - used,
                wordCount=1,
                words=words,
                fontSize=max_size,
                ascent=max_ascent,
                descent=min_descent,
                maxWidth=max_width,
                currentWidth=used,
                lineBreak=forced,
            )
        )
    return ParaLines(kind=1, lines=lines)


def _bounds(frag: Any, calc_bounds: bool) -> tuple[float, float]:
    cb: Any = getattr(frag, "cbDefn", None)
    if calc_bounds and getattr(cb, "width", None):
        descent, ascent = imgVRange(imgNormV(cb.height, frag.fontSize), cb.valign, frag.fontSize)
        return ascent, descent
    return getAscentDescent(frag.fontName, frag.fontSize)


def _join_lines(bl_para: ParaLines, start: int, stop: int) -> list[Any]:
    """The fragments of lines ``start`` to ``stop``, for the halves of a split paragraph.

    reportlab's own version appends a space at every line end, which would put spaces
    between Chinese characters wherever a line had broken.
    """
    return [word for line in bl_para.lines[start:stop] for word in line.words]


class Para(Paragraph):
    """A Paragraph whose CJK line breaking follows ``linebreak`` (see the module doc)."""

    # Set on a paragraph whose first line (up to the first line break) is a title: it
    # then splits only if the title and one line under it fit (see ``split``).
    keep_head = False

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        """reportlab's split, but a paragraph with ``keep_head`` moves on whole rather than
        leave its title (all its lines up to the first line break) and less than one
        more line at the foot of a page."""
        if self.keep_head and self.frags:
            if not hasattr(self, "blPara"):
                self.wrap(availWidth, availHeight)
            lines = self.blPara.lines
            head = next(
                (n + 1 for n, line in enumerate(lines) if getattr(line, "lineBreak", False)),
                len(lines),
            )
            if availHeight + 1e-8 < min(len(lines), head + 1) * self.style.leading:
                return []
        return super().split(availWidth, availHeight)

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        if not isinstance(maxWidths, list | tuple):
            maxWidths = [maxWidths]
        if hasattr(self, "blPara") and getattr(self, "_splitpara", None):
            return self.blPara
        style = self.style
        self.height = 0
        maxWidths = list(maxWidths)
        _handleBulletWidth(self.bulletText, style, maxWidths)
        if not self.frags:
            return ParaLines(
                kind=0,
                fontSize=style.fontSize,
                fontName=style.fontName,
                textColor=style.textColor,
                lines=[],
                ascent=style.fontSize,
                descent=-0.2 * style.fontSize,
            )
        # reportlab wraps a paragraph several times at the same width (to measure, to
        # keep it with the next one, to draw): break it once per width.
        key = tuple(maxWidths)
        cached = getattr(self, "_lines_for", None)
        if cached is not None and cached[0] == key:
            return cached[1]
        auto = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        lines = split_frags(
            self.frags, maxWidths, auto not in ("", "off"), getattr(self, "signature", None)
        )
        self._lines_for = (key, lines)
        return lines

    def _get_split_blParaFunc(self) -> Any:
        return _join_lines

    def _plain_lines(self) -> list[Any] | None:
        """The lines, if they can be drawn the lean way (see ``draw``); else None."""
        bl = getattr(self, "blPara", None)
        style = self.style
        if (
            bl is None
            or bl.kind != 1
            or not bl.lines
            or getattr(self, "autoLeading", getattr(style, "autoLeading", "")) not in ("", "off")
            or style.alignment == TA_JUSTIFY
            or style.backColor
            or style.borderWidth
            or getattr(self, "_offsets", None)
            or not isinstance(self.bulletText or "", str)
        ):
            return None
        plain = bl.__dict__.get("_tp_plain")  # lines are shared, and so is the answer
        if plain is None:
            plain = bl._tp_plain = _plain(bl.lines)
        return bl.lines if plain else None

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        """``Flowable.drawOn`` with the operators it writes (save the graphics state,
        move the origin, draw, restore) but without keeping reportlab's own copy of the
        whole state, when the lines are drawn the lean way: that way changes no state
        but the fill opacity, which is put back here. Once per paragraph and table
        cell, that copying cost a tenth of a briefing's build time."""
        if (
            type(self) is not Para  # headings draw bookmarks, which need the position
            or getattr(self, "_showBoundary", None)
            or not canvas.bottomup
        ):
            super().drawOn(canvas, x, y, _sW)
            return
        lines = self._plain_lines()
        if lines is None:
            super().drawOn(canvas, x, y, _sW)
            return
        x = self._hAlignAdjust(x, _sW)
        code = canvas._code
        code.append("q")
        code.append(f"{fp_str(1, 0, 0, 1, x, y)} cm")
        state = canvas._extgstate
        canvas._extgstate = state.pushCopy()
        self.canv = canvas
        try:
            self._draw_lines(lines)
        finally:
            del self.canv
            canvas._extgstate = state
        code.append("Q")

    def draw(self) -> None:
        """Draw plain lines (one face, sizes and colours, a text bullet) in one text object.

        reportlab's general drawing handles links, underlines, images, justification and
        more, per fragment, and costs a third of a briefing's build time; anything beyond
        plain lines still goes to it.
        """
        lines = self._plain_lines()
        if lines is None:
            super().draw()
        else:
            self._draw_lines(lines)

    def _draw_lines(self, lines: list[Any]) -> None:
        """Draw plain ``lines`` in one text object (see ``draw``)."""
        style = self.style
        canv = self.canv  # drawOn has saved the graphics state; it restores it after
        leading = style.leading
        y = self.height - lines[0].fontSize
        tx = canv.beginText(0, y)
        code = tx._code
        out = TextWriter(canv, tx, leading)
        if self.bulletText:
            tx.setTextOrigin(style.bulletIndent, y)
            out.font(style.bulletFontName, style.bulletFontSize)
            out.color(getattr(style, "bulletColor", None) or style.textColor)
            out.text(self.bulletText)
        alignment = style.alignment
        bottom_up = canv.bottomup
        for n, line in enumerate(lines):
            x = style.leftIndent + (style.firstLineIndent if n == 0 else 0)
            if alignment == TA_CENTER:
                x += line.extraSpace / 2
            elif alignment == TA_RIGHT:
                x += line.extraSpace
            if bottom_up:  # what setTextOrigin writes (its cursor is not used here)
                code.append(f"1 0 0 1 {fp_str(x, y - n * leading)} Tm")
            else:
                tx.setTextOrigin(x, y - n * leading)
            for word in line.words:
                if not word.text:
                    continue
                out.font(word.fontName, word.fontSize)
                out.color(word.textColor)
                out.text(word.text)
        canv.drawText(tx)


def _plain(lines: list[Any]) -> bool:
    """Whether every fragment is plain text (no image, link, underline or rise)."""
    for line in lines:
        for w in line.words:
            if hasattr(w, "cbDefn") or w.link or w.us_lines or w.rise:
                return False
    return True
