"""Small building blocks shared by the briefings: tables of people, key-value lists, the
calendar QR code, and the cover page.

Every table cell holds a splittable paragraph. Tables split between rows, and inside a
row only when that row is taller than a page (``RowTable``): a name is never cut at the
foot of a page, and no cell can grow taller than a page and stop the layout.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import chain, pairwise, zip_longest
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, LongTable, Spacer, Table, TableStyle

from tourplanner.export.pdf.document import section_rule
from tourplanner.export.pdf.facts import Person, TourHead, display_name
from tourplanner.export.pdf.fonts import FONT
from tourplanner.export.pdf.labels import Labels
from tourplanner.export.pdf.para import Frags, para, paragraph_of, plain_runs, rich_frags
from tourplanner.export.pdf.styles import LIGHT, NAVY, RULE, Styles


def join(*parts: str, sep: str = " · ") -> str:
    """The non-empty parts, joined."""
    return sep.join(p.strip() for p in parts if p and p.strip())


def person_name(p: Person, lang: str) -> str:
    """'Mr. Chen Wancai 陈万才' (or the Chinese name first in a Chinese document)."""
    if lang == "zh" and p.local_name.strip():
        return display_name(p.local_name, p.name)
    name = display_name(p.name, p.local_name)
    return f"{p.honorific.strip()} {name}".strip() if lang == "en" else name


class RowTable(LongTable):
    """A long table that splits between rows, and inside a row only when the row could
    not fit a whole page (reportlab's ``splitInRow`` cuts the first row that does not fit
    the rest of a page, mid-name)."""

    splitInRow: int  # set by reportlab's Table.__init__ (untyped)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if not self.splitInRow:
            return super().split(availWidth, availHeight)
        self._calc(availWidth, availHeight)
        header = sum(self._rowHeights[: self.repeatRows])
        if (
            max(self._rowHeights[self.repeatRows :], default=0)
            > _page_height(self, availHeight) - header
        ):
            return super().split(availWidth, availHeight)
        self.splitInRow = 0
        try:
            return super().split(availWidth, availHeight)
        finally:
            self.splitInRow = 1


def _page_height(flowable: Flowable, available: float) -> float:
    """The height of an empty frame of the document being laid out (``available`` when
    the flowable is split outside a document)."""
    frame = getattr(getattr(getattr(flowable, "canv", None), "_doctemplate", None), "frame", None)
    if frame is None:
        return available
    return float(frame._height - frame._topPadding - frame._bottomPadding)


def grid(
    rows: Sequence[Sequence[Flowable | str]],
    widths: Sequence[float],
    styles: Styles,
    *,
    header: Sequence[str] | None = None,
    zebra: bool = True,
) -> LongTable:
    """A table of paragraphs with an optional repeating header row."""
    data: list[list[Flowable | str]] = []
    if header is not None:
        data.append([para(h, styles.cell_head) for h in header])
    for row in rows:
        data.append([para(c, styles.cell) if isinstance(c, str) else c for c in row])
    table = RowTable(
        data or [[""]],
        colWidths=list(widths),
        repeatRows=1 if header is not None else 0,
        splitByRow=1,
        splitInRow=1,
    )
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), styles.font),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
    ]
    if header is not None:
        commands += [("BACKGROUND", (0, 0), (-1, 0), NAVY), ("LINEBELOW", (0, 0), (-1, 0), 0, NAVY)]
    if zebra:
        first = 1 if header is not None else 0
        commands.append(("ROWBACKGROUNDS", (0, first), (-1, -1), [colors.white, LIGHT]))
    table.setStyle(TableStyle(commands))
    return table


def pairs(items: Sequence[tuple[str, str]], styles: Styles, width: float) -> Table:
    """Label: value lines, the labels in a narrow grey column."""
    label_w = min(130.0, width * 0.28)
    rows: list[list[Any]] = [
        [para(k, styles.muted), para(v, styles.body)] for k, v in items if v and v.strip()
    ]
    table = Table(rows or [[""]], colWidths=[label_w, width - label_w], splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.font),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def people_table(
    people: Sequence[Person], labels: Labels, styles: Styles, width: float
) -> LongTable:
    """Who's who: name, title, organisation (never contact details or needs)."""
    cell = styles.cell
    rows = [[paragraph_of(f, cell) for f in _person_cells(p, labels.lang, cell)] for p in people]
    return grid(
        rows,
        [width * 0.34, width * 0.36, width * 0.30],
        styles,
        header=[labels("name"), labels("title"), labels("organisation")],
    )


_PERSON_CELLS: dict[tuple[int, str, int], tuple[Person, tuple[Frags, ...]]] = {}


def _person_cells(p: Person, lang: str, style: ParagraphStyle) -> tuple[Frags, ...]:
    """The fragments of a person's who's-who cells, made once per process: the same
    people are listed in every briefing of a tour."""
    key = (id(p), lang, id(style))
    found = _PERSON_CELLS.get(key)
    if found is None or found[0] is not p:
        if len(_PERSON_CELLS) >= 50_000:
            _PERSON_CELLS.clear()
        texts = (person_name(p, lang), p.title, p.organisation)
        found = _PERSON_CELLS[key] = (p, tuple(rich_frags(plain_runs(t), style) for t in texts))
    return found[1]


@lru_cache(maxsize=256)
def qr_modules(value: str) -> tuple[tuple[bool, ...], ...]:
    """The dark and light modules of ``value``'s QR code (error correction M).

    Text that is not ASCII is declared UTF-8 (ECI 26), so readers do not guess Latin-1.
    """
    qr = _qr_code(value, None)
    try:
        qr.make()
    except Exception as e:
        if "code length overflow" not in str(e):
            raise
        # reportlab's version estimate leaves out the ECI header, so a UTF-8 value near
        # a version's capacity does not fit the version it picks: take the next ones.
        for version in range(qr.version + 1, 41):
            qr = _qr_code(value, version)
            try:
                qr.make()
                break
            except Exception as again:
                if "code length overflow" not in str(again):
                    raise
        else:
            raise
    return tuple(tuple(bool(m) for m in row) for row in qr.modules)


def _qr_code(value: str, version: int | None) -> _QRCode:
    qr = _QRCode(version, qrencoder.QRErrorCorrectLevel.M)
    if value.isascii():
        qr.addData(value)
    else:
        qr.addData(qrencoder.QRECI(26))
        qr.addData(qrencoder.QR8bitByte(value))
    return qr


class _QRCode(qrencoder.QRCode):
    """reportlab's QR encoder, choosing the mask pattern faster.

    reportlab lays the whole symbol out again for each of the eight mask patterns and
    scores each module by module. Only the data modules differ between masks, so here
    the symbol is laid out once, rows become integers, and each mask is an XOR on the
    data modules of a row; the score is reportlab's (``lost_point``). The same mask,
    so the same code, in a fraction of the time. The code words (``_code_words``) and
    the placing of the data modules (``mapData``) are reportlab's too, worked out with
    tables instead of polynomials and mask functions.
    """

    def getBestMaskPattern(self) -> int:
        if getattr(self, "dataCache", None) is None:  # before reportlab's makeImpl does
            self.dataCache = _code_words(self.version, self.errorCorrectLevel, self.dataList)
        self.makeImpl(True, 0)
        size = self.moduleCount
        first = qrencoder.QRUtil.getMask(0)
        modules = self.modules
        data = [0] * size  # per row: the data modules
        dark = [0] * size  # per row: the dark data modules before masking
        for col, row in self.dataPosIterator():
            data[row] |= 1 << col
            if modules[row][col] ^ first(row, col):
                dark[row] |= 1 << col
        fixed = [_row_bits(modules[r]) & ~data[r] for r in range(size)]
        best = pattern = 0
        for mask in range(8):
            flips = _mask_bits(size, mask)
            rows = [fixed[r] | ((dark[r] ^ flips[r]) & data[r]) for r in range(size)]
            lost = _lost_point_rows([format(r, f"0{size}b")[::-1] for r in rows])
            if mask == 0 or best > lost:
                best, pattern = lost, mask
        return pattern

    def mapData(self, data: Sequence[int], maskPattern: int) -> None:
        """reportlab's ``mapData``: each data bit, masked, into its module."""
        flips = _mask_bits(self.moduleCount, maskPattern)
        modules = self.modules
        places: list[tuple[int, int]] = self.dataPosIterator()
        bits: Iterator[bool] = self.dataBitIterator(data)
        for col, row in places:  # bits run out before the places: the rest are light
            modules[row][col] = next(bits, False) ^ bool(flips[row] >> col & 1)


def _code_words(version: int, level: int, segments: Sequence[Any]) -> list[int]:
    """The symbol's code words, as reportlab's ``QRCode.createData`` makes them: the
    segments, the terminator, padding to whole bytes and then with 0xEC 0x11, and per
    block its data and error-correction words (``_ec_words``), interleaved."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(version, level)
    buffer = qrencoder.QRBitBuffer()
    for segment in segments:
        segment.write(buffer, version)
    capacity = sum(b.dataCount for b in blocks) * 8
    if buffer.getLengthInBits() > capacity:
        raise Exception(  # reportlab's words: qr_modules looks for them
            f"code length overflow. ({buffer.getLengthInBits()} > {capacity})"
        )
    if buffer.getLengthInBits() + 4 <= capacity:
        buffer.put(0, 4)
    while buffer.getLengthInBits() % 8 != 0:
        buffer.putBit(False)
    pad = (qrencoder.QRCode.PAD0, qrencoder.QRCode.PAD1)
    n = 0
    while buffer.getLengthInBits() < capacity:
        buffer.put(pad[n % 2], 8)
        n += 1
    words: list[int] = buffer.buffer
    data: list[list[int]] = []
    ec: list[list[int]] = []
    offset = 0
    for block in blocks:
        data.append(words[offset : offset + block.dataCount])
        offset += block.dataCount
        ec.append(_ec_words(data[-1], block.totalCount - block.dataCount))
    columns = chain(zip_longest(*data), zip_longest(*ec))
    return [w for column in columns for w in column if w is not None]


def _ec_words(data: Sequence[int], count: int) -> list[int]:
    """The ``count`` error-correction words of a block: the remainder of the data times
    x^count divided by the generator polynomial (what reportlab's polynomial division
    gives, leading zeros kept), by the usual shift register over GF(256)."""
    generator = _generator_logs(count)
    exp, log = qrencoder.EXP_TABLE, qrencoder.LOG_TABLE
    rest = [0] * count
    for word in data:
        factor = word ^ rest[0]
        del rest[0]
        rest.append(0)
        if factor:
            shift = log[factor]
            for i, g in enumerate(generator):
                if g >= 0:
                    rest[i] ^= exp[(g + shift) % 255]
    return rest


@lru_cache(maxsize=64)
def _generator_logs(count: int) -> tuple[int, ...]:
    """The logarithms of reportlab's generator polynomial for ``count`` error-correction
    words, the leading 1 left out (-1 for a zero coefficient)."""
    poly = qrencoder.QRUtil.getErrorCorrectPolynomial(count)
    return tuple(qrencoder.LOG_TABLE[c] if c else -1 for c in poly.num[1:])


def _row_bits(row: Sequence[bool]) -> int:
    """A row of modules as an integer: bit j is module j."""
    return int("".join("1" if m else "0" for m in reversed(row)), 2)


@lru_cache(maxsize=64)
def _mask_bits(size: int, mask: int) -> tuple[int, ...]:
    """Per row, the modules that mask pattern ``mask`` flips (as ``_row_bits``)."""
    flips = qrencoder.QRUtil.getMask(mask)
    return tuple(sum(1 << col for col in range(size) if flips(row, col)) for row in range(size))


_RUN_OF_5 = re.compile(r"0{5,}|1{5,}")
_FINDER_LIKE = "10111010000"


def lost_point(modules: Sequence[Sequence[bool]]) -> int:
    """The penalty of a QR symbol, exactly as reportlab's ``QRUtil.getLostPoint`` scores
    it (see ``_lost_point_rows``)."""
    return _lost_point_rows(["".join("1" if m else "0" for m in row) for row in modules])


def _lost_point_rows(rows: list[str]) -> int:
    """The penalty of a symbol given as rows of "0" and "1": runs of five or more
    modules of one colour in rows and columns (length - 2 each), 2×2 blocks of one
    colour (3 each), the finder-like pattern ``10111010000`` read left to right, not
    overlapping and not at the last place (40 each; in rows only, as reportlab finds
    it), and the balance of dark and light."""
    columns = ["".join(column) for column in zip(*rows, strict=True)]
    size = len(rows)
    score = 0
    for line in (*rows, *columns):
        for run in _RUN_OF_5.finditer(line):
            score += run.end() - run.start() - 2
    bits = [int(row[::-1], 2) for row in rows]  # bit j is module j
    inner = (1 << (size - 1)) - 1
    full = (1 << size) - 1
    for above, row in pairwise(bits):
        same = ~(above ^ row) & full
        score += 3 * (same & (same >> 1) & ~(row ^ (row >> 1)) & inner).bit_count()
    last = size - len(_FINDER_LIKE)
    for line in rows:  # reportlab's column pass compares a tuple with a list: never equal
        at = line.find(_FINDER_LIKE)
        while 0 <= at < last:
            score += 40
            at = line.find(_FINDER_LIKE, at + len(_FINDER_LIKE))
    dark = sum(row.count("1") for row in rows)
    return 10 * (abs(100 * dark // (size * size) - 50) // 5) + score


class CalendarCode(Flowable):
    """The QR code of a calendar link or file name, black on white with its quiet zone."""

    QUIET = 4  # modules of white border, as the standard asks

    def __init__(self, value: str, size: float = 104) -> None:
        super().__init__()
        self.value = value
        self.width = self.height = size

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setFillColor(colors.white)
        canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canv.setFillColor(colors.black)
        # The modules as a 1-bit image mask painted black, written once per code and
        # size: a few hundred bytes where a path of rectangles takes kilobytes, and a
        # batch prints the same taxi-card codes in every briefing.
        canv.addLiteral(_qr_image(self.value, self.width, self.QUIET))
        canv.restoreState()


@lru_cache(maxsize=512)
def _qr_image(value: str, size: float, quiet: int) -> str:
    """PDF operators that paint ``value``'s dark modules in a ``size`` square, quiet
    zone included: an inline image mask (``/IM true``; a set bit paints the fill
    colour), one module per sample, scaled up without interpolation."""
    rows = qr_modules(value)
    n = len(rows)
    cell = size / (n + 2 * quiet)
    width = ((n + 7) // 8) * 8
    data = bytearray()
    for row in rows:
        bits = "".join("1" if m else "0" for m in row).ljust(width, "0")
        data += int(bits, 2).to_bytes(width // 8, "big")
    side = fp_str(n * cell)
    offset = fp_str(quiet * cell)
    return (
        f"q {side} 0 0 {side} {offset} {offset} cm "
        f"BI /W {n} /H {n} /BPC 1 /IM true /D [1 0] /F /AHx ID {data.hex()}> EI Q"
    )


def calendar_block(
    value: str, labels: Labels, styles: Styles, width: float, caption: str = "calendar"
) -> Table:
    """The QR code of the reader's page with its caption (the labels ``caption`` and
    ``<caption>_note``) and the address in words beside it."""
    code = CalendarCode(value)
    text = [
        para(labels(caption), styles.h3),
        para(labels(f"{caption}_note"), styles.small),
        para(value, styles.muted),
    ]
    table = Table([[code, text]], colWidths=[code.width + 12, width - code.width - 12])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.font),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def cover(
    tour: TourHead,
    labels: Labels,
    styles: Styles,
    width: float,
    *,
    name: Person | None = None,
    subtitle: str = "",
    calendar: str = "",
) -> list[Flowable]:
    """The cover: what the document is, the tour in both scripts, dates, the reader."""
    out: list[Flowable] = [Spacer(1, 36), para(tour.name, styles.cover_title)]
    if tour.local_name.strip():
        out += [Spacer(1, 6), para(tour.local_name, styles.cover_local)]
    out += [
        Spacer(1, 14),
        section_rule(0.3),
        para(labels.dates(tour.start, tour.end), styles.cover_line),
    ]
    if name is not None:
        out += [Spacer(1, 34), para(labels("prepared_for"), styles.cover_line)]
        full = f"{name.honorific.strip()} {name.name}".strip()
        out.append(para(full, styles.cover_name))
        if name.local_name.strip() and name.local_name.strip() != name.name.strip():
            out.append(para(name.local_name, styles.cover_name))
        out.append(Spacer(1, 4))
        out.append(para(join(name.title, name.organisation), styles.cover_line))
    if subtitle:
        out += [Spacer(1, 30), para(subtitle, styles.cover_name)]
    if calendar:
        out += [Spacer(1, 40), _centred(calendar_block(calendar, labels, styles, 300), width)]
    return out


def cover_footer(tour: TourHead, labels: Labels) -> tuple[str, ...]:
    """The organiser's contact, printed at the foot of the cover."""
    return (
        labels("organiser"),
        join(tour.organiser_name, tour.organiser_phone, tour.organiser_email),
    )


def _centred(flowable: Flowable, width: float) -> Table:
    table = Table([[flowable]], colWidths=[width])
    table.setStyle(
        TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("ALIGN", (0, 0), (-1, -1), "CENTER")])
    )
    return table


__all__ = [
    "CalendarCode",
    "calendar_block",
    "cover",
    "grid",
    "join",
    "pairs",
    "people_table",
    "person_name",
]
