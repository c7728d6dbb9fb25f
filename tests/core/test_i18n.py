"""core.i18n: the one catalogue, read without Qt (issue #18)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from tourplanner.core import i18n, wording
from tourplanner.core.i18n import plural_form
from tourplanner.core.problems import Code, severity_name, title
from tourplanner.paths import RESOURCES_DIR


@pytest.fixture
def chinese() -> Iterator[None]:
    """Translate into Chinese with the .qm reader, as the CLI does."""
    i18n.use_backend(None)
    i18n.use_language("zh_CN")
    try:
        yield
    finally:
        i18n.use_language("en")


def test_the_reader_reads_the_shipped_catalogues() -> None:
    zh = i18n.parse_qm((RESOURCES_DIR / "i18n" / "tourplanner_zh_CN.qm").read_bytes(), "zh_CN")
    # The GUI's strings and core's are in the one file.
    assert zh.lookup("MainWindow", "&File", None, -1) == "文件(&F)"
    assert zh.lookup("Labels", "Double-booked", None, -1) == "时间冲突"
    assert zh.lookup("Checks", "%n seat(s)", None, 3) == "3个座位"
    assert zh.lookup("Checks", "not in the catalogue", None, -1) == "not in the catalogue"
    en = i18n.parse_qm((RESOURCES_DIR / "i18n" / "tourplanner_en.qm").read_bytes(), "en")
    assert en.lookup("Checks", "%n seat(s)", None, 1) == "1 seat"
    assert en.lookup("Checks", "%n seat(s)", None, 0) == "0 seats"
    assert en.lookup("Checks", "%n seat(s)", None, 2) == "2 seats"


def test_a_file_that_is_not_a_catalogue_is_refused() -> None:
    with pytest.raises(ValueError, match="not a Qt translation file"):
        i18n.parse_qm(b"<TS></TS>", "zh_CN")


def test_every_problem_code_has_one_title_in_each_language() -> None:
    for language in ("en", "zh_CN"):
        titles = [title(code, language) for code in Code]
        assert all(titles) and len(set(titles)) == len(titles)
        assert not any(code.value in titles for code in Code)
    assert title(Code.TRAVEL_TOO_SHORT, "en") == "Travel too short"
    assert title(Code.TRAVEL_TOO_SHORT, "zh_CN") == "交通时间不足"


def test_english_is_the_source_and_has_real_plurals() -> None:
    i18n.use_backend(None)
    assert i18n.current_language() == "en"
    assert wording.names(["A", "B", "C", "D", "E"]) == "A, B, C and 2 others"
    assert wording.names(["A", "B", "C", "D"]) == "A, B, C and 1 other"
    assert wording.names(["A", "B"]) == "A and B"
    assert wording.minutes(65) == "1 h 05 min"
    assert wording.date_label(date(2027, 1, 6)) == "6 Jan 2027"
    assert severity_name("error") == "Error"


def test_wording_in_chinese(chinese: None) -> None:
    zone = ZoneInfo("Asia/Shanghai")
    start = datetime(2027, 1, 6, 1, 30, tzinfo=UTC)  # 09:30 in Chongqing
    end = datetime(2027, 1, 6, 2, 0, tzinfo=UTC)
    assert wording.day(start, zone) == "1月6日 周三"
    assert wording.span(start, end, zone) == "1月6日 周三 09:30–10:00"
    assert wording.date_label(date(2027, 1, 6)) == "2027年1月6日"
    assert wording.names(["甲", "乙", "丙"]) == "甲、乙和丙"
    assert wording.names(["甲", "乙", "丙", "丁", "戊"]) == "甲、乙、丙及其他2人"
    assert wording.minutes(65) == "1小时05分" and wording.minutes(25) == "25分钟"
    # An explicit language wins over the user's (calendar text stays English).
    assert wording.minutes(25, "en") == "25 min"
    assert severity_name("warning") == "警告" and title(Code.DOUBLE_BOOKED) == "时间冲突"


def test_a_language_without_a_catalogue_falls_back_to_english() -> None:
    assert i18n.translate_in("fr", "Labels", "Double-booked") == "Double-booked"
    assert i18n.match_language("fr_FR.UTF-8") is None
    assert i18n.match_language("zh-Hans") == "zh_CN"


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_catalogue_is_finished_and_compiled(language: str) -> None:
    """Every entry of the .ts is translated, and the shipped .qm is its compilation
    (``make translations`` was run after the last change)."""
    import xml.etree.ElementTree as ET

    folder = RESOURCES_DIR / "i18n"
    root = ET.parse(folder / f"tourplanner_{language}.ts").getroot()
    finished: dict[tuple[str, str, str], tuple[str, ...]] = {}
    numerus: set[tuple[str, str, str]] = set()
    unfinished = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") == "unfinished":
                unfinished.append(f"{name}: {source}")
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            key = (name, source, message.findtext("comment") or "")
            finished[key] = tuple(forms) if forms else (translation.text or "",)
            if message.get("numerus") == "yes":
                numerus.add(key)
    assert unfinished == []
    compiled = i18n.parse_qm((folder / f"tourplanner_{language}.qm").read_bytes(), language)
    assert len(compiled.messages) == len(finished)
    for key, forms in finished.items():
        if key in numerus:  # each plural form, with %n filled in
            for n in (1, 2):
                expected = forms[plural_form(language, n, len(forms))].replace("%n", str(n))
                assert compiled.lookup(*key, n) == expected
        else:
            assert compiled.lookup(*key, -1) == forms[0]
