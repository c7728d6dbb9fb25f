"""CSV and XLSX writers: formula-like text comes out inert, Chinese survives Excel, the
workbook looks like a list someone made by hand (bold frozen header, sensible widths)."""

from __future__ import annotations

import csv
import io
import zipfile

from openpyxl import load_workbook

from tourplanner.core.model import TourSnapshot
from tourplanner.export.sheet_tables import PEOPLE_HEADER, people_table, vehicles_table
from tourplanner.export.sheets import Table, csv_bytes, display_width, inert, xlsx_bytes

HYPERLINK = '=HYPERLINK("http://x","y")'
RISKY = [HYPERLINK, "+86 23 5555 0100", "-2+3", "@SUM(A1)", "\tTab", "\rReturn", "=1+1"]


def _table() -> Table:
    rows = tuple((text, "safe", 7) for text in RISKY)
    return Table("Risky", ("Name", "Organisation", "Count"), (*rows, ("张伟", None, -3)))


def test_inert_prefixes_only_risky_text() -> None:
    assert [inert(t) for t in RISKY] == ["'" + t for t in RISKY]
    assert inert("Dai Jiuyue") == "Dai Jiuyue" and inert("a=b") == "a=b" and inert("") == ""


def test_csv_cells_starting_like_formulas_are_escaped() -> None:
    data = csv_bytes(_table())
    assert data.startswith(b"\xef\xbb\xbf"), "a BOM, so Excel reads the UTF-8 as UTF-8"
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["Name", "Organisation", "Count"]
    assert [r[0] for r in rows[1:-1]] == ["'" + t for t in RISKY]
    assert rows[1][0].startswith("'=HYPERLINK")
    assert rows[-1] == ["张伟", "", "-3"], "numbers are numbers, not text to escape"
    assert b"\r\n" in data


def test_xlsx_text_is_never_a_formula() -> None:
    data = xlsx_bytes([_table()])
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sheet_xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml, "no cell holds a formula"
    ws = load_workbook(io.BytesIO(data)).active
    cells = [ws.cell(row=r, column=1) for r in range(2, 2 + len(RISKY))]
    assert [c.value for c in cells] == RISKY, "read back as the literal strings"
    assert {c.data_type for c in cells} == {"s"}
    assert ws["A2"].value == HYPERLINK and ws["A2"].data_type == "s"
    assert ws.cell(row=2, column=3).value == 7 and ws.cell(row=2, column=3).data_type == "n"
    assert ws["B9"].value is None


def test_xlsx_layout() -> None:
    wide = Table("People/guests: list [draft]", ("Name", "Note"), (("张伟张伟张伟", "x" * 200),))
    ws = load_workbook(io.BytesIO(xlsx_bytes([wide, wide]))).worksheets
    first, second = ws
    assert first.title == "People_guests_ list _draft_"
    assert second.title == "People_guests_ list _draft_ 2"
    assert all(c.font.bold for c in first[1])
    assert not first["A2"].font.bold
    assert first.freeze_panes == "A2"
    assert first.auto_filter.ref == "A1:B2"
    assert first.column_dimensions["A"].width == display_width("张伟张伟张伟") + 2 == 14
    assert first.column_dimensions["B"].width == 60, "capped"


def test_xlsx_of_the_same_table_is_the_same_bytes() -> None:
    assert xlsx_bytes([_table()]) == xlsx_bytes([_table()])


def test_people_table_of_the_sample(sample: TourSnapshot) -> None:
    table = people_table(sample)
    assert table.header == PEOPLE_HEADER and len(table.rows) == len(sample.participants)
    first = dict(zip(PEOPLE_HEADER, table.rows[0], strict=True))
    assert (first["Name"], first["Precedence"], first["VIP"], first["Groups"]) == (
        "Shang Yong",
        1,
        "yes",
        "group-a",
    )
    assert first["Languages"] == "Chinese, Russian"
    assert len(vehicles_table(sample, []).rows) == 0


def test_people_named_like_formulas_come_out_inert(sample: TourSnapshot) -> None:
    import dataclasses

    person = dataclasses.replace(sample.participants[0], full_name=HYPERLINK)
    snap = dataclasses.replace(sample, participants=(person, *sample.participants[1:]))
    table = people_table(snap)
    text = csv_bytes(table).decode("utf-8-sig")
    assert '\'=HYPERLINK(""http://x"",""y"")' in text
    ws = load_workbook(io.BytesIO(xlsx_bytes([table]))).active
    name_cells = [r[1] for r in ws.iter_rows(min_row=2)]
    found = [c for c in name_cells if c.value == HYPERLINK]
    assert len(found) == 1 and found[0].data_type == "s"
