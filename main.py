"""Start Tourplanner: the GUI with no subcommand, the CLI with one."""

import sys

from tourplanner.cli import main as cli_main
from tourplanner.cli import wants_gui

if __name__ == "__main__":
    argv = sys.argv[1:]
    if wants_gui(argv):
        from tourplanner.qt.app import main as gui_main

        sys.exit(gui_main(argv))
    sys.exit(cli_main(argv))
