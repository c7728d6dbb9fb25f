"""Start Tourplanner: the GUI with no subcommand, the CLI with one."""

import time

STARTED = time.perf_counter()  # first thing, so --exit-after-paint measures the whole start

import sys  # noqa: E402

from tourplanner.launch import wants_gui  # noqa: E402

if __name__ == "__main__":
    argv = sys.argv[1:]
    if wants_gui(argv):
        import tourplanner.qt.app as gui

        gui.PROCESS_START = STARTED
        sys.exit(gui.main(argv))
    from tourplanner.cli import main as cli_main

    sys.exit(cli_main(argv))
