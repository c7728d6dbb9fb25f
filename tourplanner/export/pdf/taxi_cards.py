"""The last page of a delegate briefing: cut-out taxi cards, one per place visited.

A card is for the driver: the place's name in the local script, large (22 pt), its
local address and phone, then small, for the delegate, the English name and address,
and a QR code that opens the place in the local map app. Dashed lines show where to cut.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

from tourplanner.export.pdf.blocks import CalendarCode, join
from tourplanner.export.pdf.document import Outline
from tourplanner.export.pdf.facts import TaxiCard
from tourplanner.export.pdf.labels import Labels
from tourplanner.export.pdf.para import para
from tourplanner.export.pdf.styles import GREY, INK, RULE, Styles

COLUMNS = 2
QR_SIZE = 80.0  # 28 mm: a phone reads a long map link at arm's length
PADDING = 9.0
CUT_DASH = (3, 2)


@cache
def card_styles(styles: Styles) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    """The local name (at least 20 pt, as the issue asks), the local address and the
    small lines of a card; made once per process like the other styles."""
    big = ParagraphStyle("taxi_name", parent=styles.body, fontSize=22, leading=27,
                         textColor=INK, spaceAfter=3)  # fmt: skip
    address = ParagraphStyle("taxi_address", parent=styles.body, fontSize=11, leading=14.5,
                             textColor=INK, spaceAfter=3)  # fmt: skip
    small = ParagraphStyle("taxi_small", parent=styles.small, fontSize=7.5, leading=9.5,
                           textColor=GREY, spaceAfter=1)  # fmt: skip
    return big, address, small


def card_cell(card: TaxiCard, labels: Labels, styles: Styles, width: float) -> Table:
    """One card, top to bottom: the local name across the card, then the local address,
    phone and (small) the English name and address, with the QR code of the map link
    beside them (none when the place has nothing a map could find).

    Without a local-script name the English name is the big line; without a local
    address the English one is shown at the same size, marked as such, so the card
    still gets the delegate there."""
    big, address, small = card_styles(styles)
    # The card is read by the driver: its own words are in both languages whatever
    # the reader's.
    labels = Labels("both")
    local_name = card.local_name.strip()
    text: list[Flowable] = []
    if card.local_address.strip():
        text.append(para(card.local_address, address))
    elif card.address.strip():
        text.append(para(card.address, address))
        text.append(para(f"({labels('no_local_address')})", small))
    if card.phone.strip():
        # The label on a line of its own: the number must not wrap in a narrow card.
        text += [para(labels("phone"), small), para(card.phone, address)]
    english = join(card.name if local_name else "", card.address if card.local_address else "")
    if english:
        text.append(para(english, small))
    rows: list[list[object]] = [
        [para(labels("take_me", " · "), small), ""],
        [para(local_name or card.name, big), ""],
        [text, CalendarCode(card.map_link, QR_SIZE) if card.map_link else ""],
    ]
    table = Table(rows, colWidths=[width - QR_SIZE - 6, QR_SIZE + 6])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.font),
                ("SPAN", (0, 0), (1, 0)),
                ("SPAN", (0, 1), (1, 1)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (-1, -1), (-1, -1), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def taxi_cards_story(
    cards: tuple[TaxiCard, ...], labels: Labels, styles: Styles, outline: Outline, width: float
) -> list[Flowable]:
    """A new page of cards, two to a row, with dashed cut lines between them."""
    if not cards:
        return []
    inner = width / COLUMNS - 2 * PADDING
    cells: list[Flowable | str] = [card_cell(c, labels, styles, inner) for c in cards]
    cells += [""] * (-len(cells) % COLUMNS)
    rows = [cells[n : n + COLUMNS] for n in range(0, len(cells), COLUMNS)]
    grid = Table(rows, colWidths=[width / COLUMNS] * COLUMNS, splitByRow=1)
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.font),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), PADDING),
                ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING),
                # op, cells, weight, colour, cap, dash: the cut lines.
                ("GRID", (0, 0), (-1, -1), 0.6, RULE, None, CUT_DASH),
            ]
        )
    )
    return [
        PageBreak(),
        outline.heading(labels("taxi_cards"), styles.h1),
        para(labels("taxi_note"), styles.muted),
        para("", styles.small),
        grid,
    ]


__all__ = ["card_cell", "taxi_cards_story"]
