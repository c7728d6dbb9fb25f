"""A person's page and a host site's page, from their ``Page`` facts.

What comes first is what a delegate on a coach needs in the first second: who the
page is for and how fresh it is, what changed, what is on now and next (filled in by the
script), then the programme. Each item links to its place's card (the address written for
the driver, whom to call there, the map links), which comes once per place after the
programme, so a long tour stays small. Calls, the calendar and the briefing are one tap
away from the top.
"""

from __future__ import annotations

from datetime import datetime, time

from tourplanner.core.enums import ParticipantRole
from tourplanner.core.languages import language_name
from tourplanner.export.pdf.labels import ROLES
from tourplanner.export.phone.facts import Page
from tourplanner.export.phone.html import Writer, esc, page
from tourplanner.export.phone.words import stamp, words


def _header(w: Writer, p: Page, updated_at: datetime, nav: list[tuple[str, str]]) -> list[str]:
    tour_first = w.both(p.tour_name, p.tour_local_name)[0]
    when = updated_at.astimezone(p.tour_zone)
    zone = when.tzname() or p.tour_zone.key
    updated = (
        f"{w.label('updated')} "
        f'<time datetime="{when.isoformat()}">{esc(stamp(when, w.lang))} {esc(zone)}</time>'
    )
    links = "".join(
        f'<li><a class="btn plain" href="#{anchor}"><span>{w.label(key)}</span></a></li>'
        for anchor, key in nav
    )
    return [
        "<header>",
        w.tag("p", tour_first, "tour"),
        f"<h1>{w.names(p.title, p.local_title)}</h1>",
        f'<p class="meta">{updated}</p>',
        f'<nav aria-label="{esc(words("nav", w.lang))}"><ul>{links}</ul></nav>',
        "</header>\n<main>",
    ]


def _changes(w: Writer, changes: tuple[str, ...]) -> list[str]:
    if not changes:
        return []
    lines = "".join(f"<li>{w.text(c, w.lang)}</li>" for c in changes)
    return [
        f'<section class="banner" role="status"><h2>{w.label("changed")}</h2><ul>{lines}</ul>'
        "</section>"
    ]


def _now_box(w: Writer) -> list[str]:
    # Filled by the script from the phone's clock; empty and hidden without it.
    return [
        f'<template id="tpl-now"><span class="badge">{esc(words("now", w.lang))}</span></template>',
        f'<template id="tpl-next"><span class="badge">{esc(words("next", w.lang))}</span>'
        "</template>",
        f'<section id="now" hidden aria-label="{esc(words("now", w.lang))}"><ul></ul></section>',
    ]


def _days(w: Writer, p: Page) -> list[str]:
    out = [
        '<div id="programme">',
        '<button id="earlier" class="btn plain" type="button" hidden>'
        f"<span>{w.label('earlier')}</span></button>",
    ]
    if not p.days:
        out.append(f"<p>{w.label('nothing')}</p>")
    for day in p.days:
        # The tour's zone that day: the script labels times when the phone's differs.
        noon = datetime.combine(day.day, time(12), p.tour_zone)
        delta = noon.utcoffset()
        offset = int(delta.total_seconds() // 60) if delta is not None else 0
        out.append(
            f'<section class="day" data-o="{offset}" data-z="{esc(noon.tzname() or "")}">'
            f"<h2>{w.day_title(day.day)}</h2>"
        )
        out += [w.item(item) for item in day.items]
        out.append("</section>")
    out.append("</div>")
    return out


def _places(w: Writer) -> list[str]:
    """One card per place the programme links to, in the order they come."""
    if not w.places:
        return []
    cards = [w.place_card(n, place) for n, place in w.places.values()]
    return [f'<section id="places"><h2>{w.label("places")}</h2>', *cards, "</section>"]


def _calls(w: Writer, p: Page) -> list[str]:
    items = "".join(f"<li>{w.call_button(c)}</li>" for c in p.calls)
    out = [f'<section id="calls"><h2>{w.label("contacts")}</h2><ul class="calls">{items}</ul>']
    if p.emergency:
        out.append(f"<p>{w.label('emergency')}: {w.text(p.emergency, 'en')}</p>")
    out.append("</section>")
    return out


def _files(w: Writer, page_url: str | None, host: bool) -> list[str]:
    links = []
    if page_url and page_url.lower().startswith(("http://", "https://")):
        feed = "webcal://" + page_url.split("://", 1)[1].rstrip("/") + "/calendar.ics"
        links.append((feed, "site_calendar" if host else "calendar", "btn"))
    links.append(("calendar.ics", "calendar_file", "btn plain"))
    links.append(("briefing.pdf", "site_briefing" if host else "briefing", "btn plain"))
    items = "".join(
        f'<li><a class="{cls}" href="{esc(href)}"><span>{w.label(key)}</span></a></li>'
        for href, key, cls in links
    )
    return [
        f'<section id="files"><h2>{w.label("files")}</h2><ul class="actions">{items}</ul></section>'
    ]


def _footer(w: Writer, p: Page) -> list[str]:
    first, second = w.both(p.tour_name, p.tour_local_name)
    return [
        "</main>\n<footer>",
        w.tag("p", first) + (w.tag("p", second, "alt") if second else ""),
        "</footer>",
    ]


def person_page(p: Page, updated_at: datetime, changes: tuple[str, ...], url: str | None) -> str:
    """The HTML of one participant's page."""
    w = Writer(p.lang)
    body = _header(w, p, updated_at, [("calls", "nav_calls"), ("files", "nav_files")])
    body += _changes(w, changes) + _now_box(w) + _days(w, p) + _places(w)
    if p.own_needs:
        needs = "".join(f"<li>{w.text(n)}</li>" for n in p.own_needs)
        body.append(f"<section><h2>{w.label('your_needs')}</h2><ul>{needs}</ul></section>")
    body += _calls(w, p) + _files(w, url, host=False) + _footer(w, p)
    return page(w.lang, f"{p.title} · {p.tour_name}", body)


def site_page(p: Page, updated_at: datetime, changes: tuple[str, ...], url: str | None) -> str:
    """The HTML of one host site's page: the visits, who comes and what to plan for."""
    w = Writer(p.lang)
    body = _header(w, p, updated_at, [("visitors", "nav_visitors"), ("files", "nav_files")])
    body += _changes(w, changes) + _now_box(w) + _days(w, p)
    rows = []
    for v in p.visitors:
        detail = " · ".join(w.text(x) for x in (v.title, v.organisation, v.country) if x.strip())
        star = " ★" if v.vip else ""
        role = "" if v.role == "delegate" else f" ({w.pair(ROLES[ParticipantRole(v.role)])})"
        rows.append(f"<li><strong>{w.text(v.name)}</strong>{star}{role}<br>{detail}</li>")
    body.append(f'<section id="visitors"><h2>{w.label("visitors")}</h2><ol>{"".join(rows)}</ol>')
    needs = (
        "".join(f"<li>{w.label(kind)}: {w.text(text)} × {n}</li>" for kind, text, n in p.needs)
        or f"<li>{w.label('no_needs')}</li>"
    )
    langs = ", ".join(
        f"{w.pair((language_name(code, 'en'), language_name(code, 'zh')))} × {n}"
        for code, n in p.languages
    )
    body.append(f"<h2>{w.label('plan')}</h2><ul>{needs}</ul>")
    if langs:
        body.append(f"<p>{w.label('languages')}: {langs}</p>")
    body.append("</section>")
    body += _calls(w, p) + _files(w, url, host=True) + _footer(w, p)
    return page(w.lang, f"{p.title} · {p.tour_name}", body)
