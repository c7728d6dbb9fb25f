"""What a process that will lay out briefings can load before it knows the tour: the
renderers' modules and the fonts.

The PDF batch's fork server imports this module (``services.pdf_batch``), so that every
worker forked from it starts with them loaded, instead of importing reportlab and the
renderers and reading the fonts again (about half a second each) before its first
document. The fork server only imports modules, hence the work on import.
"""

from __future__ import annotations

from tourplanner.core.errors import TourplannerError
from tourplanner.export.pdf import booklet, delegate, host, runsheet  # noqa: F401
from tourplanner.export.pdf.fonts import FONT, LATIN_FONT, glyph_widths, register_fonts


def warm_up() -> None:
    """Register the fonts and read their widths (once per process). A missing font is
    left for the worker to report: it registers them again before its first document."""
    try:
        register_fonts()
    except TourplannerError:
        return
    glyph_widths(FONT)
    glyph_widths(LATIN_FONT)


warm_up()
