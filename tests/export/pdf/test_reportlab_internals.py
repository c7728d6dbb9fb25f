"""The reportlab internals our PDF speed-ups lean on still have the shape we rely on.

The briefings' fast paths (export/pdf/document.py, fonts.py, textout.py, para.py,
route_sketch.py) replace or call private parts of reportlab. pyproject pins reportlab
to the minor range these were written for; when that pin is moved, this test names
each patch whose ground has shifted, instead of a briefing coming out subtly wrong.
The byte-for-byte comparisons with reportlab's own drawing are in test_fast_paths.py.

The module-level helpers are checked on a fresh copy of ``reportlab.pdfbase.pdfdoc``,
loaded from its file, because the app replaces them in the imported module.
"""

from __future__ import annotations

import importlib.util
import inspect
import io
from types import ModuleType
from typing import Any

import pytest
import reportlab
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace, TTFontMaker, _set_ushort
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus.paragraph import Paragraph

from tourplanner.export.pdf.fonts import FONT_FILE


def _params(func: Any) -> list[str]:
    return list(inspect.signature(func).parameters)


@pytest.fixture(scope="module")
def pristine_pdfdoc() -> ModuleType:
    """reportlab.pdfbase.pdfdoc as reportlab ships it, before the app's replacements."""
    spec = importlib.util.spec_from_file_location("_pristine_pdfdoc", pdfdoc.__file__)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reportlab_version_is_in_the_pinned_range() -> None:
    major, minor = (int(part) for part in reportlab.Version.split(".")[:2])
    assert (major, minor) == (5, 1), (
        f"reportlab {reportlab.Version}: the PDF speed-ups were written for 5.1; review "
        "every patch named in this file, then move the pin in pyproject.toml"
    )


def test_pdfname_and_pdfdocenc_are_pure_one_argument_helpers(pristine_pdfdoc: Any) -> None:
    why = "document._reportlab_speed_ups remembers PDFName/pdfdocEnc results per string"
    assert _params(pristine_pdfdoc.PDFName)[0] == "data", why
    assert pristine_pdfdoc.PDFName("Type") == "/Type", why
    assert pristine_pdfdoc.PDFName("Type") == pristine_pdfdoc.PDFName("Type"), why
    assert _params(pristine_pdfdoc.pdfdocEnc) == ["x"], why
    assert pristine_pdfdoc.pdfdocEnc("abc") == b"abc", why


def test_base85_filter_is_a_module_global_the_writer_looks_up(pristine_pdfdoc: Any) -> None:
    why = "document._Base85Bytes replaces pdfdoc.PDFBase85Encode, read at write time"
    base85 = pristine_pdfdoc.PDFBase85Encode
    assert isinstance(base85, pristine_pdfdoc.PDFStreamFilterBase85Encode), why
    assert _params(type(base85).encode)[:2] == ["self", "text"], why
    source = inspect.getsource(pristine_pdfdoc)
    assert "[PDFBase85Encode, PDFZCompress]" in source, why


def test_truetype_font_face_and_subset_state() -> None:
    why = "fonts._Font swaps face.__class__ to _SubsettingFace and reads splitString state"
    assert _params(TTFont.splitString) == ["self", "text", "doc", "encoding"], why
    assert _params(TTFontFace.makeSubset) == ["self", "subset"], why
    font = TTFont("ReportlabInternalsProbe", str(FONT_FILE))
    face = font.face
    assert type(face) is TTFontFace, why
    for name in ("charToGlyph", "hmetrics"):
        assert hasattr(face, name), f"{why}: face.{name} is gone"
    for name in ("get_table", "get_table_pos"):
        assert callable(getattr(face, name, None)), f"{why}: face.{name}() is gone"
    canvas = Canvas(io.BytesIO())
    canvas.setFont("Helvetica", 10)
    font.splitString("abc", canvas._doc)
    state = font.state[canvas._doc]
    assert isinstance(state.assignments, dict), f"{why}: state.assignments is gone"
    assert callable(TTFontMaker().add), f"{why}: TTFontMaker.add is gone"
    assert _set_ushort(b"\0\0\0\0", 2, 5) == b"\0\0\0\x05", f"{why}: _set_ushort changed"


def test_canvas_and_text_object_keep_their_operator_lists() -> None:
    why = "textout.TextWriter, para.Para and route_sketch._circle append to _code directly"
    canvas = Canvas(io.BytesIO())
    assert isinstance(canvas._code, list), why
    assert isinstance(canvas._fillMode, int), why
    assert callable(canvas._extgstate.pushCopy), why
    assert isinstance(canvas._extgstate._d, dict), why
    assert callable(canvas._doc.ensureMinPdfVersion), why
    tx = canvas.beginText(0, 0)
    assert isinstance(tx, PDFTextObject), why
    assert isinstance(tx._code, list), why
    assert _params(PDFTextObject._textOut) == ["self", "text", "TStar"], why
    tx.setFont("Helvetica", 10, 12)
    for name in ("_fontname", "_fontsize", "_leading", "_curSubset"):
        assert hasattr(tx, name), f"{why}: text object .{name} is gone"


def test_paragraph_drawing_hooks() -> None:
    why = "para.Para overrides breakLinesCJK/drawOn/draw and reads blPara lines"
    assert _params(Paragraph.breakLinesCJK) == ["self", "maxWidths"], why
    assert _params(Paragraph.drawOn) == ["self", "canvas", "x", "y", "_sW"], why
    assert _params(Paragraph._hAlignAdjust) == ["self", "x", "sW"], why
    from reportlab.lib.styles import getSampleStyleSheet

    para = Paragraph("plain text", getSampleStyleSheet()["Normal"])
    para.wrap(200, 100)
    assert para.blPara.kind in (0, 1), why
    assert para.blPara.lines, why
