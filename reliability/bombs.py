"""Hostile files made on the fly (never committed): .xlsx zip bombs and huge calendars.

The zip files are written by hand (local headers, central directory, end record), so a
test can make a 1 MB file that inflates to 1 GiB without ever holding the gigabyte, and
can make the directory lie: sizes smaller than the data, members that share their data,
tens of thousands of members. The tests, the bench and the reliability harness share
these makers.
"""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reliability.common import OFFLINE_TILES, REPO

SHEET = "xl/worksheets/sheet1.xml"
_BLOCK = 1024 * 1024


@dataclass(frozen=True)
class Member:
    """One member as written: its raw (deflated or stored) bytes and what the directory
    says about it."""

    name: str
    raw: bytes
    crc: int
    size: int  # the uncompressed size the headers declare
    method: int = zipfile.ZIP_DEFLATED


def deflated(content: bytes, name: str) -> Member:
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    raw = packer.compress(content) + packer.flush()
    return Member(name, raw, zlib.crc32(content), len(content))


def repeated(block: bytes, times: int, name: str, head: bytes = b"", tail: bytes = b"") -> Member:
    """A member of ``head + block * times + tail``, deflated without building it: each
    block is compressed once after a full flush, so its deflate bytes repeat verbatim."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    first = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    again = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    last = packer.compress(tail) + packer.flush()
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)
    return Member(
        name, first + again * times + last, crc, len(head) + len(block) * times + len(tail)
    )


def write_zip(members: list[Member], *, share_data: bool = False) -> bytes:
    """A zip file of ``members``; with ``share_data`` every directory entry after the
    first points at the first member's data (the overlapping-entries trick)."""
    out = io.BytesIO()
    directory = io.BytesIO()
    first_offset = 0
    for index, m in enumerate(members):
        name = m.name.encode()
        if share_data and index:
            offset = first_offset
        else:
            offset = out.tell()
            if index == 0:
                first_offset = offset
            out.write(
                struct.pack(
                    "<4sHHHHHIIIHH",
                    b"PK\x03\x04",
                    20,
                    0,
                    m.method,
                    0,
                    0x21,
                    m.crc,
                    len(m.raw),
                    m.size,
                    len(name),
                    0,
                )
            )
            out.write(name)
            out.write(m.raw)
        directory.write(
            struct.pack(
                "<4sHHHHHHIIIHHHHHII",
                b"PK\x01\x02",
                20,
                20,
                0,
                m.method,
                0,
                0x21,
                m.crc,
                len(m.raw),
                m.size,
                len(name),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
        )
        directory.write(name)
    start = out.tell()
    cd = directory.getvalue()
    out.write(cd)
    count = min(len(members), 0xFFFF)
    out.write(struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, count, count, len(cd), start, 0))
    return out.getvalue()


def _template_members() -> list[Member]:
    """The members of a small real workbook, the sheet left out (the bombs bring it)."""
    data = (REPO / "tests" / "data" / "people" / "basic.xlsx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [deflated(z.read(i), i.filename) for i in z.infolist() if i.filename != SHEET]


_SHEET_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<sheetData><row r="1"><c t="inlineStr"><is><t>Name</t></is></c>'
    b'<c t="inlineStr"><is><t>Email</t></is></c></row>'
)
_SHEET_TAIL = b"</sheetData></worksheet>"


def sheet_bomb(inflated: int) -> bytes:
    """An .xlsx whose sheet is ``inflated`` bytes of XML, honestly declared: blanks, the
    most compressible content there is (about 1,000 to 1)."""
    times = max(1, inflated // _BLOCK)
    sheet = repeated(b" " * _BLOCK, times, SHEET, _SHEET_HEAD, _SHEET_TAIL)
    return write_zip([*_template_members(), sheet])


def lying_bomb(inflated: int, declared: int = 4096) -> bytes:
    """As ``sheet_bomb``, but the directory says the sheet inflates to ``declared`` bytes
    (and its CRC is that of the first ``declared`` bytes, so a reader that stops at the
    declared size sees no damage)."""
    honest = repeated(b" " * _BLOCK, max(1, inflated // _BLOCK), SHEET, _SHEET_HEAD, _SHEET_TAIL)
    prefix = (_SHEET_HEAD + b" " * declared)[:declared]
    liar = Member(SHEET, honest.raw, zlib.crc32(prefix), declared)
    return write_zip([*_template_members(), liar])


def overlapping_bomb(entries: int = 2000, inflated_each: int = 1024 * 1024) -> bytes:
    """Thousands of directory entries pointing at one compressed kernel."""
    kernel = repeated(b" " * 1024, max(1, inflated_each // 1024), "kernel")
    members = [
        Member(f"xl/media/{n}.bin", kernel.raw, kernel.crc, kernel.size) for n in range(entries)
    ]
    return write_zip(members, share_data=True)


def many_members(count: int = 60_000) -> bytes:
    """A workbook with tens of thousands of tiny members."""
    extra = [deflated(b"", f"xl/media/{n}.bin") for n in range(count)]
    return write_zip([*_template_members(), deflated(_SHEET_HEAD + _SHEET_TAIL, SHEET), *extra])


def nested_bomb(inflated: int = 256 * 1024 * 1024) -> bytes:
    """A workbook that embeds a bomb as a stored member: readers must not open it."""
    inner = sheet_bomb(inflated)
    stored = Member("xl/embeddings/oleObject1.xlsx", inner, zlib.crc32(inner), len(inner), 0)
    sheet = deflated(_SHEET_HEAD + _SHEET_TAIL, SHEET)
    return write_zip([*_template_members(), sheet, stored])


def zip_bombs() -> Iterator[tuple[str, bytes]]:
    """Every kind of bomb, small enough to build in a second: (label, file)."""
    yield "1 GiB sheet", sheet_bomb(1024**3)
    yield "4,000 MiB sheet", sheet_bomb(4000 * 1024**2)
    yield "200 MiB sheet at 1000 to 1", sheet_bomb(200 * 1024**2)
    yield "sheet lying about its size", lying_bomb(1024**3)
    yield "overlapping entries", overlapping_bomb()
    yield "overlapping small entries", overlapping_bomb(entries=100, inflated_each=512 * 1024)
    yield "60,000 members", many_members()


def write_events_ics(path: Path, events: int) -> None:
    """A calendar of ``events`` plain one-hour events, written line by line."""
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//reliability//bombs//EN\r\n")
        for n in range(events):
            day, hour = 1 + n % 28, n % 24
            f.write(
                "BEGIN:VEVENT\r\n"
                f"UID:event-{n}@example.com\r\n"
                "DTSTAMP:20210301T000000Z\r\n"
                f"DTSTART:202103{day:02d}T{hour:02d}0000Z\r\n"
                f"DTEND:202103{day:02d}T{hour:02d}3000Z\r\n"
                f"SUMMARY:Event {n}\r\n"
                "END:VEVENT\r\n"
            )
        f.write("END:VCALENDAR\r\n")


_MEASURE = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
sys.stdout.write(f"{done.returncode}\\n{peak}\\n" + done.stderr)
"""


def cli_measured(args: list[str], cwd: Path) -> tuple[int, int, str]:
    """Exit code, peak memory (MB) and stderr of ``python main.py ARGS`` run in ``cwd``.
    A small process in between starts it and has no other child, so its
    RUSAGE_CHILDREN peak is the command's own."""
    env = {"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "HOME": str(cwd)}
    env["TOURPLANNER_TILES"] = OFFLINE_TILES  # never the internet
    env |= {f"XDG_{n}_HOME": str(cwd / n.lower()) for n in ("DATA", "STATE", "CONFIG", "CACHE")}
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, sys.executable, str(REPO / "main.py"), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=600,
    )
    code, peak, stderr = done.stdout.split("\n", 2)
    return int(code), int(peak), stderr
