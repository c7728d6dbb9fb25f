"""The host briefing keeps the tour's interpreters apart from the site's hosts, names
their languages in words, and bookmarks the site profile under a heading of its own."""

from __future__ import annotations

import io
from collections.abc import Callable

from pypdf import PdfReader

from tourplanner.core.model import TourSnapshot
from tourplanner.export.pdf import PdfOptions, build_host_briefing

from .conftest import site, squash


def test_interpreters_apart_from_hosts_with_languages_in_words(
    snap: TourSnapshot, pdftext: Callable[..., str]
) -> None:
    data = build_host_briefing(snap, site(snap, "nusri-chongqing").id, PdfOptions(lang="en"))
    text = pdftext(data, "-layout")
    hosts = next(line for line in text.splitlines() if line.strip().startswith("Hosts "))
    assert "Wang Jia" in hosts and "Sun Li" not in hosts and "Yang Xue" not in hosts
    assert "(Interpreter)" not in text  # no interpreter listed as one of the hosts
    flat = squash(text)
    assert squash("Tour interpreters") in flat
    assert squash("Yang Xue 杨雪 (Chinese, Russian, English)") in flat
    assert squash("Sun Li 孙丽 (Chinese, Japanese, English)") in flat


def test_the_site_profile_is_bookmarked_under_its_own_heading(snap: TourSnapshot) -> None:
    nusri = site(snap, "nusri-chongqing")
    data = build_host_briefing(snap, nusri.id, PdfOptions(lang="en"))
    outline = PdfReader(io.BytesIO(data)).outline
    titles = [o.title if not isinstance(o, list) else o for o in outline]
    at = titles.index("About the site")
    assert titles[at - 1] == "Organiser"
    children = titles[at + 1]
    assert isinstance(children, list) and children[0].title.startswith(nusri.name)
    assert not isinstance(titles[at - 1], list)  # nothing nested under "Organiser"
