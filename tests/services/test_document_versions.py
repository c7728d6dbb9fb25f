"""Issued and versioned PDFs (issue 15, point 5) and their navigation (point 7): the
footer stamp, byte-identical reexports, versions that count content changes, change
marks, the PDF's dates, /ID, /Lang, PageMode, DisplayDocTitle and linked contents,
and update emails whose subject says what changed."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import BooleanObject

from tests.servers.smtp import SmtpServer, smtp_server_fixture  # noqa: F401
from tourplanner.export.pdf import PdfOptions, read_version
from tourplanner.integrations.mailer import parse_smtp_url
from tourplanner.services.briefings import PdfRequest, export_pdfs
from tourplanner.services.database import Database
from tourplanner.services.items import list_items, update_item
from tourplanner.services.mailing import send_mail
from tourplanner.services.participants import list_participants, update_participant
from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler missing")
STAMP = re.compile(r"Issued (\d{4}-\d\d-\d\d \d\d:\d\d) · v(\d+)")


def text_of(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode()


def pages_of(path: Path) -> list[str]:
    return text_of(path).split("\f")[:-1]


@pytest.fixture
def sqlite_db(sqlite_sample_db: Database) -> Database:
    return sqlite_sample_db


def move(db: Database, title: str, minutes: int) -> None:
    item = next(i for i in list_items(db, SAMPLE_SLUG) if i.title == title)
    delta = timedelta(minutes=minutes)
    update_item(db, item.id, item.version, starts_at=item.starts_at + delta,
                ends_at=item.ends_at + delta)  # fmt: skip


@needs_poppler
def test_version_counts_content_changes_with_marks_and_identical_reexports(
    db: Database, tmp_path: Path
) -> None:
    load_sample(db)
    out = tmp_path / "dai.pdf"
    request = PdfRequest("delegate", out, person="dai-jiuyue", options=PdfOptions(lang="en"))
    export_pdfs(db, SAMPLE_SLUG, request)
    first = out.read_bytes()
    pages = pages_of(out)
    stamps = [STAMP.search(p) for p in pages]
    assert all(stamps), "every page carries the issue stamp"
    assert {(s.group(2)) for s in stamps if s} == {"1"}
    assert "Changed since" not in pages[0]

    out.unlink()  # exported again from scratch: the same bytes
    export_pdfs(db, SAMPLE_SLUG, request)
    assert out.read_bytes() == first

    move(db, "Welcome dinner", 15)
    export_pdfs(db, SAMPLE_SLUG, request)
    second = out.read_bytes()
    pages = pages_of(out)
    assert all("· v2" in p for p in pages) and read_version(second) == 2
    assert "Changed since v1" in pages[0]
    assert "Welcome dinner: Sat 27 Mar 19:05" in pages[0]
    # Only the dinner changed: one line under "Changed since", nothing else listed.
    listed = pages[0].split("Changed since v1", 1)[1].strip().splitlines()
    assert listed[0] == "Welcome dinner: Sat 27 Mar 19:05"
    assert not any(line.startswith("Lunch") for line in listed[:3])

    out.unlink()
    export_pdfs(db, SAMPLE_SLUG, request)
    assert out.read_bytes() == second  # unchanged: still v2, byte for byte

    other = tmp_path / "booklet.pdf"  # kept per kind: the booklet is at its own v1
    export_pdfs(db, SAMPLE_SLUG, PdfRequest("booklet", other))
    assert read_version(other.read_bytes()) == 1


def test_change_mark_sits_in_the_margin_of_the_changed_item(
    sqlite_db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "dai.pdf"
    request = PdfRequest("delegate", out, person="dai-jiuyue", options=PdfOptions(lang="en"))
    export_pdfs(sqlite_db, SAMPLE_SLUG, request)
    before = _margin_bars(out.read_bytes())
    move(sqlite_db, "Welcome dinner", 15)
    export_pdfs(sqlite_db, SAMPLE_SLUG, request)
    after = _margin_bars(out.read_bytes())
    # One bar beside the dinner's entry and one beside its line on page 1.
    assert before == 0 and after == 2


def test_change_mark_on_the_run_sheet_row(sqlite_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "run.pdf"
    export_pdfs(sqlite_db, SAMPLE_SLUG, PdfRequest("runsheet", out))
    assert _margin_bars(out.read_bytes()) == 0
    move(sqlite_db, "Welcome dinner", 15)
    export_pdfs(sqlite_db, SAMPLE_SLUG, PdfRequest("runsheet", out))
    assert _margin_bars(out.read_bytes()) == 2  # its row's time cell, and page 1


def _margin_bars(data: bytes) -> int:
    """The change marks drawn: 3.5 pt wide bars left of the text frame (12 pt left of
    a paragraph, 16 pt left of a table cell's padded text)."""
    count = 0
    for page in PdfReader(io.BytesIO(data)).pages:
        content = page.get_contents()
        assert content is not None
        count += len(re.findall(rb"-1[26] 0 3\.5 [0-9.]+ re f", content.get_data()))
    return count


def test_pdf_dates_and_id_come_from_the_issue(sqlite_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "run.pdf"
    export_pdfs(sqlite_db, SAMPLE_SLUG, PdfRequest("runsheet", out))
    reader = PdfReader(out)
    meta = reader.metadata
    assert meta is not None
    created, modified = meta["/CreationDate"], meta["/ModDate"]
    assert created == modified and not created.startswith("D:2000")
    # The sample tour is in Asia/Shanghai: the stamp shows the same minute, local.
    text = text_of(out) if shutil.which("pdftotext") else ""
    if text:
        found = STAMP.search(text)
        assert found is not None
        day, clock = found.group(1).split()
        assert created.startswith(f"D:{day.replace('-', '')}{clock.replace(':', '')}00+08'00")
    first_id = reader.trailer["/ID"]
    other = tmp_path / "booklet.pdf"
    export_pdfs(sqlite_db, SAMPLE_SLUG, PdfRequest("booklet", other))
    assert PdfReader(other).trailer["/ID"] != first_id  # not one id for every document


@pytest.mark.parametrize("lang", ["en", "zh", "both"])
def test_catalog_of_every_kind(sqlite_db: Database, tmp_path: Path, lang: str) -> None:
    cases = {
        "delegate": PdfRequest("delegate", tmp_path / "d.pdf", person="dai-jiuyue"),
        "booklet": PdfRequest("booklet", tmp_path / "b.pdf"),
        "host": PdfRequest("host", tmp_path / "h.pdf", site="nusri-chongqing"),
        "runsheet": PdfRequest("runsheet", tmp_path / "r.pdf"),
    }
    for kind, request in cases.items():
        request = PdfRequest(request.kind, request.output, request.person, request.site,
                             PdfOptions(lang=lang))  # fmt: skip
        export_pdfs(sqlite_db, SAMPLE_SLUG, request)
        reader = PdfReader(request.output)
        root = reader.trailer["/Root"]
        chinese = lang == "zh" or (kind == "delegate" and lang == "both")  # Dai reads zh first
        assert root["/Lang"] == ("zh-CN" if chinese else "en"), kind
        assert root["/PageMode"] == "/UseOutlines", kind
        assert root["/ViewerPreferences"]["/DisplayDocTitle"] == BooleanObject(True), kind
        assert reader.outline, kind  # there are bookmarks to show


def test_contents_entries_are_links(sqlite_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "booklet.pdf"
    export_pdfs(sqlite_db, SAMPLE_SLUG, PdfRequest("booklet", out))
    reader = PdfReader(out)
    at = next(n for n, p in enumerate(reader.pages) if "Contents" in p.extract_text()[:200])
    links = [a.get_object() for a in reader.pages[at].get("/Annots", [])]
    dests = [a["/Dest"] for a in links if a["/Subtype"] == "/Link" and "/Dest" in a]
    assert len(dests) >= 5
    # Each entry goes to a later page, to a point near the top of its heading.
    ids = [p.indirect_reference.idnum for p in reader.pages]
    pages = [ids.index(d[0].idnum) for d in dests]
    assert all(n > at for n in pages) and pages == sorted(pages)
    wide = [float(a["/Rect"][2]) - float(a["/Rect"][0]) for a in links]
    assert min(wide) > 400  # the whole row is the link, not only its page number


def test_update_email_says_what_changed_first(sqlite_db: Database, smtp_server: SmtpServer) -> None:
    def send() -> EmailMessage:
        report = send_mail(sqlite_db, SAMPLE_SLUG, "dai-jiuyue", allow_errors=True,
                           smtp=parse_smtp_url(smtp_server.url))  # fmt: skip
        assert report.ok
        return smtp_server.messages()[-1]

    dai = next(p for p in list_participants(sqlite_db, SAMPLE_SLUG) if p.key == "dai-jiuyue")
    update_participant(sqlite_db, dai.id, dai.version, languages=["en", "zh"])
    first = send()
    assert not str(first["Subject"]).startswith("Updated")
    move(sqlite_db, "Welcome dinner", 15)
    update = send()
    assert str(update["Subject"]).startswith("Updated: Welcome dinner now 19:05")
    part = update.get_body(("plain",))
    assert part is not None
    text = str(part.get_content()).replace("\r\n", "\n")
    assert text.startswith("What changed since the last version\n- Moved: Welcome dinner")
    pdf = next(p for p in update.iter_attachments() if p.get_content_type() == "application/pdf")
    assert read_version(pdf.get_content()) == 2


@needs_poppler
def test_chinese_documents_say_it_in_chinese(sqlite_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "dai.pdf"
    request = PdfRequest("delegate", out, person="dai-jiuyue", options=PdfOptions(lang="zh"))
    export_pdfs(sqlite_db, SAMPLE_SLUG, request)
    move(sqlite_db, "Welcome dinner", 15)
    export_pdfs(sqlite_db, SAMPLE_SLUG, request)
    pages = pages_of(out)
    assert all(re.search(r"发布 \d{4}-\d\d-\d\d \d\d:\d\d · 版本 2", p) for p in pages)
    assert "自版本 1 以来的更改" in pages[0]
    assert "欢迎晚宴: 3月27日（六） 19:05" in pages[0]


def test_a_bilingual_briefing_declares_its_readers_first_language(
    sqlite_db: Database, tmp_path: Path
) -> None:
    from tourplanner.core.dispatch import mail_language
    from tourplanner.services.tours import load_snapshot

    people = load_snapshot(sqlite_db, SAMPLE_SLUG).participants
    chinese = next(p for p in people if p.key == "dai-jiuyue")
    other = next(p for p in people if mail_language(p.languages) != "zh")  # Yuki Sato: ja
    assert mail_language(chinese.languages) == "zh"
    for person, expected in ((chinese, "zh-CN"), (other, "en")):
        out = tmp_path / f"{person.key}.pdf"
        export_pdfs(sqlite_db, SAMPLE_SLUG, PdfRequest("delegate", out, person=person.key))
        assert PdfReader(out).trailer["/Root"]["/Lang"] == expected, person.key
