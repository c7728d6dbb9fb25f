"""Badges: one A6 page per person, for a badge holder.

A band across the top in the colour of the person's role (its name in both languages,
white on the colour, so security can tell a delegate from the press across a room), the
name in the local script and in English with the honorific, the title and organisation,
and a QR code that opens the person's live page once the tour is published. Without a
live link there is no code and no empty box where it would be.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A6

from tourplanner.core.enums import ParticipantRole
from tourplanner.export.pdf.blocks import CalendarCode
from tourplanner.export.pdf.drawn import bare_canvas, line
from tourplanner.export.pdf.facts import TourHead
from tourplanner.export.pdf.labels import Labels
from tourplanner.export.pdf.options import PdfOptions
from tourplanner.export.pdf.protocol_facts import Badge
from tourplanner.export.pdf.styles import GREY, INK, NAVY

ROLE_COLOURS: dict[ParticipantRole, colors.Color] = {
    ParticipantRole.DELEGATE: colors.HexColor("#9B2C2C"),  # red: the guests
    ParticipantRole.HOST: NAVY,
    ParticipantRole.ORGANISER: colors.HexColor("#A8874A"),
    ParticipantRole.INTERPRETER: colors.HexColor("#2F6B4F"),
    ParticipantRole.MEDIA: colors.HexColor("#5B3F8C"),
    ParticipantRole.STAFF: colors.HexColor("#5F6670"),
    ParticipantRole.SECURITY: colors.HexColor("#222222"),
    ParticipantRole.DRIVER: colors.HexColor("#8A5A00"),
}
BAND = 74.0
QR_SIZE = 86.0


def render_badges(badges: Sequence[Badge], tour: TourHead, options: PdfOptions) -> bytes:
    """One A6 page per badge, in the order given (the order of precedence)."""
    lab = Labels("both")  # a badge is read by anyone: its role is named in both languages
    width, height = A6
    buf = io.BytesIO()
    title = f"{Labels(options.lang).pick(('Badges', '胸牌'))}: {tour.name}"
    canv = bare_canvas(buf, A6, title=title, author=tour.organiser_name, lang=options.lang)
    font = canv._fontname
    room = width - 36
    centre = width / 2
    for badge in badges:
        person = badge.person
        colour = ROLE_COLOURS[ParticipantRole(person.role)]
        canv.setFillColor(colour)
        canv.rect(0, height - BAND, width, BAND, stroke=0, fill=1)
        canv.rect(0, 0, width, 8, stroke=0, fill=1)
        tour_name = " ".join(x for x in (tour.name, tour.local_name) if x)
        line(canv, centre, height - 20, tour_name, font=font, size=7, width=room,
             colour=colors.white, smallest=4.5)  # fmt: skip
        line(canv, centre, height - 52, lab.role(person.role).replace(" ", " · "), font=font,
             size=20, width=room, colour=colors.white, smallest=10)  # fmt: skip
        y = height - BAND - 58
        if person.card_zh:
            line(canv, centre, y, person.card_zh, font=font, size=38, width=room, colour=INK,
                 smallest=16)  # fmt: skip
            y -= 30
            line(canv, centre, y, person.card_en, font=font, size=17, width=room, colour=NAVY,
                 smallest=8)  # fmt: skip
        else:
            line(canv, centre, y - 8, person.card_en, font=font, size=24, width=room,
                 colour=INK, smallest=10)  # fmt: skip
            y -= 30
        y -= 22
        for text, size in ((person.title, 9.5), (person.organisation, 10.5)):
            if text:
                line(canv, centre, y, text, font=font, size=size, width=room, colour=GREY,
                     smallest=6)  # fmt: skip
                y -= size + 5
        if badge.link:
            code = CalendarCode(badge.link, QR_SIZE)
            code.wrapOn(canv, QR_SIZE, QR_SIZE)
            code.drawOn(canv, centre - QR_SIZE / 2, 16)
        canv.showPage()
    canv.save()
    return buf.getvalue()


__all__ = ["ROLE_COLOURS", "render_badges"]
