"""The delegate briefing: one person's own programme, from cover to calendar code."""

from __future__ import annotations

from reportlab.platypus import Flowable

from tourplanner.core.dispatch import mail_language
from tourplanner.export.pdf.blocks import calendar_block, cover, cover_footer, join
from tourplanner.export.pdf.document import Contents, Outline, PageFrame, after_cover, render
from tourplanner.export.pdf.facts import DelegateFacts, display_name
from tourplanner.export.pdf.labels import Labels
from tourplanner.export.pdf.options import PdfOptions
from tourplanner.export.pdf.programme import programme_story
from tourplanner.export.pdf.styles import make_styles
from tourplanner.export.pdf.taxi_cards import taxi_cards_story


def render_delegate(facts: DelegateFacts, options: PdfOptions, content_hash: str) -> bytes:
    """The briefing of ``facts.reader`` as PDF bytes."""
    labels = Labels(options.lang)
    styles = make_styles()
    size = options.page_size()
    width = size[0] - 2 * 46.0
    prog = facts.programme
    person = facts.reader.person
    kind = labels("delegate_briefing", " · ")
    outline = Outline(styles)
    story: list[Flowable] = cover(
        prog.tour, labels, styles, width, name=person, calendar=facts.calendar
    )
    story += after_cover()
    story += [outline.heading(labels("contents"), styles.h1, contents=False), Contents(outline)]
    story += after_cover()[1:]
    calendar = calendar_block(facts.calendar, labels, styles, width) if facts.calendar else None
    story += programme_story(
        prog,
        labels,
        styles,
        outline,
        width,
        booklet=False,
        reader_needs=(facts.reader.dietary, facts.reader.accessibility),
        calendar=calendar,
        maps=options.maps,
    )
    story += taxi_cards_story(facts.taxi_cards, labels, styles, outline, width)
    name = display_name(person.name, person.local_name)
    # /Lang: the reader's first language when the briefing carries both.
    chinese_first = options.lang == "zh" or (
        options.lang == "both" and mail_language(facts.reader.languages) == "zh"
    )
    frame = PageFrame(
        title=f"{labels('delegate_briefing')}: {name} — {prog.tour.name}",
        subject=f"{prog.tour.name} {prog.tour.local_name}".strip(),
        author=prog.tour.organiser_name,
        header_left=join(prog.tour.name, prog.tour.local_name, sep="  "),
        header_right=join(kind, name, sep="  ·  "),
        # The number on every page is the 24-hour mobile when the tour has one.
        footer_left=join(prog.tour.organiser_name, prog.tour.hotline or prog.tour.organiser_phone),
        content_hash=content_hash,
        lang=options.lang,
        pdf_lang="zh-CN" if chinese_first else "en",
        cover_band=kind,
        cover_footer=cover_footer(prog.tour, labels),
    )
    return render(story, frame, styles, size)
