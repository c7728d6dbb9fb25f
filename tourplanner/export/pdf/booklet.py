"""The delegation booklet: the whole programme, every group's items, for everyone."""

from __future__ import annotations

from reportlab.platypus import Flowable

from tourplanner.export.pdf.blocks import cover, cover_footer, join
from tourplanner.export.pdf.document import Contents, Outline, PageFrame, after_cover, render
from tourplanner.export.pdf.facts import BookletFacts
from tourplanner.export.pdf.labels import Labels
from tourplanner.export.pdf.options import PdfOptions
from tourplanner.export.pdf.programme import programme_story
from tourplanner.export.pdf.styles import make_styles


def render_booklet(facts: BookletFacts, options: PdfOptions, content_hash: str) -> bytes:
    """The booklet as PDF bytes."""
    labels = Labels(options.lang)
    styles = make_styles()
    size = options.page_size()
    width = size[0] - 2 * 46.0
    prog = facts.programme
    kind = labels("booklet", " · ")
    outline = Outline(styles)
    story: list[Flowable] = cover(prog.tour, labels, styles, width)
    story += after_cover()
    story += [outline.heading(labels("contents"), styles.h1, contents=False), Contents(outline)]
    story += after_cover()[1:]
    story += programme_story(prog, labels, styles, outline, width, booklet=True, maps=options.maps)
    frame = PageFrame(
        title=f"{labels('booklet')} — {prog.tour.name}",
        subject=f"{prog.tour.name} {prog.tour.local_name}".strip(),
        author=prog.tour.organiser_name,
        header_left=join(prog.tour.name, prog.tour.local_name, sep="  "),
        header_right=kind,
        # The number on every page is the 24-hour mobile when the tour has one.
        footer_left=join(prog.tour.organiser_name, prog.tour.hotline or prog.tour.organiser_phone),
        content_hash=content_hash,
        lang=options.lang,
        cover_band=kind,
        cover_footer=cover_footer(prog.tour, labels),
    )
    return render(story, frame, styles, size)
