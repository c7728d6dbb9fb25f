"""The README screenshot renderer writes every image at the window's size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tourplanner.qt import screenshots


@pytest.mark.slow
def test_render_writes_every_screenshot(qapp, tmp_path: Path) -> None:
    written = screenshots.render(tmp_path / "shots")
    assert tuple(p.name for p in written) == screenshots.NAMES
    for path in written:
        image = QImage(str(path))
        assert not image.isNull()
        size = screenshots.SIZES.get(path.name, screenshots.WINDOW_SIZE)
        assert (image.width(), image.height()) == size
