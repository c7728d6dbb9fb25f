"""The seating chart of one item: each table drawn from above with its numbered seats
and who sits there, then an index of names with their table and seat.

Seats are numbered clockwise from the table's host, seen from above (``core.seating``):
on a round table seat 1 is at the top; on a long table the host sits mid-way along the
far side and the numbers run round the table. The seat markers are coloured by party
(hosts navy, guests gold, everyone else grey) so the alternation shows at a glance.
Landscape, two round tables to a row; a long table takes a row of its own.
"""

from __future__ import annotations

import hashlib
import math

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

from tourplanner.export.pdf.blocks import grid, join
from tourplanner.export.pdf.document import MARGIN, Outline, PageFrame, render, section_rule
from tourplanner.export.pdf.drawn import line
from tourplanner.export.pdf.facts import canonical
from tourplanner.export.pdf.fonts import FONT
from tourplanner.export.pdf.labels import Labels
from tourplanner.export.pdf.options import PdfOptions
from tourplanner.export.pdf.para import para, rich
from tourplanner.export.pdf.protocol_facts import GUEST, HOST, CardName, ChartFacts, ChartTable
from tourplanner.export.pdf.styles import GOLD, GREY, INK, LIGHT, NAVY, RULE, Styles, make_styles

SIDE_COLOURS = {HOST: NAVY, GUEST: GOLD}
ROUND_HEIGHT = 205.0
MARKER = 7.0  # a seat marker's radius
NAME_SIZE = 7.5


def table_label(lab: Labels, number: int) -> str:
    """'Table 3' / '3号桌' / both."""
    return lab.pick((f"Table {number}", f"{number}号桌"), " · ")


def _name_lines(person: CardName | None, width: float, size: float) -> tuple[str, ...]:
    """The lines of a name beside a seat: the English form (on two lines, split where
    they come out most even, when it is too wide for ``width`` at ``size``), then the
    local script."""
    if person is None:
        return ()
    out: list[str] = []
    words = person.card_en.split()
    if len(words) > 1 and stringWidth(person.card_en, FONT, size) > width:

        def widest(k: int) -> float:
            return max(
                stringWidth(" ".join(words[:k]), FONT, size),
                stringWidth(" ".join(words[k:]), FONT, size),
            )

        cut = min(range(1, len(words)), key=widest)
        out += [" ".join(words[:cut]), " ".join(words[cut:])]
    elif person.card_en:
        out.append(person.card_en)
    if person.card_zh:
        out.append(person.card_zh)
    return tuple(out)


class TableDrawing(Flowable):
    """One table seen from above, with its seats and names."""

    def __init__(self, table: ChartTable, width: float, lab: Labels, styles: Styles) -> None:
        super().__init__()
        self.table, self.lab, self.styles = table, lab, styles
        self.width = width
        self.long = table.shape == "long"
        self.height = self._long_height() if self.long else ROUND_HEIGHT

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def _long_height(self) -> float:
        return 150.0

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        if self.long:
            self._draw_long()
        else:
            self._draw_round()
        canv.restoreState()

    # -- pieces -------------------------------------------------------------------------

    def _marker(self, x: float, y: float, number: int, person: CardName | None) -> None:
        canv = self.canv
        fill = SIDE_COLOURS.get(person.side, GREY) if person is not None else colors.white
        canv.setFillColor(fill)
        canv.setStrokeColor(RULE if person is None else fill)
        canv.setLineWidth(0.6)
        canv.circle(x, y, MARKER, stroke=1, fill=1)
        line(canv, x, y - 2.3, str(number), font=self.styles.font, size=6.5,
             width=2 * MARKER - 2, colour=colors.white if person else GREY)  # fmt: skip

    def _label(
        self, x: float, y: float, lines: tuple[str, ...], anchor: str, width: float, size: float
    ) -> None:
        """The name's lines from ``y`` (the first line's baseline) downwards (none for an
        empty seat: its white marker alone)."""
        for n, text in enumerate(lines):
            line(self.canv, x, y - n * (size + 1.5), text, font=self.styles.font, size=size,
                 width=width, colour=INK, anchor=anchor, smallest=4.5)  # fmt: skip

    def _caption(self, x: float, y: float, width: float) -> None:
        t = self.table
        line(self.canv, x, y, table_label(self.lab, t.number), font=self.styles.font,
             size=9.5, width=width, colour=NAVY)  # fmt: skip
        taken = sum(p is not None for p in t.seats)
        line(self.canv, x, y - 11, f"{taken}/{len(t.seats)}", font=self.styles.font,
             size=7, width=width, colour=GREY)  # fmt: skip

    def _dietary(self, y: float) -> None:
        if self.table.dietary:
            text = f"{self.lab.pick(('Dietary', '饮食'), ' · ')}: " + "; ".join(self.table.dietary)
            line(self.canv, self.width / 2, y, text, font=self.styles.font, size=7,
                 width=self.width - 8, colour=GREY)  # fmt: skip

    # -- shapes -------------------------------------------------------------------------

    def _draw_round(self) -> None:
        canv = self.canv
        seats = self.table.seats
        n = max(len(seats), 1)
        cx, cy = self.width / 2, ROUND_HEIGHT / 2 + 6
        ring = max(50.0, n * 2.6 * MARKER / (2 * math.pi))
        radius = ring - MARKER - 4
        canv.setFillColor(LIGHT)
        canv.setStrokeColor(RULE)
        canv.circle(cx, cy, radius, stroke=1, fill=1)
        self._caption(cx, cy + 1, radius * 1.6)
        # Room for a name: the arc between two seats, and the side of the cell.
        gap = 2 * math.pi * (ring + 14) / n
        size = max(4.5, min(NAME_SIZE, gap / 2.6))
        side_room = self.width / 2 - ring - 16
        for i, person in enumerate(seats):
            angle = math.pi / 2 - 2 * math.pi * i / n  # seat 1 at the top, clockwise
            cos, sin = math.cos(angle), math.sin(angle)
            self._marker(cx + ring * cos, cy + ring * sin, i + 1, person)
            lx, ly = cx + (ring + MARKER + 5) * cos, cy + (ring + MARKER + 5) * sin
            if cos > 0.35:
                anchor, width = "start", side_room
            elif cos < -0.35:
                anchor, width = "end", side_room
            else:
                anchor, width = "middle", max(gap * 1.6, 60.0)
            lines = _name_lines(person, width, size)
            block = len(lines) * (size + 1.5)
            if anchor != "middle":
                top = ly + block / 2 - size * 0.8
            else:
                top = ly + block - size * 0.8 if sin > 0 else ly - size
            self._label(lx, top, lines, anchor, width, size)
        self._dietary(4)

    def _draw_long(self) -> None:
        canv = self.canv
        seats = self.table.seats
        n = len(seats)
        far = (n + 1) // 2  # seats along the far (top) side, the host's
        near = n - far
        spacing = min(90.0, (self.width - 40) / max(far, 1))
        length = spacing * max(far, 1)
        x0 = (self.width - length) / 2
        mid = self.height / 2 + 4
        depth = 34.0
        canv.setFillColor(LIGHT)
        canv.setStrokeColor(RULE)
        canv.rect(x0, mid - depth / 2, length, depth, stroke=1, fill=1)
        self._caption(self.width / 2, mid + 1, length)
        # Positions round the table, clockwise from above: the far side left to right,
        # then the near side right to left. The host sits mid-way along the far side.
        ring: list[tuple[float, float, bool]] = [
            (x0 + spacing * (k + 0.5), mid + depth / 2 + MARKER + 3, True) for k in range(far)
        ]
        near_spacing = length / max(near, 1)
        ring += [
            (x0 + near_spacing * (k + 0.5), mid - depth / 2 - MARKER - 3, False)
            for k in reversed(range(near))
        ]
        head = far // 2
        size = max(4.5, min(NAME_SIZE, spacing / 7))
        for i, person in enumerate(seats):
            x, y, top_side = ring[(head + i) % n]
            self._marker(x, y, i + 1, person)
            room = (spacing if top_side else near_spacing) - 4
            lines = _name_lines(person, room, size)
            if top_side:
                first = y + MARKER + 4 + (len(lines) - 1) * (size + 1.5)
            else:
                first = y - MARKER - 4 - size
            self._label(x, first, lines, "middle", room, size)
        self._dietary(4)


def _legend(lab: Labels, styles: Styles) -> Flowable:
    return rich(
        [
            ("● ", None, NAVY),
            (lab.pick(("Host", "主方"), " "), None, INK),
            ("     ● ", None, GOLD),
            (lab.pick(("Guest", "客方"), " "), None, INK),
            ("     ● ", None, GREY),
            (lab.pick(("Other", "其他"), " "), None, INK),
            ("     ", None, None),
            (
                lab.pick(("Seats clockwise from the table's host", "座位自主人起顺时针编号")),
                None,
                GREY,
            ),
        ],
        styles.small,
    )


def _rows(facts: ChartFacts, lab: Labels, styles: Styles, width: float) -> list[Flowable]:
    """The tables, two round ones to a row; a long table takes a row of its own."""
    out: list[Flowable] = []
    pending: list[ChartTable] = []

    def flush() -> None:
        if pending:
            cells = [TableDrawing(t, width / 2, lab, styles) for t in pending]
            row = Table([[*cells, *([""] * (2 - len(cells)))]], colWidths=[width / 2] * 2)
            row.setStyle(_CELL_STYLE)
            out.append(row)
            pending.clear()

    for t in facts.tables:
        if t.shape == "long":
            flush()
            row = Table([[TableDrawing(t, width, lab, styles)]], colWidths=[width])
            row.setStyle(_CELL_STYLE)
            out.append(row)
        else:
            pending.append(t)
            if len(pending) == 2:
                flush()
    flush()
    return out


_CELL_STYLE = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # an empty cell would set Helvetica
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
    ]
)


def index_rows(facts: ChartFacts) -> list[tuple[CardName, int, int]]:
    """Everyone seated with their table and seat, by family name."""
    seated = [
        (p, t.number, n)
        for t in facts.tables
        for n, p in enumerate(t.seats, start=1)
        if p is not None
    ]
    return sorted(seated, key=lambda e: (e[0].sort_name, e[0].key))


def render_seating_chart(facts: ChartFacts, options: PdfOptions) -> bytes:
    """The chart and its index as PDF bytes (landscape)."""
    lab = Labels(options.lang)
    styles = make_styles()
    size = options.page_size(wide=True)
    width = size[0] - 2 * MARGIN
    tour, item = facts.tour, facts.item
    outline = Outline(styles)
    kind = lab.pick(("Seating chart", "座位图"), " · ")
    title = item.title
    if lab.lang == "zh" and item.local_title:
        title = item.local_title
    elif lab.lang == "both" and item.local_title and item.local_title != item.title:
        title = f"{item.title}  {item.local_title}"
    when = join(lab.day(item.start.date()), lab.clock(item.start, item.end), item.site)
    story: list[Flowable] = [
        para(kind, styles.muted),
        outline.heading(title, styles.h1),
        para(when, styles.body),
        section_rule(),
        _legend(lab, styles),
        *_rows(facts, lab, styles, width),
        PageBreak(),
        outline.heading(lab.pick(("Index of names", "姓名索引"), " · "), styles.h2),
    ]
    rows = [
        [p.card_en, p.card_zh, p.organisation, str(table), str(seat)]
        for p, table, seat in index_rows(facts)
    ]
    story.append(
        grid(
            rows,
            [width * 0.27, width * 0.15, width * 0.42, width * 0.08, width * 0.08],
            styles,
            header=[
                lab("name"),
                lab.pick(("Local name", "中文姓名"), " · "),
                lab("organisation"),
                lab.pick(("Table", "桌号"), " · "),
                lab.pick(("Seat", "座位"), " · "),
            ],
        )
    )
    frame = PageFrame(
        title=f"{lab.pick(('Seating chart', '座位图'))}: {item.title} — {tour.name}",
        subject=f"{tour.name} {tour.local_name}".strip(),
        author=tour.organiser_name,
        header_left=join(tour.name, tour.local_name, sep="  "),
        header_right=join(kind, item.title, sep="  ·  "),
        footer_left=join(tour.organiser_name, tour.organiser_phone),
        content_hash=hashlib.sha256(f"{options!r}\n{canonical(facts)}".encode()).hexdigest(),
        lang=options.lang,
        cover=False,
    )
    return render(story, frame, styles, size)


__all__ = ["TableDrawing", "index_rows", "render_seating_chart", "table_label"]
