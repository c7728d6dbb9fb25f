"""The bundle's entry point (PyInstaller): the same start as main.py and the installed
``tourplanner`` command."""

import time

STARTED = time.perf_counter()  # first thing, so --exit-after-paint measures the whole start

import multiprocessing  # noqa: E402

# Before anything else: in the bundle, the PDF batch's fork server, resource tracker and
# spawned workers are this same binary started again with multiprocessing's arguments.
# PyInstaller's runtime hook makes freeze_support() run those (fork server included) and
# exit, instead of starting the app a second time. Outside a bundle it does nothing.
multiprocessing.freeze_support()

import os  # noqa: E402
import sys  # noqa: E402

from tourplanner.launch import main  # noqa: E402

if __name__ == "__main__":
    # Started with no locale at all (env -i, some service managers), Qt warns that it
    # switches to C.UTF-8; say so first and the warning goes away, with the same result.
    if not any(os.environ.get(k) for k in ("LC_ALL", "LC_CTYPE", "LANG")):
        os.environ["LC_CTYPE"] = "C.UTF-8"
    sys.exit(main(sys.argv[1:], started=STARTED))
