"""Read the cell values of .xlsx worksheets quickly, the way openpyxl's read-only mode
reads them, for the imports' large lists.

openpyxl builds an object per cell and runs inline text through its rich-text model;
for a list of a few thousand people that is most of an import's time. This reader takes
only what an import needs (sheet names and states, shared strings, which cell styles
are dates, and each cell's value) straight from the XML with ElementTree's C parser, and
uses openpyxl's own rules for numbers and dates. Whatever it does not recognise raises
``Unsupported``; the caller then reads the file with openpyxl. The tests check that the
two agree on every test workbook.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any
from xml.etree.ElementTree import Element, ParseError, iterparse, parse

NAMESPACES = (
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",  # "Strict Open XML" files
)
RELATIONSHIP_NS = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
)
PACKAGE_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


class Unsupported(Exception):
    """Something this reader does not handle; read the file with openpyxl instead."""


@dataclass(frozen=True)
class SheetCells:
    """One worksheet's name, state and rows of values (row number, values from column A)."""

    name: str
    state: str
    rows: list[tuple[int, list[Any]]]


@dataclass(frozen=True)
class _Tags:
    v: str
    inline: str
    t: str
    r: str
    rph: str


class _Workbook:
    def __init__(self, data: bytes) -> None:
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            raise Unsupported("not a zip file") from None
        root = self._root("xl/workbook.xml")
        self.ns = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
        if self.ns not in NAMESPACES:
            raise Unsupported(f"unknown namespace {self.ns!r}")
        rels = self._relationships("xl/_rels/workbook.xml.rels")
        props = root.find(self._tag("workbookPr"))
        self.date1904 = props is not None and props.get("date1904") in ("1", "true")
        self.sheets: list[tuple[str, str, str]] = []  # name, state, part
        sheets = root.find(self._tag("sheets"))
        for sheet in sheets if sheets is not None else ():
            rid = next(
                (sheet.get(f"{{{ns}}}id") for ns in RELATIONSHIP_NS if sheet.get(f"{{{ns}}}id")),
                "",
            )
            kind, target = rels.get(rid or "", ("", ""))
            if not kind.endswith("/worksheet"):
                continue  # chart sheets and the like hold no cells
            self.sheets.append((sheet.get("name", ""), sheet.get("state", "visible"), target))
        parts = {kind.rsplit("/", 1)[-1]: target for kind, target in rels.values()}
        self.strings = self._shared_strings(parts.get("sharedStrings"))
        self.date_styles, self.timedelta_styles = self._date_styles(parts.get("styles"))

    def _tag(self, name: str) -> str:
        return f"{{{self.ns}}}{name}" if self.ns else name

    def _open(self, part: str) -> IO[bytes]:
        try:
            return self.zip.open(part)
        except KeyError:
            raise Unsupported(f"no part {part}") from None

    def _root(self, part: str) -> Element:
        with self._open(part) as f:
            try:
                return parse(f).getroot()
            except ParseError:
                raise Unsupported(f"bad XML in {part}") from None

    def _relationships(self, part: str) -> dict[str, tuple[str, str]]:
        out = {}
        for rel in self._root(part).iter(PACKAGE_RELS):
            target = rel.get("Target", "")
            if rel.get("TargetMode") == "External":
                continue
            path = target[1:] if target.startswith("/") else posixpath.normpath(f"xl/{target}")
            out[rel.get("Id", "")] = (rel.get("Type", ""), path)
        return out

    def _shared_strings(self, part: str | None) -> list[str]:
        if part is None:
            return []
        si, t, r, rph = self._tag("si"), self._tag("t"), self._tag("r"), self._tag("rPh")
        out = []
        with self._open(part) as f:
            for _event, element in iterparse(f):
                if element.tag == si:
                    # As openpyxl does, so both readers give the same text.
                    out.append(_text(element, t, r, rph).replace("x005F_", ""))
                    element.clear()
        return out

    def _date_styles(self, part: str | None) -> tuple[frozenset[int], frozenset[int]]:
        from openpyxl.styles.numbers import (
            BUILTIN_FORMATS,
            is_date_format,
            is_timedelta_format,
        )

        if part is None:
            return frozenset(), frozenset()
        root = self._root(part)
        custom = {
            int(n.get("numFmtId", "-1")): n.get("formatCode", "")
            for n in root.iter(self._tag("numFmt"))
        }
        dates, durations = set(), set()
        xfs = root.find(self._tag("cellXfs"))
        for index, xf in enumerate(xfs if xfs is not None else ()):
            number = int(xf.get("numFmtId", "0"))
            fmt = custom.get(number) or BUILTIN_FORMATS.get(number)
            if fmt and is_date_format(fmt):
                dates.add(index)
            if fmt and is_timedelta_format(fmt):
                durations.add(index)
        return frozenset(dates), frozenset(durations)

    def cells(self, name: str, state: str, part: str) -> SheetCells:
        from openpyxl.utils.datetime import (
            CALENDAR_MAC_1904,
            CALENDAR_WINDOWS_1900,
            from_excel,
            from_ISO8601,
        )

        epoch = CALENDAR_MAC_1904 if self.date1904 else CALENDAR_WINDOWS_1900
        row_tag, c_tag = self._tag("row"), self._tag("c")
        tags = _Tags(*(self._tag(n) for n in ("v", "is", "t", "r", "rPh")))
        rows: list[tuple[int, list[Any]]] = []
        number = 0
        with self._open(part) as f:
            try:
                for _event, element in iterparse(f):
                    if element.tag != row_tag:
                        continue
                    number = int(element.get("r") or number + 1)
                    values: list[Any] = []
                    for c in element.iter(c_tag):
                        column = _column(c.get("r"), len(values))
                        values.extend([None] * (column - len(values)))
                        values.append(self._value(c, tags, epoch, from_excel, from_ISO8601))
                    rows.append((number, values))
                    element.clear()
            except ParseError:
                raise Unsupported(f"bad XML in {part}") from None
        return SheetCells(name, state, rows)

    def _value(self, c: Element, tags: _Tags, epoch: Any, from_excel: Any, from_iso: Any) -> Any:
        """One cell's value as openpyxl's read-only, data-only mode gives it."""
        kind = c.get("t", "n")
        if kind == "inlineStr":
            inline = c.find(tags.inline)
            return _text(inline, tags.t, tags.r, tags.rph) if inline is not None else None
        text = c.findtext(tags.v) or None
        if text is None:
            return None
        if kind == "n":
            try:
                value: Any = (
                    float(text) if ("." in text or "E" in text or "e" in text) else int(text)
                )
            except ValueError:
                # Not a number Excel writes: openpyxl decides (and names the damage).
                raise Unsupported("a number cell that is not a number") from None
            style = int(c.get("s") or 0)
            if style in self.date_styles:
                try:
                    return from_excel(value, epoch, timedelta=style in self.timedelta_styles)
                except (OverflowError, ValueError):
                    return "#VALUE!"
            return value
        if kind == "s":
            try:
                return self.strings[int(text)]
            except (IndexError, ValueError):
                raise Unsupported("bad shared string index") from None
        if kind == "b":
            return bool(int(text))
        if kind in ("str", "e"):
            return text
        if kind == "d":
            return from_iso(text)
        raise Unsupported(f"unknown cell type {kind!r}")


def _text(element: Element, t: str, r: str, rph: str) -> str:
    """A string item's plain text: its own <t> and its runs' <t>, not phonetic guides."""
    parts = []
    for child in element:
        if child.tag == t:
            parts.append(child.text or "")
        elif child.tag == r:
            parts.extend(x.text or "" for x in child if x.tag == t)
        elif child.tag == rph:
            continue
    return "".join(parts)


def _column(ref: str | None, next_index: int) -> int:
    """0-based column of a cell reference such as 'AB12'; the next one when absent."""
    if not ref:
        return next_index
    n = 0
    for ch in ref:
        if "A" <= ch <= "Z":
            n = n * 26 + ord(ch) - 64
        else:
            break
    if n == 0:
        raise Unsupported(f"bad cell reference {ref!r}")
    return n - 1


def read_cells(data: bytes, wanted: str | None = None) -> Iterator[SheetCells]:
    """The worksheets of an .xlsx with their values, in workbook order: only ``wanted``
    when given (Unsupported if there is no such sheet: openpyxl then says so), otherwise
    the visible ones."""
    book = _Workbook(data)
    names = [name for name, _state, _part in book.sheets]
    if wanted is not None and wanted not in names:
        raise Unsupported(f"no sheet {wanted!r}")
    for name, state, part in book.sheets:
        if (wanted is None and state == "visible") or name == wanted:
            yield book.cells(name, state, part)
