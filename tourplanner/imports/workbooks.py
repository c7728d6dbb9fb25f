"""Read the cell values of workbooks (.xlsx, .xlsm, .xlsb, .ods, .xls) with python-calamine.

Organisers get .xlsx from Excel, .ods from LibreOffice and WPS, and the old .xls from older
registration systems. calamine reads them all, in Rust, without building an object per
cell. Before it opens a file, two things it would trust are checked here:

- the zip containers (.xlsx, .xlsm, .xlsb, .ods) pass ``check_zip``, so no member inflates
  beyond the limits in zip_guard;
- the area a worksheet spans: calamine allocates every cell between the first and the
  last one, so two cells at A1 and XFD1048576 in a 5 KB file would ask for 17 billion
  cells. The .xlsx cell references and the .ods repeat counts are read first, and a sheet
  over ``MAX_CELLS`` is refused.

An .xls is not a zip (it is an OLE2 compound file) and holds at most 65,536 × 256 cells;
its bytes are limited to ``MAX_XLS_BYTES``.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError, iterparse
from xml.parsers.expat import ExpatError, ParserCreate

from tourplanner.core.errors import ValidationError, first_line
from tourplanner.core.i18n import Context
from tourplanner.imports.zip_guard import check_zip

Errors = Context("Errors")  # the catalogue context of messages people read

ZIP_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xlsb", ".ods"})
OLE_SUFFIXES = frozenset({".xls"})
WORKBOOK_SUFFIXES = ZIP_SUFFIXES | OLE_SUFFIXES
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_XLS_BYTES = 32 * 1024 * 1024
# 40 columns for 100,000 rows: far above a people or sites list, far below what would
# exhaust the memory (calamine keeps a few dozen bytes per cell).
MAX_CELLS = 4_000_000

# Any cell reference (a cell's r="…", a sheet's <dimension ref="…:…">), however long: a
# reference past Excel's last cell (XFD1048576) is refused, not passed on to calamine,
# which sizes its grid from the references and the dimension.
_CELL_REF = re.compile(rb'\s(?:r|ref)="\$?([A-Za-z]+)\$?([0-9]+)(?::\$?([A-Za-z]+)\$?([0-9]+))?"')
MAX_ROW, MAX_COLUMN = 1_048_576, 16_384
_ODS_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_ODS_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def is_workbook(data: bytes, suffix: str) -> bool:
    """Whether the bytes are a workbook: any zip container (whatever its name, as before),
    an OLE2 file, or a workbook suffix that is not plain text in disguise (old systems
    save tab-separated text as .xls)."""
    if data.startswith((ZIP_MAGIC, OLE_MAGIC)):
        return True
    return suffix in ZIP_SUFFIXES


def workbook_cells(data: bytes, name: str, wanted: str | None) -> Iterator[tuple[str, list[Any]]]:
    """Each worksheet's title and rows of cell values (a list per row, from A1), in
    workbook order: only ``wanted`` when given, otherwise the visible ones. Values are
    str, int, float, bool, date, datetime, time or timedelta; an empty or error cell is ''."""
    kind = _kind(data, name)
    if kind == ".xls" and len(data) > MAX_XLS_BYTES:
        raise ValidationError(
            Errors.tr("{name}: an .xls file may be at most {size} MiB").format(
                name=name, size=MAX_XLS_BYTES // 2**20
            )
        )
    if data.startswith(ZIP_MAGIC):
        check_zip(data, name)  # before calamine inflates a member
        _check_extent(data, name)
    import python_calamine as calamine  # imported late: only workbooks need it

    try:
        book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        with book:
            metadata = book.sheets_metadata
            names = [m.name for m in metadata]
            if wanted is not None and wanted not in names:
                shown = ", ".join(repr(s) for s in names)
                raise ValidationError(
                    Errors.tr("{name}: no sheet {wanted!r} (sheets: {shown})").format(
                        name=name, wanted=wanted, shown=shown
                    )
                )
            for sheet in metadata:
                if sheet.typ != calamine.SheetTypeEnum.WorkSheet:
                    continue  # chart sheets and macros hold no cells
                visible = sheet.visible == calamine.SheetVisibleEnum.Visible
                if (wanted is None and visible) or sheet.name == wanted:
                    rows = book.get_sheet_by_name(sheet.name).to_python(skip_empty_area=False)
                    yield sheet.name, rows
    except ValidationError:
        raise
    except Exception as e:
        # A damaged or disguised file fails inside calamine with whatever its parsers
        # raise (CalamineError and its kinds, or a ValueError on a value it cannot
        # convert); the person needs one line naming the file.
        raise ValidationError(
            Errors.tr("{name}: not a readable {kind} file ({reason})").format(
                name=name, kind=kind, reason=_reason(e)
            )
        ) from None


def _kind(data: bytes, name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in WORKBOOK_SUFFIXES:
        return suffix
    return ".xls" if data.startswith(OLE_MAGIC) else ".xlsx"


def _reason(error: Exception) -> str:
    """The exception's kind and the first line of what it says, kept short."""
    text = first_line(error) if str(error).strip() else ""
    if len(text) > 80:
        text = text[:79] + "…"
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _check_extent(data: bytes, name: str) -> None:
    """Refuse a sheet whose cells would span more than MAX_CELLS (see the module text).
    Only called after check_zip, so inflating the members is safe."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        return  # calamine names the damage
    with archive:
        for info in archive.infolist():
            member = info.filename
            try:
                if member.startswith("xl/worksheets/") and member.endswith(".xml"):
                    cells = _xlsx_extent(archive.read(info))
                elif member == "content.xml":
                    cells = _ods_extent(archive.read(info))
                else:
                    continue
            except (
                zipfile.BadZipFile,
                zlib.error,
                OSError,
                EOFError,
                ParseError,
                ExpatError,
                ValueError,
            ):
                # Damaged XML, or a count that is not a number: what calamine would
                # make of it cannot be bounded, so it is not opened.
                raise ValidationError(
                    Errors.tr(
                        "{name}: not a readable {kind} file (member {member!r} is damaged)"
                    ).format(name=name, kind=_kind(data, name), member=member)
                ) from None
            if cells > MAX_CELLS:
                raise ValidationError(
                    Errors.tr(
                        "{name}: a sheet spans {cells:,} cells (at most {limit:,}); refused as "
                        "a possible spreadsheet bomb"
                    ).format(name=name, cells=cells, limit=MAX_CELLS)
                )


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _xlsx_extent(xml: bytes) -> int:
    """The number of cells between a worksheet's first and last cell reference. The XML
    must be well formed (calamine reads on past some damage, and guesses)."""
    ParserCreate().Parse(xml, True)  # no handlers: only checks, at C speed
    rows: list[int] = []
    columns: set[bytes] = set()
    for match in _CELL_REF.finditer(xml):
        for letters, digits in ((match.group(1), match.group(2)), (match.group(3), match.group(4))):
            if letters is None:
                continue
            if len(letters) > 3 or len(digits) > 7:
                raise ValueError(Errors.tr("a cell reference past the last cell of a worksheet"))
            columns.add(letters.upper())
            rows.append(int(digits))
    if not rows:
        return 0
    numbers = [_column_number(c) for c in columns]
    if max(rows) > MAX_ROW or max(numbers) > MAX_COLUMN:
        raise ValueError(Errors.tr("a cell reference past the last cell of a worksheet"))
    return (max(rows) - min(rows) + 1) * (max(numbers) - min(numbers) + 1)


def _ods_extent(xml: bytes) -> int:
    """The largest number of cells a table of an .ods content.xml spans up to its last
    value, counting repeated rows and columns (LibreOffice writes the empty rest of a
    sheet as one row repeated a million times, which calamine does not expand)."""
    table, row, cell = (
        f"{{{_ODS_TABLE}}}table",
        f"{{{_ODS_TABLE}}}table-row",
        (
            f"{{{_ODS_TABLE}}}table-cell",
            f"{{{_ODS_TABLE}}}covered-table-cell",
        ),
    )
    rows_repeated = f"{{{_ODS_TABLE}}}number-rows-repeated"
    columns_repeated = f"{{{_ODS_TABLE}}}number-columns-repeated"
    value_type = f"{{{_ODS_OFFICE}}}value-type"
    largest = 0
    height = width = row_index = 0
    for event, element in iterparse(io.BytesIO(xml), events=("end",)):
        del event
        if element.tag == row:
            column = last = 0
            for c in element:
                if c.tag not in cell:
                    continue
                column += int(c.get(columns_repeated, "1"))
                if c.get(value_type) is not None or len(c):
                    last = column
            repeat = int(element.get(rows_repeated, "1"))
            row_index += repeat
            if last:
                height, width = row_index, max(width, last)
            element.clear()
        elif element.tag == table:
            largest = max(largest, height * width)
            height = width = row_index = 0
            element.clear()
    return largest
