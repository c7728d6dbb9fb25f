"""Zip bombs in .xlsx files: refused in one line before any reader inflates them, with the
refusing CLI under 600 MB of memory; real workbooks, large ones included, still import.

The bombs are made on the fly (reliability/bombs.py): a 1 MB file inflating to 1 GiB,
a 4 MB one inflating to 4,000 MiB, a sheet whose header lies about its size, directory
entries that share one compressed kernel, 60,000 members, and a bomb nested as a member.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from reliability.bombs import (
    cli_measured,
    lying_bomb,
    many_members,
    nested_bomb,
    overlapping_bomb,
    sheet_bomb,
    zip_bombs,
)
from tourplanner.core.errors import ValidationError
from tourplanner.imports.spreadsheets import sheets_from_bytes
from tourplanner.imports.zip_guard import ZipLimits, check_zip
from tourplanner.services.database import Database
from tourplanner.services.sheet_import import import_people, import_sites
from tourplanner.services.tourfile import SAMPLE_SLUG, export_tour_bytes, load_sample

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data" / "people"
MEMORY_LIMIT_MB = 600
GIB = 1024**3


@pytest.mark.parametrize(
    ("make", "size_mb", "reason"),
    [
        (lambda: sheet_bomb(GIB), 1, "inflates to 1.0 GiB (at most 256.0 MiB)"),
        (lambda: sheet_bomb(4000 * 1024**2), 4, "inflates to 3.9 GiB"),
        (lambda: sheet_bomb(200 * 1024**2), 0, "inflates 1,009 times (at most 100"),
        (lambda: lying_bomb(GIB), 1, "inflates to more than the 4,096 bytes its header declares"),
        (lambda: overlapping_bomb(), 0, "inflate to more than 256.0 MiB in all"),
        (
            lambda: overlapping_bomb(entries=100, inflated_each=512 * 1024),
            0,
            "members 'xl/media/0.bin' and 'xl/media/1.bin' share their data",
        ),
        (lambda: many_members(60_000), 7, "60,009 members (at most 10,000)"),
    ],
    ids=["1GiB", "4GiB", "ratio", "lying", "overlap-total", "overlap", "members"],
)
def test_each_bomb_is_refused_in_one_line_naming_the_file(make, size_mb, reason) -> None:
    data = make()
    assert round(len(data) / 1e6) == size_mb  # the files are the size the issue describes
    with pytest.raises(ValidationError) as caught:
        sheets_from_bytes(data, "delegates.xlsx")
    message = str(caught.value)
    assert message.startswith("delegates.xlsx: ") and "\n" not in message
    assert reason in message and message.endswith("refused as a possible zip bomb")


def test_a_bomb_nested_as_a_member_is_never_opened() -> None:
    """An embedded workbook is one stored member to the readers: it is not inflated."""
    sheets = sheets_from_bytes(nested_bomb(), "delegates.xlsx")
    assert [row for _n, row in sheets[0].rows] == [("Name", "Email")]


def test_a_directory_larger_than_its_limit_is_refused_before_it_is_read() -> None:
    data = many_members(2000)
    check_zip(data, "ok.xlsx")  # within the default limits
    with pytest.raises(ValidationError, match=r"a zip directory of 0\.1 MiB"):
        check_zip(data, "x.xlsx", ZipLimits(max_directory_bytes=64 * 1024))


def test_a_rare_compression_method_is_refused() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_BZIP2) as z:
        z.writestr("xl/workbook.xml", b"<workbook/>")
    with pytest.raises(ValidationError, match="compression method 12"):
        sheets_from_bytes(out.getvalue(), "odd.xlsx")


def test_the_limits_leave_room_for_large_real_lists(tmp_path: Path) -> None:
    """The bench's 5,000-person list and every test workbook pass well inside the limits."""
    from bench.rows_sheets import make_workbook

    path = tmp_path / "delegates.xlsx"
    make_workbook(path, 5000)
    data = path.read_bytes()
    with zipfile.ZipFile(path) as z:
        inflated = sum(i.file_size for i in z.infolist())
        ratio = max(i.file_size / i.compress_size for i in z.infolist())
    limits = ZipLimits()
    assert inflated * 50 < limits.max_total_bytes and ratio * 5 < limits.max_ratio
    check_zip(data, path.name)
    assert len(sheets_from_bytes(data, path.name)[0].rows) == 5002  # title, header, 5,000 people
    for workbook in DATA.glob("*.xlsx"):
        check_zip(workbook.read_bytes(), workbook.name)


def test_a_bomb_leaves_the_database_unchanged(db: Database, tmp_path: Path) -> None:
    load_sample(db)
    before = export_tour_bytes(db, SAMPLE_SLUG)
    for label, data in zip_bombs():
        path = tmp_path / "list.xlsx"
        path.write_bytes(data)
        for importer in (import_people, import_sites):
            with pytest.raises(ValidationError, match=r"^list\.xlsx: .*zip bomb$"):
                importer(db, SAMPLE_SLUG, path)
            assert export_tour_bytes(db, SAMPLE_SLUG) == before, label


# The CLI in a process of its own: exit code, one line, and its peak memory -------------


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    path = folder / "tour.db"
    code, _peak, stderr = cli_measured(["--db", f"sqlite:///{path}", "sample"], folder)
    assert code == 0, stderr
    return path


@pytest.mark.parametrize("kind", ["people", "sites"])
@pytest.mark.parametrize(
    ("make", "name"),
    [
        (lambda: sheet_bomb(GIB), "bomb-1gib.xlsx"),
        (lambda: sheet_bomb(4000 * 1024**2), "bomb-4gib.xlsx"),
        (lambda: lying_bomb(GIB), "lying.xlsx"),
    ],
    ids=["1GiB", "4GiB", "lying"],
)
def test_the_cli_refuses_a_bomb_with_exit_2_in_one_line_under_600_mb(
    sample_db: Path, tmp_path: Path, kind: str, make, name: str
) -> None:
    db = tmp_path / "tour.db"
    db.write_bytes(sample_db.read_bytes())
    bomb = tmp_path / name
    bomb.write_bytes(make())
    code, peak, stderr = cli_measured(
        ["--db", f"sqlite:///{db}", "import", kind, SAMPLE_SLUG, str(bomb)], tmp_path
    )
    assert code == 2, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"tourplanner: error: {name}: "), stderr
    assert "zip bomb" in lines[0]
    assert peak < MEMORY_LIMIT_MB, f"peak {peak} MB"
    assert db.read_bytes() == sample_db.read_bytes()  # not a byte written
