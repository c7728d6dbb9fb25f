"""main.py starts the GUI only for GUI options; anything else is the CLI."""

import pytest

from tourplanner.launch import wants_gui


@pytest.mark.parametrize(
    ("argv", "gui"),
    [
        ([], True),
        (["--db", "sqlite:///x.db"], True),
        (["--db=sqlite:///x.db", "--exit-after-paint"], True),
        (["tours"], False),
        (["--db", "sqlite:///x.db", "tours"], False),
        (["--help"], False),
        (["--version"], False),
        (["--db"], False),
    ],
)
def test_gui_or_cli(argv: list[str], gui: bool) -> None:
    assert wants_gui(argv) is gui
