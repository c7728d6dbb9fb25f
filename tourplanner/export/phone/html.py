"""Small pieces of the page's HTML, every value escaped.

A ``Writer`` knows the page's language: text in the other language gets a ``lang``
attribute (screen readers switch voice), labels are written in both languages, the
reader's first.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable
from datetime import UTC, date, datetime
from functools import lru_cache
from html import escape

from tourplanner.core.contacts import phone_e164
from tourplanner.core.dispatch import has_cjk
from tourplanner.export.phone.assets import CSS, SCRIPT
from tourplanner.export.phone.facts import Call, Item, Place
from tourplanner.export.phone.maps import geo_uri, local_map
from tourplanner.export.phone.words import EN, ZH, day_heading, pair, words


def esc(value: object) -> str:
    return escape(str(value), quote=True)


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


# Only this page's own style and script run, and nothing is fetched from elsewhere:
# hostile text that slipped through escaping could still not load or run anything.
CSP = (
    "default-src 'self'; img-src 'self' data:; "
    f"style-src {_csp_hash(CSS)}; script-src {_csp_hash(SCRIPT)}; worker-src 'self'; "
    "base-uri 'none'; form-action 'none'; object-src 'none'"
)


def iso_min(moment: datetime) -> str:
    """UTC to the minute, as JavaScript's Date.parse reads it: 2021-03-27T02:10Z."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%MZ")


@lru_cache(maxsize=4096)
def tel_href(phone: str) -> str:
    """tel: with the E.164 number; the digits as written when it cannot be parsed."""
    number = phone_e164(phone) or "".join(c for c in phone if c.isdigit() or c == "+")
    return f"tel:{number}"


@lru_cache(maxsize=65536)
def _script_lang(value: str) -> str:
    """Chinese for text in Chinese characters, else English (cached: a tour's pages
    repeat the same names and titles many times)."""
    return ZH if has_cjk(value) else EN


# A tour's pages share most of their items and places: each is written once per language.
@lru_cache(maxsize=16384)
def _item_html(lang: str, item: Item) -> str:
    return Writer(lang).item_body(item)


@lru_cache(maxsize=4096)
def _card_html(lang: str, place: Place) -> str:
    return Writer(lang).card_body(place)


class Writer:
    """Writes a page's pieces. A passage in the other language is an ``<i lang=…>``
    (HTML's element for "a phrase from another language"; the style sheet shows it
    upright and muted), which keeps a long programme small."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.other = ZH if lang == EN else EN
        self.places: dict[str, tuple[int, Place]] = {}  # linked places, numbered in order

    def lang_of(self, value: str) -> str:
        return _script_lang(value)

    def text(self, value: str, lang: str | None = None) -> str:
        """Escaped text, in a span with ``lang`` when it is not in the page's language
        (guessed from its script when not given)."""
        lang = lang or self.lang_of(value)
        if lang == self.lang:
            return esc(value)
        return f'<span lang="{lang}">{esc(value)}</span>'

    def tag(self, name: str, value: str, cls: str = "") -> str:
        """``<name class=cls lang=…>value</name>``, the lang only when it is not the page's."""
        lang = self.lang_of(value)
        attrs = (f' class="{cls}"' if cls else "") + (
            f' lang="{lang}"' if lang != self.lang else ""
        )
        return f"<{name}{attrs}>{esc(value)}</{name}>"

    def label(self, key: str) -> str:
        """A label in both languages, the reader's first."""
        return self.pair(pair(key))

    def pair(self, words_: tuple[str, str]) -> str:
        """(English, Chinese) words in both languages, the reader's first."""
        en, zh = words_
        first, second = (zh, en) if self.lang == ZH else (en, zh)
        if first == second:
            return esc(first)
        return f'{esc(first)} <i lang="{self.other}">{esc(second)}</i>'

    def both(self, en: str, zh: str) -> tuple[str, str]:
        """A value written in English and Chinese (a title, a name) as plain (first,
        second) in the reader's order; second is empty when there is only one."""
        en, zh = en.strip(), zh.strip()
        first, second = (zh, en) if self.lang == ZH else (en, zh)
        if not first:
            first, second = second, ""
        return first, ("" if second == first else second)

    def names(self, en: str, zh: str) -> str:
        """Both names on one line, the second muted."""
        first, second = self.both(en, zh)
        return self.text(first) + (" " + self.tag("i", second) if second else "")

    def day_title(self, day: date) -> str:
        first = day_heading(day, self.lang)
        second = day_heading(day, self.other)
        return f'{esc(first)} <i lang="{self.other}">{esc(second)}</i>'

    # -- pieces ---------------------------------------------------------------------------

    def call_button(self, call: Call, label_key: str | None = None) -> str:
        label = self.label(label_key or call.label)
        name = f"<br>{self.text(call.name)}" if call.name.strip() else ""
        return (
            f'<a class="btn call" href="{esc(tel_href(call.phone))}"><span>{label}{name}</span>'
            f'<span class="num">{esc(call.phone)}</span></a>'
        )

    def place_link(self, place: Place) -> str:
        """A link to the place's card (written once, in the Places section)."""
        n = self.places.setdefault(place.key, (len(self.places) + 1, place))[0]
        return f'<a class="at" href="#p{n}">{self.names(place.name, place.local_name)}</a>'

    def place_card(self, n: int, place: Place) -> str:
        """Where a place is, for the reader and for a taxi driver, with whom to call and
        the map links."""
        return f'<article class="place" id="p{n}">{_card_html(self.lang, place)}</article>'

    def card_body(self, place: Place) -> str:
        first, second = self.both(place.name, place.local_name)
        out = [self.tag("h3", first)]
        if second:
            out.append(self.tag("p", second, "alt"))
        local = place.local_address.strip()
        big = place.local_name.strip() if has_cjk(place.local_name) else ""
        taxi: list[str] = []
        if big or local:
            # Written for the driver, in the local script.
            taxi.append(self.tag("p", words("taxi", ZH), "alt"))
        if big:
            taxi.append(self.tag("p", big, "big"))
        # The meeting point (where the delegation gets off or goes in) in brackets after
        # each address: the driver reads the local one, the reader their own. Brackets,
        # not a labelled line, keep the largest page of the large tour in its budget.
        if local:
            taxi.append(self.tag("p", _at(local, place.local_meeting_point, "（", "）"), "addr"))
        english = place.address.strip()
        if english and english != local:
            taxi.append(self.tag("p", _at(english, place.meeting_point, " (", ")"), "addr"))
        elif not local and place.meeting_point.strip():
            taxi.append(self.tag("p", place.meeting_point.strip(), "addr"))
        if taxi:
            out.append('<div class="taxi">' + "".join(taxi) + "</div>")
        links: list[str] = []
        contact = place.contact
        if contact is not None and contact.phone.strip():
            links.append(self.call_button(contact))
        elif contact is not None:
            out.append(f"<p>{self.label('contact')}: {self.text(contact.name)}</p>")
        links += self.map_links(place)
        if links:
            out.append('<div class="links">' + "".join(links) + "</div>")
        return "".join(out)

    def map_links(self, place: Place) -> list[str]:
        if place.latitude is None or place.longitude is None:
            return []
        name = place.local_name.strip() or place.name
        key, url = local_map(place.latitude, place.longitude, name)
        # The phone's own map app labels the pin for its owner: the name in Latin letters
        # when there is one (three times shorter than percent-encoded Chinese).
        label = place.name.strip() or name
        return [
            f'<a class="btn plain" href="{esc(geo_uri(place.latitude, place.longitude, label))}">'
            f"<span>{self.label('map')}</span></a>",
            f'<a class="btn plain" href="{esc(url)}" rel="noreferrer">'
            f"<span>{self.label(key)}</span></a>",
        ]

    def item(self, item: Item) -> str:
        """One programme item, with a link to its place's card."""
        link = self.place_link(item.place) if item.place is not None else ""
        return _item_html(self.lang, item) + link + "</article>"

    def item_body(self, item: Item) -> str:
        """An item up to its place link. Its start (UTC, to the minute) and length let the
        script highlight it; its zone's offset is written only when it is not the tour's
        (the day carries the tour's)."""
        start, end = item.start, item.end
        cancelled = ' class="cancelled"' if item.status == "cancelled" else ""
        clock = f"{start:%H:%M}–{end:%H:%M}"
        if start.date() != end.date():  # overnight: the days later, as airlines print it
            clock += f" (+{(end.date() - start.date()).days})"
        zone = ""
        if item.other_zone:
            delta = start.utcoffset()
            offset = int(delta.total_seconds() // 60) if delta is not None else 0
            zone = f' data-o="{offset}"'
            clock += f' <span class="tz">{esc(item.zone_label)}</span>'
        first, second = self.both(item.title, item.local_title)
        minutes = int((end - start).total_seconds() // 60)
        out = [
            f'<article{cancelled} data-s="{iso_min(start)}" data-m="{minutes}"{zone}>',
            f'<p class="time">{clock}</p>',
            self.tag("h3", first),
        ]
        if second:
            out.append(self.tag("p", second))  # muted by the style sheet (h3 + p)
        if item.status in ("cancelled", "tentative"):
            out.append(f'<p class="status">{self.label(item.status)}</p>')
        facts: list[tuple[str, str]] = []
        if item.people:
            facts.append(("people", esc(item.people)))
        if item.who:
            facts.append(("interpreters", ", ".join(self.text(w) for w in item.who)))
        if item.dress_code.strip():
            facts.append(("dress", self.text(item.dress_code)))
        ride = item.ride
        if ride is not None:
            plate = f' · <span class="num">{self.text(ride.plate)}</span>' if ride.plate else ""
            facts.append(("drive" if ride.driving else "ride", self.text(ride.vehicle) + plate))
            if ride.seat:
                facts.append(("seat", f'<span class="num">{self.text(ride.seat)}</span>'))
            if ride.driver and not ride.driving:
                facts.append(("driver", self.text(ride.driver)))
            if ride.boarding is not None:
                facts.append(("boarding", self.names(ride.boarding.name, ride.boarding.local_name)))
        if facts:
            out.append(
                "<dl>"
                + "".join(f"<dt>{self.label(k)}</dt><dd>{v}</dd>" for k, v in facts)
                + "</dl>"
            )
        return "".join(out)  # then the place link (for a transfer: where it goes)


def page(
    lang: str,
    title: str,
    body: Iterable[str],
    *,
    theme: str = "#0b5cad",
) -> str:
    """The whole document around ``body``."""
    return "".join(
        [
            f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            '<meta name="robots" content="noindex, nofollow">\n',
            '<meta name="referrer" content="no-referrer">\n',
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n',
            f'<meta name="theme-color" content="{theme}">\n',
            f"<title>{esc(title)}</title>\n",
            '<link rel="manifest" href="manifest.webmanifest">\n',
            '<link rel="icon" href="icon.svg" type="image/svg+xml">\n',
            f"<style>{CSS}</style>\n</head>\n<body>\n",
            *body,
            f"\n<script>{SCRIPT}</script>\n</body>\n</html>\n",
        ]
    )


def _at(address: str, point: str, left: str, right: str) -> str:
    """An address with its meeting point in brackets, when there is one."""
    point = point.strip()
    return f"{address}{left}{point}{right}" if point else address
