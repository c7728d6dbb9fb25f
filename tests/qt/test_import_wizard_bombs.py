"""The import wizard shows a zip bomb's refusal as the CLI does: the same one line, on the
file page, and nothing imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from reliability.bombs import sheet_bomb
from tests.qt.test_import_wizard import FILE_PAGE, choose_file, open_wizard, people
from tourplanner.core.errors import ValidationError
from tourplanner.imports.spreadsheets import read_sheets
from tourplanner.qt.main_window import MainWindow


def test_a_zip_bomb_is_refused_on_the_file_page_in_the_clis_words(
    qtbot, sample_window: MainWindow, tmp_path: Path
) -> None:
    window = sample_window
    before = people(window)
    bomb = tmp_path / "delegates.xlsx"
    bomb.write_bytes(sheet_bomb(1024**3))
    with pytest.raises(ValidationError) as refused:  # the line the CLI prints too
        read_sheets(bomb)
    expected = str(refused.value)
    assert expected.endswith("refused as a possible zip bomb")
    for kind in ("people", "sites"):
        wizard = open_wizard(qtbot, window, kind)
        choose_file(qtbot, wizard, bomb)
        assert wizard.currentId() == FILE_PAGE
        error = wizard.file_page.error
        assert error.isVisible() and error.text() == expected
        wizard.reject()
    assert people(window) == before
