"""Table rows split between rows, and inside a row only when the row is taller than a
page (issue 15: a name was cut at the foot of a page)."""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.pagesizes import A4
from reportlab.platypus import LongTable, SimpleDocTemplate, Spacer

from tourplanner.export.pdf.blocks import RowTable, grid
from tourplanner.export.pdf.styles import make_styles

NAME = "Jean-Baptiste Oyelaran-Whitfield " * 6  # a cell of several lines


def table() -> RowTable:
    rows = [[NAME, NAME], [NAME, NAME]]
    return grid(rows, [120, 120], make_styles(), header=["Name", "Name"])


def build(flowable_table: LongTable, room: float) -> bytes:
    """A4 with ``room`` points left above the table on page 1."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1)
    frame_height = A4[1] - doc.topMargin - doc.bottomMargin - 12  # the frame's padding
    doc.build([Spacer(1, frame_height - room), flowable_table])
    return buf.getvalue()


def test_a_row_that_does_not_fit_the_rest_of_the_page_moves_on_whole(
    pdftext: Callable[..., str],
) -> None:
    t = table()
    t.wrap(240, 10_000)
    room = t._rowHeights[0] + t._rowHeights[1] / 2  # half of the first row fits
    first_page = pdftext(build(t, room), "-f", "1", "-l", "1")
    assert "Jean-Baptiste" not in first_page
    # reportlab's own table, with the same rows, cuts the row in two there.
    plain = LongTable(table()._cellvalues, colWidths=[120, 120], repeatRows=1, splitByRow=1,
                      splitInRow=1)  # fmt: skip
    assert "Jean-Baptiste" in pdftext(build(plain, room), "-f", "1", "-l", "1")


def test_between_rows_it_splits_and_repeats_the_header() -> None:
    t = table()
    t.wrap(240, 10_000)
    room = t._rowHeights[0] + t._rowHeights[1] + t._rowHeights[2] / 2
    first, rest = t.split(240, room)
    assert len(first._cellvalues) == 2 and len(rest._cellvalues) == 2  # header + one row
    assert rest._cellvalues[0] == first._cellvalues[0]


def test_a_row_taller_than_the_page_still_splits_inside() -> None:
    t = table()
    t.wrap(240, 10_000)
    page = t._rowHeights[0] + t._rowHeights[1] / 2  # outside a document: the room is the page
    assert len(t.split(240, page)) == 2
