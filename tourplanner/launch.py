"""Decide between the GUI and the CLI without importing either (start-up stays fast)."""

from __future__ import annotations

from collections.abc import Sequence

# Options the GUI understands; anything else on the command line means the CLI.
GUI_FLAGS = frozenset({"--exit-after-paint"})
GUI_OPTIONS_WITH_VALUE = frozenset({"--db"})


def wants_gui(argv: Sequence[str]) -> bool:
    """True when ``argv`` holds only GUI options (``--db URL``, ``--exit-after-paint``)."""
    args = list(argv)
    i = 0
    while i < len(args):
        arg = args[i]
        if arg in GUI_FLAGS or any(arg.startswith(f"{o}=") for o in GUI_OPTIONS_WITH_VALUE):
            i += 1
        elif arg in GUI_OPTIONS_WITH_VALUE and i + 1 < len(args):
            i += 2
        else:
            return False
    return True
