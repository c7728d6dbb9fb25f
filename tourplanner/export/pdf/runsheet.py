"""The organisers' run sheet: every item minute by minute (cancelled ones struck
through), who is responsible, drivers and legs, contacts, and the open problems.

It is an internal document, so unlike the briefings it shows phones, emails and the
organisers' own notes. A4 or Letter, landscape.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from tourplanner.export.pdf.blocks import grid, join
from tourplanner.export.pdf.document import (
    Outline,
    PageFrame,
    marked_cell,
    render,
    section_rule,
)
from tourplanner.export.pdf.facts import RunRow, RunSheetFacts
from tourplanner.export.pdf.issue import is_changed
from tourplanner.export.pdf.labels import Labels
from tourplanner.export.pdf.options import PdfOptions
from tourplanner.export.pdf.para import para
from tourplanner.export.pdf.styles import make_styles

COLUMNS = (0.085, 0.2, 0.14, 0.16, 0.12, 0.15, 0.145)


def _people_lines(entries: tuple[tuple[str, str, str], ...], lab: Labels, roles: bool) -> str:
    lines = []
    for name, extra, phone in entries:
        what = lab(extra) if roles else extra
        lines.append(join(f"{name} ({what})" if what else name, phone, sep="  "))
    return "\n".join(lines)


def _leg(r: RunRow, lab: Labels) -> str:
    if r.leg is None:
        return ""
    start, end, leg = r.leg
    parts = [f"{start} → {end}"]
    if leg.km is not None:
        parts.append(f"{leg.km:.1f} km")
    if leg.minutes is not None:
        minutes = lab.minutes(leg.minutes)
        parts.append(f"{minutes} ({lab('organiser_time')})" if leg.overridden else f"≈ {minutes}")
    return ", ".join(parts)


def _row(r: RunRow, lab: Labels) -> list[str]:
    title = r.local_title if lab.lang == "zh" and r.local_title else r.title
    if lab.lang == "both" and r.local_title and r.local_title != r.title:
        title = f"{r.title}\n{r.local_title}"
    tag = lab.kind(r.kind)
    if r.status != "confirmed":
        tag += f" · {lab(r.status).upper()}"
    return [
        lab.clock(r.start, r.end),
        f"{title}\n[{tag}]",
        join(r.site_name, r.address, sep="\n"),
        _people_lines(r.responsible, lab, roles=True),
        f"{r.people}\n{r.who.replace('*', lab('everyone'))}".strip(),
        join(_people_lines(r.transport, lab, roles=False), _leg(r, lab), sep="\n"),
        r.notes,
    ]


def render_runsheet(facts: RunSheetFacts, options: PdfOptions, content_hash: str) -> bytes:
    """The run sheet as PDF bytes (landscape)."""
    lab = Labels(options.lang)
    styles = make_styles(scale=0.94)
    size = options.page_size(wide=True)
    width = size[0] - 2 * 46.0
    widths = [width * c for c in COLUMNS]
    tour = facts.tour
    outline = Outline(styles)
    kind = lab("runsheet", " · ")
    story: list[Flowable] = [
        para(kind, styles.muted),
        para(join(tour.name, tour.local_name, sep="  "), styles.h1),
        para(
            join(
                lab.dates(tour.start, tour.end),
                join(tour.organiser_name, tour.organiser_phone, tour.organiser_email),
            ),
            styles.muted,
        ),
        section_rule(),
    ]
    header = [
        lab("time"), lab("item"), lab("where"), lab("responsible"), lab("people"),
        lab("transport"), lab("notes"),
    ]  # fmt: skip
    for day, rows in facts.days:
        story += outline.loose_heading(lab.day(day), styles.h2)
        cells: list[list[Flowable | str]] = [list(_row(r, lab)) for r in rows]
        for r, row in zip(rows, cells, strict=True):  # changed since the previous version
            if is_changed(r.start, r.title):
                row[0] = marked_cell(_row(r, lab)[0], styles.cell)
        story.append(grid(cells, widths, styles, header=header))

    story += outline.loose_heading(lab("problems"), styles.h2)
    if facts.problems:
        story.append(
            grid(
                [[lab(p.severity), p.code, p.message] for p in facts.problems],
                [width * 0.1, width * 0.14, width * 0.76],
                styles,
                header=[lab("severity"), lab("code"), lab("problem")],
            )
        )
    else:
        story.append(para(lab("no_problems"), styles.body))

    story += outline.loose_heading(lab("contacts"), styles.h2)
    story.append(
        grid(
            [
                [
                    c.name,
                    lab.role(c.role),
                    join(c.title, c.organisation, sep=", "),
                    c.phone,
                    c.email,
                ]
                for c in facts.contacts
            ],
            [width * 0.2, width * 0.1, width * 0.34, width * 0.14, width * 0.22],
            styles,
            header=[lab("name"), lab("role"), lab("title"), lab("phone"), lab("email")],
        )
    )
    story += outline.loose_heading(lab("site_contacts"), styles.h2)
    story.append(
        grid(
            [
                [join(c.title, c.organisation), c.name, c.phone, c.email]
                for c in facts.site_contacts
            ],
            [width * 0.4, width * 0.2, width * 0.16, width * 0.24],
            styles,
            header=[lab("where"), lab("name"), lab("phone"), lab("email")],
        )
    )
    frame = PageFrame(
        title=f"{lab('runsheet')} — {tour.name}",
        subject=f"{tour.name} {tour.local_name}".strip(),
        author=tour.organiser_name,
        header_left=join(tour.name, tour.local_name, sep="  "),
        header_right=kind,
        footer_left=join(tour.organiser_name, tour.organiser_phone),
        content_hash=content_hash,
        lang=options.lang,
        cover=False,
    )
    return render(story, frame, styles, size)
