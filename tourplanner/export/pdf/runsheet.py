"""The organisers' run sheet: every item minute by minute (cancelled ones struck
through), who is responsible (leads, hosts, interpreters), drivers and legs, contacts,
and the open problems, each also on the row of the item it concerns.

It is an internal document, so unlike the briefings it shows phones, emails and the
organisers' own notes. A4 or Letter, landscape. Each day starts a page, and its header
row (the day and the column names) repeats on every page the day runs to; rows are
compact enough that an 18-item day fits three pages.
"""

from __future__ import annotations

from collections import Counter

from reportlab.platypus import Flowable, PageBreak

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
from tourplanner.export.pdf.para import Para, Run, para, plain_runs, rich
from tourplanner.export.pdf.styles import AMBER, GREY, RED, Styles, make_styles

# time, item (with its people), where, responsible, transport, notes and problems
COLUMNS = (0.072, 0.2, 0.13, 0.263, 0.19, 0.145)


def _people_lines(entries: tuple[tuple[str, str, str], ...], lab: Labels, roles: bool) -> str:
    lines = []
    for name, extra, phone in entries:
        what = lab(extra) if roles else ""  # a driver's title is in the contacts
        lines.append(join(f"{name} ({what})" if what else name, phone, sep="  "))
    return "\n".join(lines)


def _notes(r: RunRow, lab: Labels, styles: Styles) -> Para:
    """The organisers' notes, then the item's open problems by title, in red (errors)
    or amber (warnings); the full wording is under "Open problems"."""
    runs: list[Run] = plain_runs(r.notes) if r.notes.strip() else []
    kinds = Counter((p.severity, p.code) for p in r.problems)
    for (severity, code), count in kinds.items():
        if runs:
            runs.append(None)
        colour = RED if severity == "error" else AMBER
        times = f" ×{count}" if count > 1 else ""
        runs.append((f"{lab(severity)}: {lab.problem(code)}{times}", None, colour))
    return rich(runs, styles.cell)


def _motorcade(r: RunRow, lab: Labels) -> str:
    """A transfer's vehicles in the motorcade's order, on one line so a dense day keeps
    its pages: '① Coach 1 (9) ② Coach 2 (7)', each with how many ride in it. Plates
    and passengers are in the vehicle manifests."""
    return "  ".join(
        f"{_CIRCLED[n] if n < len(_CIRCLED) else f'{n + 1}.'} {name} ({count})"
        for n, (name, _plate, count, _head) in enumerate(r.vehicles)
    )


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


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


def _row(r: RunRow, lab: Labels, styles: Styles, same_site: bool) -> list[str | Flowable]:
    """One item's cells; ``same_site``: the row above is at the same place, so the
    address is not repeated."""
    title = r.local_title if lab.lang == "zh" and r.local_title else r.title
    if lab.lang == "both" and r.local_title and r.local_title != r.title:
        title = f"{r.title}\n{r.local_title}"
    tag = lab.kind(r.kind)
    if r.status != "confirmed":
        tag += f" · {lab(r.status).upper()}"
    who = join(f"[{tag}]", str(r.people), r.who.replace("*", lab("everyone")), sep="  ")
    item = rich([(title, None, None), None, (who, None, GREY)], styles.cell)
    return [
        lab.clock(r.start, r.end),
        item,
        r.site_name if same_site else join(r.site_name, r.address, sep="\n"),
        _people_lines(r.responsible, lab, roles=True),
        join(
            _motorcade(r, lab), _people_lines(r.transport, lab, roles=False), _leg(r, lab), sep="\n"
        ),
        _notes(r, lab, styles),
    ]


def _rows(rows: tuple[RunRow, ...], lab: Labels, styles: Styles) -> list[list[str | Flowable]]:
    return [
        _row(r, lab, styles, n > 0 and bool(r.site_name) and r.site_name == rows[n - 1].site_name)
        for n, r in enumerate(rows)
    ]


def _receiving_lines(
    facts: RunSheetFacts, lab: Labels, styles: Styles, outline: Outline, width: float
) -> list[Flowable]:
    """The receiving lines of the tour's items that have one (``core.seating``), day by
    day: the hosts by precedence, then the guests, numbered by their place in the line.
    After the days, so the day pages stay as compact as before."""
    cells: list[list[str | Flowable]] = []
    for day, rows in facts.days:
        for r in rows:
            if not r.receiving_hosts or r.status == "cancelled":
                continue
            hosts = len(r.receiving_hosts)
            title = r.local_title if lab.lang == "zh" and r.local_title else r.title
            cells.append(
                [
                    f"{lab.short_day(day)}\n{lab.clock(r.start, r.end)}",
                    join(title, r.site_name, sep="\n"),
                    "\n".join(f"{n}. {name}" for n, name in enumerate(r.receiving_hosts, 1)),
                    "   ".join(
                        f"{n}. {name}" for n, name in enumerate(r.receiving_guests, hosts + 1)
                    ),
                ]
            )
    if not cells:
        return []
    out = outline.loose_heading(lab.pick(("Receiving lines", "迎宾队列"), " · "), styles.h2)
    out.append(
        grid(
            cells,
            [width * 0.1, width * 0.2, width * 0.2, width * 0.5],
            styles,
            header=[
                lab("time"),
                lab("item"),
                lab.pick(("Hosts, by precedence", "主方（按礼宾次序）")),
                lab.pick(("Then the guests, by precedence", "客方（按礼宾次序）")),
            ],
        )
    )
    return out


def render_runsheet(facts: RunSheetFacts, options: PdfOptions, content_hash: str) -> bytes:
    """The run sheet as PDF bytes (landscape)."""
    lab = Labels(options.lang)
    styles = make_styles(scale=0.9)
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
        lab("time"), lab("item"), lab("where"), lab("responsible"), lab("transport"),
        lab("notes"),
    ]  # fmt: skip
    for n, (day, rows) in enumerate(facts.days):
        if n:
            story.append(PageBreak())
        story += outline.loose_heading(lab.day(day), styles.h2)
        # The day in the repeating header row: a continuation page says which day it is.
        day_header = [f"{lab.short_day(day)}\n{header[0]}", *header[1:]]
        cells = _rows(rows, lab, styles)
        for r, row in zip(rows, cells, strict=True):  # changed since the previous version
            if is_changed(r.start, r.title) and isinstance(row[0], str):
                row[0] = marked_cell(row[0], styles.cell)
        story.append(grid(cells, widths, styles, header=day_header))

    story.append(PageBreak())
    story += outline.loose_heading(lab("problems"), styles.h2)
    if facts.problems:
        story.append(
            grid(
                [[lab(p.severity), lab.problem(p.code), p.message] for p in facts.problems],
                [width * 0.1, width * 0.16, width * 0.74],
                styles,
                header=[lab("severity"), lab("problem"), lab("details")],
            )
        )
    else:
        story.append(para(lab("no_problems"), styles.body))

    story += _receiving_lines(facts, lab, styles, outline, width)
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
