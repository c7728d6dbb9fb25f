"""Curly quotes in English text are set in the Latin face, without the full-width gaps
of the main face; quotes around Chinese keep the full-width form."""

from __future__ import annotations

from collections.abc import Callable

from tourplanner.core.model import TourSnapshot
from tourplanner.export.pdf import PdfOptions, build_booklet
from tourplanner.export.pdf.fonts import FONT, LATIN_FONT, char_widths, register_fonts
from tourplanner.export.pdf.para import latin_quotes, para
from tourplanner.export.pdf.styles import make_styles


def test_which_quotes_are_latin() -> None:
    assert latin_quotes("has “open the door”.") == [
        ("has ", False), ("“", True), ("open the door", False), ("”", True), (".", False),
    ]  # fmt: skip
    assert latin_quotes("Center “一带一路”进出口") == [("Center “一带一路”进出口", False)]
    assert latin_quotes("the centre’s halls") == [("the centre", False), ("’", True),
                                                  ("s halls", False)]  # fmt: skip
    assert latin_quotes("no quotes") == [("no quotes", False)]


def test_a_latin_quote_is_narrow_and_in_the_latin_face() -> None:
    register_fonts()
    body = make_styles().body
    frags = para("realised “open the door to green”.", body).frags
    quotes = [f for f in frags if f.text in "“”"]
    assert len(quotes) == 2 and all(f.fontName == LATIN_FONT for f in quotes)
    # The main face's quote is a full em; the Latin face's about half of one.
    assert char_widths("“", FONT, 10) == [10.0]
    assert char_widths("“", LATIN_FONT, 10)[0] < 6.0


def test_the_booklet_embeds_the_latin_face_for_its_quotes(
    snap: TourSnapshot,
    pdffonts: Callable[[bytes], list[tuple[str, str]]],
    pdftext: Callable[..., str],
) -> None:
    data = build_booklet(snap, PdfOptions(lang="en"))
    fonts = pdffonts(data)
    assert any("DejaVuSans" in name for name, _emb in fonts)
    assert all(emb == "yes" for _name, emb in fonts)
    assert "“open the door to green" in pdftext(data)
