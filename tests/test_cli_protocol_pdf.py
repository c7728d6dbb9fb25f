"""`tourplanner export pdf --kind seating|namecards|placecards|badges` end to end on a
SQLite file: the documents are written from the stored plan, bad input is one line and
exit 2, and nothing is written then."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.test_cli import assert_one_line_error, run

TOUR = "chongqing-2021"
DB = ("--db", "sqlite:///x.db")

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler")


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, timeout=60)
    return out.stdout.decode()


@needs_poppler
def test_protocol_pdfs_from_the_stored_plan_and_one_line_errors(tmp_path: Path) -> None:
    assert run(*DB, "sample", cwd=tmp_path).returncode == 0
    pdf = ("export", "pdf", TOUR)
    # No plan stored yet: the chart and the place cards say so.
    for kind in ("seating", "placecards"):
        refused = run(*DB, *pdf, "--kind", kind, "--item", "Welcome dinner", "-o", "x.pdf",
                      cwd=tmp_path)  # fmt: skip
        assert_one_line_error(refused, "'Welcome dinner' has no seating plan")
    assert not (tmp_path / "x.pdf").exists()
    nope = run(*DB, *pdf, "--kind", "seating", "--item", "No such dinner", "-o", "x.pdf",
               cwd=tmp_path)  # fmt: skip
    assert_one_line_error(nope, "has no item with UID or title 'No such dinner'")
    bare = run(*DB, *pdf, "--kind", "placecards", "-o", "x.pdf", cwd=tmp_path)
    assert_one_line_error(bare, "--kind placecards needs --item")
    extra = run(*DB, *pdf, "--kind", "host", "--item", "Welcome dinner", "-o", "x.pdf",
                cwd=tmp_path)  # fmt: skip
    assert_one_line_error(extra, "--item is only used with --kind seating")
    assert not (tmp_path / "x.pdf").exists()

    applied = run(*DB, "seating", TOUR, "Welcome dinner", "--tables", "2x10", "--apply",
                  cwd=tmp_path)  # fmt: skip
    assert applied.returncode == 0, applied.stderr
    chart = run(*DB, *pdf, "--kind", "seating", "--item", "Welcome dinner", "-o", "chart.pdf",
                cwd=tmp_path)  # fmt: skip
    assert chart.returncode == 0, chart.stderr
    assert chart.stdout.strip() == "Wrote chart.pdf"
    text = _text(tmp_path / "chart.pdf")
    assert "Index of names" in text and "Mr HE Wei" in text and "何伟" in text
    # Into a folder: named after the tour, the kind and the item.
    (tmp_path / "out").mkdir()
    for kind in ("placecards", "namecards"):
        done = run(*DB, *pdf, "--kind", kind, "--item", "Welcome dinner", "-o", "out",
                   cwd=tmp_path)  # fmt: skip
        assert done.returncode == 0, done.stderr
    badges = run(*DB, *pdf, "--kind", "badges", "-o", "out", "--lang", "zh", cwd=tmp_path)
    assert badges.returncode == 0, badges.stderr
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == [
        f"{TOUR}-badges.pdf",
        f"{TOUR}-namecards-welcome-dinner.pdf",
        f"{TOUR}-placecards-welcome-dinner.pdf",
    ]
    assert b"/Lang (zh-CN)" in (tmp_path / "out" / f"{TOUR}-badges.pdf").read_bytes()
    assert "1号桌" in _text(tmp_path / "out" / f"{TOUR}-placecards-welcome-dinner.pdf")
