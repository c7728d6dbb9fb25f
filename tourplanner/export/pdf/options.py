"""What a user may choose about a briefing: paper and language."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reportlab.lib.pagesizes import A4, LETTER, landscape

from tourplanner.core.errors import ValidationError
from tourplanner.core.i18n import Context

Errors = Context("Errors")  # the catalogue context of messages people read

if TYPE_CHECKING:
    from tourplanner.export.pdf.tile_map import DayMaps

PAPERS = {"a4": A4, "letter": LETTER}
LANGUAGES = ("en", "zh", "both")
KINDS = ("delegate", "booklet", "host", "runsheet")


@dataclass(frozen=True, slots=True)
class PdfOptions:
    """``paper``: ``a4`` or ``letter``; ``lang``: ``en``, ``zh`` or ``both`` (bilingual).

    ``maps``: the day maps drawn from tiles that the services made for a batch (None: the
    route sketch). Not part of the options' text or equality: a document's content hash
    adds the digests of the maps it uses (``content_hash``)."""

    paper: str = "a4"
    lang: str = "both"
    maps: DayMaps | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise ValidationError(
                Errors.tr("paper must be one of {known}, not {paper!r}").format(
                    known=", ".join(PAPERS), paper=self.paper
                )
            )
        if self.lang not in LANGUAGES:
            raise ValidationError(
                Errors.tr("language must be one of {known}, not {lang!r}").format(
                    known=", ".join(LANGUAGES), lang=self.lang
                )
            )

    def page_size(self, *, wide: bool = False) -> tuple[float, float]:
        """Width and height in points; ``wide`` turns the page to landscape."""
        size = PAPERS[self.paper]
        return landscape(size) if wide else size
