"""Last resort for bugs: keep the traceback in a log file, show the user one line."""

from __future__ import annotations

import traceback
from datetime import UTC, datetime
from pathlib import Path

from tourplanner.paths import user_log_dir


def log_unexpected(error: BaseException) -> Path | None:
    """Append the traceback of ``error`` to the crash log; returns the log's path."""
    try:
        folder = user_log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "errors.log"
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now(UTC).isoformat()}\n")
            log.write("".join(traceback.format_exception(error)))
        return path
    except OSError:
        return None


def unexpected_message(error: BaseException) -> str:
    """One line for the user, pointing at the log with the details."""
    where = log_unexpected(error)
    detail = str(error).splitlines()[0] if str(error) else ""
    text = f"unexpected error ({type(error).__name__}{': ' + detail[:200] if detail else ''})"
    return f"{text}; details in {where}" if where else text
