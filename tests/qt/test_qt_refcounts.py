"""The Qt binding must not leak or drop references to Python singletons.

PySide6 6.12.0 lowered None's reference count on every call that returns nothing, so a
long session ended in 'Fatal Python error: none_dealloc'; pyproject.toml keeps it out.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_calls_returning_nothing_keep_none_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before_none, before_true = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        label.setText("x")
        label.setObjectName("label")
        label.setEnabled(True)
    assert abs(sys.getrefcount(None) - before_none) < 50
    assert abs(sys.getrefcount(True) - before_true) < 50
