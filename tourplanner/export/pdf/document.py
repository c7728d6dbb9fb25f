"""The page frame of every briefing: cover and body pages, running header and footer,
headings that become PDF bookmarks, and a contents page with real page numbers.

Page numbers are known only once a page is laid out, and reportlab's table of contents
needs a second full build to print them. Instead, each page number on the contents page
(and the total in "page 3 / 12") is a PDF form XObject that is drawn by reference and
defined when the canvas is saved, when every number is known: one pass, half the time.

Output is deterministic (``invariant=1``), so the same facts, options and issue always
give the same bytes. With an ``Issue`` (see ``issue``) every page's footer carries its
stamp, the PDF's CreationDate and ModDate are the issue date, its /ID is made from the
content hash and version, and page 1 lists what changed since the previous version.
Without one (a bare build, no version kept) there is no stamp and the dates stay at
reportlab's invariant 2000-01-01.

The PDF opens with its bookmarks shown (PageMode /UseOutlines) and its title in the
title bar (DisplayDocTitle); /Lang is zh-CN for Chinese documents, en otherwise.
Contents entries link to their headings.
"""

from __future__ import annotations

import gc
import io
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import PDFStreamFilterBase85Encode
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable
from reportlab.platypus.paragraph import ParagraphStyle

from tourplanner.export.pdf.fonts import FONT, register_fonts
from tourplanner.export.pdf.issue import Issue, current_issue
from tourplanner.export.pdf.labels import Labels
from tourplanner.export.pdf.para import Para, para, rich
from tourplanner.export.pdf.styles import GOLD, GREY, NAVY, RULE, Styles
from tourplanner.export.pdf.textout import draw_string

HASH_KEYWORD = "tourplanner-content-sha256:"
_HASH_RE = re.compile(rb"tourplanner-content-sha256:([0-9a-f]{64})")
VERSION_KEYWORD = "tourplanner-version:"
_VERSION_RE = re.compile(rb"tourplanner-version:([0-9]{1,9})")
MARGIN = 46.0
HEADER = 22.0


def read_content_hash(data: bytes) -> str | None:
    """The content hash a briefing recorded in its metadata, or None."""
    found = _HASH_RE.search(data)
    return found.group(1).decode() if found else None


def read_version(data: bytes) -> int | None:
    """The version a briefing recorded in its metadata, or None (unstamped)."""
    found = _VERSION_RE.search(data)
    return int(found.group(1)) if found else None


class BriefingCanvas(Canvas):
    """A canvas that remembers where headings landed and fills in page numbers last."""

    def __init__(self, *args: Any, content_hash: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.showOutline()
        issue = current_issue()
        if issue is not None:
            self._doc._timeStamp = _issue_time(issue)
            self._doc._ID = _pdf_id(issue.pdf_id(content_hash))
        self.heading_pages: dict[str, int] = {}
        # form name -> width, height, font size, baseline
        self.page_refs: dict[str, tuple[float, float, float, float]] = {}
        self.pages = 0

    def showPage(self) -> None:
        self.pages += 1
        super().showPage()

    def page_ref(
        self, form: str, width: float, height: float, size: float, baseline: float
    ) -> None:
        """Draw the number of a page that may not be known yet, right-aligned in a box."""
        self.page_refs.setdefault(form, (width, height, size, baseline))
        self.doForm(form)

    def save(self) -> None:
        for form, (width, height, size, baseline) in sorted(self.page_refs.items()):
            if form == "total":
                text = str(self.pages)
            else:
                page = self.heading_pages.get(form.removeprefix("pg-"))
                text = str(page) if page else "–"
            self.beginForm(form, 0, 0, width, height)
            self.setFont(FONT, size)
            if form == "total":  # follows "3 / " in the footer
                self.setFillColor(GREY)
                draw_string(self, 0, baseline, text)
            else:
                self.setFillColor(NAVY)
                draw_string(self, width, baseline, text, "end")
            self.endForm()
        super().save()


def _issue_time(issue: Issue) -> TimeStamp:
    """reportlab's time stamp (what CreationDate and ModDate print) at the issue date."""
    stamp = TimeStamp(invariant=1)
    offset = issue.issued.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    stamp.YMDhms = issue.issued.timetuple()[:6]
    stamp.dhh, stamp.dmm = int(minutes / 60), abs(minutes) % 60
    return stamp


def _pdf_id(digest: bytes) -> bytes:
    """The trailer's /ID entry as reportlab writes it (``PDFDocument.ID``)."""
    text = pdfdoc.PDFText(digest, enc="raw").format(pdfdoc.DummyDoc())
    return b"\n[" + text + text + b"]\n% ReportLab generated PDF document -- digest (opensource)\n"


class PageRef(Flowable):
    """The page number of heading ``key``, right-aligned, on the baseline of a one-line
    paragraph of the given size and leading (so it lines up with the entry beside it).
    With ``link_width`` the row it ends (that many points to its left) links to the
    heading."""

    def __init__(
        self,
        key: str,
        width: float = 36,
        size: float = 10.5,
        leading: float = 14,
        link_width: float = 0,
    ) -> None:
        super().__init__()
        self.key, self.width, self.height, self.size = key, width, leading, size
        self.link_width = link_width

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        baseline = self.height - self.size
        self.canv.page_ref(f"pg-{self.key}", self.width, self.height, self.size, baseline)
        if self.link_width:
            rect = (-self.link_width, -2, self.width, self.height + 2)
            self.canv.linkRect("", self.key, rect, relative=1, thickness=0)


class Heading(Para):
    """A heading that marks its page, becomes a bookmark and may appear in the contents."""

    def __init__(
        self,
        text: Any,
        style: Any = None,
        bulletText: Any = None,
        frags: Any = None,
        caseSensitive: int = 1,
        encoding: str = "utf8",
        *,
        key: str | None = None,
        outline: str = "",
        level: int = 0,
    ) -> None:
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)
        self.key, self.outline, self.level = key, outline, level

    def draw(self) -> None:
        canv = self.canv
        if self.key and self.key not in canv.heading_pages:
            canv.heading_pages[self.key] = canv.getPageNumber()
            canv.bookmarkHorizontal(self.key, 0, self.height + 8)
            canv.addOutlineEntry(self.outline, self.key, level=self.level, closed=self.level > 0)
        super().draw()


@dataclass
class Outline:
    """Hands out headings with bookmark keys and collects the contents entries."""

    styles: Styles
    entries: list[tuple[str, str, int]] = field(default_factory=list)  # key, text, level
    _count: int = 0

    def heading(
        self, text: str, style: ParagraphStyle, level: int = 0, *, contents: bool = True
    ) -> Heading:
        """A heading kept with what follows it (for text)."""
        self._count += 1
        key = f"h{self._count}"
        if contents:
            self.entries.append((key, text, level))
        frags = rich([(text, None, None)], style).frags
        return Heading(None, style, frags=frags, key=key, outline=text, level=level)

    def loose_heading(
        self,
        text: str,
        style: ParagraphStyle,
        level: int = 0,
        *,
        contents: bool = True,
        room: float = 90,
    ) -> list[Flowable]:
        """A heading that is not kept with the next flowable, preceded by a page break
        unless ``room`` points are left.

        For a table that may run for pages, keep-with-next makes reportlab move the
        table, heading and all, to a new page and leave this one blank; for many short
        sections it makes reportlab copy the frame each time. Checking the room left is
        enough to keep a heading off the foot of a page.
        """
        heading = self.heading(text, style, level, contents=contents)
        heading.style = _loose(style)
        return [CondPageBreak(room), heading]


@cache
def _loose(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-loose", parent=style, keepWithNext=0)


class Contents(Flowable):
    """The contents page: entry, dotted rule, page number. Reads the outline's entries
    when laid out, so it can stand in the story before the headings are made."""

    def __init__(self, outline: Outline) -> None:
        super().__init__()
        self.outline = outline
        self._table: Table | None = None

    def _make(self, width: float) -> Table:
        s = self.outline.styles
        rows = []
        for key, text, level in self.outline.entries:
            style = s.toc if level == 0 else s.toc_sub
            ref = PageRef(key, 36, style.fontSize, style.leading, link_width=width - 40)
            rows.append([para(text, style), ref])
        table = Table(rows or [[""]], colWidths=[width - 40, 40], splitByRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), s.font),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE, None, (1, 2)),
                ]
            )
        )
        return table

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._table = self._make(aw)
        return self._table.wrap(aw, ah)

    def split(self, aw: float, ah: float) -> list[Flowable]:
        return self._make(aw).split(aw, ah)

    def draw(self) -> None:
        assert self._table is not None
        self._table.drawOn(self.canv, 0, 0)


@dataclass(frozen=True)
class PageFrame:
    """What the running header and footer say, and the document's metadata."""

    title: str  # metadata title
    subject: str
    author: str
    header_left: str
    header_right: str
    footer_left: str
    content_hash: str
    lang: str = "en"  # en, zh or both: the document's language (labels, stamp)
    # The language the PDF declares (/Lang); "" = zh-CN for Chinese documents, else en.
    # A bilingual briefing declares its reader's first language.
    pdf_lang: str = ""
    cover: bool = True
    cover_band: str = ""  # white on the navy band of the cover
    cover_footer: tuple[str, ...] = ()  # lines at the foot of the cover


def _decorate(frame: PageFrame, styles: Styles) -> Callable[[Canvas, Any], None]:
    def body_page(canv: Canvas, doc: Any) -> None:
        width, height = doc.pagesize
        canv.saveState()
        canv.setFont(styles.font, 7.5)
        canv.setFillColor(GREY)
        top = height - MARGIN + 6
        inner = width - 2 * MARGIN
        left = _fit(frame.header_left, styles.font, 7.5, inner * 0.56)
        draw_string(canv, MARGIN, top, left)
        right_text = _fit(frame.header_right, styles.font, 7.5, inner * 0.4)
        draw_string(canv, width - MARGIN, top, right_text, "end")
        canv.setStrokeColor(GOLD)
        canv.setLineWidth(0.6)
        canv.line(MARGIN, top - 5, width - MARGIN, top - 5)
        canv.setStrokeColor(RULE)
        canv.line(MARGIN, MARGIN - 8, width - MARGIN, MARGIN - 8)
        stamp = _stamp(frame)
        footer = _fit(frame.footer_left, styles.font, 7.5, inner * (0.5 if stamp else 0.8))
        draw_string(canv, MARGIN, MARGIN - 20, footer)
        # "3 / 12": the total is a form filled in when the canvas is saved.
        total_width = stringWidth("0000", styles.font, 7.5)
        right = width - MARGIN - total_width
        numbers = f"{canv.getPageNumber()} / "
        draw_string(canv, right, MARGIN - 20, numbers, "end")
        if stamp:
            gap = stringWidth(numbers, styles.font, 7.5) + 14
            draw_string(canv, right - gap, MARGIN - 20, stamp, "end")
        canv.saveState()
        canv.translate(right, MARGIN - 20 - 2.5)
        canv.page_ref("total", total_width, 10, 7.5, 2.5)
        canv.restoreState()
        canv.restoreState()

    return body_page


def _cover(frame: PageFrame, styles: Styles) -> Callable[[Canvas, Any], None]:
    def cover_page(canv: Canvas, doc: Any) -> None:
        width, height = doc.pagesize
        canv.saveState()
        canv.setFillColor(NAVY)
        canv.rect(0, height - 92, width, 92, stroke=0, fill=1)
        canv.setFillColor(GOLD)
        canv.rect(0, height - 97, width, 5, stroke=0, fill=1)
        canv.rect(0, 0, width, 6, stroke=0, fill=1)
        canv.setFont(styles.font, 12)
        canv.setFillColor(colors.white)
        band = _fit(frame.cover_band, styles.font, 12, width * 0.8)
        draw_string(canv, MARGIN, height - 52, band)
        canv.setFillColor(GREY)
        y = MARGIN + 4 + 13 * (len(frame.cover_footer) - 1)
        for n, line in enumerate(frame.cover_footer):
            canv.setFont(styles.font, 9 if n else 8)
            fitted = _fit(line, styles.font, 9, width - 2 * MARGIN)
            draw_string(canv, width / 2, y, fitted, "middle")
            y -= 13
        stamp = _stamp(frame)
        if stamp:
            canv.setFont(styles.font, 7.5)
            draw_string(canv, width / 2, MARGIN - 20, stamp, "middle")
        canv.restoreState()

    return cover_page


def _stamp(frame: PageFrame) -> str:
    """The issue stamp of the document being rendered, "" when it has none."""
    issue = current_issue()
    return issue.stamp(frame.lang) if issue is not None else ""


def changes_since(frame: PageFrame, styles: Styles) -> list[Flowable]:
    """Page 1's "Changed since v(N−1)" list: each changed item with a mark as in the
    margin, at most ten lines (then how many more)."""
    issue = current_issue()
    if issue is None or not issue.changed:
        return []
    labels = Labels(frame.lang)
    lines = issue.change_lines(labels)
    if len(lines) > 10:
        more = len(lines) - 9
        lines = [*lines[:9], labels.pick((f"and {more} more", f"另有 {more} 项"))]
    heading = para(issue.changes_heading(labels), styles.h3)
    out: list[Flowable] = [heading]
    out += [ChangeMark(para(line, styles.small)) for line in lines]
    return [KeepTogether(out), Spacer(1, 6)]


def _with_changes(story: list[Flowable], frame: PageFrame, styles: Styles) -> list[Flowable]:
    """``story`` with page 1's "Changed since" list: at the top of a cover, or under
    the title block (its rule) of a document without one."""
    block = changes_since(frame, styles)
    if not block:
        return story
    at = 0
    if not frame.cover:
        rules = [n for n, f in enumerate(story[:8]) if isinstance(f, HRFlowable)]
        at = rules[0] + 1 if rules else 0
    return [*story[:at], *block, *story[at:]]


class ChangeMark(Flowable):
    """A flowable with a bar in the left margin: it changed since the previous version.
    ``inset``: how far the flowable sits right of the frame's edge (a table cell's
    padding), so the bar lands in the margin all the same."""

    def __init__(self, inner: Flowable, inset: float = 0) -> None:
        super().__init__()
        self.inner, self.inset = inner, inset

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(aw, ah)
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        return [ChangeMark(part, self.inset) for part in self.inner.split(aw, ah)]

    def getKeepWithNext(self) -> Any:
        return self.inner.getKeepWithNext()

    def getSpaceBefore(self) -> float:
        return float(self.inner.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.inner.getSpaceAfter())

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setFillColor(GOLD)
        canv.rect(-12 - self.inset, 0, 3.5, self.height, stroke=0, fill=1)
        canv.restoreState()
        self.inner.drawOn(canv, 0, 0)


def marked_cell(text: str, style: ParagraphStyle) -> Flowable:
    """The first cell of a table row that changed: its text, with the bar in the margin
    (``grid`` pads cells by 4 points)."""
    return ChangeMark(para(text, style), inset=4)


@lru_cache(maxsize=512)
def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten one line of header text with an ellipsis to fit ``width``."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _keywords(content_hash: str) -> str:
    """The content hash and, for an issued document, its version."""
    issue = current_issue()
    words = f"{HASH_KEYWORD}{content_hash}"
    return f"{words} {VERSION_KEYWORD}{issue.version}" if issue is not None else words


class _Doc(BaseDocTemplate):
    def __init__(self, buf: io.BytesIO, frame: PageFrame, styles: Styles, size: Any) -> None:
        super().__init__(
            buf,
            pagesize=size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER,
            bottomMargin=MARGIN,
            title=frame.title,
            author=frame.author,
            subject=frame.subject,
            creator="Tourplanner",
            producer="Tourplanner (reportlab)",
            keywords=_keywords(frame.content_hash),
            invariant=1,
            initialFontName=styles.font,
            displayDocTitle=1,
            lang=frame.pdf_lang or ("zh-CN" if frame.lang == "zh" else "en"),
        )
        width, height = size
        # No frame padding: the content width is exactly the page less the margins, which
        # is what tables and sketches are sized to.
        pad = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
        body = Frame(
            MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN - HEADER, id="body", **pad
        )
        cover = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN - 70, id="cover",
                      **pad)  # fmt: skip
        templates = [PageTemplate("body", [body], onPage=_decorate(frame, styles))]
        if frame.cover:
            templates.insert(0, PageTemplate("cover", [cover], onPage=_cover(frame, styles)))
        self.addPageTemplates(templates)


def render(
    story: Sequence[Flowable], frame: PageFrame, styles: Styles, size: tuple[float, float]
) -> bytes:
    """Lay out ``story`` (which starts with the cover when ``frame.cover``) as PDF bytes."""
    register_fonts()
    _reportlab_speed_ups()
    buf = io.BytesIO()
    doc = _Doc(buf, frame, styles, size)
    canvasmaker = partial(BriefingCanvas, content_hash=frame.content_hash)
    doc.build(_with_changes(list(story), frame, styles), canvasmaker=canvasmaker)
    return buf.getvalue()


class _Base85Bytes(PDFStreamFilterBase85Encode):
    """reportlab's ASCII85 stream filter, giving its ASCII text as bytes.

    As text, reportlab writes it out through its PDFDocEncoding codec, which looks each
    character up in a Python dict: some 100,000 characters per briefing, a tenth of the
    time it takes to write the file. ASCII encodes the same in both.
    """

    def encode(self, text: Any) -> Any:
        out = super().encode(text)
        return out.encode("ascii") if isinstance(out, str) else out


def _reportlab_speed_ups() -> None:
    """Make three of reportlab's module-wide helpers faster (once per process; reportlab
    looks them up each time it writes a file, and they give what they gave before):

    - the ASCII85 stream filter gives bytes (``_Base85Bytes``);
    - ``PDFName`` and ``pdfdocEnc`` remember their results for short strings: writing
      a briefing formats a few thousand dictionary keys, numbers and references, each
      converted character by character in Python.
    """
    if isinstance(pdfdoc.PDFBase85Encode, _Base85Bytes):
        return
    pdfdoc.PDFName = lru_cache(maxsize=4096)(pdfdoc.PDFName)
    pdfdoc.pdfdocEnc = _remembered(pdfdoc.pdfdocEnc)
    pdfdoc.PDFBase85Encode = _Base85Bytes()


def _remembered(encode: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``encode`` (reportlab's ``pdfdocEnc``), remembering its result for short strings."""
    results: dict[str, bytes] = {}

    def pdfdocEnc(x: Any) -> Any:
        if type(x) is not str:
            return encode(x)
        found = results.get(x)
        if found is None:
            found = encode(x)
            if len(x) <= 64:
                if len(results) >= 50_000:
                    results.clear()
                results[x] = found
        return found

    return pdfdocEnc


@contextmanager
def collector_held() -> Iterator[None]:
    """Hold off the cyclic garbage collector while a document is made, then collect its
    young garbage once.

    Making a briefing allocates a few hundred thousand short-lived objects; left on,
    the collector runs some twenty times per document over everything young, and every
    few documents over the whole heap, freeing the cycles of documents made earlier
    (reportlab's canvas, document and flowables refer to each other): a quarter of the
    build time. One collection of the young generations afterwards frees this
    document's cycles while they are still young.
    """
    if not gc.isenabled():  # the caller manages the collector
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(1)


def after_cover() -> list[Flowable]:
    """Flowables that end the cover and switch to body pages."""
    return [NextPageTemplate("body"), PageBreak()]


def section_rule(width_fraction: float = 1.0) -> Flowable:
    return HRFlowable(
        width=f"{width_fraction * 100:.0f}%", thickness=0.6, color=GOLD, spaceBefore=2,
        spaceAfter=6,
    )  # fmt: skip


__all__ = [
    "HASH_KEYWORD",
    "BriefingCanvas",
    "ChangeMark",
    "Contents",
    "Heading",
    "Outline",
    "PageFrame",
    "PageRef",
    "after_cover",
    "changes_since",
    "collector_held",
    "marked_cell",
    "read_content_hash",
    "read_version",
    "render",
    "section_rule",
]
