"""Workbooks other than .xlsx (issue 16): the same participant list as .ods (LibreOffice,
WPS) and .xls (older registration systems) reads cell for cell like the .xlsx and imports
the same people; hostile .ods/.xls/.xlsx files end in one line naming the file, exit 2 on
the CLI, with nothing written. A sheet spanning billions of cells (far.xlsx, repeats.ods)
is refused in this process: had calamine been given it, its allocation would have aborted
the test run.

The three files come from tests/data/people/make_workbooks.py.
"""

from __future__ import annotations

import io
import zipfile
from functools import cache
from pathlib import Path

import pytest

from reliability.bombs import sheet_bomb
from tourplanner.cli import main as cli_main
from tourplanner.core.errors import ValidationError
from tourplanner.imports.row_import import plan_people
from tourplanner.imports.sheet_fields import PEOPLE_FIELDS
from tourplanner.imports.spreadsheets import read_sheets, sheets_from_bytes
from tourplanner.imports.tourfile_reader import read_tour_file
from tourplanner.imports.workbooks import MAX_CELLS, MAX_XLS_BYTES, OLE_MAGIC
from tourplanner.paths import SAMPLES_DIR
from tourplanner.services.database import Database
from tourplanner.services.sheet_import import import_people, pick_sheet
from tourplanner.services.tourfile import SAMPLE_SLUG, export_tour_bytes, load_sample

DATA = Path(__file__).resolve().parents[1] / "data" / "people"
FORMATS = ("xlsx", "ods", "xls")

# What each typed cell must read as: whole numbers without ".0", booleans as yes/no,
# dates in ISO, a date-time with its time, a time alone, decimals as written.
EXPECTED_ROWS = (
    (1, ("Name", "中文名", "Organisation", "Title", "Email", "Mobile", "Country", "Precedence",
         "VIP", "Group", "Languages", "Notes", "Arrives", "Pick-up", "Fee")),
    (2, ("Zhang Wei", "张伟", "European Chinese News", "Chief Editor", "zhang.wei@example.com",
         "33612345678", "France", "3", "yes", "Group A", "zh, fr", "Vegetarian.",
         "2021-03-26 09:30:00", "14:05:00", "1250.5")),
    (3, ("Han Bing", "韩冰", "Harbin Daily Overseas", "Reporter", "han.bing@example.com",
         "13800138000", "China", "5", "no", "Group B", "Chinese", "", "2021-03-27",
         "08:00:00", "0")),
    (4, ("Tang Rui", "", "Auckland Chinese Herald", "Publisher", "", "64215550123",
         "New Zealand", "6", "no", "", "en", "Needs a receipt for every meal.",
         "2021-03-27 18:45:00", "", "-12.25")),
    (5, ("Anna Keller", "", "Hamburg Chinese Weekly", "", "anna.keller@example.de", "", "", "",
         "", "Press pool", "German, English")),
)  # fmt: skip


@pytest.mark.parametrize("suffix", FORMATS)
def test_each_format_reads_every_cell_type_the_same(suffix: str) -> None:
    (sheet,) = read_sheets(DATA / f"participants.{suffix}")
    assert sheet.sheet == "Participants"
    assert sheet.rows == EXPECTED_ROWS
    assert sheet.blank_rows == 0


def test_an_ods_and_an_xls_list_plan_exactly_like_the_xlsx() -> None:
    path = SAMPLES_DIR / f"{SAMPLE_SLUG}.tour.json"
    snap = read_tour_file(path.read_bytes(), path.name)
    plans = {}
    for suffix in FORMATS:
        sheet = pick_sheet(read_sheets(DATA / f"participants.{suffix}"), PEOPLE_FIELDS, {})
        plan = plan_people(sheet, snap.participants, snap.groups)
        assert not plan.errors, suffix
        plans[suffix] = [(r.action, r.key, dict(r.values), r.join_groups) for r in plan.rows]
    assert len(plans["xlsx"]) == 4
    assert plans["ods"] == plans["xlsx"]
    assert plans["xls"] == plans["xlsx"]
    han = plans["xlsx"][1][2]
    assert (han["phone"], han["precedence"], han["is_vip"]) == ("+86 138 0013 8000", 5, False)


def test_the_same_list_in_another_format_changes_nothing(db: Database, tmp_path: Path) -> None:
    """Imported from the .ods, the people are then exactly those of the .xlsx and .xls:
    importing those finds every row unchanged."""
    load_sample(db)
    first = import_people(db, SAMPLE_SLUG, DATA / "participants.ods")
    assert (first.created, first.updated, first.unchanged) == (4, 0, 0)
    for suffix in ("xlsx", "xls"):
        again = import_people(db, SAMPLE_SLUG, DATA / f"participants.{suffix}")
        assert (again.created, again.updated, again.unchanged) == (0, 0, 4), suffix


def _ods(content: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
        z.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0"?><manifest:manifest xmlns:manifest='
            '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
        )
    return out.getvalue()


def _ods_repeat_bomb() -> bytes:
    """A few hundred bytes that ask for 1,048,576 rows of 16,384 cells, each holding 'x'."""
    return _ods(
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        '<office:spreadsheet><table:table table:name="S"><table:table-row '
        'table:number-rows-repeated="1048576"><table:table-cell '
        'table:number-columns-repeated="16384" office:value-type="string">'
        "<text:p>x</text:p></table:table-cell></table:table-row></table:table>"
        "</office:spreadsheet></office:body></office:document-content>"
    )


def _far_cells_xlsx() -> bytes:
    """A 5 KB .xlsx with a cell at A1 and one at XFD1048576."""
    from openpyxl import Workbook

    book = Workbook()
    book.active["A1"] = "Name"
    book.active["XFD1048576"] = "x"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _past_the_last_cell_xlsx() -> bytes:
    """An .xlsx whose dimension and one cell reference lie past XFD1048576 (found by the
    fuzzer: calamine sized its grid from them and the process aborted)."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(_far_cells_xlsx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.startswith("xl/worksheets/"):
                data = data.replace(b"XFD1048576", b"ZZZZ99999999")
            target.writestr(info, data)
    return out.getvalue()


@cache
def _hostile() -> list[tuple[str, bytes, str]]:
    """(file name, bytes, what the one line must say)."""
    ods = (DATA / "participants.ods").read_bytes()
    xls = (DATA / "participants.xls").read_bytes()
    return [
        ("truncated.ods", ods[: len(ods) // 2], "truncated.ods: not a readable .ods file"),
        ("garbage.ods", b"PK\x03\x04" + bytes(range(256)) * 8, "not a readable .ods file"),
        ("bomb.ods", sheet_bomb(1024**3), "refused as a possible zip bomb"),
        ("repeats.ods", _ods_repeat_bomb(), "refused as a possible spreadsheet bomb"),
        ("truncated.xls", xls[: len(xls) // 2], "truncated.xls: not a readable .xls file"),
        ("garbage.xls", OLE_MAGIC + bytes(range(256)) * 8, "not a readable .xls file"),
        (
            "huge.xls",
            OLE_MAGIC + bytes(MAX_XLS_BYTES),
            f"huge.xls: an .xls file may be at most {MAX_XLS_BYTES // 2**20} MiB",
        ),
        ("far.xlsx", _far_cells_xlsx(), f"cells (at most {MAX_CELLS:,})"),
        ("past.xlsx", _past_the_last_cell_xlsx(), "past.xlsx: not a readable .xlsx file"),
    ]


@pytest.mark.parametrize(("name", "data", "reason"), _hostile(), ids=lambda v: str(v)[:14])
def test_a_hostile_workbook_is_one_line_naming_the_file(
    name: str, data: bytes, reason: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        sheets_from_bytes(data, name)
    message = str(caught.value)
    assert message.startswith(f"{name}: ") and "\n" not in message and len(message) < 300
    assert reason in message


def test_the_cli_refuses_hostile_workbooks_with_exit_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    assert cli_main(["--db", url, "sample"]) == 0
    before = (tmp_path / "cli.db").read_bytes()
    for name, data, reason in _hostile():
        path = tmp_path / name
        path.write_bytes(data)
        capsys.readouterr()
        assert cli_main(["--db", url, "import", "people", SAMPLE_SLUG, str(path)]) == 2, name
        lines = capsys.readouterr().err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"tourplanner: error: {name}: "), lines
        assert reason in lines[0]
        assert (tmp_path / "cli.db").read_bytes() == before, name


def test_a_hostile_workbook_leaves_the_database_unchanged(db: Database, tmp_path: Path) -> None:
    load_sample(db)
    before = export_tour_bytes(db, SAMPLE_SLUG)
    for name, data, _reason in _hostile():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(ValidationError):
            import_people(db, SAMPLE_SLUG, path)
        assert export_tour_bytes(db, SAMPLE_SLUG) == before, name


def test_an_xls_that_is_really_text_is_read_as_text() -> None:
    """Some registration systems save tab-separated text under an .xls name."""
    data = "Name\tOrganisation\r\nZhang Wei\tEuropean Chinese News\r\n".encode("utf-16")
    (sheet,) = sheets_from_bytes(data, "export.xls")
    assert sheet.rows == (
        (1, ("Name", "Organisation")),
        (2, ("Zhang Wei", "European Chinese News")),
    )
    assert (sheet.encoding, sheet.delimiter) == ("utf-16", "\t")
