"""Name cards and place cards: tent cards printed flat and folded in half, so the name
shows on both faces (the upper half is printed upside down).

A name card is one A4 sheet in landscape (each face 297 × 105 mm), for the table at
a meeting or meal: the name in the local script, large,
and in English with the honorific (the name-card form of ``core.address``), the
organisation small. A place card is a quarter of an A4 sheet (four to a page, 105 ×
74 mm a face) for a banquet seat: the name in both scripts and the table and seat.
Dashed lines are cut, dotted lines folded.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

from reportlab.pdfgen.canvas import Canvas

from tourplanner.export.pdf.drawn import bare_canvas, line
from tourplanner.export.pdf.facts import TourHead
from tourplanner.export.pdf.labels import Labels
from tourplanner.export.pdf.options import PdfOptions
from tourplanner.export.pdf.protocol_facts import CardName, ItemHead, PlaceCard
from tourplanner.export.pdf.styles import GOLD, GREY, INK, NAVY, RULE

CUT_DASH = (4, 3)
FOLD_DASH = (1, 2.5)
Face = Callable[[Canvas, float, float], None]  # draws one face in a width × height box


def _folded(canv: Canvas, x: float, y: float, width: float, height: float, face: Face) -> None:
    """A tent card in the box at ``x, y``: ``face`` upright in the lower half and upside
    down in the upper half, and the fold between them."""
    half = height / 2
    canv.saveState()
    canv.translate(x, y)
    face(canv, width, half)
    canv.restoreState()
    canv.saveState()
    canv.translate(x + width, y + height)
    canv.rotate(180)
    face(canv, width, half)
    canv.restoreState()
    canv.saveState()
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    canv.setDash(*FOLD_DASH)
    canv.line(x + 6, y + half, x + width - 6, y + half)
    canv.restoreState()


def _name_face(person: CardName, font: str) -> Face:
    """The face of a name card: the local name large, the English one below, the
    organisation at the foot; the English name alone, large, for a name without one."""

    def draw(canv: Canvas, width: float, height: float) -> None:
        room = width - 80
        centre = width / 2
        if person.card_zh:
            line(canv, centre, height * 0.52, person.card_zh, font=font, size=66, width=room,
                 colour=INK, smallest=24)  # fmt: skip
            line(canv, centre, height * 0.30, person.card_en, font=font, size=30, width=room,
                 colour=NAVY, smallest=12)  # fmt: skip
        else:
            line(canv, centre, height * 0.42, person.card_en, font=font, size=52, width=room,
                 colour=INK, smallest=18)  # fmt: skip
        if person.organisation:
            line(canv, centre, height * 0.12, person.organisation, font=font, size=13,
                 width=room, colour=GREY, smallest=7)  # fmt: skip
        canv.setStrokeColor(GOLD)
        canv.setLineWidth(1.2)
        canv.line(centre - 40, height * 0.22, centre + 40, height * 0.22)

    return draw


def render_name_cards(
    cards: Sequence[CardName], tour: TourHead, item: ItemHead | None, options: PdfOptions
) -> bytes:
    """One sheet (A4 or Letter, landscape) per card, in the order given (the order of
    precedence)."""
    lab = Labels(options.lang)
    size = options.page_size(wide=True)
    buf = io.BytesIO()
    what = lab.pick(("Name cards", "桌签"))
    title = f"{what}: {item.title if item else tour.name}"
    canv = bare_canvas(buf, size, title=title, author=tour.organiser_name, lang=options.lang)
    font = canv._fontname
    for person in cards:
        _folded(canv, 0, 0, size[0], size[1], _name_face(person, font))
        canv.showPage()
    canv.save()
    return buf.getvalue()


def seat_words(lab: Labels, table: int, seat: int) -> str:
    """'Table 3 · Seat 5' / '3号桌 5号座' / both."""
    return lab.pick((f"Table {table} · Seat {seat}", f"{table}号桌 {seat}号座"), "  ·  ")


def _place_face(card: PlaceCard, lab: Labels, font: str, item: ItemHead) -> Face:
    person = card.person

    def draw(canv: Canvas, width: float, height: float) -> None:
        room = width - 28
        centre = width / 2
        if person.card_zh:
            line(canv, centre, height * 0.56, person.card_zh, font=font, size=30, width=room,
                 colour=INK, smallest=12)  # fmt: skip
            line(canv, centre, height * 0.38, person.card_en, font=font, size=14, width=room,
                 colour=NAVY, smallest=7)  # fmt: skip
        else:
            line(canv, centre, height * 0.48, person.card_en, font=font, size=22, width=room,
                 colour=INK, smallest=9)  # fmt: skip
        line(canv, centre, height * 0.18, seat_words(lab, card.table, card.seat), font=font,
             size=9, width=room, colour=GREY, smallest=6)  # fmt: skip
        line(canv, centre, height * 0.08, item.title, font=font, size=6.5, width=room,
             colour=GREY, smallest=5)  # fmt: skip

    return draw


def render_place_cards(
    cards: Sequence[PlaceCard], tour: TourHead, item: ItemHead, options: PdfOptions
) -> bytes:
    """Four place cards to an A4 (or Letter) portrait sheet, by table and seat."""
    lab = Labels(options.lang)
    size = options.page_size()
    buf = io.BytesIO()
    title = f"{lab.pick(('Place cards', '席卡'))}: {item.title}"
    canv = bare_canvas(buf, size, title=title, author=tour.organiser_name, lang=options.lang)
    font = canv._fontname
    w, h = size[0] / 2, size[1] / 2
    cells = [(0, h), (w, h), (0, 0), (w, 0)]
    for start in range(0, len(cards), 4):
        for card, (x, y) in zip(cards[start : start + 4], cells, strict=False):
            _folded(canv, x, y, w, h, _place_face(card, lab, font, item))
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.setDash(*CUT_DASH)
        canv.line(w, 0, w, size[1])
        canv.line(0, h, size[0], h)
        canv.restoreState()
        canv.showPage()
    canv.save()
    return buf.getvalue()


__all__ = ["render_name_cards", "render_place_cards", "seat_words"]
