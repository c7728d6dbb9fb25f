"""Read a spreadsheet the organiser was sent: a workbook (.xlsx, .xlsm, .xlsb, .ods, .xls,
read by python-calamine in workbooks.py), or CSV/TSV text in whatever encoding and with
whatever separator the sender's Excel chose.

Text files may be UTF-8 (with or without a byte-order mark), UTF-16 (Excel's "Unicode
text", tab-separated), GB18030/GBK (Excel on a Chinese Windows) or Windows-1252 (on a
Western one); anything else is guessed with charset-normalizer. The separator is found
by csv.Sniffer, checked, and otherwise by counting candidates line by line.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from tourplanner.core.errors import ValidationError
from tourplanner.core.i18n import Context
from tourplanner.imports.files import read_input
from tourplanner.imports.row_import import RawSheet
from tourplanner.imports.workbooks import is_workbook, workbook_cells

Errors = Context("Errors")  # the catalogue context of messages people read

MAX_BYTES = 64 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".csv", ".tsv", ".txt", ".tab"})
DELIMITERS = ",;\t|"
_SNIFF_CHARS = 64 * 1024


def read_sheets(
    path: str | os.PathLike[str], *, sheet: str | None = None, encoding: str | None = None
) -> list[RawSheet]:
    """The sheets of the file at ``path`` (one for a text file); see ``sheets_from_bytes``."""
    return sheets_from_bytes(read_input(path), Path(path).name, sheet=sheet, encoding=encoding)


def sheets_from_bytes(
    data: bytes, name: str, *, sheet: str | None = None, encoding: str | None = None
) -> list[RawSheet]:
    """Every worksheet of a workbook (only ``sheet`` when given, else the visible ones in
    order), or the one table of a text file. ``name`` is the file name: its suffix picks
    the format (a zip or OLE2 file is taken as a workbook whatever its name, and an .xls
    that is really text is read as text) and messages use it."""
    if len(data) > MAX_BYTES:
        raise ValidationError(
            Errors.tr("{name}: file is larger than {size} MiB").format(
                name=name, size=MAX_BYTES // 2**20
            )
        )
    if is_workbook(data, Path(name).suffix.lower()):
        return [
            _raw_sheet(name, title, enumerate(rows, 1))
            for title, rows in workbook_cells(data, name, sheet)
        ]
    if sheet is not None:
        raise ValidationError(
            Errors.tr("{name}: --sheet applies to workbooks only (.xlsx, .ods, .xls)").format(
                name=name
            )
        )
    return [text_sheet(data, name, encoding=encoding)]


# Text files -----------------------------------------------------------------------------


def decode_text(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """The text of a CSV/TSV file and the encoding it was read in."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except LookupError:
            raise ValidationError(
                Errors.tr("{name}: unknown encoding {encoding!r}").format(
                    name=name, encoding=encoding
                )
            ) from None
        except UnicodeDecodeError as e:
            raise ValidationError(
                Errors.tr("{name}: not {encoding} text (byte {start})").format(
                    name=name, encoding=encoding, start=e.start
                )
            ) from None
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", name), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", name), "utf-16"
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, name), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Both GB18030 and Windows-1252 decode almost any bytes, so each must also read as
    # the kind of text it encodes. Western text is tried first: Chinese text read as
    # Windows-1252 is long runs of accented letters and symbols, never plausible, while a
    # short Western text may happen to pair up into Chinese characters.
    western = _decoded(data, "cp1252")
    if western is not None and _plausibly_western(western):
        return western, "cp1252"
    chinese = _decoded(data, "gb18030")
    if chinese is not None and _mostly_chinese(chinese):
        return chinese, "gb18030"
    return _guess(data, name)


def _decoded(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise ValidationError(
            Errors.tr(
                "{name}: the file starts like {encoding} text but byte {start} is not; save it "
                "again as CSV UTF-8"
            ).format(name=name, encoding=encoding, start=e.start)
        ) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: Latin text has a zero in every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _mostly_chinese(text: str) -> bool:
    wide = [c for c in text if ord(c) > 127]
    if not wide:
        return True
    chinese = sum(
        1
        for c in wide
        if "\u3000" <= c <= "\u303f"  # CJK punctuation
        or "\u3400" <= c <= "\u9fff"  # ideographs
        or "\uff00" <= c <= "\uffef"  # full-width forms
        or "\u2010" <= c <= "\u2027"  # dashes, quotes, ellipsis
        or c in "·×"
    )
    return chinese / len(wide) >= 0.9


_WESTERN = frozenset(
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
    "ŒœŠšŽžŸƒ€£¥‘’‚“”„–—…•°²³·«»¿¡ºª§©®™\u00a0"
)


def _plausibly_western(text: str) -> bool:
    """Accented letters and typographic marks, mostly alone between plain letters (as in
    Müller or Ødegård), as Windows-1252 text from a Western European Excel has."""
    runs: list[int] = []
    length = 0
    for c in text:
        if ord(c) > 127:
            if c not in _WESTERN:
                return False
            length += 1
        elif length:
            runs.append(length)
            length = 0
    if length:
        runs.append(length)
    if not runs:
        return False
    return max(runs) <= 2 and sum(1 for r in runs if r == 2) * 2 <= len(runs)


def _guess(data: bytes, name: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # imported late: only odd files need it

    best = from_bytes(data[: _SNIFF_CHARS * 4]).best()
    if best is None or best.encoding is None:
        raise ValidationError(
            Errors.tr(
                "{name}: cannot tell how the text is encoded; save it as CSV UTF-8 or .xlsx, or "
                "give --encoding"
            ).format(name=name)
        )
    try:
        return data.decode(best.encoding), best.encoding
    except UnicodeDecodeError:
        raise ValidationError(
            Errors.tr(
                "{name}: cannot tell how the text is encoded (it is not {encoding}); save it as "
                "CSV UTF-8 or .xlsx, or give --encoding"
            ).format(name=name, encoding=best.encoding)
        ) from None


def detect_delimiter(text: str, name: str = "") -> str:
    """The separator of a CSV/TSV text: csv.Sniffer's answer if it splits most lines into
    several fields, else the candidate that splits the lines most consistently."""
    lines = [line for line in text[:_SNIFF_CHARS].splitlines() if line.strip()][:50]
    if len(text) > _SNIFF_CHARS and len(lines) > 1:
        lines = lines[:-1]  # the last line may have been cut in half
    if not lines:
        return "\t" if Path(name).suffix.lower() in (".tsv", ".tab") else ","
    sample = "\n".join(lines)
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = None
    if sniffed and _splits_well(lines, sniffed):
        return sniffed
    return _best_by_counting(lines, name)


def _field_counts(lines: list[str], delimiter: str) -> list[int]:
    return [len(r) for r in csv.reader(lines, delimiter=delimiter)]


def _splits_well(lines: list[str], delimiter: str) -> bool:
    counts = _field_counts(lines, delimiter)
    return sum(1 for c in counts if c > 1) * 2 > len(counts)


def _best_by_counting(lines: list[str], name: str) -> str:
    best, best_score = "\t" if Path(name).suffix.lower() in (".tsv", ".tab") else ",", (0, 0)
    for delimiter in DELIMITERS:
        counts = [c for c in _field_counts(lines, delimiter) if c > 1]
        if not counts:
            continue
        common = max(set(counts), key=counts.count)
        score = (counts.count(common), common)  # consistent first, then wider
        if score > best_score:
            best, best_score = delimiter, score
    return best


def text_sheet(data: bytes, name: str, *, encoding: str | None = None) -> RawSheet:
    """A CSV/TSV file as a RawSheet; row numbers count records from 1, as Excel shows."""
    text, used = decode_text(data, name, encoding)
    if "\x00" in text:
        raise ValidationError(
            Errors.tr("{name}: contains NUL characters; is it really a text file?").format(
                name=name
            )
        )
    delimiter = detect_delimiter(text, name)
    rows: list[tuple[int, tuple[str, ...]]] = []
    blank = 0
    try:
        for number, record in enumerate(
            csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), 1
        ):
            cells = tuple(c.strip() for c in record)
            if any(cells):
                rows.append((number, cells))
            else:
                blank += 1
    except csv.Error as e:
        raise ValidationError(
            Errors.tr("{name}: not a readable CSV file: {reason}").format(name=name, reason=e)
        ) from None
    return RawSheet(name, tuple(rows), None, used, delimiter, blank)


# Workbooks ----------------------------------------------------------------------------------


_EXCEL_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _cell_text(value: Any) -> str:
    """A cell's value as the text a person typed: 13800138000 not 1.38e10, dates in ISO,
    and Excel's _x000D_-style escapes turned back into the characters."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ") if value.time() != time(0) else value.date().isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    text = str(value)
    if "_x" in text:
        text = _EXCEL_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    return text.strip()


def _raw_sheet(source: str, title: str, rows: Iterable[tuple[int, Sequence[Any]]]) -> RawSheet:
    kept: list[tuple[int, tuple[str, ...]]] = []
    last = 0
    for number, values in rows:
        cells = [_cell_text(v) for v in values]
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            kept.append((number, tuple(cells)))
        last = max(last, number)
    # Rows absent from the file are blank rows too, as a spreadsheet shows them.
    return RawSheet(source, tuple(kept), title, None, None, last - len(kept))
