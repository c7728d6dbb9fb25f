"""Errors from core's validators and the importers read in Chinese (issue #18): the
reason is translated, the values, paths and JSON paths stay as they were written."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator

import pytest

from tourplanner.core import i18n
from tourplanner.core.errors import TourFileError, ValidationError
from tourplanner.core.timeutil import parse_time_span
from tourplanner.imports.tourfile_document import parse_document
from tourplanner.imports.zip_guard import ZipLimits, check_zip


@pytest.fixture
def chinese() -> Iterator[None]:
    """Translate into Chinese with the .qm reader, as the CLI does; English after."""
    i18n.use_backend(None)
    i18n.use_language("zh_CN")
    try:
        yield
    finally:
        i18n.use_language("en")


def hostile_tour_file() -> bytes:
    """A tour file whose slug holds a NUL character."""
    doc = {"format": "tourplanner.tour", "version": 1, "tour": {"slug": "li\x00jia"}}
    return json.dumps(doc).encode()


def two_member_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("a.xml", "<a/>")
        archive.writestr("b.xml", "<b/>")
    return out.getvalue()


def test_a_hostile_tour_file_in_english() -> None:
    with pytest.raises(TourFileError) as caught:
        parse_document(hostile_tour_file(), "lijia.json")
    assert str(caught.value) == (
        "lijia.json: $.tour.slug: 'li\\x00jia': it holds the control character U+0000"
    )


def test_a_hostile_tour_file_in_chinese(chinese: None) -> None:
    with pytest.raises(TourFileError) as caught:
        parse_document(hostile_tour_file(), "lijia.json")
    # The file, the JSON path and the value as written stay; the reason is Chinese.
    assert str(caught.value) == "lijia.json: $.tour.slug: 'li\\x00jia': 其中含有控制字符 U+0000"


def test_a_bad_json_file_in_chinese(chinese: None) -> None:
    with pytest.raises(TourFileError) as caught:
        parse_document(b"", "empty.json")
    assert str(caught.value) == "empty.json: $: 文件为空"


def test_a_zip_bomb_refusal_in_english_and_chinese(chinese: None) -> None:
    limits = ZipLimits(max_members=1)
    with pytest.raises(ValidationError) as caught:
        check_zip(two_member_zip(), "delegates.xlsx", limits)
    assert str(caught.value) == "delegates.xlsx：2 个成员（最多 1 个）；疑似压缩炸弹，已拒绝"
    i18n.use_language("en")
    with pytest.raises(ValidationError) as caught:
        check_zip(two_member_zip(), "delegates.xlsx", limits)
    assert str(caught.value) == (
        "delegates.xlsx: 2 members (at most 1); refused as a possible zip bomb"
    )


@pytest.mark.parametrize(
    ("span", "english", "chinese_text"),
    [
        (
            "25:00-26:00",
            "'25:00-26:00' is not a valid time range",
            "'25:00-26:00' 不是有效的时间段",
        ),
        (
            "18:00-09:00",
            "closing time is not after opening time in '18:00-09:00'",
            "'18:00-09:00' 中的关门时间不晚于开门时间",
        ),
    ],
)
def test_a_bad_time_value(span: str, english: str, chinese_text: str, chinese: None) -> None:
    with pytest.raises(ValueError) as caught:
        parse_time_span(span)
    assert str(caught.value) == chinese_text
    i18n.use_language("en")
    with pytest.raises(ValueError) as caught:
        parse_time_span(span)
    assert str(caught.value) == english
