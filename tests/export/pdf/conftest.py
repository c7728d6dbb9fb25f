"""PDF test helpers: the sample tour in memory, its PDFs built once, and the poppler
tools (pdftotext, pdffonts, pdftoppm) that read them back."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tourplanner.core.model import Participant, Site, TourSnapshot
from tourplanner.export.pdf import PdfOptions, TourIndex, render
from tourplanner.imports.tourfile_reader import read_tour_file
from tourplanner.paths import SAMPLES_DIR

POPPLER = all(shutil.which(t) for t in ("pdftotext", "pdffonts", "pdftoppm"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils not installed")


def read_sample() -> TourSnapshot:
    path = SAMPLES_DIR / "chongqing-2021.tour.json"
    return read_tour_file(path.read_bytes(), path.name)


@pytest.fixture(scope="session")
def snap() -> TourSnapshot:
    return read_sample()


def person(snap: TourSnapshot, key: str) -> Participant:
    return next(p for p in snap.participants if p.key == key)


def site(snap: TourSnapshot, key: str) -> Site:
    return next(s for s in snap.sites if s.key == key)


@pytest.fixture(scope="session")
def delegate_pdfs(snap: TourSnapshot) -> dict[str, bytes]:
    """Every delegate's briefing of the sample (bilingual, A4), by participant key."""
    index = TourIndex(snap)
    return {
        p.key: render(index.delegate(p.id, f"{p.key}.ics"), PdfOptions()) for p in index.delegates
    }


def _run(tool: str, *args: str, data: bytes, tmp: Path) -> str:
    pdf = tmp / "doc.pdf"
    pdf.write_bytes(data)
    out = subprocess.run(
        [tool, *args, str(pdf), *(["-"] if tool == "pdftotext" else [])],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return out.stdout.decode("utf-8")


@pytest.fixture
def pdftext(tmp_path: Path) -> Callable[..., str]:
    """``pdftext(data, *args)``: the text pdftotext reads from PDF bytes."""
    if not POPPLER:
        pytest.skip("poppler-utils not installed")
    return lambda data, *args: _run("pdftotext", *args, data=data, tmp=tmp_path)


@pytest.fixture
def pdffonts(tmp_path: Path) -> Callable[[bytes], list[tuple[str, str]]]:
    """``pdffonts(data)``: (font name, emb column) per font row."""
    if not POPPLER:
        pytest.skip("poppler-utils not installed")

    def fonts(data: bytes) -> list[tuple[str, str]]:
        lines = _run("pdffonts", data=data, tmp=tmp_path).splitlines()[2:]
        return [(line.split()[0], line.split()[-5]) for line in lines if line.strip()]

    return fonts


@pytest.fixture
def page_png(tmp_path: Path) -> Callable[[bytes, int, int], Path]:
    """``page_png(data, page, dpi)``: one page rendered to a PNG file."""
    if not POPPLER:
        pytest.skip("poppler-utils not installed")

    def render_page(data: bytes, page: int = 1, dpi: int = 150) -> Path:
        pdf = tmp_path / "page.pdf"
        pdf.write_bytes(data)
        stem = tmp_path / f"page-{page}"
        subprocess.run(
            ["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page),
             "-singlefile", str(pdf), str(stem)],
            check=True,
            timeout=60,
        )  # fmt: skip
        return stem.with_suffix(".png")

    return render_page


def squash(text: str) -> str:
    """Text without any whitespace, so strings wrapped over lines still match."""
    return "".join(text.split())


def body_text(text: str) -> str:
    """pdftotext output without running heads and feet: the lines found on most pages,
    and page numbers ('3 / 11'), so a paragraph split over two pages reads as one."""
    pages = [
        [line.strip() for line in page.splitlines() if line.strip()] for page in text.split("\f")
    ]
    pages = [p for p in pages if p]
    seen: dict[str, int] = {}
    for page in pages:
        for line in set(page):
            seen[line] = seen.get(line, 0) + 1
    running = {line for line, n in seen.items() if n >= 3 and n > len(pages) / 2}
    page_number = re.compile(r"^\d+ / \d+$")
    return "\n".join(
        line
        for page in pages
        for line in page
        if line not in running and not page_number.match(line)
    )
