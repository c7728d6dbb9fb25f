"""Refuse zip bombs before any reader opens a zip container (.xlsx today, .ods later).

An .xlsx is a zip file, and a zip member can inflate a thousand-fold: a 1 MB file can
hold a gigabyte of XML, and a reader that trusts it runs out of memory. ``check_zip``
looks at the container first, cheaply and in this order:

1. the end-of-central-directory record: the number of members and the size of the
   central directory, before ``zipfile`` builds an object per member;
2. the central directory: the member count, duplicate names, the compression method,
   each member's declared size and compression ratio, and the declared total;
3. the members' data: no two members may share bytes (the "overlapping" bomb, where
   thousands of entries point at one compressed kernel), and each member is inflated
   in chunks into nothing, counting what comes out, so a header that lies about the
   size is caught after at most its declared size plus one chunk.

Any reader (the fast cell reader, openpyxl, or python-calamine later) calls it first
and may then trust the declared sizes. The limits are documented in docs/spreadsheets.md.
"""

from __future__ import annotations

import io
import itertools
import struct
import zipfile
import zlib
from dataclasses import dataclass

from tourplanner.core.errors import ValidationError
from tourplanner.core.i18n import Context

Errors = Context("Errors")  # the catalogue context of messages people read

_EOCD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_EOCD = b"PK\x06\x06"
_LOCAL_HEADER = b"PK\x03\x04"
_LOCAL_HEADER_SIZE = 30
_CHUNK_IN = 64 * 1024
_CHUNK_OUT = 1024 * 1024  # the most one inflate step may produce: bounds the memory


@dataclass(frozen=True)
class ZipLimits:
    """How big a zip container may be, once inflated.

    The defaults leave a wide margin above real spreadsheets: the 5,000-person list of
    the benchmark has 9 members, inflates to 3 MB in all, and its largest member is 11
    times its compressed size.
    """

    max_members: int = 10_000
    max_directory_bytes: int = 4 * 1024 * 1024  # the central directory itself
    max_member_bytes: int = 256 * 1024 * 1024
    max_total_bytes: int = 256 * 1024 * 1024
    max_ratio: int = 100  # inflated / compressed, for members larger than ratio_from
    ratio_from: int = 1024 * 1024


DEFAULT_LIMITS = ZipLimits()


def check_zip(data: bytes, name: str, limits: ZipLimits = DEFAULT_LIMITS) -> None:
    """Raise ValidationError ("NAME: reason", one line) when the zip container in ``data``
    would inflate beyond ``limits``, or its directory is built to mislead a reader.
    A container that is merely damaged passes when its sizes are honest: the reader
    then says what is wrong with it."""
    _check_directory_record(data, name, limits)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        return  # not a zip container at all: the reader names the damage
    _check_declared(members, name, limits)
    _check_data(data, members, name, limits)


def _refuse(name: str, reason: str) -> ValidationError:
    return ValidationError(
        Errors.tr("{name}: {reason}; refused as a possible zip bomb").format(
            name=name, reason=reason
        )
    )


def _check_directory_record(data: bytes, name: str, limits: ZipLimits) -> None:
    """The member count and directory size the end record declares, read before
    ``zipfile`` allocates an object per directory entry."""
    at = data.rfind(_EOCD, max(0, len(data) - 22 - 0xFFFF))
    if at < 0 or at + 22 > len(data):
        return
    entries, size = struct.unpack_from("<HI", data, at + 10)
    locator = at - 20
    zip64 = entries == 0xFFFF or size == 0xFFFFFFFF
    if zip64 and locator >= 0 and data[locator : locator + 4] == _ZIP64_LOCATOR:
        (record,) = struct.unpack_from("<Q", data, locator + 8)
        if data[record : record + 4] == _ZIP64_EOCD and record + 56 <= len(data):
            entries, size = struct.unpack_from("<QQ", data, record + 32)
    if entries > limits.max_members:
        raise _refuse(
            name,
            Errors.tr("{entries:,} members (at most {limit:,})").format(
                entries=entries, limit=limits.max_members
            ),
        )
    if size > limits.max_directory_bytes:
        raise _refuse(
            name,
            Errors.tr("a zip directory of {size} (at most {limit})").format(
                size=_mib(size), limit=_mib(limits.max_directory_bytes)
            ),
        )


def _check_declared(members: list[zipfile.ZipInfo], name: str, limits: ZipLimits) -> None:
    if len(members) > limits.max_members:
        raise _refuse(
            name,
            Errors.tr("{count:,} members (at most {limit:,})").format(
                count=len(members), limit=limits.max_members
            ),
        )
    seen: set[str] = set()
    total = 0
    for info in members:
        member = _quoted(info.filename)
        if info.filename in seen:
            raise _refuse(name, Errors.tr("member {member} appears twice").format(member=member))
        seen.add(info.filename)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ValidationError(
                Errors.tr(
                    "{name}: member {member} uses compression method {method}, which "
                    "spreadsheet programs do not write"
                ).format(name=name, member=member, method=info.compress_type)
            )
        if info.file_size > limits.max_member_bytes:
            raise _refuse(
                name,
                Errors.tr("member {member} inflates to {size} (at most {limit})").format(
                    member=member, size=_mib(info.file_size), limit=_mib(limits.max_member_bytes)
                ),
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.ratio_from and ratio > limits.max_ratio:
            raise _refuse(
                name,
                Errors.tr(
                    "member {member} inflates {ratio:,.0f} times (at most {limit} for a member "
                    "over {size})"
                ).format(
                    member=member, ratio=ratio, limit=limits.max_ratio, size=_mib(limits.ratio_from)
                ),
            )
        total += info.file_size
        if total > limits.max_total_bytes:
            raise _refuse(
                name,
                Errors.tr("its members inflate to more than {size} in all").format(
                    size=_mib(limits.max_total_bytes)
                ),
            )


def _check_data(data: bytes, members: list[zipfile.ZipInfo], name: str, limits: ZipLimits) -> None:
    """Members must not share bytes, and each must inflate to no more than it declares."""
    spans = []
    for info in members:
        start = _data_start(data, info)
        if start is None:
            continue  # a damaged local header: the reader names it
        spans.append((info.header_offset, start + info.compress_size, info))
    spans.sort(key=lambda s: s[0])
    for (_, end, info), (next_offset, _, other) in itertools.pairwise(spans):
        if end > next_offset:
            raise _refuse(
                name,
                Errors.tr("members {member} and {other} share their data").format(
                    member=_quoted(info.filename), other=_quoted(other.filename)
                ),
            )
    for _, _, info in spans:
        _inflate_counting(data, info, name, limits)


def _data_start(data: bytes, info: zipfile.ZipInfo) -> int | None:
    at = info.header_offset
    if data[at : at + 4] != _LOCAL_HEADER or at + _LOCAL_HEADER_SIZE > len(data):
        return None
    name_length, extra_length = struct.unpack_from("<HH", data, at + 26)
    return at + _LOCAL_HEADER_SIZE + name_length + extra_length


def _inflate_counting(data: bytes, info: zipfile.ZipInfo, name: str, limits: ZipLimits) -> None:
    """Inflate one member in chunks, keeping nothing but the count: a lying header is
    caught once the output passes what it declared, with at most one chunk in memory."""
    start = _data_start(data, info)
    if start is None or info.compress_type != zipfile.ZIP_DEFLATED:
        return  # a stored member's size is its compressed size, already checked
    allowed = min(info.file_size, limits.max_member_bytes)
    view = memoryview(data)[start : start + info.compress_size]
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    produced = 0
    position = 0
    try:
        while not inflater.eof:
            if inflater.unconsumed_tail:
                source: bytes | memoryview = inflater.unconsumed_tail
            elif position < len(view):
                source = view[position : position + _CHUNK_IN]
                position += _CHUNK_IN
            else:
                return  # the stream is cut short: the reader names the damage
            produced += len(inflater.decompress(source, _CHUNK_OUT))
            if produced > allowed:
                raise _refuse(
                    name,
                    Errors.tr(
                        "member {member} inflates to more than the {allowed:,} bytes its header "
                        "declares"
                    ).format(member=_quoted(info.filename), allowed=allowed),
                )
    except zlib.error:
        return  # damaged data: the reader names it


def _quoted(member: str) -> str:
    return repr(member if len(member) <= 80 else member[:79] + "…")


def _mib(size: int) -> str:
    if size >= 1024**3:
        return f"{size / 1024**3:,.1f} GiB"
    return f"{size / 1024**2:,.1f} MiB"
