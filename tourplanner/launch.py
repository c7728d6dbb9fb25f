"""The ``tourplanner`` command: the window with no subcommand, the CLI with one.

Decides between the GUI and the CLI without importing either (start-up stays fast).
"""

from __future__ import annotations

import time

# Taken first, so --exit-after-paint from an installed entry point counts the imports too.
STARTED = time.perf_counter()

import sys  # noqa: E402
from collections.abc import Sequence  # noqa: E402

# Options the GUI understands; anything else on the command line means the CLI.
GUI_FLAGS = frozenset({"--exit-after-paint"})
GUI_OPTIONS_WITH_VALUE = frozenset({"--db", "--tour"})
#: A lone argument ending so is a tour file to open (what a file manager passes).
TOUR_FILE_SUFFIX = ".json"


def is_tour_file_argument(arg: str) -> bool:
    """True for an argument naming a tour file rather than a command (no command ends
    in .json)."""
    return not arg.startswith("-") and arg.lower().endswith(TOUR_FILE_SUFFIX)


def wants_gui(argv: Sequence[str]) -> bool:
    """True when ``argv`` holds only GUI options (``--db URL``, ``--tour SLUG``,
    ``--exit-after-paint``) and at most one tour file."""
    args = list(argv)
    files = 0
    i = 0
    while i < len(args):
        arg = args[i]
        if arg in GUI_FLAGS or any(arg.startswith(f"{o}=") for o in GUI_OPTIONS_WITH_VALUE):
            i += 1
        elif arg in GUI_OPTIONS_WITH_VALUE and i + 1 < len(args):
            i += 2
        elif is_tour_file_argument(arg) and files == 0:
            files += 1
            i += 1
        else:
            return False
    return True


def main(argv: Sequence[str] | None = None, started: float | None = None) -> int:
    """Run the window or one CLI command with ``argv`` (default: the process's arguments);
    ``started`` is the launcher's own start time for --exit-after-paint."""
    args = list(sys.argv[1:] if argv is None else argv)
    if wants_gui(args):
        import tourplanner.qt.app as gui

        gui.PROCESS_START = STARTED if started is None else started
        return gui.main(args)
    from tourplanner.cli import main as cli_main

    return cli_main(args)
