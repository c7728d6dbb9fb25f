"""The host briefing: who comes to one site, when, and what to plan for.

It lists the visitors' dietary and accessibility needs (the host has to plan meals and
routes), but only those of people who visit this site, and never contact details.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from tourplanner.export.pdf.blocks import calendar_block, grid, join, pairs, person_name
from tourplanner.export.pdf.document import (
    Outline,
    PageFrame,
    marked_cell,
    render,
    section_rule,
)
from tourplanner.export.pdf.facts import HostFacts, Visitor
from tourplanner.export.pdf.issue import is_changed
from tourplanner.export.pdf.labels import Labels
from tourplanner.export.pdf.options import PdfOptions
from tourplanner.export.pdf.para import para
from tourplanner.export.pdf.programme import site_story
from tourplanner.export.pdf.styles import make_styles


def _interpreters(facts: HostFacts, lab: Labels) -> str:
    """'Sun Li (Japanese, English); Yang Xue (Russian, English)': languages in words."""
    return "; ".join(
        f"{name} ({', '.join(lab.language(code) for code in codes)})" if codes else name
        for name, codes in facts.interpreters
    )


def _visitor_name(v: Visitor, lab: Labels, mark: str = "") -> str:
    """The guest's name in the name-card form of the reader's language, and below it how
    to greet them: 'Mr CHEN Wancai 陈万才' over 'Dear Mr Chen / 尊敬的陈万才先生'."""
    if not v.card_en:  # facts made without forms of address
        return person_name(v.person, lab.lang) + mark
    if lab.lang == "zh":
        name, greeting = v.card_zh or v.card_en, v.salutation_zh
    elif lab.lang == "en":
        name, greeting = v.card_en, v.salutation_en
    else:
        name = join(v.card_en, v.card_zh, sep=" ")
        greeting = join(v.salutation_en, v.salutation_zh, sep=" / ")
    return join(name + mark, greeting, sep="\n")


def render_host(facts: HostFacts, options: PdfOptions, content_hash: str) -> bytes:
    """The host briefing for ``facts.site`` as PDF bytes."""
    lab = Labels(options.lang)
    styles = make_styles()
    size = options.page_size()
    width = size[0] - 2 * 46.0
    tour, site = facts.tour, facts.site
    outline = Outline(styles)
    kind = lab("host_briefing", " · ")
    story: list[Flowable] = [
        para(kind, styles.muted),
        para(f"{site.name} {site.local_name}".strip(), styles.h1),
        para(join(tour.name, tour.local_name, sep="  "), styles.body),
        para(lab.dates(tour.start, tour.end), styles.muted),
        section_rule(),
    ]
    # The site's own hosts, then the tour's interpreters: different people to brief.
    who = []
    if facts.hosts:
        names = "; ".join(join(person_name(h, lab.lang), h.title, sep=", ") for h in facts.hosts)
        who.append((lab("hosts"), names))
    if facts.interpreters:
        who.append((lab("tour_interpreters"), _interpreters(facts, lab)))
    if who:
        story.append(pairs(who, styles, width))

    story += outline.loose_heading(lab("visits"), styles.h2)
    rows = []
    for v in facts.visits:
        title = v.local_title if lab.lang == "zh" and v.local_title else v.title
        if lab.lang == "both" and v.local_title and v.local_title != v.title:
            title = f"{v.title}\n{v.local_title}"
        if v.status != "confirmed":
            title += f" [{lab(v.status)}]"
        detail = [title]
        if v.arriving_from:
            detail.append(f"{lab('from')} {v.arriving_from}")
        if v.dress_code:
            detail.append(f"{lab('dress')}: {v.dress_code}")
        if v.description.strip():
            detail.append(v.description.strip())
        when = f"{lab.short_day(v.start.date())}\n{lab.clock(v.start, v.end)}"
        rows.append(
            [
                marked_cell(when, styles.cell) if is_changed(v.start, v.title) else when,
                "\n".join(detail),
                f"{v.people}\n{v.who.replace('*', lab('everyone'))}".strip(),
                "\n".join(v.hosts),
                "\n".join(v.interpreters),
            ]
        )
    story.append(
        grid(
            rows,
            [width * 0.15, width * 0.37, width * 0.15, width * 0.16, width * 0.17],
            styles,
            header=[lab("arrival"), lab("visit"), lab("people"), lab("hosts"), lab("interpreters")],
        )
    )

    story += outline.loose_heading(lab("visitors"), styles.h2)
    visitor_rows = [
        [
            str(n),
            _visitor_name(v, lab, " ★" if v.vip else "")
            + ("" if v.person.role == "delegate" else f"\n{lab.role(v.person.role)}"),
            v.person.title,
            v.person.organisation,
            join(v.country, ", ".join(lab.language(t) for t in v.languages), sep=" · "),
        ]
        for n, v in enumerate(facts.visitors, 1)
    ]
    story.append(
        grid(
            visitor_rows,
            [width * 0.06, width * 0.27, width * 0.25, width * 0.25, width * 0.17],
            styles,
            header=["#", lab("name"), lab("title"), lab("organisation"), lab("languages")],
        )
    )

    story.append(outline.heading(lab("languages"), styles.h2))
    langs = ", ".join(f"{lab.language(code)} {count}" for code, count in facts.languages)
    story.append(
        pairs(
            [
                (lab("languages"), langs or lab("none")),
                (lab("tour_interpreters"), _interpreters(facts, lab) or lab("none")),
            ],
            styles,
            width,
        )
    )

    story += outline.loose_heading(lab("needs"), styles.h2)
    if facts.needs:
        story.append(
            grid(
                [[n.name, n.dietary, n.accessibility] for n in facts.needs],
                [width * 0.3, width * 0.35, width * 0.35],
                styles,
                header=[lab("name"), lab("dietary"), lab("accessibility")],
            )
        )
    else:
        story.append(para(lab("no_needs"), styles.body))

    story.append(outline.heading(lab("organiser"), styles.h2))
    contact = [
        (lab("organiser"), join(tour.organiser_name, tour.organiser_phone, tour.organiser_email)),
        (lab("lead"), ", ".join(facts.lead)),
    ]
    story.append(pairs(contact, styles, width))
    if facts.page:
        story += [Spacer(1, 14), calendar_block(facts.page, lab, styles, width, "site_page")]
    # The profile's bookmark goes under a heading of its own, not under "Organiser".
    story.append(outline.heading(lab("site_profile"), styles.h2))
    story.extend(site_story(site, lab, styles, outline, contents=False))

    frame = PageFrame(
        title=f"{lab('host_briefing')}: {site.name} — {tour.name}",
        subject=f"{tour.name} {tour.local_name}".strip(),
        author=tour.organiser_name,
        header_left=join(tour.name, tour.local_name, sep="  "),
        header_right=join(kind, site.name, sep="  ·  "),
        footer_left=join(tour.organiser_name, tour.organiser_phone),
        content_hash=content_hash,
        lang=options.lang,
        cover=False,
    )
    return render(story, frame, styles, size)
