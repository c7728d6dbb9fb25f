"""Type sizes, colours and paragraph styles shared by every briefing.

One face (see ``fonts``), so hierarchy comes from size, colour and rules: a dark navy
for headings, a muted gold for accents, grey for secondary text. Every style breaks
lines with ``wordWrap='CJK'`` (our rules, see ``linebreak``), as any field may mix
Chinese and Latin.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from tourplanner.export.pdf.fonts import register_fonts

NAVY = colors.HexColor("#1B2F4B")
GOLD = colors.HexColor("#A8874A")
INK = colors.HexColor("#222222")
GREY = colors.HexColor("#5F6670")
LIGHT = colors.HexColor("#EEF1F5")
RULE = colors.HexColor("#C9CED6")
RED = colors.HexColor("#9B2C2C")
AMBER = colors.HexColor("#8A5A00")


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one document."""

    font: str
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cover_title: ParagraphStyle
    cover_local: ParagraphStyle
    cover_name: ParagraphStyle
    cover_line: ParagraphStyle
    time: ParagraphStyle
    item_title: ParagraphStyle
    item_local: ParagraphStyle
    detail: ParagraphStyle
    toc: ParagraphStyle
    toc_sub: ParagraphStyle
    right: ParagraphStyle


@cache
def make_styles(scale: float = 1.0) -> Styles:
    """The styles; ``scale`` shrinks the text for dense documents (the run sheet).

    Made once per process: reportlab only reads styles, and documents share them.
    """
    font = register_fonts()

    def style(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
        kw.setdefault("textColor", INK)
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size * scale,
            leading=leading * scale,
            wordWrap="CJK",
            allowWidows=0,
            **kw,
        )

    body = style("body", 9.5, 13.5, spaceAfter=4)
    return Styles(
        font=font,
        body=body,
        small=style("small", 8, 11),
        muted=style("muted", 8, 11, textColor=GREY),
        cell=style("cell", 8.5, 11.5),
        cell_head=style("cell_head", 8, 10.5, textColor=colors.white),
        h1=style("h1", 18, 23, textColor=NAVY, spaceBefore=4, spaceAfter=8, keepWithNext=1),
        h2=style("h2", 13, 17, textColor=NAVY, spaceBefore=12, spaceAfter=5, keepWithNext=1),
        h3=style("h3", 10.5, 14, textColor=NAVY, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        cover_title=style("cover_title", 24, 31, textColor=NAVY, alignment=TA_CENTER),
        cover_local=style("cover_local", 19, 26, textColor=NAVY, alignment=TA_CENTER),
        cover_name=style("cover_name", 20, 27, textColor=INK, alignment=TA_CENTER),
        cover_line=style("cover_line", 11, 16, textColor=GREY, alignment=TA_CENTER),
        time=style("time", 9.5, 13, textColor=NAVY),
        item_title=style("item_title", 10, 13.5, textColor=INK),
        item_local=style("item_local", 9, 12, textColor=GREY),
        detail=style("detail", 8.5, 11.5, textColor=INK),
        toc=style("toc", 10.5, 16, textColor=INK),
        toc_sub=style("toc_sub", 9.5, 14, textColor=GREY, leftIndent=14),
        right=style("right", 8, 10, textColor=GREY, alignment=TA_RIGHT),
    )
