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


def iso_z(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def tel_href(phone: str) -> str:
    """tel: with the E.164 number; the digits as written when it cannot be parsed."""
    number = phone_e164(phone) or "".join(c for c in phone if c.isdigit() or c == "+")
    return f"tel:{number}"


class Writer:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.other = ZH if lang == EN else EN

    def text(self, value: str, lang: str | None = None) -> str:
        """Escaped text, in a span with ``lang`` when it is not in the page's language
        (guessed from its script when not given)."""
        lang = lang or (ZH if has_cjk(value) else EN)
        if lang == self.lang:
            return esc(value)
        return f'<span lang="{lang}">{esc(value)}</span>'

    def label(self, key: str) -> str:
        """A label in both languages, the reader's first."""
        return self.pair(pair(key))

    def pair(self, words_: tuple[str, str]) -> str:
        """(English, Chinese) words in both languages, the reader's first."""
        en, zh = words_
        first, second = (zh, en) if self.lang == ZH else (en, zh)
        if first == second:
            return esc(first)
        return f'{esc(first)} <span class="alt" lang="{self.other}">{esc(second)}</span>'

    def both(self, en: str, zh: str) -> tuple[str, str]:
        """A value written in English and Chinese (a title, a name) as (first, second)
        HTML in the reader's order; second is empty when there is only one."""
        en, zh = en.strip(), zh.strip()
        first, second = (zh, en) if self.lang == ZH else (en, zh)
        if not first:
            first, second = second, ""
        if second == first:
            second = ""
        return self.text(first), (self.text(second) if second else "")

    def day_title(self, day: date) -> str:
        first = day_heading(day, self.lang)
        second = day_heading(day, self.other)
        return f'{esc(first)} <span class="alt" lang="{self.other}">{esc(second)}</span>'

    # -- pieces ---------------------------------------------------------------------------

    def call_button(self, call: Call, label_key: str | None = None) -> str:
        label = self.label(label_key or call.label)
        name = f"<br>{self.text(call.name)}" if call.name.strip() else ""
        return (
            f'<a class="btn call" href="{esc(tel_href(call.phone))}"><span>{label}{name}</span>'
            f'<span class="num">{esc(call.phone)}</span></a>'
        )

    def place(self, place: Place) -> str:
        first, second = self.both(place.name, place.local_name)
        out = [f"<p><strong>{first}</strong>" + (f"<br>{second}" if second else "") + "</p>"]
        local = place.local_address.strip()
        shown_big = place.local_name.strip() if has_cjk(place.local_name) else ""
        taxi: list[str] = []
        if shown_big or local:
            # Written for the driver, in the local script.
            taxi.append(f'<p class="alt">{self.text(words("taxi", ZH), ZH)}</p>')
        if shown_big:
            taxi.append(f'<p class="big">{self.text(shown_big, ZH)}</p>')
        if local:
            taxi.append(f'<p class="addr">{self.text(local)}</p>')
        if place.address.strip() and place.address.strip() != local:
            taxi.append(f'<p class="addr">{self.text(place.address)}</p>')
        if taxi:
            out.append('<div class="taxi">' + "".join(taxi) + "</div>")
        return '<div class="place">' + "".join(out) + "</div>"

    def map_links(self, place: Place) -> list[str]:
        if place.latitude is None or place.longitude is None:
            return []
        name = place.local_name.strip() or place.name
        key, url = local_map(place.latitude, place.longitude, name)
        return [
            f'<a class="btn plain" href="{esc(geo_uri(place.latitude, place.longitude, name))}">'
            f"{self.label('map')}</a>",
            f'<a class="btn plain" href="{esc(url)}" rel="noreferrer">{self.label(key)}</a>',
        ]

    def item(self, n: int, item: Item) -> str:
        start, end = item.start, item.end
        delta = start.utcoffset()
        offset = int(delta.total_seconds() // 60) if delta is not None else 0
        classes = "item" + (" cancelled" if item.status == "cancelled" else "")
        hidden = "" if item.other_zone else " hidden"
        clock = f"{start:%H:%M}–{end:%H:%M}"
        if start.date() != end.date():  # overnight: the days later, as airlines print it
            clock += f" (+{(end.date() - start.date()).days})"
        first, second = self.both(item.title, item.local_title)
        out = [
            f'<article class="{classes}" id="item-{n}" data-start="{iso_z(start)}" '
            f'data-end="{iso_z(end)}" data-offset="{offset}">',
            f'<p class="time"><time datetime="{start.isoformat()}">{esc(clock)}</time> '
            f'<span class="tz"{hidden}>{esc(item.zone_label)}</span></p>',
            f"<h3>{first}</h3>",
        ]
        if second:
            out.append(f'<p class="alt">{second}</p>')
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
            vehicle = self.text(ride.vehicle) + plate
            facts.append(("drive" if ride.driving else "ride", vehicle))
            if ride.driver and not ride.driving:
                facts.append(("driver", self.text(ride.driver)))
            if ride.boarding is not None:
                a, b = self.both(ride.boarding.name, ride.boarding.local_name)
                facts.append(("boarding", a + (f" · {b}" if b else "")))
        if item.place is not None:
            if item.kind == "transfer":
                a, b = self.both(item.place.name, item.place.local_name)
                facts.append(("to", a + (f" · {b}" if b else "")))
            else:
                out.append(self.place(item.place))
        if facts:
            out.append(
                "<dl>"
                + "".join(f"<dt>{self.label(k)}</dt><dd>{v}</dd>" for k, v in facts)
                + "</dl>"
            )
        links: list[str] = []
        if item.contact is not None and item.contact.phone.strip():
            links.append(self.call_button(item.contact))
        elif item.contact is not None and item.contact.name.strip():
            out.append(f"<p>{self.label('contact')}: {self.text(item.contact.name)}</p>")
        if item.place is not None and item.kind != "transfer":
            links += self.map_links(item.place)
        if links:
            out.append('<div class="links">' + "".join(links) + "</div>")
        out.append("</article>")
        return "".join(out)


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
