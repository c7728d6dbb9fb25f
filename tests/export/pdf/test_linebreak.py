"""Chinese line breaking: closing punctuation never starts a line, opening brackets never
end one, Latin words stay whole, in our paragraphs and in reportlab's own breaker."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from tourplanner.export.pdf.fonts import char_widths, register_fonts
from tourplanner.export.pdf.linebreak import NO_LINE_END, NO_LINE_START, break_lines, wrap
from tourplanner.export.pdf.para import para

SIZE = 10.0
# Twenty characters per line, then a comma: a greedy fill puts "，" first on line 2.
LINE = "两江新区是中国内陆第一个国家级开发开放新区"
TEXT = (
    LINE[:20]
    + "，"
    + "礼嘉智慧公园将绿色空间与智慧科技相结合；" * 3
    + "打造环境友好、智能互动的体验。"
) * 4


def greedy(text: str, width: float) -> list[str]:
    """Lines as a fill by width alone would make them (no rules)."""
    font = register_fonts()
    lines, line, used = [], "", 0.0
    for ch, w in zip(text, char_widths(text, font, SIZE), strict=True):
        if used + w > width + 1e-6:
            lines.append(line)
            line, used = "", 0.0
        line += ch
        used += w
    return [*lines, line]


def draw(flowable: Paragraph, width: float) -> bytes:
    font = register_fonts()
    buf = io.BytesIO()
    canv = Canvas(buf, pagesize=(width + 100, 2000), initialFontName=font, invariant=1)
    _w, h = flowable.wrapOn(canv, width, 2000)
    flowable.drawOn(canv, 50, 1950 - h)
    canv.showPage()
    canv.save()
    return buf.getvalue()


def line_starts(text: str) -> list[str]:
    return [line.strip()[0] for line in text.splitlines() if line.strip()]


def test_the_case_is_real_a_plain_fill_starts_a_line_with_a_comma() -> None:
    assert any(line.startswith("，") for line in greedy(TEXT, 20 * SIZE))


def test_no_line_starts_with_closing_punctuation_in_our_paragraphs(
    pdftext: Callable[..., str],
) -> None:
    font = register_fonts()
    style = ParagraphStyle("t", fontName=font, fontSize=SIZE, leading=14, wordWrap="CJK")
    text = pdftext(draw(para(TEXT, style), 20 * SIZE))
    starts = line_starts(text)
    assert len(starts) > 10
    assert not [c for c in starts if c in NO_LINE_START], text
    assert "".join(text.split()) == TEXT  # nothing lost, nothing added


@pytest.mark.parametrize("mark", list("，；：！？》』〉】"))
def test_reportlab_own_breaker_knows_the_marks_it_lacked(
    mark: str, pdftext: Callable[..., str]
) -> None:
    """A plain reportlab Paragraph(wordWrap='CJK') also keeps them off a line start,
    once our rules are registered (register_fonts does it)."""
    from reportlab.lib import textsplit

    font = register_fonts()
    assert mark in textsplit.ALL_CANNOT_START
    style = ParagraphStyle("r", fontName=font, fontSize=SIZE, leading=14, wordWrap="CJK")
    text = (LINE[:20] + mark + LINE) * 3
    out = pdftext(draw(Paragraph(text, style), 20 * SIZE))
    assert not [c for c in line_starts(out) if c == mark], out


def widths(text: str) -> list[float]:
    return char_widths(text, register_fonts(), SIZE)


def test_an_opening_bracket_never_ends_a_line() -> None:
    text = "一二三四五六七八九（十一二三四五六七八九）" * 3
    lines = wrap(text, widths(text), [10 * SIZE])
    assert not [line for line in lines if line[-1] in NO_LINE_END], lines
    assert "".join(lines) == text


def test_latin_words_and_numbers_stay_whole() -> None:
    text = "访问 Liangjiang New Area Collaborative Innovation Zone 共有 1,000 acres of parks"
    lines = wrap(text, widths(text), [90.0])
    words = set(text.split())
    for line in lines:
        for word in line.split():
            assert word in words or all(ord(c) >= 0x2E80 for c in word), (word, lines)


def test_a_word_longer_than_the_line_is_cut_rather_than_overflowing() -> None:
    text = "https://example.org/" + "a" * 80
    lines = wrap(text, widths(text), [60.0])
    assert "".join(lines) == text
    assert all(sum(widths(line)) <= 60.0 + 1e-6 for line in lines)


def test_forced_breaks_and_leading_spaces() -> None:
    text = "第一行\n第二行 很长很长很长很长很长很长很长很长"
    lines = wrap(text, widths(text), [8 * SIZE])
    assert lines[0] == "第一行"
    assert all(not line.startswith(" ") for line in lines)


def test_lines_never_exceed_the_width() -> None:
    spans = break_lines(TEXT, widths(TEXT), [20 * SIZE])
    assert all(used <= 20 * SIZE + 1e-6 for _s, _e, used, _f in spans)


@pytest.mark.parametrize(
    ("text", "width", "together"),
    [
        ("Next: Yuelai Riverside Hotel, 1.3 km, ≈ 6 min away", 40, "≈ 6 min"),
        ("Call the desk on +86 139 2355 0100 at any hour", 20, "+86 139 2355 0100"),
        ("7 Yuelai Riverside Hotel 8 Belt and Road Commodity", 26, "8 Belt"),
    ],
)
def test_numbers_stay_with_what_follows(text: str, width: int, together: str) -> None:
    lines = wrap(text, [1.0] * len(text), [float(width)])
    assert len(lines) > 1
    assert any(together in line for line in lines), lines


@pytest.mark.parametrize(
    ("text", "width"),
    [
        ("the cross-border e-commerce counters", 18),  # no break before the hyphen
        ("Meeting point · 正门大巴落客区", 14),  # nor before a middle dot after a space
        ("bring the press card - it is checked", 20),
    ],
)
def test_no_line_starts_with_a_hyphen_or_a_middle_dot(text: str, width: int) -> None:
    lines = wrap(text, [1.0] * len(text), [float(width)])
    assert len(lines) > 1
    assert not any(line.lstrip().startswith(("-", "·")) for line in lines[1:]), lines


def test_a_no_break_space_binds() -> None:
    text = "1 Airport    2 Yuelai\u00a0Riverside\u00a0Hotel    3 Park"
    lines = wrap(text, [1.0] * len(text), [24.0])
    assert any("Yuelai\u00a0Riverside\u00a0Hotel" in line for line in lines), lines
