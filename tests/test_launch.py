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
        (["--tour", "chongqing-2021"], True),
        (["--tour=chongqing-2021", "--db", "sqlite:///x.db"], True),
        (["--tour"], False),
        (["/home/me/Downloads/visit.tour.json"], True),
        (["--db", "sqlite:///x.db", "Visit.TOUR.JSON"], True),
        (["a.tour.json", "b.tour.json"], False),
        (["import", "tour", "a.tour.json"], False),
        (["sample"], False),
        (["-style", "fusion"], False),
    ],
)
def test_gui_or_cli(argv: list[str], gui: bool) -> None:
    assert wants_gui(argv) is gui


def test_the_command_runs_the_cli_for_a_command(capsys: pytest.CaptureFixture[str]) -> None:
    from tourplanner import version
    from tourplanner.launch import main

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"tourplanner {version()}"


def test_the_version_is_pyprojects() -> None:
    import tomllib
    from pathlib import Path

    import tourplanner

    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    expected = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    assert tourplanner.__version__ == expected
    with pytest.raises(AttributeError):
        _ = tourplanner.no_such_name
