"""The day-by-day programme and what goes with it, shared by the delegate briefing and
the delegation booklet: days with route sketches, site profiles, who's who, practical
information.

An item is one paragraph: the time hangs in the left margin as the paragraph's bullet,
and the lines under the title (place, host, dress code, description, next leg) are line
breaks inside it. One paragraph per item keeps a 300-item programme fast to lay out,
and a paragraph splits across pages however long its description is.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from tourplanner.export.pdf.blocks import join, pairs, people_table
from tourplanner.export.pdf.day_extras import duty_para, duty_rows, ride_para
from tourplanner.export.pdf.document import ChangeMark, Outline
from tourplanner.export.pdf.facts import (
    Day,
    Entry,
    Hotel,
    OnDuty,
    Programme,
    SiteProfile,
    TourHead,
)
from tourplanner.export.pdf.issue import is_marked
from tourplanner.export.pdf.labels import Labels
from tourplanner.export.pdf.linebreak import NBSP
from tourplanner.export.pdf.para import Frags, Run, para, paragraph_of, rich, rich_frags
from tourplanner.export.pdf.route_sketch import route_sketch
from tourplanner.export.pdf.styles import AMBER, GREY, LIGHT, NAVY, RED, Styles
from tourplanner.export.pdf.tile_map import DayMaps, TileMap

TIME_WIDTH = 66.0
SKETCH_HEIGHT = 150.0
CONTENTS_SITE_LIMIT = 15  # more sites than this: they are bookmarked, not in the contents


@cache
def entry_style(styles: Styles) -> ParagraphStyle:
    """The style of a programme entry (made once per process, like the styles)."""
    return replace_style(
        styles.detail,
        name="entry",
        leftIndent=TIME_WIDTH,
        bulletIndent=0,
        bulletFontName=styles.font,
        bulletFontSize=9.5,
        bulletColor=NAVY,
        spaceBefore=6,
        leading=12.2,
    )


@cache
def ride_style(styles: Styles) -> ParagraphStyle:
    """The style of a delegate's ride under a transfer: indented like the entry's text,
    on a light band so it stands out as theirs."""
    return replace_style(
        styles.detail,
        name="ride",
        leftIndent=TIME_WIDTH + 3,
        spaceBefore=5,
        spaceAfter=2,
        backColor=LIGHT,
        borderPadding=(3, 3, 3, 3),
    )


def replace_style(style: ParagraphStyle, **changes: object) -> ParagraphStyle:
    """A copy of ``style`` with some attributes changed (ParagraphStyle is mutable)."""
    name = str(changes.pop("name", style.name))
    return ParagraphStyle(name, parent=style, **changes)


@dataclass(slots=True)
class _EntryText:
    """What an entry prints in one language, worked out once per process (entries are
    shared by the briefings of everyone who attends them): the runs of its parts, and
    the paragraph fragments for each way it can follow the entry before it."""

    entry: Entry  # kept, so the id it is cached under stays this entry's
    head: tuple[Run, ...]  # title, status, end on a later day
    site: tuple[Run, ...]  # place and address, when the place changes
    details: tuple[str, ...]  # with, host, dress code
    tail: tuple[Run, ...]  # description, next leg
    bullet: str
    frags: dict[tuple[bool, bool], Frags]  # (site shown, details shown) -> fragments


_ENTRY_TEXTS: dict[tuple[int, str, int], _EntryText] = {}
_ENTRY_TEXT_LIMIT = 50_000


class EntryWriter:
    """Turns programme entries into paragraphs.

    It remembers the entry before, so a run of items at one place prints the place's
    address once, and the host and dress code only when they change: a 10-day programme
    stays readable and about half as long.
    """

    def __init__(self, labels: Labels, styles: Styles) -> None:
        self.labels = labels
        self.styles = styles
        self.style = entry_style(styles)
        self.new_day()

    def new_day(self) -> None:
        self.previous_site = ""
        self.previous_details: tuple[str, ...] = ()

    def title_runs(self, title: str, local: str) -> list[Run]:
        """The title in the document's language; bilingual: English, then Chinese in grey
        on the same line."""
        if self.labels.lang == "zh":
            return [(local or title, 10, None)]
        if self.labels.lang == "en" or not local or local == title:
            return [(title, 10, None)]
        return [(title, 10, None), (f"  {local}", 9, GREY)]

    def entry(self, e: Entry) -> Flowable:
        text = self._text(e)
        show_site = bool(e.site_name) and e.site_name != self.previous_site
        if show_site:
            self.previous_details = ()
        self.previous_site = e.site_name
        show_details = bool(text.details) and text.details != self.previous_details
        self.previous_details = text.details
        frags = text.frags.get((show_site, show_details))
        if frags is None:
            runs = list(text.head)
            if show_site:
                runs += text.site
            if show_details:
                runs += [None, (" · ".join(text.details), None, GREY)]
            runs += text.tail
            frags = text.frags[show_site, show_details] = rich_frags(runs, self.style)
        made = paragraph_of(frags, self.style, text.bullet)
        made.keep_head = True  # the title stays with its first line
        # Changed since the reader's previous version: a bar in the margin.
        return ChangeMark(made) if is_marked(e) else made

    def _text(self, e: Entry) -> _EntryText:
        key = (id(e), self.labels.lang, id(self.style))
        found = _ENTRY_TEXTS.get(key)
        if found is not None and found.entry is e:
            return found
        lab = self.labels
        head: list[Run] = self.title_runs(e.title, e.local_title)
        if e.status in ("tentative", "cancelled"):
            color = AMBER if e.status == "tentative" else RED
            head.append((f"  [{lab(e.status)}]", 8, color))
        if (e.end.date() - e.start.date()).days > 0:
            until = f"{lab('until')} {lab.short_day(e.end.date())} {e.end:%H:%M}"
            head.append((f"  ({until})", None, GREY))
        site: list[Run] = []
        if e.site_name:
            site.append(None)
            if e.stop:
                site.append((f"[{e.stop}] ", None, NAVY))
            # The local address beside the English one: what a taxi driver can read.
            name = f"{e.site_name} {e.site_local}".strip()
            site.append((join(name, e.address, e.local_address), None, None))
        details = []
        if e.who:
            details.append(f"{lab('with')}: {e.who.replace('*', lab('everyone'))}")
        if e.hosts:
            details.append(f"{lab('host')}: {', '.join(e.hosts)}")
        if e.meeting_point:
            details.append(f"{lab('meeting_point')}: {e.meeting_point}")
        if e.dress_code:
            details.append(f"{lab('dress')}: {e.dress_code}")
        tail: list[Run] = []
        if e.description.strip():
            tail += [None, (e.description.strip(), None, None)]
        if e.leg is not None:
            tail += [None, (f"→ {self.leg_text(e)}", None, NAVY)]
        found = _EntryText(e, tuple(head), tuple(site), tuple(details), tuple(tail),
                           f"{e.start:%H:%M}–{e.end:%H:%M}", {})  # fmt: skip
        if len(_ENTRY_TEXTS) >= _ENTRY_TEXT_LIMIT:
            _ENTRY_TEXTS.clear()
        _ENTRY_TEXTS[key] = found
        return found

    def leg_text(self, e: Entry) -> str:
        lab = self.labels
        leg = e.leg
        assert leg is not None
        parts = [f"{lab('next')}: {leg.to_name}"]
        if leg.km is not None:
            parts.append(f"{leg.km:.1f} km")
        if leg.minutes is None:
            parts.append(lab("unknown_travel"))
        else:
            # ≈ marks the model's estimate; the organiser's own figure is labelled as such.
            text = lab.minutes(leg.minutes)
            text = f"{text} ({lab('organiser_time')})" if leg.overridden else f"≈ {text}"
            parts.append(text)
        return " · ".join(parts)


def day_story(
    day: Day,
    writer: EntryWriter,
    outline: Outline,
    styles: Styles,
    width: float,
    maps: DayMaps | None = None,
) -> list[Flowable]:
    """One day: heading, its map (from tiles when ``maps`` has one for the day's route,
    else the route sketch) with its legend, then the items."""
    lab = writer.labels
    # The heading, the day's note, the sketch and the first item go on one page: a day
    # heading never stays alone at the foot of a page.
    out: list[Flowable] = [outline.heading(lab.day(day.day), styles.h2, level=1)]
    note = day.note
    if note is not None:
        said = [
            f"{lab(key)}: {' '.join(text.split())}"
            for key, text in (
                ("weather", note.weather),
                ("bring", note.bring),
                ("dress", note.dress),
            )
            if text.strip()
        ]
        if said:
            out += [para(" · ".join(said), styles.muted), Spacer(1, 4)]
    if day.on_duty:
        out += [duty_para(day.on_duty, lab, styles.muted), Spacer(1, 4)]
    picture = maps.get(day.stops, day.route) if maps is not None else None
    sketch: Flowable | None
    if picture is not None:
        view = picture.viewport
        sketch = TileMap(
            picture, day.stops, width, width * view.height / view.width, styles.font, day.route
        )
    else:
        sketch = route_sketch(day.stops, width, SKETCH_HEIGHT, styles.font, route=day.route)
    if sketch is not None:
        legend: list[Run] = []
        for s in day.stops:  # an entry breaks between entries, not inside (no-break spaces)
            name = s.name.replace(" ", NBSP)
            legend += [(f"{s.number}{NBSP}", None, NAVY), (f"{name}    ", None, None)]
        block: list[Flowable] = [sketch, Spacer(1, 3), rich(legend, styles.muted)]
        if day.unmapped:
            block.append(para(f"{lab('not_on_sketch')}: {', '.join(day.unmapped)}", styles.muted))
        out += [*block, Spacer(1, 4)]
    writer.new_day()
    rides = {r.index: r for r in day.rides}
    entries: list[Flowable] = []
    for n, e in enumerate(day.entries):
        entries.append(writer.entry(e))
        if n in rides:
            entries.append(ride_para(rides[n], lab, ride_style(styles)))
    # The day's heading (and its notes, duty list and sketch) stays with its first item.
    return [KeepTogether(out + entries[:1]), *entries[1:]]


def site_story(site: SiteProfile, labels: Labels, styles: Styles, outline: Outline, *,
               contents: bool) -> list[Flowable]:  # fmt: skip
    """A site's profile: what it is, key facts, where, whom to ask on site.

    A heading, a paragraph, and one paragraph per key fact (its bullet hangs in the
    margin, so wrapped lines stay under the text): a new page first unless a few lines
    fit, rather than keep-with-next, which makes reportlab copy the frame for every one
    of 50 sites.
    """
    title = f"{site.name} {site.local_name}".strip()
    heading = outline.loose_heading(title, styles.h3, 1, contents=contents, room=72)
    where = join(labels.category(site.category), site.address, site.local_address)
    runs: list[Run] = [(where, 8, GREY)]
    if site.description.strip():
        runs += [None, (site.description.strip(), None, None)]
    contact = join(site.contact_name, site.contact_phone, site.contact_email)
    if site.contact_hidden:
        contact = join(contact, labels("via_office"))
    contact_runs: list[Run] = [(f"{labels('contact')}: {contact}", 8, GREY)] if contact else []
    if not site.key_facts:
        return [*heading, rich([*runs, None, *contact_runs] if contact else runs, styles.body)]
    close = fact_styles(styles)
    runs += [None, (labels("key_facts"), None, NAVY)]
    out: list[Flowable] = [*heading, rich(runs, close[0])]
    out += [rich([(fact, None, None)], close[1], bullet="•") for fact in site.key_facts]
    if contact:
        out.append(rich(contact_runs, styles.body))
    return out


@cache
def fact_styles(styles: Styles) -> tuple[ParagraphStyle, ParagraphStyle]:
    """The body text before a list, and a list item whose bullet hangs in the margin."""
    before = replace_style(styles.body, name="body-before-list", spaceAfter=1)
    item = replace_style(
        styles.body,
        name="list-item",
        leftIndent=11,
        bulletIndent=1,
        bulletFontName=styles.font,
        bulletFontSize=styles.body.fontSize,
        bulletColor=styles.body.textColor,
        spaceAfter=1,
    )
    return before, item


def practical_story(
    tour: TourHead,
    hotels: tuple[Hotel, ...],
    labels: Labels,
    styles: Styles,
    width: float,
    *,
    reader_needs: tuple[str, str] | None = None,
    on_duty: tuple[OnDuty, ...] = (),
) -> list[Flowable]:
    """Hotel, organiser, on-duty and emergency contacts, and the reader's own
    requirements."""
    rows: list[tuple[str, str]] = []
    for h in hotels:
        nights = ", ".join(labels.short_day(d) for d in h.nights)
        name = f"{h.name} {h.local_name}".strip()
        rows.append((labels("hotel"), join(name, h.address, h.local_address, h.phone)))
        rows.append((labels("nights"), nights))
    organiser = join(tour.organiser_name, tour.organiser_phone, tour.organiser_email)
    rows.append((labels("organiser"), organiser))
    rows += duty_rows(on_duty, labels)
    # Emergency is a mobile (issue 15): the 24-hour line, else the first person on duty;
    # the organiser's office line only when the tour has no mobile at all.
    mobile = tour.hotline or next((d.mobile for d in on_duty), "") or tour.organiser_phone
    rows.append((labels("emergency"), join(tour.organiser_name, mobile)))
    if tour.emergency:
        rows.append((labels("local_emergency"), tour.emergency))
    out: list[Flowable] = [pairs(rows, styles, width)]
    if reader_needs is not None:
        dietary, access = reader_needs
        none = labels("none_recorded")
        out += [
            Spacer(1, 8),
            para(labels("your_details"), styles.h3),
            pairs(
                [(labels("dietary"), dietary or none), (labels("accessibility"), access or none)],
                styles,
                width,
            ),
        ]
    return out


def programme_story(
    prog: Programme,
    labels: Labels,
    styles: Styles,
    outline: Outline,
    width: float,
    *,
    booklet: bool,
    reader_needs: tuple[str, str] | None = None,
    calendar: Flowable | None = None,
    maps: DayMaps | None = None,
) -> list[Flowable]:
    """Everything after the contents page; each day's map from ``maps`` when it has one,
    else its route sketch."""
    out: list[Flowable] = []
    writer = EntryWriter(labels, styles)
    out.append(outline.heading(labels("programme" if booklet else "itinerary"), styles.h1))
    for day in prog.days:
        out.extend(day_story(day, writer, outline, styles, width, maps))

    # Room for the heading, the first site's heading and a few lines of it.
    out.append(CondPageBreak(120))
    out.append(outline.heading(labels("all_sites" if booklet else "sites"), styles.h1))
    listed = len(prog.sites) <= CONTENTS_SITE_LIMIT
    for site in prog.sites:
        out.extend(site_story(site, labels, styles, outline, contents=listed))

    out += [CondPageBreak(160), outline.heading(labels("whos_who"), styles.h1)]
    if prog.delegation:
        out += outline.loose_heading(labels("delegation"), styles.h3, 1, contents=False)
        out.append(people_table(prog.delegation, labels, styles, width))
    if prog.team:
        out += outline.loose_heading(labels("team"), styles.h3, 1, contents=False)
        out.append(people_table(prog.team, labels, styles, width))

    out.append(outline.heading(labels("practical"), styles.h1))
    out.extend(
        practical_story(
            prog.tour,
            prog.hotels,
            labels,
            styles,
            width,
            reader_needs=reader_needs,
            on_duty=prog.on_duty,
        )
    )
    if calendar is not None:
        out += [Spacer(1, 12), calendar]
    if prog.illustrative:
        out += [Spacer(1, 14), para(labels("illustrative"), styles.muted)]
    return out


__all__ = ["EntryWriter", "day_story", "programme_story", "site_story"]
