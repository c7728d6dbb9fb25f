"""Write tables as CSV or XLSX bytes: pure functions, table in, bytes out.

Both formats are safe to open in a spreadsheet program. A CSV cell that begins with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a ``'`` in front, so Excel
and LibreOffice show it as text instead of running it as a formula (OWASP's advice for
CSV injection); the importers take that ``'`` off again. XLSX cells holding text are
written as strings (data type ``s``), never as formulas, whatever they begin with.
"""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tourplanner.core.cell_values import FORMULA_STARTS

Cell = str | int | float | None

# Fixed document dates keep an .xlsx of the same table byte-for-byte the same.
_EPOCH = datetime(2000, 1, 1)
MAX_COLUMN_WIDTH = 60


@dataclass(frozen=True)
class Table:
    """One sheet: a title (the worksheet's name), a header row and the data rows."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


def inert(text: str) -> str:
    """Text a spreadsheet will not take for a formula: a ``'`` before a risky first
    character."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return inert(value)
    return str(value)  # numbers are written as numbers; -3 is a number, not a formula


def csv_bytes(table: Table, *, delimiter: str = ",") -> bytes:
    """The table as CSV: UTF-8 with a byte-order mark (so Excel reads Chinese correctly),
    CRLF line ends, every risky text cell made inert."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([_csv_cell(h) for h in table.header])
    for row in table.rows:
        writer.writerow([_csv_cell(v) for v in row])
    return out.getvalue().encode("utf-8-sig")


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: Chinese and other wide characters count
    twice."""
    longest = max(text.split("\n"), key=len, default="")
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in longest)


def _widths(table: Table) -> list[int]:
    widths = [display_width(h) for h in table.header]
    for row in table.rows:
        for i, value in enumerate(row):
            if value is not None and i < len(widths):
                widths[i] = max(widths[i], display_width(str(value)))
    return [min(MAX_COLUMN_WIDTH, w + 2) for w in widths]


def _sheet_title(title: str, used: set[str]) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, unique in the book."""
    clean = "".join("_" if c in "[]:*?/\\" else c for c in title).strip("'") or "Sheet"
    clean = clean[:31]
    candidate, n = clean, 1
    while candidate.casefold() in used:
        n += 1
        candidate = f"{clean[: 31 - len(str(n)) - 1]} {n}"
    used.add(candidate.casefold())
    return candidate


def xlsx_bytes(tables: Sequence[Table]) -> bytes:
    """The tables as an .xlsx workbook, one worksheet each: bold header row, frozen
    below it, an auto-filter, and columns as wide as their content (within reason)."""
    from openpyxl import Workbook  # imported late: it takes a while to load
    from openpyxl.cell.cell import Cell as XlCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.writer.excel import ExcelWriter

    book = Workbook()
    book.remove(book.active)
    bold = Font(bold=True)
    used: set[str] = set()
    for table in tables:
        ws = book.create_sheet(_sheet_title(table.title, used))
        for r, values in enumerate((table.header, *table.rows), 1):
            for c, value in enumerate(values, 1):
                if value is None:
                    continue
                cell: XlCell = ws.cell(row=r, column=c)
                if isinstance(value, str):
                    # Assigning a str starting with "=" makes openpyxl store a formula;
                    # setting the type afterwards keeps it a plain string.
                    cell.value = value
                    cell.data_type = "s"
                else:
                    cell.value = value
                if r == 1:
                    cell.font = bold
        ws.freeze_panes = "A2"
        if table.header:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(table.header))}{len(table.rows) + 1}"
        for i, width in enumerate(_widths(table), 1):
            ws.column_dimensions[get_column_letter(i)].width = width
    if not tables:
        book.create_sheet("Sheet")
    book.properties.creator = "Tourplanner"
    book.properties.created = _EPOCH
    book.properties.modified = _EPOCH
    out = io.BytesIO()
    # openpyxl's own save stamps the time of saving into the document and the zip.
    ExcelWriter(book, _SteadyZip(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True)).save()
    return out.getvalue()


class _SteadyZip(zipfile.ZipFile):
    """A zip whose entries all carry one fixed date, so a table gives the same bytes."""

    # mypy: narrower than ZipFile.writestr (no compress_type keywords), which openpyxl never passes.
    def writestr(  # type: ignore[override]
        self, zinfo_or_arcname: str | zipfile.ZipInfo, data: bytes | str, *args: Any
    ) -> None:
        if not isinstance(zinfo_or_arcname, zipfile.ZipInfo):
            info = zipfile.ZipInfo(zinfo_or_arcname, date_time=_EPOCH.timetuple()[:6])
            info.compress_type = self.compression
            info.external_attr = 0o644 << 16
            zinfo_or_arcname = info
        super().writestr(zinfo_or_arcname, data, *args)

    # mypy: narrower than ZipFile.write, as writestr above.
    def write(  # type: ignore[override]
        self, filename: str, arcname: str | None = None, *args: Any
    ) -> None:
        # openpyxl streams each worksheet through a temporary file first.
        with open(filename, "rb") as f:
            self.writestr(arcname or filename, f.read())
