"""Start Tourplanner from a checkout: the GUI with no subcommand, the CLI with one."""

import time

STARTED = time.perf_counter()  # first thing, so --exit-after-paint measures the whole start

import sys  # noqa: E402

from tourplanner.launch import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], started=STARTED))
