"""Key facts are a list whose wrapped lines hang under the text, not under the bullet."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from tourplanner.core.model import TourSnapshot
from tourplanner.export.pdf import PdfOptions, build_booklet

LONG_FACT = (
    "The park integrates greening space and technology into an environmentally friendly, "
    "intelligent interactive experience that visitors of every age can walk through in "
    "about an hour, with benches, shade and drinking water along the whole route."
)


def test_a_wrapped_key_fact_hangs_under_its_text(
    snap: TourSnapshot, pdftext: Callable[..., str]
) -> None:
    sites = tuple(
        replace(s, key_facts=(LONG_FACT,)) if s.key == "lijia-smart-park" else s for s in snap.sites
    )
    text = pdftext(build_booklet(replace(snap, sites=sites), PdfOptions(lang="en")), "-layout")
    lines = text.splitlines()
    first = next(n for n, line in enumerate(lines) if "• The park integrates" in line)
    bullet_at = lines[first].index("•")
    text_at = lines[first].index("The park")
    wrapped = [line for line in lines[first + 1 : first + 3] if line.strip()]
    assert wrapped, lines[first : first + 3]
    for line in wrapped[:1]:
        start = len(line) - len(line.lstrip())
        assert start > bullet_at and abs(start - text_at) <= 1, (lines[first], line)
