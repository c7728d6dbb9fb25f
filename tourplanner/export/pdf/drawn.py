"""Text drawn straight on a canvas, for documents laid out by hand (seating charts,
cards, badges): names shrunk to fit a width, and a bare canvas with the metadata and
/Lang of the other PDFs but no running header or footer.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from tourplanner.export.pdf.fonts import register_fonts
from tourplanner.export.pdf.textout import draw_string


def pdf_lang(lang: str) -> str:
    """The language a document declares (/Lang): zh-CN for Chinese ones, else en, as the
    briefings do."""
    return "zh-CN" if lang == "zh" else "en"


def bare_canvas(
    buf: io.BytesIO, size: tuple[float, float], *, title: str, author: str, lang: str
) -> Canvas:
    """A canvas of ``size`` pages with the document's title, author and language;
    deterministic output (the same content gives the same bytes)."""
    font = register_fonts()
    canv = Canvas(buf, pagesize=size, invariant=1, lang=pdf_lang(lang), initialFontName=font)
    canv.setTitle(title)
    canv.setAuthor(author)
    canv.setCreator("Tourplanner")
    canv.setProducer("Tourplanner (reportlab)")
    canv.setViewerPreference("DisplayDocTitle", "true")
    return canv


def fitted(text: str, font: str, size: float, width: float, smallest: float) -> tuple[str, float]:
    """``text`` and the largest size up to ``size`` at which it fits ``width``; below
    ``smallest`` the text is cut with an ellipsis instead."""
    measured = stringWidth(text, font, size)
    if measured <= width or not text:
        return text, size
    shrunk = size * width / measured
    if shrunk >= smallest:
        return text, shrunk
    while text and stringWidth(text + "…", font, smallest) > width:
        text = text[:-1]
    return text.rstrip() + "…", smallest


def line(
    canv: Any,
    x: float,
    y: float,
    text: str,
    *,
    font: str,
    size: float,
    width: float,
    colour: Color,
    anchor: str = "middle",
    smallest: float = 5.0,
) -> float:
    """Draw one line of ``text`` at ``x, y`` shrunk to fit ``width``; returns the size used."""
    text, used = fitted(text, font, size, width, smallest)
    canv.setFont(font, used)
    canv.setFillColor(colour)
    draw_string(canv, x, y, text, anchor)
    return used


__all__ = ["bare_canvas", "fitted", "line", "pdf_lang"]
