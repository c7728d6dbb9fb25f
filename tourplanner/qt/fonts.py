"""Register the fonts shipped in resources/fonts so Chinese text shows everywhere.

Many Linux desktops, containers and CI machines have no CJK font at all; there Qt would
draw names such as 两江新区 as empty boxes. The bundled WenQuanYi Micro Hei covers
Latin and the common Chinese characters, so the app adds it behind the default family.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from tourplanner.paths import FONTS_DIR

BUNDLED_FONT_FILES: tuple[str, ...] = ("wqy-microhei.ttc",)

# Families registered so far, by font file: Qt would load a file again on every call.
_registered: dict[Path, list[str]] = {}


def register_bundled_fonts(fonts_dir: Path = FONTS_DIR) -> list[str]:
    """Load the bundled fonts into Qt and make them fallbacks of the application font.

    Needs a QGuiApplication. Returns the bundled families (empty when a file is
    missing or unreadable: the app still runs, just without the fallback). Calling it
    again loads nothing twice and returns the same families.
    """
    families: list[str] = []
    for name in BUNDLED_FONT_FILES:
        path = (fonts_dir / name).resolve()
        known = _registered.get(path)
        # A new QGuiApplication starts with no application fonts, so check Qt still has them.
        if not known or not all(QFontDatabase.hasFamily(f) for f in known):
            if not path.is_file():
                continue
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                continue
            _registered[path] = QFontDatabase.applicationFontFamilies(font_id)
        families.extend(f for f in _registered[path] if f not in families)
    if families:
        _append_fallbacks(families)
    return families


def _append_fallbacks(families: list[str]) -> None:
    # The system font stays first so Latin text keeps the platform's look; the bundled
    # family only supplies glyphs the system font lacks. The default family is often an
    # alias ("Sans Serif") that a family list does not resolve, so the real family it
    # stands for is listed right after it; otherwise the bundled font would win for Latin.
    app_font = QGuiApplication.font()
    resolved = QFontInfo(app_font).family()
    current = _unique([*(app_font.families() or [app_font.family()]), resolved])
    app_font.setFamilies(_unique([*current, *families]))
    QGuiApplication.setFont(app_font)
    # Qt consults substitutes when a font names a single family that lacks a glyph, which
    # covers fonts made from a family name rather than copied from the application font.
    for family in current:
        known = QFont.substitutes(family)
        QFont.insertSubstitutions(family, [f for f in families if f not in known])


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(n for n in names if n))
