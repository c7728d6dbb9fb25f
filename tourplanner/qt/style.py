"""Colours, avatars and small painted icons shared by the workspace's views.

Kinds of item get colours an organiser learns quickly (meals warm, transfers grey); each
is a pale fill with a darker edge and text, readable in print and on screens alike.
Avatars are drawn, not loaded: initials on a colour chosen from a hash of the name, so a
person keeps their colour between runs and machines.
"""

from __future__ import annotations

import zlib
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from tourplanner.core.enums import ItemKind
from tourplanner.core.problems import Severity

#: (fill, edge) per kind of item.
KIND_COLOURS: dict[ItemKind, tuple[str, str]] = {
    ItemKind.VISIT: ("#dbeafe", "#2563eb"),
    ItemKind.MEETING: ("#ede9fe", "#7c3aed"),
    ItemKind.MEAL: ("#fef3c7", "#d97706"),
    ItemKind.TRANSFER: ("#e5e7eb", "#6b7280"),
    ItemKind.CEREMONY: ("#fce7f3", "#db2777"),
    ItemKind.FREE_TIME: ("#dcfce7", "#16a34a"),
    ItemKind.ACCOMMODATION: ("#f1f5f9", "#94a3b8"),
}

ERROR_COLOUR = "#dc2626"
WARNING_COLOUR = "#d97706"
ACCENT_COLOUR = "#1d4ed8"

# Hues that keep white initials readable (no yellows or light greens).
_AVATAR_HUES = (0, 18, 200, 215, 230, 250, 270, 290, 320, 340, 170, 185)


def kind_fill(kind: ItemKind) -> QColor:
    return QColor(KIND_COLOURS[ItemKind(kind)][0])


def kind_edge(kind: ItemKind) -> QColor:
    return QColor(KIND_COLOURS[ItemKind(kind)][1])


def initials(name: str) -> str:
    """'Dai Jiuyue' -> 'DJ'; '王佳' -> '王佳'; '' -> '?'."""
    parts = name.split()
    if not parts:
        return "?"
    if not parts[0].isascii():
        return parts[0][:2]
    if len(parts) == 1:
        return parts[0][:2].upper()
    return (parts[0][0] + parts[-1][0]).upper()


def avatar_colour(name: str) -> QColor:
    """A colour that depends only on ``name``."""
    hue = _AVATAR_HUES[zlib.crc32(name.encode("utf-8")) % len(_AVATAR_HUES)]
    return QColor.fromHsl(hue, 150, 105)


@lru_cache(maxsize=4096)
def avatar_pixmap(name: str, size: int = 24, ring: bool = False) -> QPixmap:
    """A round avatar with the initials of ``name``; ``ring`` adds a gold VIP ring."""
    ratio = 2.0  # drawn at twice the size so it stays sharp on high-DPI screens
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(1, 1, size - 2, size - 2)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(avatar_colour(name))
    painter.drawEllipse(rect)
    if ring:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#f59e0b"), 2))
        painter.drawEllipse(rect.adjusted(0.5, 0.5, -0.5, -0.5))
    font = QFont()
    text = initials(name)
    font.setPixelSize(int(size * (0.42 if len(text) > 1 else 0.5)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


@lru_cache(maxsize=8)
def severity_icon(severity: Severity, size: int = 16) -> QIcon:
    """A red disc with '!' for errors, an amber triangle for warnings."""
    ratio = 2.0
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    inner = QRectF(1.5, 1.5, size - 3, size - 3)
    if Severity(severity) is Severity.ERROR:
        painter.setBrush(QColor(ERROR_COLOUR))
        painter.drawEllipse(inner)
    else:
        painter.setBrush(QColor(WARNING_COLOUR))
        path = QPainterPath()
        path.moveTo(QPointF(size / 2, 1.5))
        path.lineTo(QPointF(size - 1.5, size - 2))
        path.lineTo(QPointF(1.5, size - 2))
        path.closeSubpath()
        painter.drawPath(path)
    painter.setPen(QPen(QColor("white"), 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    top = 5.0 if Severity(severity) is Severity.WARNING else 4.5
    painter.drawLine(QPointF(size / 2, top), QPointF(size / 2, size - 7.0))
    painter.setBrush(QBrush(QColor("white")))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QPointF(size / 2, size - 4.6), 1.0, 1.0)
    painter.end()
    return QIcon(pixmap)


#: The keyboard focus, visible on every kind of control: a 2-pixel accent ring. Buttons and
#: check boxes keep the platform's look and focus rectangle (a border rule would flatten
#: them); fields, lists and tabs get the ring, which the Fusion look draws too faintly.
FOCUS_STYLE = f"""
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus,
QComboBox:focus, QDateTimeEdit:focus {{
    border: 2px solid {ACCENT_COLOUR};
    border-radius: 3px;
    padding: 1px;
}}
QAbstractItemView:focus, QGraphicsView:focus {{
    border: 2px solid {ACCENT_COLOUR};
}}
QTabBar::tab:focus {{
    border-bottom: 2px solid {ACCENT_COLOUR};
}}
QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus {{
    outline: 2px solid {ACCENT_COLOUR};
}}
"""


def apply_focus_style(app: QApplication) -> None:
    """Add ``FOCUS_STYLE`` to the application's style sheet (once)."""
    sheet = app.styleSheet()
    if FOCUS_STYLE not in sheet:
        app.setStyleSheet(sheet + FOCUS_STYLE)
