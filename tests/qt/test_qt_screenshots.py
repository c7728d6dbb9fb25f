"""The README screenshot renderer writes both images at the window's size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from tourplanner.qt import screenshots


def test_render_writes_both_screenshots(qapp, tmp_path: Path) -> None:
    written = screenshots.render(tmp_path / "shots")
    assert [p.name for p in written] == ["welcome.png", "tours.png"]
    for path in written:
        image = QImage(str(path))
        assert not image.isNull()
        assert (image.width(), image.height()) == screenshots.WINDOW_SIZE
