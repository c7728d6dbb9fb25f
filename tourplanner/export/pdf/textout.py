"""Text written into a PDF content stream as reportlab writes it, only faster.

reportlab works out every string's font-subset codes, escapes and font operators anew
each time it draws the string, in Python, and a briefing draws the same labels, names
and places hundreds of times (and every paragraph's text once). Here what each string,
font and colour turns into is remembered for the whole document (``DocumentText``, kept
on the canvas). ``TextWriter`` fills a text object for ``Para.draw``; ``draw_string`` is
``Canvas.drawString`` and its centred and right-aligned siblings. Both write exactly
the operators reportlab's own calls would (the PDFs are byte for byte the same), and
hand anything unusual (a font that is not a subsetted TrueType font, shaped text) to
reportlab itself.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth


class TextWriter:
    """Writes text into a reportlab text object as its own ``setFont``,
    ``setFillColor`` and ``_textOut`` would, operator for operator, but with what each
    string, font and colour turns into remembered for the whole document.

    reportlab works out every string's subset codes, escapes and font operators anew
    each time it is drawn; a briefing draws the same labels, names and places hundreds
    of times. The PDF is byte for byte what reportlab's own calls give.
    """

    __slots__ = (
        "_alpha_checked",
        "_cache",
        "_canv",
        "_code",
        "_fill",
        "_font",
        "_leading",
        "_subset",
        "_tx",
    )

    def __init__(self, canv: Any, tx: Any, leading: float) -> None:
        self._canv = canv
        self._tx = tx
        self._code: list[str] = tx._code
        self._leading = leading
        self._cache = DocumentText.of(canv)
        self._font: tuple[str, float] | None = None  # None: not set in this text object
        self._subset = -1
        self._fill: object = None
        self._alpha_checked = False

    def font(self, name: str, size: float) -> None:
        """``setFont(name, size, leading)`` (TrueType: no operator until text follows)."""
        if self._font != (name, size):
            self._font = (name, size)
            if self._cache.dynamic(name):
                tx = self._tx  # the state setFont leaves, for any fallback below
                tx._fontname, tx._fontsize, tx._leading = name, size, self._leading
                self._subset = -1
            else:
                self._tx.setFont(name, size, self._leading)

    def color(self, color: Any) -> None:
        """``setFillColor(color)``, when it differs from the last colour set here."""
        if color is self._fill:
            return
        self._fill = color
        if type(color) is not Color:
            self._tx.setFillColor(color)
            return
        self._code.append(_rg(color.red, color.green, color.blue))
        alpha = color.alpha
        if alpha is not None:  # what setFillAlpha does, and only when it would change
            if not self._alpha_checked:
                self._canv._doc.ensureMinPdfVersion("transparency")
                self._alpha_checked = True
            if self._canv._extgstate._d.get("ca", 1) != alpha:
                self._tx.setFillAlpha(alpha)

    def text(self, text: str) -> None:
        """``_textOut(text)`` in the current font."""
        assert self._font is not None
        name, size = self._font
        if type(text) is not str or not self._cache.dynamic(name):
            tx = self._tx
            tx._curSubset = self._subset
            tx._textOut(text)
            self._subset = tx._curSubset
            return
        parts = []
        for subset, shown in self._cache.chunks(name, text):
            if subset != self._subset:
                parts.append(self._cache.select(name, subset, size, self._leading))
                self._subset = subset
            parts.append(shown)
        self._code.append(" ".join(parts))


class DocumentText:
    """What strings and fonts turn into in one document (kept on its canvas)."""

    @staticmethod
    def of(canv: Any) -> DocumentText:
        """The one of ``canv``'s document."""
        found = canv.__dict__.get("_tp_text")
        if found is None:
            found = canv._tp_text = DocumentText(canv)
        return found

    def __init__(self, canv: Any) -> None:
        self._canv = canv
        self._doc = canv._doc
        self._chunks: dict[tuple[str, str], list[tuple[int, str]]] = {}
        self._select: dict[tuple[str, int, float, float], str] = {}
        self._dynamic: dict[str, bool] = {}

    def dynamic(self, name: str) -> bool:
        """Whether ``name`` is a subsetted TrueType font (the only kind written here)."""
        found = self._dynamic.get(name)
        if found is None:
            font = getFont(name)
            found = self._dynamic[name] = bool(getattr(font, "_dynamicFont", False))
        return found

    def chunks(self, name: str, text: str) -> list[tuple[int, str]]:
        """Per subset of the font, the show-text operator of that part of ``text``."""
        key = (name, text)
        found = self._chunks.get(key)
        if found is None:
            escape_ = self._canv._escape
            found = self._chunks[key] = [
                (subset, f"({escape_(codes)}) Tj")
                for subset, codes in getFont(name).splitString(text, self._doc)
            ]
        return found

    def show(self, name: str, size: float, leading: float, text: str) -> str:
        """The operators that show ``text`` in a text object whose font was just set, as
        reportlab's ``_formatText`` writes them."""
        parts = []
        current = -1
        for subset, shown in self.chunks(name, text):
            if subset != current:
                parts.append(self.select(name, subset, size, leading))
                current = subset
            parts.append(shown)
        return " ".join(parts)

    def select(self, name: str, subset: int, size: float, leading: float) -> str:
        """The operators that select a font subset, size and leading."""
        key = (name, subset, size, leading)
        found = self._select.get(key)
        if found is None:
            internal = getFont(name).getSubsetInternalName(subset, self._doc)
            found = self._select[key] = f"{internal} {fp_str(size)} Tf {fp_str(leading)} TL"
        return found


@lru_cache(maxsize=256)
def _rg(red: float, green: float, blue: float) -> str:
    return f"{fp_str((red, green, blue))} rg"


def draw_string(canv: Any, x: float, y: float, text: str, anchor: str = "start") -> None:
    """``canv.drawString`` (``anchor`` start), ``drawCentredString`` (middle) or
    ``drawRightString`` (end) in the canvas's current font, size and leading."""
    name, size = canv._fontname, canv._fontsize
    cache = DocumentText.of(canv)
    if type(text) is not str or not cache.dynamic(name) or getattr(canv, "_drawTextAsPath", False):
        if anchor == "start":
            canv.drawString(x, y, text)
        elif anchor == "middle":
            canv.drawCentredString(x, y, text)
        else:
            canv.drawRightString(x, y, text)
        return
    if anchor != "start":
        width = _width(text, name, size)
        x = x - 0.5 * width if anchor == "middle" else x - width
    origin = fp_str(x, y)
    shown = cache.show(name, size, canv._leading, text) if text else ""
    tm = "1 0 0 1" if canv.bottomup else "1 0 0 -1"
    canv._code.append(f"BT {tm} {origin} Tm {shown} T* ET")


@lru_cache(maxsize=4096)
def _width(text: str, name: str, size: float) -> float:
    return float(stringWidth(text, name, size))
