"""The faster ways briefings encode text, draw strings and pick QR masks give exactly
what reportlab's own code gives."""

from __future__ import annotations

import io
import random

import pytest
from reportlab.graphics.barcode import qrencoder
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace
from reportlab.pdfgen.canvas import Canvas

from tourplanner.export.pdf.blocks import _code_words, _QRCode, lost_point
from tourplanner.export.pdf.fonts import FONT, register_fonts
from tourplanner.export.pdf.textout import draw_string


def _texts() -> list[str]:
    """Latin, Chinese, punctuation, a no-break space, characters the font lacks, and
    enough distinct characters to need several subsets."""
    rng = random.Random(5)
    cjk = [chr(0x4E00 + rng.randrange(0, 3000)) for _ in range(900)]
    texts = [
        "Delegate briefing",
        "代表行程手册",
        "Dai Jiuyue 戴九月",
        "a\u00a0b",
        "emoji 🙂 ok",
        "",
    ]
    for _ in range(300):
        texts.append(
            "".join(rng.choice(cjk + list("abc xyz,.，。")) for _ in range(rng.randrange(1, 40)))
        )
    texts += texts[:50]  # strings seen before
    return texts


def test_split_string_matches_reportlab() -> None:
    register_fonts()
    font = pdfmetrics.getFont(FONT)
    ours, theirs = Canvas(io.BytesIO())._doc, Canvas(io.BytesIO())._doc
    for text in _texts():
        assert font.splitString(text, ours) == TTFont.splitString(font, text, theirs), text
    assert font.state[ours].assignments == font.state[theirs].assignments
    assert len(font.state[ours].subsets) > 2


@pytest.mark.parametrize("anchor", ["start", "middle", "end"])
def test_draw_string_matches_reportlab(anchor: str) -> None:
    register_fonts()
    ours, theirs = Canvas(io.BytesIO()), Canvas(io.BytesIO())
    draw = {"start": theirs.drawString, "middle": theirs.drawCentredString,
            "end": theirs.drawRightString}[anchor]  # fmt: skip
    for n, text in enumerate(_texts()[:120]):
        for canv in (ours, theirs):
            canv.setFont(FONT, 7.5 + n % 3)
        draw_string(ours, 10.5 + n, 700 - n, text, anchor)
        draw(10.5 + n, 700 - n, text)
    assert ours._code == theirs._code


def _reportlab_code(value: str, cls: type) -> list[list[bool]]:
    qr = cls(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(value)
    qr.make()
    return qr.modules


def test_qr_mask_choice_matches_reportlab() -> None:
    rng = random.Random(3)
    for length in (1, 7, 20, 33, 60, 120, 250):
        value = "".join(
            rng.choice("abcdefghijklmnopqrstuvwxyz-._/:0123456789") for _ in range(length)
        )
        qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        qr.addData(value)
        qr.version = qr.calculate_version()
        for mask in range(8):
            qr.makeImpl(True, mask)
            assert lost_point(qr.modules) == qrencoder.QRUtil.getLostPoint(qr), (value, mask)
        assert _reportlab_code(value, _QRCode) == _reportlab_code(value, qrencoder.QRCode)


def test_qr_code_words_match_reportlab() -> None:
    """The code words worked out by table are reportlab's, in every version (one block
    or many, of two sizes) and for UTF-8 text behind its ECI header."""
    rng = random.Random(11)
    for version in range(1, 41):
        for text in ("ascii", "utf-8"):
            segments: list[object] = []
            if text == "ascii":
                segments.append(qrencoder.QR8bitByte("".join(rng.choices("abc/:-_09", k=9))))
            else:
                segments += [qrencoder.QRECI(26), qrencoder.QR8bitByte("重庆市渝北区 7")]
            level = qrencoder.QRErrorCorrectLevel.M
            try:
                theirs = qrencoder.QRCode.createData(version, level, segments)
            except Exception as e:  # too long for this version: the same error
                with pytest.raises(Exception, match="code length overflow") as ours:
                    _code_words(version, level, segments)
                assert str(ours.value) == str(e)
                continue
            assert _code_words(version, level, segments) == theirs, (version, text)


def test_font_subsets_match_reportlab() -> None:
    """Simple and composite glyphs, characters the font lacks, full and short subsets."""
    register_fonts()
    face = pdfmetrics.getFont(FONT).face
    codes = sorted(face.charToGlyph)
    rng = random.Random(7)
    for size in (1, 40, 151, 255):
        subset = [0, *rng.sample(codes, size), 0x10FFFF, *map(ord, "ÅÉñ¼戴九月")]
        assert face.makeSubset(subset) == TTFontFace.makeSubset(face, subset)


def test_ascii85_filter_gives_reportlab_text_as_bytes() -> None:
    from reportlab.pdfbase.pdfdoc import PDFStreamFilterBase85Encode

    from tourplanner.export.pdf.document import _Base85Bytes

    data = bytes(random.Random(1).randrange(256) for _ in range(5000))
    theirs = PDFStreamFilterBase85Encode().encode(data)
    assert _Base85Bytes().encode(data) == theirs.encode("extpdfdoc") == theirs.encode("ascii")
